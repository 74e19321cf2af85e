"""A second start of an unchanged article paints from the render cache (issue 19).

The real start-up (``tether.shell.main.main``) in a subprocess, through
``startup_probe.py``, which notes the modules loaded at the page's first paint: a start
that painted from the cache never imported the Markdown parser. What the reader sees is
the same either way; an article changed between starts is rendered anew.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tether.content.cache.render import CACHE_DIR_NAME

pytestmark = pytest.mark.e2e

PROBE = Path(__file__).with_name("startup_probe.py")
TIMEOUT_S = 60
ARTICLE = "---\ntitle: Notes on Trust\n---\n\nOpening.\n\n## Asking\n\n- [ ] Ask late\n"


def renderings(tmp_path: Path) -> list[Path]:
    """The cache's renderings of articles (beside them: the library's outlines)."""
    folder = tmp_path / "data" / CACHE_DIR_NAME
    return [entry for entry in folder.glob("*.json") if not entry.name.endswith(".outline.json")]


def start(tmp_path: Path, env: dict[str, str], article: Path) -> dict[str, Any]:
    """One start on the test's data folder; what was loaded at the first paint."""
    command = [sys.executable, str(PROBE), "--quit-after-startup"]
    command += ["--data-dir", str(tmp_path / "data"), str(article)]
    result = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=TIMEOUT_S
    )
    assert result.returncode == 0, result.stderr
    assert "complete_ms=" in result.stdout  # the cache is written after the first paint
    line = next(line for line in result.stdout.splitlines() if line.startswith("PROBE "))
    seen: dict[str, Any] = json.loads(line.removeprefix("PROBE "))
    return seen


def test_an_unchanged_article_paints_without_the_parser_the_second_time(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    article = tmp_path / "trust.md"
    article.write_text(ARTICLE, encoding="utf-8")

    first = start(tmp_path, tether_env, article)
    second = start(tmp_path, tether_env, article)

    assert "markdown_it" in first["modules"]
    assert "markdown_it" not in second["modules"]
    assert "tether.content.loader" not in second["modules"]


def test_an_article_changed_between_starts_is_rendered_anew(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    article = tmp_path / "trust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    start(tmp_path, tether_env, article)
    article.write_text(ARTICLE.replace("Asking", "Answering"), encoding="utf-8")

    again = start(tmp_path, tether_env, article)

    assert "markdown_it" in again["modules"]
    assert len(renderings(tmp_path)) == 2


def test_a_damaged_cache_entry_is_rendered_anew_and_replaced(
    tmp_path: Path, tether_env: dict[str, str]
) -> None:
    article = tmp_path / "trust.md"
    article.write_text(ARTICLE, encoding="utf-8")
    start(tmp_path, tether_env, article)
    [entry] = renderings(tmp_path)
    entry.write_bytes(b"\x00garbage")

    damaged = start(tmp_path, tether_env, article)
    mended = start(tmp_path, tether_env, article)

    assert "markdown_it" in damaged["modules"]
    assert "markdown_it" not in mended["modules"]
