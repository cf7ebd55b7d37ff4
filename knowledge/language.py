"""A small, explainable guess at the language of a question: Vietnamese or English."""

from __future__ import annotations

import unicodedata

from knowledge.normalize import fold
from knowledge.schema import Lang

# Words that are common in one language and never (or hardly ever) a Vietnamese
# syllable typed without diacritics in the other: "the", "do", "to" and "an" are
# left out for that reason.
_ENGLISH = frozenset(
    [
        "what",
        "when",
        "where",
        "who",
        "whom",
        "which",
        "how",
        "why",
        "did",
        "does",
        "is",
        "are",
        "was",
        "were",
        "of",
        "and",
        "for",
        "with",
        "many",
        "much",
        "has",
        "have",
        "about",
        "from",
        "by",
        "this",
        "that",
        "can",
        "could",
        "should",
        "would",
        "will",
        "i",
        "my",
        "me",
        "you",
        "your",
        "it",
        "there",
        "their",
        "its",
        "please",
        "tell",
        "give",
        "joined",
        "join",
        "number",
        "year",
        "years",
        "country",
        "countries",
        # the topics' own English words, so that "trafficking" or "human rights" alone is English
        "un",
        "united",
        "nations",
        "human",
        "rights",
        "trafficking",
        "migration",
        "migrants",
        "children",
        "child",
    ]
)
_VIETNAMESE = frozenset(
    [
        "la",
        "gi",
        "nao",
        "bao",
        "nhieu",
        "co",
        "khong",
        "cua",
        "va",
        "nhung",
        "cac",
        "duoc",
        "nam",
        "ngay",
        "nguoi",
        "trong",
        "tai",
        "voi",
        "ve",
        "cho",
        "den",
        "thi",
        "sao",
        "khi",
        "dau",
        "ai",
        "may",
        "bi",
        "da",
        "se",
        "hay",
        "nhu",
        "lam",
        "viet",
        "tong",
        "dai",
        "tre",
        "em",
        "mot",
        "hoi",
        "nay",
        "ko",
        "k",
        "dc",
        "bn",
        "j",
        "z",
        "v",
        "vay",
        "nuoc",
        "chuc",
        "quoc",
        "te",
        "luat",
        "tu",
        "van",
        "cuoc",
        "goi",
        "giup",
        "minh",
        "toi",
        "ban",
        "hop",
    ]
)


def guess_language(text: str, default: Lang = "vi", folded: str | None = None) -> Lang:
    """Vietnamese unless the question is clearly English; pass ``folded`` when the text was folded already."""
    if _has_vietnamese_marks(text):
        return "vi"
    words = _without_country((fold(text) if folded is None else folded).split())
    english = sum(w in _ENGLISH for w in words)
    vietnamese = sum(w in _VIETNAMESE for w in words)
    if english > vietnamese:
        return "en"
    if vietnamese > english:
        return "vi"
    return default


def _without_country(words: list[str]) -> list[str]:
    """The words without "Viet Nam", which English writes too ("When did Viet Nam adopt the GCM?")."""
    out: list[str] = []
    for w in words:
        if w == "nam" and out and out[-1] == "viet":
            out.pop()
            continue
        out.append(w)
    return out


def _has_vietnamese_marks(text: str) -> bool:
    for ch in text:
        if ch in "đĐ":
            return True
        if ord(ch) > 127 and ch.isalpha():
            base = unicodedata.normalize("NFD", ch)
            if base[0].isascii() and len(base) > 1:
                return True
    return False
