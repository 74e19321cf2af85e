"""Restore refuses, at once and with a reason, files that are no backup or could run away.

Real files only: SQLite databases made here, a named pipe, /dev/zero, a folder.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from tether.store import Store, StoreError
from tether.store.restore_check import MAX_BACKUP_BYTES, MAX_TEXT_CHARS
from tether.store.schema import MIGRATIONS, SCHEMA_VERSION, statements
from tether.store.transfer import back_up_to, restore_from

ARTICLE = "an-article"
# A refusal comes at once; the bound is coarse so a busy machine never fails it.
# A pipe that blocked would never return; a few seconds leave room for a busy machine
# (these refusals take milliseconds).
AT_ONCE_S = 5.0


def everything(store: Store) -> object:
    return store.reflections(ARTICLE, 0, 1000), store.ticks(ARTICLE)


@pytest.fixture
def mine(store: Store) -> Store:
    store.save_reflection(ARTICLE, "one", "Mine, written here.")
    store.set_tick(ARTICLE, "one/a", True)
    return store


def tether_file(path: Path, reflections_table: str | None = None, extra: str = "") -> None:
    """A file with Tether's schema; the reflections table may be replaced by another."""
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        for script in MIGRATIONS:
            for statement in statements(script):
                if reflections_table is not None and "reflections" in statement:
                    continue
                conn.execute(statement)
        if reflections_table is not None:
            conn.execute(reflections_table)
        for statement in statements(extra):
            conn.execute(statement)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def refused(store: Store, source: Path, match: str) -> StoreError:
    before = everything(store)
    started = time.monotonic()
    with pytest.raises(StoreError, match=match) as caught:
        restore_from(store, source)
    assert time.monotonic() - started < AT_ONCE_S
    assert everything(store) == before
    return caught.value


def test_a_generated_column_that_would_expand_to_gigabytes_is_refused(
    mine: Store, tmp_path: Path
) -> None:
    backup = tmp_path / "tiny.sqlite3"
    # Each row's text would be 200 MB when read: a few rows would take gigabytes.
    # The column is added after the rows, so making the file computes none of it.
    tether_file(
        backup,
        "CREATE TABLE reflections (id INTEGER PRIMARY KEY, article_id TEXT NOT NULL, "
        "section_id TEXT NOT NULL, created TEXT NOT NULL, updated TEXT NOT NULL)",
        "INSERT INTO reflections (article_id, section_id, created, updated) VALUES "
        "('a', 's', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');"
        * 20
        + "ALTER TABLE reflections ADD COLUMN "
        "text TEXT GENERATED ALWAYS AS (printf('%.*c', 200000000, 'x')) VIRTUAL;",
    )
    assert backup.stat().st_size < 128 * 1024  # a page or two per table of Tether's

    error = refused(mine, backup, "generated column")

    assert "reflections" in str(error)
    assert "Nothing was changed" in str(error)
    # The same refusal in a process of its own, whose peak memory is its own: reading
    # one row would take 200 MB.
    probe = subprocess.run(
        [sys.executable, "-c", _RESTORE_PROBE, str(tmp_path / "probe-data"), str(backup)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    refusal, peak_mb = probe.stdout.strip().rsplit("\n", 1)
    assert "generated column" in refusal
    assert float(peak_mb) < 150


_RESTORE_PROBE = """
import sys
from pathlib import Path
from tether.store import Store, StoreError
from tether.store.transfer import restore_from
with Store.open_in(Path(sys.argv[1])) as store:
    try:
        restore_from(store, Path(sys.argv[2]))
    except StoreError as error:
        print(str(error).replace(chr(10), " "))
# VmHWM: this program's own peak (ru_maxrss would count the parent's size at the fork).
status = Path("/proc/self/status").read_text()
peak_kib = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
print(peak_kib / 1024)
"""


def test_a_text_longer_than_any_tether_keeps_is_refused_before_it_is_read(
    mine: Store, tmp_path: Path
) -> None:
    backup = tmp_path / "long.sqlite3"
    tether_file(backup)
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute(
            "INSERT INTO reflections (article_id, section_id, text, created, updated) "
            "VALUES ('a', 's', ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
            ("x" * (MAX_TEXT_CHARS + 1),),
        )
        conn.commit()

    refused(mine, backup, f"more than {MAX_TEXT_CHARS:,} characters")


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ("CREATE VIEW everything AS SELECT * FROM reflections", "holds a view"),
        (
            "CREATE TRIGGER grow AFTER INSERT ON ticks BEGIN DELETE FROM positions; END",
            "holds a trigger",
        ),
    ],
    ids=["view", "trigger"],
)
def test_views_and_triggers_are_refused(
    extra: str, reason: str, mine: Store, tmp_path: Path
) -> None:
    backup = tmp_path / "odd.sqlite3"
    tether_file(backup, extra=extra)

    refused(mine, backup, reason)


