"""The one error handler: log the error with its traceback."""

from __future__ import annotations

import logging

from telegram import Update

from handlers.context import BotContext

logger = logging.getLogger(__name__)


async def log_error(update: object, context: BotContext) -> None:
    """Log an error raised while handling an update (or in a background task)."""
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("Error while handling update %s", update_id, exc_info=context.error)
