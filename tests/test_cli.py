"""The commands of DESIGN.md, run as a user runs them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run(args: list[str], data: Path, stdin: str = "", timeout: int = 180) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DATA_DIR": str(data),
        "KNOWLEDGE_DIR": str(ROOT / "knowledge"),
        "TELEGRAM_BOT_TOKEN": "",
        "LLM_MODEL": "",
        "CHROMA_URL": "",
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args], input=stdin, env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=timeout,
    )


def test_ask_json_and_stdin_batch(indexed_data: Path, tmp_path: Path) -> None:
    shutil.copytree(indexed_data / "data", tmp_path / "data")
    one = run(["ask", "--json", "12345热线受理了多少件诉求?"], tmp_path / "data")
    assert one.returncode == 0, one.stderr
    answer = json.loads(one.stdout)
    assert set(answer) == {"question", "answer", "found", "citations", "mode", "latency_ms"}
    assert answer["found"] and "13213件" in answer["answer"]
    assert set(answer["citations"][0]) >= {"document", "section", "quote"}

    questions = ["明年有哪些安排?", "今天天气怎么样", "How many electronic licenses were issued?"]
    batch = run(["ask", "--json", "-"], tmp_path / "data", stdin="\n".join(questions) + "\n")
    assert batch.returncode == 0, batch.stderr
    answers = [json.loads(line) for line in batch.stdout.splitlines()]
    assert [a["question"] for a in answers] == questions
    assert [a["found"] for a in answers] == [True, False, True]


def test_chat_answers_follow_ups_and_ends_at_end_of_input(indexed_data: Path, tmp_path: Path) -> None:
    shutil.copytree(indexed_data / "data", tmp_path / "data")
    chat = run(["chat"], tmp_path / "data", stdin="12345热线受理了多少件诉求?\n那办结了多少件？\n")
    assert chat.returncode == 0, chat.stderr
    assert "13213件" in chat.stdout and "13206件" in chat.stdout


def test_main_job_without_token_is_a_terminal_chat_that_builds_the_index(tmp_path: Path) -> None:
    done = run([], tmp_path / "fresh-data", stdin="存在哪些不足\n")
    assert done.returncode == 0, done.stderr
    assert "TELEGRAM_BOT_TOKEN" in done.stderr  # says how to connect Telegram
    assert "一是法治人才短缺" in done.stdout
    again = run(["ingest"], tmp_path / "fresh-data")
    assert "0 added" in again.stdout and "removed" in again.stdout
