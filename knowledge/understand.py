"""One reading of a message that every later step shares.

A message is folded, its synonyms rewritten and its misspellings corrected once, here;
crisis detection, small talk, the matcher and the fact table all read the result
instead of normalising the text again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from knowledge.language import guess_language
from knowledge.matcher import Matcher
from knowledge.normalize import FUNCTION_WORDS, fold, is_number, years_in
from knowledge.schema import Lang

# What kind of thing the question asks for: an answer that does not contain it is no answer.
Asks = Literal["number", "date", "person", "place", "other"]

# Folded, synonym-rewritten phrases that say what is asked. "bao_nhieu" is one token
# (a synonym group), the rest are word sequences matched as whole words.
_ASKS: tuple[tuple[Asks, tuple[str, ...]], ...] = (
    ("number", ("bao_nhieu", "how many", "how much", "so luong", "bao nhieu", "ty le", "what percentage")),
    ("date", ("khi nao", "nam nao", "bao gio", "luc nao", "ngay nao", "thang nao", "when", "what year",
              "which year", "what date", "thoi gian nao", "tu nam nao", "hoi nao")),
    ("person", ("la ai", "ai la", "nguoi nao", "who", "whom", "ai da", "ai chu tri", "ai phat bieu")),
    ("place", ("o dau", "tai dau", "noi nao", "where", "dia diem nao", "o nuoc nao", "which country")),
)


@dataclass(frozen=True)
class Message:
    """A message as the knowledge base understands it; built once per message by ``understand``."""

    text: str  # as typed, stripped
    folded: str  # lower-case ASCII words (``normalize.fold``)
    words: tuple[str, ...]  # folded, synonyms rewritten, misspellings corrected: what the matcher reads
    lang: Lang  # the language to answer in: the person's choice, else the guess
    chosen: Lang | None  # the language the person chose, if any
    years: frozenset[int]
    numbers: frozenset[str]
    names: frozenset[str]  # organisations and acronyms the question insists on
    asks: Asks

    @property
    def empty(self) -> bool:
        return not self.folded

    @property
    def content_words(self) -> tuple[str, ...]:
        """The words that carry meaning, without grammar and forms of address."""
        return tuple(w for w in self.words if w not in FUNCTION_WORDS)


def understand(text: str, matcher: Matcher, lang: Lang | None = None) -> Message:
    """Read ``text`` once: everything later steps need is in the returned value."""
    text = text.strip()
    folded = fold(text)
    words = matcher.correct(matcher.normalize.rewrite(folded.split())) if folded else []
    unique = list(dict.fromkeys(words))
    return Message(
        text=text,
        folded=folded,
        words=tuple(words),
        lang=lang or guess_language(text, folded=folded),
        chosen=lang,
        years=frozenset(years_in(unique)),
        numbers=frozenset(w for w in unique if is_number(w)),
        names=matcher.names(text, unique),
        asks=_asks(f" {folded} ", words),
    )


def _asks(padded: str, words: list[str]) -> Asks:
    for kind, phrases in _ASKS:
        for phrase in phrases:
            if phrase in words or f" {phrase} " in padded:
                return kind
    return "other"
