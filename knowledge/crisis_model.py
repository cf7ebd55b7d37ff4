"""A learned second reader of danger: logistic regression on words, over the rules' verdict.

The cues of ``knowledge/data/crisis.yaml`` say why a message is a crisis, and editors extend
them; but people in danger keep finding words no cue has ("bố e lại vào phòng", "they make us
scam people 16 hours a day"). This model reads the same message as words and word pairs (chat
shorthand spelt out) together with what the rules found (their level, whether a harm is bound
to a person, the situation), and gives the probability that the writer or someone they speak
for is in danger. Fitted by ``eval/fit_crisis.py`` on labelled messages (the blind crisis
sets, the evaluation questions, the small talk and the knowledge base's own questions); its
weights are data, in ``knowledge/crisis_model.json``, and a missing file leaves the rules alone.

How the two combine (``CrisisModel.judge``): the model's "crisis" is the card; a rules crisis
the model doubts becomes a cue (the card unless the knowledge base is sure of an answer); a
message the model finds worrying but not sure becomes a cue too. A rules cue (a danger word in a
film, a game or a question) that the model is all but sure is no danger is dismissed; a rules
crisis only when the model is surer still ("thi xong môn toán mà muốn chết luôn á", "cách làm
thịt kho, mình 'giết' hỏng 2 nồi rồi"): left out round by round, no message from a person in
danger fell under that line. Harm words alone, with no one they happen to, no time and no plea
(a topic typed as a keyword), need the model all but sure for the card; below that they are a cue.
So do harm words an editor's mask says are something else ("lạc mất con poodle ở công viên"), whose
card is then the model's alone.
A harm told laughing ("=))", "😂"), which the rules leave to the model unless it stands alone, is a
cue only if the model finds it worrying, and otherwise nothing. When in doubt, safety wins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from knowledge.crisis import CrisisVerdict
from knowledge.wordmodel import WordModel, load_fitted, word_features

DEFAULT_PATH = Path(__file__).with_name("crisis_model.json")
_PLEADS = frozenset({"plea", "grave", "bound"})
_FRAMED = frozenset({"story", "info"})
_TOLD = frozenset({"person", "grave"})
_FEW_WORDS = 8
_KEYWORD_WORDS = 6


def features(words: Sequence[str], verdict: CrisisVerdict) -> set[str]:
    """The model's inputs: words, pairs of neighbouring words, and the rules' verdict."""
    out = word_features(words)
    out.add(f"r:{verdict.level}")
    if verdict.bound:
        out.add("r:bound")
    if verdict.situation:
        out.add(f"r:sit:{verdict.situation}")
    out.update(f"r:{sign}" for sign in verdict.signs if sign != "bound")
    return out


@dataclass(frozen=True)
class CrisisModel:
    model: WordModel
    crisis: float  # at or past this probability, the card
    cue: float  # at or past this, a cue
    dismiss: float = 0.0  # below this, a cue of the rules alone is dismissed ("phim Taken về bắt cóc")
    overrule: float = 0.0  # below this, a crisis of the rules is dismissed too
    bare: float = 0.8  # at or past this, the card for harm words alone (no person, time or plea)

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> CrisisModel | None:
        return load_fitted(path, cls._of)

    @classmethod
    def _of(cls, raw: dict[str, Any]) -> CrisisModel:
        return cls(
            WordModel.of(raw),
            crisis=float(raw["crisis"]),
            cue=float(raw["cue"]),
            dismiss=float(raw.get("dismiss", 0.0)),
            overrule=float(raw.get("overrule", 0.0)),
        )

    def probability(self, words: Sequence[str], verdict: CrisisVerdict) -> float:
        return self.model.probability(features(words, verdict))

    def judge(self, words: Sequence[str], verdict: CrisisVerdict) -> CrisisVerdict:
        """The rules' verdict, revised by the model."""
        p = self.probability(words, verdict)
        said = f"{verdict.reason}; model {p:.2f}"
        # A topic named and nothing else ("xâm hại tình dục trẻ em trên môi trường mạng") is the
        # card only if the model is all but sure; else a cue, which an answer the knowledge base is
        # sure of takes first.
        # So is one whose harm words an editor's mask said are something else ("lạc mất con poodle").
        doubted = (verdict.bare or verdict.masked) and verdict.level != "crisis"
        if p >= (self.bare if doubted else self.crisis):
            return replace(verdict, level="crisis", reason=said)
        # A harm told laughing, which the rules leave to the model: a joke unless the model worries.
        if "laughing" in verdict.signs and verdict.level != "crisis":
            return replace(verdict, level="cue" if p >= self.cue else "none", reason=said)
        # A cry for help beside a grave harm done to someone ("cứu tôi với, tôi bị bắt cóc"), told as
        # no story or question, is never overruled to nothing: words the model learned from jokes
        # and games cannot outweigh them all.
        # Nor is a cry for rescue that is the whole message ("cíu tuiii", "save me"): the writer
        # may be in danger with no time for more words, though most who type it want help with the bot.
        # Nor any danger the rules tell as such ("if you don't hear from me by tomorrow, call the
        # police"): few in the sets, so the model has little to weigh them by (that one at 0.08 after
        # the twenty-ninth session's refit), and no harmless message of rounds 100-119 was one.
        cries = verdict.situation == "danger"
        # Nor a grave harm to a person told in a few words and framed as nothing else ("I was
        # trafficked", "hắn bảo để hắn giết cả nhà tôi"): too few words for the model to weigh against
        # the harm (each fell under the overrule line in one of the thirty-second session's refits).
        told = len(words) <= _FEW_WORDS and verdict.signs >= _TOLD
        # Nor a harm that goes on after one told as over ("..., but now his brother keeps hitting me"):
        # the words of the harm put right are what the model weighs, not the harm that follows them.
        turned = "turned" in verdict.signs
        pleads = (verdict.signs >= _PLEADS or cries or told or turned) and not _FRAMED & verdict.signs
        if verdict.level == "crisis" and p < self.overrule and not pleads:
            return replace(verdict, level="none", reason=said)
        if verdict.level == "crisis" or (p >= self.cue and not verdict.masked):
            return replace(verdict, level="cue", reason=said)
        # A keyword of grave harm words and nothing else ("trẻ em bị bỏ rơi"), too few words for the model
        # to weigh, stays a cue: the card unless the knowledge base is sure of an answer. Unless the
        # model is as sure it is none as it must be to overrule the rules ("bộ đội" folds like "bỏ đói"),
        # or it is a farewell ("tạm biệt cả nhà"), which the model reads better: most who type it alone
        # leave the chat.
        keyword = (
            p >= self.overrule
            and verdict.bare
            and len(words) <= _KEYWORD_WORDS
            and "grave" in verdict.signs
            and verdict.situation != "self-harm"
            and not (_FRAMED & verdict.signs)
        )
        if verdict.level == "cue" and p < self.dismiss and not keyword:
            return replace(verdict, level="none", reason=said)
        return replace(verdict, reason=said)
