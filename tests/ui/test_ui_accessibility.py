"""Screen readers can name everything the keyboard can reach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tether.ui.dialogs.shortcuts import ShortcutsDialog
from tether.ui.main_window import MainWindow


def focusable_widgets(window: MainWindow) -> list[QWidget]:
    return [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isVisible()
    ]


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}(objectName={widget.objectName()!r})"


def test_every_focusable_widget_of_the_main_window_has_an_accessible_name(open_window) -> None:
    window = open_window()
    widgets = focusable_widgets(window)
    assert window.article_view in widgets
    assert window.reflections_dock.editor.text_edit in widgets

    unnamed = [describe(widget) for widget in widgets if not widget.accessibleName().strip()]

    assert unnamed == []


def test_the_focusable_widgets_of_the_main_window_have_names_that_tell_them_apart(
    open_window,
) -> None:
    window = open_window()

    names = [widget.accessibleName() for widget in focusable_widgets(window)]

    assert len(names) == len(set(names)), names


def test_every_focusable_widget_of_the_shortcuts_dialog_has_an_accessible_name(
    open_window, qtbot: QtBot
) -> None:
    window = open_window()
    dialog = ShortcutsDialog(window.actions_by_id.values(), window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    unnamed = [
        describe(widget)
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        and widget.isVisible()
        and not widget.accessibleName().strip()
    ]

    assert unnamed == []
