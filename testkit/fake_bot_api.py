"""A Bot API server on 127.0.0.1 for tests and benchmarks, speaking just enough HTTP/1.1 for httpx.

Point the bot at ``api.base_url`` (``http://127.0.0.1:PORT/bot``). The server serves
the updates a test queues through ``getUpdates`` (long polling with offsets), answers
the methods the bot calls, checks texts as Telegram would (HTML entities, 4,096
characters, not empty) and records every request for assertions. A test can make
the next calls of a method fail with ``fail(...)``: 400, 429 with retry_after, 502;
``stall(...)`` keeps a request unanswered until the client gives up, and ``drop(...)``
closes the connection instead of answering. A stalled or dropped call is not carried
out (no message is sent, no update is consumed) and is recorded with status 0.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import itertools
import json
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from http import HTTPStatus
from typing import Any, Literal
from urllib.parse import parse_qs

JSON_PARAMS = {
    "reply_markup", "results", "commands", "button", "allowed_updates", "link_preview_options",
    "reply_parameters", "scope", "entities", "is_personal", "cache_time", "show_alert",
}
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre",
    "blockquote", "tg-emoji",
}
MAX_TEXT = 4096

Cut = Literal["stall", "drop"]


@dataclass
class Call:
    """One request the bot made, and what the server answered."""

    method: str
    params: dict[str, Any]
    status: int = 200
    result: Any = None
    fault: Cut | None = None  # set, with status 0, when the server never answered

    @property
    def text(self) -> str:
        return str(self.params.get("text", ""))

    @property
    def chat_id(self) -> int | None:
        value = self.params.get("chat_id")
        return int(value) if value is not None else None

    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button, row by row."""
        markup = self.params.get("reply_markup") or {}
        return [(b["text"], b.get("callback_data", "")) for row in markup.get("inline_keyboard", []) for b in row]


@dataclass
class Fault:
    status: int
    description: str
    retry_after: int | None = None
    cut: Cut | None = None


