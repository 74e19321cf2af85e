"""The benchmark harness still runs end to end and fills every row of its table.

One round of each case on a tiny article, so it is quick; it checks the shape of what
comes out (every row, real numbers, a verdict), never how fast anything was.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 300

TINY_ARTICLE = """\
---
title: A Tiny Article
---

A few words before the first section.

## Noticing

Signs worth noticing:

- [ ] Pausing before answering
- [ ] Asking for help

> Reflect: what do you notice?

## Resting

Rest is part of the work.
"""

ROW_IDS = {
    "startup_seed",
    "complete_seed",
    "cached_seed",
    "memory_cached_seed",
    "startup_long",
    "startup_notes",
    "memory_seed",
    "memory_long",
    "startup_full",
    "startup_seed_again",
    "startup_long_again",
    "floor_seed",
    "memory_floor_seed",
    "retext_seed",
    "retext_long",
    "section_move_seed",
    "section_move_long",
    "tick_seed",
    "tick_long",
    "tick_text_seed",
    "tick_text_long",
    "rest_seed",
    "rest_long",
    "step_seed",
    "step_long",
    "keystroke_seed",
    "keystroke_long",
    "save_seed",
    "save_long",
    "list_open",
    "history_open",
    "startup_blob",
    "open_blob",
    "paste_blob",
    "keystroke_big",
    "save_big",
}
COMPARED_ROWS = {
    "cached_seed",
    "memory_cached_seed",
    "startup_blob",
    "startup_seed",
    "startup_long",
    "startup_notes",
    "memory_seed",
    "memory_long",
    "startup_full",
    "startup_seed_again",
    "startup_long_again",
    "floor_seed",
    "memory_floor_seed",
}


@pytest.fixture(scope="module")
def benchmark_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, object]]:
    folder = tmp_path_factory.mktemp("bench")
    article = folder / "tiny.md"
    article.write_text(TINY_ARTICLE, encoding="utf-8")
    table = folder / "table.json"
    command = [sys.executable, "-m", "benchmarks", "--repeat", "1", "--warmup", "0"]
    command += ["--article", str(article), "--long-bytes", "20000", "--reflections", "30"]
    command += ["--notes-bytes", "20000"]
    command += ["--blob-chars", "30000", "--big-chars", "100000"]
    command += ["--json", str(table)]
    done = subprocess.run(
        command,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout, json.loads(table.read_text(encoding="utf-8"))


@pytest.mark.e2e
def test_benchmark_json_has_every_row_with_numbers(
    benchmark_run: tuple[str, dict[str, object]],
) -> None:
    _, payload = benchmark_run
    rows = payload["rows"]
    assert isinstance(rows, list)
    assert {row["id"] for row in rows} == ROW_IDS
    for row in rows:
        assert row["tether"], row["id"]
        for key in ("median", "max"):
            assert isinstance(row[key], float), (row["id"], key)
            assert math.isfinite(row[key]), (row["id"], key)
            assert row[key] >= 0, (row["id"], key)
        assert row["verdict"] in {"PASS", "MISS", "info"}, row["id"]
        if row["id"] in COMPARED_ROWS:
            assert row["other"], row["id"]
            assert isinstance(row["ratio"], float), row["id"]
            assert row["ratio"] > 0, row["id"]


@pytest.mark.e2e
def test_benchmark_reports_the_machine_and_the_reflections_list_rows(
    benchmark_run: tuple[str, dict[str, object]],
) -> None:
    _, payload = benchmark_run
    machine = payload["machine"]
    assert isinstance(machine, dict)
    assert {"nproc", "cpu", "python", "qt"} <= machine.keys()
    list_row = next(row for row in payload["rows"] if row["id"] == "list_open")
    assert list_row["note"] == "first page: 30 rows"


@pytest.mark.e2e
def test_benchmark_prints_the_table_with_every_measure(
    benchmark_run: tuple[str, dict[str, object]],
) -> None:
    stdout, payload = benchmark_run
    assert "| Measure" in stdout
    for row in payload["rows"]:
        assert f"| {row['label']}" in stdout, row["label"]
