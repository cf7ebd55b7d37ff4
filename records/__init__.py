"""What the bot keeps, as the handlers see it: one interface, with engines beside it.

Handlers depend on :class:`Records` only; ``records.sqlite`` is the embedded engine and
``records.postgres`` the one several replicas share (with ``records.postgres_limits`` for the
per-user rate limit and ``records.postgres_replicas`` for reloads).
Users are known only by a salted hash of their id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Protocol

# What a person may type about themselves and nobody needs kept: e-mail addresses, and
# phone numbers or other long digit strings (ids, account numbers), spaced or dotted or not.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"\+?\d(?:[\s.-]?\d){7,}")


def mask_personal(text: str) -> str:
    """``text`` with e-mail addresses and numbers of eight digits or more masked."""
    return _LONG_NUMBER.sub("[số]", _EMAIL.sub("[email]", text))


def stored_question(interaction: Interaction) -> str:
    """What an engine keeps of the question: nothing of a crisis message, the rest masked.

    The handlers already pass no text for a crisis message; every engine makes sure of it.
    """
    return "" if interaction.outcome == "urgent" else mask_personal(interaction.question)


# Crisis texts an older version stored, cleared by every engine when it opens (the same SQL on both).
CLEAR_URGENT_TEXTS = "UPDATE interactions SET question = '' WHERE outcome = 'urgent' AND question != ''"


# At most this many distinct texts per list of a review, the most frequent first.
MAX_REVIEW_ROWS = 5_000


@dataclass(frozen=True)
class Interaction:
    """One question and what the bot did with it; ``via`` is "message" or "button".

    ``ref`` is a short random token the question's buttons carry, so that a press on one of
    its suggestions finds this row again; ``offered`` are the ids of those suggestions.
    """

    user_id: int
    question: str
    outcome: str
    lang: str
    entry_id: str | None = None
    score: float = 0.0
    via: str = "message"
    ref: str | None = None
    offered: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stats:
    days: int
    questions: int
    outcomes: dict[str, int]
    top_entries: list[tuple[str, int]]
    unanswered: list[tuple[str, int]]
    feedback: dict[int, int]


class RecordsUnavailable(Exception):
    """The database cannot answer now (PostgreSQL down or too slow); the embedded engine never raises it."""


@dataclass(frozen=True)
class Asked:
    """A question as stored (masked), and how many times it was asked."""

    question: str
    count: int


@dataclass(frozen=True)
class Chosen:
    """A question and the entry people chose for it from its suggestions, and how many times."""

    question: str
    entry_id: str
    count: int


@dataclass(frozen=True)
class Disliked:
    entry_id: str
    count: int  # 👎 on answers of this entry


@dataclass(frozen=True)
class ReviewData:
    """What the editors' review reads from the records over the last ``days`` days, most frequent first."""

    days: int
    unanswered: list[Asked]  # declined, or suggestions nobody pressed (or pressed, then 👎)
    chosen: list[Chosen]  # a suggestion pressed, not followed by 👎
    disliked: list[Disliked]


class Records(Protocol):
    """What handlers may ask of the records; every call is safe to make from the event loop."""

    async def log(self, interaction: Interaction) -> None:
        """Record an interaction (or count it as dropped when the database is too far behind)."""

    async def set_feedback(self, user_id: int, entry_id: str, value: int) -> bool:
        """Mark the user's latest interaction that answered with this entry, or chose it, 👍 (1) or 👎 (-1)."""

    async def choose(self, user_id: int, ref: str, entry_id: str) -> bool:
        """Record that the user pressed the suggestion ``entry_id`` offered for their question ``ref``.

        False when there is no such question of this user offering that entry (then nothing changes).
        """

    async def review(self, days: int) -> ReviewData:
        """The questions left unanswered, the suggestions chosen and the entries disliked."""

    def language(self, user_id: int) -> str | None:
        """The language the user chose with /lang, if any; answered from memory, never waits."""

    async def set_language(self, user_id: int, lang: str) -> None: ...

    async def purge(self) -> int:
        """Delete rows older than the retention period; returns how many."""

    async def stats(self, days: int) -> Stats: ...

    async def forget(self, user_id: int) -> int:
        """Delete everything kept about the user, unreadably; returns how many rows went."""

    def close(self) -> None: ...
