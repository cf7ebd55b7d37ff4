"""Fuzzy, Vietnamese-aware retrieval of the entries and facts that answer a query.

Every stored question is normalised once, when the knowledge base loads. A query
is normalised once, its misspelt words are corrected against the vocabulary, and
each candidate is scored by three explainable parts:

* ``coverage``: how much of the query's information (IDF-weighted words) the
  candidate's questions and answer contain; unknown words count against it, which
  is what makes off-topic questions fall below the thresholds;
* ``fuzzy``: rapidfuzz similarity to the candidate's closest stored question;
* ``precision``: how much of that closest question the query actually says.

Numbers are exact: a year or number in the query that a candidate never mentions
lowers its score (facts are exempt for years; they answer "no data for that year").
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.normalize import FUNCTION_WORDS, Normalizer, is_number, years_in

# Weights and penalties were tuned on the development questions (see README).
W_COVERAGE = 0.5
W_FUZZY = 0.3
W_PRECISION = 0.2
ANSWER_TEXT_WEIGHT = 0.6  # a word found only in the answer counts less than one in a question
MISSING_NUMBER_PENALTY = 0.8
MISSING_YEAR_PENALTY = 0.65
MISSING_UNIT_PENALTY = 0.7
MISSING_NAME_PENALTY = 0.7
COVERAGE_FLOOR = 0.7  # below this share of the query's information, the score shrinks in proportion
FUNCTION_WORD_WEIGHT = 0.3
# A word the knowledge base has never seen is informative (it is how off-topic
# questions show), but without a general corpus we cannot tell "phở" from "nhất",
# so it weighs as a fairly rare word, not the rarest.
UNKNOWN_WORD_SHARE = 0.6
CANDIDATES = 40
SPELLING_CUTOFF = 80.0


_ACRONYM = re.compile(r"\b[A-ZĐ][A-ZĐ0-9]{1,9}\b")
_UBIQUITOUS = frozenset({"lhq", "viet_nam"})


@dataclass(frozen=True)
class Document:
    """What the matcher knows of one entry or fact."""

    id: str
    questions: tuple[str, ...]
    text: str  # answer, label, notes: words that count, with less weight
    periods: tuple[tuple[int, int], ...] = ()  # for facts: the years they have values for


@dataclass(frozen=True)
class Match:
    id: str
    score: float
    matched: str  # the stored question closest to the query
    coverage: float
    fuzzy: float
    precision: float
    missing_years: tuple[int, ...] = ()


@dataclass(frozen=True)
class _Prepared:
    doc: Document
    questions: tuple[str, ...]  # normalised
    originals: dict[str, str]  # normalised -> as the editor wrote it
    question_words: frozenset[str]
    text_words: frozenset[str]
    numbers: frozenset[str]
    years: frozenset[int]


class Matcher:
    def __init__(self, documents: Sequence[Document], normalizer: Normalizer) -> None:
        self.normalize = normalizer
        self._docs: list[_Prepared] = [self._prepare(d) for d in documents]
        self._by_question: dict[str, int] = {}
        df: dict[str, int] = defaultdict(int)
        self._postings: dict[str, list[tuple[int, bool]]] = defaultdict(list)
        for index, doc in enumerate(self._docs):
            for word in doc.question_words | doc.text_words:
                df[word] += 1
                self._postings[word].append((index, word in doc.question_words))
        n = max(len(self._docs), 1)
        self._idf = {word: math.log(1 + n / count) for word, count in df.items()}
        self._rarest = math.log(1 + n)
        self._vocabulary = sorted(w for w in df if len(w) >= 3 and not is_number(w))
        self._corrections: dict[str, str | None] = {}

    def _prepare(self, doc: Document) -> _Prepared:
        originals: dict[str, str] = {}
        for question in doc.questions:
            originals.setdefault(self.normalize(question), question)
        originals.pop("", None)
        questions = tuple(originals)
        question_words = frozenset(w for q in questions for w in q.split())
        text_words = frozenset(self.normalize.tokens(doc.text)) - question_words
        words = question_words | text_words
        years = set(years_in(words))
        for start, end in doc.periods:
            years.update(range(start, end + 1))
        numbers = frozenset(w for w in words if is_number(w)) | {str(y) for y in years}
        return _Prepared(doc, questions, originals, question_words, text_words, numbers, frozenset(years))

    def __len__(self) -> int:
        return len(self._docs)

    def weight(self, word: str) -> float:
        # A small knowledge base makes "bị" or "nữa" look rare; they still say nothing.
        if word in FUNCTION_WORDS:
            return FUNCTION_WORD_WEIGHT
        return self._idf.get(word, UNKNOWN_WORD_SHARE * self._rarest)

    def query_words(self, query: str) -> list[str]:
        """The query's normalised words, misspellings corrected to known words."""
        return [self._correct(word) for word in self.normalize.tokens(query)]

    def _names(self, query: str, words: list[str]) -> set[str]:
        """Acronyms and names the query insists on ("IOM", "WTO"): an answer must mention them.

        "LHQ" and "VN" are exempt: people add them to almost any question.
        """
        typed = {w for w in _ACRONYM.findall(query)}
        names = {w for w in words if w in self.normalize.entities}
        for acronym in typed:
            names.update(self.normalize.tokens(acronym))
        return names - _UBIQUITOUS

    def _correct(self, word: str) -> str:
        if word in self._idf or word in FUNCTION_WORDS or len(word) < 4 or is_number(word):
            return word
        if word not in self._corrections:
            if len(self._corrections) > 50_000:  # bounded: queries are unbounded input
                self._corrections.clear()
            best = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF)
            self._corrections[word] = best[0] if best else None
        return self._corrections[word] or word

    def search(self, query: str, limit: int = 5, words: Sequence[str] | None = None) -> list[Match]:
        """Best matches for ``query``; pass ``words`` when ``query_words`` was already computed."""
        words = list(words) if words is not None else self.query_words(query)
        if not words:
            return []
        unique = list(dict.fromkeys(words))
        total = sum(self.weight(w) for w in unique)
        in_questions: dict[int, float] = defaultdict(float)
        in_text: dict[int, float] = defaultdict(float)
        for word in unique:
            weight = self.weight(word)
            for index, is_question in self._postings.get(word, ()):
                (in_questions if is_question else in_text)[index] += weight
        coverage = {
            i: (in_questions.get(i, 0.0) + ANSWER_TEXT_WEIGHT * in_text.get(i, 0.0)) / total
            for i in set(in_questions) | set(in_text)
        }
        candidates = sorted(coverage, key=coverage.__getitem__, reverse=True)[:CANDIDATES]
        if not candidates:
            return []
        text = " ".join(words)
        strings = [q for i in candidates for q in self._docs[i].questions]
        owners = [i for i in candidates for _ in self._docs[i].questions]
        sort_scores = process.cdist([text], strings, scorer=fuzz.token_sort_ratio, processor=None)[0]
        set_scores = process.cdist([text], strings, scorer=fuzz.token_set_ratio, processor=None)[0]
        best: dict[int, tuple[float, str]] = {}
        for owner, question, a, b in zip(owners, strings, sort_scores, set_scores, strict=True):
            similarity = (float(a) + float(b)) / 200.0
            if owner not in best or similarity > best[owner][0]:
                best[owner] = (similarity, question)
        query_set = set(unique)
        unit = _counted_unit(words)
        names = self._names(query, unique)
        query_numbers = {w for w in unique if is_number(w)}
        query_years = years_in(unique)
        matches = []
        for index in candidates:
            doc = self._docs[index]
            similarity, question = best[index]
            qwords = set(question.split())
            precision = sum(self.weight(w) for w in qwords & query_set) / max(sum(self.weight(w) for w in qwords), 1e-9)
            score = W_COVERAGE * coverage[index] + W_FUZZY * similarity + W_PRECISION * precision
            missing_years = tuple(sorted(query_years - doc.years))
            missing_numbers = query_numbers - doc.numbers - {str(y) for y in missing_years}
            if missing_years and not doc.doc.periods:
                score *= MISSING_YEAR_PENALTY ** len(missing_years)
            score *= MISSING_NUMBER_PENALTY ** len(missing_numbers)
            if unit and unit not in doc.question_words and unit not in doc.text_words:
                score *= MISSING_UNIT_PENALTY
            score *= MISSING_NAME_PENALTY ** len(names - doc.question_words - doc.text_words)
            score *= min(1.0, coverage[index] / COVERAGE_FLOOR)
            original = doc.originals[question]
            matches.append(
                Match(
                    doc.doc.id,
                    round(score, 4),
                    original,
                    round(coverage[index], 4),
                    round(similarity, 4),
                    round(precision, 4),
                    missing_years,
                )
            )
        matches.sort(key=lambda m: (-m.score, m.id))
        return matches[:limit]


def _counted_unit(words: list[str]) -> str | None:
    """What a "how many" question counts ("bao nhiêu quốc gia" -> "quoc"): an answer must mention it."""
    for i, word in enumerate(words[:-1]):
        if word == "bao_nhieu":
            following = [w for w in words[i + 1 :] if w not in FUNCTION_WORDS and not is_number(w)]
            return following[0] if following else None
    return None
