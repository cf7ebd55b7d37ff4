"""Questions on hotline 111's statistics table: cells, rows, columns, extremes, changes, and what is not there.

The questions here are written for these tests; none is copied from the evaluation sets.
"""

import os
import subprocess
import sys

import pytest

from knowledge.base import KnowledgeBase
from knowledge.text import render_text
from tests.knowledge.conftest import make_fact, make_table


def table_reply(base: KnowledgeBase, question: str, lang: str | None = None):
    """The reply to ``question``, checked to come from the table planner and to name its source."""
    reply = base.ask(question, lang)  # type: ignore[arg-type]
    assert base.table.answer(base.matcher.query_words(question), reply.lang) == reply, question
    assert reply.sources and reply.sources[0].seed == "000_7c1130df517de264.txt"
    return reply


# -- a cell, a row, a column ---------------------------------------------------------------


def test_a_cell_is_one_rows_figure_for_one_year(base: KnowledgeBase):
    reply = table_reply(base, "111 bắt nạt online 2021")
    assert (reply.status, reply.id) == ("answer", "hotline-111-counselling-online-violence-bullying")
    assert "58 cuộc gọi" in reply.body
    assert "33" not in reply.body and "39" not in reply.body  # the neighbouring years stay out


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("tổng đài 111 năm 2022 có bao nhiêu cuộc gọi và bao nhiêu ca can thiệp", ("368.346 cuộc gọi", "1.561 ca")),
        ("td 111 nam 2021 bn cuoc goi vs bn ca can thiep", ("507.861 cuộc gọi", "1.257 ca")),
        ("How many calls did 111 get in the first 8 months of 2023, and how many intervention cases?",
         ("219,095 calls", "742 cases")),
    ],
)
def test_two_rows_asked_together_are_both_given(base: KnowledgeBase, question: str, figures: tuple[str, str]):
    # Each row alone is out for the words that name the other; asked with "và"/"and", both are meant.
    reply = table_reply(base, question)
    assert reply.status == "answer"
    assert all(f in reply.body for f in figures), reply.body


def test_two_rows_together_are_the_rows_named_not_the_total_above_one(base: KnowledgeBase):
    # "bắt nạt trên mạng" names the calls on online bullying, not every call to the hotline.
    reply = table_reply(base, "số cuộc gọi bắt nạt trên mạng và số ca can thiệp năm 2022")
    assert "1.561 ca" in reply.body and "bắt nạt" in reply.body
    assert "368.346" not in reply.body


def test_a_cell_of_the_partial_year_says_it_is_the_first_eight_months(base: KnowledgeBase):
    reply = table_reply(base, "số ca can thiệp hỗ trợ của 111 trong 8 tháng đầu 2023")
    assert reply.id == "hotline-111-intervention-cases"
    assert "8 tháng đầu năm 2023: 742 ca" in reply.body


def test_a_row_lists_every_figure_of_one_year_in_the_order_of_the_source_table(base: KnowledgeBase):
    reply = table_reply(base, "thống kê tổng đài 111 năm 2021 đầy đủ")
    assert (reply.status, reply.id) == ("answer", "hotline-111-stats")
    figures = ["507.861", "35.385", "11.447", "1.257", "458", "422", "144", "36", "23", "132"]
    positions = [reply.body.index(f" {figure} ") for figure in figures]
    assert positions == sorted(positions)
    assert reply.body.count("\n") == 19  # a heading and the table's 19 rows
    assert "4.2. Ca can thiệp: 36 ca" in reply.body


def test_a_row_in_english_uses_english_names_and_numbers(base: KnowledgeBase):
    reply = table_reply(base, "hotline 111 statistics for 2022", lang="en")
    assert reply.id == "hotline-111-stats"
    assert "Total incoming calls: 368,346 calls" in reply.body
    assert "4.3. Notifications about channels/clips with related content: 18 notifications" in reply.body


