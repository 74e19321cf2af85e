"""A settings file in the data folder that is a symbolic link is neither read nor written.

QSettings would rewrite the link's target (a file outside the data folder). Tether
starts with the default settings instead, keeps changes for the session, saves
nothing, and says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray

from outside_helpers import look, outside_file
from tether.shell.keeper import make_settings_private
from tether.ui.settings import (
    FONT_PX,
    SETTINGS_FILE,
    THEME,
    UiSettings,
    open_settings,
    settings_link_problem,
)


def test_a_linked_settings_file_gives_defaults_keeps_changes_in_memory_and_writes_nothing(
    tmp_path: Path,
) -> None:
    outside = tmp_path / "outside"
    target = outside_file(outside, "tether.ini", b"[preferences]\nfont_px=30\ntheme=dark\n")
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    link = data_dir / SETTINGS_FILE
    link.symlink_to(target)
    before, own_before = look(outside), look(data_dir)

    qsettings = open_settings(data_dir)
    make_settings_private(qsettings)
    settings = UiSettings(qsettings)
    defaults = (settings.preference(FONT_PX), settings.preference(THEME))
    settings.set_preference(FONT_PX, 24)
    settings.save_window_state(QByteArray(b"geometry"), QByteArray(b"state"))
    changed = settings.preference(FONT_PX)
    del settings, qsettings  # QSettings also writes when it goes away

    assert defaults == (FONT_PX.default, THEME.default)
    assert changed == 24
    assert look(outside) == before
    assert look(data_dir) == own_before
    problem = settings_link_problem(data_dir)
    assert problem is not None
    assert f"{link} is a symbolic link to {target}" in problem
    assert "will not save" in problem


def test_a_real_settings_file_is_used_and_nothing_is_said(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir(mode=0o700)
    (data_dir / SETTINGS_FILE).write_text("[preferences]\nfont_px=30\n")

    settings = UiSettings(open_settings(data_dir))

    assert settings.preference(FONT_PX) == 30
    assert settings_link_problem(data_dir) is None
