"""Tether as the desktop knows it: one application id, Qt's own options, files the OS sends.

The desktop matches a window to its menu entry, icon and software-centre page by one
name. :data:`APP_ID` is that name everywhere: the ``.desktop`` file and the AppStream id
(``packaging/linux``, ``packaging/flatpak``), the icon, ``setDesktopFileName`` (Wayland's
app id, and the ``_GTK_APPLICATION_ID`` / ``_KDE_NET_WM_DESKTOP_FILE`` Qt sets on X11) and
the X11 ``WM_CLASS`` the desktop file's ``StartupWMClass`` names.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Mapping, MutableMapping, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent

# Reverse-DNS, as Flathub spells a GitHub home: github.com/tether-reader/tether (a hyphen
# becomes "_": D-Bus names, which Flatpak ids are, allow no hyphen).
APP_ID = "io.github.tether_reader.tether"
# Qt's X11 plugin names a window's WM_CLASS instance after this variable (ICCCM 4.1.2.5).
RESOURCE_NAME = "RESOURCE_NAME"


def name_x11_windows(environ: MutableMapping[str, str] = os.environ) -> None:
    """Give Tether's X11 windows :data:`APP_ID` as their WM_CLASS instance name.

    Call before the first window is made: Qt reads ``RESOURCE_NAME`` once, when it makes
    that window. Once the main window exists, :func:`forget_x11_name` takes the variable
    away again, so programs Tether starts (a browser for a link) do not inherit it. A
    ``RESOURCE_NAME`` the person set is theirs and stays.
    """
    environ.setdefault(RESOURCE_NAME, APP_ID)


def forget_x11_name(environ: MutableMapping[str, str] = os.environ) -> None:
    """Take back what :func:`name_x11_windows` set (Qt has read it by now)."""
    if environ.get(RESOURCE_NAME) == APP_ID:
        del environ[RESOURCE_NAME]


def qt_platform_option(arguments: Sequence[str], environ: Mapping[str, str]) -> dict[str, str]:
    """``environ`` as Qt will see it: ``-platform NAME`` on the command line wins over
    ``QT_QPA_PLATFORM``, so the check for a display asks about the platform Qt will load."""
    seen = dict(environ)
    for option, value in itertools.pairwise(arguments):
        if option in ("-platform", "--platform"):
            seen["QT_QPA_PLATFORM"] = value
    return seen


class FileOpenFilter(QObject):
    """Opens the files the system hands the application (macOS Finder: ``QFileOpenEvent``).

    On macOS a double-clicked document, or one dropped on the Dock icon, arrives as an
    event on the application rather than on the command line. ``open_file`` is given the
    path and treats it as the hand-over from a second ``tether`` would.
    """

    def __init__(self, open_file: Callable[[Path], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._open_file = open_file

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt: take a FileOpen event with a local file; anything else goes on."""
        if event.type() != QEvent.Type.FileOpen or not isinstance(event, QFileOpenEvent):
            return False
        name = event.file() or event.url().toLocalFile()
        if not name:
            return False  # a web address: nothing Tether opens
        self._open_file(Path(name))
        return True
