"""Tokens to the page's HTML, and :func:`markdown_to_html` for any Markdown fragment.

What GFM renders, the page renders; what an untrusted article could make of it is kept
inert here (see :mod:`tether.content.sanitize` for the allow-list):

- headings carry GitHub-style ``id`` s, so a README's table of contents leads somewhere;
- links with Tether's own schemes lose their target; images are files of the article's
  folder or their words in brackets, never fetched;
- table cells are aligned by an ``align`` attribute (no ``style`` reaches the page);
- footnotes are listed at the end of the section that first cites them.

What Tether adds itself (the tick before each sign, the anchor of each section) is put in
after the sanitiser has run, in place of markers the article's text cannot contain, so no
article can write one.
"""

from __future__ import annotations

import html
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import OptionsDict

from tether.content.annotate import take_heading_attributes
from tether.content.model import (
    RELATED_TITLE_CLASS,
    SECTION_ANCHOR_PREFIX,
    SIGN_SCHEME,
    UNTICKED_GLYPH,
)
from tether.content.parser import (
    Env,
    name_headings,
    new_parser,
    parse_blocks,
    parse_inline,
)
from tether.content.safety import (
    SAFE_LINK_SCHEMES,
    is_reserved_link,
    link_scheme,
    local_image_uri,
)
from tether.content.sanitize import clean_html
from tether.content.splitting import break_long_runs

IMAGE_ALT_CLASS = "image-alt"
CONTEXT = "tether"
_ALIGN = re.compile(r"text-align:\s*(left|right|center)")


class RenderContext:
    """One article's rendering: its folder, its images, and what Tether adds after the
    sanitiser (behind markers the article's text cannot contain).

    A plain class, not a dataclass (cheaper to create before the first paint: issue 19).
    """

    __slots__ = ("added", "folder", "footnotes_shown", "images", "marker", "sources_as_written")

    def __init__(self, folder: Path | None, sources_as_written: bool = False) -> None:
        self.folder = folder
        # A fragment's pictures keep their sources as written (see markdown_to_html).
        self.sources_as_written = sources_as_written
        self.images: dict[str, str | None] = {}
        # Random, so no article can write it (os.urandom: what secrets.token_hex reads,
        # without importing secrets and hmac before the first paint).
        self.marker = f"\ue000{os.urandom(8).hex()}"
        self.added: dict[str, str] = {}
        self.footnotes_shown: set[int] = set()

    def add(self, markup: str) -> str:
        """A marker to put in the HTML now, replaced by ``markup`` once it is clean."""
        key = f"{self.marker}-{len(self.added)}\ue001"
        self.added[key] = markup
        return key

    def finish(self, raw: str) -> str:
        """Sanitise ``raw`` and put Tether's own markup in."""
        cleaned = clean_html(raw, self.folder, sources_as_written=self.sources_as_written)
        if self.added:
            pattern = re.compile(re.escape(self.marker) + r"-\d+\ue001")
            cleaned = pattern.sub(lambda match: self.added.get(match.group(), ""), cleaned)
            self.added.clear()
        if not self.sources_as_written:
            # Qt's rich text shows a code block's last line break as an empty line.
            cleaned = cleaned.replace("\n</code></pre>", "</code></pre>")
        return break_long_runs(cleaned)


def _context(env: Env) -> RenderContext:
    context = env.get(CONTEXT)
    assert isinstance(context, RenderContext)
    return context


