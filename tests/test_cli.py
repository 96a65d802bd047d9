"""The commands of DESIGN.md, run as a user runs them: in-process through `cli.main`, and once as a process."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cli
from tests.support.env import REPORT, ROOT
from tests.support.openai_api import Behaviour, cite, running_fake_openai


@pytest.fixture()
def data(indexed_data: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the indexed report, with the environment a user's shell would give `python -m bot`."""
    shutil.copytree(indexed_data / "data", tmp_path / "data")
    env = {"DATA_DIR": str(tmp_path / "data"), "KNOWLEDGE_DIR": str(ROOT / "knowledge"), "TELEGRAM_BOT_TOKEN": "",
           "LLM_MODEL": "", "CHROMA_URL": ""}
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return tmp_path / "data"


def run(argv: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    assert cli.main(argv) == 0
    return capsys.readouterr().out


def test_ask_json_and_stdin_batch(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer = json.loads(run(["ask", "--json", "12345热线受理了多少件诉求?"], capsys, monkeypatch))
    assert set(answer) == {"question", "answer", "found", "citations", "mode", "latency_ms", "understood_as"}
    assert answer["understood_as"] is None  # a question that stands alone
    assert answer["found"] and "13213件" in answer["answer"]
    assert set(answer["citations"][0]) >= {"document", "section", "quote"}

    questions = ["明年有哪些安排?", "今天天气怎么样", "How many electronic licenses were issued?"]
    out = run(["ask", "--json", "-"], capsys, monkeypatch, stdin="\n".join(questions) + "\n")
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["question"] for a in answers] == questions
    assert [a["found"] for a in answers] == [True, False, True]


def test_chat_answers_follow_ups_and_ends_at_end_of_input(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = run(["chat"], capsys, monkeypatch, stdin="12345热线受理了多少件诉求?\n那办结了多少件？\n")
    assert "13213件" in out and "13206件" in out


def test_eval_prints_the_metrics(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = run(["eval", str(ROOT / "tests" / "data" / "qa_holdout.jsonl")], capsys, monkeypatch)
    assert "figure_accuracy" in out and "refusal_accuracy" in out


def test_main_job_without_token_is_a_terminal_chat_that_builds_the_index(tmp_path: Path) -> None:
    # A process of its own, as `make run` starts it: a fresh data folder, the index built, then the chat.
    # The report's header, opening and its part on shortcomings, as published (the whole would embed for 25 s).
    text = REPORT.read_text(encoding="utf-8")
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    part = text[text.index("二、存在的不足和原因") : text.index("三、党政主要负责人")]
    (knowledge / REPORT.name).write_text(text[: text.index("  一、")] + part, encoding="utf-8")
    env = {**os.environ, "DATA_DIR": str(tmp_path / "fresh-data"), "KNOWLEDGE_DIR": str(knowledge),
           "TELEGRAM_BOT_TOKEN": "", "LLM_MODEL": "", "CHROMA_URL": ""}

    def bot(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bot", *args], input=stdin, env=env, cwd=ROOT,
                              capture_output=True, text=True, timeout=180)

    done = bot(stdin="存在哪些不足\n")
    assert done.returncode == 0, done.stderr
    assert "TELEGRAM_BOT_TOKEN" in done.stderr  # says how to connect Telegram
    assert "一是法治人才短缺" in done.stdout
    again = bot("ingest")
    assert "0 added" in again.stdout and "removed" in again.stdout


def test_ask_and_chat_use_the_configured_llm_and_no_llm_forces_extractive(
    data: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    hotline = "全年受理市民诉求13213件"
    with running_fake_openai() as fake:
        for name, value in {"LLM_MODEL": "fake-model", "LLM_BASE_URL": fake.base_url, "LLM_API_KEY": "sk-x"}.items():
            monkeypatch.setenv(name, value)
        fake.enqueue(Behaviour(reply=cite(hotline, "报告显示，{sentence}[{n}]。")))
        answer = json.loads(run(["ask", "--json", "12345热线受理了多少件诉求?"], capsys, monkeypatch))
        assert answer["mode"] == "llm" and "报告显示" in answer["answer"]

        forced = json.loads(run(["ask", "--json", "--no-llm", "12345热线受理了多少件诉求?"], capsys, monkeypatch))
        assert forced["mode"] == "extractive" and "13213件" in forced["answer"]
        asked = len(fake.requests)

        fake.enqueue(Behaviour(reply=cite(hotline, "报告显示，{sentence}[{n}]。")))
        out = run(["chat"], capsys, monkeypatch, stdin="12345热线受理了多少件诉求?\n")
        assert "报告显示" in out and "13213件" in out and "[来源]" in out
        assert len(fake.requests) == asked + 1 and fake.requests[-1].get("stream") is True  # the chat streams


def test_restore_lists_kept_versions_and_brings_one_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from bot.documents import versions
    from tests.support.env import small_report

    knowledge, data = tmp_path / "knowledge", tmp_path / "data"
    knowledge.mkdir()
    for name, value in {"DATA_DIR": str(data), "KNOWLEDGE_DIR": str(knowledge), "TELEGRAM_BOT_TOKEN": "",
                        "LLM_MODEL": "", "CHROMA_URL": ""}.items():
        monkeypatch.setenv(name, value)
    (knowledge / "county.txt").write_text(small_report("1111"), encoding="utf-8")
    versions.keep(knowledge, data / "versions", "county.txt", kept=10)  # as a replacing upload does
    (knowledge / "county.txt").write_text(small_report("2222"), encoding="utf-8")
    assert run(["restore"], capsys, monkeypatch).startswith("1. county.txt  ")
    assert "restored county.txt" in run(["restore", "1"], capsys, monkeypatch)
    answer = json.loads(run(["ask", "--json", "全年受理了多少件市民诉求?"], capsys, monkeypatch))
    assert "1111件" in answer["answer"] and "2222" not in answer["answer"]
    assert run(["restore"], capsys, monkeypatch).count("county.txt") == 2  # the replaced one is kept in turn
    assert cli.main(["restore", "9"]) == 2
