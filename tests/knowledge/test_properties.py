"""Property-based tests: any text a user can send is handled, and the same way every time."""


import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge import matcher, normalize
from knowledge.base import KnowledgeBase
from knowledge.normalize import Normalizer, fold

TELEGRAM_TEXT = st.text(max_size=4096)
VIETNAMESE_ISH = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạếềểễệóòỏõọớờởỡợúùủũụứừửữựíìỉĩị 0123456789?.,!", max_size=200
)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(TELEGRAM_TEXT)
@FAST
def test_fold_never_raises_and_is_idempotent(text):
    once = fold(text)
    assert fold(once) == once
    assert once == once.strip() and "  " not in once


def _fold_whole(text: str) -> str:
    """``fold`` applied to the whole text at once, without its per-chunk cache: every step of
    ``_fold_chunk``, in its order, contractions and "10k" included."""
    if any(ch.isdigit() for ch in text):
        text = normalize._THOUSAND_WORD.sub("k", normalize._decades(text, keep=True))
    if "%" in text:
        text = " ".join(normalize._percent_asked(text.split()))
    text = normalize.unmarked(text)
    text = normalize._CONTRACTIONS.sub(normalize._spelt, text)
    text = normalize._THOUSANDS.sub("", normalize._THOUSANDS.sub("", text))
    text = normalize._MAGNITUDE.sub(normalize._thousands, normalize._DECIMAL.sub(".", text))
    text = normalize._REPEATS.sub(r"\1", text)
    return " ".join(normalize._stem(token) for token in normalize._TOKEN.findall(text))


@pytest.mark.parametrize(
    "text", ["0K", "10k người", "don't stop", "những năm 1990s", "1.234.567 và 5,5", "%", "giảm 30 % hay bao nhiêu %?"]
)
def test_folding_chunk_by_chunk_equals_folding_the_whole_text_on_the_cases_it_once_missed(text):
    # "0K" is the case hypothesis found: the reference once lacked the "10k" step fold has.
    assert fold(text) == _fold_whole(text)


@given(st.one_of(TELEGRAM_TEXT, VIETNAMESE_ISH))
@FAST
def test_folding_chunk_by_chunk_equals_folding_the_whole_text(text):
    assert fold(text) == _fold_whole(text)


@given(TELEGRAM_TEXT)
@FAST
def test_normaliser_with_synonyms_is_idempotent(base: KnowledgeBase, text):
    once = base.normalizer(text)
    assert base.normalizer(once) == once


@given(st.one_of(TELEGRAM_TEXT, VIETNAMESE_ISH))
@FAST
def test_any_message_gets_a_reply_and_the_same_one_twice(base: KnowledgeBase, text):
    first = base.ask(text)
    assert first.status in {"answer", "suggest", "decline", "urgent", "smalltalk", "overview"}
    assert first.body and len(first.body) < 4096
    assert base.ask(text) == first


@given(st.sampled_from(sorted({(i.id, q) for i in KnowledgeBase.load().items.values() for q in i.questions.all()})))
@FAST
def test_every_stored_question_still_finds_its_own_entry(base: KnowledgeBase, pair):
    item_id, question = pair
    assert base.matcher.search(question, limit=1)[0].id == item_id


def _plain_rewrite(normalizer: Normalizer, text: str) -> list[str]:
    """The rewrite without shortcuts: shorthand spelt out, then synonyms, each time the longest
    phrase that starts at each word."""
    return _plain_pass(_plain_pass(fold(text).split(), normalizer._spellings), normalizer._phrases)


def _plain_pass(words: list[str], phrases: dict[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    out, i = [], 0
    while i < len(words):
        for size in range(len(words) - i, 0, -1):
            target = phrases.get(tuple(words[i : i + size]))
            if target:
                out.extend(target)
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out


_NORMALIZER = KnowledgeBase.load().normalizer
PHRASES = sorted(" ".join(phrase) for phrase in (*_NORMALIZER._phrases, *_NORMALIZER._spellings))
PHRASE_WORDS = sorted({w for phrase in PHRASES for w in phrase.split()} | {"xyz", "2024"})
# Whole phrases side by side, and stray words from them, so phrases overlap and nest.
PHRASE_SOUP = st.lists(st.one_of(st.sampled_from(PHRASES), st.sampled_from(PHRASE_WORDS)), max_size=12).map(" ".join)


@given(PHRASE_SOUP)
@FAST
def test_synonym_rewrite_takes_the_longest_phrase_at_each_word(base: KnowledgeBase, text):
    assert base.normalizer.tokens(text) == _plain_rewrite(base.normalizer, text)


@given(st.one_of(VIETNAMESE_ISH, PHRASE_SOUP))
@FAST
def test_pruned_search_returns_what_scoring_every_candidate_returns(base: KnowledgeBase, text):
    pruned = base.matcher.search(text, limit=5)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(matcher, "SCORING_BATCH", matcher.CANDIDATES)  # one batch: nothing is pruned
        exhaustive = base.matcher.search(text, limit=5)
    assert pruned == exhaustive
