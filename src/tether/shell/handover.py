"""The hand-over's wire format: what a second Tether sends the running one, and where.

The client (:func:`tether.shell.instance.hand_over`) and the server
(:mod:`tether.shell.instance_server`) both import it from here, so neither imports the
other. A request is one line of JSON naming an article and a section, and carrying the
launcher's activation token; the answer is one line, ``ok``. The socket's name comes from
the user and the data folder, in the user's private runtime folder when there is one.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from tether.fs.digests import sha256

# A request is one line of JSON naming a file; anything longer is not ours.
MAX_REQUEST_BYTES = 64 * 1024
REPLY = b"ok\n"
# sockaddr_un holds about 108 bytes; stay clear of it.
_MAX_SOCKET_PATH = 100
# Where a launcher puts the token that lets the started program's window come forward:
# xdg-activation on Wayland; the older startup-notification id, which GTK launchers on
# Wayland also fill with an xdg-activation token.
TOKEN_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")
# Tokens are short (KWin's are 32 characters, GNOME's about 60); anything long is not one.
_MAX_TOKEN_CHARS = 512


class HandOver(NamedTuple):
    """What a second Tether asks the running one to do: open an article, or just show.

    ``activation_token`` is the token the desktop gave the second Tether's launch: on
    Wayland only a window presenting it may take the focus from another program.
    """

    article: Path | None = None
    section: str | None = None
    activation_token: str | None = None

    def encode(self) -> bytes:
        """One line of JSON."""
        import json

        article = None if self.article is None else os.fspath(self.article)
        fields = {"article": article, "section": self.section, "token": self.activation_token}
        return json.dumps(fields).encode() + b"\n"

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
        article, section, token = data.get("article"), data.get("section"), data.get("token")
        if not all(isinstance(value, str | None) for value in (article, section, token)):
            return None
        return cls(None if not article else Path(article), section or None, valid_token(token))


def server_name(data_dir: Path) -> str:
    """The local socket of the Tether using ``data_dir``: one per user and folder."""
    owner = os.getuid() if hasattr(os, "getuid") else 0
    key = f"{owner}:{data_dir.resolve()}".encode("utf-8", "surrogateescape")
    name = f"tether-{sha256(key).hexdigest()[:24]}"
    runtime = _private_runtime_dir()
    if runtime is not None and len(os.fspath(runtime / name)) <= _MAX_SOCKET_PATH:
        return os.fspath(runtime / name)
    # A bare name: Qt puts it in the temp folder (a named pipe on Windows).
    return name


def _private_runtime_dir() -> Path | None:
    """$XDG_RUNTIME_DIR if it is a folder only this user can enter.

    In a Flatpak each running copy has a runtime folder of its own; only its
    ``app/<app id>`` subfolder is shared by every copy of the app, so the socket goes there.
    """
    value = os.environ.get("XDG_RUNTIME_DIR")
    if not value or not hasattr(os, "getuid"):
        return None
    flatpak_id = os.environ.get("FLATPAK_ID")
    if flatpak_id and os.path.isdir(shared := os.path.join(value, "app", flatpak_id)):
        value = shared
    try:
        info = os.stat(value)
    except OSError:
        return None
    private = stat.S_ISDIR(info.st_mode) and stat.S_IMODE(info.st_mode) & 0o077 == 0
    return Path(value) if private and info.st_uid == os.getuid() else None


def request_from(
    article: Path | None, section: str | None, activation_token: str | None = None
) -> HandOver:
    """The request for this command line; a relative article path is made absolute here."""
    path = None if article is None else Path(os.path.abspath(article))
    return HandOver(path, section, activation_token)


def launch_token(environ: Mapping[str, str]) -> str | None:
    """The activation token the launcher gave this process, if any.

    Read it before the QApplication is made: Qt's X11 plugin takes ``DESKTOP_STARTUP_ID``
    out of the environment as it starts.
    """
    for variable in TOKEN_VARIABLES:
        token = valid_token(environ.get(variable))
        if token is not None:
            return token
    return None


def valid_token(token: object) -> str | None:
    """``token`` if it can be an activation token (short, printable), else None."""
    if not isinstance(token, str) or not token or len(token) > _MAX_TOKEN_CHARS:
        return None
    return token if token.isprintable() and token.isascii() else None
