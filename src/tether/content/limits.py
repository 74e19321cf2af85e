"""Bounds that keep a hostile or broken article from hanging the reader.

python-markdown is quick on prose but slow, sometimes far worse than linear, on some
shapes of input: thousands of blocks in one section, lists nested a thousand deep, long
runs of unclosed brackets or backticks in one paragraph. Tether checks the source for
these shapes before rendering and either neutralises them (deep nesting becomes text at
a sane depth; a paragraph too costly to parse for links and emphasis is shown as plain
text) or refuses the file with a reason (far more blocks than any article has).
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# Deeper than this, quotes and lists go on as text (no article nests 16 levels deep).
MAX_NESTING = 16
# Paragraphs, list items, headings, table cells, code blocks: a long book has ~20,000.
MAX_BLOCKS = 50_000
# Titles, signs and prompts are shown in lists and labels: longer ones are shortened.
MAX_LABEL = 500
# An 8 MB article of prose has ~100,000 lines; the loader looks at each line in Python.
MAX_LINES = 300_000
# Longer runs of blank lines (even in code) are cut to this many before anything else.
MAX_BLANK_RUN = 50
# Estimated parse time, in nanoseconds, one piece of text may cost, and the whole article.
INLINE_BUDGET_NS = 400_000_000
ARTICLE_INLINE_BUDGET_NS = 2_000_000_000
# The last guard, for shapes of input nobody has thought of: rendering stops after this
# much processor time (not wall-clock time, so a busy machine does not refuse good files).
RENDER_SECONDS = 8.0

_TAB = 4
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
_BREAK = re.compile(r"[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_CONTAINER = re.compile(r"[ \t]*(?:(>)|([-*+])(?=[ \t]|$)|(\d{1,9})([.)])(?=[ \t]|$))")
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")
# One character repeated: a repeated group would keep state for every line it passes.
_LONG_BLANK_RUN = re.compile(rf"\n{{{MAX_BLANK_RUN + 2},}}")
_ITEM_OR_HEADING = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)]|#)", re.MULTILINE)
# Lines that python-markdown splits off the front of a block, copying the rest each time.
_SPLIT_LINE = re.compile(r"[ \t]{0,3}(?:#|(?:[-*_][ \t]*){3,}$|(?:=+|-+)[ \t]*$|\[[^\]]*\]:)")
_MANY_SPLIT_LINES = 32

# What python-markdown's inline patterns cost, per character of text they scan.
_GENERAL_NS = 3  # every match rebuilds the rest of the text
_BRACKET_NS = 250  # "[" is scanned to its "]" by several patterns, in Python
_PAREN_NS = 120  # "](" is scanned to its ")"
_BACKTICK_NS = 60  # a run of backticks is scanned to a run of the same length
_SPECIALS = "\\`*_[!<&"


def shorten_label(text: str) -> str:
    """A title, sign or prompt cut to :data:`MAX_LABEL` characters (with "…" if cut)."""
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def collapse_blank_runs(text: str) -> str:
    """``text`` with every run of more than :data:`MAX_BLANK_RUN` blank lines cut to that.

    Eight million newlines are a valid file; looking at each as a line would take minutes.
    Line ends become ``\\n`` first, as python-markdown makes them anyway.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _LONG_BLANK_RUN.sub("\n" * (MAX_BLANK_RUN + 1), text)


def too_many_blocks(text: str) -> int | None:
    """The number of blocks in ``text`` when it has more than :data:`MAX_BLOCKS`, else None.

    Counts blank lines (python-markdown starts a block after each), list items, headings
    and table cells: python-markdown spends tens of microseconds on each, and more per
    block in a long section, so an 8 MB file of one-letter paragraphs would take minutes.
    """
    count = len(_BLANK_LINE.findall(text))
    count += len(_ITEM_OR_HEADING.findall(text))
    count += text.count("|") // 2
    return count if count > MAX_BLOCKS else None


def _indent_width(line: str) -> tuple[int, int]:
    """(columns, characters) of a line's leading blanks, tabs counting to the next stop."""
    blanks = len(line) - len(line.lstrip(" \t"))
    return len(line[:blanks].expandtabs(_TAB)), blanks


def _cap_line(line: str) -> str:
    """A line whose quotes and list markers go no deeper than :data:`MAX_NESTING`."""
    width, blanks = _indent_width(line)
    limit = MAX_NESTING * _TAB
    if width > limit:
        # Deeper indentation than this only nests lists further: keep the text.
        line, width = " " * limit + line[blanks:], limit
    if _BREAK.match(line):
        return line
    depth, position = width // _TAB, 0
    while match := _CONTAINER.match(line, position):
        depth += 1
        if depth > MAX_NESTING:
            # An escaped marker is shown as the character it is, and nests no further.
            marker = match.start(4) if match.group(4) else match.end() - 1
            return f"{line[:marker]}\\{line[marker:]}"
        position = match.end()
    return line


