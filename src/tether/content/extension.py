"""The python-markdown extension that finds an article's signs, prompts and related reading.

It also makes raw HTML inert: an article is untrusted input, so ``<script>`` or ``<img
onerror>`` in the source is shown as text instead of reaching the rich-text engine.
"""

from __future__ import annotations

import hashlib
import re
import xml.etree.ElementTree as etree  # noqa: N813 - the name python-markdown uses
from dataclasses import dataclass, field

from markdown import Markdown
from markdown.extensions import Extension
from markdown.extensions.toc import slugify
from markdown.treeprocessors import Treeprocessor

from tether.content.limits import shorten_label
from tether.content.model import RelatedReading, Sign, SignGroup

SIGN_SCHEME = "sign"
SECTION_ANCHOR_PREFIX = "section:"
UNTICKED_GLYPH = "\u2610"
TICKED_GLYPH = "\u2611"
RELATED_TITLE_CLASS = "related-title"

_TASK = re.compile(r"^\s*\[([ xX])\]\s+")
_RELATED = re.compile(
    r"^(See Also|People Also Love|Another Must-Read|Related Reading|Further Reading)"
    r"\s*:\s*(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_PROMPT = re.compile(r"^\s*Reflect\s*:\s*", re.IGNORECASE)
_SLUG_WORDS = 8


def make_slug(text: str, fallback: str) -> str:
    """Return a short, stable, URL-safe id for a piece of text.

    Text with no ASCII letters or digits (Cyrillic, Chinese…) has no slug of its own, so
    it gets the fallback plus a hash of its words: still stable, still distinct.
    """
    words = " ".join(text.split()[:_SLUG_WORDS])
    slug = slugify(words, "-")
    if slug or not words:
        return slug or fallback
    return f"{fallback}-{hashlib.sha1(words.encode('utf-8')).hexdigest()[:10]}"


@dataclass
class TakenIds:
    """Ids given out so far, and for each candidate the next number worth trying."""

    ids: set[str] = field(default_factory=set)
    next_number: dict[str, int] = field(default_factory=dict)


def unique(candidate: str, taken: TakenIds) -> str:
    """Return candidate, or candidate-2, -3 … if it is already taken; record the result."""
    result, n = candidate, taken.next_number.get(candidate, 2)
    if result in taken.ids:
        # Numbers below n were taken before and stay taken: 5,000 sections of one name
        # cost 5,000 steps, not 12 million.
        result = f"{candidate}-{n}"
        while result in taken.ids:
            n += 1
            result = f"{candidate}-{n}"
        taken.next_number[candidate] = n + 1
    taken.ids.add(result)
    return result


def plain_text(element: etree.Element) -> str:
    """The text of an element and its children, with runs of whitespace collapsed.

    Shortened to a label's length: titles, signs and prompts are shown in lists.
    """
    return shorten_label(" ".join("".join(element.itertext()).split()))


@dataclass
class SectionParts:
    """What the tree processor found in one section's Markdown."""

    section_id: str
    title: str = ""
    prompts: list[str] = field(default_factory=list)
    groups: list[SignGroup] = field(default_factory=list)
    related: list[RelatedReading] = field(default_factory=list)
    taken_ids: TakenIds = field(default_factory=TakenIds)


class _ArticleTreeprocessor(Treeprocessor):
    def __init__(self, md: Markdown, owner: ArticleExtension) -> None:
        super().__init__(md)
        self.owner = owner

    def run(self, root: etree.Element) -> None:
        parts = self.owner.parts
        self._mark_heading(root, parts)
        for parent in list(root.iter()):
            children = list(parent)
            for index, child in enumerate(children):
                if child.tag == "ul":
                    previous = children[index - 1] if index > 0 else None
                    self._collect_signs(child, previous, parts)
                elif child.tag == "blockquote":
                    self._collect_prompt(child, parts)
                elif child.tag == "p":
                    self._collect_related(child, parts)

    def _mark_heading(self, root: etree.Element, parts: SectionParts) -> None:
        if len(root) == 0 or root[0].tag not in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            return
        heading = root[0]
        parts.title = plain_text(heading)
        anchor = etree.Element("a", {"name": SECTION_ANCHOR_PREFIX + parts.section_id})
        anchor.tail, heading.text = heading.text, None
        heading.insert(0, anchor)
        heading.set("class", "section-title")

    def _collect_signs(
        self, ul: etree.Element, previous: etree.Element | None, parts: SectionParts
    ) -> None:
        signs: list[Sign] = []
        title = plain_text(previous) if previous is not None and previous.tag == "p" else ""
        group_key = make_slug(title, "signs")
        group_id = unique(f"{parts.section_id}/{group_key}", parts.taken_ids)
        for li in ul.findall("li"):
            holder = li[0] if not (li.text or "").strip() and len(li) and li[0].tag == "p" else li
            match = _TASK.match(holder.text or "")
            if match is None:
                continue
            holder.text = holder.text[match.end() :] if holder.text else ""
            text = plain_text(holder)
            sign_id = unique(f"{parts.section_id}/{make_slug(text, 'sign')}", parts.taken_ids)
            tick = etree.Element(
                "a",
                {
                    "href": f"{SIGN_SCHEME}:{sign_id}",
                    "name": f"{SIGN_SCHEME}:{sign_id}",
                },
            )
            tick.set("class", "tick")
            tick.text = UNTICKED_GLYPH
            tick.tail, holder.text = "\u00a0" + (holder.text or ""), None
            holder.insert(0, tick)
            li.set("class", "sign")
            signs.append(Sign(sign_id, text, group_id, parts.section_id))
        if signs:
            ul.set("class", "signs")
            if previous is not None and previous.tag == "p":
                previous.set("class", "signs-lead")
            parts.groups.append(
                SignGroup(group_id, title or parts.title, parts.section_id, tuple(signs))
            )

    def _collect_prompt(self, quote: etree.Element, parts: SectionParts) -> None:
        text = plain_text(quote)
        match = _PROMPT.match(text)
        if match is not None and text[match.end() :]:
            parts.prompts.append(text[match.end() :])
            quote.set("class", "prompt")

    def _collect_related(self, paragraph: etree.Element, parts: SectionParts) -> None:
        text = plain_text(paragraph)
        match = _RELATED.match(text)
        if match is None and "related" not in (paragraph.get("class") or ""):
            return
        label, title = (match.group(1), match.group(2).strip()) if match else ("", text)
        parts.related.append(RelatedReading(label, title))
        paragraph.set("class", "related")
        if match is not None:
            # The title reads as a title, not as a link: the article is not shipped.
            for child in list(paragraph):
                paragraph.remove(child)
            paragraph.text = f"{label}: "
            # The class lets the page link the title when the reader's library has it.
            etree.SubElement(paragraph, "i", {"class": RELATED_TITLE_CLASS}).text = title


class ArticleExtension(Extension):
    """Collects signs, prompts and related reading into ``parts`` for each conversion."""

    def __init__(self) -> None:
        super().__init__()
        self.parts = SectionParts(section_id="")

    def extendMarkdown(self, md: Markdown) -> None:
        """Register the tree processor and switch off raw HTML."""
        # Raw HTML is shown as text: nothing in an article reaches the engine as markup.
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_ArticleTreeprocessor(md, self), "tether-article", 5)
