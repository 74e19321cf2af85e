#!/usr/bin/env python3
"""Write python3-deps.json: the Python packages Tether's Flatpak installs, with checksums.

Flatpak builds without the network, so every file the build needs is listed with its
address and sha256 beforehand; flatpak-builder downloads and checks them. This lists
Tether's dependencies (PySide6 excepted: the PySide BaseApp brings it), pinned to the
versions installed in the Python that runs this script (the project's .venv, which the
tests ran with), as wheels for the runtime's Python on each architecture Flathub builds.
The build backend (hatchling and what it needs) is a second module, removed after the
build.

    .venv/bin/python packaging/flatpak/python-deps.py     # after changing a dependency

It asks the package index pip is configured with (pip's --dry-run --report: addresses and
checksums, nothing installed) and needs the network for that, once.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
import tempfile
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

HERE = Path(__file__).resolve().parent
OUT = HERE / "python3-deps.json"
PROJECT = "tether-reader"
BUILD_BACKEND = "hatchling"
# Provided by io.qt.PySide.BaseApp, built against the runtime's own Qt.
FROM_BASEAPP = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6"}
# org.kde.Platform 6.11 is built on freedesktop SDK 25.08, whose Python is 3.13.
PYTHON_VERSION = "3.13"
ARCHES = ("x86_64", "aarch64")
PIP_INSTALL = (
    'pip3 install --no-index --find-links="file://${PWD}" --prefix=${FLATPAK_DEST} '
    "--no-build-isolation --no-deps"
)


def pinned_closure(root: str) -> dict[str, str]:
    """``root``'s run-time requirements, recursively, at their installed versions."""
    found: dict[str, str] = {}
    todo = [root]
    while todo:
        dist = distribution(todo.pop())
        for text in dist.requires or []:
            requirement = Requirement(text)
            if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
                continue
            name = canonicalize_name(requirement.name)
            if name in FROM_BASEAPP or name in found:
                continue
            try:
                found[name] = distribution(name).version
            except PackageNotFoundError:
                sys.exit(f"python-deps: {name} is not installed here: install the project first")
            todo.append(name)
    return found


def wheels_for(pins: dict[str, str], arch: str) -> dict[str, tuple[str, str]]:
    """file name -> (address, sha256) of the wheel pip would pick for ``arch``."""
    platforms = [f"manylinux_2_{minor}_{arch}" for minor in (28, 17)] + [
        f"manylinux2014_{arch}",
        "any",
    ]
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.json"
        command = [
            sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed",
            "--no-deps", "--only-binary=:all:", "--quiet", "--report", str(report),
            "--target", str(Path(scratch) / "target"), "--python-version", PYTHON_VERSION,
            "--implementation", "cp", "--abi", f"cp{PYTHON_VERSION.replace('.', '')}",
            "--abi", "abi3", "--abi", "none",
            *(option for platform in platforms for option in ("--platform", platform)),
            *(f"{name}=={version}" for name, version in sorted(pins.items())),
        ]  # fmt: skip
        subprocess.run(command, check=True)
        installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    wheels = {}
    for item in installs:
        url = item["download_info"]["url"]
        filename = url.rsplit("/", 1)[1]
        hashes = item["download_info"].get("archive_info", {}).get("hashes", {})
        if url.startswith("file:"):  # a local mirror of PyPI: the same file, by PyPI's address
            local = Path(url2pathname(urlsplit(url).path))
            sha256 = hashes.get("sha256") or hashlib.sha256(local.read_bytes()).hexdigest()
            url = pypi_address(item["metadata"]["name"], filename)
        else:
            sha256 = hashes["sha256"]
        wheels[filename] = (url, sha256)
    return wheels


def pypi_address(project: str, filename: str) -> str:
    """PyPI's stable address of a wheel (it redirects to where the file is stored)."""
    python_tag = filename.removesuffix(".whl").split("-")[-3]
    name = canonicalize_name(project)
    return f"https://files.pythonhosted.org/packages/{python_tag}/{name[0]}/{name}/{filename}"


def module(name: str, pins: dict[str, str]) -> dict[str, object]:
    """A flatpak-builder module installing ``pins`` from their listed wheels."""
    per_arch = {arch: wheels_for(pins, arch) for arch in ARCHES}
    sources: list[dict[str, object]] = []
    for filename in sorted({name for wheels in per_arch.values() for name in wheels}):
        arches = [arch for arch in ARCHES if filename in per_arch[arch]]
        url, sha256 = next(per_arch[arch][filename] for arch in arches)
        source: dict[str, object] = {"type": "file", "url": url, "sha256": sha256}
        if arches != list(ARCHES):
            source["only-arches"] = arches
        sources.append(source)
    requirements = " ".join(f'"{n}=={v}"' for n, v in sorted(pins.items()))
    return {
        "name": name,
        "buildsystem": "simple",
        "build-commands": [f"{PIP_INSTALL} {requirements}"],
        "sources": sources,
    }


def main() -> int:
    """Write python3-deps.json next to this script."""
    runtime = pinned_closure(PROJECT)
    backend = {canonicalize_name(BUILD_BACKEND): distribution(BUILD_BACKEND).version}
    backend |= pinned_closure(BUILD_BACKEND)
    build_only = module("python3-build-backend", backend)
    build_only["cleanup"] = ["*"]  # only needed to build Tether's wheel
    manifest = {
        "name": "python3-deps",
        "buildsystem": "simple",
        "build-commands": [],
        "modules": [module("python3-tether-requirements", runtime), build_only],
    }
    text = json.dumps(manifest, indent=2) + "\n"
    OUT.write_text(re.sub(r"\n\s*\n", "\n", text), encoding="utf-8")
    print(f"python-deps: wrote {OUT.name}: {', '.join(sorted(runtime))}; build: {BUILD_BACKEND}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
