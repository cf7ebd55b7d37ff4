"""What the knowledge layer answers: a reply a front end renders as it likes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from knowledge.schema import Lang, Source

Status = Literal["answer", "suggest", "decline", "urgent", "smalltalk", "overview"]


@dataclass(frozen=True)
class Suggestion:
    """An entry or fact offered as a "did you mean" or related question."""

    id: str
    question: str


@dataclass(frozen=True)
class Reply:
    """The bot's answer to one message, in the user's language, before rendering.

    ``body`` is plain text without the source line; front ends add the sources in
    their own format. ``matched`` and ``score`` explain why this reply was chosen.
    """

    status: Status
    lang: Lang
    body: str
    id: str | None = None
    score: float = 0.0
    question: str | None = None  # headline: the matched entry's question (an overview's: its topic) in ``lang``
    matched: str | None = None  # the stored phrasing the query matched best
    sources: tuple[Source, ...] = ()
    suggestions: tuple[Suggestion, ...] = ()
    related: tuple[Suggestion, ...] = ()
    alternatives: tuple[Suggestion, ...] = ()  # beside a confident answer: entries that scored nearly as well
    topic: str | None = None
    years: tuple[int, ...] = ()  # the years the question named, kept for a suggestion that is pressed later
    # For an English answer: the Vietnamese text it translates, as the sources word it, so that
    # official names and phrases can be checked and quoted in the original.
    original: str | None = None
