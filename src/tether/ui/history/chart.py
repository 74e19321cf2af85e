"""A small, calm chart of one sign group: how many signs were ticked at each check-in.

Drawn with QPainter in the palette's colours (the theme's, see ``tether.look.theme``):
the line in the accent colour, the frame and dates in the muted one. Check-ins are
spaced evenly, oldest on the left; a single check-in is one point. The numbers are also
in the History view's table, which screen readers read; the chart's accessible
description says the same in a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tether.i18n import translate
from tether.models.history import GroupSeries

# Dates drawn under the axis at most this many, so they never crowd.
_MAX_DATE_LABELS = 4


class GroupChart(QWidget):
    """One sign group's counts over the check-ins, with the dates under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series = GroupSeries("", 0, ())
        self._labels: list[str] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_series(self, series: GroupSeries, labels: list[str]) -> None:
        """Draw ``series`` with one date label per check-in (same order)."""
        self._series, self._labels = series, labels
        self.setAccessibleName(translate("History", "Chart: {group}").format(group=series.title))
        self.setAccessibleDescription(_describe(series, labels))
        self.update()

    def sizeHint(self) -> QSize:
        """Qt: about three lines of text tall for the title, the plot and the dates."""
        line = QFontMetricsF(self.font()).height()
        return QSize(320, int(line * 9))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Qt: small, but enough for the title and a readable plot."""
        return QSize(200, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: the title, a baseline and top line, the counts as a line of points, dates."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        accent = palette.color(QPalette.ColorRole.Accent)
        # A quiet card in the page's colour, so each group reads as one thing.
        frame = QColor(palette.color(QPalette.ColorRole.Mid))
        frame.setAlphaF(0.5)
        painter.setPen(QPen(frame, 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        series, counts = self._series, self._series.counts
        # Title and the latest count.
        bold = self.font()
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text)
        area = QRectF(self.rect()).adjusted(12, 8, -12, -6)
        latest = (
            translate("History", "now {count} of {total}").format(
                count=counts[-1], total=series.total
            )
            if counts
            else ""
        )
        room = area.width() - metrics.horizontalAdvance(latest) - 16
        title = QFontMetricsF(bold).elidedText(series.title, Qt.TextElideMode.ElideRight, room)
        painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.setFont(self.font())
        painter.setPen(muted)
        painter.drawText(area, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, latest)
        plot = area.adjusted(metrics.horizontalAdvance("00") + 8, line * 1.9, -14, -line * 1.5)
        if plot.height() < 8 or plot.width() < 20:
            painter.end()
            return
        self._draw_frame(painter, plot, muted, metrics)
        if counts:
            self._draw_line(painter, plot, _points(plot, counts, series.total), accent)
        self._draw_dates(painter, plot, muted, metrics)
        painter.end()

    def _draw_frame(
        self, painter: QPainter, plot: QRectF, muted: QColor, metrics: QFontMetricsF
    ) -> None:
        """A faint top line (all ticked) and baseline (none), numbered at the left."""
        faint = QColor(muted)
        faint.setAlphaF(0.45)
        painter.setPen(QPen(faint, 1, Qt.PenStyle.DotLine))
        painter.drawLine(plot.topLeft(), plot.topRight())
        painter.setPen(QPen(faint, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.setPen(muted)
        half = metrics.height() / 2
        for value, y in ((self._series.total, plot.top()), (0, plot.bottom())):
            box = QRectF(0, y - half, plot.left() - 4, metrics.height())
            painter.drawText(
                box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )

    @staticmethod
    def _draw_line(painter: QPainter, plot: QRectF, points: list[QPointF], accent: QColor) -> None:
        """The counts joined by a line, each check-in a dot (the last one larger)."""
        if len(points) > 1:
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(QPen(accent, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        # Dots only while they stay apart; a hundred check-ins read as a line.
        spacing = plot.width() / max(1, len(points) - 1)
        radius = 3.0 if spacing >= 8 or len(points) == 1 else 0.0
        for point in points[:-1]:
            if radius:
                painter.drawEllipse(point, radius, radius)
        painter.drawEllipse(points[-1], 4.5, 4.5)

    def _draw_dates(
        self, painter: QPainter, plot: QRectF, muted: QColor, metrics: QFontMetricsF
    ) -> None:
        """The first and last dates (and a few between when there is room) under the axis."""
        labels = self._labels
        if not labels:
            return
        painter.setPen(muted)
        widest = max(metrics.horizontalAdvance(label) for label in labels) + 16
        room = max(1, min(_MAX_DATE_LABELS, int(plot.width() // widest)))
        picks = _spread(len(labels), room)
        top = plot.bottom() + 4
        next_left: float | None = None  # where the date drawn last (to the right) begins
        for index in reversed(picks):  # the latest date always, then leftwards
            x = plot.left() + _fraction(index, len(labels)) * plot.width()
            width = metrics.horizontalAdvance(labels[index])
            left = min(max(x - width / 2, plot.left() + 4), plot.right() + 12 - width)
            if next_left is not None and left + width + 12 > next_left:
                continue  # it would touch the date to its right
            painter.drawText(QRectF(left, top, width + 1, metrics.height()), labels[index])
            next_left = left


def _fraction(index: int, count: int) -> float:
    """Where check-in ``index`` of ``count`` sits across the plot (one alone: the middle)."""
    return 0.5 if count == 1 else index / (count - 1)


def _points(plot: QRectF, counts: tuple[int, ...], total: int) -> list[QPointF]:
    scale = plot.height() / max(1, total)
    return [
        QPointF(plot.left() + _fraction(i, len(counts)) * plot.width(), plot.bottom() - n * scale)
        for i, n in enumerate(counts)
    ]


def _spread(count: int, room: int) -> list[int]:
    """Up to ``room`` indexes out of ``count``, evenly spread, always the first and last."""
    if count <= room:
        return list(range(count))
    if room == 1:
        return [count - 1]
    return sorted({round(i * (count - 1) / (room - 1)) for i in range(room)})


def _describe(series: GroupSeries, labels: list[str]) -> str:
    """The chart in a sentence, for screen readers."""
    if not series.counts:
        return translate("History", "{group}: no check-ins yet.").format(group=series.title)
    step = translate("History", "{date}: {count} of {total}")
    steps = ", ".join(
        step.format(date=label, count=n, total=series.total)
        for label, n in zip(labels, series.counts, strict=False)
    )
    return translate("History", "{group}, signs ticked at each check-in. {counts}.").format(
        group=series.title, counts=steps
    )
