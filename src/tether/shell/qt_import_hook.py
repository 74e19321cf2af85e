"""PySide6's import hook made light: it reads each module's file once, and keeps nothing.

Once PySide6 is imported, every later import goes through its ``__feature__`` hook, which
asks of each new module whether its source mentions "PySide6" (so that a module may
switch on ``from __feature__ import snake_case``). It asks with ``inspect.getsource``,
which reads the file through ``linecache``, splits it into lines and *keeps* them: at
start-up that is ~210 files (Tether's modules, the standard library's and the parser's
imported after Qt), 2.4 million characters held for the process's life (~6 MiB of peak
memory) and 15–20 ms of CPU before the first paint, which the bare baseline, importing
its Markdown parser before Qt, barely pays. The same question is answered here by
reading the file's bytes once and keeping nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401 - installs the hook this module lightens

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def lighten_pyside_import_hook() -> bool:
    """Make PySide6's per-import check read the module's file without ``linecache``.

    The answer is the same (whether the source contains "PySide6"); a module without a
    ``.py`` file, or one that cannot be read, is left to PySide6's own check. Does
    nothing, and returns False, if this PySide6 has no such check (a later version may
    not): Tether then starts as it would have anyway.
    """
    feature = sys.modules.get(_FEATURE_MODULE)
    original: Callable[[ModuleType], bool] | None = getattr(feature, _CHECK, None)
    if feature is None or original is None or getattr(original, "tether_light", False):
        return False
    own_check = original

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return own_check(module)

    uses_pyside.tether_light = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    return True