def test_a_column_gives_every_period_of_one_row(base: KnowledgeBase):
    reply = table_reply(base, "tư vấn chuyên sâu tổng đài 111")
    assert reply.id == "hotline-111-in-depth-counselling-calls"
    for figure in ("8.551", "11.447", "10.420", "5.741"):
        assert figure in reply.body


# -- the highest or lowest period ----------------------------------------------------------


def test_the_highest_period_is_named_with_its_figure(base: KnowledgeBase):
    reply = table_reply(base, "năm nào tổng đài 111 lập hồ sơ nhiều nhất")
    assert reply.id == "hotline-111-calls-recorded"
    assert "cao nhất là năm 2021 (35.385 cuộc gọi)" in reply.body


def test_the_lowest_period_within_a_range_of_years(base: KnowledgeBase):
    reply = table_reply(base, "from 2020 to 2022, which year had the fewest intervention cases at hotline 111?")
    assert reply.id == "hotline-111-intervention-cases"
    assert "lowest in 2021 (1,257 cases)" in reply.body
    assert "742" not in reply.body  # 2023 is outside the range asked


def test_part_of_a_year_is_never_the_lowest(base: KnowledgeBase):
    reply = table_reply(base, "năm nào tổng đài 111 nhận ít cuộc gọi nhất")
    assert "thấp nhất là năm 2022 (368.346 cuộc gọi)" in reply.body
    assert "Không tính 8 tháng đầu năm 2023" in reply.body


def test_part_of_a_year_is_the_highest_when_it_beats_every_whole_year(base: KnowledgeBase):
    reply = table_reply(base, "năm nào 111 can thiệp nhiều vụ tung ảnh trẻ em lên mạng nhất")
    assert reply.id == "hotline-111-intervention-online-images-dignity"
    assert "cao nhất là 8 tháng đầu năm 2023 (6 ca), dù chỉ là một phần của năm" in reply.body


# -- the change between two periods --------------------------------------------------------


def test_a_change_gives_both_values_the_difference_and_the_percentage(base: KnowledgeBase):
    reply = table_reply(base, "tổng cuộc gọi đến 111 năm 2020 so với 2022")
    assert reply.id == "hotline-111-calls-total"
    assert "từ năm 2020 đến năm 2022 giảm từ 687.750 xuống 368.346 cuộc gọi (−319.404, −46,4%)" in reply.body
    assert "507.861" in reply.body  # the year between is listed


def test_how_to_use_in_southern_speech_is_the_metric_of_safe_internet_use(base: KnowledgeBase):
    # "cách xài" is "cách sử dụng": a word after "về" the table must know, or the cell is declined.
    reply = base.ask("tđ 111 năm 2020 tư vấn mấy cuộc về cách xài internet an toàn v")
    assert reply.status == "answer" and "82" in reply.body
    assert base.ask("bot này xài được đấy").status == "smalltalk"


def test_a_change_in_english_is_written_the_english_way(base: KnowledgeBase):
    reply = table_reply(base, "did hotline 111's in-depth counselling calls rise from 2020 to 2021?")
    assert "from 2020 to 2021 it increased from 8,551 to 11,447 calls (+2,896, +33.9%)" in reply.body


@pytest.mark.parametrize(
    "question",
    ["in-depth counselling calls: the table shows a jump after 2020. what was the 2021 figure",
     "111 in-depth counselling calls, the table shows they surged after 2020, the 2021 figure?"],
)
def test_a_change_in_chat_words_is_a_change_the_table_computes(base: KnowledgeBase, question: str):
    reply = table_reply(base, question)
    assert reply is not None and "11,447" in reply.body


def test_one_year_asked_to_rise_or_fall_is_compared_with_the_year_before(base: KnowledgeBase):
    reply = table_reply(base, "lượt thông báo kênh clip năm 2022 tăng hay giảm")
    assert "từ năm 2021 đến năm 2022 giảm từ 132 xuống 18 lượt (−114, −86,4%)" in reply.body


