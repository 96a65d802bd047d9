"""`make bench` (`python -m benchmarks`): measure the real code paths, print a table, keep the JSON under DATA_DIR."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from bot.app import Services, build_services
from bot.config import Settings, load_settings
from bot.errors import BotError
from bot.evaluation import load_cases
from bot.logs import configure_logging
from bot.measures import percentile
from tests.support.servers import chroma_command, free_port, local_process, rss_mb

logger = logging.getLogger(__name__)

STAGES = ("embed", "dense", "bm25", "fusion", "answer", "guard")
QUESTIONS = Path(__file__).resolve().parent.parent / "tests" / "data" / "qa.jsonl"


@dataclass
class Results:
    """Every figure the benchmark measured, by name."""

    figures: dict[str, Any] = field(default_factory=dict)

    def add(self, key: str, value: Any) -> None:
        """Record one figure."""
        self.figures[key] = value
        logger.info("bench %s = %s", key, value)


@contextlib.contextmanager
def chroma_server(path: Path) -> Iterator[str]:
    """A `chroma run` server on 127.0.0.1 for the duration of the block."""
    port = free_port()
    with local_process(chroma_command(path, port), port, path.parent / "chroma.log"):
        yield f"http://127.0.0.1:{port}"


def variant(settings: Settings, data_dir: Path, knowledge: Path | None = None, **overrides: Any) -> Settings:
    """The same settings with another data folder (and knowledge folder), no LLM, no Telegram."""
    values = {"data_dir": data_dir, "llm_model": None, "telegram_bot_token": None, **overrides}
    if knowledge is not None:
        values["knowledge_dir"] = knowledge
    return settings.model_copy(update=values)


def warm_latencies(services: Services, questions: list[str], rounds: int = 2) -> dict[str, Any]:
    """Answer every question once to warm up, then `rounds` times more, timing each stage."""
    for q in questions:
        services.answering.ask(q)
    totals: list[float] = []
    stages: dict[str, list[float]] = {s: [] for s in STAGES}
    for _ in range(rounds):
        for q in questions:
            started = time.perf_counter()
            answer = services.answering.ask(q)
            totals.append((time.perf_counter() - started) * 1000)
            for stage in STAGES:
                stages[stage].append(answer.timings.get(stage, 0.0) * 1000)
    out: dict[str, Any] = {f"p{q}": round(percentile(totals, q), 2) for q in (50, 95, 99)}
    out["mean"] = round(statistics.fmean(totals), 2)
    out["stages_p50"] = {s: round(percentile(v, 50), 2) for s, v in stages.items()}
    out["stages_p95"] = {s: round(percentile(v, 95), 2) for s, v in stages.items()}
    out["n"] = len(totals)
    return out


def card_topics(services: Services, count: int = 12) -> list[str]:
    """Topics for briefing cards taken from the documents' own sub-headings (markers off), and "" for the overview."""
    headings = [s.path[-1] for s in services.retriever.corpus.sections if len(s.path) >= 2]
    topics = [re.sub(r"^(?:[(（][^)）]*[)）]|[一二三四五六七八九十]+[、是]|\d+[.、])", "", h)[:12] for h in headings]
    return ["", *dict.fromkeys(t for t in topics if t)][: count + 1]


def card_latencies(services: Services, topics: list[str], rounds: int = 3) -> dict[str, Any]:
    """Make every card once to warm up, then `rounds` times more: milliseconds per card (text only)."""
    for topic in topics:
        services.briefing.card(topic)
    totals: list[float] = []
    for _ in range(rounds):
        for topic in topics:
            started = time.perf_counter()
            services.briefing.card(topic)
            totals.append((time.perf_counter() - started) * 1000)
    out: dict[str, Any] = {f"p{q}": round(percentile(totals, q), 2) for q in (50, 95, 99)}
    out["max"] = round(max(totals), 2)
    out["n"] = len(totals)
    return out


def cold_start(data_dir: Path, knowledge: Path, question: str) -> tuple[float, float]:
    """Seconds from a new process to its first answer (index built), and that process's peak RSS in MB."""
    env = {"DATA_DIR": str(data_dir), "KNOWLEDGE_DIR": str(knowledge), "LLM_MODEL": "", "CHROMA_URL": "",
           "TELEGRAM_BOT_TOKEN": "", "PATH": "/usr/bin:/bin", "HOME": str(Path.home())}
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "bot", "ask", "--json", question], env=env, capture_output=True,
                          text=True, timeout=300, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or '"found": true' not in done.stdout:
        raise RuntimeError(f"cold start failed: {done.stderr[-500:]}")
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(peak, before) / 1024


