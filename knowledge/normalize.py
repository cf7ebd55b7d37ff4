"""Vietnamese-aware text normalisation shared by the stored questions and the queries.

``fold`` turns any text into lower-case ASCII words: diacritics and punctuation go,
đ becomes d, thousands separators go (so "687.750" and "687,750" meet), letters
typed many times are collapsed. ``Normalizer`` adds the knowledge base's synonyms
and chat shorthand on top, rewriting every spelling of a thing to one canonical
form, so "LHQ", "Liên hợp quốc" and "United Nations" are the same word to the
matcher.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

_THOUSANDS = re.compile(r"(?<=\d)[.,](?=\d{3}(?!\d))")
_DECIMAL = re.compile(r"(?<=\d),(?=\d)")
_NUMERAL = re.compile(r"(?:thứ |thu )?\d+(?:st|nd|rd|th)?")
# "300k", "300 nghìn", "300 thousand" are the "300.000" the documents write; "k" only right after
# the number, since "2021 k" is "2021 không", and only after a number that starts the word: "a0k" is a
# word (what stemming leaves of "A0KS"), and folding twice must give what folding once does. The words
# are joined to the number first, since chunks are folded one by one.
_THOUSAND_WORD = re.compile(r"(?<=\d)\s+(?:nghìn|ngàn|nghin|ngan|thousand)\b", re.IGNORECASE)
_MAGNITUDE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)k\b")
_REPEATS = re.compile(r"([a-z])\1{2,}")
# ... but "TTTT", the Ministry of Information and Communications ("Bộ TT&TT"), is no drawn-out "t".
_TTTT = re.compile(r"\btttt\b")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_TOKEN = re.compile(r"\d+(?:\.\d+)?|[a-z0-9]+")
# English contractions and the possessive, read before the apostrophe splits them: "IOM's" is
# "iom" (a stray "s" is a word the stored phrasings seldom have), "I'm" is "i am", "don't" "do not".
# The "n" of "n't" only before the "t": "Ban Ki-moon's", "children's" keep theirs.
_CONTRACTIONS = re.compile(
    r"(?:\b(ca|wo)n(?=['\u2019]t)|(?<=[a-z])n(?=['\u2019]t)|(?<=[a-z]))['\u2019](s|m|re|ve|ll|d|t)\b"
)
_SPELT = {"s": "", "m": " am", "re": " are", "ve": " have", "ll": " will", "d": " would", "t": " not"}
_NEGATED = {"ca": "can", "wo": "will"}
_IS_AFTER = re.compile(r"he|she|it|that|what|there|here|who|where|how|when|why")

# A decade is no year: "the 1990s", "199x", "những năm 90" become one word ("decade1990"), so that
# in a message it neither demands the year 1990 of an answer nor reads as a figure (``fold``).
_DECADE_NAMED = re.compile(
    r"\b((?:nh[uữ]ng|th[aậ]p) (?:n[aă]m|ni[eê]n|k[yỷỉi]))\s+((?:19|20)?[0-9]0)(?![0-9]|\s*[-–,/]\s*[0-9])",
    re.IGNORECASE,
)
_DECADE_PLURAL = re.compile(r"(?<![0-9])(?:((?:18|19|20)[0-9]0)|['\u2019]?([3-9]0))['\u2019]?s\b", re.IGNORECASE)
_DECADE_UNKNOWN = re.compile(r"\b(1[89][0-9]|20[0-9])x\b", re.IGNORECASE)


def _decade(number: str) -> str:
    year = number if len(number) == 4 else ("19" if number >= "30" else "20") + number
    return f"decade{year}"


def _decades(text: str, keep: bool) -> str:
    def named(number: str) -> str:
        return f"{_decade(number)} {number}" if keep else _decade(number)

    text = _DECADE_NAMED.sub(lambda m: f"{m.group(1)} {named(m.group(2))}", text)
    text = _DECADE_PLURAL.sub(lambda m: named(m.group(1) or m.group(2)), text)
    return _DECADE_UNKNOWN.sub(lambda m: named(f"{m.group(1)}0"), text)


# A period typed with two-digit years: "giai đoạn 77-86" is 1977-1986, "nhiệm kỳ 20-21" 2020-2021,
# "hồi 77-86" too. Only after a word for a period or a time, where "77-86" can be nothing but years
# (not after "từ": "từ 16-30 tuổi" is an age).
_SHORT_RANGE = re.compile(
    r"\b((?:giai đoạn|giai doan|gđ|thời kỳ|thời kì|thoi ky|nhiệm kỳ|nhiệm kì|nhiem ky|nk|period|term"
    r"|hồi|hoi|thời|thoi|năm)\s+)"
    r"(\d{2})\s*[-–]\s*(\d{2})\b",
    re.IGNORECASE,
)


# A period whose first year is typed short before a full one: "thời đổi mới 86-2011" is 1986-2011.
# Not a month before a year ("tháng 12-2021", "19-12-2025"): above twelve, and no date before it.
_SHORT_START = re.compile(r"(?<![\d/.\-–])\b(1[3-9]|[2-9]\d)\s*[-–]\s*((?:19|20)\d{2})\b")


# A period whose last year is typed short after a full one: "2001-05" is 2001-2005, "2012–16" 2012-2016.
# Not an ISO date ("2021-05-10"), nor an end before the start ("2019-02" is February).
_SHORT_END = re.compile(r"(?<![\d/.\-–])\b((?:19|20)\d{2})\s*[-–]\s*(\d{2})\b(?!\s*[-–/.]\s*\d)")


def _full_end(match: re.Match[str]) -> str:
    first, short = match.group(1), match.group(2)
    last = int(first[:2] + short)
    return f"{first}-{last}" if int(first) < last <= int(first) + 30 else match.group(0)


def _full_start(match: re.Match[str]) -> str:
    short, last = match.group(1), match.group(2)
    first = int(last[:2] + short)
    first = first if first <= int(last) else first - 100
    # "50-2000 người" counts people: a period of years is no longer than a lifetime of work.
    return f"{first}-{last}" if int(last) - first <= 50 else match.group(0)


def _full_range(match: re.Match[str]) -> str:
    def year(two: str) -> str:
        return ("19" if int(two) >= 45 else "20") + two

    return f"{match.group(1)}{year(match.group(2))}-{year(match.group(3))}"


def fold(text: str, decades: bool = False) -> str:
    """Lower-case, diacritic-free, punctuation-free words separated by single spaces.

    A decade is one word, "decade1990". In a person's message (``decades``) it stands alone: "the
    1990s" asks no year 1990 of an answer. Stored texts keep the year beside it, which a person
    may type for the decade ("LHQ viện trợ kỹ thuật 1990").
    """
    if any(ch.isdigit() for ch in text):
        text = _SHORT_START.sub(_full_start, _SHORT_RANGE.sub(_full_range, text))
        text = _SHORT_END.sub(_full_end, text)
        text = _THOUSAND_WORD.sub("k", _decades(text, keep=not decades))
    # Every rule below works inside a whitespace-separated chunk, and chunks repeat
    # across thousands of stored questions, so each distinct chunk is folded once.
    chunks = text.split()
    if "%" in text:
        chunks = _percent_asked(chunks)
    return " ".join(folded for chunk in chunks if (folded := _fold_chunk(chunk)))


def _percent_asked(chunks: list[str]) -> list[str]:
    """A "%" after no number is the word: "What % did VN commit to", "giảm bao nhiêu %" ask a share,
    which folding, dropping the sign, would no longer say. "30%" and "30 %" stay a number."""
    out: list[str] = []
    for chunk in chunks:
        if chunk.startswith("%") and not (out and out[-1][-1:].isdigit()):
            out.extend(("phần", "trăm" + chunk[1:]))
        else:
            out.append(chunk)
    return out


def unmarked(text: str) -> str:
    """Lower case without diacritics or invisible characters, đ as d; punctuation and spacing kept."""
    text = unicodedata.normalize("NFC", text.translate(_INVISIBLE)).replace("đ", "d").replace("Đ", "d")
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch))


@lru_cache(maxsize=1 << 16)
def _fold_chunk(text: str) -> str:
    text = unmarked(text)
    if "'" in text or "\u2019" in text:
        text = _CONTRACTIONS.sub(_spelt, text)
    # Thousands separators are dropped twice over so that "1.234.567" loses both.
    text = _THOUSANDS.sub("", _THOUSANDS.sub("", text))
    text = _DECIMAL.sub(".", text)
    text = _MAGNITUDE.sub(_thousands, text)
    text = _REPEATS.sub(r"\1", _TTTT.sub("tt tt", text))
    return " ".join(_stem(token) for token in _TOKEN.findall(text))


# Vietnamese writes a final "y" or "i" after these consonants both ways (tỷ/tỉ, kỹ/kĩ, lý/lí).
_I_OR_Y = {"ky": "ki", "ly": "li", "sy": "si", "ty": "ti", "hy": "hi", "quy": "qui"}


def _thousands(match: re.Match[str]) -> str:
    value = float(match.group(1)) * 1000
    return str(int(value)) if value.is_integer() else match.group(0)


def _spelt(match: re.Match[str]) -> str:
    head = _NEGATED.get(match.group(1) or "", match.group(1) or "")
    before = re.search(r"[a-z]+$", match.string[: match.start()])
    if match.group(2) == "s" and before is not None and _IS_AFTER.fullmatch(before.group(0)):
        return head + " is"  # "she's 12", "what's the point": not a possessive
    return head + _SPELT[match.group(2)]


# English words ending in "s" that are no plurals: "does" is not "doe", nor "this" the "thi" of an exam.
_NOT_PLURAL = frozenset({"this", "does", "goes", "thus", "always", "perhaps", "whereas", "sometimes"})


def _stem(token: str) -> str:
    if token in _I_OR_Y:
        return _I_OR_Y[token]
    # Vietnamese syllables never end in "s", so this only touches English plurals.
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss") and not token[0].isdigit() and (
        token not in _NOT_PLURAL
    ):
        return token[:-3] + "y" if token.endswith("ies") else token[:-1]
    return token


class Normalizer:
    """Folds text, spells out chat shorthand, then rewrites synonyms, longest phrase first.

    Two passes, so that a phrase written partly in shorthand is still one phrase: "mua bán
    ng" is first "mua ban nguoi", then the synonym token "mua_ban_nguoi"; "hđ nhân quyền" is
    "hoi dong nhan quyen", then "hdnq".
    """

    def __init__(
        self,
        groups: Iterable[tuple[str, Sequence[str]]] = (),
        entities: Iterable[str] = (),
        countries: Iterable[str] = (),
        shorthand: Iterable[tuple[str, Sequence[str]]] = (),
    ) -> None:
        country_names = set(countries)
        # A country is a name as an organisation is: an answer must mention it.
        entity_names = set(entities) | country_names
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        self._spellings: dict[tuple[str, ...], tuple[str, ...]] = {}
        self.canonical: set[str] = set()
        self.entities: set[str] = set()
        self.countries: set[str] = set()
        self.numerals: set[str] = set()  # "mot" for "một" and "1": a number, not a named thing
        for word, forms in shorthand:
            # Spelt out as words, not joined: the synonyms pass reads them next.
            spelt = tuple(fold(word).split())
            for form in forms:
                key = tuple(fold(form).split())
                if key and key != spelt:
                    self._spellings[key] = spelt
        for canonical, variants in groups:
            # One token for the whole concept: "viet_nam" must not share "nam"
            # with "năm" (year), nor "bao_nhieu" its "bao" with "báo" (report).
            target = ("_".join(fold(canonical).split()),)
            self.canonical.add(target[0])
            if canonical in entity_names:
                self.entities.add(target[0])
            if canonical in country_names:
                self.countries.add(target[0])
            # An ordinal too ("thứ 1", "1st"): "Hi! First time here" names nothing it is about.
            if any(_NUMERAL.fullmatch(variant) for variant in variants):
                self.numerals.add(target[0])
            for variant in (canonical, *variants):
                key = tuple(fold(variant).split())
                # The canonical form maps to itself too, so that "quoc te" is
                # kept whole before a shorter variant ("te") could claim part of it.
                if key:
                    self._phrases[key] = target
        self._spelling_starts = _by_first_word(self._spellings)
        self._starting = _by_first_word(self._phrases)

    def __call__(self, text: str) -> str:
        return " ".join(self.tokens(text))

    def rewrites(self, word: str) -> bool:
        """Whether a folded word is on its own a synonym or a shorthand form ("moj", "ko")."""
        return (word,) in self._phrases or (word,) in self._spellings

    def tokens(self, text: str) -> list[str]:
        return self.rewrite(fold(text).split())

    def spell_out(self, words: list[str]) -> list[str]:
        """Already folded words with chat shorthand spelt out ("bn" -> "ban"), synonyms left as they are."""
        # "phương hướng thứ ba mà ...": the number of an ordinal starts no shorthand ("ba má", parents).
        # "cục nào đồng tổ chức": which body co-organised, not the "nao động" typed for "lao động".
        for i, word in enumerate(words[:-1]):
            ordinal = word == "thu" and words[i + 1] in _ORDINALS
            co_acting = word == "nao" and words[i + 1] == "dong" and tuple(words[i + 2 : i + 3]) in _CO_ACTS
            if ordinal or co_acting:
                head = _replace(words[: i + 1], self._spelling_starts)
                return [*head, words[i + 1], *self.spell_out(words[i + 2 :])]
        return _replace(words, self._spelling_starts)

    def synonyms(self, words: list[str]) -> list[str]:
        """Words whose shorthand is spelt out already, with every synonym phrase rewritten to its token."""
        return _replace(words, self._starting)

    def rewrite(self, words: list[str]) -> list[str]:
        """Already folded words with shorthand spelt out and every synonym phrase rewritten to its token."""
        return self.synonyms(self.spell_out(words))


Phrases = dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
_ORDINALS = frozenset("nhat hai ba bon tu nam sau bay tam chin muoi".split())
# What is done together after "đồng": "đồng tổ chức", "đồng tài trợ", "đồng chủ trì", "đồng ký".
_CO_ACTS = frozenset((w,) for w in "to tai chu ki ky sang thuc".split())


def _by_first_word(phrases: dict[tuple[str, ...], tuple[str, ...]]) -> Phrases:
    """Phrases by their first word, longest first: most words start no phrase and cost one lookup."""
    starting: Phrases = {}
    for key in sorted(phrases, key=len, reverse=True):
        starting.setdefault(key[0], []).append((key, phrases[key]))
    return starting


_WHICH = "nao"
_WHICH_INSIDE = 3  # names of at least this many words, "nào" after at least two of them
_WHICH_WITHIN = 12  # no name is longer


def _asked_inside(words: list[str], hit: int, key: tuple[str, ...]) -> bool:
    """Whether ``key`` is said at ``hit`` with "nào" after its first two words or more."""
    if len(key) < _WHICH_INSIDE:
        return False
    window = words[hit : hit + len(key) + 1]
    if _WHICH not in window[2:-1]:
        return False
    at = window.index(_WHICH, 2)
    return tuple(window[:at] + window[at + 1 :]) == key


def _replace(words: list[str], starting: Phrases) -> list[str]:
    """``words`` with the longest phrase of ``starting`` at each word replaced, left to right."""
    # Answers run to hundreds of words, few of which start a phrase: find those
    # first and copy the stretches between them whole.
    hits = [i for i, word in enumerate(words) if word in starting]
    if not hits:
        return words
    out: list[str] = []
    done = 0
    for hit in hits:
        if hit < done:  # inside a phrase already rewritten
            continue
        out.extend(words[done:hit])
        done = hit
        which = _WHICH in words[hit + 2 : hit + _WHICH_WITHIN]
        for key, target in starting[words[hit]]:
            if tuple(words[hit : hit + len(key)]) == key:
                out.extend(target)
                done = hit + len(key)
                break
            # "thỏa thuận toàn cầu nào về di cư": "which" inside a name asks which one it is.
            if which and _asked_inside(words, hit, key):
                out.extend((*target, _WHICH))
                done = hit + len(key) + 1
                break
    out.extend(words[done:])
    return out


# Words that carry grammar rather than meaning. Their weight is kept low even
# when the knowledge base has never seen them, so that an English question full
# of "did", "the", "provide" is not mistaken for an off-topic one.
FUNCTION_WORDS = frozenset(
    "a an the of to in on at for from by with and or is are was were be been being do does did has have had "
    "what which who whom whose when where why how that this these those it its there their they them he she "
    "his her i me my we our you your can could should would will shall may might must please tell give "
    "about into than then so as if not no yes any some many much more most very also still yet ever "
    # "cases related to online abuse" are the cases of online abuse
    "related relating regarding concerning "
    "co la cua va nhung cac duoc thi vay gi da se dang bi cho ve voi tai trong nay do nao ai may the "
    "khong chua roi nhi oi nhe ha hay hoac ma nen cung rang nhu de vao ra len xuong den tu bi nhieu nhat nua "
    "hon rat lai con thuoc sau truoc khac moi tung dang "
    # greetings and forms of address that open a question in chat
    "xin chao hello hi hey ad admin bot oi minh toi ban em moi_nguoi cho hoi muon biet theo according "
    # how a grandchild, a grandparent or a stranger is addressed
    "ong ba chau "
    # "what does X stand for": the question is about X
    "viet_tat".split()
)


def is_number(token: str) -> bool:
    return token[:1].isdigit()


def years_in(tokens: Iterable[str]) -> set[int]:
    """Four-digit numbers that read as years (1900-2099)."""
    return {int(t) for t in tokens if len(t) == 4 and t.isdigit() and 1900 <= int(t) <= 2099}


# Text typed with a Vietnamese keyboard switched off comes out in Telex: "camr own banj" is
# "cảm ơn bạn", "tooi bij ddanhs" "tôi bị đánh". Folded, a syllable loses its marks anyway, so
# undoing Telex is dropping them: the tone letter at the end, the doubled or "w" vowel, "dd".
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnpt])?"
)
_TELEX_TONE = frozenset("sfrxj")
# English words no Telex-typed Vietnamese has, questions' own among them ("What did Maj. Gen. ... present?").
_ENGLISH_MARKERS = frozenset(
    "the a an is are was it of to and for my i you in at on with this that s "
    "what did does who when where which how why were been would should has have had".split()
)
_TELEX_VOWEL = re.compile(r"aa|ee|oo|aw|ow|uw|dd")


def is_syllable(word: str) -> bool:
    """Whether a folded word could be one Vietnamese syllable ("quoc", "nghieng"; not "pilot", "country")."""
    return _SYLLABLE.fullmatch(word) is not None


def _untelex_word(word: str) -> str | None:
    """The folded syllable a Telex-typed word stands for, or None if it is not one."""
    if not word.isascii() or not word.isalpha() or len(word) < 2:
        return None
    core = word[:-1] if word[-1] in _TELEX_TONE else word
    marked = core != word or _TELEX_VOWEL.search(core) is not None
    core = core.replace("dd", "d").replace("aa", "a").replace("ee", "e").replace("oo", "o")
    core = core.replace("aw", "a").replace("ow", "o").replace("uw", "u").replace("w", "u")
    if not marked or core == word or not _SYLLABLE.fullmatch(core):
        return None
    return core


def telex_syllable(word: str) -> bool:
    """Whether a word is a Vietnamese syllable typed in Telex ("nawm", "ddaif")."""
    return _untelex_word(word) is not None


def untelex(words: Sequence[str], known: Callable[[str], bool]) -> list[str]:
    """``words`` with Telex-typed syllables folded, when the message shows Telex.

    A word is read as Telex only if it is unknown as it stands; and only in a message with a word
    ending in a tone letter English words do not end a syllable with ("f", "j", "r", "x") that is
    a known word without it, or with two Telex words one of which ends so: "I see", "thanks bots"
    or "her" are left alone.
    """
    found = {w: u for w in words if not known(w) and (u := _untelex_word(w)) is not None}
    toned = [w for w in found if w[-1] in "fjrx"]
    english = any(w in _ENGLISH_MARKERS for w in words)  # "a parked car" is no "ca"
    sure = (len(found) >= 2 and bool(toned)) or (not english and any(known(found[w]) for w in toned))
    return [found.get(w, w) for w in words] if sure else list(words)
