"""The ``partyvote`` command's entry point: Ctrl-C while Python is still loading the command
ends it quietly, as Ctrl-C does later (exit status 130, no traceback).

It lives outside the ``partyvote`` package on purpose: the console script imports it
before anything of partyvote's, so that a Ctrl-C while Python loads the package itself
(``partyvote/__init__.py`` and every module it imports) is caught here too.
"""

from __future__ import annotations

import sys


def run() -> int:
    """Load the command and run it."""
    try:
        from partyvote.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("partyvote: interrupted\n")
        return 130
    return main()
