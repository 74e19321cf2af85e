"""The render cache: an unchanged article paints without importing or running the parser.

Importing markdown-it-py with its plugins and Tether's page renderer, splitting the file
and rendering its sections costs tens of milliseconds of every start; the result depends
only on the file's text, the parser's and Tether's code and the article's folder. So an
article rendered whole is kept, as data, in ``<data dir>/render-cache``; the next start
of the same text paints from it without the parser (issue 19).

What is in it, and what is not:

* The article's rendering only (its ids, titles, headings, each section's HTML, signs,
  prompts, speaker notes and related reading): the same :class:`Article` the renderer
  gives. Never the reader's data: no ticks, reflections, positions or settings.
* One file per key. The key is a SHA-256 hash of the article's text (as decoded), its
  resolved path (the folder images and links are resolved in), Tether's version and a
  stamp of the ``tether.content`` modules (size and modification time, so a changed
  module in a development copy counts as a new version), and the installed versions of
  the parser's distributions. Anything different is another key: a stale entry is
  never read, and is dropped as the folder is kept under its bound.
* Only articles rendered whole before their first paint (short ones: a long article is
  rendered progressively anyway), of at most :data:`MAX_SOURCE_BYTES`, with no
  pictures (whether a picture shows depends on files beside the article, which may
  come and go), and at most :data:`MAX_ENTRY_BYTES` as stored.
* Written atomically (a private temporary file, then a rename), mode 0600 in a 0700
  folder; the folder is kept under :data:`MAX_FOLDER_BYTES`, the least recently
  written entries going first.
* A damaged entry (unreadable, not JSON, the wrong shape, the wrong key) is ignored:
  the article is rendered as usual and the entry written again.

Light by design: no parser, no Qt. A start that finds nothing cached (the first, or a
changed article) pays for none of it before its first paint: the hash is SHA-256 from
the standard library's own code (:mod:`tether.fs.digests`; :mod:`hashlib` would load
OpenSSL, ~5 ms), the key is written with :func:`repr`, and :mod:`json` is imported only
when an entry is read or written (a write comes after the first paint).
"""

from __future__ import annotations

import contextlib
import importlib.util
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

from tether import __version__
from tether.content.cache.memo import remember, stamp_of
from tether.content.model import (
    Article,
    ArticleOutline,
    Heading,
    RelatedReading,
    Section,
    Sign,
    SignGroup,
)
from tether.fs.digests import sha256
from tether.i18n import current_language

CACHE_DIR_NAME = "render-cache"
FORMAT = 2  # 2: speaker notes
MAX_SOURCE_BYTES = 512 * 1024
MAX_ENTRY_BYTES = 2 * 1024 * 1024
MAX_FOLDER_BYTES = 16 * 1024 * 1024
# The distributions whose code shapes the page (PyYAML reads the front matter).
_PARSER_DISTRIBUTIONS = ("markdown_it_py", "mdit_py_plugins", "linkify_it_py", "nh3", "pyyaml")
_SUFFIX = ".json"
_OUTLINE = ".outline.json"
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
_READ_FLAGS |= getattr(os, "O_CLOEXEC", 0)
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
_WRITE_FLAGS |= getattr(os, "O_CLOEXEC", 0)


class CachedArticle(NamedTuple):
    """An article read from the cache, with what opening it needs besides its text."""

    article: Article
    # The front matter names the article (its id or title): its ids cannot have changed
    # under an earlier outline rule, so nothing needs carrying over (models/carry.py).
    named_in_front_matter: bool


def _hash_hex(data: bytes) -> str:
    """The SHA-256 of ``data``, in hex (without OpenSSL: see :mod:`tether.fs.digests`)."""
    return sha256(data).hexdigest()


def text_digest(text: str) -> str:
    """The content hash of an article's text as decoded: the cache's name for that text."""
    return _hash_hex(text.encode("utf-8", "surrogatepass"))


