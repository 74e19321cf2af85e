"""Opening with recovery: damaged files are moved aside, salvaged and never lost.

Every fixture is a real database full of known rows, damaged on disk.
"""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from damage_helpers import (
    START,
    Known,
    SteppingClock,
    assert_private,
    damage_page,
    database_in,
    fill,
    index_leaf_page,
    integrity,
    markers_in,
    rows,
    table_leaf_page_with,
    texts,
)

from tether.store import (
    DAMAGED_DIR_NAME,
    OpenedStore,
    Problem,
    RecoveryReport,
    Store,
    StoreError,
    open_store,
)
from tether.store.files import stamped_name


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def recover(data_dir: Path, clock: SteppingClock | None = None) -> tuple[RecoveryReport, Path]:
    """Open with recovery, expect a report, close; return it and the new database."""
    opened = open_store(data_dir, clock or SteppingClock())
    opened.store.close()
    assert opened.recovery is not None
    return opened.recovery, opened.store.path


def check_kept_and_healthy(report: RecoveryReport, data_dir: Path, damaged: bytes) -> None:
    """The promises every recovery keeps."""
    folder = data_dir / DAMAGED_DIR_NAME
    assert report.damaged_path == folder / stamped_name(START + timedelta(seconds=1))
    assert report.damaged_path.read_bytes() == damaged
    assert report.kept_files[0] == report.damaged_path
    assert report.folder == folder
    assert str(folder) in report.message
    assert "SQLite" not in report.message
    assert report.message.count(". ") <= 1
    assert integrity(database_in(data_dir)) == ["ok"]
    assert_private(data_dir)
    # Nothing but the kept files is left in the damaged folder (no scratch copies).
    assert sorted(folder.iterdir()) == sorted(report.kept_files)


def reflection_ids(path: Path, known: Known) -> set[int]:
    """Ids of ``known`` reflections whose exact row is in the database at ``path``."""
    present = {(r[0], r[1], r[2], r[3]) for r in rows(path)["reflections"]}
    return {rid for rid, row in known.reflections.items() if (rid, *row) in present}


def test_healthy_file_opens_without_recovery_or_changes(data_dir: Path) -> None:
    db = database_in(data_dir)
    fill(db, reflections=200)
    before = rows(db)

    opened = open_store(data_dir, SteppingClock())
    opened.store.close()

    assert opened == OpenedStore(opened.store, None)
    assert rows(db) == before
    assert not (data_dir / DAMAGED_DIR_NAME).exists()
    assert sorted(p.name for p in data_dir.iterdir()) == [db.name]


def test_missing_file_is_created_without_recovery(data_dir: Path) -> None:
    with open_store(data_dir).store as store:
        store.set_tick("article", "sign", True)

    assert rows(database_in(data_dir))["ticks"] == [("article", "sign", 1)]
    assert_private(data_dir)


@pytest.mark.parametrize(
    "rows_on_damaged_pages",
    [(700,), (1, 420, 433, 1500)],
    ids=["one-page", "first-neighbours-and-last-pages"],
)
def test_damaged_page_in_the_middle(data_dir: Path, rows_on_damaged_pages: tuple[int]) -> None:
    db = database_in(data_dir)
    known = fill(db)
    pages = {table_leaf_page_with(db, rid) for rid in rows_on_damaged_pages}
    on_page = set().union(*(damage_page(db, page) for page in pages))
    damaged = db.read_bytes()

    report, new = recover(data_dir)

    assert report.problem is Problem.DAMAGED
    check_kept_and_healthy(report, data_dir, damaged)
    salvaged = reflection_ids(new, known)
    lost = set(known.reflections) - salvaged
    assert lost, "the damage should cost the rows on that page"
    assert lost <= on_page  # nothing beyond the damaged page is lost
    assert len(rows(new)["reflections"]) == len(salvaged)  # and nothing made up
    assert set(rows(new)["ticks"]) == {(*k, int(v)) for k, v in known.ticks.items()}
    assert {r[0] for r in rows(new)["positions"]} == set(known.positions)
    assert report.salvaged.reflections == len(salvaged)
    assert report.backup is None
    assert "recovered" in report.message


