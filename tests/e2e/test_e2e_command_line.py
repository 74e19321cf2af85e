"""The ``tether`` command as a reader (or a script) starts it."""

from __future__ import annotations

import re
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest

from tether import __version__
from tether.bundled import bundled_article_path
from tether.content.cache.render import CACHE_DIR_NAME

pytestmark = pytest.mark.e2e

RunTether = Callable[..., subprocess.CompletedProcess[str]]

STARTUP_LINE = re.compile(r"^startup_ms=\d+$", re.MULTILINE)
DATABASE = "tether.sqlite3"
SETTINGS = "settings.ini"
SECTION = "what-independence-actually-means"
OWN_ARTICLE = """\
# Learning to Lean

## Asking Without Apologising

Some people apologise every time they ask for anything.

- [ ] Saying sorry before asking for help
- [ ] Turning down offers by reflex

## Letting It Land

Let the help arrive before you repay it.
"""


def positions(data_dir: Path) -> list[tuple[str, str, str, str]]:
    """(article_id, article_path, section_id, updated) of every saved reading position."""
    with sqlite3.connect(data_dir / DATABASE) as conn:
        rows = conn.execute(
            "SELECT article_id, article_path, section_id, updated FROM positions"
        ).fetchall()
    return [tuple(map(str, row)) for row in rows]  # type: ignore[misc]


def files_under(folder: Path) -> list[Path]:
    return sorted(path for path in folder.rglob("*") if not path.is_dir())


