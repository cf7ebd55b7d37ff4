"""The console front: the JSON contract, check, export and eval."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bot.cli import main

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "eval" / "dev.yaml"
FIELDS = {"question", "status", "id", "score", "lang", "text", "sources", "suggestions"}


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, capture_output=True, text=True, cwd=ROOT, timeout=120
    )


def test_ask_json_answers_every_stdin_line_in_order_with_the_contract_fields():
    questions = [
        "Tổng đài 111 là gì?",
        "When did Viet Nam join the UN?",
        "Giá vàng hôm nay?",
        "con tôi bị lừa bán",
        "xin chào",
        "",
    ]
    result = run_cli("ask", "--json", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == questions
    for row in rows:
        assert row.keys() >= FIELDS
        assert row["status"] in {"answer", "suggest", "decline", "urgent", "smalltalk"}
        assert row["lang"] in {"vi", "en"} and row["text"]
    assert [r["status"] for r in rows[:5]] == ["answer", "answer", "decline", "urgent", "smalltalk"]
    assert rows[0]["sources"][0]["title"] and "Nguồn:" in rows[0]["text"]
    assert rows[1]["lang"] == "en" and "Source:" in rows[1]["text"]


def test_ask_prints_the_answer_with_its_source(capsys):
    assert main(["ask", "tong dai 111 la gi"]) == 0
    out = capsys.readouterr().out
    assert "111" in out and "Nguồn:" in out


def test_check_passes_and_reports_counts_per_topic(capsys):
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    assert "hotline-111" in out and "self-test:" in out


def test_check_fails_on_a_broken_knowledge_base(tmp_path, capsys):
    (tmp_path / "bad.yaml").write_text("entries: [", encoding="utf-8")
    assert main(["--knowledge", str(tmp_path), "check"]) == 1
    assert "bad.yaml" in capsys.readouterr().err


def test_export_json_lists_entries_with_all_their_questions(capsys):
    assert main(["export", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    entry = next(e for e in data["entries"] if e["id"] == "hotline-111-what")
    assert "Tổng đài 111 là gì?" in entry["questions"]
    assert any(q.isascii() for q in entry["questions"])  # English phrasings too
    assert data["facts"] and data["sources"]
    assert [row["fact"] for row in data["tables"][0]["rows"]][:2] == [
        "hotline-111-calls-total",
        "hotline-111-calls-recorded",
    ]


def test_export_csv_has_a_row_per_entry_and_fact(capsys):
    assert main(["export", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0][:2] == ["kind", "id"]
    assert {r[0] for r in rows[1:]} == {"entry", "fact"}


def test_dev_evaluation_stays_above_the_agreed_thresholds():
    from knowledge.base import KnowledgeBase
    from knowledge.evaluation import evaluate, load_items

    report = evaluate(load_items(DEV), KnowledgeBase.load().ask)
    assert report.accuracy >= 0.95
    assert report.false_answer_rate <= 0.05
    for style, (right, total) in report.by(lambda item: item.style).items():
        if style != "oos":
            assert right / total >= 0.90, style


def test_no_front_of_the_console_shows_a_seed_file_name():
    from knowledge.loader import load_raw

    seeds = {s.seed for s in load_raw().sources if s.seed}
    questions = "\n".join(["Tổng đài 111 là gì?", "When did Viet Nam join the UN?", "IOM dự án biên giới",
                           "GCM sơ kết 5 năm", "hội thảo nhân quyền Hòa Bình", "số cuộc gọi 111 năm 2021"])
    outputs = [run_cli("ask", "--json", stdin=questions).stdout, run_cli("export", "--format", "json").stdout,
               run_cli("export", "--format", "csv").stdout, run_cli("ask", "vn gia nhap lhq nam nao").stdout]
    assert all(outputs)
    for output in outputs:
        for seed in seeds:
            assert seed not in output


def test_crisis_eval_reports_who_got_the_card_by_situation_and_lists_every_miss(tmp_path, capsys):
    items = [
        {"q": "em bị bố đánh chảy máu, cứu em", "crisis": True, "situation": "violence", "style": "vi", "kind": "x"},
        {"q": "hôm nay trời đẹp quá", "crisis": True, "situation": "missing", "style": "vi", "kind": "x"},
        {"q": "Việt Nam gia nhập Liên hợp quốc năm nào?", "crisis": False, "style": "vi", "kind": "general"},
        {"q": "Tổng đài 111 là gì?", "expect": ["111"]},  # no crisis field: not counted
    ]
    path = tmp_path / "crisis.yaml"
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    assert main(["crisis-eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert "crisis messages that got the card: 1/2 = 50.0%" in out
    assert "non-crisis messages that got the card: 0/1 = 0.0%" in out
    assert "MISS crisis without the card [missing/vi/x/?] hôm nay trời đẹp quá" in out
    assert "violence" in out and "detection: median" in out


@pytest.mark.parametrize("command", ["eval", "crisis-eval", "smalltalk-eval"])
def test_an_evaluation_set_missing_or_not_yaml_is_told_in_one_line(tmp_path, capsys, command: str):
    assert main([command, str(tmp_path / "missing.yaml")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read") and "Traceback" not in err
    broken = tmp_path / "broken.yaml"
    broken.write_text("- q: [not closed\n", encoding="utf-8")
    assert main([command, str(broken)]) == 1
    assert "is not valid YAML" in capsys.readouterr().err


def test_smalltalk_eval_counts_what_is_taken_as_small_talk(tmp_path, capsys):
    items = [{"q": "cảm ơn bạn nhé", "kind": "thanks", "style": "vi"},
             {"q": "Việt Nam gia nhập Liên hợp quốc năm nào?", "kind": "ack", "style": "vi"}]
    path = tmp_path / "talk.yaml"
    path.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    assert main(["smalltalk-eval", str(path)]) == 0
    out = capsys.readouterr().out
    assert "taken as small talk: 1/2 = 50.0%" in out
    assert "MISS [ack/vi] Việt Nam gia nhập Liên hợp quốc năm nào?" in out
