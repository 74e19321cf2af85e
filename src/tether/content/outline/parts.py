"""Parsing a file's blocks a part at a time, cut where the parse cannot change.

markdown-it-py parses a file's blocks in one call, so the first screen of a long file
would wait for all of it. A part is parsed from a line where a top-level block starts
after a blank line: nothing before such a line (a fence, an HTML block, a list, a quote,
a footnote) goes on past it, and nothing at or after it depends on what came before but
the link and footnote definitions, which are kept in one ``env`` across parts. So the
parts' tokens, one after another, are the tokens of the whole file.

Where to cut is read from markdown-it's own tokens for a piece of text a little longer
than the part: the last top-level block that starts after a blank line in the piece
begins the next part (its tokens are thrown away and parsed again with the next part,
because the piece may end inside it). No line of the file is classified by Tether.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tether.content.parser import Env, parse_blocks


class Part(NamedTuple):
    """The block tokens of one part of a file (their lines counted in the whole body)."""

    tokens: list[Token]
    # Where the next part starts: its offset in the body and its line.
    end: int
    end_line: int
    # Whether this part reaches the end of the body.
    last: bool


def parse_part(md: MarkdownIt, body: str, start: int, line: int, size: int, env: Env) -> Part:
    """The tokens of ``body`` from offset ``start`` (line ``line``): about ``size``
    characters, to a safe cut, or to the end. ``env`` gains the part's definitions.

    ``start`` must itself be a safe cut (0, or the end of an earlier part).
    """
    while True:
        stop = body.find("\n", start + size) if start + size < len(body) else -1
        piece = body[start:] if stop < 0 else body[start:stop]
        scratch: Env = {"references": dict(env.get("references", {}))}
        tokens = parse_blocks(md, piece, scratch)
        if stop < 0:
            _keep_definitions(scratch, env, tokens, piece.count("\n") + 1, line)
            _shift(tokens, line)
            return Part(tokens, len(body), line + piece.count("\n") + 1, True)
        cut = last_cut(tokens, piece)
        if cut is None:
            size *= 2  # one block longer than the piece: a longer piece
            continue
        index, cut_line = cut
        kept = tokens[:index]
        _keep_definitions(scratch, env, kept, cut_line, line)
        _shift(kept, line)
        offset = _line_offset(piece, cut_line)
        return Part(kept, start + offset, line + cut_line, False)


def last_cut(tokens: list[Token], text: str) -> tuple[int, int] | None:
    """The index of the last top-level block token of ``text``'s ``tokens`` that starts
    after a blank line (not the first block), and its line; None if there is none."""
    lines = text.split("\n")
    for index in range(len(tokens) - 1, 0, -1):
        token = tokens[index]
        if token.level != 0 or token.nesting < 0 or not token.map:
            continue
        first = token.map[0]
        if first > 0 and not lines[first - 1].strip():
            return index, first
    return None


def _keep_definitions(scratch: Env, env: Env, kept: list[Token], cut: int, line: int) -> None:
    """Put into ``env`` the definitions the piece's parse found before its cut (the ones
    after it are found again with the next part, from its whole text)."""
    references: dict[str, Any] = env.setdefault("references", {})
    for label, found in scratch.get("references", {}).items():
        where = found.get("map")
        if label not in references and where and where[0] < cut:
            references[label] = {**found, "map": [where[0] + line, where[1] + line]}
    refs: dict[str, int] | None = None
    for token in kept:
        if token.type == "footnote_reference_open":
            if refs is None:
                refs = env.setdefault("footnotes", {}).setdefault("refs", {})
            refs[":" + str(token.meta.get("label"))] = -1


def _shift(tokens: list[Token], lines: int) -> None:
    """Count the tokens' lines from the start of the body, not of their part."""
    if not lines:
        return
    for token in tokens:
        if token.map:
            token.map = [token.map[0] + lines, token.map[1] + lines]


def _line_offset(text: str, line: int) -> int:
    """The offset in ``text`` where its line ``line`` (0-based) starts."""
    offset = 0
    for _ in range(line):
        offset = text.index("\n", offset) + 1
    return offset
