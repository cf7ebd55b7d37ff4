"""Questions typed to the bot: in private, in groups when addressed, and with /ask."""

from __future__ import annotations

import re
from functools import partial

from telegram import Bot, Message, Update, User
from telegram.ext import BaseHandler, CommandHandler, ContextTypes, MessageHandler, filters

from bot.records import Interaction
from handlers import render
from handlers.common import Deps, send


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    new_message = filters.UpdateType.MESSAGE
    return [
        CommandHandler("ask", partial(ask_command, deps=deps)),
        MessageHandler(new_message & filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND,
                       partial(private_text, deps=deps)),
        MessageHandler(new_message & filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND,
                       partial(group_text, deps=deps)),
        MessageHandler(new_message & filters.ChatType.PRIVATE & ~filters.TEXT, partial(not_text, deps=deps)),
    ]


async def private_text(update: Update, context: ContextTypes.DEFAULT_TYPE, deps: Deps) -> None:
    """Answer a question typed in a private chat."""
    message = update.effective_message
    if message and message.text:
        await answer_question(message, update.effective_user, message.text, deps, context, group=False)


async def group_text(update: Update, context: ContextTypes.DEFAULT_TYPE, deps: Deps) -> None:
    """Answer in a group only when addressed: a mention or a reply to the bot."""
    message = update.effective_message
    if message is None:
        return
    question = addressed_question(message, context.bot)
    if question is None:
        return
    if not question.strip():
        lang = await deps.command_language(update.effective_user)
        await send(message, render.notice("mention_usage", lang))
        return
    await answer_question(message, update.effective_user, question, deps, context, group=True)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE, deps: Deps) -> None:
    """Answer ``/ask question`` in any chat."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or [])
    if not question:
        await send(message, render.notice("ask_usage", await deps.command_language(update.effective_user)))
        return
    group = message.chat.type != "private"
    await answer_question(message, update.effective_user, question, deps, context, group=group)


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE, deps: Deps) -> None:
    """Stickers, photos, voice and documents: ask for a typed question."""
    message = update.effective_message
    if message:
        await send(message, render.notice("type_your_question", await deps.command_language(update.effective_user)))


async def answer_question(
    message: Message,
    user: User | None,
    question: str,
    deps: Deps,
    context: ContextTypes.DEFAULT_TYPE,
    group: bool,
) -> None:
    """Ask the knowledge base, reply, then record the question without holding up the reply."""
    kb = deps.store.current
    found = kb.ask(question, await deps.chosen_language(user))
    await send(message, render.reply(found, asked=question, group=group))
    if user is not None:
        interaction = Interaction(user.id, question, found.status, found.lang, found.id, found.score)
        context.application.create_task(deps.records.log(interaction), name="record-question")


def addressed_question(message: Message, bot: Bot) -> str | None:
    """The question in a group message meant for the bot, without the mention; None if not meant for it."""
    text = message.text or ""
    mention = re.compile(rf"@{re.escape(bot.username)}\b", re.IGNORECASE)
    if mention.search(text):
        return " ".join(mention.sub(" ", text).split())
    replied = message.reply_to_message
    if replied and replied.from_user and replied.from_user.id == bot.id:
        return text
    return None


def is_for_bot(update: Update, bot: Bot) -> bool:
    """Whether the bot would act on this update; only those count against the rate limit."""
    if update.inline_query or update.callback_query:
        return True
    message = update.message
    if message is None:
        return False
    if message.chat.type == "private":
        return True
    text = message.text or ""
    if text.startswith("/"):
        command = text.split(maxsplit=1)[0]
        return "@" not in command or command.lower().endswith(f"@{bot.username.lower()}")
    return addressed_question(message, bot) is not None
