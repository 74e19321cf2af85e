"""A pseudo-locale run: every word Tether shows came through its translation catalogue.

The catalogue test (``test_i18n_catalogue.py``) proves that every string *marked* in the
code is translated; this one proves that nothing on screen was left *unmarked*. The
interface is built with a lookup that wraps every translated string in ⟦…⟧; then every
window and dialog Tether can open is walked (every command of the main window is run,
as the accessible-names test does, plus the :data:`EXTRA_OPENERS` no command reaches),
and every user-facing text found — window and dock titles, labels, buttons, menu and
toolbar actions, tooltips, status tips, placeholder texts, accessible names and
descriptions, combo box items, header and display texts of item models, the status bar
— must be marked, apart from the few kinds of text :func:`exempt` names with reasons
(the article's own words, numbers, keys, the reader's files, Qt's own button words).

Whatever is left over is listed, with where it was shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QDockWidget,
    QFontComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_ui_accessible_names import (
    Inspector,
    build,
    is_qt_own,
    run_every_command,
    tether_dialog_classes,
)
from ui_helpers import ModalCloser, recent_menu

from tether import i18n
from tether.bundled import bundled_article_path
from tether.content import load_article
from tether.content.library import MARKDOWN_SUFFIXES
from tether.present.controller import PresentationController
from tether.ui.actions import ActionId
from tether.ui.dialogs.commands import open_link_if_agreed
from tether.ui.main_window import MainWindow
from tether.ui.save_notice import agree_to_lose_changes

OPEN, CLOSE = "⟦", "⟧"
_MARKED = re.compile(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}")
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_LETTER = re.compile(r"[^\W\d_]")
_ROWS_WALKED = 200  # of each item model: enough to meet every kind of row it has
CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "translations" / "tether_de.ts"

# The translation contexts of the main window's own files (src/tether/ui/*.py and
# src/tether/ui/dialogs/): none of their words may ever be pending.
WINDOW_CONTEXTS = frozenset(
    {
        "Actions",
        "MainWindow",
        "Menus",
        "Preferences",
        "RecentFiles",
        "SaveNotice",
        "Settings",
        "Shortcuts",
        "Zoom",
    }
)


def pseudo_lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """Every string that went through the catalogue comes back marked."""
    return f"{OPEN}{text}{CLOSE}"


@dataclass(frozen=True)
class Seen:
    """A text on screen and where it was."""

    where: str
    text: str


def _plain(text: str) -> str:
    if _TAG.search(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def _place(widget: QWidget) -> str:
    window = widget.window()
    title = window.windowTitle() or type(window).__name__
    name = widget.objectName()
    return f"{title} › {type(widget).__name__}" + (f"({name})" if name else "")


def _is_qt_own_button(widget: QWidget) -> bool:
    """A standard button of a button box (OK, Cancel, Close…) or a dock's own float and
    close buttons: Qt names them, in its own catalogue (qtbase), which the pseudo-locale
    does not mark."""
    if not isinstance(widget, QAbstractButton):
        return False
    owner = widget.parentWidget()
    if isinstance(owner, QDockWidget):
        return widget.objectName().startswith("qt_dockwidget_")
    return (
        isinstance(owner, QDialogButtonBox)
        and owner.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton
    )


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list model: PySide hides its columnCount
        return 1


def _model_texts(model: QAbstractItemModel, view: QAbstractItemView, where: str) -> Iterator[Seen]:
    headers = (
        (getattr(view, "horizontalHeader", None), Qt.Orientation.Horizontal),
        (getattr(view, "verticalHeader", None), Qt.Orientation.Vertical),
    )
    for header, orientation in headers:
        if header is None or not header().isVisible():
            continue
        count = (
            _columns(model, QModelIndex())
            if orientation == Qt.Orientation.Horizontal
            else model.rowCount(QModelIndex())
        )
        for section in range(min(count, _ROWS_WALKED)):
            value = model.headerData(section, orientation)
            if isinstance(value, str):
                yield Seen(f"{where} header", value)
    roles = (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
    )
    waiting = [QModelIndex()]
    rows_seen = 0
    while waiting and rows_seen < _ROWS_WALKED:
        parent = waiting.pop(0)
        for row in range(model.rowCount(parent)):
            rows_seen += 1
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in roles:
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield Seen(f"{where} row {row}", value)
            waiting.append(model.index(row, 0, parent))


def _action_texts(action: QAction, where: str) -> Iterator[Seen]:
    if action.isSeparator() or action.objectName().startswith("_q_"):
        return
    for text in (action.text(), action.toolTip(), action.statusTip()):
        yield Seen(f"{where} › {action.text() or action.objectName()}", text)


def menu_texts(menu: QMenu, where: str) -> Iterator[Seen]:
    """A menu's title and every entry's words, submenus too (each as it shows when opened)."""
    menu.aboutToShow.emit()
    yield Seen(where, menu.title())
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            yield from menu_texts(submenu, f"{where} › {submenu.title()}")
        else:
            yield from _action_texts(action, where)


def widget_texts(widget: QWidget) -> Iterator[Seen]:
    """The user-facing words of one widget (its children are walked separately)."""
    where = _place(widget)
    if _is_qt_own_button(widget):
        return
    if widget.isWindow() or isinstance(widget, QDockWidget | QGroupBox):
        yield Seen(f"{where} title", widget.windowTitle())
    for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()):
        yield Seen(where, text)
    if isinstance(widget, QLabel | QAbstractButton):
        yield Seen(where, widget.text())
    if isinstance(widget, QGroupBox):
        yield Seen(where, widget.title())
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        yield Seen(f"{where} placeholder", widget.placeholderText())
    if isinstance(widget, QSpinBox):
        for text in (widget.prefix(), widget.suffix(), widget.specialValueText()):
            yield Seen(where, text)
    elif isinstance(widget, QAbstractSpinBox):
        yield Seen(where, widget.specialValueText())
    if isinstance(widget, QComboBox) and not isinstance(widget, QFontComboBox):
        # A font list names the system's font families: no words of Tether's.
        for item in range(widget.count()):
            yield Seen(f"{where} item", widget.itemText(item))
    if isinstance(widget, QTabBar):
        for tab in range(widget.count()):
            yield Seen(f"{where} tab", widget.tabText(tab))
            yield Seen(f"{where} tab", widget.tabToolTip(tab))
    if (
        isinstance(widget, QAbstractItemView)
        and not isinstance(widget, QHeaderView)  # its words are its view's headerData
        and widget.model() is not None
    ):
        yield from _model_texts(widget.model(), widget, where)
    for action in widget.actions():
        if action.menu() is None:
            yield from _action_texts(action, where)


def window_texts(window: QWidget) -> list[Seen]:
    """Every user-facing text of a window as it is on screen: its visible widgets, and
    for the main window its menus, toolbar and status bar message."""
    widgets = [window] + [
        child
        for child in window.findChildren(QWidget)
        if child.window() is window and child.isVisibleTo(window)
    ]
    seen = [text for widget in widgets for text in widget_texts(widget)]
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                seen += menu_texts(menu, f"{window.windowTitle()} › menu")
        seen.append(Seen("status bar", window.statusBar().currentMessage()))
    return seen


# -- What need not be marked ----------------------------------------------------------------


# Unicode's direction isolates: the interface wraps an article's (possibly right-to-left)
# words in them inside its own sentences.
_ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))
# What joins translated words and the article's in one line: spaces and punctuation.
_JOINERS = " \t\n,;:·•—–()[]…"


def _normal(text: str) -> str:
    return " ".join(text.replace("&&", "&").translate(_ISOLATES).split())


def _is_key_sequence(text: str) -> bool:
    keys = QKeySequence.fromString(text, QKeySequence.SequenceFormat.NativeText)
    written = keys.toString(QKeySequence.SequenceFormat.NativeText)
    return not keys.isEmpty() and written == text and ("+" in text or text[:1] == "F")


def _is_key_name(text: str) -> bool:
    """A key as Qt writes it, "Esc" or "Enter" included (for a list of keys)."""
    keys = QKeySequence.fromString(text, QKeySequence.SequenceFormat.NativeText)
    return not keys.isEmpty() and keys.toString(QKeySequence.SequenceFormat.NativeText) == text


def _date_words() -> set[str]:
    locale = QLocale()
    words: set[str] = set()
    for month in range(1, 13):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words |= {locale.monthName(month, form), locale.standaloneMonthName(month, form)}
    for day in range(1, 8):
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            words.add(locale.dayName(day, form))
    return {word.lower() for word in words if word}


def exempt(text: str, article_words: str) -> str | None:
    """Why ``text`` needs no translation, or None when it does. Each rule is a kind of
    text that is not Tether's interface language; keep this list short."""
    if not _LETTER.search(text):
        return "numbers and punctuation carry no words"
    if _normal(text) in article_words:
        return "the article's own words stay in the article's language"
    if _is_key_sequence(text) or all(map(_is_key_name, text.split(", "))):
        return "keys are written by Qt (QKeySequence), in its own catalogue's language"
    if re.fullmatch(r"\.[a-z]{2,8}", text):
        return "a file name's extension"
    if text in dict(i18n.LANGUAGES).values():
        return "each language is named in its own words, so a reader can find theirs"
    if text == "Tether":
        return "the program's name"
    if "/" in text or text.lower().endswith(MARKDOWN_SUFFIXES):
        return "the reader's own files and folders"
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", text)}
    if re.search(r"\d", text) and words <= _date_words():
        return "a date, written by QLocale"
    return None


