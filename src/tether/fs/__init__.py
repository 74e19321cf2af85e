"""Opening files a person or a folder could have made special, without ever hanging.

A name Tether is given (an article, an image, a backup to restore, the settings file, a
file to export over) can lead to a named pipe, a device or a socket. Opening a pipe
waits for a writer that may never come; ``/dev/zero`` never ends; replacing a device
node would break the system. Every such file goes through this one helper, which
imports nothing but the standard library, so that ``content``, ``store``, ``export``
and ``ui`` may all use it without knowing of each other. What files hold is hashed
the same way, by :mod:`tether.fs.digests` (without OpenSSL).
"""

from tether.fs.regular import (
    NotAFileError,
    TooLargeError,
    check_regular,
    check_target,
    open_regular,
    read_regular_file,
)

__all__ = [
    "NotAFileError",
    "TooLargeError",
    "check_regular",
    "check_target",
    "open_regular",
    "read_regular_file",
]
