"""Opening the data file: migrations, refusals, permissions and durability settings."""

from __future__ import annotations

import os
import random
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tether.store import DATABASE_NAME, Store, StoreError
from tether.store.schema import SCHEMA_VERSION, statements

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def sidecars(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


ALL_TABLES = {
    "reflections",
    "ticks",
    "positions",
    "sections_read",
    "checkins",
    "checkin_ticks",
    "reflection_versions",
    "speaker_notes",
    "workshops",
    "workshop_counts",
}


def user_version(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])


def table_names(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {name for (name,) in rows}


@contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def test_new_file_is_created_at_the_current_schema_version(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME

    Store(path).close()

    assert SCHEMA_VERSION == 5
    assert user_version(path) == 5
    assert table_names(path) == ALL_TABLES


def test_empty_existing_file_is_migrated_to_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    path.touch()

    with Store(path) as store:
        assert store.path == path

    assert user_version(path) == SCHEMA_VERSION
    assert table_names(path) == ALL_TABLES


def test_reopening_keeps_version_and_data(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    with Store(path) as store:
        store.set_tick("article", "sign", True)

    with Store(path) as store:
        assert store.ticks("article") == {"sign": True}

    assert user_version(path) == SCHEMA_VERSION


def test_reflections_have_an_index_on_article_and_updated(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    Store(path).close()

    with closing(sqlite3.connect(path)) as conn:
        indexes = [row[1] for row in conn.execute("PRAGMA index_list(reflections)")]
        columns = [
            [row[2] for row in conn.execute("SELECT * FROM pragma_index_info(?)", (name,))]
            for name in indexes
        ]

    assert ["article_id", "updated"] in columns


@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_newer_data_version_is_refused_and_left_byte_identical(
    tmp_path: Path, journal_mode: str
) -> None:
    path = tmp_path / DATABASE_NAME
    with closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA journal_mode = {journal_mode}")
        conn.execute("CREATE TABLE future (x)")
        conn.execute("INSERT INTO future VALUES ('keep me')")
        conn.execute("PRAGMA user_version = 99")
        conn.commit()
    before = path.read_bytes()

    with pytest.raises(StoreError, match="was written by a newer version of Tether") as caught:
        Store(path)

    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert not any(p.exists() for p in sidecars(path))


def test_file_that_is_not_a_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    garbage = random.Random(20240501).randbytes(8192)
    path.write_bytes(garbage)
    mode_before = mode_of(path)

    with pytest.raises(StoreError, match="is not a Tether data file") as caught:
        Store(path)

    assert str(path) in str(caught.value)
    assert "file is not a database" in str(caught.value)
    assert path.read_bytes() == garbage
    assert mode_of(path) == mode_before
    assert not any(p.exists() for p in sidecars(path))


def test_another_programs_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE bookmarks (url TEXT)")
        conn.commit()
    before = path.read_bytes()

    with pytest.raises(StoreError, match="is not a Tether data file") as caught:
        Store(path)

    assert str(path) in str(caught.value)
    assert path.read_bytes() == before


def test_folder_in_place_of_the_file_raises_store_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    path.mkdir()

    with pytest.raises(StoreError) as caught:
        Store(path)

    assert str(path) in str(caught.value)
    assert path.is_dir()


def test_connection_is_wal_full_sync_with_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    with Store(tmp_path / DATABASE_NAME) as store:
        conn = store._conn
        assert conn is not None

        def pragma(name: str) -> object:
            return conn.execute(f"PRAGMA {name}").fetchone()[0]

        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2
        assert pragma("foreign_keys") == 1
        assert int(str(pragma("busy_timeout"))) > 0


def test_each_write_is_committed_when_the_method_returns(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    with Store(path) as store:
        store.save_reflection("article", "intro", "written")

        with closing(sqlite3.connect(path)) as other:
            rows = other.execute("SELECT text FROM reflections").fetchall()

        assert rows == [("written",)]


def test_two_stores_on_one_file_see_each_others_writes(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    with Store(path) as first, Store(path) as second:
        first.set_tick("article", "a", True)
        second.set_tick("article", "b", False)

        assert first.ticks("article") == {"a": True, "b": False}
        assert second.ticks("article") == {"a": True, "b": False}


def test_open_in_creates_the_folder_and_names_the_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "nested" / "Tether"

    with Store.open_in(data_dir) as store:
        assert store.path == data_dir / DATABASE_NAME

    assert (data_dir / DATABASE_NAME).is_file()


@posix_only
def test_open_in_makes_an_existing_folder_owner_only(tmp_path: Path) -> None:
    data_dir = tmp_path / "Tether"
    data_dir.mkdir()
    os.chmod(data_dir, 0o755)

    Store.open_in(data_dir).close()

    assert mode_of(data_dir) == 0o700


@posix_only
def test_missing_parent_folder_is_created_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "fresh" / DATABASE_NAME

    Store(path).close()

    assert mode_of(path.parent) == 0o700


@posix_only
def test_database_and_wal_files_are_owner_only_even_with_open_umask(tmp_path: Path) -> None:
    data_dir = tmp_path / "Tether"
    path = data_dir / DATABASE_NAME
    with umask(0), Store.open_in(data_dir) as store:
        store.save_reflection("article", "intro", "private")

        assert mode_of(data_dir) == 0o700
        for file in [path, *sidecars(path)]:
            assert file.exists(), file
            assert mode_of(file) == 0o600, file

    assert mode_of(path) == 0o600


@posix_only
def test_loosened_file_is_tightened_again_on_open(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    Store(path).close()
    os.chmod(path, 0o644)

    with Store(path):
        assert mode_of(path) == 0o600


def test_close_twice_is_harmless_and_closed_store_raises(tmp_path: Path) -> None:
    with Store(tmp_path / DATABASE_NAME) as store:
        pass
    store.close()

    with pytest.raises(StoreError, match="closed"):
        store.ticks("article")
    with pytest.raises(StoreError, match="closed"):
        store.set_tick("article", "sign", True)


def test_migration_scripts_split_only_between_statements() -> None:
    script = """
    CREATE TABLE t (x TEXT); -- a comment; with a semicolon
    INSERT INTO t VALUES ('a;b');
    """

    assert list(statements(script)) == [
        "CREATE TABLE t (x TEXT);",
        "-- a comment; with a semicolon\n    INSERT INTO t VALUES ('a;b');",
    ]


def test_reopen_uses_the_file_at_the_same_path_and_keeps_the_clock(tmp_path: Path) -> None:
    moments = iter(datetime(2026, 1, day, tzinfo=UTC) for day in range(1, 10))
    store = Store.open_in(tmp_path / "data", clock=lambda: next(moments))
    store.save_reflection("a", "s", "before")
    store.close()
    (tmp_path / "data" / DATABASE_NAME).unlink()

    store.reopen()
    saved = store.save_reflection("a", "s", "after")

    assert store.reflection_for_section("a", "s") == saved
    assert saved.text == "after"
    assert saved.updated == datetime(2026, 1, 2, tzinfo=UTC)
    store.close()
