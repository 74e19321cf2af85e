"""What an untrusted article may make Tether read or open.

An article is a file from anywhere, so every file it names and every link it holds goes
through here:

- files are read only if they are regular files (never a pipe, a device or a socket,
  which could block or never end), within a size limit, without following a name out of
  the folder the article is allowed to use;
- images resolve only to files in the article's own folder (or below it);
- links open outside Tether only for ``http``, ``https`` and ``mailto``, and the reader
  is shown where a link really leads, and warned when its words name another address.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path
from urllib.parse import unquote, urlsplit

# One helper for every file Tether reads that a folder could make special; named here
# too, where the article reader has always found them.
from tether.fs import NotAFileError as NotAFileError
from tether.fs import TooLargeError as TooLargeError
from tether.fs import read_regular_file as read_regular_file
from tether.i18n import QT_TRANSLATE_NOOP, translate

MAX_IMAGE_BYTES = 5 * 1024 * 1024
SAFE_LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# Schemes whose links act inside Tether: an article may not write them itself.
RESERVED_SCHEMES = ("sign", "tether")
# A piece of link text that reads like an address: a URL, www.…, or a name.with.dots.
_ADDRESS = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://)?(?:[^\s@/]+@)?((?:[a-z0-9-]{1,63}\.)+[a-z]{2,63})\b", re.IGNORECASE
)
_LONGEST_SHOWN = 2000

_IN_ALL = QT_TRANSLATE_NOOP("LinkQuestion", "%n characters in all", None, 2)


def local_resource(folder: Path, reference: str) -> Path | None:
    """The file in ``folder`` (or below) that an article's reference names, if any.

    ``reference`` is a relative path (``pictures/a.png``) or a ``file:`` URL. Anything
    remote, any other scheme, and any path that leads out of the folder (``..``, an
    absolute path, a symbolic link to elsewhere) gives None, as does a name that does
    not exist or is not a regular file. Nothing is opened or read.
    """
    try:
        parts = urlsplit(reference.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("", "file") or parts.netloc not in ("", "localhost"):
        return None
    name = unquote(parts.path)
    if not name or "\x00" in name:
        return None
    try:
        root = folder.resolve(strict=True)
        target = (root / name).resolve(strict=True)
        if not target.is_relative_to(root) or not stat.S_ISREG(target.stat().st_mode):
            return None
    except (OSError, RuntimeError, ValueError):
        # RuntimeError: a loop of symbolic links (before Python 3.13).
        return None
    return target


def local_image_uri(folder: Path, reference: str) -> str | None:
    """The ``file:`` URI of the picture an article names, if it may be shown: a file of
    the article's folder (see :func:`local_resource`) of at most :data:`MAX_IMAGE_BYTES`.
    Nothing is opened or read."""
    target = local_resource(folder, reference)
    try:
        fits = target is not None and target.stat().st_size <= MAX_IMAGE_BYTES
    except OSError:
        fits = False
    return target.as_uri() if target is not None and fits else None


def read_resource(folder: Path, reference: str, limit: int = MAX_IMAGE_BYTES) -> bytes | None:
    """The bytes of a file an article names, or None if it may not or cannot be read."""
    target = local_resource(folder, reference)
    if target is None:
        return None
    try:
        data = read_regular_file(target, limit)
        # The name is checked again on the file that was read: it may have changed.
        return data if local_resource(folder, reference) == target else None
    except OSError:
        return None


def image_format(data: bytes) -> str | None:
    """The raster format of image bytes (``png``, ``jpeg``, ``gif``, ``webp``, ``bmp``).

    Anything else is None: an SVG could name other files, and nothing but these is needed.
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "gif"
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return "webp"
    if data.startswith(b"BM"):
        return "bmp"
    return None


def link_scheme(href: str) -> str:
    """The scheme of a link as a browser reads it: lower case, blanks and controls dropped."""
    cleaned = "".join(ch for ch in href if ch > " " and ch != "\x7f")
    match = re.match(r"([a-zA-Z][a-zA-Z0-9+.-]*):", cleaned)
    return match.group(1).lower() if match else ""


def is_reserved_link(href: str) -> bool:
    """Whether a link uses one of Tether's own schemes, which an article may not write."""
    scheme = link_scheme(href)
    return any(scheme == name or scheme.startswith(f"{name}-") for name in RESERVED_SCHEMES)


def opens_outside(href: str) -> bool:
    """Whether Tether may offer to open this link in another program."""
    return link_scheme(href) in SAFE_LINK_SCHEMES


def _host(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme.lower() == "mailto":
        return parts.path.rpartition("@")[2].lower()
    return (parts.hostname or "").lower()


def _same_site(named: str, host: str) -> bool:
    named, host = named.lower().removeprefix("www."), host.lower().removeprefix("www.")
    return host == named or host.endswith(f".{named}") or named.endswith(f".{host}")


def named_address(text: str, url: str) -> str | None:
    """The address a link's words name when it is not where the link leads, else None.

    ``[www.bank.example](https://elsewhere.example)`` names ``www.bank.example``: the
    reader should know before agreeing to open it.
    """
    host = _host(url)
    for match in _ADDRESS.finditer(text):
        if not _same_site(match.group(1), host):
            return match.group(1)
    return None


def link_question(text: str, url: str) -> str:
    """What the reader is asked before a link opens outside Tether.

    It shows the whole address (however long the link's words make it look), the site it
    leads to spelled as the network sees it, and a warning when the words name another.
    """
    shown = url
    if len(url) > _LONGEST_SHOWN:
        in_all = translate("LinkQuestion", _IN_ALL, None, len(url))
        shown = f"{url[:_LONGEST_SHOWN]}… ({in_all})"
    lines = [translate("LinkQuestion", "Open this link outside Tether?"), ""]
    words = " ".join(text.split())
    if words and words != url:
        lines.append(translate("LinkQuestion", "The link reads: “{words}”").format(words=words))
    lines.append(translate("LinkQuestion", "It leads to: {address}").format(address=shown))
    host = _host(url)
    try:
        spelled = host.encode("idna").decode("ascii") if host else host
    except UnicodeError:
        spelled = host
    if host and spelled != host:
        lines.append(
            translate(
                "LinkQuestion",
                "The site is written {spelled} (it uses letters from other alphabets).",
            ).format(spelled=spelled)
        )
    other = named_address(words, url)
    if other is not None:
        careful = translate(
            "LinkQuestion", "Careful: the words name {named}, but the link leads to {real}."
        )
        lines += ["", careful.format(named=other, real=host or url)]
    return "\n".join(lines)
