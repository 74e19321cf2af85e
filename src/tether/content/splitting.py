"""Cutting what Qt lays out slowly into pieces it lays out quickly.

Qt's rich-text engine takes time that grows faster than the size of some things: a list
or table of many thousand rows, a paragraph of megabytes, a run of thousands of
characters with nowhere to wrap. An article is cut where that happens, so that it looks
the same (or as near as a reader could tell) and opens in seconds:

- lists and tables become consecutive pieces of at most :data:`MAX_ROWS` rows; a table
  of more than :data:`MAX_COLUMNS` columns (no page can show one) becomes a paragraph per
  row, its cells separated by " | ";
- paragraphs become consecutive paragraphs of at most :data:`MAX_PARAGRAPH` characters,
  cut at a space; a heading that long is shortened;
- a run of more than :data:`LONGEST_RUN` characters without a space gets an invisible
  place to wrap (a zero-width space) every :data:`LONGEST_RUN` characters.
"""

from __future__ import annotations

import copy
import re
import xml.etree.ElementTree as etree  # noqa: N813 - the name python-markdown uses

from markdown.postprocessors import Postprocessor
from markdown.treeprocessors import Treeprocessor

# Items of one list, rows of one table; columns of one table.
MAX_ROWS = 1000
MAX_COLUMNS = 100
# Characters of one paragraph (a long chapter's worth; no one writes paragraphs this long).
MAX_PARAGRAPH = 32_000
# Characters (an entity counts as one) after which a run without spaces may wrap.
LONGEST_RUN = 400
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELLS = frozenset({"li", "td", "th"})
_TAG = re.compile(r"(<[^>]*>)")
# Only where a run starts, and one character class: linear, however the text is made.
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONGEST_RUN + 1},}}")
_UNIT = re.compile(r"&[#\w]{1,16};|.", re.DOTALL)
_WRAP_HERE = "\u200b"
# python-markdown's placeholders (\x02…\x03) are restored later: never cut inside one.
_OPEN, _CLOSE = "\x02", "\x03"


class Splitter(Treeprocessor):
    """Cuts long lists, tables, paragraphs and headings.

    Runs after the signs are collected, so a long checklist stays one group of signs.
    """

    def run(self, root: etree.Element) -> None:
        """Cut, in place."""
        for parent in list(root.iter()):
            for position in range(len(parent) - 1, -1, -1):
                child = parent[position]
                if child.tag in _HEADINGS:
                    _shorten_heading(child)
                    continue
                if child.tag in _CELLS:
                    _wrap_long_text(child)
                if child.tag in ("ul", "ol") and len(child) > MAX_ROWS:
                    pieces = _split_list(child)
                elif child.tag == "table":
                    pieces = _split_table(child)
                else:
                    continue
                pieces[-1].tail = child.tail
                parent[position : position + 1] = pieces
        for parent in list(root.iter()):
            for position in range(len(parent) - 1, -1, -1):
                child = parent[position]
                if child.tag == "p" and _length(child) > MAX_PARAGRAPH:
                    pieces = _split_paragraph(child)
                    pieces[-1].tail = child.tail
                    parent[position : position + 1] = pieces


def _length(element: etree.Element) -> int:
    return sum(len(text) for text in element.itertext())


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
    if any(len(row) > MAX_COLUMNS for row in table.iter("tr")):
        return _table_as_paragraphs(table)
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


def _table_as_paragraphs(table: etree.Element) -> list[etree.Element]:
    pieces = []
    for row in table.iter("tr"):
        piece = etree.Element("p")
        piece.text = " | ".join(" ".join("".join(cell.itertext()).split()) for cell in row)
        piece.tail = "\n"
        pieces.append(piece)
    return pieces or [etree.Element("p")]


def _shorten_heading(heading: etree.Element) -> None:
    """Keep a heading's anchors; cut its words to :data:`MAX_PARAGRAPH` characters."""
    if _length(heading) <= MAX_PARAGRAPH:
        return
    words = "".join(heading.itertext())
    anchors = [child for child in heading if child.tag == "a" and not child.text]
    for child in list(heading):
        heading.remove(child)
    heading.text = None
    for anchor in anchors:
        anchor.tail = None
        heading.append(anchor)
    shortened = words[: _cut(words, MAX_PARAGRAPH)] + "…"
    if anchors:
        anchors[-1].tail = shortened
    else:
        heading.text = shortened


def _wrap_long_text(cell: etree.Element) -> None:
    """Put a list item's or cell's loose words in a paragraph, which can then be cut."""
    loose = len(cell.text or "") + sum(len(child.tail or "") for child in cell)
    if loose <= MAX_PARAGRAPH or any(child.tag == "p" for child in cell):
        return
    paragraph = etree.Element("p")
    paragraph.text, cell.text = cell.text, None
    paragraph.extend(list(cell))
    for child in list(cell):
        cell.remove(child)
    cell.append(paragraph)


def _split_paragraph(paragraph: etree.Element) -> list[etree.Element]:
    """Consecutive paragraphs of at most about :data:`MAX_PARAGRAPH` characters."""
    for child in list(paragraph):
        if _length(child) > MAX_PARAGRAPH:
            _flatten_into(paragraph, child)
    segments: list[str | etree.Element] = [paragraph.text or ""]
    for child in paragraph:
        segments += [child, child.tail or ""]
        child.tail = None
    pieces = [etree.Element("p", dict(paragraph.attrib))]
    room = MAX_PARAGRAPH
    for segment in segments:
        if not isinstance(segment, str):
            started = room < MAX_PARAGRAPH
            if started and _length(segment) > room:
                pieces.append(etree.Element("p", dict(paragraph.attrib)))
                room = MAX_PARAGRAPH
            pieces[-1].append(segment)
            room -= _length(segment)
            continue
        while len(segment) > room:
            cut = _cut(segment, room)
            _append_text(pieces[-1], segment[:cut])
            segment = segment[cut:]
            pieces.append(etree.Element("p", dict(paragraph.attrib)))
            room = MAX_PARAGRAPH
        _append_text(pieces[-1], segment)
        room -= len(segment)
    for piece in pieces:
        piece.tail = "\n"
    return pieces


def _flatten_into(parent: etree.Element, child: etree.Element) -> None:
    """Replace ``child`` by its words (its emphasis or link is lost, never its text)."""
    words = "".join(child.itertext()) + (child.tail or "")
    position = list(parent).index(child)
    parent.remove(child)
    if position == 0:
        parent.text = (parent.text or "") + words
    else:
        previous = parent[position - 1]
        previous.tail = (previous.tail or "") + words


def _append_text(element: etree.Element, text: str) -> None:
    if len(element):
        element[-1].tail = (element[-1].tail or "") + text
    else:
        element.text = (element.text or "") + text


def _cut(text: str, room: int) -> int:
    """Where to cut ``text`` to fit ``room``: after a space if one is near, never inside a
    placeholder, and always after at least one character."""
    room = max(room, 1)
    space = max(text.rfind(" ", room // 2, room), text.rfind("\n", room // 2, room))
    cut = space + 1 if space > 0 else room
    if text.rfind(_OPEN, 0, cut) > text.rfind(_CLOSE, 0, cut):
        close = text.find(_CLOSE, cut)
        cut = len(text) if close < 0 else close + 1
    return cut


class RunBreaker(Postprocessor):
    """Lets text wrap inside runs of more than :data:`LONGEST_RUN` characters.

    Not in ``<pre>``: preformatted lines do not wrap, and Qt lays them out quickly.
    """

    def run(self, text: str) -> str:
        """Add the places to wrap to the page's HTML."""
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
