"""The knowledge base's data model: what editors write in ``knowledge/data/*.yaml``.

Every model is frozen and forbids unknown fields, so a typo in a YAML key is an
error that names the field instead of a value that silently disappears.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")

# Telegram's limit is 4,096 characters for the whole message; the answer leaves
# room for the question headline, the source line and HTML markup.
MAX_ANSWER_CHARS = 3000
MIN_QUESTIONS = {"vi": 6, "en": 3}

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$", max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
# A part of a crisis cue made only of optional brackets: "(dọa | doạ)?".
_ALL_OPTIONAL = re.compile(r"\s*(?:\([^()]*\)\?\s*)+")


class Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Localized(Model):
    """The same text in both languages the bot speaks."""

    vi: Text
    en: Text

    def get(self, lang: Lang) -> str:
        return self.vi if lang == "vi" else self.en


class Questions(Model):
    """Ways people ask for one entry or fact, in each language."""

    vi: tuple[Text, ...]
    en: tuple[Text, ...]

    def all(self) -> tuple[str, ...]:
        return self.vi + self.en

    def first(self, lang: Lang) -> str:
        items = self.vi if lang == "vi" else self.en
        return items[0]


class Source(Model):
    """A document the answers are drawn from."""

    id: Id
    title: Text
    publisher: Text | None = None
    author: Text | None = None
    date: dt.date | None = None
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")] | None = None
    seed: Text | None = None  # file name in shared/seeds the facts were read from


MAIN_ENTRIES = (4, 6)  # how many main questions a topic's overview offers


class Topic(Model):
    id: Id
    name: Localized
    description: Localized | None = None
    # A message that is only one of these keywords ("di cư", "migration") means the whole
    # topic: it gets ``overview`` and buttons to the ``main`` entries, not one arbitrary entry.
    keywords: tuple[Text, ...] = ()
    overview: Localized | None = None  # written only from what the topic's own entries say
    main: tuple[Id, ...] = ()

    @model_validator(mode="after")
    def _overview_is_complete(self) -> Topic:
        if self.keywords and self.overview is None:
            raise ValueError("keywords need an overview to show")
        if self.overview is not None and not MAIN_ENTRIES[0] <= len(self.main) <= MAIN_ENTRIES[1]:
            raise ValueError(f"an overview needs {MAIN_ENTRIES[0]} to {MAIN_ENTRIES[1]} main entries")
        if self.main and self.overview is None:
            raise ValueError("main entries are shown under an overview, which is missing")
        return self


class Entry(Model):
    """A question-and-answer pair, written and reviewed by an editor."""

    id: Id
    topic: Id
    questions: Questions
    answer: Localized
    sources: tuple[Id, ...] = Field(min_length=1)
    related: tuple[Id, ...] = ()
    checked: dt.date


Number = int | float


class FactValue(Model):
    """One value of a fact, for one period (or the only value when there is no period)."""

    period: Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{4})?$")] | None = None
    period_label: Localized | None = None  # e.g. "8 tháng đầu năm 2023" where the period is partial
    value: Number | Localized
    note: Localized | None = None

    @property
    def years(self) -> tuple[int, int] | None:
        if self.period is None:
            return None
        start, _, end = self.period.partition("-")
        return int(start), int(end or start)


class Fact(Model):
    """A number or a date people ask about by year or by item, with its unit and source."""

    id: Id
    topic: Id
    questions: Questions
    label: Localized
    unit: Localized | None = None
    values: tuple[FactValue, ...] = Field(min_length=1)
    note: Localized | None = None
    sources: tuple[Id, ...] = Field(min_length=1)
    related: tuple[Id, ...] = ()
    checked: dt.date
    # Short names of what the fact counts, as people type them: with and without
    # diacritics, in chat shorthand and in English ("bắt nạt online", "tv chuyen sau",
    # "deep counselling"). A fact in a table is recognised in a question by them.
    aliases: tuple[Text, ...] = ()

    @field_validator("values")
    @classmethod
    def _periods_are_unique(cls, values: tuple[FactValue, ...]) -> tuple[FactValue, ...]:
        periods = [v.period for v in values]
        if len(set(periods)) != len(periods):
            raise ValueError("two values have the same period")
        if len(values) > 1 and None in periods:
            raise ValueError("a fact with several values needs a period on each")
        return values


class TableRow(Model):
    """One row of a table: the fact that holds its values, named as the source table names it."""

    fact: Id
    name: Localized  # short, as in the source table: "Cuộc gọi tư vấn chuyên sâu"
    item: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)*$")] | None = None  # its number there, "4.1"
    depth: int = Field(default=0, ge=0, le=2)  # 1 or 2: a sub-row of the numbered row above it


class Table(Model):
    """Facts that are the rows of one table in a source document, with the same periods as columns.

    People ask a table for a cell, a whole row (every figure of one year), a column,
    the highest or lowest year, or the change between two years (``knowledge.table``).
    """

    id: Id
    topic: Id
    title: Localized
    # How people name the whole table: "số liệu tổng đài 111", "111 stats".
    aliases: tuple[Text, ...] = Field(min_length=1)
    rows: tuple[TableRow, ...] = Field(min_length=2)
    sources: tuple[Id, ...] = Field(min_length=1)
    # Entries about the table as a whole ("what does the table cover?"): offered under a row's
    # answer, and a question that finds one of them is still a question on the table.
    related: tuple[Id, ...] = ()
    checked: dt.date


class SynonymGroup(Model):
    """Spellings that mean the same thing; all are rewritten to ``canonical`` before matching."""

    canonical: Text
    variants: tuple[Text, ...] = Field(min_length=1)
    # A named organisation or instrument: a question that names it is answered
    # only by an entry that mentions it.
    entity: bool = False
    # A country: named in a question, however typed ("han quoc"), it counts as a name the
    # answer must mention, as one typed with capitals does.
    country: bool = False


class Shorthand(Model):
    """Chat shorthand and misspellings of one word or phrase: "mk", "mik" and "mh" are "mình".

    Forms are spelt out as ``word`` before the synonyms are read, so "mua bán ng" is "mua bán
    người" and then the one token every spelling of human trafficking becomes.
    """

    word: Text
    forms: tuple[Text, ...] = Field(min_length=1)


class SmallTalk(Model):
    """A kind of social message (thanks, greeting, ...) and the bot's short reply to it.

    A message is this kind when every word of it is one of ``questions`` (phrases, matched
    folded and whole) or a particle, or when it is only emoji of ``emoji``.
    """

    id: Id
    questions: Questions
    emoji: tuple[str, ...] = ()
    # Words that say this kind in a short message the knowledge base has no answer for
    # ("câu trả lời khó hiểu quá", "that was really clear"); the last one said decides.
    cues: tuple[Text, ...] = ()
    answer: Localized
    then: Id | None = None  # another kind whose answer follows this one's (e.g. the privacy facts)


class CrisisSituation(Model):
    """The cues of one kind of danger (see ``knowledge.crisis`` for how a cue is written)."""

    id: Id
    # Danger on its own, whatever else the message says ("muốn chết", "kill myself").
    alone: tuple[Text, ...] = ()
    # Harm serious enough that a person or a plea beside it makes a crisis.
    grave: tuple[Text, ...] = ()
    # Harm, or a sign of it, that is also how topical questions are worded: it needs
    # a person, a time or a plea before it reads as someone in danger.
    harm: tuple[Text, ...] = ()


class CrisisWeights(Model):
    """What each kind of cue adds to (or, for ``info``, takes from) a message's score."""

    alone: float = 4.0
    grave: float = 2.0
    harm: float = 1.0
    person: float = 1.0
    bound: float = 1.0  # the person is the one the harm happens to: "em bị đánh", "threatening my son"
    now: float = 1.0
    plea: float = 1.0
    info: float = 1.5  # per information cue, at most two counted
    story: float = 2.5  # a film, a book, the news, a joke: the harm is told about, not suffered
    over: float = 0.0  # a harm told as over and put right ("đã trả lại hộ chiếu", "I'm fine now"), with no plea
    crisis: float = 3.0  # a score this high is a crisis
    cue: float = 2.0  # a score this high, with harm in it, is a cue


