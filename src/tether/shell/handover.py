"""The hand-over's wire format: what a second Tether sends the running one, and where.

The client (:func:`tether.shell.instance.hand_over`) and the server
(:mod:`tether.shell.instance_server`) both import it from here, so neither imports the
other. A request is one line of JSON naming an article and a section; the answer is
one line, ``ok``. The socket's name comes from the user and the data folder, in the
user's private runtime folder when there is one.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

# A request is one line of JSON naming a file; anything longer is not ours.
MAX_REQUEST_BYTES = 64 * 1024
REPLY = b"ok\n"
# sockaddr_un holds about 108 bytes; stay clear of it.
_MAX_SOCKET_PATH = 100


@dataclass(frozen=True, slots=True)
class HandOver:
    """What a second Tether asks the running one to do: open an article, or just show."""

    article: Path | None = None
    section: str | None = None

    def encode(self) -> bytes:
        """One line of JSON."""
        import json

        article = None if self.article is None else os.fspath(self.article)
        return json.dumps({"article": article, "section": self.section}).encode() + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> HandOver | None:
        """Read a request; None if it is not one."""
        import json

        try:
            data = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None
        if not isinstance(data, dict):
            return None
        article, section = data.get("article"), data.get("section")
        if not isinstance(article, str | None) or not isinstance(section, str | None):
            return None
        return cls(None if not article else Path(article), section or None)


def server_name(data_dir: Path) -> str:
    """The local socket of the Tether using ``data_dir``: one per user and folder."""
    import hashlib

    owner = os.getuid() if hasattr(os, "getuid") else 0
    key = f"{owner}:{data_dir.resolve()}".encode("utf-8", "surrogateescape")
    name = f"tether-{hashlib.sha256(key).hexdigest()[:24]}"
    runtime = _private_runtime_dir()
    if runtime is not None and len(os.fspath(runtime / name)) <= _MAX_SOCKET_PATH:
        return os.fspath(runtime / name)
    # A bare name: Qt puts it in the temp folder (a named pipe on Windows).
    return name


def _private_runtime_dir() -> Path | None:
    """$XDG_RUNTIME_DIR if it is a folder only this user can enter."""
    value = os.environ.get("XDG_RUNTIME_DIR")
    if not value or not hasattr(os, "getuid"):
        return None
    try:
        info = os.stat(value)
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and stat.S_IMODE(info.st_mode) & 0o077 == 0
    return Path(value) if private and info.st_uid == os.getuid() else None


def request_from(article: Path | None, section: str | None) -> HandOver:
    """The request for this command line; a relative article path is made absolute here."""
    return HandOver(None if article is None else Path(os.path.abspath(article)), section)
