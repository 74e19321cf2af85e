"""A long article is planned from its first part, and the rest of its outline follows:
the sections, ids, titles, anchors and link definitions end up exactly those of a parse
of the whole file, wherever the parts are cut (issue 14)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from benchmarks.articles import make_long_article, make_release_notes

from tether.bundled import bundled_article_path
from tether.content import ArticleRenderer, load_article
from tether.content.plan import FIRST_PART_SIZE, Plan, plan_article

# A piece of an article with everything that may not be cut: a fence with blank lines
# (and a definition line and a "#" line inside), a loose list, an HTML comment with a
# blank line, a setext heading, a quote going on lazily, a table, footnotes, and links
# defined at the end of the file.
PIECE = """## Part {n}: [the site][site]

Words of part {n}, with a link to [the site][site] and a note.[^n{n}]

```text
[site]: /inside-a-fence-is-no-definition

## not a heading, only code (a deeper one could not change the outline)
```

- first item of part {n}

- second item, after a blank line,
  going on

  with a paragraph of its own

<!-- a comment

with a blank line inside -->

Setext part {n}
---------------

> A quote that goes
on lazily.

| a | b |
|---|---|
| {n} | {n} |

[^n{n}]: The note of part {n}.

### Under part {n}

More words.
"""
END = '\n[site]: https://example.org/site "The site"\n'


def outline_of(plan: Plan) -> list[Any]:
    """Everything the outline and the page are made from, comparable."""
    sections = []
    for section in plan.sections:
        tokens = [
            (
                t.type,
                t.tag,
                t.level,
                t.map,
                t.content,
                t.info,
                sorted(t.attrs.items()),
                sorted((k, str(v)) for k, v in t.meta.items()),
                [(c.type, c.content, sorted(c.attrs.items())) for c in t.children or []],
            )
            for t in section.tokens
        ]
        sections.append((section.id, section.title, section.line, section.headings, tokens))
    references = {
        label: (found["href"], found["title"], found["map"])
        for label, found in plan.env.get("references", {}).items()
    }
    return [plan.title, plan.article_id, sections, references, sorted(plan.footnotes)]


def completed(plan: Plan) -> Plan:
    while not plan.outlined:
        plan.more()
    return plan


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def tricky(folder: Path, copies: int, *, notes: bool = False) -> Path:
    """The piece ``copies`` times, under a title; with its footnotes if ``notes``."""
    piece = (
        PIECE
        if notes
        else PIECE.replace(" and a note.[^n{n}]", "").replace(
            "[^n{n}]: The note of part {n}.\n\n", ""
        )
    )
    body = "".join(piece.format(n=n) for n in range(1, copies + 1))
    return write(folder / "tricky.md", "# A Tricky Article\n\nOpening words.\n\n" + body + END)


@pytest.mark.parametrize("kind", ["long", "release-notes"])
def test_the_benchmark_articles_planned_from_their_first_part_end_with_the_whole_outline(
    tmp_path: Path, kind: str
) -> None:
    if kind == "long":
        path = make_long_article(bundled_article_path(), tmp_path / "long.md", 1 << 20)
    else:
        path = make_release_notes(tmp_path / "CHANGELOG.md", 900 * 1024)

    first = plan_article(path, first_part=FIRST_PART_SIZE)
    shown_first = len(first.sections)
    whole = plan_article(path)

    assert not first.outlined
    assert 3 <= shown_first < len(whole.sections) // 10
    assert outline_of(completed(first)) == outline_of(whole)
    assert not first.misread


@pytest.mark.parametrize("notes", [False, True])
@pytest.mark.parametrize("part_size", [40, 97, 150, 233, 400, 611, 1000, 2500])
def test_wherever_the_parts_are_cut_the_outline_is_the_whole_files(
    tmp_path: Path, part_size: int, notes: bool
) -> None:
    path = tricky(tmp_path, 30, notes=notes)

    first = plan_article(path, first_part=part_size, part_size=part_size)

    assert not first.outlined
    assert outline_of(completed(first)) == outline_of(plan_article(path))


@pytest.mark.parametrize(
    "heading", ["### A heading with a note[^h]", "A setext heading with a note[^h]\n---"]
)
def test_a_heading_further_on_that_cites_a_footnote_is_read_before_the_first_paint(
    tmp_path: Path, heading: str
) -> None:
    # Footnotes are numbered as cited, every heading first: such a file is read whole.
    path = tricky(tmp_path, 30, notes=True)
    path.write_text(path.read_text() + f"\n{heading}\n\n[^h]: The heading's note.\n")

    first = plan_article(path, first_part=300, part_size=300)

    assert first.outlined
    assert outline_of(first) == outline_of(plan_article(path))


def test_the_first_parts_sections_are_the_first_sections_of_the_whole_file(
    tmp_path: Path,
) -> None:
    path = tricky(tmp_path, 8)
    whole = outline_of(plan_article(path))

    first = plan_article(path, first_part=300, part_size=300)

    assert 0 < len(first.sections) < len(whole[2])
    assert outline_of(first)[2] == whole[2][: len(first.sections)]
    assert first.title == "A Tricky Article"


@pytest.mark.parametrize(
    "later",
    [
        "# A Second Top Heading\n\nSo the first is no title.\n",
        "Setext Top Heading\n==================\n\nSo the first is no title.\n",
        "```sh\n# a comment in code, not a heading\n```\n",
        "#### A deeper heading\n\nWords.\n",
    ],
)
def test_a_heading_further_on_that_could_change_the_outline_rule_is_read_first(
    tmp_path: Path, later: str
) -> None:
    piece = "## Part {n}\n\n" + "Plain words of a part, sentence after sentence. " * 6 + "\n\n"
    body = "".join(piece.format(n=n) for n in range(1, 60))
    path = write(tmp_path / "a.md", "# The Title\n\nOpening.\n\n" + body + later + body)

    first = plan_article(path, first_part=500, part_size=300)

    assert outline_of(completed(first)) == outline_of(plan_article(path))


def long_file(folder: Path, piece: str, copies: int, end: str = "") -> Path:
    """A file long enough to be planned from its first part by ArticleRenderer."""
    body = "".join(piece.format(n=n) for n in range(1, copies + 1))
    path = write(folder / "long.md", "---\ntitle: Long\n---\n\n" + body + end)
    assert len(body) > 4 * FIRST_PART_SIZE
    return path


FILLER = "## Part {n}\n\n" + "Plain words of a part, sentence after sentence. " * 8 + "\n\n"


def test_a_link_defined_at_the_end_of_a_long_file_resolves_in_the_first_screen(
    tmp_path: Path,
) -> None:
    first_words = "Opening, with [the site][site] linked.\n\n"
    path = long_file(tmp_path, FILLER, 500, END)
    path.write_text(path.read_text().replace("## Part 1\n", first_words + "## Part 1\n"))

    renderer = ArticleRenderer(path)
    renderer.render_next(3)

    assert not renderer.outlined
    assert 'href="https://example.org/site"' in renderer.article().sections[0].html
    renderer.render_all()
    assert not renderer.misread
    assert renderer.article() == load_article(path)


def test_a_footnote_defined_at_the_end_of_a_long_file_is_cited_in_the_first_screen(
    tmp_path: Path,
) -> None:
    note = "\n[^end]: The note, defined last.\n\n    With a second paragraph.\n"
    path = long_file(tmp_path, FILLER, 500, note)
    path.write_text(path.read_text().replace("## Part 1\n", "Cited.[^end]\n\n## Part 1\n"))

    renderer = ArticleRenderer(path)
    renderer.render_next(3)

    assert not renderer.outlined
    first = renderer.article().sections[0].html
    assert "The note, defined last." in first
    assert "With a second paragraph." in first
    renderer.render_all()
    assert not renderer.misread
    assert renderer.article() == load_article(path)


@pytest.mark.parametrize(
    "where",
    [
        # A blank line inside the fence: the lines around the definition look like one.
        "```text\ncode\n\n[later]: /in-a-fence-is-no-definition\n```\n\n",
        "> [later]: https://example.org/quoted\n\n",
        "```text\ncode\n\n[^later]: Not a note: code.\n```\n\n",
        "> [^later]: A note in a quote.\n\n",
    ],
)
def test_a_definition_read_wrong_from_the_rest_is_found_once_the_outline_is_whole(
    tmp_path: Path, where: str
) -> None:
    path = long_file(tmp_path, FILLER, 500, "\n" + where)
    text = path.read_text()
    cited = "See [^later] here." if "[^" in where else "See [later] here."
    path.write_text(text.replace("## Part 1\n", f"{cited}\n\n## Part 1\n", 1))

    renderer = ArticleRenderer(path)
    renderer.render_next(3)
    renderer.complete_outline()

    assert renderer.misread
    whole = ArticleRenderer(path, whole=True)
    whole.render_all()
    assert not whole.misread
    assert whole.article() == load_article(path)


@pytest.mark.parametrize("notes", [False, True])
def test_a_long_file_renders_to_exactly_what_the_whole_files_parse_gives(
    tmp_path: Path, notes: bool
) -> None:
    path = tricky(tmp_path, 300, notes=notes)
    assert path.stat().st_size > 4 * FIRST_PART_SIZE

    renderer = ArticleRenderer(path)
    first = renderer.total
    renderer.render_next(2)
    renderer.render_all()
    whole = ArticleRenderer(path, whole=True)
    whole.render_all()

    assert first < whole.total
    assert renderer.article() == whole.article()
