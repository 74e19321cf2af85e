"""Which reflections count and are listed: SQLite decides "blank" exactly as Python's strip()."""

from __future__ import annotations

import sqlite3
import sys
import uuid
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tether.store import DATABASE_NAME, Store
from tether.store.schema import MIGRATIONS, SCHEMA_VERSION, VISIBLE_TEXT

WHITESPACE = "".join(chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace())
# Look like space, but Python's strip() keeps them, so a reflection of them is not blank.
NOT_WHITESPACE = ["\u200b", "\u180e", "\ufeff", "\u2060", "\x00", "\u00ad"]
VISIBLE_INDEX = "reflections_visible_by_article_updated"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / DATABASE_NAME) as opened:
        yield opened


def insert_raw(path: Path, rows: list[tuple[str, str, object]]) -> None:
    """Rows straight into the file, as another program (or an old Tether) wrote them."""
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.executemany(
            "INSERT INTO reflections (article_id, section_id, text, created, updated)"
            " VALUES (?, ?, ?, '2024-01-01T00:00:00.000000Z', '2024-01-01T00:00:00.000000Z')",
            rows,
        )


def all_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("reflections", "ticks", "positions", "sections_read")
        }


def test_the_condition_knows_every_character_python_strips() -> None:
    codes = VISIBLE_TEXT.split("char(", 1)[1].split(")", 1)[0]
    assert "".join(chr(int(code)) for code in codes.split(",")) == WHITESPACE


@pytest.mark.parametrize("space", list(WHITESPACE), ids=lambda c: f"U+{ord(c):04X}")
def test_a_reflection_of_any_unicode_whitespace_is_blank(store: Store, space: str) -> None:
    store.save_reflection("article", "intro", space * 3)
    store.save_reflection("article", "next", f"{space}words{space}")

    assert store.count_reflections("article") == 1
    assert [r.text for r in store.reflections("article")] == [f"{space}words{space}"]


@pytest.mark.parametrize("char", NOT_WHITESPACE, ids=lambda c: f"U+{ord(c):04X}")
def test_characters_python_keeps_make_a_reflection_visible(store: Store, char: str) -> None:
    store.save_reflection("article", "intro", f" {char}\n")

    assert store.count_reflections("article") == 1
    assert [r.text for r in store.reflections("article")] == [f" {char}\n"]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    texts=st.lists(
        st.text(
            alphabet=st.one_of(
                st.sampled_from(WHITESPACE + "".join(NOT_WHITESPACE) + "a\u00e9\u4e2d"),
                st.characters(blacklist_categories=("Cs",)),
            ),
            max_size=6,
        ),
        max_size=8,
    )
)
def test_counted_and_listed_reflections_are_those_python_calls_not_blank(
    store: Store, texts: list[str]
) -> None:
    article = uuid.uuid4().hex  # a fresh article for every example
    for n, text in enumerate(texts):
        store.save_reflection(article, f"section-{n}", text)

    expected = sorted(text for text in texts if text.strip())
    assert store.count_reflections(article) == len(expected)
    assert sorted(r.text for r in store.reflections(article, limit=100)) == expected


def test_text_stored_as_bytes_is_never_blank_as_str_of_bytes_is_not(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    Store(path).close()
    insert_raw(path, [("article", "intro", b""), ("article", "next", b" ")])

    with Store(path) as store:
        assert store.count_reflections("article") == 2


def test_the_visible_reflections_are_counted_from_their_index_alone(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    Store(path).close()
    insert_raw(path, [("article", f"s{n}", "  " if n % 3 else f"text {n}") for n in range(30)])

    with closing(sqlite3.connect(path)) as conn:
        # INDEXED BY fails unless the index can answer the condition by itself.
        (count,) = conn.execute(
            f"SELECT count(*) FROM reflections INDEXED BY {VISIBLE_INDEX}"
            f" WHERE article_id = ? AND {VISIBLE_TEXT}",
            ("article",),
        ).fetchone()
    assert count == 10


def version_2_file(path: Path) -> None:
    """A data file as Tether wrote it before migration 3, with every kind of row."""
    with closing(sqlite3.connect(path)) as conn, conn:
        for script in MIGRATIONS[:2]:
            conn.executescript(script)
        conn.execute("PRAGMA user_version = 2")
    insert_raw(
        path,
        [
            ("article", f"section-{n}", ["kept", " \u3000\n", "", "more\u2028"][n % 4])
            for n in range(40)
        ],
    )
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "INSERT INTO ticks VALUES ('article', 'sign', 1, '2024-01-01T00:00:00.000000Z')"
        )
        conn.execute(
            "INSERT INTO positions VALUES"
            " ('article', '/a.md', 'section-3', 0.5, '2024-01-01T00:00:00.000000Z')"
        )
        conn.execute(
            "INSERT INTO sections_read VALUES"
            " ('article', 'section-1', '2024-01-01T00:00:00.000000Z')"
        )


def test_a_version_2_file_is_upgraded_and_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    version_2_file(path)
    before = all_rows(path)

    with Store(path) as store:
        assert store.count_reflections("article") == 20
        assert len(store.reflections("article", limit=100)) == 20
        assert store.ticks("article") == {"sign": True}

    assert all_rows(path) == before
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        indexes = {row[1] for row in conn.execute("PRAGMA index_list(reflections)")}
        assert VISIBLE_INDEX in indexes
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_the_index_follows_edits_that_blank_or_fill_a_reflection(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    version_2_file(path)
    with Store(path) as store:
        store.save_reflection("article", "section-0", "\t")
        store.save_reflection("article", "section-1", "now written")

        assert store.count_reflections("article") == 20
        texts = [r.text for r in store.reflections("article", limit=100)]
    assert "now written" in texts
    assert texts.count("kept") == 9
