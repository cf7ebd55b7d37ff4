"""Updates as Telegram sends them, built from a few arguments instead of hand-written JSON."""

from __future__ import annotations

import itertools
import re
from typing import Any

DATE = 1_700_000_000
GROUP_ID = -100_123_456

_message_ids = itertools.count(1)
_query_ids = itertools.count(1)


def user(user_id: int = 1001, language_code: str | None = "vi", first_name: str = "Lan") -> dict[str, Any]:
    found: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": first_name}
    if language_code:
        found["language_code"] = language_code
    return found


def private_chat(of: dict[str, Any]) -> dict[str, Any]:
    return {"id": of["id"], "type": "private", "first_name": of["first_name"]}


def group_chat(chat_id: int = GROUP_ID, title: str = "Nhóm thử") -> dict[str, Any]:
    return {"id": chat_id, "type": "supergroup", "title": title}


def message(
    text: str,
    sender: dict[str, Any] | None = None,
    chat: dict[str, Any] | None = None,
    reply_to: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A text message; commands and @mentions get their entities, as Telegram adds them."""
    sender = sender or user()
    body: dict[str, Any] = {
        "message_id": next(_message_ids), "date": DATE, "chat": chat or private_chat(sender), "from": sender,
        "text": text,
    }
    entities = _entities(text)
    if entities:
        body["entities"] = entities
    if reply_to:
        body["reply_to_message"] = reply_to
    return {"message": body}


def group_message(text: str, sender: dict[str, Any] | None = None, reply_to: dict[str, Any] | None = None,
                  chat: dict[str, Any] | None = None) -> dict[str, Any]:
    return message(text, sender, chat or group_chat(), reply_to)


def sticker(sender: dict[str, Any] | None = None) -> dict[str, Any]:
    sender = sender or user()
    return {"message": {
        "message_id": next(_message_ids), "date": DATE, "chat": private_chat(sender), "from": sender,
        "sticker": {"file_id": "CAACAgIAAxkBAAE", "file_unique_id": "AgADsticker", "type": "regular",
                    "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "👍"},
    }}


def photo(sender: dict[str, Any] | None = None) -> dict[str, Any]:
    sender = sender or user()
    return {"message": {
        "message_id": next(_message_ids), "date": DATE, "chat": private_chat(sender), "from": sender,
        "photo": [{"file_id": "AgACAgIAAxkBAAE", "file_unique_id": "AQADphoto", "width": 90, "height": 90}],
    }}


def callback_query(data: str, on: dict[str, Any], sender: dict[str, Any] | None = None) -> dict[str, Any]:
    """A press on a button of ``on``, a message the bot sent (a recorded call's result)."""
    return {"callback_query": {
        "id": str(next(_query_ids)), "from": sender or user(), "chat_instance": "chat-instance-1",
        "data": data, "message": on,
    }}


def inline_query(query: str, sender: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"inline_query": {"id": str(next(_query_ids)), "from": sender or user(), "query": query, "offset": ""}}


def _entities(text: str) -> list[dict[str, Any]]:
    entities = []
    command = re.match(r"/\w+(@\w+)?", text)
    if command:
        entities.append({"type": "bot_command", "offset": 0, "length": _utf16(command.group())})
    for mention in re.finditer(r"@\w+", text):
        if command and mention.start() < command.end():
            continue
        entities.append({"type": "mention", "offset": _utf16(text[: mention.start()]),
                         "length": _utf16(mention.group())})
    return entities


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2
