"""The library list: every article the reader can open, with sections and progress."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from tether.content import ArticleOutline
from tether.content.library import (
    AddResult,
    LibraryEntry,
    LibraryScanner,
    Origin,
    add_to_folder,
    find_by_title,
    normalise_title,
)
from tether.i18n import QT_TRANSLATE_NOOP, translate
from tether.models.roles import Role
from tether.models.tooltips import plain_tooltip
from tether.store import Store, StoreError

_Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    """The columns of the library list."""

    TITLE = 0
    SECTIONS = 1
    PROGRESS = 2
    ORIGIN = 3


# Translated where shown (context "LibraryModel").
HEADERS = {
    Column.TITLE: QT_TRANSLATE_NOOP("LibraryModel", "Title"),
    Column.SECTIONS: QT_TRANSLATE_NOOP("LibraryModel", "Sections"),
    Column.PROGRESS: QT_TRANSLATE_NOOP("LibraryModel", "Progress"),
    Column.ORIGIN: QT_TRANSLATE_NOOP("LibraryModel", "Where"),
}
_ORIGIN_SHORT = {
    Origin.BUNDLED: QT_TRANSLATE_NOOP("LibraryModel", "Bundled"),
    Origin.USER: QT_TRANSLATE_NOOP("LibraryModel", "Your articles"),
}
# A plural: declared with a literal count, so that lupdate sees one (see tether.i18n).
_SECTIONS = QT_TRANSLATE_NOOP("LibraryModel", "%n sections", None, 2)
# Where an article comes from, in full (the content layer's Origin values, in English).
_ORIGIN_LONG = {
    Origin.BUNDLED: QT_TRANSLATE_NOOP("LibraryModel", "Bundled with Tether"),
    Origin.USER: QT_TRANSLATE_NOOP("LibraryModel", "Your articles folder"),
}
_ROW_ROLES = (Role.ArticlePath, Role.Unreadable, Role.Detail, Role.ReadShare, Role.LastRead)


@dataclass(frozen=True, slots=True)
class Progress:
    """How far the reader has got in one article."""

    read: int
    total: int
    at_section: int | None  # 1-based, where the reader last was; None if never opened
    last_read: datetime | None = None  # when the reader was last in it; None if never

    @property
    def share(self) -> float:
        """The share of the sections read, from 0.0 to 1.0."""
        return self.read / self.total if self.total else 0.0

    def describe(self) -> str:
        """Short words for the list ("3 of 12 read", "Not started")."""
        if self.read == self.total:
            return translate("LibraryModel", "Finished")
        if self.read:
            return translate("LibraryModel", "{read} of {total} read").format(
                read=self.read, total=self.total
            )
        if self.at_section is not None:
            return translate("LibraryModel", "At section {section} of {total}").format(
                section=self.at_section, total=self.total
            )
        return translate("LibraryModel", "Not started")


class LibraryModel(QAbstractTableModel):
    """The bundled articles and the reader's own, one row each; read-only.

    A file that cannot be opened is a row too, saying why, so nothing vanishes silently.
    :meth:`refresh` scans again (cheaply: unchanged files are not re-read).

    Each column says one thing in words; the row's own roles (:data:`Role.Detail`,
    :data:`Role.ReadShare`, :data:`Role.LastRead`, the path) answer on every column, so a
    list showing only the title column can draw and sort the whole row from it. The
    title column's accessible text is the whole row in one sentence, for that list.
    """

    def __init__(self, scanner: LibraryScanner, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._scanner = scanner
        self._store = store
        self._entries: list[LibraryEntry] = []
        self._progress: list[Progress | None] = []
        self._shared: dict[str, int] = {}
        self.refresh()

    @property
    def articles_dir(self) -> Path:
        """The reader's articles folder (it may not exist until an article is added)."""
        return self._scanner.user_dir

    # -- Qt's item model interface -------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Qt: one row per file (a table has no children)."""
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Qt: title, sections, progress and where the file is."""
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Qt: rows can be selected and opened, never edited."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt: the column titles."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(Column)
        ):
            return translate("LibraryModel", HEADERS[Column(section)])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt: what each column shows, a tooltip with the file, and the custom roles."""
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, self._progress[index.row()], column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(entry))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._accessible(entry, self._progress[index.row()], column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.SECTIONS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in _ROW_ROLES:
            return self._row_data(entry, self._progress[index.row()], Role(role))
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        """Qt: names for the custom roles."""
        names: dict[int, QByteArray] = dict(super().roleNames())
        names[Role.ArticlePath] = QByteArray(b"articlePath")
        names[Role.Unreadable] = QByteArray(b"unreadable")
        names[Role.Detail] = QByteArray(b"detail")
        names[Role.ReadShare] = QByteArray(b"readShare")
        names[Role.LastRead] = QByteArray(b"lastRead")
        return names

    # -- Tether's interface ----------------------------------------------------------------

    def refresh(self) -> None:
        """Scan both folders again and re-read the reader's progress."""
        self.beginResetModel()
        self._entries = self._scanner.scan()
        self._progress = [self._read_progress(entry) for entry in self._entries]
        self._shared = dict(
            Counter(entry.outline.id for entry in self._entries if entry.outline is not None)
        )
        self.endResetModel()

    def entry(self, row: int) -> LibraryEntry:
        """The file shown on a row."""
        return self._entries[row]

    def row_of(self, path: Path) -> int | None:
        """The row showing a file, if the library lists it."""
        wanted = path.resolve()
        for row, entry in enumerate(self._entries):
            if entry.path.resolve() == wanted:
                return row
        return None

    def path_for_title(self, title: str) -> Path | None:
        """The file of the article with this title (case and quotes do not matter)."""
        found = find_by_title(self._entries, title)
        return found.path if found is not None else None

    def has_title(self, title: str) -> bool:
        """Whether the library holds an article of this title."""
        return self.path_for_title(title) is not None

    def title_keys(self) -> frozenset[str]:
        """Every title the library can open, as :func:`normalise_title` gives it."""
        return frozenset(
            normalise_title(entry.outline.title)
            for entry in self._entries
            if entry.outline is not None
        )

    def add_article(self, source: Path) -> AddResult:
        """Copy a Markdown file into the articles folder and list it.

        Raises :class:`~tether.content.ArticleError` (naming the file and the reason) if it
        cannot be opened as an article or cannot be copied; nothing is written then.
        """
        result = add_to_folder(source, self._scanner.user_dir)
        self.refresh()
        return result

    # -- helpers ---------------------------------------------------------------------------

    def _read_progress(self, entry: LibraryEntry) -> Progress | None:
        outline = entry.outline
        if outline is None:
            return None
        try:
            read = self._store.sections_read(outline.id)
            position = self._store.position(outline.id)
        except StoreError:
            # Progress is a courtesy here: the list still opens if the data file fails.
            return None
        at = None
        if position is not None and position.section_id in outline.section_ids:
            at = outline.section_ids.index(position.section_id) + 1
        done = sum(section_id in read for section_id in outline.section_ids)
        last_read = position.updated if position is not None else None
        return Progress(done, len(outline.section_ids), at, last_read)

    @staticmethod
    def _row_data(entry: LibraryEntry, progress: Progress | None, role: Role) -> Any:
        if role == Role.ArticlePath:
            return str(entry.path)
        if role == Role.Unreadable:
            return entry.outline is None
        if role == Role.Detail:
            return _detail(entry)
        if role == Role.ReadShare:
            return progress.share if progress is not None else None
        # Role.LastRead
        if progress is None or progress.last_read is None:
            return None
        return progress.last_read.timestamp()

    @staticmethod
    def _display(entry: LibraryEntry, progress: Progress | None, column: Column) -> str:
        outline = entry.outline
        if column == Column.TITLE:
            if outline is None:
                return translate("LibraryModel", "{file} — Cannot open: {error}").format(
                    file=entry.path.name, error=entry.error
                )
            return outline.title
        if column == Column.SECTIONS:
            return str(len(outline.section_ids)) if outline is not None else "—"
        if column == Column.PROGRESS:
            return progress.describe() if progress is not None else "—"
        return translate("LibraryModel", _ORIGIN_SHORT[entry.origin])

    def _tooltip(self, entry: LibraryEntry) -> str:
        lines = [str(entry.path)]
        if entry.outline is None:
            lines.append(
                translate("LibraryModel", "Cannot open: {error}").format(error=entry.error)
            )
        elif self._shared.get(entry.outline.id, 0) > 1:
            lines.append(
                translate(
                    "LibraryModel",
                    "Another file has the same article id, so both share one set of "
                    "reflections and ticks.",
                )
            )
        return "\n".join(lines)

    @staticmethod
    def _accessible(entry: LibraryEntry, progress: Progress | None, column: Column) -> str:
        if entry.outline is None:
            return translate("LibraryModel", "{file}: cannot open, {error}").format(
                file=entry.path.name, error=entry.error
            )
        if column == Column.SECTIONS:
            return _sections(len(entry.outline.section_ids))
        if column == Column.PROGRESS:
            if progress is None:
                return translate("LibraryModel", "Progress: unknown")
            return translate("LibraryModel", "Progress: {progress}").format(
                progress=progress.describe()
            )
        if column == Column.ORIGIN:
            return translate("LibraryModel", _ORIGIN_LONG[entry.origin])
        return _row_sentence(entry.outline, entry.origin, progress)


def _where(entry: LibraryEntry) -> str:
    """Where a file comes from, as a reader knows it: the file's name, or Tether itself."""
    if entry.origin == Origin.BUNDLED:
        return translate("LibraryModel", _ORIGIN_LONG[entry.origin])
    return entry.path.name


def _sections(count: int) -> str:
    return translate("LibraryModel", _SECTIONS, None, count)


def _detail(entry: LibraryEntry) -> str:
    """A row's quieter second line: subtitle, where the file is, how many sections."""
    if entry.outline is None:
        return translate("LibraryModel", _ORIGIN_LONG[entry.origin])
    parts = [entry.outline.subtitle, _where(entry), _sections(len(entry.outline.section_ids))]
    return " · ".join(part for part in parts if part)


def _row_sentence(outline: ArticleOutline, origin: Origin, progress: Progress | None) -> str:
    """The whole row in words for a screen reader: title, sections, progress, origin."""
    said = (
        progress.describe()
        if progress is not None
        else translate("LibraryModel", "progress unknown")
    )
    parts = [outline.title, outline.subtitle, _sections(len(outline.section_ids))]
    parts.append(said[0].lower() + said[1:])
    if origin == Origin.BUNDLED:
        parts.append(translate("LibraryModel", "bundled with Tether"))
    return ", ".join(part for part in parts if part)
