"""Telegram's limits and chat boundaries, as users meet them: long titles, inline flooding, /stats in a group,
names that only look like the bot's, and buttons pressed in another chat."""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from pathlib import Path

import pytest

from bot.app import Services, build_services
from tests.support.bot import ADMIN, ALLOWED, GROUP, ask, running_bot, sent
from tests.support.env import REPORT, make_settings
from tests.support.telegram_api import BOT, FakeBotAPI, callback, group_text, inline, private_text, running_bot_api

QUESTION, FIGURE = "12345热线受理了多少件诉求?", "13213件"
LIMIT = 4096


def buttons(message: dict[str, object]) -> dict[str, str]:
    rows = message["reply_markup"]["inline_keyboard"]  # type: ignore[index]
    return {b["text"]: b["callback_data"] for row in rows for b in row}


async def test_a_5000_character_title_breaks_nothing(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    title = ("铁岭县2023年度法治政府建设年度报告附件" * 300)[:5000]
    (knowledge / ("长" * 80 + ".txt")).write_text(
        f"标  题: {title}\n发布机构: 铁岭县司法局 成文日期: 2024-02-27\n\n"
        "一、便民热线\n全年受理市民诉求13213件,办结13206件,办结率99.95%。\n",
        encoding="utf-8",
    )
    shutil.copy(REPORT, knowledge / REPORT.name)
    services = build_services(make_settings(tmp_path, knowledge))
    services.ensure_index()
    assert any(len(p.title) == 5000 for p in services.retriever.corpus.passages)
    with running_bot_api() as api:
        async with running_bot(services, tmp_path, api):
            start = await ask(api, private_text(ALLOWED, "/start"), ALLOWED)
            docs = await ask(api, private_text(ALLOWED, "/docs"), ALLOWED)
            answer = await ask(api, private_text(ALLOWED, QUESTION), ALLOWED)
            await ask(api, private_text(ALLOWED, "/sources"), ALLOWED)
    for shown in (start, docs):
        assert "铁岭县2023年度法治政府建设年度报告附件铁岭县" in shown and "…" in shown
    assert FIGURE in answer
    messages = api.calls_of("sendMessage")
    assert all(c.status == 200 for c in messages), [c.status for c in messages]
    assert all(len(str(c.params["text"])) <= LIMIT for c in messages)
    assert max(len(str(c.params["text"])) for c in messages) < 2000  # capped, not merely split


async def test_inline_queries_count_against_the_rate_limit_and_in_stats(services: Services, tmp_path: Path) -> None:
    with running_bot_api() as api:
        async with running_bot(services, tmp_path, api, rate_limit_per_minute=2):
            for number in range(1, 4):
                api.push(inline(ALLOWED, QUESTION))
                await asyncio.to_thread(api.wait_for, "answerInlineQuery", number)
            answered, _, refused = (c.params["results"][0] for c in api.calls_of("answerInlineQuery"))
            assert FIGURE in answered["input_message_content"]["message_text"]
            assert "Too many questions" in refused["input_message_content"]["message_text"]
            assert FIGURE not in str(refused)
            too_many = await ask(api, private_text(ALLOWED, "收缴违纪款多少钱"), ALLOWED)  # the same user, in a chat
            assert "Too many questions" in too_many
            stats = await ask(api, private_text(ADMIN, "/stats"), ADMIN)
    assert "answered: 2" in stats and "users: 1" in stats


async def test_stats_in_a_group_leaks_no_ones_questions(api: FakeBotAPI) -> None:
    await ask(api, private_text(ALLOWED, "今天天气怎么样"), ALLOWED)  # a private, unanswered question
    in_group = await ask(api, group_text(GROUP, ADMIN, "/stats"), GROUP)
    assert "private chat" in in_group and "今天天气怎么样" not in in_group and "Unanswered" not in in_group
    assert "今天天气怎么样" in await ask(api, private_text(ADMIN, "/stats"), ADMIN)


@pytest.mark.parametrize(
    "text",
    [
        f"@{BOT['username']}_dev {QUESTION}",
        f"请写信给 admin@{BOT['username']}.cn {QUESTION}",
        f"x@{BOT['username']} {QUESTION}",
    ],
    ids=["longer-username", "email", "inside-a-word"],
)
async def test_names_that_only_contain_the_bots_are_no_mention(api: FakeBotAPI, text: str) -> None:
    api.push(group_text(GROUP, ALLOWED, text))
    api.push(group_text(GROUP, ALLOWED, f"@{str(BOT['username']).upper()} 收缴违纪款多少钱"))  # names ignore case
    [reply] = await sent(api, 1, chat_id=GROUP)
    await asyncio.sleep(0.5)
    assert len(api.calls_of("sendMessage")) == 1  # only the real mention was answered
    assert "2081.57万元" in reply["text"] and FIGURE not in reply["text"]


async def test_a_button_works_only_in_the_chat_it_was_sent_to(api: FakeBotAPI, tmp_path: Path) -> None:
    api.push(private_text(ALLOWED, QUESTION))
    [answer] = await sent(api, 1, chat_id=ALLOWED)
    keys = buttons(answer)
    for label in ("👍", "原文 / Source"):
        api.push(callback(ALLOWED, GROUP, keys[label]))  # the data, pressed from the group
    acks = await asyncio.to_thread(api.wait_for, "answerCallbackQuery", 2)
    assert all(a.params.get("show_alert") and "another chat" in a.params["text"] for a in acks)
    api.push(callback(ALLOWED, ALLOWED, keys["👍"]))  # in its own chat it works
    acks = await asyncio.to_thread(api.wait_for, "answerCallbackQuery", 3)
    assert "Thanks" in acks[2].params["text"]
    await asyncio.sleep(0.3)
    assert not [c for c in api.calls_of("sendMessage") if str(c.params["chat_id"]) == str(GROUP)]
    votes = sqlite3.connect(tmp_path / "data" / "feedback.sqlite3").execute("select chat_id, vote from feedback")
    assert votes.fetchall() == [(ALLOWED, 1)]
