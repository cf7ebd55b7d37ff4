"""Fit a ``knowledge.wordmodel.WordModel``: logistic regression on sparse features, pure Python.

Class weights (as many positive as negative examples, in effect), a little L2, Adagrad over a
fixed number of passes in an order drawn from a fixed seed: the same rows give the same weights.
Weights smaller than ``keep`` are dropped: they change no probability by more than a rounding.
With ``orders`` above one, the fit is run once per order (seeds 0, 1, ...) and the weights are
averaged: a single shuffled order leaves a message near the line on either side of it by chance.
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
    orders: int = 1,
) -> dict[str, object]:
    """``{"bias": ..., "weights": {...}}`` fitted on (features, label 0 or 1) rows.

    With ``offsets`` (one number per row, such as the log-odds of another model), a ``scale`` is
    fitted for them too: z = bias + scale * offset + the weights of the features. Unbalanced
    (``balanced=False``), the probabilities stay calibrated to how often each label occurs.
    """
    if orders > 1:
        runs = [_fit(rows, 0.0, offsets, l2, balanced, seed) for seed in range(orders)]
        return _mean(runs, keep)
    return _fit(rows, keep, offsets, l2, balanced, SEED)


def _mean(runs: Sequence[dict[str, object]], keep: float) -> dict[str, object]:
    def avg(values: list[float]) -> float:
        return sum(values) / len(runs)

    names = sorted({f for run in runs for f in run["weights"]})  # type: ignore[attr-defined]
    weights = {f: avg([run["weights"].get(f, 0.0) for run in runs]) for f in names}  # type: ignore[attr-defined]
    out: dict[str, object] = {
        "bias": round(avg([run["bias"] for run in runs]), 4),  # type: ignore[misc]
        "weights": {f: round(w, 4) for f, w in weights.items() if abs(w) >= keep},
    }
    if "scale" in runs[0]:
        out["scale"] = round(avg([run["scale"] for run in runs]), 4)  # type: ignore[misc]
    return out


def _fit(
    rows: Sequence[tuple[frozenset[str], int]],
    keep: float,
    offsets: Sequence[float] | None,
    l2: float,
    balanced: bool,
    seed: int,
) -> dict[str, object]:
    weights: dict[str, float] = defaultdict(float)
    squares: dict[str, float] = defaultdict(lambda: 1e-8)
    bias = 0.0
    scale, scale_square = 1.0, 1e-8
    positive = sum(y for _, y in rows)
    share = {1: len(rows) / (2 * max(positive, 1)), 0: len(rows) / (2 * max(len(rows) - positive, 1))}
    if not balanced:
        share = {0: 1.0, 1: 1.0}
    order = list(range(len(rows)))
    rnd = random.Random(seed)
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
