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
- cuts what Qt lays out slowly into pieces (see :mod:`tether.content.splitting`).
"""

from __future__ import annotations

import xml.etree.ElementTree as etree  # noqa: N813 - the name python-markdown uses
from pathlib import Path

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from tether.content.limits import ARTICLE_INLINE_BUDGET_NS, INLINE_BUDGET_NS, inline_cost
from tether.content.safety import MAX_IMAGE_BYTES, is_reserved_link, local_resource
from tether.content.splitting import RunBreaker, Splitter

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
        md.treeprocessors.register(Splitter(md), "tether-split", 4)
        # After the stashed entities and code blocks are back in the page (raw_html, 30).
        md.postprocessors.register(RunBreaker(md), "tether-wrap-long-runs", 5)
