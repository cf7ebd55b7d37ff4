import shutil

import pytest
import yaml

from knowledge.base import KnowledgeBase
from knowledge.facts import format_number
from knowledge.loader import KnowledgeBaseError
from knowledge.store import FingerprintMismatch, KnowledgeStore, SelfTestError
from tests.knowledge.conftest import make_entry


@pytest.mark.parametrize(
    ("value", "lang", "text"),
    [
        (687750, "vi", "687.750"),
        (687750, "en", "687,750"),
        (61.7, "vi", "61,7"),
        (61.7, "en", "61.7"),
        (43, "en", "43"),
    ],
)
def test_numbers_are_written_the_way_each_language_writes_them(value, lang, text):
    assert format_number(value, lang) == text


def test_reload_swaps_in_a_new_base_and_reports_what_changed(data_dir):
    folder = data_dir(entries=[make_entry("hotline-one"), make_entry("hotline-two")])
    store = KnowledgeStore.open(folder)
    old = store.current
    (folder / "items.yaml").write_text(
        yaml.safe_dump(
            {"entries": [make_entry("hotline-one", answer={"vi": "Mới.", "en": "New."}), make_entry("hotline-three")]},
            allow_unicode=True,
        ),
        encoding="utf-8",
    )
    report = store.reload()
    assert store.current is not old
    assert (report.added, report.removed, report.changed) == (("hotline-three",), ("hotline-two",), ("hotline-one",))
    assert report.load_ms > 0


def test_reload_keeps_old_base_when_yaml_is_broken(data_dir):
    folder = data_dir(entries=[make_entry("hotline-one")])
    store = KnowledgeStore.open(folder)
    old = store.current
    (folder / "items.yaml").write_text("entries: [ {id: ", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError):
        store.reload()
    assert store.current is old
    assert store.current.ask("câu hỏi số 1 về hotline-one").id == "hotline-one"


def test_reload_keeps_old_base_when_a_question_no_longer_finds_its_entry(data_dir):
    folder = data_dir(entries=[make_entry("hotline-one")])
    store = KnowledgeStore.open(folder)
    old = store.current
    twin = make_entry("hotline-twin")
    # Same words in a different order: loads fine, but the self-test cannot tell them apart.
    twin["questions"] = {
        "vi": [" ".join(reversed(q.split())) for q in make_entry("hotline-one")["questions"]["vi"]],  # type: ignore[index]
        "en": [" ".join(reversed(q.split())) for q in make_entry("hotline-one")["questions"]["en"]],  # type: ignore[index]
    }
    (folder / "items.yaml").write_text(
        yaml.safe_dump({"entries": [make_entry("hotline-one"), twin]}, allow_unicode=True), encoding="utf-8"
    )
    with pytest.raises(SelfTestError):
        store.reload()
    assert store.current is old


def test_the_same_files_in_another_folder_have_the_same_fingerprint_and_a_change_another(data_dir, tmp_path):
    folder = data_dir(entries=[make_entry("hotline-one")])
    copy = tmp_path / "copy"
    shutil.copytree(folder, copy)
    first, second = KnowledgeBase.load(folder), KnowledgeBase.load(copy)
    assert first.fingerprint() == second.fingerprint()
    (copy / "items.yaml").write_text(
        yaml.safe_dump({"entries": [make_entry("hotline-one", answer={"vi": "Khác.", "en": "Other."})]},
                       allow_unicode=True), encoding="utf-8")
    assert KnowledgeBase.load(copy).fingerprint() != first.fingerprint()


def test_following_an_announced_version_reloads_only_when_the_files_give_that_version(data_dir, monkeypatch):
    folder = data_dir(entries=[make_entry("hotline-one")])
    store, other = KnowledgeStore.open(folder), KnowledgeStore.open(folder)
    assert store.follow(store.current.fingerprint()) is None  # already serving it: nothing to do
    (folder / "items.yaml").write_text(
        yaml.safe_dump({"entries": [make_entry("hotline-one"), make_entry("hotline-two")]}, allow_unicode=True),
        encoding="utf-8")
    announced = other.reload().fingerprint
    # The announcer self-tested these files; the follower only loads them.
    monkeypatch.setattr(KnowledgeBase, "self_test", lambda self: pytest.fail("a follower ran the self-test"))
    report = store.follow(announced)
    assert report is not None and report.added == ("hotline-two",)
    assert store.current.fingerprint() == announced
    (folder / "items.yaml").write_text(yaml.safe_dump({"entries": [make_entry("hotline-three")]}), encoding="utf-8")
    old = store.current
    with pytest.raises(FingerprintMismatch):
        store.follow("0123456789abcdef")  # the files changed again since that version was announced
    assert store.current is old


