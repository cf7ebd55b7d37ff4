"""The replica tests run real ``python -m bot run --webhook`` processes against the handlers' fake Bot API."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "handlers"))  # fake_bot_api, updates, harness
