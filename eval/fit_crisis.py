"""Fit the crisis model of ``knowledge/crisis_model.py`` and check it on rounds it was not fitted on.

Usage::

    python eval/fit_crisis.py                       # leave-one-round-out check, rules alone beside it
    python eval/fit_crisis.py --write               # ... and write knowledge/crisis_model.json
    python eval/fit_crisis.py --crisis 0.5 --cue 0.2 --dismiss 0.2 --overrule 0.08  # the shipped thresholds

Messages from people in danger: the crisis sets' ``crisis: true`` items, the urgent items of
dev.yaml and dev2.yaml, and those of the training file ``eval/train/crisis.yaml``. Everything else
is a message the card is not for: the crisis sets' other items (hyperbole, stories, statistics and
law questions, hotline questions, everyday chat), the training file's others (danger words in
jokes, games, recipes), the questions of the question sets and of the knowledge base, and the
small talk (sets and training file). Only the sets named below are read: each newer round stays
out until it has been measured.

The check leaves each crisis round out in turn (its messages, danger and not), fits on the rest,
and counts, over the whole decision (``KnowledgeBase.decide``), how many of the left-out round's
crisis messages get the card and how many others do; the rules alone are printed beside it. The
rules were tuned on these rounds after each was measured, so "rules alone" flatters the rules.

The fitting itself is ``eval/sparse_logistic.py``.

A cue from 0.15 (it was 0.2 until the training file's second batch): with the batch, left out
round by round over rounds 1-15, 0.2 missed 5 of 2,268 crisis messages and carded 59 of 2,282
others; 0.15 misses 3 (as many as before the batch) and cards 64 (73 before the batch).

A rules crisis overruled below 0.05 (it was 0.03 until round 28's training batch): left out round by
round over rounds 1-26, three orders, 0.03 missed 1 of 4,268 crisis messages and carded 115 of 4,277
others; 0.05 misses the same one and cards 109; 0.08 and 0.10 the same one and 96 and 93, but the
nearest crisis message the rules found then stands at 0.101 ("bị bắt nạt hoài"), too close.
0.10 since the twenty-eighth session's refit (rounds 1-118): fitted without rounds 115, 116 and 118,
on them no crisis message the rules found fell under 0.15 and 13 of 985 others were carded fewer at
0.10 (66 -> 53), every crisis message still carded; "bị bắt nạt hoài" now stands at 0.87.

A cue from 0.2, and a rules cue dismissed below 0.2, since the twenty-ninth session (0.15 and 0.1 were
set on rounds 1-15 with a far smaller model; a rules cue the model puts at or past the cue line stays
a cue, so the dismiss line is never above it). Two fits without rounds 100-119 (9,451 messages, 3,710
in danger), one before rounds 120-121 were added and one after, checked on them: at 0.15 / 0.1 / 0.1
(cue / dismiss / overrule) 3,710 and 3,708 crisis messages were carded, 262 and 230 of 5,741 others;
at 0.2 / 0.2 / 0.1 the same 3,710 and 3,708, and 240 and 210 others. At 0.3 / 0.3 / 0.1, 216 and 190,
but the second fit lost "someone left a photo of my son's classroom in our mailbox with 'I'm watching
him'" (0.22): the 0.3 / 0.3 shipped at `72e0a8c` were brought down to 0.2. The crisis messages the
rules found a cue in stood at 0.93 and above. A rules crisis overruled at 0.12 carded 14 fewer in the
first fit, but the lowest rules crisis stood at 0.134 there and at 0.079 in the second (lost at 0.1
too, as with the old lines).
A rules crisis overruled below 0.08 since the forty-second session's refit (rounds 1-166): on the
repository's crisis sets no rules crisis stood between 0.05 and 0.15 (7 harmless ones between 0.05 and
0.08, which 0.08 still overrules), and a writer beaten in a message that also asks about a film ("phim
đó có hợp cho con xem không, mà bố đánh em chảy máu rồi") fell to 0.09.
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
from knowledge.crisis_model import DEFAULT_PATH, CrisisModel, features  # noqa: E402
from knowledge.wordmodel import WordModel  # noqa: E402

sys.path.insert(0, str(ROOT / "eval"))
from sparse_logistic import fit  # noqa: E402

CRISIS_ROUNDS = (
    "crisis", "crisis-2", "crisis-3", "crisis-4", "crisis-5", "crisis-6", "crisis-7", "crisis-8", "crisis-9",
    "crisis-10", "crisis-11", "crisis-12", "crisis-13", "crisis-14",
    "crisis-15", "crisis-16", "crisis-17", "crisis-18", "crisis-19", "crisis-20",
    "crisis-21", "crisis-22", "crisis-23", "crisis-24", "crisis-25", "crisis-26", "crisis-27", "crisis-28", "crisis-29",
    "crisis-30", "crisis-31", "crisis-32", "crisis-33", "crisis-34", "crisis-35", "crisis-36", "crisis-37",
    "crisis-38", "crisis-39", "crisis-40", "crisis-41", "crisis-42", "crisis-43", "crisis-44", "crisis-45",
    "crisis-46", "crisis-47", "crisis-48", "crisis-49", "crisis-50", "crisis-51", "crisis-52", "crisis-53",
    "crisis-54", "crisis-55", "crisis-56", "crisis-57", "crisis-58", "crisis-59",
    "crisis-60", "crisis-61", "crisis-62", "crisis-63", "crisis-64", "crisis-65", "crisis-66", "crisis-67",
    "crisis-68", "crisis-69", "crisis-70", "crisis-71", "crisis-72", "crisis-73", "crisis-74", "crisis-75",
    "crisis-76", "crisis-77", "crisis-78", "crisis-79", "crisis-80", "crisis-81", "crisis-82",
    "crisis-83", "crisis-84", "crisis-85", "crisis-86", "crisis-87", "crisis-88", "crisis-89", "crisis-90",
    "crisis-91", "crisis-92", "crisis-93", "crisis-94", "crisis-95", "crisis-96", "crisis-97",
    "crisis-98", "crisis-99", "crisis-100", "crisis-101", "crisis-102", "crisis-103", "crisis-104", "crisis-105",
    "crisis-106", "crisis-107", "crisis-108", "crisis-109",
    "crisis-110", "crisis-111", "crisis-112", "crisis-113", "crisis-114", "crisis-115", "crisis-116",
    "crisis-117", "crisis-118", "crisis-119", "crisis-120", "crisis-121", "crisis-122",
    "crisis-123", "crisis-124", "crisis-125", "crisis-126", "crisis-127", "crisis-128", "crisis-129", "crisis-130",
    "crisis-131", "crisis-132", "crisis-133", "crisis-134", "crisis-135", "crisis-136", "crisis-137",
    "crisis-138", "crisis-139", "crisis-140", "crisis-141", "crisis-142", "crisis-143",
    "crisis-144", "crisis-145", "crisis-146", "crisis-147", "crisis-148", "crisis-149", "crisis-150", "crisis-151",
    "crisis-152", "crisis-153", "crisis-154", "crisis-155", "crisis-156", "crisis-157", "crisis-158", "crisis-159",
    "crisis-160", "crisis-161", "crisis-162", "crisis-163", "crisis-164", "crisis-165", "crisis-166", "crisis-167",
    "crisis-168", "crisis-169", "crisis-170", "crisis-171", "crisis-172", "crisis-173", "crisis-174", "crisis-175",
    "crisis-176", "crisis-177", "crisis-178", "crisis-179", "crisis-180", "crisis-181", "crisis-182", "crisis-183",
    "crisis-184", "crisis-185", "crisis-186", "crisis-187", "crisis-188", "crisis-189", "crisis-190", "crisis-191",
)  # fmt: skip
QUESTION_SETS = (
    "qa-000", "qa-001-004", "qa-005", "qa-006", "qa-007", "qa-008", "qa-009", "qa-010", "qa-011",
    "qa-012", "qa-013", "qa-014", "qa-015", "qa-016", "qa-017",
    "qa-018", "qa-019", "qa-020", "qa-021", "qa-022", "qa-023", "qa-024", "qa-025", "qa-026",
    "qa-027", "qa-028", "qa-029", "qa-030", "qa-031", "qa-032", "qa-033", "qa-034", "qa-035", "qa-036",
    "qa-037", "qa-038", "qa-039", "qa-040", "qa-041", "qa-042", "qa-043", "qa-044", "qa-045", "qa-046", "qa-047",
    "qa-048", "qa-049", "qa-050", "qa-051", "qa-052", "qa-053", "qa-054",
    "qa-055", "qa-056", "qa-057", "qa-058", "qa-059", "qa-060", "qa-061", "qa-062", "qa-063", "qa-064",
    "qa-065", "qa-066", "qa-067", "qa-068", "qa-069", "qa-070", "qa-071", "qa-072", "qa-073", "qa-074",
    "qa-075", "qa-076", "qa-077", "qa-078", "qa-079", "qa-080", "qa-081", "qa-082",
    "qa-083", "qa-084", "qa-085", "qa-086", "qa-087", "qa-088", "qa-089", "qa-090", "qa-091", "qa-092", "qa-093",
    "qa-094", "qa-095", "qa-096", "qa-097", "qa-098", "qa-099", "qa-100", "qa-101", "qa-102", "qa-103",
    "qa-104", "qa-105", "qa-106", "qa-107", "qa-108", "qa-109", "qa-110", "qa-111", "qa-112",
    "qa-113", "qa-114", "qa-115", "qa-116",
    "qa-117", "qa-118", "qa-119", "qa-120", "qa-121", "qa-122", "qa-123", "qa-124", "qa-125", "qa-126",
    "qa-127", "qa-128", "qa-129", "qa-130", "qa-131", "qa-132", "qa-133", "qa-134", "qa-135", "qa-136", "qa-137",
    "qa-138", "qa-139", "qa-140", "qa-141", "qa-142", "qa-143", "qa-144", "qa-145", "qa-146", "qa-147",
    "qa-148", "qa-149", "qa-150", "qa-151", "qa-152", "qa-153", "qa-154", "qa-155", "qa-156", "qa-157", "qa-158",
    "qa-159", "qa-160", "qa-161", "qa-162", "qa-163", "qa-164", "qa-165", "qa-166", "qa-167", "qa-168", "qa-169",
    "qa-170", "qa-171", "qa-172", "qa-173", "qa-174", "qa-175", "qa-176", "qa-177", "qa-178", "qa-179",
    "qa-180", "qa-181", "qa-182", "qa-183", "qa-184", "qa-185", "qa-186", "qa-187", "qa-188", "qa-189", "qa-190",
    "qa-191", "qa-192", "qa-193", "qa-194", "qa-195", "qa-196", "qa-197", "qa-198",
)  # fmt: skip
SMALLTALK_SETS = (
    "smalltalk", "smalltalk-2", "smalltalk-3", "smalltalk-4", "smalltalk-5", "smalltalk-6", "smalltalk-7",
    "smalltalk-8", "smalltalk-9", "smalltalk-10", "smalltalk-11",
    "smalltalk-12", "smalltalk-13", "smalltalk-14", "smalltalk-15", "smalltalk-16", "smalltalk-17",
    "smalltalk-18", "smalltalk-19", "smalltalk-20",
    "smalltalk-21", "smalltalk-22", "smalltalk-23", "smalltalk-24", "smalltalk-25", "smalltalk-26", "smalltalk-27",
    "smalltalk-28", "smalltalk-29", "smalltalk-30", "smalltalk-31", "smalltalk-32", "smalltalk-33",
    "smalltalk-34", "smalltalk-35", "smalltalk-36", "smalltalk-37", "smalltalk-38", "smalltalk-39", "smalltalk-40",
    "smalltalk-41", "smalltalk-42", "smalltalk-43", "smalltalk-44", "smalltalk-45", "smalltalk-46", "smalltalk-47",
    "smalltalk-48", "smalltalk-49", "smalltalk-50", "smalltalk-51", "smalltalk-52", "smalltalk-53", "smalltalk-54",
    "smalltalk-55", "smalltalk-56", "smalltalk-57", "smalltalk-58", "smalltalk-59",
    "smalltalk-60", "smalltalk-61", "smalltalk-62", "smalltalk-63", "smalltalk-64", "smalltalk-65", "smalltalk-66",
    "smalltalk-67", "smalltalk-68", "smalltalk-69", "smalltalk-70", "smalltalk-71", "smalltalk-72", "smalltalk-73",
    "smalltalk-74", "smalltalk-75", "smalltalk-76", "smalltalk-77", "smalltalk-78", "smalltalk-79", "smalltalk-80",
    "smalltalk-81", "smalltalk-82", "smalltalk-83", "smalltalk-84", "smalltalk-85", "smalltalk-86", "smalltalk-87",
    "smalltalk-88", "smalltalk-89", "smalltalk-90", "smalltalk-91", "smalltalk-92",
    "smalltalk-93", "smalltalk-94", "smalltalk-95", "smalltalk-96", "smalltalk-97",
    "smalltalk-98", "smalltalk-99", "smalltalk-100", "smalltalk-101", "smalltalk-102", "smalltalk-103",
    "smalltalk-104", "smalltalk-105", "smalltalk-106", "smalltalk-107", "smalltalk-108", "smalltalk-109",
    "smalltalk-110", "smalltalk-111", "smalltalk-112", "smalltalk-113", "smalltalk-114", "smalltalk-115",
    "smalltalk-116", "smalltalk-117", "smalltalk-118", "smalltalk-119", "smalltalk-120", "smalltalk-121",
    "smalltalk-122", "smalltalk-123", "smalltalk-124", "smalltalk-125", "smalltalk-126", "smalltalk-127",
    "smalltalk-128", "smalltalk-129", "smalltalk-130", "smalltalk-131", "smalltalk-132", "smalltalk-133",
    "smalltalk-134", "smalltalk-135", "smalltalk-136", "smalltalk-137", "smalltalk-138", "smalltalk-139",
    "smalltalk-140", "smalltalk-141", "smalltalk-142", "smalltalk-143", "smalltalk-144",
    "smalltalk-145", "smalltalk-146", "smalltalk-147", "smalltalk-148", "smalltalk-149", "smalltalk-150",
    "smalltalk-151", "smalltalk-152", "smalltalk-153", "smalltalk-154",
)  # fmt: skip


# Written to be learned from, never measured on (eval/README.md): messages with danger words that
# are no danger ("mệt muốn chết", a game, a recipe), messages from people in danger, small talk.
TRAINING = ROOT / "eval/train"
ORDERS = 3  # weights averaged over three shuffled orders (eval/sparse_logistic.py)


def training(name: str) -> list[dict[str, object]]:
    """The items of ``eval/train/NAME.yaml``, read in every fit and every fold, never checked on."""
    items: list[dict[str, object]] = yaml.safe_load((TRAINING / f"{name}.yaml").read_text(encoding="utf-8"))
    return items


def halves(name: str) -> list[Path]:
    """A blind set's files, its tune half then its held-out half (the fitting scripts read both).

    A held-out half not yet measured is not in the repository (eval/README.md): then the tune half."""
    holdout = ROOT / f"eval/blind/{name}.holdout.yaml"
    return [ROOT / f"eval/blind/{name}.tune.yaml", *([holdout] if holdout.exists() else [])]


def both_halves(name: str) -> list[dict[str, object]]:
    """The items of a blind set, its tune half then its held-out half (``halves``)."""
    out: list[dict[str, object]] = []
    for path in halves(name):
        out.extend(yaml.safe_load(path.read_text(encoding="utf-8")))
    return out


def labelled() -> tuple[dict[str, list[tuple[str, int]]], list[tuple[str, int]]]:
    """Each crisis round's messages, and every other labelled message."""
    rounds = {name: [(str(x["q"]), int(bool(x["crisis"]))) for x in both_halves(name)] for name in CRISIS_ROUNDS}
    rest: list[tuple[str, int]] = []
    for name in (*QUESTION_SETS, *SMALLTALK_SETS):
        rest.extend((str(x["q"]), 0) for x in both_halves(name))
    rest.extend((str(x["q"]), int(bool(x["crisis"]))) for x in training("crisis"))
    rest.extend((str(x["q"]), 0) for x in training("smalltalk"))
    for path in (ROOT / "eval/dev.yaml", ROOT / "eval/dev2.yaml"):
        for x in yaml.safe_load(path.read_text(encoding="utf-8")):
            rest.append((str(x["q"]), int(x.get("status") == "urgent")))
    return rounds, rest


