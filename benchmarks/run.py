"""``python -m benchmarks``: Tether against the bare-Qt baseline (and ReText), in one run.

Whole processes, each run alone with a fresh data folder, rounds interleaved so that a
slow moment of the machine hits every case alike (one unmeasured warm-up round first):

* start-up to the first paint: ``tether --quit-after-startup --data-dir <fresh>`` and
  ``benchmarks/bare_baseline.py`` on the seed article and on a generated 1 MB one;
  Tether also with 10,000 reflections in its data folder, and started again and again
  on one data folder (the reader's second and later starts: caches warm);
* the feature floor (``benchmarks/feature_floor.py``: the baseline plus what Tether's
  first screen needs, made in bare PySide6), on the seed article, for scale;
* peak memory of each (the child's own ``ru_maxrss``);
* optionally ReText (``--retext-python``, a throwaway venv's interpreter).

Then in-process GUI-thread timings (``benchmarks.gui_driver``, one process per
article; ``benchmarks.reflection_driver`` for a pasted 1 MB unbroken reflection and
keys typed into a 5 MB one, with its own start-up case ``tether_blob``;
``benchmarks.history_driver`` for View › History on 100 check-ins × 30 signs). Qt runs
offscreen on a 1920x1080 virtual screen (``--screen``), so that the
windows have a desktop's size rather than the offscreen default of 800x800.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from benchmarks.articles import make_long_article, make_release_notes, seed_reflections
from benchmarks.processes import ChildRun, run_child
from benchmarks.reflection_rows import reflection_rows, seed_blob
from benchmarks.report import Row, describe_machine, format_table, machine
from tether.content.cache.render import CACHE_DIR_NAME

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
FRAME_MS = 16.0
LIST_MS = 100.0
HISTORY_MS = 100.0
# Issue 19: the rest of the window (panels, menus, deferred start-up work) this soon
# after the page's first paint.
COMPLETE_MS = 120.0
# ReText's times over the bare baseline's on the machine (0.84 s / 0.16 s and
# 2.45 s / 0.67 s), used to estimate ReText here when it is not measured.
RETEXT_QUOTED_RATIO = {"seed": 0.84 / 0.16, "long": 2.45 / 0.67}
RETEXT_ESTIMATE_NOTE = (
    "ReText not measured: estimated as the issue's ReText/baseline ratio × baseline"
)


FLOOR_NOTE = (
    "the baseline plus what Tether's first screen needs, in bare PySide6: Qt's namespace, "
    "a main window with its docks, the reading font, the settings and an SQLite store; "
    "after its first paint, the panels' contents and the menus' actions (in its peak "
    "memory); benchmarks/feature_floor.py. Tether over it is Tether's own work"
)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """Read the benchmark's command line."""
    from tether.bundled import bundled_article_path

    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--repeat", type=int, help="measured runs of each case (default 9)")
    parser.add_argument("--quick", action="store_true", help="3 runs of each case")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured rounds (default 1)")
    parser.add_argument("--json", type=Path, help="also write the table and samples here")
    parser.add_argument(
        "--article", type=Path, default=bundled_article_path(), help="the seed article"
    )
    parser.add_argument(
        "--long-bytes", type=int, default=1 << 20, help="size of the long article (1 MiB)"
    )
    parser.add_argument(
        "--notes-bytes",
        type=int,
        default=900 * 1024,
        help="size of the release notes with setext headings and raw HTML (900 KiB)",
    )
    parser.add_argument(
        "--reflections", type=int, default=10_000, help="reflections for the list (10,000)"
    )
    parser.add_argument(
        "--blob-chars", type=int, default=1_000_000, help="an unbroken reflection (1,000,000)"
    )
    parser.add_argument(
        "--big-chars", type=int, default=5_000_000, help="a big reflection (5,000,000)"
    )
    parser.add_argument("--screen", default="1920x1080", help="offscreen screen size")
    parser.add_argument(
        "--retext-python",
        type=Path,
        help="Python of a venv with ReText + PyQt6, to measure ReText too",
    )
    args = parser.parse_args(argv)
    if args.repeat is None:
        args.repeat = 3 if args.quick else 9
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def child_environment(work: Path, screen: str) -> dict[str, str]:
    """The environment of every measured process: offscreen, in a home of its own."""
    width, height = (int(part) for part in screen.lower().split("x"))
    config = work / "screen.json"
    screens = [{"name": "bench", "x": 0, "y": 0, "width": width, "height": height}]
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    home = work / "home"
    runtime = work / "runtime"
    home.mkdir()
    runtime.mkdir(mode=0o700)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_"))}
    env.pop("TETHER_DATA_DIR", None)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={config}",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return env


