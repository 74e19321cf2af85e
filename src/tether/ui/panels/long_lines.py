"""A plain-text box that stays quick with lines of megabytes (a pasted base64 blob).

Qt lays out a paragraph (a block) of its document as a whole: showing one, and every
key typed into it, costs time in proportion to its length; a 1 MB line took half a
second to show and a third of a second per key. So a line longer than
:data:`LONG_LINE` is held as several blocks of at most :data:`PIECE` characters, each
after the first marked *soft* in its block format: its break is only there for the
display. The document's text therefore differs from the reader's text by exactly the
soft breaks, and everything that reads or writes text here accounts for them:

- :meth:`LongLineTextEdit.toPlainText` and copying leave the soft breaks out;
- :meth:`LongLineTextEdit.setPlainText` and pasting put them in;
- Return in a soft piece starts a real line (Qt would copy the soft mark onto it); at
  a soft break it turns that break into a real one.

Backspace or Delete on a soft break remove it and nothing of the text: the lines only
re-flow, and the next press removes a character.

Soft marks live in block formats, which Qt's undo and redo restore with the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QKeyEvent, QTextBlock, QTextBlockFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from tether.ui.first_paint import wrap_viewport

# Lines longer than this are held in pieces; pieces are at most this long.
LONG_LINE = 10_000
PIECE = 2_000
# A piece ends after a space when one is this near the end, so words stay whole.
_SPACE_WINDOW = 200
_SOFT = QTextFormat.Property.UserProperty + 0x50F7
# What Qt's toPlainText turns into plain characters.
_AS_PLAIN = (
    ("\u2029", "\n"),  # between paragraphs (blocks)
    ("\u2028", "\n"),  # a line break inside one (Shift+Return)
    ("\u00a0", " "),
    ("\ufdd0", "\n"),  # where frames begin and end (never in a plain text box)
    ("\ufdd1", "\n"),
)
# The line ends Qt's QTextCursor.insertText starts a new block at.
_LINE_END = re.compile("\r\n|[\r\n\u2029]")


def as_plain(raw: str) -> str:
    """Qt's raw document text as its ``toPlainText`` gives it (in linear time)."""
    for char, plain in _AS_PLAIN:
        if char in raw:
            raw = raw.replace(char, plain)
    return raw


def _soft_format() -> QTextBlockFormat:
    block_format = QTextBlockFormat()
    block_format.setProperty(_SOFT, True)
    return block_format


def is_soft(block: QTextBlock) -> bool:
    """Whether the break before ``block`` is only there for the display."""
    return bool(block.blockFormat().boolProperty(_SOFT))


def pieces(line: str) -> list[str]:
    """``line`` cut into pieces of at most :data:`PIECE` characters (itself if short)."""
    if len(line) <= LONG_LINE:
        return [line]
    cut_at: list[str] = []
    start = 0
    while len(line) - start > PIECE:
        end = start + PIECE
        space = line.rfind(" ", end - _SPACE_WINDOW, end)
        end = space + 1 if space > start else end
        cut_at.append(line[start:end])
        start = end
    cut_at.append(line[start:])
    return cut_at


def has_long_line(text: str) -> bool:
    """Whether any line of ``text`` is longer than :data:`LONG_LINE` (linear time)."""
    if len(text) <= LONG_LINE:
        return False
    return max(map(len, split_lines(text))) > LONG_LINE


def split_lines(text: str) -> list[str]:
    """``text`` cut at the line ends Qt starts a new block at (fast for the usual "\\n")."""
    if "\r" in text or "\u2029" in text:
        return _LINE_END.split(text)
    return text.split("\n")


