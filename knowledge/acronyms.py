"""What an acronym stands for, and which entries spell it out.

The documents spell an acronym out once, beside it: "Thống nhất Hành động (DaO)", "UNDCP
(Chương trình kiểm soát Ma túy)". A question about it ("DaO là viết tắt của gì", "what does
UNDCP stand for", "MDGs nghĩa là gì") names nothing else the matcher could weigh: one rare
token, and the words of asking. So the entries that spell each acronym out are indexed once,
here, and a question that asks what an acronym is gets the entry that spells it out.

An acronym many entries spell out ("IOM", "GCM") is a topic, not a riddle: it is left to the
matcher, which knows what else the question says.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from knowledge.normalize import fold

_ACRONYM = r"[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*"
# "long name (ACR)" and "ACR (long name)"
# A long name in brackets has letters: "ECOSOC (1998-2000)" gives a term, not ECOSOC's name.
# An answer that opens by defining it spells it out too: "IMRF là Diễn đàn ...", "The IMRF is the ...".
_SPELT_OUT = (
    re.compile(rf"\(({_ACRONYM})\)"),
    re.compile(rf"\b({_ACRONYM})\s*\((?=[^)]*[^\W\d_])[^)]{{4,160}}\)"),
    re.compile(rf"^(?:The )?({_ACRONYM}) (?:là|là viết tắt của|is the|stands for) [A-ZĐ]"),
)
_BRACKETED = re.compile(r"\(([^()]{1,160})\)")
_BEFORE_BRACKET = re.compile(rf"\b({_ACRONYM})\s*\(")
_TYPED = re.compile(rf"(?<![\w-])({_ACRONYM})(?![\w-])")
MAX_OWNERS = 3  # more entries than this spell it out: a topic, left to the matcher
MIN_LOWER = 4  # typed in lower case, an acronym this long is no Vietnamese word ("dao" is)
# Folded, with chat shorthand spelt out: how people ask what an acronym is. These say it
# anywhere in the message ("CSAM trong báo cáo của Cục Trẻ em là viết tắt của gì") ...
# Only where the sentence turns after it ("What does GCEW stand for and when ..."): not standing for
# a seat or an election, "Viet Nam would stand for UN Human Rights Council membership".
_STAND = r"(?:stand|stands) for(?=$| (?:in|and|what|gi|j|here|exactly|again|vay|v|z|then|or)\b)"
# Asked after it as a last question ("DaO = ? ..., what's the full name"), or as a translation ("MOU dịch ra
# tiếng việt là gì").
_SPELT_OUT_ASKED = (
    rf"{_STAND}|short for|viet day du|viet ra day du|full form|(?:what s|what is) (?:the|its) full name$"
    r"|dich (?:ra |sang )?tieng viet"
)
_SPELLING = re.compile(rf"\b(?:viet tat|abbreviation|acronym|{_SPELT_OUT_ASKED})\b")
# Of these, the ones that ask the long name, not the acronym ("the acronym of 'Delivering as One'").
_LONG_NAME = re.compile(rf"\b(?:viet tat cua|{_SPELT_OUT_ASKED})\b")
# ... these only next to it: "UNICEF là gì" asks what UNICEF is, "số điện thoại của UNICEF ở Hà Nội
# là gì" asks a number.
_AFTER = re.compile(
    # "là gì", and "là <the kind of thing> gì": "là cái gì", "là quỹ gì", "là chương trình gì"
    r"^(?:\w+ )?(?:la gi|la (?:\w+ ){1,2}gi|vt cua|nghia la|nghia gi|co nghia|la to chuc|to chuc gi|"
    r"to chuc nao|la sao|"
    r"full name|ten day du|ten tieng viet|tieng viet goi la|tieng viet la|tieng viet$|goi la gi|in vietnamese|"
    r"means|mean|meaning|"
    r"refers to|is what)\b"
)
# ... unless it is the owner of what is asked: "X của UNFPA tên là gì", "the director of UNFPA".
_OWNED = re.compile(r"\b(?:cua|of|of the)$")
_BEFORE = re.compile(
    r"\b(?:what is|what s|what does|what are|what was|meaning of|full name of|ten day du cua)(?: \w+)?$"
)
# Its long name asked right beside it, as keywords do: "UNCITRAL full name", "tên đầy đủ của UNCITRAL".
_NAME_AFTER = re.compile(r"^(?:s )?(?:full name|full form|ten day du)\b")
_NAME_BEFORE = re.compile(r"\b(?:full name of|full form of|ten day du cua)(?: the)?$")


class Acronyms:
    def __init__(self, texts: Iterable[tuple[str, Sequence[str]]]) -> None:
        """``texts``: each entry's id and its answer texts."""
        owners: dict[str, set[str]] = {}
        used: set[str] = set()
        spelt: set[str] = set()
        for item_id, answers in texts:
            for text in answers:
                used.update(a for a in _TYPED.findall(text) if a.isupper())
                # Beside a long name in some other shape too: "(PCMT&TP)", "(ECOSOC, 2016-2018)".
                for inside in _BRACKETED.findall(text):
                    spelt.update(_TYPED.findall(inside))
                spelt.update(_BEFORE_BRACKET.findall(text))
                for pattern in _SPELT_OUT:
                    for found in pattern.finditer(text):
                        owners.setdefault(found.group(1), set()).add(item_id)
        self._owners = {a: frozenset(ids) for a, ids in owners.items() if len(ids) <= MAX_OWNERS}
        self._lower = {a.casefold(): a for a in self._owners if len(a) >= MIN_LOWER}
        # Used in capitals and never beside its long name: "Tin không viết đầy đủ tên UNCITRAL".
        self._spelt = frozenset(spelt | owners.keys())
        self._unspelt = frozenset(used - self._spelt)
        self._any_lower = {a.casefold(): a for a in self._spelt | self._unspelt if len(a) >= MIN_LOWER}

    def asked(self, text: str, folded: str, spelt: Sequence[str]) -> str | None:
        """The acronym a message asks the meaning of, if one the documents spell out.

        ``text`` as typed (for its capitals), ``folded`` and ``spelt`` as ``understand`` read it.
        """
        said = " ".join(spelt)
        anywhere = bool(_SPELLING.search(said))
        for acronym in (a for a in _typed(text, folded.split(), self._lower) if a in self._owners):
            # Wherever it is said: "thấy có GIZ dự hội nghị, GIZ là tổ chức gì" asks at the second.
            if _beside(said, fold(acronym), _AFTER, _BEFORE, anywhere):
                return acronym
        return None

    def unspelt(self, text: str, spelt: Sequence[str]) -> str | None:
        """An acronym the documents use but never spell out, that a message asks the long name of.

        Only when asked in so many words ("UNCITRAL viết tắt của gì", "what does UNCITRAL stand
        for"): "UNCITRAL là gì" may be answered by what the documents say it does.
        """
        typed = _typed(text, spelt, self._any_lower)
        said = " ".join(spelt)
        # "What does DaO stand for in the Viet Nam-UN plan": the acronym asked is the one spelt out.
        if any(a in self._spelt for a in typed):
            return None
        long_name = bool(_LONG_NAME.search(said))
        for acronym in (a for a in typed if a in self._unspelt):
            # Or right beside it, but not "Bộ trưởng của UAE tên đầy đủ là gì": that is the minister's name.
            if long_name or _beside(said, fold(acronym), _NAME_AFTER, _NAME_BEFORE):
                return acronym
        return None

    def owners(self, acronym: str) -> frozenset[str]:
        """The entries that spell the acronym out."""
        return self._owners.get(acronym, frozenset())


def _beside(said: str, key: str, after: re.Pattern[str], before: re.Pattern[str], anywhere: bool = False) -> bool:
    """Whether ``said`` (folded words) names the folded acronym ``key`` where it is asked about: anywhere
    if ``anywhere``, else with ``after`` right after it or ``before`` right before it. Not as the owner
    of what is asked: "Giám đốc khu vực của UNFPA tên là gì" asks the director's name, not UNFPA's."""
    for found in re.finditer(rf"(?<!\S){re.escape(key)}(?!\S)", said):
        head, tail = said[: found.start()].strip(), said[found.end() :].strip()
        if anywhere or (after.search(tail) and not _OWNED.search(head)) or before.search(head):
            return True
    return False


def _typed(text: str, words: Iterable[str], lower: Mapping[str, str]) -> list[str]:
    """The acronyms a message types: in capitals, or in lower case if ``lower`` knows the word, being
    long enough to be no Vietnamese word ("uncitral"; "dao" is one)."""
    return _TYPED.findall(text) + [lower[w] for w in words if w in lower]
