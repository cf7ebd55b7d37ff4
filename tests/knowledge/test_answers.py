"""What the bot's brain answers: outcomes, facts by year, urgent messages, languages."""

import pytest

from knowledge import matcher
from knowledge.base import KnowledgeBase


@pytest.mark.parametrize(
    "question",
    [
        "Tổng đài 111 là gì?",
        "tong dai 111 la gi",
        "TỔNG ĐÀI 111 LÀ GÌ",
        "What is hotline 111?",
        "tổng đài 111 là j vậy",
    ],
)
def test_hotline_question_is_answered_in_any_spelling(base: KnowledgeBase, question: str):
    reply = base.ask(question)
    assert reply.status == "answer"
    assert reply.id == "hotline-111-what"
    assert reply.sources and reply.matched


def test_joining_date_is_answered_without_diacritics_and_in_english(base: KnowledgeBase):
    vi = base.ask("vn gia nhap lhq nam nao")
    en = base.ask("When did Viet Nam join the UN?")
    assert vi.status == en.status == "answer"
    assert "1977" in vi.body and "1977" in en.body
    assert (vi.lang, en.lang) == ("vi", "en")


@pytest.mark.parametrize("question", ["bão số 3 có tên là gì thế", "yagi là cơn bão số mấy nhỉ"])
def test_the_storm_is_found_by_its_number_and_by_its_name(base: KnowledgeBase, question: str):
    # Editors added these phrasings after the storm's name was asked and not answered in six rounds.
    reply = base.ask(question)
    assert (reply.status, reply.id) == ("answer", "iom-typhoon-yagi-aid")


@pytest.mark.parametrize("question", ["COP26 VN hứa hẹn điều gì", "bác hỏi chút, ông thủ tướng sang COP26 hứa cái gì"])
def test_a_promise_is_a_commitment(base: KnowledgeBase, question: str):
    reply = base.ask(question)
    assert reply.status == "answer" and reply.id in ("un-cop26-net-zero", "un-cop26-initiatives")


def test_two_keywords_find_the_channels(base: KnowledgeBase):
    reply = base.ask("111 zalo")
    assert reply.status == "answer"
    assert "zalo" in reply.body.lower()


def test_fact_for_the_year_asked_gives_that_year_only(base: KnowledgeBase):
    reply = base.ask("năm 2021 tổng đài 111 nhận bao nhiêu cuộc gọi")
    assert reply.status == "answer"
    assert "507.861" in reply.body
    assert "687.750" not in reply.body  # 2020, a neighbour, must not leak in


def test_years_set_aside_are_not_the_years_asked(base: KnowledgeBase):
    for question in (
        "Besides 2008-2009, which other term did Viet Nam sit on the Security Council as a non-permanent member?",
        "Apart from 2008-2009, in which term was Viet Nam a non-permanent member of the Security Council?",
    ):
        reply = base.ask(question)
        assert reply.status == "answer" and "2020" in reply.body, reply.body
    # "nước ngoài 2022" is abroad in 2022: the year stays asked.
    assert "2022" in base.ask("số lao động nước ngoài được cấp phép năm 2022").body
    # Set aside by a "not" (written for this test): the ECOSOC term before, which a filter on 2016 hid.
    for question in ("Vietnam's first ECOSOC term, not the 2016 one?", "VN vào ECOSOC năm nào, không phải 2016 nhé"):
        reply = base.ask(question)
        assert reply.status == "answer" and ("1998–2000" in reply.body or "1998-2000" in reply.body), reply.body
    # ... or by what the writer already knows: "I only know about ...", "mình chỉ biết ...".
    for question in (
        "Which years was Vietnam on ECOSOC? I only know about 2016-2018",
        "mình chỉ biết nhiệm kỳ 2016-2018 thôi, VN ở ECOSOC nhiệm kỳ nào nữa",
    ):
        reply = base.ask(question)
        assert reply.status == "answer" and ("1998–2000" in reply.body or "1998-2000" in reply.body), reply.body


def test_the_writers_story_gives_way_to_the_question_it_precedes(base: KnowledgeBase):
    # The story names an article's title; the question asks a term the article's author entry does not give.
    reply = base.ask(
        "I'm covering the HRC's 54th session for my paper. What term is Viet Nam serving on the Human Rights Council?"
    )
    assert reply.status == "answer" and reply.id == "un-seat-human-rights-council", (reply.id, reply.body)


