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
     ("bot này thuộc tổ chức nào vậy", "who-are-you"), ("do you speak english", "help"),
     ("ai làm ra con bot này vậy", "who-are-you"), ("who made you", "who-are-you"),
     # Long thanks, opening on the third word ("thật sự" before "cảm ơn"), past twenty words.
     ("Thật sự cảm ơn bạn đã kiên nhẫn giải đáp từng thắc mắc của mình, mình đã đọc hết và thấy rất dễ hiểu",
      "thanks"),
     # A last letter typed twice to draw the word out.
     ("okiee", "ack"), ("byee bot", "goodbye"),
     # The machine asked before the person.
     ("bác hỏi thật, bot là máy hay là người thế", "who-are-you"),
     # What the page is, asked as of a page; a greeting spelt short.
     ("ủa web này là gì thế", "who-are-you"), ("what is this bot", "who-are-you"), ("hlu ad", "greeting"),
     # "Who's there?", bare, in chat ("z", "thế").
     ("ai thế ạ", "who-are-you"), ("ai zậy", "who-are-you"),
     # Asked to tell about itself, in either language (written for this test).
     ("can you tell me a bit about yourself?", "who-are-you"), ("giới thiệu về bot đi", "who-are-you"),
     # Anyone there, online: no question on child online protection; a closing "ạ" is politeness.
     ("có ai online không", "greeting"), ("hey, anyone online?", "greeting"), ("có ai ở đó ko ạ", "greeting"),
     ("thế à", "ack"),
     # A grandmother's praise: a good grandchild, understood at once.
     ("cháu ngoan quá, bà hiểu ngay rồi", "compliment"),
     # "Có tâm": caring, said of the answers.
     ("bot rep có tâm thật", "compliment"), ("câu trả lời có tâm vậy", "compliment"),
     # Whose page this is: the bot says what it is, not what the UN is (written for this test).
     ("bạn ơi đây là official page của LHQ à", "who-are-you"), ("is this an official UN account?", "who-are-you")],
)
def test_small_talk_is_taken_as_small_talk_of_its_kind(base: KnowledgeBase, message: str, kind: str):
    reply = base.ask(message)
    assert (reply.status, reply.id) == ("smalltalk", kind)


@pytest.mark.parametrize(
    "message",
    ["cảm ơn, tổng đài 111 là gì", "ok vậy Việt Nam gia nhập LHQ năm nào", "kendra rinas là ai", "cho mình hỏi về GCM",
     "thanks, how many calls did 111 get in 2021", "what topics does the UN cooperation framework cover",
     "bạn hỗ trợ những chủ đề nào về mua bán người", "Nguyễn Vũ Minh là ai?", "nguyen vu minh la ai",
     "ai leo Fansipan đầu tiên?"],
)
def test_a_question_beside_small_talk_words_is_still_a_question(base: KnowledgeBase, message: str):
    assert base.ask(message).status != "smalltalk"


# Written for this test: small talk in whole sentences, said with a cue word the phrases do not cover.
@pytest.mark.parametrize(
    ("message", "kind"),
    [("câu trả lời này khó hiểu quá đi", "complaint"), ("hmm you did not answer what I asked", "complaint"),
     ("wow that was very clear", "compliment"), ("bot này dùng để làm gì thế", "help"),
     ("do you remember what I told you yesterday", "privacy"),
     # "trang này" is the bot, as people who found it call it.
     ("Trang này thuộc cơ quan nào vậy?", "who-are-you")],
)
def test_a_short_message_with_a_small_talk_cue_is_small_talk_when_nothing_answers_it(
    base: KnowledgeBase, message: str, kind: str
):
    reply = base.ask(message)
    assert (reply.status, reply.id) == ("smalltalk", kind)


@pytest.mark.parametrize(
    "message",
    ["cho mình xin lời bài hát này", "nghị định nào quy định về bạo lực học đường", "what is the capital of France",
     "ai được nhận bằng khen của Bộ Ngoại giao", "gọi 111 có sai số không"],
)
def test_a_cue_word_inside_a_question_or_a_fold_of_another_word_is_no_small_talk(base: KnowledgeBase, message: str):
    assert base.ask(message).status != "smalltalk"


# Written for this test: a keyboard left in Telex, ASCII faces, thanks for an answer on a topic.
@pytest.mark.parametrize(
    ("message", "kind"),
    [("camr own banj nhieeuf", "thanks"), ("chaof banj", "greeting"), ("bot iu quá <3", "thanks"),
     ("chờ mãi không thấy trả lời -_-", "complaint"), ("cảm ơn thông tin về tổng đài 111 nhé", "thanks"),
     # ":3" is a face, not the number 3; "bn" before "giúp" is "bạn", not "bao nhiêu"
     ("chàooo :3", "greeting"), ("bn giúp mk 1 tí đc hong", "help")],
)
def test_telex_emoticons_and_thanks_for_a_topic_are_small_talk(base: KnowledgeBase, message: str, kind: str):
    reply = base.ask(message)
    assert (reply.status, reply.id) == ("smalltalk", kind)


