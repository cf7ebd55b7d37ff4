"""Whether an answer gives the kind of thing a question asks for.

"Bao nhiêu đại biểu" needs a number beside "đại biểu", "năm nào" a year, "ai" a person or
a body, "ở đâu" a place. An entry can be about exactly the subject asked and still not
say it: the seminar's answer lists who took part but not how many, the workshop's says
"the article does not state the year". Such an entry is no answer to the question; the
bot says the documents do not give it and shows what they do say.

Each answer is read once, when the knowledge base loads, into a ``Shape``: its clauses as normalised
words, with the numbers, dates and years marked, and the kinds of thing it says the
documents withhold.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from itertools import pairwise

from knowledge.normalize import FUNCTION_WORDS, Normalizer, fold, is_number, is_syllable, unmarked

Kind = str  # "number", "date", "person", "place", "other" (see ``understand.Asks``)

# Marks put in the text before folding, so that a date stays one thing and is not read as
# numbers ("24-26/11/2025" would fold to four of them).
_DATE, _YEAR, _PERCENT, _COMMA = "qqdateqq", "qqyear", "qqpercentqq", "qqcommaqq"  # a year: "qqyear2025qq"
_FULL_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTHS = f"{_FULL_MONTHS}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
_DATE_PATTERNS = (
    # 24-26/11/2025, 18/9, 15/8/2022, 2/10; not "Nghị quyết 32/2", which no calendar has
    re.compile(
        r"\b(?:0?[1-9]|[12]\d|3[01])(?:\s*[-–]\s*(?:0?[1-9]|[12]\d|3[01]))?\s*/\s*(?:0?[1-9]|1[0-2])"
        r"(?:\s*/\s*\d{2,4})?\b"
    ),
    # 24-26 November 2025, 2 October, November 2025
    re.compile(rf"\b(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+)?(?:{_MONTHS})\b\.?(?:\s+\d{{4}})?", re.IGNORECASE),
    # ngày 16, tháng 11 năm 2025, tháng 5/2026
    re.compile(r"\b(?:ngày|tháng)\s+\d{1,2}(?:\s*/\s*\d{4})?(?:\s+năm\s+\d{4})?", re.IGNORECASE),
)
_YEAR_PATTERN = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b")
_PERCENT_PATTERN = re.compile(r"%|\bphần trăm\b|\bpercent\b", re.IGNORECASE)
_SEPARATOR = re.compile(r",(?!\d)|\s[-–]\s")  # not the comma in "740,250"
_CLAUSES = re.compile(r"[.;!?\n]+(?:\s|$)|\(\d+\)")
# "bốn (4) lĩnh vực", "four (4) areas": a number spelled, then in digits; no list marker "(4)".
_RESTATED = re.compile(r"\b(\w+) \((\d{1,2})\)")

# Spelled numbers that are almost never anything else. Vietnamese ones fold onto other
# words ("năm" year, "hại" in "thiệt hại", "chức" in "tổ chức") and count only right
# before the thing counted.
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million billion dozen dozens twice thrice".split()
)  # "twice" answers "how many times"
_SMALL_NUMBER_WORDS = frozenset("mot hai ba bon nam sau bay tam chin muoi tram nghin trieu one".split())
_SPELLED = _NUMBER_WORDS | _SMALL_NUMBER_WORDS
# Words of an English clause that no folded Vietnamese syllable is ("the" is "thể", "to" is "tổ").
_ENGLISH_GRAMMAR = frozenset("of and with for was were is are has have".split())
_CURRENCY = frozenset("usd vnd dola euro eur".split())
# Folded, "đô" and "đồng" are also "do" (by, because) and "dong" (the "đông" of many words): a
# currency only right after the sum ("5 triệu đồng"), not in "do bão số 3 gây ra".
_AMBIGUOUS_CURRENCY = frozenset("dong do".split())
_MAGNITUDES = frozenset("nghin ngan trieu ti ty thousand million billion k".split())

# What "how much" asks when it is money: then the answer needs a sum of money.
_COUNT_WINDOW = 4  # a number counts a word at most this many words before or after it
# "bao nhiêu người tham gia / dự / đến": people who took part, the verb read as part of the unit.
_ATTENDING = (("tham",), ("du",), ("den",))
# Words that count the same thing, for a count asked by one word alone: people of any name ("how
# many people" is answered by "40 phóng viên", though "how many reporters" is not by "100
# delegates"), places of a country, times someone was sent. Each: the words asked, the words counted.
_KIN = tuple(
    (frozenset(asking.split(",")), frozenset(tuple(p.split()) for p in counted.split(",")))
    for asking, counted in (
        ("nguoi,people,person",
         "nguoi,people,person,tre_em,hoc_sinh,sinh vien,phong vien,dai bieu,thi sinh,quan nhan,si quan,"
         "nan nhan,can bo,giao vien,thanh nien,participant,delegate,student,reporter,journalist,worker,"
         "victim,officer,child,youth"),
        ("tinh,province,city,locality", "tinh,tinh thanh,dia phuong,province,city,locality"),
        ("luot,rotation,deployment", "luot,rotation,deployment"),
        # Students in a contest are its contestants: "how many students entered" of "740.250 thí sinh".
        ("student,hoc_sinh", "student,hoc_sinh,thi sinh,contestant,sinh vien,participant"),
        ("nha bao,phong vien,journalist,reporter", "nha bao,phong vien,journalist,reporter"),
        # Who took part, by what they were: "how many participants" of "740.250 thí sinh", "gần 100 đại biểu".
        ("participant,attendee",
         "participant,attendee,nguoi,people,dai bieu,delegate,thi sinh,contestant,hoc_sinh,student,sinh vien"),
        # Doses said in English of a count in Vietnamese: "bao nhiêu doses vaccine" of "61,7 triệu liều vắc-xin".
        ("dose", "dose,lieu,dose vac_xin,lieu vac_xin"),
        ("don vi,co quan,organisation,organization,agency,body",
         "don vi,co quan,to chuc,organisation,organization,agency,body,member,unit,thanh_vien"),
    )
)  # fmt: skip

_TITLES = (
    r"(?i:ông|bà|ngài|mr|ms|mrs|dr|ts|ths|pgs|gs|thiếu tướng|trung tướng|đại tá|thượng tá|major general|"
    r"lieutenant general|colonel|đại sứ|ambassador|bộ trưởng|thứ trưởng|minister|chủ tịch|president|"
    r"tổng thư ký|secretary-general|giám đốc|director|cục trưởng|trưởng phái đoàn|chief|đại biện|"
    r"chargé d'affaires|tác giả|author)"
)
# A country after a title is whose it is ("Trưởng phái đoàn Hàn Quốc", "Đại sứ Mỹ Marc Knapper"), not a name.
_COUNTRY_WORDS = (
    r"(?:Hàn|Nhật|Việt|Hoa|Mỹ|Thái|Anh|Pháp|Đức|Nga|Lào|Ấn|Australia|Canada|Indonesia|Philippines|Singapore|"
    r"Malaysia|Myanmar|Campuchia|EU|US|UK|Korea|Japan|Vietnam|Viet)\b"
)
_BODY_WORDS = (
    r"(?:(?:Cục|Bộ|Vụ|Viện|Ủy|Uỷ|Ban|Hội|Sở|Tổ|Phái|Trung|Quỹ|Văn|Đại|Liên|Chính|Quốc|Department|Ministry|"
    r"Office|Mission|Council|Committee|General|Assembly|Commission|Agency|Board|Fund|of|the|Republic|United)\b"
    rf"|{_COUNTRY_WORDS})"
)
_CAPITALISED = r"[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\w-]+"
# An acronym after a title is the body it heads ("Trưởng Phái đoàn IOM"), not a person's name;
# the name may follow it ("Trưởng Phái đoàn IOM Park Mi-hyung").
_NAME_WORD = rf"(?![A-ZĐ]{{2,}}\b){_CAPITALISED}"
# A person by name: a title before a capitalised name ("Thứ trưởng Lê Thị Thu Hằng", the title in
# any case, the name with its capital), or a Vietnamese family name before a given name ("Deputy
# Minister of Foreign Affairs Lê Thị Thu Hằng").
_FAMILY_NAME = (
    r"(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Đào|Đoàn|Vương|Trịnh|"
    rf"Trương|Đinh|Lâm|Phùng|Mai|Tô|Tạ|Lương|Lưu|Cao|Kiều|Quách|Châu)\s+{_CAPITALISED}"
)
_PERSON = re.compile(
    rf"\b{_TITLES}\.?\s+(?:[A-ZĐ]{{2,}}\s+)?(?!{_BODY_WORDS}){_NAME_WORD}|\b{_FAMILY_NAME}"
    # A family name that is also a body's word, before a given name with a hyphen ("Tổng Thư ký LHQ Ban Ki-moon")
    rf"|\b{_TITLES}\.?\s+(?:[A-ZĐ]{{2,}}\s+)?[A-Z][a-z]+\s+[A-Z][a-z]*-[a-z]+"
)
# Titles a question may ask a holder of by name ("đại sứ nào", "which EU ambassador"), each with its
# spellings as folded: answered only by a name after that title ("Đại sứ Mỹ Marc Knapper", "EU
# Ambassador Julien Guerrier"), not by "các Đại sứ EU, Australia, Mỹ" or "the Ambassadors of the EU".
HELD_TITLES = {
    "dai su": "ambassador", "ambassador": "ambassador", "bo truong": "minister", "minister": "minister",
    "vu truong": "director", "cuc truong": "director", "giam doc": "director", "director": "director",
    "tham tan": "counsellor", "counsellor": "counsellor",
}  # fmt: skip
# Right after a title, a country's short name, which folds to an everyday word or to half of its
# name: "đại sứ Mỹ", "đại sứ nhật", "Đại sứ Úc" (the synonyms join only "Nhật Bản", "Hàn Quốc").
TITLE_COUNTRIES = {
    "my": "hoa_ky", "hoa_ki": "hoa_ky", "uc": "australia", "nhat": "nhat_ban", "han": "han_quoc", "anh": "uk",
    "phap": "phap", "duc": "duc", "nga": "nga", "thai": "thai_lan",
    # a union's envoy is titled like a country's: "Đại sứ EU Julien Guerrier"
    "eu": "eu",
}  # fmt: skip
# Right after a title, a capitalised "Anh" is the United Kingdom's ("Đại sứ Anh Iain Frew"), which
# folding would make the "anh" of a brother or a photo.
_BRITISH = re.compile(r"(?<=\s)Anh\b")
_HELD = r"(?i:(đại sứ|ambassador|bộ trưởng|minister|vụ trưởng|cục trưởng|giám đốc|director|tham tán|counsellor))"
# A name after the title, with only whose it is between ("Đại sứ Mỹ Marc Knapper": after "Bộ trưởng
# Bộ" comes the ministry's name, "Bộ trưởng Bộ Ngoại giao", no person's); or a Vietnamese name after
# the body it heads ("Deputy Minister of Foreign Affairs Lê Thị Thu Hằng"), or before the title
# ("Nguyễn Thanh Sơn, Cục trưởng Cục Đối ngoại").
_TITLED = re.compile(
    rf"\b{_HELD}\.?\s+(?:(?:{_COUNTRY_WORDS}\s+)?(?!{_BODY_WORDS}){_NAME_WORD}|(?:[\w-]+\s+){{1,4}}?{_FAMILY_NAME})"
    rf"|{_FAMILY_NAME}(?:\s+{_CAPITALISED}){{0,2}},?\s+(?:\w+\s+){{0,2}}?{_HELD}"
)
_TITLE_ASKED_BY_NAME = re.compile(
    # "đại sứ Anh nào" is which British ambassador; "đại sứ nước nào" asks the country.
    r"\b(?:(dai_su|dai su|bo_truong|bo truong) (?:(?!nuoc |nc |quoc)\w+ )?nao"
    r"|which (?:\w+ ){0,2}(ambassador|dai_su|minister|bo_truong))\b"
    # "Which Prime Minister's decision approved ...": the document is asked, not its signer.
    r"(?! (?:decision|decree|directive|resolution|quyet_dinh|nghi_dinh|chi_thi))"
    # "Ai là Bộ trưởng ... đã trao bằng khen", "Vụ trưởng Vụ ... là ai": the holder, by name.
    r"|^ ?(?:\w+ )?ai la (dai_su|dai su|bo_truong|bo truong|vu truong|cuc truong|giam doc)\b"
    r"|^ ?(dai_su|dai su|bo_truong|bo truong|vu truong|cuc truong|giam doc) (?:\w+ ){1,10}la ai\b"
)


# Posts that lead something, asked and said; its deputy is not the holder ("Phó Chánh Văn phòng").
_LEADS: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    # the head of a board or committee
    "head": (
        re.compile(
            r"(?<!pho )\btruong ban\b"
            r"|(?:\bwho (?:heads?|chairs?|leads?) the |\b(?<!deputy )(?:head|chair(?:man|woman|person)?) of the )"
            r"(?:\w+ ){0,4}(?:committee|board)\b"
        ),
        re.compile(r"(?<![Pp]hó )\bTrưởng [Bb]an\b|(?<!Deputy )\b(?:Head|Chair(?:man|woman|person)?) of the\b"),
    ),
    # who commands a unit ("đội công binh ở Abyei do ai chỉ huy"), which no deployment's numbers tell
    "commander": (
        re.compile(
            r"\b(?:ai|who) (?:la |is |was )?(?:nguoi )?(?:chi huy|commands?|commanded)\b"
            r"|\bchi huy (?:truong )?(?:\w+ ){0,6}la ai\b|\bcommander\b|\bcommanding officer\b"
        ),
        re.compile(r"\b[Cc]hỉ huy\b|\b[Cc]ommander\b|\b[Cc]ommanding officer\b|\bcommanded by\b"),
    ),
    # the UN High Commissioner, whose Office (OHCHR) is all the documents speak of
    "high commissioner": (
        re.compile(
            # "ai đang làm Cao ủy", "who currently serves as High Commissioner"
            r"\b(?:ai|who|whos)(?: (?:dang|hien|hien nay|bay gio|is|s|currently))*"
            r"(?: (?:la|lam|lm|giu|holds?|serves? as))?"
            r"(?: the)?(?: (?:current|new|hien tai))?(?: (?:lhq|un))? (?:cao uy|high commissioner)\b"
            r"|\b(?:cao uy|high commissioner) (?:\w+ ){0,6}(?:la ai|ten|name)\b"
        ),
        re.compile(r"(?<!Văn phòng )(?<!Office of the )(?<!Office of the UN )\b(?:Cao ủy|High Commissioner) [A-ZĐ]"),
    ),
    # the chief of an office ("Chánh Văn phòng Thường trực Ban Chỉ đạo nhân quyền")
    "office chief": (
        re.compile(r"(?<!pho )\bchanh van phong\b|(?<!deputy )\bchief of (?:the )?(?:standing )?office\b"),
        re.compile(r"(?<![Pp]hó )\bChánh [Vv]ăn phòng\b|(?<!Deputy )\bChief of the (?:Standing )?Office\b"),
    ),
}


def title_country(after: Sequence[str], countries: Collection[str]) -> tuple[str, int] | None:
    """The country a title's holder is of, read from the folded words right after the title, and how
    many of them name it: a country of two words is one token ("han quoc" -> "han_quoc"), else the
    first word; or a short name ("nhat", "hoa ki")."""
    for size in (2, 1):
        name = "_".join(after[:size])
        if len(after) >= size and (name in countries or name in TITLE_COUNTRIES):
            return (name if name in countries else TITLE_COUNTRIES[name]), size
    return None


def _titled_countries(held: re.Match[str], normalize: Normalizer) -> list[str]:
    """The countries a title's holder is of: any the match names, or the short name right after the title."""
    words = normalize.tokens(_BRITISH.sub("UK", held.group(0)))
    found = [w for w in words if w in normalize.countries]
    if not found and held.group(1) and len(words) > 1:
        short = title_country(fold(held.group(0)[held.end(1) - held.start(0) :]).split(), normalize.countries)
        if short is not None:
            found.append(short[0])
    return found


