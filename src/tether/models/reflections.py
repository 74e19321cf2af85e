"""Every reflection the reader wrote on an article, newest first, fetched lazily."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Signal,
    Slot,
)

from tether.content import Article
from tether.i18n import translate
from tether.models import background
from tether.models.pending import PendingWrites
from tether.models.roles import Role
from tether.models.tooltips import preview_tooltip
from tether.store import Reflection, ReflectionVersion, Store, StoreError

if TYPE_CHECKING:
    from concurrent.futures import Future  # the first save imports it (models.background)

_Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 200
_PREVIEW_CHARS = 90


class _Written(NamedTuple):
    """What a save on the worker thread came to: the rows before and after, or why not."""

    section_id: str
    number: int
    previous: Reflection | None = None
    reflection: Reflection | None = None
    error: str | None = None


def local_moment(moment: datetime) -> QDateTime:
    """``moment`` in the reader's local time, to the minute, for :class:`QLocale` to write.

    Dates are written with a translated pattern (German puts a full stop after the day,
    "3. Okt. 2026") and the month's name of the default locale, which
    :func:`tether.i18n.install.install_language` sets to the interface language.
    """
    local = moment.astimezone()
    return QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))


def format_when(moment: datetime) -> str:
    """A reflection's date and time in the reader's local time, e.g. "26 Nov 2026, 14:03"."""
    return QLocale().toString(local_moment(moment), translate("Dates", "d MMM yyyy, HH:mm"))


class ReflectionsModel(QAbstractListModel):
    """The reflections of one article with their section and date.

    Rows come from the store a page at a time (``canFetchMore`` / ``fetchMore``), so ten
    thousand reflections open as fast as ten. Saving goes through :meth:`save`, which
    keeps the list in step: a saved reflection moves to the top. A save the store
    refuses waits here with the ticks' and positions' kind (:class:`PendingWrites`) and is
    retried until it is taken; only the latest text of a section ever waits.
    """

    save_failed = Signal(str)
    # A reflection was saved (now or on a retry): its section and its saved time.
    saved = Signal(str, datetime)
    # From the worker thread: a save in the background is done (a _Written).
    _written = Signal(object)

    def __init__(self, article: Article, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._article = article
        self._store = store
        self._titles = {section.id: section.title for section in article.sections}
        self._rows: list[Reflection] = []
        self._total = store.count_reflections(article.id)
        self._fetching = False
        self._pending = PendingWrites(self)
        self._pending.failed.connect(self.save_failed)
        # Saves under way on the worker thread: the latest per section, numbered.
        self._in_flight: dict[str, tuple[int, Future[_Written]]] = {}
        self._number = 0
        # The newest autosave of each section, read on the worker: an older one still
        # queued there is skipped (the newer holds the whole text), so a slow disk never
        # piles up copies of a big reflection.
        self._latest: dict[str, int] = {}
        self._retry_later: dict[str, Callable[[], str]] = {}
        self._written.connect(self._on_written)
        # When the reader came to each section: the first save after it starts a new
        # version of the reflection (see Store.save_reflection). Opening the article is
        # a return to every section, since closing Tether is a pause too.
        self._opened = store.now()
        self._visits: dict[str, datetime] = {}

    # -- Qt's item model interface -------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Qt: the reflections fetched so far."""
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: _Index) -> bool:
        """Qt: whether the store holds reflections not fetched yet."""
        return not parent.isValid() and not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: _Index) -> None:
        """Qt: fetch the next page of reflections."""
        # Views may call back into fetchMore while rows are being inserted; one at a time.
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        try:
            offset = len(self._rows)
            page = self._store.reflections(self._article.id, offset=offset, limit=PAGE_SIZE)
            have = {row.id for row in self._rows}
            page = [row for row in page if row.id not in have]
            if not page:
                self._total = len(self._rows)
                return
            self.beginInsertRows(QModelIndex(), offset, offset + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._fetching = False

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: a reflection's section, date and text."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        title = self.section_title(row.section_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{title} · {format_when(row.updated)}\n{_preview(row.text)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return preview_tooltip(row.text)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("ReflectionsModel", "Reflection on {section}, {when}: {text}").format(
                section=title, when=format_when(row.updated), text=row.text
            )
        custom: dict[int, Any] = {
            Role.SectionId: row.section_id,
            Role.SectionTitle: title,
            Role.Text: row.text,
            Role.Updated: row.updated,
            Role.Orphaned: row.section_id not in self._titles,
        }
        return custom.get(role)

    def roleNames(self) -> dict[int, QByteArray]:
        """Qt: names for the custom roles."""
        names: dict[int, QByteArray] = dict(super().roleNames())
        names.update(
            {
                Role.SectionId: QByteArray(b"sectionId"),
                Role.SectionTitle: QByteArray(b"sectionTitle"),
            }
        )
        names.update(
            {
                Role.Text: QByteArray(b"text"),
                Role.Updated: QByteArray(b"updated"),
                Role.Orphaned: QByteArray(b"orphaned"),
            }
        )
        return names

    # -- Tether's interface ----------------------------------------------------------------

    def section_title(self, section_id: str) -> str:
        """The title of a section, or a note that the article no longer has it."""
        title = self._titles.get(section_id)
        if title is not None:
            return title
        if self._article.outline_pending:
            # A long article's later sections join its outline just after it is shown.
            return translate("ReflectionsModel", "Section “{id}”").format(id=section_id)
        return translate("ReflectionsModel", "Removed section “{id}”").format(id=section_id)

    def retitle(self, article: Article) -> None:
        """Take the final titles of sections rendered since (drafts before that)."""
        titles = {section.id: section.title for section in article.sections}
        pending = self._article.outline_pending
        self._article = article
        if titles == self._titles and pending == article.outline_pending:
            return
        self._titles = titles
        if self.rowCount() > 0:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, 0),
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole],
            )

    def text_for_section(self, section_id: str) -> str:
        """The reader's current reflection on a section ("" when there is none)."""
        found = self._store.reflection_for_section(self._article.id, section_id)
        return found.text if found is not None else ""

    def saved_at(self, section_id: str) -> datetime | None:
        """When the reflection on a section was last saved, if ever."""
        found = self._store.reflection_for_section(self._article.id, section_id)
        return found.updated if found is not None else None

    def begin_visit(self, section_id: str) -> None:
        """The reader came (back) to a section: their next words start a new version."""
        self._visits[section_id] = self._store.now()

    def versions(self, section_id: str) -> list[ReflectionVersion]:
        """Every version of a section's reflection that holds text, newest first."""
        return self._store.history().versions(self._article.id, section_id)

    def _visit(self, section_id: str) -> datetime:
        return self._visits.get(section_id, self._opened)

    def save(self, section_id: str, text: str) -> bool:
        """Save the reflection on a section now; False (and ``save_failed``) if refused.

        A refused text is kept and retried every few seconds, replacing any older text
        of the same section still waiting, so the latest words are the ones written.
        A save of the section still under way in the background is waited for first.
        """
        self._settle(section_id)
        return self._pending.write(section_id, lambda: self._write(section_id, text))

    def save_soon(self, section_id: str, text: Callable[[], str]) -> None:
        """Save the reflection on a section on the worker thread; return at once.

        ``text()`` is called there (so it may finish turning the editor's text into
        plain text). ``saved`` follows on this thread once the store has it; if the
        store refuses it, it waits and is retried like any refused save. A newer save
        of the section (now or soon) supersedes this one.
        """
        self._number += 1
        number = self._number
        # Retrying an older refused text after this one would undo it.
        self._pending.drop(section_id)
        self._latest[section_id] = number
        article_id, store, written, latest, visit = (
            self._article.id,
            self._store,
            self._written,
            self._latest,
            self._visit(section_id),
        )

        def work() -> _Written:
            if latest.get(section_id) != number:
                # Superseded while queued: the newer save (queued after this one, on the
                # same thread) writes the newer text, and only its result is taken.
                return _Written(section_id, number)
            try:
                previous = store.reflection_for_section(article_id, section_id)
                reflection = store.save_reflection(article_id, section_id, text(), visit)
                result = _Written(section_id, number, previous, reflection)
            except StoreError as error:
                result = _Written(section_id, number, error=str(error))
            # If the model is gone, its result was (or will be) taken by _settle.
            with suppress(RuntimeError):
                written.emit(result)
            return result

        self._retry_later[section_id] = text
        self._in_flight[section_id] = (number, background.submit(work))

    def has_unsaved(self, section_id: str | None = None) -> bool:
        """Whether a reflection (on ``section_id``, or any) is not in the store yet.

        That is a refused one waiting for a retry, or one being written in the background.
        """
        if section_id is None:
            return self._pending.has_pending() or bool(self._in_flight)
        return self._pending.is_waiting(section_id) or section_id in self._in_flight

    def finish(self, section_id: str) -> bool:
        """Wait for the background save of a section; True if the store has its text."""
        self._settle(section_id, take_result=True)
        return not self.has_unsaved(section_id)

    def save_pending(self) -> bool:
        """Finish the saves under way, retry the waiting ones; True when all are saved."""
        for section_id in list(self._in_flight):
            self._settle(section_id, take_result=True)
        return self._pending.retry()

    def _settle(self, section_id: str, *, take_result: bool = False) -> None:
        """Wait for the background save of a section, if any.

        With ``take_result`` its outcome is taken now (saved, or left waiting); without,
        the caller is about to save newer text, which speaks for both.
        """
        flight = self._in_flight.get(section_id)
        if flight is None:
            return
        result = flight[1].result()
        if take_result:
            self._take(result)
        else:
            del self._in_flight[section_id]
            del self._retry_later[section_id]

    @Slot(object)
    def _on_written(self, result: _Written) -> None:
        self._take(result)

    def _take(self, result: _Written) -> None:
        """Act on a background save's outcome, unless a newer save superseded it."""
        flight = self._in_flight.get(result.section_id)
        if flight is None or flight[0] != result.number:
            return  # taken already, or a newer save of the section followed
        del self._in_flight[result.section_id]
        text = self._retry_later.pop(result.section_id)
        if result.error is not None or result.reflection is None:
            section_id = result.section_id
            self._pending.keep(
                section_id, lambda: self._write(section_id, text()), result.error or ""
            )
            return
        self._saved(result.section_id, result.previous, result.reflection)

    def _write(self, section_id: str, text: str) -> None:
        """One save: the store's transaction, then the list and ``saved`` follow it."""
        previous = self._store.reflection_for_section(self._article.id, section_id)
        reflection = self._store.save_reflection(
            self._article.id, section_id, text, self._visit(section_id)
        )
        self._saved(section_id, previous, reflection)

    def _saved(self, section_id: str, previous: Reflection | None, reflection: Reflection) -> None:
        """Bring the list in step with a save, and say so."""
        if reflection != previous:
            # Unchanged text keeps its date, so it keeps its place in the list too.
            self._place(reflection)
        self.saved.emit(section_id, reflection.updated)

    # -- helpers ---------------------------------------------------------------------------

    def _place(self, reflection: Reflection) -> None:
        """Put a just-saved reflection where the store's order says: first, or nowhere."""
        row = next((i for i, r in enumerate(self._rows) if r.id == reflection.id), None)
        visible = bool(reflection.text.strip())
        if row is not None and not visible:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._total -= 1
        elif row is not None:
            if row != 0:
                self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
                self._rows.insert(0, self._rows.pop(row))
                self.endMoveRows()
            self._rows[0] = reflection
            top = self.index(0, 0)
            self.dataChanged.emit(top, top)
        elif visible:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, reflection)
            self.endInsertRows()
            self._total = self._store.count_reflections(self._article.id)


def _preview(text: str) -> str:
    # Only the start is looked at: the list asks for every row on every repaint, and a
    # reflection can be megabytes long.
    head = text[: _PREVIEW_CHARS * 20]
    flat = " ".join(head.split())
    if len(flat) <= _PREVIEW_CHARS and len(head) == len(text):
        return flat
    return flat[: _PREVIEW_CHARS - 1].rstrip() + "…"
