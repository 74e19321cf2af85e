"""Hatch build hook: compile the interface's translations (.ts) into catalogues (.qm).

The ``.ts`` files under ``resources/translations/`` are the source (written with
``pyside6-lupdate``, see ``packaging/translations``); the ``.qm`` files Qt loads are built
here, for wheels and editable installs alike, with the ``lrelease`` that ships in the
PySide6-Essentials wheel, and never committed. They land beside their ``.ts`` files, so
a source checkout (editable install) finds them where an installed wheel does.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    """The command that runs Qt's lrelease: the PySide6 wheel's own binary, else one on
    PATH (a PySide6 built against a system Qt, as in the Flatpak's BaseApp, has none
    of its own; the Qt SDK's is then `lrelease` or `lrelease-qt6`)."""
    try:
        import PySide6

        binary = Path(PySide6.__file__).parent / "lrelease"
        if binary.exists():
            return [str(binary)]
    except ImportError:
        pass
    for name in ("pyside6-lrelease", "lrelease-qt6", "lrelease"):
        if (found := shutil.which(name)) is not None:
            return [found]
    raise RuntimeError(
        "Building Tether needs Qt's lrelease to compile its translations: install "
        "PySide6-Essentials (it brings one), or Qt's tools, then build again."
    )


def compile_translations(folder: Path) -> list[Path]:
    """Compile every ``*.ts`` in ``folder`` into a ``.qm`` beside it; return the .qm files."""
    built = []
    for source in sorted(folder.glob("*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run(
            [*_lrelease(), "-silent", str(source), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


class TranslationsBuildHook(BuildHookInterface):  # type: ignore[type-arg]
    """Runs before the wheel (or the editable install) is assembled."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        """Compile the catalogues before the files are gathered: the wheel's mapping of
        ``resources`` to ``tether/resources`` (pyproject.toml) then carries them."""
        compile_translations(Path(self.root) / "resources" / "translations")
