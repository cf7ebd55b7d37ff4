"""Presses on inline buttons: one handler per kind of callback data. Every callback query is answered."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from functools import partial

from telegram import CallbackQuery, Message, Update
from telegram.ext import BaseHandler, CallbackQueryHandler

from handlers import render
from handlers.callbacks import Answer, Feedback, Forget, Kind, Language, Related, TopicPage, Topics, matches
from handlers.common import Deps, edit, send
from handlers.context import BotContext
from handlers.texts import text
from knowledge.reply import Reply
from records import Interaction, RecordsUnavailable

# What a button does; returns the notice to show on the answered query, if any.
Action = Callable[[CallbackQuery, BotContext, Deps], Awaitable[str | None]]


def handlers(deps: Deps) -> list[BaseHandler]:  # type: ignore[type-arg]
    actions: list[tuple[Kind, Action]] = [
        (Answer, answer), (Related, related), (Topics, topics), (TopicPage, topic_page),
        (Feedback, feedback), (Language, language), (Forget, forget),
    ]
    found: list[BaseHandler] = [  # type: ignore[type-arg]
        CallbackQueryHandler(partial(_answered, action=action, deps=deps), pattern=matches(kind))
        for kind, action in actions
    ]
    # Data this bot did not make (tampered, or from an older version) gets a polite notice.
    found.append(CallbackQueryHandler(partial(_answered, action=stale, deps=deps)))
    return found


async def _answered(update: Update, context: BotContext, action: Action, deps: Deps) -> None:
    query = update.callback_query
    if query is None:
        return
    notice: str | None = None
    try:
        notice = await action(query, context, deps)
    finally:
        await query.answer(notice)


async def answer(query: CallbackQuery, context: BotContext, deps: Deps) -> str | None:
    """A suggestion or a topic's question: its answer replaces the message, for the period asked."""
    pressed = Answer.parse(query.data)
    assert pressed is not None  # the pattern parsed it
    found = _answer(deps, pressed.item_id, pressed.lang, pressed.years)
    if found is None:
        return text("gone", pressed.lang)
    await edit(query, render.answer(found))
    if pressed.ref is None:
        _record(context, deps, query, found)
    else:
        context.application.create_task(_choose(deps, query, found, pressed.ref), name="record-choice")
    return None


async def _choose(deps: Deps, query: CallbackQuery, found: Reply, ref: str) -> None:
    """Mark the suggestion chosen on the question it was offered for; a press by anyone else is a button press."""
    assert found.id is not None
    if not await deps.records.choose(query.from_user.id, ref, found.id):
        await deps.records.log(_button(query, found))


async def related(query: CallbackQuery, context: BotContext, deps: Deps) -> str | None:
    """A related question under an answer: its answer comes as a new message."""
    pressed = Related.parse(query.data)
    assert pressed is not None
    found = _answer(deps, pressed.item_id, pressed.lang)
    if found is None:
        return text("gone", pressed.lang)
    if isinstance(query.message, Message):
        await send(query.message, render.answer(found))
    _record(context, deps, query, found)
    return None


async def topics(query: CallbackQuery, context: BotContext, deps: Deps) -> str | None:
    pressed = Topics.parse(query.data)
    assert pressed is not None
    await edit(query, render.topics(deps.store.current, pressed.lang))
    return None


async def topic_page(query: CallbackQuery, context: BotContext, deps: Deps) -> str | None:
    pressed = TopicPage.parse(query.data)
    assert pressed is not None
    kb = deps.store.current
    if pressed.topic_id not in kb.topics:
        return text("gone", pressed.lang)
    await edit(query, render.topic_questions(kb, pressed.topic_id, pressed.lang, pressed.page))
    return None


async def feedback(query: CallbackQuery, context: BotContext, deps: Deps) -> str | None:
    pressed = Feedback.parse(query.data)
    assert pressed is not None
    value = 1 if pressed.positive else -1
    context.application.create_task(deps.records.set_feedback(query.from_user.id, pressed.item_id, value),
                                    name="record-feedback")
    return text("feedback_thanks", context.lang)


async def language(query: CallbackQuery, context: BotContext, deps: Deps) -> str | None:
    pressed = Language.parse(query.data)
    assert pressed is not None
    await deps.records.set_language(query.from_user.id, pressed.lang)
    await edit(query, render.notice("language_set", pressed.lang))
    return None


async def forget(query: CallbackQuery, context: BotContext, deps: Deps) -> str | None:
    """Delete everything kept about the user, or leave it, as the button says."""
    pressed = Forget.parse(query.data)
    assert pressed is not None
    if not pressed.confirmed:
        await edit(query, render.notice("forget_cancelled", context.lang))
        return None
    try:
        removed = await deps.records.forget(query.from_user.id)
    except RecordsUnavailable:
        await edit(query, render.notice("forget_later", context.lang))
        return None
    await edit(query, render.notice("forgotten", context.lang, count=str(removed)))
    return None


async def stale(query: CallbackQuery, context: BotContext, deps: Deps) -> str | None:
    return text("stale_button", context.lang)


def _answer(deps: Deps, item_id: str, lang: str, years: tuple[int, ...] = ()) -> Reply | None:
    kb = deps.store.current
    if item_id not in kb.items:
        return None
    return kb.answer_for(item_id, "en" if lang == "en" else "vi", years=set(years))


def _record(context: BotContext, deps: Deps, query: CallbackQuery, found: Reply) -> None:
    context.application.create_task(deps.records.log(_button(query, found)), name="record-button")


def _button(query: CallbackQuery, found: Reply) -> Interaction:
    """A press that answered an entry, recorded with the entry's own question."""
    return Interaction(query.from_user.id, found.question or "", found.status, found.lang, found.id, found.score,
                       via="button")
