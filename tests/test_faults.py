"""Faults of the store and of ingest: the bot degrades, recovers, and loses nothing."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_services
from bot.config import Settings
from bot.documents.parsing import parse_file
from bot.domain import units_of
from tests.support.bot import ADMIN, ALLOWED, bot_process, buttons
from tests.support.env import REPORT, ROOT, make_settings, small_report
from tests.support.servers import chroma_command, free_port, wait_for_port
from tests.support.telegram_api import FakeBotAPI, attachment, callback, private_text, running_bot_api


def start_chroma(path: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    proc = subprocess.Popen(chroma_command(path, port), stdout=log.open("a"), stderr=subprocess.STDOUT)
    if not wait_for_port(port):
        proc.kill()
        raise AssertionError("chroma server did not start")
    return proc


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    proc.wait(timeout=15)


def test_chroma_server_down_mid_run_degrades_to_keywords_and_recovers(knowledge_copy: Path, tmp_path: Path) -> None:
    port = free_port()
    server = start_chroma(tmp_path / "srv", port, tmp_path / "chroma.log")
    try:
        services = build_services(make_settings(tmp_path, knowledge_copy, chroma_url=f"http://127.0.0.1:{port}"))
        services.ensure_index()
        services.retriever.RETRY_SECONDS = 0.2
        assert not services.answering.ask("收缴违纪款多少钱").degraded
        stop(server)
        during = services.answering.ask("收缴违纪款多少钱")
        assert during.degraded and during.found and "2081.57万元" in during.answer
        server = start_chroma(tmp_path / "srv", port, tmp_path / "chroma.log")
        time.sleep(0.3)
        after = services.answering.ask("收缴违纪款多少钱")
        assert not after.degraded and "2081.57万元" in after.answer
    finally:
        stop(server)


def test_chroma_server_down_at_start(knowledge_copy: Path, tmp_path: Path) -> None:
    port = free_port()
    settings = make_settings(tmp_path, knowledge_copy, chroma_url=f"http://127.0.0.1:{port}")
    services = build_services(settings)  # nothing listens on the port yet
    services.ensure_index()
    services.retriever.RETRY_SECONDS = 0.2
    answer = services.answering.ask("12345热线受理了多少件诉求?")
    assert answer.degraded and answer.found and "13213件" in answer.answer
    server = start_chroma(tmp_path / "srv", port, tmp_path / "chroma.log")
    try:
        services.ingest()
        time.sleep(0.3)
        answer = services.answering.ask("How many electronic licenses were issued?")
        assert not answer.degraded and answer.found and "13316张" in answer.answer
    finally:
        stop(server)


def test_corrupt_embedded_store_is_rebuilt(
    knowledge_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(tmp_path, knowledge_copy)
    build_services(settings).ingest()
    database = tmp_path / "data" / "chroma" / "chroma.sqlite3"
    database.write_bytes(b"this is not a database" * 100)
    services = build_services(settings)
    services.ensure_index()
    assert "unreadable" in caplog.text and "rebuilding" in caplog.text
    answer = services.answering.ask("12345热线受理了多少件诉求?")
    assert answer.found and not answer.degraded and "13213件" in answer.answer


def test_missing_embedded_store_is_rebuilt(knowledge_copy: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, knowledge_copy)
    build_services(settings).ingest()
    shutil.rmtree(tmp_path / "data" / "chroma")
    services = build_services(settings)
    assert services.ensure_index() is not None
    assert services.answering.ask("12345热线受理了多少件诉求?").found


def expected_ids(knowledge: Path) -> tuple[set[str], set[str]]:
    passages = [p for f in sorted(knowledge.glob("*.txt")) for p in parse_file(f, f.name).passages]
    return {p.id for p in passages}, {u.id for p in passages for u in units_of(p)}


def ingest_process(knowledge: Path, data: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "KNOWLEDGE_DIR": str(knowledge), "DATA_DIR": str(data), "CHROMA_URL": "", "LLM_MODEL": ""}
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )


def reports(tmp_path: Path, years: tuple[int, ...]) -> Path:
    """A knowledge folder holding this county's report once for each of `years`."""
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    text = REPORT.read_text(encoding="utf-8")
    for year in years:
        (knowledge / f"report-{year}.txt").write_text(text.replace("2023", str(year)), encoding="utf-8")
    return knowledge


def stored(settings: Settings) -> tuple[set[str], set[str]]:
    store = build_services(settings).store
    return store.passage_ids(), store.sentence_ids()


def test_ingest_killed_midway_is_completed_by_the_next_one(tmp_path: Path) -> None:
    knowledge = reports(tmp_path, (2022, 2023))
    proc = ingest_process(knowledge, tmp_path / "data")
    time.sleep(8)
    assert proc.poll() is None, "ingest finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    settings = make_settings(tmp_path, knowledge)
    partial = stored(settings)[0]
    report = build_services(settings).ingest()
    assert report.added == len(expected_ids(knowledge)[0]) - len(partial)
    assert stored(settings) == expected_ids(knowledge)  # nothing duplicated, nothing orphaned


