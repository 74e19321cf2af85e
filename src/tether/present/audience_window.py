"""The audience window: what the room sees, full screen, painted from the article alone.

It is given an :class:`Article` and nothing else of the reader's: no session, no signs
model, no reflections. Everything it shows is painted from :class:`AudienceState` by an
:class:`AudienceRenderer`, which the presenter console also uses (scaled down) for its
"current" and "next" previews, so the facilitator sees exactly what the room sees.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QWidget

from tether.content import Article
from tether.i18n import translate
from tether.present.colours import AudienceColours
from tether.present.keys import key_strip
from tether.present.pages.deck import Place
from tether.present.pages.paging import PageBook, PagedSection, PageStyle

FALLBACK_SIZE = QSize(1280, 720)


class Blank(Enum):
    """A blanked screen: black (B or .) or white (W or ,)."""

    NONE = "none"
    BLACK = "black"
    WHITE = "white"


@dataclass(frozen=True, slots=True)
class AudienceState:
    """Everything that decides what the audience window shows."""

    place: Place = Place(0, 0)  # noqa: RUF009 - Place is frozen, so sharing it is safe
    blank: Blank = Blank.NONE
    checklist_html: str | None = None
    checklist_label: str = ""
    help: bool = False  # one screen: the keys as one line in the marker, not over the page
    # One screen only: a short line for the facilitator in the marker (a section number
    # being typed, "This section has no checklist."), never notes or reflections.
    notice: str = ""


class AudienceRenderer(QObject):
    """Paints an :class:`AudienceState` at the audience screen's size."""

    def __init__(self, book: PageBook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self._overlays: dict[tuple[str, str], PagedSection] = {}

    def overlay(self, kind: str, content: str) -> PagedSection:
        """A laid-out overlay (the checklist) in the current style."""
        key = (kind, content)
        paged = self._overlays.get(key)
        if paged is None or paged.style != self.book.style:
            for old in self._overlays.values():
                old.setParent(None)
                old.deleteLater()
            self._overlays.clear()
            paged = PagedSection(content, self.book.style, self)
            self._overlays[key] = paged
        return paged

    def marker(self, state: AudienceState) -> str:
        """The small "section n/N · page p/P" line (or the keys, when F1 asks for them)."""
        if state.help:
            return key_strip()
        count = self.book.section_count()
        section = state.place.section
        notice = f"{state.notice}   " if state.notice else ""
        if state.checklist_html is not None:
            return notice + translate(
                "Presenting", "section {number}/{count} · {checklist}"
            ).format(number=section + 1, count=count, checklist=state.checklist_label)
        pages = self.book.page_count(section)
        return notice + translate(
            "Presenting", "section {number}/{count} · page {page}/{pages}"
        ).format(number=section + 1, count=count, page=state.place.page + 1, pages=pages)

    def paint(self, painter: QPainter, state: AudienceState) -> None:
        """Paint ``state``; the painter works in audience-screen pixels."""
        style = self.book.style
        colours = style.colours
        full = QRectF(0, 0, style.screen.width(), style.screen.height())
        if state.blank is not Blank.NONE:
            painter.fillRect(full, QColor("#000000" if state.blank is Blank.BLACK else "#ffffff"))
            return
        painter.fillRect(full, colours.page)
        text = style.text_rect()
        if state.checklist_html is not None:
            checklist = self.overlay("checklist", state.checklist_html)
            checklist.draw(painter, checklist.page_count() - 1, text.topLeft())
        else:
            self.book.section(state.place.section).draw(painter, state.place.page, text.topLeft())
        self._paint_marker(painter, state, colours, text)

    def _paint_marker(
        self, painter: QPainter, state: AudienceState, colours: AudienceColours, text: QRectF
    ) -> None:
        style = self.book.style
        painter.save()
        painter.setFont(style.marker_font())
        painter.setPen(colours.muted)
        width, height = style.screen.width(), style.screen.height()
        band = QRectF(text.left(), height * 0.93, text.width(), height * 0.05)
        if state.help:
            # The keys take the whole width of the band, never more than the screen.
            band = QRectF(width * 0.03, height * 0.93, width * 0.94, height * 0.05)
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(band, int(flags), self.marker(state))
        painter.restore()


class AudienceWindow(QWidget):
    """The full-screen window on the room's screen; keys go to the controller's filter."""

    reflowed = Signal(Place)
    close_requested = Signal()

    def __init__(
        self, article: Article, colours: AudienceColours, family: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("audience-window")
        self.setWindowTitle(
            translate("Presenting", "{title} — Tether presentation").format(title=article.title)
        )
        self.setAccessibleName(translate("Presenting", "Presentation for the room"))

        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.book = PageBook(article, PageStyle(FALLBACK_SIZE, colours, family), self)
        self.renderer = AudienceRenderer(self.book, self)
        self.state = AudienceState()

    def set_state(self, state: AudienceState) -> None:
        """Show another page, overlay or blank."""
        if state != self.state:
            self.state = state
            self.update()

    def set_zoom(self, zoom: float) -> None:
        """Reflow at another text size, keeping the same words on show."""
        self._restyle(replace(self.book.style, zoom=zoom))

    def _restyle(self, style: PageStyle) -> None:
        place = self.state.place
        position = self.book.section(place.section).first_position(place.page)
        self.book.set_style(style)
        kept = Place(place.section, self.book.section(place.section).page_of(position))
        self.state = replace(self.state, place=kept)
        self.update()
        self.reflowed.emit(kept)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt: pages follow the window's (the screen's) size."""
        super().resizeEvent(event)
        if not event.size().isEmpty():
            self._restyle(replace(self.book.style, screen=event.size()))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt: closing the room's window (Alt+F4, or quitting) stops presenting first.

        Stopping shows the reader's window again before this one closes, so closing the
        room's window is never closing the application's last window.
        """
        self.close_requested.emit()
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt: paint the current state."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.renderer.paint(painter, self.state)
        painter.end()
