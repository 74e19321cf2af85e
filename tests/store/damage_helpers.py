"""Real data files full of known rows, and ways to damage them, for the recovery tests."""

from __future__ import annotations

import os
import re
import sqlite3
import stat
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tether.store import DATABASE_NAME, Store

START = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
PAGE_SIZE = 4096
MARKER = re.compile(rb"<r(\d{5})>")


class SteppingClock:
    """A clock one second later on every call, so order never rests on the wall clock."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def text_of(number: int) -> str:
    """A reflection text that carries its number as a marker findable in the file."""
    return f"<r{number:05d}> " + f"Reflection {number}: I noticed something today. " * 6


@dataclass
class Known:
    """What a database made by ``fill`` holds."""

    reflections: dict[int, tuple[str, str, str]] = field(default_factory=dict)
    ticks: dict[tuple[str, str], bool] = field(default_factory=dict)
    positions: dict[str, tuple[str, str, float]] = field(default_factory=dict)


def fill(path: Path, reflections: int = 1500, prefix: str = "article") -> Known:
    """Make a Tether database at ``path`` holding known rows, all in the main file.

    The schema comes from Store; the rows are written in one transaction, with the
    same shapes and timestamps Store writes, interleaving the tables so their pages
    are spread over the file. Closing checkpoints everything into the main file.
    """
    Store(path).close()
    known = Known()
    moment = START
    with closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("BEGIN")
        for i in range(reflections):
            moment += timedelta(seconds=1)
            article, section = f"{prefix}-{i % 7}", f"section-{i}"
            conn.execute(
                "INSERT INTO reflections (id, article_id, section_id, text, created, updated)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (i + 1, article, section, text_of(i), stamp(moment), stamp(moment)),
            )
            known.reflections[i + 1] = (article, section, text_of(i))
            if i % 4 == 0:
                key = (article, f"sign-{i}")
                # Each article's ticks belong to one check-in, started at START.
                conn.execute(
                    "INSERT OR IGNORE INTO checkins VALUES (?, ?, '', 0, ?)",
                    (article, stamp(START), stamp(START)),
                )
                conn.execute(
                    "INSERT INTO checkin_ticks VALUES (?, ?, ?, ?, ?)",
                    (article, stamp(START), key[1], i % 8 == 0, stamp(moment)),
                )
                known.ticks[key] = i % 8 == 0
            if i % 60 == 0:
                place = (f"/articles/{article}.md", section, (i % 100) / 100)
                conn.execute(
                    "INSERT OR REPLACE INTO positions VALUES (?, ?, ?, ?, ?)",
                    (article, *place, stamp(moment)),
                )
                known.positions[article] = place
        conn.execute("COMMIT")
        assert conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    assert not Path(f"{path}-wal").exists()
    return known


def markers_in(data: bytes) -> set[int]:
    """Reflection numbers (1-based ids) whose marker appears in ``data``."""
    return {int(found.group(1)) + 1 for found in MARKER.finditer(data)}


def table_leaf_page_with(path: Path, reflection_id: int) -> int:
    """The 0-based number of the table leaf page that holds the reflection's text."""
    data = path.read_bytes()
    offset = data.index(f"<r{reflection_id - 1:05d}>".encode())
    page = offset // PAGE_SIZE
    assert data[page * PAGE_SIZE] == 0x0D, "expected a table b-tree leaf page"
    return page


def index_leaf_page(path: Path) -> int:
    """The 0-based number of an index b-tree leaf page in the middle of the file."""
    data = path.read_bytes()
    pages = len(data) // PAGE_SIZE
    return next(p for p in range(pages // 2, pages) if data[p * PAGE_SIZE] == 0x0A)


def damage_page(path: Path, page: int) -> set[int]:
    """Overwrite the b-tree header and cell pointers of ``page``; return its markers."""
    with path.open("r+b") as file:
        file.seek(page * PAGE_SIZE)
        original = file.read(PAGE_SIZE)
        file.seek(page * PAGE_SIZE)
        file.write(bytes([0xA5]) * 200)
    return markers_in(original)


def rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of the three tables of a healthy database."""
    with closing(sqlite3.connect(path)) as conn:
        return {
            "reflections": conn.execute(
                "SELECT id, article_id, section_id, text FROM reflections ORDER BY id"
            ).fetchall(),
            "ticks": conn.execute(
                "SELECT article_id, sign_id, ticked FROM checkin_ticks"
            ).fetchall(),
            "positions": conn.execute(
                "SELECT article_id, article_path, section_id, scroll FROM positions"
            ).fetchall(),
        }


def texts(path: Path) -> set[tuple[str, str, str]]:
    """(article, section, text) of every reflection row."""
    return {(str(r[1]), str(r[2]), str(r[3])) for r in rows(path)["reflections"]}


def integrity(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def assert_private(folder: Path) -> None:
    """Every folder under (and including) ``folder`` is 0700, every file 0600."""
    if os.name != "posix":
        return
    assert mode_of(folder) == 0o700, folder
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            assert mode_of(Path(root, name)) == 0o700, Path(root, name)
        for name in files:
            assert mode_of(Path(root, name)) == 0o600, Path(root, name)


def database_in(data_dir: Path) -> Path:
    return data_dir / DATABASE_NAME
