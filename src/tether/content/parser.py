"""The one Markdown parser: markdown-it-py, set up for CommonMark with GitHub's extensions.

An article is parsed in two steps. :func:`parse_blocks` reads the whole file into block
tokens (headings, paragraphs, lists, quotes, code, tables, raw HTML) with the source
lines each came from, and collects every link reference and footnote definition: that is
enough for the outline, and cheap. :func:`parse_inline` then reads the words of one
section's blocks (emphasis, links, code spans, bare URLs) when that section is rendered,
so a long article shows its first screen before the rest is read.
"""

from __future__ import annotations

import gc
import logging
import re
import sys
from collections.abc import Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML, RendererProtocol
from markdown_it.rules_core import StateCore
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from tether.content.limits import too_costly_inline
from tether.content.slugs import HeadingAnchors

# Block and inline depth markdown-it-py follows. Containers are capped in the source far
# below this (tether.content.limits.MAX_NESTING), so nothing an article holds is dropped.
PARSER_DEPTH = 200
_MAY_BE_MARKUP = re.compile(r"[\\`*_~\[\]!<>&\n^:@|]|\.[^\W\d_]")
_BLOCK_STEPS = ("normalize", "block")
_INLINE_STEPS = ("inline", "linkify", "text_join")

Env = MutableMapping[str, Any]


def new_parser(renderer: type[RendererProtocol] = RendererHTML) -> MarkdownIt:
    """CommonMark plus GitHub's tables, strikethrough, bare URLs and footnotes.

    Raw HTML is parsed (and sanitised when rendered, see :mod:`tether.content.html`);
    footnotes are gathered per section by Tether, so the plugin's step that moves them
    all to the end of the document is off.
    """
    md = MarkdownIt(
        "commonmark",
        {"html": True, "linkify": True, "maxNesting": PARSER_DEPTH},
        renderer_cls=renderer,
    )
    md.enable(["table", "strikethrough", "linkify"])
    md.use(footnote_plugin)
    md.core.ruler.disable("footnote_tail")
    # Every link and image is parsed as one, whatever its target: the renderer and the
    # sanitiser decide what it may lead to (a refused image still shows its words).
    md.validateLink = _any_link  # type: ignore[method-assign]
    _quiet_block_rules()
    return md


def _any_link(url: str) -> bool:
    return True


class _NoDebug:
    """A stand-in for a logger whose debug messages nobody reads."""

    def debug(self, *args: object, **kwargs: object) -> None:
        """Nothing: the message is not even formatted."""


def _quiet_block_rules() -> None:
    """markdown-it-py's block rules log a debug line on every try, on every line of the
    file: a tenth of a long article's parse (225 -> 200 ms for 1 MB), for messages
    Tether never shows. Their module loggers are replaced by one that does nothing; a
    later markdown-it-py without them is left as it is."""
    for name, module in list(sys.modules.items()):
        if name.startswith("markdown_it.") and isinstance(
            getattr(module, "LOGGER", None), logging.Logger
        ):
            setattr(module, "LOGGER", _NoDebug())  # noqa: B010 - a module, not a class


def _run(md: MarkdownIt, state: StateCore, steps: Iterable[str]) -> None:
    rules = {rule.name: rule.fn for rule in md.core.ruler.__rules__}
    for step in steps:
        rules[step](state)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector off for a while: parsing makes a hundred thousand small
    objects (no cycles among them), and the collector's passes over them cost a fifth of
    a long article's parse."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def parse_blocks(md: MarkdownIt, source: str, env: Env) -> list[Token]:
    """The block tokens of ``source``; ``env`` gains its references and footnotes."""
    state = StateCore(source, md, env)
    with collector_paused():
        _run(md, state, _BLOCK_STEPS)
    return state.tokens


def parse_inline(md: MarkdownIt, tokens: list[Token], env: Env) -> None:
    """Read the words of these block tokens (their ``inline`` tokens gain children).

    Tokens read before (a heading, for the outline) are not read again.
    """
    unread = [token for token in tokens if token.type != "inline" or not token.meta.get("read")]
    for token in unread:
        if token.type == "inline":
            token.meta["read"] = True
            if _plain_words(token.content) or too_costly_inline(token.content):
                token.children = [Token("text", "", 0, content=token.content)]
    unread = [token for token in unread if token.type != "inline" or not token.children]
    state = StateCore("", md, env, unread)
    with collector_paused():
        _run(md, state, _INLINE_STEPS)


def _plain_words(text: str) -> bool:
    """Whether ``text`` holds nothing the inline parser would turn into markup, so that it
    reads as one piece of text (as it would from the parser, at a fraction of the cost).

    No mark that starts markup (emphasis, code, links, images, autolinks, raw HTML,
    entities, escapes, line breaks, strikethrough, footnotes), and nothing linkify-it
    could take for a link (a scheme's colon, an ``@``, a dot before a letter).
    """
    return not _MAY_BE_MARKUP.search(text)


def plain_text(children: Iterable[Token] | None) -> str:
    """The words of an inline token's children as a reader sees them, one line."""
    words: list[str] = []
    hidden = False  # inside <script> or <style>, whose words the page never shows
    for child in children or ():
        if child.type == "html_inline":
            opening = child.content[:7].lower()
            if opening.startswith(("<script", "<style")):
                hidden = True
            elif opening.startswith(("</scrip", "</style")):
                hidden = False
        elif hidden:
            continue
        elif child.type in ("text", "code_inline"):
            words.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            words.append(" ")
        elif child.type == "image":
            words.append(plain_text(child.children))
    return " ".join("".join(words).split())


def name_headings(tokens: list[Token], anchors: HeadingAnchors | None = None) -> None:
    """Give every heading (inline-parsed) its GitHub-style anchor, in reading order."""
    anchors = anchors or HeadingAnchors()
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            words = plain_text(tokens[index + 1].children)
            token.meta["words"] = words
            token.meta["anchor"] = anchors.next(words)


def closing_index(tokens: list[Token], index: int) -> int:
    """The index of the token that closes the block opened at ``index`` (or the last)."""
    opener, depth = tokens[index], 0
    for position in range(index, len(tokens)):
        token = tokens[position]
        if token.level == opener.level and token.nesting:
            depth += token.nesting
            if depth == 0:
                return position
    return len(tokens) - 1