def test_a_change_with_the_partial_year_says_it_is_not_like_for_like(base: KnowledgeBase):
    reply = table_reply(base, "ca can thiệp hỗ trợ 2022 so với 8 tháng đầu năm 2023")
    assert "giảm từ 1.561 xuống 742 ca" in reply.body
    assert "không so sánh ngang bằng" in reply.body


def test_a_trend_without_years_runs_over_the_whole_years_and_still_shows_the_partial_one(base: KnowledgeBase):
    reply = table_reply(base, "xu hướng số cuộc gọi lập hồ sơ của 111")
    assert "từ năm 2020 đến năm 2022 giảm từ 29.507 xuống 27.773" in reply.body
    assert "8 tháng đầu năm 2023: 13.695" in reply.body


def test_a_rise_from_nothing_gives_the_difference_without_a_percentage(base: KnowledgeBase):
    reply = table_reply(base, "số ca 111 can thiệp vụ trẻ em bị lừa bán trên mạng 2021 so với 2022 là bao nhiêu")
    assert "tăng từ 0 lên 6 ca (+6)." in reply.body


# -- what the table does not hold -----------------------------------------------------------


def test_a_year_the_table_lacks_is_declined_with_the_periods_it_has(base: KnowledgeBase):
    reply = table_reply(base, "số ca can thiệp hỗ trợ của 111 năm 2018")
    assert (reply.status, reply.id) == ("decline", "hotline-111-intervention-cases")
    assert "năm 2018" in reply.body
    assert "năm 2020, năm 2021, năm 2022, 8 tháng đầu năm 2023" in reply.body


def test_a_row_for_a_year_the_table_lacks_is_declined(base: KnowledgeBase):
    reply = table_reply(base, "111 statistics 2024", lang="en")
    assert (reply.status, reply.id) == ("decline", "hotline-111-stats")
    assert "2020, 2021, 2022, first 8 months of 2023" in reply.body


def test_a_whole_year_when_only_part_of_it_is_there_is_declined(base: KnowledgeBase):
    reply = table_reply(base, "trọn năm 2023 có bao nhiêu cuộc gọi đến tổng đài 111")
    assert reply.status == "decline"
    assert "cả năm 2023 (chỉ có 8 tháng đầu năm 2023)" in reply.body
    assert table_reply(base, "bao nhiêu ca can thiệp hỗ trợ năm 2023").status == "answer"  # "ca năm" is not "cả năm"


def test_a_single_month_is_declined(base: KnowledgeBase):
    reply = table_reply(base, "tháng 3/2022 tổng đài 111 tư vấn chuyên sâu bao nhiêu cuộc")
    assert reply.status == "decline"
    assert "từng tháng" in reply.body
    # "111 tháng 3": the hotline's number before "tháng" is no count of months.
    reply = base.ask("tổng đài 111 tháng 3 năm 2022 nhận bao nhiêu cuộc gọi")
    assert reply.status == "decline" and "từng tháng" in reply.body
    assert table_reply(base, "8 tháng đầu năm 2023 tổng đài 111 nhận bao nhiêu cuộc gọi").status == "answer"


@pytest.mark.parametrize(
    "question",
    [
        "How many calls did hotline 111 receive in the final three months of 2023?",
        "tổng đài 111 nhận bao nhiêu cuộc gọi 8 tháng cuối năm 2023",
        "111 nhận bao nhiêu cuộc gọi nửa đầu năm 2022",
        "calls received by hotline 111 in the first quarter of 2021",
    ],
)
def test_a_part_of_a_year_the_table_does_not_give_is_declined(base: KnowledgeBase, question: str):
    """The 2023 figure covers the first eight months: no other part of a year is any row's figure
    (the decline may still show the figures the documents give for that year)."""
    assert base.ask(question).status == "decline", question


