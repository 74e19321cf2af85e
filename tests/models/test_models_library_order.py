"""The library's order: the article read last first, or by title; broken files last."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester

from tether.bundled import resource_path
from tether.content.library import LibraryScanner
from tether.models import Role
from tether.models.library import Column, LibraryModel
from tether.models.library_order import LibraryOrder, Order
from tether.store import Store

BUNDLED_ID = "independence-is-not-disconnection"
TRUST = "---\ntitle: Notes on Trust\n---\n\nOpening.\n\n## Asking\n\nText.\n"
ANXIETY = '# "Anxious" Minds\n\nOpening.\n\n## Sure\n\nText.\n'


class Clock:
    """A clock the test moves on by a minute at each reading, so times never tie."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def timed_store(tmp_path: Path) -> Iterator[Store]:
    with Store.open_in(tmp_path / "data", Clock()) as opened:
        yield opened


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data" / "articles"
    folder.mkdir(parents=True)
    (folder / "trust.md").write_text(TRUST, encoding="utf-8")
    (folder / "anxious.md").write_text(ANXIETY, encoding="utf-8")
    (folder / "aaa-broken.md").write_bytes(b"\x00\x01binary")
    return folder


def ordered(store: Store, articles_dir: Path, order: Order) -> list[str]:
    model = LibraryModel(LibraryScanner(resource_path("articles"), articles_dir), store)
    proxy = LibraryOrder()
    proxy.setSourceModel(model)
    proxy.set_order(order)
    return [str(proxy.index(row, Column.TITLE).data()) for row in range(proxy.rowCount())]


def test_by_title_ignores_case_and_quotes_and_puts_broken_files_last(
    timed_store: Store, articles_dir: Path
) -> None:
    assert ordered(timed_store, articles_dir, Order.TITLE) == [
        '"Anxious" Minds',
        "Independence Is Not Disconnection",
        "Notes on Trust",
        "aaa-broken.md — Cannot open: it is a binary file, not Markdown text.",
    ]


def test_recently_read_puts_the_article_read_last_first_then_the_rest_by_title(
    timed_store: Store, articles_dir: Path
) -> None:
    timed_store.save_position(BUNDLED_ID, "bundled.md", "introduction", 0.1)
    timed_store.save_position("notes-on-trust", str(articles_dir / "trust.md"), "asking", 0.5)

    assert ordered(timed_store, articles_dir, Order.RECENT) == [
        "Notes on Trust",
        "Independence Is Not Disconnection",
        '"Anxious" Minds',
        "aaa-broken.md — Cannot open: it is a binary file, not Markdown text.",
    ]


def test_going_back_to_an_article_moves_it_to_the_top_when_the_library_refreshes(
    timed_store: Store, articles_dir: Path
) -> None:
    model = LibraryModel(LibraryScanner(resource_path("articles"), articles_dir), timed_store)
    proxy = LibraryOrder()
    proxy.setSourceModel(model)
    timed_store.save_position("notes-on-trust", str(articles_dir / "trust.md"), "asking", 0.5)
    timed_store.save_position(BUNDLED_ID, "bundled.md", "introduction", 0.1)
    model.refresh()
    assert proxy.index(0, Column.TITLE).data() == "Independence Is Not Disconnection"

    timed_store.save_position("notes-on-trust", str(articles_dir / "trust.md"), "asking", 0.6)
    model.refresh()

    assert proxy.index(0, Column.TITLE).data() == "Notes on Trust"
    assert proxy.index(0, Column.TITLE).data(Role.LastRead) > proxy.index(1, 0).data(Role.LastRead)


def test_the_ordered_library_passes_qt_model_checks_through_a_change_of_order(
    qtmodeltester: ModelTester, timed_store: Store, articles_dir: Path
) -> None:
    model = LibraryModel(LibraryScanner(resource_path("articles"), articles_dir), timed_store)
    proxy = LibraryOrder()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy, force_py=True)

    proxy.set_order(Order.TITLE)
    model.refresh()

    assert proxy.rowCount() == 4
