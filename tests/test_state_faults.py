"""Faults of the bot's own state (feedback.sqlite3, caches) as an operator meets them: questions are still answered.

Damaged files are made as they happen: random bytes over the whole file, or two pages of a valid database
overwritten. A full disk is a real small tmpfs filled to the last block, and a file the bot may not write
is a read-only bind mount (the tests run as root, where chmod stops nothing); both need mount, and skip
where it is not permitted.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bot import cache
from bot.app import Services, build_services
from bot.telegram.feedback import FeedbackStore
from tests.support.bot import ADMIN, ALLOWED, ask, running_bot
from tests.support.disks import fill, read_only, tmpfs
from tests.support.env import ROOT, make_settings
from tests.support.telegram_api import FakeBotAPI, private_text, running_bot_api

QUESTION, FIGURE = "12345热线受理了多少件诉求?", "13213件"
PAGE = 4096


def damage_pages(path: Path, pages: tuple[int, ...] = (3, 7)) -> None:
    """Overwrite whole pages of an SQLite file with random bytes, as a failing disk would."""
    assert path.stat().st_size >= PAGE * (max(pages) + 1)
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * PAGE)
            handle.write(os.urandom(PAGE))


def filled_database(path: Path, rows: int) -> None:
    """A valid feedback database with `rows` refused questions from long ago, checkpointed into the file."""
    FeedbackStore(path).close()
    db = sqlite3.connect(path)
    db.executemany(
        "insert into questions (ts, user_id, chat_id, question, found, mode, latency_ms) "
        "values (1, ?, 1, ?, 0, 'x', 1)",
        [(i, f"旧问题{i}" * 20) for i in range(rows)],
    )
    db.commit()
    db.execute("pragma wal_checkpoint(truncate)")
    db.close()


async def stats(api: FakeBotAPI) -> str:
    return await ask(api, private_text(ADMIN, "/stats"), ADMIN)


def set_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("feedback.sqlite3.damaged-*[0-9]"))


async def test_random_bytes_in_the_feedback_file(
    services: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    feedback = tmp_path / "data" / "feedback.sqlite3"
    garbage = os.urandom(64 * 1024)
    feedback.write_bytes(garbage)
    with caplog.at_level(logging.WARNING), running_bot_api() as api:
        async with running_bot(services, tmp_path, api):
            assert FIGURE in await ask(api, private_text(ALLOWED, QUESTION), ALLOWED)
            report = await stats(api)
    [aside] = set_aside(feedback.parent)
    assert aside.read_bytes() == garbage  # kept, not deleted
    assert f"set aside as {aside.name}" in report and "answered: 1" in report
    assert any("set aside" in r.getMessage() and r.levelno == logging.WARNING for r in caplog.records)
    assert not [r for r in caplog.records if r.exc_info]  # a log line, no traceback


async def test_two_damaged_pages_in_the_feedback_file(services: Services, tmp_path: Path) -> None:
    feedback = tmp_path / "data" / "feedback.sqlite3"
    filled_database(feedback, 2000)
    damage_pages(feedback)
    with running_bot_api() as api:
        async with running_bot(services, tmp_path, api):
            assert FIGURE in await ask(api, private_text(ALLOWED, QUESTION), ALLOWED)
            assert "2081.57万元" in await ask(api, private_text(ALLOWED, "收缴违纪款多少钱"), ALLOWED)
            report = await stats(api)
    assert "malformed" in report and "answered: 2" in report
    assert len(set_aside(feedback.parent)) == 1


async def test_damage_found_while_running_is_set_aside(services: Services, tmp_path: Path) -> None:
    feedback = tmp_path / "data" / "feedback.sqlite3"
    filled_database(feedback, 20000)  # larger than SQLite's page cache, so pages are read from the file again
    with sqlite3.connect(feedback) as db:
        roots = tuple(r for (r,) in db.execute("select rootpage from sqlite_master where name = 'questions'"))
    with running_bot_api() as api:
        async with running_bot(services, tmp_path, api):
            assert "Storage warnings" not in await stats(api)  # it opened cleanly
            damage_pages(feedback, (*roots, 9))  # the table's root, which the next question's record reads
            assert FIGURE in await ask(api, private_text(ALLOWED, QUESTION), ALLOWED)
            report = await stats(api)
    assert "set aside as feedback.sqlite3.damaged-" in report and "malformed" in report
    assert "answered: 1" in report  # recorded in the new file
    assert len(set_aside(feedback.parent)) == 1


async def test_full_disk_under_data_dir(indexed_data: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 32 * 1024) as disk:  # the index and the derived tables of bot.cache
        shutil.copytree(indexed_data / "data", disk / "data")
        services = build_services(make_settings(disk))
        services.ensure_index()
        with running_bot_api() as api:
            async with running_bot(services, disk, api):
                assert FIGURE in await ask(api, private_text(ALLOWED, QUESTION), ALLOWED)
                filler = fill(disk)
                assert FIGURE in await ask(api, private_text(ALLOWED, QUESTION), ALLOWED)
                assert "2081.57万元" in await ask(api, private_text(ALLOWED, "收缴违纪款多少钱"), ALLOWED)
                full = await stats(api)
                assert "database or disk is full" in full and "records not saved: 2" in full
                assert "answered: 1" in full
                filler.unlink()
                assert FIGURE in await ask(api, private_text(ALLOWED, QUESTION), ALLOWED)
                freed = await stats(api)
                assert "answered: 2" in freed and "Storage warnings" not in freed


async def test_feedback_file_the_bot_may_not_write(services: Services, tmp_path: Path) -> None:
    feedback = tmp_path / "data" / "feedback.sqlite3"
    FeedbackStore(feedback).close()
    with read_only(feedback), running_bot_api() as api:
        async with running_bot(services, tmp_path, api):
            assert FIGURE in await ask(api, private_text(ALLOWED, QUESTION), ALLOWED)
            report = await stats(api)
    assert "readonly" in report and "records not saved: 1" in report


def test_read_only_data_dir_at_start_is_one_clear_line(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 1024) as disk:
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        env = {**os.environ, "DATA_DIR": str(disk / "data")}
        done = subprocess.run(
            [sys.executable, "-m", "bot", "ingest"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
        )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "Read-only file system" in lines[0] and "Traceback" not in done.stderr


def test_caches_that_cannot_be_written_or_read_are_rebuilt(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache, "_folder", [])  # this process's cache folder and warnings come back afterwards
    monkeypatch.setattr(cache, "_problems", {})
    source = tmp_path / "table.txt"
    source.write_text("源数据", encoding="utf-8")
    with tmpfs(tmp_path / "disk", 64) as disk:
        cache.use_folder(disk / "cache")
        fill(disk)
        with caplog.at_level(logging.WARNING):
            assert cache.load_or_build("table", source, lambda: {"built": 1}) == {"built": 1}
        assert any("No space left on device" in w for w in cache.warnings())
        assert not list(disk.rglob("*.tmp"))  # no half-written file left taking room
    cache.use_folder(tmp_path / "cache")
    assert cache.load_or_build("table", source, lambda: {"built": 2}) == {"built": 2}
    assert cache.warnings() == []  # written again: the warning is gone
    [saved] = (tmp_path / "cache").glob("table-*.pickle")
    saved.write_bytes(os.urandom(4096))
    with caplog.at_level(logging.WARNING):
        assert cache.load_or_build("table", source, lambda: {"built": 3}) == {"built": 3}
    assert "unreadable" in caplog.text


def test_a_table_cached_by_older_code_is_built_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # An upgrade that changes how a table is derived from an unchanged source must not read the old table.
    monkeypatch.setattr(cache, "_folder", [])
    cache.use_folder(tmp_path / "cache")
    source = tmp_path / "table.txt"
    source.write_text("源数据", encoding="utf-8")
    module = tmp_path / "derive.py"

    def built_by(code: str) -> object:
        module.write_text(code, encoding="utf-8")
        namespace: dict[str, object] = {}
        exec(compile(code, str(module), "exec"), namespace)  # a function whose code lives in that file
        return cache.load_or_build("table", source, namespace["build"])  # type: ignore[arg-type]

    assert built_by("def build():\n    return {'version': 1}\n") == {"version": 1}
    assert built_by("def build():\n    return {'version': 1}\n") == {"version": 1}
    assert built_by("def build():\n    return {'version': 2}\n") == {"version": 2}
    assert len(list((tmp_path / "cache").glob("table-*.pickle"))) == 2


def test_full_disk_at_start_answers_and_keeps_the_index(indexed_data: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", 40 * 1024) as disk:
        shutil.copytree(indexed_data / "data", disk / "data")
        fill(disk)
        env = {**os.environ, "DATA_DIR": str(disk / "data")}
        done = subprocess.run(
            [sys.executable, "-m", "bot", "ask", "--json", "收缴违纪款多少钱"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )
        kept = sorted(p.name for p in (disk / "data").iterdir())
    assert done.returncode == 0, done.stderr[-2000:]
    assert "2081.57万元" in done.stdout and "Traceback" not in done.stderr
    assert "chroma" in kept and not [name for name in kept if name.startswith("chroma.corrupt")]
    assert "is full" in done.stderr  # the log says why