def bot_throughput(services: Services, settings: Settings, questions: list[str], chats: int = 20,
                   per_chat: int = 10, limited: bool = True) -> dict[str, Any]:
    """Answers per second and reply latency through the real Application and a Bot API on 127.0.0.1.

    The Bot API stand-in runs in a process of its own, as Telegram would, so its work is not counted
    against the bot; latency runs from the update's arrival there to the reply's arrival there.
    """
    import httpx

    from bot.telegram.application import build_application
    from tests.support.telegram_api import TOKEN

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "tests.support.telegram_api", str(port)], stdout=subprocess.PIPE,
                              text=True)
    assert server.stdout is not None
    server.stdout.readline()  # "ready"
    base = f"http://127.0.0.1:{port}"

    async def run() -> dict[str, Any]:
        bot_settings = settings.model_copy(update={
            "telegram_bot_token": _secret(TOKEN), "telegram_base_url": base, "allowed_user_ids": _everyone(),
            "rate_limit_per_minute": 1000,
        })
        application = build_application(bot_settings, services, flood_limit=limited)
        await application.initialize()
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0.0, timeout=1)
        plan = {"chats": chats, "per_chat": per_chat, "questions": questions}
        async with httpx.AsyncClient(base_url=base, timeout=600) as client:
            result = (await client.post("/_control/drive", json=plan)).json()
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        latencies = result["latencies_ms"]
        return {"answers": len(latencies), "seconds": round(result["seconds"], 2),
                "answers_per_s": round(len(latencies) / result["seconds"], 1),
                "reply_p50_ms": round(percentile(latencies, 50), 1),
                "reply_p95_ms": round(percentile(latencies, 95), 1)}

    try:
        return asyncio.run(run())
    finally:
        server.terminate()
        server.wait(timeout=10)


def _secret(value: str) -> Any:
    from pydantic import SecretStr

    return SecretStr(value)


def _everyone() -> Any:
    from bot.config import AccessList

    return AccessList(everyone=True)


# ---------------------------------------------------------------- synthetic reports

_NAME_CHARS = "安宁平清河源泰和丰盛永兴宏远嘉祥瑞华新开明德康吉昌隆"


@dataclass
class Synthetic:
    """N reports generated from a template: other place names, years and figures, same structure."""

    folder: Path
    names: list[str]
    template_name: str


def synthesize(template: Path, folder: Path, count: int, seed: int = 7) -> Synthetic:
    """Write `count` reports shaped like `template` (other names, years and figures) into `folder`."""
    rng = random.Random(seed)
    text = template.read_text(encoding="utf-8")
    county = _county(text)
    found = re.search(r"(?:19|20)\d{2}", text)
    base_year = int(found.group(0)) if found else 2023
    folder.mkdir(parents=True, exist_ok=True)
    names: list[str] = []
    for number in range(count):
        name = "".join(rng.sample(_NAME_CHARS, 2))
        while name in names:
            name = "".join(rng.sample(_NAME_CHARS, 2))
        names.append(name)
        # Half the reports share the template's year and half the year before: a question without a
        # year then searches 50 of 100 reports (the newest year's), not one.
        year = base_year - number % 2
        body = text.replace(county, name).replace(str(base_year + 1), str(year + 1)).replace(str(base_year), str(year))
        body = re.sub(r"(?<![\d.])\d+(?:\.\d+)?", lambda m: _other_number(m.group(0), rng), body)
        (folder / f"report-{number:04d}.txt").write_text(body, encoding="utf-8")
    return Synthetic(folder, names, county)


def _county(text: str) -> str:
    match = re.search(r"([\u4e00-\u9fff]{2,3})[县市区]", text)
    return match.group(1) if match else "某"


def _other_number(number: str, rng: random.Random) -> str:
    if re.fullmatch(r"(?:19|20)\d{2}", number):
        return number  # years were set per report above
    whole, _, decimals = number.partition(".")
    first = str(rng.randint(1, 9)) if len(whole) > 1 else str(rng.randint(0, 9))
    digits = first + "".join(str(rng.randint(0, 9)) for _ in whole[1:])
    return digits + ("." + "".join(str(rng.randint(0, 9)) for _ in decimals) if decimals else "")


