"""ReaderData: the reader's data as a whole, for the commands that read or move all of it.

Worksheets read every tick and reflection of an article; Back Up and Restore move the
whole data file. Those commands reach the store through this one object, as the rest of
the window reaches it through the session's models: no widget holds a ``Store``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tether.store import Reflection, Store
    from tether.store.history import CheckInHistory

    # Named here too, so that the window speaks of the report without naming the store.
    from tether.store.transfer import TransferReport

__all__ = ["ReaderData", "TransferReport"]


class ReaderData:
    """Every tick and reflection (a worksheet's source), and backing them up or restoring.

    The backup functions are imported when first used: none of them is needed to start.
    Back up and restore raise :class:`tether.store.StoreError` with a reason a person
    understands.
    """

    def __init__(self, store: Store) -> None:
        self._store = store

    def ticks(self, article_id: str) -> dict[str, bool]:
        """The ticks of the article's current check-in (unticked ones too), by sign id."""
        return self._store.ticks(article_id)

    def reflections(self, article_id: str, offset: int = 0, limit: int = 100) -> list[Reflection]:
        """A page of the article's reflections, as the store orders them."""
        return self._store.reflections(article_id, offset, limit)

    def checkins(self, article_id: str) -> CheckInHistory:
        """Every check-in of the article with its ticks, for the worksheet's Check-ins part."""
        return self._store.checkins(article_id)

    def back_up_to(self, target: Path) -> TransferReport:
        """Write every reflection, tick and position to ``target``, replacing it."""
        from tether.store.transfer import back_up_to

        return back_up_to(self._store, target, replace=True)

    def restore_from(self, source: Path) -> TransferReport:
        """Merge the backup at ``source`` into the data; nothing is removed."""
        from tether.store.transfer import restore_from

        return restore_from(self._store, source)
