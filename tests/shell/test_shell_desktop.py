"""The process-level pieces of Tether's desktop identity: no window needed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tether.shell.desktop import (
    APP_ID,
    RESOURCE_NAME,
    forget_x11_name,
    name_x11_windows,
    qt_platform_option,
)
from tether.shell.handover import HandOver, launch_token, request_from, server_name


def test_the_x11_instance_name_is_lent_until_the_window_exists_and_then_taken_back() -> None:
    environ: dict[str, str] = {}
    name_x11_windows(environ)
    assert environ == {RESOURCE_NAME: APP_ID}
    forget_x11_name(environ)
    assert environ == {}


def test_a_resource_name_the_person_set_is_kept() -> None:
    environ = {RESOURCE_NAME: "my-tether"}
    name_x11_windows(environ)
    forget_x11_name(environ)
    assert environ == {RESOURCE_NAME: "my-tether"}


def test_the_display_check_looks_at_the_platform_the_command_line_asks_for() -> None:
    seen = qt_platform_option(["-platform", "offscreen", "a.md"], {"QT_QPA_PLATFORM": "xcb"})
    assert seen["QT_QPA_PLATFORM"] == "offscreen"
    assert qt_platform_option(["a.md"], {"QT_QPA_PLATFORM": "xcb"})["QT_QPA_PLATFORM"] == "xcb"


def test_the_wayland_token_is_preferred_and_the_startup_id_is_the_fallback() -> None:
    both = {"XDG_ACTIVATION_TOKEN": "wayland-1", "DESKTOP_STARTUP_ID": "startup-2"}
    assert launch_token(both) == "wayland-1"
    assert launch_token({"DESKTOP_STARTUP_ID": "startup-2"}) == "startup-2"
    assert launch_token({"XDG_ACTIVATION_TOKEN": ""}) is None
    assert launch_token({}) is None


def test_something_that_cannot_be_a_token_is_not_passed_on() -> None:
    assert launch_token({"XDG_ACTIVATION_TOKEN": "two\nlines"}) is None
    assert launch_token({"XDG_ACTIVATION_TOKEN": "x" * 10_000}) is None
    line = b'{"article": null, "section": null, "token": "bad\\u0007bell"}'
    assert HandOver.decode(line) == HandOver()
    assert HandOver.decode(b'{"token": 42}') is None


def test_the_token_travels_with_the_request() -> None:
    request = request_from(None, "first", "kwin-4711_ab.c")
    assert HandOver.decode(request.encode().rstrip(b"\n")) == request
    # A request from an older Tether, without a token, is still one.
    assert HandOver.decode(b'{"article": null, "section": "first"}') == HandOver(None, "first")


def test_in_a_flatpak_the_socket_is_in_the_folder_every_copy_of_the_app_shares(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A socket's path must be short; the test's folder is long, so it is named relatively.
    monkeypatch.chdir(tmp_path)
    runtime = Path("r")
    shared = runtime / "app" / APP_ID
    shared.mkdir(parents=True)
    for folder in (runtime, runtime / "app", shared):
        folder.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("FLATPAK_ID", APP_ID)

    assert Path(server_name(tmp_path / "data")).parent == shared

    monkeypatch.delenv("FLATPAK_ID")
    assert Path(server_name(tmp_path / "data")).parent == runtime
