"""50 chats asking 4 questions each at once: every answer in its own chat, memories kept apart."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.app import Services
from tests.support.bot import running_bot
from tests.support.servers import rss_mb
from tests.support.telegram_api import FakeBotAPI, private_text, running_bot_api

CHATS = 50
ROUNDS = 2  # each round: a topic question, then a follow-up that only its own topic can answer
TOPICS = [
    ("12345热线受理了多少件诉求?", "那办结了多少件？", "13213件", "13206件"),
    ("收到多少件书面行政复议申请？", "那办结了多少件？", "61件", "48件"),
]


@pytest.fixture()
async def api(services: Services, tmp_path: Path) -> AsyncIterator[FakeBotAPI]:
    with running_bot_api() as server:
        users = ",".join(str(2000 + i) for i in range(CHATS))
        async with running_bot(services, tmp_path, server, allowed_user_ids=users, rate_limit_per_minute=100):
            yield server


async def chat(api: FakeBotAPI, user: int, offset: int) -> list[tuple[str, str]]:
    """One staff member asking like a person: the next question once the last answer is in."""
    topic, follow_up, _, _ = TOPICS[user % 2]
    transcript: list[tuple[str, str]] = []
    for number in range(ROUNDS * 2):
        question = topic if number % 2 == 0 else follow_up
        seen = offset + number
        api.push(private_text(user, question))
        for _ in range(1200):
            replies = [c for c in list(api.calls) if c.method == "sendMessage" and c.params["chat_id"] == str(user)]
            if len(replies) > seen:
                transcript.append((question, str(replies[seen].params["text"])))
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError(f"chat {user} got no answer to question {number + 1}")
    return transcript


async def test_fifty_chats_four_questions_each(api: FakeBotAPI) -> None:
    users = [2000 + i for i in range(CHATS)]
    memory: list[float] = []
    for run in range(2):
        transcripts = await asyncio.gather(*(chat(api, u, run * ROUNDS * 2) for u in users))
        memory.append(rss_mb())
        assert sum(len(t) for t in transcripts) == CHATS * ROUNDS * 2
        for user, transcript in zip(users, transcripts, strict=True):
            _, _, first, second = TOPICS[user % 2]
            for question, answer in transcript[0::2]:
                assert first in answer, (user, question, answer[:80])
            for question, answer in transcript[1::2]:
                assert second in answer, (user, question, answer[:80])  # its own topic, not a neighbour's
    sent = [c for c in api.calls if c.method == "sendMessage"]
    assert len(sent) == 2 * CHATS * ROUNDS * 2  # exactly one reply per question
    print(f"RSS after each run: {memory} MB")
    assert memory[1] - memory[0] < 40, memory
