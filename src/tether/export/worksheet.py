"""The worksheet as neutral data: what the Markdown, HTML and PDF writers all lay out.

A worksheet follows the article section by section: each section's checklists with
the reader's ticks, its reflection prompts and the reflections written for it, and
optionally the article's own text. A *blank* worksheet is built without reading any
of the reader's data, so nothing private can end up in a handout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from tether.content import Article, Section, SignGroup, strip_speaker_notes
from tether.export.article_html import ImageSource, worksheet_section_html
from tether.export.images import embedded_images
from tether.export.wording import tally
from tether.store import Reflection, utc_now

if TYPE_CHECKING:
    from tether.store.history import CheckInHistory

# Reflections are read from the source a page at a time.
_PAGE = 500


class WorksheetSource(Protocol):
    """Where a worksheet reads the reader's data from (the Store fits this shape)."""

    def ticks(self, article_id: str) -> dict[str, bool]:
        """Every stored tick of the article by sign id."""
        ...

    def reflections(self, article_id: str, offset: int = 0, limit: int = 100) -> list[Reflection]:
        """One page of the article's non-blank reflections, newest first."""
        ...

    def checkins(self, article_id: str) -> CheckInHistory:
        """Every check-in of the article with its ticks, oldest first."""
        ...


class NoReaderData:
    """A source for a reader who has not ticked or written anything yet."""

    def ticks(self, article_id: str) -> dict[str, bool]:
        """No ticks."""
        return {}

    def reflections(self, article_id: str, offset: int = 0, limit: int = 100) -> list[Reflection]:
        """No reflections."""
        return []

    def checkins(self, article_id: str) -> CheckInHistory:
        """No check-ins."""
        from tether.store.history import CheckInHistory

        return CheckInHistory((), ())


@dataclass(frozen=True, slots=True)
class SignLine:
    """One sign of a checklist and whether the reader ticked it."""

    text: str
    ticked: bool


@dataclass(frozen=True, slots=True)
class SignList:
    """A checklist ("Independent individuals typically:") with its signs."""

    title: str
    signs: tuple[SignLine, ...]

    @property
    def tally(self) -> str:
        """How many are ticked, e.g. "2 of 4"."""
        return tally(sum(sign.ticked for sign in self.signs), len(self.signs))


@dataclass(frozen=True, slots=True)
class ReflectionEntry:
    """One reflection the reader wrote, with when it was last changed."""

    text: str
    written: datetime


@dataclass(frozen=True, slots=True)
class CheckInLine:
    """One check-in: its date, note, "n of m" per sign group, and what changed since the last.

    ``counts`` holds (group title, ticked, signs in the group); ``now_ticked`` and
    ``no_longer_ticked`` the texts of the signs whose answer changed since the previous
    check-in (both empty for the first).
    """

    started: datetime
    note: str
    counts: tuple[tuple[str, int, int], ...]
    now_ticked: tuple[str, ...] = ()
    no_longer_ticked: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class WorksheetSection:
    """One section of the worksheet, in the article's order."""

    id: str
    title: str
    prompts: tuple[str, ...]
    checklists: tuple[SignList, ...]
    reflections: tuple[ReflectionEntry, ...]
    # The section's article text as HTML (ticks in place, heading and prompts left out),
    # or None when the worksheet is without the article.
    article_html: str | None = None


@dataclass(frozen=True, slots=True)
class OrphanedReflections:
    """Reflections on a section the article no longer has; kept, never dropped."""

    section_id: str
    reflections: tuple[ReflectionEntry, ...]


@dataclass(frozen=True, slots=True)
class Worksheet:
    """Everything a writer needs to lay out one worksheet."""

    title: str
    subtitle: str | None
    author: str | None
    language: str | None
    blank: bool
    made: datetime
    sections: tuple[WorksheetSection, ...]
    orphaned: tuple[OrphanedReflections, ...] = ()
    # Every check-in, oldest first (none in a blank worksheet).
    checkins: tuple[CheckInLine, ...] = ()

    @property
    def with_article(self) -> bool:
        """Whether the article's own text is part of the worksheet."""
        return any(section.article_html is not None for section in self.sections)


