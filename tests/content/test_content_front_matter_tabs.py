"""Front matter indented with tabs reads as python-markdown's meta extension read it."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown import Markdown

from tether.content import load_article
from tether.content.frontmatter import read_front_matter


@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: A long\n\ttitle continued\nid: my-article\n---\nBody",
        "title: Tabs\tinside\nauthor: Ann\n\t\tand Bob\n\nBody",
        "\ttitle: a tab is not a key\n\nBody",
    ],
)
def test_tab_indented_front_matter_reads_as_python_markdowns_meta(text: str) -> None:
    reader = Markdown(extensions=["meta"])
    reader.convert(text)
    expected = {
        key: " ".join(values).strip()
        for key, values in getattr(reader, "Meta", {}).items()
        if values
    }

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
