"""An admin adds next year's report from the chat; staff then ask about each year."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services, build_services
from tests.support.bot import ADMIN, ALLOWED, STATUS, ask, buttons, last_sent, outcome, running_bot
from tests.support.env import REPORT, make_settings, next_year, small_report
from tests.support.hostile import deep_html, many_paragraphs_docx, zip_bomb_docx
from tests.support.telegram_api import FakeBotAPI, attachment, callback, private_text, running_bot_api


@pytest.fixture()
async def bot(indexed_data: Path, tmp_path: Path) -> AsyncIterator[tuple[FakeBotAPI, Path]]:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    shutil.copy(REPORT, knowledge / REPORT.name)
    shutil.copytree(indexed_data / "data", tmp_path / "data")
    services: Services = build_services(make_settings(tmp_path, knowledge))
    services.ensure_index()
    with running_bot_api() as server:
        async with running_bot(services, tmp_path, server, knowledge_dir=knowledge):
            yield server, knowledge


async def test_admin_adds_a_report_and_staff_ask_about_each_year(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    api.files["r2024"] = next_year(REPORT.read_text(encoding="utf-8")).encode("utf-8")
    update = attachment(ADMIN, "document", "r2024", "tieling-2024.txt", len(api.files["r2024"]))
    added = await outcome(api, update, ADMIN)
    assert "铁岭县2024年度法治政府建设年度报告" in added and "2024" in added
    assert "Sections (4)" in added and "Passages: 43" in added
    assert (knowledge / "tieling-2024.txt").exists()

    docs = await ask(api, private_text(ALLOWED, "/docs"), ALLOWED)
    assert docs.index("2024") < docs.index("2023")  # newest first, both listed
    newest = await ask(api, private_text(ALLOWED, "12345热线受理了多少件诉求?"), ALLOWED)
    assert "13214件" in newest and "2024年度" in newest
    older = await ask(api, private_text(ALLOWED, "2023年12345热线受理了多少件诉求?"), ALLOWED)
    assert "13213件" in older and "13214" not in older


async def test_a_file_that_cannot_be_read_changes_nothing(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    before = sorted(p.name for p in knowledge.iterdir())
    api.files["bad"] = b"%PDF-1.4 broken"
    reply = await outcome(api, attachment(ADMIN, "document", "bad", "report-2024.pdf", 15), ADMIN)
    assert "Could not read" in reply and "PDF" in reply
    api.files["exe"] = b"MZ..."
    assert ".exe" in await outcome(api, attachment(ADMIN, "document", "exe", "tool.exe", 5), ADMIN)
    assert sorted(p.name for p in knowledge.iterdir()) == before
    answer = await ask(api, private_text(ALLOWED, "12345热线受理了多少件诉求?"), ALLOWED)
    assert "13213件" in answer


async def test_a_staff_members_file_is_refused(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    api.files["r"] = b"whatever"
    assert "Only admins" in await ask(api, attachment(ALLOWED, "document", "r", "x.txt", 8), ALLOWED)
    await asyncio.sleep(0.2)
    assert not (knowledge / "x.txt").exists()


async def press(api: FakeBotAPI, chat: int, params: dict[str, Any], label: str) -> str:
    """Press the button whose label holds `label` under a sent message; the bot's next reply to `chat`."""
    data = next(d for text, d in buttons(params).items() if label in text)
    return await outcome(api, callback(ADMIN, chat, data), chat)


