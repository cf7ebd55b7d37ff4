"""The learned reader of danger beside the cues: how its verdict combines with theirs, and what it adds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.crisis import CrisisVerdict
from knowledge.crisis_model import CrisisModel, features
from knowledge.wordmodel import WordModel

NONE = CrisisVerdict("none", None, "no cue")
RULES_CRISIS = CrisisVerdict("crisis", "violence", "score 5", bound=True)


def model(**weights: float) -> CrisisModel:
    return CrisisModel(WordModel(dict(weights), 0.0), crisis=0.5, cue=0.2)


def test_features_are_words_pairs_and_the_rules_verdict():
    assert features(("bo", "danh", "em"), RULES_CRISIS) == {
        "w:bo", "w:danh", "w:em", "b:bo_danh", "b:danh_em", "r:crisis", "r:bound", "r:sit:violence",
    }  # fmt: skip
    assert features((), NONE) == {"r:none"}


def test_the_model_sure_of_danger_gives_the_card_where_the_rules_found_nothing():
    judged = model(**{"w:phong": 3.0}).judge(("vao", "phong"), NONE)
    assert judged.level == "crisis"
    assert "model 0.95" in judged.reason


def test_a_rules_crisis_the_model_doubts_becomes_a_cue_and_nothing_only_past_the_overrule_line():
    assert model(**{"r:crisis": -3.0}).judge(("meo",), RULES_CRISIS).level == "cue"  # p 0.05, no overrule
    overruling = CrisisModel(WordModel({"r:crisis": -3.0, "w:giet": -2.0}, 0.0), 0.5, 0.2, 0.1, overrule=0.03)
    assert overruling.judge(("meo",), RULES_CRISIS).level == "cue"  # p 0.05: doubted, still a cue
    assert overruling.judge(("giet", "meo"), RULES_CRISIS).level == "none"  # p 0.007: all but sure


def test_a_cry_for_help_beside_a_grave_harm_to_someone_is_never_overruled_to_nothing():
    overruling = CrisisModel(WordModel({"r:crisis": -3.0, "w:giet": -2.0}, 0.0), 0.5, 0.2, 0.1, overrule=0.03)
    signs = frozenset({"plea", "grave", "bound"})
    pleading = CrisisVerdict("crisis", "trafficking", "score 5", bound=True, signs=signs)
    assert overruling.judge(("giet", "meo"), pleading).level == "cue"
    # Told as a film or a question, it may be.
    framed = CrisisVerdict("crisis", "trafficking", "score 5", bound=True, signs=pleading.signs | {"story"})
    assert overruling.judge(("giet", "meo"), framed).level == "none"


def test_a_grave_harm_to_a_person_told_in_a_few_words_is_never_overruled_to_nothing():
    overruling = CrisisModel(WordModel({"r:crisis": -3.0, "w:giet": -2.0}, 0.0), 0.5, 0.2, 0.1, overrule=0.03)
    told = CrisisVerdict("crisis", "violence", "score 3", signs=frozenset({"person", "grave"}))
    assert overruling.judge(("han", "doa", "giet", "ca", "nha", "toi"), told).level == "cue"
    # In more words the model weighs them; told as a story or asked about, it may overrule too.
    longer = ("me", "bao", "neu", "em", "lam", "vo", "binh", "nua", "thi", "me", "giet")
    assert overruling.judge(longer, told).level == "none"
    framed = CrisisVerdict("crisis", "violence", "score 3", signs=frozenset({"person", "grave", "story"}))
    assert overruling.judge(("phim", "han", "giet", "ca", "nha"), framed).level == "none"


def test_a_cry_for_rescue_that_is_the_whole_message_is_never_overruled_to_nothing(base: KnowledgeBase):
    overruling = CrisisModel(WordModel({"r:crisis": -3.0, "w:cuu": -2.0}, 0.0), 0.5, 0.2, 0.1, overrule=0.03)
    cry = CrisisVerdict("crisis", "danger", "score 6", signs=frozenset({"plea", "person", "grave"}))
    assert overruling.judge(("cuu", "tui"), cry).level == "cue"
    # The shipped model and rules: a bare "save me" typed any way gets the card.
    for message in ("cíu tuiii", "cứu tui", "Cứu mình với 😭", "save me"):
        assert base.ask(message).status == "urgent", message


def test_only_a_cue_of_the_rules_the_model_is_all_but_sure_of_is_dismissed():
    cue = CrisisVerdict("cue", "trafficking", "score 2")
    dismissing = CrisisModel(WordModel({"w:phim": -4.0}, -0.85), crisis=0.5, cue=0.2, dismiss=0.1)
    assert dismissing.judge(("phim", "bat", "coc"), cue).level == "none"  # p 0.01
    assert dismissing.judge(("bat", "coc"), cue).level == "cue"  # p 0.3: worrying, not sure
    assert dismissing.judge(("phim",), RULES_CRISIS).level == "cue"  # a rules crisis: no overrule line here


def test_a_worrying_but_unsure_message_is_a_cue_and_a_calm_one_stays_none():
    assert model(**{"w:so": -1.0}).judge(("so",), NONE).level == "cue"  # p 0.27
    assert model(**{"w:so": -2.0}).judge(("so",), NONE).level == "none"  # p 0.12


def test_the_shipped_weights_load_and_a_missing_file_leaves_the_rules_alone(tmp_path: Path):
    shipped = CrisisModel.load()
    assert shipped is not None and len(shipped.model.weights) > 1000
    assert 0 < shipped.cue < shipped.crisis < 1
    # A rules crisis needs at least the certainty a rules cue needs (equal since the twenty-eighth session).
    assert 0 < shipped.overrule <= shipped.dismiss <= shipped.cue
    assert CrisisModel.load(tmp_path / "absent.json") is None
    (tmp_path / "m.json").write_text(json.dumps({"bias": 1, "crisis": 0.6, "cue": 0.1, "weights": {"w:x": 2}}))
    assert CrisisModel.load(tmp_path / "m.json") == CrisisModel(WordModel({"w:x": 2.0}, 1.0), 0.6, 0.1)


# Written for this test, not taken from any evaluation file: danger told in everyday words.
UNUSUAL_WORDS = [
    "tối nào chú ấy cũng sang ngủ cùng giường với con, con không thích nhưng mẹ bảo phải ngoan",
    "they keep my ID card and say I owe them 5000 dollars before I can go home",
    "e mệt lắm rồi, chắc đi ngủ một giấc dài không dậy nữa cho xong",
]


@pytest.mark.parametrize("message", UNUSUAL_WORDS)
def test_danger_in_everyday_words_gets_the_card(base: KnowledgeBase, message: str):
    assert base.danger(base.understand(message)).level in ("crisis", "cue")
    assert base.ask(message).status == "urgent"


@pytest.mark.parametrize(
    "message",
    [
        "năm 2022 tổng đài 111 nhận bao nhiêu cuộc gọi",
        "luật phòng chống mua bán người có hiệu lực từ khi nào",
        "trận này đội tôi bị hành ra bã, chết mất thôi",
        "gọi 111 có mất tiền không",
    ],
)
def test_questions_and_everyday_talk_stay_what_they_are(base: KnowledgeBase, message: str):
    assert base.danger(base.understand(message)).level == "none"
    assert base.ask(message).status != "urgent"
