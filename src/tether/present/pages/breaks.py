"""Where pages break: between paragraphs when it can, never after a heading.

The document is laid out once at the page width; these functions read its lines and cut
them into bands no taller than a page, preferring to break between paragraphs and never
leaving a heading (or the sentence that introduces a checklist) at the foot of a page.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextDocument

# A page that would be less than this full breaks inside a paragraph rather than before it.
_MIN_FILL = 0.5
_ORPHAN_LINES = 2


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line: its band in document coordinates and what it belongs to."""

    top: float
    bottom: float
    block_start: bool
    keep_with_next: bool
    position: int = 0  # of the line's first character in the document


def document_lines(document: QTextDocument) -> list[Line]:
    """Every line of a laid-out document, top to bottom."""
    lines: list[Line] = []
    document.size()  # lays the whole document out (Qt lays out lazily)
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        keep = _keeps_with_next(block)
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            top = origin.y() + line.y()
            start = block.position() + line.textStart()
            lines.append(Line(top, top + line.height(), number == 0, keep, start))
        block = block.next()
    return lines


def _keeps_with_next(block: QTextBlock) -> bool:
    """Headings, and a sentence that introduces a list, belong with what follows."""
    if block.blockFormat().headingLevel() > 0:
        return True
    following = block.next()
    return block.textList() is None and following.isValid() and following.textList() is not None


def paginate(lines: list[Line], height: float) -> list[tuple[float, float]]:
    """Cut lines into pages no taller than ``height``: (top, bottom) bands, in order.

    Breaks go between blocks when that leaves the page at least half full, else inside a
    paragraph with at least two lines on each side where possible. A single line taller
    than a page gets a page of its own.
    """
    if not lines:
        return [(0.0, 0.0)]
    pages: list[tuple[float, float]] = []
    first = 0
    while first < len(lines):
        start = lines[first].top
        end = first
        while end < len(lines) and lines[end].bottom - start <= height:
            end += 1
        if end == len(lines):
            pages.append((start, lines[-1].bottom))
            break
        end = max(end, first + 1)
        end = _better_break(lines, first, end, height)
        pages.append((start, lines[end].top))
        first = end
    return pages


def _better_break(lines: list[Line], first: int, end: int, height: float) -> int:
    """Where to break a page whose lines ``first`` to ``end - 1`` fit: ``end`` or earlier."""
    # Between blocks, not leaving a heading or a list's lead sentence at the foot.
    boundary = _block_start(lines, first, end)
    while boundary > first and lines[boundary - 1].keep_with_next:
        boundary = _block_start(lines, first, boundary - 1)
    if boundary > first and lines[boundary].top - lines[first].top >= height * _MIN_FILL:
        return boundary
    # Inside a paragraph: two of its lines at the foot and two at the head, if it can.
    paragraph_start = _block_start(lines, first, end)
    following = end + 1
    while following < len(lines) and not lines[following].block_start:
        following += 1
    candidate = min(end, following - _ORPHAN_LINES)
    if candidate > first and candidate - paragraph_start >= _ORPHAN_LINES:
        return candidate
    return end


def _block_start(lines: list[Line], first: int, index: int) -> int:
    """The first line of the block that line ``index`` is in (not before ``first``)."""
    while index > first and not lines[index].block_start:
        index -= 1
    return index
