"""What the running Tether does with an article another Tether handed over to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS, ModalCloser

from tether.shell.handover import HandOver, request_from
from tether.shell.instance_window import show_handed_over

# The offscreen platform cannot stack windows; on a desktop raise() does.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

OTHER = """\
# Handed Over

## Only Part

Text.
"""


def test_a_minimised_window_comes_back_and_is_activated(open_window, qtbot: QtBot) -> None:
    window = open_window()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=TIMEOUT_MS)

    show_handed_over(window, HandOver())

    qtbot.waitUntil(lambda: not window.isMinimized(), timeout=TIMEOUT_MS)
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)


def test_the_handed_over_article_opens_at_the_asked_section(
    open_window, write_article: Callable[[str, str], Path]
) -> None:
    window = open_window()
    path = write_article(OTHER, "handed.md")

    show_handed_over(window, HandOver(path, "only-part"))

    assert window.session is not None
    assert window.session.article.title == "Handed Over"
    assert window.reflections_dock.editor.section_id() == "only-part"


def test_a_handed_over_file_that_cannot_be_opened_is_explained_and_changes_nothing(
    open_window, tmp_path: Path
) -> None:
    window = open_window()
    assert window.session is not None
    before = window.session.article.title

    with ModalCloser() as closer:
        show_handed_over(window, HandOver(tmp_path / "missing.md"))

    assert [seen.title for seen in closer.seen] == ["Cannot Open Article"]
    assert window.session.article.title == before


@pytest.mark.parametrize(
    "line",
    [b"", b"not json", b"[1, 2]", b'{"article": 3}', b'{"section": ["x"]}', b"\xff\xfe"],
)
def test_anything_but_a_request_is_refused(line: bytes) -> None:
    assert HandOver.decode(line) is None


def test_a_request_travels_intact_and_relative_paths_become_absolute(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.chdir(tmp_path)
    request = request_from(Path("notes/ask.md"), "first")

    assert request.article == tmp_path / "notes" / "ask.md"
    assert HandOver.decode(request.encode().rstrip(b"\n")) == request
