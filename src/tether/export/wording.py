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


def worksheet_heading(title: str) -> str:
    """The worksheet's title line."""
    return f"{title} — Worksheet"


def format_day(moment: datetime) -> str:
    """A date in the reader's local time, e.g. "5 May 2025"."""
    local = moment.astimezone()
    return f"{local.day} {local:%B %Y}"
