"""Immutable values the store hands out, and how their timestamps are written.

The values are named tuples rather than dataclasses: the store is opened before the
window's first paint, and a named tuple costs a fifth of a dataclass to define.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, NamedTuple

# Where the store gets the time from; tests pass their own.
Clock = Callable[[], datetime]

REFLECTION_COLUMNS = "id, article_id, section_id, text, created, updated"
POSITION_COLUMNS = "article_id, article_path, section_id, scroll, updated"


class Reflection(NamedTuple):
    """The reader's written reflection on one section of an article."""

    id: int
    article_id: str
    section_id: str
    text: str
    created: datetime
    updated: datetime


class CheckIn(NamedTuple):
    """One sitting of an article's checklist: when it started and the reader's note.

    ``started`` is also its identity (with the article): a backup's check-in with the
    same start is the same check-in.
    """

    article_id: str
    started: datetime
    note: str
    updated: datetime
    # ``started`` as stored: the row's key (files written by hand may spell it otherwise).
    key: str = ""


class ReflectionVersion(NamedTuple):
    """One version of a section's reflection: when it began, its text, its last save."""

    article_id: str
    section_id: str
    started: datetime
    text: str
    updated: datetime


class ReadingPosition(NamedTuple):
    """Where the reader was in an article; ``scroll`` is a fraction from 0 to 1."""

    article_id: str
    article_path: str
    section_id: str
    scroll: float
    updated: datetime


def utc_now() -> datetime:
    """The default clock: the current time, aware, in UTC."""
    return datetime.now(UTC)


def format_timestamp(moment: datetime) -> str:
    """Write an aware datetime as fixed-width ISO-8601 UTC text with microseconds.

    The fixed width and single offset make the text sort in time order, which the
    ``ORDER BY updated`` queries rely on.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"timestamp must be timezone-aware, got {moment!r}")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def parse_timestamp(text: str) -> datetime:
    """Read a timestamp written by :func:`format_timestamp` as an aware UTC datetime."""
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        # Only hand-edited files could get here; UTC is what we always write.
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def reflection_from_row(row: tuple[Any, ...]) -> Reflection:
    """Build a Reflection from a row of ``REFLECTION_COLUMNS``."""
    row_id, article_id, section_id, text, created, updated = row
    return Reflection(
        int(row_id),
        str(article_id),
        str(section_id),
        str(text),
        parse_timestamp(created),
        parse_timestamp(updated),
    )


def position_from_row(row: tuple[Any, ...]) -> ReadingPosition:
    """Build a ReadingPosition from a row of ``POSITION_COLUMNS``."""
    article_id, article_path, section_id, scroll, updated = row
    return ReadingPosition(
        str(article_id),
        str(article_path),
        str(section_id),
        float(scroll),
        parse_timestamp(updated),
    )


class _WorkshopFields(NamedTuple):
    article_id: str
    started: datetime
    name: str
    counts: dict[str, int]
    key: str  # ``started`` exactly as stored


class Workshop(_WorkshopFields):
    """One session with a group: when it began, its optional name, and the counts per sign.

    ``counts`` is the workshop's own dict (the store updates it as counts are set), so
    each workshop made without one gets a new empty dict.
    """

    __slots__ = ()

    def __new__(
        cls,
        article_id: str,
        started: datetime,
        name: str = "",
        counts: dict[str, int] | None = None,
        key: str = "",
    ) -> Workshop:
        """A workshop; ``counts`` defaults to a new empty dict."""
        own = {} if counts is None else counts
        return super().__new__(cls, article_id, started, name, own, key)

    # Its title for people ("Workshop, 4 December 2026") is written in the interface
    # language by tether.export.wording.workshop_title: dates need QLocale, not here.
