"""One library row as a reading app shows it: the title, a quieter line, the progress.

::

    Notes on Trust                                          3 of 5 read
    Why asking feels risky · notes-on-trust.md · 5 sections  ━━━━━━━────

The title is set in the reading font, a little larger than the chrome; everything
else is in the chrome's font and the theme's muted colour; the bar is the theme's
accent (the colour of the read marks in the Sections panel) on a faint track.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem

from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.look.fonts import READING_FAMILY
from tether.models import Role
from tether.models.library import Column
from tether.ui.panels.muted_rows import MutedRowDelegate

_Index = QModelIndex | QPersistentModelIndex
# How much larger the title is than the chrome's text.
TITLE_SCALE = 1.2
# Room around a row's text, and between its two lines, in pixels.
PAD_X, PAD_Y, LINE_GAP = 14, 9, 3
BAR_HEIGHT = 4
# The progress column is as wide as its longest usual words, so the bars line up (in the
# interface language: "Bei Abschnitt 88 von 88" needs more room than the English).
PROGRESS_SAMPLE = QT_TRANSLATE_NOOP("Library", "At section 88 of 88")


@dataclass(frozen=True, slots=True)
class RowText:
    """The words a row shows, as a reader reads them."""

    title: str
    detail: str
    progress: str  # empty for a file that cannot be opened


class LibraryRowDelegate(MutedRowDelegate):
    """Draws a library row in two lines with a thin progress bar (see the module).

    ``title_family`` gives the reading font's family when a row is drawn, so the titles
    follow the reader's font and theme (High Contrast sets its own letters). A file that
    cannot be opened is drawn in muted italics, as :class:`MutedRowDelegate` does.
    """

    def __init__(
        self,
        title_family: Callable[[], str] = lambda: READING_FAMILY,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(Role.Unreadable, parent)
        self._title_family = title_family

    @staticmethod
    def row_text(index: _Index) -> RowText:
        """What the row of ``index`` says: title, the quieter line, and the progress."""
        readable = not index.data(Role.Unreadable)
        model = index.model()
        column = model.index(index.row(), Column.PROGRESS, index.parent())
        progress = column.data() if readable else ""
        return RowText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            str(index.data(Role.Detail) or ""),
            str(progress or ""),
        )

    def title_font(self, option: QStyleOptionViewItem) -> QFont:
        """The title's font: the reading family, a little larger than the row's font."""
        font = QFont(option.font)
        font.setFamilies([self._title_family()])
        if font.pixelSize() > 0:
            font.setPixelSize(round(font.pixelSize() * TITLE_SCALE))
        else:
            font.setPointSizeF(font.pointSizeF() * TITLE_SCALE)
        return font

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """Qt: two lines of text and the room around them."""
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        title = QFontMetrics(self.title_font(styled))
        detail = QFontMetrics(styled.font)
        height = PAD_Y * 2 + title.height() + LINE_GAP + detail.height()
        width = PAD_X * 3 + title.averageCharWidth() * 30 + _progress_width(detail)
        return QSize(width, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Qt: the row's background (selection), its two lines and its progress bar."""
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        widget = styled.widget
        style = widget.style() if widget is not None else QApplication.style()
        # The style's own background: the selection, hover and focus as elsewhere.
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, styled, painter, widget)
        words = self.row_text(index)
        selected = bool(styled.state & QStyle.StateFlag.State_Selected)
        palette = styled.palette
        strong = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = strong if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        title_font = self.title_font(styled)
        title_metrics, metrics = QFontMetrics(title_font), QFontMetrics(styled.font)
        box = styled.rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y)
        right = _progress_width(metrics) if words.progress else 0
        text_width = box.width() - (right + PAD_X if right else 0)
        top_line = QRect(box.left(), box.top(), text_width, title_metrics.height())
        second = QRect(box.left(), top_line.bottom() + 1 + LINE_GAP, text_width, metrics.height())
        painter.save()
        painter.setFont(title_font)
        painter.setPen(strong)
        painter.drawText(top_line, _LEFT, _elide(title_metrics, words.title, text_width))
        painter.setFont(styled.font)
        painter.setPen(quiet)
        painter.drawText(second, _LEFT, _elide(metrics, words.detail, text_width))
        if right:
            column = QRect(box.right() - right + 1, top_line.top(), right, top_line.height())
            painter.drawText(column, _RIGHT, _elide(metrics, words.progress, right))
            share = index.data(Role.ReadShare)
            if isinstance(share, float) and share > 0:
                bar = QRectF(column.left(), second.center().y() - BAR_HEIGHT / 2, right, BAR_HEIGHT)
                _draw_bar(painter, bar, share, palette, selected)
        painter.restore()
        self._draw_rule(painter, styled)

    @staticmethod
    def _draw_rule(painter: QPainter, option: QStyleOptionViewItem) -> None:
        """A hairline under the row, so rows read apart without a grid or stripes."""
        colour = QColor(option.palette.color(QPalette.ColorRole.PlaceholderText))
        colour.setAlphaF(0.25)
        painter.save()
        painter.setPen(colour)
        bottom = option.rect.bottom()
        painter.drawLine(option.rect.left() + PAD_X, bottom, option.rect.right() - PAD_X, bottom)
        painter.restore()


_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _progress_width(metrics: QFontMetrics) -> int:
    return metrics.horizontalAdvance(translate("Library", PROGRESS_SAMPLE))


def _elide(metrics: QFontMetrics, text: str, width: int) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(0, width))


def _draw_bar(
    painter: QPainter, bar: QRectF, share: float, palette: QPalette, selected: bool
) -> None:
    """A thin rounded bar: the accent for the share read, on a faint track of the rest."""
    ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
    track = QColor(ink)
    track.setAlphaF(0.18)
    radius = bar.height() / 2
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(track)
    painter.drawRoundedRect(bar, radius, radius)
    filled = QRectF(bar)
    filled.setWidth(max(bar.height(), bar.width() * min(share, 1.0)))
    painter.setBrush(palette.color(QPalette.ColorRole.Link))
    painter.drawRoundedRect(filled, radius, radius)
