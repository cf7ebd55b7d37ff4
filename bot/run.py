"""Run the Telegram bot: ``python -m bot run`` (long polling) or ``python -m bot run --webhook``.

Usage:
    export TELEGRAM_BOT_TOKEN=123456789:ABC...   # from @BotFather
    python -m bot run

Settings come from the environment or a ``.env`` file (see ``bot.settings``). A missing
or malformed setting prints one line and exits with status 2.
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import urlsplit

from pydantic import ValidationError
from telegram import Update
from telegram.error import InvalidToken

from bot.app import build_application, default_limiters
from bot.backend import BackendError, open_backend
from bot.settings import Settings, describe
from knowledge.loader import KnowledgeBaseError
from knowledge.store import KnowledgeStore
from records.migrations import MigrationError

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--webhook", action="store_true", help="receive updates on BOT_WEBHOOK_URL instead of long polling"
    )


def setup_logging(level: str, secrets: Iterable[str] = ()) -> None:
    """Log at ``level``, with no secret and no word a person wrote in any record.

    httpx stays at WARNING because its request lines carry the token. python-telegram-bot's
    DEBUG lines print the Bot API URL (token included) and whole updates and requests
    (the people's messages, a crisis message among them): every record mentioning one of
    ``secrets`` has it replaced by ``<token>``, and the payloads in the library's records
    are replaced by ``<hidden>``.
    """
    logging.basicConfig(format=LOG_FORMAT, level=level)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    hidden = tuple(s for s in secrets if s)
    logging.setLogRecordFactory(_redacting(logging.getLogRecordFactory(), hidden))


RecordFactory = Callable[..., logging.LogRecord]
# An argument of a library record that can be shown: a number, or a short word such as an
# endpoint's name. Anything else (an update, a request's parameters, a JSON body) may hold
# what a person wrote.
_PLAIN = re.compile(r"^[\w./-]{0,40}$")


def _redacting(make_record: RecordFactory, secrets: tuple[str, ...]) -> RecordFactory:
    def make_redacted_record(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = make_record(*args, **kwargs)
        if record.name.startswith("telegram") and record.args:
            values = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(value if _shown(value) else "<hidden>" for value in values)
        try:
            message = record.getMessage()
        except (TypeError, ValueError):  # a malformed call; logging reports it itself
            return record
        if any(secret in message for secret in secrets):
            for secret in secrets:
                message = message.replace(secret, "<token>")
            record.msg, record.args = message, None
        return record

    return make_redacted_record


def _shown(value: object) -> bool:
    if isinstance(value, bool | int | float) or value is None:
        return True
    return isinstance(value, str) and _PLAIN.match(value) is not None


def main(args: argparse.Namespace) -> int:
    try:
        settings = Settings()
    except ValidationError as error:
        return _fail(f"setting {describe(error)}")
    if settings.token is None:
        return _fail("TELEGRAM_BOT_TOKEN is not set; get a token from @BotFather")
    webhook = bool(getattr(args, "webhook", False))
    if webhook and not settings.webhook_url:
        return _fail("--webhook needs BOT_WEBHOOK_URL, e.g. https://bot.example.org/telegram")
    setup_logging(settings.log_level, secrets=[settings.token.get_secret_value()])
    try:
        store = KnowledgeStore.open(settings.knowledge_dir)
    except KnowledgeBaseError as error:
        return _fail(f"the knowledge base cannot be loaded: {error}")
    try:
        backend = open_backend(settings, store)
    except BackendError as error:
        return _fail(str(error))
    _, send_limiter = default_limiters(settings)
    app = build_application(settings, store, backend.records, backend.limiter, send_limiter,
                            replicas=backend.replicas, services=backend.services)
    try:
        if webhook and settings.webhook_url:
            app.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                url_path=urlsplit(settings.webhook_url).path.lstrip("/"),
                webhook_url=settings.webhook_url,
                secret_token=settings.webhook_secret.get_secret_value() if settings.webhook_secret else None,
                allowed_updates=Update.ALL_TYPES,
            )
        else:
            app.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        return _fail("Telegram rejected TELEGRAM_BOT_TOKEN; check it with @BotFather")
    except MigrationError as error:
        return _fail(str(error))
    finally:
        backend.records.close()
    return 0


def _fail(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return 2
