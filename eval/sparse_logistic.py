"""Fit a ``knowledge.wordmodel.WordModel``: logistic regression on sparse features, pure Python.

Class weights (as many positive as negative examples, in effect), a little L2, Adagrad over a
fixed number of passes in an order drawn from a fixed seed: the same rows give the same weights.
Weights smaller than ``keep`` are dropped: they change no probability by more than a rounding.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Sequence

EPOCHS, L2, RATE, SEED = 12, 1e-4, 0.3, 0


def fit(
    rows: Sequence[tuple[frozenset[str], int]],
    keep: float = 0.002,
    *,
    offsets: Sequence[float] | None = None,
    l2: float = L2,
    balanced: bool = True,
) -> dict[str, object]:
    """``{"bias": ..., "weights": {...}}`` fitted on (features, label 0 or 1) rows.

    With ``offsets`` (one number per row, such as the log-odds of another model), a ``scale`` is
    fitted for them too: z = bias + scale * offset + the weights of the features. Unbalanced
    (``balanced=False``), the probabilities stay calibrated to how often each label occurs.
    """
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    bias = 0.0
    scale, scale_square = 1.0, 1e-8
    positive = sum(y for _, y in rows)
    share = {1: len(rows) / (2 * max(positive, 1)), 0: len(rows) / (2 * max(len(rows) - positive, 1))}
    if not balanced:
        share = {0: 1.0, 1: 1.0}
    order = list(range(len(rows)))
    rnd = random.Random(SEED)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            feats, y = rows[i]
            offset = offsets[i] if offsets is not None else 0.0
            z = bias + scale * offset + sum(weights[f] for f in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * share[y]
            bias -= 0.05 * g
            if offsets is not None:
                scale_square += (g * offset) ** 2
                scale -= 0.1 * g * offset / math.sqrt(scale_square)
            for f in feats:
                gf = g + l2 * weights[f]
                squares[f] += gf * gf
                weights[f] -= RATE * gf / math.sqrt(squares[f])
    kept = {f: round(w, 4) for f, w in sorted(weights.items()) if abs(w) >= keep}
    out: dict[str, object] = {"bias": round(bias, 4), "weights": kept}
    if offsets is not None:
        out["scale"] = round(scale, 4)
    return out
