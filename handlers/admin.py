"""/reload, /stats and /review, for the ids in BOT_ADMIN_IDS only."""

from __future__ import annotations

import asyncio
import logging
from functools import partial

from telegram import Message, Update
from telegram.ext import BaseHandler, CommandHandler

from handlers import render, review
from handlers.common import Deps, send
from handlers.context import BotContext
from knowledge.loader import KnowledgeBaseError
from knowledge.schema import Lang
from knowledge.store import FingerprintMismatch, KnowledgeStore, SelfTestError
from records import RecordsUnavailable

logger = logging.getLogger(__name__)

DEFAULT_DAYS = 7
MAX_DAYS = 3650


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    return [
        CommandHandler("reload", partial(reload, deps=deps)),
        CommandHandler("stats", partial(stats, deps=deps)),
        CommandHandler("review", partial(review_command, deps=deps)),
    ]


async def _admin_request(update: Update, context: BotContext, deps: Deps) -> tuple[Message, Lang] | None:
    """The message and reply language of an admin's command; anyone else is told no and gets None."""
    message, user = update.effective_message, update.effective_user
    if message is None:
        return None
    if user is None or user.id not in deps.admin_ids:
        await send(message, render.notice("not_allowed", context.lang))
        return None
    return message, context.lang


async def reload(update: Update, context: BotContext, deps: Deps) -> None:
    """Load the knowledge base from disk again, then have every other replica do the same.

    On any error the old version keeps serving, and the other replicas are not told.
    """
    allowed = await _admin_request(update, context, deps)
    if allowed is None:
        return
    message, lang = allowed
    try:
        report = await asyncio.to_thread(deps.store.reload)
    except (KnowledgeBaseError, SelfTestError, OSError) as error:
        logger.warning("Reload failed, the old knowledge base keeps serving: %s", error)
        await send(message, render.reload_failed(error, lang))
        return
    logger.info("Reloaded to version %s: %d added, %d removed, %d changed", report.fingerprint,
                len(report.added), len(report.removed), len(report.changed))
    fleet = await deps.replicas.announce_reload(report.fingerprint)
    await send(message, render.reload_report(report, lang, fleet))


async def follow_reload(store: KnowledgeStore, fingerprint: str) -> tuple[bool, str, str]:
    """Serve the version another replica announced, from the shared files: (ok, version served, why not)."""
    try:
        await asyncio.to_thread(store.follow, fingerprint)
    except (KnowledgeBaseError, SelfTestError, FingerprintMismatch, OSError) as error:
        return False, store.current.fingerprint(), str(error)
    return True, store.current.fingerprint(), ""


async def stats(update: Update, context: BotContext, deps: Deps) -> None:
    """``/stats [days]``: how questions went over the period."""
    allowed = await _admin_request(update, context, deps)
    if allowed is None:
        return
    message, lang = allowed
    try:
        found = await deps.records.stats(_days(context, DEFAULT_DAYS))
    except RecordsUnavailable:
        await send(message, render.notice("records_unavailable", lang))
        return
    kb = deps.store.current
    await send(message, render.stats(found, kb, lang, stale=len(kb.stale(deps.stale_days))))


async def review_command(update: Update, context: BotContext, deps: Deps) -> None:
    """``/review [days]``: the top of each list of ``python -m bot review``."""
    allowed = await _admin_request(update, context, deps)
    if allowed is None:
        return
    message, lang = allowed
    try:
        data = await deps.records.review(_days(context, review.DEFAULT_DAYS))
    except RecordsUnavailable:
        await send(message, render.notice("records_unavailable", lang))
        return
    # Grouping and asking the knowledge base about each question takes a while on a busy month.
    found = await asyncio.to_thread(review.build, data, deps.store.current, deps.stale_days)
    await send(message, render.review(found, lang))


def _days(context: BotContext, default: int) -> int:
    if context.args and context.args[0].isdigit():
        return min(max(int(context.args[0]), 1), MAX_DAYS)
    return default
