"""The real ``tether`` never writes through a symbolic link inside its data folder.

Each case puts a link in the data folder pointing outside it, runs
``tether --quit-after-startup --data-dir``, and checks what the reader sees (the
exit code and a message on stderr that names the link and says what to do) and that
nothing outside changed: bytes, modes and modification times, and no new file. A
data folder that is itself a link keeps working, and under umask 000 every file
ends up 0600 and every folder 0700.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from outside_helpers import look, modes_under, not_private, outside_file
from tether.store import Store, list_backups

pytestmark = pytest.mark.e2e

RunTether = Callable[..., subprocess.CompletedProcess[str]]
TETHER = Path(sys.executable).with_name("tether")  # as tests/e2e/conftest.py finds it
TIMEOUT_S = 60

DATABASE = "tether.sqlite3"
NOTES = b"My own notes, not a database.\n" * 40


def make_data(data_dir: Path) -> None:
    with Store.open_in(data_dir) as store:
        store.save_reflection("article", "intro", "a reflection worth keeping")


def test_a_data_file_linked_outside_stops_the_start_with_a_message_and_changes_nothing(
    run_tether: RunTether, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    target = outside_file(outside, "notes.txt", NOTES)
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    (data_dir / DATABASE).symlink_to(target)
    before = look(outside)

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 2, result.stderr
    assert f"will not use {data_dir / DATABASE}: it is a symbolic link to {target}" in result.stderr
    assert "Replace the link with the real file" in result.stderr
    assert look(outside) == before


def test_a_data_file_linked_to_a_missing_path_outside_creates_nothing_there(
    run_tether: RunTether, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    (data_dir / DATABASE).symlink_to(outside / "tether.sqlite3")

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 2, result.stderr
    assert "is a symbolic link" in result.stderr
    assert list(outside.iterdir()) == []


def test_a_damaged_file_beside_the_data_file_that_is_a_link_is_not_moved_or_changed(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    make_data(data_dir)
    outside = tmp_path / "outside"
    target = outside_file(outside, "journal", b"not this database's journal\n" * 100)
    (data_dir / f"{DATABASE}-wal").symlink_to(target)
    before = look(outside)

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 2, result.stderr
    assert f"{data_dir / DATABASE}-wal: it is a symbolic link" in result.stderr
    assert look(outside) == before
    assert (data_dir / f"{DATABASE}-wal").is_symlink()


def test_a_settings_file_linked_outside_is_not_written_and_tether_starts_with_defaults(
    run_tether: RunTether, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    target = outside_file(outside, "tether.ini", b"[preferences]\nfont_px=30\n")
    data_dir = tmp_path / "data"
    make_data(data_dir)
    (data_dir / "settings.ini").symlink_to(target)
    before = look(outside)

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert "startup_ms=" in result.stdout
    assert f"{data_dir / 'settings.ini'} is a symbolic link to {target}" in result.stderr
    assert "starts with the default settings and will not save" in result.stderr
    assert look(outside) == before
    assert (data_dir / "settings.ini").is_symlink()


def test_a_backups_folder_linked_outside_gets_no_backup_and_nothing_there_is_pruned(
    run_tether: RunTether, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    for number in range(8):
        outside_file(outside, f"tether-2020010{number}-120000.sqlite3", NOTES)
    os.chmod(outside, 0o755)
    data_dir = tmp_path / "data"
    make_data(data_dir)
    (data_dir / "backups").symlink_to(outside, target_is_directory=True)
    before = look(outside)

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert "No backup made" in result.stderr
    assert f"{data_dir / 'backups'}: it is a symbolic link to {outside}" in result.stderr
    assert look(outside) == before


def test_a_data_folder_that_is_itself_a_link_works_and_stays_private(
    run_tether: RunTether, tmp_path: Path
) -> None:
    real = tmp_path / "elsewhere" / "tether-data"
    real.mkdir(parents=True)
    linked = tmp_path / "data"
    linked.symlink_to(real, target_is_directory=True)

    first = run_tether("--quit-after-startup", "--data-dir", linked)
    second = run_tether("--quit-after-startup", "--data-dir", linked)

    assert first.returncode == 0, first.stderr
    assert second.returncode == 0, second.stderr
    assert "symbolic link" not in first.stderr + second.stderr
    assert linked.is_symlink()
    assert (real / DATABASE).is_file()
    assert list_backups(real)
    assert not_private(real) == {}


def test_under_umask_000_every_file_is_0600_and_every_folder_0700(
    tether_env: dict[str, str], tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    make_data(data_dir)
    with Store.open_in(data_dir) as store:
        store.back_up()
        # A change since that backup: quitting makes a new one, under the loose umask.
        store.save_reflection("article", "more", "written after the last backup")
    (data_dir / "damaged").mkdir()
    (data_dir / "damaged" / "tether-20240101-000000.sqlite3").write_bytes(NOTES)
    (data_dir / "articles" / "more").mkdir(parents=True)
    (data_dir / "articles" / "trust.md").write_text("# Trust\n\nText.\n")
    (data_dir / "articles" / "more" / "care.md").write_text("# Care\n\nText.\n")
    (data_dir / "settings.ini").write_text("[preferences]\ntheme=sepia\n")
    for name in modes_under(data_dir):
        path = data_dir / name
        os.chmod(path, 0o777 if path.is_dir() else 0o666)
    os.chmod(data_dir, 0o700)  # only its contents are loose, as the issue found them
    assert not_private(data_dir) != {}

    umask_000 = ["sh", "-c", 'umask 000 && exec "$0" "$@"']
    result = subprocess.run(
        [*umask_000, str(TETHER), "--quit-after-startup", "--data-dir", str(data_dir)],
        cwd=tmp_path,
        env=tether_env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    found = modes_under(data_dir)
    assert "backups" in found
    assert len(list_backups(data_dir)) == 2
    assert not_private(data_dir) == {}, found
