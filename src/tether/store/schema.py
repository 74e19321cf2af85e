"""The layout of the data file and the migrations that bring old files up to date.

``PRAGMA user_version`` holds the number of migrations applied. Migration ``i``
(0-based) runs when ``i + 1 > user_version``. Never edit a released migration;
append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from tether.i18n import translate
from tether.store.errors import StoreError

# "The reflection's text is not blank" in SQL, exactly as Python's ``not text.strip()``
# sees blank: ``strip()`` removes the code points for which ``str.isspace()`` is true
# (these 29), and ``str()`` of a BLOB is never empty. SQLite evaluates it in C, and the
# partial index of migration 3 holds only the rows for which it is true, so counting and
# paging an article's reflections read that index instead of every row. Queries must use
# this exact text for SQLite to pick the index. Part of a released migration: never edit.
VISIBLE_TEXT = (
    "(typeof(text) = 'blob' OR trim(text, char("
    "9, 10, 11, 12, 13, 28, 29, 30, 31, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, "
    "8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288"
    ")) <> '')"
)

MIGRATIONS: list[str] = [
    # 1: reflections, ticks and reading positions.
    """
    CREATE TABLE reflections (
        id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        text TEXT NOT NULL,
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    -- The paged list of an article's reflections, newest first.
    CREATE INDEX reflections_by_article_updated
        ON reflections (article_id, updated);
    -- The current reflection for one section (several rows may exist).
    CREATE INDEX reflections_by_section
        ON reflections (article_id, section_id, updated);
    CREATE TABLE ticks (
        article_id TEXT NOT NULL,
        sign_id TEXT NOT NULL,
        ticked INTEGER NOT NULL CHECK (ticked IN (0, 1)),
        updated TEXT NOT NULL,
        PRIMARY KEY (article_id, sign_id)
    );
    CREATE TABLE positions (
        article_id TEXT PRIMARY KEY NOT NULL,
        article_path TEXT NOT NULL,
        section_id TEXT NOT NULL,
        scroll REAL NOT NULL CHECK (scroll >= 0.0 AND scroll <= 1.0),
        updated TEXT NOT NULL
    );
    """,
    # 2: reading progress, the sections of an article the reader has read.
    """
    CREATE TABLE sections_read (
        article_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        read_at TEXT NOT NULL,
        PRIMARY KEY (article_id, section_id)
    );
    """,
    # 3: the reflections the list shows (text not blank), newest first, without reading
    # their text: counting 10,000 of them no longer reads 10,000 rows.
    f"""
    CREATE INDEX reflections_visible_by_article_updated
        ON reflections (article_id, updated) WHERE {VISIBLE_TEXT};
    """,
    # 4: check-ins and reflection versions (issue 18). Rows are keyed by what they are
    # (article and start time), not by a rowid, so a backup's rows are recognised when it
    # is restored. Today's ticks become each article's first check-in, started at its
    # earliest tick; today's reflections become their first version. The old ``ticks``
    # table is kept as it was (nothing deleted) and no longer written.
    f"""
    CREATE TABLE checkins (
        article_id TEXT NOT NULL,
        started TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
        updated TEXT NOT NULL,
        PRIMARY KEY (article_id, started)
    );
    CREATE TABLE checkin_ticks (
        article_id TEXT NOT NULL,
        started TEXT NOT NULL,
        sign_id TEXT NOT NULL,
        ticked INTEGER NOT NULL CHECK (ticked IN (0, 1)),
        updated TEXT NOT NULL,
        PRIMARY KEY (article_id, started, sign_id)
    );
    CREATE TABLE reflection_versions (
        article_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        started TEXT NOT NULL,
        text TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (article_id, section_id, started)
    );
    INSERT INTO checkins (article_id, started, note, deleted, updated)
        SELECT article_id, min(updated), '', 0, max(updated) FROM ticks GROUP BY article_id;
    INSERT INTO checkin_ticks (article_id, started, sign_id, ticked, updated)
        SELECT ticks.article_id, checkins.started, ticks.sign_id, ticks.ticked, ticks.updated
        FROM ticks JOIN checkins ON checkins.article_id = ticks.article_id;
    INSERT OR IGNORE INTO reflection_versions (article_id, section_id, started, text, updated)
        SELECT article_id, section_id, created, text, updated FROM reflections
        WHERE {VISIBLE_TEXT} ORDER BY updated DESC;
    """,
    # 5: the facilitator's (issue 17), kept apart from the reader's reflections and ticks:
    # speaker notes per section, and workshops with their anonymous group tallies (how
    # many people in the room recognised each sign). Keyed by what they are, like 4.
    """
    CREATE TABLE speaker_notes (
        article_id TEXT NOT NULL,
        section_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated TEXT NOT NULL,
        PRIMARY KEY (article_id, section_id)
    );
    CREATE TABLE workshops (
        article_id TEXT NOT NULL,
        started TEXT NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        updated TEXT NOT NULL,
        PRIMARY KEY (article_id, started)
    );
    CREATE TABLE workshop_counts (
        article_id TEXT NOT NULL,
        started TEXT NOT NULL,
        sign_id TEXT NOT NULL,
        count INTEGER NOT NULL CHECK (count >= 0),
        updated TEXT NOT NULL,
        PRIMARY KEY (article_id, started, sign_id)
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


def statements(script: str) -> Iterator[str]:
    """Split a migration script into single statements.

    ``executescript`` would commit our open transaction first, so each statement is
    run with ``execute`` instead. ``sqlite3.complete_statement`` keeps semicolons
    inside literals or trigger bodies from splitting a statement.
    """
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if _has_sql(pending):
                yield pending.strip()
            pending = ""
    if _has_sql(pending.rstrip(";")):
        raise ValueError(f"incomplete SQL statement in migration: {pending!r}")


def _has_sql(text: str) -> bool:
    """Tell whether ``text`` holds more than whitespace, comments and semicolons."""
    lines = (line.split("--", 1)[0] for line in text.splitlines())
    return any(line.strip(" \t;") for line in lines)


def read_state(conn: sqlite3.Connection) -> tuple[int, int]:
    """Return ``(user_version, number of schema objects)`` from one snapshot.

    One statement, so another process migrating at the same moment can never be seen
    half-way (tables present but version still 0).
    """
    row = conn.execute(
        "SELECT user_version, (SELECT count(*) FROM sqlite_master) FROM pragma_user_version"
    ).fetchone()
    return int(row[0]), int(row[1])


def check_state(path: Path, version: int, objects: int) -> None:
    """Refuse files this code must not touch: newer ones and other programs' ones."""
    if version > SCHEMA_VERSION:
        raise StoreError(
            translate(
                "DataFile",
                "{file} was written by a newer version of Tether (data version {version}; "
                "this version understands up to {known}). Please update Tether; the file has "
                "not been changed.",
            ).format(file=path, version=version, known=SCHEMA_VERSION)
        )
    if version == 0 and objects > 0:
        raise StoreError(
            translate(
                "DataFile",
                "{file} is not a Tether data file (it is an SQLite database holding other "
                "data). The file has not been changed.",
            ).format(file=path)
        )


def migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Apply the missing migrations in one write transaction.

    ``conn`` must be in autocommit mode (``isolation_level=None``). The version is
    read again under the write lock because another Tether may have migrated the
    file since we looked.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        version, objects = read_state(conn)
        check_state(path, version, objects)
        for script in MIGRATIONS[version:]:
            for statement in statements(script):
                conn.execute(statement)
        if version < SCHEMA_VERSION:
            # PRAGMA takes no parameters; the value is our own integer constant.
            conn.execute(f"PRAGMA user_version = {int(SCHEMA_VERSION)}")
        conn.execute("COMMIT")
    except BaseException:
        # SQLite may already have rolled back by itself (e.g. on a full disk).
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