def _titled(raw: str, held: Iterable[re.Match[str]]) -> frozenset[str]:
    """The titles ``raw`` names a holder of (``held``: its ``_TITLED`` matches), and the posts it leads."""
    titles = {HELD_TITLES[fold(m.group(1) or m.group(2))] for m in held}
    return frozenset(titles | {post for post, (_, said) in _LEADS.items() if said.search(raw)})


# A person the knowledge base itself asks about ("Guy Ryder là ai?", "Who is Kendra Rinas?"): foreign
# names with no title just before them ("Under-Secretary-General for Policy Guy Ryder") are people too.
_WHO_IS = (
    re.compile(r"^(?:who is|who was|who's)\s+((?:[A-ZĐ][\w'-]+\s?){2,4})\??$", re.IGNORECASE),
    re.compile(r"^((?:[A-ZĐ][\w'-]+\s?){2,4})\s+là ai\??$"),
)


# Words of saying, folded: asked of a body by name ("ILO phát biểu gì") and told of one in an answer.
_SPEECH = r"phat bieu|noi|de xuat|khuyen nghi|kien nghi|nhan xet|danh gia|nhan manh|chia se|de nghi"
_SAID_ASKED = re.compile(
    rf"\b(\w+) (?:co )?(?:{_SPEECH}) (?:gi|j|nhung gi|nhung j|the nao|ra sao|sao)\b"
    r"|\bwhat did (?:the )?(\w+) (?:say|recommend|propose|stress|suggest|note|highlight|call for)\b"
)
_SAYING = (
    rf"(?:{_SPEECH}|cho rang|khang dinh|keu goi|cho thay|chi ra|said|says|stressed|noted|called|recommended|"
    r"proposed|highlighted|emphasi[sz]ed|praised|urged|spoke|welcomed|affirmed|shows|showed|found|finds)"
)


def said_by(folded: str, names: Collection[str]) -> str | None:
    """The body (an acronym the question insists on, in ``names``) whose words a folded question asks:
    "ILO phát biểu gì", "what did UNICEF recommend"."""
    found = _SAID_ASKED.search(folded)
    if found is None:
        return None
    name = found.group(1) or found.group(2)
    return name if name in names else None


def people_asked_about(questions: Iterable[str]) -> frozenset[str]:
    """The names in questions that ask who someone is, as typed (capitals and marks kept)."""
    found = set()
    for question in questions:
        for pattern in _WHO_IS:
            if (match := pattern.match(question.strip())) and match.group(1)[0].isupper():
                found.add(match.group(1).strip())
    return frozenset(found)


# A role: a title before the body it heads ("Phó Cục trưởng Cục Lãnh sự", "Chủ tịch Quốc hội
# Campuchia"): it says who, though not by name.
# A post by the body it is of, the body named or an acronym: "Cục trưởng Cục Lãnh sự", "Tổng Giám đốc WTO".
_ROLE = re.compile(rf"\b{_TITLES}\s+(?:{_BODY_WORDS}|[A-Z]{{2,}}\b)")
_BODY = re.compile(
    r"\b(?:Bộ|Cục|Viện|Tổ chức|Ủy ban|Uỷ ban|Hội|Ban|Trung tâm|Quỹ|Văn phòng|Quốc hội|Chính phủ|Báo|"
    r"Ministry|Department|Institute|Organi[sz]ation|Committee|Council|Union|Fund|Agency|Cent(?:re|er)|Office|"
    r"Programme|Program|Association|Government|National Assembly|Assembly|Liên hợp quốc|United Nations)\b"
    r"|\b[A-Z]{2,}[A-Za-z]*\b"
    # Who, said of many: "các quốc gia thành viên", "international organisations", "member states".
    r"|\b(?i:các (?:quốc gia|tổ chức|cơ quan|bộ|nước|đối tác|doanh nghiệp)|member states|"
    r"international organi[sz]ations|partners|countries|businesses|companies)\b"
)
# A preposition of place before a capitalised name ("tại Hà Nội", "in New York"), not before a
# month or a lower-case word: "in the", "at UNICEF's request" and "in May" are no places.
_LANGUAGES = "(?:Vietnamese|English|French|Chinese|Russian|Spanish|Japanese|Korean|Arabic)"
_PLACE = re.compile(
    # Not "in ASEAN", "trong LHQ": a body's acronym is no place (but "tại TP.HCM" is); nor "in
    # Vietnamese", a language.
    rf"\b(?i:tại|ở|trong|in|at)\s+(?:the\s+)?(?!(?i:{_MONTHS})\b)(?!(?!TP\b)[A-ZĐ]{{2,}}\b)(?!{_LANGUAGES}\b)[A-ZĐ][\w-]*"
    r"|\b(?i:tỉnh|thành phố|province|city|trụ sở|headquarters|khách sạn|hotel|hội trường|thủ đô)\b"
)

# A body's office in the country ("IOM tại Việt Nam", "UNICEF in Viet Nam") is its name, not where something
# was held: "hội thảo ... tổ chức ở tỉnh nào" is not answered by "IOM tại Việt Nam tổ chức hội thảo".
_VIET_NAM_NAMES = "Việt Nam|Viet Nam|Vietnam"
_COUNTRY_OFFICE = re.compile(rf"\b([A-Z]{{2,}}\)?)\s+(?:tại|in)\s+(?:{_VIET_NAM_NAMES})\b")

# A prize and who won it: asked in a question, said in an answer ("đạt giải" folds like "đoạt giải").
_WINNER = re.compile(
    # "who won the UNCITRAL seat" asks who was elected, not who won a prize
    r"\b(?:doat giai|dat giai|gianh giai|giai (?:nhat|nhi|ba|dac biet)|winners?|"
    r"won(?! (?:\w+ ){0,3}(?:seats?|elections?|votes?|bid|term|membership)\b)|vo dich|quan quan|first prize|"
    r"(?:second|third|top) prize|prize[- ]winning|vinh danh|honou?red|nhan giai|recipient)\b"
)
# What came of an event, asked ("kết luận gì", "what did it conclude") and said ("thông qua", "adopted").
_OUTCOME_ASKED = re.compile(
    r"\b(?:ket luan|ket qua|dua ra quyet dinh|outcome|outcomes|conclu(?:de|ded|sion|sions)|what did \w+ decide|"
    r"resulted)\b"
)
_OUTCOME_SAID = re.compile(
    r"\b(?:ket luan|ket qua|thong qua|nhat tri|quyet dinh|adopted|agreed|concluded|conclusion|outcome|resulted|"
    r"decided|da dien ra|took place|was held|duoc to chuc)\b"
)
_AHEAD = re.compile(r"\b(?:du kien|se dien ra|sap dien ra|sap toi|expected to|will take place|will be held|upcoming)\b")
# A country named by its short name, which folds to an everyday word ("Mỹ" is "my") and so is not
# among the normaliser's countries: "Trung tâm Đông-Tây (Mỹ)" says in which country it is. Each
# with the words a question names it by, as folded: a country the question names ("nữ Đại sứ Mỹ
# đầu tiên làm đại sứ ở nước nào") is not the one it asks.
_SHORT_COUNTRIES = {
    "Mỹ": "us", "Hoa Kỳ": "us", "USA": "us", "United States": "us",
    "Úc": "au", "Australia": "au", "Nhật Bản": "jp", "Japan": "jp", "Hàn Quốc": "kr", "Korea": "kr",
    "Trung Quốc": "cn", "China": "cn", "Pháp": "fr", "France": "fr", "Đức": "de", "Germany": "de",
    "Nga": "ru", "Russia": "ru",
}  # fmt: skip
_COUNTRY_SAID = re.compile(rf"\b(?:{'|'.join(_SHORT_COUNTRIES)})\b")
_COUNTRY_NAMED = {
    "us": re.compile(r"\b(?:my|hoa ky|hoa_ky|usa|us|united states|america|american)\b"),
    "au": re.compile(r"\b(?:uc|australia|australian|aussie)\b"),
    "jp": re.compile(r"\b(?:nhat|nhat_ban|japan|japanese)\b"),
    "kr": re.compile(r"\b(?:han quoc|han_quoc|korea|korean)\b"),
    "cn": re.compile(r"\b(?:trung quoc|trung_quoc|china|chinese)\b"),
    "fr": re.compile(r"\b(?:phap|france|french)\b"),
    "de": re.compile(r"\b(?:duc|germany|german)\b"),
    "ru": re.compile(r"\b(?:nga|russia|russian)\b"),
}
# The world as the scope of a figure, in lower case: not "Ngày Thế giới", "Global Compact", "World Day",
# the "toàn cầu" of the Global Compact's name, nor the "thế giới số" (digital world) of a workshop's title.
_WORLD_SAID = re.compile(r"\b(?:thế giới(?! số)|the world(?!'s)|worldwide|globally)\b")
# Not the ".vn" of a website ("Baoquocte.vn").
_VIET_NAM_SAID = re.compile(rf"\b(?:{_VIET_NAM_NAMES}|VN)\b")
_WEB = re.compile(r"https?://|www\.|\b[\w-]+\.(?:vn|org|com|int|net|gov)\b", re.IGNORECASE)

# The answer's own word that the documents do not give something.
_WITHHELD = {
    "year": re.compile(
        r"khong (?:neu|ghi|noi) (?:ro )?nam|not (?:state|give|say|mention) the year|gives? no year|no year given"
    ),
    # "Tin không nêu ngày, địa điểm hay tên Chủ tịch ...": what is not given may come after others.
    "person": re.compile(r"khong neu(?: \w+){0,6}? (?:ten|ai)\b|does not (?:name|say who)|not name the|no name"),
    "place": re.compile(
        r"khong neu(?: \w+){0,6}? (?:dia diem|noi)\b|does not give the venue|not (?:give|state) where"
    ),
    "number": re.compile(r"khong (?:co|neu) so lieu|no figure|does not give the (?:number|figure|amount)"),
}
# The role of the person withheld: "không nêu rõ ai chủ trì hội nghị", "does not say who chaired".
_WITHHELD_ROLE = re.compile(
    r"khong neu(?: \w+){0,6}? (?:ten|ai) (\w+(?: \w+)?)|does not say who (\w+)"
    # "does not name the Cambodian National Assembly President": the title ends the post's words
    r"|not name (?:the )?(\w+(?: \w+){0,3})"
)
# Of what a withheld date is: "không nêu thời hạn hoàn thành", "gives no completion date", "does
# not give the inauguration date"; and which: a day (the year may be given), a year (the day may
# be), or any. A bare "Tin không nêu ngày" says nothing of which date it means.
_WITHHELD_WHEN = re.compile(
    r"khong (?:neu|ghi)(?: ro)? (?P<vi>ngay|thoi han|thoi diem|nam) (?P<what>\w+(?: \w+)?)"
    r"|gives? no (?P<what_en>\w+) (?P<en>date|year)|does not (?:give|state) the (?P<what_of>\w+) (?P<en_of>date|year)"
    # "the documents do not say when it was adopted": any date of what was done
    r"|do(?:es)? not say (?P<en_when>when) (?:it|they|this|that) (?:was|were) (?P<what_done>\w+?)ed\b"
)
_WITHHELD_UNIT = {
    "ngay": "day", "date": "day", "nam": "year", "year": "year", "thoi han": "any", "thoi diem": "any", "when": "any"
}  # fmt: skip
# Words after "không nêu ngày" that end what it is of, or show it says nothing of it ("... năm của số
# liệu", "... thời điểm hay nội dung").
_NOT_WHAT = frozenset({"cua", "hay", "va", "cu", "the", "ngay", "nam", "cho", "trong", "nay"})
_CLAUSE_MARKS = re.compile(r"[,.;:()\[\]\n–—]")


# The place of an item in a list, said in the answer ("(3) hoàn thành ...", "Thứ ba, các doanh
# nghiệp ...", "Third, businesses ...") or asked ("nhiệm vụ thứ ba", "cái thứ 3", "the fourth direction").
_ORDINAL_WORDS = {
    "nhat": 1, "hai": 2, "ba": 3, "bon": 4, "tu": 4, "nam": 5, "sau": 6, "bay": 7, "tam": 8,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "dau tien": 1, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
}  # fmt: skip
_ITEM_SAID = re.compile(
    r"\(([1-9]|i{1,3}|iv|vi{0,3})\)|(?:^|[.;:]\s+|\n)\s*(?:thu (nhat|hai|ba|tu|nam|sau|bay|tam)"
    r"|(first|second|third|fourth|fifth|sixth|seventh|eighth)),|(?:^|\n)\s*([1-9])[.)]\s"
)
_LIST_NOUNS = (
    r"(?:nhiem vu|nv|nvu|giai phap|gp|phuong huong|dinh huong|muc tieu|uu tien|cai|y|diem|noi dung|de xuat|"
    r"bien phap|kien nghi|chuyen de|buoc|task|solution|direction|orientation|priorit(?:y|ie)|item|point|measure|"
    r"goal|step|recommendation|topic|one)"
)
# "thứ ba", "số 3", "đầu tiên": a place said in Vietnamese, folded
_VI_PLACE = r"(?:(?:thu|so)\s+([1-8]|nhat|hai|ba|bon|tu|nam|sau|bay|tam)|(dau tien))\b"
_ITEM_ASKED = re.compile(
    # "t5" is chat's "thứ 5" only right after a list's noun; alone it is as often May
    rf"\b{_LIST_NOUNS}\s+(?:{_VI_PLACE}|t([1-8])\b)"
    # "the 4th direction", folded "4 th": folding parts a number from the letters after it
    rf"|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|[1-8] ?(?:st|nd|rd|th))\s+{_LIST_NOUNS}\b"
    # "direction number three", "direction no. 3"
    rf"|\b{_LIST_NOUNS}\s+(?:number|no)\s+([1-8]|one|two|three|four|five|six|seven|eight)\b"
)


# A day of a month, as the documents and people write it: "19/12", "22-11", "19 tháng 12",
# "24 Sept", "November 30". Read to tell which day a place is given for, not to mark dates.
_MONTH_OF = {name: n for n, names in enumerate(_FULL_MONTHS.split("|"), 1) for name in (names, names[:3])} | {
    "sept": 9
}
_MONTH_DAY = re.compile(
    r"\b(?P<d1>[12]?\d|3[01])\s*[/-]\s*(?P<m1>0?[1-9]|1[0-2])\b"
    r"|\b(?P<d2>[12]?\d|3[01])\s+tháng\s+(?P<m2>0?[1-9]|1[0-2])\b"
    rf"|\b(?P<d3>[12]?\d|3[01])(?:st|nd|rd|th)?\s+(?P<n3>{_MONTHS})\b"
    rf"|\b(?P<n4>{_MONTHS})\.?\s+(?P<d4>[12]?\d|3[01])\b(?!\s*[:\d])",
    re.IGNORECASE,
)


def days_of_month(text: str) -> list[tuple[tuple[int, int], int, int]]:
    """Each day of a month ``text`` names: ((day, month), start, end)."""
    found = []
    for m in _MONTH_DAY.finditer(text):
        day = m.group("d1") or m.group("d2") or m.group("d3") or m.group("d4")
        month = m.group("m1") or m.group("m2")
        named = m.group("n3") or m.group("n4")
        number = int(month) if month else _MONTH_OF[named.lower()]
        if 1 <= int(day) <= 31:
            found.append(((int(day), number), m.start(), m.end()))
    return found


