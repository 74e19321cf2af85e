"""Writes the store refused, kept in memory and retried until it takes them.

A read-only, full or vanished data folder must not cost the reader a tick or their
place: the change stays on screen, the failure is reported once per attempt, and the
write is tried again every few seconds. A newer write for the same key (the same sign,
say) replaces the waiting one, so only the reader's latest choice is ever written.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from tether.store import StoreError

# Ticks, read marks, positions and reflections are all retried on this beat.
RETRY_MS = 3000

Write = Callable[[], object]


class PendingWrites(QObject):
    """Store writes that failed, by key, retried on a timer until they succeed.

    ``failed`` carries the store's message each time a write (or a retry) fails;
    ``caught_up`` is emitted when the last waiting write has been saved.
    """

    failed = Signal(str)
    caught_up = Signal()

    def __init__(self, parent: Any = None, retry_ms: int = RETRY_MS) -> None:
        super().__init__(parent)
        self._waiting: dict[Hashable, Write] = {}
        self._timer = QTimer(self, singleShot=True, interval=retry_ms)
        self._timer.timeout.connect(self.retry)

    def write(self, key: Hashable, attempt: Write) -> bool:
        """Run ``attempt`` now; if the store refuses it, keep it and retry later.

        Returns True if it was saved now. A success also retries whatever else is
        waiting at once: the store works again.
        """
        try:
            attempt()
        except StoreError as error:
            self._waiting[key] = attempt
            self._timer.start()
            self.failed.emit(str(error))
            return False
        if self._waiting.pop(key, None) is not None and not self._waiting:
            self._timer.stop()
            self.caught_up.emit()
        elif self._waiting:
            self.retry()
        return True

    def keep(self, key: Hashable, attempt: Write, reason: str) -> None:
        """Keep a write that already failed elsewhere (``reason``); retry it later."""
        self._waiting[key] = attempt
        self._timer.start()
        self.failed.emit(reason)

    def drop(self, key: Hashable) -> None:
        """Forget the waiting write for ``key``: a newer write for it is under way.

        The newer one reports for itself; retrying the older after it would undo it.
        """
        self._waiting.pop(key, None)
        if not self._waiting:
            self._timer.stop()

    def has_pending(self) -> bool:
        """Whether any write is still waiting to be saved."""
        return bool(self._waiting)

    def is_waiting(self, key: Hashable) -> bool:
        """Whether the write for ``key`` is still waiting to be saved."""
        return key in self._waiting

    @Slot()
    def retry(self) -> bool:
        """Try every waiting write, oldest first; True when none is left waiting."""
        self._timer.stop()
        if not self._waiting:
            return True
        for key, attempt in list(self._waiting.items()):
            try:
                attempt()
            except StoreError as error:
                self._timer.start()
                self.failed.emit(str(error))
                return False
            # A newer write for this key may have replaced it while we tried.
            if self._waiting.get(key) is attempt:
                del self._waiting[key]
        self.caught_up.emit()
        return True
