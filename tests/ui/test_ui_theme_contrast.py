"""Every theme's text reads: WCAG 2 contrast, computed from the colours the app uses.

Body text needs 7:1 against the page (WCAG AAA), every other text 4.5:1 (AA), and the
edges of controls 3:1 (non-text contrast). The colours come from the palette Qt paints
the chrome with and from the stylesheet the page is laid out with, not from a list
kept beside them.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor, QFont, QPalette

from tether.look.theme import THEMES, Theme, palette_for, reader_css

BODY = 7.0
TEXT = 4.5
NON_TEXT = 3.0
Role = QPalette.ColorRole
ALL_THEMES = pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))

# (foreground, background, minimum): every pair the chrome draws text with.
PALETTE_PAIRS = (
    (Role.Text, Role.Base, BODY),
    (Role.Text, Role.AlternateBase, TEXT),
    (Role.WindowText, Role.Window, TEXT),
    (Role.WindowText, Role.Base, TEXT),
    (Role.ButtonText, Role.Button, TEXT),
    (Role.PlaceholderText, Role.Base, TEXT),
    (Role.ToolTipText, Role.ToolTipBase, TEXT),
    (Role.Link, Role.Base, TEXT),
    (Role.Link, Role.Window, TEXT),
    (Role.LinkVisited, Role.Base, TEXT),
    # Selected and found text: the body text may sit on the highlight too.
    (Role.HighlightedText, Role.Highlight, BODY),
    (Role.Text, Role.Highlight, BODY),
)


def relative_luminance(color: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(color.red())
        + 0.7152 * linear(color.green())
        + 0.0722 * linear(color.blue())
    )


def contrast(first: QColor | str, second: QColor | str) -> float:
    """WCAG 2's contrast ratio, from 1 (none) to 21 (black on white)."""
    lighter, darker = sorted(
        (relative_luminance(QColor(first)), relative_luminance(QColor(second))), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def page_css(theme: Theme) -> str:
    font = QFont("Literata")
    font.setPixelSize(18)
    return reader_css(theme, font)


def test_the_contrast_formula_gives_21_for_black_on_white_and_1_for_a_colour_on_itself() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast("#777777", "#777777") == pytest.approx(1.0)
    # A published example: #767676 on white is the lightest grey that passes AA.
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


def test_there_are_light_sepia_dark_and_high_contrast_themes() -> None:
    assert [theme.name for theme in THEMES.values()] == [
        "Light",
        "Sepia",
        "Dark",
        "High Contrast",
    ]


@ALL_THEMES
def test_body_text_on_the_page_reaches_7_to_1(qapp: object, theme: Theme) -> None:
    body = re.search(r"body\s*{[^}]*?\bcolor:\s*(#[0-9a-fA-F]{6})", page_css(theme))

    assert body is not None
    assert contrast(body.group(1), theme.page) >= BODY


@ALL_THEMES
def test_every_text_colour_of_the_page_stylesheet_reaches_4_5_to_1(
    qapp: object, theme: Theme
) -> None:
    css = page_css(theme)
    colours = set(re.findall(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", css))
    assert {theme.text, theme.heading, theme.muted, theme.accent} <= colours
    # Code, table headings and marked words sit on a quiet shade of the page.
    shades = set(re.findall(r"background-color:\s*(#[0-9a-fA-F]{6})", css))
    assert shades

    weak = {
        (colour, shade): round(contrast(colour, shade), 2)
        for colour in colours
        for shade in shades | {theme.page}
    }

    assert {pair: ratio for pair, ratio in weak.items() if ratio < TEXT} == {}


@ALL_THEMES
def test_every_text_colour_of_the_chrome_reaches_its_minimum_on_its_background(
    qapp: object, theme: Theme
) -> None:
    palette = palette_for(theme)
    failures = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for foreground, background, minimum in PALETTE_PAIRS:
            ratio = contrast(palette.color(group, foreground), palette.color(group, background))
            if ratio < minimum:
                failures.append(f"{group.name} {foreground.name}/{background.name}: {ratio:.2f}")

    assert failures == []


@ALL_THEMES
def test_the_named_colours_of_each_theme_meet_their_minimums(theme: Theme) -> None:
    pairs = {
        "text/page": (theme.text, theme.page, BODY),
        "heading/page": (theme.heading, theme.page, TEXT),
        "muted/page": (theme.muted, theme.page, TEXT),
        "accent/page": (theme.accent, theme.page, TEXT),
        "chrome_text/chrome": (theme.chrome_text, theme.chrome, TEXT),
        "muted/chrome": (theme.muted, theme.chrome, TEXT),
        "accent/chrome": (theme.accent, theme.chrome, TEXT),
        "highlight_text/highlight": (theme.highlight_text, theme.highlight, BODY),
        "text/highlight": (theme.text, theme.highlight, BODY),
    }

    ratios = {name: round(contrast(fg, bg), 2) for name, (fg, bg, _) in pairs.items()}

    assert {n: r for n, r in ratios.items() if r < pairs[n][2]} == {}


@ALL_THEMES
def test_tick_boxes_stand_out_from_the_page_they_are_drawn_on(theme: Theme) -> None:
    # style.py outlines an empty box in the text colour and fills a ticked one with the
    # accent, its tick drawn in the page colour.
    assert contrast(theme.text, theme.page) >= NON_TEXT
    assert contrast(theme.accent, theme.page) >= NON_TEXT


def test_high_contrast_draws_pane_edges_and_scroll_handles_that_stand_out(qapp: object) -> None:
    theme = THEMES["high-contrast"]

    palette = palette_for(theme)
    frame = palette.color(Role.Mid)

    assert contrast(frame, palette.color(Role.Base)) >= NON_TEXT
    assert contrast(frame, palette.color(Role.Window)) >= NON_TEXT
    assert contrast(theme.control, theme.page) >= NON_TEXT
    assert contrast(theme.chrome_text, theme.control) >= TEXT
