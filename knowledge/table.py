"""Questions on a statistics table, answered from the table: a cell, a row, a column, an extreme, a change.

People ask hotline 111's 2020–2023 table in every shape: "111 bắt nạt online 2021" (a cell),
"số liệu tổng đài 111 năm 2022" (a row: every figure of one year), "tư vấn chuyên sâu 111" (a
column), "năm nào nhiều cuộc gọi nhất" (the highest period), "số ca can thiệp tăng hay giảm từ
2020 đến 2022" (a change). The matcher finds the stored question a query resembles; it cannot
pick a year out of a range or subtract. This planner reads the query as a request on the table
instead: which rows it names (by the facts' aliases), which periods, and what it wants of them.

It answers only when it is sure, and otherwise returns None so that the matcher decides as
before. Sure means: an alias of a row is said whole; no word that names another row is left
over ("cuộc gọi tư vấn" is not the total of calls); and the query does not narrow the figure
further than the table goes ("cuộc gọi về tai nạn giao thông", "ở thành phố Huế", "trẻ em gái": the
table has none of these, so the total of calls is not their answer).

The query arrives as ``Matcher.query_words`` returns it: folded, synonyms joined, spelling
corrected. The aliases are normalised the same way, once, when the table is built.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from knowledge.facts import extreme_asked, format_number, period_text, value_text, whole_lines
from knowledge.loader import RawKnowledge
from knowledge.normalize import FUNCTION_WORDS, Normalizer, fold, is_number, years_in
from knowledge.reply import Reply, Status, Suggestion
from knowledge.schema import Entry, Fact, FactValue, Lang, Localized, Table, TableRow

Intent = Literal["value", "most", "least", "change"]

# The words and phrases below are written as people write them and normalised with the knowledge
# base's synonyms when the planner is built ("bao nhiêu" becomes "bao_nhieu", "tỷ lệ" "ti_le"),
# so they meet the query's words however synonyms.yaml spells its canonical forms.

# Words any question on a table may use that tell no row from another: the hotline, the year,
# "how many", "total", the kind of count, prepositions FUNCTION_WORDS lacks ("qua mạng", and the
# "trên" that "trên môi trường mạng" leaves once "môi trường mạng" reads "online"), and "bảo",
# which folded is also the "báo" of "thông báo". They count neither for a row nor against it.
_GENERIC = (
    "tổng đài", "111", "trẻ em", "năm", "year", "period", "giai đoạn", "kỳ", "thời", "số", "tổng", "total",
    "number", "count", "lượng", "bao nhiêu", "mấy", "ca", "case", "vụ", "trường hợp", "nhận", "receive",
    "received", "get", "got", "handle", "handled", "ghi", "mục", "item", "row", "stt", "figure", "data",
    "value", "Việt Nam", "qua", "trên", "bảo", "nhiệm kỳ",
)  # fmt: skip
# The query asks for a figure, not what a thing is. Not "số": folded, it is also "sở" ("cơ sở").
_QUANTITY = ("bao nhiêu", "mấy", "tổng", "total", "number", "count", "lượng", "figure")
# The query asks what something is: "là gì", "what is", "how does", "thế nào".
_WHAT = (
    "gì", "what", "why", "how", "tại sao", "vì sao", "nghĩa", "mean", "meaning", "define", "definition",
    "là ai", "ở đâu", "khi nào", "thế nào",
)  # fmt: skip
# A part of a figure the table does not break down: a place, an age, a sex. Not "tỉnh": folded,
# it is also "tính" (count) and the "tình" of "tình dục".
_NARROWER = (
    "TP", "thành phố", "province", "provincial", "city", "huyện", "district", "tuổi", "age", "gái", "girl", "boy",
    "tỉnh nào", "tỉnh thành", "địa phương nào", "vùng nào", "miền nào", "which province", "which region",
    # one province, named ("ở tỉnh Bình Dương"); not "tỉnh" alone, which folds like "tính đến" (as of)
    "ở tỉnh", "tại tỉnh", "của tỉnh",
    # what the police and courts did, which calls and cases at a hotline do not count
    "bị bắt vì", "bị bắt giữ", "bắt giữ", "bắt giam", "khởi tố", "truy tố", "xét xử", "kết án", "arrest",
    "arrested", "arrests", "prosecute", "prosecuted", "prosecution", "prosecutions", "convicted", "convictions",
    "sentenced",
)  # fmt: skip
# Another body that counts ("công an số vụ xâm hại trẻ online 2022"): its figures are not the
# hotline's, unless the hotline is named too ("111 chuyển công an bao nhiêu ca").
_OTHER_COUNTERS = ("công an", "bộ công an", "cảnh sát", "police", "tòa án", "court", "courts")
_HOTLINE = ("111", "tổng đài", "hotline", "helpline", "đường dây")
# "về", "about": the words after it say what is counted, and the table must know them; so must
# those after "từ", "from" (where the calls came from), unless they are a year.
_ABOUT = ("về", "about", "regarding", "concerning", "từ", "from")
# ... skipping the "and", "or" between the things named there ("about children and online gambling");
# not ``_CONJUNCTIONS`` below, which joins rows asked together, "với" included, and has no "or".
_JOINED = frozenset({"and", "or", "va", "hoac"})
# A figure derived from the table's, which it does not give: a share, an average, a rate per day.
# A change still gives its percentage ("giảm bao nhiêu phần trăm từ 2020 đến 2022").
_DERIVED = (
    "tỷ lệ", "phần trăm", "percent", "trung bình", "average", "mỗi ngày", "mỗi tuần", "mỗi tháng", "per day",
    "per week", "per month", "daily", "weekly", "monthly",
)  # fmt: skip
_CHANGE = (
    "tăng", "giảm", "thay đổi", "so với", "biến động", "xu hướng", "chênh lệch", "trend", "rise", "rose", "risen",
    "fall", "fell", "fallen", "change", "changed", "increase", "increased", "decrease", "decreased", "grow",
    "grew", "growth", "drop", "dropped", "decline", "declined", "compare", "compared", "comparison", "versus",
    "go up", "went up", "gone up", "go down", "went down", "gone down", "jump", "jumped", "spike", "spiked",
    "surge", "surged", "climb", "climbed", "plunge", "plunged", "dip", "dipped",
)  # fmt: skip
# Words of the extremes and of asking for a period ("năm nào nhiều nhất", "peak"): read by
# knowledge.facts.extreme_asked, listed here so that spelling correction keeps them.
_ASKING = (
    "năm nào", "nhiều", "nhất", "ít", "cao", "thấp", "lớn", "nhỏ", "most", "least", "fewest", "highest", "lowest",
    "largest", "peak",
)  # fmt: skip
# A whole year, which a partial period is not. Not "cả năm": folded, it is also the "ca năm" of
# "bao nhiêu ca năm 2023" (how many cases in 2023).
_WHOLE_YEAR = (
    "trọn năm", "full year", "whole year", "entire year", "whole of", "all of",
    "12 tháng", "12 months", "twelve months",
)  # fmt: skip
# Words that only frame the figure asked for, in chat: "cho mk xin", "với ạ", "gấp"; and in a
# grandparent's telling: "bà nghe nói cái tổng đài ... người ta gọi bao nhiêu cuộc hả cháu".
_CHAT = (
    "xin", "cho", "mk", "mn", "mình", "ad", "ơi", "ạ", "ak", "nha", "nhé", "nè", "thui", "thôi", "gấp", "cần",
    "bạn", "với", "vậy", "nghe", "cái", "người ta", "hả", "cháu", "bà", "ông",
)  # fmt: skip
_MONTHS = (  # not "may": folded, it is "mấy"
    "january", "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december",
)  # fmt: skip
_MONTH_UNITS = ("tháng", "month")
# Parts of a year other than the count of months a table gives ("quý 1", "first half"): a
# question on them is not a question on the part the table has.
_OTHER_PARTS = (
    "quý 1", "quý 2", "quý 3", "quý 4", "quý I", "quý II", "quý III", "quý IV", "q1", "q2", "q3", "q4",
    "quarter", "half", "nửa đầu", "nửa cuối", "nửa năm", "học kỳ",
)  # fmt: skip
_LATER = frozenset({"cuoi", "last", "final", "latter"})  # folded: "8 tháng cuối" is not "8 tháng đầu"
_CONJUNCTIONS = frozenset({"and", "va", "voi"})  # folded: "và", "với"/"vs"
_UNEXPLAINED = 2  # plain words of a query on a table that neither the table nor any cue explains
_NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8",
    "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
}  # fmt: skip


class _Cues:
    """The cue words and phrases above, normalised once, and what they tell about a query."""

    def __init__(self, normalize: Normalizer) -> None:
        def words(texts: Iterable[str]) -> frozenset[str]:
            return frozenset(w for text in texts for w in normalize.tokens(text))

        def phrases(texts: Iterable[str]) -> frozenset[tuple[str, ...]]:
            return frozenset(tuple(normalize.tokens(text)) for text in texts) - {()}

        self.generic = words(_GENERIC)
        self.quantity = words(_QUANTITY)
        self.what = words(_WHAT)
        self.chat = words(_CHAT)
        self.about = words(_ABOUT)
        self.months = words(_MONTHS)
        self.month_units = words(_MONTH_UNITS)
        self.narrowing = phrases(_NARROWER)
        self.other_counters = phrases(_OTHER_COUNTERS)
        self.hotline = phrases(_HOTLINE)
        self.derived = phrases(_DERIVED)
        self.change = phrases(_CHANGE)
        self.whole_year = phrases(_WHOLE_YEAR)
        self.other_parts = phrases(_OTHER_PARTS)
        self.vocabulary = (
            self.generic | self.quantity | self.what | self.months | self.month_units | words(_ASKING)
            | {w for p in (*self.narrowing, *self.derived, *self.change) for w in p}
            | {w for p in (*self.whole_year, *self.other_parts) for w in p}
            | set(_NUMBER_WORDS)
        )  # fmt: skip

    def periods(self, words: Sequence[str], partial_numbers: frozenset[str], whole_said: bool = False) -> _Periods:
        """The years a query names, and whether it says part of a year, a whole year or a month
        (``whole_said``: a whole year the caller read in words folding would blur)."""
        years = sorted({int(w) for w in words if len(w) == 4 and w.isdigit() and 1900 <= int(w) <= 2099})
        partial = month = False
        other = _says(words, self.other_parts)
        for i, word in enumerate(words):
            if word in self.month_units:
                before = _NUMBER_WORDS.get(words[i - 1], words[i - 1]) if i else ""
                after = words[i + 1] if i + 1 < len(words) else ""
                if before in partial_numbers:  # "8 tháng", "eight months"
                    if _LATER & set(words[max(0, i - 2) : i + 3]):
                        other = True
                    else:
                        partial = True
                elif after.isdigit() and 1 <= int(after) <= 12 and not (before.isdigit() and int(before) <= 31):
                    month = True  # "tháng 12": December, not twelve months
                elif before.isdigit() and 1 <= int(before) <= 11:
                    other = True  # "6 tháng đầu", "last four months"
            elif word in self.months:
                month = True
        # "the first 8 months of 2023 vs full year 2022": beside a part of a year, a whole year is the other one's.
        whole = (whole_said or _says(words, self.whole_year)) and not (partial and len(years) >= 2)
        return _Periods(tuple(years), partial, whole, month, other and not partial)

    def intent(self, words: Sequence[str], periods: _Periods) -> Intent:
        extreme = extreme_asked(" ".join(words))
        if extreme is not None:
            return extreme
        if len(periods.years) >= 2 or _says(words, self.change):
            return "change"
        return "value"

    def narrower(self, words: Sequence[str], known: frozenset[str]) -> bool:
        """Whether the query asks for a part of a figure the table does not break down."""
        if _says(words, self.narrowing):
            return True
        if _says(words, self.other_counters) and not _says(words, self.hotline):
            return True
        for i, word in enumerate(words):
            if word in self.about:
                # "about children and online gambling": what is counted may be the second thing named.
                said = [w for w in itertools.takewhile(lambda w: not is_number(w), words[i + 1 :]) if w not in _JOINED]
                if any(w not in known for w in said[:3]):
                    return True
        return False


def _counts(words: Sequence[str], unit: str) -> bool:
    """Whether the query counts in ``unit`` ("bao nhiêu cuộc", "mấy cuộc"): after a word that
    counts, not as the "cước" (fee) folding makes of it ("cước bao nhiêu một phút")."""
    return any(w == unit and i and words[i - 1] in ("bao_nhieu", "may", "nhieu") for i, w in enumerate(words))


def _together(words: Sequence[str], alias: frozenset[str]) -> bool:
    """Whether the words of an alias are said near one another (within twice its length and two more):
    "hỗ trợ nạn nhân ... là số mấy" says "hồ sơ" only as two syllables far apart."""
    if len(alias) < 2:
        return True
    at = [i for i, w in enumerate(words) if w in alias]
    span = 2 * len(alias) + 2
    return any(alias <= set(words[i : i + span]) for i in at)


def _says(words: Sequence[str], phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` occurs in ``words``, word for word and in order."""
    return any(tuple(words[i : i + len(p)]) == p for i in range(len(words)) for p in phrases if p[0] == words[i])


