"""Package names that are imported the first time they are used, not with the package.

Start-up imports only what the first paint needs. A package whose public names live in
heavy modules (``tether.export``: page layout, PDF, printing; ``tether.present``: its
windows) lists where each name lives and hands :func:`lazy_names` to Python as its
module ``__getattr__`` (PEP 562); ``from tether.export import Format`` then imports
``tether.export.files`` at that moment, and a light submodule such as
``tether.export.cli`` can be imported without the rest. The package also imports the
same names under ``TYPE_CHECKING``, so type checkers see them as ordinary names.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping


def lazy_names(package: str, homes: Mapping[str, str]) -> Callable[[str], object]:
    """A module ``__getattr__`` for ``package`` that imports each name from its home.

    ``homes`` maps a public name to the module that defines it. A name, once imported,
    is kept on the package, so Python never asks again.
    """

    def get(name: str) -> object:
        home = homes.get(name)
        if home is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value: object = getattr(importlib.import_module(home), name)
        setattr(sys.modules[package], name, value)
        return value

    return get
