"""What the frozen Tether runs: the same entry point as the installed ``tether`` command."""

import sys

from tether.__main__ import run

if __name__ == "__main__":
    sys.exit(run())