def _placed_days(raw: str) -> tuple[frozenset[tuple[int, int]], frozenset[tuple[int, int]]]:
    """The days of a month an answer names, and those it gives a place for: a place said goes with
    the day named nearest to it. "ngày 13/12 tại Hà Nội và ngày 22-11, đều theo hình thức trực tuyến"
    places the conference of 13/12, not that of 22-11."""
    days: set[tuple[int, int]] = set()
    placed: set[tuple[int, int]] = set()
    for text in raw.split("\n"):
        found = days_of_month(text)
        days.update(day for day, _, _ in found)
        if not found:
            continue
        for place in _PLACE.finditer(text):
            at = place.start()
            nearest = min(found, key=lambda f: f[1] - at if f[1] > at else max(0, at - f[2]))
            placed.add(nearest[0])
    return frozenset(days), frozenset(placed)


def _items(raw: str) -> frozenset[int]:
    # Without marks but with its punctuation, the way a list is numbered survives: a list numbered,
    # or one item that says its place ("Phương hướng thứ hai ...", "The second direction").
    plain = unmarked(raw)
    return frozenset(_place(match) for match in (*_ITEM_SAID.finditer(plain), *_ITEM_ASKED.finditer(plain)))


# "phương hướng cuối cùng", "the last direction": the list's last item, which only the whole list tells.
# Not a length asked: "how long did the seminar last? one day or two" (folding drops the "?").
_LAST_ASKED = re.compile(
    rf"\b{_LIST_NOUNS}\s+cuoi(?: cung)?\b|\b(?:last|final)\s+{_LIST_NOUNS}\b(?!\s+(?:day|week|month|year|hour)s?\b)"
)
LAST_ITEM = -1
_PLACE_SAID = re.compile(rf"\b{_VI_PLACE}|\b(fifth|sixth|seventh|eighth)\b")
_WHOLE_LIST = 3  # a list that numbers this many items is one whole list, not an item that says its place


# "là cái đầu tiên kiểu ...", "cái đầu tiên ở Việt Nam": the first of its kind, which no list numbers.
_FIRST_OF_ITS_KIND = re.compile(r"(?<=\bla )cai dau tien\b|cai dau tien (?:kieu|loai|o|tai|cua|trong|tren)\b")


def item_asked(folded: str) -> int:
    """The place of the list item asked for ("giải pháp thứ ba", "the fourth direction"), ``LAST_ITEM``
    for the last, else 0."""
    match = _ITEM_ASKED.search(folded)
    if match is not None and _FIRST_OF_ITS_KIND.match(folded, match.start()):
        match = None  # "nghe nói là cái đầu tiên kiểu eco-friendly": a claim that it was the first
    if match is None and _LAST_ASKED.search(folded):
        # "phương hướng cuối (thứ 5)": the last, by its place
        match = _PLACE_SAID.search(folded)
        return LAST_ITEM if match is None else _place(match)
    return 0 if match is None else _place(match)


def _place(match: re.Match[str]) -> int:
    """The place a match of ``_ITEM_SAID`` or ``_ITEM_ASKED`` names, in figures or in words."""
    word = next(group for group in match.groups() if group)
    return int(word) if word.isdigit() else _ORDINAL_WORDS.get(word) or _ORDINAL_WORDS[word.replace(" ", "")]


@dataclass(frozen=True)
class Shape:
    """What one answer holds: its clauses as words, numbers and dates marked; what it withholds."""

    clauses: tuple[tuple[str, ...], ...]
    has_percent: bool
    has_person: bool
    has_body: bool
    has_place: bool
    has_day: bool  # a date down to the day ("24/5/2023", "2 October"), not a month or a year
    has_procedure: bool  # steps to follow, a procedure to apply
    has_role: bool  # a title before the body it heads: who, though not by name
    has_duration: bool  # a length of time ("5 năm", "two years") or a span of years
    has_since: bool  # when something began: "từ năm 2020", "since 2016", "thành lập"
    attributes: frozenset[str]  # which of ``_ATTRIBUTES`` it speaks of
    has_web: bool
    withheld: frozenset[str]
    has_country: bool = False  # names a country other than Viet Nam ("Malaysia", "Hàn Quốc")
    # Figures of the whole world, with Viet Nam named nowhere: no figure of Viet Nam's.
    world_only: bool = False
    short_countries: frozenset[str] = frozenset()  # countries named by a short name ("Mỹ"), as ``_SHORT_COUNTRIES``
    # Whom a withheld "person" is ("không nêu rõ ai chủ trì": "chu", "tri"); empty when it does not say.
    withheld_roles: frozenset[str] = frozenset()
    # Which date is withheld ("day", "year", "any") and of what, as words ("hoan thanh", "completion").
    withheld_when: tuple[tuple[str, tuple[str, ...]], ...] = ()
    has_winner: bool = False  # says who won a prize or a contest
    named: frozenset[str] = frozenset()  # folded words followed or preceded closely by a capitalised name
    listed: frozenset[str] = frozenset()  # ... by a list of names ("các tỉnh Lào Cai, Hà Giang và Sơn La")
    only_ahead: bool = False  # speaks of an event only as still to come ("dự kiến diễn ra", "will take place")
    has_plan: bool = False  # says what is planned or expected ("dự kiến", "sẽ", "by 2050")
    has_rank: bool = False  # a place in an order: "thứ 10", "10th", "the first"
    has_predecessor: bool = False  # says who held a post before: "người tiền nhiệm", "her predecessor"
    has_tenure: bool = False  # says when someone took or left a post: "được bổ nhiệm năm 2020", "took office"
    titled: frozenset[str] = frozenset()  # titles followed by a name: "Đại sứ Mỹ Marc Knapper" -> ambassador
    # the titles of countries whose holder is named: "Tham tán Canada Leigh McCumber" -> ("counsellor", "canada")
    titled_pairs: frozenset[tuple[str, str]] = frozenset()
    items: frozenset[int] = frozenset()  # the numbered items of a list it gives: "(3) ...", "Thứ ba, ..."
    # The things it says it does not give, each as its words in order: "không nói rõ ông trình bày
    # chuyên đề nào" -> ("trinh", "bay", "chuyen").
    withheld_things: tuple[tuple[str, ...], ...] = ()
    folded: tuple[str, ...] = ()  # each of its texts folded, for what it says someone said (``quotes``)
    # The capitalised words of each person it names, folded, titles left out: "Thủ tướng Phạm Minh
    # Chính" -> {"pham", "minh"} (as far as the name patterns read); a question that types them all
    # asks for someone else.
    people: tuple[frozenset[str], ...] = ()
    days: frozenset[tuple[int, int]] = frozenset()  # the days of a month it names: (19, 12)
    placed_days: frozenset[tuple[int, int]] = frozenset()  # ... those it says where something was held

    @property
    def whole_list(self) -> bool:
        """Whether the answer gives a whole numbered list, not one item that says its place."""
        return len(self.items) >= _WHOLE_LIST

    @cached_property  # read for every candidate checked: once per entry
    def titled_countries(self) -> frozenset[str]:
        """The countries whose holder of a title it names, whatever the title."""
        return frozenset(country for _, country in self.titled_pairs)

    @classmethod
    def of(cls, texts: Iterable[str], normalize: Normalizer, people: Iterable[str] = ()) -> Shape:
        clauses: list[tuple[str, ...]] = []
        texts = tuple(texts)
        raw = "\n".join(texts)
        for text in raw.split("\n"):
            marked = _mark(_RESTATED.sub(_restated, text))
            for clause in _CLAUSES.split(marked):
                words = tuple(normalize.tokens(clause))
                if words:
                    clauses.append(words)
        folded = fold(raw)
        held = list(_TITLED.finditer(raw))
        named = _people_named(raw, people)
        days, placed_days = _placed_days(raw)
        return cls(
            days=days,
            placed_days=placed_days,
            clauses=tuple(clauses),
            has_percent=bool(_PERCENT_PATTERN.search(raw)),
            has_person=bool(named),
            people=_name_words(named),
            items=_items(raw),
            withheld_things=_withheld_things(raw, normalize),
            has_body=bool(_BODY.search(raw)),
            has_place=bool(_PLACE.search(_COUNTRY_OFFICE.sub(r"\1", raw))),
            has_day=bool(_DAY.search(raw)),
            has_procedure=bool(_PROCEDURE_SAID.search(folded)),
            has_role=bool(_ROLE.search(raw)),
            has_duration=bool(_DURATION_SAID.search(folded)),
            has_since=bool(_SINCE_SAID.search(folded)),
            attributes=frozenset(
                name
                for name, (_, said) in _ATTRIBUTES.items()
                if said.search(raw if name in _SAID_AS_TYPED else folded)
            ),
            has_web=bool(_WEB.search(raw)),
            world_only=bool(_WORLD_SAID.search(raw)) and not _VIET_NAM_SAID.search(raw),
            has_country=any(w in normalize.countries for clause in clauses for w in clause),
            short_countries=frozenset(_SHORT_COUNTRIES[m.group(0)] for m in _COUNTRY_SAID.finditer(raw)),
            has_winner=bool(_WINNER.search(folded)),
            named=_named(raw),
            listed=_named(raw, listed=True),
            only_ahead=bool(_AHEAD.search(folded)) and not _OUTCOME_SAID.search(folded),
            has_plan=bool(_PLANNED.search(folded)),
            has_rank=bool(_RANK_SAID.search(folded)),
            has_predecessor=bool(_PREDECESSOR_SAID.search(folded)),
            has_tenure=bool(_TENURE_SAID.search(folded) or _TERM.search(raw)),
            titled=_titled(raw, held),
            titled_pairs=frozenset(
                (HELD_TITLES[fold(m.group(1) or m.group(2))], country)
                for m in held
                for country in _titled_countries(m, normalize)
            ),
            withheld=frozenset(kind for kind, pattern in _WITHHELD.items() if pattern.search(folded)),
            withheld_roles=frozenset(w for m in _WITHHELD_ROLE.finditer(folded) for w in "".join(m.groups("")).split()),
            withheld_when=_withheld_when(raw),
            folded=tuple(fold(text) for text in texts),
        )

    def quotes(self, name: str) -> bool:
        """Whether the answer tells what a body said: its name and a word of saying close together."""
        said = re.escape(name)
        near = re.compile(
            rf"\b{said}\b(?: \S+){{0,10}} {_SAYING}\b|\b{_SAYING}(?: \S+){{0,4}} {said}\b"
            rf"|\b(?:theo|according to)(?: \S+){{0,12}} {said}\b"
        )
        return any(near.search(text) for text in self.folded)

    def mentions(self, words: Sequence[str]) -> bool:
        """Whether the answer says these words one after the other."""
        n = len(words)
        return any(
            tuple(clause[i : i + n]) == tuple(words) for clause in self.clauses for i in range(len(clause) - n + 1)
        )

    def post_near(self, names: Iterable[Sequence[str]]) -> bool:
        """Whether a post stands beside one of the people a question names ("TS. Lê Xuân Tùng, Viện
        Quyền con người" holds no post of his, though the Major General named after him has one); with
        none of them in the answer, whether it names a post at all."""
        named = False
        for name in names:
            n = len(name)
            for clause in self.clauses:
                for i in range(len(clause) - n + 1):
                    if tuple(clause[i : i + n]) == tuple(name):
                        named = True
                        if _POST_NEAR.search(" ".join(clause[max(0, i - _POST_WINDOW) : i + n + _POST_WINDOW])):
                            return True
        return not named and "post" in self.attributes

    def pooled(self, word: str, names: Collection[str]) -> bool:
        """Whether the answer names ``word`` in a list with other ``names``, joined by "và", "and" or a
        comma ("ở Nam Xu-đăng, Cộng hòa Trung Phi và ...", "South Sudan and the Central African
        Republic"); not "Nam Xu-đăng và 01 đội công binh", where what is joined is another count."""
        for clause in self.clauses:
            for i, w in enumerate(clause):
                if w != word:
                    continue
                for j in range(max(0, i - _POOL_WINDOW), min(len(clause), i + _POOL_WINDOW + 1)):
                    between = clause[min(i, j) + 1 : max(i, j)]
                    if j != i and clause[j] in names and clause[j] != word and _LIST_JOINS & set(between):
                        return True
        return False

    def has_year(self) -> bool:
        return any(_is_year_mark(w) for clause in self.clauses for w in clause)

    def has_date(self) -> bool:
        return any(w == _DATE or _is_year_mark(w) for clause in self.clauses for w in clause)

    def compares_years(self) -> bool:
        """Whether the answer gives figures for two years or more, each in a clause with its number:
        what "năm nào nhiều nhất" needs, which "từ năm 2020 đến nay, 600.000 người" does not give."""
        years: set[str] = set()
        for clause in self.clauses:
            if any(_is_count(clause, i, None, frozenset()) for i in range(len(clause))):
                years.update(w for w in clause if _is_year_mark(w))
        return len(years) >= 2

    def counts(self, asked: Asked, skip: frozenset[str], years: frozenset[int]) -> bool:
        """Whether a clause has a number (not a date, not one of ``skip``) of the thing asked.

        The number must be within a few words of the thing counted, beside a currency when
        money is asked, and about the years the question names: in a clause naming them, or
        in one naming no year in an answer that names them ("In 1986-2011 ... . In this
        period aid reached USD 630 million").
        """
        head = asked.unit[0] if asked.unit else None
        marks = {f"{_YEAR}{year}qq" for year in _span(years)}
        named_anywhere = {w for clause in self.clauses for w in clause if _is_year_mark(w)}
        if not marks <= named_anywhere:
            return False
        # A clause naming no year speaks of the answer's years: of those asked only if the
        # answer names no others ("In 1986-2011 ... . In this period aid reached ...").
        inherits = not marks or named_anywhere <= marks
        # "bao nhiêu người" is answered by "40 phóng viên", "how many provinces" by "31 localities",
        # "how many rotations" by "493 officer deployments": the same thing counted, when the word
        # asked stands nowhere in a clause.
        # ("bao nhiêu tỉnh thành": a word of the kin list whole, as one word would be)
        said = " ".join(asked.unit)
        kin_asked = next((c for asking, c in _KIN if head in asking or said in asking), frozenset())
        # ("bn tỉnh, địa phương": two names of one thing, the second a word of the first's kin list)
        alone = (
            len(asked.unit) == 1
            or asked.unit[1:] in _ATTENDING
            or any(asked.unit in c for _, c in _KIN)
            or (len(asked.unit) > 1 and any(p[0] == asked.unit[1] for p in kin_asked))
        )
        kin = kin_asked if alone else frozenset()
        # Or of the years of the clause before it that names some: "Khung hợp tác ... giai đoạn 2022-2026
        # ... thực hiện Kế hoạch ... 2021-2025 ...; tổng ngân sách hơn 542 triệu USD" is the framework's.
        before: set[str] = set()
        for clause in self.clauses:
            named = {w for w in clause if _is_year_mark(w)}
            if named:
                before = named
            if marks and not (marks <= named or (not named and (inherits or marks <= before))):
                continue
            places = [i for i, w in enumerate(clause) if _is_unit_at(clause, i, asked.unit)] if head else [-1]
            if not places and kin:
                places = [i for i in range(len(clause)) if any(clause[i : i + len(p)] == p for p in kin)]
            for place in places:
                around = range(max(0, place - _COUNT_WINDOW), place + _COUNT_WINDOW + 1) if head else range(len(clause))
                for i in around:
                    if i >= len(clause) or i == place or not _is_count(clause, i, head, skip):
                        continue
                    # "thành viên LHQ được 46 năm" counts years, not members
                    if head is not None and head not in _SPANS and i + 1 < len(clause) and clause[i + 1] in _SPANS:
                        continue
                    near = clause[max(0, i - _COUNT_WINDOW) : i + _COUNT_WINDOW + 1]
                    if not asked.money or _CURRENCY & set(near) or _followed_by_currency(clause, i):
                        return True
        return False