def test_the_years_of_a_row_asked_in_words_about_the_data(base: KnowledgeBase):
    # Written for this test: "data" and "appear" speak of the table, which says nothing of either.
    reply = base.ask("In which year did online child trafficking cases appear in the 111 intervention data?")
    assert (reply.status, reply.id) == ("answer", "hotline-111-intervention-online-trafficking")
    assert "2022" in reply.body


def test_a_figure_asked_after_the_thing_asks_a_number(base: KnowledgeBase):
    # Written for this test: the table of aid has no figure for 2017-2021, and says which periods it has.
    assert base.understand("and the UN aid total for 2017-2021, any figure?").asks == "number"
    reply = base.ask("and the UN aid total for 2017-2021, any figure?")
    assert reply.status == "decline" and "2017" in reply.body


def test_fact_in_english_uses_english_number_format(base: KnowledgeBase):
    reply = base.ask("How many calls did hotline 111 receive in 2022?")
    assert reply.status == "answer"
    assert "368,346" in reply.body


def test_fact_for_a_year_not_in_the_documents_says_so_and_lists_the_years(base: KnowledgeBase):
    reply = base.ask("năm 2019 tổng đài 111 nhận bao nhiêu cuộc gọi")
    assert reply.status == "decline"
    assert "2019" in reply.body
    for year in ("2020", "2021", "2022", "2023"):
        assert year in reply.body


def test_a_period_named_before_the_question_with_no_figure_says_so_not_the_whole_table(base: KnowledgeBase):
    # Written for this test: the period stands in a clause of its own before what is asked.
    reply = base.ask("Giai đoạn 2013-2015 thì sao, tổng viện trợ của LHQ cho Việt Nam là bao nhiêu?")
    assert (reply.status, reply.id) == ("decline", "un-aid")
    assert "2013" in reply.body and "1977-1986" in reply.body


def test_fact_without_a_year_lists_every_period_and_the_highest_when_asked(base: KnowledgeBase):
    reply = base.ask("tổng đài 111 nhận nhiều cuộc gọi nhất vào năm nào")
    assert reply.status == "answer"
    assert "687.750" in reply.body and "219.095" in reply.body
    assert "cao nhất là năm 2020" in reply.body


@pytest.mark.parametrize(
    "question",
    ["Giá vàng SJC hôm nay bao nhiêu?", "Cách nấu phở bò ngon tại nhà?", "Recommend a good laptop for students"],
)
def test_off_topic_questions_are_declined_with_the_topics(base: KnowledgeBase, question: str):
    reply = base.ask(question)
    assert reply.status == "decline"
    assert "Tổng đài 111" in reply.body or "hotline 111" in reply.body
    assert base.topics["un-relations"].name.get(reply.lang) in reply.body


def test_ambiguous_question_suggests_at_most_three_entries(base: KnowledgeBase):
    reply = base.ask("hội nghị GCM")
    assert reply.status in ("suggest", "answer")
    if reply.status == "suggest":
        assert 1 <= len(reply.suggestions) <= 3
        assert all(s.id in base.items for s in reply.suggestions)


@pytest.mark.parametrize(
    "message",
    [
        "con tôi bị lừa bán",
        "I was trafficked",
        "Có người dọa tung ảnh nóng của tôi",
        "bạn tôi bị bắt nạt trên mạng và muốn tự tử",
        "someone is threatening my daughter online",
    ],
)
def test_people_in_danger_get_the_hotline_card_first(base: KnowledgeBase, message: str):
    reply = base.ask(message)
    assert reply.status == "urgent"
    assert "111" in reply.body and "113" in reply.body


@pytest.mark.parametrize(
    "question",
    [
        "Năm 2020 có bao nhiêu cuộc gọi tư vấn về trẻ em bị bạo lực, bắt nạt trên mạng?",
        "Có bao nhiêu trẻ em bị lừa bán trên mạng năm 2022?",
        "Luật phòng chống mua bán người sửa đổi năm nào?",
    ],
)
def test_questions_about_abuse_statistics_are_not_mistaken_for_emergencies(base: KnowledgeBase, question: str):
    assert base.ask(question).status != "urgent"


