"""Property-based tests: any text a user can send is handled, and the same way every time."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from knowledge.base import KnowledgeBase
from knowledge.normalize import fold

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


@given(TELEGRAM_TEXT)
@FAST
def test_normaliser_with_synonyms_is_idempotent(base: KnowledgeBase, text):
    once = base.normalizer(text)
    assert base.normalizer(once) == once


@given(st.one_of(TELEGRAM_TEXT, VIETNAMESE_ISH))
@FAST
def test_any_message_gets_a_reply_and_the_same_one_twice(base: KnowledgeBase, text):
    first = base.ask(text)
    assert first.status in {"answer", "suggest", "decline", "urgent", "smalltalk"}
    assert first.body and len(first.body) < 4096
    assert base.ask(text) == first


@given(st.sampled_from(sorted({(i.id, q) for i in KnowledgeBase.load().items.values() for q in i.questions.all()})))
@FAST
def test_every_stored_question_still_finds_its_own_entry(base: KnowledgeBase, pair):
    item_id, question = pair
    assert base.matcher.search(question, limit=1)[0].id == item_id
