"""Answers from the fact store: the value for the year asked, or all of them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from knowledge.normalize import fold
from knowledge.schema import Fact, FactValue, Lang, Localized

# Vietnamese puts the noun inside the superlative ("nhiều cuộc gọi nhất", "ít ca can
# thiệp hỗ trợ nhất"), so the pattern allows words between the adjective and "nhất",
# but not the "nhất" of "thống nhất" (agreed) or "duy nhất" (only).
_NHAT = r"(?: \S+){0,8}?(?<! thong)(?<! duy) nhat"
# "most recently", "most recent": the last in time, which the years an answer gives tell, no ranking.
_MOST = re.compile(rf"\b(?:(?:nhieu|cao|lon){_NHAT}|most(?! recent)|highest|largest|peak|maximum)\b")
_LEAST = re.compile(rf"\b(?:(?:it|thap|nho){_NHAT}|fewest|lowest|least|smallest|minimum)\b")


@dataclass(frozen=True)
class FactAnswer:
    text: str
    found: bool  # False: the years asked are not in the documents


def format_number(value: float, lang: Lang) -> str:
    """687750 -> "687.750" in Vietnamese, "687,750" in English; 61.7 -> "61,7" / "61.7"."""
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.10g}"
    if "e" in text:
        text = f"{value:,.2f}"
    if lang == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def value_text(value: FactValue, fact: Fact, lang: Lang) -> str:
    if isinstance(value.value, Localized):
        text = value.value.get(lang)
    else:
        text = format_number(value.value, lang)
        if fact.unit is not None:
            unit = fact.unit.get(lang)
            # English units are written plural ("calls", "cases"); one is "1 call".
            if lang == "en" and value.value == 1 and unit.endswith("s"):
                unit = unit[:-1]
            text = f"{text} {unit}"
    if value.note is not None:
        text = f"{text} ({value.note.get(lang)})"
    return text


def period_text(value: FactValue, lang: Lang) -> str:
    if value.period_label is not None:
        return value.period_label.get(lang)
    if value.period is None:
        return ""
    if lang == "vi":
        return f"năm {value.period}" if "-" not in value.period else f"giai đoạn {value.period}"
    return value.period


def answer_fact(
    fact: Fact, lang: Lang, years: set[int], folded_query: str, whole: Fact | None = None
) -> FactAnswer:
    """``whole``: the fact this one is a part of (a sub-row's row), whose figure for the same
    period is said beside a single one: "calls about online abuse" may mean the part or the whole."""
    label = fact.label.get(lang)
    if years and any(v.period for v in fact.values):
        chosen = _values_for(fact, years, folded_query)
        if not chosen:
            return FactAnswer(_not_covered(fact, lang, years), found=False)
    else:
        chosen = list(fact.values)
    if len(chosen) == 1:
        value = chosen[0]
        when = "" if _restates(value, fact, lang) else period_text(value, lang)
        head = f"{label} {when}".strip() if when else label
        lines = [f"{head}: {value_text(value, fact, lang)}."]
        lines += whole_lines(whole, value, lang)
    else:
        lines = [f"{label}:"]
        lines += [f"• {_line(v, fact, lang)}" for v in chosen]
        extreme = _extreme(chosen, folded_query, lang)
        if extreme:
            lines.append(extreme)
    if fact.note is not None:
        lines.append(fact.note.get(lang))
    return FactAnswer("\n".join(lines), found=True)


def whole_lines(whole: Fact | None, part: FactValue, lang: Lang) -> list[str]:
    """The whole's figure for the period of one of its parts, as a line to add; none without a
    whole or a figure of its for that period."""
    if whole is None:
        return []
    value = next((v for v in whole.values if v.period == part.period), None)
    if value is None:
        return []
    return [f"{whole.label.get(lang)} {period_text(value, lang)}: {value_text(value, whole, lang)}."]


def _restates(value: FactValue, fact: Fact, lang: Lang) -> bool:
    """Whether a value says its period again ("2014–2016" of 2014-2016, "Khóa 77, 9/2022-9/2023" of
    "Khóa 77 (9/2022-9/2023)"): a term held, not a figure for the period."""
    period = _plain(value.period_label.get(lang) if value.period_label is not None else value.period or "")
    return bool(period) and period in _plain(value_text(value, fact, lang))


def _plain(text: str) -> str:
    return " ".join(re.sub(r"\W+", " ", fold(text)).split())


def _line(value: FactValue, fact: Fact, lang: Lang) -> str:
    said = value_text(value, fact, lang)
    return said if _restates(value, fact, lang) else f"{period_text(value, lang)}: {said}"


def _values_for(fact: Fact, years: set[int], folded_query: str = "") -> list[FactValue]:
    lo, hi = min(years), max(years)
    # "trước 2010", "after 2015": the periods on that side of the year, not a figure for the year.
    bound = _BOUND.search(folded_query) if lo == hi else None
    if bound is not None and int(bound.group(3)) == lo:
        side = bound.group(1) or bound.group(2)
        if side in ("up to", "until", "till", "den", "toi"):
            return [v for v in fact.values if v.years and v.years[1] <= lo]
        before = side in ("truoc", "before")
        return [v for v in fact.values if v.years and (v.years[1] < lo if before else v.years[0] > lo)]
    exact = [v for v in fact.values if v.years == (lo, hi)]
    if exact:
        return exact
    # A figure for a period inside the years asked ("2020-2022": each year's), or for one that starts
    # with them ("từ năm 2020 đến nay"); not a total over years around it ("riêng năm 2023" is not
    # answered by the workers who left from 2020 to date).
    return [v for v in fact.values if v.years and ((lo <= v.years[0] and v.years[1] <= hi) or v.years[0] == lo)]


# Folded, "sau" is also "sâu" ("tư vấn chuyên sâu 2022") and "sáu": after a year needs its "năm".
# "up to 1986", "until 1986", "đến năm 2011": the periods that end by then. Folded, "tới" is also
# "tôi", so only with its "năm".
_BOUND = re.compile(r"\b(?:(truoc|before|after|up to|until|till|den)(?: nam| the year)?|(sau|toi) nam) (\d{4})\b")


def _not_covered(fact: Fact, lang: Lang, years: set[int]) -> str:
    asked = ", ".join(str(y) for y in sorted(years))
    have = ", ".join(period_text(v, lang) for v in fact.values)
    label = fact.label.get(lang)
    if lang == "vi":
        return f'Tài liệu của mình không có số liệu "{label}" cho năm {asked}. Số liệu hiện có: {have}.'
    return f'The documents I draw on have no figure for "{label}" in {asked}. Figures exist for: {have}.'


def extreme_asked(folded_query: str) -> Literal["most", "least"] | None:
    """Whether a question asks for the highest or the lowest value ("năm nào nhiều nhất", "fewest")."""
    if _MOST.search(folded_query):
        return "most"
    if _LEAST.search(folded_query):
        return "least"
    return None


def _extreme(values: list[FactValue], folded_query: str, lang: Lang) -> str | None:
    numeric = [v for v in values if not isinstance(v.value, Localized)]
    if len(numeric) < 2:
        return None
    asked = extreme_asked(folded_query)
    if asked == "most":
        top = max(float(v.value) for v in numeric if not isinstance(v.value, Localized))
        word = "Cao nhất" if lang == "vi" else "Highest"
    elif asked == "least":
        top = min(float(v.value) for v in numeric if not isinstance(v.value, Localized))
        word = "Thấp nhất" if lang == "vi" else "Lowest"
    else:
        return None
    when = [period_text(v, lang) for v in numeric if not isinstance(v.value, Localized) and float(v.value) == top]
    return f"{word}: {', '.join(when)}."
