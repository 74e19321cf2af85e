"""Run a presentation scenario on several offscreen screens and report what happened.

Started by the screen tests in a subprocess, because the test process's Qt already has
its one offscreen screen:

    QT_QPA_PLATFORM=offscreen:configfile=screens.json python present_driver.py scenario.json

The scenario names a data folder, where the main window is, and steps: ``["start"]``
(F5 in the main window), ``["key", "PageDown"]``, ``["click", "swap-button"]``,
``["screens", [...]]`` (plug and unplug), ``["observe"]``. It prints one JSON object:
a snapshot per ``observe`` and every moment the audience window was visible on a screen.
It builds the real main window, store and presentation mode, as ``tether`` does.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from offscreen_screens import OffscreenScreens
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QPushButton, QWidget

from tether.bundled import bundled_article_path
from tether.content import TICKED_GLYPH, load_article
from tether.look.fonts import register_bundled_fonts
from tether.present import PresentationController
from tether.shell.window import Features, build_window
from tether.store import Store
from tether.ui.settings import UiSettings

SECRET = "MY PRIVATE REFLECTION about my father"


class AudienceWatch(QObject):
    """Notes every screen the audience window is visible on, whenever it is shown or moved."""

    def __init__(self, controller: PresentationController) -> None:
        super().__init__()
        self.controller = controller
        self.seen: list[str] = []

    def note(self) -> None:
        audience = self.controller.audience
        if audience is not None and audience.isVisible():
            name = audience.screen().name()
            if not self.seen or self.seen[-1] != name:
                self.seen.append(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.controller.audience and event.type() in (
            QEvent.Type.Show,
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.ScreenChangeInternal,
        ):
            self.note()
        return False


def texts(widget: QWidget) -> list[str]:
    found = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if isinstance(child, (QLabel, QAbstractButton)):
            found.append(child.text())
    found += [document.toPlainText() for document in widget.findChildren(QTextDocument)]
    return found


def window_info(widget: QWidget | None) -> dict[str, Any] | None:
    if widget is None:
        return None
    geometry = widget.geometry()
    return {
        "visible": widget.isVisible(),
        "full_screen": widget.isFullScreen(),
        "screen": widget.screen().name(),
        "geometry": [geometry.x(), geometry.y(), geometry.width(), geometry.height()],
    }


def snapshot(controller: PresentationController) -> dict[str, Any]:
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    console = controller.console
    banner = console.banner_text.text() if console and console.banner.isVisible() else ""
    buttons = (
        [b.objectName() for b in console.banner.findChildren(QPushButton)]
        if console and console.banner.isVisible()
        else []
    )
    talk = controller.talk
    return {
        "presenting": controller.presenting,
        "audience": window_info(controller.audience),
        "console": window_info(console),
        "main_visible": controller.window.isVisible(),
        "banner": banner,
        "banner_buttons": buttons,
        "place": [talk.deck.place.section, talk.deck.place.page] if talk else None,
        "visible_windows": [[w.objectName(), w.screen().name()] for w in visible],
        "private_text_visible": any(
            SECRET in text or TICKED_GLYPH in text for w in visible for text in texts(w)
        ),
        "screens": [screen.name() for screen in QGuiApplication.screens()],
        "elapsed_running": controller.timer.running,
    }


def main() -> int:
    scenario = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    app = QApplication([sys.argv[0]])
    register_bundled_fonts()
    data_dir = Path(scenario["data_dir"])
    article = load_article(bundled_article_path())
    store = Store.open_in(data_dir / "data")
    for section in article.sections:
        store.save_reflection(article.id, section.id, SECRET)
    for sign in article.signs:
        store.set_tick(article.id, sign.id, True)
    qsettings = QSettings(str(data_dir / "settings.ini"), QSettings.Format.IniFormat)
    settings = UiSettings(qsettings)
    window = build_window(store, settings, features=Features(present=False)).main
    window.show_article(article, scenario.get("section"))
    main_screen = scenario.get("main_screen")
    for screen in QGuiApplication.screens():
        if screen.name() == main_screen:
            # A window the reader moved to another screen: no longer the first run's
            # maximised window, which stays on the screen it opened on.
            window.setWindowState(Qt.WindowState.WindowNoState)
            window.move(screen.geometry().topLeft())
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()  # the page is laid out, as it is long before anyone presses F5
    controller = PresentationController(window, settings, screen_choice=scenario.get("choice"))
    watch = AudienceWatch(controller)
    app.installEventFilter(watch)
    screens = OffscreenScreens()
    report: dict[str, Any] = {"snapshots": [], "main_screen": window.screen().name()}
    for step in scenario["steps"]:
        kind = step[0]
        if kind == "start":
            window.activateWindow()
            QTest.keyClick(window, Qt.Key.Key_F5)
        elif kind == "key":
            target = (
                controller.console
                if controller.console and controller.console.isVisible()
                else None
            )
            target = target or controller.audience
            assert target is not None, "not presenting"
            QTest.keyClick(target, getattr(Qt.Key, f"Key_{step[1]}"))
        elif kind == "click":
            assert controller.console is not None
            button = controller.console.findChild(QPushButton, step[1])
            assert button is not None, f"no button {step[1]}"
            button.click()
        elif kind == "screens":
            screens.set_screens(step[1])
        elif kind == "observe":
            app.processEvents()
            report["snapshots"].append(snapshot(controller))
        app.processEvents()
        watch.note()
    report["audience_seen_on"] = watch.seen
    report["remembered_screen"] = str(qsettings.value("preferences/present_screen", ""))
    controller.stop()
    window.close()
    store.close()
    print(json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
