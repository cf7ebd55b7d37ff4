"""Callback data of inline buttons: short strings, always under Telegram's 64 bytes.

``a:vi:<id>``  answer an entry, replacing the message (suggestions, topic lists)
``r:vi:<id>``  answer a related entry in a new message
``T:vi``       the list of topics
``t:vi:<topic>:<page>``  one page of a topic's questions
``f:+:<id>``   feedback on an answer (``+`` or ``-``)
``l:en``       choose a language
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from knowledge.schema import Lang

MAX_BYTES = 64

Kind = Literal["a", "r", "T", "t", "f", "l"]
DataMaker = Callable[[str, Lang], "str | None"]


@dataclass(frozen=True)
class Callback:
    kind: Kind
    lang: Lang = "vi"
    ident: str = ""
    page: int = 0
    positive: bool = True


def answer(item_id: str, lang: Lang) -> str | None:
    return _fit(f"a:{lang}:{item_id}")


def related(item_id: str, lang: Lang) -> str | None:
    return _fit(f"r:{lang}:{item_id}")


def topics(lang: Lang) -> str:
    return f"T:{lang}"


def topic(topic_id: str, lang: Lang, page: int = 0) -> str | None:
    return _fit(f"t:{lang}:{topic_id}:{page}")


def feedback(item_id: str, positive: bool) -> str | None:
    return _fit(f"f:{'+' if positive else '-'}:{item_id}")


def language(lang: Lang) -> str:
    return f"l:{lang}"


def parse(data: str | None) -> Callback | None:
    """The button pressed, or None for data this bot did not make."""
    if not data or len(data.encode()) > MAX_BYTES:
        return None
    kind, _, rest = data.partition(":")
    head, _, tail = rest.partition(":")
    lang = _lang(head)
    if kind in ("a", "r") and lang and tail:
        return Callback("a" if kind == "a" else "r", lang, tail)
    if kind in ("T", "l") and lang and not tail:
        return Callback("T" if kind == "T" else "l", lang)
    if kind == "t" and lang:
        ident, _, page = tail.rpartition(":")
        return Callback("t", lang, ident, int(page)) if ident and page.isdigit() and len(page) < 4 else None
    if kind == "f" and head in ("+", "-") and tail:
        return Callback("f", ident=tail, positive=head == "+")
    return None


def _lang(value: str) -> Lang | None:
    return "vi" if value == "vi" else "en" if value == "en" else None


def _fit(data: str) -> str | None:
    return data if len(data.encode()) <= MAX_BYTES else None
