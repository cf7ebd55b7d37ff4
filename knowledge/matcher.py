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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from knowledge.normalize import FUNCTION_WORDS, Normalizer, is_number, years_in

# Weights and penalties were tuned on the development questions (see README).
W_COVERAGE = 0.5
W_FUZZY = 0.3
W_PRECISION = 0.2
ANSWER_TEXT_WEIGHT = 0.6  # a word found only in the answer counts less than one in a question...
RARE_DOCUMENTS = 2  # ...unless at most this many entries have it at all: a name, an acronym, a number
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
_DIGITS = re.compile(r"\D")
MAX_CORRECTIONS = 12  # unknown words looked up per query
SET_RATIO_QUESTIONS = 3
SCORING_BATCH = 4  # candidates fuzzy-matched at a time, best bound first


# A Vietnamese syllable, folded: onset, vowels, final. A typo rarely makes one ("tongg", "daii").
_SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?"
    r"(?:uye|uya|uyu|oai|oay|oeo|uoi|uou|uay|uai|yeu|ieu|oa|oe|oo|uy|ua|uo|ue|ui|ia|ie|ye|ai|ao|au|ay|eo|eu|oi|ou|iu|uu|[aeiouy])"
    r"(?:ng|nh|ch|[cmnpt])?"
)
_ENDINGS = ("ing", "ed", "es", "ly", "er", "d", "s")  # English inflections tried before a spelling correction
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
    """Scores candidates from an inverted index; only the best few reach fuzzy matching.

    Everything that does not depend on the query is computed here, once per load:
    each stored question's words, their total weight and the question with its words
    sorted (``token_sort_ratio`` is ``ratio`` on sorted words), and each word's postings
    as arrays, so that a word found in thousands of entries costs one vector addition.
    """

    def __init__(self, documents: Sequence[Document], normalizer: Normalizer, known: Iterable[str] = ()) -> None:
        """``known``: words read elsewhere (a table's aliases), to be kept as typed, not corrected."""
        self.normalize = normalizer
        self._also_known = frozenset(known)
        self._docs: list[_Prepared] = [self._prepare(d) for d in documents]
        self._index = {doc.doc.id: i for i, doc in enumerate(self._docs)}
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for index, doc in enumerate(self._docs):
            for word in doc.question_words:
                postings[word].append((index, 1.0))
            for word in doc.text_words:
                postings[word].append((index, ANSWER_TEXT_WEIGHT))
        n = max(len(self._docs), 1)
        # A document appears once in a word's postings, so their length is its document frequency.
        self._idf = {word: math.log(1 + n / len(found)) for word, found in postings.items()}
        self._rarest = math.log(1 + n)
        # A rare word is strong evidence wherever it stands: "Leigh McCumber" or "UNIDO" is in
        # one answer, and no stored question need repeat it for that entry to be the one asked about.
        self._postings = {
            word: (
                np.array([i for i, _ in found], dtype=np.int32),
                np.array([1.0 if len(found) <= RARE_DOCUMENTS else f for _, f in found]),
            )
            for word, found in postings.items()
        }
        self._vocabulary = sorted(w for w in postings if len(w) >= 3 and not is_number(w))
        self._corrections: dict[str, str | None] = {}
        # The stored questions, flat and grouped by document: document i owns
        # questions[starts[i]:starts[i + 1]].
        self._questions = [q for doc in self._docs for q in doc.questions]
        self._sorted = [" ".join(sorted(q.split())) for q in self._questions]
        question_postings: dict[str, list[int]] = defaultdict(list)
        weights = []
        for number, question in enumerate(self._questions):
            words = set(question.split())
            weights.append(max(sum(map(self.weight, words)), 1e-9))
            for word in words:
                question_postings[word].append(number)
        self._question_postings = {w: np.array(found, dtype=np.int32) for w, found in question_postings.items()}
        self._question_weight: npt.NDArray[np.float64] = np.array(weights, dtype=np.float64)
        self._starts = np.cumsum([0, *(len(doc.questions) for doc in self._docs)])
        self._has_questions = self._starts[:-1] < self._starts[1:]

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

    def words_of(self, item_id: str) -> tuple[frozenset[str], frozenset[str]]:
        """The normalised words of an entry's stored questions, and those only in its answer."""
        doc = self._docs[self._index[item_id]]
        return doc.question_words, doc.text_words

    def documents_with_all(self, words: Sequence[str]) -> int:
        """How many entries and facts have every one of ``words`` (questions or answer)."""
        found: npt.NDArray[np.int32] | None = None
        for word in words:
            postings = self._postings.get(word)
            if postings is None:
                return 0
            found = postings[0] if found is None else np.intersect1d(found, postings[0], assume_unique=True)
        return 0 if found is None else len(found)

    def numbers_of(self, item_id: str) -> frozenset[str]:
        """The numbers an entry or fact mentions, with every year a fact has values for."""
        return self._docs[self._index[item_id]].numbers

    def questions_of(self, item_id: str) -> tuple[str, ...]:
        """An entry's stored questions, normalised."""
        return self._docs[self._index[item_id]].questions

    def document_frequency(self, word: str) -> int:
        """In how many entries and facts ``word`` appears (questions or answer); 0 if in none."""
        found = self._postings.get(word)
        return 0 if found is None else len(found[0])

    @property
    def rarest(self) -> float:
        """The weight of a word found in one entry only."""
        return self._rarest

    def weight(self, word: str) -> float:
        # A small knowledge base makes "bị" or "nữa" look rare; they still say nothing.
        if word in FUNCTION_WORDS:
            return FUNCTION_WORD_WEIGHT
        return self._idf.get(word, UNKNOWN_WORD_SHARE * self._rarest)

    def query_words(self, query: str) -> list[str]:
        """The query's normalised words, misspellings corrected to known words.

        Only the first MAX_CORRECTIONS unknown words are looked up: a question has a few,
        while a 4,096-character message of nonsense would cost one scan of the vocabulary
        per word and hold up every other user's answer.
        """
        return self.correct(self.normalize.tokens(query))

    def correct(self, words: list[str], english: bool = False) -> list[str]:
        """Normalised words with misspellings corrected to known words (see ``query_words``).

        In an English question a word the knowledge base lacks is first read as an inflection
        of one it has ("served" -> "serve"), and otherwise corrected only when one letter is
        wrong: "donate" is not a misspelling of "date", nor "Mali" of "mai".
        """
        words = list(words)
        lookups, changed = 0, False
        for position, word in enumerate(words):
            if self._known(word):
                continue
            if lookups == MAX_CORRECTIONS:
                break
            lookups += 1
            fixed = self._inflected(word) or self._correct(word)
            if english and Levenshtein.distance(word, fixed) > 1 and not self._inflected(word):
                fixed = word
            words[position] = fixed
            changed = changed or words[position] != word
        # Corrected words may now make up a phrase: "tongg daii" -> "tong dai" -> "tong_dai".
        return self.normalize.rewrite(words) if changed else words

    def names(self, query: str, words: Sequence[str]) -> frozenset[str]:
        """Acronyms and names the query insists on ("IOM", "WTO"): an answer must mention them.

        "LHQ" and "VN" are exempt: people add them to almost any question. An acronym is
        read from the text as typed (its capitals are the sign), in its normalised form.
        """
        names = {w for w in words if w in self.normalize.entities}
        typed = _ACRONYM.findall(query)
        if typed:
            names.update(self.normalize.tokens(" ".join(typed)))
        return frozenset(names - _UBIQUITOUS)

    def knows(self, word: str) -> bool:
        """Whether a folded word is one the knowledge base uses, a grammar word, or a form the synonyms
        or shorthand rewrite: "MoJ" is the Ministry of Justice, not "mọ" typed in Telex."""
        return (
            word in self._idf or word in FUNCTION_WORDS or word in self._also_known or self.normalize.rewrites(word)
        )

    def _known(self, word: str) -> bool:
        """A word kept as it is: in the vocabulary, or too short or too plain to correct."""
        return (
            word in self._idf or word in FUNCTION_WORDS or word in self._also_known or len(word) < 4 or is_number(word)
        )

    def _inflected(self, word: str) -> str | None:
        """A known word ``word`` is an English inflection of, or that is one of ``word``."""
        if not word.isascii() or len(word) < 4:
            return None
        stems = [word[: -len(end)] for end in _ENDINGS if word.endswith(end) and len(word) - len(end) >= 3]
        candidates = [*stems, *(stem + "e" for stem in stems), *(s[:-1] for s in stems if s[-1:] == s[-2:-1])]
        # "make" -> "making"; not "fact" -> "facing"
        candidates += [word + end for end in ("d", "ed", "s", "ing")] + ([word[:-1] + "ing"] if word[-1] == "e" else [])
        return next((c for c in candidates if c in self._idf), None)

    def _correct(self, word: str) -> str:
        if _SYLLABLE.fullmatch(word):
            return word  # "rảnh" folded is "ranh", a word of its own, not a slip for "tranh"
        if word not in self._corrections:
            if len(self._corrections) > 50_000:  # bounded: queries are unbounded input
                self._corrections.clear()
            best = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF)
            # "cop28" is not a slip for "cop26", nor "sdg5" for "sdg15": a number typed is meant.
            if best and _DIGITS.sub("", best[0]) != _DIGITS.sub("", word):
                best = None
            self._corrections[word] = best[0] if best else None
        return self._corrections[word] or word

    def _coverage(self, unique: list[str]) -> npt.NDArray[np.float64]:
        """Per document, the share of the query's weight found in its questions (or, less, its text)."""
        coverage = np.zeros(len(self._docs))
        for word in unique:
            found = self._postings.get(word)
            if found is not None:
                # Each document appears once in a word's postings, so plain fancy-index
                # addition is exact (no need for np.add.at).
                coverage[found[0]] += self.weight(word) * found[1]
        total = sum(self.weight(w) for w in unique)
        return coverage / total

    def _precision(self, unique: list[str]) -> npt.NDArray[np.float64]:
        """Per stored question, the share of its weight that the query's words make up."""
        said = np.zeros(len(self._questions))
        for word in unique:
            found = self._question_postings.get(word)
            if found is not None:
                said[found] += self.weight(word)
        return said / self._question_weight

    def _best_precision(self, precision: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
        """Per document, the precision of its question that the query says most of."""
        if not len(precision):
            return np.zeros(len(self._docs))
        starts = np.minimum(self._starts[:-1], len(precision) - 1)
        return np.where(self._has_questions, np.maximum.reduceat(precision, starts), 0.0)

    @staticmethod
    def _candidates(coverage: npt.NDArray[np.float64], key: npt.NDArray[np.float64]) -> list[int]:
        """The CANDIDATES documents with some coverage and the highest ``key``, ties to the lower index."""
        found = np.flatnonzero(coverage)
        if len(found) > CANDIDATES:
            values = key[found]
            cut = np.partition(values, len(found) - CANDIDATES)[len(found) - CANDIDATES]
            above, tied = found[values > cut], found[values == cut]
            found = np.concatenate([above, tied[: CANDIDATES - len(above)]])
        order = np.lexsort((found, -key[found]))
        return [int(i) for i in found[order]]

    def _closest(self, words: list[str], candidates: list[int]) -> list[tuple[float, int]]:
        """For each candidate, the similarity and index of its stored question closest to the query.

        Similarity is the mean of ``token_sort_ratio`` and ``token_set_ratio``. The first is
        cheap on the presorted questions; the second costs ten times more, so it is computed
        only for each candidate's SET_RATIO_QUESTIONS best questions by the first.
        """
        spans = [(int(self._starts[i]), int(self._starts[i + 1])) for i in candidates]
        sort_scores = process.cdist(
            [" ".join(sorted(words))],
            [self._sorted[q] for start, end in spans for q in range(start, end)],
            scorer=fuzz.ratio,
            processor=None,
        )[0].tolist()
        chosen, offset = [], 0
        for start, end in spans:
            ranked = sorted(range(end - start), key=lambda k: -sort_scores[offset + k])
            chosen.append([(start + k, sort_scores[offset + k]) for k in ranked[:SET_RATIO_QUESTIONS]])
            offset += end - start
        flat = [question for best in chosen for question, _ in best]
        set_scores = process.cdist(
            [" ".join(words)], [self._questions[q] for q in flat], scorer=fuzz.token_set_ratio, processor=None
        )[0].tolist()
        closest, position = [], 0
        for best in chosen:
            scored = [((a + set_scores[position + k]) / 200.0, q) for k, (q, a) in enumerate(best)]
            # max() keeps the first of equals, as the questions are ranked by sort ratio then order.
            closest.append(max(scored, key=lambda pair: pair[0]))
            position += len(best)
        return closest

    @staticmethod
    def _penalty(
        doc: _Prepared, numbers: set[str], years: set[int], unit: str | None, names: frozenset[str]
    ) -> tuple[float, tuple[int, ...]]:
        """The factor for what the query asks and ``doc`` never mentions, and the years among it."""
        factor = 1.0
        missing_years: tuple[int, ...] = ()
        if numbers:
            missing_years = tuple(sorted(years - doc.years))
            missing_numbers = numbers - doc.numbers - {str(y) for y in missing_years}
            if missing_years and not doc.doc.periods:  # a fact answers "no data for that year"
                factor *= MISSING_YEAR_PENALTY ** len(missing_years)
            factor *= MISSING_NUMBER_PENALTY ** len(missing_numbers)
        if unit and unit not in doc.question_words and unit not in doc.text_words:
            factor *= MISSING_UNIT_PENALTY
        if names:
            factor *= MISSING_NAME_PENALTY ** len(names - doc.question_words - doc.text_words)
        return factor, missing_years

    def search(
        self,
        query: str,
        limit: int = 5,
        words: Sequence[str] | None = None,
        names: frozenset[str] | None = None,
    ) -> list[Match]:
        """Best matches for ``query``; pass ``words`` and ``names`` when a message was understood already."""
        words = list(words) if words is not None else self.query_words(query)
        if not words or not self._docs:
            return []
        unique = list(dict.fromkeys(words))
        coverage = self._coverage(unique)
        precision = self._precision(unique)
        best_precision = self._best_precision(precision)
        # Candidates are chosen on the two parts of the score that need no fuzzy matching:
        # on coverage alone, an entry whose question the query repeats word for word could
        # be crowded out by dozens that merely contain all its words.
        candidates = self._candidates(coverage, W_COVERAGE * coverage + W_PRECISION * best_precision)
        if not candidates:
            return []
        unit = _counted_unit(words)
        if names is None:
            names = self.names(query, unique)
        query_numbers = {w for w in unique if is_number(w)}
        query_years = years_in(unique)
        # Penalties need no fuzzy matching, so each candidate gets an upper bound on its
        # score first; candidates whose bound cannot reach the ``limit``-th best score so
        # far are never fuzzy-matched. The result is the same as scoring them all.
        chosen = np.array(candidates)
        covered = coverage[chosen]
        factor = np.minimum(1.0, covered / COVERAGE_FLOOR)
        missing_years: list[tuple[int, ...]] = [()] * len(candidates)
        if query_numbers or unit or names:  # most questions have none of these
            for k, index in enumerate(candidates):
                penalty, missing_years[k] = self._penalty(self._docs[index], query_numbers, query_years, unit, names)
                factor[k] *= penalty
        bound = (W_COVERAGE * covered + W_FUZZY + W_PRECISION * best_precision[chosen]) * factor
        order = np.argsort(-bound, kind="stable").tolist()
        scored: list[tuple[float, str, int, float, float, float, int, tuple[int, ...]]] = []
        start = 0
        while start < len(order):
            if len(scored) >= limit:
                bar = sorted(row[0] for row in scored)[-limit]
                # Scores are compared after rounding to 4 places: keep what could tie.
                if bound[order[start]] < bar - 1e-4:
                    break
            # The first batch fills the top ``limit``; later ones are small, as most are cut.
            batch = order[start : start + max(SCORING_BATCH, limit - len(scored))]
            start += len(batch)
            closest = self._closest(words, [candidates[k] for k in batch])
            for k, (similarity, question) in zip(batch, closest, strict=True):
                index, cover, said = candidates[k], float(covered[k]), float(precision[question])
                score = (W_COVERAGE * cover + W_FUZZY * similarity + W_PRECISION * said) * float(factor[k])
                doc_id = self._docs[index].doc.id
                scored.append((round(score, 4), doc_id, index, cover, similarity, said, question, missing_years[k]))
        scored.sort(key=lambda row: (-row[0], row[1]))
        return [
            Match(
                item_id,
                score,
                self._docs[index].originals[self._questions[closest]],
                round(covered, 4),
                round(similarity, 4),
                round(said, 4),
                missing_years,
            )
            for score, item_id, index, covered, similarity, said, closest, missing_years in scored[:limit]
        ]


def _counted_unit(words: list[str]) -> str | None:
    """What a "how many" question counts ("bao nhiêu quốc gia" -> "quoc"): an answer must mention it."""
    for i, word in enumerate(words[:-1]):
        if word == "bao_nhieu":
            following = [w for w in words[i + 1 :] if w not in FUNCTION_WORDS and not is_number(w)]
            return following[0] if following else None
    return None
