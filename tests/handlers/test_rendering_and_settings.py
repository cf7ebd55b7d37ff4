"""Pieces without a network: HTML rendering, callback data, the rate limiter, settings and `run`."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bot import run
from bot.settings import Settings
from handlers import callbacks, render
from handlers.ratelimit import UserRateLimiter
from knowledge.reply import Reply
from knowledge.store import KnowledgeStore
from testkit.fake_bot_api import parse_html, utf16_length


def test_long_answers_are_split_into_valid_messages_under_the_limit() -> None:
    body = "\n".join(f"Dòng {n}: <tag> & “ngoặc” " + "chữ " * 300 for n in range(12)) + "x" * 5000
    outgoing = render.answer(Reply("answer", "vi", body, id="e", question="Câu hỏi <b>?"))
    assert len(outgoing.texts) > 2
    for text in outgoing.texts:
        visible, problem = parse_html(text)
        assert problem is None
        assert 0 < utf16_length(text) <= 4096 and visible.strip()
    assert outgoing.texts[0].startswith("<b>Câu hỏi &lt;b&gt;?</b>")


def test_an_overview_shows_its_topic_text_and_sources_above_a_button_per_main_question(
    knowledge_store: KnowledgeStore,
) -> None:
    found = knowledge_store.current.ask("human rights")
    outgoing = render.reply(found, asked="human rights")
    assert outgoing.texts[0].startswith("<b>Cooperation with UN human rights mechanisms</b>\n\nOn 16 April")
    assert "<i>Source: " in outgoing.texts[-1]
    assert outgoing.keyboard is not None
    pressed = [callbacks.Answer.parse(str(row[0].callback_data)) for row in outgoing.keyboard.inline_keyboard]
    assert [p.item_id for p in pressed if p] == [s.id for s in found.suggestions]


def test_every_callback_of_the_real_base_fits_in_64_bytes(knowledge_store: KnowledgeStore) -> None:
    kb = knowledge_store.current
    for item_id in kb.items:
        buttons = (callbacks.Answer("vi", item_id, (2020, 2022)), callbacks.Related("en", item_id),
                   callbacks.Feedback(item_id, False))
        for button in buttons:
            data = button.pack()
            assert data is not None and len(data.encode()) <= 64
            assert type(button).parse(data) == button
    for topic_id in kb.topics:
        page = callbacks.TopicPage("en", topic_id, 7)
        assert callbacks.TopicPage.parse(page.pack()) == page


def test_callback_data_too_long_gets_no_button() -> None:
    assert callbacks.Answer("vi", "x" * 63).pack() is None


def test_a_suggestion_button_keeps_the_years_asked() -> None:
    assert callbacks.Answer("vi", "hotline-111-calls-total", (2023,)).pack() == "a:vi:hotline-111-calls-total:2023"
    parsed = callbacks.Answer.parse("a:en:hotline-111-calls-total:2020+2")
    assert parsed == callbacks.Answer("en", "hotline-111-calls-total", (2020, 2022))


def test_a_suggestion_button_names_its_question_and_keeps_the_years() -> None:
    ref = callbacks.new_ref()
    button = callbacks.Answer("vi", "hotline-111-calls-total", (2020, 2022), ref)
    assert button.pack() == f"a:vi:hotline-111-calls-total:2020+2:{ref}"
    assert callbacks.Answer.parse(button.pack()) == button
    assert callbacks.Answer.parse(f"a:en:hotline-111-what:{ref}") == callbacks.Answer("en", "hotline-111-what", (), ref)


def test_a_reference_that_does_not_fit_is_left_out_before_the_button() -> None:
    long_id = "x" * 50
    assert callbacks.Answer("vi", long_id, (2020,), "abcdef").pack() == f"a:vi:{long_id}:2020"


@pytest.mark.parametrize(
    "data",
    ["", "a", "a:fr:x", "a:vi:", "a:vi:x:20", "a:vi:ok:2020:9", "a:vi:ok:abcdef:2020", "a:vi:ok:2020:abcdef:x",
     "a:vi:ok:2020-2022", "T:", "t:vi:x:y", "f:*:x", "l:de", "q:vi:x", "a:vi:<b>", "é" * 40],
)
def test_tampered_callback_data_is_not_understood(data: str) -> None:
    assert all(kind.parse(data) is None for kind in callbacks.KINDS)


def test_rate_limiter_notifies_once_then_ignores_until_the_window_passes() -> None:
    now = [0.0]
    limiter = UserRateLimiter(2, clock=lambda: now[0])
    assert [limiter.check_now(1) for _ in range(4)] == ["allow", "allow", "notify", "ignore"]
    assert limiter.check_now(2) == "allow"
    now[0] = 61.0
    assert limiter.check_now(1) == "allow"


def test_settings_read_admin_ids_from_a_comma_separated_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOT_ADMIN_IDS", "1, 2,3")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc-DEF_ghi")
    settings = Settings(_env_file=None)
    assert settings.admin_ids == {1, 2, 3}
    assert settings.base_file_url == "https://api.telegram.org/file/bot"
    assert "abc-DEF" not in repr(settings)


def test_generated_salt_is_kept_in_the_data_directory(tmp_path: Path) -> None:
    settings = Settings(_env_file=None, data_dir=tmp_path)
    assert settings.salt() == Settings(_env_file=None, data_dir=tmp_path).salt()
    assert len(settings.salt()) == 64


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("TELEGRAM_BOT_TOKEN", None, "TELEGRAM_BOT_TOKEN is not set"),
        ("TELEGRAM_BOT_TOKEN", "not a token", "TELEGRAM_BOT_TOKEN"),
        ("BOT_ADMIN_IDS", "me,you", "BOT_ADMIN_IDS"),
        ("BOT_USER_RATE_PER_MINUTE", "many", "BOT_USER_RATE_PER_MINUTE"),
        ("BOT_REQUEST_TIMEOUT", "0", "BOT_REQUEST_TIMEOUT"),
        ("BOT_SEND_ATTEMPTS", "0", "BOT_SEND_ATTEMPTS"),
        ("BOT_DATABASE_URL", "mysql://bot@db/bot", "BOT_DATABASE_URL"),
        ("BOT_DATABASE_URL", "postgresql://bot:pw@127.0.0.1:9/bot", "needs BOT_USER_SALT, the same on every replica"),
        ("BOT_RELOAD_WAIT", "0", "BOT_RELOAD_WAIT"),
        ("BOT_SEND_PER_SECOND", "0", "BOT_SEND_PER_SECOND"),
    ],
)
def test_run_prints_one_line_and_exits_2_on_a_bad_setting(
    variable: str, value: str | None, expected: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env here
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.delenv("BOT_USER_SALT", raising=False)
    if variable != "TELEGRAM_BOT_TOKEN":
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:abc")
    if value is not None:
        monkeypatch.setenv(variable, value)
    parser = argparse.ArgumentParser()
    run.add_arguments(parser)
    assert run.main(parser.parse_args([])) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: ") and expected in err
    assert "not a token" not in err
