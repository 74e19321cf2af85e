"""Installs check-ins on the window: New Check-in, History, Earlier Versions, the return bar.

Everything goes through :class:`~tether.ui.host.WindowHost`. The History window and the
Earlier Versions dialog are imported and made when the reader first asks for them, so
none of this costs the start anything but the bar (an empty, hidden frame).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtWidgets import QDialog

from tether.i18n import translate
from tether.store import StoreError
from tether.ui.actions import ActionId

if TYPE_CHECKING:
    from pathlib import Path

    from tether.models import ArticleSession
    from tether.ui.history.return_bar import ReturnBar
    from tether.ui.history.window import HistoryWindow
    from tether.ui.host import WindowHost

# Days away after which coming back is offered a new check-in.
RETURN_DAYS = 7

# How long the status bar keeps a message of this feature.
_MESSAGE_MS = 8000


class CheckIns(QObject):
    """The check-in commands of one main window, and the History window when open."""

    def __init__(self, host: WindowHost) -> None:
        super().__init__(host.window())
        self._host = host
        # Made the first time it is offered: most starts never need it.
        self.return_bar: ReturnBar | None = None
        self.history_window: HistoryWindow | None = None
        self._history_session: ArticleSession | None = None
        actions = host.actions_by_id
        actions[ActionId.NEW_CHECKIN].triggered.connect(self.new_checkin)
        actions[ActionId.HISTORY].triggered.connect(self.show_history)
        actions[ActionId.EARLIER_VERSIONS].triggered.connect(self.earlier_versions)
        host.article_shown.connect(self._on_article_shown)

    @Slot()
    def new_checkin(self) -> bool:
        """Start a new check-in of the article on show; say what happened in the status bar."""
        session = self._host.session
        status = self._host.statusBar()
        if session is None:
            return False
        if not session.article.sign_groups:
            status.showMessage(
                translate("CheckIns", "This article has no checklist of signs to check in on."),
                _MESSAGE_MS,
            )
            return False
        self._host.flush()
        if not session.signs.start_checkin():
            status.showMessage(
                translate(
                    "CheckIns",
                    "A new check-in was not started: some ticks are not saved yet. "
                    "Tether keeps trying; please try again in a moment.",
                ),
                _MESSAGE_MS,
            )
            return False
        from tether.models.history import format_day

        if self.return_bar is not None:
            self.return_bar.withdraw()
        current = session.signs.current_checkin()
        when = format_day(current.started if current is not None else datetime.now(UTC))

        status.showMessage(
            translate(
                "CheckIns",
                "New check-in started on {date}. Your earlier answers are kept and show "
                "faintly beside each sign; View › History (Ctrl+H) compares them.",
            ).format(date=when),
            _MESSAGE_MS,
        )
        return True

    @Slot()
    def show_history(self) -> HistoryWindow | None:
        """Open (or bring forward) the History of the article on show."""
        session = self._host.session
        if session is None:
            return None
        from tether.ui.history.window import HistoryWindow

        if self.history_window is None or self._history_session is not session:
            if self.history_window is not None:
                self.history_window.close()
                self.history_window.deleteLater()
            title = session.article_so_far.title
            self.history_window = HistoryWindow(session.history(), title, self._host.window())
            self._history_session = session
        if self.history_window.isVisible():
            self.history_window.raise_()
        else:
            self.history_window.show()
        self.history_window.activateWindow()
        return self.history_window

    @Slot()
    def earlier_versions(self) -> bool:
        """Show the earlier versions of the current section's reflection; restore one."""
        session, editor = self._host.session, self._host.reflection_editor
        if session is None:
            return False
        sections = session.article_so_far.sections
        section_id = editor.section_id()
        if section_id is None and sections:
            section_id = sections[self._host.article_view.current_section()].id
        if section_id is None:
            return False
        editor.flush()
        from tether.models.history import format_day
        from tether.ui.history.versions import EarlierVersionsDialog

        title = session.reflections.section_title(section_id)
        dialog = EarlierVersionsDialog(
            title,
            session.reflections.versions(section_id),
            session.reflections.text_for_section(section_id),
            self._host.window(),
        )
        self.last_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen is not None
        dialog.deleteLater()
        if not accepted or dialog.chosen is None:
            return False
        if editor.section_id() != section_id or not editor.restore_text(dialog.chosen.text):
            self._host.statusBar().showMessage(
                translate(
                    "CheckIns",
                    "The version was not restored: the reflection on screen could not be saved "
                    "first. Tether keeps trying; please try again in a moment.",
                ),
                _MESSAGE_MS,
            )
            return False
        self._host.statusBar().showMessage(
            translate(
                "CheckIns",
                "Restored your reflection as it was on {date}. Ctrl+Z in the reflection "
                "takes it back; the text it replaced is kept as a version.",
            ).format(date=format_day(dialog.chosen.updated)),
            _MESSAGE_MS,
        )

        return True

    @Slot(object)
    def _on_article_shown(self, _path: Path) -> None:
        """Close the History of another article; look at the time away once painted."""
        if self.return_bar is not None:
            self.return_bar.withdraw()
        if self.history_window is not None and self._history_session is not self._host.session:
            self.history_window.close()
        # After the page is on screen: the first paint waits for nothing of this.
        QTimer.singleShot(0, self._offer_if_back)

    @Slot()
    def _offer_if_back(self) -> None:
        """Offer a new check-in to a reader back after a week or more."""
        session = self._host.session
        try:
            days = session.days_away() if session is not None else None
        except StoreError:
            return  # an offer, nothing more: a data file that cannot be read says so elsewhere
        if days is None or days < RETURN_DAYS:
            return
        if self.return_bar is None:
            from tether.ui.history.return_bar import ReturnBar

            self.return_bar = ReturnBar(self._host.window())
            self.return_bar.start_requested.connect(self.new_checkin)
            self._host.add_page_bar(self.return_bar)
        self.return_bar.offer(days)


def install_checkins(host: WindowHost) -> CheckIns:
    """Connect the check-in commands and put the (hidden) return bar above the page."""
    return CheckIns(host)
