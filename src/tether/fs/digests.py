"""SHA-256 and SHA-1 without OpenSSL: the standard library's own implementations.

:mod:`hashlib` loads OpenSSL's libcrypto as it is imported — ~5 ms of CPU and ~3.5 MiB of
resident memory, for a reader that hashes an article and a few kilobytes more (the render
cache's key, the hand-over socket's name, a backup's rows, a slug for a title without
Latin letters). CPython also builds its own (``_sha256`` — ``_sha2`` since 3.12 — and
``_sha1``), the ones :mod:`hashlib` itself falls back to: the digests are the same.
Where they are not built in, :mod:`hashlib` is used after all.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Protocol, cast


class Hash(Protocol):
    """What Tether uses of a hash object (a subset of :mod:`hashlib`'s)."""

    def update(self, data: bytes, /) -> None:
        """Add ``data`` to what is hashed."""

    def hexdigest(self) -> str:
        """The digest so far, in lowercase hex."""


def _builtin(*names: tuple[str, str]) -> Callable[[bytes], Hash]:
    """The first of the standard library's own hash constructors this Python has."""
    for module, name in names:
        try:
            constructor: Callable[[bytes], Hash] = getattr(importlib.import_module(module), name)
        except (ImportError, AttributeError):
            continue
        return constructor
    return cast(
        "Callable[[bytes], Hash]", getattr(importlib.import_module("hashlib"), names[-1][1])
    )


# Looked up once: a Python without them would otherwise search for them at every call.
_SHA256 = _builtin(("_sha256", "sha256"), ("_sha2", "sha256"))
_SHA1 = _builtin(("_sha1", "sha1"))


def sha256(data: bytes = b"") -> Hash:
    """A SHA-256 hash object, as ``hashlib.sha256(data)`` gives, without OpenSSL."""
    return _SHA256(data)


def sha1(data: bytes = b"") -> Hash:
    """A SHA-1 hash object, as ``hashlib.sha1(data)`` gives, without OpenSSL."""
    return _SHA1(data)
