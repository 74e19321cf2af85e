"""The page renders Markdown as GitHub does: GFM spec examples through markdown_to_html.

Issue 14 asks for at least 95% of the spec's examples outside the raw-HTML and task-list
chapters (see ``gfm_spec.EXCLUDED_CHAPTERS`` for why those differ on purpose). The
harness tests below it keep the comparison honest: the normaliser must tell different
documents apart, or the rate would mean nothing.
"""

from __future__ import annotations

from collections import Counter

import pytest
from gfm_spec import (
    EXCLUDED_CHAPTERS,
    SpecExample,
    chapter_rates,
    normalize_html,
    overall_rate,
    read_examples,
    run_examples,
)

from tether.content import markdown_to_html

REQUIRED_RATE = 0.95
FAILURES_SHOWN = 8


@pytest.fixture(scope="module")
def examples() -> list[SpecExample]:
    return read_examples()


# -- The renderer --------------------------------------------------------------------------


def test_markdown_to_html_renders_95_percent_of_the_gfm_spec_examples(
    examples: list[SpecExample],
) -> None:
    outcomes = run_examples(markdown_to_html, examples)
    passing, counted = overall_rate(outcomes)

    short = [
        f"  {rate.chapter}: {rate.passing}/{rate.examples} ({rate.rate:.0%}),"
        f" failing e.g. {', '.join(map(str, rate.failing[:FAILURES_SHOWN]))}"
        for rate in chapter_rates(outcomes)
        if rate.counted and rate.rate < REQUIRED_RATE
    ]
    assert passing >= REQUIRED_RATE * counted, (
        f"markdown_to_html renders {passing} of {counted} GFM spec examples as the spec"
        f" says ({passing / counted:.1%}); at least {REQUIRED_RATE:.0%} are required."
        " Chapters below that (example numbers as in the spec; run"
        " `python -m benchmarks.gfm_conformance` for the full table):\n" + "\n".join(short)
    )


# -- The harness ---------------------------------------------------------------------------


def test_the_spec_file_yields_all_its_examples_in_its_chapters(
    examples: list[SpecExample],
) -> None:
    # 673 examples in cmark-gfm's spec.txt (version 0.29-gfm); fewer means a broken read.
    assert len(examples) == 673
    assert [example.number for example in examples] == list(range(1, 674))
    assert Counter(ext for example in examples for ext in example.extensions) == {
        "autolink": 11,
        "table": 8,
        "disabled": 2,
        "strikethrough": 2,
        "tagfilter": 1,
    }
    chapters = {example.chapter for example in examples}
    # The exclusions name real chapters, so they exclude what they say.
    assert set(EXCLUDED_CHAPTERS) <= chapters
    # Headings inside examples ("# foo") and "###" sub-headings are not chapters.
    assert "foo" not in chapters
    assert "Motivation" not in chapters
    tabs = examples[0]
    assert (tabs.chapter, tabs.markdown, tabs.html) == (
        "Tabs",
        "\tfoo\tbaz\t\tbim\n",
        "<pre><code>foo\tbaz\t\tbim\n</code></pre>\n",
    )
    assert sum(example.counted for example in examples) >= 600


@pytest.mark.parametrize(
    ("ours", "spec"),
    [
        ("<p>a  \t\n b</p>", "<p>a b</p>"),
        ("\n<ul>\n  <li>one</li>\n</ul>\n", "<ul><li>one</li></ul>"),
        ("<p>x<br>\ny</p>", "<p>x<br />\ny</p>"),
        ('<a title="t" HREF="/u">x</a>', '<a href="/u" title="t">x</a>'),
        ("<p>&copy; &#169; &#xA9; &amp; &#38;</p>", "<p>© © © &amp; &amp;</p>"),
        ('<p>"quoted"</p>', "<p>&quot;quoted&quot;</p>"),
        ('<h2 id="why-it-matters">Why it matters</h2>', "<h2>Why it matters</h2>"),
        ('<input type="checkbox" disabled>', '<input disabled="" type="checkbox">'),
    ],
)
def test_the_normaliser_reads_two_spellings_of_one_document_alike(ours: str, spec: str) -> None:
    assert normalize_html(ours) == normalize_html(spec)


@pytest.mark.parametrize(
    ("ours", "spec"),
    [
        ("<p>a</p>", "<p>b</p>"),
        ("<p><em>a</em></p>", "<p><strong>a</strong></p>"),
        ("<p>a</p><p>b</p>", "<p>a b</p>"),
        ("<pre><code>a  b\n</code></pre>", "<pre><code>a b\n</code></pre>"),
        ('<a href="/a">x</a>', '<a href="/b">x</a>'),
        ('<pre><code class="language-py">x\n</code></pre>', "<pre><code>x\n</code></pre>"),
        ('<p id="a">x</p>', "<p>x</p>"),
        ('<th style="text-align:right">x</th>', '<th align="right">x</th>'),
        ("<p><s>x</s></p>", "<p><del>x</del></p>"),
        ("<p>&lt;b&gt;</p>", "<p><b></b></p>"),
        ("<p><style>x</p>", "<p><style>y</p>"),
    ],
)
def test_the_normaliser_tells_different_documents_apart(ours: str, spec: str) -> None:
    assert normalize_html(ours) != normalize_html(spec)


def test_a_renderer_that_writes_the_spec_passes_and_one_that_does_not_fails(
    examples: list[SpecExample],
) -> None:
    by_markdown = {example.markdown: example.html for example in examples}

    passing, counted = overall_rate(run_examples(by_markdown.__getitem__, examples))
    assert passing == counted

    passing, counted = overall_rate(run_examples(lambda text: f"<p>{text}</p>", examples))
    assert passing < 0.2 * counted


def test_a_renderer_that_raises_fails_its_examples_without_stopping_the_run(
    examples: list[SpecExample],
) -> None:
    def crash(text: str) -> str:
        raise RuntimeError("boom")

    outcomes = run_examples(crash, examples[:3])

    assert [outcome.passed for outcome in outcomes] == [False, False, False]
    assert "RuntimeError: boom" in outcomes[0].actual
