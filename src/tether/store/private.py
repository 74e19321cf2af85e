"""Tightening what is already in the data folder at start: files 0600, folders 0700.

Files Tether creates are private from the start, whatever the umask; this is for
files left by an older Tether, copied in by hand, or made under a looser umask.
Only Tether's own items are walked (the folder may be one the reader chose, holding
other things), and no link is followed or changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from tether.store.database import DATABASE_NAME
from tether.store.nofollow import make_tree_private

# The store's items: the data file and what SQLite keeps beside it, and the folders
# of rolling backups and of damaged files (backup.BACKUP_DIR_NAME and
# recovery.DAMAGED_DIR_NAME, named here so a start does not import those modules).
STORE_ITEMS = (
    DATABASE_NAME,
    f"{DATABASE_NAME}-wal",
    f"{DATABASE_NAME}-shm",
    f"{DATABASE_NAME}-journal",
    "backups",
    "damaged",
)


def make_data_folder_private(data_dir: Path, others: Iterable[str] = ()) -> list[Path]:
    """Tighten the store's items and ``others`` (names in ``data_dir``), and all below them.

    ``others`` are the items other parts keep there (settings, articles, the lock
    file). Returns the symbolic links found, which are left exactly as they are.
    Never raises: an item whose mode cannot be changed is skipped.
    """
    return make_tree_private(data_dir, [*STORE_ITEMS, *others])