def test_two_ingests_at_once_do_not_corrupt_the_store(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()  # a report of 100 items: its ingest outlasts the second's start
    (knowledge / "county.txt").write_text(small_report("13213", fillers=100, edition="并发"), encoding="utf-8")
    first = ingest_process(knowledge, tmp_path / "data")
    time.sleep(1.5)
    second = ingest_process(knowledge, tmp_path / "data")
    outputs = [p.communicate(timeout=300) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    # Whichever took the lock first did the work; the other waited for it, then found nothing to do.
    assert sorted("0 added" in out for out, _ in outputs) == [False, True], outputs
    assert stored(make_settings(tmp_path, knowledge)) == expected_ids(knowledge)


def test_unwritable_data_dir_is_one_clear_line(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    env = {**os.environ, "DATA_DIR": str(not_a_folder / "data")}
    done = subprocess.run(
        [sys.executable, "-m", "bot", "ingest"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: setting DATA_DIR:") and "not a writable folder" in lines[0]


def test_empty_and_malformed_files_are_skipped_with_a_warning(
    knowledge_copy: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (knowledge_copy / "empty.txt").write_text("   \n", encoding="utf-8")
    (knowledge_copy / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (knowledge_copy / "notes.md").write_text("# 标题\n\n## 一、\n", encoding="utf-8")
    caplog.set_level(logging.WARNING)
    report = build_services(make_settings(tmp_path, knowledge_copy)).ingest()
    assert report.documents == 1
    assert set(report.skipped) == {"empty.txt", "binary.txt", "notes.md"}
    assert "binary.txt" in caplog.text


def _send(api: FakeBotAPI, update: dict[str, Any], chat: int, starting: str, timeout: float = 120) -> dict[str, Any]:
    """Push an update; the parameters of the bot's next message to `chat` whose text starts with `starting`."""
    before = len(api.calls_of("sendMessage", ok=True))
    api.push(update)
    deadline = time.monotonic() + timeout
    while True:
        calls = api.wait_for("sendMessage", before + 1, timeout=max(0.1, deadline - time.monotonic()))
        for call in calls[before:]:
            if str(call.params["chat_id"]) == str(chat) and str(call.params["text"]).startswith(starting):
                return call.params
        before = len(calls)


def _press(api: FakeBotAPI, params: dict[str, Any], label: str) -> None:
    api.push(callback(ADMIN, ADMIN, next(d for text, d in buttons(params).items() if label in text)))


def _stopped(proc: subprocess.Popen[bytes], how: int) -> None:
    proc.send_signal(how)
    proc.wait(timeout=30)


def test_killed_while_indexing_a_corrected_report_the_restart_answers_the_new_figure_only(tmp_path: Path) -> None:
    knowledge, data, log = tmp_path / "knowledge", tmp_path / "data", tmp_path / "bot.log"
    knowledge.mkdir()
    (knowledge / "county.txt").write_text(small_report("13213", fillers=10, edition="初版"), encoding="utf-8")
    assert ingest_process(knowledge, data).wait(timeout=600) == 0
    # One figure changed, every item reworded, and long enough to be killed while it is indexed.
    corrected = small_report("14702", fillers=80, edition="修订版")
    question = private_text(ALLOWED, "全年受理了多少件市民诉求?")
    with running_bot_api() as api:
        api.files["fix"] = corrected.encode("utf-8")
        proc = bot_process(api, knowledge, data, log)
        try:
            assert "13213件" in str(_send(api, question, ALLOWED, "")["text"])
            asked = _send(api, attachment(ADMIN, "document", "fix", "county.txt", 10), ADMIN, "已有同名文件")
            _press(api, asked, "Replace")
            api.wait_for("editMessageText", 1, timeout=120, chat_id=ADMIN)
            deadline = time.monotonic() + 120
            while not any("Indexing:" in str(c.params["text"]) for c in api.calls_of("editMessageText", ok=True)):
                assert time.monotonic() < deadline, "no indexing progress was shown"
                time.sleep(0.05)
            proc.kill()  # kill -9 while the corrected report is being indexed
            proc.wait()
        finally:
            if proc.poll() is None:
                proc.kill()
        assert not any("Added" in str(c.params["text"]) for c in api.calls_of("sendMessage")), "indexing had finished"
        assert "14702" in (knowledge / "county.txt").read_text(encoding="utf-8")

        proc = bot_process(api, knowledge, data, log)
        try:
            for _ in range(3):
                answer = str(_send(api, question, ALLOWED, "")["text"])
                assert "14702件" in answer and "13213" not in answer
        finally:
            _stopped(proc, signal.SIGTERM)
    assert stored(make_settings(tmp_path, knowledge)) == expected_ids(knowledge)  # nothing old, nothing missing
    assert "Traceback" not in log.read_text(errors="replace")


def test_sigterm_while_a_long_ingest_runs_stops_the_bot_within_seconds(tmp_path: Path) -> None:
    knowledge, data, log = tmp_path / "knowledge", tmp_path / "data", tmp_path / "bot.log"
    knowledge.mkdir()
    (knowledge / "county.txt").write_text(small_report("13213"), encoding="utf-8")
    assert ingest_process(knowledge, data).wait(timeout=600) == 0
    with running_bot_api() as api:
        api.files["big"] = small_report("555", fillers=600).encode("utf-8")
        proc = bot_process(api, knowledge, data, log)
        try:
            api.push(attachment(ADMIN, "document", "big", "big.txt", 10))
            deadline = time.monotonic() + 120
            while not any("Indexing:" in str(c.params["text"]) for c in api.calls_of("editMessageText", ok=True)):
                assert time.monotonic() < deadline, "no indexing progress was shown"
                time.sleep(0.05)
            sent_at = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
            assert time.monotonic() - sent_at < 10
        finally:
            if proc.poll() is None:
                proc.kill()
        told = [str(c.params["text"]) for c in api.calls_of("sendMessage") if str(c.params["chat_id"]) == str(ADMIN)]
        assert any("Cancelled" in t and "Nothing changed" in t for t in told)
    assert sorted(p.name for p in knowledge.iterdir()) == ["county.txt"]  # the upload was undone