def test_urgent_card_is_in_the_language_of_the_message(base: KnowledgeBase):
    assert base.ask("I was trafficked").lang == "en"
    assert base.ask("tôi bị lừa bán").lang == "vi"


@pytest.mark.parametrize("message", ["", "   ", "🚗🚗🚗", "???", "<b></b>"])
def test_messages_without_words_get_a_polite_request(base: KnowledgeBase, message: str):
    reply = base.ask(message)
    assert reply.status == "decline"
    assert reply.body


def test_a_4096_character_message_does_not_crash(base: KnowledgeBase):
    reply = base.ask(("tổng đài 111 " * 400)[:4096])
    assert reply.status in ("answer", "suggest", "decline")


def test_small_talk_is_recognised_in_both_languages(base: KnowledgeBase):
    hello = base.ask("xin chào")
    thanks = base.ask("thank you")
    assert (hello.status, hello.lang) == ("smalltalk", "vi")
    assert (thanks.status, thanks.lang) == ("smalltalk", "en")


def test_small_talk_words_inside_a_real_question_do_not_hijack_it(base: KnowledgeBase):
    reply = base.ask("xin chào, tổng đài 111 là gì vậy?")
    assert reply.status == "answer"


def test_answer_for_an_id_gives_the_entry_with_sources_and_related(base: KnowledgeBase):
    reply = base.answer_for("hotline-111-what", "en")
    assert reply.status == "answer" and reply.question and reply.sources
    assert all(r.id in base.items for r in reply.related)


def test_every_stored_question_finds_its_own_entry(base: KnowledgeBase):
    assert base.self_test() == []


def test_answers_are_deterministic(base: KnowledgeBase):
    assert base.ask("viện trợ LHQ thời Đổi mới") == base.ask("viện trợ LHQ thời Đổi mới")


def test_a_misspelt_word_is_corrected_but_a_flood_of_unknown_words_is_not_looked_up_word_by_word(
    base: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
):
    assert base.matcher.query_words("chuyen giaa") == ["chuyen", "gia"]  # the spelling fix still works
    assert base.matcher.query_words("tongg daii 111") == ["tong_dai", "111"]  # and its words join a phrase
    looked_up: list[str] = []
    correct = base.matcher._correct
    monkeypatch.setattr(base.matcher, "_correct", lambda word: looked_up.append(word) or correct(word))
    flood = " ".join(f"zqxw{n:03d}" for n in range(300))
    assert base.ask(flood).status == "decline"
    assert len(looked_up) == matcher.MAX_CORRECTIONS


def test_a_vietnamese_syllable_the_documents_do_not_use_is_kept_not_corrected_into_another(base: KnowledgeBase):
    # "rảnh" folds to "ranh", one letter from the "tranh" of "chiến tranh"
    assert base.matcher.query_words("bạn có rảnh không") == ["ban", "co", "ranh", "khong"]
    assert base.ask("mình cần hỏi một việc, bạn có rảnh không ạ").status != "answer"


def test_words_the_matcher_is_told_are_known_are_kept_as_typed(base: KnowledgeBase):
    documents = [matcher.Document("doc", ("the state of play",), "")]
    plain = matcher.Matcher(documents, base.normalizer)
    told = matcher.Matcher(documents, base.normalizer, known={"stat"})
    assert plain.query_words("111 stats") == ["111", "state"]  # corrected to the closest known word
    assert told.query_words("111 stats") == ["111", "stat"]


def test_a_number_inside_a_word_is_not_corrected_into_another_number(base: KnowledgeBase):
    # "cop28" is one letter from the "cop26" the documents speak of; the trap asks about COP28
    assert base.matcher.query_words("tai cop28 viet nam cam ket gi") == ["tai", "cop28", "viet_nam", "cam_ket", "gi"]
    assert base.ask("cam kết của Việt Nam tại COP28 là gì").status != "answer"
    assert base.ask("cam kết của Việt Nam tại COP26 là gì").status == "answer"


def test_an_address_is_a_word_of_its_own_not_the_place_a_question_asks(base: KnowledgeBase):
    # "địa" alone would be read with "địa điểm" (a question word) and "chỉ" with the "chị" addressed
    assert "dia_chi" in base.understand("địa chỉ Ngôi nhà Xanh LHQ").words
    assert "dia_chi" in base.understand("What is the street address of the Green One UN House?").words
    assert base.ask("What is the street address of the Green One UN House?").status != "answer"