def unmarked_parts(seen: Iterable[Seen], article_words: str) -> dict[str, list[str]]:
    """Each text that was shown unmarked (whole, or the part outside its marks), with
    where it was shown."""
    found: dict[str, list[str]] = {}
    for item in seen:
        text = _plain(item.text).replace("&&", "\0").replace("&", "").replace("\0", "&")
        rest = text
        while (shorter := _MARKED.sub("\x1f", rest)) != rest:
            rest = shorter
        # Each stretch between marked words on its own: "⟦3 of 4⟧ — title" is a marked
        # part and the article's title, not one sentence.
        for stretch in rest.split("\x1f"):
            whole = stretch.translate(_ISOLATES).strip()
            part = whole.strip(_JOINERS)
            if (
                part
                and exempt(whole, article_words) is None
                and exempt(part, article_words) is None
            ):
                found.setdefault(part, []).append(item.where)
    return found


# -- Walking every window -------------------------------------------------------------------


@dataclass
class TextInspector(Inspector):
    """Collects the texts of every dialog and window the commands open."""

    texts: list[Seen] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)

    def inspect(self, window: QWidget) -> None:
        self.seen_classes.add(type(window))
        if not is_qt_own(window):
            self.titles.append(window.windowTitle())
            self.texts += window_texts(window)


