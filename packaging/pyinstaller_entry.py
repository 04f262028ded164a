"""Entry point of the PyInstaller build: the same as the ``parallax`` console script."""

import sys

from reader.main import main

if __name__ == "__main__":
    sys.exit(main())
