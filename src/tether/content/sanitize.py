"""The allow-list every piece of an article's HTML passes before it reaches the page.

An article is untrusted input. Its raw HTML (and the HTML Markdown makes of it) goes
through nh3 (the Python binding of the Rust sanitiser ammonia): comments vanish,
``<script>`` and ``<style>`` go with their contents, tags outside the list below are
dropped with their words kept, and only the attributes listed survive. On top of the
allow-list:

- no ``id`` or ``name`` with a colon: those are Tether's own anchors (``sign:…``);
- links lead only to web and mail addresses or within the page; Tether's own schemes,
  ``javascript:``, ``data:``, ``vbscript:`` and files are dropped;
- an image is a file of the article's folder (or below), small enough, named by its full
  path; any other loses its source and is shown as its words;
- ``details``/``summary`` are shown open, the summary as a bold line; ``mark`` and
  ``ins`` become what Qt's rich text can show.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import nh3

from tether.content.safety import (
    SAFE_LINK_SCHEMES,
    is_reserved_link,
    link_scheme,
    local_image_uri,
)

IMAGE_ALT_CLASS = "image-alt"
TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code"}
    | {"em", "strong", "a", "img", "hr", "br", "span", "i", "b", "u", "div", "s", "del"}
    | {"table", "thead", "tbody", "tr", "th", "td", "sup", "sub", "kbd", "ins", "mark"}
    | {"details", "summary"}
)
_ATTRIBUTES = {
    "*": {"class", "id", "title"},
    "a": {"href", "name"},
    "img": {"src", "alt", "width", "height"},
    "ol": {"start"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
}
_ALIGNMENTS = frozenset({"left", "right", "center"})
_NUMBER = re.compile(r"\d{1,9}")
# A link left with no target and no name (its target was refused): words, not a link.
_EMPTY_LINK = re.compile(r"<a(?:\s+(?:class|title)=\"[^\"]*\")*>(.*?)</a>", re.DOTALL)
_IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)([^>]*)>")
_ALT = re.compile(r'\salt="([^"]*)"')
_SHOWN_AS = (
    (re.compile(r"<details\b[^>]*>"), '<div class="details">'),
    (re.compile(r"</details>"), "</div>"),
    (re.compile(r"<summary\b[^>]*>"), '<p class="summary"><b>'),
    (re.compile(r"</summary>"), "</b></p>"),
    (re.compile(r"<mark\b[^>]*>"), '<span class="mark">'),
    (re.compile(r"</mark>"), "</span>"),
    (re.compile(r"<ins\b[^>]*>"), "<u>"),
    (re.compile(r"</ins>"), "</u>"),
)


def clean_html(raw: str, folder: Path | None, *, sources_as_written: bool = False) -> str:
    """``raw`` with only the allow-listed tags and attributes, vetted as above.

    With ``sources_as_written`` (a fragment without a folder), a picture keeps a relative
    or web source as it is; it is never read here.
    """
    images: dict[str, str | None] = {}

    def vet(tag: str, name: str, value: str) -> str | None:
        if name in ("id", "name"):
            return None if ":" in value else value
        if name == "href":
            return value if _leads_somewhere(value) else None
        if name == "src":
            if sources_as_written:
                return value if link_scheme(value) in ("", "http", "https") else None
            return _vetted_image(folder, value, images)
        if name == "align":
            return value.lower() if value.lower() in _ALIGNMENTS else None
        if name in ("start", "width", "height", "colspan", "rowspan"):
            return value if _NUMBER.fullmatch(value.strip()) else None
        return value

    cleaned = nh3.clean(
        raw,
        tags=set(TAGS),
        clean_content_tags={"script", "style"},
        attributes=_ATTRIBUTES,
        attribute_filter=vet,
        link_rel=None,
        url_schemes={"http", "https", "mailto", "file"},
    )
    if "<a>" in cleaned or "<a " in cleaned:
        cleaned = _EMPTY_LINK.sub(r"<span>\1</span>", cleaned)
    if "<img" in cleaned:
        cleaned = _IMAGE_WITHOUT_SOURCE.sub(_as_words, cleaned)
    if "<details" in cleaned or "<mark" in cleaned or "<ins" in cleaned or "<summary" in cleaned:
        for pattern, replacement in _SHOWN_AS:
            cleaned = pattern.sub(replacement, cleaned)
    return cleaned


def _leads_somewhere(href: str) -> bool:
    """Web and mail links, and links within the page or to a relative name."""
    if is_reserved_link(href):
        return False
    scheme = link_scheme(href)
    return scheme in SAFE_LINK_SCHEMES if scheme else not href.strip().startswith("//")


def _vetted_image(folder: Path | None, src: str, images: dict[str, str | None]) -> str | None:
    if src not in images:
        images[src] = local_image_uri(folder, src) if folder is not None else None
    return images[src]


def _as_words(match: re.Match[str]) -> str:
    alt = _ALT.search(match.group(1))
    words = html.unescape(alt.group(1)) if alt else ""
    shown = f"[{html.escape(' '.join(words.split()))}]" if words.strip() else ""
    return f'<span class="{IMAGE_ALT_CLASS}">{shown}</span>'
