"""/start, /help, /topics, /hotline, /sources, /lang, /privacy and /forget."""

from __future__ import annotations

from functools import partial

from telegram import Update
from telegram.ext import BaseHandler, CommandHandler

from handlers import render
from handlers.common import Deps, send
from handlers.context import BotContext


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    commands = {
        "start": start,
        "help": help_command,
        "topics": topics,
        "hotline": hotline,
        "sources": sources,
        "lang": language,
        "privacy": privacy,
        "forget": forget,
    }
    return [CommandHandler(name, partial(callback, deps=deps)) for name, callback in commands.items()]


async def start(update: Update, context: BotContext, deps: Deps) -> None:
    """Greet; a deep-link payload opens an entry's answer or a topic's questions."""
    message = update.effective_message
    if message is None:
        return
    lang = context.lang
    kb = deps.store.current
    payload = context.args[0] if context.args else ""
    if payload in kb.items:
        await send(message, render.answer(kb.answer_for(payload, lang)))
    elif payload in kb.topics:
        await send(message, render.topic_questions(kb, payload, lang))
    else:
        await send(message, render.welcome(lang))


async def help_command(update: Update, context: BotContext, deps: Deps) -> None:
    """List what the bot does and its commands."""
    if update.effective_message:
        lang = context.lang
        await send(update.effective_message, render.help_text(lang, context.bot.username))


async def topics(update: Update, context: BotContext, deps: Deps) -> None:
    """Show the topics as buttons."""
    if update.effective_message:
        lang = context.lang
        await send(update.effective_message, render.topics(deps.store.current, lang))


async def hotline(update: Update, context: BotContext, deps: Deps) -> None:
    """Send the hotline 111 card."""
    if update.effective_message:
        lang = context.lang
        await send(update.effective_message, render.hotline(deps.store.current.hotline(lang)))


async def sources(update: Update, context: BotContext, deps: Deps) -> None:
    """List the documents the answers come from."""
    if update.effective_message:
        lang = context.lang
        await send(update.effective_message, render.sources(deps.store.current, lang))


async def language(update: Update, context: BotContext, deps: Deps) -> None:
    """``/lang en`` or ``/lang vi`` sets the language; ``/lang`` alone offers both."""
    message, user = update.effective_message, update.effective_user
    if message is None:
        return
    choice = (context.args[0].lower() if context.args else "")[:2]
    if user is not None and choice in ("vi", "en"):
        await deps.records.set_language(user.id, choice)
        await send(message, render.notice("language_set", "en" if choice == "en" else "vi"))
        return
    await send(message, render.language_choice(context.lang))


async def privacy(update: Update, context: BotContext, deps: Deps) -> None:
    """Say what is kept about the user, for how long, and how to delete it."""
    if update.effective_message:
        outgoing = render.privacy(deps.store.current, context.lang, deps.retention_days)
        await send(update.effective_message, outgoing)


async def forget(update: Update, context: BotContext, deps: Deps) -> None:
    """Offer to delete everything kept about the user; the button does it."""
    if update.effective_message:
        await send(update.effective_message, render.forget_confirm(context.lang))
