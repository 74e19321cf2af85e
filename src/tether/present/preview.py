"""A scaled-down picture of the audience screen, for the presenter console."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tether.i18n import translate
from tether.present.audience_window import AudienceRenderer, AudienceState


def preview_origin(target: QRectF, screen: QSize) -> tuple[QPointF, float]:
    """Where and at what scale to paint a screen-sized picture centred inside ``target``."""
    scale = min(target.width() / max(screen.width(), 1), target.height() / max(screen.height(), 1))
    width, height = screen.width() * scale, screen.height() * scale
    origin = QPointF(
        target.left() + (target.width() - width) / 2, target.top() + (target.height() - height) / 2
    )
    return origin, scale


class PagePreview(QWidget):
    """A scaled-down picture of the audience screen in some state."""

    def __init__(self, renderer: AudienceRenderer, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAccessibleName(
            translate("PresenterConsole", "Current page")
            if name == "preview-now"
            else translate("PresenterConsole", "Next page")
        )
        self.renderer = renderer
        self.state: AudienceState | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 90)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        """Qt: the preview keeps the audience screen's proportions."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        """Qt: as tall as the audience screen is, for this width."""
        screen = self.renderer.book.style.screen
        return round(width * screen.height() / max(screen.width(), 1)) + 4

    def show_state(self, state: AudienceState | None) -> None:
        """Preview this state (None: the end of the article)."""
        self.state = state
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: the audience picture, scaled to fit, or a note at the end of the article."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        screen = self.renderer.book.style.screen
        origin, scale = preview_origin(QRectF(self.rect()).adjusted(2, 2, -2, -2), screen)
        # Top left, under its title, whatever room the layout gives.
        origin.setX(2)
        origin.setY(2)
        frame = QRectF(origin.x(), origin.y(), screen.width() * scale, screen.height() * scale)
        if self.state is None:
            painter.setPen(self.palette().windowText().color())
            painter.drawRect(frame)
            painter.drawText(
                frame,
                int(Qt.AlignmentFlag.AlignCenter),
                translate("PresenterConsole", "End of the article"),
            )

        else:
            painter.save()
            painter.translate(origin)
            painter.scale(scale, scale)
            self.renderer.paint(painter, self.state)
            painter.restore()
            painter.setPen(self.palette().mid().color())
            painter.drawRect(frame)
        painter.end()