class Bench:
    """One benchmark run: its work folder, its inputs and its cases."""

    def __init__(self, args: argparse.Namespace, work: Path) -> None:
        self.args = args
        self.work = work
        self.env = child_environment(work, args.screen)
        self.seed = args.article.resolve()
        self.long = make_long_article(self.seed, work / "long-article.md", args.long_bytes)
        self.notes = make_release_notes(work / "CHANGELOG.md", args.notes_bytes)
        self.full_dir = work / "full-data"
        seed_reflections(self.full_dir, self.seed, args.reflections)
        self.blob_dir = work / "blob-data"
        seed_blob(self.blob_dir, self.seed, args.blob_chars)
        self._runs = 0
        tether = Path(sys.executable).with_name("tether")
        if not tether.is_file():
            raise SystemExit(f"benchmarks: no tether command beside {sys.executable}")
        self.tether = str(tether)
        compile_tether()
        self.cached_dir = self.warm_render_cache(work / "cached-data")

    def warm_render_cache(self, folder: Path) -> Path:
        """A data folder holding only the seed article's render cache (made by one start,
        then everything else removed): the rendering is warm, the reader's data new."""
        scratch = self.work / "cache-scratch"
        run_child([self.tether, "--quit-after-startup", "--data-dir", str(scratch),
                   str(self.seed)], self.env, self.work)  # fmt: skip
        folder.mkdir(mode=0o700)
        shutil.copytree(scratch / CACHE_DIR_NAME, folder / CACHE_DIR_NAME)
        return folder

    def fresh_dir(self, template: Path | None = None) -> Path:
        """A new data folder (a copy of ``template`` if given)."""
        self._runs += 1
        path = self.work / "runs" / f"data-{self._runs}"
        if template is None:
            path.parent.mkdir(exist_ok=True)
            return path
        shutil.copytree(template, path)
        return path

    def cases(self) -> dict[str, Callable[[], list[str]]]:
        """Each whole-process case: a command maker (each call gets a fresh data folder)."""
        baseline = [sys.executable, str(HERE / "bare_baseline.py")]
        quit_after = "--quit-after-startup"
        cases: dict[str, Callable[[], list[str]]] = {
            "tether_seed": lambda: [
                self.tether, quit_after, "--data-dir", str(self.fresh_dir()), str(self.seed)
            ],
            "baseline_seed": lambda: [*baseline, str(self.seed)],
            "tether_seed_cached": lambda: [
                self.tether, quit_after, "--data-dir", str(self.fresh_dir(self.cached_dir)),
                str(self.seed),
            ],
            "tether_blob": lambda: [
                self.tether, quit_after, "--data-dir", str(self.fresh_dir(self.blob_dir)),
                str(self.seed),
            ],
            "tether_long": lambda: [
                self.tether, quit_after, "--data-dir", str(self.fresh_dir()), str(self.long)
            ],
            "baseline_long": lambda: [*baseline, str(self.long)],
            "tether_notes": lambda: [
                self.tether, quit_after, "--data-dir", str(self.fresh_dir()), str(self.notes)
            ],
            "baseline_notes": lambda: [*baseline, str(self.notes)],
            # The baseline plus what Tether's first screen needs, in bare PySide6.
            "floor_seed": lambda: [
                sys.executable, str(HERE / "feature_floor.py"), "--data-dir",
                str(self.fresh_dir()), str(self.seed),
            ],
            "tether_full": lambda: [
                self.tether, quit_after, "--data-dir", str(self.fresh_dir(self.full_dir)),
                str(self.seed),
            ],
            # The same data folder every time: a reader's second and later starts.
            "tether_seed_again": lambda: [
                self.tether, quit_after, "--data-dir", str(self.work / "again-seed"),
                str(self.seed),
            ],
            "tether_long_again": lambda: [
                self.tether, quit_after, "--data-dir", str(self.work / "again-long"),
                str(self.long),
            ],
        }  # fmt: skip
        if self.args.retext_python is not None:
            driver = [str(self.args.retext_python), str(HERE / "retext_driver.py")]
            cases["retext_seed"] = lambda: [*driver, str(self.seed)]
            cases["retext_long"] = lambda: [*driver, str(self.long)]
        return cases

    def processes(self) -> dict[str, list[ChildRun]]:
        """Run every case ``warmup + repeat`` times, interleaved; keep the measured runs."""
        cases = self.cases()
        runs: dict[str, list[ChildRun]] = {name: [] for name in cases}
        for round_ in range(self.args.warmup + self.args.repeat):
            for name, command in cases.items():
                run = run_child(command(), self.env, self.work)
                if round_ >= self.args.warmup:
                    runs[name].append(run)
            print(f"  round {round_ + 1} of {self.args.warmup + self.args.repeat}", flush=True)
        return runs

    def gui(self, article: Path, with_list: bool) -> dict[str, object]:
        """The in-process timings on one article (a process of its own)."""
        out = self.work / f"gui-{article.stem}.json"
        command = [sys.executable, "-m", "benchmarks.gui_driver", "--article", str(article)]
        command += ["--data-dir", str(self.fresh_dir()), "--repeat", str(self.args.repeat)]
        command += ["--json", str(out)]
        if with_list:
            command += ["--list-data-dir", str(self.fresh_dir(self.full_dir))]
        done = subprocess.run(command, env=self.env, cwd=REPO, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"benchmarks: the GUI driver failed on {article}:\n{done.stderr}")
        result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
        return result

    def history(self) -> dict[str, object]:
        """View › History on 100 check-ins × 30 signs (a process of its own)."""
        out = self.work / "gui-history.json"
        command = [sys.executable, "-m", "benchmarks.history_driver", "--article", str(self.seed)]
        command += ["--data-dir", str(self.fresh_dir()), "--repeat", str(self.args.repeat)]
        command += ["--json", str(out)]
        done = subprocess.run(command, env=self.env, cwd=REPO, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"benchmarks: the history driver failed:\n{done.stderr}")
        result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
        return result

    def reflections(self) -> dict[str, object]:
        """The in-process timings of big reflections (a process of their own)."""
        out = self.work / "gui-reflections.json"
        command = [sys.executable, "-m", "benchmarks.reflection_driver"]
        command += ["--article", str(self.seed), "--data-dir", str(self.fresh_dir())]
        command += ["--repeat", str(self.args.repeat), "--json", str(out)]
        command += ["--blob-chars", str(self.args.blob_chars)]
        command += ["--big-chars", str(self.args.big_chars)]
        done = subprocess.run(command, env=self.env, cwd=REPO, capture_output=True, text=True)
        if done.returncode != 0:
            raise SystemExit(f"benchmarks: the reflection driver failed:\n{done.stderr}")
        result: dict[str, object] = json.loads(out.read_text(encoding="utf-8"))
        return result


