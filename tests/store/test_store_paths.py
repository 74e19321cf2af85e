"""Where the data folder is, and that it is kept private."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tether.store import (
    DATA_DIR_ENV,
    StoreError,
    default_data_dir,
    ensure_private_dir,
    resolve_data_dir,
)

posix_only = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_override_wins_over_environment_and_default(tmp_path: Path) -> None:
    environ = {DATA_DIR_ENV: str(tmp_path / "from-env")}

    assert resolve_data_dir(str(tmp_path / "flag"), environ) == tmp_path / "flag"


def test_path_object_override_is_accepted(tmp_path: Path) -> None:
    assert resolve_data_dir(tmp_path / "flag", {}) == tmp_path / "flag"


def test_environment_is_used_without_override(tmp_path: Path) -> None:
    environ = {DATA_DIR_ENV: str(tmp_path / "from-env")}

    assert resolve_data_dir(None, environ) == tmp_path / "from-env"


def test_empty_environment_value_falls_back_to_default() -> None:
    assert resolve_data_dir(None, {DATA_DIR_ENV: ""}) == default_data_dir()


def test_empty_override_counts_as_not_given(tmp_path: Path) -> None:
    environ = {DATA_DIR_ENV: str(tmp_path / "from-env")}

    assert resolve_data_dir("", environ) == tmp_path / "from-env"


def test_process_environment_is_read_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "process-env"))

    assert resolve_data_dir(None) == tmp_path / "process-env"


def test_default_is_an_absolute_platform_folder_named_tether() -> None:
    default = resolve_data_dir(None, {})

    assert default == default_data_dir()
    assert default.is_absolute()
    assert default.name == "Tether"


def test_tilde_in_override_is_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("USERPROFILE", str(tmp_path))

    assert resolve_data_dir("~/notes", {}) == tmp_path / "notes"


def test_relative_override_becomes_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    resolved = resolve_data_dir("portable/../data", {})

    assert resolved.is_absolute()
    assert resolved == Path.cwd() / "data"


def test_resolving_does_not_create_the_folder(tmp_path: Path) -> None:
    resolve_data_dir(tmp_path / "not-yet", {})

    assert not (tmp_path / "not-yet").exists()


@posix_only
def test_private_dir_is_created_with_parents_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "Tether"

    ensure_private_dir(target)

    assert target.is_dir()
    assert mode_of(target) == 0o700


@posix_only
def test_existing_folder_is_tightened_to_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "Tether"
    target.mkdir(mode=0o755)
    os.chmod(target, 0o755)

    ensure_private_dir(target)

    assert mode_of(target) == 0o700


def test_private_dir_on_a_file_raises_store_error_naming_it(tmp_path: Path) -> None:
    target = tmp_path / "occupied"
    target.write_text("not a folder", encoding="utf-8")

    with pytest.raises(StoreError, match="not a folder") as caught:
        ensure_private_dir(target)

    assert str(target) in str(caught.value)
    assert target.read_text(encoding="utf-8") == "not a folder"
