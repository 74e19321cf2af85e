"""Check-ins and reflection versions in the store, with an injected clock (issue 18)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tether.store import Store
from tether.store.database import DATABASE_NAME
from tether.store.schema import MIGRATIONS, SCHEMA_VERSION
from tether.store.transfer import back_up_to, restore_from

START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand: weeks pass between two calls if the test says so."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def stamp(moment: datetime) -> str:
    return moment.isoformat(timespec="microseconds")


def version_3_file(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """A data file as Tether wrote it before check-ins existed, with ticks and reflections."""
    with closing(sqlite3.connect(path)) as conn, conn:
        for script in MIGRATIONS[:3]:
            for statement in script.split(";"):
                if statement.strip():
                    conn.execute(statement)
        conn.execute("PRAGMA user_version = 3")
        for n, (sign, ticked) in enumerate([("a", 1), ("b", 0), ("c", 1)]):
            moment = stamp(START + timedelta(days=n))
            conn.execute("INSERT INTO ticks VALUES ('one', ?, ?, ?)", (sign, ticked, moment))
        conn.execute("INSERT INTO ticks VALUES ('two', 'x', 1, ?)", (stamp(START),))
        for n, text in enumerate(["First words", "Second words", ""]):
            moment = stamp(START + timedelta(hours=n))
            conn.execute(
                "INSERT INTO reflections (article_id, section_id, text, created, updated)"
                " VALUES ('one', ?, ?, ?, ?)",
                (f"s{n}", text, moment, moment),
            )
    return old_rows(path)


def old_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with closing(sqlite3.connect(path)) as conn:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            for table in ("ticks", "reflections", "positions", "sections_read")
        }


def test_the_migration_keeps_every_tick_as_a_first_checkin_and_every_reflection_as_a_version(
    tmp_path: Path,
) -> None:
    path = tmp_path / DATABASE_NAME
    before = version_3_file(path)

    with Store(path) as store:
        assert store.ticks("one") == {"a": True, "b": False, "c": True}
        assert store.ticks("two") == {"x": True}
        first = store.current_checkin("one")
        assert first is not None
        assert first.started == START  # dated by its earliest tick
        history = store.history().checkins("one")
        assert [c.started for c in history.checkins] == [START]
        assert [v.text for v in store.history().versions("one", "s0")] == ["First words"]
        assert [v.text for v in store.history().versions("one", "s1")] == ["Second words"]
        assert store.history().versions("one", "s2") == []  # a blank text is no version
        assert store.reflection_for_section("one", "s1").text == "Second words"  # type: ignore[union-attr]

    assert old_rows(path) == before  # nothing of the old tables changed or went
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_new_checkin_starts_with_no_ticks_and_keeps_the_earlier_one(tmp_path: Path) -> None:
    clock = Clock()
    with Store.open_in(tmp_path, clock) as store:
        store.set_tick("art", "a", True)
        store.set_tick("art", "b", True)
        clock.advance(weeks=3)
        second = store.start_checkin("art")
        assert store.ticks("art") == {}
        store.set_tick("art", "b", True)
        store.set_tick("art", "c", True)

        history = store.history().checkins("art")
        assert [c.started for c in history.checkins] == [START, second.started]
        assert history.ticks == ({"a": True, "b": True}, {"b": True, "c": True})
        assert store.ticks("art") == {"b": True, "c": True}


def test_a_checkin_note_is_kept_and_a_deleted_checkin_comes_back_with_undo(tmp_path: Path) -> None:
    clock = Clock()
    with Store.open_in(tmp_path, clock) as store:
        store.set_tick("art", "a", True)
        clock.advance(days=8)
        store.start_checkin("art")
        first = store.history().checkins("art").checkins[0]

        store.history().set_note(first, "after the\nmove")
        first = store.history().checkins("art").checkins[0]
        assert first.note == "after the move"

        store.history().set_deleted(first, True)
        assert len(store.history().checkins("art").checkins) == 1
        store.history().set_deleted(first, False)
        restored = store.history().checkins("art")
        assert [c.note for c in restored.checkins] == ["after the move", ""]
        assert restored.ticks[0] == {"a": True}


def test_a_reflection_keeps_its_first_text_as_a_version_after_a_pause(tmp_path: Path) -> None:
    clock = Clock()
    with Store.open_in(tmp_path, clock) as store:
        visit = store.now()
        store.save_reflection("art", "s", "I feel", visit)
        clock.advance(seconds=2)
        store.save_reflection("art", "s", "I feel distant", visit)  # same visit: one version
        assert [v.text for v in store.history().versions("art", "s")] == ["I feel distant"]

        clock.advance(minutes=5)
        visit = store.now()  # the reader left the section and came back
        clock.advance(seconds=1)
        store.save_reflection("art", "s", "Now I feel closer", visit)
        versions = store.history().versions("art", "s")
        assert [v.text for v in versions] == ["Now I feel closer", "I feel distant"]

        clock.advance(minutes=11)  # more than ten minutes since the last key
        store.save_reflection("art", "s", "Later still", visit)
        assert len(store.history().versions("art", "s")) == 3


def test_clearing_a_reflection_keeps_the_cleared_text_as_a_version(tmp_path: Path) -> None:
    clock = Clock()
    with Store.open_in(tmp_path, clock) as store:
        visit = store.now()
        store.save_reflection("art", "s", "Words I will regret", visit)
        clock.advance(seconds=1)
        store.save_reflection("art", "s", "", visit)
        clock.advance(seconds=1)
        store.save_reflection("art", "s", "Fresh start", visit)
        texts = [v.text for v in store.history().versions("art", "s")]
        assert texts == ["Fresh start", "Words I will regret"]


def test_restore_into_a_fresh_folder_brings_both_checkins_and_versions_and_twice_adds_nothing(
    tmp_path: Path,
) -> None:
    clock = Clock()
    with Store.open_in(tmp_path / "old", clock) as store:
        store.set_tick("art", "a", True)
        clock.advance(weeks=2)
        store.start_checkin("art")
        store.set_tick("art", "b", True)
        store.save_reflection("art", "s", "first", store.now())
        clock.advance(minutes=20)
        store.save_reflection("art", "s", "second", store.now())
        backup = tmp_path / "backup.sqlite3"
        back_up_to(store, backup)

    with Store.open_in(tmp_path / "new", Clock()) as fresh:
        report = restore_from(fresh, backup)
        assert report.added.checkins == 2
        history = fresh.history().checkins("art")
        assert [c.started for c in history.checkins] == [START, START + timedelta(weeks=2)]
        assert history.ticks == ({"a": True}, {"b": True})
        assert [v.text for v in fresh.history().versions("art", "s")] == ["second", "first"]

        again = restore_from(fresh, backup)
        assert again.added.total == 0
        assert "nothing changed" in again.message


def test_an_old_backup_restored_into_migrated_data_is_recognised(tmp_path: Path) -> None:
    old = tmp_path / "old.sqlite3"
    version_3_file(old)
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    copy = data / DATABASE_NAME
    copy.write_bytes(old.read_bytes())
    with Store(copy, Clock()) as store:  # migrated: the old ticks became a check-in
        report = restore_from(store, old)
        assert report.added.checkins == 0
        assert report.added.versions == 0
        assert len(store.history().checkins("one").checkins) == 1