def test_a_part_of_a_year_named_without_a_row_is_declined_by_the_matcher_too(base: KnowledgeBase):
    reply = base.ask("tổng đài 111 quý 1 năm 2021 bao nhiêu cuộc gọi")
    assert reply.status == "decline"


# -- how rows are named ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "fact", "figure"),
    [
        ("tv chuyen sau nam 2022", "hotline-111-in-depth-counselling-calls", "10.420"),
        ("bat nat online 2020 tđ 111", "hotline-111-counselling-online-violence-bullying", "33"),
        ("lap ho so 8 thang 2023 dc bn", "hotline-111-calls-recorded", "13.695"),
        ("ca can thiep ho tro nam 2020 la bn v", "hotline-111-intervention-cases", "1.295"),
        ("tre bi lua tien tren mang nam 2022", "hotline-111-counselling-online-money-scam", "2"),
        ("muc 4.3 nam 2021", "hotline-111-channel-clip-notifications", "132"),
        ("how many deep counselling calls in 2021", "hotline-111-in-depth-counselling-calls", "11,447"),
        ("how many case records did hotline 111 open in 2022", "hotline-111-calls-recorded", "27,773"),
        # Calls said as the verb: "gọi đến ... bao nhiêu cuộc" is the total, "gọi đến để được tư vấn
        # chuyên sâu" still the in-depth row.
        ("năm 2021 mọi người gọi tới tổng đài 111 bao nhiêu cuộc", "hotline-111-calls-total", "507.861"),
        ("nam 2022 tre goi den 111 de dc tu van chuyen sau bn", "hotline-111-in-depth-counselling-calls", "10.420"),
    ],
)
def test_rows_are_named_without_diacritics_in_shorthand_and_in_english(
    base: KnowledgeBase, question: str, fact: str, figure: str
):
    reply = table_reply(base, question)
    assert (reply.status, reply.id) == ("answer", fact)
    assert f" {figure} " in reply.body


def test_calls_counted_without_naming_a_row_are_the_total_and_a_fee_is_not_a_count(base: KnowledgeBase):
    # "bao nhiêu cuộc" of the hotline names no row but counts calls: the table's first row, its total.
    reply = table_reply(base, "tổng đài 111 năm 2021 so với 2020 tăng hay giảm bao nhiêu cuộc")
    assert reply.id == "hotline-111-calls-total" and "687.750" in reply.body and "507.861" in reply.body
    assert table_reply(base, "tổng đài 111 năm 2021 nhận mấy cuộc").id == "hotline-111-calls-total"
    # "cước" (the fee) folds to the same "cuoc", but nothing counts it.
    fee = base.matcher.query_words("gọi tổng đài 111 có mất cước không, cước bao nhiêu một phút")
    assert base.table.answer(fee, "vi") is None


def test_a_grandparents_telling_around_the_count_is_no_other_subject(base: KnowledgeBase):
    reply = table_reply(base, "ông nghe người ta nói cái tổng đài 111 năm 2021 nhận bao nhiêu cuộc hả cháu")
    assert reply.id == "hotline-111-calls-total" and "507.861" in reply.body


def test_a_sub_row_is_not_mistaken_for_its_parent(base: KnowledgeBase):
    # "cuộc gọi tư vấn ... trên mạng" names row 4.1 whole, but "xúc phạm" asks for its line on insults.
    words = base.matcher.query_words("cuộc gọi tư vấn về trẻ bị xúc phạm trên mạng năm 2021")
    reply = base.table.answer(words, "vi")
    assert reply is not None and reply.id == "hotline-111-counselling-online-dignity"


def test_the_total_of_calls_is_not_taken_for_a_kind_of_call(base: KnowledgeBase):
    # "cuộc gọi" alone is the total; "cuộc gọi tư vấn" is some other row, so the planner does not guess.
    assert base.table.answer(base.matcher.query_words("111 nhận bao nhiêu cuộc gọi tư vấn năm 2021"), "vi") is None


