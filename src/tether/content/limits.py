"""Bounds that keep a hostile or broken article from hanging the reader.

markdown-it-py is linear on most shapes that made python-markdown crawl (backticks,
emphasis marks, thousands of headings in one block) and bounds its own nesting; what is
left to Tether:

- quotes and lists nested deeper than :data:`MAX_NESTING` go on as text at that depth
  (the parser would otherwise drop what lies deeper, and recursion has a limit);
- a paragraph whose links and emphasis would take the parser too long to read (tens of
  thousands of unclosed brackets, a megabyte of punctuation) is shown as its plain text;
- far more blocks, or lines, than any article has are refused with the limit named;
- titles, signs and prompts are shortened for the lists and labels that show them;
- the last guard: processor time for one article is limited (:func:`time_limit`).
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
# markdown-it-py scans from each "[" to its "]" (to the end of the text if there is none):
# more than this many characters of scanning in one paragraph (~0.3 s) and the
# paragraph is shown as the plain text it is. No real paragraph comes near.
LINK_SCAN_BUDGET = 50_000_000
_FEW_BRACKETS = 200
# Each punctuation mark that may start markup costs the parser a few microseconds: a
# paragraph with more than this many (a megabyte of ">" after 16 quote levels, say;
# a long chapter of prose has a few thousand) is shown as its plain text (~0.6 s).
MARKS_BUDGET = 200_000
_MARKS = "\n!#$%&*+-:<=>@[\\]^_`{}~"
# The last guard, for shapes of input nobody has thought of: rendering stops after this
# much processor time (not wall-clock time, so a busy machine does not refuse good files).
RENDER_SECONDS = 8.0

_TAB = 4
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")
_BREAK = re.compile(r"[ \t]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_CONTAINER = re.compile(r"[ \t]*(?:(>)|([-*+])(?=[ \t]|$)|(\d{1,9})([.)])(?=[ \t]|$))")
# A line nested deeper than MAX_NESTING starts with at least MAX_NESTING + 1 blanks and
# markers (more than 16 markers, or more than 64 columns of blanks: 17 tabs at the
# least): a cheap first look that almost every line fails.
_MAY_NEST_DEEP = re.compile(rf"[ \t>*+\-0-9.)]{{{MAX_NESTING + 1}}}")
_MAY_OPEN = frozenset(" \t>-*+0123456789")
_BRACKET = re.compile(r"[\[\]]")
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")
# One character repeated: a repeated group would keep state for every line it passes.
_LONG_BLANK_RUN = re.compile(rf"\n{{{MAX_BLANK_RUN + 2},}}")
_ITEM_OR_HEADING = re.compile(r"^[ \t>]*(?:[-*+]|\d{1,9}[.)]|#)", re.MULTILINE)


def shorten_label(text: str) -> str:
    """A title, sign or prompt cut to :data:`MAX_LABEL` characters (with "…" if cut)."""
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1].rstrip() + "…"


def collapse_blank_runs(text: str) -> str:
    """``text`` with every run of more than :data:`MAX_BLANK_RUN` blank lines cut to that.

    Eight million newlines are a valid file; looking at each as a line would take minutes.
    Line ends become ``\\n`` first, as CommonMark reads them anyway.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _LONG_BLANK_RUN.sub("\n" * (MAX_BLANK_RUN + 1), text)


def too_many_blocks(text: str) -> int | None:
    """The number of blocks in ``text`` when it has more than :data:`MAX_BLOCKS`, else None.

    Counts blank lines (a block may start after each), list items, headings and table
    cells: the parser and Qt's layout spend tens of microseconds on each, so an 8 MB file
    of one-letter paragraphs would take minutes to show.
    """
    if text.count("\n") + text.count("|") // 2 <= MAX_BLOCKS:
        return None  # a block per line at most, and a cell per two bars: far below
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


def bound_source(lines: list[str]) -> list[str]:
    """The lines with quotes and lists deeper than :data:`MAX_NESTING` going on as text.

    One line out for each line in, so the parser's line numbers are the file's; fenced
    code is kept as it is.
    """
    if not any(_MAY_NEST_DEEP.match(line) for line in lines if line[:1] in _MAY_OPEN):
        return lines  # nothing near the limit: most files, at a fraction of the cost
    return [
        line if fenced or not line.strip() else _cap_line(line)
        for line, fenced in zip(lines, _fenced(lines), strict=True)
    ]


def too_costly_inline(text: str) -> bool:
    """Whether reading ``text``'s links and emphasis would take the parser too long.

    It has more than :data:`MARKS_BUDGET` marks, or its links would scan more than
    :data:`LINK_SCAN_BUDGET` characters: for each ``[``, how far it is to the ``]`` that
    closes it (or to the end). 50,000 unclosed brackets would take minutes; ordinary
    prose costs a count or two.
    """
    if len(text) > MARKS_BUDGET and sum(text.count(mark) for mark in _MARKS) > MARKS_BUDGET:
        return True
    if text.count("[") <= _FEW_BRACKETS:
        return False
    total = 0
    stack: list[int] = []
    for match in _BRACKET.finditer(text):
        if match.group() == "[":
            stack.append(match.start())
        elif stack:
            total += match.start() - stack.pop()
    total += sum(len(text) - start for start in stack)
    return total > LINK_SCAN_BUDGET


class TookTooLongError(BaseException):
    """Rendering ran past its time limit (a BaseException: no library may swallow it)."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TookTooLongError` in the block once it used ``seconds`` of processor time.

    Uses the profiling timer signal, so it guards only the main thread of a POSIX system,
    and only Python code (which all of markdown-it-py is); elsewhere the block just runs.
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