# Posts, ranks and titles someone holds, as folded ("dai su") and as rewritten ("dai_su", "pho_chu_tich");
# the folded "chu tich" is the "post" attribute's alone.
_POSTS = (
    r"cuc truong|vu truong|vien truong|giam doc|(?:pho_)?chu_tich|bo truong|thu[ _]truong|thu[ _]tuong|"
    r"dai[ _]su|truong (?:phai doan|ban|dai dien|van phong|phong|khoa)|chanh van phong|tong thu ky|tong_thu_ki|"
    r"dieu phoi vien|dai bien|cong su|tham tan|giao su|pho (?:cuc truong|vu truong|giam doc|vien truong|truong)|"
    r"phat ngon|director|minister|ambassador|president|chairman|chairwoman|chair|chief|secretary|representative|"
    r"coordinator|counsellor|professor|deputy|commissioner|rapporteur|spokesperson|trung tuong|thieu tuong|"
    r"thuong tuong|dai tuong|dai ta|thuong ta|general|colonel"
)
# A post in an answer's words (synonyms rewritten: "chu_tich", "tong_thu_ki"; an English plural made
# singular: "charge d affaire"), said this close to whose it is. ``_POSTS`` is written for the folded words
# too, where the "post" attribute reads them.
_POST_NEAR = re.compile(rf"\b(?:{_POSTS}|pho chanh|head|charge d affaire)\b")
_POST_WINDOW = 6
_NAME_WINDOW = 6  # a name said of a kind of thing stands this close to it ("các tỉnh Lào Cai, Hà Giang")


_JOINS = frozenset({"va", "and", "or", "hoac", "&"})
_LIST_JOINS = _JOINS | {_COMMA}
_POOL_WINDOW = 3  # "nam_sudan and the trung_phi"


def _named(raw: str, listed: bool = False) -> frozenset[str]:
    """Folded words that have a capitalised name (not opening a sentence) close by in the same clause;
    if ``listed``, a list of names: two or more that follow a comma or an "and" ("các tỉnh Lào Cai,
    Hà Giang và Điện Biên"), not names that only stand near ("Việt Nam và 43 nước ... Đại sứ Hàn Quốc").

    "24 đơn vị, bao gồm các cơ quan, tổ chức xã hội, doanh nghiệp" names no business; "các tỉnh
    Lào Cai, Hà Giang" names provinces.
    """
    found: set[str] = set()
    for line in raw.split("\n"):
        for clause in re.split(r"[.;!?]+(?:\s|$)|\(", line):
            tokens = clause.split()
            capitals = [
                i for i, token in enumerate(tokens)
                if i > 0 and token.strip("\"'“”‘’,:()")[:1].isupper()
            ]  # fmt: skip
            if listed:
                capitals = [
                    c for c in capitals
                    if c - 1 not in capitals and (tokens[c - 1][-1:] in ",:" or fold(tokens[c - 1]) in _JOINS)
                ]  # fmt: skip
            for i, token in enumerate(tokens):
                near = sum(1 for c in capitals if c != i and abs(c - i) <= _NAME_WINDOW)
                if near >= (2 if listed else 1):
                    found.update(fold(token).split())
    return frozenset(found)


def _restated(found: re.Match[str]) -> str:
    spelled = fold(found.group(1))
    return f"{found.group(1)} {found.group(2)}" if spelled in _SPELLED else found.group(0)


def _mark(text: str) -> str:
    for pattern in _DATE_PATTERNS:
        text = pattern.sub(lambda m: f" {_DATE} {_years(m.group(0))} ", text)
    text = _YEAR_PATTERN.sub(lambda m: f" {_years(m.group(0))} ", text)
    text = _SEPARATOR.sub(f" {_COMMA} ", text)
    return _PERCENT_PATTERN.sub(f" {_PERCENT} ", text)


def _years(text: str) -> str:
    """Year marks for every year in ``text``, a range ("2012-2016") marked year by year."""
    found = [int(y) for y in re.findall(r"(?:19|20)\d{2}", text)]
    if len(found) == 2 and found[0] < found[1] <= found[0] + 30:
        found = list(range(found[0], found[1] + 1))
    return " ".join(f"{_YEAR}{year}qq" for year in found)


def _span(years: frozenset[int]) -> set[int]:
    """The years asked, two of them read as a period ("between 2012 and 2016")."""
    if len(years) == 2:
        first, last = sorted(years)
        if last - first <= 30:
            return set(range(first, last + 1))
    return set(years)


def _is_year_mark(word: str) -> bool:
    return word.startswith(_YEAR)


def _is_unit_at(clause: tuple[str, ...], i: int, unit: Sequence[str]) -> bool:
    """Whether the thing counted stands at ``clause[i]``: its head word, not the start of another compound.

    "bao nhiêu quân nhân" is not answered by "493 lượt sĩ quan làm nhiệm vụ" (the "quan" there is
    followed by another word), while "bao nhiêu nước tham gia" is by "43 nước từ nhiều khu vực".
    """
    if clause[i] != unit[0]:
        return False
    rest = tuple(unit[1:])
    following = clause[i + 1 : i + 1 + len(rest)]
    return (
        not rest
        or following == rest
        or not following
        or following[0] in FUNCTION_WORDS
        or is_number(following[0])
        or following[0].startswith("qq")  # a date, a year, a comma
    )


def _followed_by_currency(clause: Sequence[str], i: int) -> bool:
    after = [w for w in clause[i + 1 : i + 3] if w not in _MAGNITUDES][:1]
    return bool(after) and after[0] in _AMBIGUOUS_CURRENCY


def _is_count(clause: tuple[str, ...], i: int, head: str | None, skip: frozenset[str]) -> bool:
    word = clause[i]
    if word in skip or (i > 0 and clause[i - 1] == "thu"):  # "thứ 10" is a rank, not a count
        return False
    if is_number(word):
        return word.replace(".", "").isdigit()  # "10th" is a rank too
    if word in _NUMBER_WORDS:
        # Folded, "tên" (name) is "ten": "không nêu tên những người được khen" counts no one.
        return word != "ten" or not _ENGLISH_GRAMMAR.isdisjoint(clause)
    # "năm phương hướng": a small spelled number right before the thing counted; "hai lần" when times are
    if word not in _SMALL_NUMBER_WORDS or i + 1 >= len(clause):
        return False
    return clause[i + 1] == head if head is not None else clause[i + 1] == "lan"


@dataclass(frozen=True)
class Asked:
    """What a question asks for, beyond its subject: the kind, the thing counted, a year or a day."""

    kind: Kind
    unit: tuple[str, ...] = ()  # the thing counted, head word first: "bao nhiêu đại biểu" -> ("dai", "bieu")
    money: bool = False
    percent: bool = False
    year: bool = False  # "năm nào", "what year": a date without a year does not do
    day: bool = False  # "ngày nào", "on what date": a month or a year does not do
    since: bool = False  # "từ năm nào", "since when": when something began, not any date
    future: bool = False  # "khi nào sẽ", "when will": a date still to come, which only a plan gives
    rank: bool = False  # "nước thứ bao nhiêu", "the how-many-th": a place in an order ("thứ 10", "10th")
    strict_person: bool = False  # "ai là người ...": a body does not do
    title: str | None = None  # "đại sứ nào", "which US ambassador": a holder of that title, by name
    web: bool = False  # "website nào", "what is the website": an address
    winner: bool = False  # "ai đoạt giải nhất", "who won the prize": who won, not who organised
    members: tuple[str, ...] = ()  # "gồm những doanh nghiệp nào", "which provinces": names of that kind
    many: bool = False  # ... and says there are several ("43 nước ấy là những nước nào"): a list of names
    outcome: bool = False  # "đã đưa ra kết luận gì", "what did it conclude": what came of an event
    procedure: bool = False  # "thủ tục gồm những bước nào", "how do I apply": steps to follow
    attribute: str | None = None  # an age, a nationality, a price or a hotel: the answer must speak of it
    duration: bool = False  # "thời hạn bao lâu", "how long": a length of time or an end date
    item: int = 0  # "nhiệm vụ thứ ba", "the fourth direction": the answer must give that item of a list
    predecessor: bool = False  # "trước bà Park Mi-hyung ai làm ...": who held it before, which a holder is not
    tenure: bool = False  # "làm đại sứ từ năm nào", "since when has she served as": when a post was taken
    speaker: bool = False  # "who spoke", "ai phát biểu": a person or a post, not a body
    # "Nghị quyết 121 ... số hiệu đầy đủ", "quyết định số mấy": the number that names a text, which
    # may repeat one the question says ("121/2020/QH14"); no count, no sum
    numbered: bool = False
    country: bool = False  # "which country": a country the answer names gives it, though no "in ..." is said

    def detail(self, attribute: bool = True) -> bool:
        """Whether it asks one of the details beyond the kind (a website, a winner, names, an outcome,
        steps, a length of time, an item of a list, a predecessor, and unless told not to an
        attribute): what an answer must hold, whatever its kind."""
        return bool(
            self.web or self.winner or self.members or self.outcome or self.procedure or self.duration
            or (attribute and self.attribute) or self.item or self.predecessor or self.tenure
        )  # fmt: skip

