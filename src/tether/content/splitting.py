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

The first three work on a section's tokens, after its signs are found (a long checklist
stays one group of signs); the last on the page's HTML.
"""

from __future__ import annotations

import re

from markdown_it.token import Token

from tether.content.limits import shorten_label
from tether.content.parser import closing_index

# Items of one list, rows of one table; columns of one table.
MAX_ROWS = 1000
MAX_COLUMNS = 100
# Characters of one paragraph (a long chapter's worth; no one writes paragraphs this long).
MAX_PARAGRAPH = 32_000
# Characters (an entity counts as one) after which a run without spaces may wrap.
LONGEST_RUN = 400
_TAG = re.compile(r"(<[^>]*>)")
# Only where a run starts, and one character class: linear, however the text is made.
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{LONGEST_RUN + 1},}}")
_UNIT = re.compile(r"&[#\w]{1,16};|.", re.DOTALL)
_WRAP_HERE = "\u200b"
_LISTS = ("bullet_list_open", "ordered_list_open")


def split_long_blocks(tokens: list[Token]) -> list[Token]:
    """The tokens with long lists, tables, paragraphs and headings cut (see above)."""
    if len(tokens) < MAX_ROWS and not any(
        token.type == "inline" and len(token.content) > MAX_PARAGRAPH for token in tokens
    ):
        return tokens
    out: list[Token] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if token.type in _LISTS or token.type == "table_open":
            end = closing_index(tokens, index)
            block = tokens[index : end + 1]
            out.extend(_split_list(block) if token.type in _LISTS else _split_table(block))
            index = end + 1
            continue
        if token.type == "inline" and len(token.content) > MAX_PARAGRAPH and out:
            if out[-1].type == "paragraph_open":
                out[-1:] = _split_paragraph(out[-1], token)
                index += 1
                continue
            if out[-1].type == "heading_open":
                _shorten(token)
        out.append(token)
        index += 1
    return out


def _split_list(block: list[Token]) -> list[Token]:
    """A list of more than :data:`MAX_ROWS` items as consecutive lists (nested ones too)."""
    opener, closer = block[0], block[-1]
    inner = split_long_blocks(block[1:-1]) if len(block) > MAX_ROWS else block[1:-1]
    out, items = [opener], 0
    first = int(str(opener.attrGet("start") or "1"))
    for token in inner:
        if token.type == "list_item_open" and token.level == opener.level + 1:
            if items and items % MAX_ROWS == 0:
                again = Token(opener.type, opener.tag, 1, attrs=dict(opener.attrs))
                again.level, again.block, again.markup = opener.level, True, opener.markup
                if opener.type == "ordered_list_open":
                    again.attrSet("start", str(first + items))
                out += [closer, again]
            items += 1
        out.append(token)
    out.append(closer)
    return out


def _split_table(block: list[Token]) -> list[Token]:
    rows = [index for index, token in enumerate(block) if token.type == "tr_open"]
    widest = max(
        (
            sum(
                1
                for token in block[row : closing_index(block, row)]
                if token.type in ("th_open", "td_open")
            )
            for row in rows
        ),
        default=0,
    )
    if widest > MAX_COLUMNS:
        return _table_as_paragraphs(block, rows)
    if len(rows) <= MAX_ROWS + 1:
        return block
    head_end = next((i for i, t in enumerate(block) if t.type == "thead_close"), 0)
    head = block[1 : head_end + 1] if head_end else []
    body_rows = [row for row in rows if row > head_end]
    out: list[Token] = []
    for offset in range(0, len(body_rows), MAX_ROWS):
        chunk = body_rows[offset : offset + MAX_ROWS]
        out += [block[0], *head, Token("tbody_open", "tbody", 1)]
        for row in chunk:
            out += block[row : closing_index(block, row) + 1]
        out += [Token("tbody_close", "tbody", -1), block[-1]]
    return out


def _table_as_paragraphs(block: list[Token], rows: list[int]) -> list[Token]:
    out: list[Token] = []
    for row in rows:
        cells = [
            " ".join(token.content.split())
            for token in block[row : closing_index(block, row)]
            if token.type == "inline"
        ]
        out += _paragraph(" | ".join(cells), block[0].level)
    return out or _paragraph("", block[0].level)


def _paragraph(text: str, level: int) -> list[Token]:
    opening, closing = Token("paragraph_open", "p", 1), Token("paragraph_close", "p", -1)
    words = Token("inline", "", 0, content=text, children=[Token("text", "", 0, content=text)])
    words.meta["read"] = True
    opening.level = closing.level = level
    opening.block = closing.block = True
    return [opening, words, closing]


def _split_paragraph(opening: Token, inline: Token) -> list[Token]:
    """Consecutive paragraphs of at most about :data:`MAX_PARAGRAPH` characters.

    Cut between the paragraph's pieces (text, emphasis, links) or inside a piece of
    text; a single emphasised or linked run longer than that stays whole.
    """
    pieces: list[list[Token]] = [[]]
    room, depth = MAX_PARAGRAPH, 0
    for child in inline.children or []:
        if child.type == "text" and depth == 0 and len(child.content) > room:
            text = child.content
            while len(text) > room:
                cut = _cut(text, room)
                pieces[-1].append(Token("text", "", 0, content=text[:cut]))
                pieces.append([])
                text, room = text[cut:], MAX_PARAGRAPH
            child = Token("text", "", 0, content=text)
        elif depth == 0 and room <= 0:
            pieces.append([])
            room = MAX_PARAGRAPH
        pieces[-1].append(child)
        depth += child.nesting
        room -= len(child.content)
    out: list[Token] = []
    for children in pieces:
        if not children:
            continue
        paragraph = _paragraph("", opening.level)
        paragraph[0].attrs = dict(opening.attrs)
        paragraph[1].children = children
        out += paragraph
    return out[:-1]  # the paragraph's own closing token follows in the stream


def _shorten(heading: Token) -> None:
    words = " ".join(
        child.content for child in heading.children or [] if child.type in ("text", "code_inline")
    )
    heading.children = [Token("text", "", 0, content=shorten_label(words[:MAX_PARAGRAPH]))]


def _cut(text: str, room: int) -> int:
    """Where to cut ``text`` to fit ``room``: after a space if one is near, and always
    after at least one character."""
    room = max(room, 1)
    space = max(text.rfind(" ", room // 2, room), text.rfind("\n", room // 2, room))
    return space + 1 if space > 0 else room


def break_long_runs(text: str) -> str:
    """Let the page's text wrap inside runs of more than :data:`LONGEST_RUN` characters.

    Not in ``<pre>``: preformatted lines do not wrap, and Qt lays them out quickly.
    """
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
