"""Ids made from words: section and sign ids that key the reader's data, and the anchors
that in-page links name.

Two kinds, on purpose. Section and sign ids (:func:`make_slug`) are what reflections and
ticks are stored under, so their rule never changes: the first eight words, accents
folded to ASCII, punctuation dropped (the rule Tether has always used). Heading anchors
(:class:`HeadingAnchors`) follow GitHub's rule, because that is what a README's table of
contents links to: ``[Usage](#usage)``.
"""

from __future__ import annotations

import re
import unicodedata

from tether.fs.digests import sha1

_SLUG_WORDS = 8
_NOT_WORD = re.compile(r"[^\w\s-]")
_GAPS = re.compile(r"[-\s]+")
# GitHub keeps letters, digits, marks, "_" and "-", and turns each space into "-".
_NOT_ANCHOR = re.compile(r"[^\w\- ]", re.UNICODE)


def _ascii_slug(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _GAPS.sub("-", _NOT_WORD.sub("", folded).strip().lower())


def make_slug(text: str, fallback: str) -> str:
    """Return a short, stable, URL-safe id for a piece of text.

    Text with no ASCII letters or digits (Cyrillic, Chinese…) has no slug of its own, so
    it gets the fallback plus a hash of its words: still stable, still distinct.
    """
    words = " ".join(text.split()[:_SLUG_WORDS])
    slug = _ascii_slug(words)
    if slug or not words:
        return slug or fallback
    return f"{fallback}-{sha1(words.encode('utf-8')).hexdigest()[:10]}"


class TakenIds:
    """Ids given out so far, and for each candidate the next number worth trying.

    A plain class (not a dataclass, whose creation costs more at start-up: issue 19).
    """

    __slots__ = ("ids", "next_number")

    def __init__(
        self, ids: set[str] | None = None, next_number: dict[str, int] | None = None
    ) -> None:
        self.ids: set[str] = set() if ids is None else ids
        self.next_number: dict[str, int] = {} if next_number is None else next_number


def unique(candidate: str, taken: TakenIds) -> str:
    """Return candidate, or candidate-2, -3 … if it is already taken; record the result."""
    result, n = candidate, taken.next_number.get(candidate, 2)
    if result in taken.ids:
        # Numbers below n were taken before and stay taken: 5,000 sections of one name
        # cost 5,000 steps, not 12 million.
        result = f"{candidate}-{n}"
        while result in taken.ids:
            n += 1
            result = f"{candidate}-{n}"
        taken.next_number[candidate] = n + 1
    taken.ids.add(result)
    return result


class HeadingAnchors:
    """GitHub-style anchors for one document's headings: ``usage``, ``usage-1``, …"""

    __slots__ = ("seen",)

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def next(self, text: str) -> str:
        """The anchor of the next heading, whose words are ``text``."""
        base = anchor = _NOT_ANCHOR.sub("", text.strip().lower()).replace(" ", "-")
        while anchor in self.seen:
            self.seen[base] += 1
            anchor = f"{base}-{self.seen[base]}"
        self.seen[anchor] = 0
        return anchor
