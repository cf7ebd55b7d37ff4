"""Phrasings an editor adds to existing entries, and entries nobody has checked for too long."""

import datetime as dt

import pytest
import yaml

from knowledge.base import KnowledgeBase
from knowledge.loader import KnowledgeBaseError, load_raw
from tests.knowledge.conftest import make_entry


def _with_phrasings(folder, *phrasings):
    (folder / "learned.yaml").write_text(yaml.safe_dump({"phrasings": list(phrasings)}, allow_unicode=True),
                                         encoding="utf-8")
    return folder


def test_phrasings_add_questions_to_an_entry_of_another_file(data_dir):
    folder = _with_phrasings(data_dir(entries=[make_entry("hotline-test")]),
                             {"entry": "hotline-test", "questions": {"vi": ["bộ đàm kiểu mới gọi thế nào"]}})
    raw = load_raw(folder)
    [entry] = raw.entries
    assert entry.questions.vi[-1] == "bộ đàm kiểu mới gọi thế nào"
    assert len(entry.questions.en) == 3 and len(raw.phrasings) == 1
    base = KnowledgeBase(raw)
    assert base.self_test() == []
    reply = base.ask("bộ đàm kiểu mới gọi thế nào")
    assert (reply.status, reply.id) == ("answer", "hotline-test")


def test_a_phrasing_the_entry_already_has_is_added_once(data_dir):
    entry = make_entry("hotline-test")
    own = entry["questions"]["vi"][0]  # type: ignore[index]
    folder = _with_phrasings(data_dir(entries=[entry]), {"entry": "hotline-test", "questions": {"vi": [own.upper()]}})
    [loaded] = load_raw(folder).entries
    assert len(loaded.questions.vi) == 6


def test_a_phrasing_for_an_unknown_id_names_the_file_the_id_and_the_field(data_dir):
    folder = _with_phrasings(data_dir(entries=[make_entry("hotline-test")]),
                             {"entry": "hotline-gone", "questions": {"en": ["where did it go"]}})
    with pytest.raises(KnowledgeBaseError, match="unknown entry or fact id 'hotline-gone'") as error:
        load_raw(folder)
    assert (error.value.file, error.value.item, error.value.field) == ("learned.yaml", "hotline-gone",
                                                                        "phrasings.entry")


def test_a_phrasing_stored_under_another_entry_is_reported(data_dir):
    first, second = make_entry("hotline-one"), make_entry("hotline-two")
    taken = first["questions"]["en"][0]  # type: ignore[index]
    folder = _with_phrasings(data_dir(entries=[first, second]), {"entry": "hotline-two", "questions": {"en": [taken]}})
    with pytest.raises(KnowledgeBaseError, match="also under 'hotline-one'") as error:
        load_raw(folder)
    assert error.value.file == "learned.yaml"


def test_phrasings_without_questions_are_reported(data_dir):
    folder = _with_phrasings(data_dir(entries=[make_entry("hotline-test")]), {"entry": "hotline-test",
                                                                               "questions": {}})
    with pytest.raises(KnowledgeBaseError, match="no questions") as error:
        load_raw(folder)
    assert error.value.item == "hotline-test"


def test_stale_lists_entries_checked_longer_ago_than_the_limit_oldest_first(data_dir):
    folder = data_dir(entries=[make_entry("hotline-new", checked="2026-11-01"),
                               make_entry("hotline-old", checked="2024-01-01"),
                               make_entry("hotline-older", checked="2023-06-30")])
    base = KnowledgeBase.load(folder)
    today = dt.date(2026, 12, 1)
    assert [i.id for i in base.stale(365, today)] == ["hotline-older", "hotline-old"]
    assert base.stale(3650, today) == []


def test_closest_names_the_best_entry_even_for_a_declined_question(base):
    assert base.ask("giá vàng hôm nay").status == "decline"
    assert base.closest("giá vàng hôm nay") is not None
    assert base.closest("👍") is None
