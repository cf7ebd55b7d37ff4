"""``python -m bench.e2e``: see the package's docstring, or ``--help``."""

import asyncio
import sys

from bench.e2e.cli import main, parse_args

if __name__ == "__main__":
    sys.exit(asyncio.run(main(parse_args())))
