"""The benchmark's table: rows of medians, ratios and verdicts, as text and as JSON."""

from __future__ import annotations

import os
import platform
import statistics
import sys
from dataclasses import asdict, dataclass, field
from typing import Any

PASS, MISS, INFO = "PASS", "MISS", "info"


@dataclass
class Row:
    """One line of the table.

    ``tether`` holds Tether's samples; ``other`` the samples of what it is compared with
    (the bare baseline or ReText), when there is one. A target is either a ratio
    (Tether's median ≤ ``ratio_max`` × the other's median) or an absolute bound in the
    row's unit (Tether's median ≤ ``value_max``); a row with neither is informational.
    """

    id: str
    label: str
    unit: str
    tether: list[float]
    other: list[float] = field(default_factory=list)
    other_name: str = ""
    ratio_max: float | None = None
    value_max: float | None = None
    note: str = ""

    @property
    def median(self) -> float:
        """Tether's median."""
        return statistics.median(self.tether)

    @property
    def maximum(self) -> float:
        """Tether's worst sample."""
        return max(self.tether)

    @property
    def other_median(self) -> float | None:
        """The median of what Tether is compared with, if anything."""
        return statistics.median(self.other) if self.other else None

    @property
    def ratio(self) -> float | None:
        """Tether's median over the other's."""
        other = self.other_median
        return self.median / other if other else None

    @property
    def target(self) -> str:
        """The target in words, e.g. "≤ 1.2×" or "≤ 16 ms"."""
        if self.ratio_max is not None:
            return f"≤ {self.ratio_max:g}× {self.other_name}"
        if self.value_max is not None:
            return f"≤ {self.value_max:g} {self.unit}"
        return "—"

    @property
    def verdict(self) -> str:
        """PASS or MISS against the target (on medians); ``info`` without one."""
        if self.ratio_max is not None and self.ratio is not None:
            return PASS if self.ratio <= self.ratio_max else MISS
        if self.value_max is not None:
            return PASS if self.median <= self.value_max else MISS
        return INFO

    def as_json(self) -> dict[str, Any]:
        """The row with its computed values."""
        data = asdict(self)
        data.update(
            median=self.median,
            max=self.maximum,
            other_median=self.other_median,
            ratio=self.ratio,
            target=self.target,
            verdict=self.verdict,
        )
        return data


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "ms" and value < 10:
        return f"{value:.2f}"
    return f"{value:.0f}" if value >= 100 else f"{value:.1f}"


def format_table(rows: list[Row]) -> str:
    """The rows as an aligned Markdown table (readable in a terminal and in docs)."""
    header = ["Measure", "Unit", "Tether median", "Tether max", "Compared with", "Ratio"]
    header += ["Target", "Verdict"]
    lines = [header]
    for row in rows:
        other = row.other_median
        compared = f"{_number(other, row.unit)} ({row.other_name})" if other is not None else "—"
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "—"
        lines.append(
            [
                row.label,
                row.unit,
                _number(row.median, row.unit),
                _number(row.maximum, row.unit),
                compared,
                ratio,
                row.target,
                row.verdict,
            ]
        )
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    text = [
        "| "
        + " | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
        + " |"
        for line in lines
    ]
    text.insert(1, "| " + " | ".join("-" * width for width in widths) + " |")
    return "\n".join(text)


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    from markdown_it import __version__ as markdown_version
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    cpu = "unknown"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "nproc": len(os.sched_getaffinity(0)),
        "cpu": cpu,
        "system": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "qt": qVersion(),
        "pyside6": pyside_version,
        "markdown": markdown_version,
    }


def describe_machine(info: dict[str, Any]) -> str:
    """The machine in one line."""
    return (
        f"{info['nproc']} CPUs ({info['cpu']}), {info['system']}, Python {info['python']}, "
        f"Qt {info['qt']} (PySide6 {info['pyside6']}), markdown-it-py {info['markdown']}"
    )
