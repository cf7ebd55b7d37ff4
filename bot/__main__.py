"""Entry point: ``python -m bot COMMAND``; see ``bot.cli``."""

import sys

from bot.cli import main

sys.exit(main())