def data_files_under(folder: Path) -> list[Path]:
    """Files under ``folder`` other than Tether's rolling backups (made at every quit) and
    its render cache (made once an article was rendered)."""
    kept = ("backups", CACHE_DIR_NAME)
    return [path for path in files_under(folder) if path.parent.name not in kept]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_quit_after_startup_exits_cleanly_and_prints_the_startup_time(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert len(STARTUP_LINE.findall(result.stdout)) == 1, result.stdout


def test_the_data_folder_and_database_are_private_to_the_user(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert data_dir.is_dir()
    assert mode_of(data_dir) == 0o700
    assert mode_of(data_dir / DATABASE) == 0o600


def test_version_prints_the_version(run_tether: RunTether) -> None:
    result = run_tether("--version")

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"tether {__version__}"


def test_python_dash_m_tether_is_the_tether_command(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tether", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"tether {__version__}"


def test_a_missing_article_exits_with_2_and_says_the_file_does_not_exist(
    run_tether: RunTether, tmp_path: Path
) -> None:
    result = run_tether("missing.md", "--quit-after-startup", "--data-dir", tmp_path / "data")

    assert result.returncode == 2
    assert "missing.md" in result.stderr
    assert "does not exist" in result.stderr
    assert not STARTUP_LINE.search(result.stdout)


def test_a_binary_article_exits_with_2_and_says_why(run_tether: RunTether, tmp_path: Path) -> None:
    binary = tmp_path / "scan.md"
    binary.write_bytes(b"%PDF-1.7\n\x00\x01\x02\xff\xfe binary body \x00")

    result = run_tether(binary, "--quit-after-startup", "--data-dir", tmp_path / "data")

    assert result.returncode == 2
    assert "scan.md" in result.stderr
    assert "binary" in result.stderr
    assert not STARTUP_LINE.search(result.stdout)


def test_section_option_opens_the_article_at_that_section(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"

    result = run_tether("--section", SECTION, "--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert STARTUP_LINE.search(result.stdout)
    assert [row[2] for row in positions(data_dir)] == [SECTION]


def test_an_unknown_section_still_opens_and_lists_the_sections_there_are(
    run_tether: RunTether, tmp_path: Path
) -> None:
    result = run_tether(
        "--section", "no-such-part", "--quit-after-startup", "--data-dir", tmp_path / "data"
    )

    assert result.returncode == 0, result.stderr
    assert "no-such-part" in result.stderr
    assert SECTION in result.stderr


def test_tether_data_dir_variable_keeps_settings_and_data_there_and_out_of_home(
    run_tether: RunTether, tmp_path: Path, home: Path
) -> None:
    data_dir = tmp_path / "elsewhere"

    result = run_tether("--quit-after-startup", env={"TETHER_DATA_DIR": str(data_dir)})

    assert result.returncode == 0, result.stderr
    assert (data_dir / DATABASE).is_file()
    assert (data_dir / SETTINGS).is_file()
    assert files_under(home) == []


def test_data_dir_option_keeps_settings_and_data_there_and_out_of_home(
    run_tether: RunTether, tmp_path: Path, home: Path
) -> None:
    data_dir = tmp_path / "elsewhere"

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert (data_dir / DATABASE).is_file()
    assert (data_dir / SETTINGS).is_file()
    assert files_under(home) == []


def test_data_dir_option_wins_over_the_variable(run_tether: RunTether, tmp_path: Path) -> None:
    chosen, ignored = tmp_path / "chosen", tmp_path / "ignored"

    result = run_tether(
        "--quit-after-startup", "--data-dir", chosen, env={"TETHER_DATA_DIR": str(ignored)}
    )

    assert result.returncode == 0, result.stderr
    assert (chosen / DATABASE).is_file()
    assert not ignored.exists()


def test_without_a_data_folder_given_the_data_goes_to_the_users_own_folders(
    run_tether: RunTether, home: Path
) -> None:
    result = run_tether("--quit-after-startup")

    assert result.returncode == 0, result.stderr
    databases = [path for path in files_under(home) if path.name == DATABASE]
    assert len(databases) == 1
    assert databases[0].is_relative_to(home / ".local" / "share")
    assert mode_of(databases[0]) == 0o600
    settings = [path for path in files_under(home) if path.suffix == ".ini"]
    assert len(settings) == 1
    assert settings[0].is_relative_to(home / ".config")


def test_a_users_own_article_opens_and_the_next_start_reopens_it(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    article = tmp_path / "notes" / "learning-to-lean.md"
    article.parent.mkdir()
    article.write_text(OWN_ARTICLE, encoding="utf-8")

    first = run_tether(article, "--quit-after-startup", "--data-dir", data_dir)

    assert first.returncode == 0, first.stderr
    assert STARTUP_LINE.search(first.stdout)
    [(article_id, path, _, first_seen)] = positions(data_dir)
    assert path == str(article.resolve())

    second = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert second.returncode == 0, second.stderr
    assert {row[1] for row in positions(data_dir)} == {str(article.resolve())}
    [(again_id, _, _, last_seen)] = positions(data_dir)
    assert again_id == article_id
    assert datetime.fromisoformat(last_seen) > datetime.fromisoformat(first_seen)
    assert str(bundled_article_path()) not in {row[1] for row in positions(data_dir)}


def test_a_folder_given_as_the_article_exits_with_2_and_says_why(
    run_tether: RunTether, tmp_path: Path
) -> None:
    folder = tmp_path / "articles.md"
    folder.mkdir()

    result = run_tether(folder, "--quit-after-startup", "--data-dir", tmp_path / "data")

    assert result.returncode == 2
    assert "articles.md" in result.stderr
    assert "folder" in result.stderr


def test_a_data_dir_that_is_a_file_exits_with_2_and_says_why(
    run_tether: RunTether, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("my shopping list\n", encoding="utf-8")

    result = run_tether("--quit-after-startup", "--data-dir", not_a_folder)

    assert result.returncode == 2
    assert str(not_a_folder) in result.stderr
    assert "not a folder" in result.stderr
    assert not_a_folder.read_text(encoding="utf-8") == "my shopping list\n"


def test_when_the_last_article_was_deleted_the_next_start_opens_the_bundled_one(
    run_tether: RunTether, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    article = tmp_path / "learning-to-lean.md"
    article.write_text(OWN_ARTICLE, encoding="utf-8")
    assert run_tether(article, "--quit-after-startup", "--data-dir", data_dir).returncode == 0
    article.unlink()

    result = run_tether("--quit-after-startup", "--data-dir", data_dir)

    assert result.returncode == 0, result.stderr
    assert str(bundled_article_path().resolve()) in {row[1] for row in positions(data_dir)}


def test_an_empty_data_dir_option_counts_as_not_given_and_leaves_the_current_folder_alone(
    run_tether: RunTether, tmp_path: Path, home: Path
) -> None:
    tmp_path.chmod(0o755)

    result = run_tether("--quit-after-startup", "--data-dir", "")

    assert result.returncode == 0, result.stderr
    assert not (tmp_path / DATABASE).exists()
    assert not (tmp_path / SETTINGS).exists()
    assert mode_of(tmp_path) == 0o755
    assert [path.name for path in data_files_under(home / ".local" / "share")] == [DATABASE]


def test_an_empty_tether_data_dir_variable_counts_as_unset(
    run_tether: RunTether, home: Path
) -> None:
    result = run_tether("--quit-after-startup", env={"TETHER_DATA_DIR": ""})

    assert result.returncode == 0, result.stderr
    data = data_files_under(home / ".local" / "share")
    settings = files_under(home / ".config")
    assert [path.name for path in data] == [DATABASE], (
        "an empty TETHER_DATA_DIR should leave settings in the user's settings folder"
    )
    assert len(settings) == 1
    assert settings[0].suffix == ".ini"
