"""The real Application running against the Bot API stand-in, and helpers to talk to it as users would."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from telegram.ext import Application

from bot.app import Services
from bot.telegram.application import build_application, webhook_options
from tests.support.env import ROOT, make_settings
from tests.support.telegram_api import TOKEN, FakeBotAPI

ALLOWED, ADMIN, STRANGER = 1001, 1002, 666
GROUP, OTHER_GROUP = -100200, -100300


@contextlib.asynccontextmanager
async def running_bot(
    services: Services, tmp_path: Path, server: FakeBotAPI, *, webhook: bool = False, **overrides: Any
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """The real Application, polling the fake Bot API (or serving a webhook on 127.0.0.1)."""
    values: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "telegram_base_url": server.base_url,
        "allowed_user_ids": f"{ALLOWED}",
        "allowed_chat_ids": f"{GROUP}",
        "admin_user_ids": f"{ADMIN}",
        "rate_limit_per_minute": 1000,
        **overrides,
    }
    settings = make_settings(tmp_path, **values)
    application = build_application(settings, services)
    await application.initialize()
    assert application.post_init is not None and application.updater is not None
    await application.post_init(application)
    await application.start()
    options = webhook_options(settings)
    if webhook:
        assert options is not None
        await application.updater.start_webhook(**options)
    else:
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()


async def sent(api: FakeBotAPI, count: int = 1, **match: Any) -> list[dict[str, Any]]:
    """The first `count` messages the bot sent that match, waiting for them."""
    calls = await asyncio.to_thread(api.wait_for, "sendMessage", count, **match)
    return [c.params for c in calls]


async def ask(api: FakeBotAPI, update: dict[str, Any], chat: int) -> str:
    """Send an update and return the text of the bot's next message, which must go to `chat`."""
    before = len(api.calls_of("sendMessage", ok=True))
    api.push(update)
    calls = await asyncio.to_thread(api.wait_for, "sendMessage", before + 1)
    mine = [c for c in calls[before:] if str(c.params["chat_id"]) == str(chat)]
    assert mine, "no reply in the right chat"
    return str(mine[0].params["text"])


STATUS = "⏳"  # how the message an admin's indexing job keeps editing begins


async def outcome(api: FakeBotAPI, update: dict[str, Any], chat: int) -> str:
    """Send an update and return the bot's next message to `chat` that is not a status message of indexing."""
    before = len(api.calls_of("sendMessage", ok=True))
    api.push(update)
    count = before + 1
    while True:
        calls = await asyncio.to_thread(api.wait_for, "sendMessage", count, 120.0)
        for call in calls[before:]:
            text = str(call.params["text"])
            if str(call.params["chat_id"]) == str(chat) and not text.startswith(STATUS):
                return text
        count = len(calls) + 1


def buttons(params: dict[str, Any]) -> dict[str, str]:
    """The inline buttons of a sent message: label -> callback data."""
    rows = (params.get("reply_markup") or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row if "callback_data" in b}


def last_sent(api: FakeBotAPI, chat: int, starting: str = "") -> dict[str, Any]:
    """The parameters of the last message sent to `chat` whose text starts with `starting`."""
    calls = [c for c in api.calls_of("sendMessage", ok=True)
             if str(c.params["chat_id"]) == str(chat) and str(c.params["text"]).startswith(starting)]
    assert calls, f"no message to {chat} starting with {starting!r}"
    return calls[-1].params


def bot_process(api: FakeBotAPI, knowledge: Path, data: Path, log: Path) -> subprocess.Popen[bytes]:
    """`python -m bot run` in its own process, polling the Bot API stand-in; returns once it polls."""
    env = {
        **os.environ, "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_BASE_URL": api.base_url, "KNOWLEDGE_DIR": str(knowledge),
        "DATA_DIR": str(data), "ALLOWED_USER_IDS": str(ALLOWED), "ADMIN_USER_IDS": str(ADMIN), "CHROMA_URL": "",
        "LLM_MODEL": "", "WEBHOOK_URL": "", "RATE_LIMIT_PER_MINUTE": "1000",
    }
    starts = len(api.calls_of("deleteWebhook"))  # run_polling calls it as it starts polling
    with log.open("ab") as output:
        proc = subprocess.Popen([sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, stdout=output,
                                stderr=subprocess.STDOUT)
    try:
        api.wait_for("deleteWebhook", starts + 1, timeout=300)
    except AssertionError:
        proc.kill()
        raise AssertionError(f"the bot did not start: {log.read_text(errors='replace')[-2000:]}") from None
    return proc
