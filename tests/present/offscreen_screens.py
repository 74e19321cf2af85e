"""Plug and unplug screens of Qt's offscreen platform while the application runs.

The offscreen plugin reads its screens from a JSON file at start
(``QT_QPA_PLATFORM=offscreen:configfile=screens.json``) and can be given a new list at
run time through its native interface's ``setConfiguration`` function; screens that
disappear from the list are removed exactly as a real unplug is reported (QScreen
removed, ``screenRemoved`` emitted, windows moved to another screen). PySide6 does not
wrap that interface, so this calls it through ctypes: Qt's exported functions give the
interface, its virtual ``nativeResourceFunctionForIntegration`` (found by comparing the
object's vtable with the base class's exported one), a QByteArray and a QJsonObject.
For tests on Linux x86-64 (the calling convention used for Qt's by-value returns is
that platform's) with the offscreen platform.
"""

from __future__ import annotations

import ctypes
import json
import platform
from pathlib import Path
from typing import Any

import PySide6

_P = ctypes.c_void_p
_QT_LIB = Path(PySide6.__file__).parent / "Qt" / "lib"
# Scratch space for Qt value objects built in place (QByteArray is 24 bytes, the rest 8).
_OBJECT_BYTES = 64


def screen(name: str, x: int, y: int, width: int, height: int) -> dict[str, Any]:
    """One screen of an offscreen configuration, at 96 dpi and a device pixel ratio of 1."""
    return {
        "name": name,
        "x": x,
        "y": y,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }


def write_config(path: Path, screens: list[dict[str, Any]]) -> Path:
    """Write an offscreen configuration file with these screens."""
    path.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    return path


class OffscreenScreens:
    """Sets the offscreen platform's screens while the QGuiApplication runs."""

    def __init__(self) -> None:
        if platform.machine() != "x86_64":
            raise RuntimeError("plugging offscreen screens is written for x86-64 only")
        gui = ctypes.CDLL(str(_QT_LIB / "libQt6Gui.so.6"))
        self._core = ctypes.CDLL(str(_QT_LIB / "libQt6Core.so.6"))
        get_interface = gui._ZN15QGuiApplication23platformNativeInterfaceEv
        get_interface.restype = _P
        self._interface = get_interface()
        if not self._interface:
            raise RuntimeError("no platform native interface: is the platform offscreen?")
        base_table = ctypes.addressof(ctypes.c_char.in_dll(gui, "_ZTV24QPlatformNativeInterface"))
        base_slots = ctypes.cast(base_table + 16, ctypes.POINTER(_P))  # after offset and RTTI
        base_function = ctypes.cast(
            gui._ZN24QPlatformNativeInterface28nativeResourceForIntegrationERK10QByteArray, _P
        ).value
        slot = next(n for n in range(64) if base_slots[n] == base_function)
        own_slots = ctypes.cast(
            ctypes.cast(self._interface, ctypes.POINTER(_P))[0], ctypes.POINTER(_P)
        )
        resource_for = ctypes.CFUNCTYPE(_P, _P, _P)(own_slots[slot])
        name = self._byte_array(b"setConfiguration")
        function = resource_for(self._interface, ctypes.addressof(name))
        if not function:
            raise RuntimeError("the platform has no setConfiguration: is it offscreen?")
        self._set_configuration = ctypes.CFUNCTYPE(None, _P, _P)(function)
        self._keep: list[ctypes.Array[ctypes.c_char]] = [name]

    def _byte_array(self, data: bytes) -> ctypes.Array[ctypes.c_char]:
        construct = self._core._ZN10QByteArrayC1EPKcx
        construct.argtypes = [_P, ctypes.c_char_p, ctypes.c_longlong]
        memory = ctypes.create_string_buffer(_OBJECT_BYTES)
        construct(ctypes.addressof(memory), data, len(data))
        return memory

    def set_screens(self, screens: list[dict[str, Any]]) -> None:
        """Make these the connected screens (by name: others are unplugged, new ones added)."""
        text = self._byte_array(json.dumps({"screens": screens}).encode())
        document = ctypes.create_string_buffer(_OBJECT_BYTES)
        from_json = self._core._ZN13QJsonDocument8fromJsonERK10QByteArrayP15QJsonParseError
        from_json.argtypes = [_P, _P, _P]
        from_json(ctypes.addressof(document), ctypes.addressof(text), None)
        configuration = ctypes.create_string_buffer(_OBJECT_BYTES)
        to_object = self._core._ZNK13QJsonDocument6objectEv
        to_object.argtypes = [_P, _P]
        to_object(ctypes.addressof(configuration), ctypes.addressof(document))
        self._set_configuration(ctypes.addressof(configuration), self._interface)
        # Qt's objects stay alive (a few bytes per call): freeing them needs their destructors.
        self._keep += [text, document, configuration]