# A step that shows more words: on the main window, in a message box (walked as it
# opens), or in the windows it returns (walked, then closed).
Opener = Callable[[MainWindow, Path], object]


def _cannot_open(window: MainWindow, tmp_path: Path) -> object:
    return window.open_path(tmp_path / "not-there.md")


def _open_link(window: MainWindow, tmp_path: Path) -> None:
    open_link_if_agreed(window, QUrl("https://example.org/trust"), "a page on trust")


def _failed_save(window: MainWindow, tmp_path: Path) -> None:
    # The cause comes from the store (translated there); here a stand-in, marked.
    window.save_notice.report_failure(f"{OPEN}the disk is full{CLOSE}")


def _presenter_console(window: MainWindow, tmp_path: Path) -> list[QWidget]:
    """The console shows on a second screen only; its words are walked here on one."""
    window.actions_by_id[ActionId.PRESENT].trigger()
    controller = window.findChild(PresentationController)
    assert controller is not None
    assert controller.console is not None
    controller.console.show()
    return [controller.console]


def _stop_presenting(window: MainWindow, tmp_path: Path) -> None:
    controller = window.findChild(PresentationController)
    if controller is not None:
        controller.stop()


# What no command of the main window opens, each a step that shows more words; a window
# or message reached some other way is added here.
EXTRA_OPENERS: dict[str, Opener] = {
    "the presenter console": _presenter_console,
    "the reader's window again": _stop_presenting,
    "the find bar": lambda window, _path: window.find_bar.open(),
    "a zoom step's status message": lambda window, _path: window.zoom.zoom_in(),
    "the save notice": _failed_save,
    "“Cannot Open Article”": _cannot_open,
    "“Open Link?”": _open_link,
    "“Changes Not Saved”": lambda window, _path: agree_to_lose_changes(window),
}