@pytest.mark.parametrize(
    "question", ["ông hỏi nước mình vô LHQ hồi nào ấy nhỉ", "thế nước mình vào Liên hợp quốc hồi nào ấy nhỉ"]
)
def test_going_into_the_un_is_joining_the_un_and_still_the_un(base: KnowledgeBase, question: str):
    reply = base.ask(question)
    assert reply.status == "answer" and reply.id == "un-join-date"


def test_working_abroad_is_not_foreigners_working_here(base: KnowledgeBase):
    # "nước ngoài" alone is both "abroad" and "foreign": going to work there is one phrase.
    reply = base.ask("bn ng vn đi làm ở nước ngoài theo hợp đồng từ 2020")
    assert reply.status == "answer" and reply.id == "gcm-workers-abroad"


def test_lures_asked_as_invitations_find_the_entry_that_tells_them(base: KnowledgeBase):
    # "lời mời" is one token: apart, "lời" and "mời" fold like "lợi" and "mọi"/"mới", which are everywhere.
    assert "loi_moi" in base.understand("họ dụ trẻ em bằng những lời mời gì trên mạng").words
    reply = base.ask("kẻ buôn người dụ trẻ em bằng những lời mời gì trên mạng")
    assert (reply.status, reply.id) == ("answer", "iom-children-online-lures")


def test_a_sum_until_a_year_is_given_by_the_period_that_ends_then(base: KnowledgeBase):
    # The Đổi mới period's entry names its years, then the sum "in this period" (a clause naming no
    # year speaks of the years of the one before); the table of UN aid has it too.
    reply = base.ask("LHQ viện trợ không hoàn lại cho VN bao nhiêu tiền trong thời kỳ Đổi mới đến năm 2011?")
    assert reply.status == "answer" and reply.id in ("un-period-1986-2011", "un-aid"), (reply.status, reply.id)
    assert "630 triệu USD" in reply.body and "2022-2026" not in reply.body


def test_who_did_an_act_at_an_event_finds_the_entry_on_that_act(base: KnowledgeBase):
    # The meeting's own entries score higher; the one that tells who opened it is further behind.
    question = (
        "Who opened the UN General Assembly high-level meeting on the Global Plan of Action in late November 2025?"
    )
    reply = base.ask(question)
    assert reply.status == "answer" and reply.id == "tip-baerbock-opening", (reply.status, reply.id)
    assert base.understand("ai khai mạc hội nghị sơ kết GCM").focus == ("khai_mac",)


def test_an_acronym_is_spelt_out_in_the_documents_own_words(base: KnowledgeBase):
    # The document writes "Kế hoạch Phát triển kinh tế xã hội (SEDP)"; the entry had added a dash.
    reply = base.ask("SEDP viết tắt của gì")
    assert reply.status == "answer"
    assert "Kế hoạch Phát triển kinh tế xã hội (SEDP)" in reply.body


def test_how_long_is_answered_by_the_entry_close_behind_that_gives_a_length_of_time(base: KnowledgeBase):
    # The signing of the memorandum scores first and gives no span; the forty years are just behind.
    reply = base.ask("biên bản ghi nhớ IOM ký với bộ y tế: hai bên hợp tác bao lâu rồi")
    assert (reply.status, reply.id) == ("answer", "iom-moh-cooperation-40-years")


def test_a_table_of_counts_gives_no_length_of_time(base: KnowledgeBase):
    reply = base.ask("how long does hotline 111 take to handle one intervention case")
    assert reply.status != "answer"


def test_what_a_body_said_is_not_answered_by_a_list_of_those_present(base: KnowledgeBase):
    # The review conference's entry lists the ILO among the participants; what it said is not given.
    assert base.ask("ở hội nghị sơ kết GCM thì ILO phát biểu gì").status != "answer"
    # An entry that tells what IOM said answers it ("Theo bà Park Mi-hyung, Trưởng Phái đoàn ... IOM").
    reply = base.ask("IOM đánh giá gì về nỗ lực chống mua bán người của Việt Nam")
    assert (reply.status, reply.id) == ("answer", "iom-park-mi-hyung-assessment")


