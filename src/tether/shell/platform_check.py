"""Before Qt opens a window: is there a display, and are the libraries Qt's X11 platform
loads installed?

Without a display (no ``DISPLAY``, no Wayland session: a console, an SSH login) Qt aborts
with a long message about platform plugins; Tether says in one line what is wrong.
Qt's xcb platform plugin needs a dozen small X11 libraries that a minimal Debian or
Ubuntu lacks. Without them Qt aborts with a generic "could not load the Qt platform
plugin" message; Tether instead names the Debian packages to install.

This module is also the one list of those libraries: ``packaging/bootstrap`` runs it as a
script (``python3 src/tether/shell/platform_check.py --missing-debian-packages``) before Tether
is installed, so it imports nothing but the standard library and ``tether.i18n`` (itself
standard library only), found beside it in the checkout when run as a script.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

if not __package__:  # a script of the checkout (packaging/bootstrap), Tether not installed
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tether.i18n import QT_TRANSLATE_NOOP, translate

# Shared library (its soname) -> the Debian package that provides it.
# Loaded by QtGui itself and by every platform, the offscreen one of the tests included.
# A Python that imported PySide6.QtGui has them already; bootstrap installs them first.
GUI_LIBRARIES: Mapping[str, str] = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
}

# Loaded only when Qt starts its X11 platform plugin (libqxcb.so and libQt6XcbQpa.so).
XCB_LIBRARIES: Mapping[str, str] = {
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
}


def library_loads(soname: str, search_dirs: Iterable[Path] = ()) -> bool:
    """Whether the dynamic linker can load ``soname`` (looked for first in ``search_dirs``).

    Loading is the real test: a library that is present but lacks one of its own
    dependencies fails here as it would fail for Qt.
    """
    import ctypes  # only on an X11 desktop, where the check runs

    name = soname
    for folder in search_dirs:
        if (folder / soname).is_file():
            name = str(folder / soname)
            break
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_packages(libraries: Mapping[str, str], search_dirs: Sequence[Path] = ()) -> list[str]:
    """The packages providing the ``libraries`` that do not load, in table order, once each."""
    missing: list[str] = []
    for soname, package in libraries.items():
        if package not in missing and not library_loads(soname, search_dirs):
            missing.append(package)
    return missing


def bundled_library_dirs() -> list[Path]:
    """Folders of a frozen (PyInstaller) Tether that carry their own copies of libraries."""
    bundle = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or bundle is None:
        return []
    return [Path(bundle), Path(bundle) / "PySide6" / "Qt" / "lib"]


def xcb_platform_expected(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt will start its X11 (xcb) platform plugin in this environment.

    Only on Linux; when ``QT_QPA_PLATFORM`` names xcb first, or when it is unset, an X
    display is set and the session is not Wayland (there Qt starts its Wayland plugin,
    which does not need these libraries).
    """
    if not platform.startswith("linux"):
        return False
    requested = environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if requested:
        return requested == "xcb"
    wayland = bool(environ.get("WAYLAND_DISPLAY")) or environ.get("XDG_SESSION_TYPE") == "wayland"
    return bool(environ.get("DISPLAY")) and not wayland


_NO_DISPLAY = QT_TRANSLATE_NOOP(
    "CommandLine",
    "no graphical display found (DISPLAY and WAYLAND_DISPLAY are not set); run Tether "
    "from a desktop session, or set QT_QPA_PLATFORM=offscreen for headless use.",
)
#: The message (in English) when there is no display to open a window on.
NO_DISPLAY = f"tether: {_NO_DISPLAY}"


def display_missing(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt would find no display to open a window on (Linux; never elsewhere).

    Only when nothing names a platform or a display: no ``QT_QPA_PLATFORM``, no X11
    ``DISPLAY``, no Wayland ``WAYLAND_DISPLAY``/``WAYLAND_SOCKET``, and no Wayland
    session whose default socket (``$XDG_RUNTIME_DIR/wayland-0``) Qt would use.
    """
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM", "").strip():
        return False
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET")):
        return False
    runtime = environ.get("XDG_RUNTIME_DIR")
    return not (runtime and os.path.exists(os.path.join(runtime, "wayland-0")))


def install_advice(packages: Sequence[str]) -> str:
    """What to tell a person whose system lacks ``packages``."""
    sonames = [name for name, package in XCB_LIBRARIES.items() if package in packages]
    advice = translate(
        "CommandLine",
        "Qt cannot open a window on this X11 display: some system libraries are missing.\n"
        "Tether needs these system packages: sudo apt-get install {packages}\n"
        "(On other Linux distributions, install the packages that provide {libraries}.)",
    )
    return "tether: " + advice.format(packages=" ".join(packages), libraries=", ".join(sonames))


def xcb_preflight(environ: Mapping[str, str] | None = None) -> str | None:
    """Check the X11 libraries before Qt needs them; a message naming packages, or None."""
    environ = os.environ if environ is None else environ
    if not xcb_platform_expected(environ):
        return None
    missing = missing_packages(XCB_LIBRARIES, bundled_library_dirs())
    return install_advice(missing) if missing else None


def preflight(environ: Mapping[str, str] | None = None) -> str | None:
    """What stops Qt from opening a window here, in words for the reader; None if nothing.

    No display at all, or (on X11) missing system libraries.
    """
    environ = os.environ if environ is None else environ
    if display_missing(environ):
        return f"tether: {translate('CommandLine', _NO_DISPLAY)}"
    return xcb_preflight(environ)


def main(argv: Sequence[str] | None = None) -> int:
    """List the Debian packages of the libraries Qt needs: all of them, or the missing."""
    parser = argparse.ArgumentParser(
        prog="platform_check",
        description="List the Debian packages of the system libraries Tether's Qt loads.",
    )
    choice = parser.add_mutually_exclusive_group(required=True)
    choice.add_argument("--debian-packages", action="store_true", help="all of them")
    choice.add_argument(
        "--missing-debian-packages", action="store_true", help="those not installed here"
    )
    args = parser.parse_args(argv)
    libraries = {**GUI_LIBRARIES, **XCB_LIBRARIES}
    if args.debian_packages:
        packages = list(dict.fromkeys(libraries.values()))
    elif sys.platform.startswith("linux"):
        packages = missing_packages(libraries)
    else:
        packages = []
    if packages:
        print(" ".join(packages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
