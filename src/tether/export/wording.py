"""The words every worksheet format shares, so Markdown, HTML and PDF say the same."""

from __future__ import annotations

from datetime import datetime

REFLECTIONS_HEADING = "Your reflections"
# Above the lines to write on, in a blank worksheet's section that has no prompt.
WRITING_PROMPT = "Your reflections:"
NO_REFLECTION = "No reflection written yet."
ORPHANED_HEADING = "Reflections on sections no longer in the article"
# Ruled lines under each section's prompt in a blank worksheet.
WRITING_LINES = 5
CHECKINS_HEADING = "Check-ins"
NOW_TICKED = "Ticked since the check-in before"
NO_LONGER_TICKED = "No longer ticked"


def checkin_counts(counts: tuple[tuple[str, int, int], ...]) -> str:
    """A check-in's counts in one line: "Group: 3 of 4; Other group: 1 of 3"."""
    return "; ".join(f"{title}: {ticked} of {total}" for title, ticked, total in counts)


def worksheet_heading(title: str) -> str:
    """The worksheet's title line."""
    return f"{title} — Worksheet"


def format_day(moment: datetime) -> str:
    """A date in the reader's local time, e.g. "5 May 2025"."""
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y}"
