"""All the reader's rows held in memory: compared, merged and written into a new file.

Recovery reads rows from a damaged file and from a backup into Snapshots, merges
them without ever dropping a reflection's text, and writes the result into a fresh
database. Values are checked on the way in, since a damaged page can decode into
anything.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TypeVar

from tether.store.records import format_timestamp, parse_timestamp

# Rows are read with their rowid first; reflections' id is their rowid.
TABLE_COLUMNS: dict[str, str] = {
    "reflections": "article_id, section_id, text, created, updated",
    "ticks": "article_id, sign_id, ticked, updated",
    "positions": "article_id, article_path, section_id, scroll, updated",
    "sections_read": "article_id, section_id, read_at",
}
# Files written before reading progress existed have only these.
CORE_TABLES = frozenset({"reflections", "ticks", "positions"})
# A timestamp that cannot be read sorts before every real one.
UNKNOWN_TIME = format_timestamp(datetime(1, 1, 1, tzinfo=UTC))

# (id or None for "give it a new id", article_id, section_id, text, created, updated)
ReflectionRow = tuple[int | None, str, str, str, str, str]

K = TypeVar("K")
V = TypeVar("V", bound=tuple[object, ...])


@dataclass(frozen=True, slots=True)
class RowCounts:
    """How many reflections, ticks, reading positions and read sections something holds."""

    reflections: int = 0
    ticks: int = 0
    positions: int = 0
    sections_read: int = 0

    @property
    def total(self) -> int:
        """All rows together."""
        return self.reflections + self.ticks + self.positions + self.sections_read

    def in_words(self) -> str:
        """E.g. "3 reflections, 1 checklist tick and 2 reading positions"; "no data"."""
        parts = [
            f"{number} {one if number == 1 else many}"
            for number, one, many in (
                (self.reflections, "reflection", "reflections"),
                (self.ticks, "checklist tick", "checklist ticks"),
                (self.positions, "reading position", "reading positions"),
                (self.sections_read, "section marked as read", "sections marked as read"),
            )
            if number
        ]
        if not parts:
            return "no data"
        return parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} and {parts[-1]}"


@dataclass(slots=True)
class Snapshot:
    """The rows of the tables; all but reflections keyed like their tables."""

    reflections: list[ReflectionRow] = field(default_factory=list)
    ticks: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    positions: dict[str, tuple[str, str, float, str]] = field(default_factory=dict)
    sections_read: dict[tuple[str, str], tuple[str]] = field(default_factory=dict)

    def counts(self) -> RowCounts:
        """Count the rows held."""
        return RowCounts(
            len(self.reflections), len(self.ticks), len(self.positions), len(self.sections_read)
        )

    def add_raw(self, table: str, rows: Iterable[tuple[object, ...]]) -> None:
        """Add rows read as ``rowid, TABLE_COLUMNS[table]``, skipping unusable ones."""
        for row in rows:
            if table == "reflections":
                self._add_reflection(row)
            elif table == "ticks":
                self._add_tick(row)
            elif table == "positions":
                self._add_position(row)
            elif table == "sections_read":
                self._add_section_read(row)

    def _add_reflection(self, row: tuple[object, ...]) -> None:
        rowid, article, section, text, created, updated = row
        names = _text(article), _text(section), _text(text)
        if isinstance(rowid, int) and None not in names:
            a, s, t = (str(name) for name in names)
            self.reflections.append((rowid, a, s, t, _stamp(created), _stamp(updated)))

    def _add_tick(self, row: tuple[object, ...]) -> None:
        _, article, sign, ticked, updated = row
        a, s = _text(article), _text(sign)
        if a is not None and s is not None and isinstance(ticked, int) and ticked in (0, 1):
            self.ticks[a, s] = (int(ticked), _stamp(updated))

    def _add_position(self, row: tuple[object, ...]) -> None:
        _, article, path, section, scroll, updated = row
        a, p, s = _text(article), _text(path), _text(section)
        if a is None or p is None or s is None or not isinstance(scroll, (int, float)):
            return
        fraction = 0.0 if math.isnan(scroll) else min(1.0, max(0.0, float(scroll)))
        self.positions[a] = (p, s, fraction, _stamp(updated))

    def _add_section_read(self, row: tuple[object, ...]) -> None:
        _, article, section, read_at = row
        a, s = _text(article), _text(section)
        if a is not None and s is not None:
            self.sections_read[a, s] = (_stamp(read_at),)


def _text(value: object) -> str | None:
    """A text column's value, or None if the cell holds something else."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return None


