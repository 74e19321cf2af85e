"""Rolling backups: consistent copies, five generations, none when nothing changed."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from datetime import timedelta
from pathlib import Path

import pytest
from damage_helpers import START, SteppingClock, assert_private, fill, integrity, rows

from tether.store import (
    BACKUP_DIR_NAME,
    BACKUP_GENERATIONS,
    DATABASE_NAME,
    Store,
    StoreError,
    list_backups,
)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


def test_backup_is_a_private_readable_copy_named_by_the_clock(data_dir: Path) -> None:
    clock = SteppingClock()
    with Store.open_in(data_dir, clock) as store:
        store.save_reflection("article", "intro", "kept safe")
        store.set_tick("article", "sign", True)
        store.save_position("article", "a.md", "intro", 0.5)

        backup = store.back_up()

    assert backup == data_dir / BACKUP_DIR_NAME / "tether-20240501-120004.sqlite3"
    assert list_backups(data_dir) == [backup]
    assert integrity(backup) == ["ok"]
    assert rows(backup) == rows(data_dir / DATABASE_NAME)
    # A self-contained file: no -wal/-shm needed (or left) beside it.
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]
    assert_private(data_dir)


def test_backup_restores_the_data_when_copied_back(data_dir: Path, tmp_path: Path) -> None:
    known = fill(data_dir / DATABASE_NAME, reflections=300)
    with Store.open_in(data_dir, SteppingClock()) as store:
        backup = store.back_up()

    restored_dir = tmp_path / "restored"
    restored_dir.mkdir()
    shutil.copyfile(backup, restored_dir / DATABASE_NAME)
    with Store.open_in(restored_dir) as restored:
        for article, section, text in known.reflections.values():
            found = restored.reflection_for_section(article, section)
            assert found is not None
            assert found.text == text
        assert restored.ticks("article-0") == {
            sign: ticked
            for (article, sign), ticked in known.ticks.items()
            if article == "article-0"
        }


def test_no_new_backup_when_nothing_changed(data_dir: Path) -> None:
    clock = SteppingClock()
    with Store.open_in(data_dir, clock) as store:
        store.save_reflection("article", "intro", "text")
        first = store.back_up()
        assert store.back_up() == first
        store.save_reflection("article", "intro", "text")  # same text: no write
        assert store.back_up() == first

    # After a restart the content hash finds the newest backup still current.
    with Store.open_in(data_dir, clock) as store:
        assert store.back_up() == first

    assert list_backups(data_dir) == [first]


def test_a_change_makes_a_new_backup(data_dir: Path) -> None:
    clock = SteppingClock()
    with Store.open_in(data_dir, clock) as store:
        store.save_reflection("article", "intro", "first")
        first = store.back_up()
        store.save_reflection("article", "intro", "second")
        second = store.back_up()

    assert second != first
    assert list_backups(data_dir) == [second, first]
    with closing(sqlite3.connect(second)) as conn:
        assert conn.execute("SELECT text FROM reflections").fetchall() == [("second",)]
    with closing(sqlite3.connect(first)) as conn:
        assert conn.execute("SELECT text FROM reflections").fetchall() == [("first",)]


def test_a_change_by_another_connection_makes_a_new_backup(data_dir: Path) -> None:
    clock = SteppingClock()
    with Store.open_in(data_dir, clock) as store, Store.open_in(data_dir, clock) as other:
        first = store.back_up()
        other.set_tick("article", "sign", True)

        second = store.back_up()

    assert second != first
    assert rows(second)["ticks"] == [("article", "sign", 1)]


def test_only_the_newest_five_generations_are_kept(data_dir: Path) -> None:
    clock = SteppingClock()
    made = []
    with Store.open_in(data_dir, clock) as store:
        for i in range(8):
            store.save_reflection("article", "intro", f"version {i}")
            made.append(store.back_up())
        live_rows = rows(store.path)

    assert BACKUP_GENERATIONS == 5
    assert list_backups(data_dir) == list(reversed(made[-5:]))
    assert not any(path.exists() for path in made[:3])
    assert rows(data_dir / DATABASE_NAME) == live_rows


def test_backups_in_the_same_second_get_a_counter(data_dir: Path) -> None:
    moment = START
    with Store.open_in(data_dir, clock=lambda: moment) as store:
        store.set_tick("article", "a", True)
        first = store.back_up()
        store.set_tick("article", "b", True)
        second = store.back_up()

    assert first.name == "tether-20240501-120000.sqlite3"
    assert second.name == "tether-20240501-120000-2.sqlite3"
    assert list_backups(data_dir) == [second, first]


def test_a_backup_made_after_the_clock_went_back_is_not_pruned(data_dir: Path) -> None:
    clock = SteppingClock()
    with Store.open_in(data_dir, clock) as store:
        for i in range(5):
            store.set_tick("article", f"sign-{i}", True)
            store.back_up()
        clock.now = START - timedelta(days=365)
        store.set_tick("article", "late", True)

        late = store.back_up()

    assert late.exists()
    assert len(list_backups(data_dir)) == 5
    assert ("article", "late", 1) in rows(late)["ticks"]


def test_other_files_in_the_backup_folder_are_left_alone(data_dir: Path) -> None:
    folder = data_dir / BACKUP_DIR_NAME
    folder.mkdir(parents=True)
    notes = folder / "my-notes.txt"
    notes.write_text("mine")
    clock = SteppingClock()
    with Store.open_in(data_dir, clock) as store:
        for i in range(7):
            store.set_tick("article", f"sign-{i}", True)
            store.back_up()

    assert notes.read_text() == "mine"
    assert len(list_backups(data_dir)) == 5


def test_backup_of_a_closed_store_raises(data_dir: Path) -> None:
    store = Store.open_in(data_dir)
    store.close()

    with pytest.raises(StoreError, match="closed"):
        store.back_up()


def test_backup_into_an_unusable_folder_raises_store_error(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / BACKUP_DIR_NAME).write_text("a file where the folder should be")
    with Store.open_in(data_dir) as store:
        store.set_tick("article", "sign", True)

        with pytest.raises(StoreError, match=BACKUP_DIR_NAME):
            store.back_up()
