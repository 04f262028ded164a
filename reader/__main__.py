"""``python -m reader``: the same as the ``parallax`` command."""

import sys

from .main import main

sys.exit(main())
