"""The reflections list: newest first, fetched a page at a time, in step with every save."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QSignalSpy
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tether.content import Article
from tether.models import ReflectionsModel, Role
from tether.models.reflections import PAGE_SIZE
from tether.store import Store

INTRO = "introduction"
FIRST = "what-independence-actually-means"
CONCLUSION = "conclusion"


class SteppingClock:
    """A clock one second later on every call, so the newest-first order is certain."""

    def __init__(self) -> None:
        self.now = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clocked_store(qapp: object, data_dir: Path) -> Iterator[Store]:
    """A real store whose saves are one second apart."""
    with Store.open_in(data_dir, clock=SteppingClock()) as opened:
        yield opened


def fill(store: Store, article: Article, count: int) -> None:
    """Write ``count`` reflections on sections the article does not have (any id will do)."""
    for n in range(count):
        store.save_reflection(article.id, f"old-section-{n:04d}", f"Reflection number {n}")


def fetch_all(model: ReflectionsModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def section_ids(model: ReflectionsModel) -> list[str]:
    return [model.data(model.index(row, 0), Role.SectionId) for row in range(model.rowCount())]


def opened_fresh(article: Article, store: Store) -> list[str]:
    """What the list shows when the article is opened again."""
    model = ReflectionsModel(article, store)
    fetch_all(model)
    return section_ids(model)


# -- Qt's model checks ---------------------------------------------------------------------


def test_an_empty_reflections_list_passes_qt_model_checks(
    qtmodeltester: ModelTester, bundled_article: Article, clocked_store: Store
) -> None:
    model = ReflectionsModel(bundled_article, clocked_store)

    qtmodeltester.check(model)

    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())


def test_a_short_reflections_list_passes_qt_model_checks_through_saves(
    qtmodeltester: ModelTester, bundled_article: Article, clocked_store: Store
) -> None:
    fill(clocked_store, bundled_article, 5)
    model = ReflectionsModel(bundled_article, clocked_store)
    qtmodeltester.check(model)

    model.save(FIRST, "Inserted at the top.")
    model.save("old-section-0000", "Moved from the bottom to the top.")
    model.save("old-section-0002", "")
    model.save("old-section-0000", "Edited where it stands.")

    assert section_ids(model) == [
        "old-section-0000",
        FIRST,
        "old-section-0004",
        "old-section-0003",
        "old-section-0001",
    ]


def test_a_long_reflections_list_passes_qt_model_checks_through_fetches_and_saves(
    qtmodeltester: ModelTester, bundled_article: Article, clocked_store: Store
) -> None:
    fill(clocked_store, bundled_article, 450)
    model = ReflectionsModel(bundled_article, clocked_store)
    qtmodeltester.check(model)

    fetch_all(model)
    # Qt's tester fetches too, from inside the model's own insert notifications.
    assert model.rowCount() == 450
    assert len(set(section_ids(model))) == 450

    model.save(FIRST, "Inserted at the top.")
    model.save("old-section-0000", "Moved from the bottom to the top.")
    model.save("old-section-0100", "")
    model.save(FIRST, "Edited where it stands.")

    assert model.rowCount() == 450
    assert section_ids(model)[:2] == [FIRST, "old-section-0000"]


def test_saves_before_everything_is_fetched_list_each_reflection_once(
    bundled_article: Article, clocked_store: Store
) -> None:
    fill(clocked_store, bundled_article, 450)
    model = ReflectionsModel(bundled_article, clocked_store)
    model.fetchMore(QModelIndex())

    model.save(INTRO, "New while half loaded.")
    model.save("old-section-0449", "The newest one, edited.")
    model.save("old-section-0000", "The oldest one, not loaded yet.")
    model.save("old-section-0448", "")
    fetch_all(model)

    assert model.rowCount() == 450
    assert section_ids(model) == opened_fresh(bundled_article, clocked_store)


# -- Lazy loading --------------------------------------------------------------------------


def test_a_thousand_reflections_load_a_page_at_a_time(
    bundled_article: Article, clocked_store: Store
) -> None:
    fill(clocked_store, bundled_article, 1000)
    model = ReflectionsModel(bundled_article, clocked_store)

    assert model.rowCount() == 0
    counts = []
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        counts.append(model.rowCount())

    assert counts == [200, 400, 600, 800, 1000]
    assert PAGE_SIZE == 200
    assert not model.canFetchMore(QModelIndex())


def test_the_newest_reflection_is_listed_first(
    bundled_article: Article, clocked_store: Store
) -> None:
    fill(clocked_store, bundled_article, 3)
    model = ReflectionsModel(bundled_article, clocked_store)

    fetch_all(model)

    assert section_ids(model) == ["old-section-0002", "old-section-0001", "old-section-0000"]


def test_fetching_announces_the_new_rows(
    qtbot: QtBot, bundled_article: Article, clocked_store: Store
) -> None:
    fill(clocked_store, bundled_article, PAGE_SIZE + 5)
    model = ReflectionsModel(bundled_article, clocked_store)
    model.fetchMore(QModelIndex())

    with qtbot.waitSignal(model.rowsInserted) as blocker:
        model.fetchMore(QModelIndex())

    assert blocker.args[1:] == [PAGE_SIZE, PAGE_SIZE + 4]


def test_blank_reflections_are_not_listed(bundled_article: Article, clocked_store: Store) -> None:
    clocked_store.save_reflection(bundled_article.id, INTRO, "   \n\t ")
    clocked_store.save_reflection(bundled_article.id, FIRST, "Something real.")
    model = ReflectionsModel(bundled_article, clocked_store)

    fetch_all(model)

    assert section_ids(model) == [FIRST]


def test_reflections_of_other_articles_are_not_listed(
    bundled_article: Article, clocked_store: Store
) -> None:
    clocked_store.save_reflection("another-article", INTRO, "Not about this one.")
    model = ReflectionsModel(bundled_article, clocked_store)

    fetch_all(model)

    assert model.rowCount() == 0


# -- Saving --------------------------------------------------------------------------------


def test_saving_a_new_reflection_puts_it_at_the_top(
    bundled_article: Article, clocked_store: Store
) -> None:
    fill(clocked_store, bundled_article, 3)
    model = ReflectionsModel(bundled_article, clocked_store)
    fetch_all(model)
    inserted = QSignalSpy(model.rowsInserted)

    assert model.save(CONCLUSION, "Strength can be shared.") is True

    assert inserted.count() == 1
    assert inserted.at(0)[1:] == [0, 0]
    assert model.rowCount() == 4
    assert model.data(model.index(0, 0), Role.Text) == "Strength can be shared."
    assert section_ids(model) == opened_fresh(bundled_article, clocked_store)


def test_saving_an_existing_reflection_moves_it_to_the_top(
    bundled_article: Article, clocked_store: Store
) -> None:
    fill(clocked_store, bundled_article, 3)
    model = ReflectionsModel(bundled_article, clocked_store)
    fetch_all(model)
    moved = QSignalSpy(model.rowsMoved)

    model.save("old-section-0000", "Rewritten today.")

    assert moved.count() == 1
    assert model.rowCount() == 3
    assert section_ids(model) == ["old-section-0000", "old-section-0002", "old-section-0001"]
    assert model.data(model.index(0, 0), Role.Text) == "Rewritten today."
    assert section_ids(model) == opened_fresh(bundled_article, clocked_store)


def test_editing_the_top_reflection_updates_it_in_place(
    qtbot: QtBot, bundled_article: Article, clocked_store: Store
) -> None:
    model = ReflectionsModel(bundled_article, clocked_store)
    model.save(FIRST, "First draft.")

    with qtbot.waitSignal(model.dataChanged) as blocker:
        model.save(FIRST, "Second draft.")

    assert blocker.args[0] == model.index(0, 0)
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0), Role.Text) == "Second draft."


def test_saving_empty_text_removes_the_reflection_from_the_list(
    bundled_article: Article, clocked_store: Store
) -> None:
    model = ReflectionsModel(bundled_article, clocked_store)
    model.save(INTRO, "Keep me.")
    model.save(FIRST, "Remove me.")
    removed = QSignalSpy(model.rowsRemoved)

    assert model.save(FIRST, "") is True

    assert removed.count() == 1
    assert section_ids(model) == [INTRO]
    assert model.text_for_section(FIRST) == ""
    assert not model.canFetchMore(QModelIndex())
    assert opened_fresh(bundled_article, clocked_store) == [INTRO]


def test_saving_reports_the_section_and_time(
    qtbot: QtBot, bundled_article: Article, clocked_store: Store
) -> None:
    model = ReflectionsModel(bundled_article, clocked_store)

    with qtbot.waitSignal(model.saved) as blocker:
        model.save(FIRST, "Noted.")

    assert blocker.args[0] == FIRST
    assert blocker.args[1] == model.saved_at(FIRST)
    assert model.text_for_section(FIRST) == "Noted."


def test_saving_unchanged_text_keeps_the_order_the_reader_will_see_next_time(
    bundled_article: Article, clocked_store: Store
) -> None:
    model = ReflectionsModel(bundled_article, clocked_store)
    model.save(INTRO, "Older thought.")
    model.save(FIRST, "Newer thought.")

    # The editor saves whenever it was typed in, even if the text ends up the same.
    model.save(INTRO, "Older thought.")

    assert section_ids(model) == opened_fresh(bundled_article, clocked_store) == [FIRST, INTRO]


# -- What a row shows ----------------------------------------------------------------------


def test_a_reflection_shows_its_section_title_and_text(
    bundled_article: Article, clocked_store: Store
) -> None:
    model = ReflectionsModel(bundled_article, clocked_store)
    model.save(FIRST, "I ask for help less than I could.")
    index = model.index(0, 0)

    display = model.data(index)

    assert display.startswith("What Independence Actually Means · ")
    assert "I ask for help less than I could." in display
    assert model.data(index, Role.SectionTitle) == "What Independence Actually Means"
    assert model.data(index, Role.Orphaned) is False
    # Tooltips are escaped and wrapped so that Qt never reads the reader's words as HTML.
    assert model.data(index, Qt.ItemDataRole.ToolTipRole) == (
        "<p>I ask for help less than I could.</p>"
    )
    assert "What Independence Actually Means" in model.data(
        index, Qt.ItemDataRole.AccessibleTextRole
    )


def test_a_long_reflection_shows_a_short_preview(
    bundled_article: Article, clocked_store: Store
) -> None:
    long_text = "word " * 100
    model = ReflectionsModel(bundled_article, clocked_store)
    model.save(FIRST, long_text)

    preview = model.data(model.index(0, 0)).split("\n", 1)[1]

    assert preview.endswith("…")
    assert len(preview) <= 90
    assert model.data(model.index(0, 0), Role.Text) == long_text


def test_a_reflection_on_a_removed_section_shows_as_orphaned(
    bundled_article: Article, clocked_store: Store
) -> None:
    clocked_store.save_reflection(bundled_article.id, "a-section-since-deleted", "Still mine.")
    model = ReflectionsModel(bundled_article, clocked_store)
    fetch_all(model)
    index = model.index(0, 0)

    assert model.data(index, Role.Orphaned) is True
    title = model.data(index, Role.SectionTitle)
    assert "Removed section" in title
    assert "a-section-since-deleted" in title
    assert model.data(index).startswith(title)
    assert model.data(index, Role.Text) == "Still mine."


class SlowDiskStore(Store):
    """A store whose first reflection write waits until the test lets it finish."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self.release = threading.Event()
        self.started = threading.Event()
        self.written: list[str] = []

    def save_reflection(
        self, article_id: str, section_id: str, text: str, visit: datetime | None = None
    ) -> Any:
        if not self.written:
            self.started.set()
            assert self.release.wait(60), "the test never let the first write finish"
        self.written.append(text)
        return super().save_reflection(article_id, section_id, text, visit)


def test_autosaves_queued_behind_a_slow_write_are_replaced_by_the_newest(
    qtbot: QtBot, bundled_article: Article, data_dir: Path
) -> None:
    data_dir.mkdir(mode=0o700)
    store = SlowDiskStore(data_dir / "tether.sqlite3")
    model = ReflectionsModel(bundled_article, store)
    section = bundled_article.sections[0].id
    try:
        model.save_soon(section, lambda: "one")
        assert store.started.wait(60)
        for text in ("one two", "one two three", "one two three four"):
            model.save_soon(section, lambda text=text: text)
        store.release.set()

        assert model.finish(section)
    finally:
        store.release.set()
        store.close()

    # The write under way finishes; of those queued behind it only the newest is written.
    assert store.written == ["one", "one two three four"]
