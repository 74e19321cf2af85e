"""The reader's private data (reflections, ticks, reading positions) in SQLite.

Pure Python on purpose: no Qt and no article parsing, so it can be tested and
reasoned about on its own. At start, use :func:`open_store`: it checks the file and
recovers a damaged one. :meth:`Store.back_up` keeps rolling backups.

The names of the backup, recovery and snapshot modules are imported when first used
(see :mod:`tether.lazy`): a start whose data file is whole needs none of them before
the window is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tether.lazy import lazy_names
from tether.store.database import DATABASE_NAME, Store
from tether.store.errors import StoreError
from tether.store.paths import (
    APP_NAME,
    DATA_DIR_ENV,
    default_data_dir,
    ensure_private_dir,
    resolve_data_dir,
)
from tether.store.records import (
    CheckIn,
    Clock,
    ReadingPosition,
    Reflection,
    ReflectionVersion,
    Workshop,
    utc_now,
)

if TYPE_CHECKING:
    from tether.store.backup import BACKUP_DIR_NAME, BACKUP_GENERATIONS, list_backups
    from tether.store.repair.check import Problem
    from tether.store.repair.recovery import (
        DAMAGED_DIR_NAME,
        OpenedStore,
        RecoveryReport,
        open_store,
    )
    from tether.store.repair.snapshot import RowCounts

__all__ = [
    "APP_NAME",
    "BACKUP_DIR_NAME",
    "BACKUP_GENERATIONS",
    "DAMAGED_DIR_NAME",
    "DATABASE_NAME",
    "DATA_DIR_ENV",
    "CheckIn",
    "Clock",
    "OpenedStore",
    "Problem",
    "ReadingPosition",
    "RecoveryReport",
    "Reflection",
    "ReflectionVersion",
    "RowCounts",
    "Store",
    "StoreError",
    "Workshop",
    "default_data_dir",
    "ensure_private_dir",
    "list_backups",
    "open_store",
    "resolve_data_dir",
    "utc_now",
]

__getattr__ = lazy_names(
    __name__,
    {
        "BACKUP_DIR_NAME": "tether.store.backup",
        "BACKUP_GENERATIONS": "tether.store.backup",
        "list_backups": "tether.store.backup",
        "Problem": "tether.store.repair.check",
        "DAMAGED_DIR_NAME": "tether.store.repair.recovery",
        "OpenedStore": "tether.store.repair.recovery",
        "RecoveryReport": "tether.store.repair.recovery",
        "open_store": "tether.store.repair.recovery",
        "RowCounts": "tether.store.repair.snapshot",
    },
)
