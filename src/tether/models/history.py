"""An article's check-ins over time: the numbers the History view draws and lists.

Read from the store when the History view opens (two queries), never at start-up.
:class:`CheckInHistory` holds the numbers (per sign group, the count ticked at each
check-in) and two table models over them, so the chart and the accessible tables show
the same data: :class:`CheckInsTable` (a row per check-in: date, "n of m" per group, the
note, editable) and :class:`SignsHistoryTable` (a row per sign: ticked or not at each
check-in). Deleting an earlier check-in hides it and can be undone; its rows stay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from tether.content import Article
from tether.i18n import translate
from tether.models.reflections import format_when, local_moment
from tether.models.signs import SignsModel
from tether.store import CheckIn, Store

_Index = QModelIndex | QPersistentModelIndex


def format_day(moment: datetime, *, with_time: bool = False) -> str:
    """A check-in's date in local time, e.g. "3 Oct 2026" (with ", 14:03" if asked)."""
    if with_time:
        return format_when(moment)
    return QLocale().toString(local_moment(moment), translate("Dates", "d MMM yyyy"))


@dataclass(frozen=True, slots=True)
class GroupSeries:
    """One sign group's count ticked at each check-in, oldest first."""

    title: str
    total: int
    counts: tuple[int, ...]


class CheckInHistory(QObject):
    """The check-ins of one article with their counts; emits ``changed`` after any edit."""

    changed = Signal()

    def __init__(self, article: Article, store: Store, signs: SignsModel) -> None:
        super().__init__(signs)
        self._article = article
        self._store = store
        self._signs = signs
        self.checkins: tuple[CheckIn, ...] = ()
        self.ticks: tuple[dict[str, bool], ...] = ()
        self.groups: tuple[GroupSeries, ...] = ()
        self._labels: list[str] = []
        # The last deleted check-in, for Undo.
        self.deleted: CheckIn | None = None
        # Ticks come one by one (or all at once for a new check-in): read once after.
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self.reload)
        self.reload()
        signs.dataChanged.connect(self._later.start)
        signs.checkin_started.connect(self._later.start)

    def reload(self) -> None:
        """Read the check-ins again (after a tick, a note, a delete or a new check-in)."""
        # Ticks still waiting for a retry are shown as ticked here too: the reader did.
        read = self._store.history().checkins(self._article.id)
        self.checkins, self.ticks = read.checkins, read.ticks
        self.groups = tuple(
            GroupSeries(
                group.title.rstrip(":"),
                len(group.signs),
                tuple(
                    sum(ticks.get(sign.id, False) for sign in group.signs) for ticks in self.ticks
                ),
            )
            for group in self._article.sign_groups
        )
        days = [format_day(checkin.started) for checkin in self.checkins]
        self._labels = [
            format_day(checkin.started, with_time=days.count(day) > 1) if day else day
            for checkin, day in zip(self.checkins, days, strict=True)
        ]
        self.changed.emit()

    def label(self, row: int) -> str:
        """The date of check-in ``row``, with the time where two fall on one day."""
        return self._labels[row]

    def set_note(self, row: int, note: str) -> None:
        """Give check-in ``row`` its one-line note."""
        self._store.history().set_note(self.checkins[row], note)
        self.reload()

    def can_delete(self, row: int) -> bool:
        """Only earlier check-ins can be deleted; the current one is still being answered."""
        return 0 <= row < len(self.checkins) - 1

    def delete(self, row: int) -> CheckIn | None:
        """Delete earlier check-in ``row`` (kept on disk, so :meth:`undo_delete` brings it back)."""
        if not self.can_delete(row):
            return None
        checkin = self.checkins[row]
        self._store.history().set_deleted(checkin, True)
        self.deleted = checkin
        self.reload()
        return checkin

    def undo_delete(self) -> bool:
        """Bring back the check-in deleted last; False if there is none."""
        if self.deleted is None:
            return False
        self._store.history().set_deleted(self.deleted, False)
        self.deleted = None
        self.reload()
        return True

    def signs(self) -> list[tuple[str, str, str]]:
        """Every sign as (sign id, sign text, its group's title), in article order."""
        return [
            (sign.id, sign.text, group.title.rstrip(":"))
            for group in self._article.sign_groups
            for sign in group.signs
        ]


