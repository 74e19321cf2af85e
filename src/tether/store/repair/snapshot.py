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

from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.store.records import format_timestamp, parse_timestamp

# Rows are read with their rowid first; reflections' id is their rowid.
TABLE_COLUMNS: dict[str, str] = {
    "reflections": "article_id, section_id, text, created, updated",
    "ticks": "article_id, sign_id, ticked, updated",
    "positions": "article_id, article_path, section_id, scroll, updated",
    "sections_read": "article_id, section_id, read_at",
    "checkins": "article_id, started, note, deleted, updated",
    "checkin_ticks": "article_id, started, sign_id, ticked, updated",
    "reflection_versions": "article_id, section_id, started, text, updated",
    "speaker_notes": "article_id, section_id, text, updated",
    "workshops": "article_id, started, name, updated",
    "workshop_counts": "article_id, started, sign_id, count, updated",
}
# The tables of check-ins and versions (data version 4), each keyed like its table.
HISTORY_KEYS: dict[str, tuple[str, ...]] = {
    "checkins": ("article_id", "started"),
    "checkin_ticks": ("article_id", "started", "sign_id"),
    "reflection_versions": ("article_id", "section_id", "started"),
    # The facilitator's (data version 5): speaker notes and workshop tallies.
    "speaker_notes": ("article_id", "section_id"),
    "workshops": ("article_id", "started"),
    "workshop_counts": ("article_id", "started", "sign_id"),
}
# Files written before reading progress existed have only these.
CORE_TABLES = frozenset({"reflections", "ticks", "positions"})
# A timestamp that cannot be read sorts before every real one.
UNKNOWN_TIME = format_timestamp(datetime(1, 1, 1, tzinfo=UTC))

# (id or None for "give it a new id", article_id, section_id, text, created, updated)
ReflectionRow = tuple[int | None, str, str, str, str, str]

K = TypeVar("K")
V = TypeVar("V", bound=tuple[object, ...])

# How many rows of each kind, in the order of RowCounts' fields (see in_words).
_ROW_WORDS = (
    QT_TRANSLATE_NOOP("DataFile", "%n reflections", None, 2),
    QT_TRANSLATE_NOOP("DataFile", "%n checklist ticks", None, 2),
    QT_TRANSLATE_NOOP("DataFile", "%n reading positions", None, 2),
    QT_TRANSLATE_NOOP("DataFile", "%n sections marked as read", None, 2),
    QT_TRANSLATE_NOOP("DataFile", "%n check-ins", None, 2),
    QT_TRANSLATE_NOOP("DataFile", "%n reflection versions", None, 2),
    QT_TRANSLATE_NOOP("DataFile", "%n speaker notes", None, 2),
    QT_TRANSLATE_NOOP("DataFile", "%n workshop tally rows", None, 2),
)


@dataclass(frozen=True, slots=True)
class RowCounts:
    """How many reflections, ticks, reading positions and read sections something holds."""

    reflections: int = 0
    ticks: int = 0
    positions: int = 0
    sections_read: int = 0
    checkins: int = 0
    versions: int = 0
    speaker_notes: int = 0
    workshops: int = 0  # a workshop and its counts, counted as one row each

    @property
    def total(self) -> int:
        """All rows together."""
        return (
            self.reflections
            + self.ticks
            + self.positions
            + self.sections_read
            + self.checkins
            + self.versions
            + self.speaker_notes
            + self.workshops
        )

    def in_words(self) -> str:
        """E.g. "3 reflections, 1 checklist tick and 2 reading positions"; "no data"."""
        counts = (
            self.reflections,
            self.ticks,
            self.positions,
            self.sections_read,
            self.checkins,
            self.versions,
            self.speaker_notes,
            self.workshops,
        )
        parts = [
            translate("DataFile", words, None, number)
            for words, number in zip(_ROW_WORDS, counts, strict=True)
            if number
        ]
        if not parts:
            return translate("DataFile", "no data")
        if len(parts) == 1:
            return parts[0]
        return translate("DataFile", "{list} and {last}").format(
            list=", ".join(parts[:-1]), last=parts[-1]
        )


