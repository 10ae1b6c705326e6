"""Keeping the passphrase and the journal's words out of core dumps.

A core dump is a copy of the process's memory written when it crashes: it would hold
the passphrase and every note read so far, in plain text. Before a passphrase is asked
for or read, the process gives up its core dumps (a size limit of 0) and, on Linux,
stops being dumpable at all (which also covers a dump handed to a crash reporter, and
keeps other processes of the same user from reading its memory). Where a system has
no such call, nothing is done.
"""

from __future__ import annotations

import contextlib
import ctypes
import sys

PR_SET_DUMPABLE = 4


def forbid_core_dumps() -> None:
    try:
        import resource  # POSIX only
    except ImportError:
        pass
    else:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None).prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)  # the C library's prctl
