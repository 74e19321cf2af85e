"""The facilitator's data in the store (issue 17): speaker notes and workshop tallies,
kept apart from the reader's reflections and ticks, durable, backed up and restored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tether.store import Store, Workshop
from tether.store.history import MAX_COUNT
from tether.store.transfer import back_up_to, restore_from

START = datetime(2026, 9, 1, 9, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def test_a_speaker_note_survives_closing_the_store_and_is_no_reflection(tmp_path: Path) -> None:
    with Store.open_in(tmp_path / "data") as store:
        store.facilitation().save_note("art", "s", "Ask who has felt this at work")

    with Store.open_in(tmp_path / "data") as store:
        assert store.facilitation().note("art", "s") == "Ask who has felt this at work"
        assert store.reflection_for_section("art", "s") is None
        assert store.count_reflections("art") == 0


def test_a_workshop_keeps_its_counts_and_name_and_the_readers_ticks_stay_out(
    tmp_path: Path,
) -> None:
    clock = Clock()
    with Store.open_in(tmp_path / "data", clock) as store:
        store.set_tick("art", "s/a", True)
        data = store.facilitation()
        workshop = data.start_workshop("art")
        data.set_count(workshop, "s/a", 7)
        data.set_count(workshop, "s/b", 3)
        data.set_count(workshop, "s/b", 4)
        assert data.set_count(workshop, "s/c", 100_000) == MAX_COUNT
        data.rename_workshop(workshop, "Team day")

    with Store.open_in(tmp_path / "data", clock) as store:
        (saved,) = store.facilitation().workshops("art")
        assert saved.started == START
        assert saved.name == "Team day"
        assert saved.counts == {"s/a": 7, "s/b": 4, "s/c": MAX_COUNT}
        assert store.ticks("art") == {"s/a": True}


def test_back_up_and_restore_carry_the_facilitators_notes_and_tallies(tmp_path: Path) -> None:
    clock = Clock()
    with Store.open_in(tmp_path / "old", clock) as store:
        data = store.facilitation()
        data.save_note("art", "s", "Pause here for a minute of quiet")
        workshop = data.start_workshop("art", "Evening group")
        data.set_count(workshop, "s/a", 5)
        backup = tmp_path / "backup.sqlite3"
        held = back_up_to(store, backup).held
        assert held.speaker_notes == 1
        assert "1 speaker note" in held.in_words()

    clock.now = START + timedelta(days=3)
    with Store.open_in(tmp_path / "new", clock) as fresh:
        fresh.facilitation().save_note("art", "other", "Mine on this computer")
        report = restore_from(fresh, backup)

        data = fresh.facilitation()
        assert data.note("art", "s") == "Pause here for a minute of quiet"
        assert data.note("art", "other") == "Mine on this computer"
        (workshop,) = data.workshops("art")
        assert (workshop.name, workshop.counts) == ("Evening group", {"s/a": 5})
        assert report.added.speaker_notes == 1
        assert restore_from(fresh, backup).added.total == 0


def test_two_workshops_made_without_counts_do_not_share_their_tallies() -> None:
    first, second = Workshop("art", START), Workshop("art", START + timedelta(days=1))

    first.counts["s/a"] = 3

    assert second.counts == {}
    assert (first.name, first.key) == ("", "")
