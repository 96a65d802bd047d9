"""The real python-telegram-bot Application against a Bot API server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.error
import urllib.request
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services
from bot.telegram.application import build_application
from tests.support.bot import ADMIN, ALLOWED, GROUP, OTHER_GROUP, STRANGER, running_bot, sent
from tests.support.env import make_settings
from tests.support.telegram_api import (
    BOT,
    TOKEN,
    FakeBotAPI,
    callback,
    group_text,
    inline,
    private_text,
    running_bot_api,
    sticker,
)


async def test_startup_registers_the_command_menu(api: FakeBotAPI) -> None:
    calls = api.calls_of("setMyCommands")
    assert calls and {c["command"] for c in calls[0].params["commands"]} >= {"start", "help", "ask", "reset", "sources"}


async def test_private_question_gets_answer_citation_and_source_button(api: FakeBotAPI) -> None:
    api.push(private_text(ALLOWED, "12345热线受理了多少件诉求?"))
    [reply] = await sent(api, chat_id=ALLOWED)
    assert reply["parse_mode"] == "HTML"
    assert "13213件" in reply["text"]
    path = ("一、2023年度推进法治政府建设主要举措和成效", "(一)依法全面履行政府职能", "优化政务服务便民热线平台运行")
    section = " &gt; ".join(path)
    assert f"铁岭县2023年度法治政府建设年度报告 · {section}" in reply["text"]
    buttons = [b for row in reply["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[0]["text"] == "原文 / Source" and {b["text"] for b in buttons[1:]} == {"👍", "👎"}

    api.push(callback(ALLOWED, ALLOWED, buttons[0]["callback_data"]))
    source = (await sent(api, 2, chat_id=ALLOWED))[1]
    assert "<b>加强12345平台管理,全年受理市民诉求13213件" in source["text"]
    assert "优化政务服务便民热线平台运行。" in source["text"]  # the whole passage, quote in bold
    await asyncio.to_thread(api.wait_for, "answerCallbackQuery")


async def test_group_message_without_mention_gets_silence(api: FakeBotAPI) -> None:
    api.push(group_text(GROUP, ALLOWED, "12345热线受理了多少件诉求?"))
    api.push(group_text(GROUP, ALLOWED, f"@{BOT['username']} 12345热线受理了多少件诉求?"))
    [reply] = await sent(api, chat_id=GROUP)
    await asyncio.sleep(0.5)
    assert len(api.calls_of("sendMessage")) == 1  # only the mention was answered
    assert "13213件" in reply["text"]
    assert reply["reply_parameters"]["message_id"]  # as a reply to the asker


async def test_another_name_that_starts_like_the_bots_is_no_mention(api: FakeBotAPI) -> None:
    other = f"@{BOT['username']}_dev"
    update = group_text(GROUP, ALLOWED, f"{other} 12345热线受理了多少件诉求?")
    update["message"]["entities"] = [{"type": "mention", "offset": 0, "length": len(other)}]  # as Telegram marks it
    api.push(update)
    api.push(group_text(GROUP, ALLOWED, f"@{BOT['username']} 明年有哪些安排?"))
    [reply] = await sent(api, chat_id=GROUP)
    await asyncio.sleep(0.5)
    assert len(api.calls_of("sendMessage")) == 1 and "13213" not in reply["text"]


async def test_reply_to_the_bot_and_ask_command_in_groups(api: FakeBotAPI) -> None:
    bot_message = {"message_id": 5, "date": 0, "chat": {"id": GROUP, "type": "supergroup"}, "from": BOT, "text": "…"}
    api.push(group_text(GROUP, ALLOWED, "存在哪些不足？", reply_to=bot_message))
    api.push(group_text(GROUP, STRANGER, "/ask 明年有哪些安排？"))
    replies = await sent(api, 2, chat_id=GROUP)
    texts = "\n".join(r["text"] for r in replies)
    assert "一是法治人才短缺" in texts and "一是以述法推动监督" in texts


async def test_group_not_on_its_own_list_is_refused_with_ids(api: FakeBotAPI) -> None:
    api.push(group_text(OTHER_GROUP, ALLOWED, f"@{BOT['username']} 12345热线受理了多少件诉求?"))
    [reply] = await sent(api, chat_id=OTHER_GROUP)
    assert f"user id: {ALLOWED}" in reply["text"] and f"chat id: {OTHER_GROUP}" in reply["text"]
    assert "13213" not in reply["text"]


async def test_user_not_allowed_gets_ids_and_nothing_from_the_report(api: FakeBotAPI) -> None:
    api.push(private_text(STRANGER, "12345热线受理了多少件诉求?"))
    [reply] = await sent(api, chat_id=STRANGER)
    assert f"user id: {STRANGER}" in reply["text"] and f"chat id: {STRANGER}" in reply["text"]
    assert "13213" not in reply["text"] and "reply_markup" not in reply


async def test_reset_drops_a_follow_ups_context(api: FakeBotAPI) -> None:
    api.push(private_text(ALLOWED, "全县一共排查出多少件矛盾纠纷？"))
    await sent(api, 1, chat_id=ALLOWED)
    api.push(private_text(ALLOWED, "那化解了多少件呢？"))
    assert "4716件" in (await sent(api, 2, chat_id=ALLOWED))[1]["text"]
    api.push(private_text(ALLOWED, "那它的满意率呢？"))
    remembered = (await sent(api, 3, chat_id=ALLOWED))[2]["text"]
    api.push(private_text(ALLOWED, "/reset"))
    await sent(api, 4, chat_id=ALLOWED)
    api.push(private_text(ALLOWED, "那它的满意率呢？"))
    forgotten = (await sent(api, 5, chat_id=ALLOWED))[4]["text"]
    api.push(private_text(ADMIN, "那它的满意率呢？"))  # a chat with no history
    fresh = (await sent(api, 1, chat_id=ADMIN))[0]["text"]
    assert remembered != fresh and forgotten == fresh


async def test_html_characters_are_echoed_safely(api: FakeBotAPI) -> None:
    question = "<script>alert(1)</script> & *bold* _x_ <b>沈阳市</b>热线受理了多少件？"
    api.push(private_text(ADMIN, question))
    [reply] = await sent(api, chat_id=ADMIN)  # the fake refuses HTML that Telegram could not parse
    assert "沈阳市" in reply["text"] and "<script>" not in reply["text"]
    api.push(private_text(ADMIN, "/stats"))
    stats = (await sent(api, 2, chat_id=ADMIN))[1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; *bold* _x_ &lt;b&gt;沈阳市&lt;/b&gt;" in stats["text"]
    assert not [c for c in api.calls if c.method == "sendMessage" and "Bad Request" in str(c.params)]


async def test_inline_query_offers_the_answer(api: FakeBotAPI) -> None:
    api.push(inline(ALLOWED, "12345热线受理了多少件诉求"))
    [call] = await asyncio.to_thread(api.wait_for, "answerInlineQuery")
    result = call.params["results"][0]
    assert "13213件" in result["input_message_content"]["message_text"]
    api.push(inline(STRANGER, "12345热线受理了多少件诉求"))
    calls = await asyncio.to_thread(api.wait_for, "answerInlineQuery", 2)
    denied = calls[1].params["results"][0]
    assert "13213" not in denied["input_message_content"]["message_text"]


async def test_unknown_commands_stickers_and_other_bots(api: FakeBotAPI) -> None:
    api.push(private_text(ALLOWED, "/frobnicate"))
    api.push(group_text(GROUP, ALLOWED, "/start@otherbot"))
    api.push(sticker(ALLOWED))
    replies = await sent(api, 2, chat_id=ALLOWED)
    assert any("/help" in r["text"] for r in replies)
    assert any("文字" in r["text"] for r in replies)
    await asyncio.sleep(0.5)
    assert not [c for c in api.calls_of("sendMessage") if str(c.params["chat_id"]) == str(GROUP)]


async def test_start_help_sources_and_admin_commands(api: FakeBotAPI) -> None:
    api.push(private_text(ALLOWED, "/start"))
    [start] = await sent(api, chat_id=ALLOWED)
    assert "铁岭县2023年度法治政府建设年度报告" in start["text"] and start["text"].count("•") >= 4
    api.push(private_text(ALLOWED, "/stats"))
    assert "Admins only" in (await sent(api, 2, chat_id=ALLOWED))[1]["text"]
    api.push(private_text(ADMIN, "收缴违纪款多少钱"))
    await sent(api, 1, chat_id=ADMIN)
    api.push(private_text(ADMIN, "/sources"))
    source = (await sent(api, 2, chat_id=ADMIN))[1]
    assert "<b>" in source["text"] and "2081.57万元" in source["text"]
    api.push(private_text(ADMIN, "今天天气怎么样"))
    await sent(api, 3, chat_id=ADMIN)
    api.push(private_text(ADMIN, "/stats"))
    stats = (await sent(api, 4, chat_id=ADMIN))[3]
    assert "answered: 1" in stats["text"] and "refused: 1" in stats["text"] and "今天天气怎么样" in stats["text"]


async def test_long_answer_is_split_under_the_limit(api: FakeBotAPI, services: Services) -> None:
    from bot.domain import Answer, Citation
    from bot.telegram.render import render_answer

    long_text = "\n\n".join(f"第{i}段：" + "全年受理市民诉求13213件。" * 30 for i in range(20))
    answer = Answer(
        question="q", answer=long_text, found=True,
        citations=[Citation(document="某县年度报告", section="一、主要举措 > (一)职能", quote="x")],
    )
    parts = render_answer(answer)
    assert len(parts) > 1 and all(len(p) <= 4096 for p in parts)
    assert sum(p.count("第") for p in parts) == 20  # no paragraph lost or cut
    assert "某县年度报告 · 一、主要举措 &gt; (一)职能" in parts[-1]


@pytest.fixture()
async def llm_api(services: Services, tmp_path: Path) -> AsyncIterator[tuple[FakeBotAPI, Any]]:
    from bot.answers.llm import build_llm
    from tests.support.openai_api import running_fake_openai

    with running_bot_api() as server, running_fake_openai() as model:
        settings = make_settings(
            tmp_path, telegram_bot_token=TOKEN, telegram_base_url=server.base_url, allowed_user_ids="*",
            admin_user_ids=f"{ADMIN}", llm_model="fake", llm_base_url=model.base_url, llm_timeout=10,
        )
        services.answering.llm = build_llm(settings, settings.prompts_dir)
        application = build_application(settings, services)
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            yield server, model
        finally:
            await application.updater.stop()
            await application.stop()
            await application.shutdown()


async def test_llm_answer_streams_by_editing_and_ends_with_citations(llm_api: tuple[FakeBotAPI, Any]) -> None:
    from tests.support.openai_api import Behaviour, cite

    api, model = llm_api
    text = "根据报告，" + "热线平台运行良好，" * 12 + "{sentence}[{n}]。"
    model.enqueue(Behaviour(reply=cite("全年受理市民诉求13213件", text), delay=0.8))
    api.push(private_text(ALLOWED, "12345热线受理了多少件诉求?"))
    edits = await asyncio.to_thread(api.wait_for, "editMessageText", 1, timeout=30)
    assert api.calls_of("sendChatAction")[0].params["action"] == "typing"  # shown while the model thinks
    first = api.calls_of("sendMessage")[0].params
    assert first["text"].endswith("…")  # the first streamed piece
    final = edits[-1].params
    deadline = asyncio.get_running_loop().time() + 10
    while "来源" not in final["text"] and asyncio.get_running_loop().time() < deadline:
        await asyncio.sleep(0.2)
        final = api.calls_of("editMessageText")[-1].params
    assert "13213件" in final["text"] and "(一)依法全面履行政府职能" in final["text"]
    assert "inline_keyboard" in str(final.get("reply_markup"))


async def test_feedback_buttons_store_votes(api: FakeBotAPI, tmp_path: Path) -> None:
    import sqlite3

    api.push(private_text(ALLOWED, "收缴违纪款多少钱"))
    [reply] = await sent(api, chat_id=ALLOWED)
    up = next(b for row in reply["reply_markup"]["inline_keyboard"] for b in row if b["text"] == "👍")
    api.push(callback(ALLOWED, ALLOWED, up["callback_data"]))
    [ack] = await asyncio.to_thread(api.wait_for, "answerCallbackQuery")
    assert "Thanks" in ack.params.get("text", "")
    database = sqlite3.connect(tmp_path / "data" / "feedback.sqlite3")
    rows = database.execute("select question, vote from feedback").fetchall()
    assert rows == [("收缴违纪款多少钱", 1)]


async def test_a_slow_answer_does_not_hold_up_other_chats(llm_api: tuple[FakeBotAPI, Any]) -> None:
    from tests.support.openai_api import Behaviour, cite

    api, model = llm_api
    model.enqueue(Behaviour(reply=cite("全年受理市民诉求13213件"), delay=2.5))
    model.enqueue(Behaviour(reply=cite("收缴违纪款2081.57万元")))
    api.push(private_text(ALLOWED, "12345热线受理了多少件诉求?"))
    await asyncio.sleep(0.3)
    api.push(private_text(ADMIN, "收缴违纪款多少钱"))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 15
    while loop.time() < deadline:
        texts = [(str(c.params.get("chat_id")), str(c.params.get("text"))) for c in list(api.calls)]
        if any(chat == str(ADMIN) and "2081.57万元" in text for chat, text in texts):
            break
        await asyncio.sleep(0.05)
    else:
        pytest.fail("the second chat got no answer")
    assert not any(chat == str(ALLOWED) and "13213" in text for chat, text in texts)  # the slow one still thinking
    await asyncio.to_thread(api.wait_for, "editMessageText", 1, chat_id=ALLOWED)


async def test_admin_reload_reindexes_and_others_may_not(api: FakeBotAPI) -> None:
    api.push(private_text(ALLOWED, "/reload"))
    assert "Admins only" in (await sent(api, chat_id=ALLOWED))[0]["text"]
    api.push(private_text(ADMIN, "/reload"))
    replies = await sent(api, 2, chat_id=ADMIN)
    assert "0 added" in replies[1]["text"] and "unchanged" in replies[1]["text"]


async def test_rate_limit_replies_politely(services: Services, tmp_path: Path) -> None:
    with running_bot_api() as server:
        async with running_bot(services, tmp_path, server, rate_limit_per_minute=2):
            for _ in range(3):
                server.push(private_text(ALLOWED, "收缴违纪款多少钱"))
            replies = await sent(server, 3, chat_id=ALLOWED)
            assert sum("Too many questions" in r["text"] for r in replies) == 1
            assert sum("2081.57万元" in r["text"] for r in replies) == 2


async def test_a_failing_handler_gets_one_line_and_no_token_in_logs(
    api: FakeBotAPI, services: Services, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("index unavailable")

    monkeypatch.setattr(services.answering, "aask", broken)
    caplog.set_level(logging.DEBUG)
    update_id = api.push(private_text(ALLOWED, "12345热线受理了多少件诉求?"))
    [reply] = await sent(api, chat_id=ALLOWED)
    assert reply["text"] == "抱歉，出错了，请稍后再试。 Sorry, something went wrong."
    assert f"update {update_id} failed" in caplog.text
    assert TOKEN not in caplog.text and TOKEN.split(":")[1] not in caplog.text


async def test_webhook_checks_the_secret_on_every_call(services: Services, tmp_path: Path) -> None:
    from tests.support.servers import free_port

    port = free_port()
    with running_bot_api() as server:
        async with running_bot(
            services, tmp_path, server, webhook=True, webhook_url="https://bot.example.invalid/tg-hook",
            webhook_secret="s3cret-value", webhook_port=port,
        ):
            [call] = server.calls_of("setWebhook")
            assert call.params["url"] == "https://bot.example.invalid/tg-hook"
            assert call.params["secret_token"] == "s3cret-value"
            update = {"update_id": 77, **private_text(ALLOWED, "收缴违纪款多少钱")}

            def post(secret: str) -> int:
                request = urllib.request.Request(
                    f"http://127.0.0.1:{port}/tg-hook", data=json.dumps(update).encode(),
                    headers={"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": secret},
                )
                try:
                    with urllib.request.urlopen(request, timeout=10) as response:
                        return int(response.status)
                except urllib.error.HTTPError as exc:
                    return exc.code

            assert await asyncio.to_thread(post, "wrong") == 403
            assert await asyncio.to_thread(post, "s3cret-value") == 200
            [reply] = await sent(server, chat_id=ALLOWED)
            assert "2081.57万元" in reply["text"]


async def test_long_answer_through_the_bot_arrives_in_parts(llm_api: tuple[FakeBotAPI, Any]) -> None:
    from tests.support.openai_api import Behaviour, cite

    api, model = llm_api
    model.enqueue(Behaviour(reply=cite("全年受理市民诉求13213件", "{sentence}[{n}]。\n\n" * 400)))
    api.push(private_text(ALLOWED, "12345热线受理了多少件诉求?"))
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 30
    while loop.time() < deadline:
        texts = [c.params["text"] for c in api.calls if c.method in ("sendMessage", "editMessageText")]
        if texts and "来源" in texts[-1]:
            break
        await asyncio.sleep(0.2)
    finals = [c.params["text"] for c in api.calls if c.method == "sendMessage"][1:]
    last_edit = [c.params["text"] for c in api.calls if c.method == "editMessageText"][-1]
    parts = [last_edit, *finals]
    assert len(parts) >= 2 and all(len(p) <= 4096 for p in parts)
    assert sum(p.count("13213件") for p in parts) == 400
    assert "来源" in parts[-1] and "来源" not in parts[0]
