"""The HTTP layer of the bot's own Bot API calls: a few more tries after a network failure.

A reply lost to a timeout, a dropped connection or a 5xx from Telegram is a question
left without an answer. ``RetryingRequest`` sends such a call again, a bounded number
of times with a short backoff, for every method the bot calls *except* ``getUpdates``:
the Updater already retries its polling, and its offset makes fetching again safe.

This is at-least-once delivery, on purpose. When Telegram carried out a call and only
its response was lost (a read timeout, a connection closed after the message went
out), the retry sends the message a second time. For someone asking how to reach a
child protection hotline, a duplicate answer is better than silence.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram._utils.types import ODVInput  # the timeout type of BaseRequest.do_request
from telegram.error import NetworkError
from telegram.request import BaseRequest, HTTPXRequest, RequestData

logger = logging.getLogger(__name__)

NOT_RETRIED = frozenset({"getUpdates"})
MAX_BACKOFF = 2.0  # seconds; a user waits for every retry


class RetryingRequest(HTTPXRequest):
    """An ``HTTPXRequest`` that tries a call ``attempts`` times in all after a network failure.

    Retried: ``TimedOut`` and ``NetworkError`` from the HTTP client (no answer at all),
    and 5xx answers (PTB turns those into ``NetworkError``). Not retried: answers that
    are Telegram's decision, such as 400 or 403; a 429 is left to the rate limiter,
    which waits for its ``retry_after``. The wait before the n-th retry is
    ``backoff * 2**(n-1)`` seconds, at most ``MAX_BACKOFF``.
    """

    __slots__ = ("attempts", "backoff")

    def __init__(self, attempts: int = 3, backoff: float = 0.5, **options: Any) -> None:
        if attempts < 1:
            raise ValueError("attempts must be at least 1")
        super().__init__(**options)
        self.attempts = attempts
        self.backoff = backoff

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """See ``BaseRequest.do_request``; answers the last attempt's status, or raises its error."""
        api_method = api_method_of(url)
        attempts = 1 if api_method in NOT_RETRIED else self.attempts
        for attempt in range(1, attempts + 1):
            last = attempt == attempts
            try:
                code, payload = await super().do_request(
                    url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
                )
            except NetworkError as error:  # TimedOut is one
                if last:
                    raise
                problem = f"{type(error).__name__}: {error}"
            else:
                if code < 500 or last:
                    return code, payload
                problem = f"HTTP {code}"
            await self._pause(api_method, problem, attempt)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _pause(self, api_method: str, problem: str, attempt: int) -> None:
        delay = min(self.backoff * 2 ** (attempt - 1), MAX_BACKOFF)
        # The URL carries the token, so only the method's name is logged.
        logger.warning("%s failed (%s), attempt %d of %d; trying again in %.2f s",
                       api_method, problem, attempt, self.attempts, delay)
        await asyncio.sleep(delay)


def api_method_of(url: str) -> str:
    """``sendMessage`` for ``https://api.telegram.org/bot<token>/sendMessage``."""
    return url.rstrip("/").rpartition("/")[2]
