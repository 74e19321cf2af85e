"""The reader's place in a long article survives leaving it before it is fully rendered."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from pytestqt.qtbot import QtBot

from tether.content import ArticleRenderer, load_article
from tether.store import Store
from tether.ui.main_window import MainWindow

SECTIONS = 400
PLACE = 300  # index of the section the reader was in ("part-300")
WAIT_MS = 20_000


def write_long_article(folder: Path) -> Path:
    """An article of many sections of a few sentences each."""
    parts = ["---\ntitle: A Long Place\n---\n\nOpening words.\n"]
    for n in range(1, SECTIONS + 1):
        parts.append(f"## Part {n}\n\n" + f"What part {n} is about, in plain sentences. " * 6)
    path = folder / "long-place.md"
    path.write_text("\n".join(parts), encoding="utf-8")
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


def test_leaving_before_the_rest_is_rendered_keeps_the_exact_place(
    open_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    path = write_long_article(tmp_path)
    article_id = load_article(path).id
    window = open_window(ArticleRenderer(path), f"part-{PLACE}")
    wait_until_whole(qtbot, window)
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.value() + 40)  # a little way into the section
    window.save_position()
    with Store.open_in(data_dir) as store:
        place = store.position(article_id)
    assert place is not None
    assert place.section_id == f"part-{PLACE}"

    window = open_window(ArticleRenderer(path))  # starting again at that place
    qtbot.waitUntil(lambda: window.article_view.current_section() == PLACE, timeout=WAIT_MS)
    assert window.session is not None
    assert not window.session.article_so_far.complete
    window.save_position()  # switching article, quitting, or the window losing focus
    with Store.open_in(data_dir) as store:
        saved = store.position(article_id)

    assert saved is not None
    assert saved.section_id == f"part-{PLACE}"
    assert saved.scroll == place.scroll


def test_a_fraction_that_does_not_fit_its_section_lands_on_the_section(
    open_window: Callable[..., MainWindow], qtbot: QtBot, tmp_path: Path, data_dir: Path
) -> None:
    path = write_long_article(tmp_path)
    with Store.open_in(data_dir) as store:
        # A fraction from a page still being rendered: far below the section on the whole.
        store.save_position(load_article(path).id, str(path), f"part-{PLACE}", 0.99)

    window = open_window(ArticleRenderer(path))
    wait_until_whole(qtbot, window)
    qtbot.waitUntil(lambda: window.article_view.current_section() == PLACE, timeout=WAIT_MS)