class Reader:
    """Each message understood and judged by the rules once, whatever is fitted on it."""

    def __init__(self, base: KnowledgeBase) -> None:
        self.base = base
        self._seen: dict[str, frozenset[str]] = {}

    def __call__(self, text: str) -> frozenset[str]:
        if text not in self._seen:
            message = self.base.understand(text)
            self._seen[text] = frozenset(features(message.spelt, self.base.cues(message)))
        return self._seen[text]


def check(base: KnowledgeBase, model: CrisisModel | None, items: list[tuple[str, int]]) -> tuple[int, int, int, int]:
    """Crisis messages carded, crisis messages, other messages carded, other messages."""
    base.crisis_model = model
    carded = [base.decide(base.understand(text)).status == "urgent" for text, _ in items]
    danger = [c for c, (_, y) in zip(carded, items, strict=True) if y]
    other = [c for c, (_, y) in zip(carded, items, strict=True) if not y]
    return sum(danger), len(danger), sum(other), len(other)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"write {DEFAULT_PATH.relative_to(ROOT)}")
    parser.add_argument("--crisis", type=float, default=0.5, help="probability for the card")
    parser.add_argument("--cue", type=float, default=0.2, help="probability for a cue")
    parser.add_argument("--dismiss", type=float, default=0.2, help="below this, a cue of the rules is dismissed")
    parser.add_argument("--overrule", type=float, default=0.08, help="below this, a crisis of the rules is too")
    parser.add_argument("--no-check", action="store_true", help="with --write: fit on everything, skip the check")
    parser.add_argument("--orders", type=int, default=ORDERS, help="shuffled orders the weights are averaged over")
    args = parser.parse_args()
    base = KnowledgeBase.load()
    read = Reader(base)
    rounds, rest = labelled()
    print("left-out round     rules alone: carded, others carded | with the model")
    totals = [0, 0, 0, 0, 0, 0]
    checked = {} if args.no_check else rounds
    for name, items in checked.items():
        train = [(read(t), y) for other, its in rounds.items() if other != name for t, y in its]
        fitted = fit(train + [(read(t), y) for t, y in rest], orders=args.orders)
        rules = check(base, None, items)
        judge = CrisisModel(WordModel.of(fitted), args.crisis, args.cue, args.dismiss, args.overrule)
        model = check(base, judge, items)
        for i, v in enumerate((rules[0], rules[2], model[0], model[2], rules[1], rules[3])):
            totals[i] += v
        print(
            f"{name:12} {rules[0]:4}/{rules[1]} {rules[2]:3}/{rules[3]} | "
            f"{model[0]:4}/{model[1]} {model[2]:3}/{model[3]}"
        )
    d, n = totals[4], totals[5]
    if d and n:
        print(f"{'all':12} {totals[0] / d:.1%} {totals[1] / n:.1%} | {totals[2] / d:.1%} {totals[3] / n:.1%}")
    if args.write:
        fitted = fit(
            [(read(t), y) for its in rounds.values() for t, y in its] + [(read(t), y) for t, y in rest],
            orders=args.orders,
        )
        DEFAULT_PATH.write_text(
            json.dumps(
                fitted | {"crisis": args.crisis, "cue": args.cue, "dismiss": args.dismiss, "overrule": args.overrule},
                ensure_ascii=False,
                indent=0,
                sort_keys=True,
            )
            + "\n",
            encoding="utf-8",
        )
        print(f"wrote {DEFAULT_PATH.relative_to(ROOT)}: {len(fitted['weights'])} weights")  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