def build_rows(
    runs: dict[str, list[ChildRun]], gui: dict[str, dict[str, object]], args: argparse.Namespace
) -> list[Row]:
    """The table's rows from the measurements."""
    kib = args.long_bytes / 1024
    size = f"{kib / 1024:.3g} MB" if kib >= 1024 else f"{kib:.0f} KB"
    n = f"{args.reflections:,}"
    notes = f"{args.notes_bytes // 1024:,} KB"

    def ms(name: str) -> list[float]:
        return [run.startup_ms for run in runs[name]]

    def after_paint(name: str) -> list[float]:
        return [
            run.complete_ms - run.startup_ms for run in runs[name] if run.complete_ms is not None
        ]

    def mib(name: str) -> list[float]:
        return [run.peak_mib for run in runs[name]]

    base = "baseline"
    rows = [
        Row("startup_seed", "Start-up to first paint, seed article", "ms",
            ms("tether_seed"), ms("baseline_seed"), base, ratio_max=1.3,
            note="issue 19: at most 1.3× the baseline, the goal 1.2×"),
        Row("cached_seed", "First paint with a warm render cache, seed article", "ms",
            ms("tether_seed_cached"), ms("baseline_seed"), base, ratio_max=1.3),
        Row("memory_cached_seed", "Peak memory with a warm render cache, seed article", "MiB",
            mib("tether_seed_cached"), mib("baseline_seed"), base, ratio_max=1.2),
        Row("complete_seed", "Complete window (every panel painted) after the first paint, "
            "seed article", "ms", after_paint("tether_seed"), value_max=COMPLETE_MS),
        Row("startup_long", f"Start-up to first paint, {size} article", "ms",
            ms("tether_long"), ms("baseline_long"), base, ratio_max=0.6),
        Row("startup_notes", f"Start-up to first paint, {notes} release notes (setext, HTML)",
            "ms", ms("tether_notes"), ms("baseline_notes"), base, ratio_max=0.6),
        Row("memory_seed", "Peak memory, seed article", "MiB",
            mib("tether_seed"), mib("baseline_seed"), base, ratio_max=1.2),
        Row("memory_long", f"Peak memory, {size} article", "MiB",
            mib("tether_long"), mib("baseline_long"), base, ratio_max=1.2),
        Row("startup_full", f"Start-up, seed article, {n} reflections", "ms",
            ms("tether_full"), ms("baseline_seed"), base),
        Row("startup_seed_again", "Start-up again (same data folder), seed article", "ms",
            ms("tether_seed_again"), ms("baseline_seed"), base),
        Row("startup_long_again", f"Start-up again (same data folder), {size} article", "ms",
            ms("tether_long_again"), ms("baseline_long"), base),
        Row("floor_seed", "Feature floor to first paint, seed article", "ms",
            ms("floor_seed"), ms("baseline_seed"), base, note=FLOOR_NOTE),
        Row("memory_floor_seed", "Peak memory at the feature floor (panels filled), "
            "seed article", "MiB", mib("floor_seed"), mib("baseline_seed"), base),
    ]  # fmt: skip
    long_label = f"{size} article"
    for key, label, tether in (
        ("seed", "seed article", "tether_seed"),
        ("long", long_label, "tether_long"),
    ):
        if f"retext_{key}" in runs:
            rows.append(Row(f"retext_{key}", f"Start-up vs ReText, {label}", "ms",
                            ms(tether), ms(f"retext_{key}"), "ReText"))  # fmt: skip
        else:
            estimate = [value * RETEXT_QUOTED_RATIO[key] for value in ms(f"baseline_{key}")]
            rows.append(Row(f"retext_{key}", f"Start-up vs ReText, {label}", "ms",
                            ms(tether), estimate, "ReText est.",
                            note=RETEXT_ESTIMATE_NOTE))  # fmt: skip
    gui_rows = (
        ("section_move", "Next section", FRAME_MS),
        ("tick", "Tick a sign (with redraw)", FRAME_MS),
        ("tick_text", "Tick written into the page's text (after ticking)", None),
        ("keystroke", "Keystroke in the reflection", FRAME_MS),
        ("save", "Reflection save (to durable)", None),
    )
    for key, label, bound in gui_rows:
        for article, name in (("seed", "seed article"), ("long", f"{size} article")):
            samples = gui[article][key]
            assert isinstance(samples, list)
            rows.append(Row(f"{key}_{article}", f"{label}, {name}", "ms", samples, value_max=bound))
    for article, name in (("seed", "seed article"), ("long", f"{size} article")):
        phases = gui[article]["phases_ms"]
        assert isinstance(phases, dict)
        rows.append(Row(f"rest_{article}", f"Rest rendered after the first paint, {name}",
                        "ms", [phases["rest_rendered"]]))  # fmt: skip
        steps = gui[article]["longest_step"]
        assert isinstance(steps, list)
        rows.append(Row(f"step_{article}", f"Longest GUI pass while it renders, {name}", "ms",
                        steps))  # fmt: skip
    rows.extend(reflection_rows(runs, gui["reflections"], args))
    samples = gui["seed"]["list_open"]
    assert isinstance(samples, list)
    rows.append(
        Row("list_open", f"Open reflections list, {n} reflections", "ms", samples,
            value_max=LIST_MS, note=f"first page: {gui['seed']['list_rows']} rows")
    )  # fmt: skip
    history = gui["history"]
    samples = history["history_open"]
    assert isinstance(samples, list)
    rows.append(
        Row("history_open", f"Open History, {history['checkins']} check-ins × "
            f"{history['signs']} signs", "ms", samples, value_max=HISTORY_MS,
            note="View › History to the window's first paint: charts and tables")
    )  # fmt: skip
    return rows


