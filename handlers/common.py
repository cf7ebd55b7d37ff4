"""What every handler needs: its dependencies and sending a reply."""

from __future__ import annotations

from dataclasses import dataclass, field

from telegram import CallbackQuery, Message
from telegram.error import BadRequest

from handlers.ratelimit import RateLimiter
from handlers.render import Outgoing
from knowledge.store import KnowledgeStore
from records import Records
from records.replicas import Replicas, SingleReplica


@dataclass(frozen=True)
class Deps:
    """Passed to every handler with ``functools.partial``; nothing lives in module globals."""

    store: KnowledgeStore
    records: Records
    admin_ids: frozenset[int]
    limiter: RateLimiter
    retention_days: int  # named in the privacy facts the bot tells people
    stale_days: int  # an entry checked longer ago than this is stale (/stats, /review)
    replicas: Replicas = field(default_factory=SingleReplica)  # told about a /reload


async def send(message: Message, outgoing: Outgoing, quote: bool | None = None) -> None:
    """Reply to ``message`` with each part; the keyboard goes under the last.

    ``quote=False`` sends without replying to ``message``, so that, in a group, what a
    person in danger wrote is not shown again under the bot's reply.
    """
    last = len(outgoing.texts) - 1
    for number, part in enumerate(outgoing.texts):
        await message.reply_text(part, reply_markup=outgoing.keyboard if number == last else None, do_quote=quote)


async def edit(query: CallbackQuery, outgoing: Outgoing) -> None:
    """Turn the message under the pressed button into ``outgoing`` (or send it if that fails)."""
    message = query.message
    first, *rest = outgoing.texts
    try:
        await query.edit_message_text(first, reply_markup=None if rest else outgoing.keyboard)
    except BadRequest as error:
        if "not modified" in str(error).lower():
            return
        if isinstance(message, Message):
            await send(message, outgoing)
        return
    if rest and isinstance(message, Message):
        await send(message, Outgoing(tuple(rest), outgoing.keyboard))
