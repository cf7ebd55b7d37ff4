"""The person behind an update, resolved once before any handler runs.

aiogram templates do this in a middleware and pass ``user`` and ``i18n`` into handlers;
in python-telegram-bot one context object lives for the whole update, so a first
handler fills it in and every later one reads ``context.chosen`` and ``context.lang``.
"""

from __future__ import annotations

from typing import Any

from telegram import Update
from telegram.ext import Application, CallbackContext, ExtBot

from knowledge.schema import Lang
from records import Records

GROUP = -2  # before the rate limit (-1) and the handlers (0)


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """The callback context with the person's language."""

    def __init__(self, application: Application[Any, Any, Any, Any, Any, Any], chat_id: int | None = None,
                 user_id: int | None = None) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        # The /lang choice, if any: replies to questions use it, else the question's language.
        self.chosen: Lang | None = None
        # For the bot's own words: the choice, else Telegram's language, else Vietnamese.
        self.lang: Lang = "vi"
        # In a group: the question of a message addressed to the bot (mention or reply), else None.
        self.addressed: str | None = None


def resolve_person(update: object, context: BotContext, records: Records) -> None:
    """Fill in ``context.chosen`` and ``context.lang`` for this update's user."""
    user = update.effective_user if isinstance(update, Update) else None
    if user is None:
        return
    stored = records.language(user.id)
    context.chosen = "en" if stored == "en" else "vi" if stored == "vi" else None
    code = (user.language_code or "").lower()
    context.lang = context.chosen or ("en" if code.startswith("en") else "vi")
