"""The Store: reflections, ticks and reading positions in one SQLite file."""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from tether.store.carry import carry_over, has_data, stored_section_ids
from tether.store.connection import (
    describe,
    make_private,
    open_database,
    reading,
    writing,
)
from tether.store.errors import StoreError
from tether.store.paths import ensure_private_dir
from tether.store.progress import mark_read, read_sections
from tether.store.records import (
    POSITION_COLUMNS,
    REFLECTION_COLUMNS,
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

DATABASE_NAME = "tether.sqlite3"


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

    def save_reflection(self, article_id: str, section_id: str, text: str) -> Reflection:
        """Store ``text`` as the section's reflection and return the saved row.

        Updates the current row or inserts one. Unchanged text leaves ``updated``
        alone; empty text is stored as such, never deleted.
        """
        with self._writing() as conn:
            current = self._current_reflection(conn, article_id, section_id)
            if current is not None and current.text == text:
                return current
            now = self._now()
            stamp = format_timestamp(now)
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
        """Return every stored tick of the article, unticked ones included."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT sign_id, ticked FROM ticks WHERE article_id = ?",
                (article_id,),
            ).fetchall()
        return {str(sign_id): bool(ticked) for sign_id, ticked in rows}

    def set_tick(self, article_id: str, sign_id: str, ticked: bool) -> None:
        """Record whether a sign is ticked."""
        with self._writing() as conn:
            conn.execute(
                "INSERT INTO ticks (article_id, sign_id, ticked, updated)"
                " VALUES (?, ?, ?, ?)"
                " ON CONFLICT (article_id, sign_id) DO UPDATE"
                " SET ticked = excluded.ticked, updated = excluded.updated",
                (article_id, sign_id, int(bool(ticked)), format_timestamp(self._now())),
            )

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

    def has_data(self, article_id: str) -> bool:
        """Whether anything of the reader's is stored for the article."""
        with self._reading() as conn:
            return has_data(conn, article_id)

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
