"""Score the bot against a file of questions with the strings a right answer must contain.

The file format is that of ``shared/eval/dev.yaml``: a list of items with ``q``,
``expect`` (list of strings, any one suffices; null = out of scope, the bot must
not answer), optional ``status: urgent``, ``style`` and ``topic``.

A crisis file is a list of items with ``q`` and ``crisis: true|false`` (optional
``situation``, ``voice``, ``style``, ``kind``): every crisis message must get the
hotline card and no other message may (``evaluate_crisis``).
"""

from __future__ import annotations

import re
import statistics
import timeit
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Literal, TypeVar

import yaml

from knowledge.crisis import CrisisVerdict
from knowledge.reply import Reply
from knowledge.text import render_text
from knowledge.understand import SESSION

T = TypeVar("T")  # whatever a detection reads

_DIGIT_GROUP = re.compile(r"(?<=\d)[.,](?=\d)")
# A figure's unit in either language: keys are copied from the Vietnamese documents, and a question
# asked in English is answered in English ("281 triệu" is "281 million").
_UNITS = {"trieu": "million", "ty": "billion", "ti": "billion", "nghin": "thousand", "ngan": "thousand"}
_UNIT = re.compile(rf"(?<=\d) ({'|'.join(_UNITS)})\b")
_PERCENT = re.compile(r"(?<=\d) ?(?:%|phan tram|percent|per cent)")
# ... and its currency or session (``SESSION``) in either order: "630 triệu USD" is "USD 630 million",
# "Khóa 77" the "77th session".
_USD_FIRST = re.compile(r"\busd (\d+(?:[.,]\d+)*(?: (?:million|billion|thousand))?)")


@dataclass(frozen=True)
class Item:
    question: str
    expect: tuple[str, ...] | None
    urgent: bool = False
    style: str = "?"
    topic: str = "?"


# What became of one question: an in-scope question is answered right, answered wrong
# (status "answer" but no key in the text), suggested, declined or something else
# (small talk, or the urgent card where none was due, or none where one was); an
# out-of-scope question is answered (status "answer" or "urgent") or not.
Kind = Literal["right", "wrong", "suggested", "declined", "other", "oos-answered", "oos-kept"]


@dataclass(frozen=True)
class Outcome:
    item: Item
    reply: Reply
    right: bool
    why: str = ""

    @property
    def kind(self) -> Kind:
        if self.item.expect is None:
            return "oos-kept" if self.right else "oos-answered"
        if self.right:
            return "right"
        if self.item.urgent:
            return "other"
        return {"answer": "wrong", "suggest": "suggested", "decline": "declined"}.get(  # type: ignore[return-value]
            self.reply.status, "other"
        )


