"""Where the talk is: a section and a page of it, and how the clicker moves through them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Place:
    """A page of a section (both counted from 0)."""

    section: int
    page: int


class Deck:
    """Moves through the pages of every section in order; never past either end.

    ``page_count`` says how many pages a section has on the audience screen right now,
    so moving stays right when the pages reflow (another screen, another zoom).
    """

    def __init__(self, section_count: int, page_count: Callable[[int], int]) -> None:
        self._sections = section_count
        self._pages = page_count
        self.place = Place(0, 0)

    @property
    def section_count(self) -> int:
        """How many sections there are."""
        return self._sections

    def page_count(self, section: int) -> int:
        """How many pages a section has (at least one)."""
        return max(1, self._pages(section))

    def go(self, place: Place) -> None:
        """Go to a place, clamped to the pages that exist."""
        section = min(max(place.section, 0), self._sections - 1)
        page = min(max(place.page, 0), self.page_count(section) - 1)
        self.place = Place(section, page)

    def after(self, place: Place) -> Place | None:
        """The page after ``place``, or None at the end of the article."""
        if place.page + 1 < self.page_count(place.section):
            return Place(place.section, place.page + 1)
        if place.section + 1 < self._sections:
            return Place(place.section + 1, 0)
        return None

    def before(self, place: Place) -> Place | None:
        """The page before ``place``, or None at the start of the article."""
        if place.page > 0:
            return Place(place.section, place.page - 1)
        if place.section > 0:
            return Place(place.section - 1, self.page_count(place.section - 1) - 1)
        return None

    def next(self) -> bool:
        """Move one page on; False at the last page."""
        following = self.after(self.place)
        if following is not None:
            self.place = following
        return following is not None

    def previous(self) -> bool:
        """Move one page back; False at the first page."""
        preceding = self.before(self.place)
        if preceding is not None:
            self.place = preceding
        return preceding is not None

    def first(self) -> None:
        """The first page of the first section."""
        self.place = Place(0, 0)

    def last(self) -> None:
        """The last page of the last section."""
        last = self._sections - 1
        self.place = Place(last, self.page_count(last) - 1)

    def go_to_section(self, number: int) -> bool:
        """The first page of section ``number`` as people count (1 is the first)."""
        if not 1 <= number <= self._sections:
            return False
        self.place = Place(number - 1, 0)
        return True
