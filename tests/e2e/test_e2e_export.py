"""``tether --export-worksheet``: the real command, no window, for preparing handouts."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest

from tether.bundled import bundled_article_path
from tether.content import load_article
from tether.store import Store

pytestmark = pytest.mark.e2e

RunTether = Callable[..., subprocess.CompletedProcess[str]]
REFLECTION = "Capybara afternoons taught me to ask for help."
HANDOUT_ARTICLE = """\
---
title: Learning to Lean
---

## Asking Without Apologising

Some people apologise every time they ask for anything.

- [ ] Saying sorry before asking for help
- [ ] Turning down offers by reflex

> Reflect: What would you ask for if it cost nothing?
"""
# No display of any kind: the export must not need one.
NO_DISPLAY = {"QT_QPA_PLATFORM": "", "DISPLAY": "", "WAYLAND_DISPLAY": ""}


@pytest.fixture
def reader_dir(tmp_path: Path) -> Path:
    """A data folder where the reader ticked the first sign and wrote one reflection."""
    folder = tmp_path / "data"
    article = load_article(bundled_article_path())
    with Store.open_in(folder) as store:
        store.set_tick(article.id, article.signs[0].id, True)
        store.save_reflection(article.id, article.sections[1].id, REFLECTION)
    return folder


def pdf_text(path: Path) -> str:
    pages = pypdf.PdfReader(path).pages
    return " ".join(
        unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in pages)).split()
    )


@pytest.mark.parametrize("suffix", [".md", ".html", ".pdf"])
def test_the_worksheet_is_written_without_a_window_or_a_display(
    suffix: str, run_tether: RunTether, reader_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / f"worksheet{suffix}"

    done = run_tether("--data-dir", reader_dir, "--export-worksheet", out, env=NO_DISPLAY)

    assert done.returncode == 0, done.stderr
    text = pdf_text(out) if suffix == ".pdf" else out.read_text(encoding="utf-8")
    assert REFLECTION in text
    assert "☑" in text
    assert "Make decisions without excessive reassurance" in text


def test_a_blank_handout_of_any_article_holds_nothing_of_the_reader(
    run_tether: RunTether, reader_dir: Path, tmp_path: Path
) -> None:
    article = tmp_path / "lean.md"
    article.write_text(HANDOUT_ARTICLE, encoding="utf-8")
    out = tmp_path / "handout.pdf"

    done = run_tether(article, "--data-dir", reader_dir, "--export-worksheet", out, "--blank")

    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert "Learning to Lean" in text
    assert "Reflect: What would you ask for if it cost nothing?" in text
    assert text.count("☐") == 2
    assert "☑" not in text
    assert "Capybara" not in text


def test_an_existing_file_is_kept_unless_force_is_given(
    run_tether: RunTether, reader_dir: Path, tmp_path: Path
) -> None:
    out = tmp_path / "worksheet.md"
    out.write_text("my notes from last week", encoding="utf-8")

    refused = run_tether("--data-dir", reader_dir, "--export-worksheet", out)

    assert refused.returncode == 2
    assert "already exists" in refused.stderr
    assert "--force" in refused.stderr
    assert out.read_text(encoding="utf-8") == "my notes from last week"

    forced = run_tether("--data-dir", reader_dir, "--export-worksheet", out, "--force")

    assert forced.returncode == 0, forced.stderr
    assert REFLECTION in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(
    ("arguments", "reason"),
    [
        (["--export-worksheet", "out.docx"], "does not know this file type"),
        (["missing.md", "--export-worksheet", "out.md"], "does not exist"),
        (["--export-worksheet", "no/such/folder/out.md"], "does not exist"),
        (["--export-worksheet", "."], "is a folder"),
        (["--blank"], "--export-worksheet"),
    ],
    ids=["unknown-type", "missing-article", "missing-folder", "folder", "blank-alone"],
)
def test_problems_exit_with_status_2_and_the_reason(
    arguments: list[str], reason: str, run_tether: RunTether, tmp_path: Path
) -> None:
    done = run_tether("--data-dir", tmp_path / "data", *arguments)

    assert done.returncode == 2
    assert reason in done.stderr
    assert not (tmp_path / "out.md").exists()
    assert not (tmp_path / "out.docx").exists()


def test_an_unreadable_data_file_is_reported_and_left_untouched(
    run_tether: RunTether, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    damaged = folder / "tether.sqlite3"
    damaged.write_bytes(b"this is not a database" * 100)

    done = run_tether("--data-dir", folder, "--export-worksheet", tmp_path / "out.md")

    assert done.returncode == 2
    assert "tether.sqlite3" in done.stderr
    assert damaged.read_bytes() == b"this is not a database" * 100
    assert not (tmp_path / "out.md").exists()


def test_exporting_creates_no_data_folder(run_tether: RunTether, tmp_path: Path) -> None:
    folder = tmp_path / "never-used"

    done = run_tether("--data-dir", folder, "--export-worksheet", tmp_path / "out.md")

    assert done.returncode == 0, done.stderr
    assert not folder.exists()
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "No reflection written yet." in text
    assert "Name: ___" not in text  # the reader's worksheet, just empty: not a handout
