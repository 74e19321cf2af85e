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

nh3 is imported when some HTML needs it (about a millisecond and a half of a start,
issue 19). HTML that it would give back unchanged, character for character, is not
passed through it: :func:`_unchanged_by_nh3` accepts only markup as plain as
markdown-it's own (tags and attributes of the allow-list, each value passing the checks
above as it is, properly nested, text escaped as nh3 writes it); anything else, raw HTML
in an article above all, goes through nh3. What an article renders to is the same
either way (the tests compare both on every example of the GFM specification).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

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


def clean_html(
    raw: str, folder: Path | None, *, sources_as_written: bool = False, thorough: bool = False
) -> str:
    """``raw`` with only the allow-listed tags and attributes, vetted as above.

    With ``sources_as_written`` (a fragment without a folder), a picture keeps a relative
    or web source as it is; it is never read here. With ``thorough``, every piece goes
    through nh3, even one it would give back unchanged (what the tests compare with).
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

    plain = not thorough and _unchanged_by_nh3(raw, vet)
    cleaned = raw if plain else _nh3_clean(raw, vet)
    if "<a>" in cleaned or "<a " in cleaned:
        cleaned = _EMPTY_LINK.sub(r"<span>\1</span>", cleaned)
    if "<img" in cleaned:
        cleaned = _IMAGE_WITHOUT_SOURCE.sub(_as_words, cleaned)
    if "<details" in cleaned or "<mark" in cleaned or "<ins" in cleaned or "<summary" in cleaned:
        for pattern, replacement in _SHOWN_AS:
            cleaned = pattern.sub(replacement, cleaned)
    return cleaned


Vet = Callable[[str, str, str], str | None]


def _nh3_clean(raw: str, vet: Vet) -> str:
    import nh3  # only for HTML that needs it (see the module)

    return nh3.clean(
        raw,
        tags=set(TAGS),
        clean_content_tags={"script", "style"},
        attributes=_ATTRIBUTES,
        attribute_filter=vet,
        link_rel=None,
        url_schemes={"http", "https", "mailto", "file"},
    )


# -- HTML nh3 would give back as it is ------------------------------------------------------

# Where the text between tags may be more than blanks without the HTML parser moving it.
_BLANKS_ONLY = frozenset({"ul", "ol", "table", "thead", "tbody", "tr"})
# What each of these may hold directly (as markdown-it writes them).
_CHILDREN = {
    "ul": {"li"},
    "ol": {"li"},
    "table": {"thead", "tbody"},
    "thead": {"tr"},
    "tbody": {"tr"},
    "tr": {"th", "td"},
    "pre": {"code"},
}
# Where each of these must be, directly.
_PARENTS = {
    "li": {"ul", "ol"},
    "thead": {"table"},
    "tbody": {"table"},
    "tr": {"thead", "tbody"},
    "th": {"tr"},
    "td": {"tr"},
}
_PHRASING = frozenset(
    {"em", "strong", "a", "code", "br", "span", "i", "b", "u", "s", "del", "sup", "sub", "kbd"}
)
# Elements whose contents are phrasing only (a block inside would be moved).
_PHRASING_ONLY = _PHRASING | {"p", "h1", "h2", "h3", "h4", "h5", "h6", "th", "td"}
_VOID = frozenset({"br", "hr"})
_PLAIN_TAGS = (TAGS - {"img", "details", "summary", "mark", "ins"}) | _VOID
# Attribute values in printable ASCII only: nh3 writes some other characters as entities
# (a no-break space as &nbsp;).
_TAG = re.compile(
    r'<(/?)([a-z][a-z0-9]*)((?: [a-z]+="[ !#-%\'-;=?-~]*(?:&amp;[ !#-%\'-;=?-~]*)*")*)>'
)
_ATTRIBUTE = re.compile(r' ([a-z]+)="([^"]*)"')
# Text as nh3 writes it: no "<", ">", quote entity, no-break space or control character,
# and "&" only in &amp; &lt; &gt;.
_TEXT = re.compile(r"(?:[^<>&\x00-\x08\x0b-\x1f\x7f\xa0\ud800-\udfff]|&(?:amp|lt|gt);)*")
# A link within the page, or to a web address whose host is a plain domain name (one the
# URL parser nh3 checks links with never refuses): no label is an IDNA "xn--" one, which
# it refuses when its punycode is not valid.
_PLAIN_HREF = re.compile(
    r"#[^\s\"<>\\:]*"
    r"|https?://(?:(?![Xx][Nn]--)[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}(?:[/?#][!#-;=?-~]*)?"
)
# Blanks as the HTML parser reads them (it moves any other text out of a table or list).
_HTML_BLANKS = " \t\n\f\r"


def _unchanged_by_nh3(raw: str, vet: Vet) -> bool:
    """Whether :func:`_nh3_clean` would give ``raw`` back exactly as it is.

    True only for the plainest markup (the shape markdown-it writes for Markdown
    without raw HTML or pictures); anything it is unsure of is False, and goes to nh3.
    """
    if "\r" in raw:
        return False
    open_tags: list[str] = []
    position = 0
    for tag in _TAG.finditer(raw):
        text = raw[position : tag.start()]
        if text and (
            not _TEXT.fullmatch(text)
            or (open_tags and open_tags[-1] in _BLANKS_ONLY and text.strip(_HTML_BLANKS))
        ):
            return False
        position = tag.end()
        closing, name, attributes = tag.group(1), tag.group(2), tag.group(3)
        if name not in _PLAIN_TAGS:
            return False
        if closing:
            if attributes or not open_tags or open_tags.pop() != name:
                return False
            continue
        parent = open_tags[-1] if open_tags else None
        if parent in _CHILDREN and name not in _CHILDREN[parent]:
            return False
        if name in _PARENTS and parent not in _PARENTS[name]:
            return False
        if any(tag in _PHRASING_ONLY for tag in open_tags[-1:]) and name not in _PHRASING:
            return False
        if name == "a" and "a" in open_tags:
            return False  # a link in a link is split by the parser
        if not _plain_attributes(name, attributes, vet):
            return False
        if name == "pre" and not raw.startswith("<code", position):
            return False  # a line break just after <pre> would be dropped
        if name not in _VOID:
            open_tags.append(name)
    text = raw[position:]
    return not open_tags and (not text or _TEXT.fullmatch(text) is not None)


def _plain_attributes(tag: str, attributes: str, vet: Vet) -> bool:
    """Whether each attribute is allowed on ``tag`` and kept by ``vet`` as it is."""
    seen: set[str] = set()
    allowed = _ATTRIBUTES["*"] | _ATTRIBUTES.get(tag, set())
    for name, written in _ATTRIBUTE.findall(attributes):
        if name in seen or name not in allowed:
            return False
        seen.add(name)
        value = written.replace("&amp;", "&")
        if name == "href" and not _PLAIN_HREF.fullmatch(value):
            return False
        if name == "src" or vet(tag, name, value) != value:
            return False
    return True


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