def test_two_rows_named_equally_are_both_answered(base: KnowledgeBase):
    reply = table_reply(base, "xâm hại tình dục trẻ em trên mạng năm 2022")
    assert reply.id == "hotline-111-stats"
    assert "130 cuộc gọi" in reply.body and "8 ca" in reply.body


def test_the_tables_words_are_not_spell_corrected_into_others(base: KnowledgeBase):
    assert base.matcher.query_words("111 stats 2021") == ["111", "stat", "2021"]
    assert "fall" in base.matcher.query_words("did calls rise or fall")


# -- what is not a question on the table ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "tổng đài 111 là gì",
        "111 có những kênh nào",
        "UN COVID fund how much did VN give",
        "tư vấn chuyên sâu là gì",
        "Bảng thống kê của Tổng đài 111 gồm những số liệu gì?",
        "111 nhận bao nhiêu cuộc gọi về tai nạn giao thông năm 2021",  # a kind of call the table lacks
        "bao nhiêu trẻ em gái bị xâm hại tình dục trên mạng năm 2021",  # girls: not broken down
        "số ca can thiệp hỗ trợ ở thành phố Huế năm 2022",  # a city: the table is national
        # "hỗ trợ ... số mấy" holds the two syllables of "hồ sơ" (calls with a case file), far apart.
        "đường dây nóng hỗ trợ người bị buôn bán ở nước ta là số mấy",
    ],
)
def test_questions_that_are_not_on_the_table_are_left_to_the_matcher(base: KnowledgeBase, question: str):
    assert base.table.answer(base.matcher.query_words(question), "vi") is None


def test_an_entry_the_matcher_is_sure_of_wins_over_a_row_it_happens_to_name(base: KnowledgeBase):
    # "bắt nạt" names a row, but this asks for ASEAN's declaration, which an entry answers.
    reply = base.ask("ASEAN ra tuyên bố gì về bắt nạt trẻ em năm 2021?")
    assert reply.id == "child-online-asean-bullying-2021"


def test_stored_questions_of_other_entries_get_the_same_reply_as_without_the_table(
    base: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
):
    table_facts = {row.fact for table in base.raw.tables for row in table.rows}
    questions = [
        (question, lang)
        for item in base.items.values()
        if item.id not in table_facts
        for lang, asked in (("vi", item.questions.vi), ("en", item.questions.en))
        for question in asked
    ]
    with_table = [(r.status, r.id) for r in (base.ask(q, lang) for q, lang in questions)]  # type: ignore[arg-type]
    monkeypatch.setattr(base.table, "answer", lambda words, lang, whole_year=False: None)
    without = [(r.status, r.id) for r in (base.ask(q, lang) for q, lang in questions)]  # type: ignore[arg-type]
    assert with_table == without


def test_stored_questions_of_the_table_find_their_own_row_or_are_left_to_the_matcher(base: KnowledgeBase):
    for table in base.raw.tables:
        for row in table.rows:
            fact = base.items[row.fact]
            for lang, questions in (("vi", fact.questions.vi), ("en", fact.questions.en)):
                for question in questions:
                    reply = base.table.answer(base.matcher.query_words(question), lang)
                    assert reply is None or reply.id == fact.id, question


def test_a_row_of_the_table_is_the_one_decision_every_front_shows(base: KnowledgeBase):
    found = base.ask("111 stats 2021")
    assert (found.status, found.id) == ("answer", "hotline-111-stats")
    assert found.id not in {a.id for a in found.alternatives}


def test_a_small_table_of_an_editors_own_is_answered_by_its_aliases(data_dir):
    facts = [make_fact("row-one"), make_fact("row-two")]
    base = KnowledgeBase.load(data_dir(facts=facts, tables=[make_table("row-one", "row-two")]))
    reply = base.ask("alias row-two 2021")
    assert (reply.status, reply.id, reply.matched) == ("answer", "row-two", "alias row-two")
    assert "2021: 2" in reply.body
    row = base.ask("bảng thử năm 2020")
    assert row.id == "test-table"
    assert "row-one: 1" in row.body and "row-two: 1" in row.body


