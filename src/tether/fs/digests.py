"""SHA-256 and SHA-1 without OpenSSL: the standard library's own implementations.

:mod:`hashlib` loads OpenSSL's libcrypto as it is imported — ~5 ms of CPU and ~3.5 MiB of
resident memory, for a reader that hashes an article and a few kilobytes more (the render
cache's key, the hand-over socket's name, a backup's rows, a slug for a title without
Latin letters). CPython also builds its own (``_sha256`` — ``_sha2`` since 3.12 — and
``_sha1``), the ones :mod:`hashlib` itself falls back to: the digests are the same.
Where they are not built in, :mod:`hashlib` is used after all.
"""

from __future__ import annotations

from typing import Protocol


class Hash(Protocol):
    """What Tether uses of a hash object (a subset of :mod:`hashlib`'s)."""

    def update(self, data: bytes, /) -> None:
        """Add ``data`` to what is hashed."""

    def hexdigest(self) -> str:
        """The digest so far, in lowercase hex."""


def sha256(data: bytes = b"") -> Hash:
    """A SHA-256 hash object, as ``hashlib.sha256(data)`` gives, without OpenSSL."""
    try:
        from _sha256 import sha256 as builtin  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        try:
            from _sha2 import sha256 as builtin  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:
            from hashlib import sha256 as builtin  # type: ignore[assignment,unused-ignore]
    hashed: Hash = builtin(data)
    return hashed


def sha1(data: bytes = b"") -> Hash:
    """A SHA-1 hash object, as ``hashlib.sha1(data)`` gives, without OpenSSL."""
    try:
        from _sha1 import sha1 as builtin  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        from hashlib import sha1 as builtin  # type: ignore[assignment,unused-ignore]
    hashed: Hash = builtin(data)
    return hashed
