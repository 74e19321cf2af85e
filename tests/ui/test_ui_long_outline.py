"""A long file's outline arrives after its first screen (issue 14): the Sections panel,
the section count and the signs of later sections follow in idle time, with exactly the
ids a parse of the whole file gives, and a place far in is opened where it is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tether.content import ArticleRenderer, load_article
from tether.content.plan import FIRST_PART_SIZE
from tether.models import Role
from tether.store import Store
from tether.ui.main_window import MainWindow

SECTIONS = 700
WAIT_MS = 30_000


def write_long_file(folder: Path, opening: str = "Opening words.\n", end: str = "") -> Path:
    """A file long enough that its outline is read a part at a time."""
    parts = [f"---\ntitle: A Longer Read\n---\n\n{opening}"]
    for n in range(1, SECTIONS + 1):
        parts.append(
            f"## Part {n}\n\n"
            + f"What part {n} is about, in a few plain sentences. " * 3
            + f"\n\nSigns of part {n}:\n\n- [ ] first sign of part {n}\n"
            + f"- [ ] second sign of part {n}\n"
        )
    path = folder / "longer-read.md"
    path.write_text("\n".join(parts) + end, encoding="utf-8")
    assert path.stat().st_size > 4 * FIRST_PART_SIZE
    return path


def wait_until_whole(qtbot: QtBot, window: MainWindow) -> None:
    session, view = window.session, window.article_view
    assert session is not None
    qtbot.waitUntil(
        lambda: (
            session.article_so_far.complete
            and view.sections_rendered() == len(session.article_so_far.sections)
        ),
        timeout=WAIT_MS,
    )


def test_the_sections_panel_and_the_count_grow_to_the_whole_outline_after_the_first_screen(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_long_file(tmp_path)
    whole = load_article(path)
    window = open_window(ArticleRenderer(path))
    session = window.session
    assert session is not None
    rows = window.sections_dock.view.model().rowCount
    assert 3 <= rows() < SECTIONS  # the first part's sections, at the first paint
    position = window.findChild(QLabel, "position-label")
    progress = window.findChild(QLabel, "progress-label")
    # No count that is about to change: "Section 1 · Introduction", "0 sections read".
    assert (position.text(), progress.text()) == (
        "Section 1 · Introduction",
        "Opening… · 0 sections read",
    )

    qtbot.waitUntil(lambda: rows() == SECTIONS + 1, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: f"of {SECTIONS + 1}" in position.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: f"of {SECTIONS + 1} sections read" in progress.text())
    wait_until_whole(qtbot, window)

    assert session.article_so_far == whole
    model = window.sections_dock.view.model()
    ids = [model.index(row, 0).data(Role.SectionId) for row in range(model.rowCount())]
    assert ids == [section.id for section in whole.sections]
    assert session.signs.rowCount() == len(whole.sign_groups)
    plain = window.article_view.document().toPlainText()
    assert plain.index("\nPart 9\n") < plain.index("\nPart 10\n") < plain.index("\nPart 700\n")


def test_a_section_far_into_the_file_is_opened_at_once_where_it_is(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    path = write_long_file(tmp_path)

    window = open_window(ArticleRenderer(path), "part-650")

    # The outline was read as far as the section before the first paint.
    assert window.article_view.sections_rendered() > 650
    qtbot.waitUntil(lambda: window.article_view.current_section() == 650, timeout=WAIT_MS)
    assert "Part 650" in window.findChild(QLabel, "position-label").text()


def test_what_the_reader_left_in_later_sections_is_theirs_once_the_outline_is_whole(
    open_window, qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    path = write_long_file(tmp_path)
    whole = load_article(path)
    with Store.open_in(data_dir) as store:
        store.save_reflection(whole.id, "part-690", "What part 690 brought up.")
        store.mark_section_read(whole.id, "part-680")
        store.set_tick(whole.id, whole.signs[-1].id, True)

    window = open_window(ArticleRenderer(path))
    session = window.session
    assert session is not None
    # Not read whole before the first paint for them: they are today's ids, checked
    # once the outline is whole, and nothing needs opening again.
    assert session.article_so_far.outline_pending
    wait_until_whole(qtbot, window)

    assert window.session is session
    assert session.reflections.section_title("part-690") == "Part 690"
    assert session.sections.is_read("part-680")
    assert session.signs.is_ticked(whole.signs[-1].id)


def test_a_link_guessed_wrong_from_the_rest_of_the_file_is_read_again_whole(
    open_window, qtbot: QtBot, tmp_path: Path
) -> None:
    # "[later]: …" looks like a definition, but it is inside fenced code at the end.
    fence = "\n```text\ncode\n\n[later]: https://example.org/not-a-link\n```\n"
    path = write_long_file(tmp_path, "See [later] here.\n", fence)
    window = open_window(ArticleRenderer(path))
    first = window.session

    qtbot.waitUntil(lambda: window.session is not first, timeout=WAIT_MS)
    wait_until_whole(qtbot, window)

    assert window.session is not None
    assert window.session.article_so_far == load_article(path)
    assert "See [later] here." in window.article_view.document().toPlainText()
