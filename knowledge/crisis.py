"""Tell a message from someone in danger apart from a question about danger.

A crisis is a situation rather than a phrase: someone (the writer, or someone
close to them) to whom a harm happens, now or again and again, often with a
plea. "con tôi bị xâm hại" and "năm 2021 có bao nhiêu ca xâm hại" share their
harm; only the first has a person it happens to, and the second asks for a
figure. So every kind of cue adds to a score, and information cues (figures,
laws, definitions, years) take from it.

The cues live in ``knowledge/data/crisis.yaml`` and are matched, as whole words,
on folded text (see ``knowledge.normalize.fold``), so each is written once, with
or without diacritics. A cue is:

- words: ``bị đánh`` (also matches "bi danh");
- alternatives: ``bị đánh | đánh đập``, and inside a phrase ``(giữ | thu) hộ chiếu``;
- words that may be left out: ``trả (hết)? nợ``;
- parts in order with up to ``gap`` words between them: ``(giữ | thu) ... (hộ chiếu | passport)``;
- a named word list: ``@abroad``; any number: ``#`` (folding splits "13t" into "13 t");
  a year: ``#year``; the start of the message: ``^``; its end: ``$``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from knowledge.normalize import fold
from knowledge.schema import CrisisRules

Level = Literal["none", "cue", "crisis"]

_HARM_KINDS = ("alone", "grave", "harm")
_PERSON_KINDS = ("first_person", "close_person")
# Masks hide what a word is not; times and info cues are left alone ("tối nay" masks
# the person "tôi" in it, and is still tonight).
_MASKED = (*_PERSON_KINDS, "plea", *_HARM_KINDS)
# Words that turn a sentence round: "mà" is left out, since folded it is also "ma" and "má".
_CONTRAST = frozenset({"nhung", "but", "however", "though"})
# A cue's word that stands for a class of words rather than itself.
_NUMBER, _YEAR, _START, _END = "#", "#year", "^", "$"
# How close a person and a harm must be to read as the harm happening to them:
# before it ("em bị đánh", "my son is being threatened"), or just after it as its
# object ("đánh em", "threatening my son").
_BOUND_BEFORE, _BOUND_AFTER = 2, 1
_BOUND_PASSIVE = 4  # "bị" and up to three words of who did it
_ROLE = frozenset({("dong", "vai"), ("vao", "vai"), ("nhap", "vai"), ("dien", "vai")})
_AGENTS = frozenset("nguoi ta ng no bon han ho chung tui ke ai do thang lao".split())
_CHUNK = re.compile(r"\([^)]*\)\??|[^\s()]+")
_MAX_INFO = 3  # past three, more figures and years make a question no more a question


@dataclass(frozen=True)
class CrisisVerdict:
    # crisis: the card at once; cue: a danger cue that might also be a topical question,
    # answered only when the knowledge base is sure of its answer.
    level: Level
    situation: str | None  # sexual-abuse, violence, online, trafficking, missing, self-harm, child-labour, neglect
    reason: str  # which cues fired, for logs and tests: the rules' words, never the message's
    # A harm happens to someone the message names ("mẹ bỏ em đi"): never small talk, whatever the score.
    bound: bool = False
    # Harm words and nothing else: no one they happen to, no time, no plea ("xâm hại tình dục trẻ em").
    bare: bool = False
    # What else the rules saw (a person, a harm bound to one, now, a plea, an information or story
    # word, a grave harm): the model weighs these too, not only the words.
    signs: frozenset[str] = frozenset()
    # A harm the rules read and a mask then hid ("mơ thấy bị ma ... nhốt", "con chó bị lạc"): an
    # editor said what those words are, which the model's doubt alone does not undo.
    masked: bool = False


@dataclass(frozen=True)
class _Cue:
    kind: str
    situation: str | None
    key: int  # one cue (one line of the rules) counts once, however many of its words match
    weight: float
    first: tuple[tuple[str, ...], ...]
    rest: tuple[_Part, ...]  # the parts after the first, each within ``gap`` words of the one before


@dataclass(frozen=True)
class _Part:
    """The phrasings of one later part of a cue, by their first word, tried at each word in the gap."""

    starting: dict[str, tuple[tuple[str, ...], ...]]
    numeric: tuple[tuple[str, ...], ...]  # those that start with "#" or "#year"

    @classmethod
    def of(cls, phrasings: tuple[tuple[str, ...], ...]) -> _Part:
        starting: dict[str, list[tuple[str, ...]]] = {}
        for words in phrasings:
            if words[0] not in (_NUMBER, _YEAR):
                starting.setdefault(words[0], []).append(words)
        numeric = tuple(p for p in phrasings if p[0] in (_NUMBER, _YEAR))
        return cls({w: tuple(options) for w, options in starting.items()}, numeric)

    def at(self, words: list[str], start: int) -> tuple[str, ...] | None:
        word = words[start]
        options = self.starting.get(word, ())
        if self.numeric and word[0].isdigit():
            options += self.numeric
        return next((option for option in options if _matches(words, start, option)), None)


@dataclass(frozen=True)
class _Hit:
    cue: _Cue
    start: int
    end: int
    label: str  # the cue's words that matched, as the rules write them (folded)
    tail: int = -1  # where the words after the last gap begin; -1 when the cue has no gap
    head: int = -1  # where the words before the first gap end


class CrisisDetector:
    """Reads a folded message (``knowledge.normalize.fold``) and says whether it is a crisis."""

    def __init__(self, rules: CrisisRules) -> None:
        self._weights = w = rules.weights
        self._gap = rules.gap
        cues: list[_Cue] = []

        def add(kind: str, texts: tuple[str, ...], weight: float = 0.0, situation: str | None = None) -> None:
            for text in texts:
                key = len(cues)
                cues.extend(_compile(key, text, kind, weight, situation, rules.groups))

        add("first_person", rules.first_person)
        add("close_person", rules.close_person)
        add("mask", rules.masks)
        add("now", rules.now)
        add("plea", rules.plea)
        add("info", rules.info)
        add("story", rules.story)
        add("over", rules.over)
        for situation in rules.situations:
            add("alone", situation.alone, w.alone, situation.id)
            add("grave", situation.grave, w.grave, situation.id)
            add("harm", situation.harm, w.harm, situation.id)
        # Cues by the word they start with, or by their first two words: most words of a
        # message start none and cost a lookup or two, and "không", which starts dozens
        # of cues ("không cho về", "không dám kể"), is tried only against those whose
        # second word follows it.
        self._starting: dict[str, list[tuple[tuple[str, ...], _Cue]]] = {}
        self._pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], _Cue]]] = {}
        self._numeric: list[tuple[tuple[str, ...], _Cue]] = []
        for cue in cues:
            for words in cue.first:
                if words[0] in (_NUMBER, _YEAR):
                    self._numeric.append((words, cue))
                elif len(words) > 1 and words[1] not in (_NUMBER, _YEAR):
                    self._pairs.setdefault((words[0], words[1]), []).append((words, cue))
                else:
                    self._starting.setdefault(words[0], []).append((words, cue))
        self._order = {s.id: n for n, s in enumerate(rules.situations)}

    def __call__(self, folded: str, laughing: bool = False) -> CrisisVerdict:
        # "^" marks where the message starts: Vietnamese drops the subject, so a message
        # that opens with "bị ..." speaks of the writer. "$" marks its end: "cứu tôi với"
        # alone is a cry for help, "cứu tôi với, slide LHQ chưa xong" a student's sigh.
        tokens = [_START, *folded.split(), _END]
        found = self._hits(tokens)
        hits = _unmasked(found)
        masked = any(h.cue.kind in _HARM_KINDS for h in found) and not any(h.cue.kind in _HARM_KINDS for h in hits)
        if not hits:
            return CrisisVerdict("none", None, "no cue", masked=masked)
        w = self._weights
        people = [h for h in hits if h.cue.kind in _PERSON_KINDS]
        all_harms = _heaviest(h for h in hits if h.cue.kind in _HARM_KINDS)
        harms = _distinct(all_harms)
        # An information or story word inside a harm is part of it: "phim người lớn" shown to a
        # child is no film review.
        framing = [
            h for h in hits
            if h.cue.kind in ("info", "story") and not any(a.start <= h.start and h.end <= a.end for a in all_harms)
        ]  # fmt: skip
        infos = _distinct(framing)
        stories = any(h.cue.kind == "story" for h in framing)
        context = {
            "person": bool(people),
            "bound": any(_bound(person, harm, tokens) for harm in all_harms for person in people),
            "now": any(h.cue.kind == "now" for h in hits),
            "plea": any(h.cue.kind == "plea" for h in hits),
        }
        # The writer as the one harmed ("bố nhốt em trong nhà kho") is no character of the film
        # they also mention: a story then weighs as an information word.
        # The writer who plays a part ("..., em đóng vai cô gái bị lừa") is an actor, whatever harm
        # the words before them name.
        told = stories and not any(
            _harmed(person, harm)
            for harm in all_harms
            for person in people
            if person.cue.kind == "first_person" and tuple(tokens[person.end : person.end + 2]) not in _ROLE
        )
        # A harm told as over and put right ("công ty đã trả lại hộ chiếu", "giờ béo tốt rồi", "I'm
        # fine now"), by someone who asks for no help.
        # Laughter typed beside a harm ("thằng em lấy gối đập em lúc ngủ =))", "ai cứu tao 😂") tells a
        # joke or a game, plea and all.
        # Not one a "but" and a harm follow ("gia đình ổn lắm nhưng chú hay vào phòng em"): that harm
        # is what is going on. A "but" before a question is none ("she's fine, but how do I ...").
        overs = [h for h in hits if h.cue.kind == "over"]
        turns = [i for i, token in enumerate(tokens) if token in _CONTRAST] if overs else []
        settled = any(not any(h.end <= t < harm.start for t in turns for harm in all_harms) for h in overs)
        over = (settled and not context["plea"]) or laughing
        # Told as over, then turned to a grave harm ("he got arrested, but now his brother keeps hitting
        # me"): what follows the "but" is what goes on, whatever the words before it taught the model.
        turned = not settled and any(
            h.end <= t < harm.start and harm.cue.weight >= w.grave for t in turns for harm in all_harms for h in overs
        )
        score = (
            # Two harms named in a question about a law ("xâm hại tình dục khác gì dâm ô") are
            # not two dangers: without anyone they happen to, harms count as one grave harm.
            min(sum(h.cue.weight for h in harms), w.alone if people else w.grave)
            + sum(getattr(w, name) for name, on in context.items() if on)
            - w.info * min(len(infos), _MAX_INFO)
            # One sign of a story is enough: a child "kidnapped" in a film is a character.
            - (w.story - w.info if told else 0.0)
            - (w.over if over else 0.0)
        )
        situation = self._situation(harms)
        said = [name for name, on in context.items() if on] + (["over"] if over else [])
        reason = self._reason(score, situation, harms, said, infos)
        bound = context["bound"]
        bare = not any(context.values())
        grave = any(h.cue.weight >= w.grave for h in harms)
        signs = frozenset(
            said + (["info"] if infos else []) + (["story"] if stories else []) + (["grave"] if grave else [])
            + (["laughing"] if laughing else []) + (["turned"] if turned else [])
        )  # fmt: skip
        if any(h.cue.kind == "alone" for h in harms) and not infos:
            return CrisisVerdict("crisis", situation, reason, bound, bare, signs)
        if not harms:
            return CrisisVerdict("none", None, reason, signs=signs, masked=masked)
        # Harms nobody is said to suffer ("is smuggling across the border still going on?")
        # are a cue at most: the card if the knowledge base has no sure answer.
        # Told laughing, only a harm that stands alone is the card by the rules: the model decides.
        if score >= w.crisis and people and not laughing:
            return CrisisVerdict("crisis", situation, reason, bound, bare, signs)
        # A harm word and the writer somewhere else ("tôi muốn giúp trẻ lang thang") is
        # no cue: that takes a grave harm, or a harm to someone, now, or a plea.
        beside = grave or context["bound"] or context["now"] or context["plea"]
        level: Level = "cue" if min(score, w.crisis) >= w.cue and beside else "none"
        return CrisisVerdict(level, situation, reason, bound, bare, signs)

    def _reason(
        self, score: float, situation: str | None, harms: list[_Hit], context: list[str], infos: list[_Hit]
    ) -> str:
        parts = [f"score {score:g}"]
        # The chosen situation first, then any other the message also speaks of.
        named = sorted({h.cue.situation or "" for h in harms}, key=lambda s: (s != situation, self._order.get(s, 0)))
        parts += [f"{name}[{', '.join(h.label for h in harms if h.cue.situation == name)}]" for name in named]
        parts += context
        if infos:
            parts.append(f"info[{', '.join(h.label for h in infos)}]")
        return " ".join(parts)

    def _hits(self, words: list[str]) -> list[_Hit]:
        hits: list[_Hit] = []
        for i, word in enumerate(words):
            candidates = self._starting.get(word, [])
            if i + 1 < len(words) and (pairs := self._pairs.get((word, words[i + 1]))):
                candidates = candidates + pairs
            if word[0].isdigit():
                candidates = candidates + self._numeric
            for first, cue in candidates:
                if _matches(words, i, first):
                    found = self._extend(words, i + len(first), cue.rest, [" ".join(first)])
                    if found is not None:
                        hits.append(_Hit(cue, i, *found, head=i + len(first)))
        return hits

    def _extend(
        self, words: list[str], end: int, rest: tuple[_Part, ...], said: list[str]
    ) -> tuple[int, str, int] | None:
        """Where the cue's later parts end, each found within ``gap`` words of the one before, and
        where the last of them begins (-1 without later parts)."""
        tail = -1
        for part in rest:
            found = next(
                (
                    (start, option)
                    for start in range(end, min(end + self._gap + 1, len(words)))
                    if (option := part.at(words, start)) is not None
                ),
                None,
            )
            if found is None:
                return None
            tail = found[0]
            end = found[0] + len(found[1])
            said.append(" ".join(found[1]))
        return end, " ... ".join(said), tail

    def _situation(self, harms: list[_Hit]) -> str | None:
        totals: dict[str, float] = {}
        for hit in harms:
            if hit.cue.situation is not None:
                totals[hit.cue.situation] = totals.get(hit.cue.situation, 0.0) + hit.cue.weight
        if not totals:
            return None
        return max(totals, key=lambda s: (totals[s], -self._order[s]))


def _compile(
    key: int, text: str, kind: str, weight: float, situation: str | None, groups: dict[str, tuple[str, ...]]
) -> list[_Cue]:
    cues = []
    for alternative in _split_alternatives(text):
        parts = [_phrasings(part, groups) for part in alternative.split("...")]
        cues.append(_Cue(kind, situation, key, weight, parts[0], tuple(_Part.of(p) for p in parts[1:])))
    return cues


def _split_alternatives(text: str) -> list[str]:
    """``a | b ... (c | d)``: the alternatives outside brackets."""
    alternatives, depth, current = [], 0, ""
    for ch in text:
        depth += (ch == "(") - (ch == ")")
        if ch == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += ch
    return [a.strip() for a in [*alternatives, current] if a.strip()]


def _phrasings(part: str, groups: dict[str, tuple[str, ...]]) -> tuple[tuple[str, ...], ...]:
    """Every sequence of words one part of a cue can be: brackets and groups multiply out."""
    phrasings: list[tuple[str, ...]] = [()]
    for chunk in _CHUNK.findall(part):
        if chunk.startswith("("):
            optional = chunk.endswith("?")
            inside = chunk[1 : -2 if optional else -1]
            choices = [p for option in inside.split("|") for p in _phrasings(option, groups)]
            choices += [()] if optional else []
        elif chunk.startswith("@"):
            choices = [p for phrase in groups[chunk[1:]] for p in _phrasings(phrase, groups)]
        else:
            choices = [_words(chunk)]
        phrasings = [done + choice for done in phrasings for choice in choices]
    return tuple(dict.fromkeys(p for p in phrasings if p))


def _words(phrase: str) -> tuple[str, ...]:
    # "#", "#year", "^" and "$" would be lost to folding, which keeps only letters and digits.
    special = (_NUMBER, _YEAR, _START, _END)
    return tuple(w for chunk in phrase.split() for w in ((chunk,) if chunk in special else fold(chunk).split()))


def _matches(words: list[str], start: int, option: tuple[str, ...]) -> bool:
    if start + len(option) > len(words):
        return False
    for expected, word in zip(option, words[start : start + len(option)], strict=True):
        if expected == word:
            continue
        if expected == _NUMBER and word.isdigit():
            continue
        if expected == _YEAR and len(word) == 4 and word.isdigit() and 1900 <= int(word) <= 2099:
            continue
        return False
    return True


def _unmasked(hits: list[_Hit]) -> list[_Hit]:
    """Without the hits whose first word is part of a mask ("em" in "trẻ em", "số" in "vé số").

    A mask that opens inside a harm and runs past its end is no mask: in "dọa tung ảnh em", folded
    "tung anh em", the "anh" is the harm's photo, not "anh em" (brothers); "con mèo ... bị lạc" stays
    a pet. And a harm that opens with a mask's words and goes on past them was written with them:
    "điểm danh ... thiếu" (a child missing at roll call) is not hidden by "điểm danh", though
    "đánh" inside it is.

    A harm told across a gap whose last words open a longer mask is hidden by it: "bố ... đánh" in
    "bố bắt em đánh răng" is a chore, as "đánh răng" alone would be ("ép ... kết hôn" is not hidden
    by "kết hôn", which ends with it); so is one whose first words are shorter than the mask they
    open: "đánh ... em" in "tập đánh vần cho em trai".
    """
    harms = [h for h in hits if h.cue.kind in _HARM_KINDS]
    masks = [
        h for h in hits
        if h.cue.kind == "mask" and not any(a.start < h.start < a.end < h.end and h.start != a.tail for a in harms)
    ]  # fmt: skip
    return [
        h for h in hits
        if h.cue.kind not in _MASKED
        or not any(
            (m.start <= h.start < m.end and not (h.start == m.start and h.end > m.end and h.head >= m.end))
            or (h.tail > h.start and m.start == h.tail and h.end < m.end)
            for m in masks
        )
    ]  # fmt: skip


def _bound(person: _Hit, harm: _Hit, tokens: Sequence[str]) -> bool:
    """Whether the harm reads as happening to the person: just after them, with them as its object,
    or said of them in the passive with whoever did it between ("mk bị người ta tung ảnh lên mạng")."""
    gap = harm.start - person.end
    # Whoever did it said as a person ("người ta", "bọn nó", "hắn"), not a company that is itself
    # the harm's subject ("tôi bị công ty môi giới lừa sang Malaysia").
    passive = (
        0 < gap <= _BOUND_PASSIVE
        and tokens[person.end] == "bi"
        and _AGENTS.issuperset(tokens[person.end + 1 : harm.start])
    )
    return 0 <= gap <= _BOUND_BEFORE or passive or 0 <= person.start - harm.end <= _BOUND_AFTER


def _harmed(person: _Hit, harm: _Hit) -> bool:
    """Whether the harm is done to the person, closer than ``_bound`` reads: the person just before it
    ("em bị nhốt"), just after it ("đánh em") or inside it ("nhốt em trong")."""
    return harm.start == person.end or person.start == harm.end or harm.start < person.start < harm.end


def _heaviest(hits: Iterable[_Hit]) -> list[_Hit]:
    """A cue inside a heavier (or longer) one does not count again: "xâm hại tình dục" is
    one grave harm, not that plus "xâm hại"."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (-h.cue.weight, h.start - h.end)):
        if not any(k.start <= hit.start and hit.end <= k.end and k.cue.key != hit.cue.key for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def _distinct(hits: Iterable[_Hit]) -> list[_Hit]:
    """One hit per cue: a harm named twice is no more harm."""
    seen: dict[int, _Hit] = {}
    for hit in hits:
        seen.setdefault(hit.cue.key, hit)
    return list(seen.values())
