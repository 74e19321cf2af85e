"""The reading typefaces shipped with Tether, so the page looks the same everywhere.

Literata, the default reading font, is registered at start. Atkinson Hyperlegible is
only the High Contrast theme's (or a reader's explicit choice): :func:`ensure_family`
registers it the first time a font in that family is asked for, so a start in any
other theme does not read its files.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QFontDatabase

from tether.bundled import resource_root

READING_FAMILY = "Literata"
HIGH_CONTRAST_FAMILY = "Atkinson Hyperlegible"
# Each bundled family, by the start of its files' names.
BUNDLED_FILES = {READING_FAMILY: "Literata-", HIGH_CONTRAST_FAMILY: "AtkinsonHyperlegible-"}
# The families registered here, with their fonts' ids: known to Qt without asking it
# (QFontDatabase.hasFamily runs fontconfig's substitution rules, ~1 ms a call at start-up).
_registered: dict[str, set[int]] = {}


def register_bundled_fonts(families: Iterable[str] | None = None) -> list[str]:
    """Make bundled font files known to Qt: those of ``families``, or all of them.

    Returns the families that loaded.
    """
    if families is None:
        prefixes: tuple[str, ...] = ("",)
    else:
        prefixes = tuple(BUNDLED_FILES[family] for family in families if family in BUNDLED_FILES)
    loaded: set[str] = set()
    for entry in resource_root().joinpath("fonts").iterdir():
        if entry.name.startswith(prefixes) and entry.name.endswith((".ttf", ".otf")):
            # By path: Qt reads the file itself, with no copy held in Python.
            font_id = QFontDatabase.addApplicationFont(str(entry))
            if font_id >= 0:
                families = QFontDatabase.applicationFontFamilies(font_id)
                loaded.update(families)
                for family in families:
                    _registered.setdefault(family, set()).add(font_id)
    return sorted(loaded)


def is_available(family: str) -> bool:
    """Whether Qt can set text in ``family``: registered here (and not removed since), or
    installed."""
    ids = _registered.get(family, ())
    if any(family in QFontDatabase.applicationFontFamilies(font_id) for font_id in ids):
        return True
    return QFontDatabase.hasFamily(family)


def ensure_family(family: str) -> None:
    """Register a bundled family unless Qt knows it already (registered, or installed)."""
    if family in BUNDLED_FILES and not is_available(family):
        register_bundled_fonts([family])


def ensure_bundled_fonts() -> None:
    """Register every bundled family Qt does not know yet (before listing the fonts)."""
    for family in BUNDLED_FILES:
        ensure_family(family)