def test_file_cut_to_half(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db)
    data = db.read_bytes()
    cut = len(data) // 2
    db.write_bytes(data[:cut])
    whole_pages = data[: cut - cut % 4096]

    report, new = recover(data_dir)

    assert report.problem is Problem.DAMAGED
    check_kept_and_healthy(report, data_dir, data[:cut])
    exact = reflection_ids(new, known)
    assert markers_in(whole_pages) <= exact
    # The page cut in two may give back a row whose text ends in zeros: kept too.
    partly = {r[0] for r in rows(new)["reflections"]} - exact
    assert partly <= markers_in(data[len(whole_pages) : cut])
    ticks = set(rows(new)["ticks"])
    assert ticks
    assert ticks <= {(*k, int(v)) for k, v in known.ticks.items()}


def test_zeroed_header_is_read_through_a_rebuilt_one(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db)
    with db.open("r+b") as file:
        file.write(bytes(100))
    damaged = db.read_bytes()

    report, new = recover(data_dir)

    assert report.problem is Problem.NOT_A_DATABASE
    check_kept_and_healthy(report, data_dir, damaged)
    assert reflection_ids(new, known) == set(known.reflections)
    assert len(rows(new)["ticks"]) == len(known.ticks)
    assert report.salvaged.reflections == len(known.reflections)
    assert "was damaged" in report.message


@pytest.mark.parametrize(
    "content",
    [
        random.Random(7).randbytes(50_000),
        ("My shopping list\n" * 300).encode(),
        b"SQLite format 3\x00" + random.Random(8).randbytes(8192),
    ],
    ids=["random-bytes", "text-file", "random-after-sqlite-magic"],
)
def test_file_that_is_not_a_database_is_moved_aside(data_dir: Path, content: bytes) -> None:
    data_dir.mkdir(mode=0o700)
    db = database_in(data_dir)
    db.write_bytes(content)
    db.chmod(0o644)

    report, new = recover(data_dir)

    assert report.problem in {Problem.NOT_A_DATABASE, Problem.DAMAGED}
    check_kept_and_healthy(report, data_dir, content)
    assert rows(new) == {"reflections": [], "ticks": [], "positions": []}
    assert report.salvaged.total == 0
    assert "Nothing could be read back" in report.message
    assert "no backup" in report.message


def test_damaged_file_and_good_backup_lose_nothing(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db)
    clock = SteppingClock(START + timedelta(days=1))
    edited = {3: "edited after the backup", 1200: "rewritten later"}
    with Store(db, clock) as store:
        backup = store.back_up()
        for rid, text in edited.items():
            store.save_reflection(*known.reflections[rid][:2], text)
        for i in range(20):
            store.save_reflection("new-article", f"new-{i}", f"new text {i}")
        flipped = [key for key in list(known.ticks)[:10]]
        for article, sign in flipped:
            store.set_tick(article, sign, not known.ticks[article, sign])
    on_page = damage_page(db, table_leaf_page_with(db, 700))
    assert not on_page & set(edited)
    damaged = db.read_bytes()

    report, new = recover(data_dir, clock)

    assert report.backup == backup
    assert report.problem is Problem.DAMAGED
    assert report.damaged_path.read_bytes() == damaged
    assert integrity(new) == ["ok"]
    assert_private(data_dir)
    # Everything the backup holds is there, lost rows included ...
    assert set(known.reflections.values()) <= texts(new)
    # ... and everything written since, with both texts of edited sections.
    with Store(new, clock) as store:
        for rid, text in edited.items():
            article, section, old_text = known.reflections[rid]
            current = store.reflection_for_section(article, section)
            assert current is not None
            assert current.text == text
            assert (article, section, old_text) in texts(new)
        assert store.count_reflections("new-article") == 20
        for article, sign in flipped:
            assert store.ticks(article)[sign] is (not known.ticks[article, sign])
    lost = {rid for rid in on_page if rid not in edited}
    assert report.from_backup.reflections == len(lost) + len(edited)
    assert report.salvaged.reflections == len(known.reflections) + 20 - len(lost)
    assert "from a backup" in report.message
    assert str(data_dir / DAMAGED_DIR_NAME) in report.message


