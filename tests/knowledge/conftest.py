"""Fixtures for the knowledge layer: the shipped base, and small bases written to a temp folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from knowledge.base import KnowledgeBase
from testkit.bases import copy_shared_files


@pytest.fixture(scope="session")
def base() -> KnowledgeBase:
    return KnowledgeBase.load()


def make_entry(entry_id: str, topic: str = "hotline-111", **overrides: object) -> dict[str, object]:
    """A valid entry with six Vietnamese and three English phrasings, unique to ``entry_id``."""
    entry: dict[str, object] = {
        "id": entry_id,
        "topic": topic,
        "questions": {
            "vi": [f"câu hỏi số {n} về {entry_id}" for n in range(1, 7)],
            "en": [f"question {n} about {entry_id}" for n in range(1, 4)],
        },
        "answer": {"vi": f"Trả lời cho {entry_id}.", "en": f"Answer for {entry_id}."},
        "sources": ["seed-000-child-online"],
        "checked": "2026-11-23",
    }
    entry.update(overrides)
    return entry


def make_fact(fact_id: str, periods: tuple[str, ...] = ("2020", "2021"), **overrides: object) -> dict[str, object]:
    """A valid fact with a value of 1, 2, ... for each period and one alias, "alias <id>"."""
    fact = make_entry(fact_id)
    del fact["answer"]
    fact |= {
        "label": {"vi": f"Số {fact_id}", "en": f"Number {fact_id}"},
        "values": [{"period": p, "value": n} for n, p in enumerate(periods, 1)],
        "aliases": [f"alias {fact_id}"],
    }
    return fact | overrides


def make_table(*facts: str, **overrides: object) -> dict[str, object]:
    """A valid table "test-table" whose rows are ``facts``, each named by its id."""
    table: dict[str, object] = {
        "id": "test-table",
        "topic": "hotline-111",
        "title": {"vi": "Bảng thử", "en": "Test table"},
        "aliases": ["bảng thử"],
        "rows": [{"fact": f, "name": {"vi": f, "en": f}} for f in facts],
        "sources": ["seed-000-child-online"],
        "checked": "2026-12-02",
    }
    return table | overrides


@pytest.fixture
def data_dir(tmp_path: Path) -> Callable[..., Path]:
    """Writes a knowledge base made of the shipped shared files plus the given sections."""

    def write(**sections: object) -> Path:
        folder = tmp_path / "data"
        folder.mkdir(exist_ok=True)
        copy_shared_files(folder)
        (folder / "items.yaml").write_text(yaml.safe_dump(sections, allow_unicode=True), encoding="utf-8")
        return folder

    return write