# Words after "bao nhiêu" / "how many" that say nothing of what is counted.
_NOT_UNITS = frozenset(
    "bao_nhieu la lan nua tat tong cong khoang chinh xac hien nay da tung theo roi r vay cai "
    "sent took got went made gave came received since ago time times luot di sang ve toi out".split()
)  # "how many times" counts whatever was done; "bao nhiêu officers đi UN": a verb of going ends it;
# "how many out of 63" counts what the sentence named before it
_VERB_TOKENS = frozenset(
    "gia_nhap tham_gia phe_chuan ky_ket thong_qua "
    "given taken spent paid won done brought sold lost built".split()
)  # irregular participles too: "how much given" counts no "given" ("sent", "made" are in _NOT_UNITS)
# "how many delegates attend the workshop": a verb in the present ends what is counted too. Only verbs
# that are no noun of a count ("calls", "visits", "votes" are counted): they end a unit begun, never begin one.
_PRESENT_VERBS = frozenset(
    "attend attends live lives go goes goe come comes receive receives get gets exist exists remain remains "
    "happen happens occur occurs belong belongs die dies serve serves speak speaks take takes stay stays "
    "arrive arrives leave leaves".split()
)
# "how many goals does the plan have": an auxiliary ends what is counted ("does" is read as "doe").
AUXILIARIES = frozenset("do doe does did have ha has had is are am was were will would can could should".split())
_ENGLISH_ADVERBS = frozenset(
    "worldwide overall altogether total roughly approximately exactly so far now around round across throughout".split()
)  # "how many countries around the world" ("around" is read as "round")
# A time counted is one word: "bao nhiêu năm, ngày nào" asks years, then a day, of no "năm ngày".
_TIME_UNITS = frozenset("nam thang ngay tuan gio phut tuoi years months days weeks hours".split())
# A number of these counts time, not the thing asked ("thành viên LHQ được 46 năm"); read, "46 years" is
# "46 year".
_SPANS = _TIME_UNITS | frozenset("year month week day".split())
_MONEY_UNITS = frozenset(
    "tien money usd dong do dola kinh_phi ngan budget fund funding vien_tro aid grant grants donation donations".split()
)
# Not "ưu tiên", "đầu tiên", "tiến độ": folded, they end in or begin with "tiền".
_MONEY_ASKED = re.compile(
    r"\b(?:(?<!uu )(?<!dau )(?<!truoc )tien(?! (?:do|bo|hanh|phong|si|ich|loi|te)\b)|money|kinh phi|ngan sach|"
    r"budget|fund|funding|tri gia|worth|cost|usd|dong gop|contribute|"
    r"contributed|donate|donated|vien_tro|aid)\b"
)
_PERCENT_ASKED = re.compile(r"\b(?:ti le|phan tram|percentage|percent|what share|ti_le)\b")
# "How much of global GDP", "mất bao nhiêu GDP": a share of an economy, not a sum of money.
_GDP_SHARE = re.compile(
    r"\bof (?:the )?(?:global |world |world s |worldwide )?gdp\b|\bbao_nhieu (?:% )?gdp\b"
    # "what proportion of food output": a part of a whole
    r"|\bwhat (?:proportion|fraction|portion)\b"
)
# "mất bn phần sản lượng": a part of a whole, read as typed ("bao nhiêu, phần available là ..." is
# two questions); "bao nhiêu phần quà" counts gifts.
_PART_ASKED = re.compile(
    r"\b(?:bao nhiêu|bao nhieu|bn|mấy|may) (?:phần|phan) (?!(?:quà|qua|thưởng|thuong|cơm|com|ăn|an|học|hoc|trăm|tram|"
    r"mềm|mem|việc|viec)\b)\w",
    re.IGNORECASE,
)
_YEAR_ASKED = re.compile(r"\b(?:nam nao|nam may|nam bao nhieu|nam bao_nhieu|what year|which year|nam_nao|year nao)\b")
_DAY_ASKED = re.compile(
    r"\b(?:ngay nao|hom nao|ngay may|ngay bao nhieu|ngay bao_nhieu|ngay thang nao|what date|which date|which day|"
    r"what day|exact date|ngay thong qua|ngay ban hanh|ngay ky ket|date adopted|adoption date|"
    r"ngay cu the|chinh xac (?:vao )?ngay|on what date|exact day)\b"
)
_DAY = re.compile(
    rf"\b(?:[12]?\d|3[01])(?:\s*[-–]\s*\d{{1,2}})?\s*/\s*(?:0?[1-9]|1[0-2])\b(?!\s*/\s*[A-ZĐ])|\b\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTHS})\b"
    rf"|\b(?:{_MONTHS})\s+\d{{1,2}}\b(?!\d)|\bngày\s+\d{{1,2}}\b",
    re.IGNORECASE,
)
# An e-mail address asked for, not whether there is one ("111 có nhận báo cáo qua email không").
_EMAIL_ASKED = re.compile(
    r"\bemail\b(?: \w+){0,4}? (?:la gi|la j|gi|j|nao)\b|\bwhat(?: is|s)? (?:the |its )?e ?mail\b|\bemail address\b"
    r"|\bdia chi email\b"
)
_PROCEDURE_ASKED = re.compile(
    r"\b(?:thu tuc|cac buoc|nhung buoc|quy trinh|ho so can|giay to can|ho so (?:gi|nao)|giay to (?:gi|nao)|"
    r"nop (?:ho so )?(?:o dau|tai dau)|chuan bi (?:nhung )?(?:ho so|giay to)|what documents|"
    r"how (?:do|can) (?:i|we) apply|how to apply|steps to|what are the steps|procedure|application process)\b"
)
_PROCEDURE_SAID = re.compile(r"\b(?:buoc|thu tuc|quy trinh|step|steps|procedure|apply|dang ky|register)\b")
_NAME_ASKED = re.compile(
    r"\b(?:ten (?:cua )?(?:(?:ong|ba|anh|chi|co|chu|vi|nguoi) (?:\w+ )?)?(?:la gi|gi|j|la j)|full name|"
    r"(?:his|her|their) (?:full )?name|name of|(?:ong|ba|anh|chi|co|chu|nguoi) (?:ay|do|nay|kia) ten)\b"
)
# Keywords with the name asked after the title, then more said: "Cambodian National Assembly president
# name, the one who talked with Tran Thanh Man?".
_TITLE_THEN_NAME = re.compile(
    r"\b(?:president|chairman|chairwoman|chair|minister|ambassador|director|head|chief|leader|secretary general"
    r"|representative|spokesperson|official|counsellor|envoy)(?: s)? (?:full )?name\b"
)
# The name of a thing, not of a person: "ông Kỷ trình bày chuyên đề tên gì".
_THING_NAMED = re.compile(
    r"\b(?:chuyen de|de tai|chu de|du an|chuong trinh|su kien|tai lieu|van ban|chien dich|tuyen bo|cong uoc|"
    r"giai thuong|an pham|hoi thao|hoi nghi) (?:co )?ten\b"
    # "Chuyên đề mà Thiếu tướng Nguyễn Văn Kỷ trình bày có tên là gì": the topic's name, asked after its presenter
    r"|^ ?(?:chuyen de|de tai|chu de|du an|chuong trinh|chien dich|giai thuong|an pham) "
    r"(?:\w+ ){1,10}?(?:co )?ten (?:la )?(?:gi|j)\b"
    # "the name of the department that Nguyen Thanh Son is director of": a body's name, its head beside it
    r"|\bname of (?:the |this |that |his |her |their )?(?:\w+ )?(?:department|ministry|agency|organi[sz]ation|unit|"
    r"office|body|committee|programme|program|project|campaign|convention|law|decree|resolution|event|workshop|"
    r"conference|seminar|topic|report|initiative|fund|centre|center|network|institute)\b"
    r"|\bten (?:cua )?(?:cuc|vu|co quan|to chuc|don vi|van phong|uy ban|vien)\b(?! truong| pho)"
    # a storm's name: "bão số 3 tên là gì", "what was the typhoon called"
    r"|\b(?:con )?bao (?:so \d+ )?(?:co )?ten\b|\bten (?:cua )?(?:con )?bao\b|\b(?:typhoon|storm) (?:name|called)\b"
    r"|\bname of (?:the )?(?:typhoon|storm)\b"
    # a thing, then "name": "công trình gì ...? the building name", "project full name"
    r"|\b(?:building|project|programme|program|campaign|convention|law|decree|resolution|event|workshop"
    r"|conference|seminar|topic|report|initiative|fund|network|contest|award|plan|document|theme|forum|talkshow)s?"
    r" (?:full )?name\b"
)
# "tên đại sứ Hàn Quốc", not "tên đầy đủ của dự án chống mua bán người".
_NAME_FIRST = re.compile(
    r"ten (?:cua )?(?:\w+ )?(?:ong|ba|vi|nguoi|dai su|chu tich|giam doc|truong|thu truong|bo truong|thu tuong|lanh dao|"
    r"dai dien|ambassador)\b"
)
# Who held a post before someone named: "trước bà Park Mi-hyung", "her predecessor". Read on the
# text as typed, so that the name's capital tells "trước bà Park" from "hôm trước bà xem thời sự".
# So is who will hold it after them: "who will replace Kendra Rinas", "người kế nhiệm".
_PREDECESSOR_ASKED = re.compile(
    r"\b(?:[Tt]rước|[Tt]rc|[Tt]ruoc) (?:bà|ông|ngài|ba|ong) [A-ZĐ]|\b(?:predecessor|tiền nhiệm|tien nhiem)\b"
    r"|\bbefore (?:Mr|Ms|Mrs|Dr)\b"
    r"|\b(?:successor|succeed|succeeds|kế nhiệm|ke nhiem)\b"
    # (a name, not "thay VN", "thay Việt Nam": on behalf of the country)
    r"|\b(?:replace|thay thế|thay the|thay) (?:bà|ông|ba|ong|Mr|Ms|Mrs|Dr|(?!VN\b|Vi[eệ]t ?[Nn]am)[A-ZĐ])"
    # ... and the term before: "nhiệm kỳ UNCITRAL trước", "lần trước", "its previous term"
    r"|\b(?:nhiệm kỳ|nhiem ky|lần|lan) (?:[A-Z]+ )?(?:trước|trc|truoc)\b|\bprevious term\b"
    # typed in lower case: "đại sứ anh trc iain frew là ai", "trưởng phái đoàn trước ba park mi-hyung là ai"
    r"|(?i:\b(?:trước|trc|truoc) (?:(?:bà|ông|ngài|ba|ong) )?[\w-]+(?: [\w-]+){0,2} (?:là|la) ai\b)"
)
# Since when someone has held a post: "ông Minh lên phó vụ trưởng từ năm nào", "since when has she
# served as chief of mission". An answer that names the post and not when it began does not say.
_TENURE_ASKED = re.compile(
    r"\b(?:lam|len|giu chuc|giu|dam nhiem|nham chuc|bo nhiem|serve|served|serving|been|became|become|appointed|"
    r"held|hold|holding)\b(?: \w+){0,4}? (?:pho vu truong|vu truong|pho cuc truong|cuc truong|dai bien|dai su|"
    r"tham tan|truong phai doan|chief of mission|head of mission|ambassador|director|minister|thu_truong|"
    r"thu truong|bo truong|giam doc|charge d affaires|counsellor|tong_thu_ky|chu tich|president)\b"
)
_TENURE_SAID = re.compile(
    r"\b(?:bo nhiem|nham chuc|appointed|took office|assumed (?:the )?(?:post|office)|tenure|term of office|"
    r"dam nhiem (?:chuc vu )?(?:nay )?tu|giu chuc (?:vu )?(?:nay )?tu)\b"
)
# A term from one month or year to another: "9/2022-9/2023", "2016-2018" (not a day's date in a range).
_TERM = re.compile(r"(?<![\d/])(?:\d{1,2}/)?(?:19|20)\d{2}\s*[-–]\s*(?:\d{1,2}/)?(?:19|20)\d{2}\b")
_PREDECESSOR_SAID = re.compile(
    r"\b(?:tien nhiem|predecessor|truoc do|former|previous|preceded|nguyen truong|ke nhiem|successor|succeeded)\b"
)
_HOLDER = re.compile(
    # "trưởng", not "môi trường" or "nhà trường"; "tướng", not "biểu tượng", "đối tượng", "hiện tượng"
    r"\b(?:ong|ba|nguoi|ngai|(?<!moi )(?<!nha )(?<!thi )truong|(?<!bieu )(?<!doi )(?<!hien )(?<!an )tuong|"
    r"dai su|dai bien|chu tich|giam doc|lanh dao|"
    r"dai dien|ambassador|bao cao vien|dien gia|presenter|"
    r"minister|director|president|chief|deputy|official|secretary|speaker|chair|leader|head|representative|commissioner|"
    r"thanh vien|member)\b"
)
_SINCE_ASKED = re.compile(
    r"\b(?:tu nam nao|tu nam may|tu nam bao nhieu|tu khi nao|tu luc nao|tu bao gio|tu hoi nao|since when|"
    r"since what year|since which year)\b"
)
_SINCE_SAID = re.compile(
    # "từ đầu những năm 1990", "since the early 1990s": a time from which, said roughly.
    r"\b(?:tu|since|from|bat dau|thanh lap|established|founded|began|started)\s+"
    r"(?:(?:dau|cuoi|giua|nhung|the|early|late|mid)\s+){0,3}(?:nam\s+|thang\s+|ngay\s+)?(?:decade)?\d"
    r"|\b(?:thanh lap|established|founded|bat dau|began|started|ra doi|tro thanh|became|gia nhap|joined|"
    r"tham gia|ky ket|signed)\b|\b(?:19|20)\d{2}\s*[-–\s]\s*(?:19|20)\d{2}\b"  # folded: "2020 2025"
)
_FUTURE_ASKED = re.compile(
    r"\b(?:khi nao|khi_nao|bao gio|nam nao|nam_nao|when)\b(?: \w+){0,6}? (?:se|will|sap)\b"
    r"|\b(?:se|sap)\b(?: \w+){0,8}? (?:khi nao|khi_nao|bao gio|nam nao|nam_nao)\b|\bwhen will\b"
    # "phiên họp tiếp theo", "lần tới", "the next meeting": the one still to come.
    r"|\b(?:next|upcoming|tiep theo|lan toi|lan sau|ke tiep|sap toi)\b"
)
# What a plan says: a date still to come, something expected or meant to happen.
# Not the name of a plan already adopted: "Kế hoạch hành động toàn cầu", "Kế hoạch triển khai",
# "Global Plan of Action".
_PLANNED = re.compile(
    r"\b(?:du kien|se|sap|ke hoach(?! hanh dong| trien khai)|muc tieu|phan dau|den nam|vao nam 20[3-9]\d|will|"
    r"expected|(?<!global )plan(?! of action)|plans|planned|aims? to|target|by 20[3-9]\d)\b"
)
_RANK_ASKED = re.compile(
    r"\bthu (?:bao nhieu|bao_nhieu|may)\b|\bhow many ?th\b|\bwhich (?:country|nation|member|one) (?:in order|number)\b"
    r"|\bin (?:what|which) order\b"
)
# "in which place did it finish", read as typed: "in which places" (the plural, which the words
# make singular) asks where.
_RANK_PLACE = re.compile(r"\bin (?:what|which) place\b(?!s)")
_RANK_SAID = re.compile(
    r"\bthu (?:\d+|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b|\b\d+(?:st|nd|rd|th)\b"
    # "kỷ niệm 15 năm" is the fifteenth anniversary ("kỷ" folds to "ki")
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b|\bki niem \d+"
)
# "duration" asked ("project duration", "duration bao nhiêu năm"), not the noun of a list a text regulates
# ("which circular regulates the ratio, timing and duration of content").
_DURATION_ASKED = re.compile(
    r"\b(?:thoi han|bao lau|keo dai bao lau|trong bao lau|how long|duration(?! of\b)|what (?:is|was) the duration of|"
    r"valid until|het han|den khi nao|"
    r"den bao gio|den luc nao|until when|till when)\b"
)
_HOW_LONG = re.compile(r"\bbao(?: |_)nhieu lau\b")
_DURATION_SAID = re.compile(
    r"\b(?:\d+|mot|hai|ba|bon|nam|one|two|three|four|five|ten)\s+(?:nam|thang|tuan|ngay|years?|months?|weeks?|days?)\b"
    r"|\b(?:den|until|through|to)\s+(?:nam\s+)?(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[-–\s]\s*(?:19|20)\d{2}\b"
)
_POST_ASKED = re.compile(r"\b(?:chuc vu (?:gi|j|nao)|chuc danh (?:gi|j|nao)|what (?:position|post|title))\b")
_TITLE_ASKED = re.compile(
    r"\b(?:ai (?:dang )?(?:la|lam) (?:pho )?(?:cuc truong|bo truong|thu truong|chu tich|giam doc|truong|"
    # in mixed language: "ai là President of the UN General Assembly"
    r"president|chairman|chair|director|head)|"
    r"who (?:is|was) the (?:current )?(?:head|director|minister|chair|chief|president|representative)|"
    # "who is the UN High Commissioner for Human Rights": the holder of a UN post, by name
    r"who (?:is|was) the (?:current )?(?:un |lhq |\w+ )?(?:high commissioner|secretary general|director general|"
    r"special rapporteur|special envoy)|"
    # a post asked by who holds it: "tổng giám đốc WTO bây giờ là ai", a name, which the post is not
    r"(?:tong giam doc|cuc truong|bo truong|thu truong|tong thu ky|dai su|truong phai doan)(?: \w+){0,3}? "
    r"(?:bay gio |bay h |hien nay |hien tai |hien )?la ai|"
    # someone of Viet Nam in a body: "who is the Vietnamese member elected to the ILC", a person
    r"who (?:is|was|are|were) the (?:vietnamese|viet namese) (?:member|members|representative|judge|expert|delegate))\b"
)
# The Security Council's permanent members, asked and said ("non-permanent" is not one).
_PERMANENT = re.compile(r"(?<!non )(?<!khong )\b(?:permanent members?|(?:thanh|uy) vien thuong truc|p5)\b")
# Things asked of a person, an event or an object that an answer about it may well not say: each
# with the words that show the answer does say it.
# A day of a month, in figures or with the month's name: "30/7", "27 December".
_DAY_OF_MONTH = rf"(?:\b\d{{1,2}}/\d{{1,2}}\b|\b\d{{1,2}} (?:{_FULL_MONTHS})\b)"
# A population named as a body's: the words before it and after it ("Cục Dân số", "Population Fund").
_NOT_A_BODY_BEFORE = "(?<!cuc )(?<!quy )"
_NOT_A_BODY_AFTER = "department|fund|division|va ke hoach"
# What a text is about: "what area does it set fines for" asks the field of the fines, not their amount.
_FIELD_ASKED = re.compile(
    r"\b(?:linh vuc (?:nao|gi|j)|(?:what|which) (?:area|areas|field|fields|sector|sectors)"
    r"|(?:la |noi )?ve (?:cai )?(?:gi|j))\b"
)
_ATTRIBUTES = {
    "age": (
        re.compile(r"\b(?:bao nhieu tuoi|may tuoi|how old)\b|\btuoi\s*$|\bage\s*$"),
        re.compile(r"\b(?:tuoi|years old|aged|sinh nam|born)\b"),
    ),
    # a population: "dân số trẻ em Việt Nam 2023" is not answered by a seminar held that year
    "population": (
        # not a body named after it ("Population Department", "Quỹ Dân số"), asked or named in an
        # answer ("the Population Department ... held a workshop")
        re.compile(rf"{_NOT_A_BODY_BEFORE}\b(?:dan so|population)\b(?! (?:{_NOT_A_BODY_AFTER}|dept))"),
        re.compile(rf"{_NOT_A_BODY_BEFORE}\b(?:dan so|population|inhabitants)\b(?! (?:{_NOT_A_BODY_AFTER}))"),
    ),
    # where someone studied: "tốt nghiệp tiến sĩ ở trường nào" is not answered by where they work
    "education": (
        re.compile(r"\b(?:tot nghiep|graduated|graduate|alma mater|studied at|hoc (?:o )?truong nao)\b"),
        re.compile(r"\b(?:tot nghiep|graduated|graduate|alma mater|studied)\b"),
    ),
    "nationality": (
        # not the "người" of "buôn người nước nào trình bày" (which country presented it)
        re.compile(
            r"\b(?:quoc tich|nationality|(?<!buon )(?<!ban )(?:nguoi|ng) nuoc nao|citizen of|"
            r"what country is (?:he|she) from)\b"
        ),
        re.compile(r"\b(?:quoc tich|nationality|citizen)\b"),
    ),
    # a fee or a ticket: "hội phí LHQ mỗi năm bao nhiêu tiền" is not answered by a programme's budget
    "fee": (
        re.compile(r"\b(?:ve (?:tham quan|vao cua|vao)|hoc phi|hoi phi|le phi|ticket|tickets|tuition|fee|fees)\b"),
        re.compile(r"\b(?:hoc phi|hoi phi|le phi|mien phi|fee|fees|tuition|ticket|tickets|free of charge)\b"),
    ),
    "price": (
        re.compile(
            # not the "giả", "gia", "giá" of a compound: "diễn giả của hội thảo", "sự tham gia của",
            # "chuyên gia của", "đánh giá của"
            r"\b(?:(?<!dien )(?<!tham )(?<!quoc )(?<!chuyen )(?<!danh )(?<!tac )(?<!hoc )"
            r"gia (?:bao nhieu|ve|1|mot|cua|ca)|price|cost|costs|chi phi|kinh phi|ton bao nhieu|"
            r"het bao nhieu|bao nhieu tien|budget|ngan sach)\b"
        ),
        # Not "đồng" or "triệu" alone: folded, "hoạt động" says "dong", and "600 triệu người" counts people.
        re.compile(
            r"\b(?:usd|vnd|(?:trieu|ty|nghin|ngan) (?:dong|usd|do)|chi phi|kinh phi|ngan sach|price|cost|budget|"
            r"dollars?)\b|\$"
        ),
    ),
    # when a body was joined: "Việt Nam gia nhập UNESCO năm nào" is not answered by a period in which
    # UNESCO raised its aid
    "joined": (
        re.compile(r"\b(?:gia nhap|join|joined|joins|tro thanh thanh vien|became a member|become a member)\b"),
        re.compile(r"\b(?:gia nhap|join|joined|joins|joining|thanh vien|member|members|membership|admitted|"
                   r"ket nap)\b"),
    ),
    # a name in another language: "GIZ tên đầy đủ tiếng Đức", "in German"
    "foreign_name": (
        re.compile(r"\b(?:ten|name)\b(?: \w+){0,4}? (?:tieng (?:duc|phap|han|nhat|trung|nga|tay ban nha)|"
                   r"in (?:german|french|korean|japanese|chinese|russian|spanish))\b"),
        re.compile(r"\b(?:tieng (?:duc|phap|han|nhat|trung|nga|tay ban nha)|"
                   r"in (?:german|french|korean|japanese|chinese|russian|spanish))\b"),
    ),
    # where a text was signed, which the place of a meeting that urged its signing does not tell
    "signed_where": (
        re.compile(r"(?<!nhiem )(?<!thoi )\bk[iy](?: ket)? (?:o|tai) (?:dau|noi nao|nuoc nao)\b"
                   r"|\bwhere (?:was|were|is|did) (?:\w+ ){0,12}?sign"),
        # "ký tại ...", or "tại ... đã ký" (not "tại phiên họp, Việt Nam kêu gọi đẩy nhanh việc ký")
        re.compile(r"\bk[iy](?: ket)?\b[^.;]{0,50}?\btai\b|\btai\b[^.;]{0,100}?\bda (?:duoc )?k[iy]\b"
                   r"|\bsigned\b[^.;]{0,50}?\b(?:in|at)\b|\b(?:in|at)\b[^.;]{0,100}?\bsigned\b"),
    ),
    "hotel": (
        re.compile(r"\b(?:khach san|hotel)\b"),
        re.compile(r"\b(?:khach san|hotel|venue)\b"),
    ),
    # a sponsor or donor: "nhà tài trợ dự án" is not answered by who carried the project out
    "sponsor": (
        # not "co-sponsored", which is to issue a statement together
        re.compile(r"\b(?:nha tai tro|ai tai tro|tai tro boi|do ai tai tro|(?<!co )(?:sponsor|sponsors|sponsored)|"
                   r"funded by|who funded)\b"),
        re.compile(r"\b(?:tai tro|nha tai tro|sponsor|sponsored|funded|funding|donor|donors)\b"),
    ),
    # pay: "lương sĩ quan gìn giữ hòa bình" is not answered by how many officers went; not "lượng"
    # alone, which folds alike ("lực lượng", "số lượng")
    # not a lure's "easy job, high salary" ("việc nhẹ lương cao"), which names the lure, not a pay asked
    "salary": (
        re.compile(r"^luong\b|\b(?:muc luong|tien luong|luong (?:bao nhieu|bn|thang|co ban|khoang)|(?<!high )salary|"
                   r"salaries|wages?|thu nhap|income|pay(?:s|ing)? (?:them|peacekeepers|officers|workers))\b"),
        re.compile(r"\b(?:muc luong|tien luong|salary|salaries|wages?|thu nhap|income)\b"),
    ),
    # when a text takes effect: "luật sửa đổi có hiệu lực từ ngày nào" is not answered by when it was passed
    "in_force": (
        re.compile(r"\b(?:co hieu luc|hieu luc tu|hieu luc (?:ngay|nam)|takes? effect|took effect|in force|"
                   r"into force|effective (?:date|from))\b"),
        re.compile(r"\b(?:co hieu luc|hieu luc tu|hieu luc thi hanh|takes? effect|took effect|in force|into force|"
                   r"effective from)\b"),
    ),
    # a prison term: "mức án tù cao nhất ... là bao nhiêu năm" is not the two years a project lasts
    "sentence": (
        # not "đi từ" ("cử lính đi từ năm nào", "đi từ khi nào"), which folds alike
        re.compile(
            r"\b(?:an tu|phat tu|ngoi tu|di tu(?! (?:nam|khi|luc|hoi|ngay|thang|dau|bao gio|nay|do))"
            r"|prison|jail|imprisonment|muc an|khung hinh phat|sentence|sentences|sentenced)\b"
        ),
        re.compile(r"\b(?:an tu|phat tu|nam tu|prison|jail|imprisonment|muc an|khung hinh phat)\b"),
    ),
    # a fine: "đăng ảnh trẻ em lên mạng bị phạt bao nhiêu tiền" is not answered by who intervened;
    # without marks "mức phát thải" (emissions) and "mức phát triển" read as "mức phạt"
    "fine": (
        re.compile(
            r"\b(?:muc phat(?! (?:thai|trien|hien|song|sinh|bieu|dong|huy|ra)\b)|bi phat|phat (?:bao nhieu|bn)"
            r"|phat (?:tien )?the nao|xu phat bao nhieu|fined"
            # not "acronym is fine", "it's fine with me"
            r"|(?<!\bis )(?<!\bs )(?<!\bare )(?<!\bbe )fine(?! (?:with|by)\b)|"
            # not the field penalties are for: "Nghị định 119/2020 là về penalties trong lĩnh vực nào"
            r"penalty(?! (?:trong (?:nhung )?|in (?:the |which |what )?)?(?:linh vuc|field|fields|area|areas|scope)))\b"
        ),
        re.compile(r"\b(?:phat tien|muc phat(?! thai| trien)|phat hanh chinh|fine of|fined|penalty of|fines of)\b"),
    ),
    # someone's post: "TS Lê Xuân Tùng giữ chức gì ở viện" is not answered by his being a speaker there
    "post": (
        re.compile(
            r"\b(?:(?:giu|lam|o) chuc (?:gi|j|vu gi|vu j|vu nao|danh gi|danh j)|chuc vu (?:cua (?:ong|ba) "
            r"(?:ay|ta) )?(?:la )?(?:gi|j|nao)|chuc danh (?:la )?(?:gi|j|nao)|what (?:is|s|was) (?:his|her) "
            r"(?:position|post|title|job)|what (?:position|post) (?:does|did) (?:he|she) hold|"
            r"(?:his|her) (?:position|post) (?:at|in)|military rank|quan ham (?:gi|j|nao)|cap bac (?:gi|j|nao))\b"
        ),
        # in the answer's folded words; ``_POST_NEAR`` reads the same posts in its rewritten ones
        re.compile(rf"\b(?:{_POSTS}|chu tich|head of|charge d affaires)\b"),
    ),
    # a street: "ngôi nhà xanh LHQ ở đường nào" is not answered by the city it is in
    "street": (
        # not "thành phố nào" (which city), "qua những đường nào" (which channels)
        re.compile(
            r"\b(?:(?:o|tai|tren) (?:duong|pho) nao|(?<!thanh )pho nao|so nha|which street|what street|"
            r"street address|dia chi cu the)\b"
        ),
        re.compile(r"\b(?:đường|phố|Street|Road|Avenue)\s+[A-ZĐ]|\b[A-ZĐ]\w+ (?:Street|Road|Avenue)\b"),
    ),
    # how long a text holds: "MOU validity years" is not answered by the years two bodies have worked together
    "validity": (
        re.compile(
            r"\b(?:validity|valid for|valid until|hieu luc (?:may|bao nhieu|trong bao lau|den)|thoi han hieu luc)\b"
        ),
        re.compile(r"\b(?:valid|validity|expire|expires|expiry|hieu luc (?:trong|den)|thoi han|het han)\b"),
    ),
    # who chaired: "ai chủ trì tọa đàm" is not answered by who took part in it
    "chair": (
        # or which body leads it: "mạng lưới do cơ quan nào làm leader chủ trì" ("do bộ nào chủ trì tổ
        # chức" asks who organised it)
        re.compile(r"\b(?:ai (?:la nguoi )?chu (?:tri|toa)|nguoi chu (?:tri|toa)|chu (?:tri|toa) boi|"
                   r"(?:co quan|don vi|to chuc|bo|ben) nao (?:\w+ ){0,3}chu tri(?! to chuc)|"
                   r"who (?:chaired|presided|chairs|chair)|chaired by|presided over by)\b"),
        # or that the documents do not say who organised it, with who opened it
        re.compile(r"\b(?:chu tri|chu toa|chair|chaired|chairs|chairman|chairwoman|chairperson|presided|presiding|"
                   r"khong neu ro (?:don vi|co quan|ai) to chuc|"
                   r"does not (?:explicitly )?(?:name|say) (?:the organi[sz]er|who organi[sz]ed))\b"),
    ),
    # the Security Council's permanent members, counted: "how many permanent members" is not answered
    # by Viet Nam's terms as a non-permanent one
    "permanent": (_PERMANENT, _PERMANENT),
    # a convention by its name, "công ước nào", "which convention": an answer gives one with a capital
    # ("Công ước Chống tra tấn", "the Convention on ..."); "các công ước nhân quyền" names none
    "convention": (
        re.compile(r"\b(?:cong uoc (?:gi|j|nao)|(?:which|what) convention)\b"),
        re.compile(r"\b(?:Công ước|Convention)\b|\b[A-Z][a-z]+ (?:Weapons )?Convention\b"),
    ),
    # the date of an international or world day itself: "Ngày Thế giới ... là ngày 30/7", "World Day
    # ... (30 July)"; a rally held "on 17 December ... in response to International Migrants Day" is
    # not the day's date
    "observance": (
        re.compile(
            r"\bngay (?:quoc te|the gioi)(?: \w+){1,8}? (?:la|vao|roi vao) (?:ngay|hom)\b"
            r"|\bngay (?:quoc te|the gioi)(?: \w+){1,8}? (?:ngay (?:may|nao)|khi nao|bao gio)\b"
            r"|\b(?:when|what date|which day|what day) (?:is|was|does|do we mark) (?:the )?(?:international|world)"
            r"(?: \w+){0,6}? day\b"
        ),
        re.compile(
            rf"(?i)\b(?:ngày quốc tế|ngày thế giới|international\b[^.;]{{0,30}}?\bday|world day)[^.;]{{0,60}}?"
            rf"{_DAY_OF_MONTH}"
            # "lấy ngày 27/12 hằng năm là Ngày Quốc tế ...", "making 27 December each year the International Day"
            rf"|{_DAY_OF_MONTH}[^.;,]{{0,25}}?(?:ngày quốc tế|ngày thế giới|international|world day)"
        ),
    ),
    # an itinerary or a timetable: "Ban Ki-moon thăm VN 2015 lịch trình" is not answered by the day he came;
    # not "schedule", which in English as often asks when ("IMRF 2026 schedule")
    "schedule": (
        re.compile(r"\b(?:lich trinh|lich thi dau|lich lam viec|lich tham|itinerary|timetable|fixtures)\b"),
        re.compile(r"\b(?:lich trinh|lich thi dau|lich lam viec|itinerary|schedule|timetable|fixtures)\b"),
    ),
    # the time of day: "hội thảo khai mạc mấy giờ" is not answered by who opened it on which day
    "clock": (
        re.compile(r"\b(?:may gio|luc may gio|what time|at what time|which time of day)\b"),
        re.compile(r"\b\d{1,2}\s*(?:h|gio)(?:\s*\d{2})?\b|\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*(?:am|pm)\b|\b24(?:\s*/\s*|\s)7\b"),
    ),
    # the year of a law itself, the law asked first ("Luật Trẻ em ban hành năm nào"): a decree "quy
    # định chi tiết ... Luật trẻ em" is dated, the law it details is not
    "law": (
        re.compile(
            # (a decree typed short before it is the decree's date: "nđ chi tiết luật an ninh mạng ngày nào")
            r"^(?!(?:\w+ ){0,2}(?:nd|qd|tt)\b)(?:\w+ ){0,3}?luat (?!su\b)"
            r"(?!.*\b(?:nghi dinh|quyet dinh|thong tu|chi thi|nghi_dinh|quyet_dinh|"
            r"thong_tu|decree|decision|circular|directive)\b)"
            # not a law a seminar was on: "when was the seminar on improving the law ... held"
            r"|\b(?:when|what year|which year) (?:was|did|were) (?:the )?(?:(?!on |about |for |of )\w+ ){0,6}?law\b"
            r"(?! enforcement)"
        ),
        # a law by its name, capitalised: "improving the law on ... on 28/4/2023" dates a seminar
        re.compile(r"\b(?:Luật|Law)\b[^.;]{0,80}?\b(?:19|20)\d\d\b"),
    ),
    # when a treaty was ratified, which its signing year does not tell ("ký ... 2018 và là nước thứ 10 phê chuẩn")
    "ratified": (
        re.compile(r"\b(?:phe chuan|ratify|ratified|ratifies|ratification)\b"),
        re.compile(r"\b(?:phe chuan|ratif\w*)\b[^.;]{0,40}?\b(?:19|20)\d\d\b|\b(?:nam|in) (?:19|20)\d\d\b[^.;]{0,25}?"
                   r"\b(?:phe chuan|ratif\w*)\b"),
    ),
    # when a body was founded: "When was the Steering Committee on Human Rights established?" is not
    # answered by the date of a workshop its deputy spoke at. After the law, whose "ra đời" is its own.
    "founded": (
        re.compile(r"\b(?:thanh lap|ra doi|established|founded|set up|created)\b"),
        # with the year it happened: "establishing one is necessary" dates nothing
        re.compile(r"\b(?:thanh lap|ra doi|ra mat|established|founded|set up|created|launched)\b[^.;]{0,60}?"
                   r"\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b[^.;]{0,40}?\b(?:thanh lap|ra doi|ra mat|established|"
                   r"founded|set up|created|launched)\b"),
    ),
}
# Attributes asked only with a kind of question: who chaired, how many permanent members, the day's
# date, the law's.
# Who chairs may be a body ("do cơ quan nào chủ trì"), asked as a thing rather than a person.
_ATTRIBUTE_KINDS: dict[str, tuple[Kind, ...]] = {
    "chair": ("person", "other"), "permanent": ("number",), "observance": ("date",), "law": ("date",),
    "joined": ("date",), "founded": ("date",), "ratified": ("date",), "signed_where": ("place",), "post": ("other",),
}
# Said with the capital that makes it a name, or with the punctuation that ends a sentence: read in
# the answer as typed, not folded.
_SAID_AS_TYPED = frozenset({"convention", "observance", "law", "street"})
_DOCUMENT_ASKED = re.compile(
    r"\b(?:which|what) (?:nghi_dinh|quyet_dinh|luat|thong_tu|nghi_quyet|decree|law|decision|circular|resolution|"
    r"regulation|document)\b|\b(?:nghi_dinh|quyet_dinh|luat|thong_tu|nghi_quyet|van ban|quy dinh) nao\b"
    # keywords headed by the text, not by its number: "decree admin fines child protection sector"
    r"|\A (?:nghi_dinh|thong_tu|decree|circular) (?!\d)"
)
# "Vụ Pháp luật quốc tế cử ai": whom a body sent, which naming the body does not tell.
_STRICT_PERSON = re.compile(
    r"\b(?:ai la nguoi|nguoi nao|ca nhan nao|nguoi dai dien|whose name|cu ai|who did \w+(?: \w+)? send|who was sent)\b"
    # "đại diện ILO ở hội nghị là ai": who stood for a body, which the body named does not tell;
    # "who signed the MOU for the Ministry": its signatory, not the Ministry
    r"|\bdai dien (?:\w+ ){1,10}?la[ _]ai\b|\bwho signed (?:\w+ ){0,4}for\b"
    # "ai ký MOU bên Bộ Y tế", "phía Bộ Y tế do ai ký": who signed for one side, which its name does not tell
    r"|\bai k[iy] (?:\w+ ){0,8}?(?:ben|phia)\b|\b(?:ben|phia) (?:\w+ ){1,5}?(?:do )?ai k[iy]\b"
    # "What's the name of the director who presented it": a name, which "the Department's leadership" is not
    r"|\bwhat (?:is|s|was) (?:the |his |her )?name\b"
)
# "Who spoke for UNICEF": someone who stood up and spoke, by name or by post ("Phó Cục trưởng Cục
# Lãnh sự phát biểu"); the bodies that organised do not give them.
_SPEAKER = re.compile(
    r"\bwho (?:spoke|speaks|gave (?:a|the) speech|addressed)\b|\bai (?:la nguoi |la_ai )?(?:phat bieu|phat_bieu)\b"
)
# "do Thủ tướng nào ký": which holder of the title, by name
_TITLE_WHICH = re.compile(
    r"\b(?:thu tuong|thu_tuong|bo truong|thu truong|thu_truong|dai su|dai_su|chu tich|giam doc|cuc truong|"
    r"vu truong|dai dien|representative|lanh dao|quan chuc|dien gia|chuyen gia) nao\b"
)