@pytest.mark.parametrize(
    "question",
    ["hội thảo nhân quyền ở Hòa Bình do tổ chức nào tài trợ vậy",
     "What was the United Nations' total grant aid for Vietnam over 2012-2016?",
     "What was the UN total assistance to Vietnam over 2012-2016?"],
)  # fmt: skip
def test_a_sponsor_or_a_total_the_documents_do_not_give_is_not_answered(base: KnowledgeBase, question: str):
    assert base.ask(question).status != "answer"


def test_co_sponsoring_a_statement_asks_no_sponsor(base: KnowledgeBase):
    # To co-sponsor a joint statement is to issue it together; "sponsored" alone asks who paid.
    reply = base.ask("How many countries co-sponsored that joint statement on trafficking facilitated by technology?")
    assert (reply.status, reply.id) == ("answer", "tip-joint-statement-countries")
    assert base.understand("Who sponsored the workshop in Hoa Binh?").asked.attribute == "sponsor"


@pytest.mark.parametrize(
    "question",
    ["năm 2022 có bao nhiêu ca xâm hại trẻ em trên mạng báo về 111 vậy, con tôi cũng hay lên mạng nên tôi lo",
     "2021 tổng đài 111 nhận bao nhiêu ca xâm hại trẻ em trên mạng, cháu nhà mình suốt ngày lên mạng"],
)
def test_a_worry_told_after_the_question_does_not_pull_it_to_a_close_neighbour(base: KnowledgeBase, question: str):
    # "lên mạng" of the worry pulls the whole message to the count of children's details posted online.
    reply = base.ask(question)
    assert reply.status == "answer" and reply.id == "hotline-111-online-abuse-total"


def test_a_thing_asked_by_a_number_the_entry_gives_another_is_not_answered(base: KnowledgeBase):
    # The documents tell of field hospital No. 2 in South Sudan, and of no No. 1.
    assert base.ask("bệnh viện dã chiến số 1 của Việt Nam đóng ở đâu vậy").status != "answer"
    reply = base.ask("bệnh viện dã chiến số 2 của Việt Nam đóng ở đâu vậy")
    assert (reply.status, reply.id) == ("answer", "un-peacekeeping-units")
    # "Dân số" ends in "số": a department's name before a day, no number of it.
    reply = base.ask("hội thảo của IOM với Cục Dân số ngày 24/9 có tên là gì")
    assert (reply.status, reply.id) == ("answer", "iom-internal-migrant-health-workshop")


@pytest.mark.parametrize(
    "question",
    ["các đại biểu thống nhất mấy phương hướng hợp tác với cơ chế nhân quyền LHQ, kể ra giúp tôi",
     # Written for this test: the count asked in a clause of its own, which an entry that counts them
     # answers word for word; the list asked after it.
     "hoi thao thong nhat may phuong huong hop tac voi co che nhan quyen LHQ? ke ra giup minh nhe"],
)
def test_a_list_asked_for_is_answered_by_the_entry_that_lists_it(base: KnowledgeBase, question: str):
    # Three entries score almost alike: the five directions listed, how they were agreed, the workshop.
    reply = base.ask(question)
    assert (reply.status, reply.id) == ("answer", "hrw-directions-all")


@pytest.mark.parametrize(
    ("question", "entry"),
    [("phương hướng thứ tư trong 5 phương hướng là gì vậy", "hrw-direction-4"),
     ("phuong huong thu 2 trong 5 huong hop tac la gi", "hrw-direction-2")],
)
def test_an_item_asked_of_a_list_of_so_many_is_the_item(base: KnowledgeBase, question: str, entry: str):
    # "trong 5": the size of the list, which the entry on the fourth direction need not say.
    reply = base.ask(question)
    assert (reply.status, reply.id) == ("answer", entry)


@pytest.mark.parametrize(
    ("question", "entry"),
    # Written for this test: the list of all five directions matches the rest of the words as well
    # as the entry on the one asked, or better; "t5" is chat for "thứ 5" after a list's noun.
    [("phương hướng đầu tiên được các đại biểu thống nhất về hợp tác với cơ chế nhân quyền LHQ là gì",
      "hrw-direction-1"),
     ("phuong huong t5 cua hoi thao nhan quyen la j z", "hrw-direction-5"),
     # "1st", folded "1 st"; and "orientation", as strangers put "phương hướng" in English.
     ("the 2nd direction for working with UN human rights mechanisms, what is it?", "hrw-direction-2"),
     ("what does the third orientation say about working with UN human rights mechanisms?", "hrw-direction-3")],
)
def test_an_item_asked_is_the_entry_on_that_item_before_the_whole_list(base: KnowledgeBase, question: str, entry: str):
    reply = base.ask(question)
    assert (reply.status, reply.id) == ("answer", entry)


