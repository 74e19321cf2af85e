"""Check-ins and reflection versions as the reader looks back at them (issue 18).

What start-up needs (the current check-in's ticks, saving a tick or a reflection) is in
:mod:`tether.store.database`; this module holds the rest, read only when the reader opens
the History or Earlier Versions: every check-in with its ticks, notes, deleting with an
undo, and the earlier versions of a reflection. Imported on first use.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime

from tether.store.records import CheckIn, ReflectionVersion, format_timestamp, parse_timestamp

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
