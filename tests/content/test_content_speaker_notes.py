"""Speaker notes in an article: a quote starting "Note:" (issue 17)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tether.content import Article, load_article, strip_speaker_notes

NOTED = """\
---
title: Asking for Help
---

## Leaning

Some people never ask.

> Note: ask who has felt this at work

> Reflect: When did you last ask someone for help?

> Independence says: “I can handle this.”

> Note: a longer note
>
> > with a quote of its own inside

The end of the section.
"""


def test_a_note_quote_is_a_speaker_note_not_a_prompt_or_plain_quote(
    write_article: Callable[[str], Path],
) -> None:
    section = load_article(write_article(NOTED)).sections[-1]

    assert section.notes == (
        "ask who has felt this at work",
        "a longer note with a quote of its own inside",
    )
    assert section.prompts == ("When did you last ask someone for help?",)
    assert section.html.count('class="speaker-note"') == 2


def test_taking_the_notes_out_leaves_every_other_word(
    write_article: Callable[[str], Path],
) -> None:
    section = load_article(write_article(NOTED)).sections[-1]

    stripped = strip_speaker_notes(section.html)

    assert "ask who has felt this" not in stripped
    assert "a longer note" not in stripped
    assert "with a quote of its own" not in stripped
    for kept in ("Some people never ask.", "Reflect: When did", "I can handle this", "The end"):
        assert kept in stripped
    assert stripped.count("<blockquote") == stripped.count("</blockquote>") == 2


def test_the_bundled_article_has_a_discussion_note_on_every_section(
    bundled_article: Article,
) -> None:
    assert all(len(section.notes) == 1 for section in bundled_article.sections)
    assert all(section.prompts == () for section in bundled_article.sections)
    text = bundled_article.path.read_text(encoding="utf-8")
    assert "speaker_notes_added_by: the Tether team" in text
