"""How much of GitHub's GFM spec Tether's page renders as the spec says, chapter by chapter.

``python -m benchmarks.gfm_conformance [--write docs/conformance.md] [--failures]``
renders every example of the spec (``tests/content/data/gfm-spec.txt``, cmark-gfm's
``test/spec.txt``) with ``tether.content.markdown_to_html``, the function that renders
Markdown exactly as the page does, and compares it with the spec's HTML after
normalising both (``tests/content/gfm_spec.py``: whitespace between blocks, attribute
order, ``<br />`` against ``<br>``, references against characters, and the ``id`` Tether
gives headings; nothing else). It prints, per chapter, the examples, how many pass and
the rate, then the rate over the chapters that count (all but raw HTML and task lists,
see ``EXCLUDED_WHY``). ``--write`` also writes that table as Markdown with an
explanation; the file depends only on the spec and the renderer, so it changes only
when they do. ``--failures`` prints each failing example: its Markdown, the spec's HTML
and ours, normalised.

Run it from the repository's top folder (it reads the spec through ``tests/``). The
test ``tests/content/test_content_gfm_conformance.py`` asserts the same rate (≥ 95%).
"""

from __future__ import annotations

import argparse
import re
import textwrap
from pathlib import Path

from tests.content.gfm_spec import (
    EXCLUDED_CHAPTERS,
    SPEC_PATH,
    ChapterRate,
    Outcome,
    chapter_rates,
    overall_rate,
    read_examples,
    run_examples,
)

from tether.content import markdown_to_html

REQUIRED_RATE = 0.95
# Failing example numbers listed per chapter in the written table; the rest are "…".
NUMBERS_LISTED = 12
# Prose in the written file wraps as in the other docs.
WRAP = 90
_CODE_SPAN = re.compile(r"`[^`]*`")

EXCLUDED_WHY = {
    "HTML blocks": "the spec passes raw HTML through as written; Tether's page renders"
    " it through an allow-list (comments vanish, `details`, anchors, simple tables and"
    " a few inline tags stay, nothing runs), so it differs on purpose",
    "Raw HTML": "inline raw HTML, likewise rendered through the allow-list",
    "Task list items (extension)": "task list items become Tether's signs (tick marks),"
    ' not `<input type="checkbox">`; cmark-gfm\'s own runner skips both examples'
    " (marked `disabled`)",
}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.gfm_conformance", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--write", type=Path, metavar="PATH", help="also write the table as Markdown here"
    )
    parser.add_argument(
        "--failures", action="store_true", help="print every failing example in full"
    )
    return parser.parse_args(argv)


def _rate(rate: ChapterRate) -> str:
    """The chapter's rate, or a dash for a chapter with nothing to count."""
    return f"{rate.rate:.0%}" if rate.examples else "—"


def format_text(rates: list[ChapterRate], passing: int, counted: int) -> str:
    """The table for the terminal: one line per chapter, then the overall rate."""
    width = max(len(rate.chapter) for rate in rates)
    lines = [f"{'Chapter':<{width}}  Examples  Passing   Rate"]
    for rate in rates:
        mark = "" if rate.counted else "  (not counted)"
        lines.append(
            f"{rate.chapter:<{width}}  {rate.examples:>8}  {rate.passing:>7}  "
            f"{_rate(rate):>5}{mark}"
        )
    lines.append(
        f"{'Counted chapters':<{width}}  {counted:>8}  {passing:>7}  {passing / counted:>5.1%}"
        f"  (required: {REQUIRED_RATE:.0%})"
    )
    return "\n".join(lines)


def _numbers(failing: tuple[int, ...]) -> str:
    shown = ", ".join(str(number) for number in failing[:NUMBERS_LISTED])
    return shown + (", …" if len(failing) > NUMBERS_LISTED else "")


def _wrap(text: str, indent: str = "") -> str:
    """A paragraph or list item wrapped for the file (code spans never split)."""
    glued = _CODE_SPAN.sub(lambda span: span.group(0).replace(" ", "\0"), text)
    wrapped = textwrap.fill(
        glued, WRAP, subsequent_indent=indent, break_long_words=False, break_on_hyphens=False
    )
    return wrapped.replace("\0", " ")


