"""The reading place: which section the reader is in, as they last said it by what they did.

A reflection is written on "this section", so "this section" must never be a guess. It
is set by the reader's own moves — a section chosen in the Sections panel, Ctrl+PageDown,
a sign clicked in the Signs panel, a Find match, an in-page link, ``--section``, their
own scrolling (by the rule of :mod:`tether.ui.page.reading_line`) — and every view that
shows it (the status bar, the reflection editor, the Sections list) or uses it (Ctrl+R,
presenting, restoring a backup) reads it here. Nothing derives it from what is on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ReadingPlace(QObject):
    """The row of the section the reader is in (0, the first section, until they move).

    :attr:`changed` is emitted with the new row each time the place changes, and only
    then: going to the section the reader is already in says nothing.
    """

    changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._section = 0

    def section(self) -> int:
        """The row of the section the reader is in."""
        return self._section

    def go_to(self, section: int) -> None:
        """The reader went to ``section`` (a row of the article's sections)."""
        if section < 0 or section == self._section:
            return
        self._section = section
        self.changed.emit(section)
