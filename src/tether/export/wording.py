"""The words every worksheet format shares, so Markdown, HTML and PDF say the same.

They are in the interface language (context "Worksheet"): the headings are declared
here for the catalogue and translated where a writer lays them out, so a worksheet made
with ``LANGUAGE=de`` is German throughout. Dates follow the language too, through
:class:`QLocale` (its default is set to the interface language when one is chosen).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale

from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.store import Workshop

REFLECTIONS_HEADING = QT_TRANSLATE_NOOP("Worksheet", "Your reflections")
# Above the lines to write on, in a blank worksheet's section that has no prompt.
WRITING_PROMPT = QT_TRANSLATE_NOOP("Worksheet", "Your reflections:")
NO_REFLECTION = QT_TRANSLATE_NOOP("Worksheet", "No reflection written yet.")
ORPHANED_HEADING = QT_TRANSLATE_NOOP(
    "Worksheet", "Reflections on sections no longer in the article"
)
# Ruled lines under each section's prompt in a blank worksheet.
WRITING_LINES = 5
CHECKINS_HEADING = QT_TRANSLATE_NOOP("Worksheet", "Check-ins")
NOW_TICKED = QT_TRANSLATE_NOOP("Worksheet", "Ticked since the check-in before")
NO_LONGER_TICKED = QT_TRANSLATE_NOOP("Worksheet", "No longer ticked")


def word(text: str) -> str:
    """One of the fixed words above in the interface language."""
    return translate("Worksheet", text)


def tally(ticked: int, total: int) -> str:
    """How many signs of a checklist are ticked: "2 of 4"."""
    return translate("Worksheet", "{ticked} of {total}").format(ticked=ticked, total=total)


def checkin_counts(counts: tuple[tuple[str, int, int], ...]) -> str:
    """A check-in's counts in one line: "Group: 3 of 4; Other group: 1 of 3"."""
    return "; ".join(f"{title}: {tally(ticked, total)}" for title, ticked, total in counts)


def worksheet_heading(title: str) -> str:
    """The worksheet's title line."""
    return translate("Worksheet", "{title} — Worksheet").format(title=title)


def byline(author: str) -> str:
    """Who wrote the article: "By Jo Doe"."""
    return translate("Worksheet", "By {author}").format(author=author)


def made_on(moment: datetime) -> str:
    """When a filled-in worksheet was made: "Made 5 May 2025"."""
    return translate("Worksheet", "Made {date}").format(date=format_day(moment))


def reflect_prompt(prompt: str) -> str:
    """A section's prompt as the worksheet shows it: "Reflect: …"."""
    return translate("Worksheet", "Reflect: {prompt}").format(prompt=prompt)


def name_field() -> str:
    """The label of the line a blank worksheet leaves for a name."""
    return translate("Worksheet", "Name:")


def date_field() -> str:
    """The label of the line a blank worksheet leaves for the date."""
    return translate("Worksheet", "Date:")


def format_day(moment: datetime) -> str:
    """A date in the reader's local time, written the language's way ("5 May 2025",
    "5. Mai 2025", "5 de mayo de 2025")."""
    local = moment.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), _day_format())


def _day_format() -> str:
    # The day, the month's name and the year, in the order and with the words each
    # language uses; QLocale's own long format would add the weekday.
    return translate("Worksheet", "d MMMM yyyy")


def workshop_title(workshop: Workshop) -> str:
    """A workshop as people call it: "Workshop, 4 December 2026" or "Team day (4 December
    2026)"."""
    day = format_day(workshop.started)
    if workshop.name:
        return translate("Worksheet", "{name} ({date})").format(name=workshop.name, date=day)
    return translate("Worksheet", "Workshop, {date}").format(date=day)