@dataclass
class FakeBotAPI:
    token: str
    bot_id: int = 777000111
    username: str = "vn_un_test_bot"
    calls: list[Call] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(5000)
        self._changed = asyncio.Condition()
        self._faults: dict[str, deque[Fault]] = defaultdict(deque)
        self._chats: dict[int, dict[str, Any]] = {}
        self._writers: set[asyncio.StreamWriter] = set()
        self._connections: set[asyncio.Task[None]] = set()
        self._server: asyncio.Server | None = None
        self._closing = False
        self.port = 0

    # -- lifecycle -------------------------------------------------------------------

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        self.port = self._server.sockets[0].getsockname()[1]

    async def stop(self) -> None:
        self._closing = True
        async with self._changed:
            self._changed.notify_all()
        if self._server:
            self._server.close()
            for writer in list(self._writers):
                writer.close()
            if self._connections:
                await asyncio.wait(self._connections, timeout=5)
            await self._server.wait_closed()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def bot_user(self) -> dict[str, Any]:
        return {
            "id": self.bot_id, "is_bot": True, "first_name": "VN UN Q&A", "username": self.username,
            "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True,
        }

    # -- what tests do ---------------------------------------------------------------

    def queue(self, update: dict[str, Any]) -> dict[str, Any]:
        """Serve ``update`` on the next getUpdates; returns it with its update_id."""
        update = {"update_id": next(self._update_ids), **update}
        for part in update.values():
            if isinstance(part, dict):
                chat = part.get("chat") or (part.get("message") or {}).get("chat")
                if chat:
                    self._chats[chat["id"]] = chat
        self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update

    def fail(self, method: str, status: int, description: str = "", retry_after: int | None = None,
             times: int = 1) -> None:
        """Answer the next ``times`` calls of ``method`` with this error."""
        text = description or HTTPStatus(status).phrase
        for _ in range(times):
            self._faults[method].append(Fault(status, text, retry_after))

    def stall(self, method: str, times: int = 1) -> None:
        """Leave the next ``times`` calls of ``method`` unanswered, so the client's read timeout fires."""
        for _ in range(times):
            self._faults[method].append(Fault(0, "stalled", cut="stall"))

    def drop(self, method: str, times: int = 1) -> None:
        """Close the connection of the next ``times`` calls of ``method`` without answering."""
        for _ in range(times):
            self._faults[method].append(Fault(0, "dropped", cut="drop"))

    def mark(self) -> int:
        """A point in the request log; ``wait_for(since=...)`` looks only after it."""
        return len(self.calls)

    def of(self, method: str, since: int = 0, ok_only: bool = True) -> list[Call]:
        return [c for c in self.calls[since:] if c.method == method and (c.status == 200 or not ok_only)]

    async def wait_for(
        self,
        method: str,
        since: int = 0,
        count: int = 1,
        where: Callable[[Call], bool] = lambda call: True,
        timeout: float = 10.0,
        ok_only: bool = True,
    ) -> list[Call]:
        """Wait (at most ``timeout`` seconds) until ``count`` matching calls were recorded."""
        def found() -> list[Call]:
            return [c for c in self.of(method, since, ok_only) if where(c)]

        async def enough() -> list[Call]:
            async with self._changed:
                await self._changed.wait_for(lambda: len(found()) >= count)
            return found()

        try:
            return await asyncio.wait_for(enough(), timeout)
        except TimeoutError:
            seen = [(c.method, c.status, c.params.get("text", "")[:80]) for c in self.calls[since:]]
            raise AssertionError(f"no {count} x {method} within {timeout}s; after the mark: {seen}") from None

    # -- HTTP ------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        task = asyncio.current_task()
        if task:
            self._connections.add(task)
        try:
            while not self._closing:
                head = await reader.readuntil(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                _, target, _ = request_line.split(" ", 2)
                headers = {k.strip().lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines if h)}
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                answer = await self._route(target, headers.get("content-type", ""), body)
                if answer == "stall":
                    await _until_closed(reader)
                if isinstance(answer, str):  # stalled or dropped: close without a word
                    break
                status, payload = answer
                data = payload if isinstance(payload, bytes) else json.dumps(payload).encode()
                kind = "text/html" if isinstance(payload, bytes) else "application/json"
                writer.write(
                    f"HTTP/1.1 {status} {HTTPStatus(status).phrase}\r\nContent-Type: {kind}\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n".encode() + data
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.LimitOverrunError):
            pass
        finally:
            self._writers.discard(writer)
            if task:
                self._connections.discard(task)
            writer.close()

    async def _route(self, target: str, content_type: str, body: bytes) -> tuple[int, Any] | Cut:
        prefix, _, method = target.rpartition("/")
        if prefix != f"/bot{self.token}":
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        params = _params(content_type, body)
        call = Call(method, params)
        fault = self._faults[method].popleft() if self._faults[method] else None
        if fault and fault.cut:
            call.status, call.fault = 0, fault.cut
            self.calls.append(call)
            await self._notify()
            return fault.cut
        if fault:
            status, payload = _error(fault)
        else:
            status, payload = await self._answer(method, params)
        call.status = status
        call.result = payload.get("result") if isinstance(payload, dict) else None
        self.calls.append(call)
        await self._notify()
        return status, payload

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    # -- Bot API methods ---------------------------------------------------------------

    async def _answer(self, method: str, params: dict[str, Any]) -> tuple[int, Any]:
        if method == "getMe":
            return _ok(self.bot_user)
        if method == "getUpdates":
            return _ok(await self._get_updates(params))
        if method in ("sendMessage", "editMessageText"):
            problem = check_text(params)
            if problem:
                return _error(Fault(400, f"Bad Request: {problem}"))
            return _ok(self._message(params) if "chat_id" in params else True)
        if method == "editMessageReplyMarkup":
            return _ok(self._message(params) if "chat_id" in params else True)
        if method == "answerCallbackQuery":
            if len(params.get("text", "")) > 200:
                return _error(Fault(400, "Bad Request: MESSAGE_TOO_LONG"))
            return _ok(True)
        if method == "answerInlineQuery":
            problem = check_inline_results(params)
            return _error(Fault(400, f"Bad Request: {problem}")) if problem else _ok(True)
        if method in ("setMyCommands", "setWebhook", "deleteWebhook", "deleteMyCommands", "close", "logOut"):
            return _ok(True)
        if method == "getWebhookInfo":
            return _ok({"url": "", "has_custom_certificate": False, "pending_update_count": 0})
        return 404, {"ok": False, "error_code": 404, "description": "Not Found: method not found"}

    async def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset", 0) or 0)
        timeout = float(params.get("timeout", 0) or 0)
        self._updates = [u for u in self._updates if u["update_id"] >= offset]

        async def some() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: bool(self._updates) or self._closing)

        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(some(), timeout)
        return self._updates[:100]

    def _message(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = int(params["chat_id"])
        chat = self._chats.get(chat_id, {"id": chat_id, "type": "private", "first_name": "User"})
        message_id = int(params.get("message_id") or next(self._message_ids))
        message: dict[str, Any] = {
            "message_id": message_id, "date": 1_700_000_000, "chat": chat, "from": self.bot_user,
            "text": visible_text(params.get("text", "")) if params.get("parse_mode") == "HTML" else params.get("text"),
        }
        if params.get("reply_markup"):
            message["reply_markup"] = params["reply_markup"]
        return message


# -- Telegram's checks ---------------------------------------------------------------------


class _TelegramHTML(HTMLParser):
    """Telegram's HTML: a few tags, balanced; only &lt; &gt; &amp; &quot; and numeric entities."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.text: list[str] = []
        self.problem: str | None = None

    def _fail(self, problem: str) -> None:
        self.problem = self.problem or f"can't parse entities: {problem}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self._fail(f'unsupported start tag "{tag}"')
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._fail(f'unsupported start tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open[-1] != tag:
            self._fail(f'can\'t find end tag corresponding to start tag "{tag}"')
        else:
            self.open.pop()

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            if char in data:
                self._fail(f"unescaped {char!r} in text")
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in ("lt", "gt", "amp", "quot"):
            self._fail(f'unsupported entity "&{name};"')
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))

    def handle_comment(self, data: str) -> None:
        self._fail("comments are not supported")

    def handle_decl(self, decl: str) -> None:
        self._fail("declarations are not supported")


def parse_html(text: str) -> tuple[str, str | None]:
    """The visible text of Telegram HTML and the problem with it, if any."""
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.open:
        parser._fail(f'unclosed tag "{parser.open[-1]}"')
    return "".join(parser.text), parser.problem


def visible_text(text: str) -> str:
    return parse_html(text)[0]


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def check_text(params: dict[str, Any], key: str = "text") -> str | None:
    """What Telegram would say about this message text, or None if it is fine."""
    text = str(params.get(key, ""))
    if params.get("parse_mode") == "HTML":
        text, problem = parse_html(text)
        if problem:
            return problem
    if not text.strip():
        return "message text is empty"
    if utf16_length(text) > MAX_TEXT:
        return "message is too long"
    return None


def check_inline_results(params: dict[str, Any]) -> str | None:
    results = params.get("results") or []
    if len(results) > 50:
        return "RESULTS_TOO_MUCH"
    ids = [r.get("id") for r in results]
    if len(set(ids)) != len(ids) or any(not i or len(str(i).encode()) > 64 for i in ids):
        return "RESULT_ID_INVALID"
    for result in results:
        content = result.get("input_message_content") or {}
        problem = check_text(content, "message_text")
        if problem:
            return problem
    button = params.get("button")
    if button and not 1 <= len(button.get("text", "")) <= 64:
        return "BUTTON_TEXT_INVALID"
    return None


async def _until_closed(reader: asyncio.StreamReader) -> None:
    """Wait for the client to give up on the connection, or for ``stop()`` to close it."""
    with contextlib.suppress(ConnectionError):
        await reader.read()


def _params(content_type: str, body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    if content_type.startswith("application/json"):
        data: dict[str, Any] = json.loads(body)
        return data
    params: dict[str, Any] = {k: v[0] for k, v in parse_qs(body.decode(), keep_blank_values=True).items()}
    for key in JSON_PARAMS & params.keys():
        params[key] = json.loads(params[key])
    return params


def _ok(result: Any) -> tuple[int, dict[str, Any]]:
    return 200, {"ok": True, "result": result}


def _error(fault: Fault) -> tuple[int, Any]:
    if fault.status >= 500:
        return fault.status, f"<html><body>{fault.description}</body></html>".encode()
    payload: dict[str, Any] = {"ok": False, "error_code": fault.status, "description": fault.description}
    if fault.retry_after is not None:
        payload["parameters"] = {"retry_after": fault.retry_after}
    return fault.status, payload
