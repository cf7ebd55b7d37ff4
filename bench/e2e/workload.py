"""What the simulated users send, and what the bot should send back.

Users here never pick a language with /lang, so a reply depends on the text alone (and,
for the bot's own notices, on the language of the user's Telegram client).
"""

from __future__ import annotations

import random
import string
from dataclasses import dataclass
from typing import Any

from handlers import render
from knowledge.schema import Lang
from knowledge.store import KnowledgeStore
from testkit import updates

FIRST_USER_ID = 10_000_000  # far from the harness's admin id


class Predictor:
    """The texts the bot sends for a question, rendered once per question with the bot's own code."""

    def __init__(self, store: KnowledgeStore, questions: list[str]) -> None:
        self._store = store
        self._texts: dict[str, tuple[str, ...]] = {}
        # All rendered before any run: the bench's own calls to the knowledge base share its caches,
        # and must neither grow them during a soak nor take the bot's time.
        for question in questions:
            self.question(question)

    def question(self, text: str) -> tuple[str, ...]:
        if text not in self._texts:
            found = self._store.current.ask(text, None)
            self._texts[text] = render.reply(found, asked=text, group=False).texts
        return self._texts[text]

    @staticmethod
    def notice(key: str, lang: Lang) -> tuple[str, ...]:
        return render.notice(key, lang).texts


def lang_of(code: str | None) -> Lang:
    """The language of the bot's own words for a user with no /lang choice (``handlers.context``)."""
    return "en" if (code or "").lower().startswith("en") else "vi"


@dataclass(frozen=True)
class Sent:
    kind: str  # "text", "inline", "non-text"
    update: dict[str, Any]
    expected: tuple[str, ...] | None


class Workload:
    """What a user sends next: mostly dev questions, some inline queries, a few stickers/photos."""

    def __init__(
        self,
        questions: list[str],
        predictor: Predictor,
        seed: int,
        inline_share: float = 0.12,
        non_text_share: float = 0.05,
        fresh_share: float = 0.0,
    ) -> None:
        self.questions = questions
        self.predictor = predictor
        self.rng = random.Random(seed)
        self.inline_share = inline_share
        self.non_text_share = non_text_share
        self.fresh_share = fresh_share  # questions with an unseen word: new input for the bounded caches

    def next(self, sender: dict[str, Any]) -> Sent:
        roll = self.rng.random()
        question = self.rng.choice(self.questions)
        if roll < self.non_text_share:
            make = updates.sticker if self.rng.random() < 0.5 else updates.photo
            return Sent(
                "non-text",
                make(sender),
                self.predictor.notice("type_your_question", lang_of(sender.get("language_code"))),
            )
        if roll < self.non_text_share + self.inline_share:
            return Sent("inline", updates.inline_query(question, sender), None)
        if self.rng.random() < self.fresh_share:
            return Sent("text", updates.message(f"{question} {self.word()}", sender), None)
        return Sent("text", updates.message(question, sender), self.predictor.question(question))

    def word(self, length: int | None = None) -> str:
        return "".join(self.rng.choices(string.ascii_lowercase, k=length or self.rng.randint(5, 9)))

    def gibberish(self, chars: int = 4096) -> str:
        """Unknown words, each corrected against the vocabulary: the costliest text to match."""
        words: list[str] = []
        while sum(len(w) + 1 for w in words) < chars:
            words.append(self.word())
        return " ".join(words)[:chars]


def make_users(count: int, first_id: int = FIRST_USER_ID) -> list[dict[str, Any]]:
    """Distinct users, every other one with an English Telegram client."""
    return [updates.user(first_id + i, "en" if i % 2 else "vi", f"User{i}") for i in range(count)]