@dataclass(frozen=True)
class _Row:
    """One row of a table, as the planner matches it."""

    row: TableRow
    fact: Fact
    aliases: tuple[tuple[frozenset[str], str], ...]  # normalised words, and the alias as written
    # The words that tell it from other rows: those of its aliases, name and unit, and of the
    # rows it is a sub-row of; generic words ("111", "năm", "bao nhiêu") left out.
    words: frozenset[str]


@dataclass(frozen=True)
class _Periods:
    """What a query says about time."""

    years: tuple[int, ...]  # sorted
    partial: bool  # "8 tháng đầu năm", "first eight months"
    whole_year: bool  # "trọn năm", "12 tháng", "full year"
    month: bool  # "tháng 12", "in December": one month, which the table does not give
    other: bool = False  # "quý 1", "4 tháng cuối", "first half": a part of a year the table does not give


@dataclass(frozen=True)
class _Missing:
    """What a query asks for that the table does not hold."""

    kind: Literal["years", "whole", "part", "month"]
    years: tuple[int, ...] = ()
    value: FactValue | None = None  # for "whole": the partial period the table has instead


@dataclass(frozen=True)
class _Named:
    """The rows a query names, in the table's order: several when it names them equally well."""

    rows: tuple[_Row, ...]
    alias: str  # the longest alias said of the first row, as the editor wrote it


