"""The look the reader chose — theme, reading font, text size, measure — from the
preferences, applied to the whole application.

The panels around the page (their titles, lists, labels and the status bar) are set in
the desktop's UI font, scaled with the reader's text size: a reader who needs larger
text needs it there too. The scale is bounded: never below 12 px, and never more than
:data:`PANEL_MAX_SCALE` times the desktop's size, so the panels never crowd the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from tether.look.theme import (
    SMALLEST_TEXT_PX,
    THEMES,
    Theme,
    application_font,
    palette_for,
    reader_css,
    reading_font,
    resolve_theme,
)
from tether.ui.page.article_view import ArticleView
from tether.ui.settings import FONT_FAMILY, FONT_PX, MEASURE, THEME, Option, UiSettings

PANEL_MAX_SCALE = 1.6


def panel_px(desktop_px: int, text_px: int) -> int:
    """The panels' text size for the desktop's UI size and the reader's text size.

    In proportion to the text size (the desktop's own at the default size), at least
    12 px and at most :data:`PANEL_MAX_SCALE` times the desktop's size.
    """
    scaled = round(desktop_px * text_px / int(FONT_PX.default))
    largest = max(SMALLEST_TEXT_PX, round(desktop_px * PANEL_MAX_SCALE))
    return max(SMALLEST_TEXT_PX, min(scaled, largest))


class Appearance(QObject):
    """The reader's look, read from the preferences; :attr:`changed` says when to redraw.

    It changes when a preference is set through it, and when the desktop switches
    between light and dark while the reader's theme follows the system.
    """

    changed = Signal()

    def __init__(self, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        hints = QGuiApplication.styleHints()
        self._scheme = hints.colorScheme()
        hints.colorSchemeChanged.connect(self._on_color_scheme_changed)

    def preference(self, option: Option) -> str | int:
        """A preference's stored value (or its default)."""
        return self._settings.preference(option)

    def set_preference(self, option: Option, value: str | int) -> None:
        """Store a preference and, if that changes anything, announce it."""
        self.set_preferences({option: value})

    def set_preferences(self, values: Mapping[Option, str | int]) -> None:
        """Store several preferences and announce the change once, if there was one."""
        changed = False
        for option, value in values.items():
            if self._settings.preference(option) != value:
                self._settings.set_preference(option, value)
                changed = True
        if changed:
            self.changed.emit()

    def theme_id(self) -> str:
        """The stored theme choice: a theme's id, or "system"."""
        return str(self._settings.preference(THEME))

    def theme(self) -> Theme:
        """The theme in use now (for "system", the one matching the desktop)."""
        return resolve_theme(self.theme_id(), self._scheme)

    def font(self) -> QFont:
        """The page's body font: family and pixel size."""
        family = str(self._settings.preference(FONT_FAMILY))
        return reading_font(self.theme(), family, int(self._settings.preference(FONT_PX)))

    def css(self) -> str:
        """The page's stylesheet in the theme and font in use."""
        return reader_css(self.theme(), self.font())

    def measure(self) -> int:
        """How many characters a line of the page aims for."""
        return int(self._settings.preference(MEASURE))

    def apply_to_application(self) -> None:
        """Colour the chrome, docks and dialogs, and set their font, for the theme."""
        theme = self.theme()
        QApplication.setPalette(palette_for(theme))
        font = application_font(theme)
        if QApplication.font() != font:
            QApplication.setFont(font)

    def panel_font(self) -> QFont:
        """The font of the panels and the status bar: the chrome's, at :func:`panel_px`."""
        font = application_font(self.theme())
        font.setPixelSize(
            panel_px(QFontInfo(font).pixelSize(), int(self._settings.preference(FONT_PX)))
        )
        return font

    def apply_to_panels(self, panels: Iterable[QWidget]) -> None:
        """Set the panels (and all they hold) in :meth:`panel_font`."""
        font = self.panel_font()
        for panel in panels:
            if panel.font() != font:
                panel.setFont(font)

    def apply_to_view(self, view: ArticleView) -> None:
        """Restyle the page in this look; the line at the top of the page stays there."""
        place = _Place(view)
        font = self.font()
        # The view's own font too: a QTextBrowser resets its page to the widget's font
        # whenever that changes (as it does when the application's font does).
        view.setFont(font)
        view.set_measure(self.measure())
        # A new measure reflows the text before restyle() takes its bearings from the
        # top of the page, so go back to the reader's paragraph first.
        place.restore()
        view.restyle(self.css(), font)
        place.restore()

    @Slot(Qt.ColorScheme)
    def _on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        self._scheme = scheme
        if self.theme_id() not in THEMES:
            self.changed.emit()


class _Place:
    """Where in which paragraph the top of the page is, to come back to after a reflow."""

    def __init__(self, view: ArticleView) -> None:
        self._view = view
        self._position = view.cursorForPosition(view.viewport().rect().topLeft()).position()
        top, height = self._block_span()
        value = view.verticalScrollBar().value()
        # Within the paragraph, as a share of its height; above it (the page's top
        # margin), in pixels.
        self._share = (value - top) / height if value > top and height > 0 else None
        self._pixels = value - top

    def _block_span(self) -> tuple[float, float]:
        document = self._view.document()
        rect = document.documentLayout().blockBoundingRect(document.findBlock(self._position))
        return rect.top(), rect.height()

    def restore(self) -> None:
        """Scroll so that the same line of the same paragraph is at the top again."""
        top, height = self._block_span()
        offset = self._pixels if self._share is None else self._share * height
        self._view.verticalScrollBar().setValue(round(top + offset))
