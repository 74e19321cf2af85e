"""Files that are not readable articles fail with one error naming the file and the reason."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tether.content import MAX_ARTICLE_BYTES, ArticleError, load_article

WriteArticle = Callable[..., Path]


def open_error(path: Path) -> ArticleError:
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    return caught.value


def assert_names_file(error: ArticleError, path: Path) -> None:
    assert error.path == path
    assert str(path) in str(error)


def test_a_missing_file_is_reported_as_missing(tmp_path: Path) -> None:
    path = tmp_path / "gone.md"

    error = open_error(path)

    assert_names_file(error, path)
    assert "does not exist" in str(error)


def test_a_folder_is_reported_as_a_folder(tmp_path: Path) -> None:
    path = tmp_path / "looks-like.md"
    path.mkdir()

    error = open_error(path)

    assert_names_file(error, path)
    assert "folder" in str(error)


def test_a_binary_file_is_reported_as_not_text(tmp_path: Path) -> None:
    path = tmp_path / "picture.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    error = open_error(path)

    assert_names_file(error, path)
    assert "binary file" in str(error)


def test_a_file_in_another_encoding_is_reported_as_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.md"
    path.write_bytes("# Café\n\nNaïve text.\n".encode("latin-1"))

    error = open_error(path)

    assert_names_file(error, path)
    assert "not UTF-8" in str(error)


@pytest.mark.parametrize("content", ["", "\n\n   \n", "---\ntitle: Only Matter\n---\n"])
def test_a_file_with_nothing_to_read_is_reported_as_empty(
    write_article: WriteArticle, content: str
) -> None:
    path = write_article(content, "empty.md")

    error = open_error(path)

    assert_names_file(error, path)
    assert "no text to read" in str(error)


def test_a_file_over_the_size_limit_is_refused_with_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1024 * 1024)  # sparse: costs no disk space

    error = open_error(path)

    assert_names_file(error, path)
    assert f"the limit is {MAX_ARTICLE_BYTES // (1024 * 1024)} MB" in str(error)
    assert "9.0 MB" in str(error)


def test_a_file_exactly_at_the_size_limit_opens(tmp_path: Path) -> None:
    path = tmp_path / "large.md"
    line = b"A long but readable line of text.\n"
    body = b"# Large\n\n" + line * ((MAX_ARTICLE_BYTES - 9) // len(line))
    path.write_bytes(body + b"x" * (MAX_ARTICLE_BYTES - len(body)))

    article = load_article(path)

    assert article.title == "Large"


def test_unterminated_front_matter_still_opens_with_every_line_readable(
    write_article: WriteArticle,
) -> None:
    path = write_article("---\ntitle: Never Closed\n\n# Heading\n\nText.\n", "open.md")

    article = load_article(path)

    assert article.title == "Heading"
    page = "".join(section.html for section in article.sections)
    assert "title: Never Closed" in page
    assert "Text." in page


def test_front_matter_that_is_not_yaml_is_read_as_key_value_lines(
    write_article: WriteArticle,
) -> None:
    path = write_article("---\ntitle: A: B: [unclosed\nauthor: Me\n---\n\nText.\n", "bad.md")

    article = load_article(path)

    assert article.title == "A: B: [unclosed"
    assert article.author == "Me"


def test_the_error_message_reads_as_a_sentence(tmp_path: Path) -> None:
    path = tmp_path / "gone.md"

    message = str(open_error(path))

    assert message.startswith(f"Cannot open “{path}”: ")
    assert message.endswith(".")