class LongLineTextEdit(QPlainTextEdit):
    """A QPlainTextEdit whose very long lines are shown in soft-broken pieces.

    Its text (``toPlainText``) is always exactly what the reader typed or pasted.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        wrap_viewport(self)
        # Whether this document may hold a soft break; until then Qt's own text is exact.
        self._has_soft = False

    # -- the text -----------------------------------------------------------------------

    def toPlainText(self) -> str:  # noqa: N802 - Qt's name
        """The reader's text: Qt's plain text without the soft breaks."""
        if not self._has_soft:
            return super().toPlainText()
        return self._text_between(0, None)

    def has_soft_breaks(self) -> bool:
        """Whether the document may hold soft breaks (its raw text is then not the text)."""
        return self._has_soft

    def text_later(self) -> Callable[[], str]:
        """The text as it is now, as a function that gives it, for another thread.

        Costs this thread only a copy of the document's raw text: turning it into
        plain text (tens of milliseconds for megabytes) is left to the caller.
        """
        if self._has_soft:
            text = self.toPlainText()
            return lambda: text
        return partial(as_plain, self.document().toRawText())

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show ``text``, its very long lines in soft-broken pieces (no undo history)."""
        if not has_long_line(text):
            self._has_soft = False
            super().setPlainText(text)
            return
        lines = split_lines(text)
        shown: list[str] = []
        soft_blocks: list[int] = []
        for line in lines:
            for number, piece in enumerate(pieces(line)):
                if number:
                    soft_blocks.append(len(shown))
                shown.append(piece)
        super().setPlainText("\n".join(shown))
        self._has_soft = True
        document = self.document()
        document.setUndoRedoEnabled(False)
        soft = _soft_format()
        for number in soft_blocks:
            QTextCursor(document.findBlockByNumber(number)).setBlockFormat(soft)
        document.setUndoRedoEnabled(True)
        document.setModified(False)

    def insert_text(self, text: str) -> None:
        """Type or paste ``text`` at the cursor as one undo step, long lines in pieces."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()  # typed or pasted text replaces the selection
        plain, soft = QTextBlockFormat(), _soft_format()
        for number, line in enumerate(split_lines(text)):
            if number:
                cursor.insertBlock(plain)
            for index, piece in enumerate(pieces(line)):
                if index:
                    cursor.insertBlock(soft)
                    self._has_soft = True
                cursor.insertText(piece)
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def _text_between(self, start: int, end: int | None) -> str:
        """The reader's text from document position ``start`` to ``end`` (None: the end)."""
        document = self.document()
        block = document.findBlock(start)
        parts: list[str] = []
        first = True
        while block.isValid():
            position = block.position()
            if end is not None and position > end:
                break
            if not first and not is_soft(block):
                parts.append("\n")
            text = block.text()
            low = max(start - position, 0)
            high = len(text) if end is None else min(end - position, len(text))
            parts.append(text[low:high])
            first = False
            block = block.next()
        return as_plain("".join(parts))

    # -- Qt's hooks ---------------------------------------------------------------------

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt's name
        """Qt: copy (or drag) the selected text without soft breaks."""
        if not self._has_soft:
            return super().createMimeDataFromSelection()
        cursor = self.textCursor()
        data = QMimeData()
        data.setText(self._text_between(cursor.selectionStart(), cursor.selectionEnd()))
        return data

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt's name
        """Qt: paste (or drop) text, its long lines in pieces."""
        in_soft = is_soft(self.textCursor().block())
        if not source.hasText() or not (in_soft or has_long_line(source.text())):
            super().insertFromMimeData(source)
            return
        self.insert_text(source.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt: Return in a soft piece starts a real line (Qt would copy the soft mark)."""
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain_key = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if not (self._has_soft and enter and plain_key and is_soft(self.textCursor().block())):
            # Backspace or Delete on a soft break removes only it (the text is unchanged,
            # the lines re-flow); the next press removes a character, as the reader sees.
            super().keyPressEvent(event)
            return
        event.accept()
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.hasSelection():
            cursor.removeSelectedText()
        if cursor.atBlockStart() and is_soft(cursor.block()):
            # Right after a soft break: that break becomes the real one, no empty line.
            cursor.setBlockFormat(QTextBlockFormat())
        else:
            cursor.insertBlock(QTextBlockFormat())
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
