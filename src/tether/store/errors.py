"""The one exception the store raises for problems a person can act on."""

from __future__ import annotations


class StoreError(Exception):
    """A problem with the data file, with a message a person understands.

    The message names the file (or folder) and says what is wrong with it, so the
    application can show it as it is.
    """
