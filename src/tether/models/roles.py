"""The custom data roles every Tether model answers, declared once."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt


class Role(IntEnum):
    """Item data roles beyond Qt's own, starting at ``UserRole``."""

    SectionId = Qt.ItemDataRole.UserRole + 1
    SignId = Qt.ItemDataRole.UserRole + 2
    IsGroup = Qt.ItemDataRole.UserRole + 3
    Tally = Qt.ItemDataRole.UserRole + 4
    Text = Qt.ItemDataRole.UserRole + 5
    Updated = Qt.ItemDataRole.UserRole + 6
    SectionTitle = Qt.ItemDataRole.UserRole + 7
    Orphaned = Qt.ItemDataRole.UserRole + 8
    Read = Qt.ItemDataRole.UserRole + 9
    ArticlePath = Qt.ItemDataRole.UserRole + 10
    Unreadable = Qt.ItemDataRole.UserRole + 11
    # A library row's quieter second line (subtitle, where the file is, sections).
    Detail = Qt.ItemDataRole.UserRole + 12
    # The share of an article's sections read, 0.0 to 1.0; None for a file that cannot open.
    ReadShare = Qt.ItemDataRole.UserRole + 13
    # When the reader was last in an article (POSIX seconds); None if never opened.
    LastRead = Qt.ItemDataRole.UserRole + 14
    # A heading's in-page anchor ("usage"), on the Sections panel's rows under a section.
    Anchor = Qt.ItemDataRole.UserRole + 15
    # A sign's answer at the check-in before the current one: True, False, or None (none).
    PreviousTick = Qt.ItemDataRole.UserRole + 16