def test_a_view_hidden_in_the_write_ahead_log_is_refused(mine: Store, tmp_path: Path) -> None:
    live = tmp_path / "live.sqlite3"
    tether_file(live)
    with closing(sqlite3.connect(live, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("CREATE VIEW later AS SELECT * FROM ticks")
        # Copied while open: the view is only in the -wal file, as in a live data folder.
        shutil.copy(live, tmp_path / "copy.sqlite3")
        shutil.copy(f"{live}-wal", tmp_path / "copy.sqlite3-wal")

    refused(mine, tmp_path / "copy.sqlite3", "holds a view")


def test_a_named_pipe_beside_a_backup_as_its_log_is_left_alone(
    mine: Store, tmp_path: Path, data_dir: Path
) -> None:
    with Store.open_in(tmp_path / "other") as other:
        other.save_reflection(ARTICLE, "two", "Written elsewhere.")
        back_up_to(other, tmp_path / "b.sqlite3")
    os.mkfifo(tmp_path / "b.sqlite3-wal")

    report = restore_from(mine, tmp_path / "b.sqlite3")

    assert report.added.reflections == 1
    assert (tmp_path / "b.sqlite3-wal").is_fifo()


def make_pipe(path: Path) -> Path:
    os.mkfifo(path)
    return path


def make_empty(path: Path) -> Path:
    path.touch()
    return path


def make_random(path: Path) -> Path:
    path.write_bytes(random.Random(13).randbytes(64 * 1024))
    return path


def make_folder(path: Path) -> Path:
    path.mkdir()
    return path


def make_zero(path: Path) -> Path:
    path.symlink_to("/dev/zero")
    return path


def make_huge(path: Path) -> Path:
    with path.open("wb") as file:
        file.write(b"SQLite format 3\x00")
        file.truncate(MAX_BACKUP_BYTES + 1)  # sparse: takes no room on disk
    return path


def make_empty_database(path: Path) -> Path:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA user_version = 0")
        conn.execute("VACUUM")  # writes the header: a database with nothing in it
    return path


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (make_pipe, "not a Tether backup: it is not an ordinary file"),
        (make_zero, "not a Tether backup: it is not an ordinary file"),
        (make_folder, "is a folder, not a Tether backup"),
        (make_empty, "is empty, so it is not a Tether backup"),
        (make_random, "not a Tether backup: it is not a database at all"),
        (make_empty_database, "empty database, not a Tether backup"),
        (make_huge, "larger than any Tether backup"),
    ],
    ids=["named-pipe", "dev-zero", "folder", "empty", "random-bytes", "empty-db", "huge"],
)
def test_what_is_no_tether_backup_is_refused_at_once_with_a_plain_reason(
    make: object, reason: str, mine: Store, tmp_path: Path
) -> None:
    assert callable(make)
    source = make(tmp_path / "candidate.sqlite3")

    refused(mine, source, reason)


def test_reading_a_backup_row_by_row_keeps_the_text_bound(tmp_path: Path, mine: Store) -> None:
    # A damaged page can keep the length check from seeing a table; the row-by-row
    # reading that follows must still refuse a value over the bound rather than load it.
    from tether.store.repair.salvage import salvage_file
    from tether.store.restore_check import limit_lengths

    source = tmp_path / "backup.sqlite3"
    with Store(source) as backup:
        backup.save_reflection(ARTICLE, "short", "a few words")
        # Over what SQLite is then allowed to build (4 bytes a character, and a margin).
        backup.save_reflection(ARTICLE, "huge", "x" * (4 * MAX_TEXT_CHARS + 2 * 1024 * 1024))

    read = salvage_file(source, None, tmp_path, time.monotonic() + 60, prepare=limit_lengths)

    texts = sorted(len(row[3]) for row in read.reflections)
    assert texts == [len("a few words")]
