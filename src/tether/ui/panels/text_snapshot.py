"""A copy of a big document's text, read a slice per pass of the event loop.

Copying 5 MB of text out of a QTextDocument (and into a Python string) takes tens of
milliseconds: done at once, the autosave would hold up a key now and then. A
:class:`TextSnapshot` reads :data:`SLICE` characters at a time, letting keys in between,
and stays right while the reader types: an edit in the part not read yet is read with
it, an edit in the part already read is taken into the copy (``contentsChange`` says
where). When it is done, the copy equals the document's raw text at that moment.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtGui import QTextCursor, QTextDocument

# Characters read per pass: about a millisecond.
SLICE = 262_144


def read_raw(document: QTextDocument, start: int, end: int) -> str:
    """The document's raw text (U+2029 between blocks) from ``start`` to ``end``."""
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText()


class TextSnapshot(QObject):
    """Reads ``document``'s raw text in slices; calls ``done(text)`` with all of it.

    :meth:`cancel` stops it (``done`` is then never called). The document must not be
    replaced meanwhile (the editor cancels first when it shows another section), and
    must have a layout, as every text box's document has: Qt only reports changes
    (``contentsChange``) to a document with one.
    """

    def __init__(self, document: QTextDocument, done: Callable[[str], None]) -> None:
        super().__init__(document)
        self._document = document
        self._done = done
        self._parts: list[str] = []
        self._read = 0  # the copy holds the document's text up to here
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)
        document.contentsChange.connect(self._on_change)
        self._timer.start()

    def running(self) -> bool:
        """Whether it is still reading."""
        return self._timer.isActive()

    def cancel(self) -> None:
        """Stop reading; ``done`` will not be called."""
        self._timer.stop()
        self._document.contentsChange.disconnect(self._on_change)
        self.deleteLater()

    @Slot()
    def _step(self) -> None:
        length = self._document.characterCount() - 1  # without the final separator
        end = min(self._read + SLICE, length)
        self._parts.append(read_raw(self._document, self._read, end))
        self._read = end
        if end < length:
            self._timer.start()
            return
        text = "".join(self._parts)
        self.cancel()
        self._done(text)

    @Slot(int, int, int)
    def _on_change(self, position: int, removed: int, added: int) -> None:
        if position >= self._read:
            return  # in the part still to read: it is read as it is now
        copy = "".join(self._parts)
        if position + removed > self._read or added > SLICE:
            # It reaches past what was read, or is big: read on from where it starts.
            self._parts, self._read = [copy[:position]], position
            return
        inserted = read_raw(self._document, position, position + added)
        self._parts = [copy[:position], inserted, copy[position + removed :]]
        self._read += added - removed
