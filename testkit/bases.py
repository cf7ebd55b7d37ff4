"""Small knowledge bases for tests: the shipped files every base needs, copied beside a few entries.

Kept apart from the harness so that the knowledge tests need nothing of Telegram.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from knowledge.loader import DEFAULT_DATA_DIR

SHARED_FILES = ("sources.yaml", "topics.yaml", "synonyms.yaml", "shorthand.yaml", "smalltalk.yaml", "crisis.yaml")


def copy_shared_files(directory: Path) -> None:
    """The shipped files every base needs; the topics without their overviews, whose main
    entries a small base does not have."""
    for name in SHARED_FILES:
        shutil.copy(DEFAULT_DATA_DIR / name, directory / name)
    topics = yaml.safe_load((DEFAULT_DATA_DIR / "topics.yaml").read_text(encoding="utf-8"))
    for topic in topics["topics"]:
        for field in ("keywords", "overview", "main"):
            topic.pop(field, None)
    (directory / "topics.yaml").write_text(yaml.safe_dump(topics, allow_unicode=True), encoding="utf-8")
