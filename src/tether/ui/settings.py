"""Preferences and window state in QSettings; the reader's own data never goes here."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import NamedTuple, TextIO

from PySide6.QtCore import QByteArray, QSettings

from tether.fs import NotAFileError, check_regular
from tether.i18n import translate
from tether.look.fonts import READING_FAMILY

SETTINGS_FILE = "settings.ini"
_ORGANISATION = "Tether"
_APPLICATION = "Tether"
_PREFERENCES = "preferences"
_WINDOW = "window"


class Option(NamedTuple):
    """A preference, declared once with its type, default and (for numbers) range."""

    key: str
    default: str | int
    minimum: int | None = None
    maximum: int | None = None


THEME = Option("theme", "system")
FONT_FAMILY = Option("font_family", READING_FAMILY)
FONT_PX = Option("font_px", 18, minimum=12, maximum=48)
# Characters per line: below about 55 the eye jumps back too often, above 80 it loses
# its place on the way back to the next line.
MEASURE = Option("measure", 66, minimum=55, maximum=80)
# The screen the room sees when presenting, by name (empty: any screen but the reader's).
PRESENT_SCREEN = Option("present_screen", "")
# View › Show Speaker Notes: the article's "Note:" quotes on the reader's page (0 or 1).
SHOW_SPEAKER_NOTES = Option("show_speaker_notes", 0, minimum=0, maximum=1)
# The interface language: "system" (the desktop's) or a code of tether.i18n.LANGUAGES.
# Read once at start-up (tether.i18n.install), so a change shows at the next start.
LANGUAGE = Option("language", "system")
# The Library's order, by the name of a tether.models.library_order.Order.
LIBRARY_ORDER = Option("library_order", "RECENT")


def open_settings(data_dir_override: Path | None, stderr: TextIO | None = None) -> QSettings:
    """The settings file: inside the data folder when one was given, else the user's.

    QSettings opens the file itself, and a named pipe there would hang Tether's start
    (a device or a folder would not be settings either). So the file is checked first;
    if it is not a regular file, Tether starts with its default settings, kept in memory
    only, and says so on ``stderr``; the file is neither read, replaced nor removed.
    A settings file in the data folder that is a symbolic link is treated the same way
    (QSettings would rewrite the link's target); :func:`settings_link_problem` gives the
    sentence to tell the reader.
    """
    if data_dir_override is not None:
        path = data_dir_override / SETTINGS_FILE
        if os.path.islink(path):
            # QSettings would rewrite the link's target: settings_link_problem() says so.
            return _in_memory()
        if _usable(path, stderr):
            return QSettings(str(path), QSettings.Format.IniFormat)
        return _in_memory()
    # The scoped settings also read the organisation's file beside the application's.
    app_file = _user_settings_folder() / _ORGANISATION / f"{_APPLICATION}.ini"
    if _usable(app_file, stderr) and _usable(app_file.parent.with_suffix(".ini"), stderr):
        return QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, _ORGANISATION, _APPLICATION
        )
    return _in_memory()


def _usable(path: Path, stderr: TextIO | None) -> bool:
    """False (and a sentence on ``stderr``) if ``path`` is there but is no regular file."""
    try:
        check_regular(path)
    except (NotAFileError, IsADirectoryError):
        message = translate(
            "Settings",
            "the settings file {path} is not an ordinary file (it is a folder, a named "
            "pipe, a device or a socket), so Tether does not read it. Tether starts with "
            "its default settings and will not save changes to them; rename or remove "
            "{path} to let Tether keep its settings again.",
        )
        print(f"tether: {message.format(path=path)}", file=stderr or sys.stderr)
        return False
    except OSError:
        pass  # missing (made on the first save) or unreadable (QSettings reports that)
    return True


def _user_settings_folder() -> Path:
    """Where QSettings keeps user-scope INI files on this system, found without reading.

    Asked of a QSettings for a name no file has, so no settings file is opened.
    """
    probe = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "tether-settings-probe", "probe"
    )
    return Path(probe.fileName()).parent.parent


def _in_memory() -> QSettings:
    """Settings that live in memory only: the file's folder is a device, never a folder.

    Qt can neither read nor create a file under ``/dev/null``, so every value set is
    kept for this run and none is written anywhere.
    """
    return QSettings(str(Path(os.devnull) / SETTINGS_FILE), QSettings.Format.IniFormat)


def settings_link_problem(data_dir_override: Path | None) -> str | None:
    """What to tell the reader when the data folder's settings file is a link; else None."""
    if data_dir_override is None:
        return None
    path = data_dir_override / SETTINGS_FILE
    try:
        target = os.readlink(path)
    except OSError:
        return None  # not a link (or gone): nothing to say
    return translate(
        "Settings",
        "{path} is a symbolic link to {target}. Tether never writes through links "
        "inside its data folder, so it starts with the default settings and will not "
        "save any change to them. To keep your settings, replace the link with the "
        "file itself (for example, move {target} to {path}) and start Tether again.",
    ).format(path=path, target=target)


class UiSettings:
    """Typed access to the two groups: preferences, and the window's saved state."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    @property
    def qsettings(self) -> QSettings:
        """The settings file itself, for parts that keep their own keys (Open Recent)."""
        return self._settings

    def preference(self, option: Option) -> str | int:
        """A preference's value, or its default if unset or unreadable; numbers are kept
        within the option's range, whatever the file says."""
        value = self._settings.value(f"{_PREFERENCES}/{option.key}", option.default)
        if isinstance(option.default, int):
            try:
                number = int(str(value))
            except (TypeError, ValueError):
                return option.default
            if option.minimum is not None:
                number = max(option.minimum, number)
            if option.maximum is not None:
                number = min(option.maximum, number)
            return number
        return str(value)

    def set_preference(self, option: Option, value: str | int) -> None:
        """Store a preference; a value equal to the default is removed, not written."""
        key = f"{_PREFERENCES}/{option.key}"
        if value == option.default:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)

    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The saved geometry and dock layout, if there are any."""
        geometry = self._settings.value(f"{_WINDOW}/geometry")
        state = self._settings.value(f"{_WINDOW}/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def panel_closed(self, name: str) -> bool:
        """Whether the reader closed the panel ``name`` themselves (and has not reopened it)."""
        return str(self._settings.value(f"{_WINDOW}/{name}_closed", "false")).lower() == "true"

    def set_panel_closed(self, name: str, closed: bool) -> None:
        """Remember that the reader closed (or reopened) the panel ``name``."""
        if closed:
            self._settings.setValue(f"{_WINDOW}/{name}_closed", True)
        else:
            self._settings.remove(f"{_WINDOW}/{name}_closed")

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the window's geometry and dock layout for the next start."""
        self._settings.setValue(f"{_WINDOW}/geometry", geometry)
        self._settings.setValue(f"{_WINDOW}/state", state)
        self._settings.sync()
