"""Inline mode: ``@bot question`` offers sourced answers to send into any chat.

It shows the decision private chat makes: a confident answer and the entries that
scored nearly as well; the hotline card for someone in danger; and when nothing is
confident, no results at all but a button that opens the private chat.
"""

from __future__ import annotations

from functools import partial

from telegram import InlineQueryResultArticle, InlineQueryResultsButton, Update
from telegram.ext import BaseHandler, InlineQueryHandler

from handlers import render
from handlers.common import Deps
from handlers.context import BotContext
from handlers.texts import text

MAX_RESULTS = 10
POPULAR = 5
CACHE_SECONDS = 10


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    return [InlineQueryHandler(partial(inline_query, deps=deps))]


async def inline_query(update: Update, context: BotContext, deps: Deps) -> None:
    """Results for the query, decided as in private chat."""
    query = update.inline_query
    if query is None:
        return
    kb = deps.store.current
    asked = query.query.strip()
    results: list[InlineQueryResultArticle] = []
    button = None
    if not asked:
        first_of_topics = [items[0] for t in kb.topics if (items := kb.items_in_topic(t))]
        answers = [kb.answer_for(item.id, context.lang) for item in first_of_topics[:POPULAR]]
        results = [render.inline_hotline(kb.hotline(context.lang)), *(render.inline_answer(a) for a in answers)]
    else:
        message = kb.understand(asked, context.chosen)
        found = kb.decide(message)
        if found.status == "urgent":
            results = [render.inline_hotline(found)]
        elif found.status == "answer" and found.id:
            others = [kb.answer_for(s.id, found.lang, words=message.words) for s in found.alternatives]
            results = [render.inline_answer(a) for a in (found, *others) if a.status == "answer"]
        if found.status != "answer":
            button = InlineQueryResultsButton(text("inline_private", found.lang), start_parameter="help")
    await query.answer(results[:MAX_RESULTS], cache_time=CACHE_SECONDS, is_personal=True, button=button)
