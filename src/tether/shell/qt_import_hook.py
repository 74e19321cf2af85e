"""PySide6's import hook made light: no module's file is read to answer it.

Once PySide6 is imported, every later import goes through its ``__feature__`` hook, which
asks of each new module whether its source mentions "PySide6", to record whether Qt's
names as that module sees them follow the feature switches (``from __feature__ import
snake_case``) — 0, "no features" — or are left to whatever another module switched on —
-1, "ignore". It asks with ``inspect.getsource``, which reads the file through
``linecache`` and *keeps* its lines: at start-up ~210 files, 2.4 million characters held
for the process's life (~6 MiB of peak memory) and 15–20 ms of CPU before the first
paint; reading each file's bytes instead still cost ~6.5 ms for the ~240 modules imported
before it (issue 19).

Tether never switches a feature on, so the answer changes nothing Tether sees: every
module is recorded as 0 here, without reading anything. 0 is also the safe answer should
a module ever switch one on for itself (PySide6 records its own choice when it imports
``__feature__``): every other module then still sees Qt's names as they are, which the
"ignore" answer would not guarantee.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401 - installs the hook this module lightens

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"


def lighten_pyside_import_hook() -> bool:
    """Make PySide6's per-import check answer "no features" without reading the module.

    Does nothing, and returns False, if this PySide6 has no such check (a later version
    may not): Tether then starts as it would have anyway.
    """
    feature = sys.modules.get(_FEATURE_MODULE)
    original: Callable[[ModuleType], bool] | None = getattr(feature, _CHECK, None)
    if feature is None or original is None or getattr(original, "tether_light", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        return True

    uses_pyside.tether_light = True  # type: ignore[attr-defined]
    setattr(feature, _CHECK, uses_pyside)
    return True
