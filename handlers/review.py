"""The editors' review: what people asked that went unanswered, which entry they chose for a
question, which entries they disliked, and which entries nobody has checked for too long.

The records give the raw lists (``Records.review``); this module groups near-duplicate
questions and asks the current knowledge base for its best guess. It imports no Telegram:
``python -m bot review`` and the admins' ``/review`` both call :func:`build`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from knowledge.base import KnowledgeBase
from knowledge.normalize import fold
from records import Disliked, ReviewData

DEFAULT_DAYS = 30
MAX_EXAMPLES = 3
# Two questions are near-duplicates when, folded, one's words are (nearly) the other's
# (token_set_ratio) and, in any order, they are (nearly) the same text (token_sort_ratio):
# the second keeps "111" apart from "111 có miễn phí không", which share every word of the first.
SAME_WORDS = 90
SAME_TEXT = 75
# What the knowledge base does with a question that still needs an editor.
OPEN = ("decline", "suggest")


@dataclass(frozen=True)
class Unanswered:
    question: str  # the wording asked most often
    count: int
    examples: tuple[str, ...]  # up to three wordings of the group, the most frequent first
    best_guess: str | None  # the entry or fact the knowledge base now matches best


@dataclass(frozen=True)
class Learned:
    question: str
    entry_id: str
    count: int


@dataclass(frozen=True)
class Stale:
    id: str
    checked: dt.date


@dataclass(frozen=True)
class Review:
    days: int
    unanswered: list[Unanswered] = field(default_factory=list)
    learned: list[Learned] = field(default_factory=list)
    disliked: list[Disliked] = field(default_factory=list)
    stale: list[Stale] = field(default_factory=list)

    def as_json(self) -> dict[str, list[dict[str, object]]]:
        """One object with the four lists, each a list of objects."""
        return {
            "unanswered": [asdict(u) | {"examples": list(u.examples)} for u in self.unanswered],
            "learned": [asdict(learned) for learned in self.learned],
            "disliked": [asdict(d) for d in self.disliked],
            "stale": [{"id": s.id, "checked": s.checked.isoformat()} for s in self.stale],
        }


@dataclass(frozen=True)
class Group:
    """Near-duplicate questions, the most asked wording first."""

    wordings: list[str]
    count: int


def group(asked: Iterable[tuple[str, int]]) -> list[Group]:
    """Near-duplicate questions together, largest group first; ``asked`` is (question, times asked).

    Each question, the most asked first, joins the group whose first wording it is closest to,
    comparing folded text (case, diacritics and punctuation do not count), or starts a group of its own.
    """
    by_key: dict[str, list[tuple[str, int]]] = {}  # wordings that fold the same are one group from the start
    for question, count in asked:
        by_key.setdefault(fold(question) or question.strip(), []).append((question, count))
    keys = sorted(by_key, key=lambda k: -sum(n for _, n in by_key[k]))
    if not keys:
        return []
    # token_sort_ratio is ratio on sorted words: every pair at once, in C. Only the few pairs that
    # pass it are compared word-set against word-set.
    ordered = [" ".join(sorted(key.split())) for key in keys]
    same_text = process.cdist(ordered, ordered, scorer=fuzz.ratio, processor=None, score_cutoff=SAME_TEXT,
                              dtype=np.uint8, workers=-1)
    leader_of: dict[int, int] = {}  # key index -> index of its group in ``members``
    members: list[list[tuple[str, int]]] = []
    for index, key in enumerate(keys):
        best, best_score = None, 0.0
        for other in np.flatnonzero(same_text[index, :index]):
            if int(other) in leader_of:
                score = fuzz.token_set_ratio(key, keys[other], processor=None, score_cutoff=SAME_WORDS)
                if score > best_score:
                    best, best_score = leader_of[int(other)], score
        if best is None:
            leader_of[index] = len(members)
            members.append(list(by_key[key]))
        else:
            members[best] += by_key[key]
    groups = []
    for wordings in members:
        wordings.sort(key=lambda w: -w[1])  # stable: equally asked wordings keep the order they came in
        groups.append(Group([w for w, _ in wordings], sum(n for _, n in wordings)))
    return sorted(groups, key=lambda g: -g.count)


def build(data: ReviewData, kb: KnowledgeBase, stale_days: int, today: dt.date | None = None) -> Review:
    """The review of ``data`` against the knowledge base in service.

    A question the knowledge base now answers (or treats as small talk or a crisis) needs no
    editor and is left out of ``unanswered``; a question it now answers with the entry people
    chose is learned already and is left out of ``learned``, as is an entry that is gone.
    """
    unanswered = []
    for found in group((a.question, a.count) for a in data.unanswered):
        question = found.wordings[0]
        reply = kb.ask(question)
        if reply.status not in OPEN:
            continue
        # The first suggestion is the top match; a declined question is looked up again.
        match = None if reply.suggestions else kb.closest(question)
        best = reply.suggestions[0].id if reply.suggestions else match.id if match else None
        unanswered.append(Unanswered(question, found.count, tuple(found.wordings[:MAX_EXAMPLES]), best))
    by_entry: dict[str, list[tuple[str, int]]] = {}
    for chosen in data.chosen:
        by_entry.setdefault(chosen.entry_id, []).append((chosen.question, chosen.count))
    learned = []
    for entry_id, asked in by_entry.items():
        if entry_id not in kb.items:
            continue
        for found in group(asked):
            reply = kb.ask(found.wordings[0])
            if (reply.status, reply.id) != ("answer", entry_id):
                learned.append(Learned(found.wordings[0], entry_id, found.count))
    learned.sort(key=lambda item: (-item.count, item.entry_id, item.question))
    stale = [Stale(item.id, item.checked) for item in kb.stale(stale_days, today)]
    return Review(data.days, unanswered, learned, list(data.disliked), stale)