def _padded(folded: str, words: Sequence[str]) -> str:
    """The question folded, then its words after the synonyms, for patterns that read either. A
    bar between them keeps a pattern from reading across: "... từ phiên đối thoại năm nào" followed
    by "viet_nam sẽ thực hiện" is no "năm nào ... sẽ"."""
    return f" {folded} | {' '.join(words)} "


def _year_asked(padded: str, words: Sequence[str]) -> bool:
    """Whether a date question asks the year: "năm nào", "which year", or keywords ending on "năm"."""
    return bool(_YEAR_ASKED.search(padded)) or elided_date(words) == "nam"


def read_asked(kind: Kind, text: str, folded: str, words: Sequence[str], english: bool = False) -> Asked:
    """What a question (``text`` as typed, understood as asking ``kind``) asks for in detail."""
    asked = _read_asked(kind, text, folded, words, english)
    if asked.kind == "person" and asked.title is None:
        # "trưởng ban chỉ đạo nhân quyền là ai": the head, whom a deputy of its office is not.
        padded = _padded(folded, words)
        post = next((post for post, (wanted, _) in _LEADS.items() if wanted.search(padded)), None)
        if post:
            asked = replace(asked, strict_person=True, title=post)
    item = item_asked(folded)
    return replace(asked, item=item) if item else asked


