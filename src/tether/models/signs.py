"""The checklist of signs: groups of checkable signs, each group with its tally."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from tether.content import Article, Sign, SignGroup
from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.models.pending import PendingWrites
from tether.models.roles import Role
from tether.models.tooltips import isolated, plain_tooltip
from tether.store import CheckIn, Store

_Index = QModelIndex | QPersistentModelIndex
# internalId of a group row; a sign row stores its group's row + 1.
_GROUP = 0
# Computed once: a view asks for flags for every row it lays out, and enum arithmetic
# in Python is slow enough to show on a checklist of thousands of rows.
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_SIGN_FLAGS = _GROUP_FLAGS | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemNeverHasChildren
# Plurals: declared with a literal count, so that lupdate sees them (see tether.i18n).
_GROUP_TICKED = QT_TRANSLATE_NOOP("SignsModel", "{group}, {ticked} of %n ticked", None, 2)
_SECTION_TICKED = QT_TRANSLATE_NOOP("SignsModel", "{section}: {ticked} of %n ticked", None, 2)


class SignsModel(QAbstractItemModel):
    """A two-level tree: sign groups, each with its signs as checkable children.

    This one model is the only copy of the ticks: the side checklist and the boxes in the
    article text both show it, and ticking in either place goes through :meth:`set_ticked`.
    """

    save_failed = Signal(str)
    # Every tick the store refused earlier has now been saved.
    saved_again = Signal()
    # A new check-in started: every sign is unticked, the earlier answers shown beside.
    checkin_started = Signal()

    def __init__(self, article: Article, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._article = article
        self._store = store
        self._pending = PendingWrites(self)
        self._pending.failed.connect(self.save_failed)
        self._pending.caught_up.connect(self.saved_again)
        self._groups: tuple[SignGroup, ...] = ()
        self._ticked: set[str] = set()
        self._where: dict[str, tuple[int, int]] = {}
        # Ticks of signs in sections not rendered yet wait here until their sign arrives.
        current, earlier = store.recent_ticks(article.id)
        self._stored = {sign_id for sign_id, ticked in current.items() if ticked}
        # The answers of the check-in before this one, shown faintly beside each sign.
        self._previous = earlier
        self._add_groups(article.sign_groups)

    # -- Qt's item model interface -------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt: the index of a group (top level) or of a sign (under its group)."""
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != _GROUP or parent.row() >= len(self._groups):
            return QModelIndex()
        if row >= len(self._groups[parent.row()].signs):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008 - Qt overloads parent()
        """Qt: a sign's group; groups are top level."""
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: groups at the top, signs under a group, nothing under a sign."""
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._groups[parent.row()].signs)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: one column."""
        return 1

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Qt: signs can be ticked; groups are headings."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalId() == _GROUP else _SIGN_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: text, tick state, tally and ids of groups and signs."""
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(index.row(), role)
        return self._sign_data(self._groups[index.internalId() - 1].signs[index.row()], role)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Qt: ticking or unticking a sign from a view."""
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if index.internalId() == _GROUP:
            return False
        sign = self._groups[index.internalId() - 1].signs[index.row()]
        state = Qt.CheckState(value) if isinstance(value, int) else value
        return self.set_ticked(sign.id, state == Qt.CheckState.Checked)

    def roleNames(self) -> dict[int, QByteArray]:
        """Qt: names for the custom roles."""
        names: dict[int, QByteArray] = dict(super().roleNames())
        names.update({Role.SignId: QByteArray(b"signId"), Role.SectionId: QByteArray(b"sectionId")})
        names.update({Role.IsGroup: QByteArray(b"isGroup"), Role.Tally: QByteArray(b"tally")})
        return names

    # -- Tether's interface ----------------------------------------------------------------

    def is_ticked(self, sign_id: str) -> bool:
        """Whether the reader has ticked this sign."""
        return sign_id in self._ticked

    def set_ticked(self, sign_id: str, ticked: bool) -> bool:
        """Tick or untick a sign, save it, and tell every view. False if it is unknown."""
        where = self._where.get(sign_id)
        if where is None:
            return False
        if ticked == (sign_id in self._ticked):
            return True
        # If the store refuses, the tick still shows (the reader sees what they did, and
        # is told it is unsaved) and the write waits to be retried: nothing is dropped.
        article_id = self._article.id
        self._pending.write(sign_id, lambda: self._store.set_tick(article_id, sign_id, ticked))
        if ticked:
            self._ticked.add(sign_id)
        else:
            self._ticked.discard(sign_id)
        group_row, sign_row = where
        sign_index = self.createIndex(sign_row, 0, group_row + 1)
        self.dataChanged.emit(sign_index, sign_index, [Qt.ItemDataRole.CheckStateRole])
        group_index = self.createIndex(group_row, 0, _GROUP)
        self.dataChanged.emit(
            group_index,
            group_index,
            [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Role.Tally],
        )
        return True

    def start_checkin(self) -> bool:
        """Start a new check-in: save waiting ticks, then untick every sign.

        The answers so far become the "previous" ones shown beside each sign. False (and
        nothing changed) if a waiting tick cannot be saved, so no answer is lost.
        """
        if not self._pending.retry():
            return False
        self._store.start_checkin(self._article.id)
        self._previous = {sign_id: sign_id in self._ticked for sign_id in self._where}
        self._previous.update({sign_id: True for sign_id in self._stored})
        self._ticked.clear()
        self._stored.clear()
        self._emit_all_changed()
        self.checkin_started.emit()
        return True

    def current_checkin(self) -> CheckIn | None:
        """The check-in ticks go to now (None before the article's first tick)."""
        return self._store.current_checkin(self._article.id)

    def previous_tick(self, sign_id: str) -> bool | None:
        """The sign's answer at the check-in before this one; None if there was none."""
        # A sign the earlier check-in never touched was not ticked then.
        return self._previous.get(sign_id, False) if self._previous else None

    def _emit_all_changed(self) -> None:
        """Tell views every sign's tick and every group's tally may have changed."""
        for group_row, group in enumerate(self._groups):
            group_index = self.createIndex(group_row, 0, _GROUP)
            self.dataChanged.emit(group_index, group_index)
            if group.signs:
                first = self.createIndex(0, 0, group_row + 1)
                last = self.createIndex(len(group.signs) - 1, 0, group_row + 1)
                self.dataChanged.emit(first, last)

    def has_unsaved(self) -> bool:
        """Whether a tick is still waiting for the store to take it."""
        return self._pending.has_pending()

    def save_pending(self) -> bool:
        """Retry the waiting ticks now; True when every tick is saved."""
        return self._pending.retry()

    def toggle(self, sign_id: str) -> bool:
        """Flip a sign's tick."""
        return self.set_ticked(sign_id, not self.is_ticked(sign_id))

    def index_of_sign(self, sign_id: str) -> QModelIndex:
        """The index of a sign, or an invalid index if the article has no such sign."""
        where = self._where.get(sign_id)
        if where is None:
            return QModelIndex()
        return self.createIndex(where[1], 0, where[0] + 1)

    def tally(self, group_row: int) -> tuple[int, int]:
        """How many signs of a group are ticked, and how many it has."""
        signs = self._groups[group_row].signs
        return sum(sign.id in self._ticked for sign in signs), len(signs)

    def grow(self, article: Article, rendered: range) -> None:
        """Take in the sign groups of the sections just rendered (appended as new rows)."""
        self._article = article
        new = tuple(
            group
            for section in article.sections[rendered.start : rendered.stop]
            for group in section.sign_groups
        )
        if not new:
            return
        first = len(self._groups)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._add_groups(new)
        self.endInsertRows()

    # -- helpers ---------------------------------------------------------------------------

    def _add_groups(self, groups: tuple[SignGroup, ...]) -> None:
        first = len(self._groups)
        self._groups += groups
        for group_row, group in enumerate(groups, start=first):
            for sign_row, sign in enumerate(group.signs):
                self._where[sign.id] = (group_row, sign_row)
                if sign.id in self._stored:
                    self._ticked.add(sign.id)

    def _group_data(self, row: int, role: int) -> Any:
        group = self._groups[row]
        ticked, total = self.tally(row)
        tally = translate("SignsModel", "{ticked} of {total}").format(ticked=ticked, total=total)
        title = group.title.rstrip(":")
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{isolated(title)} — {tally}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return translate("SignsModel", _GROUP_TICKED, None, total).format(
                group=title, ticked=ticked
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            section = self._article.sections[self._article.section_index(group.section_id) or 0]
            return plain_tooltip(
                translate("SignsModel", _SECTION_TICKED, None, total).format(
                    section=section.title, ticked=ticked
                )
            )
        if role == Role.Tally:
            return tally
        if role == Role.IsGroup:
            return True
        if role == Role.SectionId:
            return group.section_id
        return None

    def _sign_data(self, sign: Sign, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return sign.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(sign.text + _before(self.previous_tick(sign.id), "\n"))
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if sign.id in self._ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole:
            said = (
                translate("SignsModel", "{sign}, ticked")
                if sign.id in self._ticked
                else translate("SignsModel", "{sign}, not ticked")
            ).format(sign=sign.text)
            return said + _before(self.previous_tick(sign.id), "; ")
        if role == Role.PreviousTick:
            return self.previous_tick(sign.id)
        if role == Role.SignId:
            return sign.id
        if role == Role.SectionId:
            return sign.section_id
        if role == Role.IsGroup:
            return False
        return None


def _before(previous: bool | None, joiner: str) -> str:
    """The earlier answer in words ("last check-in: ticked"), or nothing if none."""
    if previous is None:
        return ""
    if previous:
        return joiner + translate("SignsModel", "Last check-in: ticked")
    return joiner + translate("SignsModel", "Last check-in: not ticked")
