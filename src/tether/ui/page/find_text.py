"""The text side of finding: case folding that keeps positions, and drawing the matches.

Kept apart from the find bar so the matching can be tested without widgets.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

# (start position in the document, length)
Span = tuple[int, int]


def fold(text: str) -> str:
    """``text`` without case, one character for one, so positions stay the same.

    Full case folding can change the length (ß → ss); a character whose folding would
    is kept as it is, so that an index into the folded text is one into the original.
    """
    table: dict[int, str] = {}
    for char in set(text):
        for folded in (char.casefold(), char.lower()):
            if len(folded) == 1:
                if folded != char:
                    table[ord(char)] = folded
                break
    return text.translate(table)


def find_all(haystack: str, needle: str) -> list[int]:
    """Where ``needle`` starts in ``haystack``, left to right, matches not overlapping."""
    if not needle:
        return []
    found: list[int] = []
    start = haystack.find(needle)
    while start != -1:
        found.append(start)
        start = haystack.find(needle, start + len(needle))
    return found


def match_selections(
    document: QTextDocument, spans: list[Span], current: Span | None, palette: QPalette
) -> list[QTextEdit.ExtraSelection]:
    """Extra selections for matches: each in the theme's highlight colours, and the
    current one in the accent colour with the page colour for its text, so that it stands
    out in every theme. The current one comes last, so it is drawn above the others."""
    others = QTextCharFormat()
    others.setBackground(palette.color(QPalette.ColorRole.Highlight))
    others.setForeground(palette.color(QPalette.ColorRole.HighlightedText))
    chosen = QTextCharFormat()
    chosen.setBackground(palette.color(QPalette.ColorRole.Link))
    chosen.setForeground(palette.color(QPalette.ColorRole.Base))
    selections = [_selection(document, span, others) for span in spans]
    if current is not None:
        selections.append(_selection(document, current, chosen))
    return selections


def span_cursor(document: QTextDocument, span: Span) -> QTextCursor:
    """A cursor selecting ``span`` of the document."""
    cursor = QTextCursor(document)
    cursor.setPosition(span[0])
    cursor.setPosition(span[0] + span[1], QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _selection(
    document: QTextDocument, span: Span, char_format: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = span_cursor(document, span)
    selection.format = char_format
    return selection
