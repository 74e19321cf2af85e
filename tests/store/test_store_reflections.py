"""Reflections: one current text per section, saved, counted and listed in pages."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tether.store import DATABASE_NAME, Store

START = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


class SteppingClock:
    """A clock one second later on every call, so order never rests on the wall clock."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> SteppingClock:
    return SteppingClock()


@pytest.fixture
def store(tmp_path: Path, clock: SteppingClock) -> Iterator[Store]:
    with Store(tmp_path / DATABASE_NAME, clock=clock) as opened:
        yield opened


def raw_rows(path: Path) -> list[tuple[object, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT * FROM reflections ORDER BY id").fetchall()


def test_missing_reflection_is_none(store: Store) -> None:
    assert store.reflection_for_section("article", "intro") is None


def test_saved_reflection_round_trips(store: Store, clock: SteppingClock) -> None:
    saved = store.save_reflection("article", "intro", "I see myself here.")

    loaded = store.reflection_for_section("article", "intro")

    assert loaded == saved
    assert saved.article_id == "article"
    assert saved.section_id == "intro"
    assert saved.text == "I see myself here."
    assert saved.created == saved.updated == clock.now
    assert saved.updated.tzinfo is not None
    assert saved.updated.utcoffset() == timedelta(0)


def test_reflection_survives_reopen(tmp_path: Path, clock: SteppingClock) -> None:
    path = tmp_path / DATABASE_NAME
    with Store(path, clock=clock) as store:
        saved = store.save_reflection("article", "intro", "kept")

    with Store(path, clock=clock) as store:
        assert store.reflection_for_section("article", "intro") == saved


def test_new_text_updates_the_same_row_and_keeps_created(store: Store) -> None:
    first = store.save_reflection("article", "intro", "draft")

    second = store.save_reflection("article", "intro", "final")

    assert second.id == first.id
    assert second.created == first.created
    assert second.updated > first.updated
    assert store.reflection_for_section("article", "intro") == second
    assert len(raw_rows(store.path)) == 1


def test_unchanged_text_keeps_updated(store: Store) -> None:
    first = store.save_reflection("article", "intro", "same")

    again = store.save_reflection("article", "intro", "same")

    assert again == first
    assert store.reflection_for_section("article", "intro") == first


def test_empty_text_is_stored_not_deleted(store: Store) -> None:
    store.save_reflection("article", "intro", "something")

    emptied = store.save_reflection("article", "intro", "")

    assert store.reflection_for_section("article", "intro") == emptied
    assert emptied.text == ""
    assert len(raw_rows(store.path)) == 1


def test_blank_reflections_are_not_counted_or_listed(store: Store) -> None:
    store.save_reflection("article", "empty", "")
    store.save_reflection("article", "spaces", " \t\n\u00a0\u3000 ")
    kept = store.save_reflection("article", "words", "  words  ")

    assert store.count_reflections("article") == 1
    assert store.reflections("article") == [kept]


def test_sections_and_articles_are_kept_apart(store: Store) -> None:
    a = store.save_reflection("one", "intro", "one intro")
    b = store.save_reflection("one", "end", "one end")
    c = store.save_reflection("two", "intro", "two intro")

    assert store.reflection_for_section("one", "intro") == a
    assert store.reflection_for_section("one", "end") == b
    assert store.reflection_for_section("two", "intro") == c
    assert store.count_reflections("one") == 2
    assert store.count_reflections("two") == 1
    assert store.reflections("two") == [c]
    assert store.count_reflections("three") == 0


def test_latest_of_several_rows_for_a_section_is_current_and_is_the_one_saved(
    store: Store,
) -> None:
    older = store.save_reflection("article", "intro", "older text")
    later = (START + timedelta(days=1)).isoformat(timespec="microseconds")
    with closing(sqlite3.connect(store.path)) as conn, conn:
        conn.execute(
            "INSERT INTO reflections (article_id, section_id, text, created, updated)"
            " VALUES (?, ?, ?, ?, ?)",
            ("article", "intro", "restored text", later, later),
        )

    current = store.reflection_for_section("article", "intro")
    assert current is not None
    assert current.text == "restored text"

    store.save_reflection("article", "intro", "edited")

    texts = {row[0]: row[3] for row in raw_rows(store.path)}
    assert texts == {older.id: "older text", current.id: "edited"}


def test_equal_timestamps_pick_the_highest_id(tmp_path: Path) -> None:
    with Store(tmp_path / DATABASE_NAME, clock=lambda: START) as store:
        first = store.save_reflection("article", "a", "first")
        second = store.save_reflection("article", "b", "second")
        third = store.save_reflection("article", "c", "third")

        assert store.reflections("article") == [third, second, first]


def test_reflections_are_listed_newest_updated_first(store: Store) -> None:
    store.save_reflection("article", "s1", "one")
    s2 = store.save_reflection("article", "s2", "two")
    s3 = store.save_reflection("article", "s3", "three")
    s1 = store.save_reflection("article", "s1", "one, revised")

    assert store.reflections("article") == [s1, s3, s2]


def test_reflections_page_with_offset_and_limit(store: Store) -> None:
    saved = [store.save_reflection("article", f"s{i}", f"text {i}") for i in range(25)]
    newest_first = list(reversed(saved))

    pages = [store.reflections("article", offset, 10) for offset in (0, 10, 20)]

    assert [len(page) for page in pages] == [10, 10, 5]
    assert [r for page in pages for r in page] == newest_first
    assert store.reflections("article", 3, 2) == newest_first[3:5]
    assert store.reflections("article", 25, 10) == []
    assert store.reflections("article", 0, 0) == []


def test_default_page_holds_100(store: Store) -> None:
    for i in range(120):
        store.save_reflection("article", f"s{i}", "x")

    assert len(store.reflections("article")) == 100
    assert store.count_reflections("article") == 120


@pytest.mark.parametrize(("offset", "limit"), [(-1, 10), (0, -1)])
def test_negative_offset_or_limit_is_rejected(store: Store, offset: int, limit: int) -> None:
    with pytest.raises(ValueError, match="must be >= 0"):
        store.reflections("article", offset, limit)


def test_timestamps_are_stored_as_utc_iso_text_with_microseconds(tmp_path: Path) -> None:
    local = datetime(2024, 5, 1, 14, 30, 0, 123456, tzinfo=timezone(timedelta(hours=2)))
    with Store(tmp_path / DATABASE_NAME, clock=lambda: local) as store:
        saved = store.save_reflection("article", "intro", "text")

        stored = raw_rows(store.path)[0]

    assert stored[4] == stored[5] == "2024-05-01T12:30:00.123456+00:00"
    assert saved.updated == local
    assert saved.updated.tzinfo == UTC


def test_naive_clock_is_refused_and_nothing_is_saved(tmp_path: Path) -> None:
    with Store(tmp_path / DATABASE_NAME, clock=lambda: datetime(2024, 5, 1)) as store:
        with pytest.raises(ValueError, match="timezone-aware"):
            store.save_reflection("article", "intro", "text")

        assert store.reflection_for_section("article", "intro") is None


def test_unicode_text_round_trips(store: Store) -> None:
    text = "Ich fühle mich gesehen. 我明白了。 שלום 🌱 e\u0301 \u200d\x00end"

    store.save_reflection("artículo-ü", "§ 2 — Anfang", text)

    loaded = store.reflection_for_section("artículo-ü", "§ 2 — Anfang")
    assert loaded is not None
    assert loaded.text == text


def test_100_kb_text_survives_reopen(tmp_path: Path, clock: SteppingClock) -> None:
    text = ("A long reflection, line after line. ✍️\n" * 3000)[: 100 * 1024]
    path = tmp_path / DATABASE_NAME
    with Store(path, clock=clock) as store:
        store.save_reflection("article", "intro", text)

    with Store(path, clock=clock) as store:
        loaded = store.reflection_for_section("article", "intro")

    assert loaded is not None
    assert loaded.text == text


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text())
def test_any_text_round_trips(store: Store, text: str) -> None:
    store.save_reflection("article", "intro", text)

    loaded = store.reflection_for_section("article", "intro")

    assert loaded is not None
    assert loaded.text == text
