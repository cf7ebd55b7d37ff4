"""The review's lists without a network: grouping near-duplicates, the best guess, the JSON shape."""

from __future__ import annotations

import datetime as dt
import json

from handlers import review
from knowledge.store import KnowledgeStore
from records import Asked, Chosen, Disliked, ReviewData


def test_wordings_that_differ_in_case_marks_and_punctuation_are_one_group_led_by_the_most_asked() -> None:
    groups = review.group([("gia vang hom nay", 1), ("Giá vàng hôm nay?", 2), ("giá  vàng hôm nay!!", 1),
                           ("thời tiết Hà Nội", 2)])
    assert [(g.wordings[0], g.count) for g in groups] == [("Giá vàng hôm nay?", 4), ("thời tiết Hà Nội", 2)]
    assert sorted(groups[0].wordings) == sorted(["gia vang hom nay", "Giá vàng hôm nay?", "giá  vàng hôm nay!!"])


def test_the_wording_asked_most_often_leads_its_group_even_when_it_joined_late() -> None:
    [found] = review.group([("giá vàng hôm nay", 2), ("Giá vàng hôm nay?", 2), ("gia vang hom nay nhe", 3)])
    assert found.wordings == ["gia vang hom nay nhe", "giá vàng hôm nay", "Giá vàng hôm nay?"]
    assert found.count == 7


def test_a_typo_or_a_word_order_keeps_a_question_in_its_group() -> None:
    [found] = review.group([("vn gia nhap lhq nam nao", 3), ("vn gia nhapp lhq nam nao", 1),
                            ("nam nao vn gia nhap lhq", 1)])
    assert found.count == 5


def test_a_short_question_is_not_swallowed_by_a_longer_one_that_contains_its_words() -> None:
    groups = review.group([("111", 3), ("111 có miễn phí không", 1), ("visa", 1), ("visa du lịch Nhật Bản", 1)])
    assert len(groups) == 4


def test_emoji_only_questions_are_grouped_by_their_text() -> None:
    groups = review.group([("🙂", 1), ("🙂", 2), ("🌧", 1)])
    assert [(g.wordings[0], g.count) for g in groups] == [("🙂", 3), ("🌧", 1)]


def test_the_review_keeps_what_still_needs_an_editor_with_the_best_guess(knowledge_store: KnowledgeStore) -> None:
    kb = knowledge_store.current
    data = ReviewData(
        30,
        unanswered=[Asked("giá vàng hôm nay?", 2), Asked("Giá vàng hôm nay", 1), Asked("Tổng đài 111 là gì?", 4)],
        chosen=[Chosen("Tổng đài 111 là gì?", "hotline-111-what", 3), Chosen("đường dây nóng trẻ em", "gone-id", 1),
                Chosen("Tổng đài 111 là gì?", "tip-joint-statement-what", 1)],
        disliked=[Disliked("hotline-111-what", 2)],
    )
    found = review.build(data, kb, stale_days=365, today=dt.date(2026, 12, 1))
    # "Tổng đài 111 là gì?" is answered now: not unanswered, and learned only for the other entry.
    [gold] = found.unanswered
    assert (gold.question, gold.count, gold.examples) == ("giá vàng hôm nay?", 3, ("giá vàng hôm nay?",
                                                                                  "Giá vàng hôm nay"))
    closest = kb.closest("giá vàng hôm nay?")
    assert closest is not None and gold.best_guess == closest.id
    learned = [(item.question, item.entry_id) for item in found.learned]
    assert learned == [("Tổng đài 111 là gì?", "tip-joint-statement-what")]
    assert found.disliked == [Disliked("hotline-111-what", 2)]
    assert found.stale == []
    assert sorted(s.id for s in review.build(data, kb, 365, dt.date(2028, 1, 1)).stale) == sorted(kb.items)


def test_the_json_form_is_one_object_of_four_lists_of_objects_with_fixed_keys() -> None:
    found = review.Review(
        7,
        unanswered=[review.Unanswered("q", 2, ("q", "Q"), "some-id"), review.Unanswered("r", 1, ("r",), None)],
        learned=[review.Learned("q2", "entry-a", 3)],
        disliked=[Disliked("entry-b", 1)],
        stale=[review.Stale("entry-c", dt.date(2024, 1, 2))],
    )
    data = json.loads(json.dumps(found.as_json()))
    assert list(data) == ["unanswered", "learned", "disliked", "stale"]
    assert data["unanswered"][0] == {"question": "q", "count": 2, "examples": ["q", "Q"], "best_guess": "some-id"}
    assert data["unanswered"][1]["best_guess"] is None
    assert data["learned"] == [{"question": "q2", "entry_id": "entry-a", "count": 3}]
    assert data["disliked"] == [{"entry_id": "entry-b", "count": 1}]
    assert data["stale"] == [{"id": "entry-c", "checked": "2024-01-02"}]
    assert review.Review(7).as_json() == {"unanswered": [], "learned": [], "disliked": [], "stale": []}
