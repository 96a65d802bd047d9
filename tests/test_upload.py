"""An admin adds next year's report from the chat; staff then ask about each year."""

from __future__ import annotations

import asyncio
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Services, build_services
from tests.support.bot import ADMIN, ALLOWED, ask, running_bot
from tests.support.env import REPORT, make_settings, next_year
from tests.support.telegram_api import FakeBotAPI, attachment, private_text, running_bot_api


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
    added = await ask(api, attachment(ADMIN, "document", "r2024", "tieling-2024.txt", len(api.files["r2024"])), ADMIN)
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
    reply = await ask(api, attachment(ADMIN, "document", "bad", "report-2024.pdf", 15), ADMIN)
    assert "Could not read" in reply and "PDF" in reply
    api.files["exe"] = b"MZ..."
    assert ".exe" in await ask(api, attachment(ADMIN, "document", "exe", "tool.exe", 5), ADMIN)
    assert sorted(p.name for p in knowledge.iterdir()) == before
    answer = await ask(api, private_text(ALLOWED, "12345热线受理了多少件诉求?"), ALLOWED)
    assert "13213件" in answer


async def test_a_staff_members_file_is_refused(bot: tuple[FakeBotAPI, Path]) -> None:
    api, knowledge = bot
    api.files["r"] = b"whatever"
    assert "Only admins" in await ask(api, attachment(ALLOWED, "document", "r", "x.txt", 8), ALLOWED)
    await asyncio.sleep(0.2)
    assert not (knowledge / "x.txt").exists()
