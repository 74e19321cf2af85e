"""No two controls of one window, and no two entries of one menu, answer the same Alt key.

With two controls on Alt+A, the key goes to one of them (or cycles between them) and
the reader cannot tell which. Every menu of the main window is walked, submenus too;
every dialog and window Tether can open is found the way the accessible-names test
finds them (each command run, then every dialog class of Tether's built alone).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget
from pytestqt.qtbot import QtBot
from test_ui_accessible_names import (
    Inspector,
    build,
    is_qt_own,
    run_every_command,
    tether_dialog_classes,
)

from tether.i18n.install import install_language
from tether.ui.main_window import MainWindow


@pytest.fixture(autouse=True, params=["en", "de", "es"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    """The interface language of the test (the window is built after it is chosen)."""
    code: str = request.param
    if code != "en":
        assert install_language(code)
    yield code
    if code != "en":
        install_language("en")


def mnemonic(text: str) -> str:
    """The Alt key a text's & marker gives (e.g. "Alt+A"), or "" when it has none."""
    return QKeySequence.mnemonic(text).toString()


def repeated(texts: list[str]) -> dict[str, list[str]]:
    """The Alt keys more than one of ``texts`` claims, with the texts claiming each."""
    keys = Counter(key for text in texts if (key := mnemonic(text)))
    return {
        key: [text for text in texts if mnemonic(text) == key]
        for key, count in keys.items()
        if count > 1
    }


def control_texts(window: QWidget) -> list[str]:
    """The texts of the controls an Alt key can reach in ``window`` (menus aside)."""
    texts: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts.append(widget.text())  # type: ignore[attr-defined]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(tab) for tab in range(widget.count())]
    return texts


def every_menu(window: MainWindow) -> list[QMenu]:
    """The menu bar's menus and all their submenus."""
    found: list[QMenu] = []
    waiting = [action.menu() for action in window.menuBar().actions()]
    while waiting:
        menu = waiting.pop()
        if not isinstance(menu, QMenu):
            continue
        found.append(menu)
        waiting += [action.menu() for action in menu.actions() if action.menu() is not None]
    return found


class MnemonicInspector(Inspector):
    """Records, for every dialog or window walked, the Alt keys its controls repeat."""

    def __init__(self) -> None:
        super().__init__()
        self.clashes: dict[str, dict[str, list[str]]] = {}

    def inspect(self, window: QWidget) -> None:
        self.seen_classes.add(type(window))
        if not is_qt_own(window):
            title = window.windowTitle() or type(window).__name__
            self.clashes[f"{type(window).__name__} “{title}”"] = repeated(control_texts(window))


def test_every_menu_gives_each_of_its_entries_its_own_alt_key(open_window) -> None:
    window = open_window()  # with every feature, as the app builds it
    menus = every_menu(window)
    assert len(menus) > len(window.menuBar().actions())  # the submenus were found

    clashes = {
        menu.title(): found
        for menu in menus
        if (found := repeated([action.text() for action in menu.actions()]))
    }

    assert clashes == {}


def test_the_main_window_gives_each_menu_and_control_its_own_alt_key(open_window) -> None:
    window = open_window()
    window.find_bar.open()
    titles = [action.text() for action in window.menuBar().actions()]

    assert repeated(titles + control_texts(window)) == {}


def test_every_dialog_and_window_tether_can_open_gives_each_control_its_own_alt_key(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    inspector = MnemonicInspector()

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

    assert any("Preferences" in title for title in inspector.clashes), inspector.clashes
    assert any("Library" in title for title in inspector.clashes), inspector.clashes
    assert {title: found for title, found in inspector.clashes.items() if found} == {}