def test_the_migration_compact_by_a_plain_name_is_the_gcm(base: KnowledgeBase):
    reply = base.ask("Việt Nam có kế hoạch triển khai thỏa thuận về di cư cho giai đoạn nào")
    assert (reply.status, reply.id) == ("answer", "gcm-plan-period")
    assert "gcm" in base.understand("the migration compact").words


def test_an_orientation_is_a_direction(base: KnowledgeBase):
    orientations = base.understand("which orientations were agreed")
    assert orientations.words == base.understand("which directions were agreed").words


def test_hr_is_human_rights_and_the_hr_council_the_human_rights_council(base: KnowledgeBase):
    # "HR" is how English writers shorten human rights in this knowledge base's subjects.
    assert base.understand("UN HR bodies").words == base.understand("UN human rights bodies").words
    assert base.understand("the HR Council").words == base.understand("the Human Rights Council").words
    reply = base.ask("from which ministries did the presenters at the HR workshop in Hoa Binh come?")
    assert (reply.status, reply.id) == ("answer", "hrw-presenter-agencies")


def test_duration_is_asked_only_when_it_is_the_thing_asked(base: KnowledgeBase):
    assert base.understand("border guard project duration").asked.duration
    # the noun of what a text regulates, not a length of time asked
    assert not base.understand("which decree sets the timing and duration of broadcasts for children").asked.duration


def test_the_years_of_a_row_answer_a_year_asked_in_english_words_side_by_side(base: KnowledgeBase):
    # "hotline intervene": two words the synonyms made whole, side by side in English where the row
    # says "Tổng đài 111 can thiệp"; "lured" is the row's "enticed".
    assert base.understand("kids lured online").words == base.understand("kids enticed online").words
    reply = base.ask("what year did the hotline intervene for kids enticed into trafficking online")
    assert (reply.status, reply.id) == ("answer", "hotline-111-intervention-online-trafficking")


def test_a_place_in_chat_is_read_only_after_a_list_noun(base: KnowledgeBase):
    assert base.understand("nhiem vu t3 la gi").asked.item == 3
    assert base.understand("hoi thao t5 o dau").asked.item == 0  # "t5" alone is as often May
    assert base.understand("the 4th orientation").asked.item == 4


def test_most_recently_asks_no_ranking(base: KnowledgeBase):
    # Written for this test: "most recently" is the last in time, which an answer's years tell; not
    # the top of a ranking that an answer ranking nothing cannot give.
    reply = base.ask("Which session of the UN General Assembly did Viet Nam serve as Vice-President most recently?")
    assert (reply.status, reply.id) == ("answer", "un-ga-vice-president-77")


def test_a_venue_or_location_asks_where(base: KnowledgeBase):
    # Written for this test: "địa điểm" and "venue" are "ở đâu", which the entry on when and where answers.
    for question in ("địa điểm tổ chức hội thảo cơ chế nhân quyền LHQ", "human rights mechanisms workshop venue"):
        reply = base.ask(question)
        assert (reply.status, reply.id) == ("answer", "hrw-workshop-when-where"), question


def test_a_name_the_question_gives_chooses_between_entries_scored_alike(base: KnowledgeBase):
    # Written for this test: the decree on the Law on Children scores as high; only one names the
    # Cybersecurity Law.
    reply = base.ask("what decree guides the Cybersecurity Law and when was it issued")
    assert (reply.status, reply.id) == ("answer", "child-online-decree-53-2022")


def test_the_writers_story_in_chat_shorthand_is_no_part_of_the_question(base: KnowledgeBase):
    # Written for this test: "mk đang viết bài thu hoạch" pulls the whole message to entries on articles.
    reply = base.ask("hội thảo nhân quyền ở HB tổ chức để làm gì ạ, mk đang viết bài thu hoạch")
    assert (reply.status, reply.id) == ("answer", "hrw-workshop-purpose")


