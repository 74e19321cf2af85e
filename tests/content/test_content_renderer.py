"""Rendering an article a few sections at a time gives what loading it whole gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tether.bundled import bundled_article_path
from tether.content import ArticleError, ArticleRenderer, load_article
from tether.content.frontmatter import read_front_matter


def test_rendering_in_steps_gives_the_article_that_loading_it_whole_gives() -> None:
    renderer = ArticleRenderer(bundled_article_path())
    steps = []
    while not renderer.done:
        steps.append(renderer.render_next(2))

    assert [index for step in steps for index in step] == list(range(renderer.total))
    assert renderer.article() == load_article(bundled_article_path())
    assert renderer.article().complete


def test_before_rendering_every_section_is_known_by_id_and_title_but_has_no_text() -> None:
    whole = load_article(bundled_article_path())
    renderer = ArticleRenderer(bundled_article_path())

    article = renderer.article()

    assert not article.complete
    assert article.pending == len(whole.sections)
    assert [s.id for s in article.sections] == [s.id for s in whole.sections]
    assert [s.title for s in article.sections] == [s.title for s in whole.sections]
    assert all(s.html == "" and not s.signs for s in article.sections)
    assert article.id == whole.id
    assert article.title == whole.title


def test_a_partly_rendered_article_has_the_first_sections_whole_and_the_rest_to_come() -> None:
    whole = load_article(bundled_article_path())
    renderer = ArticleRenderer(bundled_article_path())

    assert renderer.render_next(3) == range(0, 3)
    article = renderer.article()

    assert article.sections[:3] == whole.sections[:3]
    assert article.pending == len(whole.sections) - 3
    assert all(s.html == "" for s in article.sections[3:])
    assert renderer.render_next(0) == range(3, 3)


def test_draft_titles_drop_markdown_marks_and_rendering_gives_the_final_title(
    tmp_path: Path,
) -> None:
    path = tmp_path / "marks.md"
    path.write_text(
        "Intro.\n\n## Why *care* about `it`\n\nText.\n\n## See [the list](other.md)\n\nMore.\n",
        encoding="utf-8",
    )
    renderer = ArticleRenderer(path)

    drafts = [s.title for s in renderer.article().sections]
    renderer.render_all()

    assert drafts == ["Introduction", "Why care about it", "See the list"]
    assert [s.title for s in renderer.article().sections] == drafts


def test_the_time_guard_holds_across_steps_and_keeps_what_was_rendered(tmp_path: Path) -> None:
    body = "".join(
        f"## Part {n}\n\n" + "Some *words* here.\n\n- [ ] a sign\n\n" * 40 for n in range(300)
    )
    path = tmp_path / "long.md"
    path.write_text(body, encoding="utf-8")
    renderer = ArticleRenderer(path, seconds=0.05)
    renderer.render_next(1)

    def render_the_rest() -> None:
        while not renderer.done:
            renderer.render_next(5)

    with pytest.raises(ArticleError, match=r"took longer than 0\.05 seconds"):
        render_the_rest()

    article = renderer.article()
    assert 1 <= renderer.rendered < renderer.total
    assert article.sections[0].html
    assert article.pending == renderer.total - renderer.rendered


# What python-markdown's meta extension read from each (the format articles were written
# for), recorded when Tether stopped depending on it: the reader must keep reading so.
FRONT_MATTER_AS_META_READ_IT = [
    ("title: One\nauthor: Ann\n\nBody", {"title": "One", "author": "Ann"}),
    ("---\ntitle: Two\nid: two-x\n---\nBody", {"title": "Two", "id": "two-x"}),
    (
        "Title: Mixed Case\nSubtitle: first line\n    and its continuation\n\nBody",
        {"title": "Mixed Case", "subtitle": "first line and its continuation"},
    ),
    ("---\ntitle: Dots\n...\nBody", {"title": "Dots"}),
    ("title: Stops\nnot a key line\nauthor: never read\n", {"title": "Stops"}),
    ("title:\nauthor: Empty title\n\n", {"title": "", "author": "Empty title"}),
    ("---\n  title: indented key\n---\n", {"title": "indented key"}),
    # Tabs: python-markdown expanded them to four spaces before reading.
    (
        "---\ntitle: A long\n\ttitle continued\nid: my-article\n---\nBody",
        {"title": "A long title continued", "id": "my-article"},
    ),
    (
        "title: Tabs\tinside\nauthor: Ann\n\t\tand Bob\n\nBody",
        {"title": "Tabs inside", "author": "Ann and Bob"},
    ),
    ("\ttitle: a tab is not a key\n\nBody", {}),
]


@pytest.mark.parametrize(("text", "expected"), FRONT_MATTER_AS_META_READ_IT)
def test_front_matter_reads_as_python_markdowns_meta_extension_read_it(
    text: str, expected: dict[str, str]
) -> None:
    assert read_front_matter(text.splitlines()) == expected


def test_an_id_after_a_tab_indented_line_still_names_the_article(tmp_path: Path) -> None:
    path = tmp_path / "tabs.md"
    path.write_text(
        "---\ntitle: A long\n\ttitle continued\nid: my-article\nauthor: Someone\n---\n\n"
        "## Part\n\nText.\n",
        encoding="utf-8",
    )

    article = load_article(path)

    assert article.id == "my-article"  # the reader's ticks and reflections are keyed by it
    assert article.title == "A long title continued"
    assert article.author == "Someone"
