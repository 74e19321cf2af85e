"""Front matter: the ``key: value`` lines at the top of an article.

Between ``---`` lines, it is read as YAML where it is YAML (quoted values, folded blocks,
lists), every value taken as a string (PyYAML's ``BaseLoader``: ``no`` stays "no", a date
stays as written). Where it is not YAML, or has no ``---`` lines (``title: …`` lines,
then a blank line), it is read the way Tether always read it: ``key: value`` lines (keys
are case-insensitive), a line indented by four spaces or more continues the value above
it, and a blank line, ``---`` or ``...`` ends it. A bad front matter never stops an
article from opening: at worst its lines are read as the start of the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_BEGIN = re.compile(r"^-{3}(\s.*)?$")
_END = re.compile(r"^(-{3}|\.{3})(\s.*)?$")
_KEY = re.compile(r"^[ ]{0,3}([A-Za-z0-9_-]+):\s*(.*)$")
_MORE = re.compile(r"^[ ]{4,}(.*)$")
_TAB_LENGTH = 4
_META_LINE = re.compile(r"^([A-Za-z0-9_-]+)[ \t]*:")
# Keys that mark undelimited "key: value" lines at the top as front matter.
_FRONT_MATTER_KEYS = {"id", "title", "subtitle", "author", "language"}
_FENCES = ("---", "...")
# A line that only YAML reads right: indented, a list item, or a quoted, block or flow value.
_NEEDS_YAML = re.compile(r"""^(?:\s|-\s|#|[^:]*:\s*["'>|\[{&*!])""")


class FrontMatter(NamedTuple):
    """The front matter's values, and the text after it (from line ``first_line`` on)."""

    meta: dict[str, str]
    body: str
    first_line: int


def split_front_matter(source: str) -> FrontMatter:
    """Separate the front matter from the body of an article's text."""
    lines = source.split("\n")
    end = 0
    if lines and lines[0].rstrip() == "---":
        end = next(
            (i + 1 for i, line in enumerate(lines[1:], start=1) if line.rstrip() in _FENCES), 0
        )
        if end and (values := _yaml_values(lines[1 : end - 1])) is not None:
            return FrontMatter(values, "\n".join(lines[end:]), end)
    elif (
        lines
        and (match := _META_LINE.match(lines[0]))
        and match.group(1).lower() in _FRONT_MATTER_KEYS
    ):
        end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    if end == 0:
        return FrontMatter({}, source, 0)
    return FrontMatter(read_front_matter(lines[:end]), "\n".join(lines[end:]), end)


def _yaml_values(lines: list[str]) -> dict[str, str] | None:
    """The YAML mapping in these lines, each value a string; None if it is not one.

    Plain ``key: value`` lines read the same either way, so YAML is loaded only for
    front matter that needs it (quotes, lists, folded or nested values).
    """
    if not any(_NEEDS_YAML.match(line) for line in lines):
        return read_front_matter(["---", *lines])
    import yaml  # tens of milliseconds, only for front matter that needs it

    try:
        loaded = yaml.load("\n".join(lines), Loader=yaml.BaseLoader)
    except yaml.YAMLError:
        return None
    if not isinstance(loaded, dict):
        return None
    values: dict[str, str] = {}
    for key, value in loaded.items():
        if isinstance(value, list):
            value = ", ".join(item for item in value if isinstance(item, str))
        if isinstance(key, str) and isinstance(value, str) and value.strip():
            values[key.strip().lower()] = " ".join(value.split())
    return values


def read_front_matter(lines: list[str]) -> dict[str, str]:
    """The front matter of these lines, each key's lines joined by a space."""
    found: dict[str, list[str]] = {}
    key = None
    for number, raw in enumerate(lines):
        # python-markdown expands tabs (to 4 columns) before its meta extension reads a
        # line: a tab-indented line continues the value above, as it always did.
        line = raw.expandtabs(_TAB_LENGTH)
        if number == 0 and _BEGIN.match(line):
            continue
        if not line.strip() or _END.match(line):
            break
        if match := _KEY.match(line):
            key = match.group(1).lower().strip()
            found.setdefault(key, []).append(match.group(2).strip())
        elif key is not None and (more := _MORE.match(line)):
            found[key].append(more.group(1).strip())
        else:
            break
    return {key: " ".join(values).strip() for key, values in found.items() if values}
