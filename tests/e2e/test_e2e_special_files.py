"""The real ``tether`` command facing a full disk and named pipes where files should be.

None of it may hang Tether or cost the reader a file: a pipe is refused (never read,
never replaced), and an export that does not fit leaves the earlier file as it was.
"""

from __future__ import annotations

import os
import re
import stat
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from disk_helpers import FullDisk

pytestmark = pytest.mark.e2e

RunTether = Callable[..., subprocess.CompletedProcess[str]]
STARTUP_LINE = re.compile(r"^startup_ms=\d+$", re.MULTILINE)
GOOD = b"%PDF-1.4 the handout printed last week\n" * 100


def is_fifo(path: Path) -> bool:
    return stat.S_ISFIFO(os.lstat(path).st_mode)


def test_a_pdf_export_to_a_full_disk_exits_2_and_keeps_the_earlier_file(
    run_tether: RunTether, full_disk: FullDisk, tmp_path: Path
) -> None:
    target = full_disk.folder / "handout.pdf"
    target.write_bytes(GOOD)
    full_disk.fill()

    done = run_tether(
        "--data-dir", tmp_path / "data", "--export-worksheet", target, "--blank", "--force"
    )

    assert done.returncode == 2, done.stdout
    assert "No space left on device" in done.stderr
    assert "wrote" not in done.stdout
    assert target.read_bytes() == GOOD
    assert full_disk.listing() == ["handout.pdf"]


@pytest.mark.parametrize("suffix", [".md", ".pdf"])
def test_an_export_over_a_named_pipe_is_refused_and_the_pipe_kept(
    suffix: str, run_tether: RunTether, tmp_path: Path
) -> None:
    target = tmp_path / f"handout{suffix}"
    os.mkfifo(target)

    done = run_tether(
        "--data-dir", tmp_path / "data", "--export-worksheet", target, "--blank", "--force"
    )

    assert done.returncode == 2
    assert "not an ordinary file" in done.stderr
    assert is_fifo(target)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".handout")) == []


def test_a_settings_file_that_is_a_named_pipe_starts_tether_with_defaults(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    settings = data_dir / "settings.ini"
    os.mkfifo(settings)

    done = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert done.returncode == 0, done.stderr
    assert len(STARTUP_LINE.findall(done.stdout)) == 1, done.stdout
    assert f"the settings file {settings} is not an ordinary file" in done.stderr
    assert "default settings" in done.stderr
    assert is_fifo(settings)


def test_a_users_settings_file_that_is_a_named_pipe_starts_tether_with_defaults(
    run_tether: RunTether, home: Path
) -> None:
    settings = home / ".config" / "Tether" / "Tether.ini"
    settings.parent.mkdir(parents=True)
    os.mkfifo(settings)

    done = run_tether("--quit-after-startup")

    assert done.returncode == 0, done.stderr
    assert len(STARTUP_LINE.findall(done.stdout)) == 1, done.stdout
    assert f"the settings file {settings} is not an ordinary file" in done.stderr
    assert is_fifo(settings)
