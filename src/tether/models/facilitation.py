"""The facilitator's side of an article: speaker notes and the workshop tally (issue 17).

Over :class:`tether.store.history.Facilitation`: the facilitator's own note per
section, saved a moment after typing stops (and at once on a section change or when
presenting stops), and the workshop whose anonymous counts the room's checklist shows.
Nothing here reads or writes the reader's reflections or ticks.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tether.content import Article
from tether.models.pending import PendingWrites
from tether.store import Store, Workshop

# A note is written this long after the last key (as reflections are, at most ~1 s late).
SAVE_DELAY_MS = 700


class FacilitatorNotes(QObject):
    """The facilitator's notes on one article's sections, autosaved; and its workshops."""

    save_failed = Signal(str)
    # The workshop's counts changed (sign id, count): the room's bars follow.
    count_changed = Signal(str, int)

    def __init__(self, article: Article, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self.article = article
        self._data = store.facilitation()
        self._now = store.now
        self._unsaved: dict[str, str] = {}
        self._writes = PendingWrites(self)
        self._writes.failed.connect(self.save_failed)
        self._timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save)
        self.workshop: Workshop | None = None

    # -- notes ---------------------------------------------------------------------------

    def note(self, section_id: str) -> str:
        """The note on a section: the one being typed if not saved yet."""
        if section_id in self._unsaved:
            return self._unsaved[section_id]
        return self._data.note(self.article.id, section_id)

    def save_soon(self, section_id: str, text: str) -> None:
        """The note as typed so far: saved when typing pauses."""
        self._unsaved[section_id] = text
        self._timer.start()

    @Slot()
    def save(self) -> bool:
        """Save every note typed and not saved yet; False if the store refused one."""
        self._timer.stop()
        unsaved, self._unsaved = self._unsaved, {}
        ok = True
        article_id = self.article.id
        for section_id, text in unsaved.items():

            def attempt(section: str = section_id, words: str = text) -> None:
                self._data.save_note(article_id, section, words)

            ok = self._writes.write(("note", section_id), attempt) and ok
        return self._writes.retry() and ok

    def has_unsaved(self) -> bool:
        """Whether a note is waiting to be written (typed, or refused by the store)."""
        return bool(self._unsaved) or self._writes.has_pending()

    # -- the workshop tally ----------------------------------------------------------------

    def workshops(self) -> list[Workshop]:
        """Every workshop run on this article, newest first."""
        return self._data.workshops(self.article.id)

    def continue_todays(self) -> Workshop | None:
        """Take up today's workshop, if one was started today (presenting again after a
        break is the same workshop); None otherwise."""
        today = self._now().astimezone().date()
        for workshop in self.workshops():
            if workshop.started.astimezone().date() == today:
                self.workshop = workshop
                return workshop
        return None

    def count(self, sign_id: str) -> int | None:
        """The room's count for a sign in the current workshop, None if not counted."""
        return None if self.workshop is None else self.workshop.counts.get(sign_id)

    def set_count(self, sign_id: str, count: int) -> int:
        """Record how many recognise a sign; the first count starts today's workshop."""
        if self.workshop is None:
            self.workshop = self._data.start_workshop(self.article.id)
        saved = self._data.set_count(self.workshop, sign_id, count)
        self.count_changed.emit(sign_id, saved)
        return saved

    def rename(self, name: str) -> None:
        """Name the current workshop (starting one if there is none)."""
        if self.workshop is None:
            self.workshop = self._data.start_workshop(self.article.id, name)
            return
        self._data.rename_workshop(self.workshop, name)
        self.workshop = Workshop(
            self.workshop.article_id,
            self.workshop.started,
            name,
            self.workshop.counts,
            self.workshop.key,
        )

    def started(self) -> datetime | None:
        """When the current workshop began (None before its first count)."""
        return None if self.workshop is None else self.workshop.started