async def test_same_name_upload_asks_first_then_replaces_and_restore_brings_back(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    corrected = REPORT.read_text(encoding="utf-8").replace("13213", "13999")
    api.files["fix"] = corrected.encode("utf-8")
    asked = await outcome(api, attachment(ADMIN, "document", "fix", REPORT.name, len(api.files["fix"])), ADMIN)
    assert f"A document named {REPORT.name} is already there" in asked
    assert "Passages: 43 → 43" in asked and "Year: 2023 → 2023" in asked and "铁岭县2023年度" in asked
    question = private_text(ALLOWED, "12345热线受理了多少件诉求?")
    assert "13213件" in await ask(api, question, ALLOWED)  # nothing changes before the admin chooses

    replaced = await press(api, ADMIN, last_sent(api, ADMIN, "已有同名文件"), "Replace")
    assert "Added" in replaced and "/restore" in replaced
    answer = await ask(api, question, ALLOWED)
    assert "13999件" in answer and "13213" not in answer
    assert sorted(p.name for p in knowledge.iterdir()) == [REPORT.name]

    listing = await ask(api, private_text(ADMIN, "/restore"), ADMIN)
    assert f"1. {REPORT.name}" in listing
    restored = await outcome(api, private_text(ADMIN, "/restore 1"), ADMIN)
    assert f"Restored: {REPORT.name}" in restored
    answer = await ask(api, question, ALLOWED)
    assert "13213件" in answer and "13999" not in answer
    assert "2." in await ask(api, private_text(ADMIN, "/restore"), ADMIN)  # the corrected one is kept in turn
    assert "Admins only" in await ask(api, private_text(ALLOWED, "/restore 1"), ALLOWED)


async def test_keep_both_saves_under_a_new_name(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    api.files["again"] = next_year(REPORT.read_text(encoding="utf-8")).encode("utf-8")
    await outcome(api, attachment(ADMIN, "document", "again", REPORT.name, 10), ADMIN)
    kept = await press(api, ADMIN, last_sent(api, ADMIN, "已有同名文件"), "Keep both")
    new_name = f"{REPORT.stem}-2{REPORT.suffix}"
    assert f"Saved as: {new_name}" in kept
    assert sorted(p.name for p in knowledge.iterdir()) == sorted([REPORT.name, new_name])
    docs = await ask(api, private_text(ALLOWED, "/docs"), ALLOWED)
    assert "2024" in docs and "2023" in docs


async def test_cancel_under_a_same_name_question_changes_nothing(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    before = REPORT.read_bytes()
    api.files["x"] = REPORT.read_text(encoding="utf-8").replace("13213", "1").encode("utf-8")
    await outcome(api, attachment(ADMIN, "document", "x", REPORT.name, 10), ADMIN)
    params = last_sent(api, ADMIN, "已有同名文件")
    assert "Nothing changed" in await press(api, ADMIN, params, "Cancel")
    assert (knowledge / REPORT.name).read_bytes() == before
    data = next(d for text, d in buttons(params).items() if "Replace" in text)
    api.push(callback(ADMIN, ADMIN, data))  # a second press of an answered question
    answered = await asyncio.to_thread(api.wait_for, "answerCallbackQuery", 2)
    assert "expired" in str(answered[-1].params.get("text"))


async def test_two_same_name_uploads_at_once_each_get_a_true_answer(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    api.files["a"] = small_report("111").encode("utf-8")
    api.files["b"] = small_report("222").encode("utf-8")
    before = len(api.calls_of("sendMessage", ok=True))
    api.push(attachment(ADMIN, "document", "a", "county.txt", 10))
    api.push(attachment(ADMIN, "document", "b", "county.txt", 10))
    await asyncio.to_thread(api.wait_for, "sendMessage", before + 4, 120.0)  # two status messages, two outcomes
    texts = [str(c.params["text"]) for c in api.calls_of("sendMessage", ok=True)[before:]]
    outcomes = [t for t in texts if not t.startswith(STATUS)]
    assert sum("已添加 Added" in t for t in outcomes) == 1
    assert sum("A document named county.txt is already there" in t for t in outcomes) == 1
    assert sorted(p.name for p in knowledge.iterdir()) == sorted([REPORT.name, "county.txt"])


async def test_cancel_while_indexing_leaves_knowledge_and_answers_as_they_were(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    before = sorted(p.name for p in knowledge.iterdir())
    # passages no other test embeds, so this ingest takes as long as a real one (the run embeds a text once)
    api.files["big"] = small_report("4321", fillers=400, edition="待取消").encode("utf-8")
    api.push(attachment(ADMIN, "document", "big", "big.txt", 10))
    status = (await asyncio.to_thread(api.wait_for, "sendMessage", 1, 60.0, chat_id=ADMIN))[-1].params
    assert str(status["text"]).startswith(STATUS)
    await asyncio.to_thread(api.wait_for, "editMessageText", 1, 60.0, chat_id=ADMIN)  # indexing has begun
    cancelled = await press(api, ADMIN, status, "Cancel")
    assert "Cancelled" in cancelled and "Nothing changed" in cancelled
    assert sorted(p.name for p in knowledge.iterdir()) == before
    edits = api.calls_of("editMessageText", ok=True)
    assert "Cancelled" in str(edits[-1].params["text"])
    answer = await ask(api, private_text(ALLOWED, "全年受理了多少件市民诉求?"), ALLOWED)
    assert "4321" not in answer


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("bomb.docx", zip_bomb_docx, "unpacks to more than 64 MB"),
        ("deep.html", deep_html, "nests tags more than 256 deep"),
        ("many.docx", many_paragraphs_docx, "too many passages (50000; at most 5000)"),
    ],
    ids=["zip-bomb", "nested-html", "50000-paragraphs"],
)
async def test_hostile_files_are_refused_with_the_reason_and_nothing_saved(
    bot: tuple[FakeBotAPI, Path], name: str, make: Callable[[], bytes], reason: str
) -> None:
    api, knowledge = bot
    before = sorted(p.name for p in knowledge.iterdir())
    api.files["h"] = make()
    refused = await outcome(api, attachment(ADMIN, "document", "h", name, len(api.files["h"])), ADMIN)
    assert "Could not read this file; nothing changed" in refused and reason in refused
    assert sorted(p.name for p in knowledge.iterdir()) == before
    assert not list((knowledge.parent / "data" / "uploads").glob("*/*"))  # no staged copy left behind
    assert "13213件" in await ask(api, private_text(ALLOWED, "12345热线受理了多少件诉求?"), ALLOWED)


async def test_a_long_title_and_many_long_headings_fit_in_one_reply(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    title = "某县2024年度" + "法治政府建设" * 830 + "报告"
    # 80 headings of 60-odd characters: shown whole, they alone would pass Telegram's 4096
    heading = "依法行政重点工作安排" * 6
    sections = "\n\n".join(f"## 第{n}部分 {heading}\n\n各项工作按计划推进。" for n in range(80))
    api.files["long"] = f"# {title}\n\n{sections}\n".encode()
    added = await outcome(api, attachment(ADMIN, "document", "long", "long.md", 10), ADMIN)
    assert "Added" in added and len(added) <= 4096
    assert "more" in added  # the sections beyond those shown are counted
    assert (knowledge / "long.md").exists()


async def test_a_file_name_over_255_bytes_is_shortened_and_said_so(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    name = "铁岭县" * 40 + "报告.txt"  # 366 bytes in UTF-8
    api.files["n"] = small_report("7").encode("utf-8")
    added = await outcome(api, attachment(ADMIN, "document", "n", name, 10), ADMIN)
    saved = next(line for line in added.splitlines() if line.startswith("保存为 Saved as: ")).split(": ", 1)[1]
    assert "Added" in added and saved.endswith(".txt") and len(saved.encode("utf-8")) <= 255
    assert (knowledge / saved).exists()