def test_replies_naming_several_rows_do_not_depend_on_the_hash_seed():
    # The query's words are a set; the rows of a reply must still come in the table's order.
    script = "from knowledge.base import KnowledgeBase; print(KnowledgeBase.load().ask('bạo lực trên mạng 2021').body)"
    bodies = {
        subprocess.run(
            [sys.executable, "-c", script], env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True
        ).stdout
        for seed in ("1", "2")
    }
    assert len(bodies) == 1 and "58 cuộc gọi" in bodies.pop()


@pytest.mark.parametrize(
    "question",
    [
        "đi xuất khẩu lao động sang Nhật hết bao nhiêu tiền, có bị lừa tiền không",
        "Bộ Công an khởi tố bao nhiêu vụ xâm hại trẻ em trên mạng năm 2022",
    ],
)
def test_a_question_about_something_else_that_shares_a_rows_name_is_not_the_tables(base: KnowledgeBase, question):
    assert base.table.answer(base.matcher.query_words(question), "vi") is None


def test_a_few_plain_words_the_table_does_not_know_still_leave_it_the_tables(base: KnowledgeBase):
    reply = table_reply(base, "Between 2020 and 2022, in which year did hotline 111 receive the most calls?")
    assert reply.status == "answer"


def test_a_whole_year_typed_with_its_marks_is_not_answered_by_part_of_it(base: KnowledgeBase):
    reply = base.ask("tổng cuộc gọi 111 cả năm 2023")
    assert reply.status == "decline"
    assert "8 tháng đầu năm 2023" in render_text(reply) and "cả năm 2023" in render_text(reply)
    # Asked which it is, or "ca năm" without marks (cases in a year), the figure is given.
    assert base.ask("Số liệu 2023 trong bảng là cả năm hay mấy tháng vậy? Tổng cuộc gọi bao nhiêu?").status == "answer"
    assert base.ask("tổng cuộc gọi 111 năm 2023").status == "answer"


def test_a_whole_year_typed_without_marks_after_the_thing_counted_is_a_whole_year(base: KnowledgeBase):
    assert base.ask("tong cuoc goi toi tong dai 111 ca nam 2023").status == "decline"
    # After "số", "ca năm" is cases in a year.
    assert base.ask("so ca nam 2023 tong dai 111 can thiep").status == "answer"


def test_a_question_naming_what_no_entry_speaks_of_is_not_read_as_the_table(base: KnowledgeBase):
    assert base.ask("What number do kids in the Philippines call for help, like the 111 in Vietnam?").status != "answer"
    # Malaysia is in an entry (a visit), not in hotline 111's table, which is Viet Nam's.
    assert base.ask("which number do children in Malaysia call, like our 111").status != "answer"
    # The UK, typed in capitals, is a country too; in lower case "uk" is chat for "ừ".
    assert base.ask("What is the child helpline number in the UK?").status != "answer"
    assert base.ask("Which ambassador of the United Kingdom signed the 30 July message?").status == "answer"
    assert base.ask("Đại sứ UK ký thông điệp ngày 30/7 tên là gì?").status == "answer"
    assert base.ask("uk, vậy tổng đài 111 là gì").status == "answer"
    assert base.ask("How many calls did hotline 111 receive in 2022?").id == "hotline-111-calls-total"


def test_the_whole_of_a_year_in_english_is_not_its_first_eight_months(base: KnowledgeBase):
    assert base.ask("What was the total number of calls to hotline 111 for the whole of 2023?").status == "decline"


@pytest.mark.parametrize("question", ["tđ 111 được lập từ năm nào v mn", "Since what year has hotline 111 existed?"])
def test_when_something_began_is_not_given_by_the_years_of_a_row(base: KnowledgeBase, question: str):
    # The rows start in 2020; that is not when the hotline began.
    assert base.ask(question).status != "answer"


