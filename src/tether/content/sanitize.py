"""The python-markdown extension that keeps an article's HTML inert and bounded.

Raw HTML never reaches the tree (see :mod:`tether.content.extension`), but Markdown itself
can still put attributes and names in it: ``attr_list`` accepts ``{: onclick="…"
style="…" }``, and a link can use one of Tether's own schemes. This extension:

- before inline parsing, shows as plain text any piece of text that would take too long
  to parse (see :func:`tether.content.limits.inline_cost`);
- keeps only known tags and attributes, and no ``style``, ``on…`` or Tether-reserved
  names; links with a Tether scheme lose their target;
- keeps an image only if it is a file in the article's folder, small enough, and then
  names it by its full path; any other becomes its alt text;
- flattens anything nested deeper than a page can show into its text;
- cuts lists and tables of thousands of rows into several of at most a thousand, and
  gives very long runs of text without a space a place to wrap (a zero-width space):
  Qt's layout time grows with the square of either.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as etree  # noqa: N813 - the name python-markdown uses
from pathlib import Path

from markdown import Markdown
from markdown.extensions import Extension
from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from tether.content.limits import ARTICLE_INLINE_BUDGET_NS, INLINE_BUDGET_NS, inline_cost
from tether.content.safety import MAX_IMAGE_BYTES, is_reserved_link, local_resource

MAX_TREE_DEPTH = 64
IMAGE_ALT_CLASS = "image-alt"
_TAGS = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code"}
    | {"em", "strong", "a", "img", "hr", "br", "span", "i", "b", "div"}
    | {"table", "thead", "tbody", "tr", "th", "td"}
)
_COMMON = frozenset({"class", "id", "title"})
_BY_TAG = {
    "a": frozenset({"href"}),
    "img": frozenset({"src", "alt"}),
    "ol": frozenset({"start"}),
    "th": frozenset({"align"}),
    "td": frozenset({"align"}),
}
_ALIGNMENTS = frozenset({"left", "right", "center"})
# Items of one list, rows of one table: longer ones are cut (Qt imports them slowly).
MAX_ROWS = 1000
# Characters (an entity counts as one) after which a run without spaces may wrap.
LONGEST_RUN = 400
_TAG = re.compile(r"(<[^>]*>)")
# Only where a run starts, and one character class: linear, however the text is made.
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONGEST_RUN + 1},}}")
_UNIT = re.compile(r"&[#\w]{1,16};|.", re.DOTALL)
_WRAP_HERE = "\u200b"


class _InlineBudget(Treeprocessor):
    """Marks text too costly for the inline patterns as plain (an AtomicString)."""

    def __init__(self, md: Markdown, owner: SafetyExtension) -> None:
        super().__init__(md)
        self.owner = owner

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            element.text = self._bounded(element.text)
            element.tail = self._bounded(element.tail)

    def _bounded(self, text: str | None) -> str | None:
        if not text or isinstance(text, AtomicString):
            return text
        cost = inline_cost(text)
        over = self.owner.spent_ns + cost > ARTICLE_INLINE_BUDGET_NS and cost > len(text)
        if cost > INLINE_BUDGET_NS or over:
            self.owner.plain_texts += 1
            return AtomicString(text)
        self.owner.spent_ns += cost
        return text


class _Sanitizer(Treeprocessor):
    """Keeps known tags and harmless attributes; vets images; bounds the depth."""

    def __init__(self, md: Markdown, owner: SafetyExtension) -> None:
        super().__init__(md)
        self.owner = owner

    def run(self, root: etree.Element) -> None:
        _flatten_deep(root)
        for element in root.iter():
            if element is root:
                continue
            if element.tag not in _TAGS:
                element.tag = "span"
            for name, value in list(element.attrib.items()):
                if not _allowed(element.tag, name, value):
                    del element.attrib[name]
            if element.tag == "img":
                self._vet_image(element)

    def _vet_image(self, image: etree.Element) -> None:
        src = image.get("src") or ""
        if src not in self.owner.images:
            target = local_resource(self.owner.folder, src)
            try:
                fits = target is not None and target.stat().st_size <= MAX_IMAGE_BYTES
            except OSError:
                fits = False
            self.owner.images[src] = target.as_uri() if target is not None and fits else None
        uri = self.owner.images[src]
        if uri is not None:
            image.set("src", uri)
            return
        # Never fetched, never read: the reader sees what the picture was meant to show,
        # in brackets as in an exported file.
        alt = " ".join((image.get("alt") or "").split())
        image.tag = "span"
        image.attrib.clear()
        image.set("class", IMAGE_ALT_CLASS)
        image.text = f"[{alt}]" if alt else ""


class _RowSplitter(Treeprocessor):
    """Cuts lists and tables longer than :data:`MAX_ROWS` into consecutive pieces.

    Runs after the signs are collected, so a long checklist stays one group of signs.
    """

    def run(self, root: etree.Element) -> None:
        for parent in list(root.iter()):
            for position in range(len(parent) - 1, -1, -1):
                child = parent[position]
                if child.tag in ("ul", "ol") and len(child) > MAX_ROWS:
                    pieces = _split_list(child)
                elif child.tag == "table":
                    pieces = _split_table(child)
                else:
                    continue
                pieces[-1].tail = child.tail
                parent[position : position + 1] = pieces


def _split_list(element: etree.Element) -> list[etree.Element]:
    items = list(element)
    first = int(element.get("start") or "1")
    pieces = []
    for offset in range(0, len(items), MAX_ROWS):
        piece = etree.Element(element.tag, dict(element.attrib))
        if element.tag == "ol" and offset:
            piece.set("start", str(first + offset))
        piece.extend(items[offset : offset + MAX_ROWS])
        piece.text, piece.tail = element.text, "\n"
        pieces.append(piece)
    return pieces


def _split_table(table: etree.Element) -> list[etree.Element]:
    head, body = table.find("thead"), table.find("tbody")
    if body is None or len(body) <= MAX_ROWS:
        return [table]
    rows = list(body)
    pieces = []
    for offset in range(0, len(rows), MAX_ROWS):
        piece = etree.Element("table", dict(table.attrib))
        if head is not None:
            piece.append(copy.deepcopy(head))
        etree.SubElement(piece, "tbody").extend(rows[offset : offset + MAX_ROWS])
        piece.tail = "\n"
        pieces.append(piece)
    return pieces


def _allowed(tag: str, name: str, value: str) -> bool:
    name = name.lower()
    if name not in _COMMON and name not in _BY_TAG.get(tag, ()):
        return False
    if name == "id":
        # Tether's own anchors ("sign:…", "section:…") are the only names with a colon.
        return ":" not in value
    if name == "href":
        return not is_reserved_link(value)
    if name == "start":
        return value.isdigit() and len(value) < 10
    if name == "align":
        return value in _ALIGNMENTS
    return True


def _flatten_deep(root: etree.Element) -> None:
    """Replace what lies deeper than :data:`MAX_TREE_DEPTH` with its plain text."""
    stack = [(root, 0)]
    while stack:
        element, depth = stack.pop()
        if depth >= MAX_TREE_DEPTH and len(element):
            text = "".join(element.itertext())
            for child in list(element):
                element.remove(child)
            element.text = text
            continue
        stack.extend((child, depth + 1) for child in element)


class _RunBreaker(Postprocessor):
    """Lets text wrap inside runs of more than :data:`LONGEST_RUN` characters.

    Not in ``<pre>``: preformatted lines do not wrap, and Qt lays them out quickly.
    """

    def run(self, text: str) -> str:
        parts = _TAG.split(text)
        preformatted = 0
        for index, part in enumerate(parts):
            if index % 2:
                tag = part[1:4].lower()
                preformatted += 1 if tag == "pre" else -1 if tag == "/pr" else 0
            elif not preformatted and len(part) > LONGEST_RUN:
                parts[index] = _LONG_RUN.sub(_wrap_run, part)
        return "".join(parts)


def _wrap_run(run: re.Match[str]) -> str:
    text = run.group()
    units: list[str] | str = _UNIT.findall(text) if "&" in text else text
    if len(units) <= LONGEST_RUN:
        return text
    return _WRAP_HERE.join(
        "".join(units[start : start + LONGEST_RUN]) for start in range(0, len(units), LONGEST_RUN)
    )


class SafetyExtension(Extension):
    """Registers the inline budget and the sanitiser for one article in ``folder``."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.spent_ns = 0
        self.plain_texts = 0
        self.images: dict[str, str | None] = {}

    def extendMarkdown(self, md: Markdown) -> None:
        """Before inline parsing, the budget; after attr_list (8), the sanitiser."""
        md.treeprocessors.register(_InlineBudget(md, self), "tether-inline-budget", 25)
        md.treeprocessors.register(_Sanitizer(md, self), "tether-sanitize", 7)
        # After the article's own tree processor (5) has found the signs.
        md.treeprocessors.register(_RowSplitter(md), "tether-split-rows", 4)
        # After the stashed entities and code blocks are back in the page (raw_html, 30).
        md.postprocessors.register(_RunBreaker(md), "tether-wrap-long-runs", 5)
