"""The word-by-word reading of "does the best entry answer this?" over the sixteen features."""

from __future__ import annotations

import math
import os
from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.decision import FEATURES, Evidence, word_evidence
from knowledge.decision_model import DecisionModel, log_odds
from knowledge.wordmodel import WordModel


def model(**weights: float) -> DecisionModel:
    return DecisionModel(WordModel(dict(weights), 0.0), scale=1.0, answer=0.8, suggest=0.32)


def evidence(words: frozenset[str], grounded: bool = True) -> Evidence:
    return Evidence(tuple(0.0 for _ in FEATURES), grounded=grounded, words=words)


def test_only_what_the_entry_lacks_is_read_with_what_is_asked():
    words = word_evidence("place", ["dia_chi", "ngoi_nha", "xanh"], frozenset({"ngoi_nha", "xanh"}))
    assert words == {"a:place", "m:dia_chi", "am:place|dia_chi", "b:dia_chi_ngoi_nha"}
    # words the entry has, and their pairs, say nothing: a topic is no reason to doubt an entry
    assert word_evidence("other", ["cop26", "cam", "ket"], frozenset({"cop26", "cam", "ket"})) == {"a:other"}


def test_a_lacking_word_the_model_learned_lowers_the_probability_and_others_change_nothing():
    reader = model(**{"m:dia_chi": -2.0})
    plain = evidence(frozenset({"a:other"}))
    lacking = evidence(frozenset({"a:other", "m:dia_chi"}))
    p = plain.probability()  # the features' own, which the reader keeps when no word it knows is read
    assert math.isclose(reader.probability(plain), p, rel_tol=1e-6)
    assert math.isclose(log_odds(reader.probability(lacking)), log_odds(p) - 2.0, rel_tol=1e-6)
    assert reader.probability(evidence(frozenset({"a:other"}), grounded=False)) == 0.0


def test_the_shipped_model_brings_its_thresholds_and_the_base_uses_them(base: KnowledgeBase):
    shipped = DecisionModel.load()
    assert shipped is not None and 0.0 < shipped.suggest < shipped.answer < 1.0
    assert base.decision_model == shipped
    assert (base.thresholds.answer, base.thresholds.suggest) == (shipped.answer, shipped.suggest)
    assert DecisionModel.load(Path("/nonexistent/decision_model.json")) is None


def test_the_base_without_the_model_keeps_the_features_alone(base: KnowledgeBase):
    message = base.understand("Tổng đài 111 hoạt động bao nhiêu giờ một ngày?")
    _, found = base.assess(message, base.candidates(message))
    assert found is not None
    saved = base.decision_model
    try:
        base.decision_model = None
        assert base.confidence(found) == found.probability()
    finally:
        base.decision_model = saved
    assert base.confidence(found) != found.probability()


def test_a_question_on_a_topic_that_drew_traps_is_still_answered(base: KnowledgeBase):
    # The fitted sets hold many out-of-scope questions on COP28 that reach the entry on COP26.
    reply = base.ask("Việt Nam cam kết gì ở COP26")
    # Either entry on COP26: the commitments besides net zero open on net zero too.
    assert reply.status == "answer" and reply.id in ("un-cop26-net-zero", "un-cop26-initiatives")


def test_a_fitted_model_is_read_once_per_version_of_its_file(tmp_path: Path):
    path = tmp_path / "decision_model.json"
    path.write_text('{"bias": 0.5, "weights": {"w:x": 1.0}, "scale": 1.0, "answer": 0.8, "suggest": 0.3}')
    first = DecisionModel.load(path)
    assert first is not None and first.answer == 0.8
    assert DecisionModel.load(path) is first  # every reload shares the one parsed model
    path.write_text('{"bias": 0.5, "weights": {"w:x": 1.0}, "scale": 1.0, "answer": 0.86, "suggest": 0.3}')
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))  # a refit comes later
    second = DecisionModel.load(path)  # a new version: read again
    assert second is not None and second is not first and second.answer == 0.86
    path.unlink()
    assert DecisionModel.load(path) is None
