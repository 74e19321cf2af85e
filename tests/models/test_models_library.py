"""The library list: one row per article with its sections and the reader's progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from tether.bundled import resource_path
from tether.content import ArticleError
from tether.content.library import LibraryScanner
from tether.models import Role
from tether.models.library import Column, LibraryModel
from tether.store import Store

BUNDLED_DIR = resource_path("articles")
BUNDLED_ID = "independence-is-not-disconnection"
TRUST = (
    "---\ntitle: Notes on Trust\n---\n\nOpening.\n\n"
    "## Asking\n\nText.\n\n## Waiting\n\nMore.\n\n## Leaving\n\nEnd.\n"
)
TRUST_SECTIONS = ("introduction", "asking", "waiting", "leaving")


@pytest.fixture
def articles_dir(tmp_path: Path) -> Path:
    """The reader's articles folder (not created until a test writes into it)."""
    return tmp_path / "data" / "articles"


def put(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def make_model(store: Store, articles_dir: Path) -> LibraryModel:
    return LibraryModel(LibraryScanner(BUNDLED_DIR, articles_dir), store)


def shown(model: LibraryModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def row_titled(model: LibraryModel, title: str) -> int:
    for row in range(model.rowCount()):
        if model.index(row, Column.TITLE).data() == title:
            return row
    raise AssertionError(f"no row titled {title!r}")


# -- Qt's model checks ------------------------------------------------------------------------


def test_a_library_of_only_the_bundled_article_passes_qt_model_checks(
    qtmodeltester: ModelTester, store: Store, articles_dir: Path
) -> None:
    qtmodeltester.check(make_model(store, articles_dir), force_py=True)


def test_a_library_with_broken_files_passes_qt_model_checks_through_a_refresh_and_an_add(
    qtmodeltester: ModelTester, store: Store, articles_dir: Path, tmp_path: Path
) -> None:
    put(articles_dir, "broken.md", b"\x00\x01")
    put(articles_dir, "trust.md", TRUST)
    model = make_model(store, articles_dir)
    qtmodeltester.check(model, force_py=True)

    put(articles_dir, "more.md", "# More\n\nText.\n")
    model.refresh()
    model.add_article(put(tmp_path / "downloads", "extra.md", "# Extra\n\nText.\n"))

    assert model.rowCount() == 5


# -- What a row shows -------------------------------------------------------------------------


def test_each_row_shows_title_sections_progress_and_where_it_is(
    store: Store, articles_dir: Path
) -> None:
    put(articles_dir, "trust.md", TRUST)
    model = make_model(store, articles_dir)

    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Title",
        "Sections",
        "Progress",
        "Where",
    ]
    assert shown(model, 0) == ["Independence Is Not Disconnection", "12", "Not started", "Bundled"]
    assert shown(model, 1) == ["Notes on Trust", "4", "Not started", "Your articles"]
    assert model.index(1, Column.TITLE).data(Role.ArticlePath) == str(articles_dir / "trust.md")
    assert model.index(1, Column.TITLE).data(Role.Unreadable) is False


def test_a_file_that_cannot_be_opened_is_a_row_saying_why(store: Store, articles_dir: Path) -> None:
    put(articles_dir, "holiday.md", b"\x89PNG\x00\x00")
    model = make_model(store, articles_dir)

    assert shown(model, 1) == [
        "holiday.md — Cannot open: it is a binary file, not Markdown text.",
        "—",
        "—",
        "Your articles",
    ]
    assert model.index(1, Column.TITLE).data(Role.Unreadable) is True
    assert "Cannot open" in model.index(1, Column.TITLE).data(Qt.ItemDataRole.ToolTipRole)


def test_rows_are_selectable_but_never_editable(store: Store, articles_dir: Path) -> None:
    model = make_model(store, articles_dir)
    flags = model.flags(model.index(0, Column.TITLE))

    assert flags & Qt.ItemFlag.ItemIsSelectable
    assert not flags & Qt.ItemFlag.ItemIsEditable


# -- Progress ---------------------------------------------------------------------------------


def test_progress_counts_the_sections_read(store: Store, articles_dir: Path) -> None:
    put(articles_dir, "trust.md", TRUST)
    for section_id in ("introduction", "asking"):
        store.mark_section_read("notes-on-trust", section_id)

    model = make_model(store, articles_dir)

    assert model.index(row_titled(model, "Notes on Trust"), Column.PROGRESS).data() == (
        "2 of 4 read"
    )


def test_sections_read_that_the_article_no_longer_has_do_not_count(
    store: Store, articles_dir: Path
) -> None:
    put(articles_dir, "trust.md", TRUST)
    store.mark_section_read("notes-on-trust", "asking")
    store.mark_section_read("notes-on-trust", "a-section-since-deleted")

    model = make_model(store, articles_dir)

    assert model.index(row_titled(model, "Notes on Trust"), Column.PROGRESS).data() == (
        "1 of 4 read"
    )


def test_an_article_read_to_the_end_is_finished(store: Store, articles_dir: Path) -> None:
    put(articles_dir, "trust.md", TRUST)
    for section_id in TRUST_SECTIONS:
        store.mark_section_read("notes-on-trust", section_id)

    model = make_model(store, articles_dir)

    assert model.index(row_titled(model, "Notes on Trust"), Column.PROGRESS).data() == "Finished"


def test_an_opened_article_with_nothing_read_yet_says_where_the_reader_is(
    store: Store, articles_dir: Path
) -> None:
    path = put(articles_dir, "trust.md", TRUST)
    store.save_position("notes-on-trust", str(path), "waiting", 0.5)

    model = make_model(store, articles_dir)

    assert model.index(row_titled(model, "Notes on Trust"), Column.PROGRESS).data() == (
        "At section 3 of 4"
    )


def test_refreshing_shows_progress_made_since(store: Store, articles_dir: Path) -> None:
    model = make_model(store, articles_dir)
    store.mark_section_read(BUNDLED_ID, "introduction")

    model.refresh()

    assert model.index(0, Column.PROGRESS).data() == "1 of 12 read"


# -- Finding and adding -----------------------------------------------------------------------


def test_a_title_is_found_whatever_its_case_and_quotes(store: Store, articles_dir: Path) -> None:
    path = put(articles_dir, "logic.md", '# Why Being "Logical" Can Be an Emotional Pattern\n\nx\n')
    model = make_model(store, articles_dir)

    assert model.path_for_title("Why being “logical” can be an emotional pattern") == path
    assert model.has_title("why being 'logical' can be an emotional pattern") is False
    assert model.has_title("Independence is not disconnection")


def test_adding_a_file_lists_it(
    qtbot: QtBot, store: Store, articles_dir: Path, tmp_path: Path
) -> None:
    model = make_model(store, articles_dir)
    source = put(tmp_path / "downloads", "trust.md", TRUST)

    with qtbot.waitSignal(model.modelReset, timeout=10_000):
        result = model.add_article(source)

    assert result.copied
    row = model.row_of(result.path)
    assert row is not None
    assert model.index(row, Column.TITLE).data() == "Notes on Trust"
    assert model.has_title("notes on trust")


def test_adding_a_broken_file_raises_and_lists_nothing_new(
    store: Store, articles_dir: Path, tmp_path: Path
) -> None:
    model = make_model(store, articles_dir)
    source = put(tmp_path, "photo.md", b"\x00binary")

    with pytest.raises(ArticleError, match="binary"):
        model.add_article(source)

    assert model.rowCount() == 1
    assert not articles_dir.exists()


def test_two_files_of_one_article_say_they_share_reflections(
    store: Store, articles_dir: Path
) -> None:
    put(articles_dir, "trust.md", TRUST)
    put(articles_dir, "trust-copy.md", TRUST)
    model = make_model(store, articles_dir)

    tips = [model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole) for row in (1, 2)]

    assert all("share one set of reflections" in tip for tip in tips)
    assert "share" not in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_every_cell_has_words_for_a_screen_reader(store: Store, articles_dir: Path) -> None:
    put(articles_dir, "trust.md", TRUST)
    model = make_model(store, articles_dir)

    texts = [model.index(1, column).data(Qt.ItemDataRole.AccessibleTextRole) for column in Column]

    assert texts == [
        "Notes on Trust, 4 sections, not started",
        "4 sections",
        "Progress: Not started",
        "Your articles folder",
    ]
    assert model.index(0, 0, model.index(0, 0)) == QModelIndex()


