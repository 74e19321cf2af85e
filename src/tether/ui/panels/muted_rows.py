"""Rows that are kept but cannot be used as the others are drawn in muted italics."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class MutedRowDelegate(QStyledItemDelegate):
    """Draws a row whose ``role`` is true in muted (placeholder-coloured) italics.

    The reflections list uses it for reflections on sections the article no longer has
    (``Role.Orphaned``): kept and listed, never dropped, but they cannot take the reader
    to their section. The library uses it for files that cannot be opened.
    """

    def __init__(self, role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._role = role

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """Qt: italic, muted text for a row whose role is true."""
        super().initStyleOption(option, index)
        if index.data(self._role):
            option.font.setItalic(True)
            muted = option.palette.brush(QPalette.ColorRole.PlaceholderText)
            option.palette.setBrush(QPalette.ColorRole.Text, muted)
