"""The evaluation: how each outcome is counted, and the figures the repository's eval sets must hold."""

from knowledge.evaluation import Item, judge
from knowledge.reply import Reply


def test_an_in_scope_question_is_right_wrong_suggested_or_declined_by_status_and_keys():
    item = Item("Khi nào?", ("1977",))
    assert judge(item, Reply("answer", "vi", "Năm 1977.")).kind == "right"
    assert judge(item, Reply("answer", "vi", "Năm 1978.")).kind == "wrong"
    assert judge(item, Reply("suggest", "vi", "Có phải bạn muốn hỏi:")).kind == "suggested"
    assert judge(item, Reply("decline", "vi", "1977 không có.")).kind == "declined"
    assert judge(item, Reply("smalltalk", "vi", "Chào bạn")).kind == "other"


def test_an_out_of_scope_question_is_answered_only_by_an_answer_or_the_urgent_card():
    item = Item("Giá vàng?", None)
    assert judge(item, Reply("answer", "vi", "...")).kind == "oos-answered"
    assert judge(item, Reply("urgent", "vi", "111")).kind == "oos-answered"
    assert judge(item, Reply("suggest", "vi", "...")).kind == "oos-kept"
    assert judge(item, Reply("decline", "vi", "...")).kind == "oos-kept"