def test_who_beside_the_bodies_the_documents_name_is_no_small_talk(base: KnowledgeBase):
    # Written for this test: "MOD" (defence) is no moderator, and "who" no "who are you".
    reply = base.ask("MOFA MOD MOLISA regulation who signed")
    assert reply.status != "smalltalk"
    assert base.ask("Bạn là AI à, hay là người thật?").status == "smalltalk"


def test_a_stored_phrasing_typed_as_stored_is_answered_by_its_entry(base: KnowledgeBase):
    # "penalties" reads as a fine asked, which the entry on the decree does not give; its editors
    # wrote the phrasing for it all the same.
    reply = base.ask("Decree 119/2020 press penalties")
    assert (reply.status, reply.id) == ("answer", "child-online-decree-119-2020")
    # Other words than the stored ones are judged as before.
    assert base.understand("decree 119/2020 press penalties how much").asked.attribute == "fine"


def test_which_country_number_asks_a_place_in_order(base: KnowledgeBase):
    # Written for this test: "which country number" is the place in a row of countries, not a country.
    message = base.understand("which country number was vietnam to ratify the nuclear weapons ban treaty")
    assert message.asked.rank
    assert base.decide(message).id == "un-nuclear-weapons-ban-treaty"


def test_the_border_project_names_its_co_organiser_by_the_acronym_the_source_gives(base: KnowledgeBase):
    # Asked "which department ... I saw an acronym", the entry on the project's name must carry "PCMT&TP" too.
    for lang in ("vi", "en"):
        assert "PCMT&TP" in getattr(base.items["iom-border-project-name"].answer, lang)


def test_years_abbreviated_yrs_are_years(base: KnowledgeBase):
    # Written for this test: "yrs" counts years, as "years" does.
    reply = base.ask("how many yrs have IOM and the Ministry of Health cooperated")
    assert (reply.status, reply.id) == ("answer", "iom-moh-cooperation-40-years")


def test_nd_before_xau_is_content_not_a_decree(base: KnowledgeBase):
    # Written for this test: "nd xấu" is "nội dung xấu" (harmful content), not a decree ("NĐ").
    assert "noi" in base.understand("báo cáo kênh clip nd xấu cho 111").words
    reply = base.ask("năm 2021 tổng đài 111 nhận bn lượt báo cáo kênh clip nd xấu")
    assert (reply.status, reply.id) == ("answer", "hotline-111-channel-clip-notifications")


def test_which_date_asks_a_date(base: KnowledgeBase):
    assert base.understand("the international day Viet Nam proposed, which date is it?").asks == "date"


def test_of_two_entries_scored_alike_the_one_that_gives_the_number_answers(base: KnowledgeBase):
    # Written for this test: the statement's content and the entry on who issued it score the same;
    # only the second counts the countries.
    message = base.understand("bao nhiêu nước tuyên bố chung mua bán người công nghệ")
    first, second = base.candidates(message)[:2]
    assert abs(first.score - second.score) < 0.001
    reply = base.ask("bao nhiêu nước tuyên bố chung mua bán người công nghệ")
    assert reply.status == "answer" and "43" in reply.body


def test_a_text_named_by_its_number_is_answered_by_its_own_entry_not_the_list_naming_it(base: KnowledgeBase):
    # Written for this test: the list of laws names the circular too, and matches as well.
    reply = base.ask("thông tư 09/2017 của Bộ TTTT điều chỉnh cái gì liên quan đến trẻ em trên báo chí")
    offered = reply.id if reply.status == "answer" else reply.suggestions[0].id if reply.suggestions else None
    assert offered == "child-online-circular-09-2017"
    assert base.ask("những văn bản pháp luật nào bảo vệ trẻ em trên mạng").id == "child-online-legal-framework"


def test_a_clause_does_not_answer_with_the_entry_the_whole_message_found_lacking(base: KnowledgeBase):
    # The entry on who presented the joint statement says the article names no ambassador; the
    # clause "Đại sứ Hàn Quốc tại UN" alone would be answered by it.
    reply = base.ask("Đại sứ Hàn Quốc tại UN, người đọc tuyên bố chung ấy, tên là gì vậy?")
    assert (reply.status, reply.id) == ("decline", "tip-joint-statement-presenter")
    assert "không nêu tên" in reply.body


