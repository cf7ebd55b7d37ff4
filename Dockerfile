# The Telegram bot: python -m bot run (long polling; add --webhook for a webhook).
#   docker build -t vn-un-qa-bot .
#   docker run --rm -e TELEGRAM_BOT_TOKEN=... -v vn-un-qa-bot-data:/data vn-un-qa-bot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    BOT_DATA_DIR=/data

COPY pyproject.toml README.md /src/
COPY bot /src/bot
COPY handlers /src/handlers
COPY knowledge /src/knowledge
COPY records /src/records
RUN pip install /src \
    && rm -rf /src \
    && useradd --create-home --uid 10001 bot \
    && mkdir -p /data \
    && chown bot:bot /data

USER bot
WORKDIR /data
VOLUME ["/data"]
EXPOSE 8443
CMD ["python", "-m", "bot", "run"]
