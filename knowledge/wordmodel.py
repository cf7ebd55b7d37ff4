"""Logistic regression on the words of a message: the shape shared by the learned readers.

Words and pairs of neighbouring words (chat shorthand spelt out, see ``Message.spelt``) are
the inputs; a weight per input that was seen in training, a bias, and the logistic function.
The weights are fitted offline (``eval/sparse_logistic.py``) and shipped as JSON beside the code.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar, cast

_Model = TypeVar("_Model")
# Every knowledge base (each /reload, each test) loads the fitted models, which change only with a
# refit; parsing the largest takes half a second. A file's models are kept per version of the file.
_LOADED: dict[tuple[Path, str], tuple[tuple[int, int], object]] = {}


def load_fitted(path: Path, build: Callable[[dict[str, Any]], _Model]) -> _Model | None:
    """``build`` applied to the JSON in ``path`` (None without the file), once per version of the file.

    The models are frozen and never changed after loading, so knowledge bases may share one.
    """
    if not path.is_file():
        return None
    stat = path.stat()
    version, key = (stat.st_mtime_ns, stat.st_size), (path.resolve(), getattr(build, "__qualname__", repr(build)))
    kept = _LOADED.get(key)
    if kept is not None and kept[0] == version:
        return cast(_Model, kept[1])
    model = build(json.loads(path.read_text(encoding="utf-8")))
    _LOADED[key] = (version, model)
    return model


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