class ReusingEmbeddings(Embeddings):
    """Real embeddings, reused for texts that differ from an embedded one only in names and figures.

    At 100 reports a real embedding of every synthetic passage would take most of an hour; search time
    and memory do not depend on which vectors are stored, so the scale runs reuse the template's vectors
    and report the embedding rate, measured on real texts, separately.
    """

    def __init__(self, inner: Embeddings, names: list[str], template_name: str) -> None:
        self._inner = inner
        self._names = sorted(names, key=len, reverse=True)
        self._template = template_name
        self._cache: dict[str, list[float]] = {}
        self.embedded = 0

    def _key(self, text: str) -> str:
        for name in self._names:
            text = text.replace(name, self._template)
        return re.sub(r"\d", "#", text)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed texts whose shape is new; reuse the vector of one already seen otherwise."""
        missing = [t for t in dict.fromkeys(texts) if self._key(t) not in self._cache]
        if missing:
            self.embedded += len(missing)
            for text, vector in zip(missing, self._inner.embed_documents(missing), strict=True):
                self._cache[self._key(text)] = vector
        return [self._cache[self._key(t)] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        """Queries are always embedded for real."""
        return self._inner.embed_query(text)


def scale_point(settings: Settings, template: Path, count: int, root: Path, questions: list[str],
                server: bool) -> dict[str, Any]:
    """Ingest `count` synthetic reports and time queries over them."""
    folder = root / f"scale-{count}-{'server' if server else 'embedded'}"
    synthetic = synthesize(template, folder / "knowledge", count)
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(chroma_server(folder / "chroma-server")) if server else None
        services = build_services(variant(settings, folder / "data", synthetic.folder, chroma_url=url))
        reusing = ReusingEmbeddings(services.embeddings, synthetic.names, synthetic.template_name)
        services.embeddings = reusing
        started = time.perf_counter()
        report = services.ingest()
        seconds = time.perf_counter() - started
        passages = report.added
        latencies = warm_latencies(services, questions, rounds=1)
        return {
            "reports": count,
            "searched_reports": len([s for s in synthetic.folder.iterdir()]) - count // 2,
            "passages": passages,
            "ingest_seconds_vectors_reused": round(seconds, 1),
            "texts_embedded": reusing.embedded,
            "warm_p95_ms": latencies["p95"],
            "warm_p50_ms": latencies["p50"],
            "rss_mb": round(rss_mb()),
        }


# ---------------------------------------------------------------- the whole run


def run(settings: Settings, questions_file: Path, scale: list[int] | None = None, bot: bool = True) -> Results:
    """Measure everything; returns the figures (also written as JSON under DATA_DIR)."""
    results = Results()
    questions = [c.question for c in load_cases(questions_file)]
    root = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        if scale:
            _scale(settings, results, questions, root, scale)
        else:
            _main(settings, results, questions, root, bot)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    out = settings.data_dir / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(results.figures, ensure_ascii=False, indent=2), encoding="utf-8")
    results.add("json", str(out))
    return results


def _main(settings: Settings, results: Results, questions: list[str], root: Path, bot: bool) -> None:
    embedded = variant(settings, root / "embedded")
    services = build_services(embedded)
    started = time.perf_counter()
    first = services.ingest(rebuild=True)
    results.add("ingest_seconds", round(time.perf_counter() - started, 2))
    results.add("passages", first.added)
    texts = first.added + len(services.store.sentence_ids())
    results.add("embedding_texts_per_s", round(texts / max(first.seconds, 1e-9), 1))
    started = time.perf_counter()
    again = services.ingest()
    results.add("reingest_unchanged_seconds", round(time.perf_counter() - started, 3))
    assert again.added == 0
    seconds, peak = cold_start(root / "embedded", settings.knowledge_dir, questions[0])
    results.add("cold_start_to_first_answer_s", round(seconds, 2))
    results.add("peak_rss_mb_answering_process", round(peak))
    results.add("warm_embedded", warm_latencies(services, questions))
    results.add("brief_card_warm", card_latencies(services, card_topics(services)))
    with chroma_server(root / "chroma-server") as url:
        server_services = build_services(variant(settings, root / "server", chroma_url=url))
        server_services.ingest()
        results.add("warm_server", warm_latencies(server_services, questions))
    if bot:
        results.add("bot_20_chats", bot_throughput(services, embedded, questions))
        results.add("bot_20_chats_no_flood_limit", bot_throughput(services, embedded, questions, limited=False))
        # Side by side, same run: one shared embedding engine (as before) against one engine per core.
        from bot.search.embeddings import LocalE5Embeddings

        if isinstance(services.retriever.embeddings, LocalE5Embeddings):
            pooled = services.retriever.embeddings
            services.retriever.embeddings = LocalE5Embeddings(engines=1)
            results.add("bot_20_chats_no_flood_limit_one_engine",
                        bot_throughput(services, embedded, questions, limited=False))
            services.retriever.embeddings = pooled
    results.add("bench_process_peak_rss_mb", round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def _scale(settings: Settings, results: Results, questions: list[str], root: Path, counts: list[int]) -> None:
    template = next(p for p in sorted(settings.knowledge_dir.glob("*.txt")))
    sample = questions[:40]
    for server in (False, True):
        for count in counts:
            key = f"scale_{'server' if server else 'embedded'}_{count}"
            results.add(key, scale_point(settings, template, count, root, sample, server))


def format_table(results: Results) -> str:
    """The figures as a readable table."""
    lines = []
    for key, value in results.figures.items():
        if isinstance(value, dict):
            flat = ", ".join(f"{k}={v}" for k, v in value.items() if not isinstance(v, dict))
            lines.append(f"{key:<34} {flat}")
            for k, v in value.items():
                if isinstance(v, dict):
                    lines.append(f"{'':<36}{k}: " + ", ".join(f"{s}={x}" for s, x in v.items()))
        else:
            lines.append(f"{key:<34} {value}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark with the settings of the environment and print its table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--scale", type=int, nargs="+", metavar="N", help="synthetic reports, e.g. --scale 1 10 100")
    parser.add_argument("--no-bot", action="store_true", help="skip the Telegram throughput run")
    parser.add_argument("--questions", type=Path, default=QUESTIONS, help="question set whose questions are timed")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    results = run(settings, args.questions, scale=args.scale, bot=not args.no_bot)
    print(format_table(results))
    return 0
