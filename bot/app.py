"""Wires the Telegram application: settings, knowledge store and records in, handlers registered."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import partial
from typing import Any

from telegram import BotCommand, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, BaseRateLimiter, ContextTypes, Defaults
from telegram.request import HTTPXRequest

from bot.backend import Service
from bot.request import RetryingRequest
from bot.settings import Settings
from handlers import admin, buttons, commands, gate, inline, questions
from handlers.common import Deps
from handlers.context import BotContext
from handlers.errors import log_error
from handlers.ratelimit import RateLimiter, UserRateLimiter
from knowledge.store import KnowledgeStore
from records import Records
from records.replicas import Replicas, SingleReplica

logger = logging.getLogger(__name__)

CONCURRENT_UPDATES = 64
RATE_LIMIT_RETRIES = 3  # a 429's retry_after is waited out this many times
CONNECTIONS = 256  # PTB's default pool for the bot's calls; answers to 64 updates go out at once

COMMANDS = {
    "vi": [
        ("topics", "Các chủ đề và câu hỏi"),
        ("hotline", "Tổng đài 111 và số khẩn cấp"),
        ("sources", "Các tài liệu nguồn"),
        ("lang", "Chọn ngôn ngữ"),
        ("privacy", "Dữ liệu mình lưu và cách xóa"),
        ("ask", "Hỏi (trong nhóm)"),
        ("help", "Hướng dẫn"),
    ],
    "en": [
        ("topics", "Topics and their questions"),
        ("hotline", "Hotline 111 and emergency numbers"),
        ("sources", "The source documents"),
        ("lang", "Choose a language"),
        ("privacy", "What is kept and how to delete it"),
        ("ask", "Ask a question (in groups)"),
        ("help", "How to use the bot"),
    ],
}


class QuestionApplication(Application):  # type: ignore[type-arg]
    """PTB's Application without its unbounded bookkeeping for a persistence we do not use.

    python-telegram-bot 22 adds the id of every user and chat it sees to two sets, which
    only a configured persistence ever empties. This bot stores nothing per user in PTB,
    so, left alone, those sets would grow with every new user for as long as it runs.
    """

    def _mark_for_persistence_update(self, *, update: object | None = None, job: Any = None) -> None:
        if self.persistence is not None:
            super()._mark_for_persistence_update(update=update, job=job)


def build_application(
    settings: Settings,
    store: KnowledgeStore,
    records: Records,
    limiter: RateLimiter,
    send_limiter: BaseRateLimiter | None,  # type: ignore[type-arg]
    replicas: Replicas | None = None,
    services: Sequence[Service] = (),
) -> Application:  # type: ignore[type-arg]
    """The bot, ready to ``initialize``/``start`` or ``run_polling``/``run_webhook``.

    Every collaborator comes in from outside (``default_limiters`` gives the deployed
    ones, ``bot.backend.open_backend`` the records and what comes with them), so a test
    or a benchmark passes its own instead of patching this module. ``services`` are
    started, in order, before the first update and stopped, in reverse, after the last.
    """
    if settings.token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    deps = Deps(store=store, records=records, admin_ids=frozenset(settings.admin_ids), limiter=limiter,
                retention_days=settings.retention_days, stale_days=settings.stale_days,
                replicas=replicas or SingleReplica())
    sending, polling = _requests(settings)
    builder = (
        ApplicationBuilder()
        .application_class(QuestionApplication)
        .token(settings.token.get_secret_value())
        .base_url(settings.base_url)
        .base_file_url(settings.base_file_url)
        .request(sending)
        .get_updates_request(polling)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .context_types(ContextTypes(context=BotContext))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(partial(post_init, records=records, services=services))
        .post_shutdown(partial(post_shutdown, services=services))
    )
    if send_limiter is not None:
        builder = builder.rate_limiter(send_limiter)
    app = builder.build()
    app.add_handlers(gate.handlers(deps), group=gate.GROUP)
    for module in (commands, admin, questions, buttons, inline):
        app.add_handlers(module.handlers(deps))
    app.add_error_handler(log_error)
    return app


def default_limiters(settings: Settings) -> tuple[UserRateLimiter, AIORateLimiter]:
    """The deployed limits: per user, and Telegram's own sending limits with 429s waited out.

    The sending limit is this process's share (``BOT_SEND_PER_SECOND``): Telegram counts
    the messages of the bot, however many replicas send them.
    """
    sending = AIORateLimiter(overall_max_rate=settings.send_per_second, max_retries=RATE_LIMIT_RETRIES)
    return UserRateLimiter(settings.user_rate_per_minute), sending


def _requests(settings: Settings) -> tuple[RetryingRequest, HTTPXRequest]:
    """HTTP for the bot's calls, retried after network failures, and for getUpdates, not retried.

    getUpdates is left to the Updater, which polls again after any error. The builder
    refuses timeouts next to request objects, so the timeouts are set on the requests.
    """
    seconds = settings.request_timeout
    sending = RetryingRequest(settings.send_attempts, connection_pool_size=CONNECTIONS, connect_timeout=seconds,
                              read_timeout=seconds, write_timeout=seconds)
    polling = HTTPXRequest(connect_timeout=seconds, read_timeout=seconds, write_timeout=seconds)
    return sending, polling


async def post_init(app: Application, records: Records, services: Sequence[Service] = ()) -> None:  # type: ignore[type-arg]
    """Start the services, purge old records and set the command menu; a failed menu only logs a warning."""
    for service in services:
        await service.start()
    removed = await records.purge()
    if removed:
        logger.info("Deleted %d interactions past the retention period", removed)
    await set_command_menu(app)


async def post_shutdown(app: Application, services: Sequence[Service] = ()) -> None:  # type: ignore[type-arg]
    """Stop the services, the last started first."""
    for service in reversed(services):
        await service.stop()


async def set_command_menu(app: Application) -> None:  # type: ignore[type-arg]
    menus = [("vi", COMMANDS["vi"]), ("en", COMMANDS["en"]), (None, COMMANDS["vi"])]
    for language_code, commands_ in menus:
        try:
            await app.bot.set_my_commands([BotCommand(c, d) for c, d in commands_], language_code=language_code)
        except TelegramError as error:
            logger.warning("Could not set the command menu (%s): %s", language_code or "default", error)
