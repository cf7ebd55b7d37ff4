"""Chat shorthand and other spellings: every form in the data reads as the word it stands for.

The forms are read from ``knowledge/data``, so a form added there is tested here without
touching this file.
"""

import pytest

from knowledge.base import KnowledgeBase
from knowledge.loader import load_raw
from knowledge.normalize import FUNCTION_WORDS, fold

RAW = load_raw()
FORMS = [(short.word, form) for short in RAW.shorthand for form in short.forms]
VARIANTS = [(group.canonical, variant) for group in RAW.synonyms for variant in group.variants]

# Left out of the data on purpose: after folding, each is also a real word or letter.
LEFT_OUT = ["a", "c", "s", "t", "b", "ms", "ny", "pn", "hn", "bh", "bgio", "rui", "nha", "uk", "tl", "tt", "tg",
            "ct", "cp", "dn", "xh", "gd", "tp", "kn", "nx", "ck", "oy", "trg", "rau", "hom", "min", "tip"]


@pytest.mark.parametrize(("word", "form"), FORMS, ids=[f"{form}={word}" for word, form in FORMS])
def test_shorthand_form_reads_as_its_word_alone_and_in_a_sentence(base: KnowledgeBase, word: str, form: str):
    assert base.normalizer(form) == base.normalizer(word)
    assert base.normalizer(f"cho {form} hỏi với") == base.normalizer(f"cho {word} hỏi với")


@pytest.mark.parametrize(("canonical", "variant"), VARIANTS, ids=[f"{v}={c}" for c, v in VARIANTS])
def test_synonym_variant_becomes_its_one_token(base: KnowledgeBase, canonical: str, variant: str):
    assert base.normalizer(variant) == "_".join(fold(canonical).split())


@pytest.mark.parametrize(("word", "form"), FORMS, ids=[f"{form}={word}" for word, form in FORMS])
def test_a_form_that_folds_to_a_grammar_word_stands_for_grammar(word: str, form: str):
    # "ATTT" folds to "at" (letters typed three times are one): it would rewrite every English "at".
    if fold(form) in FUNCTION_WORDS:
        assert set(fold(word).split()) <= FUNCTION_WORDS


@pytest.mark.parametrize("form", LEFT_OUT)
def test_ambiguous_short_forms_are_left_as_typed(base: KnowledgeBase, form: str):
    assert base.normalizer(form) == form


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Is Viet Nam a member of the UN?", "is viet_nam a thanh_vien of the lhq"),
        ("What's Viet Nam's role at the UN?", "what is viet_nam role at the lhq"),
        ("cho mình hỏi trẻ em", "cho minh hoi tre_em"),
        ("safety tips", "safety tip"),
        ("hội nghị quốc tế về y tế và kinh tế", "hoi nghi quoc_te ve y_te va kinh_te"),
        ("bảo vệ TE", "bao ve tre_em"),
    ],
)
def test_english_and_vietnamese_words_are_not_taken_for_shorthand(base: KnowledgeBase, text: str, expected: str):
    assert base.normalizer(text) == expected


def test_a_phrase_written_partly_in_shorthand_is_still_one_token(base: KnowledgeBase):
    assert base.normalizer("mua bán ng") == base.normalizer("buôn người") == "mua_ban_nguoi"
    assert base.normalizer("hđ nhân quyền") == base.normalizer("Human Rights Council") == "hdnq"
    assert base.normalizer("tđ") == base.normalizer("hotline") == "tong_dai"


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("tđ 111 là j z ad", "hotline-111-what"),
        ("vn đc bầu vào hđ nhân quyền LHQ những nk nào v", "un-seat-human-rights-council"),
        ("mk mún bít lễ kí mou giữa IOM vs BYT tổ chức ở đâu", "iom-moh-mou-signing"),
        ("hđba ấy, vn đc bầu lm uv ko thường trực mấy lần r", "un-security-council-first-term"),
        ("gìn giữ hb vn cử bn sĩ quan r", "un-peacekeeping-officers"),
        ("vn tung lm pho ct dhd lhq k, nhiem ky nao", "un-seat-ga-vice-president"),
        ("mxh nào phải gỡ nội dung xấu về trẻ em vậy ad", "child-online-ministries-coordination"),
        ("bv trẻ e trên mạng có luật nào", "child-online-legal-framework"),
        ("tỉ lệ lính nữ ở bv dã chiến năm 2019 bn %", "un-peacekeeping-female-share"),
        ("hthảo kéo dài mấy ngày vậy ad", "hrw-duration"),
    ],
)
def test_questions_in_teen_code_are_answered(base: KnowledgeBase, question: str, entry: str):
    reply = base.ask(question)
    assert (reply.status, reply.id) == ("answer", entry)


