"""The evaluation: how each outcome is counted, and the figures the repository's eval sets must hold."""

from collections import Counter
from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase
from knowledge.evaluation import Item, evaluate, judge, load_items
from knowledge.reply import Reply

EVAL = Path(__file__).resolve().parents[2] / "eval"


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


# The figures reached on the repository's development sets (python -m bot eval eval/dev.yaml and
# eval/dev2.yaml); a change that loses an in-scope answer or answers one more out-of-scope question
# fails here. Raise them when the bot gets better. The decision model's threshold is chosen on held-out
# blind sets (eval/fit_decision.py), not on these two: at the threshold that keeps out-of-scope answers
# at about 7% there (see eval/fit_decision.py for why not 3%).
HELD = {
    "dev.yaml": {"right": 100, "oos_answered": 0, "wrong": 0},
    "dev2.yaml": {"right": 129, "oos_answered": 0, "wrong": 0},
}


@pytest.mark.parametrize("name", sorted(HELD))
def test_the_development_sets_keep_their_figures(base: KnowledgeBase, name: str):
    report = evaluate(load_items(EVAL / name), base.ask)
    kinds = Counter(outcome.kind for outcome in report.outcomes)
    held = HELD[name]
    assert kinds["right"] >= held["right"], kinds
    assert kinds["oos-answered"] <= held["oos_answered"], kinds
    assert kinds["wrong"] <= held["wrong"], kinds


def test_every_style_of_the_first_development_set_stays_at_or_above_90_percent(base: KnowledgeBase):
    report = evaluate(load_items(EVAL / "dev.yaml"), base.ask)
    for style, kinds in report.kinds(lambda item: item.style).items():
        in_scope = sum(n for kind, n in kinds.items() if not kind.startswith("oos"))
        if in_scope:
            assert kinds["right"] / in_scope >= 0.90, (style, kinds)


def test_a_key_matches_whatever_dash_and_spacing_the_answer_uses():
    item = Item("Nhiệm kỳ nào?", ("2000 - 2002",))
    assert judge(item, Reply("answer", "vi", "Nhiệm kỳ 2000–2002.")).kind == "right"
    assert judge(item, Reply("answer", "vi", "Nhiệm kỳ 2000-2003.")).kind == "wrong"


def test_a_figure_key_matches_its_unit_in_the_language_of_the_answer():
    item = Item("How many international migrants are there?", ("281 triệu",))
    assert judge(item, Reply("answer", "en", "About 281 million people.")).kind == "right"
    assert judge(item, Reply("answer", "en", "About 281 thousand people.")).kind == "wrong"
    share = Item("What share were women?", ("16 phần trăm",))
    assert judge(share, Reply("answer", "en", "Women were 16% of the rotation.")).kind == "right"


def test_a_key_matches_its_currency_or_session_said_in_the_other_order():
    aid = Item("How much grant aid until 2011?", ("630 triệu USD",))
    assert judge(aid, Reply("answer", "en", "1986-2011: over USD 630 million.")).kind == "right"
    assert judge(aid, Reply("answer", "en", "1986-2011: over USD 63 million.")).kind == "wrong"
    # a figure with a decimal moves whole: "USD 2.5 billion" is "2,5 tỷ USD", not "2 USD .5 billion"
    assert judge(Item("How much?", ("2,5 tỷ USD",)), Reply("answer", "en", "About USD 2.5 billion.")).kind == "right"
    session = Item("Which UNGA session?", ("Khóa 77",))
    assert judge(session, Reply("answer", "en", "Vice-President of the 77th session.")).kind == "right"
    assert judge(session, Reply("answer", "en", "Vice-President of the 78th session.")).kind == "wrong"
