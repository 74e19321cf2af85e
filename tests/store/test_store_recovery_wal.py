"""Recovery and the -wal (or -journal) file: foreign, garbage, left by a crash, in use.

What SQLite does on its own, observed here with 3.40 and pinned by the
``test_sqlite_alone_*`` tests: a -wal taken from another database is *used*
(nothing in a WAL names its database; only its own checksums are checked), so the
file reads as the other database and the first read-write close checkpoints the
other database's pages over it. A -wal of garbage is ignored, and overwritten and
deleted by the next writer. Tether therefore compares the file with and without
its WAL, and keeps files SQLite would ignore, before opening.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from damage_helpers import (
    SteppingClock,
    assert_private,
    damage_page,
    database_in,
    fill,
    integrity,
    rows,
    table_leaf_page_with,
    texts,
)

from tether.store import DAMAGED_DIR_NAME, Problem, Store, open_store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def wal_of(path: Path) -> Path:
    return Path(f"{path}-wal")


def other_databases_wal(folder: Path) -> bytes:
    """The -wal of another Tether database, holding all of its (different) rows."""
    other = folder / "tether.sqlite3"
    with Store(other, SteppingClock()) as store:
        for i in range(30):
            store.save_reflection("other-article", f"other-{i}", f"someone else's text {i}")
        store.set_tick("other-article", "sign", True)
        return wal_of(other).read_bytes()


def crash_copy(data_dir: Path, target_dir: Path, extra: int) -> set[tuple[str, str, str]]:
    """Write ``extra`` reflections and copy the files while still open, as a crash leaves them.

    Returns the texts written; they are only in the copied -wal.
    """
    db = database_in(data_dir)
    written = set()
    with Store(db, SteppingClock()) as store:
        for i in range(extra):
            store.save_reflection("late-article", f"late-{i}", f"written just before a crash {i}")
            written.add(("late-article", f"late-{i}", f"written just before a crash {i}"))
        target_dir.mkdir(mode=0o700)
        shutil.copyfile(db, database_in(target_dir))
        shutil.copyfile(wal_of(db), wal_of(database_in(target_dir)))
    for copy in target_dir.iterdir():
        copy.chmod(0o600)
    return written


def test_sqlite_alone_adopts_a_foreign_wal_and_would_lose_the_files_rows(
    data_dir: Path, tmp_path: Path
) -> None:
    db = database_in(data_dir)
    fill(db, reflections=300)
    wal_of(db).write_bytes(other_databases_wal(tmp_path / "other"))

    with closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        articles = conn.execute("SELECT DISTINCT article_id FROM reflections").fetchall()
    assert articles == [("other-article",)]

    Store(db).close()  # what opening without the check would do

    assert {article for article, _, _ in texts(db)} == {"other-article"}


def test_foreign_wal_is_kept_aside_with_the_file_and_nothing_is_lost(
    data_dir: Path, tmp_path: Path
) -> None:
    db = database_in(data_dir)
    known = fill(db, reflections=300)
    foreign = other_databases_wal(tmp_path / "other")
    wal_of(db).write_bytes(foreign)
    main_bytes = db.read_bytes()

    opened = open_store(data_dir, SteppingClock())
    opened.store.close()

    report = opened.recovery
    assert report is not None
    assert report.problem is Problem.MISMATCHED_WAL
    assert report.damaged_path.read_bytes() == main_bytes
    assert wal_of(report.damaged_path).read_bytes() == foreign
    assert wal_of(report.damaged_path) in report.kept_files
    assert set(known.reflections.values()) <= texts(db)
    assert len({r for r in texts(db) if r[0] == "other-article"}) == 30
    assert integrity(db) == ["ok"]
    assert str(data_dir / DAMAGED_DIR_NAME) in report.message
    assert_private(data_dir)


def test_sqlite_alone_discards_a_garbage_wal(data_dir: Path) -> None:
    db = database_in(data_dir)
    fill(db, reflections=50)
    wal_of(db).write_bytes(random.Random(3).randbytes(20_000))

    with Store(db) as store:
        store.set_tick("article", "sign", True)

    assert not wal_of(db).exists()
    assert len(texts(db)) == 50


def test_garbage_wal_is_moved_aside_and_the_file_is_untouched(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db, reflections=300)
    garbage = random.Random(4).randbytes(20_000)
    wal_of(db).write_bytes(garbage)

    opened = open_store(data_dir, SteppingClock())
    with opened.store as store:
        store.set_tick("article", "sign", True)

    report = opened.recovery
    assert report is not None
    assert report.problem is Problem.STRAY_FILE
    assert report.damaged_path.name.endswith("-wal")
    assert report.damaged_path.read_bytes() == garbage
    assert set(known.reflections.values()) == texts(db)
    assert integrity(db) == ["ok"]
    assert str(data_dir / DAMAGED_DIR_NAME) in report.message
    assert "not changed" in report.message
    assert_private(data_dir)


def test_wal_left_by_a_crash_is_used_without_recovery(data_dir: Path, tmp_path: Path) -> None:
    known = fill(database_in(data_dir), reflections=300)
    crashed = tmp_path / "crashed"
    late = crash_copy(data_dir, crashed, extra=25)

    opened = open_store(crashed, SteppingClock())
    opened.store.close()

    assert opened.recovery is None
    assert texts(database_in(crashed)) == set(known.reflections.values()) | late
    assert not (crashed / DAMAGED_DIR_NAME).exists()


def test_damaged_file_with_a_wal_from_a_crash_keeps_the_wals_rows(
    data_dir: Path, tmp_path: Path
) -> None:
    known = fill(database_in(data_dir), reflections=1500)
    crashed = tmp_path / "crashed"
    late = crash_copy(data_dir, crashed, extra=25)
    db = database_in(crashed)
    on_page = damage_page(db, table_leaf_page_with(db, 700))
    main_bytes, wal_bytes = db.read_bytes(), wal_of(db).read_bytes()

    opened = open_store(crashed, SteppingClock())
    opened.store.close()

    report = opened.recovery
    assert report is not None
    assert report.problem is Problem.DAMAGED
    assert report.damaged_path.read_bytes() == main_bytes
    assert wal_of(report.damaged_path).read_bytes() == wal_bytes
    recovered = texts(db)
    assert late <= recovered
    expected = {row for rid, row in known.reflections.items() if rid not in on_page}
    assert expected <= recovered
    assert integrity(db) == ["ok"]
    assert str(crashed / DAMAGED_DIR_NAME) in report.message
    assert_private(crashed)


@pytest.mark.parametrize("main_file", ["missing", "empty"])
def test_wal_without_a_database_is_moved_aside(
    data_dir: Path, tmp_path: Path, main_file: str
) -> None:
    # SQLite deletes a -wal beside an empty database file, even read-only.
    data_dir.mkdir(mode=0o700)
    foreign = other_databases_wal(tmp_path / "other")
    db = database_in(data_dir)
    if main_file == "empty":
        db.touch(mode=0o600)
    wal_of(db).write_bytes(foreign)

    opened = open_store(data_dir, SteppingClock())
    opened.store.close()

    report = opened.recovery
    assert report is not None
    assert report.problem is Problem.STRAY_FILE
    assert report.damaged_path.name.endswith("-wal")
    assert report.damaged_path.read_bytes() == foreign
    assert rows(db) == {"reflections": [], "ticks": [], "positions": []}
    assert integrity(db) == ["ok"]
    assert str(data_dir / DAMAGED_DIR_NAME) in report.message
    assert_private(data_dir)


def test_hot_journal_from_a_crash_is_rolled_back_then_checked(
    data_dir: Path, tmp_path: Path
) -> None:
    # A file system without WAL support leaves Tether in rollback-journal mode; a
    # crash mid-write leaves a hot journal that a read-only check cannot replay.
    db = database_in(data_dir)
    known = fill(db, reflections=300)
    crashed = tmp_path / "crashed"
    crashed.mkdir(mode=0o700)
    with closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA cache_size = 1")  # spill half-done pages into the file
        conn.execute("BEGIN")
        conn.execute("UPDATE reflections SET text = 'half-done'")
        for name in (db.name, f"{db.name}-journal"):
            shutil.copyfile(data_dir / name, crashed / name)
        conn.execute("ROLLBACK")

    opened = open_store(crashed, SteppingClock())
    opened.store.close()

    assert opened.recovery is None
    assert texts(database_in(crashed)) == set(known.reflections.values())
    assert integrity(database_in(crashed)) == ["ok"]


HOLD_OPEN = """
import sys
from pathlib import Path
from tether.store import Store
store = Store(Path(sys.argv[1]))
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


def test_file_in_use_by_another_tether_is_not_moved(data_dir: Path) -> None:
    db = database_in(data_dir)
    fill(db, reflections=1500)
    damage_page(db, table_leaf_page_with(db, 700))
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN, str(db)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None
        assert other.stdout.readline() == "open\n"

        opened = open_store(data_dir, SteppingClock())
        opened.store.close()

        assert opened.recovery is None
        assert not (data_dir / DAMAGED_DIR_NAME).exists()
    finally:
        other.communicate("done\n", timeout=30)

    later = open_store(data_dir, SteppingClock())
    later.store.close()
    assert later.recovery is not None
    assert later.recovery.problem is Problem.DAMAGED
