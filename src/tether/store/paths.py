"""Where Tether keeps the reader's private data, and keeping that folder private."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from tether.i18n import translate
from tether.store.errors import StoreError

APP_NAME = "Tether"
DATA_DIR_ENV = "TETHER_DATA_DIR"
PRIVATE_DIR_MODE = 0o700


def default_data_dir() -> Path:
    """Return the platform's per-user data folder for Tether."""
    import platformdirs  # only needed when no folder was given

    # appauthor=False keeps Windows from nesting the folder under a vendor name.
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(
    override: str | os.PathLike[str] | None,
    environ: Mapping[str, str] = os.environ,
) -> Path:
    """Choose the data folder: ``override``, else ``$TETHER_DATA_DIR``, else default.

    ``override`` comes from ``--data-dir``. Empty strings count as not given, so an
    exported-but-empty variable does not silently mean the current folder. The
    result is absolute and user-expanded; the folder is not created.
    """
    chosen: str | None = None
    if override is not None and os.fspath(override) != "":
        chosen = os.fspath(override)
    elif environ.get(DATA_DIR_ENV, ""):
        chosen = environ[DATA_DIR_ENV]
    path = Path(chosen) if chosen is not None else default_data_dir()
    # abspath rather than resolve(): normalise ".." but keep the symlinks the
    # person chose, so messages show the path they typed.
    return Path(os.path.abspath(path.expanduser()))


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` (and parents) if needed and make it readable only by its owner.

    An existing folder is tightened too. Raises StoreError if that is not possible.
    """
    try:
        path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask and ignored for existing folders.
        os.chmod(path, PRIVATE_DIR_MODE)
    except FileExistsError as exc:
        raise StoreError(
            translate(
                "DataFile",
                "Tether cannot use {folder} as its data folder: it exists but is not a folder.",
            ).format(folder=path)
        ) from exc
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise StoreError(
            translate(
                "DataFile", "Tether cannot prepare its data folder {folder}: {reason}."
            ).format(folder=path, reason=reason)
        ) from exc
