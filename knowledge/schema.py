"""The knowledge base's data model: what editors write in ``knowledge/data/*.yaml``.

Every model is frozen and forbids unknown fields, so a typo in a YAML key is an
error that names the field instead of a value that silently disappears.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")

# Telegram's limit is 4,096 characters for the whole message; the answer leaves
# room for the question headline, the source line and HTML markup.
MAX_ANSWER_CHARS = 3000
MIN_QUESTIONS = {"vi": 6, "en": 3}

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*[a-z0-9]$", max_length=64)]
Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]


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


class Topic(Model):
    id: Id
    name: Localized
    description: Localized | None = None


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


class SmallTalk(Model):
    id: Id
    questions: Questions
    answer: Localized


class UrgentRules(Model):
    """Phrases that mark a message as someone in danger (see ``knowledge.urgent``)."""

    danger: tuple[Text, ...]  # urgent on their own
    harm: tuple[Text, ...]  # urgent together with a personal marker
    personal: tuple[Text, ...]
    # Questions about figures ("bao nhiêu trẻ em bị lừa bán") are not someone in
    # danger unless they also speak of themselves or their own.
    informational: tuple[Text, ...] = ()
    card: Localized  # the hotline card, 111 and 113
    sources: tuple[Id, ...] = Field(min_length=1)


class KnowledgeFile(Model):
    """One YAML file of the knowledge base; each file may hold any of these sections."""

    sources: tuple[Source, ...] = ()
    topics: tuple[Topic, ...] = ()
    entries: tuple[Entry, ...] = ()
    facts: tuple[Fact, ...] = ()
    tables: tuple[Table, ...] = ()
    synonyms: tuple[SynonymGroup, ...] = ()
    smalltalk: tuple[SmallTalk, ...] = ()
    urgent: UrgentRules | None = None