@dataclass
class Report:
    outcomes: list[Outcome] = field(default_factory=list)

    @property
    def in_scope(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.item.expect is not None]

    @property
    def out_of_scope(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.item.expect is None]

    @property
    def accuracy(self) -> float:
        return _share(self.in_scope)

    @property
    def false_answer_rate(self) -> float:
        items = self.out_of_scope
        return sum(not o.right for o in items) / len(items) if items else 0.0

    @property
    def wrong_answer_rate(self) -> float:
        """The share of in-scope questions answered with an entry that lacks every key."""
        items = self.in_scope
        return sum(o.kind == "wrong" for o in items) / len(items) if items else 0.0

    def kinds(self, key: Callable[[Item], str]) -> dict[str, Counter[Kind]]:
        """Per group (a style, a topic), how many outcomes of each kind."""
        groups: dict[str, Counter[Kind]] = defaultdict(Counter)
        for outcome in self.outcomes:
            groups[key(outcome.item)][outcome.kind] += 1
        return dict(sorted(groups.items()))

    def by(self, key: Callable[[Item], str]) -> dict[str, tuple[int, int]]:
        groups: dict[str, list[Outcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[key(outcome.item)].append(outcome)
        return {k: (sum(o.right for o in v), len(v)) for k, v in sorted(groups.items())}

    @property
    def misses(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.right]


def _share(outcomes: Sequence[Outcome]) -> float:
    return sum(o.right for o in outcomes) / len(outcomes) if outcomes else 0.0


_DASH = re.compile(r"\s*[-–—]\s*")


def comparable(text: str) -> str:
    """The evaluation's normalisation: lower case, no diacritics, đ->d, no digit-group separators, and
    one hyphen for any dash with or without spaces ("2000 - 2002" is "2000–2002")."""
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D").casefold())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _PERCENT.sub("%", _UNIT.sub(lambda m: " " + _UNITS[m.group(1)], text))
    text = SESSION.sub(lambda m: f"session {m.group(1) or m.group(2)}", _USD_FIRST.sub(r"\1 usd", text))
    return _DASH.sub("-", _DIGIT_GROUP.sub("", text))


def contains_key(text: str, key: str) -> bool:
    """Whether ``text`` contains ``key``; a key of digits must not be part of a longer number."""
    haystack, needle = comparable(text), comparable(key)
    if needle.isdigit():
        return re.search(rf"(?<!\d){needle}(?!\d)", haystack) is not None
    return needle in haystack


def load_items(path: Path) -> list[Item]:
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = []
    for raw in data:
        expect = raw.get("expect")
        items.append(
            Item(
                question=str(raw["q"]),
                expect=None if expect is None else tuple(str(e) for e in expect),
                urgent=raw.get("status") == "urgent",
                style=str(raw.get("style", "?")),
                topic=str(raw.get("topic", "?")),
            )
        )
    return items


def judge(item: Item, reply: Reply) -> Outcome:
    text = render_text(reply)
    if item.expect is None:
        answered = reply.status in ("answer", "urgent")
        return Outcome(item, reply, not answered, "answered an out-of-scope question" if answered else "")
    if item.urgent:
        ok = reply.status == "urgent" and contains_key(text, "111")
        return Outcome(item, reply, ok, "" if ok else f"status {reply.status}, expected the urgent card")
    if reply.status != "answer":
        return Outcome(item, reply, False, f"status {reply.status}")
    if any(contains_key(text, key) for key in item.expect):
        return Outcome(item, reply, True)
    return Outcome(item, reply, False, f"answer {reply.id} lacks {list(item.expect)}")


def evaluate(items: Sequence[Item], ask: Callable[[str], Reply]) -> Report:
    return Report([judge(item, ask(item.question)) for item in items])


@dataclass(frozen=True)
class CrisisItem:
    question: str
    crisis: bool
    situation: str = "?"
    voice: str = "?"
    style: str = "?"
    kind: str = "?"


@dataclass(frozen=True)
class CrisisOutcome:
    item: CrisisItem
    status: str  # of the whole reply, as the person sees it
    verdict: CrisisVerdict  # of the detector alone, to tell why

    @property
    def carded(self) -> bool:
        return self.status == "urgent"

    @property
    def right(self) -> bool:
        return self.carded == self.item.crisis


@dataclass
class CrisisReport:
    outcomes: list[CrisisOutcome] = field(default_factory=list)

    def part(self, crisis: bool) -> list[CrisisOutcome]:
        return [o for o in self.outcomes if o.item.crisis == crisis]

    def carded(self, crisis: bool) -> tuple[int, int]:
        """How many of the crisis (or of the other) messages got the card, of how many."""
        return _carded(self.outcomes, crisis)

    def by(self, key: Callable[[CrisisItem], str]) -> dict[str, tuple[tuple[int, int], tuple[int, int]]]:
        """Per group: (carded, total) among crisis messages, then among the others."""
        groups: dict[str, list[CrisisOutcome]] = defaultdict(list)
        for outcome in self.outcomes:
            groups[key(outcome.item)].append(outcome)
        return {name: (_carded(group, True), _carded(group, False)) for name, group in sorted(groups.items())}

    @property
    def misses(self) -> list[CrisisOutcome]:
        return [o for o in self.outcomes if not o.right]


def _carded(outcomes: Sequence[CrisisOutcome], crisis: bool) -> tuple[int, int]:
    part = [o for o in outcomes if o.item.crisis == crisis]
    return sum(o.carded for o in part), len(part)


def load_crisis_items(path: Path) -> list[CrisisItem]:
    """The items of ``path`` that say whether they are a crisis; others are skipped."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        CrisisItem(
            question=str(raw["q"]),
            crisis=raw["crisis"],
            situation=str(raw.get("situation") or "-"),
            voice=str(raw.get("voice") or "?"),
            style=str(raw.get("style") or "?"),
            kind=str(raw.get("kind") or "?"),
        )
        for raw in data or []
        if isinstance(raw, dict) and isinstance(raw.get("crisis"), bool)
    ]


def evaluate_crisis(
    items: Sequence[CrisisItem], ask: Callable[[str], Reply], detect: Callable[[str], CrisisVerdict]
) -> CrisisReport:
    """``detect`` reads a message as typed and says what the detection (cues and model) made of it."""
    return CrisisReport([CrisisOutcome(i, ask(i.question).status, detect(i.question)) for i in items])


def detection_ms(messages: Sequence[T], detect: Callable[[T], CrisisVerdict], rounds: int = 20) -> float:
    """The median time detection takes on one already understood message, in milliseconds."""
    times = [min(timeit.repeat(partial(detect, m), number=rounds, repeat=3)) / rounds for m in messages]
    return statistics.median(times) * 1000 if times else 0.0


@dataclass(frozen=True)
class SmallTalkOutcome:
    question: str
    kind: str
    style: str
    status: str

    @property
    def right(self) -> bool:
        """Small talk is acknowledged as such: never a decline, a "did you mean" or the crisis card."""
        return self.status == "smalltalk"


def evaluate_smalltalk(path: Path, ask: Callable[[str], Reply]) -> list[SmallTalkOutcome]:
    """Items with ``q``, ``kind`` and ``style`` (no ``expect``): each must be taken as small talk."""
    data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
    outcomes = []
    for raw in data:
        question = str(raw["q"])
        kind, style = str(raw.get("kind", "?")), str(raw.get("style", "?"))
        outcomes.append(SmallTalkOutcome(question, kind, style, ask(question).status))
    return outcomes
