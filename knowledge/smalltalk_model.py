"""A learned reader of small talk, for the messages the phrases and cues of small talk miss.

``knowledge/data/smalltalk.yaml`` holds the phrases and cue words editors maintain; people
still say "bạn là con trai hay con gái", "the link u sent doesnt work" or "bot này hay phết".
One logistic model per kind of small talk (``knowledge.wordmodel``) reads the words and word
pairs of the message (chat shorthand spelt out) and its length; the likeliest kind, when it is
likely enough, is what the message is. It is asked where the knowledge base has no answer it
would give, and over an answer or for a message that names a topic only when all but sure
(see ``KnowledgeBase.decide``), so a question is not taken for small talk because it sounds
friendly. Fitted by ``eval/fit_smalltalk.py``; weights in
``knowledge/smalltalk_model.json``; a missing file leaves the phrases and cues alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.wordmodel import WordModel, load_fitted, word_features

DEFAULT_PATH = Path(__file__).with_name("smalltalk_model.json")
_LONG = 8  # past this many words, length says no more


def features(words: Sequence[str]) -> set[str]:
    """Words, pairs of neighbouring words, and how many words there are."""
    return word_features(words) | {f"n:{min(len(words), _LONG)}"}


@dataclass(frozen=True)
class SmallTalkModel:
    kinds: dict[str, WordModel]  # by the id of a kind of small talk in smalltalk.yaml
    threshold: float  # the likeliest kind at or past this probability is the message's
    sure: float  # ... or at or past this one, where the message names a topic or has an answer
    vocabulary: frozenset[str]  # the words of the small talk it was fitted on

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> SmallTalkModel | None:
        return load_fitted(path, cls._of)

    @classmethod
    def _of(cls, raw: dict[str, Any]) -> SmallTalkModel:
        return cls(
            {str(k): WordModel.of(v) for k, v in raw["kinds"].items()},
            float(raw["threshold"]),
            float(raw["sure"]),
            frozenset(str(w) for w in raw["vocabulary"]),
        )

    def likeliest(self, words: Sequence[str]) -> tuple[str, float] | None:
        # Letters alone ("<b></b>" folds to "b b") say nothing, however often small talk uses them.
        if not self.kinds or not any(len(w) > 1 and w in self.vocabulary for w in words):
            return None
        found = features(words)
        return max(((kind, model.probability(found)) for kind, model in self.kinds.items()), key=lambda kp: kp[1])

    def guess(self, words: Sequence[str], sure: bool = False) -> str | None:
        """The kind of small talk the message is, if the model is sure enough (or ``sure``)."""
        best = self.likeliest(words)
        bar = self.sure if sure else self.threshold
        return best[0] if best is not None and best[1] >= bar else None
