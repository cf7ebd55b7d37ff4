"""An English answer keeps the Vietnamese wording it translates: names and phrases as the sources write them."""

from knowledge.base import KnowledgeBase
from knowledge.text import render_text


def test_an_english_answer_carries_the_vietnamese_text_and_a_vietnamese_one_does_not(base: KnowledgeBase):
    english = base.answer_for("un-join-date", "en")
    assert english.original == base.items["un-join-date"].answer.vi  # type: ignore[union-attr]
    assert english.original is not None and english.original in render_text(english)
    assert base.answer_for("un-join-date", "vi").original is None


def test_a_table_answer_has_no_original_to_carry(base: KnowledgeBase):
    reply = base.ask("How many calls did hotline 111 receive in 2021?", "en")
    assert reply.status == "answer" and reply.original is None
