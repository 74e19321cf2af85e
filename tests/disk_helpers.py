"""A disk that runs full, for tests of what Tether does when nothing more fits."""

from __future__ import annotations

import errno
from pathlib import Path


class FullDisk:
    """A folder on a 1 MB file system of its own, which a test fills up when it wants."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def fill(self) -> None:
        """Take every free byte, so that the next write of even one byte fails."""
        with (self.folder / "filler").open("ab", buffering=0) as filler:
            for size in (65536, 4096, 1):
                while True:
                    try:
                        filler.write(b"\0" * size)
                    except OSError as error:
                        if error.errno != errno.ENOSPC:
                            raise
                        break

    def listing(self) -> list[str]:
        """The names in the folder, the filler left out."""
        return sorted(entry.name for entry in self.folder.iterdir() if entry.name != "filler")
