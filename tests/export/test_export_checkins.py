"""The worksheet's Check-ins part: a line per check-in with "n of m" per group."""

from __future__ import annotations

import html
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tether.content import Article
from tether.export.html_writer import worksheet_page
from tether.export.markdown_writer import worksheet_markdown
from tether.export.worksheet import NoReaderData, build_worksheet
from tether.models.reader_data import ReaderData
from tether.store import Store

START = datetime(2026, 9, 3, 10, 0, tzinfo=UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def two_checkins(data_dir: Path, article: Article) -> Store:
    """Three of four disconnected patterns ticked in September, one in October."""
    clock = Clock()
    store = Store.open_in(data_dir, clock)
    practice = article.sign_groups[1].signs
    for sign in practice[:3]:
        store.set_tick(article.id, sign.id, True)
    clock.now = START + timedelta(weeks=4)
    store.start_checkin(article.id)
    store.set_tick(article.id, practice[3].id, True)
    store.history().set_note(store.current_checkin(article.id), "after the holiday")  # type: ignore[arg-type]
    return store


def test_the_worksheet_lists_both_checkins_with_counts_and_what_changed(
    data_dir: Path, bundled_article: Article
) -> None:
    with two_checkins(data_dir, bundled_article) as store:
        sheet = build_worksheet(bundled_article, ReaderData(store))
    text = worksheet_markdown(sheet)
    part = text[text.index("## Check-ins") : text.index("## ", text.index("## Check-ins") + 3)]
    lines = part.splitlines()
    first = next(line for line in lines if "3 September 2026" in line)
    second = next(line for line in lines if "1 October 2026" in line)
    practice = bundled_article.sign_groups[1]
    title = practice.title.rstrip(":")
    assert f"{title}: 3 of 4" in first
    assert f"{title}: 1 of 4" in second
    assert "after the holiday" in second
    assert f"No longer ticked: {practice.signs[0].text}" in part
    assert f"Ticked since the check-in before: {practice.signs[3].text}" in part
    # The checklists show the current check-in.
    assert "☑ " + practice.signs[3].text in text

    page = html.unescape(worksheet_page(sheet))
    assert '<h2 class="checkins">Check-ins</h2>' in page
    assert f"{title}: 3 of 4" in page
    assert f"{title}: 1 of 4" in page


def test_a_blank_worksheet_has_no_checkins(data_dir: Path, bundled_article: Article) -> None:
    with two_checkins(data_dir, bundled_article):
        sheet = build_worksheet(bundled_article, None)
    assert sheet.checkins == ()
    assert "Check-ins" not in worksheet_markdown(sheet)
    assert build_worksheet(bundled_article, NoReaderData()).checkins == ()
