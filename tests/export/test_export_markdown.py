"""The worksheet as Markdown: every sign with its tick, every reflection, nothing more."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from export_helpers import PROMPTED_ARTICLE, READER_WORDS, ReaderData, plain_lines

from tether.content import Article, load_article, markdown_to_html
from tether.export import build_worksheet, export_worksheet
from tether.export.markdown_writer import worksheet_markdown
from tether.export.wording import WRITING_LINES, WRITING_PROMPT
from tether.store import Store

_SIGN_LINE = re.compile(r"^- ([☑☐]) (.+)$")


def sections_of(text: str) -> dict[str, str]:
    """The worksheet's sections by title, each with its Markdown."""
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return {title.strip(): body for title, body in zip(parts[1::2], parts[2::2], strict=True)}


def sign_lines(text: str) -> list[tuple[bool, str]]:
    """Every checklist line as (ticked, sign text without escapes)."""
    found = []
    for line in text.splitlines():
        match = _SIGN_LINE.match(line)
        if match:
            found.append((match.group(1) == "☑", plain_lines(match.group(2))[0]))
    return found


def test_exported_markdown_lists_every_sign_once_with_its_tick(
    reader_data: ReaderData, store: Store, tmp_path: Path
) -> None:
    article = reader_data.article
    out = tmp_path / "worksheet.md"

    export_worksheet(article, store, out)

    expected = [(sign.id in reader_data.ticked, sign.text) for sign in article.signs]
    assert sign_lines(out.read_text(encoding="utf-8")) == expected


def test_each_reflection_is_under_its_own_section(
    reader_data: ReaderData, store: Store, tmp_path: Path
) -> None:
    out = tmp_path / "worksheet.md"
    export_worksheet(reader_data.article, store, out)
    sections = sections_of(out.read_text(encoding="utf-8"))
    titles = {section.id: section.title for section in reader_data.article.sections}

    for section_id, text in reader_data.reflections.items():
        chunk = plain_lines(sections[titles[section_id]])
        for line in plain_lines(text):
            assert line in chunk
    untouched = reader_data.article.sections[2].title
    assert "No reflection written yet." in sections[untouched]


def test_the_readers_words_cannot_turn_into_headings_lists_or_markup(
    reader_data: ReaderData, store: Store
) -> None:
    text = worksheet_markdown(build_worksheet(reader_data.article, store))

    rendered = markdown_to_html(text)

    assert "<script>" not in rendered
    assert "&lt;script&gt;alert('wombat')" in rendered
    assert rendered.count("<h1") == 1
    assert "<li>nor a list item</li>" not in rendered
    assert "# Marmoset is not a heading" in rendered


def test_blank_markdown_worksheet_has_nothing_of_the_reader_and_room_to_write(
    reader_data: ReaderData, tmp_path: Path
) -> None:
    out = tmp_path / "handout.md"

    export_worksheet(reader_data.article, None, out)

    text = out.read_text(encoding="utf-8")
    assert not any(word in text for word in READER_WORDS)
    assert "☑" not in text
    assert all(not ticked for ticked, _ in sign_lines(text))
    assert len(sign_lines(text)) == len(reader_data.article.signs)
    for body in sections_of(text).values():
        lines = [line for line in body.splitlines() if line.strip()]
        assert WRITING_PROMPT in lines
        rules = lines[lines.index(WRITING_PROMPT) + 1 :]
        assert len(rules) == WRITING_LINES
        assert all(set(rule) == {"_"} for rule in rules)
    assert "Name: ___" in text


def test_blank_worksheet_gives_room_under_the_sections_own_prompt(
    write_article: Callable[[str], Path], tmp_path: Path
) -> None:
    article = load_article(write_article(PROMPTED_ARTICLE))

    text = worksheet_markdown(build_worksheet(article, None))

    noticing = [line for line in sections_of(text)["Noticing"].splitlines() if line.strip()]
    prompt = "> Reflect: When did you last pause before answering?"
    assert noticing[noticing.index(prompt) + 1 :] == ["_" * 40] * WRITING_LINES
    assert WRITING_PROMPT not in sections_of(text)["Noticing"]
    assert WRITING_PROMPT in sections_of(text)["Resting"]


def test_with_the_article_the_signs_are_ticked_in_its_text_and_not_listed_twice(
    reader_data: ReaderData, store: Store
) -> None:
    article = reader_data.article

    text = worksheet_markdown(build_worksheet(article, store, with_article=True))

    assert "Independence is often celebrated as a personal virtue." in text
    expected = [(sign.id in reader_data.ticked, sign.text) for sign in article.signs]
    assert sign_lines(text) == expected
    assert "sign:" not in text


def test_reflections_on_sections_the_article_no_longer_has_are_kept(
    store: Store, bundled_article: Article
) -> None:
    store.save_reflection(bundled_article.id, "a-removed-section", "Pangolin memories")

    text = worksheet_markdown(build_worksheet(bundled_article, store))

    assert "## Reflections on sections no longer in the article" in text
    assert "Pangolin memories" in text
