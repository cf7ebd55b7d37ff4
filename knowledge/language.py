"""A small, explainable guess at the language of a question: Vietnamese or English."""

from __future__ import annotations

import re
import unicodedata

from knowledge.normalize import fold, is_syllable, telex_syllable
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
    """Vietnamese unless the question is clearly English; pass ``folded`` when the text was folded already.

    A name quoted, in brackets or in a document's number is written as the documents write it,
    whatever the language of the question ("What is Decision 830/QĐ-TTg about?", "How many students
    entered the 'Học sinh với an toàn thông tin 2023' contest?"): only the rest tells."""
    if _has_vietnamese_marks(text):
        rest = _QUOTED.sub(" ", text)
        if _has_vietnamese_marks(rest):
            return "vi"
        text, folded = rest, None
    words = _without_country((fold(text) if folded is None else folded).split())
    english = sum(w in _ENGLISH for w in words)
    vietnamese = sum(w in _VIETNAMESE for w in words)
    if english > vietnamese:
        return "en"
    if vietnamese > english:
        return "vi"
    # Keywords alone ("typhoon yagi aid", "UNSC non-permanent member 2nd term"): words no Vietnamese
    # syllable could be, against those that could. Short ones and capitals may be acronyms ("iom").
    acronyms = {fold(w) for w in _TYPED_WORD.findall(text) if w.isupper()}
    native = foreign = 0
    for w in (w for w in words if w.isalpha()):
        if is_syllable(w) or telex_syllable(w):
            native += 1
        elif len(w) >= 4 and w not in acronyms:
            foreign += 1
    if foreign > native:
        return "en"
    return default


# What is quoted or in brackets, and document numbers ("402/QĐ-TTg", "05/QC-BCA-BLĐTBXH-BTTT").
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|[“‘][^”’]*[”’]|\([^)]*\)|\S*/\S*")
_TYPED_WORD = re.compile(r"\w+")


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
