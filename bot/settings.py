"""The bot's settings, read from the environment (and an optional ``.env`` file).

Tests build ``Settings(...)`` explicitly with ``_env_file=None`` instead of setting
environment variables; fields are filled by name or by their variable name.
"""

from __future__ import annotations

import logging
import os
import secrets
import socket
from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from knowledge.loader import DEFAULT_DATA_DIR

SALT_FILE = "user_salt"
DEFAULT_RETENTION_DAYS = 90
DEFAULT_STALE_DAYS = 365


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", populate_by_name=True
    )

    token: SecretStr | None = Field(None, alias="TELEGRAM_BOT_TOKEN")
    base_url: str = Field("https://api.telegram.org/bot", alias="TELEGRAM_BASE_URL")
    admin_ids: Annotated[frozenset[int], NoDecode] = Field(frozenset(), alias="BOT_ADMIN_IDS")
    data_dir: Path = Field(Path("./var"), alias="BOT_DATA_DIR")
    knowledge_dir: Path = Field(DEFAULT_DATA_DIR, alias="BOT_KNOWLEDGE_DIR")
    log_level: str = Field("INFO", alias="BOT_LOG_LEVEL")
    retention_days: int = Field(DEFAULT_RETENTION_DAYS, ge=1, alias="BOT_RETENTION_DAYS")
    # An entry or fact whose ``checked`` date is older than this is listed as stale.
    stale_days: int = Field(DEFAULT_STALE_DAYS, ge=1, alias="BOT_STALE_DAYS")
    user_salt: SecretStr | None = Field(None, alias="BOT_USER_SALT")
    user_rate_per_minute: int = Field(30, ge=1, alias="BOT_USER_RATE_PER_MINUTE")
    # Seconds to connect, send and wait for Telegram's answer (on top of the long-poll wait).
    request_timeout: float = Field(10.0, gt=0, alias="BOT_REQUEST_TIMEOUT")
    # Tries in all for a reply lost to a timeout, a dropped connection or a 5xx.
    send_attempts: int = Field(3, ge=1, le=10, alias="BOT_SEND_ATTEMPTS")
    webhook_url: str | None = Field(None, pattern=r"^https://\S+$", alias="BOT_WEBHOOK_URL")
    webhook_listen: str = Field("0.0.0.0", alias="BOT_WEBHOOK_LISTEN")
    webhook_port: int = Field(8443, ge=1, le=65535, alias="BOT_WEBHOOK_PORT")
    webhook_secret: SecretStr | None = Field(None, alias="BOT_WEBHOOK_SECRET")
    # postgresql://user:password@host:5432/db: records, limits and reloads shared by replicas.
    database_url: SecretStr | None = Field(None, alias="BOT_DATABASE_URL")
    replica_name: str = Field(default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}",
                              min_length=1, max_length=60, alias="BOT_REPLICA_NAME")
    # Messages a second this process sends to Telegram, which allows about 30 a second per bot:
    # with several replicas, give each its share (two replicas: 15).
    send_per_second: float = Field(30.0, gt=0, alias="BOT_SEND_PER_SECOND")
    # Seconds a /reload waits for the other replicas to say they serve the new version.
    reload_wait: float = Field(5.0, gt=0, le=60, alias="BOT_RELOAD_WAIT")

    @field_validator("token")
    @classmethod
    def _token_has_telegram_shape(cls, token: SecretStr | None) -> SecretStr | None:
        if token is None:
            return None
        bot_id, colon, secret = token.get_secret_value().partition(":")
        if not (bot_id.isdigit() and colon and secret and all(c.isalnum() or c in "_-" for c in secret)):
            raise ValueError("expected the form 123456789:ABC-xyz..., as given by @BotFather")
        return token

    @field_validator("database_url")
    @classmethod
    def _database_url_is_postgresql(cls, url: SecretStr | None) -> SecretStr | None:
        if url is not None and not url.get_secret_value().startswith(("postgresql://", "postgres://")):
            raise ValueError("expected postgresql://user:password@host:5432/database")
        return url

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, int):
            return {value}
        if isinstance(value, str):
            try:
                return {int(part) for part in value.replace(" ", "").split(",") if part}
            except ValueError:
                raise ValueError("expected numeric Telegram user ids separated by commas, e.g. 123,456") from None
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        level = value.upper()
        if not isinstance(logging.getLevelName(level), int):
            raise ValueError("expected DEBUG, INFO, WARNING or ERROR")
        return level

    @field_validator("base_url")
    @classmethod
    def _base_url_ends_in_bot(cls, value: str) -> str:
        value = value.rstrip("/")
        if not value.startswith(("http://", "https://")) or not value.endswith("/bot"):
            raise ValueError("expected a URL ending in /bot, e.g. https://api.telegram.org/bot")
        return value

    @property
    def base_file_url(self) -> str:
        return self.base_url.removesuffix("/bot") + "/file/bot"

    def salt(self) -> str:
        """BOT_USER_SALT, or one generated once and kept in the data directory."""
        if self.user_salt is not None:
            return self.user_salt.get_secret_value()
        path = self.data_dir / SALT_FILE
        if path.exists():
            return path.read_text(encoding="utf-8").strip()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        salt = secrets.token_hex(32)
        path.touch(mode=0o600)
        path.write_text(salt, encoding="utf-8")
        return salt


def describe(error: ValidationError) -> str:
    """The first problem, by variable name, without the value (it may be the token)."""
    first = error.errors()[0]
    name = ".".join(str(part) for part in first["loc"]) or "?"
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{name}: {first['msg']}{more}"
