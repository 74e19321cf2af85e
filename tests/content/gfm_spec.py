"""GitHub's GFM spec as test data: its examples, and a normaliser to compare HTML.

The spec (``data/gfm-spec.txt``, from cmark-gfm's ``test/spec.txt``; see
``data/gfm-spec.README``) holds each example between two lines of 32 backticks: the
Markdown, a line holding only ``.``, then the HTML the spec expects. ``→`` in either
stands for a tab. The opening line may name extensions after ``example`` (``table``,
``strikethrough``, ``autolink``, ``tagfilter``); ``disabled`` marks an example that
cmark-gfm's own test runner skips (the two task-list examples whose output carries
``disabled=""`` check boxes). An example belongs to the chapter of the latest ``#`` or
``##`` heading above it; ``###`` headings (e.g. "Motivation" in "List items") are
sub-headings of a chapter, and lines inside an example are never headings.

Two renderers may write the same document differently, so the comparison is on a
normal form (:func:`normalize_html`). The rules are those of cmark's
``test/normalize.py`` (rewritten here, not copied): whitespace runs collapse to one
space outside ``<pre>`` and vanish next to block-level tags, a newline right after
``<br>`` is dropped, ``<br />`` is ``<br>``, tag and attribute names are lower case,
attributes are sorted, and character references are the characters they stand for.
Beyond that, only what Tether adds on purpose is ignored: the ``id`` of an ``h1``–``h6``
(GitHub-style slugs for in-page links). Everything else counts.

Used by ``test_content_gfm_conformance.py`` and ``benchmarks/gfm_conformance.py``.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

SPEC_PATH = Path(__file__).resolve().parent / "data" / "gfm-spec.txt"

# The chapters whose examples do not count towards the conformance rate: Tether renders
# raw HTML through an allow-list (issue 14, "Raw HTML, safely"), so the spec's
# pass-through output is not what the page shows; task list items become Tether's signs,
# not ``<input>`` check boxes.
EXCLUDED_CHAPTERS = ("HTML blocks", "Raw HTML", "Task list items (extension)")

# cmark-gfm's own runner skips examples carrying this word.
DISABLED = "disabled"

_FENCE = "`" * 32
_CHAPTER_HEADING = re.compile(r"#{1,2} +(.+?)\s*$")
_WHITESPACE = re.compile(r"\s+")
_CDATA = re.compile(r"(<!\[CDATA\[.*?\]\]>)", re.DOTALL)

# Block-level tags, after cmark's normaliser: whitespace next to them is insignificant.
BLOCK_TAGS = frozenset(
    {
        "article", "aside", "blockquote", "body", "button", "canvas", "caption", "col",
        "colgroup", "dd", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "iframe", "li", "map", "object", "ol", "output", "p", "pre", "progress", "script",
        "section", "style", "table", "tbody", "td", "textarea", "tfoot", "th", "thead",
        "tr", "ul", "video",
    }
)  # fmt: skip
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True)
class SpecExample:
    """One example of the spec: its number (as the spec and cmark-gfm count them, from 1),
    its chapter, the extensions named on its opening line, its Markdown and the HTML the
    spec expects (tabs already in place of ``→``), and the line it starts on."""

    number: int
    chapter: str
    extensions: tuple[str, ...]
    markdown: str
    html: str
    line: int

    @property
    def counted(self) -> bool:
        """Whether the example counts towards the conformance rate: not in an excluded
        chapter and not skipped by cmark-gfm itself."""
        return self.chapter not in EXCLUDED_CHAPTERS and DISABLED not in self.extensions


def read_examples(path: Path = SPEC_PATH) -> list[SpecExample]:
    """Every example of the spec at ``path``, in order, numbered from 1.

    Raises ``ValueError`` if an example is left open or has no ``.`` separator, so a
    damaged spec file fails loudly instead of yielding fewer examples.
    """
    examples: list[SpecExample] = []
    chapter = ""
    state = "text"  # "text", "markdown" or "html"
    extensions: tuple[str, ...] = ()
    markdown: list[str] = []
    expected: list[str] = []
    start = 0
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if state == "text":
            if stripped.startswith(_FENCE + " example"):
                state, start = "markdown", number
                extensions = tuple(stripped[len(_FENCE + " example") :].split())
                markdown, expected = [], []
            elif match := _CHAPTER_HEADING.match(line):
                chapter = match.group(1)
        elif stripped == _FENCE:
            if state != "html":
                raise ValueError(f"{path}:{start}: example without a '.' line")
            examples.append(
                SpecExample(
                    number=len(examples) + 1,
                    chapter=chapter,
                    extensions=extensions,
                    markdown="".join(markdown).replace("→", "\t"),
                    html="".join(expected).replace("→", "\t"),
                    line=start,
                )
            )
            state = "text"
        elif state == "markdown" and stripped == ".":
            state = "html"
        else:
            (markdown if state == "markdown" else expected).append(line)
    if state != "text":
        raise ValueError(f"{path}:{start}: example not closed")
    return examples


class _Normalizer(HTMLParser):
    """Writes the normal form while :class:`HTMLParser` walks the HTML.

    ``last`` is the kind of the previous item ("start", "end", "data", "other") and
    ``last_tag`` the name of the previous tag, which decide what whitespace to drop.
    """

    def __init__(self) -> None:
        # Character references are decoded by the parser, in text and in attributes,
        # so "&amp;", "&#38;" and "&#x26;" all arrive as "&".
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.last = "start"
        self.last_tag = ""
        self.in_pre = 0

    def _trim_end(self) -> None:
        """Drop whitespace at the end of what was written (before a block tag)."""
        while self.out:
            trimmed = self.out[-1].rstrip()
            if trimmed:
                self.out[-1] = trimmed
                return
            self.out.pop()

    def handle_data(self, data: str) -> None:
        after_tag = self.last in ("start", "end")
        if after_tag and self.last_tag == "br":
            data = data.lstrip("\n")
        if not self.in_pre:
            data = _WHITESPACE.sub(" ", data)
            if after_tag and self.last_tag in BLOCK_TAGS:
                data = data.lstrip() if self.last == "start" else data.strip()
        # The text of <script> and <style> is raw (no references): keep it as it is.
        self.out.append(data if self.cdata_elem else html.escape(data, quote=True))
        self.last = "data"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "pre":
            self.in_pre += 1
        if tag in BLOCK_TAGS:
            self._trim_end()
        if tag in HEADING_TAGS:
            # Tether gives every heading a GitHub-style slug for in-page links.
            attrs = [(name, value) for name, value in attrs if name != "id"]
        written = "".join(
            # A bare attribute ("disabled") is the same as an empty one ('disabled=""').
            f' {name}="{html.escape(value or "", quote=True)}"'
            for name, value in sorted(attrs, key=lambda pair: (pair[0], pair[1] or ""))
        )
        self.out.append(f"<{tag}{written}>")
        self.last, self.last_tag = "start", tag

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # "<br />" is "<br>"; whitespace after it is treated as after an end tag.
        self.handle_starttag(tag, attrs)
        if tag == "pre":
            self.in_pre -= 1
        self.last = "end"

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self.in_pre = max(0, self.in_pre - 1)
        elif tag in BLOCK_TAGS:
            self._trim_end()
        self.out.append(f"</{tag}>")
        self.last, self.last_tag = "end", tag

    def close(self) -> None:
        """Finish, keeping the text after an unclosed ``<script>`` or ``<style>``.

        HTML reads everything after such a tag as its raw text (spec example 653);
        :class:`HTMLParser` drops it at the end, which would hide a difference.
        """
        super().close()
        if self.rawdata:
            leftover, self.rawdata = self.rawdata, ""
            self.handle_data(leftover)

    def _verbatim(self, text: str) -> None:
        self.out.append(text)
        self.last = "other"

    def handle_comment(self, data: str) -> None:
        self._verbatim(f"<!--{data}-->")

    def handle_decl(self, decl: str) -> None:
        self._verbatim(f"<!{decl}>")

    def unknown_decl(self, data: str) -> None:
        self._verbatim(f"<![{data}]>")

    def handle_pi(self, data: str) -> None:
        self._verbatim(f"<?{data}>")


def normalize_html(text: str) -> str:
    """``text`` in the normal form described in the module docstring: two renderings of
    the same document give the same string, two different documents do not."""
    normalizer = _Normalizer()
    # CDATA sections pass through as written (HTMLParser does not read them in HTML).
    for part in _CDATA.split(text):
        if part.startswith("<![CDATA["):
            normalizer.close()
            normalizer.reset()
            normalizer._verbatim(part)
        else:
            normalizer.feed(part)
    normalizer.close()
    return "".join(normalizer.out)


Renderer = Callable[[str], str]


@dataclass(frozen=True)
class Outcome:
    """What a renderer made of one example: whether it matches the spec, and both sides
    in normal form for a failure message."""

    example: SpecExample
    passed: bool
    expected: str
    actual: str


def run_examples(render: Renderer, examples: Iterable[SpecExample]) -> list[Outcome]:
    """Render each example with ``render`` and compare it with the spec.

    A renderer that raises fails that example (its message stands in for the HTML), so
    one crash does not hide the rate of all the others.
    """
    outcomes = []
    for example in examples:
        expected = normalize_html(example.html)
        try:
            actual = normalize_html(render(example.markdown))
        except Exception as error:  # a crash is one failed example, not the end of the run
            actual = f"<raised {type(error).__name__}: {error}>"
        outcomes.append(Outcome(example, actual == expected, expected, actual))
    return outcomes


@dataclass(frozen=True)
class ChapterRate:
    """One chapter's tally: its examples, how many pass, the numbers of those that fail,
    and whether it counts towards the overall rate."""

    chapter: str
    examples: int
    passing: int
    failing: tuple[int, ...]
    counted: bool

    @property
    def rate(self) -> float:
        """Passing over examples (1.0 for a chapter without any)."""
        return self.passing / self.examples if self.examples else 1.0


def chapter_rates(outcomes: Sequence[Outcome]) -> list[ChapterRate]:
    """Per chapter, in the spec's order. ``disabled`` examples are not counted (the
    spec's own runner skips them), so a chapter of only those shows 0 examples."""
    chapters: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        group = chapters.setdefault(outcome.example.chapter, [])
        if DISABLED not in outcome.example.extensions:
            group.append(outcome)
    return [
        ChapterRate(
            chapter=name,
            examples=len(group),
            passing=sum(outcome.passed for outcome in group),
            failing=tuple(outcome.example.number for outcome in group if not outcome.passed),
            counted=name not in EXCLUDED_CHAPTERS,
        )
        for name, group in chapters.items()
    ]


def overall_rate(outcomes: Sequence[Outcome]) -> tuple[int, int]:
    """``(passing, examples)`` over the counted examples (see :attr:`SpecExample.counted`)."""
    counted = [outcome for outcome in outcomes if outcome.example.counted]
    return sum(outcome.passed for outcome in counted), len(counted)
