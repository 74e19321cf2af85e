"""Markdown from the HTML python-markdown makes, and plain text made safe for Markdown.

The worksheet's Markdown carries the article's text when asked to, and the article
only exists as rendered HTML; this turns that (small, well-formed) HTML back into
Markdown. The reader's own words are escaped just enough that a line starting with
``#`` or ``-`` stays a line of text instead of becoming a heading or a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr"}
_BLOCK_START = re.compile(r"^(\s*)([#>+=|]|[-*_](?=\s|[-*_]*$)|\d+[.)](?=\s|$)|`{3,}|~{3,})")
_INLINE = re.compile(r"([\\`*_\[\]])")


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str]
    children: list[_Node | str] = field(default_factory=list)

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root", {})
        self._stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = _Node(tag, {name: value or "" for name, value in attrs})
        self._stack[-1].children.append(node)
        if tag not in _VOID:
            self._stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self._stack) - 1, 0, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def escape_inline(text: str) -> str:
    """Escape the characters that would start emphasis, code, links or raw HTML.

    ``<`` becomes ``&lt;``: not every Markdown reader knows ``\\<``, and raw HTML
    from someone's reflection must never become markup.
    """
    return _INLINE.sub(r"\\\1", text).replace("<", "&lt;")


def escape_line_start(line: str) -> str:
    """Escape a line's first character if it would start a heading, list, quote or fence."""
    return _BLOCK_START.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", line, count=1)


def plain_paragraphs(text: str) -> list[str]:
    """The reader's text as Markdown paragraphs, line breaks kept as hard breaks."""
    paragraphs = []
    for chunk in re.split(r"\n\s*\n", text.strip()):
        lines = [escape_line_start(escape_inline(line.strip())) for line in chunk.splitlines()]
        lines = [line for line in lines if line]
        if lines:
            # Two trailing spaces: a hard line break, which every Markdown reader knows.
            paragraphs.append("  \n".join(lines))
    return paragraphs


def html_to_markdown(fragment: str) -> str:
    """Convert python-markdown's HTML (one section's worth) back to Markdown."""
    builder = _TreeBuilder()
    builder.feed(fragment)
    builder.close()
    return "\n\n".join(_blocks(builder.root.children)).strip()


def _blocks(nodes: list[_Node | str]) -> list[str]:
    """Each block-level child as a chunk of Markdown; stray text becomes a paragraph."""
    chunks: list[str] = []
    inline: list[_Node | str] = []

    def flush() -> None:
        text = _inline(inline).strip()
        if text:
            chunks.append(escape_line_start(text))
        inline.clear()

    for node in nodes:
        if isinstance(node, str) or node.tag not in _BLOCK_TAGS:
            inline.append(node)
            continue
        flush()
        chunk = _block(node)
        if chunk.strip():
            chunks.append(chunk)
    flush()
    return chunks


def _block(node: _Node) -> str:
    tag = node.tag
    if tag == "p":
        return escape_line_start(_inline(node.children).strip())
    if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
        return f"{'#' * int(tag[1])} {_inline(node.children).strip()}"
    if tag in {"ul", "ol"}:
        return _list(node)
    if tag == "blockquote":
        inner = "\n\n".join(_blocks(node.children))
        return "\n".join(f"> {line}".rstrip() for line in inner.splitlines())
    if tag == "pre":
        code = node.text().rstrip("\n")
        fence = "~~~" if "```" in code else "```"
        return f"{fence}\n{code}\n{fence}"
    if tag == "hr":
        return "---"
    if tag == "table":
        return _table(node)
    return "\n\n".join(_blocks(node.children))


def _list(node: _Node) -> str:
    items = [child for child in node.children if isinstance(child, _Node) and child.tag == "li"]
    lines: list[str] = []
    for number, item in enumerate(items, start=1):
        marker = f"{number}. " if node.tag == "ol" else "- "
        has_blocks = any(isinstance(c, _Node) and c.tag in _BLOCK_TAGS for c in item.children)
        body = "\n\n".join(_blocks(item.children)) if has_blocks else _inline(item.children)
        body_lines = body.strip().splitlines() or [""]
        lines.append(marker + body_lines[0])
        lines.extend((" " * len(marker) + line).rstrip() for line in body_lines[1:])
    return "\n".join(lines)


def _table(node: _Node) -> str:
    rows: list[list[str]] = []

    def collect(parent: _Node) -> None:
        for child in parent.children:
            if isinstance(child, _Node) and child.tag == "tr":
                cells = [
                    c for c in child.children if isinstance(c, _Node) and c.tag in {"td", "th"}
                ]
                rows.append([_inline(c.children).strip().replace("|", "\\|") for c in cells])
            elif isinstance(child, _Node):
                collect(child)

    collect(node)
    if not rows:
        return ""
    width = max(len(row) for row in rows)
    rows = [row + [""] * (width - len(row)) for row in rows]
    lines = [f"| {' | '.join(rows[0])} |", f"|{'---|' * width}"]
    lines.extend(f"| {' | '.join(row)} |" for row in rows[1:])
    return "\n".join(lines)


def _inline(nodes: list[_Node | str]) -> str:
    out: list[str] = []
    for node in nodes:
        if isinstance(node, str):
            out.append(escape_inline(re.sub(r"\s+", " ", node)))
        else:
            out.append(_inline_node(node))
    return "".join(out)


def _inline_node(node: _Node) -> str:
    tag, inner = node.tag, _inline(node.children)
    if tag in {"em", "i"}:
        return f"*{inner.strip()}*" if inner.strip() else ""
    if tag in {"strong", "b"}:
        return f"**{inner.strip()}**" if inner.strip() else ""
    if tag == "code":
        text = node.text()
        fence = "``" if "`" in text else "`"
        return f"{fence}{text}{fence}"
    if tag == "br":
        return "  \n"
    if tag == "a" and node.attrs.get("href", "").startswith(("http://", "https://", "mailto:")):
        return f"[{inner}]({node.attrs['href']})"
    if tag == "img":
        alt = node.attrs.get("alt", "")
        return f"[{escape_inline(alt)}]" if alt else ""
    return inner


_BLOCK_TAGS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "hr",
    "table",
    "div",
}
