"""Help › Keyboard Shortcuts: every command and its keys, built from the actions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tether.i18n import translate


def describe(action: QAction) -> str:
    """An action's name without the menu's & marker and ellipsis."""
    return action.text().replace("&", "").rstrip("…")


def primary_key(action: QAction) -> str:
    """The key a command is known by, as the platform writes it (e.g. "Ctrl+O")."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


class ShortcutsDialog(QDialog):
    """A table of commands and the key of each, for the reader to look up."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Shortcuts", "Keyboard Shortcuts"))
        self.setObjectName("shortcuts-dialog")
        # One key per command, the first (the one the menu shows): the other keys (a
        # keyboard's own Open or Help key, Ctrl+= beside Ctrl++) still work, but a list
        # of them ("Ctrl+O, Open") reads as noise.
        rows = [(describe(action), primary_key(action)) for action in actions if action.shortcuts()]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(translate("Shortcuts", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("Shortcuts", "Command"), translate("Shortcuts", "Keys")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            translate("Shortcuts", "Close")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)
