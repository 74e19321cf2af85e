"""What the frozen Tether runs: the same ``main`` as the installed ``tether`` command."""

import sys

from tether.shell.main import main

if __name__ == "__main__":
    sys.exit(main())
