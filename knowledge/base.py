"""The knowledge base as the bot uses it: validated data plus the indexes to answer from."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from knowledge.facts import answer_fact
from knowledge.language import guess_language
from knowledge.loader import DEFAULT_DATA_DIR, RawKnowledge, load_raw
from knowledge.matcher import Document, Match, Matcher
from knowledge.normalize import FUNCTION_WORDS, Normalizer, fold, years_in
from knowledge.reply import Reply, Status, Suggestion
from knowledge.schema import Entry, Fact, Lang, Localized, SmallTalk, Source, Topic
from knowledge.table import TablePlanner
from knowledge.urgent import UrgentDetector


@dataclass(frozen=True)
class Thresholds:
    """Where "answer", "suggest" and "decline" part; tuned on the development questions."""

    answer: float = 0.65
    margin: float = 0.02
    sure: float = 0.80  # above this the margin is not needed
    suggest: float = 0.40
    smalltalk: float = 88.0
    smalltalk_max_words: int = 6


Item = Entry | Fact


class KnowledgeBase:
    def __init__(self, raw: RawKnowledge, thresholds: Thresholds | None = None, load_ms: float = 0.0) -> None:
        self.raw = raw
        self.thresholds = thresholds or Thresholds()
        self.load_ms = load_ms
        self.sources: dict[str, Source] = {s.id: s for s in raw.sources}
        self.topics: dict[str, Topic] = {t.id: t for t in raw.topics}
        self.items: dict[str, Item] = {e.id: e for e in raw.entries} | {f.id: f for f in raw.facts}
        self.normalizer = Normalizer(
            ((g.canonical, g.variants) for g in raw.synonyms),
            entities=[g.canonical for g in raw.synonyms if g.entity],
        )
        # Questions on a statistics table (a year's row, a change, the highest year) are answered
        # from the table itself; the matcher keeps the words the table planner reads as typed.
        self.table = TablePlanner(raw, self.normalizer)
        self.matcher = Matcher([_document(i) for i in self.items.values()], self.normalizer, self.table.vocabulary)
        self.is_urgent = UrgentDetector(raw.urgent)
        self._smalltalk = [
            (fold(q), lang, talk)
            for talk in raw.smalltalk
            for lang, questions in (("vi", talk.questions.vi), ("en", talk.questions.en))
            for q in questions
        ]

    @classmethod
    def load(cls, directory: Path = DEFAULT_DATA_DIR, thresholds: Thresholds | None = None) -> KnowledgeBase:
        started = time.perf_counter()
        raw = load_raw(directory)
        base = cls(raw, thresholds)
        base.load_ms = (time.perf_counter() - started) * 1000
        return base

    # -- answering ---------------------------------------------------------------

    def ask(self, text: str, lang: Lang | None = None) -> Reply:
        """The bot's reply to one message."""
        text = text.strip()
        guessed = lang or guess_language(text)
        if not fold(text):
            return Reply("decline", guessed, self._empty_text(guessed))
        if self.is_urgent(text):
            return self.hotline(guessed)
        talk = self._smalltalk_for(text)
        if talk is not None:
            found, talk_lang = talk
            reply_lang = lang or talk_lang
            return Reply("smalltalk", reply_lang, found.answer.get(reply_lang), id=found.id, score=1.0)
        words = self.matcher.query_words(text)
        matches = self.matcher.search(text, limit=5, words=words)
        decided = self._decide(words, guessed, matches)
        # A question on a statistics table is answered from the table, unless the matcher is sure
        # it is about an entry beside it ("ASEAN's 2021 declaration on bullying" is no count of calls).
        table = self.table.answer(words, guessed)
        if table is not None and (decided.status != "answer" or self.table.owns(decided.id)):
            return table
        return decided

    def _decide(self, words: list[str], lang: Lang, matches: list[Match]) -> Reply:
        t = self.thresholds
        if not matches or matches[0].score < t.suggest:
            return self._decline(lang, matches[0].score if matches else 0.0)
        top = matches[0]
        runner_up = matches[1].score if len(matches) > 1 else 0.0
        # A bare keyword ("111", "COVAX") is ambiguous by nature; its best entry is
        # still the answer people expect, so it needs no margin over the next one.
        keyword = len({w for w in words if w not in FUNCTION_WORDS}) <= 2
        clear = top.score - runner_up >= t.margin or top.score >= t.sure or keyword
        confident = top.score >= t.answer and clear
        if confident:
            return self.answer_for(top.id, lang, words=words, match=top)
        candidates = [m for m in matches[:3] if m.score >= t.suggest]
        return Reply(
            "suggest",
            lang,
            _suggest_text(lang),
            score=top.score,
            matched=top.matched,
            suggestions=tuple(Suggestion(m.id, self.question_for(m.id, lang)) for m in candidates),
        )

    def answer_for(
        self, item_id: str, lang: Lang, words: Sequence[str] = (), match: Match | None = None
    ) -> Reply:
        """The answer of one entry or fact, as when a button for it is pressed.

        ``words`` are the asking query's normalised words, from which a fact takes the years.
        """
        item = self.items[item_id]
        sources = tuple(self.sources[s] for s in item.sources)
        related = tuple(Suggestion(r, self.question_for(r, lang)) for r in item.related if r in self.items)
        score = match.score if match else 1.0
        matched = match.matched if match else None
        status: Status
        if isinstance(item, Entry):
            body = item.answer.get(lang)
            status = "answer"
        else:
            result = answer_fact(item, lang, years_in(words), " ".join(words))
            body = result.text
            status = "answer" if result.found else "decline"
        return Reply(
            status,
            lang,
            body,
            id=item.id,
            score=score,
            question=item.questions.first(lang),
            matched=matched,
            sources=sources,
            related=related,
            topic=item.topic,
        )

    def hotline(self, lang: Lang) -> Reply:
        """The urgent card: hotline 111 and police 113, from the knowledge base."""
        urgent = self.raw.urgent
        return Reply(
            "urgent",
            lang,
            urgent.card.get(lang),
            score=1.0,
            sources=tuple(self.sources[s] for s in urgent.sources),
        )

    def top_answers(self, text: str, limit: int = 10) -> list[Reply]:
        """Answers of the best few matches, e.g. for inline results."""
        lang = guess_language(text)
        words = self.matcher.query_words(text)
        found = [
            self.answer_for(m.id, lang, words=words, match=m)
            for m in self.matcher.search(text, limit, words=words)
            if m.score >= self.thresholds.suggest
        ]
        # A question on a statistics table gets the table's answer first, as in a chat.
        table = self.table.answer(words, lang)
        if table is not None:
            found = [table, *(r for r in found if r.id != table.id)][:limit]
        return found

    def question_for(self, item_id: str, lang: Lang) -> str:
        return self.items[item_id].questions.first(lang)

    def items_in_topic(self, topic_id: str) -> list[Item]:
        return [i for i in self.items.values() if i.topic == topic_id]

    def _smalltalk_for(self, text: str) -> tuple[SmallTalk, Lang] | None:
        folded = fold(text)
        if len(folded.split()) > self.thresholds.smalltalk_max_words:
            return None
        best: tuple[float, SmallTalk, Lang] | None = None
        for question, lang, talk in self._smalltalk:
            score = fuzz.ratio(folded, question)
            if score >= self.thresholds.smalltalk and (best is None or score > best[0]):
                best = (score, talk, lang)  # type: ignore[assignment]
        return (best[1], best[2]) if best else None

    def _decline(self, lang: Lang, score: float) -> Reply:
        names = "\n".join(f"• {t.name.get(lang)}" for t in self.topics.values())
        if lang == "vi":
            body = (
                "Xin lỗi, câu hỏi này chưa có trong bộ dữ liệu của mình nên mình không trả lời được. "
                f"Mình có thể trả lời về:\n{names}\n"
                "Nếu bạn hoặc một trẻ em cần giúp đỡ, hãy gọi Tổng đài 111."
            )
        else:
            body = (
                "Sorry, that is not in my knowledge base, so I cannot answer it. "
                f"I can answer questions about:\n{names}\n"
                "If you or a child need help, call hotline 111."
            )
        return Reply("decline", lang, body, score=score)

    @staticmethod
    def _empty_text(lang: Lang) -> str:
        if lang == "vi":
            return 'Bạn hãy gõ câu hỏi bằng chữ nhé, ví dụ: "Tổng đài 111 là gì?"'
        return 'Please type your question in words, for example: "What is hotline 111?"'

    # -- editors' tools ----------------------------------------------------------

    def self_test(self) -> list[str]:
        """Every stored question must still find its own entry first; returns the failures."""
        failures = []
        for item in self.items.values():
            for question in item.questions.all():
                matches = self.matcher.search(question, limit=1)
                if not matches or matches[0].id != item.id:
                    found = matches[0].id if matches else "nothing"
                    failures.append(f'{item.id}: "{question}" finds {found}')
        return failures

    def fingerprints(self) -> dict[str, str]:
        """A hash per entry and fact, to tell editors what a reload changed."""
        return {
            item_id: hashlib.sha256(item.model_dump_json().encode()).hexdigest()[:16]
            for item_id, item in self.items.items()
        }


def _document(item: Item) -> Document:
    if isinstance(item, Entry):
        text = f"{item.answer.vi}\n{item.answer.en}"
        periods: tuple[tuple[int, int], ...] = ()
    else:
        parts = [item.label.vi, item.label.en]
        if item.note:
            parts += [item.note.vi, item.note.en]
        for value in item.values:
            if value.period:
                parts.append(value.period)
            for text_part in (value.value, value.period_label, value.note):
                if isinstance(text_part, Localized):
                    parts += [text_part.vi, text_part.en]
        text = "\n".join(parts)
        periods = tuple(v.years for v in item.values if v.years)
    return Document(item.id, item.questions.all(), text, periods)


def _suggest_text(lang: Lang) -> str:
    if lang == "vi":
        return "Mình chưa chắc bạn hỏi điều nào. Có phải bạn muốn hỏi:"
    return "I am not sure which of these you mean. Did you mean:"
