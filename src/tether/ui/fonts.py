"""The reading typefaces shipped with Tether, so the page looks the same everywhere."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase

from tether.bundled import resource_root

READING_FAMILY = "Literata"
HIGH_CONTRAST_FAMILY = "Atkinson Hyperlegible"


def register_bundled_fonts() -> list[str]:
    """Make the bundled font files known to Qt; returns the families that loaded."""
    families: set[str] = set()
    for entry in resource_root().joinpath("fonts").iterdir():
        if entry.name.endswith((".ttf", ".otf")):
            font_id = QFontDatabase.addApplicationFontFromData(entry.read_bytes())
            if font_id >= 0:
                families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)
