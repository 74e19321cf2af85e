"""The Store: reflections, ticks and reading positions in one SQLite file."""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from tether.store.carry import carry_over, stored_section_ids
from tether.store.connection import describe, make_private, open_database, reading, writing
from tether.store.errors import StoreError
from tether.store.paths import ensure_private_dir
from tether.store.progress import mark_read, read_sections
from tether.store.records import (
    POSITION_COLUMNS,
    REFLECTION_COLUMNS,
    CheckIn,
    Clock,
    ReadingPosition,
    Reflection,
    format_timestamp,
    parse_timestamp,
    position_from_row,
    reflection_from_row,
    utc_now,
)
from tether.store.schema import VISIBLE_TEXT

if TYPE_CHECKING:
    from tether.store.backup import RollingBackups
    from tether.store.history import CheckInHistory, Facilitation, History

DATABASE_NAME = "tether.sqlite3"
# A reflection saved after this long without a save starts a new version (issue 18).
VERSION_PAUSE = timedelta(minutes=10)
# The smallest step between two timestamps as they are stored.
_TICK = timedelta(microseconds=1)


class Store:
    """The reader's data: reflections, ticks and reading positions in one SQLite file.

    Every write runs in its own ``BEGIN IMMEDIATE`` transaction and is committed
    before the method returns. Any thread may use it: a lock lets one read or write run
    at a time (the GUI thread must never wait for a reflection being written, so those
    are written on a worker thread; see :mod:`tether.models.background`).
    """

    def __init__(self, path: Path, clock: Clock = utc_now) -> None:
        """Open or create the data file at ``path``; raise StoreError if unusable."""
        self._path = Path(path)
        self._clock = clock
        # One operation at a time on the one connection, whichever thread asks.
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = open_database(self._path)
        # Made (and its module imported) at the first backup, a few seconds after start.
        self._backups: RollingBackups | None = None

    @classmethod
    def open_in(cls, data_dir: Path, clock: Clock = utc_now) -> Store:
        """Make ``data_dir`` private (creating it) and open the data file inside it."""
        ensure_private_dir(data_dir)
        return cls(data_dir / DATABASE_NAME, clock)

    @property
    def path(self) -> Path:
        """The data file."""
        return self._path

    def close(self) -> None:
        """Close the file (safe to call twice) and re-tighten its permissions."""
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is None:
                return
            conn.close()
        try:
            make_private(self._path)
        except OSError as exc:
            raise StoreError(describe(self._path, exc)) from exc

    def reopen(self) -> None:
        """Open the data file at the same path again, after it vanished or was replaced.

        The same object stays in use, so everything holding a reference to the store
        (every model of an open article) keeps working; the clock is kept too.
        """
        with self._lock:
            self.close()
            self._conn = open_database(self._path)
            self._backups = None

    def __enter__(self) -> Store:
        """Use the store in a ``with`` block; it is closed at the end."""
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the store."""
        self.close()

    def back_up(self) -> Path:
        """Make a rolling backup in ``backups/`` beside the file; return its path.

        Cheap when nothing changed (then the newest backup is returned); keeps five
        generations. See :class:`~tether.store.backup.RollingBackups`.
        """
        if self._backups is None:
            from tether.store.backup import RollingBackups

            self._backups = RollingBackups(self._path.parent, self._clock)
        with self._lock:
            return self._backups.back_up(self._connection(), self._path)

    # -- reflections -------------------------------------------------------------

    def reflection_for_section(self, article_id: str, section_id: str) -> Reflection | None:
        """Return the section's current reflection (most recently updated), if any."""
        with self._reading() as conn:
            return self._current_reflection(conn, article_id, section_id)

    def save_reflection(
        self, article_id: str, section_id: str, text: str, visit: datetime | None = None
    ) -> Reflection:
        """Store ``text`` as the section's reflection and return the saved row.

        Updates the current row or inserts one. Unchanged text leaves ``updated``
        alone; empty text is stored as such, never deleted. The text also goes into the
        section's latest version, or starts a new one after a pause: when the latest
        was last saved before ``visit`` (the time the reader came to the section), more
        than ``VERSION_PAUSE`` ago, or when the text is cleared, so that the words
        replaced stay as an earlier version.
        """
        with self._writing() as conn:
            current = self._current_reflection(conn, article_id, section_id)
            if current is not None and current.text == text:
                return current
            now = self._now()
            stamp = format_timestamp(now)
            self._save_version(conn, article_id, section_id, text, now, visit)
            if current is not None:
                conn.execute(
                    "UPDATE reflections SET text = ?, updated = ? WHERE id = ?",
                    (text, stamp, current.id),
                )
                return Reflection(current.id, article_id, section_id, text, current.created, now)
            cursor = conn.execute(
                "INSERT INTO reflections"
                " (article_id, section_id, text, created, updated)"
                " VALUES (?, ?, ?, ?, ?)",
                (article_id, section_id, text, stamp, stamp),
            )
            row_id = cursor.lastrowid
            assert row_id is not None  # always set after a successful INSERT
            return Reflection(row_id, article_id, section_id, text, now, now)

    def count_reflections(self, article_id: str) -> int:
        """Count the article's reflections whose text is not blank."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT count(*) FROM reflections WHERE article_id = ? AND {VISIBLE_TEXT}",
                (article_id,),
            ).fetchone()
        return int(row[0])

    def reflections(self, article_id: str, offset: int = 0, limit: int = 100) -> list[Reflection]:
        """Return one page of non-blank reflections, newest ``updated`` first."""
        if offset < 0 or limit < 0:
            raise ValueError(f"offset and limit must be >= 0, got {offset}, {limit}")
        with self._reading() as conn:
            rows = conn.execute(
                f"SELECT {REFLECTION_COLUMNS} FROM reflections"
                f" WHERE article_id = ? AND {VISIBLE_TEXT}"
                " ORDER BY updated DESC, id DESC LIMIT ? OFFSET ?",
                (article_id, limit, offset),
            ).fetchall()
        return [reflection_from_row(row) for row in rows]

    # -- ticks -------------------------------------------------------------------

    def ticks(self, article_id: str) -> dict[str, bool]:
        """Return the ticks of the article's current check-in, unticked ones included."""
        with self._reading() as conn:
            started = self._current_checkin(conn, article_id)
            if started is None:
                return {}
            rows = conn.execute(
                "SELECT sign_id, ticked FROM checkin_ticks WHERE article_id = ? AND started = ?",
                (article_id, started),
            ).fetchall()
        return {str(sign_id): bool(ticked) for sign_id, ticked in rows}

    def set_tick(self, article_id: str, sign_id: str, ticked: bool) -> None:
        """Record whether a sign is ticked, in the current check-in (the first tick of an
        article starts its first check-in)."""
        with self._writing() as conn:
            now = self._now()
            stamp = format_timestamp(now)
            started = self._current_checkin(conn, article_id)
            if started is None:
                started = self._insert_checkin(conn, article_id, now)
            conn.execute(
                "INSERT INTO checkin_ticks (article_id, started, sign_id, ticked, updated)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id, started, sign_id) DO UPDATE"
                " SET ticked = excluded.ticked, updated = excluded.updated",
                (article_id, started, sign_id, int(bool(ticked)), stamp),
            )

    def recent_ticks(self, article_id: str) -> tuple[dict[str, bool], dict[str, bool]]:
        """The ticks of the current check-in and of the one before it (empty if none).

        One query, at the cost of :meth:`ticks`: the checklist shows the earlier answers
        faintly beside each sign from its first paint.
        """
        with self._reading() as conn:
            current = self._current_checkin(conn, article_id)
            rows = conn.execute(
                "SELECT started, sign_id, ticked FROM checkin_ticks WHERE article_id = ?1"
                " AND started IN (SELECT started FROM checkins WHERE article_id = ?1"
                " AND deleted = 0 ORDER BY started DESC LIMIT 2)",
                (article_id,),
            ).fetchall()
        latest: dict[str, bool] = {}
        earlier: dict[str, bool] = {}
        for started, sign_id, ticked in rows:
            (latest if str(started) == current else earlier)[str(sign_id)] = bool(ticked)
        return latest, earlier

    def current_checkin(self, article_id: str) -> CheckIn | None:
        """The article's latest check-in (the one ticks go to), or None before any tick."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT started, note, updated FROM checkins"
                " WHERE article_id = ? AND deleted = 0 ORDER BY started DESC LIMIT 1",
                (article_id,),
            ).fetchone()
        if row is None:
            return None
        started = parse_timestamp(row[0])
        return CheckIn(article_id, started, str(row[1]), parse_timestamp(row[2]), str(row[0]))

    def start_checkin(self, article_id: str) -> CheckIn:
        """Start a new check-in of the article, with no ticks; earlier ones are kept.

        One transaction: a crash leaves either the old check-in current or the new one.
        """
        with self._writing() as conn:
            started = self._insert_checkin(conn, article_id, self._now())
        moment = parse_timestamp(started)
        return CheckIn(article_id, moment, "", moment, started)

    def history(self) -> History:
        """Every check-in, notes, deleting with an undo, a reflection's earlier versions."""
        from tether.store.history import History

        return History(self._reading, self._writing, self._now)

    def facilitation(self) -> Facilitation:
        """The facilitator's speaker notes and workshop tallies, apart from the reader's."""
        from tether.store.history import Facilitation

        return Facilitation(self._reading, self._writing, self._now)

    def checkins(self, article_id: str) -> CheckInHistory:
        """Every check-in of the article (not deleted) with its ticks, oldest first."""
        return self.history().checkins(article_id)

    def now(self) -> datetime:
        """The store's clock (tests inject one): what models compare saved times with."""
        return self._now()

    # -- reading positions -------------------------------------------------------

    def position(self, article_id: str) -> ReadingPosition | None:
        """Return where the reader was in the article, if recorded."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {POSITION_COLUMNS} FROM positions WHERE article_id = ?",
                (article_id,),
            ).fetchone()
        return None if row is None else position_from_row(row)

    def save_position(
        self, article_id: str, article_path: str, section_id: str, scroll: float
    ) -> None:
        """Record the reading position; ``scroll`` is clamped to [0, 1]."""
        # NaN would pass min/max unchanged and break the CHECK constraint.
        fraction = 0.0 if math.isnan(scroll) else min(1.0, max(0.0, float(scroll)))
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO positions"
                " (article_id, article_path, section_id, scroll, updated)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET"
                " article_path = excluded.article_path,"
                " section_id = excluded.section_id,"
                " scroll = excluded.scroll, updated = excluded.updated",
                (article_id, article_path, section_id, fraction, format_timestamp(self._now())),
            )

    def last_position(self) -> ReadingPosition | None:
        """Return the most recently saved position over all articles."""
        with self._reading() as conn:
            row = conn.execute(
                f"SELECT {POSITION_COLUMNS} FROM positions"
                " ORDER BY updated DESC, rowid DESC LIMIT 1"
            ).fetchone()
        return None if row is None else position_from_row(row)

    # -- reading progress (SQL in tether.store.progress) ------------------------

    def sections_read(self, article_id: str) -> set[str]:
        """Return the ids of the article's sections the reader has read."""
        with self._reading() as conn:
            return read_sections(conn, article_id)

    def mark_section_read(self, article_id: str, section_id: str) -> None:
        """Record that the reader has read a section (the first time is kept)."""
        with self._writing() as conn:
            mark_read(conn, article_id, section_id, format_timestamp(self._now()))

    # -- ids carried over to a new outline (SQL in tether.store.carry) -----------

    def stored_section_ids(self, article_id: str) -> set[str]:
        """Every section id the article's stored data names."""
        with self._reading() as conn:
            return stored_section_ids(conn, article_id)

    def carry_over(self, old_article: str, new_article: str, sections: dict[str, str]) -> int:
        """Move the reader's data to an article's new ids; never over existing data."""
        with self._writing() as conn:
            return carry_over(conn, old_article, new_article, sections)

    # -- internals ---------------------------------------------------------------

    def _now(self) -> datetime:
        """Ask the clock for the time, as aware UTC."""
        return parse_timestamp(format_timestamp(self._clock()))

    def _connection(self) -> sqlite3.Connection:
        """The open connection, or StoreError if the store was closed."""
        if self._conn is None:
            raise StoreError(f"The Tether data file {self._path} is already closed.")
        return self._conn

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """A context for reads that reports SQLite failures as StoreError."""
        with self._lock, reading(self._connection(), self._path) as conn:
            yield conn

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """A context for one durable write transaction."""
        with self._lock, writing(self._connection(), self._path) as conn:
            yield conn

    @staticmethod
    def _current_checkin(conn: sqlite3.Connection, article_id: str) -> str | None:
        """The ``started`` key of the article's latest check-in not deleted."""
        row = conn.execute(
            "SELECT max(started) FROM checkins WHERE article_id = ? AND deleted = 0",
            (article_id,),
        ).fetchone()
        return None if row is None or row[0] is None else str(row[0])

    @staticmethod
    def _insert_checkin(conn: sqlite3.Connection, article_id: str, now: datetime) -> str:
        """Insert a check-in started at ``now`` (after every earlier one); its key."""
        row = conn.execute(
            "SELECT max(started) FROM checkins WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is not None and row[0] is not None:
            # A clock set back must not put the new check-in before an earlier one.
            now = max(now, parse_timestamp(str(row[0])) + _TICK)
        started = format_timestamp(now)
        conn.execute(
            "INSERT INTO checkins (article_id, started, note, deleted, updated)"
            " VALUES (?, ?, '', 0, ?)",
            (article_id, started, started),
        )
        return started

    @staticmethod
    def _save_version(
        conn: sqlite3.Connection,
        article_id: str,
        section_id: str,
        text: str,
        now: datetime,
        visit: datetime | None,
    ) -> None:
        """Put ``text`` into the section's latest version, or start a new one after a pause."""
        latest = conn.execute(
            "SELECT started, text, updated FROM reflection_versions"
            " WHERE article_id = ? AND section_id = ? ORDER BY started DESC LIMIT 1",
            (article_id, section_id),
        ).fetchone()
        stamp = format_timestamp(now)
        if latest is None:
            if text.strip():
                conn.execute(
                    "INSERT INTO reflection_versions VALUES (?, ?, ?, ?, ?)",
                    (article_id, section_id, stamp, text, stamp),
                )
            return
        started, old_text, updated = str(latest[0]), str(latest[1]), parse_timestamp(latest[2])
        if old_text == text:
            return
        paused = (visit is not None and updated < visit) or now - updated > VERSION_PAUSE
        if paused or (old_text.strip() and not text.strip()):
            begun = format_timestamp(max(now, parse_timestamp(started) + _TICK))
            conn.execute(
                "INSERT INTO reflection_versions VALUES (?, ?, ?, ?, ?)",
                (article_id, section_id, begun, text, stamp),
            )
        else:
            conn.execute(
                "UPDATE reflection_versions SET text = ?, updated = ?"
                " WHERE article_id = ? AND section_id = ? AND started = ?",
                (text, stamp, article_id, section_id, started),
            )

    @staticmethod
    def _current_reflection(
        conn: sqlite3.Connection, article_id: str, section_id: str
    ) -> Reflection | None:
        """The row reflection_for_section returns, read on ``conn``."""
        row = conn.execute(
            f"SELECT {REFLECTION_COLUMNS} FROM reflections"
            " WHERE article_id = ? AND section_id = ?"
            " ORDER BY updated DESC, id DESC LIMIT 1",
            (article_id, section_id),
        ).fetchone()
        return None if row is None else reflection_from_row(row)