def build_worksheet(
    article: Article,
    source: WorksheetSource | None,
    *,
    with_article: bool = False,
    clock: Callable[[], datetime] = utc_now,
) -> Worksheet:
    """Build the worksheet of ``article``; with ``source`` None it is a blank one.

    A blank worksheet never reads anything of the reader's: every sign is unticked
    and there are no reflections.
    """
    ticks = {} if source is None else source.ticks(article.id)
    by_section = {} if source is None else _reflections_by_section(source, article.id)
    images = embedded_images(article.path.parent) if with_article else None
    sections = tuple(
        _section(section, ticks, by_section.pop(section.id, ()), images)
        for section in article.sections
    )
    orphaned = tuple(
        OrphanedReflections(section_id, entries) for section_id, entries in by_section.items()
    )
    return Worksheet(
        title=article.title,
        subtitle=article.subtitle,
        author=article.author,
        language=article.language,
        blank=source is None,
        made=clock(),
        sections=sections,
        orphaned=orphaned,
        checkins=() if source is None else checkin_lines(article, source.checkins(article.id)),
    )


def checkin_lines(article: Article, history: CheckInHistory) -> tuple[CheckInLine, ...]:
    """Each check-in as a worksheet line: counts per group, changes since the one before."""
    groups = [group for group in article.sign_groups if group.signs]
    signs = [sign for group in groups for sign in group.signs]
    lines: list[CheckInLine] = []
    before: dict[str, bool] | None = None
    for checkin, ticks in zip(history.checkins, history.ticks, strict=True):
        counts = tuple(
            (
                group.title.rstrip(":"),
                sum(ticks.get(s.id, False) for s in group.signs),
                len(group.signs),
            )
            for group in groups
        )
        now = tuple(
            s.text
            for s in signs
            if before is not None and ticks.get(s.id, False) and not before.get(s.id, False)
        )
        gone = tuple(
            s.text
            for s in signs
            if before is not None and before.get(s.id, False) and not ticks.get(s.id, False)
        )
        lines.append(CheckInLine(checkin.started, checkin.note, counts, now, gone))
        before = ticks
    return tuple(lines)


def _section(
    section: Section,
    ticks: dict[str, bool],
    reflections: tuple[ReflectionEntry, ...],
    images: ImageSource | None,
) -> WorksheetSection:
    """One section; its article text only when ``images`` says how to show images."""
    ticked = {sign.id for sign in section.signs if ticks.get(sign.id, False)}
    return WorksheetSection(
        id=section.id,
        title=section.title,
        prompts=section.prompts,
        checklists=tuple(_checklist(group, ticked) for group in section.sign_groups),
        reflections=reflections,
        article_html=(
            None
            if images is None
            else worksheet_section_html(strip_speaker_notes(section.html), ticked, images)
        ),
    )


def _checklist(group: SignGroup, ticked: set[str]) -> SignList:
    return SignList(group.title, tuple(SignLine(s.text, s.id in ticked) for s in group.signs))


def _reflections_by_section(
    source: WorksheetSource, article_id: str
) -> dict[str, tuple[ReflectionEntry, ...]]:
    """Every non-blank reflection of the article by section, oldest first."""
    rows: list[Reflection] = []
    while page := source.reflections(article_id, len(rows), _PAGE):
        rows.extend(page)
        if len(page) < _PAGE:
            break
    grouped: dict[str, list[ReflectionEntry]] = {}
    for row in sorted(rows, key=lambda r: (r.updated, r.id)):
        grouped.setdefault(row.section_id, []).append(ReflectionEntry(row.text, row.updated))
    return {section_id: tuple(entries) for section_id, entries in grouped.items()}