class TablePlanner:
    """Recognises questions on the knowledge base's tables and answers them; pure and synchronous."""

    def __init__(self, raw: RawKnowledge, normalize: Normalizer) -> None:
        self._normalize = normalize
        facts = {f.id: f for f in raw.facts}
        self._items: dict[str, Entry | Fact] = {e.id: e for e in raw.entries} | facts
        self._sources = {s.id: s for s in raw.sources}
        self._cues = _Cues(normalize)
        # A sub-row's whole, the row it sits under: "4.1 Cuộc gọi tư vấn" of "4 Xâm hại trẻ em trên
        # môi trường mạng". Asked "bao nhiêu cuộc gọi về xâm hại trẻ em trên mạng", people mean
        # either; both figures are said. Filled in by ``_prepare``.
        self._wholes: dict[str, Fact] = {}
        self._tables = [self._prepare(table, facts) for table in raw.tables]
        self._owned = frozenset(
            ident for t in raw.tables for ident in (t.id, *t.related, *(row.fact for row in t.rows))
        )
        table_words = {w for t in self._tables for w in t.vocabulary}
        for table in raw.tables:
            table_words.update(self._words_of_table(table, facts))
        # Every word the planner reads, so that the matcher's spelling correction keeps them:
        # without this "stats" became "start" and "fall" became "all".
        self.vocabulary: frozenset[str] = frozenset(table_words | self._cues.vocabulary)
        self._about_known = self.vocabulary | FUNCTION_WORDS | self._cues.chat

    def whole(self, fact_id: str) -> Fact | None:
        """The fact of the row a fact's row sits under in a table, if any."""
        return self._wholes.get(fact_id)

    def asks_change(self, words: Sequence[str]) -> bool:
        """Whether a query asks how a figure changed ("tăng bao nhiêu %"): the one share a table gives."""
        return _says(words, self._cues.change)

    def narrows(self, words: Sequence[str], known: Iterable[str] = ()) -> bool:
        """Whether a query asks for more than a table can say: a part of a figure it does not break
        down ("cuộc gọi từ Hà Nội"), a part of a year it does not give, or a number it does not
        have ("nghị định 130"); ``known``
        adds the words of the one row or entry it is put to."""
        about_known = self._about_known | frozenset(known)
        if self._cues.narrower(words, about_known):
            return True
        if any(self._cues.periods(words, table.partial_numbers).other for table in self._tables):
            return True  # "quý 1", "first half": a part of a year no row gives
        return any(is_number(w) and not years_in([w]) and w not in about_known for w in words)

    def _prepare(self, table: Table, facts: dict[str, Fact]) -> _PreparedTable:
        rows: list[_Row] = []
        parents: list[_Row] = []  # the rows above this one with a smaller depth, nearest last
        for row in table.rows:
            fact = facts[row.fact]
            # A top row's name in the source table is an alias too ("Ca can thiệp hỗ trợ"); a
            # sub-row's is not, as it reads only under its parent ("4.2 Ca can thiệp" counts the
            # online cases), but its words still belong to it, as do those of its unit.
            row_names = (row.name.vi, row.name.en)
            written = (*fact.aliases, *row_names) if row.depth == 0 else fact.aliases
            aliases = tuple((frozenset(self._normalize.tokens(a)), a) for a in written)
            unit = f"{fact.unit.vi} {fact.unit.en}" if fact.unit else ""
            own = {w for alias, _ in aliases for w in alias} | set(self._normalize.tokens(" ".join((*row_names, unit))))
            while parents and parents[-1].row.depth >= row.depth:
                parents.pop()
            if parents:
                self._wholes[fact.id] = parents[-1].fact
            # A sub-row is a part of the rows above it: "lừa tiền trên mạng" is a counselling call
            # (4.1) about online abuse (4), so their words do not count against it.
            inherited = parents[-1].words if parents else frozenset()
            telling = frozenset((own | inherited) - self._cues.generic - FUNCTION_WORDS)
            rows.append(_Row(row, fact, tuple(a for a in aliases if a[0]), telling))
            parents.append(rows[-1])
        names = tuple(frozenset(self._normalize.tokens(a)) for a in table.aliases)
        return _PreparedTable(table, tuple(rows), names, self._total(table, rows[0].fact))

    def _total(self, table: Table, first: Fact) -> tuple[str, frozenset[str]] | None:
        """The first row of a source table is its total: what "tổng đài 111 nhận bao nhiêu cuộc"
        counts, naming no row but counting in the first syllable of its unit ("cuộc" of "cuộc gọi")
        and what the table is about, the words its title and the total's label share ("tổng đài",
        "111"). None when its unit is one syllable or nothing is shared."""
        syllables = fold(first.unit.vi).split() if first.unit else []
        if len(syllables) < 2:
            return None
        title = set(self._normalize.tokens(f"{table.title.vi} {table.title.en}"))
        label = set(self._normalize.tokens(f"{first.label.vi} {first.label.en}"))
        subject = frozenset((title & label) - FUNCTION_WORDS)
        return (syllables[0], subject) if subject else None

    def _words_of_table(self, table: Table, facts: dict[str, Fact]) -> set[str]:
        """Everything the table's own texts say: its facts' questions, labels and notes, its titles."""
        texts = [table.title.vi, table.title.en, *table.aliases]
        for row in table.rows:
            fact = facts[row.fact]
            texts += [*fact.questions.all(), *fact.aliases, fact.label.vi, fact.label.en, row.name.vi, row.name.en]
            if fact.note:
                texts += [fact.note.vi, fact.note.en]
        return {w for text in texts for w in self._normalize.tokens(text)}

    def owns(self, item_id: str | None) -> bool:
        """Whether an entry or fact is a table's row, a table, or an entry about one."""
        return item_id in self._owned

    # -- answering ---------------------------------------------------------------------

    def answer(self, words: Sequence[str], lang: Lang, whole_year: bool = False) -> Reply | None:
        """The reply to a question on a table, or None when the query is not surely one.

        ``whole_year``: the question says it wants a whole year in words folding would blur
        ("cả năm 2023" folds like "ca năm", cases in a year)."""
        said = set(words)
        for table in self._tables:
            if not said & table.trigger:  # most questions are about something else
                continue
            reply = self._answer_table(table, words, said, lang, whole_year)
            if reply is not None:
                return reply
        return None

    def _answer_table(
        self, table: _PreparedTable, words: Sequence[str], said: set[str], lang: Lang, whole_year: bool = False
    ) -> Reply | None:
        named = table.named(said, words)
        if named is None and table.total is not None and said & table.total[1] and _counts(words, table.total[0]):
            named = _Named(table.rows[:1], table.rows[0].row.name.get(lang))
        whole_table = any(name <= said for name in table.names)
        if named is None and not whole_table:
            return None
        cues = self._cues
        if self.narrows(words):
            return None
        # Words no table, cue or chat explains say the question is about something else that
        # happens to share a row's name: "đi xuất khẩu lao động Nhật hết bao nhiêu tiền, có bị
        # lừa không" is no count of calls about money scams. A concept the synonyms name
        # ("xuất khẩu lao động", "Bộ Công an") is enough; plain words ("between", "essay") take more.
        unexplained = {w for w in said - self._about_known - table.vocabulary if len(w) > 1 and not is_number(w)}
        if any("_" in w for w in unexplained) or len(unexplained) > _UNEXPLAINED:
            return None
        periods = cues.periods(words, table.partial_numbers, whole_year)
        intent = cues.intent(words, periods)
        if intent != "change" and _says(words, cues.derived):
            return None
        if named is None:
            # The table named with a year is a row; named alone it is the table itself, which
            # an entry describes. So is the table named with all its periods ("thống kê 111
            # 2020-2023" is its title, not a row).
            if not periods.years and not periods.partial and not periods.month:
                return None
            first, last = table.values[0].years, table.values[-1].years
            if first and last and periods.years and periods.years[0] <= first[0] and periods.years[-1] >= last[1]:
                return None
            return self._row_reply(table, periods, lang)
        if intent == "value" and not (periods.years or periods.partial or periods.month):
            # No time and no comparison: the query must ask for a figure ("bao nhiêu", "tổng"),
            # or say nothing but the row's name ("tư vấn chuyên sâu 111"), and not ask what it is.
            plain = said - FUNCTION_WORDS - cues.generic - cues.chat
            names_only = plain <= set[str]().union(*(r.words for r in named.rows))
            if not said & cues.quantity and (said & cues.what or not names_only):
                return None
        return self._rows_reply(table, named, periods, intent, lang)

    # -- replies -----------------------------------------------------------------------

    def _rows_reply(
        self, table: _PreparedTable, named: _Named, periods: _Periods, intent: Intent, lang: Lang
    ) -> Reply:
        chosen, missing = table.choose(periods, intent)
        rows = named.rows
        if missing is not None:
            body = "\n\n".join(_not_covered(r.fact.label.get(lang), missing, table, lang) for r in rows)
            return self._reply("decline", lang, body, table, rows, named.alias)
        parts = []
        for row in rows:
            values = [row.fact.values[i] for i in chosen]
            if intent in ("most", "least"):
                parts.append(_extreme(row.fact, values, intent, lang))
            elif intent == "change" and len(values) >= 2:
                # Asked for a trend with no years, the change runs over whole years; the part
                # of a year left out is still shown.
                left_out = [] if periods.years or periods.partial else [
                    v for i, v in enumerate(row.fact.values) if i not in chosen
                ]  # fmt: skip
                parts.append(_change(row.fact, values, lang, left_out))
            else:
                parts.append(_values(row.fact, values, lang, self._wholes.get(row.fact.id)))
        return self._reply("answer", lang, "\n\n".join(parts), table, rows, named.alias)

    def _row_reply(self, table: _PreparedTable, periods: _Periods, lang: Lang) -> Reply:
        chosen, missing = table.choose(periods, "value")
        title = table.table.title.get(lang)
        if missing is not None:
            return self._reply("decline", lang, _not_covered(title, missing, table, lang), table, (), None)
        head = [table.values[i] for i in chosen]
        when = ", ".join(period_text(v, lang) for v in head)
        lines = [f"{when[:1].upper()}{when[1:]}:"]  # the headline is the table's title
        for row in table.rows:
            values = [row.fact.values[i] for i in chosen]
            if len(values) == 1:
                figures = value_text(values[0], row.fact, lang)
            else:
                figures = "; ".join(f"{value_text(v, row.fact, lang)} ({period_text(v, lang)})" for v in values)
            number = f"{row.row.item}. " if row.row.item else ""
            bullet = ("• ", "   ◦ ", "      – ")[row.row.depth]
            lines.append(f"{bullet}{number}{row.row.name.get(lang)}: {figures}")
        caveat = _partial_caveat(head, lang)
        if caveat and len(head) > 1:
            lines.append(caveat)
        return self._reply("answer", lang, "\n".join(lines), table, (), None)

    def _reply(
        self,
        status: Status,
        lang: Lang,
        body: str,
        table: _PreparedTable,
        rows: Sequence[_Row],
        alias: str | None,
    ) -> Reply:
        """A reply as the matcher's are: one fact's id, question and related, or the table's when several."""
        if len(rows) == 1:
            fact = rows[0].fact
            source_ids: Iterable[str] = fact.sources
            related = tuple(
                Suggestion(r, self._items[r].questions.first(lang)) for r in fact.related if r in self._items
            )
            ident, question, topic = fact.id, fact.questions.first(lang), fact.topic
        else:
            source_ids = dict.fromkeys([*(s for r in rows for s in r.fact.sources), *table.table.sources])
            related = tuple(
                Suggestion(r, self._items[r].questions.first(lang)) for r in table.table.related if r in self._items
            )
            ident, question, topic = table.table.id, table.table.title.get(lang), table.table.topic
        return Reply(
            status,
            lang,
            body,
            id=ident,
            score=1.0,
            question=question,
            matched=alias,
            sources=tuple(self._sources[s] for s in source_ids if s in self._sources),
            related=related,
            topic=topic,
        )


