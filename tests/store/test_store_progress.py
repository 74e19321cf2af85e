"""Reading progress in the store: which sections the reader has read, kept across restarts."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tether.store import DATABASE_NAME, Store, StoreError
from tether.store.schema import MIGRATIONS, SCHEMA_VERSION


class SteppingClock:
    """A clock that moves a minute on every call."""

    def __init__(self) -> None:
        self.now = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def read_at(path: Path) -> dict[tuple[str, str], str]:
    with closing(sqlite3.connect(path)) as conn:
        rows = conn.execute("SELECT article_id, section_id, read_at FROM sections_read")
        return {(a, s): stamp for a, s, stamp in rows}


def test_a_new_store_has_read_nothing(store: Store) -> None:
    assert store.sections_read("article") == set()


def test_sections_marked_read_are_remembered_per_article(store: Store) -> None:
    store.mark_section_read("article", "introduction")
    store.mark_section_read("article", "conclusion")
    store.mark_section_read("other", "introduction")

    assert store.sections_read("article") == {"introduction", "conclusion"}
    assert store.sections_read("other") == {"introduction"}


def test_reading_progress_survives_reopening_the_file(data_dir: Path) -> None:
    with Store.open_in(data_dir) as store:
        store.mark_section_read("article", "what-independence-actually-means")

    with Store.open_in(data_dir) as store:
        assert store.sections_read("article") == {"what-independence-actually-means"}


def test_marking_a_section_twice_keeps_the_first_time_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / DATABASE_NAME
    with Store(path, SteppingClock()) as store:
        store.mark_section_read("article", "introduction")
        first = read_at(path)
        store.mark_section_read("article", "introduction")

        assert store.sections_read("article") == {"introduction"}
    assert read_at(path) == first


def test_a_data_file_from_before_reading_progress_is_upgraded_and_keeps_its_data(
    tmp_path: Path,
) -> None:
    path = tmp_path / DATABASE_NAME
    with closing(sqlite3.connect(path)) as conn:
        conn.executescript(MIGRATIONS[0])
        conn.execute(
            "INSERT INTO ticks (article_id, sign_id, ticked, updated)"
            " VALUES ('article', 'sign', 1, '2024-01-01T00:00:00.000000Z')"
        )
        conn.execute("PRAGMA user_version = 1")
        conn.commit()

    with Store(path) as store:
        assert store.ticks("article") == {"sign": True}
        assert store.sections_read("article") == set()
        store.mark_section_read("article", "introduction")
        assert store.sections_read("article") == {"introduction"}

    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_closed_store_refuses_to_mark_or_read(tmp_path: Path) -> None:
    store = Store(tmp_path / DATABASE_NAME)
    store.close()

    with pytest.raises(StoreError, match="already closed"):
        store.mark_section_read("article", "introduction")
    with pytest.raises(StoreError, match="already closed"):
        store.sections_read("article")