def _fenced(lines: list[str]) -> list[bool]:
    """For each line, whether it belongs to fenced code (fence lines included)."""
    marks: list[bool] = []
    fence = ""
    for line in lines:
        match = _FENCE.match(line)
        if match:
            marker = match.group(1)
            if not fence:
                fence = marker[0] * 3
            elif marker.startswith(fence):
                fence = ""
            marks.append(True)
        else:
            marks.append(bool(fence))
    return marks


def _split_run(run: list[str], out: list[str]) -> None:
    """Copy a block's lines, giving header, rule and reference lines a block of their own
    when the block holds many of them.

    "## a\\n## b\\n…" fifty thousand times is one block to python-markdown, which takes
    one line off its front at a time and copies the rest: quadratic. A blank line after
    each changes nothing in what is shown.
    """
    if sum(1 for line in run if _SPLIT_LINE.match(line)) <= _MANY_SPLIT_LINES:
        out.extend(run)
        return
    for line in run:
        out.append(line)
        if _SPLIT_LINE.match(line):
            out.append("")


def bound_source(lines: list[str]) -> list[str]:
    """A section's lines with nesting capped and blocks kept cheap; fenced code is kept.

    Quotes and lists deeper than :data:`MAX_NESTING` go on as text, a run of more than two
    blank lines (a block each, one gap on the page) becomes two, and long runs of header
    lines are split.
    """
    out: list[str] = []
    run: list[str] = []
    blanks = 0
    for line, fenced in zip(lines, _fenced(lines), strict=True):
        if fenced:
            _split_run(run, out)
            run.clear()
            out.append(line)
            blanks = 0
        elif not line.strip():
            _split_run(run, out)
            run.clear()
            blanks += 1
            if blanks <= 2:
                out.append(line)
        else:
            run.append(_cap_line(line))
            blanks = 0
    _split_run(run, out)
    return out


def _distances(text: str, opener: str, closer: str, starts: set[int] | None) -> int:
    """Sum over openers (those at ``starts`` if given) of how far it is to the match."""
    total = 0
    stack: list[int] = []
    pattern = re.escape(opener) + "|" + re.escape(closer)
    for match in re.finditer(pattern, text):
        position = match.start()
        if match.group() == opener:
            stack.append(position)
        elif stack:
            start = stack.pop()
            if starts is None or start in starts:
                total += position - start
    # An opener that is never closed is scanned to the end of the text.
    total += sum(len(text) - start for start in stack if starts is None or start in starts)
    return total


def _backtick_distances(text: str) -> int:
    """Sum over backtick runs of how far it is to the next run of the same length."""
    total = 0
    following: dict[int, int] = {}
    runs = [(m.start(), m.end() - m.start()) for m in re.finditer("`+", text)]
    for start, length in reversed(runs):
        total += following.get(length, len(text)) - start
        following[length] = start
    return total


def inline_cost(text: str) -> int:
    """About how many nanoseconds python-markdown's inline patterns take on ``text``.

    An upper bound. Each costly pattern is first bounded by count x length; only where that
    bound is large are the real scan lengths measured, so ordinary prose costs a few counts.
    """
    length = len(text)
    specials = sum(text.count(char) for char in _SPECIALS)
    cost = length + _GENERAL_NS * specials * length
    large = INLINE_BUDGET_NS // 8
    opens, links, ticks = text.count("["), text.count("]("), text.count("`")
    if (bound := _BRACKET_NS * opens * length) > large:
        bound = _BRACKET_NS * _distances(text, "[", "]", None)
    cost += bound
    if (bound := _PAREN_NS * links * length) > large:
        starts = {match.end() - 1 for match in re.finditer(r"\]\(", text)}
        bound = _PAREN_NS * _distances(text, "(", ")", starts)
    cost += bound
    if (bound := _BACKTICK_NS * ticks * length) > large:
        bound = _BACKTICK_NS * _backtick_distances(text)
    return cost + bound


class TookTooLongError(BaseException):
    """Rendering ran past its time limit (a BaseException: no library may swallow it)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TookTooLongError` in the block once it used ``seconds`` of processor time.

    Uses the profiling timer signal, so it guards only the main thread of a POSIX system,
    and only Python code (which all of python-markdown is); elsewhere the block just runs.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if (
        not usable
        or signal.getitimer(signal.ITIMER_PROF)[0] > 0
        or signal.getsignal(signal.SIGPROF) is None
    ):
        # Someone else's timer or handler (one we could not put back): leave it alone.
        yield
        return

    def expire(_signal: int, _frame: FrameType | None) -> None:
        raise TookTooLongError

    previous = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
