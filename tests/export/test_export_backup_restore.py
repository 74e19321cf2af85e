"""Back Up My Data and Restore: one file out, merged back in, nothing ever lost."""

from __future__ import annotations

import sqlite3
import stat
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tether.content import Article
from tether.export.markdown_writer import worksheet_markdown
from tether.export.worksheet import build_worksheet
from tether.store import Store, StoreError, list_backups
from tether.store.schema import SCHEMA_VERSION
from tether.store.transfer import back_up_to, restore_from

ARTICLE = "an-article"
OTHER = "another-article"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def at(self, minutes: int) -> Clock:
        self.now = datetime(2026, 3, 1, 9, 0, tzinfo=UTC) + timedelta(minutes=minutes)
        return self


def everything(store: Store) -> dict[str, Any]:
    """All the reader's data the app can show, for comparing two stores."""
    result: dict[str, Any] = {}
    for article in (ARTICLE, OTHER):
        result[article] = {
            "reflections": sorted(
                (r.section_id, r.text, r.created, r.updated)
                for r in store.reflections(article, 0, 10_000)
            ),
            "ticks": store.ticks(article),
            "position": store.position(article),
            "read": store.sections_read(article),
        }
    return result


def fill(store: Store, clock: Clock) -> None:
    clock.at(1)
    store.save_reflection(ARTICLE, "one", "Written on the laptop.")
    store.save_reflection(ARTICLE, "two", "A second thought.\n\nWith two paragraphs.")
    store.save_reflection(OTHER, "intro", "Another article, another note.")
    store.set_tick(ARTICLE, "one/a-sign", True)
    store.set_tick(ARTICLE, "one/b-sign", False)
    store.save_position(ARTICLE, "/articles/an-article.md", "two", 0.4)
    store.mark_section_read(ARTICLE, "one")


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def laptop(tmp_path: Path, clock: Clock) -> Store:
    with Store.open_in(tmp_path / "laptop", clock) as store:
        fill(store, clock)
        yield store


def test_backup_restored_into_a_fresh_data_folder_gives_back_the_same_data(
    laptop: Store, tmp_path: Path, clock: Clock
) -> None:
    backup = tmp_path / "my-backup.sqlite3"
    saved = back_up_to(laptop, backup)

    with Store.open_in(tmp_path / "new-computer", clock.at(50)) as fresh:
        report = restore_from(fresh, backup)

        assert everything(fresh) == everything(laptop)
    assert saved.held.reflections == report.added.reflections == 3
    assert "Nothing you had was removed" in report.message


def test_a_section_with_different_text_on_each_side_keeps_both_texts(
    laptop: Store, tmp_path: Path, clock: Clock
) -> None:
    backup = tmp_path / "laptop.sqlite3"
    back_up_to(laptop, backup)

    with Store.open_in(tmp_path / "desktop", clock.at(30)) as desktop:
        desktop.save_reflection(ARTICLE, "one", "Written on the desktop, later.")
        restore_from(desktop, backup)

        texts = [r.text for r in desktop.reflections(ARTICLE, 0, 100) if r.section_id == "one"]
        assert sorted(texts) == ["Written on the desktop, later.", "Written on the laptop."]
        current = desktop.reflection_for_section(ARTICLE, "one")
        assert current is not None
        assert current.text == "Written on the desktop, later."


def test_both_texts_of_a_section_appear_in_the_worksheet(
    tmp_path: Path, clock: Clock, bundled_article: Article
) -> None:
    section = bundled_article.sections[1].id
    with Store.open_in(tmp_path / "laptop", clock.at(1)) as laptop:
        laptop.save_reflection(bundled_article.id, section, "Laptop armadillo")
        back_up_to(laptop, tmp_path / "b.sqlite3")
    with Store.open_in(tmp_path / "desktop", clock.at(5)) as desktop:
        desktop.save_reflection(bundled_article.id, section, "Desktop axolotl")
        restore_from(desktop, tmp_path / "b.sqlite3")

        text = worksheet_markdown(build_worksheet(bundled_article, desktop))

    assert text.index("Laptop armadillo") < text.index("Desktop axolotl")


def test_for_ticks_and_positions_the_newer_one_wins_either_way(
    laptop: Store, tmp_path: Path, clock: Clock
) -> None:
    # Both computers answer in the same check-in (the desktop got it from a backup).
    laptop.set_tick(ARTICLE, "one/late-on-laptop", True)  # at minute 1
    back_up_to(laptop, tmp_path / "a.sqlite3")
    with Store.open_in(tmp_path / "desktop", clock.at(10)) as desktop:
        restore_from(desktop, tmp_path / "a.sqlite3")
        desktop.set_tick(ARTICLE, "one/a-sign", True)
        desktop.set_tick(ARTICLE, "one/late-on-laptop", False)
        desktop.save_position(ARTICLE, "/elsewhere/an-article.md", "three", 0.9)
        clock.at(20)
        laptop.set_tick(ARTICLE, "one/a-sign", False)  # the laptop unticks it later
        back_up_to(laptop, tmp_path / "b.sqlite3")
        restore_from(desktop, tmp_path / "b.sqlite3")

        ticks = desktop.ticks(ARTICLE)
        position = desktop.position(ARTICLE)
    assert ticks["one/a-sign"] is False  # laptop's, at minute 20
    assert ticks["one/late-on-laptop"] is False  # desktop's, at minute 10
    assert ticks["one/b-sign"] is False
    assert position is not None
    assert (position.section_id, position.scroll) == ("three", 0.9)  # desktop's is newer


