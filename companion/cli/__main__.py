"""``python -m companion.cli``: the same as the ``mixassist`` console script."""

from __future__ import annotations

import sys

from companion.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