THEMES = ("giáo dục", "y tế", "môi trường", "lao động", "nhà ở", "giao thông")


def test_a_question_asked_word_for_word_finds_its_entry_among_many_that_contain_its_words(data_dir):
    # Fifty entries whose every question contains all the words of the last one's first
    # question: on coverage alone they tie with it, and the last would miss the candidates.
    crowd = [
        make_entry(
            f"crowd-{n:02d}",
            questions={
                "vi": [f"hội nghị khu vực lần {n} bàn về {theme}" for theme in THEMES],
                "en": [f"regional conference number {n} on {theme}" for theme in THEMES[:3]],
            },
        )
        for n in range(50)
    ]
    target = make_entry(
        "zz-target",
        questions={
            "vi": ["hội nghị khu vực", *(f"hội nghị khu vực gồm những ai {k}" for k in range(5))],
            "en": ["regional conference", *(f"who attends the regional conference {k}" for k in range(2))],
        },
    )
    base = KnowledgeBase.load(data_dir(entries=[*crowd, target]))
    assert base.matcher.search("hội nghị khu vực", limit=1)[0].id == "zz-target"
    assert base.self_test() == []


@pytest.mark.parametrize(
    ("question", "given"),
    [("từ năm 2020 đến nay có bao nhiêu lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", True),
     ("riêng năm 2023 có bao nhiêu lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng", False)],
)  # fmt: skip
def test_a_total_over_years_answers_the_period_it_starts_not_one_year_inside_it(
    base: KnowledgeBase, question: str, given: bool
):
    reply = base.answer_for("gcm-workers-abroad", "vi", words=base.understand(question).words)
    assert ("600.000" in reply.body) is given, reply.body


@pytest.mark.parametrize(
    ("question", "shown", "hidden"),
    [("Trước 2010 Việt Nam làm thành viên ECOSOC nhiệm kỳ nào?", "1998-2000", "2016-2018"),
     ("Which ECOSOC term did Viet Nam serve after 2010?", "2016-2018", "1998-2000"),
     ("Which ECOSOC terms did Viet Nam serve up to 2000?", "1998-2000", "2016-2018")],
)  # fmt: skip
def test_a_year_with_before_or_after_asks_for_the_periods_on_that_side(
    base: KnowledgeBase, question: str, shown: str, hidden: str
):
    lang = base.understand(question).lang
    reply = base.answer_for("un-seat-ecosoc", lang, words=base.understand(question).words)
    body = reply.body.replace("–", "-")  # a term is shown as written, with its en dash in English
    assert shown in body and hidden not in body, reply.body


def test_sau_of_chuyen_sau_is_deep_not_after(base: KnowledgeBase):
    # Folded, "chuyên sâu 2022" reads "chuyen sau 2022": the year asked, not the years after it.
    question = "111 tư vấn chuyên sâu 2022"
    reply = base.answer_for("hotline-111-in-depth-counselling-calls", "vi", words=base.understand(question).words)
    assert "10.420" in reply.body and "5.741" not in reply.body, reply.body


def test_a_term_held_is_shown_once_not_as_a_figure_for_its_own_period(base: KnowledgeBase):
    vi = base.answer_for("un-seat-security-council", "vi").body
    assert "• 2008-2009 (lần đầu tiên)" in vi and "giai đoạn 2008-2009:" not in vi, vi
    en = base.answer_for("un-seat-ga-vice-president", "en").body
    assert "• 77th session, 9/2022–9/2023" in en and "1997: 1997" not in en, en
    # A figure for a period keeps its period.
    assert "năm 2021: 507.861" in base.answer_for("hotline-111-calls-total", "vi").body