def test_check_ins_made_on_two_computers_are_both_kept(
    laptop: Store, tmp_path: Path, clock: Clock
) -> None:
    back_up_to(laptop, tmp_path / "b.sqlite3")  # the laptop's check-in began at minute 1
    with Store.open_in(tmp_path / "desktop", clock.at(30)) as desktop:
        desktop.set_tick(ARTICLE, "one/b-sign", True)  # a check-in of its own
        restore_from(desktop, tmp_path / "b.sqlite3")
        history = desktop.checkins(ARTICLE)
        assert history.ticks == ({"one/a-sign": True, "one/b-sign": False}, {"one/b-sign": True})
        assert desktop.ticks(ARTICLE) == {"one/b-sign": True}  # the newest is current


def test_restoring_the_same_backup_again_changes_nothing(
    laptop: Store, tmp_path: Path, clock: Clock
) -> None:
    back_up_to(laptop, tmp_path / "b.sqlite3")
    with Store.open_in(tmp_path / "desktop", clock.at(40)) as desktop:
        restore_from(desktop, tmp_path / "b.sqlite3")
        before = everything(desktop)

        again = restore_from(desktop, tmp_path / "b.sqlite3")

        assert everything(desktop) == before
    assert again.added.total == 0
    assert "nothing changed" in again.message


def test_a_blank_reflection_in_a_backup_does_not_hide_the_current_text(
    tmp_path: Path, clock: Clock
) -> None:
    with Store.open_in(tmp_path / "laptop", clock.at(50)) as laptop:
        laptop.save_reflection(ARTICLE, "one", "   ")
        back_up_to(laptop, tmp_path / "b.sqlite3")
    with Store.open_in(tmp_path / "desktop", clock.at(1)) as desktop:
        desktop.save_reflection(ARTICLE, "one", "Still here.")
        restore_from(desktop, tmp_path / "b.sqlite3")

        current = desktop.reflection_for_section(ARTICLE, "one")
    assert current is not None
    assert current.text == "Still here."


def test_restore_first_keeps_a_backup_of_the_data_as_it_was(
    laptop: Store, tmp_path: Path, clock: Clock
) -> None:
    back_up_to(laptop, tmp_path / "b.sqlite3")
    with Store.open_in(tmp_path / "desktop", clock.at(7)) as desktop:
        desktop.save_reflection(ARTICLE, "one", "Before the restore.")
        restore_from(desktop, tmp_path / "b.sqlite3")

    kept = list_backups(tmp_path / "desktop")
    assert kept
    with closing(sqlite3.connect(kept[0])) as conn:
        rows = conn.execute("SELECT text FROM reflections").fetchall()
    assert rows == [("Before the restore.",)]


def test_the_backup_is_a_private_standalone_sqlite_file(laptop: Store, tmp_path: Path) -> None:
    backup = tmp_path / "b.sqlite3"

    back_up_to(laptop, backup)

    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("b.")) == [backup.name]
    with closing(sqlite3.connect(backup)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM reflections").fetchone() == (3,)


def test_a_backup_never_replaces_a_file_unless_asked(laptop: Store, tmp_path: Path) -> None:
    backup = tmp_path / "b.sqlite3"
    backup.write_bytes(b"something else")

    with pytest.raises(StoreError, match="already exists"):
        back_up_to(laptop, backup)

    assert backup.read_bytes() == b"something else"
    back_up_to(laptop, backup, replace=True)
    assert backup.read_bytes().startswith(b"SQLite format 3\x00")


def _newer_tether_file(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE reflections (id INTEGER PRIMARY KEY)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _other_program_file(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
        conn.execute("INSERT INTO recipes VALUES ('soup')")
        conn.commit()


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda p: p.write_text("not a database at all", encoding="utf-8"), "not a Tether backup"),
        (_other_program_file, "not a Tether"),
        (_newer_tether_file, "newer version of Tether"),
    ],
    ids=["text", "other-program", "newer-tether"],
)
def test_files_that_are_not_tether_backups_are_refused_and_left_alone(
    make: Any, reason: str, laptop: Store, tmp_path: Path
) -> None:
    candidate = tmp_path / "candidate.sqlite3"
    make(candidate)
    original = candidate.read_bytes()
    before = everything(laptop)

    with pytest.raises(StoreError, match=reason):
        restore_from(laptop, candidate)

    assert candidate.read_bytes() == original
    assert everything(laptop) == before


def test_the_live_data_file_is_not_taken_for_a_backup(laptop: Store) -> None:
    with pytest.raises(StoreError, match="own data file"):
        restore_from(laptop, laptop.path)