@pytest.mark.parametrize(
    "question", ["calls to 111 about online child abuse in 2022", "so cuoc goi xam hai tre em online nam 2022 td 111"]
)
def test_calls_about_online_abuse_are_the_row_named_so_not_its_counselling_part(base: KnowledgeBase, question: str):
    # Row 4, "Xâm hại trẻ em trên môi trường mạng", is what a reader of the table calls them: 419 in
    # 2022, of which row 4.1's counselling calls are 398.
    reply = base.ask(question)
    assert (reply.status, reply.id) == ("answer", "hotline-111-online-abuse-total"), (reply.status, reply.id)
    assert "419" in render_text(reply)
    counselling = base.ask("số cuộc gọi tư vấn về xâm hại trẻ em trên mạng năm 2022")
    assert counselling.id == "hotline-111-online-counselling-calls"


@pytest.mark.parametrize(
    "question",
    [
        "Bao nhiêu % trẻ em bị bắt nạt trên mạng?",
        "bao nhiêu % trẻ em bị bắt nạt trên mạng năm 2021",
    ],
)
def test_a_count_of_calls_is_no_share_of_children(base: KnowledgeBase, question: str):
    assert base.ask(question).status != "answer"


def test_a_change_in_calls_still_gives_its_percentage(base: KnowledgeBase):
    reply = base.ask("số cuộc gọi về bắt nạt trên mạng năm 2021 tăng bao nhiêu % so với 2020")
    assert reply.status == "answer" and "75,8%" in reply.body


def test_the_writers_story_before_a_dash_is_no_part_of_the_figure(base: KnowledgeBase):
    # Written for this test: "NGO" and "report" are the writer's, not a breakdown of the calls.
    reply = base.ask("I am compiling a report for my NGO - how much did total calls to 111 drop from 2020 to 2022?")
    assert reply.status == "answer" and "46.4%" in reply.body


def test_a_sub_row_says_the_row_it_is_part_of_for_the_same_period(base: KnowledgeBase):
    # "Calls about online abuse" may mean the counselling calls (4.1) or all of row 4: both are said.
    reply = base.ask("tổng đài 111 có bao nhiêu cuộc gọi tư vấn về xâm hại trẻ em trên mạng năm 2022")
    assert reply.status == "answer" and "398" in reply.body and "419" in reply.body
    assert "2021" not in reply.body.replace("2020-2023", "")
    # A row under no other says nothing more.
    total = base.ask("tổng đài 111 nhận bao nhiêu cuộc gọi năm 2022")
    assert total.status == "answer" and "368.346" in total.body and "27.773" not in total.body


@pytest.mark.parametrize(
    "question",
    [
        "Compare: online abuse cases via 111 in the first 8 months of 2023 vs full year 2022?",
        "so sánh số ca xâm hại trẻ em trên mạng 8 tháng đầu 2023 với trọn năm 2022",
    ],
)
def test_a_whole_year_beside_a_part_of_another_is_that_others(base: KnowledgeBase, question: str):
    # "full year 2022" is the whole of 2022, not a whole 2023 the table does not have.
    reply = base.ask(question)
    assert (reply.status, reply.id) == ("answer", "hotline-111-online-abuse-total")
    assert "419" in reply.body and "251" in reply.body
    # Alone, a whole 2023 is still one the documents do not give.
    assert base.ask("111 online abuse cases full year 2023").status == "decline"


def test_another_body_counting_is_not_the_hotlines_figure(base: KnowledgeBase):
    # the police's own count is not the hotline's table, unless the hotline is named too
    assert base.ask("cảnh sát ghi nhận bao nhiêu vụ xâm hại trẻ em trên mạng năm 2021").status != "answer"
    reply = base.ask("tổng đài 111 ghi nhận bao nhiêu vụ xâm hại trẻ em trên mạng năm 2021")
    assert reply.status == "answer" and "458" in reply.body
