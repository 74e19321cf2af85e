"""A reader's data follows an article whose ids changed with the CommonMark outline.

Tether 0.1 found sections by scanning ``#`` lines: release notes with several ``#``
headings had their sections at ``##``, and a setext title was no title. Opening such an
article now moves its reflections, ticks, read marks and place to the sections that hold
them, once, and never over data already there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tether.bundled import bundled_article_path
from tether.content import ArticleRenderer
from tether.models import ArticleSession
from tether.store import Store

WriteArticle = Callable[..., Path]

NOTES = "# 2.0\n\n## Added\n\n- [ ] Thing\n\n# 1.0\n\n## Fixed\n\nText.\n"


@pytest.fixture
def session_for(store: Store, qapp: object) -> Callable[[Path], ArticleSession]:
    def open_(path: Path) -> ArticleSession:
        return ArticleSession(ArticleRenderer(path), store)

    return open_


def test_data_under_the_old_level_two_sections_moves_to_the_versions(
    store: Store, write_article: WriteArticle, session_for: Callable[[Path], ArticleSession]
) -> None:
    path = write_article(NOTES, "notes.md")
    # Where 0.1 stored them: sections "added" and "fixed" of the article "notes".
    store.save_reflection("notes", "added", "Added things feel good.")
    store.set_tick("notes", "added/thing", True)
    store.mark_section_read("notes", "fixed")
    store.save_position("notes", str(path), "fixed", 0.5)
    store.facilitation().save_note("notes", "fixed", "Ask who has shipped a fix.")

    session = session_for(path)

    assert [s.id for s in session.article.sections] == ["20", "10"]
    reflection = store.reflection_for_section("notes", "20")
    assert reflection is not None
    assert reflection.text == "Added things feel good."
    assert store.ticks("notes") == {"20/thing": True}
    assert session.signs.is_ticked("20/thing")
    assert store.sections_read("notes") == {"10"}
    position = store.position("notes")
    assert position is not None
    assert position.section_id == "10"
    assert store.reflection_for_section("notes", "added") is None
    assert store.facilitation().note("notes", "10") == "Ask who has shipped a fix."


def test_an_article_whose_setext_heading_is_now_its_title_keeps_its_data(
    store: Store, write_article: WriteArticle, session_for: Callable[[Path], ArticleSession]
) -> None:
    path = write_article("Notes on Trust\n==============\n\n## Asking\n\nText.\n", "my-notes.md")
    store.save_reflection("my-notes", "asking", "I rarely ask.")  # 0.1's id: the file name

    session = session_for(path)

    assert session.article.id == "notes-on-trust"
    reflection = store.reflection_for_section("notes-on-trust", "asking")
    assert reflection is not None
    assert reflection.text == "I rarely ask."
    assert session.reflections.text_for_section("asking") == "I rarely ask."


def test_data_already_under_the_new_id_is_never_overwritten(
    store: Store, write_article: WriteArticle, session_for: Callable[[Path], ArticleSession]
) -> None:
    path = write_article(NOTES, "notes.md")
    store.save_reflection("notes", "20", "Written since.")
    store.save_reflection("notes", "added", "Written long ago.")

    session_for(path)

    newer = store.reflection_for_section("notes", "20")
    assert newer is not None
    assert newer.text == "Written since."
    older = store.reflection_for_section("notes", "added")
    assert older is not None
    assert older.text == "Written long ago."


def test_the_bundled_article_moves_nothing(
    store: Store, session_for: Callable[[Path], ArticleSession]
) -> None:
    store.save_reflection("independence-is-not-disconnection", "conclusion", "Mine.")

    session_for(bundled_article_path())

    kept = store.reflection_for_section("independence-is-not-disconnection", "conclusion")
    assert kept is not None
    assert kept.text == "Mine."


def long_notes(versions: int = 400) -> str:
    """Release notes long enough that their outline is read a part at a time."""
    filler = "A change described in a few plain words, as release notes do. " * 5
    return "".join(
        f"# 2.{n}\n\n## Added\n\n{filler}\n\n## Fixed\n\n{filler}\n\n"
        for n in range(versions, 0, -1)
    )


def test_data_under_old_ids_further_into_a_long_file_moves_once_the_outline_is_whole(
    store: Store, write_article: WriteArticle, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_article(long_notes(), "notes.md")

    def leave_data(into: Store) -> None:
        # 0.1's ids: the "##" sections, numbered in order; "fixed-350" is far down.
        into.save_reflection("notes", "fixed-350", "Far down, a fix I remember.")
        into.mark_section_read("notes", "added-2")

    leave_data(store)
    renderer = ArticleRenderer(path)
    assert not renderer.outlined

    session = ArticleSession(renderer, store)
    # Nothing is read whole before the first paint: the data waits for the outline.
    assert session.article_so_far.outline_pending
    assert store.reflection_for_section("notes", "fixed-350") is not None
    with qtbot.waitSignal(session.read_again, timeout=30_000):
        session.render_in_background()

    # Where opening the file read whole puts it.
    with Store.open_in(tmp_path / "whole") as whole:
        leave_data(whole)
        ArticleSession(ArticleRenderer(path, whole=True), whole)
        expected = whole.stored_section_ids("notes")
        far = next(iter(expected - whole.sections_read("notes")))
    assert store.stored_section_ids("notes") == expected
    assert store.reflection_for_section("notes", "fixed-350") is None
    reflection = store.reflection_for_section("notes", far)
    assert reflection is not None
    assert reflection.text == "Far down, a fix I remember."
