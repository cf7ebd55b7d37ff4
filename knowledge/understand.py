"""One reading of a message that every later step shares.

A message is folded, its synonyms rewritten and its misspellings corrected once, here;
crisis detection, small talk, the matcher and the fact table all read the result
instead of normalising the text again.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from knowledge.asked import (
    AUXILIARIES,
    CODE_NAMES,
    HELD_TITLES,
    Asked,
    count_named,
    days_of_month,
    elided_date,
    read_asked,
    title_country,
)
from knowledge.language import guess_language
from knowledge.matcher import Matcher
from knowledge.normalize import FUNCTION_WORDS, fold, is_number, untelex, years_in
from knowledge.schema import Lang

# What kind of thing the question asks for: an answer that does not contain it is no answer.
Asks = Literal["number", "date", "person", "place", "other"]

# Folded, synonym-rewritten phrases that say what is asked. "bao_nhieu" is one token
# (a synonym group), the rest are word sequences matched as whole words. The first kind
# that has a phrase in the question wins: "năm nào ... bao nhiêu" asks a number.
_ASKS: tuple[tuple[Asks, tuple[str, ...]], ...] = (
    ("number", ("bao_nhieu", "how many", "how much", "so luong", "bao nhieu", "ti le", "ti_le", "what percentage",
                "phan tram", "co may", "may nguoi", "may ca", "may cuoc", "may luot", "may nuoc", "so hieu", "so may",
                "what number", "which number", "what was the total", "what is the total", "what were the total",
                "what was total", "what is total", "what were total", "what s the total",
                "the total amount", "the total value", "the total number",
                # "What was the UN's total grant aid ...": a sum, whatever stands between.
                "total aid", "total grant", "total funding", "total budget", "total cost", "total assistance",
                # "the UN aid total for 2017-2021, any figure?": a figure asked after the thing.
                "any figure", "any figures", "what figure", "what figures", "which figure",
                # a document's number, which ``Asked.numbered`` reads as its code, not a count
                *(f"{name} number" for name in CODE_NAMES))),
    ("date", ("khi nao", "khi_nao", "nam nao", "nam_nao", "bao gio", "luc nao", "ngay nao", "thang nao", "when",
              "hom nao", "hum nao", "what year", "which year", "what date", "thoi gian nao", "tu nam nao", "hoi nao",
              "ngay may", "thang may", "which month", "what month", "in what year", "year nao", "ngay ban hanh",
              "ngay ky ket", "which date", "ngay thong qua", "adoption date", "date adopted",
              # "On what exact date ...": the word between does not make it any other question.
              "exact date", "precise date", "specific date", "exact year", "exact day", "ngay cu the",
              # "What was the date of the 54th session": the verb between does not make it a thing.
              "what was the date", "what is the date", "what s the date", "what were the date",
              "what are the date")),  # plurals are read singular
    ("person", ("la ai", "la_ai", "ai", "nguoi nao", "ong nao", "who", "whom", "ca nhan nao", "nhung ai",
                "whose name")),
    ("place", ("o dau", "o_dau", "tai dau", "noi nao", "where", "dia diem nao", "o nuoc nao", "which country",
               "tinh nao", "thanh pho nao", "o tp nao", "which province", "which city", "khu vuc nao", "vung nao",
               "which area", "which region", "tinh thanh nao", "dia phuong nao", "which venue", "what venue",
               "venue nao")),
)


@dataclass(frozen=True)
class Message:
    """A message as the knowledge base understands it; built once per message by ``understand``."""

    text: str  # as typed, stripped
    folded: str  # lower-case ASCII words (``normalize.fold``)
    words: tuple[str, ...]  # folded, synonyms rewritten, misspellings corrected: what the matcher reads
    spelt: tuple[str, ...]  # folded with chat shorthand spelt out, synonyms not rewritten: what small talk reads
    lang: Lang  # the language to answer in: the person's choice, else the guess
    chosen: Lang | None  # the language the person chose, if any
    years: frozenset[int]
    numbers: frozenset[str]
    days: frozenset[tuple[int, int]]  # the days of a month it names: "19/12", "22 November" -> (19, 12), (22, 11)
    names: frozenset[str]  # organisations and acronyms the question insists on
    asks: Asks
    asked: Asked  # what the answer must hold: the thing counted, a year, a person
    proper: tuple[tuple[str, ...], ...] = ()  # names typed with capitals inside the sentence ("Mali", "Nhật Bản")
    typed: tuple[str, ...] = ()  # each of ``proper`` as typed, lower-cased with its diacritics ("lào", "laos")
    focus: tuple[str, ...] = ()  # what a "which"/"nào"/"gì" asks about: "khách sạn nào" -> ("khach", "san")
    whole_year: bool = False  # "cả năm 2023" typed with its marks: a whole year, which folding would blur
    session: str | None = None  # a session by its number: "khóa 78", "the 78th session" -> "78"
    # things named by their number: "bệnh viện dã chiến số 1" -> (("benh_vien_da_chien", "1"),)
    numbered: tuple[tuple[str, str], ...] = ()
    lists: bool = False  # asks for the items of a list: "kể ra", "liệt kê", "list them"
    one_of: bool = False  # one place counted "specifically", "riêng", "alone"
    # countries the question asks someone of: "Which Canadian official", "who represented Canada"
    countries_of_people: frozenset[str] = frozenset()
    # countries whose institutions it asks of, said with the adjective: "the Thai child hotline" -> ("thai_lan",)
    countries_of_things: frozenset[str] = frozenset()
    # holders of a title of a country it asks of: "đại sứ Australia" -> ("ambassador", "australia")
    titled_people: frozenset[tuple[str, str]] = frozenset()
    # countries whose names fold to everyday words, named as where someone is or what comes from
    # there: "mk đang ở mỹ" -> ("mỹ",)
    located: tuple[str, ...] = ()
    core: Message | None = None  # a long message's clause that asks, read the same way
    # a second thing asked, of another kind: "what is its name and when was it set up" -> a date
    also: tuple[Asks, Asked] | None = None
    share_of: str | None = None  # what a share asked of would be of: "tỷ lệ biết chữ" -> "chu"
    # the body a vice-presidency asked about is of: "Phó Chủ tịch HĐNQ" -> "hdnq"
    vice_presidency: str | None = None
    laughing: bool = False  # laughter typed: "=))", "😂", "hihi", "lol"

    @property
    def empty(self) -> bool:
        return not self.folded

    @property
    def content_words(self) -> tuple[str, ...]:
        """The words that carry meaning, without grammar and forms of address."""
        return tuple(w for w in self.words if w not in FUNCTION_WORDS)


# Markup pasted in ("<b>giá vàng</b>", "<script>") is no word of the question: its tag names would
# be read as words ("script" is what "are you a script?" asks the bot). Only HTML's own tags: a word
# put in angle brackets ("<help>") is still said.
_MARKUP = re.compile(
    r"</?(?i:b|i|u|s|a|p|br|hr|em|strong|code|pre|span|div|font|img|script|style|iframe|html|body|head|"
    r"h[1-6]|ul|ol|li|table|tr|td|th|tg-spoiler|blockquote)(?:\s[^<>]{0,200})?\s?/?>"
)


def understand(text: str, matcher: Matcher, lang: Lang | None = None, whole: bool = True) -> Message:
    """Read ``text`` once: everything later steps need is in the returned value.

    A long message ("My grandson went to Japan on a contract, I heard there was a conference,
    I want to know how many people ...") also gets its ``core``: the clause that asks, read on
    its own, since the story around it can drown the question.
    """
    chosen = lang
    text = _EMOTICON.sub(lambda m: _EMOTICONS[m.group(0).lower()], _MARKUP.sub(" ", text).strip())
    text = _SAID_MANY.sub("nói ", _CHAT_YES.sub("ừ", _who_organisation(text)))
    folded = " ".join(untelex(fold(text, decades=True).split(), matcher.knows))
    spelt = matcher.normalize.spell_out(folded.split())
    rewritten = matcher.normalize.synonyms(spelt)
    guessed = guess_language(text, folded=folded)
    lang = lang or guessed
    english = guessed == "en"
    words = _without_list_size(matcher.correct(rewritten, english=english)) if folded else []
    unique = list(dict.fromkeys(words))
    asks = _asks(f" {folded} ", words)
    asked = read_asked(asks, text, folded, words, english=english)
    spans = _proper(text, rewritten)
    return Message(
        text=text,
        folded=folded,
        words=tuple(words),
        spelt=tuple(spelt),
        lang=lang,
        chosen=chosen,
        years=frozenset(years_in(unique)),
        numbers=frozenset(w for w in unique if is_number(w)),
        days=frozenset(day for day, _, _ in days_of_month(text)),
        names=matcher.names(text, unique),
        asks=asks,
        asked=asked,
        proper=tuple(span for span, _ in spans),
        typed=tuple(typed for _, typed in spans),
        focus=_focus(words),
        whole_year=bool(_WHOLE_YEAR.search(text.casefold()) or (text.isascii() and _WHOLE_YEAR_BARE.search(folded))),
        session=_session(folded),
        numbered=_numbered(words),
        lists=_LIST_ASKED.search(f" {folded} ") is not None,
        one_of=_ONE_OF.search(folded) is not None,
        countries_of_people=_countries_of_people(folded, words, matcher.normalize.countries),
        countries_of_things=_demonyms(_OF_A_COUNTRY_BODY, folded),
        titled_people=_titled_people(spelt, matcher.normalize.countries),
        located=_located(text),
        core=_core(text, matcher, chosen or lang) if whole and (len(words) >= CORE_MIN_WORDS or _LABEL.match(text))
        else None,
        also=_also(folded, asks, matcher, english),
        share_of=_share_of(words),
        vice_presidency=_vice_presidency(words, matcher.normalize.entities),
        laughing=_LAUGHING.search(text.casefold()) is not None,
    )


# "... and when was it established?", "... và ở đâu?": a second question word after "and" (folded
# text has no commas).
_ALSO = re.compile(
    r"\b(?:and|va) (?=(?:when|where|what year|how many|how much|who|khi nao|nam nao|ngay nao|o dau|tai dau|"
    r"bao nhieu|ai la)\b)"
)


def _also(folded: str, asks: Asks, matcher: Matcher, english: bool) -> tuple[Asks, Asked] | None:
    """What a question asks after its first question ("What is the name of X and when was it
    established?"), if of another kind: the answer must hold both, or it answers half."""
    found = _ALSO.search(folded)
    if found is None:
        return None
    rest = folded[found.end() :]
    words = matcher.correct(matcher.normalize.rewrite(rest.split()), english=english)
    kind = _asks(f" {rest} ", words)
    if kind in ("other", asks):
        return None
    return kind, read_asked(kind, rest, rest, words, english=english)


# The words that ask a share, and those between it and what it is of ("tỷ lệ của", "the share of").
_SHARE_WORDS = frozenset({"ti_le", "percentage", "share", "proportion"})
# ... and the world, which is where the share is taken: "percentage of the world's migrants"; and
# "out of", which says what it is out of ("what percentage, how many out of 63").
_SHARE_OF = frozenset({"cua", "of", "the", "bao_nhieu", "la", "nu", "world", "global", "gioi", "out"})
# ... and an average, which is of what follows it: "tỷ lệ trung bình của quân nhân", "average share of".
_AVERAGE = frozenset({"trung binh", "average", "mean"})


def _share_of(words: Sequence[str]) -> str | None:
    """What a share asked is of: the first word after "tỷ lệ" that says something ("biết" of "tỷ lệ
    biết chữ" is grammar); "nữ" is left out, as what a share of women is of follows it."""
    for i, word in enumerate(words):
        if word in _SHARE_WORDS:
            after = list(words[i + 1 : i + 6])
            skip = next((n for n in (2, 1) if " ".join(after[:n]) in _AVERAGE), 0)
            after = after[skip:]
            return next((w for w in after[:3] if w not in FUNCTION_WORDS and w not in _SHARE_OF), None)
    return None


VICE_PRESIDENT = "pho_chu_tich"  # the synonyms' one word for "phó chủ tịch", "vice-president"
_OF_THE_UN = frozenset({"of", "the", "cua", "lhq"})


def _vice_presidency(words: Sequence[str], entities: Collection[str]) -> str | None:
    """The body a vice-presidency asked about is of: "Phó Chủ tịch HĐNQ", "Vice-President of the
    Human Rights Council" (the UN itself, "of the UN General Assembly", is no body of its own)."""
    for i, word in enumerate(words):
        if word == VICE_PRESIDENT:
            after = [w for w in words[i + 1 : i + 5] if w not in _OF_THE_UN]
            if after and after[0] in entities:
                return after[0]
    return None


# ASCII faces read as the emoji they draw, so that small talk reads them and folding ("<3" -> "3")
# does not turn them into numbers.
_EMOTICONS = {
    "<3": "❤", ":)": "🙂", ":-)": "🙂", "=)": "🙂", ":))": "😄", "=))": "😄", ":)))": "😄", "=)))": "😄",
    ":d": "😀", ":(": "😞", ":((": "😞", ":-(": "😞", "-_-": "😑", "^^": "😊", "^_^": "😊",
    # a cat's smile, a tongue out, and the Vietnamese ":v" of a wry joke
    ":3": "😺", ":p": "😛", ":-p": "😛", ":v": "😜", ";)": "😉",
}
_EMOTICON = re.compile(
    r"(?<!\S)(?:" + "|".join(re.escape(e) for e in sorted(_EMOTICONS, key=len, reverse=True)) + r")(?!\S)",
    re.IGNORECASE,
)
# Laughter, typed or drawn (the faces above are emoji by then). Not "😅" or "=)": a nervous smile
# may hide fear.
# Any number of syllables: "hahaha", "hihihi", "hj hj hj".
_LAUGHING = re.compile(
    r"[😂🤣😆😹😄]|(?<!\w)(?:hi(?: ?hi)+i*|ha(?: ?ha)+a*|he(?: ?he)+e*|hj(?: ?hj)+|lol|lmao|lmfao|rofl|kkk+|keke)(?!\w)"
    # Laughing said in words: "bầm tím tay mà vẫn cười như điên".
    r"|(?<!\w)(?:cười|cuoi) (?:như điên|nhu dien|sặc sụa|sac sua|ngặt nghẽo|ngat ngheo|bò|lăn lộn)(?!\w)"
)
# The World Health Organization typed as its acronym: folded, "WHO" is the "who" of every English
# question, so it would match them all and insist on nothing. In capitals (unless the whole message
# is), or after a word that joins or names a body ("vn vào who năm nào").
_WHO_CAPITALS = re.compile(r"(?<![\w-])WHO(?![\w-])")
_WHO_JOINED = re.compile(
    r"\b(vào|vao|gia nhập|gia nhap|của|cua|tổ chức|to chuc|với|voi|chấp hành|chap hanh|thành viên|thanh vien|"
    r"hợp tác|hop tac)\s+who\b",
    re.IGNORECASE,
)
# ... or before a Vietnamese word no English "who" has after it ("hội đồng chấp hành who chưa").
_WHO_BEFORE = re.compile(
    r"(?<=\S )who\s+(?=(?:chưa|chua|năm nào|nam nao|không|khong|ko|hỗ trợ|ho tro)\b)", re.IGNORECASE
)
_WHO_NAME = "World Health Organization"


# In lower case, "uk" is chat for "ừ" (yes); the United Kingdom is typed "UK".
_CHAT_YES = re.compile(r"(?<![\w-])uk(?![\w-])")
# "ông Sơn bảo nhìu vấn đề ...": said many things, which folds to the "bao nhiêu" of how many.
_SAID_MANY = re.compile(r"(?<![\w-])(bảo|Bảo) (?=(?:nhiều|nhìu|nhiu)(?![\w-]))")


def _who_organisation(text: str) -> str:
    if not text.isupper():
        text = _WHO_CAPITALS.sub(_WHO_NAME, text)
    text = _WHO_BEFORE.sub(f"{_WHO_NAME} ", text)
    return _WHO_JOINED.sub(lambda m: f"{m.group(1)} {_WHO_NAME}", text)


CORE_MIN_WORDS = 14
SHORT_CORE_MIN_WORDS = 8
# A short label before a colon ("Fact check please: what is ...", "Câu hỏi: ..."): the question is
# after it, however short the message.
_LABEL = re.compile(r"^\s*[^:?\d]{2,30}:\s+\S+(?:\s+\S+){3,}")
# "gì đó", "nào đó" is "some": "hình như cơ sở dữ liệu gì đó" recalls, it does not ask.
_ASKING_WORD = re.compile(r" (?:(?:gi|j|nao) (?!do )|(?:sao|what|which|how) )")
_SEGMENTS = re.compile(
    r"([,;:?!.()]+\s+|[?!.]+$"
    # A dash before a question ("... for a brief - how far did calls fall"), not one inside a name
    # ("quan hệ Việt Nam – Liên hợp quốc").
    r"|\s+[-–—]\s+(?=(?:how|what|which|who|when|where|why|is|are|do|does|did|can|could)\b))",
    re.IGNORECASE,
)  # kept: a clause's end says whether it asks
# A clause that points back at the one before ("IOM nói gì về chuyện này", "what did they say about
# it") asks about what that one says, read with it.
_POINTS_BACK = re.compile(r" (?:chuyen|dieu|van de|viec|vu|cai) (?:nay|do|ay|kia) | about (?:this|that|it) ")
# A clause that only says where the answer is to be found ("..., according to the IOM news items?",
# "..., theo bài báo?") asks nothing of its own.
_SOURCE_ONLY = re.compile(r"^ (?:according to|as per|based on|theo|dua theo|can cu) ")
# "phòng, chống mua bán người" is one name written with a comma, not two clauses.
_JOINED = re.compile(r"\b(phòng|phong),\s+(chống|chong)\b", re.IGNORECASE)
# Nor is a name with its acronym in brackets: "Tổ chức Lương thực và Nông nghiệp (FAO) đã hỗ trợ gì".
_GLOSSED = re.compile(r"\s*\(([A-ZĐ][A-Za-z0-9&-]{1,11})\)(?=\s+\w)")
# Nor a list of acronyms: "the regulation between MOLISA, MPS, MoD and MoFA on trafficking victims".
_ACRONYM = r"[A-ZĐ][a-z&]*[A-ZĐ][A-Za-z&]*"
_LISTED = re.compile(rf"(\b{_ACRONYM}),(?=\s+{_ACRONYM}\b)")


def _core(text: str, matcher: Matcher, lang: Lang) -> Message | None:
    """The clause of a long message that asks (with the one before it when it is short), read alone."""
    # Each clause with the punctuation that ends it: a clause ending in "?" is a question, though
    # it asks with "which" ("Which decision ... does Viet Nam intend to amend? I need the number").
    clauses = [(s.strip(), "?" in end) for s, end in _clauses(text) if s.strip()]
    segments = [segment for segment, _ in clauses]
    if len(segments) < 2:
        return None
    folded = [fold(segment) for segment in segments]
    chosen = next(
        (
            i
            for i, (fold_, (_, question)) in enumerate(zip(folded, clauses, strict=True))
            if question or _asks(f" {fold_} ", matcher.normalize.rewrite(fold_.split())) != "other"
        ),
        None,
    )
    if chosen is None:
        # Else the last clause with a word that asks ("ông Kỷ trình bày chuyên đề tên gì ở hội thảo, cho
        # mình xin exact title với": the request after it names nothing of its own), with a short one
        # before it as below ("lãnh đạo cục nào trình bày báo cáo, tên gì").
        worded = [i for i, fold_ in enumerate(folded) if _ASKING_WORD.search(f" {fold_} ")]
        chosen = worded[-1] if worded else len(segments) - 1
    padded = f" {folded[chosen]} "
    short = len(segments[chosen].split()) < 6 or bool(_POINTS_BACK.search(padded) or _SOURCE_ONLY.search(padded))
    start = chosen - 1 if chosen > 0 and short else chosen
    core = ", ".join(segments[start : chosen + 1])
    return understand(core, matcher, lang, whole=False) if len(core.split()) < len(text.split()) else None


# The writer's own story before the question: "I work for an NGO and I'm preparing a report", "I'm
# writing a piece on child helplines in SE Asia", "mình làm cho một tổ chức phi chính phủ".
_STORY = re.compile(
    r"^(?:i|i m|im|i am|i ve|we|we re|we are|as an?|toi|tui|minh|mk|mik|em|chau|con) (?:\w+ ){0,3}?"
    r"(?:work|works|working|volunteer|volunteering|write|writing|prepare|preparing|research|researching|study|studying|cover|covering"
    r"|analyse|analysing|analyze|analyzing|compile|compiling"
    # who they are with or from: "I'm with an NGO", "we are from a local charity"
    r"|with (?:an?|the)|from (?:an?|the)"
    # folded, "làm" is also "lắm" and "viết" the "Việt" of "Việt Nam": only with what follows them
    r"|journalist|reporter|student|(?:lam|lm) (?:viec|cho|o|ben|tai|bao|luan van|de tai|bai|thuyet trinh|tieu luan)"
    r"|viet (?:bai|bao|luan|tieu luan)"
    r"|nghien cuu|dang hoc|hoc (?:lop|nganh|tai|o)|la nha bao|la sinh vien)\b"
)


def _clauses(text: str) -> list[tuple[str, str]]:
    """Each clause of a message as typed, with the punctuation that ends it ("" for the last)."""
    parts = _SEGMENTS.split(_LISTED.sub(r"\1", _GLOSSED.sub(r" \1", _JOINED.sub(r"\1 \2", text))))
    return list(zip(parts[0::2], [*parts[1::2], ""], strict=True))


def _stories(text: str) -> list[tuple[str, str, str | None]]:
    """Each clause with its end and, folded, the writer's story it tells about themselves (none
    if it tells none, or asks). A message of one clause is a question with no story around it: no
    clauses, and the message is not folded a second time."""
    clauses = _clauses(text)
    if sum(1 for segment, _ in clauses if segment.strip()) < 2:
        return []
    return [(segment, end, None if "?" in end else _story(segment)) for segment, end in clauses]


def _story(segment: str) -> str | None:
    """A clause, folded, if in it the writer tells about themselves."""
    folded = fold(segment).strip()
    return folded if _STORY.match(folded) else None


def story_words(text: str) -> frozenset[str]:
    """The folded words of the clauses in which the writer tells about themselves, not what they ask."""
    return frozenset(w for _, _, story in _stories(text) if story is not None for w in story.split())


# What the writer's story is about: "I'm writing a piece on Vietnam's record at the UN Human Rights
# Council" tells the subject of the question after it, and only that.
_STORY_TOPIC = re.compile(r"\b(?:on|about|regarding|concerning|về|ve)\s+", re.IGNORECASE)


def unframed(message: Message, matcher: Matcher) -> Message | None:
    """The message without the writer's story around the question (what the story is about is
    kept), read again; none if it tells no story."""
    kept: list[str] = []
    told = False
    for segment, end, story in _stories(message.text):
        if story is not None:
            told = True
            topic = _STORY_TOPIC.search(segment)
            if topic is not None:
                kept.append(segment[topic.end() :] + end)
            continue
        kept.append(segment + end)
    text = "".join(kept).strip()
    if not told or len(text.split()) < 3:
        return None
    return understand(text, matcher, message.chosen or message.lang, whole=False)


def short_core(message: Message, matcher: Matcher) -> Message | None:
    """The clause that asks in a short message (8 to 13 words) that has no ``core`` of its own:
    read only when its "did you mean" may be confirmed ("phương hướng thứ 4 là j v ạ, e cần làm bài
    gấp"), since most messages never need it."""
    if message.core is not None or not SHORT_CORE_MIN_WORDS <= len(message.words) < CORE_MIN_WORDS:
        return None
    return _core(message.text, matcher, message.chosen or message.lang)


def _asks(padded: str, words: list[str]) -> Asks:
    # "ký năm nào v bn": "bn" closing a message after another question word is "bạn", not "bao nhiêu".
    # So is "bn" before a closing particle: "ai lập trình ra bn thế" is who made you.
    if closing := _CLOSING_BN.search(padded):
        at = len(words) - (2 if closing.group(1) else 1)
        if at >= 0 and words[at] == "bao_nhieu":
            rest = words[:at]
            other = _asks(_CLOSING_BN.sub(" ", padded), rest)
            # "lo ngại những gì về buôn người v bn": "gì ... vậy bạn", what they fear, not how many.
            if other != "other" or _WHAT.intersection(rest):
                return other
    # "Thông tư nào quy định tỷ lệ ...": which text, though "tỷ lệ" would ask a number.
    if _WHICH_TEXT.search(padded):
        return "other"
    # "ngày bao nhiêu", "tháng bao nhiêu": a date, though "bao nhiêu" asks a number first.
    said = f" {' '.join(words)} "  # chat shorthand spelt out: "ngay bn" is "ngày bao nhiêu"
    asked = (f" {unit} {how} " for unit in ("ngay", "thang") for how in ("bao nhieu", "bao_nhieu"))
    # So is "từ năm bao nhiêu", which the synonyms read as "năm nào" ("Việt Nam bao nhiêu ..." folds
    # to "nam bao nhieu" too, but its words say "viet_nam").
    if any(phrase in padded or phrase in said for phrase in asked):
        return "date"
    if " nam bao nhieu " in padded and " nam_nao " in said:
        return "date"
    # "có mấy loại tội phạm gì mới": which kinds, listed, not a count; "nhiệm kỳ bn": which term, its
    # years; "how many times in a row": which time, said as a word ("lần thứ hai").
    if _WHICH_KINDS.search(said) or _CONSECUTIVE.search(said) or _TERM_ASKED.search(said):
        return "other"
    # "giới tính nào" (which gender), "thuộc tính nào", "đặc tính nào" fold to a "tỉnh nào" (which province).
    padded = _NOT_A_PROVINCE.sub(r" \1_tinh nao ", padded)
    # "Chủ tịch Quốc hội nào", "đại hội nào" fold to a "hồi nào" (when).
    padded = _NOT_WHEN.sub(r" \1_hoi nao ", padded)
    if _SNAG.search(padded):
        padded = _SNAG.sub(r" \1 ", padded)
        words = [w for w in words if w != "o_dau"]
    # "thông tư về tỷ lệ nội dung dành cho trẻ em": a text about a share, not the share asked.
    if _ABOUT_SHARE.search(padded):
        padded = _ABOUT_SHARE.sub(" ve ", padded)
        words = [w for n, w in enumerate(words) if not (w == "ti_le" and n and words[n - 1] == "ve")]
    padded = _IN_NUMBER_AND.sub(" ", padded)
    # "what should they pay attention to when publishing stories": "when" before a verb's -ing joins
    # a clause and asks no date.
    if (doing := _WHEN_DOING.sub(_joined, padded)) != padded:
        padded = doing
        if " when " not in padded and " khi nao " not in padded:
            words = [w for w in words if w not in ("when", "khi_nao")]
    # "How does the UN rate Vietnam's performance": to rate, which asks no rate.
    if _RATE_VERB.search(padded):
        words = [w for w in words if w != "ti_le"]
    # "What does Vietnam consider the goal when building policies?", "Which networks are named as
    # places where ...": after another question word, "when" and "where" join clauses.
    # So do they before one, with no "was", "did" of a question after them: "Viện Quyền con người
    # where Dr Tung works belongs to which academy?" (not "the workshop, when was it held and who ...").
    tokens = padded.split()
    joined = next((i for i, w in enumerate(tokens) if w in ("when", "where")), None)
    later = (
        joined is not None
        and 0 < joined < len(tokens) - 1
        and tokens[joined + 1] not in AUXILIARIES
        and any(w in _OTHER_WH for w in tokens[joined + 1 :])
    )
    opening = tokens[:1]
    relative = (
        _RELATIVE if opening and (opening[0] in _OTHER_WH or later) and " khi nao " not in padded else frozenset()
    )
    for kind, phrases in _ASKS:
        for phrase in phrases:
            if phrase not in relative and _said(phrase, padded, words):
                # "nhắm vào những ai", "dành cho ai", "who do traffickers target": a group of
                # people, which no named person answers.
                if kind == "person" and _GROUP_ASKED.search(padded):
                    return "other"
                if phrase.startswith("may ") and _uncounted(phrase, padded, words):
                    continue
                return kind
        if kind == "person" and _WHICH_PERSON.search(padded):
            return kind
    if elided_date(words):
        return "date"
    # English keywords closing on the place asked: "IMRF 2026 venue", "GCM conference 30 Nov city" (a
    # date's are ``elided_date``'s).
    if len(words) >= 2 and words[-1] in _PLACE_LAST:
        return "place"
    # "contest 2023 number of schools": a count (not "a number of", nor the hotline's number).
    if _NUMBER_OF_THINGS.search(padded):
        return "number"
    # And on the sum asked: "UN aid to Vietnam 2012-2016 total USD", "UN aid Vietnam 2017-2021 total".
    if len(words) >= 3 and words[-1] in _SUM_LAST and not {"what", "which", "la", "nao"} & set(words):
        return "number"
    # ... or on the currency it is wanted in: "What was the UN aid for 2012-2016 in USD?".
    if _IN_CURRENCY.search(padded):
        return "number"
    return "number" if count_named(words) or _some_counted(padded) else "other"


_PLACE_LAST = frozenset({"venue", "location", "city"})
_SUM_LAST = frozenset({"total", "usd", "vnd", "amount"})
_IN_CURRENCY = re.compile(r"\b(?:in|bang|tinh bang|theo) (?:usd|vnd|us dollars?|dollars?|dola|dong)\s*$")
_NUMBER_OF_THINGS = re.compile(
    r"(?<!\ba )\bnumber of (?!(?:the |its )?(?:hotline|helpline|tong_dai|tong dai|phone|111)\b)\w"
)


# "gồm mấy văn kiện", "thông qua mấy nghị quyết": how many of a thing, when "mấy" is not the rank,
# time or day of something ("thứ mấy", "mấy giờ", "mấy ngày" are asked by other words) or a machine
# ("máy bay" folds alike).
_SOME_COUNTED = re.compile(
    r"\b(?:gom|co|thong qua|ban hanh|ki|dua ra|neu|de ra) may "
    r"(?!gio\b|h\b|ngay\b|nam\b|thang\b|tuan\b|tuoi\b|lan\b|bay\b|tinh\b)\w+"
)


def _some_counted(padded: str) -> bool:
    # "gồm mấy bộ, bộ nào chủ trì": a list that names them answers the count as well.
    return bool(_SOME_COUNTED.search(padded)) and " nao " not in padded


def _said(phrase: str, padded: str, words: Sequence[str]) -> bool:
    """Whether a message says an asking phrase: a word of it (a token), or its words in a row."""
    return phrase in words or f" {phrase} " in padded


def _uncounted(phrase: str, padded: str, words: Sequence[str]) -> bool:
    """Whether "mấy nước", "mấy người" ... asks no count here."""
    return (
        # "là ngày mấy, nước nào đề xuất": folded without its comma, no "mấy nước" counted.
        f" {phrase} nao " in padded
        # "mấy nước còn lại ... là những nước nào": which they are, by name.
        or f" nhung {phrase[4:]} nao " in padded
        # Opening a message, "mấy nước OECD nối lại viện trợ từ hồi nào" is some countries, and the
        # question is when.
        or (padded.startswith(f" {phrase} ") and _dated(padded, words))
        # "mấy cá nhân ... đc trao bằng khen của ai": individuals ("cá nhân"), not cases ("ca"); and
        # opening a message, "mấy ng làm tốt ... được thưởng gì" is those people, asked what they got.
        or (phrase == "may ca" and f" {phrase} nhan " in padded)
        or (padded.startswith(f" {phrase} ") and bool(_ASKED_AFTER.search(padded[len(phrase) + 2 :])))
    )


# A word that asks a person or a thing, later in a message opening with "mấy ...".
_ASKED_AFTER = re.compile(r"\b(?:ai|gi|j|nao|dau)\b")


def _dated(padded: str, words: Sequence[str]) -> bool:
    """Whether a message has a phrase that asks a date."""
    return any(_said(phrase, padded, words) for phrase in _DATE_PHRASES)


_DATE_PHRASES = next(phrases for kind, phrases in _ASKS if kind == "date")


def _session(folded: str) -> str | None:
    found = SESSION.search(folded)
    return (found.group(1) or found.group(2)) if found else None


def _countries_of_people(folded: str, words: Sequence[str], countries: Collection[str]) -> frozenset[str]:
    """The countries a question asks someone of ("Which Canadian official", "who represented
    Canada"); not a country that is only where something happened ("trong chuyến thăm Malaysia")."""
    said = set(_demonyms(_OF_A_COUNTRY, folded))
    represented = _REPRESENTED.search(" ".join(words))
    if represented and represented.group(1) in countries:
        said.add(represented.group(1))
    return frozenset(said)


def _demonyms(pattern: re.Pattern[str], folded: str) -> frozenset[str]:
    """The countries whose adjective opens a match of ``pattern`` ("Canadian official", "Thai hotline")."""
    return frozenset(DEMONYMS[m.group(1)] for m in pattern.finditer(folded) if m.group(1) in DEMONYMS)


def _titled_people(spelt: Sequence[str], countries: Collection[str]) -> frozenset[tuple[str, str]]:
    """The holders of a title of a country a question asks of ("đại sứ Australia": the ambassador
    of Australia), which a counsellor of it named does not give. Read in Vietnamese word order, in
    the words as typed: the synonyms make "UK ambassador & Canada ..." "dai_su canada"."""
    found: set[tuple[str, str]] = set()
    joined = " ".join(spelt)
    for m in _TITLE_OF_A_COUNTRY.finditer(joined):
        after = m.group(2).split()
        country = title_country(after, countries)
        if country is None:
            continue
        # "nữ Đại sứ Mỹ đầu tiên": the first to hold the post, a story of its own, not a holder asked of.
        if not _FIRST_HOLDER.match(joined[m.start(2) + len(" ".join(after[: country[1]])) :]):
            found.add((HELD_TITLES[m.group(1)], country[0]))
    return frozenset(found)


# "UNGA 78", "HRC 54": a body's short name and a number of two or three digits is its session, not a year.
# The judge reads a key's session and an answer's with it too ("Khóa 77" is the "77th session").
SESSION = re.compile(
    r"\b(?:khoa|khoa hop|ky hop|session|unga|hrc|dhd|dhdlhq)\s+(\d{1,3})\b|\b(\d{1,3})(?:st|nd|rd|th) session\b"
)
# "officers in the Central African Republic specifically": one place, which a list of places does not count.
_ONE_OF = re.compile(r"\b(?:cu the|specifically|rieng|alone|separately|individually)\b")
# A person of a country, said with its adjective: "Which Canadian official ...". Not an adjective alone:
# "a Japanese researcher asking" is the writer.
DEMONYMS = {
    "canadian": "canada", "australian": "australia", "aussie": "australia", "japanese": "nhat_ban",
    "korean": "han_quoc",
    "thai": "thai_lan", "chinese": "trung_quoc", "indian": "india", "indonesian": "indonesia",
    "malaysian": "malaysia", "singaporean": "singapore", "filipino": "philippine", "cambodian": "campuchia",
    "mexican": "mexico",
    # a country's short name before the title: "US ambassador", "UK ambassador"
    "us": "hoa_ky", "american": "hoa_ky", "uk": "uk", "british": "uk", "brit": "uk", "eu": "eu",
}  # fmt: skip
_OF_A_COUNTRY = re.compile(
    r"\b(\w+) (?:official|ambassador|diplomat|counsellor|representative|envoy|minister|delegate|speaker)s?\b"
)
# ... or an institution of it: "the Thai child protection hotline", "Japanese police". Not the adjective
# before anyone ("a Japanese researcher asking" is the writer).
_OF_A_COUNTRY_BODY = re.compile(
    r"\b(\w+) (?:(?:national|child|children s|children|child protection|kids) )?"
    r"(?:hotline|hotlines|helpline|helplines|police|government|law|laws|ministry|authorities|embassy)\b"
)
_FIRST_HOLDER = re.compile(r" (?:dau tien|first)\b")
_TITLE_OF_A_COUNTRY = re.compile(r"\b(dai su|tham tan) (\w+(?: \w+)?)")
_REPRESENTED = re.compile(r"\b(?:represented|representing|represents|dai dien cho|dai dien) (\w+)")
# "cả năm 2023", "nguyên năm", "full năm": typed with its marks, a whole year (folded, "ca nam" is also
# "ca năm", cases in a year); "cả năm hay mấy tháng?" asks which of the two it is.
_WHOLE_YEAR = re.compile(r"\b(?:cả|nguyên|trọn|full|suốt) năm\b(?!\s+(?:hay|or)\b)")
# Typed without marks, "ca nam 2023" after the thing counted ("cuoc goi ... ca nam 2023") is a
# whole year; after "so", "cac", "may" or "bao nhieu" it is cases ("so ca nam 2023").
_WHOLE_YEAR_BARE = re.compile(r"(?<!\bso )(?<!\bcac )(?<!\bmay )(?<!\bnhieu )\bca nam (?=(?:19|20)\d\d\b)")
_OTHER_WH = frozenset({"what", "which", "who", "whom", "whose", "how"})
_CLOSING_BN = re.compile(r" bn (?:(the|vay|v|z|nhi|ha|nha|ne) )?$")
_WHAT = frozenset({"gi", "nao", "sao"})
_WHICH_TEXT = re.compile(
    r" (?:thong tu|tt|luat|nghi dinh|quyet dinh|chi thi|van ban|cong uoc|hiep uoc|nghi quyet|ke hoach|chuong trinh"
    r"|circular|decree|law|directive|decision|convention|treaty|resolution|document) (?:so )?nao"
    r" | which (?:law|decree|circular|directive|decision|convention|treaty|resolution|document) "
    # "What circular regulates the ratio ...", "Which MIC circular sets ...": the text, not what it sets
    r"|^ (?:which|what) (?:\w+ )?(?:law|decree|circular|directive|decision|resolution|regulation|document)"
    r" (?:regulates|regulate|sets|set|governs|govern|says|requires|caps|limits) "
    # Keywords headed by a kind of text, asking no figure: "circular content ratio for children press"
    r"|^ (?:thong tu|nghi dinh|circular|decree) (?!\d)"
    r"(?!(?:.* )?(?:bao nhieu|bao_nhieu|bn|how much|how many|may|percent|phan tram|number|so) )"
    # "Is there a circular on how much content for kids ...": whether there is one, and which
    r"|^ (?:is|are) there (?:a |an |any )?(?:law|decree|circular|directive|decision|convention|treaty|resolution"
    r"|regulation|document)s? (?:on|about|that|which|regulating|setting|for) "
)
_ABOUT_SHARE = re.compile(r" ve (?:ti le|ti_le) ")
# "tăng cả về số lượng lẫn độ tinh vi": grown both in number and in some other way, no count asked
_IN_NUMBER_AND = re.compile(r" (?:ca )?ve so luong (?:lan|va|cung nhu|and) ")
_RATE_VERB = re.compile(
    r" (?:do|does|did|would|will) (?:\S+ ){0,4}rate | to rate | rates? (?:viet nam|vietnam|vn|its|it|their|them|how) "
)
# Read on the words ("how many" is "bao_nhieu" there, plurals singular): "có mấy loại tội phạm gì mới" asks
# which kinds; "how many times in a row", "mấy lần liên tiếp" which time ("lần thứ hai"); "nhiệm kỳ bn" which
# term (not "nhiệm kỳ bao nhiêu năm", a length).
_WHICH_KINDS = re.compile(r" (?:co )?may (?:loai|kieu|hinh thuc|dang|nhom|linh vuc) (?:\w+ ){0,4}?(?:gi|nao) ")
_CONSECUTIVE = re.compile(
    r" (?:bao_nhieu (?:time|times) (?:in a row|running|consecutively)|bao_nhieu consecutive"
    r"|(?:may|bao_nhieu) lan lien tiep) "
)
_TERM_ASKED = re.compile(r" nhiem[ _](?:ki|ky) (?:may|bao_nhieu)(?! (?:nam|thang|year|month)\b)")
_NOT_WHEN = re.compile(r" (quoc|dai|xa|cong|phu nu|nong dan) hoi nao ")
_NOT_A_PROVINCE = re.compile(r" (gioi|thuoc|dac|ca) tinh nao ")
# "vướng ở đâu", "khó ở đâu": where a difficulty lies, which no place answers.
_SNAG = re.compile(
    r" (vuong|vuong mac|kho|kho khan|sai|loi|van de|mac|ket|han che|bat cap|nut that|diem nghen|khac|khac nhau"
    r"|khac biet)"
    # "vướng chỗ nào", "khác nhau chỗ nào": where the snag or the difference lies, which is no place
    r" (?:nam )?(?:o dau|(?:o )?cho nao) "
)
_GROUP_ASKED = re.compile(
    r" (?:nham (?:vao|toi|den)|huong (?:toi|den)|danh cho|de bi|thuong bi|hay bi) (?:nhung )?ai "
    r"| who (?:is|are) (?:most )?(?:targeted|at risk|vulnerable)"
    r"| who (?:do|does|did) (?:\w+ ){0,2}(?:target|targets|prey on|lure)\b"
)
# "Which Vietnamese diplomat served as ...": a person, whom "which" asks like "who".
_WHICH_PERSON = re.compile(
    r" which (?:\w+ ){0,2}(?:diplomat|official|officer|person|speaker|envoy|delegate|expert|leader|spokesperson)s? "
    # "which official document", "which official figures": an adjective, not the person
    r"(?!(?:documents?|decisions?|decrees?|texts?|websites?|names?|figures?|data|reports?|statistics|titles?|"
    r"positions?|posts?|roles?|languages?|sources?)\b)"
)
# ... and the synonyms make them "khi_nao" and "o_dau" in the words.
_RELATIVE = frozenset({"when", "where", "khi_nao", "o_dau"})
_WHEN_DOING = re.compile(r" (?:when|while) (\w+ing)(?= )")
_NOT_DOING = frozenset("during thing something anything nothing everything morning evening spring king beijing".split())


def _joined(found: re.Match[str]) -> str:
    return found.group(0) if found.group(1) in _NOT_DOING else f" {found.group(1)}"


_POSSESSIVE = re.compile(r"['’]s$")
_NAME_ENDS = frozenset(",;)]'\"»”’/")
_NAME_STARTS = frozenset("([\"'«“‘")
_FIRST_PERSON = frozenset({"i", "i'm", "i've", "i'd", "i'll", "im"})
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def _proper(text: str, rewritten: list[str]) -> list[tuple[tuple[str, ...], str]]:
    """Names typed with capital letters inside a sentence, as runs of normalised words.

    "Mali", "Philippines", "Nhật Bản" name something an answer must mention; a capital that
    opens a sentence says nothing, an acronym is read by ``Matcher.names``, and a word that
    a synonym swallowed ("Liên" in "Liên hợp quốc") is no longer a word of the question.
    """
    standalone = set(rewritten)
    spans: list[list[str]] = []
    typed: list[list[str]] = []
    previous = -2
    # "Sudan/South Sudan" is two names, each its own.
    tokens = text.replace("/", " / ").split()
    for i, token in enumerate(tokens):
        word = _POSSESSIVE.sub("", token.strip("?.,!:;()[]'\"«»“”‘’"))
        if not word[:1].isupper() or (word.isupper() and len(word) > 1) or word.lower() in _CALENDAR:
            continue
        if word.casefold().replace("’", "'") in _FIRST_PERSON:
            continue  # "I", "I'm" name the writer, not something an answer must mention
        if i == 0 or tokens[i - 1][-1:] in ".?!:":
            continue
        folded = [w for w in fold(word).split() if w in standalone]
        if not folded:
            continue
        # "UNESCO Executive Board (Hội đồng Chấp hành)" is two names: a bracket or a quote ends one.
        joined = tokens[i - 1][-1:] not in _NAME_ENDS and token[:1] not in _NAME_STARTS
        if previous == i - 1 and joined and spans:
            spans[-1].extend(folded)
            typed[-1].append(word.casefold())
        else:
            spans.append(folded)
            typed.append([word.casefold()])
        previous = i
    return [(tuple(span), " ".join(words)) for span, words in zip(spans, typed, strict=True)]


# Countries whose names fold to everyday words ("mỹ" is "my", "lào" the "lao" of "lao động"), so that
# the synonyms cannot make them tokens, with the words an entry names each by. Read only after words
# that make them a place someone is in, or whose people or things are asked of: "mk đang ở mỹ",
# "vắc xin từ mỹ", "có úc không"; not "bên Mỹ", which is as often where a meeting was held.
FOLDED_COUNTRIES: dict[str, tuple[tuple[str, ...], ...]] = {
    "mỹ": (("my",), ("hoa", "ki"), ("us",)),
    "úc": (("uc",), ("australia",)),
    "nga": (("nga",), ("russia",)),
    "pháp": (("phap",), ("france",)),
    "đức": (("duc",), ("germany",)),
    "lào": (("lao",), ("laos",)),
    "ấn độ": (("india",), ("an", "do")),
    # not the "nhất" of every superlative: only the country's whole name, in either language
    "nhật": (("nhat_ban",), ("japan",)),
}
# Not the province of Lào Cai.
_COUNTRY = "|".join(f"{name}(?! cai)" if name == "lào" else name for name in FOLDED_COUNTRIES)
_LOCATED = re.compile(rf"\b(?:đang ở|sống ở|từ|có|người|nước|sang|của) ({_COUNTRY})\b")
# Typed in lower case, a plain "ở" is where the writer is ("e ở úc thì báo cho ai"); "ở Mỹ", capitalised,
# is as often where a meeting was held. Two syllables with their marks ("ấn độ") need no word before.
_LOCATED_AT = re.compile(rf"\bở ({_COUNTRY})\b")
_LOCATED_BARE = re.compile(r"\b(ấn độ)\b")
# Opening the message, the country is whose act is asked ("mỹ góp cho covax bn tiền", "Lào vào LHQ năm
# nào"), not the "pháp" of "pháp luật", the "mỹ" of "mỹ thuật" or the "nhật" of "nhật ký" (nor "Nhật Bản",
# which the synonyms name).
_LOCATED_FIRST = re.compile(rf"^({_COUNTRY})(?= (?!luật|lý|lí|phẩm|thuật|nhân|quyền|chế|điển|ký|kí|bản)\w)")


# People counted by where they went or work: "trong 600k ng đi xkld đó có bn ng qua nhật", "bn ng đi làm
# bên nhật" (not the writer's own plans after a comma: "có bn ng đi xklđ, mk tính đi nhật").
_COUNTED_TO = re.compile(
    rf"\b(?:bao nhiêu|bn|mấy)\b[^.?!,]{{0,40}}?\b(?:đi|qua|sang|tới|đến|làm)(?: (?:ở|bên|tại))? ({_COUNTRY})\b"
)


def _located(text: str) -> tuple[str, ...]:
    """The countries of ``FOLDED_COUNTRIES`` a message names as where someone is or what comes from there."""
    typed = unicodedata.normalize("NFC", text)
    lower = typed.casefold()
    found = [*_LOCATED_FIRST.findall(lower.lstrip()), *_LOCATED.findall(lower), *_LOCATED_AT.findall(typed)]
    found += _COUNTED_TO.findall(lower)
    return tuple(dict.fromkeys([*found, *_LOCATED_BARE.findall(lower)]))


def typed_words(text: str) -> set[str]:
    """A text's words lower-cased with their diacritics kept: "Lào" is not the "lao" of "lao động"."""
    return set(_TYPED_WORD.findall(unicodedata.normalize("NFC", text).casefold()))


def capitalised(text: str) -> set[str]:
    """The words of a text typed with a capital inside a sentence, lower-cased with their diacritics."""
    found: set[str] = set()
    for line in text.splitlines():
        tokens = line.split()
        for i, token in enumerate(tokens):
            if i == 0 or tokens[i - 1][-1:] in ".?!:":
                continue
            word = _POSSESSIVE.sub("", token.strip("?.,!:;()[]'\"«»“”‘’"))
            if word[:1].isupper():
                found.update(typed_words(word))
    return found


_TYPED_WORD = re.compile(r"\w+")


# The thing a "which ..." question is about is named right after "which"/"what" in English
# and right before "nào"/"gì" in Vietnamese; words that only make the question a question
# ("là gì", "năm nào") name nothing.
_WHICH = frozenset({"which", "what"})
_UBIQUITOUS = frozenset({"lhq", "viet_nam"})
_AFTER = frozenset({"nao", "gi"})
_NUMBER_OF = frozenset({"may", "bao_nhieu"})
# Nouns that only say a question is a question: "vào thời gian nào", "nhằm mục đích gì", "what kind".
_NOT_FOCUS = frozenset(
    "nam ngay thang luc khi the sao bao lam cai dieu viec thoi gian muc dich noi dung y nghia vai tro hinh thuc "
    "cach kind type way sort "
    # a kind of body: ChildFund is an NGO, though its entry never says so (not "organisation":
    # "những international organisations nào tham dự" asks for the ones named)
    "ngo ngos "
    # a unit of a body ("Bộ Công an có đơn vị nào trình bày"): any body, not the "đơn vị tổ chức" (organiser)
    "don vi".split()
)


_NOT_NAMING = FUNCTION_WORDS | _NOT_FOCUS
# Words that say which of the things asked, not what they are: "what new crime trends", "which senior
# UN official", "what exact title". The thing is the noun after them. (Not "official", which is as
# often the thing: "which official opened the meeting".)
_QUALIFIERS = frozenset(
    "new main key exact full specific particular other senior major latest current recent biggest largest "
    "newest important".split()
)
_BEFORE_THE_THING = _UBIQUITOUS | FUNCTION_WORDS | _QUALIFIERS
# "công tác ở viện nào", "làm ở vụ nào": "ở" places the thing asked, which is the institute alone;
# an entry that names the institute does not say "ở viện".
_AT = frozenset({"o"})
# What someone did at an event, asked by who did it: the entry on that act, not one on the event.
_WHO = frozenset({"who", "ai", "la_ai"})
DONE_BY = frozenset(
    "opened chaired hosted organised organized signed presented moderated launched closed led delivered "
    "facilitated initiated announced proposed khai_mac".split()
)
_LIGHT_ACTS = frozenset({"delivered", "gave", "made"})
SPEECHES = frozenset({"opening", "closing", "keynote", "welcome", "welcoming", "khai_mac", "be_mac"})
# Not "thứ nhất": "first" is as often the first time ("the first term") as the first of a list.
_ORDINALS = frozenset({"thu_hai", "thu_ba", "thu_tu", "thu_5"})


# Asking for the items of a list: "kể ra", "liệt kê", "list them", "gồm những gì".
_LIST_ASKED = re.compile(
    r" (?:ke ra|ke ten|ke het|ke giup|liet ke|list (?:them|all|the|giup|ra|cac)|gom nhung gi|la nhung gi|what are the) "
    # "thống nhất những phương hướng nào", "which directions were agreed": the items, asked in the plural
    r"| nhung (?:phuong huong|giai phap|bien phap|nhiem vu|dinh huong|linh vuc|uu tien|directions?|orientations?)"
    r"(?: \w+){0,2} (?:nao|gi|j) "
    r"| (?:which|what) (?:\w+ )?"
    r"(?:directions?|orientations?|priorities|priority|tasks?|solutions?|areas|fields|steps|measures?) "
)


def _numbered(words: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """The things a question names by their number ("bệnh viện dã chiến số 2", "bão số 3"): each with it."""
    return tuple(
        (words[i - 1], "1" if words[i + 1] == "mot" else words[i + 1])
        for i in range(1, len(words) - 1)
        if words[i] == "so"
        and (words[i + 1].isdigit() or words[i + 1] == "mot")
        and words[i - 1] not in FUNCTION_WORDS
        and words[i - 1] not in _SO_COMPOUNDS
    )


# Words that "số" ends rather than numbers: "Cục Dân số 24/9" names a day, "tổng số 24" a sum.
_SO_COMPOUNDS = frozenset({"dan", "con", "chi", "he", "ti", "da", "thieu", "tong", "tan", "ky", "bien", "ky_thuat"})


def _without_list_size(words: list[str]) -> list[str]:
    """Words without the size of the list an item is asked of: "phương hướng thứ 3 trong 5 hướng" asks
    the third, and an entry on it need not say there are five."""
    for i in range(1, len(words) - 1):
        if words[i] == "trong" and words[i - 1].startswith("thu_") and words[i + 1].isdigit():
            return [*words[:i], *words[i + 2 :]]
    # "trong 2 năm 2018 và 2019", "the two years 2018 and 2019": the count of the years listed.
    for i in range(len(words) - 2):
        count = _COUNTS.get(words[i], 0)
        if count > 1 and words[i + 1] in ("nam", "year") and _years_listed(words[i + 2 :]) == count:
            return [*words[:i], *words[i + 1 :]]
    return words


_COUNTS = {str(n): n for n in range(2, 10)} | {"hai": 2, "ba": 3, "bon": 4, "two": 2, "three": 3, "four": 4}


def _years_listed(words: list[str]) -> int:
    """How many years open ``words``, with "và", "and" or "&" between them."""
    listed = 0
    for word in words:
        if years_in([word]):
            listed += 1
        elif word not in ("va", "and", "&"):
            break
    return listed


def _focus(words: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for i, word in enumerate(words):
        if word in _ORDINALS:
            found.append(word)  # "phương hướng thứ hai": the second, which an entry on all five is not
        elif word in _WHICH:
            # "which hotel", "what is the website of ...": the first word that names something
            following = [w for w in words[i + 1 : i + 4] if w not in _BEFORE_THE_THING][:1]
            if following and following[0] not in _NOT_FOCUS and not is_number(following[0]):
                found.append(following[0])
        elif word in _WHO and i + 1 < len(words) and (words[i + 1] in DONE_BY or words[i + 1] in _LIGHT_ACTS):
            # "who opened the meeting": the opener, not who attended it; "who delivered the opening
            # speech", "who gave the opening remarks": the opening, since a report is delivered too.
            spoken = [w for w in words[i + 2 : i + 4] if w not in FUNCTION_WORDS][:1]
            light = words[i + 1] in _LIGHT_ACTS and spoken and spoken[0] in SPEECHES
            if light or words[i + 1] in DONE_BY:
                found.append(spoken[0] if light else words[i + 1])
        elif word in _NUMBER_OF and i > 1 and words[i - 1] == "so":
            # "quyết định số mấy", "nghị định số bao nhiêu": the number of a decision, which an
            # entry that names none does not give.
            if words[i - 2] not in _NOT_NAMING and not is_number(words[i - 2]):
                found.append(words[i - 2])
        elif word in _AFTER and i > 0:
            before = [w for w in words[max(0, i - 2) : i] if w not in _NOT_NAMING and w not in _AT and not is_number(w)]
            if before and words[i - 1] not in FUNCTION_WORDS and words[i - 1] not in _NOT_FOCUS:
                found.extend(before)
    return tuple(dict.fromkeys(found))


def name_pairs(text: str) -> set[tuple[str, str]]:
    """Every two folded words that follow each other inside a run of capitalised words.

    Read from every stored question and answer when the knowledge base loads, so that a name
    a question types ("Đà Nẵng", "Nhật Bản") can be told from one the documents use ("New York")
    although each of its words, folded, is common ("da" is also "đã").
    """
    pairs: set[tuple[str, str]] = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = fold(_POSSESSIVE_IN_RUN.sub("", run.group(0))).split()
        pairs.update(pairwise(words))
    return pairs


_UPPER = "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper())
# Two or more capitalised words in a row, with no punctuation between them.
_CAPITALISED_RUN = re.compile(rf"[{_UPPER}][\w'’-]*(?:[ \t]+[{_UPPER}][\w'’-]*)+")
_POSSESSIVE_IN_RUN = re.compile(r"['’]s\b")
