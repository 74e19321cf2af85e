"""``python -m tether`` and the ``tether`` command (its entry point is :func:`run`)."""

import gc
import sys


def run() -> int:
    """Start Tether: import it with the cycle collector paused, then run its ``main``.

    Importing Tether's modules makes many objects (classes, enums, Qt's bindings) and no
    garbage; collecting among them took ~14 ms of the start-up (issue 19). ``main`` keeps
    the collector paused until the page has been painted and turns it back on then, or
    when it returns without a window.
    """
    gc.disable()
    from tether.shell.main import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
