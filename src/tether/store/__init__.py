"""The reader's private data (reflections, ticks, reading positions) in SQLite.

Pure Python on purpose: no Qt and no article parsing, so it can be tested and
reasoned about on its own.
"""

from __future__ import annotations

from tether.store.database import DATABASE_NAME, Store
from tether.store.errors import StoreError
from tether.store.paths import (
    APP_NAME,
    DATA_DIR_ENV,
    default_data_dir,
    ensure_private_dir,
    resolve_data_dir,
)
from tether.store.records import ReadingPosition, Reflection

__all__ = [
    "APP_NAME",
    "DATABASE_NAME",
    "DATA_DIR_ENV",
    "ReadingPosition",
    "Reflection",
    "Store",
    "StoreError",
    "default_data_dir",
    "ensure_private_dir",
    "resolve_data_dir",
]
