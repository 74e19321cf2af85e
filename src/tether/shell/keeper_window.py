"""The keeper of the data file, wired to the main window it keeps data for.

What the reader sees of the keeper: a recovery at start in a dialog, a failure in the
save notice (which then counts the keeper's trouble as data at risk), the window's
unsaved text saved before the file is reopened, and the article shown again when the
file was replaced by another.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from tether.i18n import translate
from tether.shell.keeper import StoreKeeper, recovery_text
from tether.ui.first_paint import after_first_paint

if TYPE_CHECKING:
    from tether.ui.host import WindowHost


def watch_over(window: WindowHost, keeper: StoreKeeper, interactive: bool) -> None:
    """Wire the keeper to the window, tell the reader about a recovery, start backups.

    Call before the window is shown: the recovery dialog waits for the event loop, and
    the backups and the watching start after the page's first paint.
    """
    notice = window.save_notice
    notice.add_risk(keeper.is_at_risk)
    keeper.failed.connect(notice.report_failure)
    keeper.settled.connect(notice.check)
    keeper.about_to_reopen.connect(window.flush)
    keeper.reopened_other_file.connect(lambda: _reload(window))
    keeper.told.connect(lambda message: _tell(window, message))
    if keeper.recovery is not None and interactive:
        text = recovery_text(keeper.recovery)
        QTimer.singleShot(0, lambda: _show_recovery(window, text))
    # The first backup and the watching begin once the page is on screen, never before.
    after_first_paint(window.article_view.viewport(), keeper.start)


def _reload(window: WindowHost) -> None:
    if window.session is not None:
        window.show_article(window.session.source)


def _tell(window: WindowHost, message: str) -> None:
    print(f"tether: {message}", file=sys.stderr, flush=True)
    window.statusBar().showMessage(message, 15_000)


def _show_recovery(window: WindowHost, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox  # a big class: built when first shown

    QMessageBox.warning(
        window.window(), translate("DataKeeper", "Tether Repaired Its Data File"), text
    )