def _read_asked(kind: Kind, text: str, folded: str, words: Sequence[str], english: bool) -> Asked:
    padded = _padded(folded, words)
    if _PREDECESSOR_ASKED.search(text):
        return Asked(kind, predecessor=True)
    if kind == "date" and _TENURE_ASKED.search(padded) and _SINCE_ASKED.search(padded):
        return Asked(kind, tenure=True)
    if _WINNER.search(folded):
        # Whatever else it asks, a question on a prize's winner is answered only by who won.
        return Asked(kind, winner=True)
    if kind in ("other", "place") and ("website" in words or _EMAIL_ASKED.search(padded)):
        return Asked(kind, web=True)
    if _PROCEDURE_ASKED.search(padded):
        return Asked(kind, procedure=True)
    if _RANK_ASKED.search(padded) or _RANK_PLACE.search(text.lower()):
        # "Việt Nam là nước thứ bao nhiêu phê chuẩn ...": "thứ 10" answers it, though it counts nothing.
        return Asked("number", rank=True)
    # "Which decree sets out the penalties ...", "nghị định nào quy định mức phạt": the document is asked.
    code = bool(_CODE_ASKED.search(padded))
    document = code or bool(_DOCUMENT_ASKED.search(padded))
    for attribute, (asked_pattern, _) in () if document else _ATTRIBUTES.items():
        # A sum asked with "bao nhiêu" is checked as a number of money, period by period, below.
        # Who chaired, asked beside a number ("có bn tỉnh tham gia, ai chủ trì"), leaves the number asked;
        # "có phải ủy viên thường trực không" is answered by the terms Viet Nam served.
        if asked_pattern.search(folded) and not (attribute == "price" and kind == "number") and not (
            attribute == "fine" and _FIELD_ASKED.search(folded)
        ) and (
            kind in _ATTRIBUTE_KINDS.get(attribute, (kind,))
        ):
            # "có hiệu lực từ năm mấy" still asks a year: the attribute is what it must be the year of.
            year = kind == "date" and _year_asked(padded, words)
            # "thành lập ngày mấy tháng mấy": the day it was founded, which its year alone does not give
            day = kind == "date" and not year and bool(_DAY_ASKED.search(padded))
            future = kind == "date" and bool(_FUTURE_ASKED.search(padded))
            return Asked(kind, attribute=attribute, year=year, day=day, future=future)
    # "Tổng Giám đốc WTO tên?", "tên đại sứ Hàn Quốc", "tên ông ấy là gì"
    # Keywords that end on the name asked: "Tổng Giám đốc WTO tên", "Vietnam ILC member name".
    named = (_NAME_ASKED.search(padded) or folded.endswith((" ten", " name"))) and not _THING_NAMED.search(padded)
    named = named or bool(_NAME_FIRST.match(folded)) or bool(_TITLE_THEN_NAME.search(padded))
    title = _TITLE_ASKED_BY_NAME.search(padded)
    if kind in ("other", "person") and ((named and _HOLDER.search(padded)) or title or _TITLE_WHICH.search(padded)):
        # "Phó Cục trưởng Cục Lãnh sự tên là gì": a person's name, which a title is not.
        held = HELD_TITLES[next(g for g in title.groups() if g).replace("_", " ")] if title else None
        return Asked("person", strict_person=True, title=held)
    # "kéo dài bn lâu": "bao nhiêu" asks a length of time there, not a count.
    how_long = kind == "number" and _HOW_LONG.search(padded)
    if (kind in ("other", "date") and _DURATION_ASKED.search(padded)) or how_long:
        return Asked(kind, duration=True)
    if kind == "other" and _OUTCOME_ASKED.search(padded):
        return Asked(kind, outcome=True)
    if kind in ("other", "place") and (members := _members(text, words)):
        return Asked(kind, members=members, many=_counted(words, members[0]))
    if kind == "number" and (
        code or (_TEXT_NUMBER.search(padded) and _TEXT_WORD.search(padded)) or _NUMBER_OF_TEXT.search(padded)
    ):
        return Asked(kind, numbered=True)
    if kind == "number":
        at = _count_at(words)
        if at is not None and words[at + 1 : at + 2] == ["luong"]:
            at += 1  # "số lượng sĩ quan": the quantity of officers
        unit = _unit(words if at is None else ["bao_nhieu", *words[at + 1 :]], english)
        # "bao nhiêu tiền", "how much did Viet Nam contribute": a sum of money; "how many doses
        # did Viet Nam donate": doses.
        share = bool(_GDP_SHARE.search(padded) or _PART_ASKED.search(text))
        money = (not unit or unit[0] in _MONEY_UNITS) and bool(_MONEY_ASKED.search(padded)) and not share
        percent = "%" in text or bool(_PERCENT_ASKED.search(padded)) or share
        return Asked(kind, unit=() if money else unit, money=money, percent=percent)
    if kind == "date":
        year = _year_asked(padded, words)
        since = bool(_SINCE_ASKED.search(padded))
        day = not year and bool(_DAY_ASKED.search(padded))
        return Asked(kind, year=year, day=day, since=since, future=bool(_FUTURE_ASKED.search(padded)))
    if kind == "person":
        # "ai đang là Cục trưởng Cục Trẻ em": who holds a title is a name; the body will not do.
        strict = bool(_STRICT_PERSON.search(padded) or _TITLE_ASKED.search(padded))
        # "Ai là người nêu kết quả ..., chức vụ gì?": who by their post, which a title alone gives.
        strict = strict and not _POST_ASKED.search(padded)
        return Asked(kind, strict_person=strict, speaker=bool(_SPEAKER.search(padded)))
    if kind == "place" and _COUNTRY_ASKED.search(padded):
        return Asked(kind, country=True)
    return Asked(kind)


_COUNTRY_ASKED = re.compile(r"\b(?:which|what) (?:country|countries|nation)\b|\b(?:nuoc|quoc gia) nao\b")
# Kinds of thing always known by a proper name, whose list an answer gives by name: not fields,
# channels or articles, which an answer lists in common words.
_NAMED_KINDS = frozenset("tinh doanh cong province city business company enterprise".split())
# Counted ("43 nước", "24 đơn vị"), these are asked by name too: "ở những nước nào" alone may be
# answered by the missions a text names, "43 nước ấy là những nước nào" only by the 43.
_COUNTED_KINDS = frozenset("nuoc quoc_gia don country countrie unit member".split())
_MEMBERS_VI = re.compile(r"\b(?:nhung|cac|la)\s+((?:\w+\s+){0,1}\w+)\s+nao\b")
_MEMBERS_EN = re.compile(
    r"\b(?:which|list(?: of)?(?: all)?(?: the)?)\s+(?:\d+\s+)?([a-z]+(?:s|ies))\b", re.IGNORECASE
)


# With a word before them: "which border provinces", "which partner countries".
_MEMBERS_EN_NAMED = re.compile(
    r"\bwhich\s+\w+\s+(provinces|cities|countries|companies|businesses|enterprises)\b", re.IGNORECASE
)
_ONE_PROVINCE = re.compile(r" (?<!gioi )(?:(tinh|tinh thanh) nao|which (?:\w+ ){0,2}(province)) ")
_MOST = re.compile(r" (?:nhat|most|highest|largest) ")


def _members(text: str, words: Sequence[str]) -> tuple[str, ...]:
    """The kind of thing a question asks to be listed by name: "những doanh nghiệp nào", "which provinces"."""
    folded = " ".join(words)
    found = _MEMBERS_VI.search(folded)
    if found is not None:
        kind = tuple(w for w in found.group(1).split() if w not in FUNCTION_WORDS)
    elif (english := _MEMBERS_EN.search(text) or _MEMBERS_EN_NAMED.search(text)) is not None:
        kind = tuple(fold(english.group(1)).split())
    elif (one := _ONE_PROVINCE.search(padded := f" {folded} ")) is not None and _MOST.search(padded):
        # "tỉnh nào có nhiều ... nhất", "which province sends the most": one of them, by name. (Where
        # an event was held, "ở tỉnh nào", is answered by the place, "tỉnh" or not.)
        kind = ("tinh" if one.group(1) else "province",)
    else:
        return ()
    if kind and (kind[0] in _NAMED_KINDS or (kind[0] in _COUNTED_KINDS and _counted(words, kind[0]))):
        return kind
    return ()


_NOT_DATE_BEFORE = frozenset("hang moi cac nhieu nhung trong sau truoc may vai ca tung nao".split())


def elided_date(words: Sequence[str]) -> str | None:
    """The unit ("nam", "thang", "ngay") keywords end on when they ask a date with its "nào" cut short: "Việt
    Nam gia nhập UNESCO năm", "Tô Lâm thăm Malaysia ngày" (not "5 năm", "hằng năm", "ngày nào trong năm")."""
    if len(words) >= 3 and words[-1] in ("nam", "ngay") and not (words[-2].isdigit() or words[-2] in _NOT_DATE_BEFORE):
        return words[-1]
    # Or open on it, before what happened: "năm ra mắt cơ sở dữ liệu CSAM", "ngày ký MOU IOM".
    if len(words) >= 3 and words[0] in ("nam", "ngay") and _EVENTS_VI.match(" ".join(words[1:3]).replace("_", " ")):
        return words[0]
    # Or close on it with what happened after it: "Viet Nam Malaysia partnership ngày ký", "UNICEF năm thành lập".
    for n in (2, 3):
        if len(words) <= n or words[-n] not in ("nam", "ngay"):
            continue
        if words[-n - 1].isdigit() or words[-n - 1] in _NOT_DATE_BEFORE:
            continue
        if _EVENTS_VI.fullmatch(" ".join(words[-n + 1 :]).replace("_", " ")):
            return words[-n]
    # Or on "thời gian" (its time), alone or before when it took place: "khóa họp 46 HĐNQ thời gian",
    # "... thời gian diễn ra" (not "trong thời gian", "mất thời gian", "111 thời gian hoạt động").
    for n, tail in ((2, ()), (3, ("dien",)), (4, ("dien", "ra")), (4, ("dia", "diem"))):
        if len(words) > n and tuple(words[-n:]) == ("thoi", "gian", *tail) and words[-n - 1] not in _NOT_A_TIME:
            return "ngay"
    # English keywords likewise: "IOM Ministry of Health cooperation start year".
    if len(words) >= 3 and words[-1] == "year" and words[-2] in _EVENT_NOUNS:
        return "nam"
    # A date needs no event before it: "GCM adoption date", "Hilda Heine inauguration date" (not
    # "to date", "up to date": so far).
    if len(words) >= 2 and words[-1] == "date" and words[-2] != "to":
        return "ngay"
    # A month asked needs no event before it: "IMRF 2026 month".
    if len(words) >= 2 and words[-1] == "month":
        return "thang"
    return None


# Before "thời gian", words that make it a span or a while, not when: "trong thời gian", "mất thời gian".
_NOT_A_TIME = frozenset("trong mat ton het bao nhieu mot co khoang it du".split())
_EVENTS_VI = re.compile(
    r"(?:thanh lap|ra mat|ra doi|ban hanh|ki|ki ket|gia nhap|thong qua|bat dau|khai truong|phe chuan|co hieu luc|"
    r"hieu luc)\b(?! niem)"
)
_EVENT_NOUNS = frozenset(
    "start starting founding foundation signing adoption launch establishment accession joining membership "
    "opening ratification entry beginning creation release thanh_vien "
    # ... or what happened, as keywords put it: "national human rights institution established year".
    "established founded signed adopted launched created ratified joined started enacted amended issued".split()
)


# "số liệu" (figures), "số điện thoại" and "số hiệu" are no count; "số ca", "số đại biểu" are. Nor are
# "sơ kết" (a review), "sơ cứu", "sơ tán", which fold like "số".
_NOT_COUNTED = frozenset(
    "lieu dien_thoai dien hieu may nao thu_tu thu phan tram sanh voi qua lam that wa ghe ket cuu tan "
    # "sở ngoại vụ" (a department), folded like "số"
    "ngoai".split()
)
# Words "số" ends without counting anything: "cơ sở", "hồ sơ", "dân số", "chỉ số", "mã số", "đa số", "trụ sở".
_SO_AFTER = frozenset("co ho dan chi ma da tru".split())


def count_named(words: Sequence[str]) -> bool:
    """Keywords that open or close on "số" and the thing counted: "số tỉnh dự hội thảo", "số bằng
    khen hội nghị GCM", "tọa đàm 28/4/2023 số đại biểu"."""
    return _count_at(words) is not None


# Things counted whose first syllable, folded, is a grammar word: "cơ quan" ("có"), "tổ chức" ("to"),
# "cán bộ" ("cần").
_GRAMMAR_FIRST = frozenset({("co", "quan"), ("co", "so"), ("to", "chuc"), ("can", "bo")})