@pytest.fixture
def pseudo_locale() -> Iterator[None]:
    """The interface in the pseudo-locale for the test (build windows after it starts)."""
    i18n.set_lookup(pseudo_lookup)
    yield
    i18n.set_lookup(None)


def every_text_on_screen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> tuple[list[Seen], list[str]]:
    """The texts of the main window and of everything it can open, as each is shown,
    and the titles of the dialogs and windows walked."""
    inspector = TextInspector()
    texts = window_texts(window)
    for opener in EXTRA_OPENERS.values():
        with ModalCloser() as closer:
            shown = opener(window, tmp_path)
        for extra in shown if isinstance(shown, list) else []:
            inspector.inspect(extra)
        texts += window_texts(window)
        for dialog in closer.seen:
            inspector.titles.append(dialog.title)
            texts += [Seen(f"“{dialog.title}”", dialog.title), Seen(dialog.title, dialog.text)]
    run_every_command(qtbot, window, inspector)
    for cls in tether_dialog_classes():
        if cls in inspector.seen_classes:
            continue
        dialog = build(cls, window)
        if dialog is None:
            continue  # the accessible-names test fails for these
        qtbot.addWidget(dialog)
        dialog.show()
        inspector.inspect(dialog)
        dialog.reject()
    return texts + inspector.texts + window_texts(window), inspector.titles


def test_every_word_on_screen_comes_from_the_catalogue(
    pseudo_locale: None, open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    # Read after the pseudo-locale is in place, as the app reads an article after choosing
    # the language: an unnamed opening section is called by an interface word.
    window = open_window(load_article(bundled_article_path()))
    recent_menu(window)  # built as the app builds it: with every feature
    # The article's words: those on the page, and those only the presenter sees (notes).
    source = bundled_article_path().read_text(encoding="utf-8")
    article_words = _normal(window.article_view.document().toPlainText() + " " + source)

    texts, titles = every_text_on_screen(qtbot, window, tmp_path)
    found = unmarked_parts(texts, article_words)

    unexpected = {text: sorted(set(places))[:2] for text, places in found.items()}
    walked = " | ".join(titles)
    for title in ("Preferences", "Keyboard Shortcuts", "About Tether", "Open Link?"):
        assert f"{OPEN}{title}{CLOSE}" in walked, walked  # the walk reached them, marked
    for title in ("Library", "History", "Export Worksheet", "presentation", "presenter console"):
        assert title in walked, walked
    assert unexpected == {}, "shown without going through tether.i18n.translate"


def test_the_pseudo_locale_marks_the_main_window_words(pseudo_locale: None, open_window) -> None:
    """The walk sees the marks: the test above would pass vacuously without them."""
    window = open_window()
    titles = [action.text() for action in window.menuBar().actions()]

    assert titles[0] == f"{OPEN}&File{CLOSE}"
    assert all(title.startswith(OPEN) for title in titles)
    assert window.windowTitle().startswith(OPEN)
    assert window.windowTitle().endswith(f" — Tether{CLOSE}")


def test_a_word_left_unmarked_is_found() -> None:
    seen = [
        Seen("label", f"{OPEN}Section 3 of 12 · Asking{CLOSE}"),
        Seen("button", "Close find bar"),
        Seen("status", f"{OPEN}Not saved: {{reason}}{CLOSE} the disk is full"),
        Seen("list", "Asking for help"),
        Seen("keys", "Ctrl+Shift+N"),
        Seen("count", "3 / 12"),
    ]

    found = unmarked_parts(seen, article_words="Notes on Trust Asking for help")

    assert set(found) == {"Close find bar", "the disk is full"}
