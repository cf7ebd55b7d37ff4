"""What an acronym stands for: the entry that spells it out answers, a topic acronym is left to the matcher."""

from __future__ import annotations

import pytest

from knowledge.acronyms import Acronyms
from knowledge.base import KnowledgeBase
from knowledge.normalize import fold

TEXTS = [
    ("dao", ("Sáng kiến Thống nhất Hành động (DaO) được thí điểm.",)),
    ("drugs", ("UNDCP (Chương trình kiểm soát Ma túy của LHQ) bắt đầu viện trợ.",)),
    *((f"iom-{n}", ("Tổ chức Di cư Quốc tế (IOM) họp.",)) for n in range(5)),
]


def asked(text: str) -> str | None:
    return Acronyms(TEXTS).asked(text, fold(text), tuple(fold(text).split()))


@pytest.mark.parametrize(
    ("text", "acronym"),
    [("DaO là gì", "DaO"), ("what does UNDCP stand for", "UNDCP"), ("undcp nghia la gi", "UNDCP"),
     ("trong bài có chữ DaO, là viết tắt của gì vậy", "DaO"),
     # Asked where it is said the second time.
     ("đọc tin thấy UNDCP viện trợ, UNDCP là tổ chức gì vậy", "UNDCP"),
     # Its Vietnamese name, as a keyword or asked.
     ("UNDCP tiếng Việt", "UNDCP"), ("UNDCP tiếng Việt là gì", "UNDCP"),
     # Written out in full.
     ("bài có chữ UNDCP, viết đầy đủ là gì vậy", "UNDCP"), ("what is the full form of UNDCP", "UNDCP"),
     # Shorthand without "là", and the kind of thing it is named before "gì".
     ("UNDCP vt của gì thế", "UNDCP"), ("DaO là sáng kiến gì vậy", "DaO"), ("undcp la chuong trinh gi", "UNDCP")],
)  # fmt: skip
def test_a_question_on_what_an_acronym_is_names_it(text: str, acronym: str):
    assert asked(text) == acronym


@pytest.mark.parametrize(
    "text",
    ["DaO được thí điểm năm nào", "số điện thoại của văn phòng UNDCP ở Hà Nội là gì", "dao là gì", "IOM là gì",
     # The name asked is the director's, of whom UNDCP is the owner.
     "giám đốc văn phòng của UNDCP tên là gì",
     # Standing for a seat spells nothing out (written for this test).
     "when did the UNDCP say it would stand for a seat on the board"],
)
def test_other_questions_lower_case_words_and_topic_acronyms_are_not_riddles(text: str):
    # "dao" is a Vietnamese word ("knife"); five entries spell IOM out: a topic.
    assert asked(text) is None


def test_the_owners_are_the_entries_that_spell_it_out():
    acronyms = Acronyms(TEXTS)
    assert acronyms.owners("UNDCP") == {"drugs"}
    assert acronyms.owners("IOM") == frozenset()


def test_a_term_in_brackets_spells_nothing_out():
    acronyms = Acronyms(
        [("seats", ["thành viên ECOSOC (1998-2000) và (2016-2018)"]), ("ecosoc", ["Hội đồng Kinh tế Xã hội (ECOSOC)"])]
    )
    assert acronyms.owners("ECOSOC") == {"ecosoc"}


@pytest.mark.parametrize(
    ("question", "key"),
    [("UNDCP là viết tắt của gì", "Ma túy"), ("What does DaO stand for?", "Delivering as One"),
     ("ECOSOC tiếng Việt gọi là gì", "Hội đồng Kinh tế Xã hội"), ("ECOSOC vt của j", "Hội đồng Kinh tế Xã hội"),
     ("SEDS là chiến lược gì thế", "Chiến lược")],
)
def test_the_knowledge_base_answers_with_the_entry_that_spells_it_out(base: KnowledgeBase, question: str, key: str):
    reply = base.ask(question)
    assert reply.status == "answer" and key in reply.body


UNSPELT = [*TEXTS, ("elected", ("Việt Nam trúng cử UNCITRAL; tin không viết đầy đủ tên UNCITRAL.",))]


@pytest.mark.parametrize(
    ("text", "acronym"),
    [("UNCITRAL viết tắt của gì", "UNCITRAL"), ("what does UNCITRAL stand for", "UNCITRAL"),
     ("uncitral la viet tat cua gi", "UNCITRAL"),
     # Asked what it is, or spelt out beside another acronym the message names: no riddle left.
     ("UNCITRAL là gì", None), ("What does DaO stand for in the UN plan?", None),
     # Standing for a seat (written for this test): "stand for" goes on with what is stood for.
     ("Did UNCITRAL say Viet Nam would stand for UNCITRAL membership again?", None),
     ("what does UNCITRAL stand for and who chairs it", "UNCITRAL"),
     # The acronym of a long name is no long name asked.
     ("What's the acronym of the UN initiative?", None), ("UNDCP là viết tắt của gì", None),
     # Its long name asked right beside it, in keywords; not a person's name asked of it.
     ("uncitral full name pls", "UNCITRAL"), ("cho hỏi tên đầy đủ của UNCITRAL", "UNCITRAL"),
     ("the chair of UNCITRAL full name", None)],
)  # fmt: skip
def test_an_acronym_used_but_never_spelt_out_is_asked_only_for_its_long_name(text: str, acronym: str | None):
    assert Acronyms(UNSPELT).unspelt(text, tuple(fold(text).split())) == acronym


@pytest.mark.parametrize("question", ["UNCITRAL viết tắt của gì", "uncitral là vt của j thế mn", "UNCITRAL tên đầy đủ"])
def test_the_long_name_no_entry_gives_is_said_not_given(base: KnowledgeBase, question: str):
    reply = base.ask(question)
    assert reply.status == "decline" and "không nêu" in reply.body and "UNCITRAL" in reply.body
    assert base.ask("UNCITRAL là gì").status == "answer"


def test_an_acronym_asked_as_a_translation_or_a_closing_full_name_is_spelt_out(base: KnowledgeBase):
    reply = base.ask("MOU dịch ra tiếng việt là j z ad")
    assert reply.status == "answer" and "Biên bản ghi nhớ" in reply.body
    reply = base.ask("DaO = ? in the Vietnam UN context, what's the full name")
    assert reply.status == "answer" and "Delivering as One" in reply.body


def test_an_answer_that_opens_by_defining_an_acronym_spells_it_out():
    acronyms = Acronyms(
        [("forum", ["XYZF là Diễn đàn Rà soát Thử nghiệm, họp năm sau.", "The XYZF is the Trial Review Forum."]),
         ("mention", ["Việt Nam sẽ dự XYZF năm sau."]),
         ("fund", ["The ABQ is not yet set up."])]
    )  # fmt: skip
    assert acronyms.owners("XYZF") == {"forum"}
    # Defined only by a capitalised name: "is not yet" says what it does, not what it stands for.
    assert acronyms.owners("ABQ") == frozenset()


@pytest.mark.parametrize("question", ["IMRF meaning", "what is IMRF", "IMRF là gì"])
def test_an_acronym_defined_at_the_start_of_an_answer_is_asked_of_that_answer(base: KnowledgeBase, question: str):
    reply = base.ask(question)
    assert reply.status == "answer" and reply.id == "gcm-imrf"
