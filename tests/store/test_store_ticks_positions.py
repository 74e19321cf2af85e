"""Ticked signs and reading positions."""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tether.store import DATABASE_NAME, ReadingPosition, Store

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


def test_article_without_ticks_has_none(store: Store) -> None:
    assert store.ticks("article") == {}


def test_ticks_round_trip_including_unticked(store: Store) -> None:
    store.set_tick("article", "sign-a", True)
    store.set_tick("article", "sign-b", False)

    assert store.ticks("article") == {"sign-a": True, "sign-b": False}


def test_unticking_stores_false_instead_of_removing(store: Store) -> None:
    store.set_tick("article", "sign-a", True)
    store.set_tick("article", "sign-a", False)

    assert store.ticks("article") == {"sign-a": False}


def test_ticks_are_kept_per_article(store: Store) -> None:
    store.set_tick("one", "sign", True)
    store.set_tick("two", "sign", False)

    assert store.ticks("one") == {"sign": True}
    assert store.ticks("two") == {"sign": False}


def test_tick_survives_reopen(tmp_path: Path, clock: SteppingClock) -> None:
    path = tmp_path / DATABASE_NAME
    with Store(path, clock=clock) as store:
        store.set_tick("article", "sign", True)

    with Store(path, clock=clock) as store:
        assert store.ticks("article") == {"sign": True}


def test_set_tick_records_when_it_changed(store: Store, clock: SteppingClock) -> None:
    store.set_tick("article", "sign", True)
    store.set_tick("article", "sign", False)

    with closing(sqlite3.connect(store.path)) as conn:
        rows = conn.execute("SELECT ticked, updated FROM checkin_ticks").fetchall()

    assert rows == [(0, clock.now.isoformat(timespec="microseconds"))]


def test_missing_position_is_none(store: Store) -> None:
    assert store.position("article") is None
    assert store.last_position() is None


def test_position_round_trips(store: Store, clock: SteppingClock) -> None:
    store.save_position("article", "/articles/a.md", "signs", 0.42)

    assert store.position("article") == ReadingPosition(
        "article", "/articles/a.md", "signs", 0.42, clock.now
    )


def test_saving_a_position_replaces_the_previous_one(store: Store) -> None:
    store.save_position("article", "/old/a.md", "intro", 0.1)
    store.save_position("article", "/new/a.md", "end", 0.9)

    position = store.position("article")

    assert position is not None
    assert (position.article_path, position.section_id, position.scroll) == (
        "/new/a.md",
        "end",
        0.9,
    )


@pytest.mark.parametrize(
    ("given", "stored"),
    [
        (-0.5, 0.0),
        (0.0, 0.0),
        (0.25, 0.25),
        (1.0, 1.0),
        (1.7, 1.0),
        (math.inf, 1.0),
        (-math.inf, 0.0),
        (math.nan, 0.0),
    ],
)
def test_scroll_is_clamped_to_a_fraction(store: Store, given: float, stored: float) -> None:
    store.save_position("article", "a.md", "intro", given)

    position = store.position("article")

    assert position is not None
    assert position.scroll == stored


def test_last_position_follows_the_latest_save_across_articles(store: Store) -> None:
    store.save_position("one", "one.md", "intro", 0.1)
    store.save_position("two", "two.md", "intro", 0.2)

    last = store.last_position()
    assert last is not None
    assert last.article_id == "two"

    store.save_position("one", "one.md", "end", 0.8)

    last = store.last_position()
    assert last is not None
    assert (last.article_id, last.section_id) == ("one", "end")


def test_positions_survive_reopen(tmp_path: Path, clock: SteppingClock) -> None:
    path = tmp_path / DATABASE_NAME
    with Store(path, clock=clock) as store:
        store.save_position("one", "one.md", "intro", 0.3)
        store.save_position("two", "two.md", "end", 0.6)
        saved = store.position("two")

    with Store(path, clock=clock) as store:
        assert store.position("two") == saved
        assert store.last_position() == saved
        assert store.position("one") is not None