@dataclass(slots=True)
class Snapshot:
    """The rows of the tables; all but reflections keyed like their tables."""

    reflections: list[ReflectionRow] = field(default_factory=list)
    ticks: dict[tuple[str, str], tuple[int, str]] = field(default_factory=dict)
    positions: dict[str, tuple[str, str, float, str]] = field(default_factory=dict)
    sections_read: dict[tuple[str, str], tuple[str]] = field(default_factory=dict)
    # (article, started) -> (note, deleted, updated)
    checkins: dict[tuple[str, str], tuple[str, int, str]] = field(default_factory=dict)
    # (article, started, sign) -> (ticked, updated)
    checkin_ticks: dict[tuple[str, str, str], tuple[int, str]] = field(default_factory=dict)
    # (article, section, started) -> (text, updated)
    versions: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)
    # (article, section) -> (text, updated): the facilitator's notes
    speaker_notes: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # (article, started) -> (name, updated)
    workshops: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)
    # (article, started, sign) -> (count, updated)
    workshop_counts: dict[tuple[str, str, str], tuple[int, str]] = field(default_factory=dict)

    def counts(self) -> RowCounts:
        """Count the rows held (a tick is counted once, in its check-in, where it has one)."""
        return RowCounts(
            len(self.reflections),
            len(self.checkin_ticks) or len(self.ticks),
            len(self.positions),
            len(self.sections_read),
            len(self.checkins),
            len(self.versions),
            len(self.speaker_notes),
            len(self.workshops) + len(self.workshop_counts),
        )

    def derive_history(self) -> None:
        """Turn a file of data version 3 or older into check-ins and versions.

        Exactly what migration 4 does (each article's ticks become a check-in started at
        its earliest tick; each reflection with text becomes a version started when it
        was created), so the same old rows give the same keys and a restore recognises
        them as the check-ins and versions the migration already made.
        """
        by_article: dict[str, list[tuple[str, int, str]]] = {}
        for (article, sign), (ticked, updated) in self.ticks.items():
            by_article.setdefault(article, []).append((sign, ticked, updated))
        for article, rows in by_article.items():
            started = min(row[2] for row in rows)
            self.checkins.setdefault((article, started), ("", 0, max(row[2] for row in rows)))
            for sign, ticked, updated in rows:
                self.checkin_ticks.setdefault((article, started, sign), (ticked, updated))
        for _, article, section, text, created, updated in sorted(
            self.reflections, key=lambda row: row[5], reverse=True
        ):
            if text.strip():
                self.versions.setdefault((article, section, created), (text, updated))

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
            elif table in HISTORY_KEYS:
                self._add_history(table, row)

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

    def _add_history(self, table: str, row: tuple[object, ...]) -> None:
        """A row of check-ins, check-in ticks or versions, if its cells are usable."""
        keys = len(HISTORY_KEYS[table])
        names = [_text(value) for value in row[1 : 1 + keys]]
        rest = row[1 + keys :]
        if any(name is None for name in names):
            return
        key = tuple(str(name) for name in names)
        if table == "checkins":
            note, deleted, updated = rest
            if _text(note) is not None and deleted in (0, 1):
                row_value = (str(_text(note)), int(str(deleted)), _stamp(updated))
                self.checkins[key[0], key[1]] = row_value
        elif table == "checkin_ticks":
            ticked, updated = rest
            if isinstance(ticked, int) and ticked in (0, 1):
                self.checkin_ticks[key[0], key[1], key[2]] = (int(ticked), _stamp(updated))
        elif table == "workshop_counts":
            count, updated = rest
            if isinstance(count, int) and count >= 0:
                self.workshop_counts[key[0], key[1], key[2]] = (count, _stamp(updated))
        elif table in ("speaker_notes", "workshops"):
            text, updated = rest
            if _text(text) is not None:
                rows = self.speaker_notes if table == "speaker_notes" else self.workshops
                rows[key[0], key[1]] = (str(_text(text)), _stamp(updated))
        else:
            text, updated = rest
            if _text(text) is not None:
                self.versions[key[0], key[1], key[2]] = (str(_text(text)), _stamp(updated))


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
    added_checkins = _merge_newer(base.checkins, extra.checkins)
    added_ticks += _merge_newer(base.checkin_ticks, extra.checkin_ticks)
    added_versions = _merge_newer(base.versions, extra.versions)
    added_notes = _merge_newer(base.speaker_notes, extra.speaker_notes)
    added_workshops = _merge_newer(base.workshops, extra.workshops)
    added_workshops += _merge_newer(base.workshop_counts, extra.workshop_counts)
    added_read = 0
    for key, value in extra.sections_read.items():
        current = base.sections_read.get(key)
        added_read += current is None
        if current is None or value < current:
            base.sections_read[key] = value
    return RowCounts(
        added_reflections,
        added_ticks,
        added_positions,
        added_read,
        added_checkins,
        added_versions,
        added_notes,
        added_workshops,
    )


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
    hidden += _older_or_missing(older.checkins, newer.checkins)
    hidden += _older_or_missing(older.checkin_ticks, newer.checkin_ticks)
    hidden += _older_or_missing(older.versions, newer.versions)
    hidden += _older_or_missing(older.speaker_notes, newer.speaker_notes)
    hidden += _older_or_missing(older.workshops, newer.workshops)
    hidden += _older_or_missing(older.workshop_counts, newer.workshop_counts)
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
    history: tuple[tuple[str, list[tuple[object, ...]]], ...] = (
        ("checkins", [(*key, *value) for key, value in snapshot.checkins.items()]),
        ("checkin_ticks", [(*key, *value) for key, value in snapshot.checkin_ticks.items()]),
        ("reflection_versions", [(*key, *value) for key, value in snapshot.versions.items()]),
        *(
            (table, [(*key, *value) for key, value in getattr(snapshot, table).items()])
            for table in ("speaker_notes", "workshops", "workshop_counts")
        ),
    )
    for table, history_rows in history:
        marks = ", ".join("?" * (TABLE_COLUMNS[table].count(",") + 1))
        conn.executemany(
            f"INSERT INTO {table} ({TABLE_COLUMNS[table]}) VALUES ({marks})",
            history_rows,
        )
