"""A long article opens at once: the first screen first, the rest rendered in idle time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from ui_helpers import ModalCloser, activate

from tether.content import ArticleRenderer, load_article
from tether.models import Role
from tether.shell.handover import HandOver
from tether.shell.instance_window import show_handed_over
from tether.store import Store
from tether.ui.actions import ActionId
from tether.ui.main_window import MainWindow

SECTIONS = 120
WAIT_MS = 20_000


def write_long_article(folder: Path, sections: int = SECTIONS) -> Path:
    """An article of many sections, each with a checklist of two signs."""
    parts = ["---\ntitle: A Long Read\n---\n\nOpening words.\n"]
    for n in range(1, sections + 1):
        parts.append(
            f"## Part {n}\n\n"
            + f"What part {n} is about, in a few plain sentences. " * 3
            + f"\n\nSigns of part {n}:\n\n- [ ] first sign of part {n}\n"
            + f"- [ ] second sign of part {n}\n"
        )
    path = folder / "long-read.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def wait_until_whole(qtbot: QtBot, window: MainWindow) -> None:
    assert window.session is not None
    session, view = window.session, window.article_view
    qtbot.waitUntil(
        lambda: (
            session.article_so_far.complete
            and view.sections_rendered() == len(session.article_so_far.sections)
        ),
        timeout=WAIT_MS,
    )


def test_the_first_screen_is_shown_before_the_rest_is_rendered_and_the_rest_follows(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_long_article(tmp_path)
    window = open_window(ArticleRenderer(path))
    session = window.session
    assert session is not None

    shown_first = window.article_view.sections_rendered()
    assert 1 <= shown_first < SECTIONS
    # The table of contents lists every section from the start.
    assert window.sections_dock.view.model().rowCount() == SECTIONS + 1

    wait_until_whole(qtbot, window)

    whole = load_article(path)
    plain = window.article_view.document().toPlainText()
    assert window.article_view.sections_rendered() == SECTIONS + 1
    assert f"Part {SECTIONS}" in plain
    assert "second sign of part 120" in plain
    assert plain.count("\nPart 7\n") == 1  # every section once, in order
    assert plain.index("\nPart 9\n") < plain.index("\nPart 10\n") < plain.index("\nPart 120\n")
    assert session.signs.rowCount() == len(whole.sign_groups)
    # Sections appended later are laid out like the first ones: each heading is a heading
    # of its own (not run into the paragraph before it), and no stray line is left.
    document = window.article_view.document()
    for position in window.article_view.section_positions()[1:]:
        block = document.findBlock(position)
        assert block.blockFormat().headingLevel() == 2, block.text()
        assert block.text().startswith("Part ")
        assert not block.previous().text().endswith("\u2028")


def test_going_to_a_section_not_yet_rendered_renders_up_to_it_and_shows_it(
    open_window, tmp_path: Path
) -> None:
    window = open_window(ArticleRenderer(write_long_article(tmp_path)))
    assert window.article_view.sections_rendered() < SECTIONS

    window.sections_dock.section_activated.emit(SECTIONS)

    assert window.article_view.sections_rendered() == SECTIONS + 1
    assert window.article_view.current_section() == SECTIONS
    assert "Part 120" in window.findChild(QLabel, "position-label").text()
    assert window.reflections_dock.editor.isVisibleTo(window)


def test_ticks_saved_for_signs_far_down_show_once_their_section_is_rendered(
    open_window, qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    path = write_long_article(tmp_path)
    whole = load_article(path)
    last_sign = whole.signs[-1]
    with Store.open_in(data_dir) as store:
        store.set_tick(whole.id, last_sign.id, True)

    window = open_window(ArticleRenderer(path))
    session = window.session
    assert session is not None
    assert not session.signs.index_of_sign(last_sign.id).isValid()

    wait_until_whole(qtbot, window)

    assert session.signs.is_ticked(last_sign.id)
    index = session.signs.index_of_sign(last_sign.id)
    assert index.data(Role.SignId) == last_sign.id
    assert index.parent().data(Role.Tally) == "1 of 2"


def test_exporting_while_the_rest_renders_exports_the_whole_article(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(ArticleRenderer(write_long_article(tmp_path)))
    session = window.session
    assert session is not None
    assert not session.article_so_far.complete

    article = session.article  # what export, printing and presenting read

    assert article.complete
    assert len(article.signs) == 2 * SECTIONS
    wait_until_whole(qtbot, window)  # and the page has all of it soon after


def test_a_section_that_cannot_be_rendered_is_explained_and_the_rest_stays_readable(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    # A time budget so small that the rendering stops part-way, as a hostile file would:
    # ~20 times what the first screen takes (its three sections: ~5 ms of processor time),
    # a quarter of what the whole takes (3,000 sections: ~400 ms), so that it stops
    # part-way on a machine much slower or much faster than this one.
    renderer = ArticleRenderer(write_long_article(tmp_path, sections=3000), seconds=0.1)
    window = open_window(renderer)
    session = window.session
    assert session is not None

    with ModalCloser() as closer:
        qtbot.waitUntil(lambda: session.render_error is not None, timeout=WAIT_MS)
        qtbot.waitUntil(lambda: bool(closer.seen), timeout=WAIT_MS)

    assert closer.seen[0].title == "Part of the Article Cannot Be Shown"
    assert "took longer than 0.1 seconds" in closer.seen[0].text
    shown = window.article_view.sections_rendered()
    assert 1 <= shown < 3001
    assert "\nPart 1\n" in window.article_view.document().toPlainText()
    progress = window.findChild(QLabel, "progress-label")
    qtbot.waitUntil(lambda: "% through" in progress.text(), timeout=WAIT_MS)
    # The reader can still move through what is shown; nothing asks again.
    window.go_to_section_offset(1)
    assert session.render_error is not None


def test_find_on_an_article_still_rendering_searches_all_of_it(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window = open_window(ArticleRenderer(write_long_article(tmp_path)))
    assert window.article_view.sections_rendered() < SECTIONS
    activate(qtbot, window)

    window.actions_by_id[ActionId.FIND].trigger()
    qtbot.keyClicks(window.find_bar.line_edit, "second sign of part")
    qtbot.waitUntil(lambda: window.find_bar.count_label.text() != "", timeout=WAIT_MS)

    assert window.article_view.sections_rendered() == SECTIONS + 1
    assert window.find_bar.count_label.text().endswith(f"of {SECTIONS}")


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_a_second_tether_handing_over_the_same_article_does_not_wait_for_the_rest(
    open_window, tmp_path: Path
) -> None:
    path = write_long_article(tmp_path)
    window = open_window(ArticleRenderer(path))
    session = window.session
    assert session is not None

    show_handed_over(window, HandOver(path, "part-3"))

    assert window.session is session  # the same article: not opened again
    assert not session.article_so_far.complete
    assert window.article_view.current_section() == 3


def test_the_reflections_list_shows_a_sections_title_without_its_attribute_list_at_once(
    open_window, qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    path = write_long_article(tmp_path)
    text = path.read_text(encoding="utf-8").replace("## Part 90\n", "## Part 90 {#ninety}\n")
    path.write_text(text, encoding="utf-8")
    whole = load_article(path)
    section = whole.sections[whole.section_index("part-90-ninety") or 0]
    assert section.title == "Part 90"
    with Store.open_in(data_dir) as store:
        store.save_reflection(whole.id, section.id, "Words on part ninety.")

    window = open_window(ArticleRenderer(path))
    session = window.session
    assert session is not None
    # The outline comes from the parse: no draft title, even before the section is laid out.
    assert not session.article_so_far.complete
    assert session.reflections.section_title(section.id) == "Part 90"

    wait_until_whole(qtbot, window)

    assert session.reflections.section_title(section.id) == "Part 90"
    row = session.reflections.index(0, 0)
    assert "Part 90" in row.data(Role.SectionTitle)
    assert "{#ninety}" not in row.data(Qt.ItemDataRole.DisplayRole)
