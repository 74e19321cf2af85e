"""The Library window, related-reading links, and articles keeping their reflections."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, ModalCloser, activate

from outside_helpers import look
from tether.content import Article
from tether.content.library import ARTICLES_DIR_NAME
from tether.models import Role
from tether.models.library import Column
from tether.shell.window import build_window
from tether.store import Store
from tether.ui.library.controller import LibraryController
from tether.ui.main_window import MainWindow
from tether.ui.page.related_links import ARTICLE_SCHEME
from tether.ui.settings import UiSettings

CONFIDENCE = "The Difference Between Confidence and Certainty"
CONFIDENCE_MD = f"---\ntitle: {CONFIDENCE}\n---\n\nOpening.\n\n## Sure\n\nText.\n"
TRUST = (
    "---\ntitle: Notes on Trust\n---\n\nOpening.\n\n"
    "## Asking\n\nText.\n\n## Waiting\n\nMore.\n\n## Leaving\n\nEnd.\n"
)


@dataclass
class Reader:
    """A main window with its library, over a real store, as the app builds it."""

    window: MainWindow
    library: LibraryController
    articles_dir: Path

    @property
    def article(self) -> Article:
        assert self.window.session is not None
        return self.window.session.article

    def page_text(self) -> str:
        return self.window.article_view.document().toPlainText()

    def links(self) -> list[str]:
        """Every link target on the page, in order."""
        found = []
        block = self.window.article_view.document().begin()
        while block.isValid():
            fragments = block.begin()
            while not fragments.atEnd():
                href = fragments.fragment().charFormat().anchorHref()
                if href:
                    found.append(href)
                fragments += 1
            block = block.next()
        return found


OpenReader = Callable[..., Reader]


@pytest.fixture
def open_reader(
    qtbot: QtBot, data_dir: Path, settings_path: Path, bundled_article: Article
) -> Iterator[OpenReader]:
    """Open Tether's main window with its library, as ``tether.shell.main`` wires it."""
    stores: list[Store] = []

    def open_(article: Article | None = None) -> Reader:
        store = Store.open_in(data_dir)
        stores.append(store)
        settings = UiSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        articles_dir = data_dir / ARTICLES_DIR_NAME
        built = build_window(store, settings, articles_dir=articles_dir)
        window, library = built.main, built.library
        assert library is not None
        qtbot.addWidget(window)
        window.show_article(article or bundled_article)
        window.show()
        qtbot.waitExposed(window)
        return Reader(window, library, articles_dir)

    yield open_
    for store in stores:
        store.close()


