"""The Library as a list of articles: what a row shows and says, and the keys that use it."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAccessible, QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, activate

from tether.content.library import ARTICLES_DIR_NAME
from tether.models.library import Column
from tether.models.library_order import Order
from tether.store import Store
from tether.ui.library.controller import LibraryController
from tether.ui.library.row_delegate import LibraryRowDelegate, RowText
from tether.ui.library.window import LibraryWindow
from tether.ui.main_window import MainWindow

TRUST = (
    "---\ntitle: Notes on Trust\nsubtitle: Why asking feels risky\n---\n\nOpening.\n\n"
    "## Asking\n\nText.\n\n## Waiting\n\nMore.\n\n## Leaving\n\nEnd.\n"
)
CONFIDENCE = "# The Difference Between Confidence and Certainty\n\nOpening.\n\n## Sure\n\nText.\n"
BUNDLED = "Independence Is Not Disconnection"


@pytest.fixture
def library(
    open_window: Callable[..., MainWindow], qtbot: QtBot, data_dir: Path
) -> tuple[MainWindow, LibraryWindow]:
    """The main window on the bundled article, with two articles of the reader's own (one
    half read), and its Library opened with Ctrl+L."""
    articles = data_dir / ARTICLES_DIR_NAME
    articles.mkdir(parents=True)
    (articles / "trust.md").write_text(TRUST, encoding="utf-8")
    (articles / "confidence.md").write_text(CONFIDENCE, encoding="utf-8")
    with Store.open_in(data_dir) as store:
        for section_id in ("introduction", "asking"):
            store.mark_section_read("notes-on-trust", section_id)
    window = open_window()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    controller = window.findChild(LibraryController)
    assert controller is not None
    library_window = controller.library_window
    qtbot.waitExposed(library_window, timeout=TIMEOUT_MS)
    qtbot.waitUntil(library_window.list_view.hasFocus, timeout=TIMEOUT_MS)
    return window, library_window


def row_of(library_window: LibraryWindow, title: str) -> QModelIndex:
    model = library_window.list_view.model()
    for row in range(model.rowCount()):
        index = model.index(row, Column.TITLE)
        if index.data() == title:
            return index
    raise AssertionError(f"no row titled {title!r}")


def current_title(library_window: LibraryWindow) -> str:
    return str(library_window.list_view.currentIndex().data())


def test_each_row_shows_the_title_its_sections_and_the_progress(
    library: tuple[MainWindow, LibraryWindow],
) -> None:
    _, library_window = library
    delegate = library_window.list_view.itemDelegate()
    assert isinstance(delegate, LibraryRowDelegate)

    shown = [
        delegate.row_text(row_of(library_window, title))
        for title in (BUNDLED, "Notes on Trust", "The Difference Between Confidence and Certainty")
    ]

    assert shown == [
        RowText(BUNDLED, "Bundled with Tether · 12 sections", "Not started"),
        RowText("Notes on Trust", "Why asking feels risky · trust.md · 4 sections", "2 of 4 read"),
        RowText(
            "The Difference Between Confidence and Certainty",
            "confidence.md · 2 sections",
            "Not started",
        ),
    ]


def test_a_screen_reader_hears_each_row_as_title_sections_and_progress(
    library: tuple[MainWindow, LibraryWindow],
) -> None:
    _, library_window = library
    interface = QAccessible.queryAccessibleInterface(library_window.list_view)
    assert interface is not None

    heard = {interface.child(i).text(QAccessible.Text.Name) for i in range(interface.childCount())}

    assert heard == {
        f"{BUNDLED}, 12 sections, not started, bundled with Tether",
        "Notes on Trust, Why asking feels risky, 4 sections, 2 of 4 read",
        "The Difference Between Confidence and Certainty, 2 sections, not started",
    }


def test_the_progress_bar_is_drawn_in_the_themes_accent_only_where_reading_began(
    library: tuple[MainWindow, LibraryWindow],
) -> None:
    _, library_window = library
    view = library_window.list_view
    view.clearSelection()  # rows drawn as they are when not selected
    image = view.viewport().grab().toImage()
    accent = view.palette().color(QPalette.ColorRole.Link)

    def accent_pixels(title: str) -> int:
        rect = view.visualRect(row_of(library_window, title))
        ratio = image.devicePixelRatio()
        return count_colour(image, accent, [round(v * ratio) for v in rect.getRect()])

    assert accent_pixels("Notes on Trust") > 20
    assert accent_pixels(BUNDLED) == 0


def count_colour(image: QImage, colour: QColor, rect: list[int]) -> int:
    x, y, width, height = rect
    return sum(
        image.pixelColor(column, row) == colour
        for row in range(y, min(y + height, image.height()))
        for column in range(x, min(x + width, image.width()))
    )


def test_arrows_move_and_enter_opens_the_article_moved_to(
    library: tuple[MainWindow, LibraryWindow], qtbot: QtBot
) -> None:
    window, library_window = library
    view = library_window.list_view
    assert view.currentIndex().row() == 0
    below = str(view.model().index(1, Column.TITLE).data())
    assert window.session is not None
    assert below != window.session.article.title

    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.windowTitle() == f"{below} — Tether", timeout=TIMEOUT_MS)
    assert not library_window.isVisible()


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("note", "Notes on Trust"),
        ("the d", "The Difference Between Confidence and Certainty"),
        ("INDEP", BUNDLED),
    ],
)
def test_typing_the_start_of_a_title_selects_that_article(
    library: tuple[MainWindow, LibraryWindow], qtbot: QtBot, typed: str, title: str
) -> None:
    _, library_window = library
    view = library_window.list_view
    if title == BUNDLED:  # start elsewhere, so the key has somewhere to go
        view.setCurrentIndex(row_of(library_window, "Notes on Trust"))

    qtbot.keyClicks(view, typed)

    assert current_title(library_window) == title


def test_sorting_by_title_keeps_the_selected_article(
    library: tuple[MainWindow, LibraryWindow], qtbot: QtBot
) -> None:
    _, library_window = library
    view = library_window.list_view
    view.setCurrentIndex(row_of(library_window, "Notes on Trust"))

    library_window.sort_box.setCurrentIndex(list(Order).index(Order.TITLE))

    titles = [str(view.model().index(r, 0).data()) for r in range(view.model().rowCount())]
    assert titles == [BUNDLED, "Notes on Trust", "The Difference Between Confidence and Certainty"]
    assert current_title(library_window) == "Notes on Trust"


def test_no_two_controls_of_the_library_share_an_alt_key(
    library: tuple[MainWindow, LibraryWindow],
) -> None:
    _, library_window = library
    texts = [label.text() for label in library_window.findChildren(QLabel) if label.buddy()]
    texts += [button.text() for button in library_window.findChildren(QAbstractButton)]
    keys = [m.group(1).lower() for text in texts if (m := re.search(r"&([^&])", text))]

    assert sorted(keys) == sorted(set(keys))
    # The list, the sort choice, Open, Add Article… (and Close, where the platform gives it one).
    assert {"l", "s", "o", "a"} <= set(keys)


def test_the_order_chosen_is_the_order_the_library_opens_in_next_time(
    library: tuple[MainWindow, LibraryWindow],
    open_window: Callable[..., MainWindow],
    qtbot: QtBot,
) -> None:
    _, library_window = library
    library_window.sort_box.setCurrentIndex(list(Order).index(Order.TITLE))
    library_window.close()

    window = open_window()  # a restart over the same data and settings
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    controller = window.findChild(LibraryController)
    assert controller is not None
    reopened = controller.library_window
    qtbot.waitExposed(reopened, timeout=TIMEOUT_MS)

    assert reopened.sort_box.currentText() == Order.TITLE.value
    view = reopened.list_view
    titles = [str(view.model().index(r, 0).data()) for r in range(view.model().rowCount())]
    assert titles == [BUNDLED, "Notes on Trust", "The Difference Between Confidence and Certainty"]
