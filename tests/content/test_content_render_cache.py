"""The render cache: an unchanged article comes back as rendered, anything else does not.

Real files in tmp_path, the real renderer; the cache is asked exactly as start-up asks
it (``load`` before opening, ``store`` once the article was rendered whole).
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tether.bundled import bundled_article_path
from tether.content import Article, ArticleOutline, ArticleRenderer, read_outline
from tether.content.cache.render import (
    CACHE_DIR_NAME,
    CachedArticle,
    RenderCache,
    _code_stamp,
)

ARTICLE = """---
title: Notes on Trust
author: A. Reader
---

Opening words with a [link](https://example.org) and *emphasis*.

## Asking

Independent people typically:

- [ ] Ask for help late
- [ ] Say "I'm fine"

> Reflect: when did you last ask?

## Waiting

Text with a footnote.[^1]

See also: *Notes on Patience*

[^1]: The note.
"""


def rendered(path: Path) -> tuple[Article, ArticleRenderer]:
    renderer = ArticleRenderer(path)
    renderer.render_all()
    return renderer.article(), renderer


def cache_in(tmp_path: Path) -> RenderCache:
    """The cache of a data folder in ``tmp_path`` (the data folder exists, as in the app)."""
    (tmp_path / "data").mkdir(exist_ok=True)
    return RenderCache(tmp_path / "data" / CACHE_DIR_NAME)


def keep(cache: RenderCache, path: Path) -> Article:
    article, renderer = rendered(path)
    assert renderer.digest is not None
    assert cache.store(article, renderer.digest, named_in_front_matter=True)
    return article


@pytest.fixture
def article_path(tmp_path: Path) -> Path:
    path = tmp_path / "trust.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_an_unchanged_article_comes_back_exactly_as_it_was_rendered(
    tmp_path: Path, article_path: Path
) -> None:
    cache = cache_in(tmp_path)
    article = keep(cache, article_path)

    cached = cache_in(tmp_path).load(article_path)  # a later start: a new cache object

    assert cached == CachedArticle(article, named_in_front_matter=True)


def test_the_bundled_article_comes_back_exactly_as_it_was_rendered(tmp_path: Path) -> None:
    cache = cache_in(tmp_path)
    article = keep(cache, bundled_article_path())

    cached = cache.load(bundled_article_path())

    assert cached is not None
    assert cached.article == article


def test_nothing_is_cached_before_the_article_was_rendered(
    tmp_path: Path, article_path: Path
) -> None:
    assert cache_in(tmp_path).load(article_path) is None


def test_a_changed_article_is_not_taken_from_the_cache(tmp_path: Path, article_path: Path) -> None:
    cache = cache_in(tmp_path)
    keep(cache, article_path)
    article_path.write_text(ARTICLE.replace("Asking", "Answering"), encoding="utf-8")

    assert cache.load(article_path) is None


def test_the_same_text_in_another_folder_is_another_entry(
    tmp_path: Path, article_path: Path
) -> None:
    # Pictures and links are resolved in the article's folder: its rendering is its own.
    cache = cache_in(tmp_path)
    keep(cache, article_path)
    elsewhere = tmp_path / "elsewhere" / "trust.md"
    elsewhere.parent.mkdir()
    elsewhere.write_text(ARTICLE, encoding="utf-8")

    assert cache.load(elsewhere) is None


def test_an_entry_of_another_tether_or_parser_version_is_not_read(
    tmp_path: Path, article_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = cache_in(tmp_path)
    keep(cache, article_path)
    # Another version of the page's code (as after an upgrade): a module's stamp changes.
    monkeypatch.setattr("tether.content.cache.render._code_stamp", lambda: [("html.py", 1, 2)])

    assert cache_in(tmp_path).load(article_path) is None


def test_the_version_stamp_covers_the_renderers_own_modules() -> None:
    # A development copy's edited renderer (html.py, the outline) is another version.
    stamped = {name for name, _size, _mtime in _code_stamp()}

    assert {"html.py", "sanitize.py", "outline/outliner.py", "cache/render.py"} <= stamped


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"{not json",
        b'{"format": 1}',
        b"\x00\x01\x02",
        b'{"format": 1, "key": "0", "named": true, "article": {}}',
    ],
)
def test_a_damaged_entry_is_ignored_and_written_again(
    tmp_path: Path, article_path: Path, damage: bytes
) -> None:
    cache = cache_in(tmp_path)
    article = keep(cache, article_path)
    [entry] = cache.folder.glob("*.json")
    entry.write_bytes(damage)

    assert cache.load(article_path) is None
    keep(cache, article_path)
    cached = cache.load(article_path)
    assert cached is not None
    assert cached.article == article


def test_an_entry_with_the_wrong_shape_inside_is_ignored(
    tmp_path: Path, article_path: Path
) -> None:
    cache = cache_in(tmp_path)
    keep(cache, article_path)
    [entry] = cache.folder.glob("*.json")
    data = json.loads(entry.read_text(encoding="utf-8"))
    data["article"]["sections"][0]["html"] = 42
    entry.write_text(json.dumps(data), encoding="utf-8")

    assert cache.load(article_path) is None


def test_the_cache_is_private_and_holds_the_rendering_only(
    tmp_path: Path, article_path: Path
) -> None:
    cache = cache_in(tmp_path)
    keep(cache, article_path)

    [entry] = cache.folder.iterdir()
    assert stat.S_IMODE(cache.folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(entry.stat().st_mode) == 0o600
    data = json.loads(entry.read_text(encoding="utf-8"))
    assert set(data) == {"format", "key", "named", "article"}
    assert set(data["article"]) == {"id", "title", "subtitle", "author", "language", "sections"}
    assert set(data["article"]["sections"][0]) == {
        "id", "title", "html", "prompts", "groups", "related", "headings",
        "notes",  # the article's own "Note:" quotes: its text, not the facilitator's notes
    }  # fmt: skip


def test_an_article_with_pictures_is_not_cached(tmp_path: Path) -> None:
    # Whether a picture shows depends on files beside the article, which come and go.
    path = tmp_path / "pictures.md"
    path.write_text("# Pictures\n\n![A tree](tree.png)\n", encoding="utf-8")
    article, renderer = rendered(path)

    assert renderer.digest is not None
    assert not cache_in(tmp_path).store(article, renderer.digest, named_in_front_matter=False)
    assert cache_in(tmp_path).load(path) is None


def test_an_article_not_rendered_whole_is_not_cached(tmp_path: Path, article_path: Path) -> None:
    renderer = ArticleRenderer(article_path)
    renderer.render_next(1)

    assert renderer.digest is not None
    assert not cache_in(tmp_path).store(renderer.article(), renderer.digest, True)


def test_the_folder_is_kept_under_its_bound_newest_first(
    tmp_path: Path, article_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = cache_in(tmp_path)
    keep(cache, article_path)
    [first] = cache.folder.glob("*.json")
    os.utime(first, ns=(1, 1))  # written long ago
    # Room for one entry, not two.
    monkeypatch.setattr(
        "tether.content.cache.render.MAX_FOLDER_BYTES", 2 * first.stat().st_size - 1
    )
    other = tmp_path / "other.md"
    other.write_text(ARTICLE + "\n## More\n\nText.\n", encoding="utf-8")

    keep(cache, other)

    assert not first.exists()
    assert cache.load(other) is not None
    assert cache.load(article_path) is None


def test_a_cache_folder_that_is_a_link_is_not_written_through(
    tmp_path: Path, article_path: Path
) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / CACHE_DIR_NAME).symlink_to(elsewhere)
    article, renderer = rendered(article_path)

    assert renderer.digest is not None
    assert not cache_in(tmp_path).store(article, renderer.digest, True)
    assert list(elsewhere.iterdir()) == []


def test_the_library_lists_a_cached_article_without_reading_it_again(
    tmp_path: Path, article_path: Path
) -> None:
    cache = cache_in(tmp_path)
    keep(cache, article_path)
    cached = cache.load(article_path)

    assert cached is not None
    outline = read_outline(article_path)
    assert outline.section_ids == tuple(section.id for section in cached.article.sections)
    assert outline.title == "Notes on Trust"


def test_the_library_reads_an_unchanged_article_once_across_starts(
    tmp_path: Path, article_path: Path
) -> None:
    reads: list[Path] = []

    def read(path: Path) -> ArticleOutline:
        reads.append(path)
        return read_outline(path)

    first = cache_in(tmp_path).outline(article_path, read)
    again = cache_in(tmp_path).outline(article_path, read)  # the next start

    assert again == first == read_outline(article_path)
    assert reads == [article_path]


def test_the_library_reads_a_changed_or_damaged_outline_again(
    tmp_path: Path, article_path: Path
) -> None:
    cache = cache_in(tmp_path)
    cache.outline(article_path, read_outline)
    [entry] = cache.folder.glob("*.outline.json")
    entry.write_text('{"format": 1, "key": 7}', encoding="utf-8")

    assert cache.outline(article_path, read_outline) == read_outline(article_path)
    article_path.write_text(ARTICLE.replace("Notes on Trust", "Notes on Doubt"), encoding="utf-8")
    assert cache.outline(article_path, read_outline).title == "Notes on Doubt"
