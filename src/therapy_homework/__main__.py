"""``python -m therapy_homework``: see :mod:`therapy_homework.cli`."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