# -- What a list row draws --------------------------------------------------------------------


def test_a_rows_second_line_says_subtitle_where_it_is_and_how_many_sections(
    store: Store, articles_dir: Path
) -> None:
    put(articles_dir, "trust.md", TRUST.replace("title:", "subtitle: On asking\ntitle:"))
    put(articles_dir, "one.md", "# One Thought\n\nJust this.\n")
    put(articles_dir, "holiday.md", b"\x00")
    model = make_model(store, articles_dir)

    details = {
        model.index(row, Column.TITLE).data(): model.index(row, Column.TITLE).data(Role.Detail)
        for row in range(model.rowCount())
    }

    assert details == {
        "Independence Is Not Disconnection": "Bundled with Tether · 12 sections",
        "Notes on Trust": "On asking · trust.md · 4 sections",
        "One Thought": "one.md · 1 section",
        "holiday.md — Cannot open: it is a binary file, not Markdown text.": (
            "Your articles folder"
        ),
    }


def test_the_share_read_and_when_last_read_are_there_to_draw_and_sort_by(
    store: Store, articles_dir: Path
) -> None:
    path = put(articles_dir, "trust.md", TRUST)
    store.mark_section_read("notes-on-trust", "asking")
    store.save_position("notes-on-trust", str(path), "waiting", 0.5)

    model = make_model(store, articles_dir)
    trust = model.index(row_titled(model, "Notes on Trust"), Column.TITLE)
    bundled = model.index(row_titled(model, "Independence Is Not Disconnection"), Column.TITLE)

    assert trust.data(Role.ReadShare) == 0.25
    assert isinstance(trust.data(Role.LastRead), float)
    assert bundled.data(Role.ReadShare) == 0.0
    assert bundled.data(Role.LastRead) is None


def test_a_row_says_itself_in_one_sentence_for_a_screen_reader(
    store: Store, articles_dir: Path
) -> None:
    put(articles_dir, "trust.md", TRUST.replace("title:", "subtitle: On asking\ntitle:"))
    for section_id in ("introduction", "asking"):
        store.mark_section_read("notes-on-trust", section_id)
    model = make_model(store, articles_dir)

    said = [
        model.index(row, Column.TITLE).data(Qt.ItemDataRole.AccessibleTextRole)
        for row in range(model.rowCount())
    ]

    assert said == [
        "Independence Is Not Disconnection, 12 sections, not started, bundled with Tether",
        "Notes on Trust, On asking, 4 sections, 2 of 4 read",
    ]
