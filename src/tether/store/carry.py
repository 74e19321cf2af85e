"""Moving a reader's data to the ids an article has now, when its outline rule changed.

Reflections, ticks, read marks and the reading place are keyed by article and section
(a sign's id starts with its section's). When Tether reads an article's outline by a new
rule (CommonMark headings, in 0.2), a section may have a new id: its rows are moved to
it here, in one durable transaction. A row is never overwritten: where the new id
already has data, the old row stays where it was (shown as a reflection of a removed
section, as ever), so nothing the reader wrote is lost.
"""

from __future__ import annotations

import sqlite3

# (table, the column holding the section id, whether it is a sign id "section/…").
# A reflection's earlier versions go before it: both follow the same rule (they stay
# where they are when the new section has a reflection of its own).
_KEYED = (
    ("reflection_versions", "section_id", False),
    ("reflections", "section_id", False),
    ("sections_read", "section_id", False),
    ("positions", "section_id", False),
    ("ticks", "sign_id", True),
    ("checkin_ticks", "sign_id", True),
    ("speaker_notes", "section_id", False),
    ("workshop_counts", "sign_id", True),
)
# Tables keyed by the article alone.
_BY_ARTICLE = ("checkins", "workshops")


def stored_section_ids(conn: sqlite3.Connection, article_id: str) -> set[str]:
    """Every section id the article's data names (a sign's section included)."""
    found: set[str] = set()
    for table, column, is_sign in _KEYED:
        rows = conn.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE article_id = ?", (article_id,)
        )
        for (value,) in rows:
            found.add(str(value).split("/", 1)[0] if is_sign else str(value))
    return found


def carry_over(
    conn: sqlite3.Connection, old_article: str, new_article: str, sections: dict[str, str]
) -> int:
    """Move rows from ``old_article`` / old section ids to ``new_article`` / new ones.

    Returns how many rows moved. Runs inside the caller's transaction.
    """
    moved = 0
    for table, column, is_sign in _KEYED:
        rows = conn.execute(
            f"SELECT rowid, {column} FROM {table} WHERE article_id = ?", (old_article,)
        ).fetchall()
        for rowid, value in rows:
            key = str(value)
            section, slash, rest = key.partition("/") if is_sign else (key, "", "")
            target = sections.get(section, section) + slash + rest
            if target == key and new_article == old_article:
                continue
            if table.startswith("reflection") and _has_reflection(conn, new_article, target):
                continue  # the newer one would hide it: it stays where it was
            try:
                conn.execute(
                    f"UPDATE {table} SET article_id = ?, {column} = ? WHERE rowid = ?",
                    (new_article, target, rowid),
                )
            except sqlite3.IntegrityError:
                continue  # the new id has its own row already: this one stays as it was
            moved += 1
    if new_article != old_article:
        for table in _BY_ARTICLE:
            query = f"SELECT rowid FROM {table} WHERE article_id = ?"
            for (rowid,) in conn.execute(query, (old_article,)).fetchall():
                try:
                    conn.execute(
                        f"UPDATE {table} SET article_id = ? WHERE rowid = ?", (new_article, rowid)
                    )
                except sqlite3.IntegrityError:
                    continue
                moved += 1
    return moved


def _has_reflection(conn: sqlite3.Connection, article_id: str, section_id: str) -> bool:
    row = conn.execute(
        "SELECT 1 FROM reflections WHERE article_id = ? AND section_id = ? LIMIT 1",
        (article_id, section_id),
    ).fetchone()
    return row is not None
