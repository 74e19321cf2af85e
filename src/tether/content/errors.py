"""The one error a file that cannot be read as an article raises."""

from __future__ import annotations

from pathlib import Path

from tether.i18n import translate


class ArticleError(Exception):
    """A file could not be opened as an article; the message says which file and why."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            translate("ArticleError", "Cannot open “{file}”: {reason}").format(
                file=self.path, reason=reason
            )
        )
