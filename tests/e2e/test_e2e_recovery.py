"""Promise 2, the app's side: a damaged data file is kept aside and the reader is told.

The real ``tether --quit-after-startup`` starts on a data folder whose file is damaged
in one of several ways; it must start (exit 0), say on stderr what happened and where
the old file is, keep that file byte for byte, and carry on with a healthy file that
has whatever could be saved from it. It also makes a rolling backup when it quits.
"""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from tether.store import Store

pytestmark = pytest.mark.e2e

RunTether = Callable[..., subprocess.CompletedProcess[str]]
DATABASE = "tether.sqlite3"
PAGE = 4096
REFLECTIONS = 400


def make_data(data_dir: Path) -> Path:
    """A data folder whose file holds many reflections (spread over many pages)."""
    with Store.open_in(data_dir) as store:
        for number in range(REFLECTIONS):
            store.save_reflection("article", f"section-{number}", f"reflection {number} " * 20)
    return data_dir / DATABASE


def reflection_count(database: Path) -> int:
    with closing(sqlite3.connect(database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(conn.execute("SELECT count(*) FROM reflections").fetchone()[0])


def kept_files(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "damaged").glob("tether-*.sqlite3"))


def middle_reflections_page(database: Path) -> int:
    """The 0-based number of a leaf page in the middle of the reflections table's b-tree.

    Found by walking the b-tree from the table's root page, not by position in the file:
    other tables (versions, check-ins, notes) have leaf pages of their own.
    """
    with closing(sqlite3.connect(database)) as conn:
        row = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'reflections'")
        page = int(row.fetchone()[0])  # 1-based, as SQLite numbers them
    data = database.read_bytes()
    while True:
        start = (page - 1) * PAGE
        header = start + (100 if page == 1 else 0)
        if data[header] == 0x0D:  # a table leaf
            return page - 1
        assert data[header] == 0x05, "expected a table b-tree page"
        cells = int.from_bytes(data[header + 3 : header + 5], "big")
        slot = header + 12 + 2 * (cells // 2)
        cell = start + int.from_bytes(data[slot : slot + 2], "big")
        page = int.from_bytes(data[cell : cell + 4], "big")


def damage_a_middle_page(database: Path) -> None:
    data = bytearray(database.read_bytes())
    middle = middle_reflections_page(database)
    data[middle * PAGE : middle * PAGE + 200] = b"\xa5" * 200
    database.write_bytes(bytes(data))


def not_a_database(database: Path) -> None:
    database.write_bytes(b"These are my holiday notes, not a database.\n" * 50)


def zeroed_header(database: Path) -> None:
    data = bytearray(database.read_bytes())
    data[:100] = bytes(100)
    database.write_bytes(bytes(data))


def truncated(database: Path) -> None:
    data = database.read_bytes()
    database.write_bytes(data[: len(data) // 3 + 1234])


@pytest.mark.parametrize(
    "damage",
    [damage_a_middle_page, not_a_database, zeroed_header, truncated],
    ids=lambda f: f.__name__,
)
def test_a_damaged_file_is_moved_aside_untouched_and_the_reader_is_told_on_stderr(
    run_tether: RunTether, tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    data_dir = tmp_path / "data"
    database = make_data(data_dir)
    damage(database)
    damaged_bytes = database.read_bytes()

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert "startup_ms=" in result.stdout
    [kept] = kept_files(data_dir)
    assert kept.read_bytes() == damaged_bytes
    assert str(kept) in result.stderr
    assert str(data_dir / "damaged") in result.stderr
    assert "Tether" in result.stderr
    # The new file is healthy and Tether goes on using it.
    assert reflection_count(database) <= REFLECTIONS


def test_what_can_be_read_from_a_damaged_page_is_carried_over(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    database = make_data(data_dir)
    damage_a_middle_page(database)

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert "recovered" in result.stderr
    assert REFLECTIONS // 2 < reflection_count(database) < REFLECTIONS


def test_a_backup_made_at_quit_fills_in_what_a_damaged_file_lost(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    database = make_data(data_dir)
    first = run_tether("--quit-after-startup", "--data-dir", data_dir)
    assert first.returncode == 0, first.stderr
    assert len(list((data_dir / "backups").glob("tether-*.sqlite3"))) == 1
    not_a_database(database)

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert "from a backup" in result.stderr
    assert reflection_count(database) == REFLECTIONS
    assert len(kept_files(data_dir)) == 1


def test_a_healthy_file_says_nothing_and_moves_nothing(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    make_data(data_dir)

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert "damaged" not in result.stderr
    assert not (data_dir / "damaged").exists()
    assert reflection_count(data_dir / DATABASE) == REFLECTIONS
