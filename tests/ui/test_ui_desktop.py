"""The running window and the desktop: activation tokens, and files the system sends."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from pytestqt.qtbot import QtBot
from ui_helpers import TIMEOUT_MS

from tether.shell.desktop import FileOpenFilter
from tether.shell.handover import HandOver
from tether.shell.instance_window import show_handed_over

# The offscreen platform cannot stack windows; on a desktop raise() does.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise")

TOKEN = "XDG_ACTIVATION_TOKEN"
SENT = """\
# Sent by the Finder

## Only Part

Text.
"""


def test_the_launchers_token_is_set_while_the_window_asks_to_be_activated(
    open_window, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN, raising=False)
    window = open_window()
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized, timeout=TIMEOUT_MS)
    seen: list[str | None] = []
    activate = window.activateWindow  # Qt's own; the spy only notes what it would read

    def noting_activate() -> None:
        seen.append(os.environ.get(TOKEN))
        activate()

    monkeypatch.setattr(window, "activateWindow", noting_activate)

    show_handed_over(window, HandOver(activation_token="kwin-4711_ab.c"))

    assert seen == ["kwin-4711_ab.c"]
    qtbot.waitUntil(window.isActiveWindow, timeout=TIMEOUT_MS)
    # A token is good once, and nothing Tether starts afterwards should inherit it.
    assert TOKEN not in os.environ


def test_without_a_token_no_stale_one_is_presented(
    open_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    monkeypatch.setenv(TOKEN, "left-from-this-process-own-launch")
    seen: list[str | None] = []
    activate = window.activateWindow
    monkeypatch.setattr(
        window, "activateWindow", lambda: (seen.append(os.environ.get(TOKEN)), activate())
    )

    show_handed_over(window, HandOver())

    assert seen == [None]


def test_a_file_the_finder_sends_opens_like_a_hand_over(
    open_window, write_article: Callable[[str, str], Path]
) -> None:
    window = open_window()
    app = QCoreApplication.instance()
    assert app is not None
    finder = FileOpenFilter(lambda path: show_handed_over(window, HandOver(path)), window)
    app.installEventFilter(finder)
    path = write_article(SENT, "sent.md")

    accepted = QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))

    assert accepted
    assert window.session is not None
    assert window.session.article.title == "Sent by the Finder"
    assert window.isVisible()


def test_a_web_address_the_system_sends_is_left_alone(open_window) -> None:
    window = open_window()
    app = QCoreApplication.instance()
    assert app is not None
    assert window.session is not None
    before = window.session.article.title
    opened: list[Path] = []
    app.installEventFilter(FileOpenFilter(opened.append, window))

    QCoreApplication.sendEvent(app, QFileOpenEvent(QUrl("https://example.org/a.md")))

    assert opened == []
    assert window.session.article.title == before