def put(folder: Path, name: str, content: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def show_library(qtbot: QtBot, reader: Reader) -> None:
    activate(qtbot, reader.window)
    qtbot.keyClick(reader.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitExposed(reader.library.library_window)


def select(reader: Reader, title_start: str) -> None:
    articles = reader.library.library_window.list_view
    model = articles.model()
    for row in range(model.rowCount()):
        if str(model.index(row, Column.TITLE).data()).startswith(title_start):
            articles.setCurrentIndex(model.index(row, Column.TITLE))
            return
    raise AssertionError(f"no row starting {title_start!r}")


# -- The Library window -------------------------------------------------------------------------


def test_ctrl_l_lists_the_bundled_article_and_the_readers_own(
    open_reader: OpenReader, qtbot: QtBot, data_dir: Path
) -> None:
    put(data_dir / ARTICLES_DIR_NAME, "trust.md", TRUST)
    reader = open_reader()

    show_library(qtbot, reader)

    articles = reader.library.library_window.list_view
    rows = [
        [articles.model().index(row, column).data() for column in Column]
        for row in range(articles.model().rowCount())
    ]
    assert rows == [
        ["Independence Is Not Disconnection", "12", "Not started", "Bundled"],
        ["Notes on Trust", "4", "Not started", "Your articles"],
    ]
    assert articles.currentIndex().row() == 0


def test_opening_a_library_article_shows_it_and_closes_the_library(
    open_reader: OpenReader, qtbot: QtBot, data_dir: Path
) -> None:
    put(data_dir / ARTICLES_DIR_NAME, "trust.md", TRUST)
    reader = open_reader()
    show_library(qtbot, reader)
    select(reader, "Notes on Trust")

    with ModalCloser() as closer:
        qtbot.mouseClick(reader.library.library_window.open_button, Qt.MouseButton.LeftButton)

    assert closer.seen == []
    assert reader.window.windowTitle() == "Notes on Trust — Tether"
    assert not reader.library.library_window.isVisible()


def test_enter_on_a_row_opens_that_article(
    open_reader: OpenReader, qtbot: QtBot, data_dir: Path
) -> None:
    put(data_dir / ARTICLES_DIR_NAME, "trust.md", TRUST)
    reader = open_reader()
    show_library(qtbot, reader)
    select(reader, "Notes on Trust")
    articles = reader.library.library_window.list_view
    articles.setFocus()

    qtbot.keyClick(articles, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: reader.article.title == "Notes on Trust", timeout=TIMEOUT_MS)
    assert not reader.library.library_window.isVisible()


def test_a_broken_library_file_says_why_and_the_article_stays(
    open_reader: OpenReader, qtbot: QtBot, data_dir: Path
) -> None:
    put(data_dir / ARTICLES_DIR_NAME, "holiday.md", b"\x89PNG\x00\x00\x00")
    reader = open_reader()
    before = (reader.window.windowTitle(), reader.page_text())
    show_library(qtbot, reader)
    select(reader, "holiday.md — Cannot open")

    with ModalCloser() as closer:
        reader.library.library_window.open_current()

    assert [dialog.title for dialog in closer.seen] == ["Cannot Open Article"]
    assert "holiday.md" in closer.seen[0].text
    assert "binary" in closer.seen[0].text
    assert (reader.window.windowTitle(), reader.page_text()) == before
    assert reader.library.library_window.isVisible()


def test_a_file_that_cannot_be_opened_is_drawn_muted(
    open_reader: OpenReader, qtbot: QtBot, data_dir: Path
) -> None:
    put(data_dir / ARTICLES_DIR_NAME, "holiday.md", b"\x00")
    reader = open_reader()
    show_library(qtbot, reader)
    articles = reader.library.library_window.list_view

    fonts = []
    for row in (0, 1):
        option = QStyleOptionViewItem()
        articles.itemDelegate().initStyleOption(option, articles.model().index(row, Column.TITLE))
        fonts.append(option.font.italic())

    assert fonts == [False, True]


def test_add_article_copies_the_file_into_the_articles_folder_and_selects_it(
    open_reader: OpenReader, qtbot: QtBot, tmp_path: Path
) -> None:
    source = put(tmp_path / "downloads", "trust.md", TRUST)
    reader = open_reader()
    show_library(qtbot, reader)
    library_window = reader.library.library_window
    library_window.choose_file = lambda _parent, _start: source

    qtbot.mouseClick(library_window.add_button, Qt.MouseButton.LeftButton)

    copy = reader.articles_dir / "trust.md"
    assert copy.read_text(encoding="utf-8") == TRUST
    assert library_window.current_path() == copy
    assert "Added “trust.md”" in library_window.message_label.text()
    assert library_window.message_label.isVisible()
    assert (reader.articles_dir.stat().st_mode & 0o777) == 0o700


def test_adding_a_file_that_is_not_an_article_says_why_and_copies_nothing(
    open_reader: OpenReader, qtbot: QtBot, tmp_path: Path
) -> None:
    source = put(tmp_path, "scan.md", b"%PDF-1.7\x00\x00")
    reader = open_reader()
    show_library(qtbot, reader)
    library_window = reader.library.library_window
    library_window.choose_file = lambda _parent, _start: source

    with ModalCloser() as closer:
        added = library_window.add_article()

    assert added is None
    assert [dialog.title for dialog in closer.seen] == ["Cannot Add Article"]
    assert "scan.md" in closer.seen[0].text
    assert "binary" in closer.seen[0].text
    assert not reader.articles_dir.exists()


def test_adding_to_an_articles_folder_that_is_a_link_says_why_and_writes_nothing_there(
    open_reader: OpenReader, qtbot: QtBot, tmp_path: Path
) -> None:
    source = put(tmp_path / "downloads", "trust.md", TRUST)
    elsewhere = tmp_path / "outside" / "articles"
    put(elsewhere, "kept.md", CONFIDENCE_MD)
    reader = open_reader()
    reader.articles_dir.symlink_to(elsewhere, target_is_directory=True)
    before = look(tmp_path / "outside")
    show_library(qtbot, reader)
    library_window = reader.library.library_window
    library_window.choose_file = lambda _parent, _start: source

    with ModalCloser() as closer:
        added = library_window.add_article()

    assert added is None
    assert [dialog.title for dialog in closer.seen] == ["Cannot Add Article"]
    text = closer.seen[0].text
    assert str(reader.articles_dir) in text
    assert "symbolic link" in text
    assert "Replace the link with a real folder" in text
    assert look(tmp_path / "outside") == before
    assert reader.articles_dir.is_symlink()


def test_an_article_added_under_umask_000_is_private(
    open_reader: OpenReader, qtbot: QtBot, tmp_path: Path
) -> None:
    source = put(tmp_path / "downloads", "trust.md", TRUST)
    reader = open_reader()
    show_library(qtbot, reader)
    library_window = reader.library.library_window
    library_window.choose_file = lambda _parent, _start: source

    previous = os.umask(0)
    try:
        added = library_window.add_article()
    finally:
        os.umask(previous)

    assert added == reader.articles_dir / "trust.md"
    assert (reader.articles_dir.stat().st_mode & 0o777) == 0o700
    assert (added.stat().st_mode & 0o777) == 0o600


def test_the_library_window_names_everything_the_keyboard_reaches(
    open_reader: OpenReader, qtbot: QtBot
) -> None:
    reader = open_reader()
    show_library(qtbot, reader)

    unnamed = [
        f"{type(widget).__name__}({widget.objectName()!r})"
        for widget in reader.library.library_window.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisible()
        and not widget.accessibleName().strip()
    ]

    assert unnamed == []


# -- Related reading ------------------------------------------------------------------------------


def test_related_reading_the_library_lacks_stays_plain_text(open_reader: OpenReader) -> None:
    reader = open_reader()

    assert f"See Also: {CONFIDENCE}" in reader.page_text()
    assert not [link for link in reader.links() if link.startswith(ARTICLE_SCHEME)]


def test_related_reading_the_library_holds_links_to_it_and_opens_it(
    open_reader: OpenReader, data_dir: Path
) -> None:
    put(data_dir / ARTICLES_DIR_NAME, "confidence.md", CONFIDENCE_MD)
    reader = open_reader()
    links = [link for link in reader.links() if link.startswith(ARTICLE_SCHEME)]

    assert len(set(links)) == 1
    assert f"See Also: {CONFIDENCE}" in reader.page_text()
    with ModalCloser() as closer:
        reader.window.article_view.anchorClicked.emit(QUrl(links[0]))

    assert closer.seen == []
    assert reader.article.title == CONFIDENCE


def test_a_page_painted_before_the_library_arrives_links_its_related_reading_then(
    qtbot: QtBot, data_dir: Path, settings_path: Path, bundled_article: Article
) -> None:
    put(data_dir / ARTICLES_DIR_NAME, "confidence.md", CONFIDENCE_MD)
    with Store.open_in(data_dir) as store:
        settings = UiSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
        articles_dir = data_dir / ARTICLES_DIR_NAME
        # As start-up builds it: the page first, the library with the rest.
        built = build_window(store, settings, articles_dir=articles_dir, page_first=True)
        qtbot.addWidget(built.main)
        built.main.show_article(bundled_article)
        built.main.show()
        qtbot.waitExposed(built.main)
        assert f"{ARTICLE_SCHEME}:" not in built.main.article_view.toHtml()  # no library yet

        built.main.complete()

        assert built.library is not None
        reader = Reader(built.main, built.library, articles_dir)
        assert len({link for link in reader.links() if link.startswith(ARTICLE_SCHEME)}) == 1
        assert f"See Also: {CONFIDENCE}" in reader.page_text()
        built.main.close()


def test_a_title_with_typographic_quotes_links_to_an_article_with_straight_ones(
    open_reader: OpenReader, data_dir: Path
) -> None:
    put(
        data_dir / ARTICLES_DIR_NAME,
        "logical.md",
        '# Why being "logical" can be an emotional pattern\n\nText.\n',
    )
    reader = open_reader()
    links = [link for link in reader.links() if link.startswith(ARTICLE_SCHEME)]

    reader.window.article_view.anchorClicked.emit(QUrl(links[0]))

    assert reader.article.path.name == "logical.md"


def test_adding_the_related_article_turns_its_title_into_a_link(
    open_reader: OpenReader, qtbot: QtBot, tmp_path: Path
) -> None:
    source = put(tmp_path / "downloads", "confidence.md", CONFIDENCE_MD)
    reader = open_reader()
    show_library(qtbot, reader)
    reader.library.library_window.choose_file = lambda _parent, _start: source

    reader.library.library_window.add_article()

    assert any(link.startswith(ARTICLE_SCHEME) for link in reader.links())


def test_a_related_link_whose_article_has_gone_says_so(
    open_reader: OpenReader, data_dir: Path
) -> None:
    path = put(data_dir / ARTICLES_DIR_NAME, "confidence.md", CONFIDENCE_MD)
    reader = open_reader()
    links = [link for link in reader.links() if link.startswith(ARTICLE_SCHEME)]
    before = reader.article.id
    path.unlink()

    with ModalCloser() as closer:
        reader.window.article_view.anchorClicked.emit(QUrl(links[0]))

    assert [dialog.title for dialog in closer.seen] == ["Cannot Open Article"]
    assert "does not exist" in closer.seen[0].text
    assert reader.article.id == before


# -- Identity: reflections follow the article, not the file -----------------------------------


def save_reflection(reader: Reader, section_id: str, text: str) -> None:
    assert reader.window.session is not None
    assert reader.window.session.reflections.save(section_id, text)


def listed_reflections(reader: Reader) -> list[tuple[str, bool, str]]:
    """(section title, orphaned, text) of every row of the reflections list."""
    model = reader.window.reflections_dock.list.model()
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    return [
        (
            model.index(row, 0).data(Role.SectionTitle),
            model.index(row, 0).data(Role.Orphaned),
            model.index(row, 0).data(Role.Text),
        )
        for row in range(model.rowCount())
    ]


def test_moving_an_article_file_keeps_its_reflections(
    open_reader: OpenReader, tmp_path: Path
) -> None:
    first = put(tmp_path / "downloads", "trust.md", TRUST)
    reader = open_reader()
    assert reader.window.open_path(first)
    save_reflection(reader, "asking", "I rarely ask.")
    moved = tmp_path / "documents" / "reading" / "trust-notes.md"
    moved.parent.mkdir(parents=True)
    shutil.move(first, moved)

    assert reader.window.open_path(moved)

    assert listed_reflections(reader) == [("Asking", False, "I rarely ask.")]
    assert reader.article.path == moved.resolve()


def test_reflections_on_removed_sections_stay_listed_muted_and_are_never_dropped(
    open_reader: OpenReader, tmp_path: Path
) -> None:
    path = put(tmp_path, "trust.md", TRUST)
    reader = open_reader()
    assert reader.window.open_path(path)
    save_reflection(reader, "waiting", "Waiting feels safer.")
    save_reflection(reader, "asking", "I rarely ask.")

    path.write_text(TRUST.replace("## Waiting\n\nMore.\n\n", ""), encoding="utf-8")
    assert reader.window.open_path(path)
    save_reflection(reader, "leaving", "A new one, after the change.")

    listed = listed_reflections(reader)
    assert listed == [
        ("Leaving", False, "A new one, after the change."),
        ("Asking", False, "I rarely ask."),
        ("Removed section “waiting”", True, "Waiting feels safer."),
    ]
    delegate = reader.window.reflections_dock.list.itemDelegate()
    italic = []
    for row in range(3):
        option = QStyleOptionViewItem()
        delegate.initStyleOption(option, reader.window.reflections_dock.list.model().index(row, 0))
        italic.append(option.font.italic())
    assert italic == [False, False, True]

    path.write_text(TRUST, encoding="utf-8")
    assert reader.window.open_path(path)
    assert ("Waiting", False, "Waiting feels safer.") in listed_reflections(reader)
