"""Colour themes: the Qt palette for the chrome and the stylesheet for the page.

Every colour a theme puts text on is chosen for contrast (WCAG 2): body text at least
7:1 against the page, every other text at least 4.5:1 against what it is drawn on.
``tests/ui/test_ui_theme_contrast.py`` computes it for each theme.
"""

from __future__ import annotations

from string import Template
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QGuiApplication, QPalette

from tether.bundled import resource_path
from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.look.fonts import HIGH_CONTRAST_FAMILY, READING_FAMILY, ensure_family, is_available

SYSTEM = "system"
SYSTEM_NAME = QT_TRANSLATE_NOOP("Theme", "Follow System")


class Theme(NamedTuple):
    """The colours of one theme: the page stands out, the chrome around it stays quiet.

    ``highlight`` is the background of selected and found text; both ``text`` and
    ``highlight_text`` must read on it. ``font_family``, when set, replaces the default
    reading font (a font the reader chose explicitly still wins). ``frame``, when set, is
    the colour of frames instead of the shade Qt derives from the chrome;
    ``control``, when set, the face of buttons and scroll bar handles instead of it.
    """

    id: str
    name: str
    page: str
    text: str
    heading: str
    muted: str
    accent: str
    chrome: str
    chrome_text: str
    highlight: str
    highlight_text: str
    dark: bool
    font_family: str = ""
    frame: str = ""
    control: str = ""

    @property
    def label(self) -> str:
        """The theme's name in the interface language (``name`` is the English one)."""
        return translate("Theme", self.name)


LIGHT = Theme(
    id="light",
    name=QT_TRANSLATE_NOOP("Theme", "Light"),
    page="#fdfbf7",
    text="#2a2420",
    heading="#1c1714",
    muted="#5f554c",
    accent="#8c4526",
    chrome="#ece7df",
    chrome_text="#2a2420",
    highlight="#f3dcc2",
    highlight_text="#1c1714",
    dark=False,
)
SEPIA = Theme(
    id="sepia",
    name=QT_TRANSLATE_NOOP("Theme", "Sepia"),
    page="#f5ecd9",
    text="#3a2e22",
    heading="#2a2017",
    muted="#65533f",
    accent="#84391a",
    chrome="#e9dcc3",
    chrome_text="#3a2e22",
    highlight="#e6cfa6",
    highlight_text="#2a2017",
    dark=False,
)
DARK = Theme(
    id="dark",
    name=QT_TRANSLATE_NOOP("Theme", "Dark"),
    page="#1f1d1b",
    text="#e9e3da",
    heading="#f5f0e8",
    muted="#b6ab9d",
    accent="#e7a97c",
    chrome="#2b2826",
    chrome_text="#e9e3da",
    highlight="#5a4331",
    highlight_text="#f5f0e8",
    dark=True,
)
# White on black, links and ticks in yellow, selection in a blue that white text reads on;
# the letters in Atkinson Hyperlegible, drawn for readers with low vision.
HIGH_CONTRAST = Theme(
    id="high-contrast",
    name=QT_TRANSLATE_NOOP("Theme", "High Contrast"),
    page="#000000",
    text="#ffffff",
    heading="#ffffff",
    muted="#d6d6d6",
    accent="#ffdd55",
    chrome="#000000",
    chrome_text="#ffffff",
    highlight="#1b50bb",
    highlight_text="#ffffff",
    dark=True,
    font_family=HIGH_CONTRAST_FAMILY,
    frame="#ffffff",
    control="#5a5a5a",
)
THEMES = {theme.id: theme for theme in (LIGHT, SEPIA, DARK, HIGH_CONTRAST)}


def theme_choices() -> list[tuple[str, str]]:
    """Every choice the reader has, as (id, name): following the system, then each theme.

    The names are in the interface language (menus and Preferences show them).
    """
    return [
        (SYSTEM, translate("Theme", SYSTEM_NAME)),
        *((theme.id, theme.label) for theme in THEMES.values()),
    ]


