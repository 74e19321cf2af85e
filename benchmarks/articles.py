"""The inputs of the benchmark: a long article made from the seed one, and a full data dir."""

from __future__ import annotations

import re
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tether.content import read_outline
from tether.store import Store
from tether.store.records import format_timestamp

_FRONT_MATTER = re.compile(r"\A---\n.*?\n(?:---|\.\.\.)\n", re.DOTALL)
_SECTION_HEADING = re.compile(r"^## +(.+)$", re.MULTILINE)


def make_long_article(seed: Path, target: Path, size_bytes: int) -> Path:
    """Write ``target``: the seed's front matter once, then its body repeated with
    numbered ``##`` headings until the file is at least ``size_bytes`` long.

    The copies' headings become "## 7. What Independence Actually Means" and the
    introduction of each copy gets its own "## 7. Part 7" heading, so every section and
    every sign has a distinct id, as in a real long article.
    """
    text = seed.read_text(encoding="utf-8-sig")
    match = _FRONT_MATTER.match(text)
    front, body = (match.group(0), text[match.end() :]) if match else ("", text)
    body = body.strip("\n") + "\n"
    parts = [front]
    size, copy = len(front.encode("utf-8")), 0
    while size < size_bytes:
        copy += 1
        numbered = _SECTION_HEADING.sub(rf"## {copy}. \1", body)
        part = f"\n## {copy}. Part {copy}\n\n{numbered}"
        parts.append(part)
        size += len(part.encode("utf-8"))
    target.write_text("".join(parts), encoding="utf-8")
    return target


def make_release_notes(target: Path, size_bytes: int) -> Path:
    """Write ``target``: release notes as projects write them, until ``size_bytes`` long.

    A setext title, then a setext ``---`` heading per version with ``###`` parts, bullet
    lists, fenced code, an HTML comment, a ``<details>`` block, a small HTML table and
    reference links defined at the end: the shapes of a real CHANGELOG (issue 14).
    """
    parts = ["Release notes\n=============\n\nEvery change, newest first.\n"]
    size, version = len(parts[0]), 0
    while size < size_bytes:
        version += 1
        part = (
            f"\nVersion 3.{version}.0\n{'-' * 16}\n\n<!-- released by the bot -->\n\n"
            f"### Added\n\n- A way to export notes as [Markdown][md] ({version} of many)\n"
            "- Keyboard shortcuts for the panels, listed in the help\n"
            "  - nested: F6 moves between panels\n\n"
            "### Fixed\n\n- ~~Crash~~ when the data folder is read-only; see https://example.org\n"
            "- The title is no longer shown twice\n\n"
            "```sh\npip install --upgrade tether-reader\n```\n\n"
            "<details>\n<summary>Full list</summary>\n\nEverything else, small.\n\n</details>\n\n"
            "<table><tr><td>files</td><td>12</td></tr></table>\n"
        )
        parts.append(part)
        size += len(part.encode("utf-8"))
    parts.append("\n[md]: https://commonmark.org\n")
    target.write_text("".join(parts), encoding="utf-8")
    return target


def seed_reflections(data_dir: Path, article: Path, count: int) -> str:
    """Put ``count`` reflections on ``article`` into the store in ``data_dir``.

    The store is created through :class:`Store` (schema, permissions); the rows go in
    with one INSERT transaction, because ``Store.save_reflection`` fsyncs every row and
    keeps one current row per section, which would take minutes for 10,000. Rows spread
    over the article's real sections, oldest first, a minute apart, with text of varied
    length, as years of reflections would be. Returns the article's id.
    """
    outline = read_outline(article)
    with Store.open_in(data_dir) as store:
        database = store.path
    start = datetime(2020, 1, 1, tzinfo=UTC)
    rows = []
    for n in range(count):
        section = outline.section_ids[n % len(outline.section_ids)]
        stamp = format_timestamp(start + timedelta(minutes=n))
        text = f"Reflection {n + 1}. " + "What this section brings up for me today. " * (1 + n % 7)
        rows.append((outline.id, section, text, stamp, stamp))
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.executemany(
                "INSERT INTO reflections (article_id, section_id, text, created, updated)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )
    finally:
        connection.close()
    return outline.id
