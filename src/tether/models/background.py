"""Store writes on a worker thread, so that a long reflection never holds up a key.

Writing a 5 MB reflection (reading the old row, the transaction, the fsync) takes tens
of milliseconds; the autosave runs every second while the reader types, so on the GUI
thread it would hold up a keystroke now and then. One worker thread takes the writes
in the order they were given (the :class:`~tether.store.Store` lets one thread at a
time use its connection), and each caller hears back through a Qt signal, on its own
thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

_T = TypeVar("_T")
_executor: ThreadPoolExecutor | None = None
_lock = threading.Lock()


def submit(work: Callable[[], _T]) -> Future[_T]:
    """Run ``work`` on the one worker thread, after every write submitted before it."""
    global _executor
    with _lock:
        if _executor is None:
            # Imported with the first save, not at start: no write comes before the
            # first paint, and concurrent.futures costs a millisecond to import.
            from concurrent.futures import ThreadPoolExecutor

            _executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tether-write")
        return _executor.submit(work)
