"""How sure the bot is that its best entry answers the question: a small logistic model.

The matcher ranks well (its first choice holds the answer for about 95% of the questions
people asked in the evaluation sets) but its score alone does not tell a right first
choice from a near miss: "how many calls did hotline 111 get from Hà Nội" scores as high
as "how many calls did hotline 111 get". The evidence below adds what the score leaves out:
the words of the question the entry lacks (in its questions and its answer), names typed
with a capital that it does not mention, rare words it shares with the question, and how
far ahead of the next entry it is.

The weights were fitted by ``eval/fit_decision.py`` (logistic regression, numpy only) and
are constants here; that script prints them and the check on sets it was not fitted on.
``knowledge.decision_model`` reads the probability again, word by word (``Evidence.words``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

from knowledge.matcher import Match, Matcher
from knowledge.normalize import FUNCTION_WORDS, years_in
from knowledge.understand import Message

# Words that say what kind of answer is wanted; whether the entry gives it is checked apart
# (``knowledge.asked``), so an entry is not held to contain them.
# Nouns that name the kind of answer ("giữ chức vụ gì", "vào thời gian nào", "nhằm mục đích gì") are
# not held against an entry either: its answer holds a title, a name, a time, not those words.
QUESTION_WORDS = frozenset(
    "bao_nhieu nam_nao khi_nao la_ai o_dau nhu_the_nao giu chuc vu thoi gian diem dia muc dich "
    "noi dung vai tro position role title purpose".split()
)
RARE_DOCUMENTS = 2  # a word in at most this many entries points at them
# One word of a question in common with an entry grounds an answer only if at most this many
# entries use it, or if it names a topic ("GCM", "111", "gìn giữ hòa bình"): a syllable like
# "câu", "giúp", "tốt" or "nhớ" is in dozens.
RARE_GROUNDS = 4
ADDRESS = frozenset(
    "ong ba anh chi em chau co chu bac thim mk mn nha nhe ak thui ne ad bn ko kg dc vs ah oi ui ha he hi "
    "ok oh uh r v z j k e a c t ms mik mng ae".split()
)
# How people frame a question, not what it is about: "cái hội nghị ấy", "nghe nói", "theo bài",
# "roughly", "among", "the document mentioned". An entry is not held to contain them.
FRAMING = frozenset(
    "cai lam bai hom keu nghe khoang theo nhac noi among between beside describe described mentioned mention "
    "document article according under all kind kinds type types roughly approximately essay homework thesis student "
    "journalist report reporter writing "
    # fillers of chat: "cái ... ấy", "một chút", "ủa", "pls", "I'm confused", "compare both"
    "ay chut xiu ua pls plz need confused both exactly specific specifically sanh compare vs versus".split()
)
_UBIQUITOUS = frozenset({"lhq", "viet_nam"})
_FIRST_ASKED = re.compile(r" (?:lan dau|dau tien|nhiem ky dau|khoa dau|first|earliest) ")
_FIRST_WORDS = frozenset({"lan", "dau", "tien", "first", "earliest"})
_NOT_HELD = FUNCTION_WORDS | QUESTION_WORDS | ADDRESS | FRAMING
_POINTING = frozenset(
    (a, b) for a in ("lan", "dot", "dip", "hom", "buoi") for b in ("nay", "do", "ay", "kia")
)

FEATURES = (
    "score",  # the matcher's score of the best entry
    "margin",  # how far ahead of the next entry it is
    "fuzzy",  # similarity to its closest stored question
    "precision",  # how much of that question the query says
    "missing",  # share of the query's weight in words other entries have but this one has nowhere
    "heaviest_missing",  # the weight of the rarest such word, as a share of the rarest possible
    "unknown",  # share of the query's weight in words the knowledge base has never seen
    "rare_here",  # share of the query's weight in rare words the entry has
    "rare_elsewhere",  # share of the query's weight in rare words only other entries have
    "proper_nowhere",  # names typed with capitals ("Mali", "Philippines") no entry mentions (0, 1/2, 1)
    "proper_elsewhere",  # names typed with capitals that other entries mention but not this one (0, 1/2, 1)
    "focus_missing",  # the entry lacks the word a "which"/"nào" question asks about ("khách sạn nào")
    "typed",  # the question asks a number, date, person or place, and the entry gives one
    "english",
    "short",  # two content words or fewer: a keyword, not a question
    "number_missing",  # numbers and years of the question the entry never mentions (0, 1/2, 1)
)

# Fitted by eval/fit_decision.py; see its output for the data and the check.
WEIGHTS = (
    -1.040,  # score
    2.767,  # margin
    5.215,  # fuzzy
    1.205,  # precision
    -11.119,  # missing
    1.509,  # heaviest_missing
    -4.960,  # unknown
    -1.606,  # rare_here
    3.470,  # rare_elsewhere
    -7.345,  # proper_nowhere
    -1.233,  # proper_elsewhere
    0.252,  # focus_missing
    -0.548,  # typed
    0.229,  # english
    2.401,  # short
    -2.411,  # number_missing
)
BIAS = -1.135
ANSWER_PROBABILITY = 0.86  # answer at or above this probability...
SUGGEST_PROBABILITY = 0.34  # ...offer "did you mean" at or above this, decline below


@dataclass(frozen=True)
class Evidence:
    """The features of one decision, in the order of ``FEATURES``."""

    values: tuple[float, ...]
    # Whether the entry has any word of the question that says something. "mình có thể hỏi những
    # câu gì" or "cheers mate" hold nothing against any entry, and the features above, all shares
    # of what is held, would read that as a perfect match.
    grounded: bool = True
    # The same reading word by word, for ``knowledge.decision_model``: which words of the question
    # the entry lacks, with what is asked (``word_evidence``).
    words: frozenset[str] = frozenset()

    def probability(self) -> float:
        """The model's probability that the best entry answers the question (none if nothing grounds it)."""
        if not self.grounded:
            return 0.0
        z = BIAS + sum(w * x for w, x in zip(WEIGHTS, self.values, strict=True))
        return 1.0 / (1.0 + math.exp(-z))

    def named(self) -> dict[str, float]:
        return dict(zip(FEATURES, self.values, strict=True))


