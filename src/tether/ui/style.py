"""Fusion, with check boxes and frames drawn from the theme's own colours.

Fusion outlines a check box or a radio button with a darker shade of the window colour,
which vanishes on a dark page (on High Contrast's black, an unselected one is not drawn
at all); these use the text colour for the outline and the accent for a tick or a dot,
so they read in every theme. Frames around lists and text boxes, likewise a shade of the
window colour in Fusion (black on black in High Contrast), use the palette's Mid colour,
which the theme sets.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_CHECKS = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)


class ReaderStyle(QProxyStyle):
    """The application style: Fusion with theme-aware check boxes and radio buttons.

    Start-up paints the page with plain Fusion and sets this style once the window is
    complete (``MainWindow.when_complete``), before it paints again. Being a Python proxy,
    every primitive Qt draws calls into Python, and the bindings build the Python class of
    each kind of style option they meet on the way (~30 for a main window's first paint,
    each with its enums). The first screen has no check box or framed list to draw
    differently, and this style changes no size, so that first paint looks the same.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Qt: draw check boxes, radio buttons and frames ourselves, the rest as Fusion does."""
        if element == QStyle.PrimitiveElement.PE_Frame and not (
            widget is not None and widget.inherits("QComboBoxPrivateContainer")
        ):
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.restore()
            return
        if element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            _draw_radio(option, painter)
            return
        if element not in _CHECKS:
            super().drawPrimitive(element, option, painter, widget)
            return
        box, checked, group = _indicator(option)
        side = box.width()
        palette: QPalette = option.palette
        state = option.state
        accent = palette.color(group, QPalette.ColorRole.Link)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(
            QPen(accent if checked else palette.color(group, QPalette.ColorRole.Text), 1.2)
        )
        painter.setBrush(accent if checked else palette.color(group, QPalette.ColorRole.Base))
        painter.drawRoundedRect(box, 2.5, 2.5)
        if checked:
            tick = QPainterPath(QPointF(box.left() + side * 0.22, box.top() + side * 0.52))
            tick.lineTo(QPointF(box.left() + side * 0.42, box.top() + side * 0.72))
            tick.lineTo(QPointF(box.left() + side * 0.78, box.top() + side * 0.28))
            pen = QPen(palette.color(group, QPalette.ColorRole.Base), max(1.6, side / 8))
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        if state & QStyle.StateFlag.State_HasFocus and element == _CHECKS[0]:
            painter.setPen(QPen(accent, 1.0, Qt.PenStyle.DotLine))
            painter.drawRoundedRect(box.adjusted(-2, -2, 2, 2), 3, 3)
        painter.restore()


def _indicator(option: QStyleOption) -> tuple[QRectF, bool, QPalette.ColorGroup]:
    """An indicator's square (centred in its rect, inset for the pen), whether it is on,
    and the palette group of its state."""
    rect = QRectF(option.rect).adjusted(1.5, 1.5, -1.5, -1.5)
    side = min(rect.width(), rect.height())
    square = QRectF(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side)
    checked = bool(option.state & QStyle.StateFlag.State_On)
    enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
    group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
    return square, checked, group


def _draw_radio(option: QStyleOption, painter: QPainter) -> None:
    """A round radio button: outlined in the text colour, the chosen one filled with a dot
    in the accent colour."""
    circle, checked, group = _indicator(option)
    side = circle.width()
    palette: QPalette = option.palette
    accent = palette.color(group, QPalette.ColorRole.Link)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(accent if checked else palette.color(group, QPalette.ColorRole.Text), 1.2))
    painter.setBrush(palette.color(group, QPalette.ColorRole.Base))
    painter.drawEllipse(circle)
    if checked:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        dot = side * 0.28
        painter.drawEllipse(circle.center(), dot, dot)
    painter.restore()


def use_reader_style() -> None:
    """Make :class:`ReaderStyle` the application's style (see its docstring for when)."""
    QApplication.setStyle(ReaderStyle())