def _stamp(value: object) -> str:
    """A timestamp in the stored format; UNKNOWN_TIME if it cannot be read."""
    try:
        return format_timestamp(parse_timestamp(str(value)))
    except (ValueError, OverflowError):
        return UNKNOWN_TIME


def merge(base: Snapshot, extra: Snapshot) -> RowCounts:
    """Add to ``base`` what ``extra`` has and ``base`` lacks; return what was added.

    Reflections: a text ``base`` does not hold for that (article, section) is added
    as one more row, so no text is ever dropped (the newest ``updated`` stays the
    current one). Ticks and positions: the one with the newer ``updated`` wins;
    on a tie ``base`` is kept. Read sections: all of them, each with its first time.
    """
    have = {(r[1], r[2], r[3]) for r in base.reflections}
    ids = {r[0] for r in base.reflections}
    added_reflections = 0
    for row_id, article, section, text, created, updated in extra.reflections:
        if (article, section, text) in have:
            continue
        have.add((article, section, text))
        new_id = None if row_id in ids else row_id
        ids.add(new_id)
        base.reflections.append((new_id, article, section, text, created, updated))
        added_reflections += 1
    added_ticks = _merge_newer(base.ticks, extra.ticks)
    added_positions = _merge_newer(base.positions, extra.positions)
    added_read = 0
    for key, value in extra.sections_read.items():
        current = base.sections_read.get(key)
        added_read += current is None
        if current is None or value < current:
            base.sections_read[key] = value
    return RowCounts(added_reflections, added_ticks, added_positions, added_read)


def _merge_newer(base: dict[K, V], extra: dict[K, V]) -> int:
    """Copy entries of ``extra`` that are missing from ``base`` or newer (last item)."""
    added = 0
    for key, value in extra.items():
        current = base.get(key)
        if current is None or str(value[-1]) > str(current[-1]):
            base[key] = value
            added += 1
    return added


def hidden_rows(older: Snapshot, newer: Snapshot) -> int:
    """Count rows of ``older`` that ``newer`` lacks or holds with an older ``updated``.

    Tether never deletes rows and each change moves ``updated`` forward, so a later
    state of the same file always passes this check with 0.
    """
    by_id = {r[0]: r[5] for r in newer.reflections}
    hidden = sum(1 for r in older.reflections if r[0] not in by_id or by_id[r[0]] < r[5])
    hidden += _older_or_missing(older.ticks, newer.ticks)
    hidden += sum(1 for key in older.sections_read if key not in newer.sections_read)
    return hidden + _older_or_missing(older.positions, newer.positions)


def _older_or_missing(mine: dict[K, V], theirs: dict[K, V]) -> int:
    """Count entries of ``mine`` missing from ``theirs`` or newer there (last item)."""
    missing = 0
    for key, value in mine.items():
        other = theirs.get(key)
        missing += other is None or str(other[-1]) < str(value[-1])
    return missing


def write(conn: sqlite3.Connection, snapshot: Snapshot) -> None:
    """Insert every row of ``snapshot``; ``conn`` must be in a write transaction."""
    # Rows keeping their id go first, so the new ids SQLite picks cannot take them.
    rows = sorted(snapshot.reflections, key=lambda r: r[0] is None)
    conn.executemany(
        "INSERT INTO reflections (id, article_id, section_id, text, created, updated)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        rows,
    )
    conn.executemany(
        "INSERT INTO ticks (article_id, sign_id, ticked, updated) VALUES (?, ?, ?, ?)",
        [(a, s, ticked, updated) for (a, s), (ticked, updated) in snapshot.ticks.items()],
    )
    conn.executemany(
        "INSERT INTO positions (article_id, article_path, section_id, scroll, updated)"
        " VALUES (?, ?, ?, ?, ?)",
        [(a, *value) for a, value in snapshot.positions.items()],
    )
    conn.executemany(
        "INSERT INTO sections_read (article_id, section_id, read_at) VALUES (?, ?, ?)",
        [(a, s, read_at) for (a, s), (read_at,) in snapshot.sections_read.items()],
    )
