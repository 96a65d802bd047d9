"""Logging set up once, and secrets kept out of every log record, whoever logs it."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterable

from bot.config import Settings

QUIET = ("httpx", "httpcore", "chromadb", "urllib3", "openai", "telegram.ext.Updater", "apscheduler", "bm25s")

_secrets: set[str] = set()
_lock = threading.Lock()
_installed = False


def configure_logging(level: str) -> None:
    """Log to stderr; chatty libraries only warn (httpx would log request URLs, which carry the token)."""
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)


def redact_secrets(settings: Settings) -> None:
    """Replace the settings' secrets with *** in every log record from now on."""
    values = [settings.telegram_bot_token, settings.llm_api_key, settings.embedding_api_key, settings.webhook_secret]
    protect(v.get_secret_value() for v in values if v is not None)


def protect(values: Iterable[str]) -> None:
    """Add secrets to redact (a bot token also by its secret half, which appears alone in some URLs)."""
    global _installed
    with _lock:
        for value in values:
            if len(value) >= 6:
                _secrets.add(value)
                if ":" in value:
                    _secrets.add(value.split(":", 1)[1])
        if not _installed:
            _install()
            _installed = True


_FORMATTER = logging.Formatter()


def _redact(text: str) -> str:
    for secret in sorted(_secrets, key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def _install() -> None:
    previous = logging.getLogRecordFactory()

    def factory(*args: object, **kwargs: object) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if not _secrets:
            return record
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            return record
        redacted = _redact(message)
        if redacted != message:
            record.msg, record.args = redacted, None
        if record.exc_info:
            # Formatters print exc_text when it is set: the traceback is redacted once, here.
            record.exc_text = _redact(_FORMATTER.formatException(record.exc_info))
        return record

    logging.setLogRecordFactory(factory)