def evidence(message: Message, matches: Sequence[Match], matcher: Matcher, unmentioned: int, nowhere: int) -> Evidence:
    """The evidence that ``matches[0]`` answers ``message``, which it gives the kind of thing asked.

    Of the names typed with capitals, ``nowhere`` are in no entry at all and ``unmentioned``
    in other entries but not this one ("the meeting in New York" may be told by a sibling).
    """
    top = matches[0]
    runner_up = matches[1].score if len(matches) > 1 else 0.0
    question_words, text_words = matcher.words_of(top.id)
    has = question_words | text_words
    # Chat shorthand of one or two letters ("mk", "mn", "e") and forms of address are not held
    # against an entry.
    # "this time", "that day" point at the event the entry tells: "mục đích hội thảo lần này là gì".
    pointing = {a for a, b in pairwise(message.words) if (a, b) in _POINTING}
    content = [
        w
        for w in dict.fromkeys(message.words)
        if w not in _NOT_HELD and w not in pointing and (len(w) > 1 or w.isdigit())
    ]
    # The first time or term ("lần đầu", "nhiệm kỳ đầu tiên", "first") is the earliest of the years
    # an entry lists: it need not say "first". Three years at least: two may be one term ("nhiệm kỳ
    # 2025-2031, lần thứ hai liên tiếp"), whose first is not given.
    # Asked as a time or a term: "bà mới dùng điện thoại này lần đầu" asks for nothing.
    first = _FIRST_ASKED.search(f" {message.folded} ") and (message.asks == "date" or "nhiem_ki" in message.words)
    if first and len(years_in(matcher.numbers_of(top.id))) >= 3:
        content = [w for w in content if w not in _FIRST_WORDS]
    weights = {w: matcher.weight(w) for w in content}
    total = sum(weights.values()) or 1.0
    frequency = {w: matcher.document_frequency(w) for w in content}
    rare = [w for w in content if 0 < frequency[w] <= RARE_DOCUMENTS and w not in _UBIQUITOUS]
    values = (
        top.score,
        top.score - runner_up,
        top.fuzzy,
        top.precision,
        sum(weights[w] for w in content if w not in has and frequency[w]) / total,
        max((weights[w] for w in content if w not in has and frequency[w]), default=0.0) / matcher.rarest,
        sum(weights[w] for w in content if frequency[w] == 0) / total,
        sum(weights[w] for w in rare if w in has) / total,
        sum(weights[w] for w in rare if w not in has) / total,
        min(nowhere, 2) / 2,
        min(unmentioned, 2) / 2,
        1.0 if any(w not in has for w in message.focus) else 0.0,
        1.0 if message.asks != "other" else 0.0,
        1.0 if message.lang == "en" else 0.0,
        1.0 if len(set(message.content_words)) <= 2 else 0.0,
        # "the 2027-2031 framework's budget" is not the 2022-2026 one's, however alike the words.
        min(len(message.numbers - matcher.numbers_of(top.id)), 2) / 2,
    )
    held = [w for w in content if w in has and frequency[w]]
    names = matcher.normalize
    grounded = len(held) > 1 or any(
        frequency[w] <= RARE_GROUNDS or w.isdigit() or w in names.canonical or w in names.entities for w in held
    )
    return Evidence(values, grounded=grounded, words=word_evidence(message.asks, content, has))


def word_evidence(asks: str, content: Sequence[str], has: frozenset[str]) -> frozenset[str]:
    """The words the entry lacks ("m:"), each also with what is asked ("am:"), what is asked, and
    pairs of neighbouring words of which it lacks one: "địa chỉ" lacking from the entry on the Green
    One UN House or "COP28" from the one on COP26 is a question they do not answer, "cụ thể" is not.

    Only what the entry lacks: words it has, their pairs or the entry itself would let the model
    learn topics rather than a reading (the entry on COP26 drew many out-of-scope traps about COP28;
    with its name, or "cam kết", as a feature, the model doubted "Việt Nam cam kết gì ở COP26")."""
    out = {f"a:{asks}"}
    for w in content:
        if w not in has:
            out.add(f"m:{w}")
            out.add(f"am:{asks}|{w}")
    out.update(f"b:{a}_{b}" for a, b in pairwise(content) if a not in has or b not in has)
    return frozenset(out)
