"""Logistic regression on the words of a message: the shape shared by the learned readers.

Words and pairs of neighbouring words (chat shorthand spelt out, see ``Message.spelt``) are
the inputs; a weight per input that was seen in training, a bias, and the logistic function.
The weights are fitted offline (``eval/sparse_logistic.py``) and shipped as JSON beside the code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise


def word_features(words: Sequence[str]) -> set[str]:
    """Each word, and each pair of neighbouring words."""
    out = {f"w:{w}" for w in words}
    out.update(f"b:{a}_{b}" for a, b in pairwise(words))
    return out


@dataclass(frozen=True)
class WordModel:
    weights: dict[str, float]
    bias: float

    @classmethod
    def of(cls, raw: Mapping[str, object]) -> WordModel:
        weights = raw["weights"]
        bias = raw["bias"]
        if not isinstance(weights, dict) or not isinstance(bias, int | float):
            raise ValueError("a word model is {'bias': number, 'weights': {feature: number}}")
        return cls({str(k): float(v) for k, v in weights.items()}, float(bias))

    def probability(self, features: Iterable[str], offset: float = 0.0) -> float:
        z = self.bias + offset + sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
