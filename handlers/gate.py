"""Checks made before any handler: the per-user rate limit."""

from __future__ import annotations

from functools import partial

from telegram import InlineQueryResultsButton, Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, ContextTypes, TypeHandler

from handlers import render
from handlers.common import Deps, send
from handlers.questions import is_for_bot
from handlers.texts import text

GROUP = -1  # runs before the handlers in group 0


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    return [TypeHandler(Update, partial(rate_limit, deps=deps))]


async def rate_limit(update: Update, context: ContextTypes.DEFAULT_TYPE, deps: Deps) -> None:
    """Past the limit: one "slow down" notice, then nothing until the minute has passed."""
    user = update.effective_user
    if user is None or not is_for_bot(update, context.bot):
        return
    verdict = deps.limiter.check(user.id)
    if verdict == "allow":
        return
    lang = await deps.command_language(user)
    if update.callback_query:  # a callback query is always answered
        await update.callback_query.answer(text("slow_down", lang))
    elif verdict == "notify" and update.inline_query:
        button = InlineQueryResultsButton(text("slow_down_short", lang), start_parameter="help")
        await update.inline_query.answer([], cache_time=0, is_personal=True, button=button)
    elif verdict == "notify" and update.effective_message:
        await send(update.effective_message, render.notice("slow_down", lang))
    raise ApplicationHandlerStop