def compile_tether() -> None:
    """Byte-compile Tether's modules, as installing a wheel does.

    Python imports an installed package from its .pyc files; with
    ``PYTHONDONTWRITEBYTECODE`` set (as some shells and CI images do), an editable
    install would compile every module it imports from source on every start (tens of
    milliseconds), which no installed copy does and the baseline (whose PySide6 and
    markdown-it-py come compiled from their wheels) never pays.
    """
    spec = importlib.util.find_spec("tether")
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in folders:
        compileall.compile_dir(folder, quiet=1)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table, and write the JSON if asked."""
    args = parse_args(argv)
    info = machine()
    print(f"Machine: {describe_machine(info)}", flush=True)
    with tempfile.TemporaryDirectory(prefix="tether-bench-") as folder:
        bench = Bench(args, Path(folder))
        print(f"Whole processes: {args.warmup} warm-up + {args.repeat} measured rounds", flush=True)
        runs = bench.processes()
        print("In-process GUI timings", flush=True)
        gui = {"seed": bench.gui(bench.seed, True), "long": bench.gui(bench.long, False)}
        gui["reflections"] = bench.reflections()
        gui["history"] = bench.history()
    rows = build_rows(runs, gui, args)
    print()
    print(format_table(rows))
    print(
        "Start-up: ms from process start to the first paint of the page (medians). "
        "GUI rows: ms on the GUI thread from the action to an empty event queue "
        "(layout and repaint included). Verdicts judge medians."
    )
    for row in rows:
        if row.note:
            print(f"  {row.id}: {row.note}")
    if args.json is not None:
        payload = {
            "machine": info,
            "settings": {k: str(v) for k, v in vars(args).items()},
            "rows": [row.as_json() for row in rows],
            "gui_phases_ms": {name: result.get("phases_ms") for name, result in gui.items()},
            "gui_paints": {name: result.get("paints") for name, result in gui.items()},
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0
