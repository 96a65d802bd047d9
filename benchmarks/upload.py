"""`python -m benchmarks.upload`: question latency while an admin's large upload is being indexed.

The real Application answers people through the Bot API stand-in (in a process of its own, which also plays
the people, so their work is not charged to the bot) first with nothing else going on, then while an upload
of a report of a few hundred passages is read and indexed. Prints p50/p95 of both and how long the upload took,
and what the start-up check of `knowledge/` against the manifest costs when nothing changed.
"""

from __future__ import annotations

import asyncio
import json
import logging
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from pydantic import SecretStr

from bot.app import build_services
from bot.config import AccessList, load_settings
from bot.documents.ingest import index_matches
from bot.evaluation import load_cases
from bot.logs import configure_logging
from bot.measures import percentile
from bot.telegram.application import build_application
from tests.support.env import small_report
from tests.support.servers import free_port
from tests.support.telegram_api import TOKEN, attachment

QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "data" / "qa.jsonl"
ADMIN = 4242
ITEMS = 150  # work items of the uploaded report: 151 passages, about 450 embedded texts


def _summary(latencies: list[float]) -> dict[str, Any]:
    return {"answers": len(latencies), "p50_ms": round(percentile(latencies, 50), 1),
            "p95_ms": round(percentile(latencies, 95), 1), "max_ms": round(max(latencies), 1)}


async def measure(root: Path) -> dict[str, Any]:
    """Idle and during-upload question latency, and the upload's own duration."""
    settings = load_settings(data_dir=root / "data", knowledge_dir=root / "knowledge", llm_model=None, chroma_url=None)
    shutil.copytree(Path("knowledge"), settings.knowledge_dir)
    services = build_services(settings)
    services.ensure_index()
    started = time.perf_counter()
    assert index_matches(settings.knowledge_dir, settings.data_dir)
    check_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    services.ingest()
    reingest_s = time.perf_counter() - started
    questions = [c.question for c in load_cases(QUESTIONS)]
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "tests.support.telegram_api", str(port)], stdout=subprocess.PIPE,
                              text=True)
    assert server.stdout is not None
    server.stdout.readline()
    base = f"http://127.0.0.1:{port}"
    bot_settings = settings.model_copy(update={
        "telegram_bot_token": SecretStr(TOKEN), "telegram_base_url": base,
        "allowed_user_ids": AccessList(everyone=True), "admin_user_ids": AccessList(ids=frozenset({ADMIN})),
        "rate_limit_per_minute": 1000,
    })
    application = build_application(bot_settings, services, flood_limit=False)
    try:
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        async with httpx.AsyncClient(base_url=base, timeout=900) as client:
            people = iter(range(10_000, 10**9, 100))

            def plan() -> dict[str, Any]:
                return {"chats": 4, "per_chat": 3, "questions": questions, "first_user": next(people)}

            idle: list[float] = []
            for _ in range(3):
                idle += (await client.post("/_control/drive", json=plan())).json()["latencies_ms"]
            report = small_report("9876", fillers=ITEMS, edition="新版").encode("utf-8")
            await client.post("/_control/file?id=big", content=report)
            started = time.monotonic()
            await client.post("/_control/push", json=attachment(ADMIN, "document", "big", "big.txt", len(report)))
            during: list[float] = []
            while True:
                batch = (await client.post("/_control/drive", json=plan())).json()["latencies_ms"]
                replies = (await client.get(f"/_control/wait?chat={ADMIN}&count=99&timeout=0")).json()["replies"]
                if any(not r["text"].startswith("⏳") for r in replies):
                    break
                during += batch
            upload_seconds = time.monotonic() - started
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
    finally:
        server.terminate()
        server.wait(timeout=10)
    return {"start_check_unchanged_ms": round(check_ms, 1), "reingest_unchanged_s": round(reingest_s, 2),
            "idle": _summary(idle), "during_upload": _summary(during),
            "upload_seconds": round(upload_seconds, 1), "upload_bytes": len(report)}


def main() -> int:
    """Run and print the figures as JSON."""
    configure_logging("WARNING")
    logging.getLogger("bot").setLevel(logging.WARNING)
    root = Path(tempfile.mkdtemp(prefix="bench-upload-"))
    try:
        print(json.dumps(asyncio.run(measure(root)), ensure_ascii=False, indent=2))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
