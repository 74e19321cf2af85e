"""Hatch build hook: compile the interface's translations (.ts) into catalogues (.qm).

The ``.ts`` files under ``resources/translations/`` are the source (written with
``pyside6-lupdate``, see ``packaging/translations``); the ``.qm`` files Qt loads are built
here, for wheels and editable installs alike, with the ``lrelease`` that ships in the
PySide6-Essentials wheel, and never committed. They land beside their ``.ts`` files, so
a source checkout (editable install) finds them where an installed wheel does.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _lrelease() -> list[str]:
    """The command that runs Qt's lrelease (the PySide6 wheel's own binary)."""
    try:
        import PySide6
    except ImportError as error:  # build requirements name it; say what is missing
        raise RuntimeError(
            "Building Tether needs PySide6-Essentials (its lrelease compiles the "
            "translations); install it, then build again."
        ) from error
    binary = Path(PySide6.__file__).parent / "lrelease"
    if not binary.exists():
        raise RuntimeError(f"PySide6 has no lrelease at {binary}; reinstall PySide6-Essentials.")
    return [str(binary)]


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
