"""Inside the data folder, the store never creates, writes, chmods, moves or deletes
through a symbolic link; the data folder itself may be one.

Each case links an item of the data folder to a place outside it and checks that the
store refuses with a message naming the link and saying what to do, and that nothing
outside changed: not a byte, a mode or a modification time, and no file was created.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from damage_helpers import SteppingClock, assert_private, integrity

from outside_helpers import look, not_private, outside_file
from tether.store import (
    BACKUP_DIR_NAME,
    DAMAGED_DIR_NAME,
    DATABASE_NAME,
    Store,
    StoreError,
    list_backups,
    open_store,
)
from tether.store.private import STORE_ITEMS, make_data_folder_private

NOTES = b"My own notes, not a database.\n" * 40


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    return tmp_path / "outside"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    path = tmp_path / "data"
    path.mkdir(mode=0o700)
    return path


def assert_refused_naming(error: pytest.ExceptionInfo[StoreError], link: Path) -> None:
    message = str(error.value)
    assert str(link) in message
    assert "symbolic link" in message
    assert "Replace the link" in message


def test_a_data_file_linked_to_a_file_outside_is_refused_and_that_file_is_untouched(
    data_dir: Path, outside: Path
) -> None:
    target = outside_file(outside, "notes.txt", NOTES)
    link = data_dir / DATABASE_NAME
    link.symlink_to(target)
    before = look(outside)

    with pytest.raises(StoreError) as refused:
        open_store(data_dir)
    with pytest.raises(StoreError):
        Store.open_in(data_dir)

    assert_refused_naming(refused, link)
    assert look(outside) == before
    assert link.is_symlink()
    assert not (data_dir / DAMAGED_DIR_NAME).exists()


def test_a_data_file_linked_to_a_path_outside_that_does_not_exist_creates_nothing(
    data_dir: Path, outside: Path
) -> None:
    outside.mkdir()
    target = outside / "tether.sqlite3"
    link = data_dir / DATABASE_NAME
    link.symlink_to(target)

    with pytest.raises(StoreError) as refused:
        open_store(data_dir)
    with pytest.raises(StoreError):
        Store(link)

    assert_refused_naming(refused, link)
    assert list(outside.iterdir()) == []


def test_a_damaged_data_file_that_is_a_link_is_not_moved_aside_nor_its_target_changed(
    data_dir: Path, outside: Path
) -> None:
    target = outside_file(outside, "tether.sqlite3", b"SQLite format 3\x00" + bytes(4000))
    link = data_dir / DATABASE_NAME
    link.symlink_to(target)
    before = look(outside)

    with pytest.raises(StoreError) as refused:
        open_store(data_dir, SteppingClock())

    assert_refused_naming(refused, link)
    assert look(outside) == before
    assert link.is_symlink()
    assert not os.path.lexists(data_dir / DAMAGED_DIR_NAME) or not any(
        (data_dir / DAMAGED_DIR_NAME).iterdir()
    )


def test_a_damaged_folder_linked_elsewhere_is_refused_and_the_damaged_file_stays(
    data_dir: Path, outside: Path
) -> None:
    outside_file(outside, "tether-20240501-120001.sqlite3", NOTES)
    os.chmod(outside, 0o755)
    link = data_dir / DAMAGED_DIR_NAME
    link.symlink_to(outside, target_is_directory=True)
    (data_dir / DATABASE_NAME).write_bytes(b"not a database at all\n" * 100)
    before, damaged_before = look(outside), (data_dir / DATABASE_NAME).read_bytes()

    with pytest.raises(StoreError) as refused:
        open_store(data_dir, SteppingClock())

    assert_refused_naming(refused, link)
    assert look(outside) == before
    assert (data_dir / DATABASE_NAME).read_bytes() == damaged_before


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_a_file_beside_the_data_file_that_is_a_link_is_not_moved_aside(
    data_dir: Path, outside: Path, suffix: str
) -> None:
    with Store.open_in(data_dir) as store:
        store.save_reflection("article", "intro", "still here")
    target = outside_file(outside, f"stray{suffix}", b"a journal of something else\n" * 30)
    link = data_dir / f"{DATABASE_NAME}{suffix}"
    link.symlink_to(target)
    before, own_before = look(outside), look(data_dir)

    with pytest.raises(StoreError) as refused:
        open_store(data_dir, SteppingClock())

    assert_refused_naming(refused, link)
    assert look(outside) == before
    assert look(data_dir) == own_before  # nothing moved aside, the data file as it was


def test_a_backups_folder_linked_elsewhere_is_refused_and_nothing_there_is_pruned(
    data_dir: Path, outside: Path
) -> None:
    # Files named just like Tether's backups: pruning would delete the oldest.
    for number in range(8):
        outside_file(outside, f"tether-2020010{number}-120000.sqlite3", NOTES)
    os.chmod(outside, 0o755)
    link = data_dir / BACKUP_DIR_NAME
    link.symlink_to(outside, target_is_directory=True)
    before = look(outside)

    with Store.open_in(data_dir, SteppingClock()) as store:
        store.save_reflection("article", "intro", "a reflection")
        with pytest.raises(StoreError) as refused:
            store.back_up()
        store.save_reflection("article", "intro", "still saved after the refusal")

    assert_refused_naming(refused, link)
    assert look(outside) == before
    assert list_backups(data_dir) == []


def test_a_link_named_like_a_backup_is_never_read_back_nor_pruned(
    data_dir: Path, outside: Path
) -> None:
    target = outside_file(outside, "old.sqlite3", NOTES)
    backups = data_dir / BACKUP_DIR_NAME
    backups.mkdir(mode=0o700)
    # The oldest name: the first one pruning would delete.
    (backups / "tether-20000101-000000.sqlite3").symlink_to(target)
    before = look(outside)

    with Store.open_in(data_dir, SteppingClock()) as store:
        for number in range(8):
            store.save_reflection("article", "intro", f"version {number}")
            store.back_up()

    assert look(outside) == before
    assert (backups / "tether-20000101-000000.sqlite3").is_symlink()
    assert all(not path.is_symlink() for path in list_backups(data_dir))


def test_existing_items_are_made_private_and_links_and_other_files_left_alone(
    data_dir: Path, outside: Path
) -> None:
    with Store.open_in(data_dir) as store:
        store.save_reflection("article", "intro", "kept")
        store.back_up()
    loose = [data_dir / DATABASE_NAME, data_dir / "settings.ini", data_dir / "tether.lock"]
    (data_dir / "settings.ini").write_text("[preferences]\n")
    (data_dir / "tether.lock").write_text("123\n")
    for folder in ("damaged", "articles", "articles/more"):
        (data_dir / folder).mkdir(parents=True, exist_ok=True)
    loose += [
        data_dir / "damaged" / "tether-20240101-000000.sqlite3",
        data_dir / "articles" / "trust.md",
        data_dir / "articles" / "more" / "care.md",
    ]
    for path in loose[3:]:
        path.write_text("text\n")
    for path in [*loose, *list_backups(data_dir)]:
        os.chmod(path, 0o666)
    for folder in ("backups", "damaged", "articles", "articles/more"):
        os.chmod(data_dir / folder, 0o777)
    target = outside_file(outside, "linked.md", b"# Elsewhere\n", mode=0o644)
    (data_dir / "articles" / "linked.md").symlink_to(target)
    (data_dir / "someone-elses.txt").write_text("not Tether's")
    os.chmod(data_dir / "someone-elses.txt", 0o644)
    before = look(outside)

    links = make_data_folder_private(data_dir, ("settings.ini", "articles", "tether.lock"))

    assert links == [data_dir / "articles" / "linked.md"]
    assert look(outside) == before
    assert stat.S_IMODE((data_dir / "someone-elses.txt").stat().st_mode) == 0o644
    os.remove(data_dir / "someone-elses.txt")
    assert not_private(data_dir) == {}


def test_the_store_items_named_for_tightening_are_the_store_folders() -> None:
    assert BACKUP_DIR_NAME in STORE_ITEMS
    assert DAMAGED_DIR_NAME in STORE_ITEMS


def test_every_new_file_and_folder_is_private_under_umask_000(data_dir: Path) -> None:
    os.rmdir(data_dir)
    previous = os.umask(0)
    try:
        with Store.open_in(data_dir, SteppingClock()) as store:
            store.save_reflection("article", "intro", "written under umask 000")
            store.back_up()
        (data_dir / DATABASE_NAME).write_bytes(b"not a database any more\n" * 100)
        opened = open_store(data_dir, SteppingClock())
        opened.store.back_up()
        opened.store.close()
    finally:
        os.umask(previous)

    assert opened.recovery is not None
    assert any((data_dir / DAMAGED_DIR_NAME).iterdir())
    assert list_backups(data_dir)
    assert_private(data_dir)


def test_a_data_folder_that_is_itself_a_link_works(tmp_path: Path) -> None:
    real = tmp_path / "elsewhere" / "tether-data"
    real.mkdir(parents=True)
    linked = tmp_path / "data"
    linked.symlink_to(real, target_is_directory=True)

    opened = open_store(linked, SteppingClock())
    with opened.store as store:
        store.save_reflection("article", "intro", "through the folder link")
        backup = store.back_up()

    assert opened.recovery is None
    assert linked.is_symlink()
    assert backup.resolve().parent == real / BACKUP_DIR_NAME
    assert integrity(real / DATABASE_NAME) == ["ok"]
    with Store.open_in(linked) as again:
        found = again.reflection_for_section("article", "intro")
    assert found is not None
    assert found.text == "through the folder link"
    assert_private(real)
