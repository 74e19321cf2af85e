"""The article's rendered HTML, rewritten for a file or a page instead of the reader's view.

In the reader, each sign's box is a ``sign:`` link that ticks it; on paper or in a
shared file it is a plain ☑ or ☐. Links other than web and mail links are unwrapped
(their words stay), images are passed to a callback that may embed them, and the
section heading and reflection prompts can be left out where the worksheet shows
them itself.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection
from html.parser import HTMLParser

from tether.content import SIGN_SCHEME, TICKED_GLYPH, UNTICKED_GLYPH

# Given an image's src, return the src to write (a data: URI, say) or None to show its
# alt text instead.
ImageSource = Callable[[str], str | None]

SAFE_LINK_PREFIXES = ("http://", "https://", "mailto:", "#")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "col", "area", "base", "wbr"}


def tick_glyph(ticked: bool) -> str:
    """The box drawn for a sign: ☑ when ticked, ☐ when not."""
    return TICKED_GLYPH if ticked else UNTICKED_GLYPH


def no_images(_src: str) -> str | None:
    """An :data:`ImageSource` that shows every image as its alt text."""
    return None


def worksheet_section_html(
    section_html: str, ticked: Collection[str], images: ImageSource = no_images
) -> str:
    """A section's text for a worksheet: ticks in place, no heading and no prompts."""
    return rewrite(section_html, ticked, drop_heading=True, drop_prompts=True, images=images)


def rewrite(
    section_html: str,
    ticked: Collection[str] = (),
    *,
    drop_heading: bool = False,
    drop_prompts: bool = False,
    images: ImageSource = no_images,
) -> str:
    """Rewrite one section's HTML as the module describes."""
    rewriter = _Rewriter(ticked, drop_heading, drop_prompts, images)
    rewriter.feed(section_html)
    rewriter.close()
    return "".join(rewriter.out).strip()


class _Rewriter(HTMLParser):
    """Re-emits HTML, changing the few elements the module names."""

    def __init__(
        self, ticked: Collection[str], drop_heading: bool, drop_prompts: bool, images: ImageSource
    ) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._ticked = ticked
        self._drop_heading = drop_heading
        self._drop_prompts = drop_prompts
        self._images = images
        # Tags of open elements, and for each whether it was written out.
        self._open: list[tuple[str, bool]] = []
        self._skipping = 0  # depth inside a dropped element
        self._tick: str | None = None  # inside a sign's link: its glyph
        self._seen_block = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Write the tag, a replacement, or nothing."""
        found = dict(attrs)
        first_block = not self._seen_block
        self._seen_block = True
        if self._skipping:
            if tag not in _VOID:
                self._skipping += 1
            return
        if self._starts_drop(tag, found, first_block):
            self._skipping = 1
            return
        if tag == "img":
            self._image(found)
            return
        if tag == "a":
            self._open_link(found)
            return
        # No ids: in-page links are not carried over, and an anchor would split a heading's
        # first letter from the rest in a PDF's text.
        self.out.append(_start_tag(tag, [(name, value) for name, value in attrs if name != "id"]))
        if tag not in _VOID:
            self._open.append((tag, True))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        """Treat ``<br />`` like ``<br>``."""
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        """Close what was opened, dropping the end of anything not written."""
        if self._skipping:
            if tag not in _VOID:
                self._skipping -= 1
            return
        if tag in _VOID or not self._open:
            return
        open_tag, written = self._open.pop()
        if open_tag == "a" and self._tick is not None:
            self.out.append(f'<span class="tick">{self._tick}</span>')
            self._tick = None
        elif written:
            self.out.append(f"</{open_tag}>")

    def handle_data(self, data: str) -> None:
        """Write text escaped again; the glyph inside a sign's link is replaced."""
        if self._skipping or self._tick is not None:
            return
        self.out.append(html.escape(data, quote=False))

    def _starts_drop(self, tag: str, attrs: dict[str, str | None], first: bool) -> bool:
        if self._drop_heading and first and tag in _HEADINGS:
            return True
        classes = (attrs.get("class") or "").split()
        return self._drop_prompts and tag == "blockquote" and "prompt" in classes

    def _open_link(self, attrs: dict[str, str | None]) -> None:
        href = attrs.get("href") or ""
        if href.startswith(f"{SIGN_SCHEME}:"):
            self._tick = tick_glyph(href[len(SIGN_SCHEME) + 1 :] in self._ticked)
            self._open.append(("a", False))
        elif href.startswith(SAFE_LINK_PREFIXES):
            self.out.append(_start_tag("a", [("href", href)]))
            self._open.append(("a", True))
        else:
            # Anchors and links that lead nowhere outside the app: keep the words only.
            self._open.append(("a", False))

    def _image(self, attrs: dict[str, str | None]) -> None:
        alt = attrs.get("alt") or ""
        src = self._images(attrs.get("src") or "")
        if src is None:
            if alt:
                self.out.append(f'<span class="image-alt">[{html.escape(alt)}]</span>')
            return
        self.out.append(_start_tag("img", [("src", src), ("alt", alt)]))


def _start_tag(tag: str, attrs: list[tuple[str, str | None]]) -> str:
    parts = [tag]
    for name, value in attrs:
        if name.startswith("on") or name == "style":
            continue  # never carried over; the article's HTML has none anyway
        parts.append(name if value is None else f'{name}="{html.escape(value)}"')
    return f"<{' '.join(parts)}>"
