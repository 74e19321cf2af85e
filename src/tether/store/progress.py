"""Reading progress: which sections of an article the reader has read.

The SQL behind :meth:`Store.sections_read` and :meth:`Store.mark_section_read`, kept
here so the Store class stays small. A section stays read once marked: the first time
is kept, and rows for sections an edited article no longer has are kept too (they
simply match nothing).
"""

from __future__ import annotations

import sqlite3


def read_sections(conn: sqlite3.Connection, article_id: str) -> set[str]:
    """The ids of the article's sections the reader has read."""
    rows = conn.execute(
        "SELECT section_id FROM sections_read WHERE article_id = ?", (article_id,)
    ).fetchall()
    return {str(section_id) for (section_id,) in rows}


def mark_read(conn: sqlite3.Connection, article_id: str, section_id: str, stamp: str) -> None:
    """Record that a section was read at ``stamp``; a section read before keeps its time."""
    conn.execute(
        "INSERT INTO sections_read (article_id, section_id, read_at) VALUES (?, ?, ?)"
        " ON CONFLICT (article_id, section_id) DO NOTHING",
        (article_id, section_id, stamp),
    )