def resolve_theme(theme_id: str, scheme: Qt.ColorScheme | None = None) -> Theme:
    """The theme for a stored choice; "system" (or anything unknown) follows ``scheme``.

    ``scheme`` defaults to the desktop's current colour scheme.
    """
    if theme_id in THEMES:
        return THEMES[theme_id]
    if scheme is None:
        scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def palette_for(theme: Theme) -> QPalette:
    """A palette for the window chrome, docks and dialogs in this theme."""
    chrome, text = QColor(theme.chrome), QColor(theme.chrome_text)
    # Built from the chrome colour, so the shades Fusion draws frames and handles with
    # (light, mid, dark) belong to this theme rather than to Qt's default grey.
    palette = QPalette(chrome)
    page, accent = QColor(theme.page), QColor(theme.accent)
    roles = {
        QPalette.ColorRole.Window: chrome,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: page,
        QPalette.ColorRole.AlternateBase: chrome,
        QPalette.ColorRole.Text: QColor(theme.text),
        QPalette.ColorRole.Button: QColor(theme.control or theme.chrome),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(theme.heading),
        QPalette.ColorRole.ToolTipBase: page,
        QPalette.ColorRole.ToolTipText: QColor(theme.text),
        QPalette.ColorRole.PlaceholderText: QColor(theme.muted),
        QPalette.ColorRole.Highlight: QColor(theme.highlight),
        QPalette.ColorRole.HighlightedText: QColor(theme.highlight_text),
        QPalette.ColorRole.Link: accent,
        QPalette.ColorRole.LinkVisited: accent,
        QPalette.ColorRole.Accent: accent,
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    if theme.frame:
        # style.py outlines lists and text boxes in the Mid colour.
        palette.setColor(QPalette.ColorRole.Mid, QColor(theme.frame))
    disabled = QColor(theme.muted)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def reading_family(theme: Theme, chosen: str) -> str:
    """The family the page is set in: the reader's choice, or the theme's own font
    in place of the default; a family that is not installed falls back to the default."""
    if chosen == READING_FAMILY and theme.font_family:
        chosen = theme.font_family
    ensure_family(chosen)  # a bundled family is registered when first needed
    return chosen if is_available(chosen) else READING_FAMILY


def reading_font(theme: Theme, family: str, pixel_size: int) -> QFont:
    """The page's body font for a theme, the reader's chosen family and a pixel size."""
    font = QFont(reading_family(theme, family))
    font.setPixelSize(pixel_size)
    return font


def application_font(theme: Theme) -> QFont:
    """The font of the chrome (menus, docks, dialogs): the desktop's, in the theme's
    family when it has one."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)
    if theme.font_family:
        ensure_family(theme.font_family)
        font.setFamily(theme.font_family)
    return font


# Notes set smaller than the body never go below this, however small the body is.
SMALLEST_TEXT_PX = 12
BODY_LINE_HEIGHT = 1.6
HEADING_LINE_HEIGHT = 1.25


def reader_css(theme: Theme, font: QFont) -> str:
    """The article's stylesheet for a theme and a body font (family and pixel size)."""
    template = Template(resource_path("styles", "reader.css").read_text(encoding="utf-8"))
    font_px = font.pixelSize()
    natural = QFontMetricsF(font).lineSpacing() / font_px
    return template.substitute(
        font_family=font.family().replace('"', ""),
        font_px=font_px,
        body_line=round(100 * BODY_LINE_HEIGHT / natural),
        heading_line=round(100 * HEADING_LINE_HEIGHT / natural),
        title_px=round(font_px * 1.75),
        h2_px=round(font_px * 1.35),
        h3_px=round(font_px * 1.1),
        small_px=max(SMALLEST_TEXT_PX, round(font_px * 0.85)),
        paragraph_gap=round(font_px * 0.9),
        small_gap=round(font_px * 0.4),
        heading_gap=round(font_px * 2.0),
        quote_indent=round(font_px * 1.5),
        text=theme.text,
        heading=theme.heading,
        muted=theme.muted,
        accent=theme.accent,
        code_bg=_mix(theme.page, theme.text, 0.06),
        rule=_mix(theme.page, theme.text, 0.25),
    )


def _mix(base: str, other: str, share: float) -> str:
    """``base`` with ``share`` of ``other`` blended in: a quiet shade of the page."""
    one, two = QColor(base), QColor(other)
    mixed = QColor.fromRgbF(
        one.redF() + (two.redF() - one.redF()) * share,
        one.greenF() + (two.greenF() - one.greenF()) * share,
        one.blueF() + (two.blueF() - one.blueF()) * share,
    )
    return mixed.name()
