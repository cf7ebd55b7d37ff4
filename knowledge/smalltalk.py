"""Recognise the small things people type between questions: thanks, "ok", greetings, goodbyes.

A message is small talk when nothing in it is left once its small-talk phrases and its
particles are taken out ("dạ em cảm ơn ạ", "thanks a lot!", "ok nhé bot"), or when it is
only emoji ("👍", "🙏"). Anything else, a topic word or a question, leaves words over and
goes on to the matcher, so "cảm ơn, tổng đài 111 là gì" is answered as a question.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar

from knowledge.normalize import FUNCTION_WORDS, fold
from knowledge.schema import Lang, SmallTalk

MAX_WORDS = 12
# A message with words that are neither phrases nor particles is small talk only when short, with
# at most this many such words.
LOOSE_WORDS = 8
MAX_SOFT_WORDS = 2
THANKS = "thanks"
# Words that make a message a question ("cảm ơn, vậy tổng đài 111 là gì").
_ASKING = frozenset(
    "gi j nao sao khong ko k hok ai dau bao_nhieu khi_nao what which when where who how why is are does do".split()
)
# "bao nhiêu" is two words folded, and "nhiều" alone is thanks ("cảm ơn nhiều"): asked only together.
_ASKING_PAIRS = frozenset({("bao", "nhieu")})
GUESS_WORDS = 16  # a message longer than this is a question or a story, not small talk
GREETING = "greeting"
GOODBYE = "goodbye"
WHO_ARE_YOU = "who-are-you"
# Kinds that give way to any other said in the same message: "chào bot, cảm ơn nhé" is thanks,
# "sai bét rồi" ("rồi" is also "ok") a complaint.
WEAK = frozenset({GREETING, "ack"})
_WORD = re.compile(r"\w+")
_REPEATS = re.compile(r"(\w)\1+")
# Emoji carry skin tones, variation selectors and joiners around the picture itself.
_MODIFIERS = {"\u200d", "\ufe0f", "\ufe0e", "\u20e3"} | {chr(c) for c in range(0x1F3FB, 0x1F400)}


class SmallTalkFinder:
    def __init__(self, talks: Iterable[SmallTalk], particles: Iterable[str]) -> None:
        self._talks = {talk.id: talk for talk in talks}
        # Each phrase is folded once here; ``_phrase_at`` tries the longest first, so that
        # "cam on nhieu" is taken whole before "cam on".
        # A phrase people type in both languages ("ok", "thanks") says nothing of the language.
        phrases: dict[tuple[str, ...], tuple[str, Lang | None]] = {}
        for talk in self._talks.values():
            for lang, questions in (("vi", talk.questions.vi), ("en", talk.questions.en)):
                for question in questions:
                    key = tuple(fold(question).split())
                    if not key:
                        continue
                    known = phrases.get(key)
                    if known is None:
                        phrases[key] = (talk.id, lang)  # type: ignore[assignment]
                    elif known[1] != lang:
                        phrases[key] = (known[0], None)
        self._longest = max((len(k) for k in phrases), default=0)
        self._lookup = dict(phrases)
        self._particles = frozenset(w for p in particles for w in fold(p).split())
        self._emoji = {e: talk.id for talk in self._talks.values() for e in talk.emoji}
        self._cues: dict[tuple[str, ...], str] = {
            key: talk.id for talk in self._talks.values() for cue in talk.cues if (key := tuple(fold(cue).split()))
        }
        self._longest_cue = max((len(k) for k in self._cues), default=0)
        # How each word of a phrase, a cue or a particle is written with its marks. Folded, "giá vàng"
        # (gold's price) is "vâng" after a filler, and "thời tiết" (the weather) opens on "thôi": a word
        # typed with marks none of them has is another word.
        said = [q for talk in self._talks.values() for q in (*talk.questions.vi, *talk.questions.en, *talk.cues)]
        self._marks: dict[str, set[str]] = {}
        for phrase in (*said, *particles):
            for word in _WORD.findall(unicodedata.normalize("NFC", phrase).lower()):
                self._marks.setdefault(fold(word), set()).add(_REPEATS.sub(r"\1", word))
        # A message is read several times in a row (phrases, cues, the model): its words set apart once.
        self._apart = lru_cache(maxsize=1)(self._set_apart)

    def as_typed(self, text: str, words: Sequence[str]) -> list[str]:
        """``words`` (folded) with a tilde on each one ``text`` types with marks that no small talk of
        that spelling has ("vang~" for "vàng"), unless it also types it as small talk or unmarked."""
        apart = self._apart(text)
        return [f"{w}~" if w in apart else w for w in words] if apart else list(words)

    def sets_apart(self, text: str) -> bool:
        """Whether ``text`` types a word with marks no small talk of that spelling has (``as_typed``)."""
        return bool(self._apart(text))

    def _set_apart(self, text: str) -> frozenset[str]:
        other: dict[str, bool] = {}
        for at, raw in enumerate(_WORD.findall(unicodedata.normalize("NFC", text))):
            word = raw.lower()
            folded = fold(word)
            forms = self._marks.get(folded)
            if forms is not None:
                # Unmarked, or drawn out ("cảm ơnnnn"), it may be any of them; capitalised inside the
                # message, it is a name ("hello from Hà Nội"), whose marks mean no other word.
                typed = _REPEATS.sub(r"\1", word)
                name = at > 0 and raw[:1].isupper()
                other[folded] = other.get(folded, True) and not word.isascii() and not name and typed not in forms
        return frozenset(w for w, apart in other.items() if apart)

    def find(
        self, text: str, folded: str, spelt: list[str] | None = None, topical: Callable[[str], bool] | None = None
    ) -> tuple[SmallTalk, Lang | None] | None:
        """The kind of small talk ``text`` is (and the language its words are in, if they tell), or None.

        ``spelt`` is the folded text with chat shorthand spelt out ("bn giúp dc gì" -> "ban giup duoc gi").
        With ``topical`` (whether a word names something the knowledge base is about), a short
        message may also keep a word or two that are neither phrases nor particles ("cảm ơn thông
        tin hữu ích quá"), as long as its phrases outnumber them and none is topical or a number.
        """
        words = folded.split()
        if len(words) > MAX_WORDS:
            return None
        words = self._unclosed(words)
        said = self._said(words, strict=True)
        if said is None and spelt is not None and spelt != words:
            spelt = self._unclosed(spelt)
            said = self._said(spelt, strict=True)
        if said is None and len(words) <= _DRAWN_OUT_WORDS:
            # A last letter typed twice draws a word out ("okelaa", "byee", "hii"); three or
            # more are folded already.
            drawn = [_DRAWN_OUT.sub(r"\1", w) for w in words]
            if drawn != words:
                said = self._said(drawn, strict=True)
        if said is None and topical is not None and len(words) <= LOOSE_WORDS:
            said = self._said(spelt or words, strict=False, topical=topical)
        shown = [self._emoji.get(picture) for picture in _emoji(text)]
        if said is None:
            return None
        if None in shown and not said:
            return None  # a picture that means nothing here
        if said:
            # The last phrase says most, and a greeting least: "chào bot, cảm ơn nhé" is thanks,
            # "trả lời sai rồi bot ơi" a complaint.
            langs = {lang for _, lang in said if lang is not None}
            kinds = [kind for kind, _ in said if kind not in WEAK] or [said[-1][0]]
            return self._talks[kinds[-1]], (langs.pop() if len(langs) == 1 else None)
        kinds = [k for k in shown if k is not None]
        return (self._talks[kinds[-1]], None) if kinds else None

    def _unclosed(self, words: list[str]) -> list[str]:
        """Without a closing "ạ", which is politeness, not the "à" of "à, ra vậy" (both fold to "a"):
        "có ai không ạ" greets."""
        if len(words) > 1 and words[-1] == "a" and self._said(words[:-1], strict=True):
            return words[:-1]
        return words

    def _said(
        self, words: list[str], strict: bool, topical: Callable[[str], bool] | None = None
    ) -> list[tuple[str, Lang | None]] | None:
        """The kinds the phrases of ``words`` name, in order; None when a word is not small talk."""
        said: list[tuple[str, Lang | None]] = []
        position = phrase_words = 0
        soft: list[str] = []
        while position < len(words):
            found = self._phrase_at(words, position)
            if found is not None:
                length, kind, lang = found
                said.append((kind, lang))
                position += length
                phrase_words += length
            elif words[position] in self._particles:
                position += 1
            elif strict or topical is None:
                return None  # a word that is not small talk: a question, or something to match
            else:
                soft.append(words[position])
                position += 1
        if soft:
            too_many = len(soft) > MAX_SOFT_WORDS or len(soft) > phrase_words
            if too_many or any(w[:1].isdigit() or topical(w) for w in soft if topical is not None):
                return None
        return said

    def guess(
        self, words: list[str], topical: Callable[[str], bool], read: Sequence[str] = ()
    ) -> tuple[SmallTalk, Lang | None] | None:
        """The kind a short message with a cue word is, when it names nothing the knowledge base is about.

        For a message the knowledge base could not answer: "trả lời khó hiểu quá" or "you didn't
        answer my question" are no questions to look up, and a decline would answer them wrongly.
        A number or a topical word ("gọi 111 là miễn phí mà") leaves it to the decline.
        """
        if not words or len(words) > 2 * GUESS_WORDS:
            return None
        # "cảm ơn thông tin về tổng đài 111 nhé" thanks for an answer about a topic: it opens with
        # thanks and asks nothing, however long the thanks ("thật sự cảm ơn bạn đã kiên nhẫn trả lời
        # từng câu ..."). Any other message naming a topic or a number is left to the decline.
        opening = self._opening(words)
        thanks_first = THANKS in opening and not _asking(words)
        if thanks_first:
            return self._talks[THANKS], None
        if len(words) > GUESS_WORDS:
            return None
        if not self.names_nothing(words, topical, read):
            return None
        found: str | None = None
        position = 0
        while position < len(words):
            cue = _longest_at(self._cues, self._longest_cue, words, position)
            if cue is None:
                position += 1
                continue
            length, kind = cue
            found = kind if found is None or kind not in WEAK else found
            position += length
        return (self._talks[found], None) if found is not None else None

    def opening(
        self, words: list[str], topical: Callable[[str], bool], read: Sequence[str] = ()
    ) -> tuple[SmallTalk, Lang | None] | None:
        """Greetings or thanks that open a message asking nothing and naming nothing the knowledge
        base is about: small talk, though some entry shares a word with it ("chào bạn, chúc một ngày
        tốt lành" is no question on what makes children safer online)."""
        if not words or len(words) > GUESS_WORDS or _asking(words) or not self.names_nothing(words, topical, read):
            return None
        opening = self._opening(words)
        kind = THANKS if THANKS in opening else GREETING if GREETING in opening else None
        if kind is None and GOODBYE in self._kinds_at(words, range(len(words))):
            kind = GOODBYE  # "lần sau em lại vào hỏi tiếp, chào ạ": a leave-taking, whatever shares a word with it
        return None if kind is None else (self._talks[kind], None)

    def _opening(self, words: list[str]) -> list[str]:
        # "Thật sự cảm ơn", "em xin cảm ơn": thanks may open on the third word.
        return self._kinds_at(words, (0, 1, 2))

    def _kinds_at(self, words: list[str], positions: Iterable[int]) -> list[str]:
        """The kinds of the longest cues that start at these positions."""
        return [cue[1] for at in positions if (cue := _longest_at(self._cues, self._longest_cue, words, at))]

    def names_nothing(self, words: Sequence[str], topical: Callable[[str], bool], read: Sequence[str] = ()) -> bool:
        """Whether a message names no number and nothing the knowledge base is about: only such a
        message may be taken for small talk by its cues, and the model must be surer of any other."""
        # ``read``: the words with synonyms joined ("mua_ban_nguoi"), where a topic shows whole.
        # Grammar joined as a synonym names nothing: "mọi người" is the "everyone" of "xin chào mọi người".
        # A word set apart by its marks ("quan~" for "quần") is still what it names.
        return not any(
            w[:1].isdigit() or (w not in self._particles and w not in FUNCTION_WORDS and topical(w.rstrip("~")))
            for w in (*words, *read)
        )

    def talk(self, kind: str | None) -> SmallTalk | None:
        """The kind of small talk of that id, if there is one."""
        return None if kind is None else self._talks.get(kind)

    @property
    def particles(self) -> frozenset[str]:
        """The folded words that go with small talk without changing it ("nhé", "bot", "you")."""
        return self._particles

    def answer(self, talk: SmallTalk, lang: Lang) -> str:
        """The reply, followed by that of the kind it names in ``then``."""
        body = talk.answer.get(lang)
        if talk.then is not None:
            body = f"{body}\n\n{self._talks[talk.then].answer.get(lang)}"
        return body

    def answer_of(self, talk_id: str, lang: Lang) -> str:
        return self.answer(self._talks[talk_id], lang)

    def _phrase_at(self, words: list[str], position: int) -> tuple[int, str, Lang | None] | None:
        found = _longest_at(self._lookup, self._longest, words, position)
        return None if found is None else (found[0], found[1][0], found[1][1])


V = TypeVar("V")


_DRAWN_OUT = re.compile(r"([aeiouyhk])\1$")  # not "all", "kiss", "off": English ends so
_DRAWN_OUT_WORDS = 3


def _longest_at(
    table: dict[tuple[str, ...], V], longest: int, words: list[str], position: int
) -> tuple[int, V] | None:
    """The longest key of ``table`` (none longer than ``longest``) that ``words`` say from ``position`` on."""
    for length in range(min(longest, len(words) - position), 0, -1):
        found = table.get(tuple(words[position : position + length]))
        if found is not None:
            return length, found
    return None


def _asking(words: Sequence[str]) -> bool:
    # "lần đầu" (the first time) folds to "lan dau", and "đầu" is no "đâu" (where).
    asking = any(w in _ASKING and not (w == "dau" and i and words[i - 1] == "lan") for i, w in enumerate(words))
    return asking or any(pair in _ASKING_PAIRS for pair in pairwise(words))


def _emoji(text: str) -> list[str]:
    """The pictures in ``text``: symbols that are not letters, digits or punctuation."""
    return [
        ch
        for ch in text
        if ch not in _MODIFIERS and unicodedata.category(ch) in ("So", "Sk", "Cn") and not ch.isascii()
    ]
