"""``python -m tether``: the same as the ``tether`` command."""

import sys

from tether.shell.main import main

sys.exit(main())
