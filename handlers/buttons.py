"""Presses on inline buttons. Every callback query is answered, whatever its data."""

from __future__ import annotations

from functools import partial

from telegram import CallbackQuery, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler, ContextTypes

from bot.records import Interaction
from handlers import callbacks, render
from handlers.common import Deps, edit, send
from handlers.texts import text


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    return [CallbackQueryHandler(partial(button, deps=deps))]


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE, deps: Deps) -> None:
    """Act on a pressed button, then answer the callback query (with a notice, if any)."""
    query = update.callback_query
    if query is None:
        return
    notice: str | None = None
    try:
        notice = await _act(query, context, deps)
    finally:
        await query.answer(notice)


async def _act(query: CallbackQuery, context: ContextTypes.DEFAULT_TYPE, deps: Deps) -> str | None:
    """Do what the button asks; returns the notice to show, if any."""
    pressed = callbacks.parse(query.data)
    lang = await deps.command_language(query.from_user)
    if pressed is None:
        return text("stale_button", lang)
    kb = deps.store.current
    if pressed.kind in ("a", "r"):
        try:
            found = kb.answer_for(pressed.ident, pressed.lang)
        except KeyError:
            return text("gone", pressed.lang)
        if pressed.kind == "a":
            await edit(query, render.answer(found))
        elif isinstance(query.message, Message):
            await send(query.message, render.answer(found))
        interaction = Interaction(query.from_user.id, found.question or "", found.status, found.lang,
                                  found.id, found.score, via="button")
        context.application.create_task(deps.records.log(interaction), name="record-button")
    elif pressed.kind == "T":
        await edit(query, render.topics(kb, pressed.lang))
    elif pressed.kind == "t":
        if pressed.ident not in kb.topics:
            return text("gone", pressed.lang)
        await edit(query, render.topic_questions(kb, pressed.ident, pressed.lang, pressed.page))
    elif pressed.kind == "f":
        value = 1 if pressed.positive else -1
        context.application.create_task(deps.records.set_feedback(query.from_user.id, pressed.ident, value),
                                        name="record-feedback")
        return text("feedback_thanks", lang)
    elif pressed.kind == "l":
        await deps.records.set_language(query.from_user.id, pressed.lang)
        await edit(query, render.notice("language_set", pressed.lang))
    return None
