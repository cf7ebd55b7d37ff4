"""A learned second reading of "does the best entry answer this?": the words, over the features.

``knowledge.decision`` weighs sixteen features (scores, shares of words the entry lacks, names,
numbers); every word the entry lacks counts by its rarity alone. But which lacking word matters
depends on the word: an entry on the Green One UN House lacks "địa chỉ" (an address it does not
give), one on COP26 lacks "COP28", while one that lacks "cụ thể" or "chính xác" lacks nothing.
This model reads the words the entry lacks, each also with what is asked, and the pairs of
neighbouring words of which it lacks one (``Evidence.words``), on top of the features' log-odds.
Fitted by ``eval/fit_decision_words.py`` on the evaluation sets; weights in
``knowledge/decision_model.json``; a missing file leaves the features alone.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knowledge.decision import Evidence
from knowledge.wordmodel import WordModel, load_fitted

DEFAULT_PATH = Path(__file__).with_name("decision_model.json")


def log_odds(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


@dataclass(frozen=True)
class DecisionModel:
    model: WordModel
    scale: float  # the weight of the features' log-odds
    answer: float  # answer at or above this probability (it replaces the features' own threshold)...
    suggest: float  # ...offer "did you mean" at or above this, decline below

    @classmethod
    def load(cls, path: Path = DEFAULT_PATH) -> DecisionModel | None:
        return load_fitted(path, cls._of)

    @classmethod
    def _of(cls, raw: dict[str, Any]) -> DecisionModel:
        return cls(WordModel.of(raw), float(raw["scale"]), float(raw["answer"]), float(raw["suggest"]))

    def probability(self, found: Evidence) -> float:
        """The probability that the best entry answers the question (none if nothing grounds it)."""
        if not found.grounded:
            return 0.0
        return self.model.probability(found.words, offset=self.scale * log_odds(found.probability()))