def test_file_that_is_not_a_database_is_replaced_by_the_backup(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db, reflections=100)
    with Store(db, SteppingClock()) as store:
        store.back_up()
    db.write_bytes(b"overwritten by something else")

    report, new = recover(data_dir)

    assert report.problem is Problem.NOT_A_DATABASE
    assert set(known.reflections.values()) == texts(new)
    assert report.from_backup.reflections == 100
    assert "could not be read at all" in report.message


def test_a_damaged_backup_is_skipped_for_an_older_good_one(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db, reflections=400)
    clock = SteppingClock()
    with Store(db, clock) as store:
        good = store.back_up()
        store.set_tick("article-0", "late", True)
        bad = store.back_up()
    damage_page(bad, table_leaf_page_with(bad, 200))
    db.write_bytes(b"not a database any more")

    report, new = recover(data_dir)

    assert report.backup == good
    assert set(known.reflections.values()) == texts(new)


def test_newer_version_is_refused_and_not_moved(data_dir: Path) -> None:
    db = database_in(data_dir)
    fill(db, reflections=10)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA user_version = 99")
    before = db.read_bytes()

    with pytest.raises(StoreError, match="newer version of Tether"):
        open_store(data_dir)

    assert db.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [db.name]


def test_another_programs_database_is_refused_and_not_moved(data_dir: Path) -> None:
    data_dir.mkdir()
    db = database_in(data_dir)
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
    before = db.read_bytes()

    with pytest.raises(StoreError, match="not a Tether data file"):
        open_store(data_dir)

    assert db.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == [db.name]


def test_lost_data_version_counts_as_damage_and_all_is_salvaged(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db, reflections=200)
    with db.open("r+b") as file:
        file.seek(60)
        file.write(bytes(4))

    report, new = recover(data_dir)

    assert report.problem is Problem.DAMAGED
    assert reflection_ids(new, known) == set(known.reflections)


def test_second_recovery_in_the_same_second_keeps_both_files(data_dir: Path) -> None:
    db = database_in(data_dir)
    data_dir.mkdir()
    db.write_bytes(b"first bad file")
    first, _ = recover(data_dir, SteppingClock())
    db.write_bytes(b"second bad file")

    second, _ = recover(data_dir, SteppingClock())

    assert first.damaged_path.read_bytes() == b"first bad file"
    assert second.damaged_path.read_bytes() == b"second bad file"
    assert second.damaged_path.name.endswith("-2.sqlite3")


def test_damaged_index_page_costs_no_rows(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db)
    damage_page(db, index_leaf_page(db))
    damaged = db.read_bytes()

    report, new = recover(data_dir)

    assert report.problem is Problem.DAMAGED
    check_kept_and_healthy(report, data_dir, damaged)
    assert reflection_ids(new, known) == set(known.reflections)
    assert len(rows(new)["ticks"]) == len(known.ticks)


def test_sections_read_are_salvaged_and_merged_with_their_first_time(data_dir: Path) -> None:
    db = database_in(data_dir)
    fill(db, reflections=50)
    clock = SteppingClock()
    with Store(db, clock) as store:
        store.mark_section_read("article-0", "early")
        store.back_up()
        store.mark_section_read("article-0", "late")
    with closing(sqlite3.connect(db)) as conn, conn:
        # As if the backup's first reading had been lost and re-recorded later.
        conn.execute("UPDATE sections_read SET read_at = '2030-01-01T00:00:00.000000+00:00'")
    with db.open("r+b") as file:
        file.write(bytes(100))

    report, new = recover(data_dir)

    with closing(sqlite3.connect(new)) as conn:
        read = dict(conn.execute("SELECT section_id, read_at FROM sections_read").fetchall())
    assert set(read) == {"early", "late"}
    assert read["early"] < "2030"
    assert report.salvaged.sections_read == 2


def test_backup_from_before_reading_progress_is_still_used(data_dir: Path) -> None:
    db = database_in(data_dir)
    known = fill(db, reflections=100)
    with Store(db, SteppingClock()) as store:
        backup = store.back_up()
    with closing(sqlite3.connect(backup)) as conn:
        conn.execute("DROP TABLE IF EXISTS sections_read")
        conn.execute("PRAGMA user_version = 1")
    db.write_bytes(b"no longer a database")

    report, new = recover(data_dir)

    assert report.backup == backup
    assert set(known.reflections.values()) == texts(new)
