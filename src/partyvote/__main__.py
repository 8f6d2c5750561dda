"""``python -m partyvote``: the same as the ``partyvote`` command."""

import sys

from partyvote.cli import main

sys.exit(main())
