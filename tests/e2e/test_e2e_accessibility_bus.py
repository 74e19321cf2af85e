"""What a screen reader finds through the desktop's accessibility bus (AT-SPI), for real.

The real ``tether`` runs on a virtual X screen (Xvfb) with a private D-Bus session and
its own AT-SPI bus (``at-spi-bus-launcher``), as under Orca; ``atspi_driver.py``, run by
the system Python with pyatspi, reads and works the tree as a screen reader would.

Needs the Debian packages xvfb, dbus-x11, at-spi2-core and python3-pyatspi
(``packaging/bootstrap test`` installs them). Without them the test is skipped, with the
reason, except under CI (``CI`` set), where that is a failure. About 8 s (10 s on one
busy CPU).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtGui

pytestmark = pytest.mark.e2e

DRIVER = Path(__file__).with_name("atspi_driver.py")
TETHER = Path(sys.executable).with_name("tether")
SYSTEM_PYTHON = Path("/usr/bin/python3")
BUS_LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
# Generous: a wait ends as soon as its condition holds, and CI machines are small and busy.
DEADLINE_S = 60.0
# Roles a reader moves to or works; each must say what it is. Containers (fillers,
# panels, the status bar) and scroll bars are read by their role and contents.
CONTROLS = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "entry",
    "combo box",
    "list",
    "list item",
    "tree",
    "tree table",
    "tree item",
    "table",
    "table cell",
    "table column header",
    "page tab",
    "link",
    "slider",
    "spin button",
    "menu item",
    "check menu item",
    "radio menu item",
    "image",
    "label",
    "unknown",
}

Node = dict[str, Any]
QT_ANNOUNCES = hasattr(QtGui, "QAccessibleAnnouncementEvent")

ARTICLE = """\
---
title: Read Aloud
language: en
---