def test_bv_protects_children_and_is_a_hospital_elsewhere(base: KnowledgeBase):
    assert base.normalizer("bv trẻ em") == base.normalizer("bảo vệ trẻ em")
    assert "benh_vien" in base.normalizer("bố ko cho đi bv").split()
    assert "benh_vien_da_chien" in base.normalizer("bv dã chiến").split()


def test_nao_dong_is_labour_typed_with_an_n_unless_something_is_done_together(base: KnowledgeBase):
    assert "lao" in base.normalizer("người nao động ở nước ngoài").split()
    # "cục nào đồng tổ chức": which department co-organised (written for this test).
    assert base.normalizer("cục nào đồng tổ chức lễ khởi động với IOM").split()[:3] == ["cuc", "nao", "dong"]
    assert base.normalizer("đơn vị nào đồng tài trợ").split()[-3:-1] == ["nao", "dong"]


def test_nd_is_a_decree_and_before_what_it_holds_its_content(base: KnowledgeBase):
    assert base.normalizer("NĐ 130/2021") == base.normalizer("nghị định 130/2021")
    assert base.normalizer("qđ 830 nd chính là j") == base.normalizer("qđ 830 nội dung chính là j")
    # Written for this test: the decision's own entry, not the list of decrees.
    reply = base.ask("qđ 830 ký ngày mấy, nd chính là j")
    assert (reply.status, reply.id) == ("answer", "child-online-decision-830-2021")


def test_a_teen_code_question_the_decision_is_unsure_of_still_finds_its_entry_first(base: KnowledgeBase):
    reply = base.ask("luật pcmbn của vn sửa lần gần nhất là năm bn v ad")
    assert (reply.id or reply.suggestions[0].id) == "tip-law-amendment-2024"


def test_bn_calling_someone_is_no_how_many(base: KnowledgeBase):
    assert base.understand("bn ơi ông ấy giữ chức gì").asks != "number"
    assert base.understand("bn oi ong ay giu chuc gi").asks != "number"
    assert base.understand("111 nhận bn cuộc gọi").asks == "number"


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("bn là bot à", "who-are-you"),
        ("bn lm đc những gì", "help"),
        ("bn pro ghê", "compliment"),
        ("bn khôn thật", "compliment"),
        ("cảm ưn bn", "thanks"),
        ("lô bn", "greeting"),
    ],
)
def test_bn_before_what_someone_is_or_after_thanks_is_the_bot_addressed(base: KnowledgeBase, message: str, kind: str):
    reply = base.ask(message)
    assert reply.status == "smalltalk", (message, reply.status)
    assert reply.id == kind, (message, reply.id)
    # After a count, "bn" still asks how many; "bn cơ quan" folds like "bn có" and is no "bạn có".
    assert base.understand("tính ra bn người mỗi năm").asks == "number"
    assert base.understand("có bn cơ quan LHQ trong ngôi nhà xanh").asks == "number"


def test_qd_is_a_decision_and_before_what_it_asks_to_regulate(base: KnowledgeBase):
    assert base.normalizer("thông tư này qđ j") == base.normalizer("thông tư này quy định gì")
    assert base.normalizer("QĐ 830") == base.normalizer("quyết định 830")