_TEXT_NUMBER = re.compile(
    r" (?:so hieu|ky hieu|so may|so bao nhieu|so bao_nhieu)(?: (?:day du|la gi|la j|la bao nhieu|the nao|la))*"
    r" (?:(?:vay|v|z|a|nhi|ha|the|nha|ad|mn|ban|bn) )*$"
)
# "What's the document number of the regulation", "its resolution number": the code it is known by
# (``knowledge.understand`` reads these phrases as asking a number), also after the synonyms ("nghi_dinh").
CODE_NAMES = ("document", "resolution", "decree", "decision", "circular", "regulation", "reference")
_CODE_ASKED = re.compile(rf" (?:{'|'.join(CODE_NAMES)}|nghi_dinh|nghi_quyet|quyet_dinh) number ")
# "nghị quyết số mấy kêu gọi viện trợ", "chương trình số mấy của chính phủ": the text's number asked, anywhere.
_NUMBER_OF_TEXT = re.compile(
    r"\b(?:nghi_quyet|nghi quyet|quyet_dinh|quyet dinh|nghi_dinh|nghi dinh|thong tu|chi thi|chuong trinh|ctrinh"
    r"|van ban|nq|qd|nd) so (?:may|bao nhieu|bao_nhieu)\b"
)
_TEXT_WORD = re.compile(
    r" (?:nghi_quyet|nghi quyet|quyet_dinh|quyet dinh|nghi_dinh|nghi dinh|thong tu|chi thi|luat|van ban|cong uoc"
    r"|resolution|decision|decree|circular|directive) "
)


def _count_at(words: Sequence[str]) -> int | None:
    """Where the "số" of a keyword count stands: first, or before the last word or two."""
    # (English "so the delegates agreed ..." opens on "so" too: a grammar word follows it.)
    def counted(i: int) -> bool:
        if words[i + 1 : i + 2] == ["luong"] and tuple(words[i + 2 : i + 4]) in _GRAMMAR_FIRST:
            return True  # "số lượng cơ quan LHQ"
        if tuple(words[i + 1 : i + 3]) in _GRAMMAR_FIRST:
            return True  # "số cán bộ Cục Trẻ em"
        return all(w not in _NOT_COUNTED and w not in FUNCTION_WORDS and not is_number(w) for w in words[i + 1 :][:2])

    if len(words) >= 3 and words[0] == "so" and counted(0):
        return 0
    # Or second, after the topic named by a name or a number, not a syllable ("hồ sơ", "cơ sở"): "MEDEVAC số
    # bệnh nhân VN điều trị" (Vietnamese syllables after it).
    if (
        len(words) >= 4 and words[1] == "so" and not is_syllable(words[0]) and counted(1)
        and all(is_syllable(w) or "_" in w for w in words[2:4])
    ):
        return 1
    # Asked for in the middle: "mk cần số ca xâm hại trẻ em năm 2019", "cho xin số vụ ...".
    for i in range(1, len(words) - 1):
        if words[i] == "so" and words[i - 1] in _ASKING_FOR and counted(i):
            return i
    # At the end, syllables of Vietnamese only: "so far" is English, and "sợ quá" folds to "so qua".
    for i in (len(words) - 4, len(words) - 3, len(words) - 2):
        if i < 2 or words[i] != "so" or words[i - 1] in _SO_AFTER:
            continue
        if counted(i) and all(is_syllable(w) or "_" in w for w in words[i + 1 :]):
            return i
    return None


_ASKING_FOR = frozenset("can xin biet tim".split())
_LIST_COUNTS = frozenset("ba bon nam sau bay tam chin muoi three four five six seven eight nine ten".split())


def _counted(words: Sequence[str], kind: str) -> bool:
    """Whether the question counts the kind it asks to list, three or more: "43 nước", "bảy nước";
    or some, which it asks to name: "mấy nước còn lại là những nước nào"."""
    for before, word in pairwise(words):
        if word == kind and ((before.isdigit() and int(before) >= 3) or before in _LIST_COUNTS or before == "may"):
            return True
    return False


_PREFIXES = frozenset("co re pre non".split())
# Said of aid after it, not counted: "how much grant aid non refundable", "... (non-refundable)".
_OF_AID = frozenset("refundable repayable".split())


def _unit(words: Sequence[str], english: bool) -> tuple[str, ...]:
    """What a "bao nhiêu" / "how many" counts, head word first.

    Vietnamese puts the head first and may add a second syllable ("bao nhiêu quân nhân" ->
    ("quan", "nhan")); English puts it last ("how many pilot countries" -> ("country", "pilot"))
    and says nothing of it when "how much" is followed by a verb ("how much did ...").
    """
    for i, word in enumerate(words):
        if word != "bao_nhieu":
            continue
        unit: list[str] = []
        if tuple(words[i + 1 : i + 3]) in _GRAMMAR_FIRST:
            return tuple(words[i + 1 : i + 3])
        for at, following in enumerate(words[i + 1 :], start=i + 1):
            if following == "ke" and at + 1 < len(words) and words[at + 1] in ("ca", "tu"):
                break  # "tổng cộng bao nhiêu, kể cả khoản ...": "including", not a thing counted
            if following in ("lhq", "viet_nam") and not unit:
                continue  # "how much UN aid": the UN is who gives, aid what is counted
            if following in ("lhq", "viet_nam") and english and not _MONEY_UNITS.isdisjoint(unit):
                break  # "how much grant aid the UN gave": the giver ends the sum counted
            if english and unit and following in ("and", "or"):
                continue  # "how many uni and college students": the students
            if following in FUNCTION_WORDS or following in _NOT_UNITS or is_number(following) or len(following) < 2:
                break
            # English: a verb ends what is counted, though the synonyms may have made it a token ("joined"
            # -> "gia_nhap"); an adverb after it ("how many pilot countries worldwide") is no part of it.
            if english and (following.endswith("ed") or following in _VERB_TOKENS or following in AUXILIARIES):
                break
            if english and unit and following in _PRESENT_VERBS:
                break
            # A hyphenated prefix, folded apart, is no word of its own: "non-refundable UN aid", "co-sponsored".
            if english and (following in _PREFIXES or following in _OF_AID):
                continue
            if english and following in _ENGLISH_ADVERBS:
                break
            unit.append(following)
            if len(unit) == (3 if english else 2) or (not english and following in _TIME_UNITS):
                break
        # English modifiers ("pilot countries") are often said otherwise in the answer: the head will do.
        # So in a Vietnamese sentence ("là một trong bao nhiêu pilot countries"): English words, none
        # of them a syllable of Vietnamese, put their head last.
        if not english and unit and not any(is_syllable(w) or "_" in w for w in unit):
            english = True
            # ... and a verb ends what is counted there too ("bao nhiêu students entered").
            verb = next((j for j, w in enumerate(unit) if j and (w.endswith("ed") or w in _VERB_TOKENS)), len(unit))
            unit = unit[:verb]
        # "total budget là bao nhiêu, phần available là bao nhiêu": what follows is the next question's subject.
        again = words[i + 1 : i + 7]
        at = again.index("bao_nhieu") if "bao_nhieu" in again else 0
        if not english and at and again[at - 1] == "la":
            return ()
        return tuple(unit[-1:]) if english else tuple(unit)
    return ()


# What an answer says it does not give, up to the end of its clause: "Tin không nêu ngày bế mạc hay
# nội dung khóa họp", "The article does not say which topic he presented".
_WITHHELD_THING = re.compile(
    r"\b(?:không|chưa) (?:nêu|nói|ghi|viết|liệt kê|cho biết)(?: rõ| cụ thể| đầy đủ)? ([^.;:()\n]+)"
    r"|\b(?:does|do|did) not (?:say|give|name|list|state|mention|spell out|specify)([^.;:()\n]+)",
    re.IGNORECASE,
)
# Several things withheld at once: "ngày bế mạc hay nội dung khóa họp", "the time or the content".
_WITHHELD_APART = re.compile(
    r",|\s(?:hay|hoặc|và|cũng như|or|and|nor)\s|\b(?:cũng )?(?:không|chưa) (?:nêu|nói|ghi|viết)(?: rõ)?\b",
    re.IGNORECASE,
)
_OF = re.compile(r"\s(?:của|of)\s", re.IGNORECASE)
# Words that name nothing withheld: grammar, with the words of asking ("chuyên đề nào", "which
# topic"; most are grammar already).
_NOT_A_THING = FUNCTION_WORDS | frozenset("nao gi ai dau which what who whom when where how whether the a an".split())
# Words of when and of figures, said of much that is given ("theo số liệu năm 2020 ..."): a thing
# withheld in these words alone ("năm của số liệu", "thời điểm") is left to the checks of dates.
_PLAIN_WITHHELD = frozenset("nam ngay thang thoi diem lieu so_lieu year date day time figure figures".split())


def _withheld_things(raw: str, normalize: Normalizer) -> tuple[tuple[str, ...], ...]:
    """Each thing the answer says it does not give, as its words in order (two at least: one is too loose)."""
    things = []
    for found in _WITHHELD_THING.finditer(raw):
        for part in _WITHHELD_APART.split(found.group(1) or found.group(2)):
            # The thing, not whose it is: "ngày của ngày quốc tế này", "the date of the day".
            tokens = normalize.tokens(_OF.split(part, maxsplit=1)[0])
            words = tuple(w for w in tokens if w not in _NOT_A_THING and not is_number(w))
            if len(set(words)) >= 2 and not _PLAIN_WITHHELD.issuperset(words):
                things.append(words)
    return tuple(things)


def _withheld_when(raw: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The dates an answer says the documents do not give, each as its unit and what it is of."""
    out: list[tuple[str, tuple[str, ...]]] = []
    # Clause by clause: "(không ghi năm), Trưởng Phái đoàn ..." withholds the year of nothing named.
    for clause in _CLAUSE_MARKS.split(raw):
        for m in _WITHHELD_WHEN.finditer(fold(clause)):
            found = {k: v for k, v in m.groupdict().items() if v}
            unit = _WITHHELD_UNIT[found.get("vi") or found.get("en") or found.get("en_of") or found["en_when"]]
            what: list[str] = []
            # "when it was adopted": the verb's stem ("adopt"), which "adoption" and "adopted" open too
            for w in (found.get("what") or found.get("what_en") or found.get("what_of") or found["what_done"]).split():
                if w in _NOT_WHAT:
                    break
                what.append(w)
            if what:
                out.append((unit, tuple(what)))
    return tuple(out)


def _asks_withheld(withheld: tuple[tuple[str, tuple[str, ...]], ...], asked: Asked, words: Iterable[str]) -> bool:
    """Whether the question asks the very date an answer says the documents do not give: of the
    unit withheld (a year asked of a withheld day may be given), and every word of what it is of,
    an English word by its first six letters ("completed", "completion"), a shorter stem by the words
    it opens ("adopt": "adopted", "adoption")."""
    said = set(words)
    stems = {w[:6] for w in said if len(w) >= 6}
    for unit, what in withheld:
        if (unit == "year" and not asked.year) or (unit == "day" and asked.year):
            continue
        if all(
            w in said or (w[:6] in stems if len(w) >= 6 else len(w) >= 4 and any(s.startswith(w) for s in said))
            for w in what
        ):
            return True
    return False


def _people_named(raw: str, known: Iterable[str]) -> list[str]:
    """Each mention of a person in an answer: a title and a name, or a name the entries ask about."""
    found = [m.group(0) for pattern in (_PERSON, _TITLED) for m in pattern.finditer(raw)]
    return found + [name for name in known if name in raw]


def _name_words(named: Iterable[str]) -> tuple[frozenset[str], ...]:
    people = (frozenset(fold(word) for word in _NAME_WORDS.findall(_A_TITLE.sub(" ", name))) for name in named)
    return tuple(dict.fromkeys(person for person in people if person))


_NAME_WORDS = re.compile(rf"{_CAPITALISED}")
_A_TITLE = re.compile(rf"\b(?:{_TITLES}|{_HELD}|(?i:prime|thủ tướng))\b")


def _other_country(shape: Shape, words: Iterable[str]) -> bool:
    """Whether the answer names by its short name a country the question does not name."""
    said = " ".join(words)
    return any(not _COUNTRY_NAMED[country].search(said) for country in shape.short_countries)


def gives(
    asked: Asked, shape: Shape, query_numbers: frozenset[str], years: frozenset[int], words: Iterable[str] = ()
) -> bool:
    """Whether an answer of this shape gives what was asked (about the years the question names);
    ``words``, the question's as typed (``Message.spelt``), tell whom a person asked for is and
    which date one asks that the answer says is not given."""
    if asked.item == LAST_ITEM:
        if not shape.whole_list:
            return False  # "the last direction" is the end of a list given whole
    elif asked.item and asked.item not in shape.items:
        return False  # "the third task" is not answered by a task the list does not number
    if asked.predecessor:
        return shape.has_predecessor
    if asked.tenure:
        return shape.has_tenure
    if asked.procedure:
        return shape.has_procedure
    if asked.attribute is not None:
        return (
            asked.attribute in shape.attributes
            and (shape.has_day or not asked.day)
            and (shape.has_plan or not asked.future)
        )
    if asked.duration:
        return shape.has_duration
    if asked.winner:
        return shape.has_winner
    if asked.outcome:
        # An event the answer speaks of only as still to come has had no outcome it could give.
        return not shape.only_ahead
    if asked.members:
        # Names of the kind asked for, said beside it; a count or a category is no list. Asked
        # for the 43 countries of a statement, one name beside "nước" is not them.
        said = shape.listed if asked.many else shape.named
        return any(w in said for w in asked.members)
    if asked.rank:
        return shape.has_rank
    if asked.kind == "number":
        if asked.percent:
            return shape.has_percent
        return shape.counts(asked, frozenset() if asked.numbered else query_numbers, years)
    if asked.kind == "date":
        if shape.withheld_when and _asks_withheld(shape.withheld_when, asked, words):
            return False  # "By what date must the database be completed?" of "gives no completion date"
        if asked.since and not shape.has_since:
            return False
        if asked.future and not shape.has_plan:
            return False  # "khi nào Việt Nam sẽ phê chuẩn ...": the dates of what has happened will not do
        if asked.day:
            return shape.has_day
        return shape.has_year() if asked.year else shape.has_date()
    if asked.kind == "person":
        if asked.strict_person:
            # "Who received the awards, by name?" is not answered by "the report does not name them";
            # "thứ trưởng nào phát biểu khai mạc" is by a Deputy Minister named as the opener, though
            # the answer adds that it "does not say who chaired".
            withheld = "person" in shape.withheld and not (
                shape.withheld_roles and shape.withheld_roles.isdisjoint(words)
            )
            if asked.title and asked.title not in shape.titled:
                return False  # "which US ambassador" is not answered by "the Ambassadors of the EU, ... the US"
            # "Thủ tướng Dominica tiếp Thủ tướng Phạm Minh Chính tên là gì": an answer whose only
            # people are the ones the question names gives no one else's name.
            typed = set(words)
            if shape.people and all(person <= typed for person in shape.people):
                return False
            return shape.has_person and not withheld
        if asked.speaker:
            return shape.has_person or shape.has_role
        # An answer may name one person and say it does not name another ("... does not say who chaired").
        return shape.has_person or shape.has_role or ("person" not in shape.withheld and shape.has_body)
    if asked.kind == "place":
        # "is there a website where people report ...": the "where" is the website's.
        if asked.web:
            return shape.has_web
        return shape.has_place or (asked.country and (shape.has_country or _other_country(shape, words)))
    return shape.has_web if asked.web else True