def _longest_alias(whole: list[tuple[_Row, frozenset[str], str]], row: _Row) -> str:
    """The longest alias (as written) by which the query names a row whole."""
    return max((len(alias), original) for other, alias, original in whole if other is row)[1]


class _PreparedTable:
    """A table with its aliases normalised and each word's weight among its rows."""

    def __init__(
        self,
        table: Table,
        rows: tuple[_Row, ...],
        names: tuple[frozenset[str], ...],
        total: tuple[str, frozenset[str]] | None,
    ) -> None:
        self.table = table
        self.rows = rows
        self.names = tuple(n for n in names if n)
        # The first syllable of the total's unit and the words that name what the table is about.
        self.total = total
        self.values: tuple[FactValue, ...] = rows[0].fact.values  # the loader checked every row has these periods
        self.words = frozenset(w for r in rows for w in r.words)
        # For each row, the words of the sub-rows under it (rows below with a greater depth).
        self.below: dict[str, frozenset[str]] = {}
        for i, row in enumerate(rows):
            under: set[str] = set()
            for lower in rows[i + 1 :]:
                if lower.row.depth <= row.row.depth:
                    break
                under |= lower.words
            self.below[row.fact.id] = frozenset(under)
        # A word found in few rows' aliases says more about which row is meant ("4.2", "bắt nạt")
        # than one found in many ("online", "can thiệp").
        found = {w: sum(w in r.words for r in rows) for w in self.words}
        self.weight = {w: math.log(1 + len(rows) / n) for w, n in found.items()}
        # A query with none of these words names neither a row nor the table: one set operation.
        self.trigger = self.words | {w for n in self.names for w in n}
        # Each alias filed under its least common word: a query is checked only against the
        # aliases whose rarest word it says, not against all two hundred.
        count = Counter(w for r in rows for alias, _ in r.aliases for w in alias)
        self.aliases_by_word: dict[str, list[tuple[_Row, frozenset[str], str]]] = defaultdict(list)
        for r in rows:
            for alias, original in r.aliases:
                self.aliases_by_word[min(alias, key=lambda w: (count[w], w))].append((r, alias, original))
        self.vocabulary = self.trigger | {w for r in rows for a, _ in r.aliases for w in a}
        # "8" in "8 tháng đầu năm 2023": the number that names a partial period.
        self.partial_numbers = frozenset(
            w
            for v in self.values
            if v.period_label is not None
            for text in (v.period_label.vi, v.period_label.en)
            for w in text.split()
            if w.isdigit() and len(w) <= 2
        )

    def named(self, said: set[str], words: Sequence[str]) -> _Named | None:
        """The rows whose alias the query says whole, scored by the words that tell rows apart.

        An alias of several words counts only said together (``_together``). A row is out if the
        query says what names another row and none of its own words: the whole of another row's
        alias ("mục 4.2" is not row 3, though "can thiệp" is), or a concept the synonyms made one
        word ("cuộc gọi tư vấn" is not the total of calls, though "cuộc gọi" is one of its
        aliases). Single syllables do not count: "bảo" in "bảo vệ" is not the "báo" of "thông báo".
        """
        whole = [
            (row, alias, original)
            for word in said
            for row, alias, original in self.aliases_by_word.get(word, ())
            if alias <= said and _together(words, alias)
        ]
        concepts = {w for w in said if "_" in w}
        scored: list[tuple[float, _Row, str]] = []
        named = {row.row.fact for row, _, _ in whole}
        for row in (r for r in self.rows if r.row.fact in named):  # in the table's order, whatever the query's
            against = concepts.union(*(alias for other, alias, _ in whole if other is not row)) & self.words
            # A word of one of its sub-rows asks for that sub-row: "cuộc gọi tư vấn về trẻ bị xúc
            # phạm trên mạng" names 4.1 whole, but it asks for 4.1's line on insults.
            against |= said & self.below[row.row.fact]
            if against - row.words:
                continue
            score = sum(self.weight[w] for w in said & row.words)
            scored.append((score, row, _longest_alias(whole, row)))
        if not scored:
            return self._each_named(whole, concepts, said)
        best = max(score for score, _, _ in scored)
        top = [(row, alias) for score, row, alias in scored if score >= best - 1e-9]
        if len(top) > 3:  # "trên mạng" alone: too many rows to be an answer
            return None
        return _Named(tuple(row for row, _ in top), top[0][1])

    def _each_named(
        self, whole: list[tuple[_Row, frozenset[str], str]], concepts: set[str], said: set[str]
    ) -> _Named | None:
        """Rows asked for together ("bao nhiêu cuộc gọi và bao nhiêu ca can thiệp"): each named whole
        and joined by "và"/"and", where each alone was out for the words that name the other. Still
        out if the query names a row beyond them, or says a word of a row under one of them."""
        rows = [r for r in self.rows if any(other is r for other, _, _ in whole)]
        if not 1 < len(rows) <= 3 or not _CONJUNCTIONS & said:
            return None
        named = frozenset(w for r in rows for w in r.words)
        if concepts & (self.words - named) or any(said & self.below[r.row.fact] - named for r in rows):
            return None
        return _Named(tuple(rows), _longest_alias(whole, rows[0]))

    def choose(self, periods: _Periods, intent: Intent) -> tuple[list[int], _Missing | None]:
        """The indexes of the periods a query asks for, or what it asks that is not there."""
        values = self.values
        if periods.month:
            return [], _Missing("month")
        chosen: list[int] = []
        absent: list[int] = []
        for year in periods.years:
            found = [i for i, v in enumerate(values) if v.years and v.years[0] <= year <= v.years[1]]
            if not found:
                absent.append(year)
                continue
            index = found[0]
            if values[index].period_label is not None and periods.whole_year:
                return [], _Missing("whole", (year,), values[index])
            chosen.append(index)
        if absent:
            return [], _Missing("years", tuple(absent))
        if periods.partial and chosen and all(values[i].period_label is None for i in chosen):
            return [], _Missing("part", periods.years)  # "8 tháng đầu năm 2022": only the whole year is here
        if periods.partial and not periods.years:
            chosen = [i for i, v in enumerate(values) if v.period_label is not None]
        chosen = sorted(set(chosen))
        if intent in ("most", "least", "change") and len(chosen) >= 2:
            # "from 2020 to 2022", "between 2020 and 2022": the range, with the years between.
            chosen = list(range(chosen[0], chosen[-1] + 1))
        elif not chosen:
            chosen = list(range(len(values)))
            if intent == "change":  # no years: from the first to the last whole period
                whole = [i for i, v in enumerate(values) if v.period_label is None]
                chosen = list(range(whole[0], whole[-1] + 1)) if len(whole) >= 2 else chosen
        elif intent == "change" and len(chosen) == 1 and chosen[0] > 0:
            chosen = [chosen[0] - 1, chosen[0]]  # "năm 2022 tăng hay giảm": against the year before
        return chosen, None


