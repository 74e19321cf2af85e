"""``python -m benchmarks.gfm_conformance`` runs from the repository and writes its table.

It checks the shape of what comes out (every chapter of the spec, the counted rate, the
Markdown table and its explanation), not the rate itself: that is
``tests/content/test_content_gfm_conformance.py``'s job.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TIMEOUT_S = 300
CHAPTERS = ("Tabs", "Setext headings", "Tables (extension)", "Autolinks (extension)")


def test_conformance_benchmark_prints_each_chapter_and_writes_the_markdown_table(
    tmp_path: Path,
) -> None:
    written = tmp_path / "conformance.md"

    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.gfm_conformance", "--write", str(written)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )

    assert done.returncode == 0, done.stdout + done.stderr
    for chapter in CHAPTERS:
        assert re.search(rf"^{re.escape(chapter)} +\d+ +\d+ +\d+%$", done.stdout, re.M), chapter
    assert re.search(r"^Task list items \(extension\) .*\(not counted\)$", done.stdout, re.M)
    assert re.search(r"^Counted chapters +607 +\d+ +\d+\.\d%", done.stdout, re.M)
    document = written.read_text(encoding="utf-8")
    assert document.startswith("# GFM conformance\n")
    assert "| Setext headings | 27 |" in document
    assert re.search(r"^\| \*\*Counted chapters\*\* \| 607 \| \d+ \| \d+\.\d% \|", document, re.M)
    assert "- **Raw HTML**:" in document