def format_markdown(rates: list[ChapterRate], passing: int, counted: int) -> str:
    """``docs/conformance.md``: what was measured, the table, and what is left out."""
    spec = SPEC_PATH.relative_to(SPEC_PATH.parents[3]).as_posix()
    short = [rate for rate in rates if rate.counted and rate.passing < rate.examples]
    intro = (
        "How much of GitHub Flavored Markdown Tether's page renders as the spec says:"
        f" every example of the GFM spec (`{spec}`, version 0.29-gfm, from cmark-gfm; see"
        " its README) rendered with `tether.content.markdown_to_html`, which renders"
        " Markdown exactly as the page does, and compared with the spec's HTML. Both sides"
        " are normalised first (`tests/content/gfm_spec.py`): whitespace next to block"
        " tags, attribute order, `<br />` against `<br>`, character references against"
        " the characters, and the `id` that Tether gives every heading for in-page links."
        " Any other difference fails the example."
    )
    result = (
        f"**{passing} of {counted} counted examples pass ({passing / counted:.1%}).** The"
        f" test `tests/content/test_content_gfm_conformance.py` requires"
        f" {REQUIRED_RATE:.0%}. Regenerate this file with"
        " `python -m benchmarks.gfm_conformance --write docs/conformance.md`;"
        " `--failures` shows each failing example in full."
    )
    lines = [
        "# GFM conformance",
        "",
        _wrap(intro),
        "",
        _wrap(result),
        "",
        "| Chapter | Examples | Passing | Rate | Failing examples |",
        "|---|--:|--:|--:|---|",
    ]
    for rate in rates:
        name = rate.chapter if rate.counted else f"{rate.chapter} (not counted)"
        lines.append(
            f"| {name} | {rate.examples} | {rate.passing} | {_rate(rate)} |"
            f" {_numbers(rate.failing)} |"
        )
    lines.append(f"| **Counted chapters** | {counted} | {passing} | {passing / counted:.1%} | |")
    lines += [
        "",
        "Example numbers are the spec's own (as cmark-gfm's test runner counts them).",
        "",
        "## Not counted",
        "",
    ]
    lines += [
        _wrap(f"- **{chapter}**: {EXCLUDED_WHY[chapter]}.", indent="  ")
        for chapter in EXCLUDED_CHAPTERS
    ]
    lines += ["", "## Chapters that fall short", ""]
    if short:
        lines += [
            f"- {rate.chapter}: {rate.passing} of {rate.examples} ({rate.rate:.0%})."
            for rate in short
        ]
    else:
        lines.append("None: every counted example passes.")
    lines += ["", "## Why they fall short", ""]
    lines += [_wrap(f"- {reason}", indent="  ") for reason in WHY_SHORT]
    return "\n".join(lines) + "\n"


# What the failing examples have in common (checked against --failures when this changed).
WHY_SHORT = (
    "**Raw HTML inside other chapters** (170, 288, 289, 317, 327, 354, 484-486, 503, 532, "
    "544, 663, 664): the page passes raw HTML through an allow-list whose HTML parser "
    "closes a tag left open and drops comments, where the spec copies the source as is.",
    "**Autolinks** (610, 616, 619, 620): bare URLs are always links on the page (GitHub's "
    "autolink extension), where these core examples expect the extension off.",
    "**Autolinks (extension)** (625, 626, 629-631): linkify-it ends a link before a "
    "closing parenthesis and keeps an entity-like `&hl;` in it; bare e-mail addresses are "
    "not linked.",
    "**Disallowed Raw HTML** (653): the allow-list drops `<title>`, `<style>` and the like "
    "with their words, where GitHub escapes them.",
    "**Images** pass here because a fragment keeps an image's source as written; on the "
    "page an image comes only from the article's own folder, else its words show.",
)


def format_failures(outcomes: list[Outcome]) -> str:
    """Each failing example: where it is, its Markdown, the spec's HTML and ours."""
    blocks = []
    for outcome in outcomes:
        if outcome.passed:
            continue
        example = outcome.example
        blocks.append(
            f"Example {example.number} ({example.chapter}, line {example.line})\n"
            f"  markdown: {example.markdown!r}\n"
            f"  spec:     {outcome.expected!r}\n"
            f"  ours:     {outcome.actual!r}"
        )
    return "\n\n".join(blocks)


def main(argv: list[str] | None = None) -> int:
    """Render the spec's examples, print the table, and write the Markdown if asked."""
    args = parse_args(argv)
    if EXCLUDED_WHY.keys() != set(EXCLUDED_CHAPTERS):
        raise SystemExit("benchmarks.gfm_conformance: EXCLUDED_WHY must explain every exclusion")
    outcomes = run_examples(markdown_to_html, read_examples())
    rates = chapter_rates(outcomes)
    passing, counted = overall_rate(outcomes)
    if args.failures:
        print(format_failures(outcomes), end="\n\n")
    print(format_text(rates, passing, counted))
    if args.write is not None:
        args.write.write_text(format_markdown(rates, passing, counted), encoding="utf-8")
        print(f"Wrote {args.write}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
