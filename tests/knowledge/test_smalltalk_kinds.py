"""Small talk: whole messages of thanks, "ok", greetings... and never a question in disguise."""

from __future__ import annotations

import pytest

from knowledge.base import KnowledgeBase


@pytest.mark.parametrize(
    ("message", "kind"),
    [("cảm ơn bạn nhiều nha", "thanks"), ("👍👍", "ack"), ("okie nhé ad", "ack"), ("bye bye bot", "goodbye"),
     ("bn giúp dc gì", "help"), ("bạn là ai vậy", "who-are-you"), ("trả lời sai rồi bot ơi", "complaint"),
     ("cảm ơn thông tin nhé", "thanks"), ("ok mình đọc rồi nhé", "ack"),
     # written for this test: idioms and turns of phrase beyond single words
     ("thì ra là thế", "ack"), ("mai nói chuyện tiếp nhé bot", "goodbye"), ("chúc ngày mới tốt lành ad", "greeting"),
     ("bot trả lời linh tinh quá", "complaint"), ("you are not helping", "complaint"),
     ("that was a great explanation", "compliment"), ("who am i talking to", "who-are-you"),
     ("bot này thuộc tổ chức nào vậy", "who-are-you"), ("do you speak english", "help")],
)
def test_small_talk_is_taken_as_small_talk_of_its_kind(base: KnowledgeBase, message: str, kind: str):
    reply = base.ask(message)
    assert (reply.status, reply.id) == ("smalltalk", kind)


@pytest.mark.parametrize(
    "message",
    ["cảm ơn, tổng đài 111 là gì", "ok vậy Việt Nam gia nhập LHQ năm nào", "kendra rinas là ai", "cho mình hỏi về GCM",
     "thanks, how many calls did 111 get in 2021", "what topics does the UN cooperation framework cover",
     "bạn hỗ trợ những chủ đề nào về mua bán người", "Nguyễn Vũ Minh là ai?", "nguyen vu minh la ai"],
)
def test_a_question_beside_small_talk_words_is_still_a_question(base: KnowledgeBase, message: str):
    assert base.ask(message).status != "smalltalk"
