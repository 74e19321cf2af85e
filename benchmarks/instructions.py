"""Start-up's work counted, not timed: instructions to the first paint, against the baseline.

``python -m benchmarks.instructions [--article FILE] [--valgrind PATH] [--floor]`` runs the
bare baseline and Tether (on a fresh data folder, "cold", and on one holding the article's
render cache, "warm") under valgrind's callgrind, each leaving at its first paint
(:mod:`benchmarks.first_paint_exit`), and prints how many instructions each executed and
the ratio to the baseline's. ``--floor`` adds the feature floor
(:mod:`benchmarks.feature_floor`) after each of its steps: what Tether's first screen
costs in bare PySide6, step by step, so that Tether's own share is what remains.

Why: wall-clock start-up on a shared machine moves by ±10 % from one run to the next,
more than most single changes save; the instructions a process executes to its first
paint move by less than 0.1 % (nothing in start-up depends on the clock before then).
So this says, in one run, whether a change made start-up do less work, and how much.
It is not the benchmark's verdict (``python -m benchmarks`` measures the time a reader
waits, which also depends on the disk, page faults and the machine); its ratio tracks
that one's processor-time ratio. Each process takes ~15 s under valgrind.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.feature_floor import FIRST_PAINT_STEPS
from benchmarks.run import child_environment, compile_tether
from tether.bundled import bundled_article_path
from tether.content.cache.render import CACHE_DIR_NAME

_COLLECTED = re.compile(r"^==\d+== Collected : (\d+)\s*$", re.MULTILINE)
TIMEOUT_S = 600.0


class MeasureError(RuntimeError):
    """A process could not be measured (the message says why)."""


def collected(report: str) -> int:
    """The instruction count callgrind reports at the end of its output."""
    found = _COLLECTED.findall(report)
    if not found:
        raise MeasureError("callgrind reported no instruction count")
    return int(found[-1])


def count(valgrind: str, case: list[str], env: dict[str, str], cwd: Path) -> int:
    """Instructions ``python -m benchmarks.first_paint_exit CASE...`` executes."""
    command = [
        valgrind,
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        "-m",
        "benchmarks.first_paint_exit",
        *case,
    ]
    repository = Path(__file__).resolve().parent.parent
    env = {**env, "PYTHONPATH": str(repository)}
    done = subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=TIMEOUT_S, check=False
    )
    if done.returncode != 0 or "first_paint" not in done.stdout:
        raise MeasureError(f"{' '.join(case[:2])} did not reach its first paint:\n{done.stderr}")
    return collected(done.stderr)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.instructions",
        description="Instructions executed to the first paint, Tether against the bare baseline.",
    )
    parser.add_argument("--article", type=Path, default=bundled_article_path())
    parser.add_argument("--valgrind", default="valgrind", help="the valgrind command")
    parser.add_argument("--screen", default="1920x1080")
    parser.add_argument(
        "--floor", action="store_true", help="also count the feature floor, step by step"
    )
    return parser.parse_args(argv)


def floor_cases(article: str, work: Path) -> dict[str, list[str]]:
    """The feature floor after each of its steps before the first paint (the panels come
    after it), each with a data folder of its own."""
    return {
        f"floor, + {step}": [
            "floor",
            "--upto",
            step,
            "--data-dir",
            str(work / f"floor-{step}"),
            article,
        ]
        for step in FIRST_PAINT_STEPS
    }


def main(argv: list[str] | None = None) -> int:
    """Measure the cases (the floor's too, with --floor) and print a small table."""
    args = parse_args(argv)
    valgrind = shutil.which(args.valgrind)
    if valgrind is None:
        print(
            f"{args.valgrind} not found: this measure runs each start under valgrind "
            "(Debian: apt install valgrind).",
            file=sys.stderr,
        )
        return 2
    compile_tether()
    article = str(args.article.resolve())
    with tempfile.TemporaryDirectory(prefix="tether-instructions-") as folder:
        work = Path(folder)
        env = child_environment(work, args.screen)
        # One ordinary start writes the article's rendering; the warm case starts on a
        # fresh data folder holding only that cache, as the benchmark's does.
        first = work / "first"
        command = [sys.executable, "-m", "tether", "--quit-after-startup"]
        subprocess.run(
            [*command, "--data-dir", str(first), article],
            env=env,
            cwd=work,
            capture_output=True,
            timeout=TIMEOUT_S,
            check=True,
        )
        if not (first / CACHE_DIR_NAME).is_dir():
            print("instructions: the first start wrote no render cache", file=sys.stderr)
            return 1
        warm = work / "warm"
        warm.mkdir(mode=0o700)
        shutil.copytree(first / CACHE_DIR_NAME, warm / CACHE_DIR_NAME)
        cases = {
            "bare baseline": ["bare", article],
            "Tether, cold": ["tether", "--data-dir", str(work / "cold"), article],
            "Tether, warm render cache": ["tether", "--data-dir", str(warm), article],
        }
        if args.floor:
            cases.update(floor_cases(article, work))
        counts: dict[str, int] = {}
        try:
            for name, case in cases.items():
                counts[name] = count(valgrind, case, env, work)
                print(f"  {name}: {counts[name]:,} instructions", file=sys.stderr, flush=True)
        except (MeasureError, subprocess.TimeoutExpired) as error:
            print(f"instructions: {error}", file=sys.stderr)
            return 1
    baseline = counts["bare baseline"]
    print(f"{'Start-up to first paint':30s} {'instructions':>15s} {'ratio':>6s}")
    for name, value in counts.items():
        print(f"{name:30s} {value:15,d} {value / baseline:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
