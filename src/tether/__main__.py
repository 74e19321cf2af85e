"""``python -m tether``: the same as the ``tether`` command."""

import sys

from tether.shell.main import main

if __name__ == "__main__":
    sys.exit(main())
