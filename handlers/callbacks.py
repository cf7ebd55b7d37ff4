"""Callback data of inline buttons: one small class per kind that packs and parses itself.

Each kind has a prefix; ``pack`` returns None when the data would not fit Telegram's
64 bytes (the button is then left out), and ``parse`` returns None for data this bot
did not make, so tampered data never reaches a handler as a half-read value.

``a:vi:<id>[:<years>][:<ref>]``
                          answer an entry, replacing the message (suggestions, topic lists);
                          ``years`` ("2023", or "2020+2" for 2020 to 2022: every id fits beside it)
                          keeps the period the person asked for; a suggestion carries ``ref``, six
                          characters naming the question it was offered for (left out if it does not fit)
``r:vi:<id>``             answer a related entry in a new message
``T:vi``                  the list of topics
``t:vi:<topic>:<page>``   one page of a topic's questions
``f:+:<id>``              feedback on an answer (``+`` or ``-``)
``l:en``                  choose a language
``x:y`` / ``x:n``          confirm or cancel /forget
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar, Protocol, Self

from knowledge.schema import Lang

MAX_BYTES = 64
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*[a-z0-9]$")
_YEARS = re.compile(r"^\d{4}(?:\+\d{1,2})?$")
# Never mistaken for years: six characters, and "+" is not among them.
_REF = re.compile(r"^[A-Za-z0-9_-]{6}$")


def new_ref() -> str:
    """A short random token naming one question of one person, for the buttons under its reply."""
    return secrets.token_urlsafe(4)


class Button(Protocol):
    prefix: ClassVar[str]

    def pack(self) -> str | None: ...


def _fit(*parts: str) -> str | None:
    data = ":".join(parts)
    return data if len(data.encode()) <= MAX_BYTES else None


def _lang(value: str) -> Lang | None:
    return "vi" if value == "vi" else "en" if value == "en" else None


def _fields(data: str | None, prefix: str) -> list[str] | None:
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    head, _, rest = data.partition(":")
    return rest.split(":") if head == prefix else None


@dataclass(frozen=True)
class Answer:
    """Answer an entry in place of the message that holds the button; ``ref`` names the question it was offered for."""

    prefix: ClassVar[str] = "a"
    lang: Lang
    item_id: str
    years: tuple[int, ...] = ()
    ref: str | None = None

    def pack(self) -> str | None:
        parts = [self.prefix, self.lang, self.item_id]
        if self.years:
            low, high = min(self.years), max(self.years)
            parts.append(str(low) if low == high else f"{low}+{high - low}")
        with_ref = _fit(*parts, self.ref) if self.ref else None
        return with_ref or _fit(*parts)

    @classmethod
    def parse(cls, data: str | None) -> Self | None:
        fields = _fields(data, cls.prefix)
        if not fields or len(fields) not in (2, 3, 4):
            return None
        lang, item_id, rest = _lang(fields[0]), fields[1], fields[2:]
        if lang is None or not _ID.match(item_id):
            return None
        ref = rest.pop() if rest and _REF.match(rest[-1]) else None
        years: tuple[int, ...] = ()
        if rest:
            if len(rest) > 1 or not _YEARS.match(rest[0]):
                return None
            low, _, span = rest[0].partition("+")
            years = (int(low), int(low) + int(span or 0))
        return cls(lang, item_id, years, ref)


@dataclass(frozen=True)
class Related:
    """Answer a related entry in a new message under the answer."""

    prefix: ClassVar[str] = "r"
    lang: Lang
    item_id: str

    def pack(self) -> str | None:
        return _fit(self.prefix, self.lang, self.item_id)

    @classmethod
    def parse(cls, data: str | None) -> Self | None:
        fields = _fields(data, cls.prefix)
        if not fields or len(fields) != 2:
            return None
        lang = _lang(fields[0])
        return cls(lang, fields[1]) if lang and _ID.match(fields[1]) else None


@dataclass(frozen=True)
class _LanguageOnly:
    """A button whose only field is a language."""

    prefix: ClassVar[str]
    lang: Lang

    def pack(self) -> str:
        return f"{self.prefix}:{self.lang}"

    @classmethod
    def parse(cls, data: str | None) -> Self | None:
        fields = _fields(data, cls.prefix)
        lang = _lang(fields[0]) if fields and len(fields) == 1 else None
        return cls(lang) if lang else None


@dataclass(frozen=True)
class Topics(_LanguageOnly):
    """The list of topics."""

    prefix: ClassVar[str] = "T"


@dataclass(frozen=True)
class TopicPage:
    prefix: ClassVar[str] = "t"
    lang: Lang
    topic_id: str
    page: int = 0

    def pack(self) -> str | None:
        return _fit(self.prefix, self.lang, self.topic_id, str(self.page))

    @classmethod
    def parse(cls, data: str | None) -> Self | None:
        fields = _fields(data, cls.prefix)
        if not fields or len(fields) != 3:
            return None
        lang, topic_id, page = _lang(fields[0]), fields[1], fields[2]
        if lang is None or not _ID.match(topic_id) or not page.isdigit() or len(page) > 3:
            return None
        return cls(lang, topic_id, int(page))


@dataclass(frozen=True)
class Feedback:
    prefix: ClassVar[str] = "f"
    item_id: str
    positive: bool

    def pack(self) -> str | None:
        return _fit(self.prefix, "+" if self.positive else "-", self.item_id)

    @classmethod
    def parse(cls, data: str | None) -> Self | None:
        fields = _fields(data, cls.prefix)
        if not fields or len(fields) != 2 or fields[0] not in ("+", "-") or not _ID.match(fields[1]):
            return None
        return cls(fields[1], fields[0] == "+")


@dataclass(frozen=True)
class Language(_LanguageOnly):
    """Choose the language of the replies."""

    prefix: ClassVar[str] = "l"


@dataclass(frozen=True)
class Forget:
    """The answer to "delete everything about me?"."""

    prefix: ClassVar[str] = "x"
    confirmed: bool

    def pack(self) -> str:
        return f"{self.prefix}:{'y' if self.confirmed else 'n'}"

    @classmethod
    def parse(cls, data: str | None) -> Self | None:
        fields = _fields(data, cls.prefix)
        return cls(fields[0] == "y") if fields and len(fields) == 1 and fields[0] in ("y", "n") else None


Kind = type[Answer | Related | Topics | TopicPage | Feedback | Language | Forget]
KINDS: tuple[Kind, ...] = (Answer, Related, Topics, TopicPage, Feedback, Language, Forget)


def matches(kind: Kind) -> Callable[[object], bool]:
    """A ``CallbackQueryHandler`` pattern: true for data that parses as ``kind``."""
    return lambda data: isinstance(data, str) and kind.parse(data) is not None
