"""The library as data: outlines without rendering, scanning, matching titles, adding files."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tether.bundled import resource_path
from tether.content import (
    Article,
    ArticleError,
    ArticleOutline,
    ArticleRenderer,
    load_article,
    read_outline,
)
from tether.content.library import (
    AddResult,
    LibraryScanner,
    Origin,
    add_to_folder,
    find_by_title,
    is_markdown_name,
    normalise_title,
)

BUNDLED_DIR = resource_path("articles")
BUNDLED_ID = "independence-is-not-disconnection"
TRUST = "---\ntitle: Notes on Trust\n---\n\nOpening.\n\n## Asking\n\nText.\n\n## Waiting\n\nMore.\n"
BINARY = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def write(folder: Path, name: str, text: str | bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


# -- The outline agrees with the full load ----------------------------------------------------

PLAIN_MARKDOWN = [
    TRUST,
    "# A Lone Title\n\nOpening words.\n\n## First\n\nOne.\n\n## Second\n\nTwo.\n",
    "No headings at all, just a paragraph.\n",
    "### Only\n\nThird-level.\n\n### Headings\n\nHere.\n",
    "# One\n\ntext\n\n# Two\n\ntext\n",
    "## Introduction\n\nA section called Introduction.\n\n## Introduction\n\nTwice.\n",
    "id: my-own-id\ntitle: Front Matter Without Dashes\n\n## Part\n\nText.\n",
    "```\n## not a heading\n```\n\n## Real\n\nText.\n",
    "## Приветствие\n\nТекст.\n\n## 你好\n\n文字。\n",
]


@pytest.mark.parametrize("text", PLAIN_MARKDOWN)
def test_an_outline_has_the_same_id_title_and_section_ids_as_the_loaded_article(
    tmp_path: Path, text: str
) -> None:
    path = write(tmp_path, "some-notes.md", text)

    outline, article = read_outline(path), load_article(path)

    assert (outline.id, outline.title, outline.path) == (article.id, article.title, article.path)
    assert outline.section_ids == tuple(section.id for section in article.sections)


_LINE = st.one_of(
    st.sampled_from(["", "text", "## Part", "# Title", "### Deeper", "```", "---", "> Reflect: x"]),
    st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=12),
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lines=st.lists(_LINE, max_size=12))
def test_outline_and_full_load_agree_on_any_markdown(tmp_path: Path, lines: list[str]) -> None:
    path = write(tmp_path, "any.md", "\n".join(lines))

    def identity(read: Callable[[Path], Article | ArticleOutline]) -> tuple[str, ...]:
        try:
            found = read(path)
        except ArticleError as error:
            return ("cannot open", error.reason)
        ids = found.section_ids if isinstance(found, ArticleOutline) else found_ids(found)
        return (found.id, found.title, *ids)

    assert identity(read_outline) == identity(load_article)


def found_ids(article: Article) -> tuple[str, ...]:
    return tuple(section.id for section in article.sections)


def test_the_bundled_article_keeps_its_id() -> None:
    assert read_outline(BUNDLED_DIR / f"{BUNDLED_ID}.md").id == BUNDLED_ID


# -- Identity: moving a file keeps the article --------------------------------------------------


def test_moving_a_file_keeps_its_article_id(tmp_path: Path) -> None:
    before = write(tmp_path / "downloads", "trust.md", TRUST)
    after = tmp_path / "elsewhere" / "renamed-too.md"
    after.parent.mkdir()
    before.rename(after)

    assert read_outline(after).id == "notes-on-trust"


def test_two_files_with_the_same_title_are_the_same_article_unless_one_has_an_id(
    tmp_path: Path,
) -> None:
    first = write(tmp_path / "a", "trust.md", TRUST)
    copy = write(tmp_path / "b", "trust.md", TRUST.replace("Opening.", "Edited opening."))
    own = write(tmp_path / "c", "trust.md", TRUST.replace("title:", "id: trust-2\ntitle:"))

    assert read_outline(first).id == read_outline(copy).id == "notes-on-trust"
    assert read_outline(own).id == "trust-2"


# -- Scanning ---------------------------------------------------------------------------------


def test_the_library_lists_the_bundled_articles_then_the_readers_own_by_name(
    tmp_path: Path,
) -> None:
    user = tmp_path / "articles"
    write(user, "zeta.md", "# Zeta\n\nText.\n")
    write(user, "Alpha.markdown", "# Alpha\n\nText.\n")
    write(user, "notes.txt", "Plain text notes.\n")

    entries = LibraryScanner(BUNDLED_DIR, user).scan()

    assert [(entry.origin, entry.path.name) for entry in entries] == [
        (Origin.BUNDLED, f"{BUNDLED_ID}.md"),
        (Origin.USER, "Alpha.markdown"),
        (Origin.USER, "notes.txt"),
        (Origin.USER, "zeta.md"),
    ]
    assert [entry.title for entry in entries][1:] == ["Alpha", "notes", "Zeta"]


def test_a_missing_articles_folder_lists_only_the_bundled_articles(tmp_path: Path) -> None:
    entries = LibraryScanner(BUNDLED_DIR, tmp_path / "not-yet").scan()

    assert [entry.origin for entry in entries] == [Origin.BUNDLED]
    assert not (tmp_path / "not-yet").exists()


def test_other_files_hidden_files_and_folders_are_not_listed(tmp_path: Path) -> None:
    user = tmp_path / "articles"
    write(user, "photo.png", BINARY)
    write(user, ".#draft.md", "# Lock file\n")
    (user / "folder.md").mkdir()
    write(user, "real.md", "# Real\n")

    names = [entry.path.name for entry in LibraryScanner(BUNDLED_DIR, user).scan()]

    assert names == [f"{BUNDLED_ID}.md", "real.md"]


def test_a_file_that_cannot_be_opened_is_listed_with_the_reason(tmp_path: Path) -> None:
    user = tmp_path / "articles"
    write(user, "broken.md", BINARY)
    write(user, "unfinished.md", "---\ntitle: Never closed\n\nText.\n")

    broken, unfinished = LibraryScanner(BUNDLED_DIR, user).scan()[1:]

    assert broken.outline is None
    assert broken.title == "broken.md"
    assert broken.error == "it is a binary file, not Markdown text."
    # A front matter that never ends is no reason to refuse a file: its lines are text.
    assert unfinished.outline is not None
    assert unfinished.error is None


def test_scanning_again_reads_only_files_that_changed(tmp_path: Path) -> None:
    user = tmp_path / "articles"
    path = write(user, "trust.md", TRUST)
    scanner = LibraryScanner(BUNDLED_DIR, user)
    first = scanner.scan()

    again = scanner.scan()
    path.write_text(TRUST.replace("Notes on Trust", "Notes on Asking"), encoding="utf-8")
    stamp = path.stat()
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns + 1_000_000))
    changed = scanner.scan()

    assert again[1] is first[1]
    assert changed[1].title == "Notes on Asking"


def test_a_removed_file_leaves_the_list(tmp_path: Path) -> None:
    user = tmp_path / "articles"
    path = write(user, "trust.md", TRUST)
    scanner = LibraryScanner(BUNDLED_DIR, user)
    scanner.scan()
    path.unlink()

    assert [entry.origin for entry in scanner.scan()] == [Origin.BUNDLED]


# -- Matching related-reading titles ----------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "listed"),
    [
        (
            "Why Being “Logical” Can Be an Emotional Pattern",
            'Why being "logical" can be an emotional pattern',
        ),
        ("It’s  Not  Me", "it's not me"),
        (
            "The Difference Between Confidence and Certainty.",
            "the difference between confidence and certainty",
        ),
    ],
)
def test_titles_match_whatever_their_case_quotes_and_spacing(written: str, listed: str) -> None:
    assert normalise_title(written) == normalise_title(listed)


def test_different_titles_do_not_match() -> None:
    assert normalise_title("On Trust") != normalise_title("On Trusting")


def test_find_by_title_skips_files_that_cannot_be_opened(tmp_path: Path) -> None:
    user = tmp_path / "articles"
    write(user, "a-broken.md", BINARY)
    write(user, "b-trust.md", TRUST)
    entries = LibraryScanner(BUNDLED_DIR, user).scan()

    found = find_by_title(entries, "notes on trust")

    assert found is not None
    assert found.path.name == "b-trust.md"
    assert find_by_title(entries, "a-broken.md") is None
    assert find_by_title(entries, "Notes on Distrust") is None


# -- Adding an article to the folder ----------------------------------------------------------


def test_adding_copies_the_file_into_a_new_private_articles_folder(tmp_path: Path) -> None:
    source = write(tmp_path / "downloads", "trust.md", TRUST)
    folder = tmp_path / "data" / "articles"
    (tmp_path / "data").mkdir()

    result = add_to_folder(source, folder)

    assert result == AddResult(folder / "trust.md", copied=True)
    assert result.path.read_text(encoding="utf-8") == TRUST
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert source.read_text(encoding="utf-8") == TRUST


def test_adding_never_overwrites_a_file_of_the_same_name(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    mine = write(folder, "trust.md", "# My own trust notes\n")
    write(folder, "trust-2.md", "# Another\n")
    source = write(tmp_path / "downloads", "trust.md", TRUST)

    result = add_to_folder(source, folder)

    assert result == AddResult(folder / "trust-3.md", copied=True)
    assert mine.read_text(encoding="utf-8") == "# My own trust notes\n"
    assert (folder / "trust-2.md").read_text(encoding="utf-8") == "# Another\n"


def test_adding_the_same_file_twice_keeps_one_copy(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    source = write(tmp_path / "downloads", "trust.md", TRUST)
    first = add_to_folder(source, folder)

    second = add_to_folder(source, folder)

    assert second == AddResult(first.path, copied=False)
    assert sorted(path.name for path in folder.iterdir()) == ["trust.md"]


def test_a_file_that_cannot_be_opened_is_not_added(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    source = write(tmp_path, "photo.md", BINARY)

    with pytest.raises(ArticleError) as raised:
        add_to_folder(source, folder)

    assert raised.value.path == source
    assert "binary" in raised.value.reason
    assert not folder.exists()


def test_a_missing_file_is_not_added_and_says_so(tmp_path: Path) -> None:
    with pytest.raises(ArticleError, match="does not exist"):
        add_to_folder(tmp_path / "gone.md", tmp_path / "articles")


def test_a_text_file_with_another_suffix_is_added_as_markdown(tmp_path: Path) -> None:
    source = write(tmp_path, "notes.text", "# Notes\n\nPlain.\n")

    result = add_to_folder(source, tmp_path / "articles")

    assert result.path.name == "notes.md"


@pytest.mark.parametrize(
    ("name", "markdown"),
    [("a.md", True), ("a.MARKDOWN", True), ("a.txt", True), ("a.pdf", False), ("a", False)],
)
def test_markdown_names(name: str, markdown: bool) -> None:
    assert is_markdown_name(Path(name)) is markdown


def test_the_article_just_opened_is_listed_with_the_outline_it_was_opened_with(
    tmp_path: Path,
) -> None:
    # Start-up opens the article, then scans the library, which holds that very file.
    path = write(tmp_path / "articles", "trust.md", TRUST)
    opened = ArticleRenderer(path)

    [entry] = LibraryScanner(tmp_path / "none", tmp_path / "articles").scan()

    assert entry.outline == read_outline(path)
    assert entry.outline is not None
    assert entry.outline.title == "Notes on Trust"
    assert entry.outline.section_ids == tuple(s.id for s in opened.article().sections)


def test_an_article_changed_after_it_was_opened_is_listed_as_it_is_now(tmp_path: Path) -> None:
    path = write(tmp_path, "trust.md", TRUST)
    ArticleRenderer(path)
    changed = TRUST.replace("Notes on Trust", "Notes on Patience") + "\n## Later\n\nText.\n"
    path.write_text(changed, encoding="utf-8")
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000))  # a coarse clock

    outline = read_outline(path)

    assert outline.title == "Notes on Patience"
    assert len(outline.section_ids) == 4
