"""packaging/bootstrap and packaging/build make .venv with a Python that runs and is 3.11+."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def choose(path_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run choose_python with only ``path_dir`` (and the shell's basics) on the PATH."""
    return subprocess.run(
        ["bash", "-c", ". packaging/python-choice.sh && choose_python"],
        cwd=ROOT,
        env={"PATH": f"{path_dir}:/usr/bin:/bin", "HOME": str(path_dir)},
        capture_output=True,
        text=True,
        check=False,
    )


def fake(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    path.chmod(0o755)


def test_a_shim_for_a_python_that_is_not_installed_is_passed_over(tmp_path: Path) -> None:
    # What pyenv leaves for a version it does not have: the name is there, it cannot run.
    fake(tmp_path, "python3.13", 'echo "pyenv: python3.13: command not found" >&2; exit 127')
    fake(tmp_path, "python3.12", "exit 1")  # runs, but says it is too old
    (tmp_path / "python3.11").symlink_to(sys.executable)

    chosen = choose(tmp_path)

    assert chosen.returncode == 0, chosen.stderr
    assert chosen.stdout.strip() == str(tmp_path / "python3.11")


def test_no_usable_python_chooses_nothing(tmp_path: Path) -> None:
    for name in ("python3.13", "python3.12", "python3.11", "python3"):
        fake(tmp_path, name, "exit 127")

    chosen = subprocess.run(
        ["/bin/bash", "-c", ". packaging/python-choice.sh && choose_python"],
        cwd=ROOT,
        env={"PATH": str(tmp_path), "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )

    assert chosen.returncode != 0
    assert chosen.stdout == ""


def test_both_scripts_choose_their_python_the_same_way() -> None:
    for script in ("packaging/bootstrap", "packaging/build"):
        text = (ROOT / script).read_text(encoding="utf-8")
        assert ". packaging/python-choice.sh" in text, script
        assert "choose_python" in text, script
        assert os.access(ROOT / script, os.X_OK), script
