"""Front matter: the ``key: value`` lines at the top of an article.

Read the way python-markdown's ``meta`` extension reads them (the format articles were
written for), without building a Markdown converter for a few lines: an optional ``---``
line, then ``key: value`` lines (keys are case-insensitive), a line indented by four
spaces or more continues the value above it, and a blank line, ``---`` or ``...`` ends it.
"""

from __future__ import annotations

import re

_BEGIN = re.compile(r"^-{3}(\s.*)?$")
_END = re.compile(r"^(-{3}|\.{3})(\s.*)?$")
_KEY = re.compile(r"^[ ]{0,3}([A-Za-z0-9_-]+):\s*(.*)$")
_MORE = re.compile(r"^[ ]{4,}(.*)$")
_TAB_LENGTH = 4


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
