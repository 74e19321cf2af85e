"""The signs' boxes in the article text (☐ and ☑), kept as the signs model has them.

Changing one character of a laid-out QTextDocument makes Qt reposition every block after
it, which on a long article takes longer than a frame (15 ms on a 1 MB article). So a
tick is shown at once by drawing the new box over the old one, and the document's text
(what is copied, searched and read out) follows in one edit once the reader has stopped
ticking for a moment (:data:`TEXT_FOLLOWS_MS`). Boxes written before the text is laid out
(a page being built) cost nothing and are written straight away.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from tether.content import TICKED_GLYPH, UNTICKED_GLYPH
from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.models import SignsModel

TEXT_FOLLOWS_MS = 400
TICKED_TIP = QT_TRANSLATE_NOOP("ArticlePage", "Ticked — click to untick")
UNTICKED_TIP = QT_TRANSLATE_NOOP("ArticlePage", "Click to tick")


class TickMarks(QObject):
    """Writes and draws the boxes of the signs in one article view."""

    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view)
        self._view = view
        self._signs: SignsModel | None = None
        self.positions: dict[str, int] = {}
        self._at: dict[int, str] = {}
        # Signs whose box in the text is not the model's yet: drawn over until written.
        self._drawn_over: set[str] = set()
        self._follow = QTimer(self, singleShot=True, interval=TEXT_FOLLOWS_MS)
        self._follow.timeout.connect(self.write_pending)

    def set_model(self, signs: SignsModel) -> None:
        """Show the ticks of this model from now on."""
        self._signs = signs
        self._drawn_over.clear()

    def write(self, positions: dict[str, int]) -> None:
        """Signs whose boxes were just put into the text: write each box as the model has it."""
        self.positions.update(positions)
        self._at.update((where, sign_id) for sign_id, where in positions.items())
        for sign_id in positions:
            self._write(sign_id)

    def forget(self) -> None:
        """The page is being built again: every box is written anew."""
        self.positions.clear()
        self._at.clear()
        self._drawn_over.clear()
        self._follow.stop()

    def changed(self, sign_id: str) -> None:
        """A sign was ticked or unticked: show it now, write the text a moment later."""
        if sign_id not in self.positions or self._signs is None:
            return
        self._drawn_over.add(sign_id)
        rect = self._rect(sign_id)
        if rect is None:
            self._view.viewport().update()
        else:
            self._view.viewport().update(rect.toAlignedRect().adjusted(-2, -2, 2, 2))
        self._follow.start()

    def tooltip_at(self, position: int) -> str | None:
        """The tooltip of a box at this document position, as the sign is now."""
        sign_id = self._at.get(position)
        if self._signs is None or sign_id is None:
            return None
        return translate(
            "ArticlePage", TICKED_TIP if self._signs.is_ticked(sign_id) else UNTICKED_TIP
        )

    def ticked_at(self, position: int) -> bool | None:
        """Whether the sign whose box is at this document position is ticked now (None: no box)."""
        sign_id = self._at.get(position)
        if self._signs is None or sign_id is None:
            return None
        return self._signs.is_ticked(sign_id)

    @Slot()
    def write_pending(self) -> None:
        """Write every box drawn over into the text now."""
        self._follow.stop()
        pending, self._drawn_over = self._drawn_over, set()
        for sign_id in pending:
            self._write(sign_id)

    def paint(self, painter: QPainter) -> None:
        """Draw, over the text, the boxes whose text has not been written yet."""
        if self._signs is None or not self._drawn_over:
            return
        page = self._view.viewport().palette().color(QPalette.ColorRole.Base)
        ink = self._view.viewport().palette().color(QPalette.ColorRole.Text)
        for sign_id in self._drawn_over:
            rect = self._rect(sign_id)
            if rect is None or not rect.intersects(QRectF(self._view.viewport().rect())):
                continue
            char_format = self._format(sign_id)
            ticked = self._signs.is_ticked(sign_id)
            font = char_format.font().resolve(self._view.document().defaultFont())
            font.setWeight(QFont.Weight.Bold if ticked else QFont.Weight.Normal)
            brush = char_format.foreground()
            painter.fillRect(rect, page)
            painter.setFont(font)
            painter.setPen(brush.color() if brush.style() != Qt.BrushStyle.NoBrush else ink)
            glyph = TICKED_GLYPH if ticked else UNTICKED_GLYPH
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, glyph)

    # -- helpers ---------------------------------------------------------------------------

    def _format(self, sign_id: str) -> QTextCharFormat:
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self.positions[sign_id] + 1)
        return cursor.charFormat()

    def _rect(self, sign_id: str) -> QRectF | None:
        """Where a sign's box is on the viewport (laying out the text down to it)."""
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self.positions[sign_id])
        left = self._view.cursorRect(cursor)
        cursor.setPosition(self.positions[sign_id] + 1)
        right = self._view.cursorRect(cursor)
        # In a right-to-left paragraph the box's end is to the left of its start.
        start, end = sorted((left.left(), right.left()))
        if right.top() != left.top() or end <= start:
            return None  # the line wraps right after the box: not worth guessing
        return QRectF(start, left.top(), end - start, left.height())

    def _write(self, sign_id: str) -> None:
        """Make the box in the text what the model says; keeps every position."""
        if self._signs is None:
            return
        position = self.positions[sign_id]
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(position)
        cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
        ticked = self._signs.is_ticked(sign_id)
        glyph = TICKED_GLYPH if ticked else UNTICKED_GLYPH
        if cursor.selectedText() == glyph:
            return
        char_format = cursor.charFormat()
        char_format.setFontWeight(QFont.Weight.Bold if ticked else QFont.Weight.Normal)
        char_format.setToolTip(translate("ArticlePage", TICKED_TIP if ticked else UNTICKED_TIP))
        cursor.insertText(glyph, char_format)
