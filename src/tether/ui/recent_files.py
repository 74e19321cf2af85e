"""File › Open Recent: the last articles opened, most recent first, kept in QSettings."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Signal, Slot
from PySide6.QtWidgets import QMenu, QWidget

from tether.i18n import translate
from tether.ui.actions import ActionId, Menu

if TYPE_CHECKING:
    from tether.ui.host import WindowHost

MAX_RECENT = 10
NOTICE_MS = 10_000
_GROUP = "window"  # window state, not a preference: see docs/architecture.md
_ARRAY = "recent_articles"
_KEY = "path"

Opener = Callable[[Path], bool]


class RecentFiles:
    """The list of recently opened article files, most recent first, at most ten.

    Kept as a QSettings array in the window-state group; only paths are stored, never
    anything the reader wrote.
    """

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @staticmethod
    def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``translate("RecentFiles", …)``, for a plural: pyside6-lupdate reads a count in
        ``translate()`` only when it is a literal number, but ``RecentFiles.tr(…)`` with
        any count as a plural of the "RecentFiles" context."""
        return translate("RecentFiles", text, disambiguation, n)

    def paths(self) -> list[Path]:
        """The files, most recent first."""
        self._settings.beginGroup(_GROUP)
        try:
            size = self._settings.beginReadArray(_ARRAY)
            found = []
            for row in range(size):
                self._settings.setArrayIndex(row)
                value = self._settings.value(_KEY)
                if isinstance(value, str) and value:
                    found.append(Path(value))
            self._settings.endArray()
        finally:
            self._settings.endGroup()
        unique = list(dict.fromkeys(found))
        return unique[:MAX_RECENT]

    def add(self, path: Path) -> None:
        """Put a file at the top of the list (moving it there if it was listed already)."""
        path = path.resolve()
        self._write([path, *(old for old in self.paths() if old != path)])

    def remove(self, paths: Iterable[Path]) -> None:
        """Take files off the list."""
        gone = set(paths)
        self._write([path for path in self.paths() if path not in gone])

    def clear(self) -> None:
        """Forget every recent file."""
        self._write([])

    def prune(self) -> list[Path]:
        """Take files that no longer exist off the list; return the ones taken off."""
        missing = [path for path in self.paths() if not path.is_file()]
        if missing:
            self.remove(missing)
        return missing

    def _write(self, paths: list[Path]) -> None:
        self._settings.beginGroup(_GROUP)
        try:
            self._settings.remove(_ARRAY)
            if paths:
                self._settings.beginWriteArray(_ARRAY, min(len(paths), MAX_RECENT))
                for row, path in enumerate(paths[:MAX_RECENT]):
                    self._settings.setArrayIndex(row)
                    self._settings.setValue(_KEY, str(path))
                self._settings.endArray()
        finally:
            self._settings.endGroup()
        self._settings.sync()


class RecentMenu(QMenu):
    """The Open Recent submenu, rebuilt each time it opens.

    Files that have gone are taken off the list as the menu opens, and :attr:`notice`
    names them so the window can say so in its status bar.
    """

    notice = Signal(str)

    def __init__(self, recent: RecentFiles, open_path: Opener, parent: QWidget) -> None:
        super().__init__(translate("RecentFiles", "Open &Recent"), parent)
        self.setObjectName("recent-menu")
        self.setToolTipsVisible(True)
        self.recent = recent
        self._open_path = open_path
        self.aboutToShow.connect(self.rebuild)
        # Filled now so the menu is never empty; pruning waits until the reader looks, so
        # that the notice naming what was removed is shown when it means something.
        self._fill(self.recent.paths())

    @Slot()
    def rebuild(self) -> None:
        """Prune missing files (saying which) and list the rest."""
        removed = self.recent.prune()
        if removed:
            self.notice.emit(removed_notice(removed))
        self._fill(self.recent.paths())

    def _fill(self, paths: list[Path]) -> None:
        self.clear()
        for number, path in enumerate(paths, start=1):
            action = self.addAction(_entry_text(number, path))
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setData(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent(p))
        if not paths:
            self.addAction(translate("RecentFiles", "No Recent Articles")).setEnabled(False)
        self.addSeparator()
        clear = self.addAction(translate("RecentFiles", "&Clear Recent"))
        clear.setObjectName("action-clear-recent")
        clear.setEnabled(bool(paths))
        clear.triggered.connect(self.clear_recent)

    def open_recent(self, path: Path) -> bool:
        """Open a listed file; one that has gone since is taken off the list."""
        opened = self._open_path(path)
        if not opened and not path.is_file():
            self.recent.remove([path])
            self.notice.emit(removed_notice([path]))
        return opened

    @Slot()
    def clear_recent(self) -> None:
        """Forget the list."""
        self.recent.clear()
        self.rebuild()


def removed_notice(paths: list[Path]) -> str:
    """The status-bar words for files taken off the list."""
    names = ", ".join(translate("RecentFiles", "“{name}”").format(name=path.name) for path in paths)
    removed = RecentFiles.tr(
        "Removed %n article(s) that no longer exist(s) from Open Recent: {names}.",
        None,
        len(paths),
    )
    return removed.format(names=names)


def _entry_text(number: int, path: Path) -> str:
    """``&1 trust.md — ~/Articles``; an ampersand in a name is not a mnemonic."""
    folder = str(path.parent)
    home = str(Path.home())
    if folder == home or folder.startswith(home + "/"):
        folder = "~" + folder[len(home) :]
    label = f"{path.name} — {folder}".replace("&", "&&")
    return f"&{number} {label}" if number < 10 else f"1&0 {label}"


def install_recent_menu(host: WindowHost, settings: QSettings) -> RecentMenu:
    """Put File › Open Recent just above File › Library; every article shown joins it."""
    menu = RecentMenu(RecentFiles(settings), host.open_path, host.window())
    menu.notice.connect(lambda text: host.statusBar().showMessage(text, NOTICE_MS))
    host.menus[Menu.FILE].insertMenu(host.actions_by_id[ActionId.LIBRARY], menu)
    host.article_shown.connect(menu.recent.add)
    return menu
