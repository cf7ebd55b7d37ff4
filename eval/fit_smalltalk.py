"""Fit the small-talk model of ``knowledge/smalltalk_model.py`` and check it on sets it was not fitted on.

Usage::

    python eval/fit_smalltalk.py                    # the check, fold by fold
    python eval/fit_smalltalk.py --write            # ... and write knowledge/smalltalk_model.json
    python eval/fit_smalltalk.py --threshold 0.6

Each kind of small talk is one model: its messages are the positive examples, and every other
message is a negative one: the other kinds, the questions of the question sets and of the
knowledge base, and the crisis messages (sets and training file). Small talk written to be
learned from, never measured on (``eval/train/smalltalk.yaml``), is in every fit. Only the sets
named below are read: each newer round stays out until it has been measured. Items labelled
``compliment-complaint`` (one early round did not tell the two apart) are left out.

The check leaves one small-talk round out in turn, with every question set whose place in the
list falls on it, fits on the rest, and counts over the whole decision (``KnowledgeBase.decide``):
how many left-out small-talk messages are taken as small talk, and how the left-out questions
fare (in-scope right, out-of-scope answered), with the model and without it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.base import KnowledgeBase  # noqa: E402
from knowledge.evaluation import evaluate, load_items  # noqa: E402
from knowledge.smalltalk_model import DEFAULT_PATH, SmallTalkModel, features  # noqa: E402
from knowledge.wordmodel import WordModel  # noqa: E402

sys.path.insert(0, str(ROOT / "eval"))
from fit_crisis import CRISIS_ROUNDS, QUESTION_SETS, SMALLTALK_SETS, both_halves, training  # noqa: E402
from sparse_logistic import fit  # noqa: E402

# The evaluation sets' kinds, by the id of the kind in knowledge/data/smalltalk.yaml.
KINDS = {"bye": "goodbye", "help-plea-no-danger": "help"}
KEEP = 0.01


def _kind(label: str) -> str | None:
    return None if label == "compliment-complaint" else KINDS.get(label, label)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {DEFAULT_PATH.relative_to(ROOT)}")
    parser.add_argument("--threshold", type=float, default=0.85, help="probability of the likeliest kind")
    parser.add_argument("--sure", type=float, default=0.97, help="... over an answer, or naming a topic")
    parser.add_argument("--no-check", action="store_true", help="fit and write without the check (minutes)")
    args = parser.parse_args()
    base = KnowledgeBase.load()
    talk = {name: [(str(x["q"]), _kind(str(x["kind"]))) for x in both_halves(name)] for name in SMALLTALK_SETS}
    spelt: dict[str, tuple[str, ...]] = {}

    def words(text: str) -> tuple[str, ...]:
        if text not in spelt:
            spelt[text] = base.understand(text).spelt
        return spelt[text]

    questions = {name: [str(x["q"]) for x in both_halves(name)] for name in QUESTION_SETS}
    others = [str(x["q"]) for name in CRISIS_ROUNDS for x in both_halves(name)]
    others += [str(x["q"]) for x in training("crisis")]
    # Written to be learned from, never measured on: in every fold's training, as its own "set".
    talk["training"] = [(str(x["q"]), _kind(str(x["kind"]))) for x in training("smalltalk")]
    others += [q for item in base.items.values() for q in item.questions.all()]
    for path in (ROOT / "eval/dev.yaml", ROOT / "eval/dev2.yaml"):
        others += [str(x["q"]) for x in yaml.safe_load(path.read_text(encoding="utf-8"))]
    kinds = sorted({k for items in talk.values() for _, k in items if k is not None})

    def fit_all(talk_sets: list[str], question_sets: list[str]) -> SmallTalkModel:
        vocabulary = frozenset(w for name in talk_sets for t, k in talk[name] if k is not None for w in words(t))

        def read(text: str) -> frozenset[str]:
            return frozenset(features(words(text)))

        labelled = [(read(t), k) for name in talk_sets for t, k in talk[name] if k is not None]
        negative = [read(q) for name in question_sets for q in questions[name]] + [read(q) for q in others]
        models = {}
        for kind in kinds:
            rows = [(f, int(k == kind)) for f, k in labelled] + [(f, 0) for f in negative]
            models[kind] = WordModel.of(fit(rows, keep=KEEP))
        return SmallTalkModel(models, args.threshold, args.sure, vocabulary)

    print("left out            small talk taken: without / with | questions right, oos answered: without / with")
    sums = [0] * 10
    for i, name in enumerate(() if args.no_check else SMALLTALK_SETS):
        held_q = [q for j, q in enumerate(QUESTION_SETS) if j % len(SMALLTALK_SETS) == i]
        model = fit_all(
            ["training", *(n for n in SMALLTALK_SETS if n != name)], [q for q in QUESTION_SETS if q not in held_q]
        )
        row = []
        for m in (None, model):
            base.smalltalk_model = m
            taken = sum(base.ask(t).status == "smalltalk" for t, k in talk[name] if k is not None)
            paths = [ROOT / f"eval/blind/{q}.{half}.yaml" for q in held_q for half in ("tune", "holdout")]
            items = [it for path in paths for it in load_items(path)]
            report = evaluate(items, base.ask)
            in_scope = [o for o in report.outcomes if o.item.expect is not None]
            oos = [o for o in report.outcomes if o.item.expect is None]
            row += [taken, sum(o.right for o in in_scope), sum(o.reply.status in ("answer", "urgent") for o in oos)]
            talked = sum(o.reply.status == "smalltalk" for o in report.outcomes)
            row.append(talked)
        total = sum(1 for _, k in talk[name] if k is not None)
        n_in = len(in_scope)
        print(
            f"{name:12} {'+'.join(held_q):18} {row[0]:3}/{total} {row[4]:3}/{total} | "
            f"{row[1]}/{n_in} {row[2]}/{len(oos)} / {row[5]}/{n_in} {row[6]}/{len(oos)} | "
            f"questions taken as small talk {row[3]} / {row[7]}"
        )
        for j, v in enumerate((row[0], row[4], total, row[1], row[5], n_in, row[2], row[6], row[3], row[7])):
            sums[j] += v
    if not args.no_check:
        print(
            f"all: small talk {sums[0] / sums[2]:.1%} -> {sums[1] / sums[2]:.1%}; questions right "
            f"{sums[3] / sums[5]:.1%} -> {sums[4] / sums[5]:.1%}; oos answered {sums[6]} -> {sums[7]}; "
            f"questions taken as small talk {sums[8]} -> {sums[9]}"
        )
    if args.write:
        model = fit_all(["training", *SMALLTALK_SETS], list(QUESTION_SETS))
        raw = {
            "threshold": args.threshold,
            "sure": args.sure,
            "vocabulary": sorted(model.vocabulary),
            "kinds": {k: {"bias": m.bias, "weights": dict(sorted(m.weights.items()))} for k, m in model.kinds.items()},
        }
        DEFAULT_PATH.write_text(json.dumps(raw, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        print(f"wrote {DEFAULT_PATH.relative_to(ROOT)}: {sum(len(m.weights) for m in model.kinds.values())} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
