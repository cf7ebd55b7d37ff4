"""Questions typed to the bot: in private, in groups when addressed, and with /ask."""

from __future__ import annotations

from functools import partial

from telegram import Message, Update, User
from telegram.ext import BaseHandler, CommandHandler, MessageHandler, filters

from handlers import render
from handlers.callbacks import new_ref
from handlers.common import Deps, send
from handlers.context import BotContext
from records import Interaction


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


async def private_text(update: Update, context: BotContext, deps: Deps) -> None:
    """Answer a question typed in a private chat."""
    message = update.effective_message
    if message and message.text:
        await answer_question(message, update.effective_user, message.text, deps, context, group=False)


async def group_text(update: Update, context: BotContext, deps: Deps) -> None:
    """Answer in a group only when addressed: a mention or a reply to the bot."""
    message = update.effective_message
    if message is None:
        return
    question = context.addressed
    if question is None:
        return
    if not question.strip():
        await send(message, render.notice("mention_usage", context.lang))
        return
    await answer_question(message, update.effective_user, question, deps, context, group=True)


async def ask_command(update: Update, context: BotContext, deps: Deps) -> None:
    """Answer ``/ask question`` in any chat."""
    message = update.effective_message
    if message is None:
        return
    question = " ".join(context.args or [])
    if not question:
        await send(message, render.notice("ask_usage", context.lang))
        return
    group = message.chat.type != "private"
    await answer_question(message, update.effective_user, question, deps, context, group=group)


async def not_text(update: Update, context: BotContext, deps: Deps) -> None:
    """Stickers, photos, voice and documents: ask for a typed question."""
    message = update.effective_message
    if message:
        await send(message, render.notice("type_your_question", context.lang))


async def answer_question(
    message: Message,
    user: User | None,
    question: str,
    deps: Deps,
    context: BotContext,
    group: bool,
) -> None:
    """Ask the knowledge base, reply, then record the question without holding up the reply."""
    kb = deps.store.current
    found = kb.ask(question, context.chosen)
    urgent = found.status == "urgent"
    ref = new_ref() if found.suggestions else None  # a press on a suggestion finds this question by it
    outgoing = render.reply(found, asked=question, group=group, retention_days=deps.retention_days, ref=ref)
    await send(message, outgoing, quote=False if urgent and group else None)
    if user is not None:
        # A message from someone in danger is never kept: only that it happened, when, and in which language.
        kept = "" if urgent else question
        offered = tuple(s.id for s in found.suggestions)
        interaction = Interaction(user.id, kept, found.status, found.lang, found.id, found.score, ref=ref,
                                  offered=offered)
        context.application.create_task(deps.records.log(interaction), name="record-question")
