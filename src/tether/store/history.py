"""Check-ins and reflection versions as the reader looks back at them (issue 18).

What start-up needs (the current check-in's ticks, saving a tick or a reflection) is in
:mod:`tether.store.database`; this module holds the rest, read only when the reader opens
the History or Earlier Versions: every check-in with its ticks, notes, deleting with an
undo, and the earlier versions of a reflection. Imported on first use.

It also holds the facilitator's data (issue 17), in tables of their own, apart from the
reader's reflections and ticks: speaker notes per section (no list, worksheet or export of
reflections reads them) and workshops with their anonymous group tallies (what a room
said, never a reader's own ticks). Both are in the data file, so rolling backups, Back Up
My Data and Restore carry them (see :mod:`tether.store.repair.snapshot`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta

from tether.store.records import (
    CheckIn,
    ReflectionVersion,
    Workshop,
    format_timestamp,
    parse_timestamp,
)

Transaction = Callable[[], AbstractContextManager[sqlite3.Connection]]


@dataclass(frozen=True, slots=True)
class CheckInHistory:
    """An article's check-ins, oldest first, and each one's ticks by sign id."""

    checkins: tuple[CheckIn, ...]
    ticks: tuple[dict[str, bool], ...]


class History:
    """The store's check-ins and versions, through the store's own lock and transactions."""

    def __init__(self, reading: Transaction, writing: Transaction, now: Callable[[], datetime]):
        self._reading = reading
        self._writing = writing
        self._now = now

    def checkins(self, article_id: str) -> CheckInHistory:
        """Every check-in not deleted, oldest first, with its ticks: two queries."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT started, note, updated FROM checkins"
                " WHERE article_id = ? AND deleted = 0 ORDER BY started",
                (article_id,),
            ).fetchall()
            tick_rows = conn.execute(
                "SELECT started, sign_id, ticked FROM checkin_ticks WHERE article_id = ?",
                (article_id,),
            ).fetchall()
        by_start: dict[str, dict[str, bool]] = {str(row[0]): {} for row in rows}
        for started, sign_id, ticked in tick_rows:
            found = by_start.get(str(started))
            if found is not None:
                found[str(sign_id)] = bool(ticked)
        checkins = tuple(
            CheckIn(
                article_id, parse_timestamp(started), str(note), parse_timestamp(updated), started
            )
            for started, note, updated in rows
        )
        return CheckInHistory(checkins, tuple(by_start[str(row[0])] for row in rows))

    def set_note(self, checkin: CheckIn, note: str) -> None:
        """Give a check-in its one-line note (line breaks become spaces)."""
        self._update(checkin, "note = ?", " ".join(note.split()))

    def set_deleted(self, checkin: CheckIn, deleted: bool) -> None:
        """Hide a check-in from the history, or bring it back (Undo). Its rows stay."""
        self._update(checkin, "deleted = ?", int(deleted))

    def versions(self, article_id: str, section_id: str) -> list[ReflectionVersion]:
        """Every version of a section's reflection that holds text, newest first."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT started, text, updated FROM reflection_versions"
                " WHERE article_id = ? AND section_id = ? ORDER BY started DESC",
                (article_id, section_id),
            ).fetchall()
        return [
            ReflectionVersion(
                article_id, section_id, parse_timestamp(started), str(text), parse_timestamp(upd)
            )
            for started, text, upd in rows
            if str(text).strip()
        ]

    def _update(self, checkin: CheckIn, assignment: str, value: object) -> None:
        """Set one column of a check-in and move its ``updated`` (newer wins on restore)."""
        key = checkin.key or format_timestamp(checkin.started)
        with self._writing() as conn:
            conn.execute(
                f"UPDATE checkins SET {assignment}, updated = ?"
                " WHERE article_id = ? AND started = ?",
                (value, format_timestamp(self._now()), checkin.article_id, key),
            )


# The largest count a tally keeps: a room, not a stadium; a typo cannot grow past it.
MAX_COUNT = 999


class Facilitation:
    """Speaker notes and workshops, through the store's own lock and transactions."""

    def __init__(self, reading: Transaction, writing: Transaction, now: Callable[[], datetime]):
        self._reading, self._writing, self._now = reading, writing, now

    # -- speaker notes -------------------------------------------------------------------

    def note(self, article_id: str, section_id: str) -> str:
        """The facilitator's note on a section ("" if none)."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT text FROM speaker_notes WHERE article_id = ? AND section_id = ?",
                (article_id, section_id),
            ).fetchone()
        return "" if row is None else str(row[0])

    def save_note(self, article_id: str, section_id: str, text: str) -> None:
        """Keep the facilitator's note on a section (committed before returning)."""
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO speaker_notes (article_id, section_id, text, updated)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (article_id, section_id)"
                " DO UPDATE SET text = excluded.text, updated = excluded.updated",
                (article_id, section_id, text, format_timestamp(self._now())),
            )

    # -- workshops -----------------------------------------------------------------------

    def workshops(self, article_id: str) -> list[Workshop]:
        """Every workshop run on the article, newest first, with its counts."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT started, name FROM workshops WHERE article_id = ? ORDER BY started DESC",
                (article_id,),
            ).fetchall()
            counts = conn.execute(
                "SELECT started, sign_id, count FROM workshop_counts WHERE article_id = ?",
                (article_id,),
            ).fetchall()
        by_start: dict[str, dict[str, int]] = {str(row[0]): {} for row in rows}
        for started, sign_id, count in counts:
            if str(started) in by_start:
                by_start[str(started)][str(sign_id)] = int(count)
        return [
            Workshop(article_id, parse_timestamp(started), str(name), by_start[started], started)
            for started, name in rows
        ]

    def start_workshop(self, article_id: str, name: str = "") -> Workshop:
        """A new workshop of the article, begun now, with no counts yet."""
        with self._writing() as conn:
            row = conn.execute(
                "SELECT max(started) FROM workshops WHERE article_id = ?", (article_id,)
            ).fetchone()
            now = self._now()
            if row is not None and row[0] is not None:
                # Keys stay in order even if the clock was set back.
                now = max(now, parse_timestamp(str(row[0])) + timedelta(microseconds=1))
            started = format_timestamp(now)
            conn.execute(
                "INSERT INTO workshops (article_id, started, name, updated) VALUES (?, ?, ?, ?)",
                (article_id, started, name, started),
            )
        return Workshop(article_id, parse_timestamp(started), name, {}, started)

    def rename_workshop(self, workshop: Workshop, name: str) -> None:
        """Give a workshop a name (or none)."""
        with self._writing() as conn:
            conn.execute(
                "UPDATE workshops SET name = ?, updated = ? WHERE article_id = ? AND started = ?",
                (name, format_timestamp(self._now()), workshop.article_id, workshop.key),
            )

    def set_count(self, workshop: Workshop, sign_id: str, count: int) -> int:
        """How many in the room recognise a sign; kept between 0 and MAX_COUNT, returned."""
        count = min(max(count, 0), MAX_COUNT)
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO workshop_counts (article_id, started, sign_id, count, updated)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, started, sign_id)"
                " DO UPDATE SET count = excluded.count, updated = excluded.updated",
                (
                    workshop.article_id,
                    workshop.key,
                    sign_id,
                    count,
                    format_timestamp(self._now()),
                ),
            )
        workshop.counts[sign_id] = count
        return count