class PageRenderer(RendererHTML):
    """markdown-it's HTML renderer with the page's headings, links, images and signs."""

    def __init__(self, parser: Any = None) -> None:
        super().__init__(parser)
        self.parser = parser

    def render(self, tokens: Sequence[Token], options: OptionsDict, env: Env) -> str:
        """The HTML of these block tokens (title and footnote definitions left out)."""
        out: list[str] = []
        skip = 0
        for index, token in enumerate(tokens):
            if token.type == "footnote_reference_open":
                skip += 1
            elif token.type == "footnote_reference_close":
                skip -= 1
            elif skip or token.meta.get("title"):
                continue
            elif token.type == "inline":
                out.append(self._inline(token, options, env))
            elif token.type in self.rules:
                out.append(self.rules[token.type](tokens, index, options, env))
            else:
                out.append(self.renderToken(tokens, index, options, env))
        return "".join(out)

    def _inline(self, token: Token, options: OptionsDict, env: Env) -> str:
        related = token.meta.get("related")
        if related:
            label, title = related
            return (
                f'{html.escape(label)}: <i class="{RELATED_TITLE_CLASS}">{html.escape(title)}</i>'
            )
        words = self.renderInline(token.children or [], options, env)
        sign = token.meta.get("sign")
        if sign:
            tick = (
                f'<a class="tick" href="{SIGN_SCHEME}:{html.escape(sign)}" '
                f'name="{SIGN_SCHEME}:{html.escape(sign)}">{UNTICKED_GLYPH}</a>\u00a0'
            )
            return _context(env).add(tick) + words
        return words

    def heading_open(
        self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env
    ) -> str:
        """A heading with its anchor; a section's heading also with the section's."""
        token = tokens[idx]
        if token.meta.get("anchor"):
            token.attrSet("id", str(token.meta["anchor"]))
        opening = self.renderToken(tokens, idx, options, env)
        if token.meta.get("name"):
            opening += f'<a name="{html.escape(str(token.meta["name"]))}"></a>'
        section = token.meta.get("section")
        if not section:
            return opening
        name = html.escape(SECTION_ANCHOR_PREFIX + str(section))
        return opening + _context(env).add(f'<a name="{name}"></a>')

    def link_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
        """A link. One using Tether's own schemes keeps its words and loses its target.

        One to anywhere else Tether cannot go (``javascript:``, ``file:``, an app's own
        scheme) stays a link on the page, so that clicking it says why nothing opens;
        the sanitiser would drop it, so it is put in after (and exports drop it).
        """
        token = tokens[idx]
        href = str(token.attrGet("href") or "")
        if is_reserved_link(href):
            token.attrs.pop("href", None)
        elif link_scheme(href) and link_scheme(href) not in SAFE_LINK_SCHEMES:
            closing = _closing_link(tokens, idx)
            if closing is not None:
                closing.meta["added"] = True
                return _context(env).add(f'<a href="{html.escape(href)}">')
        return self.renderToken(tokens, idx, options, env)

    def link_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
        """The end of a link (put in after the sanitiser if its start was)."""
        if tokens[idx].meta.get("added"):
            return _context(env).add("</a>")
        return self.renderToken(tokens, idx, options, env)

    def image(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
        """A picture from the article's folder, or its words in brackets."""
        token = tokens[idx]
        alt = " ".join(self.renderInlineAsText(token.children or [], options, env).split())
        context = _context(env)
        src = str(token.attrGet("src") or "")
        uri = _image_uri(context, src) if not context.sources_as_written else src
        if uri is None:
            shown = f"[{html.escape(alt)}]" if alt else ""
            return f'<span class="{IMAGE_ALT_CLASS}">{shown}</span>'
        title = token.attrGet("title")
        extra = f' title="{html.escape(str(title))}"' if title else ""
        return f'<img src="{html.escape(uri)}" alt="{html.escape(alt)}"{extra}>'

    def s_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
        """Strikethrough as GitHub writes it."""
        return "<del>"

    def s_close(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
        """The end of a strikethrough."""
        return "</del>"

    def th_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
        """A header cell, aligned by attribute."""
        return _aligned(tokens[idx])

    def td_open(self, tokens: Sequence[Token], idx: int, options: OptionsDict, env: Env) -> str:
        """A cell, aligned by attribute."""
        return _aligned(tokens[idx])


def _closing_link(tokens: Sequence[Token], start: int) -> Token | None:
    depth = 0
    for token in tokens[start:]:
        if token.type == "link_open":
            depth += 1
        elif token.type == "link_close":
            depth -= 1
            if depth == 0:
                return token
    return None


def _aligned(token: Token) -> str:
    match = _ALIGN.search(str(token.attrGet("style") or ""))
    return f'<{token.tag} align="{match.group(1)}">' if match else f"<{token.tag}>"


def _image_uri(context: RenderContext, src: str) -> str | None:
    if context.folder is None:
        return None
    if src not in context.images:
        context.images[src] = local_image_uri(context.folder, src)
    return context.images[src]


def new_page_parser() -> MarkdownIt:
    """The parser of :mod:`tether.content.parser`, rendering with :class:`PageRenderer`."""
    return new_parser(PageRenderer)


def footnotes_html(md: MarkdownIt, env: Env, definitions: dict[str, list[Token]]) -> str:
    """The notes cited so far and not yet listed, as a list to end a section with.

    ``definitions`` are the document's footnote definitions (see :func:`footnote_definitions`).
    """
    renderer, options = md.renderer, md.options
    assert isinstance(renderer, PageRenderer)
    context = _context(env)
    notes = env.get("footnotes", {}).get("list", {})
    waiting = [number for number in sorted(notes) if number not in context.footnotes_shown]
    if not waiting:
        return ""
    items = []
    for number in waiting:
        context.footnotes_shown.add(number)
        note = notes[number]
        if "tokens" in note:  # an inline note, ^[like this]
            body = f"<p>{renderer.renderInline(note['tokens'], options, env)}"
        else:
            body_tokens = definitions.get(str(note.get("label")), [])
            parse_inline(md, body_tokens, env)
            body = renderer.render(body_tokens, options, env).rstrip()
            body = body.removesuffix("</p>")
        back = f' <a href="#fnref{number + 1}">\u21a9</a>'
        items.append(f'<li id="fn{number + 1}">{body}{back}</p></li>')
    return '<ol class="footnotes">' + "".join(items) + "</ol>\n"


def footnote_definitions(tokens: list[Token]) -> dict[str, list[Token]]:
    """Each footnote's definition (its block tokens), by label, from a document's tokens."""
    found: dict[str, list[Token]] = {}
    start, label = -1, ""
    for index, token in enumerate(tokens):
        if token.type == "footnote_reference_open":
            start, label = index, str(token.meta.get("label"))
        elif token.type == "footnote_reference_close" and start >= 0:
            found.setdefault(label, tokens[start + 1 : index])
            start = -1
    return found


def markdown_to_html(text: str) -> str:
    """Render a Markdown fragment as the article page does, without its signs, prompts
    and sections.

    GFM's tables, strikethrough, bare URLs and footnotes; raw HTML through the page's
    allow-list; headings with GitHub-style ids. A fragment has no folder, so a picture
    keeps its source as written when it is a relative name or a web address (``file:``,
    ``data:`` and the like are dropped); nothing is read or fetched here, and whatever
    shows the HTML decides what to load (the page loads only files of the article's
    folder). Exports and tests use it for what they render.
    """
    context = RenderContext(None, sources_as_written=True)
    return context.finish(unsanitised_html(text, context))


def unsanitised_html(text: str, context: RenderContext) -> str:
    """A fragment's HTML as markdown-it writes it, before ``context.finish`` cleans it."""
    md = new_page_parser()
    env: Env = {CONTEXT: context}
    tokens = parse_blocks(md, text, env)
    parse_inline(md, tokens, env)
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            take_heading_attributes(token, tokens[index + 1])
    name_headings(tokens)
    notes = footnotes_html(md, env, footnote_definitions(tokens))
    rendered: str = md.renderer.render(tokens, md.options, env)
    return rendered + notes
