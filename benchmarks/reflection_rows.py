"""The benchmark's rows for big reflections: a pasted blob, a 5 MB reflection typed into.

Issue 13: a 1 MB reflection without a space or a line break froze the window for over
a minute when pasted and again at the next start, and the autosave either never ran
while the reader typed or (had it run) held the GUI thread while writing megabytes.
"""

from __future__ import annotations

import argparse
import statistics
from collections.abc import Mapping, Sequence
from pathlib import Path

from benchmarks.processes import ChildRun
from benchmarks.reflection_driver import blob
from benchmarks.report import Row
from tether.content import ArticleRenderer
from tether.store import Store

FRAME_MS = 16.0
# The target for pasting and reopening a 1 MB unbroken reflection.
BLOB_MS = 500.0


def seed_blob(data_dir: Path, article: Path, chars: int) -> None:
    """A data folder whose first section's reflection is ``chars`` of unbroken base64."""
    whole = ArticleRenderer(article).article()
    with Store.open_in(data_dir) as store:
        store.save_reflection(whole.id, whole.sections[0].id, blob(chars))


def _size(chars: int) -> str:
    return f"{chars / 1_000_000:g} MB" if chars >= 100_000 else f"{chars / 1000:g} KB"


def reflection_rows(
    runs: Mapping[str, Sequence[ChildRun]],
    samples: Mapping[str, object],
    args: argparse.Namespace,
) -> list[Row]:
    """The rows from the processes (``tether_blob``) and the reflection driver's samples."""
    blob_size, big_size = _size(args.blob_chars), _size(args.big_chars)

    def series(key: str) -> list[float]:
        values = samples[key]
        assert isinstance(values, list)
        return [float(value) for value in values]

    keys = series("keystroke_big")
    slow = sum(value > FRAME_MS for value in keys)
    return [
        Row("startup_blob", f"Start-up to first paint, {blob_size} unbroken reflection", "ms",
            [run.startup_ms for run in runs["tether_blob"]],
            [run.startup_ms for run in runs["baseline_seed"]], "baseline"),
        Row("open_blob", f"Window open to reflection painted, {blob_size} unbroken reflection",
            "ms", series("open_blob"), value_max=BLOB_MS),
        Row("paste_blob", f"Paste {blob_size} without spaces into a reflection", "ms",
            series("paste_blob"), value_max=BLOB_MS),
        Row("keystroke_big", f"Keystroke while typing on, {big_size} reflection", "ms",
            keys, value_max=FRAME_MS,
            note=f"{len(keys)} keys every 40 ms, {samples['autosaves']} autosaves meanwhile; "
            f"{slow} keys over {FRAME_MS:g} ms, p95 {_p95(keys):.1f} ms"),
        Row("save_big", f"Reflection save (to durable), {big_size} reflection", "ms",
            series("save_big")),
    ]  # fmt: skip


def _p95(values: Sequence[float]) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=20)[-1]