def test_two_things_asked_are_answered_by_the_entry_linked_to_the_best_that_gives_both(base: KnowledgeBase):
    message = "What is the UN MEDEVAC mechanism that Vietnam joined as a treatment point, and when was it created?"
    reply = base.ask(message)
    assert reply.status == "answer" and reply.id == "un-medevac-definition" and "2020" in reply.body


def test_a_sum_of_money_is_no_count_of_the_hotlines_table(base: KnowledgeBase):
    assert base.ask("ADB cho VN vay bao nhiêu tiền trong mấy dự án đa - song phương đó?").status != "answer"


def test_a_bodys_office_in_the_country_is_no_place_where_something_was_held(base: KnowledgeBase):
    message = "Hội thảo di cư và sức khỏe người di cư nội địa hôm 24/9 tổ chức ở tỉnh nào vậy?"
    assert base.ask(message).status != "answer"
    reply = base.ask("dự án iom vs biên phòng tập trung ở khu vực nào z, biên giới đất liền hay cả trên biển")
    assert reply.status == "answer" and "trên biển" in reply.body


def test_a_which_period_question_keeps_the_acronym_it_names(base: KnowledgeBase):
    message = base.understand("Việt Nam là member của ECOSOC lần đầu giai đoạn nào vậy, cuối thập niên 90 hả?")
    first = base.candidates(message)[0].id
    assert base.mentions(first, ("ecosoc",))
    # keywords closing on a membership and "year" ask a date
    assert base.understand("Vietnam UN membership year").asks == "date"


def test_people_counted_by_where_they_went_need_an_entry_naming_that_country(base: KnowledgeBase):
    assert base.ask("trong 600k ng đi xkld đó có bn ng qua nhật z, e đang tính đi").status != "answer"
    # the writer's own plans after a comma are no country asked of
    reply = base.ask("từ 2020 tới h vn có bn ng đi xklđ theo hợp đồng z ad, mk tính đi nhật nè")
    assert reply.status == "answer" and "600.000" in reply.body


def test_a_world_day_in_shorthand(base: KnowledgeBase):
    # "ngày tg" beside "ngày" is a world day, not "thời gian".
    reply = base.ask("ngày tg chống buôn người là ngày nào z")
    assert reply.status == "answer" and reply.id == "iom-world-day-trafficking-date", (reply.status, reply.id)


def test_another_countrys_hotline_by_its_adjective_is_not_111(base: KnowledgeBase):
    assert base.ask("Japanese child hotline number?").status != "answer"
    assert base.ask("the Thai child helpline number, same as 111?").status == "decline"
    # the writer's own nationality is no country asked of
    reply = base.ask("I'm a Japanese researcher, when did Vietnam join the UN?")
    assert reply.status == "answer" and "1977" in reply.body


def test_uncitral_by_its_name_in_vietnamese(base: KnowledgeBase):
    reply = base.ask("VN trúng cử ủy ban luật thương mại quốc tế của LHQ mấy lần")
    assert (reply.status, reply.id) == ("answer", "hrw-news-uncitral")


def test_an_ambassador_in_shorthand_is_asked_by_name_not_the_bot(base: KnowledgeBase):
    reply = base.ask("đs anh tên j")
    assert reply.status == "answer" and "Iain Frew" in reply.body


def test_urged_and_investment_in_english_are_what_the_entries_say_called_on_and_invest(base: KnowledgeBase):
    reply = base.ask("which UN official urged more investment in supporting victims and victim-centred policies?")
    assert reply.status == "answer" and "Guy Ryder" in reply.body
    # "bắt đầu từ đâu" (where to start) is no investment
    assert base.ask("mình mới vào, chưa biết bắt đầu từ đâu").status == "smalltalk"


def test_stepped_up_is_increased(base: KnowledgeBase):
    reply = base.ask("which UN agencies stepped up support for Vietnam in the Doi Moi years?")
    assert (reply.status, reply.id) == ("answer", "un-agencies-1986-2011")


def test_accession_to_the_un_is_joining_it(base: KnowledgeBase):
    reply = base.ask("when did viet nam accede to the united nations")
    assert reply.status == "answer" and reply.id == "un-join-date"
