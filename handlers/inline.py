"""Inline mode: ``@bot question`` offers sourced answers to send into any chat."""

from __future__ import annotations

from functools import partial

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, Update
from telegram.ext import BaseHandler, ContextTypes, InlineQueryHandler

from handlers import render
from handlers.common import Deps
from handlers.texts import text

MAX_RESULTS = 10
POPULAR = 5
CACHE_SECONDS = 10


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    return [InlineQueryHandler(partial(inline_query, deps=deps))]


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE, deps: Deps) -> None:
    """Answers for the query; the hotline card alone for a message from someone in danger."""
    query = update.inline_query
    if query is None:
        return
    kb = deps.store.current
    asked = query.query.strip()
    lang = await deps.command_language(query.from_user)
    button = None
    results: list[InlineQueryResultArticle]
    if not asked:
        first_of_topics = [items[0] for t in kb.topics if (items := kb.items_in_topic(t))]
        answers = [kb.answer_for(item.id, lang) for item in first_of_topics[:POPULAR]]
        results = [render.inline_hotline(kb.hotline(lang)), *(render.inline_answer(a) for a in answers)]
    elif (decided := kb.ask(asked)).status == "urgent":
        card = kb.hotline(await deps.chosen_language(query.from_user) or decided.lang)
        results = [render.inline_hotline(card)]
        button = InlineQueryResultsButton(text("inline_private", card.lang), start_parameter="help")
    else:
        found = [a for a in kb.top_answers(asked, MAX_RESULTS) if a.status == "answer" and a.id]
        results = [render.inline_answer(a) for a in found]
        if not results:
            button = InlineQueryResultsButton(text("inline_private", lang), start_parameter="help")
    await query.answer(results[:MAX_RESULTS], cache_time=CACHE_SECONDS, is_personal=True, button=button)