# -- wording ---------------------------------------------------------------------------


def _when(value: FactValue, lang: Lang) -> str:
    """A period inside a sentence: "năm 2020", "8 tháng đầu năm 2023"; "2020", "the first 8 months of 2023"."""
    text = period_text(value, lang)
    return f"the {text}" if lang == "en" and value.period_label is not None else text


def _number(value: FactValue) -> float:
    assert not isinstance(value.value, Localized), "a table holds numbers"
    return value.value


def _values(fact: Fact, values: Sequence[FactValue], lang: Lang, whole: Fact | None = None) -> str:
    label = fact.label.get(lang)
    if len(values) == 1:
        value = values[0]
        if lang == "vi":
            when = f"trong {period_text(value, lang)}" if value.period_label is not None else period_text(value, lang)
        else:
            when = f"in {_when(value, lang)}"
        lines = [f"{label} {when}: {value_text(value, fact, lang)}."]
        lines += whole_lines(whole, value, lang)
    else:
        lines = [f"{label}:", *(f"• {period_text(v, lang)}: {value_text(v, fact, lang)}" for v in values)]
    if fact.note is not None:
        lines.append(fact.note.get(lang))
    return "\n".join(lines)


def _extreme(fact: Fact, values: Sequence[FactValue], which: Literal["most", "least"], lang: Lang) -> str:
    """The highest or lowest period, among whole years: part of a year is lower by nature.

    Part of a year still counts as the highest when it beats every whole year (hotline 111 had
    more image cases in the first 8 months of 2023 than in any whole year); it never counts as
    the lowest.
    """
    whole = [v for v in values if v.period_label is None] or list(values)
    pick = max if which == "most" else min
    top = pick(_number(v) for v in whole)
    parts = [v for v in values if v not in whole]
    beating = [v for v in parts if which == "most" and _number(v) > top]
    if beating:
        top = max(_number(v) for v in beating)
        best = [v for v in beating if _number(v) == top]
    else:
        best = [v for v in whole if _number(v) == top]
    when = ", ".join(_when(v, lang) for v in best)
    figure = value_text(best[0], fact, lang)
    label = fact.label.get(lang)
    if lang == "vi":
        head = f"{label}: {'cao nhất' if which == 'most' else 'thấp nhất'} là {when} ({figure})"
        head += ", dù chỉ là một phần của năm." if beating else "."
    else:
        head = f"{label}: {'highest' if which == 'most' else 'lowest'} in {when} ({figure})"
        head += ", though that is only part of a year." if beating else "."
    lines = [head, *(f"• {period_text(v, lang)}: {value_text(v, fact, lang)}" for v in values)]
    left_out = [v for v in parts if v not in best]
    if left_out:
        names = ", ".join(period_text(v, lang) for v in left_out)
        lines.append(
            f"Không tính {names}: đó chỉ là một phần của năm, không so sánh ngang bằng với cả năm."
            if lang == "vi"
            else f"Not counting the {names}: that is only part of a year, not like for like with whole years."
        )
    return "\n".join(lines)


