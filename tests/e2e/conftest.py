"""Fixtures for end-to-end tests: the real ``tether`` command in a sealed-off home."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

import pytest

TETHER = Path(sys.executable).with_name("tether")
TIMEOUT_S = 60

RunTether = Callable[..., subprocess.CompletedProcess[str]]
RunProbe = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The fake home folder of the user running Tether (empty at the start)."""
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture
def tether_env(tmp_path: Path, home: Path) -> dict[str, str]:
    """An environment whose every per-user folder is under ``tmp_path``.

    Config, data and state folders are inside the fake home, so anything Tether writes
    there shows up in it; caches (fontconfig's, say) go beside it.
    """
    env = {key: value for key, value in os.environ.items() if not key.startswith("XDG_")}
    env.pop("TETHER_DATA_DIR", None)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return env


@pytest.fixture
def run_tether(tmp_path: Path, tether_env: dict[str, str]) -> RunTether:
    """Run the installed ``tether`` command in ``tmp_path`` and return what it did."""
    assert TETHER.is_file(), f"the tether command is not installed at {TETHER}"

    def run(
        *args: str | os.PathLike[str], env: Mapping[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return _finished([str(TETHER), *map(str, args)], tmp_path, {**tether_env, **(env or {})})

    return run


@pytest.fixture
def run_probe(tmp_path: Path, tether_env: dict[str, str]) -> RunProbe:
    """Run a probe beside these tests (a script that starts Tether with its hooks in) with
    this venv's Python, as :func:`run_tether` runs the command, and return what it did."""

    def run(
        script: Path, *args: str | os.PathLike[str], timeout_s: float = TIMEOUT_S
    ) -> subprocess.CompletedProcess[str]:
        return _finished(
            [sys.executable, str(script), *map(str, args)], tmp_path, tether_env, timeout_s
        )

    return run


def _finished(
    command: list[str], cwd: Path, env: Mapping[str, str], timeout_s: float = TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout_s, check=False
    )
