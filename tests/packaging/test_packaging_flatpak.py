"""The Flatpak manifest: its ids, its sandbox, the Python files it lists, the files it installs.

Building it needs flatpak-builder, the KDE runtime and the network; these tests check
what can be checked without: the manifest names the one application id, asks for no
network and no broad file access, lists every dependency with a checksum, and the files
its build commands install pass desktop-file-validate and appstreamcli.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tether.shell.desktop import APP_ID

ROOT = Path(__file__).resolve().parents[2]
FLATPAK = ROOT / "packaging" / "flatpak"
MANIFEST = FLATPAK / f"{APP_ID}.yml"
DEPS = FLATPAK / "python3-deps.json"
TIMEOUT_S = 60


def _manifest() -> dict[str, Any]:
    loaded = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _tether_module() -> dict[str, Any]:
    return next(m for m in _manifest()["modules"] if isinstance(m, dict) and m["name"] == "tether")


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install {package}; bootstrap test does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _run(*command: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, timeout=TIMEOUT_S
    )


def test_the_manifest_uses_the_application_id_and_the_pyside_base_app() -> None:
    manifest = _manifest()
    assert MANIFEST.stem == manifest["id"] == APP_ID
    assert manifest["base"] == "io.qt.PySide.BaseApp"
    assert manifest["runtime"] == "org.kde.Platform"
    # The base app is built for one runtime branch: the two must agree.
    assert manifest["base-version"] == manifest["runtime-version"]
    assert "/app/cleanup-BaseApp.sh" in manifest["cleanup-commands"]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert manifest["command"] in project["gui-scripts"]


def test_the_sandbox_has_no_network_and_no_broad_file_access() -> None:
    finish = _manifest()["finish-args"]
    assert not [arg for arg in finish if arg.startswith("--share=network")]
    broad = ("home", "host", "host-os", "host-etc", "/")
    filesystems = [a.split("=", 1)[1] for a in finish if a.startswith("--filesystem=")]
    assert not [f for f in filesystems if f.split(":")[0] in broad]
    assert all(f.endswith(":ro") for f in filesystems)
    assert {"--socket=wayland", "--socket=fallback-x11"} <= set(finish)


def test_every_python_file_is_listed_with_its_checksum_and_every_dependency_is_there() -> None:
    deps = json.loads(DEPS.read_text(encoding="utf-8"))
    assert "python3-deps.json" in _manifest()["modules"]
    pinned: dict[str, str] = {}
    for module in deps["modules"]:
        for source in module["sources"]:
            assert source["url"].startswith("https://files.pythonhosted.org/"), source
            assert re.fullmatch(r"[0-9a-f]{64}", source["sha256"]), source
        for command in module["build-commands"]:
            assert "--no-index" in command
            pinned |= dict(re.findall(r'"([\w.-]+)==([\w.]+)"', command))
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for text in project["dependencies"]:
        requirement = Requirement(text)
        name = canonicalize_name(requirement.name)
        if name.startswith("pyside6"):
            continue  # the PySide BaseApp brings it
        assert name in pinned, f"{name} is missing: run packaging/flatpak/python-deps.py"
        assert requirement.specifier.contains(pinned[name]), (name, pinned[name])


def test_the_files_the_manifest_installs_pass_the_validators(tmp_path: Path) -> None:
    module = _tether_module()
    dest = tmp_path / "usr"  # /app in the sandbox: validate-tree looks under usr/share
    env = {**os.environ, "FLATPAK_ID": APP_ID, "FLATPAK_DEST": str(dest)}
    for command in module["build-commands"]:
        if command.startswith("pip3 "):
            continue  # Tether itself: the wheel is checked by test_packaging_wheel
        subprocess.run(["bash", "-c", command], cwd=ROOT, env=env, check=True, timeout=TIMEOUT_S)

    share = dest / "share"
    desktop = share / "applications" / f"{APP_ID}.desktop"
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons" / "hicolor" / "128x128" / "apps" / f"{APP_ID}.png").is_file()
    validated = _run(_tool("desktop-file-validate", "desktop-file-utils"), desktop)
    assert validated.returncode == 0, validated.stdout + validated.stderr
    appstreamcli = _tool("appstreamcli", "appstream")
    tree = _run(appstreamcli, "validate-tree", "--no-net", "--pedantic", tmp_path)
    assert tree.returncode == 0, tree.stdout + tree.stderr
    assert "Validation was successful." in tree.stdout