def _change(fact: Fact, values: Sequence[FactValue], lang: Lang, left_out: Sequence[FactValue] = ()) -> str:
    """From the first value to the last: both, the difference and the percentage, computed."""
    first, last = values[0], values[-1]
    a, b = _number(first), _number(last)
    diff = b - a
    sign = "+" if diff > 0 else "−" if diff < 0 else "±"
    unit = f" {fact.unit.get(lang)}" if fact.unit else ""
    if a:
        percent = format_number(round(abs(diff) / a * 100, 1), lang)
        change = f"{sign}{format_number(abs(diff), lang)}, {sign}{percent}%"
    else:
        change = f"{sign}{format_number(abs(diff), lang)}"
    span_vi = f"từ {_when(first, 'vi')} đến {_when(last, 'vi')}"
    span_en = f"from {_when(first, 'en')} to {_when(last, 'en')}"
    x, y = format_number(a, lang), format_number(b, lang)
    if lang == "vi":
        if diff == 0:
            text = f"{span_vi} không đổi, vẫn là {y}{unit}."
        else:
            verb = f"tăng từ {x} lên {y}" if diff > 0 else f"giảm từ {x} xuống {y}"
            text = f"{span_vi} {verb}{unit} ({change})."
        if a and b / a >= 2:
            text += f" Tức là gấp {format_number(round(b / a, 1), lang)} lần."
    else:
        if diff == 0:
            text = f"{span_en} it stayed at {y}{unit}."
        else:
            verb = f"increased from {x} to {y}" if diff > 0 else f"decreased from {x} to {y}"
            text = f"{span_en} it {verb}{unit} ({change})."
        if a and b / a >= 2:
            text += f" That is {format_number(round(b / a, 1), lang)} times as many."
    lines = [f"{fact.label.get(lang)}: {text}"]
    if len(values) > 2 or left_out:
        lines += [f"• {period_text(v, lang)}: {value_text(v, fact, lang)}" for v in (*values, *left_out)]
    caveat = _partial_caveat((*values, *left_out), lang)
    if caveat:
        lines.append(caveat)
    return "\n".join(lines)