def test_telex_is_read_only_where_the_message_shows_it(base: KnowledgeBase):
    assert base.understand("tooi bij ddanhs").folded == "toi bi danh"
    assert base.understand("I see, thanks bots").folded == "i see thank bot"
    # An English question's abbreviation is no Telex: "Maj." is not "mạ".
    assert base.understand("What did Maj. Gen. Nguyen Van Ky present?").folded.startswith("what did maj gen")
    assert base.ask("vieetj nam gia nhaapj lieen hop quoocs nawm naof").id == "un-join-date"


def test_thanks_a_lot_is_no_how_many(base: KnowledgeBase):
    # "nhiều" of "cảm ơn nhiều" is half of "bao nhiêu" only beside "bao".
    reply = base.ask("Cảm ơn nhiều lắm, thông tin rất hữu ích, chúc bạn buổi tối vui vẻ")
    assert (reply.status, reply.id) == ("smalltalk", "thanks")
    assert base.ask("cảm ơn, vậy tổng đài 111 nhận bao nhiêu cuộc gọi năm 2021").status == "answer"


@pytest.mark.parametrize(
    "message",
    # Written for this test: the writer may think a person at hotline 111 reads the chat.
    ["bên này có phải tổng đài 111 không ạ", "day la tong dai 111 a", "is this the child protection hotline?",
     # ... or that someone at the hotline is writing back
     "có phải nhân viên tổng đài đang nhắn với em không", "co phai tong dai vien dang tra loi minh ko"],
)
def test_asking_whether_this_is_the_hotline_is_told_it_is_a_bot_and_to_call_111(base: KnowledgeBase, message: str):
    reply = base.ask(message)
    assert (reply.status, reply.id) == ("smalltalk", "who-are-you") and "111" in reply.body
    # Asking what the hotline is stays a question for the knowledge base.
    assert base.ask("tổng đài 111 là gì").status == "answer"


@pytest.mark.parametrize(
    ("message", "kind"),
    # written for this test: a greeting or thanks first, then words some entry also has
    [("chào bot, chúc bạn một ngày thật tốt lành", "greeting"), ("hello, chúc một ngày làm việc tốt lành", "greeting"),
     ("chào ad, chúc một tuần làm việc hiệu quả", "greeting"),
     ("ai lập trình ra bn thế", "who-are-you"),
     # "mọi người" is grammar, though joined as one word; "lần đầu" (the first time) asks no "where".
     ("Chào mọi người, em mới vào lần đầu", "greeting"),
     # "first" is an ordinal ("thứ nhất"), which names nothing the knowledge base is about.
     ("hello! my first visit to this chat", "greeting"),
     # A goodbye with a plan to come back is no farewell for ever.
     ("tạm biệt mọi người nha, mai em hỏi tiếp", "goodbye"),
     # Whether the bot has a name.
     ("ê có tên ko", "who-are-you")],
)
def test_a_greeting_first_naming_nothing_is_small_talk_over_a_weak_match(base: KnowledgeBase, message: str, kind: str):
    reply = base.ask(message)
    assert (reply.status, reply.id) == ("smalltalk", kind)


def test_a_greeting_before_a_question_still_gets_the_answer(base: KnowledgeBase):
    reply = base.ask("xin chào, một năm tổng đài 111 nhận bao nhiêu cuộc gọi")
    assert reply.status == "answer"
    assert not base._names_topic("mot") and base._names_topic("lhq")


def test_a_leave_taking_naming_nothing_is_goodbye_though_an_entry_shares_its_words(base: KnowledgeBase):
    # "lần", "tiếp": an entry's "lần thứ hai liên tiếp" matched this as a question.
    reply = base.ask("lần sau mình lại vào hỏi tiếp nha, chào bot")
    assert (reply.status, reply.id) == ("smalltalk", "goodbye")
    assert base.ask("lần thứ mấy liên tiếp Việt Nam vào UNCITRAL").status == "answer"


def test_a_title_before_a_name_asked_is_no_who_are_you(base: KnowledgeBase):
    # "anh tên gì" alone asks the bot's name; "Đại sứ Anh" is the UK ambassador
    assert base.ask("Đại sứ Anh tên j").status != "smalltalk"
    assert base.ask("anh tên gì vậy").status == "smalltalk"


def test_asking_whether_the_bot_is_a_virtual_assistant_is_who_are_you_though_the_model_doubts(base: KnowledgeBase):
    # the crisis model's doubt about a short message to "em" named no danger: small talk still wins
    for message in ("e là trợ lý ảo à", "em có phải trợ lý ảo ko"):
        reply = base.ask(message)
        assert (reply.status, reply.id) == ("smalltalk", "who-are-you"), message
    # a danger word beside it is no small talk
    assert base.ask("e là trợ lý ảo à, bố em đánh em").status == "urgent"