Intro with [a link to the notes](#notes-on-reading) and [the project](https://example.org/).

## Notes on Reading

Signs of it:

- [ ] Reading slowly
- [ ] Reading twice
- [ ] Reading aloud
"""


def missing_tools() -> list[str]:
    """What this test needs that the system lacks."""
    missing = [tool for tool in ("Xvfb", "dbus-daemon") if shutil.which(tool) is None]
    if not BUS_LAUNCHER.is_file():
        missing.append(str(BUS_LAUNCHER))
    check = [str(SYSTEM_PYTHON), "-c", "import pyatspi"]
    if not SYSTEM_PYTHON.is_file() or subprocess.run(check, capture_output=True).returncode:
        missing.append("pyatspi for /usr/bin/python3")
    return missing


class Desktop:
    """An X screen, a D-Bus session and an AT-SPI bus; every process stopped at the end."""

    def __init__(self, tmp_path: Path, env: dict[str, str]) -> None:
        self.env = dict(env)
        self.tmp_path = tmp_path
        self.processes: list[subprocess.Popen[bytes]] = []

    def start(self, argv: list[str], **kwargs: Any) -> subprocess.Popen[bytes]:
        # Each in a process group of its own, so that what it starts stops with it.
        process = subprocess.Popen(argv, env=self.env, start_new_session=True, **kwargs)
        self.processes.append(process)
        return process

    def open(self) -> None:
        read, write = os.pipe()
        self.start(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as display:
            self.env["DISPLAY"] = ":" + display.readline().strip()
        bus = self.start(
            ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        assert bus.stdout is not None
        self.env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().decode().strip()
        self.start([str(BUS_LAUNCHER), "--launch-immediately"], stderr=subprocess.DEVNULL)

    def close(self) -> None:
        for process in reversed(self.processes):
            if process.stdout is not None:
                process.stdout.close()
            try:
                os.killpg(process.pid, signal.SIGTERM)
            except ProcessLookupError:
                continue
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()

    def driver(self, *args: str) -> Any:
        done = subprocess.run(
            [str(SYSTEM_PYTHON), str(DRIVER), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=DEADLINE_S,
            check=False,
        )
        assert done.returncode == 0, (args, done.stdout, done.stderr[-2000:])
        return json.loads(done.stdout)


@pytest.fixture
def desktop(tmp_path: Path, tether_env: dict[str, str]) -> Iterator[Desktop]:
    """A private desktop session with an accessibility bus, and Tether not yet started."""
    missing = missing_tools()
    if missing:
        message = "missing " + ", ".join(missing) + " (packaging/bootstrap test installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    desktop = Desktop(tmp_path, tether_env)
    try:
        desktop.open()
        yield desktop
    finally:
        desktop.close()


def wait_for(what: str, condition: Callable[[], Any]) -> Any:
    """Poll ``condition`` until it returns something true; fail after the deadline."""
    deadline = time.monotonic() + DEADLINE_S
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.1)
    pytest.fail(f"gave up waiting: {what}")


def ticked_signs(database: Path) -> set[str]:
    """The signs the data file holds as ticked (read-only, beside the running Tether)."""
    if not database.is_file():
        return set()
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        rows = connection.execute("SELECT sign_id FROM checkin_ticks WHERE ticked = 1")
        return {row[0] for row in rows}


def showing(tree: list[Node]) -> list[Node]:
    return [node for node in tree if "showing" in node["states"]]


def test_a_screen_reader_finds_names_ticks_signs_and_reaches_links(
    desktop: Desktop, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    article = tmp_path / "read-aloud.md"
    article.write_text(ARTICLE, encoding="utf-8")
    # English, whatever the machine's language: the names below are the English ones.
    desktop.env.update(LANGUAGE="en", LANG="C.UTF-8", LC_ALL="C.UTF-8")
    desktop.env.update(QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_QPA_PLATFORM="xcb")
    desktop.start(
        [str(TETHER), "--data-dir", str(data_dir), str(article)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # The window is described once its panels are filled.
    tree: list[Node] = wait_for(
        "the signs checklist on the bus",
        lambda: (
            (nodes := desktop.driver("walk"))
            and any(n["name"].endswith(", not ticked") for n in nodes)
            and nodes
        ),
    )

    unnamed = [n for n in showing(tree) if n["role"] in CONTROLS and not n["name"].strip()]
    assert unnamed == []
    numbered = [n for n in tree if n["role"] == "table column header" and n["name"].isdigit()]
    assert numbered == []

    # A sign ticks through its Toggle action, and the data file holds the tick.
    sign = next(n for n in showing(tree) if n["name"] == "Reading twice, not ticked")
    assert sign["role"] == "table cell"
    assert "Toggle" in sign["actions"]
    desktop.driver("act", "table cell", sign["name"], "Toggle")
    database = data_dir / "tether.sqlite3"
    first = wait_for("the tick in the data file", lambda: ticked_signs(database))
    ticked_name = sign["name"].removesuffix(", not ticked") + ", ticked"
    wait_for(
        "the ticked sign's new name",
        lambda: any(n["name"] == ticked_name for n in desktop.driver("walk")),
    )

    # The article's links and tick boxes are elements of their own, reachable and named.
    page = next(n for n in tree if n["name"] == "Links and tick boxes in the article")
    inside = [n for n in tree if n["path"][: len(page["path"])] == page["path"] and n != page]
    boxes = [n for n in inside if n["role"] == "check box"]
    links = [n for n in inside if n["role"] == "link"]
    assert [n["name"] for n in links] == ["a link to the notes", "the project"]
    assert [n["name"] for n in boxes] == ["Reading slowly", "Reading twice", "Reading aloud"]
    assert all(n["name"].strip() and "focusable" in n["states"] for n in boxes + links)
    box = next(n for n in showing(boxes) if "checked" not in n["states"])
    desktop.driver("act", "check box", box["name"], "Toggle")
    wait_for("a second tick in the data file", lambda: len(ticked_signs(database) - first) == 1)

    # The save state says what it shows once a reflection is saved.
    desktop.driver("type", "text", "Reflection on this section", "Read through a screen reader.")
    wait_for(
        "the save state saying Saved",
        lambda: any(
            n["role"] == "label" and n["name"].startswith("Saved ")
            for n in showing(desktop.driver("walk"))
        ),
    )

    # The find bar, opened from the toolbar, names its clear button too.
    desktop.driver("act", "push button", "Find", "Press")
    after = wait_for(
        "the find bar on show",
        lambda: (
            (nodes := desktop.driver("walk"))
            and any(n["name"] == "Find in article" and "showing" in n["states"] for n in nodes)
            and nodes
        ),
    )
    unnamed = [n for n in showing(after) if n["role"] in CONTROLS and not n["name"].strip()]
    assert unnamed == []
    assert any(n["name"] == "Clear search" for n in after)

    # The number of matches is announced (Qt 6.8 and later can announce).
    if QT_ANNOUNCES:
        heard = desktop.driver("hear", "text", "Find in article", "Reading")
        assert heard == ["1 of 4"]
