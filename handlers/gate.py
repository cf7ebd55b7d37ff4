"""What runs before any handler, once per update: who is asking, whether it is for the bot, the rate limit."""

from __future__ import annotations

import re
from functools import partial

from telegram import Bot, InlineQueryResultsButton, Message, Update
from telegram.ext import ApplicationHandlerStop, BaseHandler, TypeHandler

from handlers import render
from handlers.common import Deps, send
from handlers.context import BotContext, resolve_person
from handlers.texts import text

GROUP = -1  # runs before the handlers in group 0


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    return [TypeHandler(Update, partial(gate, deps=deps))]


async def gate(update: Update, context: BotContext, deps: Deps) -> None:
    """Resolve the person and the addressed question; past the rate limit, one "slow down" notice."""
    user = update.effective_user
    resolve_person(update, context, deps.records)
    context.addressed = addressed_question(update.message, context.bot) if update.message else None
    if user is None or not is_for_bot(update, context):
        return
    verdict = await deps.limiter.check(user.id)
    if verdict == "allow":
        return
    if update.callback_query:  # a callback query is always answered
        await update.callback_query.answer(text("slow_down", context.lang))
    elif verdict == "notify" and update.inline_query:
        button = InlineQueryResultsButton(text("slow_down_short", context.lang), start_parameter="help")
        await update.inline_query.answer([], cache_time=0, is_personal=True, button=button)
    elif verdict == "notify" and update.effective_message:
        await send(update.effective_message, render.notice("slow_down", context.lang))
    raise ApplicationHandlerStop


def addressed_question(message: Message, bot: Bot) -> str | None:
    """The question in a group message meant for the bot, without the mention; None if not meant for it."""
    if message.chat.type == "private":
        return None
    text_ = message.text or ""
    mention = re.compile(rf"@{re.escape(bot.username)}\b", re.IGNORECASE)
    if mention.search(text_):
        return " ".join(mention.sub(" ", text_).split())
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.id == bot.id:
        return text_
    return None


def is_for_bot(update: Update, context: BotContext) -> bool:
    """Whether the bot would act on this update; only those count against the rate limit."""
    if update.inline_query or update.callback_query:
        return True
    message = update.message
    if message is None:
        return False
    if message.chat.type == "private":
        return True
    text_ = message.text or ""
    if text_.startswith("/"):
        command = text_.split(maxsplit=1)[0]
        return "@" not in command or command.lower().endswith(f"@{context.bot.username.lower()}")
    return context.addressed is not None