def _partial_caveat(values: Sequence[FactValue], lang: Lang) -> str | None:
    """Compared with whole years, a part of a year is not like for like: say so."""
    partial = [v for v in values if v.period_label is not None]
    if not partial or len(values) < 2:
        return None
    labels = ", ".join(period_text(v, lang) for v in partial)
    if lang == "vi":
        return f"Lưu ý: số liệu {labels} chỉ là một phần của năm, nên không so sánh ngang bằng với cả năm."
    return f"Note: the figure for the {labels} covers only part of the year, so it does not compare like for like."


def _not_covered(what: str, missing: _Missing, table: _PreparedTable, lang: Lang) -> str:
    """What the query asked that the table lacks, and the periods it has."""
    have = ", ".join(period_text(v, lang) for v in table.values)
    years = ", ".join(str(y) for y in missing.years)
    if missing.kind == "years":
        asked = f"năm {years}" if lang == "vi" else years
    elif missing.kind == "whole" and missing.value is not None:
        part = period_text(missing.value, lang)
        asked = f"cả năm {years} (chỉ có {part})" if lang == "vi" else f"the whole of {years} (only the {part})"
    elif missing.kind == "part":
        asked = f"một phần năm {years}" if lang == "vi" else f"part of {years}"
    else:
        asked = "từng tháng" if lang == "vi" else "single months"
    if lang == "vi":
        return f'Tài liệu của mình không có số liệu "{what}" cho {asked}. Số liệu hiện có: {have}.'
    return f'The documents I draw on have no figure for "{what}" for {asked}. Figures exist for: {have}.'

