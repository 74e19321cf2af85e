"""The data folder's lock on its own (no Qt, no subprocess): who holds it, and its file.

Two :class:`FolderLock` objects in one process open the file separately, and ``flock``
locks belong to the open file, so they meet exactly as two Tethers would.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import stat
from pathlib import Path

import pytest

from tether.shell.instance import LOCK_NAME
from tether.shell.instance_lock import Claim, FolderLock, LockInfo


def test_a_second_claim_is_refused_and_learns_who_holds_the_lock(tmp_path: Path) -> None:
    first, second = FolderLock(tmp_path / LOCK_NAME), FolderLock(tmp_path / LOCK_NAME)
    assert first.acquire().owned

    claim = second.acquire()

    assert not claim.owned
    assert not second.held()
    assert claim.holder is not None
    assert claim.holder.pid == os.getpid()
    first.release()


def test_a_released_lock_leaves_no_file_and_is_free_for_the_next_without_a_take_over(
    tmp_path: Path,
) -> None:
    first, second = FolderLock(tmp_path / LOCK_NAME), FolderLock(tmp_path / LOCK_NAME)
    first.acquire()
    first.release()

    assert not (tmp_path / LOCK_NAME).exists()
    claim = second.acquire()
    assert claim.owned
    assert claim.notes == ()
    second.release()


def test_a_taken_over_lock_file_becomes_private_and_names_its_new_holder(tmp_path: Path) -> None:
    path = tmp_path / LOCK_NAME
    path.write_text("left over", encoding="utf-8")
    path.chmod(0o644)
    lock = FolderLock(path)

    claim = lock.acquire()

    assert claim.owned
    assert any("took over" in note for note in claim.notes)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    info = LockInfo.decode(path.read_bytes())
    assert info is not None
    assert info.pid == os.getpid()
    lock.release()


def test_the_lock_is_made_again_when_the_data_folder_is_deleted_and_re_created(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    lock = FolderLock(folder / LOCK_NAME)
    lock.acquire()
    shutil.rmtree(folder)
    folder.mkdir()

    lock.reclaim()

    assert not FolderLock(folder / LOCK_NAME).acquire().owned
    lock.release()
    assert not (folder / LOCK_NAME).exists()


def test_a_private_lock_file_left_by_a_tether_killed_while_making_one_is_removed(
    tmp_path: Path,
) -> None:
    left = tmp_path / f"{LOCK_NAME}.999999.new"
    left.write_text("half made", encoding="utf-8")
    lock = FolderLock(tmp_path / LOCK_NAME)

    lock.acquire()

    assert not left.exists()
    lock.release()


def test_lock_contents_that_say_nothing_usable_read_as_unknown() -> None:
    assert LockInfo.decode(b"\xff\xfe") is None
    assert LockInfo.decode(b"[1, 2]") is None
    assert LockInfo.decode(b'{"pid": true, "host": ""}') == LockInfo()
    assert LockInfo.decode(b"123\nTether\nbox\n") == LockInfo(123, "box", None)


@pytest.mark.parametrize(
    "info",
    [
        LockInfo(4711, "box.example.org", 1767225600.123456),
        LockInfo(),
        LockInfo(1, 'a "quoted" \\ host', 0.5),
        LockInfo(2, "Küche-PC", 1e-7),
        LockInfo(3, "tab\there", float("inf")),
    ],
)
def test_a_lock_files_line_is_the_json_of_what_it_says_whatever_the_host(info: LockInfo) -> None:
    line = info.encode()

    assert line.endswith(b"\n")
    assert line.count(b"\n") == 1
    data = {"pid": info.pid, "host": info.host, "started": info.started}
    assert line == json.dumps(data).encode() + b"\n"
    assert LockInfo.decode(line) == info


def test_a_start_whose_half_made_lock_is_swept_by_the_winner_does_not_run_unlocked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two starts at once: A has made its private lock file but not locked it yet when B
    # takes the lock and sweeps private files it finds unlocked (A's among them).
    lock_path = tmp_path / LOCK_NAME
    first, second = FolderLock(lock_path), FolderLock(lock_path)
    real_flock = fcntl.flock
    interleaved: list[Claim] = []

    def flock(fd: int, operation: int) -> None:
        if not interleaved and any(p.name.endswith(".new") for p in tmp_path.iterdir()):
            monkeypatch.setattr(fcntl, "flock", real_flock)
            interleaved.append(second.acquire())
            monkeypatch.setattr(fcntl, "flock", flock)
        real_flock(fd, operation)

    monkeypatch.setattr(fcntl, "flock", flock)
    claim = first.acquire()
    monkeypatch.setattr(fcntl, "flock", real_flock)

    assert interleaved, "the second start never came in between"
    assert interleaved[0].owned
    assert second.held()
    assert not claim.owned, "both starts would write one data folder"
    assert not first.held()
    second.release()