class CrisisRules(Model):
    """Cues that mark a message as someone in danger, and the hotline card (see ``knowledge.crisis``)."""

    # Word lists a cue can name as ``@name``: countries across a border, family members ...
    groups: dict[Id, tuple[Text, ...]] = Field(default_factory=dict)
    first_person: tuple[Text, ...]  # the writer: em, tôi, mk, I, me
    close_person: tuple[Text, ...]  # someone close, or one particular child: con tôi, em gái, my son, 13 tuổi
    # Phrases in which a person or plea word means something else: people in general
    # ("trẻ em"), or part of another word once folded ("tội phạm": toi, "nghiên cứu": cuu).
    masks: tuple[Text, ...] = ()
    now: tuple[Text, ...] = ()  # happening now or again and again
    plea: tuple[Text, ...] = ()  # asking for help, or afraid: on its own, also how students ask for homework help
    info: tuple[Text, ...] = ()  # asking for figures, laws, programmes, definitions
    story: tuple[Text, ...] = ()  # a film, a book, the news, a joke, a toy or a pet
    over: tuple[Text, ...] = ()  # a harm over and put right: returned, found, rescued, fine now
    situations: tuple[CrisisSituation, ...] = Field(min_length=1)
    gap: int = Field(default=3, ge=0, le=8)  # how many words "..." in a cue may skip
    weights: CrisisWeights = CrisisWeights()
    card: Localized  # the hotline card, 111 and 113
    sources: tuple[Id, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _cues_are_well_formed(self) -> CrisisRules:
        ids = [s.id for s in self.situations]
        if len(set(ids)) != len(ids):
            raise ValueError("two situations have the same id")
        lists: dict[str, tuple[str, ...]] = {
            "first_person": self.first_person,
            "close_person": self.close_person,
            "masks": self.masks,
            "now": self.now,
            "plea": self.plea,
            "info": self.info,
            "story": self.story,
            "over": self.over,
        }
        for situation in self.situations:
            for kind in ("alone", "grave", "harm"):
                lists[f"{situation.id}.{kind}"] = getattr(situation, kind)
        for name, cues in lists.items():
            for cue in cues:
                for ref in re.findall(r"@([a-z0-9-]+)", cue):
                    if ref not in self.groups:
                        raise ValueError(f"{name}: the cue '{cue}' names an unknown group '@{ref}'")
                outside = re.sub(r"\([^()]*\)", " ", cue)
                if "(" in outside or ")" in outside:
                    raise ValueError(f"{name}: the cue '{cue}' has unmatched or nested brackets")
                if any(not part.strip() for part in re.split(r"\.\.\.|\|", re.sub(r"[()]", " ", cue))):
                    raise ValueError(f"{name}: the cue '{cue}' has an empty part")
                # "(dọa)? ... bán": first, a part of optional words alone matches only with them; later, it
                # would be nothing to look for. Either way the cue says what it does not do.
                if any(_ALL_OPTIONAL.fullmatch(part) for part in re.split(r"\.\.\.|(?<!\()\|(?![^()]*\))", cue)):
                    raise ValueError(f"{name}: the cue '{cue}' has a part whose words are all optional")
        return self


class MoreQuestions(Model):
    """Phrasings added to an entry's own, in either language or both."""

    vi: tuple[Text, ...] = ()
    en: tuple[Text, ...] = ()

    @model_validator(mode="after")
    def _not_empty(self) -> MoreQuestions:
        if not self.vi and not self.en:
            raise ValueError("no questions in either language")
        return self

    def all(self) -> tuple[str, ...]:
        return self.vi + self.en


class Phrasings(Model):
    """More ways people ask for an entry or fact defined in any file.

    ``python -m bot review --write`` drafts them from the suggestions people chose;
    an editor reads them, edits and commits, and they are then stored questions like any other.
    """

    entry: Id  # the id of an entry or a fact
    questions: MoreQuestions


class KnowledgeFile(Model):
    """One YAML file of the knowledge base; each file may hold any of these sections."""

    sources: tuple[Source, ...] = ()
    topics: tuple[Topic, ...] = ()
    entries: tuple[Entry, ...] = ()
    facts: tuple[Fact, ...] = ()
    tables: tuple[Table, ...] = ()
    synonyms: tuple[SynonymGroup, ...] = ()
    shorthand: tuple[Shorthand, ...] = ()
    smalltalk: tuple[SmallTalk, ...] = ()
    # Words that go with small talk without changing it: "nhé", "ạ", "bot", "ad", "so much".
    particles: tuple[Text, ...] = ()
    crisis: CrisisRules | None = None
    phrasings: tuple[Phrasings, ...] = ()