def _read_private(path: Path, limit: int) -> bytes | None:
    """A regular file's bytes (never through a link, never more than ``limit``)."""
    try:
        descriptor = os.open(path, _READ_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        data = os.read(descriptor, limit + 1)
        return data if len(data) <= limit else None
    except OSError:
        return None
    finally:
        os.close(descriptor)


def _parser_versions() -> list[str] | None:
    """The parser's installed distributions, by their metadata folders' names.

    Found without importing the parser (which is what the cache saves): the
    ``*.dist-info`` folders beside the ``markdown_it`` package. None if it cannot be
    told, and then nothing is cached.
    """
    try:
        spec = importlib.util.find_spec("markdown_it")
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    site = Path(spec.origin).parent.parent
    try:
        names = os.listdir(site)
    except OSError:
        return None
    found = sorted(
        name
        for name in names
        if name.endswith(".dist-info")
        and name.split("-", 1)[0].lower().replace(".", "_") in _PARSER_DISTRIBUTIONS
    )
    return found or None


def _code_stamp() -> list[tuple[str, int, int]]:
    """Size and modification time of each module of ``tether.content`` (its subpackages
    too: the renderer is in the package's own folder, this module in ``cache``)."""
    stamps = []
    folders = [(os.path.dirname(os.path.dirname(__file__)), "")]
    while folders:  # os.scandir: a glob of the package costs more than the hash it saves
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.name.endswith(".py") and entry.is_file():
                        info = entry.stat()
                        stamps.append((prefix + entry.name, info.st_size, info.st_mtime_ns))
                    elif entry.is_dir() and entry.name != "__pycache__":
                        folders.append((entry.path, f"{prefix}{entry.name}/"))
        except OSError:  # no folder of modules (a frozen or zipped install): no stamps
            continue
    return sorted(stamps)


class RenderCache:
    """The render cache in ``folder`` (made, private, on the first write)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._versions: str | None = None

    def key(self, path: Path, digest: str) -> str | None:
        """The entry's name for the text ``digest`` of the file at ``path``; None if the
        parser's version cannot be told (nothing is cached then)."""
        if self._versions is None:
            parsers = _parser_versions()
            if parsers is None:
                return None
            # repr, not json: the same text for the same values, without importing json
            # on a start that finds nothing cached.
            self._versions = repr([FORMAT, __version__, parsers, _code_stamp()])
        # The interface's language too: an opening section's title is its word.
        named = repr([self._versions, str(path.resolve()), digest, current_language()])
        return _hash_hex(named.encode("utf-8", "surrogatepass"))

    def outline(self, path: Path, read: Callable[[Path], ArticleOutline]) -> ArticleOutline:
        """The outline of the article at ``path`` for the library: from the cache if the
        file is unchanged, else ``read(path)`` (which may raise), then kept.

        The library lists every article at start-up, and reading one's outline needs
        the parser; an outline kept here lets a start that paints from the cache list
        an unchanged library without it.
        """
        import json  # the library lists articles once the window is complete

        digest = self._digest(path)
        key = self.key(path, digest) if digest is not None else None
        if key is not None:
            stored = _read_private(self.folder / f"{key}{_OUTLINE}", MAX_ENTRY_BYTES)
            try:
                entry = json.loads(stored) if stored is not None else None
                if entry is not None and entry["format"] == FORMAT and entry["key"] == key:
                    return ArticleOutline(
                        _text(entry["id"]),
                        _text(entry["title"]),
                        path.resolve(),
                        tuple(_text(section_id) for section_id in entry["sections"]),
                        subtitle=_optional(entry["subtitle"]),
                    )
            except (KeyError, TypeError, ValueError, AttributeError):
                pass  # damaged: read again and kept anew
        outline = read(path)
        if key is not None and self._digest(path) == digest:  # unchanged while read
            entry = {
                "format": FORMAT,
                "key": key,
                "id": outline.id,
                "title": outline.title,
                "subtitle": outline.subtitle,
                "sections": list(outline.section_ids),
            }
            with contextlib.suppress(OSError):
                self._write(f"{key}{_OUTLINE}", json.dumps(entry).encode("utf-8"))
        return outline

    def _digest(self, path: Path) -> str | None:
        data = _read_private(path, MAX_SOURCE_BYTES)
        if data is None or b"\x00" in data:
            return None
        try:
            return text_digest(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            return None

    def load(self, path: Path) -> CachedArticle | None:
        """The cached rendering of the article at ``path`` as it is now, or None.

        None when there is none, the file changed, or the entry is damaged; never
        raises for the file or the entry (opening the article as usual says what is
        wrong with the file). The article's outline is remembered for the library
        (:mod:`tether.content.cache.memo`), as opening it with the renderer does.
        """
        stamp = stamp_of(path)  # before reading: a file changed meanwhile is read again
        digest = self._digest(path)
        key = self.key(path, digest) if digest is not None else None
        if key is None:
            return None
        stored = _read_private(self.folder / f"{key}{_SUFFIX}", MAX_ENTRY_BYTES)
        if stored is None:
            return None  # a miss: nothing more is imported or read
        import json

        try:
            entry = json.loads(stored)
            if entry["format"] != FORMAT or entry["key"] != key:
                return None
            article = _article(entry["article"], path.resolve())
            named = bool(entry["named"])
        except (KeyError, TypeError, ValueError, AttributeError, IndexError):
            return None  # damaged: ignored, and written again once rendered
        ids = tuple(section.id for section in article.sections)
        remember(
            stamp, ArticleOutline(article.id, article.title, article.path, ids, article.subtitle)
        )
        return CachedArticle(article, named)

    def store(self, article: Article, digest: str, named_in_front_matter: bool) -> bool:
        """Keep ``article`` (rendered from text of hash ``digest``); False if it is not
        cached: incomplete, with pictures, too large, or the folder cannot be written."""
        if not article.complete or any(_has_pictures(s.html) for s in article.sections):
            return False
        key = self.key(article.path, digest)
        if key is None:
            return False
        import json  # written after the first paint (see tether.shell.renderings)

        entry = {
            "format": FORMAT,
            "key": key,
            "named": named_in_front_matter,
            "article": _entry(article),
        }
        payload = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        if len(payload) > MAX_ENTRY_BYTES:
            return False
        try:
            self._write(f"{key}{_SUFFIX}", payload)
        except OSError:
            return False
        self._prune()
        return True

    def _write(self, name: str, payload: bytes) -> None:
        if self.folder.is_symlink():
            raise OSError(f"{self.folder} is a symbolic link")
        self.folder.mkdir(mode=0o700, exist_ok=True)
        # os.urandom: what secrets.token_hex reads, without importing secrets and hmac.
        temporary = self.folder / f".{name}.{os.urandom(4).hex()}.part"
        descriptor = os.open(temporary, _WRITE_FLAGS, 0o600)
        try:
            try:
                os.write(descriptor, payload)
            finally:
                os.close(descriptor)
            os.replace(temporary, self.folder / name)
        except OSError:
            temporary.unlink(missing_ok=True)
            raise

    def _prune(self) -> None:
        """Keep the folder under its bound: newest entries first; leftovers go."""
        try:
            listed = list(os.scandir(self.folder))
        except OSError:
            return
        entries = []
        for item in listed:
            try:
                info = item.stat(follow_symlinks=False)
            except OSError:
                continue
            if item.name.endswith(".part"):  # a write cut short (one Tether per folder)
                Path(item.path).unlink(missing_ok=True)
            elif item.name.endswith(_SUFFIX) and stat.S_ISREG(info.st_mode):
                entries.append((info.st_mtime_ns, info.st_size, item.path))
        total = 0
        for _, size, entry_path in sorted(entries, reverse=True):
            total += size
            if total > MAX_FOLDER_BYTES:
                Path(entry_path).unlink(missing_ok=True)


def _has_pictures(html: str) -> bool:
    return "<img" in html or "image-alt" in html


def _entry(article: Article) -> dict[str, Any]:
    return {
        "id": article.id,
        "title": article.title,
        "subtitle": article.subtitle,
        "author": article.author,
        "language": article.language,
        "sections": [
            {
                "id": s.id,
                "title": s.title,
                "html": s.html,
                "prompts": list(s.prompts),
                "groups": [
                    [
                        g.id,
                        g.title,
                        g.section_id,
                        [[x.id, x.text, x.group_id, x.section_id] for x in g.signs],
                    ]
                    for g in s.sign_groups
                ],
                "related": [[r.label, r.title] for r in s.related],
                "headings": [[h.title, h.level, h.anchor] for h in s.headings],
                "notes": list(s.notes),
            }
            for s in article.sections
        ],
    }


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def _optional(value: object) -> str | None:
    return None if value is None else _text(value)


def _article(data: dict[str, Any], path: Path) -> Article:
    """The article an entry holds; TypeError, KeyError or ValueError if it is damaged."""
    sections = []
    for s in data["sections"]:
        groups = tuple(
            SignGroup(
                _text(g_id),
                _text(g_title),
                _text(g_section),
                tuple(
                    Sign(_text(x_id), _text(x_text), _text(x_group), _text(x_section))
                    for x_id, x_text, x_group, x_section in signs
                ),
            )
            for g_id, g_title, g_section, signs in s["groups"]
        )
        sections.append(
            Section(
                _text(s["id"]),
                _text(s["title"]),
                _text(s["html"]),
                tuple(_text(p) for p in s["prompts"]),
                groups,
                tuple(RelatedReading(_text(label), _text(title)) for label, title in s["related"]),
                tuple(
                    Heading(_text(title), int(level), _text(anchor))
                    for title, level, anchor in s["headings"]
                ),
                tuple(_text(note) for note in s["notes"]),
            )
        )
    return Article(
        id=_text(data["id"]),
        title=_text(data["title"]),
        path=path,
        sections=tuple(sections),
        subtitle=_optional(data["subtitle"]),
        author=_optional(data["author"]),
        language=_optional(data["language"]),
    )
