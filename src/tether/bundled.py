"""Where the files shipped with Tether (articles, styles, fonts, icons) are found."""

from __future__ import annotations

from pathlib import Path

BUNDLED_ARTICLE = "independence-is-not-disconnection.md"


def resource_root() -> Path:
    """Return the folder of bundled resources.

    In an installed wheel they are ``tether/resources``; in an editable install from a
    source checkout the same files are the repository's top-level ``resources`` folder.
    Wheels are installed unpacked, so the package is a folder beside this file (found
    without ``importlib.resources``, which would cost start-up a few milliseconds).
    """
    packaged = Path(__file__).parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """Return a bundled file as a real path (wheels are installed unpacked)."""
    node = resource_root().joinpath(*parts)
    return Path(str(node))


def bundled_article_path() -> Path:
    """Return the path of the article Tether opens when there is nothing else to open."""
    return resource_path("articles", BUNDLED_ARTICLE)