class CheckInsTable(QAbstractTableModel):
    """A row per check-in, oldest first: date, "n of m" per sign group, note (editable)."""

    def __init__(self, history: CheckInHistory) -> None:
        super().__init__(history)
        self._history = history
        history.changed.connect(self._reset)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Qt: one row per check-in."""
        return 0 if parent.isValid() else len(self._history.checkins)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: the date, one column per sign group, the note."""
        return 0 if parent.isValid() else len(self._history.groups) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt: column titles (the groups' names); rows are numbered."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return translate("CheckInHistory", "Check-in")
        if section == self.columnCount() - 1:
            return translate("CheckInHistory", "Note")
        if 0 < section <= len(self._history.groups):
            return self._history.groups[section - 1].title
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Qt: every cell can be selected; the note can be edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.columnCount() - 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the date, the counts, the note; accessible text says all of it in words."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row, column = index.row(), index.column()
        if not 0 <= column < self.columnCount():
            return None
        text = self._cell(row, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            header = self.headerData(column, Qt.Orientation.Horizontal)
            if not text:
                return translate("CheckInHistory", "{column}: none").format(column=header)
            return translate("CheckInHistory", "{column}: {value}").format(
                column=header, value=text
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == self.columnCount() - 1:
            return translate(
                "CheckInHistory", "Double-click to write a one-line note for this check-in"
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 < column < self.columnCount() - 1:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt: writing a check-in's note."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() != self.columnCount() - 1:
            return False
        self._history.set_note(index.row(), str(value))
        return True

    def _cell(self, row: int, column: int) -> str:
        history = self._history
        if column == 0:
            if row == len(history.checkins) - 1 and row > 0:
                return translate("CheckInHistory", "{date} (current)").format(
                    date=history.label(row)
                )
            return history.label(row)
        if column == len(history.groups) + 1:
            return history.checkins[row].note
        group = history.groups[column - 1]
        return translate("CheckInHistory", "{ticked} of {total}").format(
            ticked=group.counts[row], total=group.total
        )

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class SignsHistoryTable(QAbstractTableModel):
    """A row per sign, a column per check-in: whether it was ticked then."""

    def __init__(self, history: CheckInHistory) -> None:
        super().__init__(history)
        self._history = history
        self._signs = history.signs()
        history.changed.connect(self._reset)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Qt: one row per sign."""
        return 0 if parent.isValid() else len(self._signs)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: the sign, then one column per check-in."""
        return 0 if parent.isValid() else len(self._history.checkins) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt: "Sign", then each check-in's date."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section == 0:
            return translate("CheckInHistory", "Sign")
        if 0 < section <= len(self._history.checkins):
            return self._history.label(section - 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: the sign's text, then "✓" where it was ticked and "–" where not."""
        if not index.isValid() or not 0 <= index.row() < len(self._signs):
            return None
        column = index.column()
        if not 0 <= column < self.columnCount():
            return None
        sign_id, text, group = self._signs[index.row()]
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return text
            if role == Qt.ItemDataRole.ToolTipRole:
                return group
            return None
        ticked = self._history.ticks[column - 1].get(sign_id, False)
        if role == Qt.ItemDataRole.DisplayRole:
            return "✓" if ticked else "–"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = self._history.label(column - 1)
            if ticked:
                return translate("CheckInHistory", "{date}: ticked").format(date=when)
            return translate("CheckInHistory", "{date}: not ticked").format(date=when)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _reset(self) -> None:
        self.beginResetModel()
        self._signs = self._history.signs()
        self.endResetModel()
