"""Command line: `python -m bot [ingest|ask|chat|brief|run|eval|restore]`; thin, known errors become one line."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from bot.answers.briefing import requested_topic
from bot.answers.card_export import card_text
from bot.answers.conversation import understood_line
from bot.app import Services, build_services
from bot.config import Settings, load_settings
from bot.domain import Answer
from bot.errors import BotError
from bot.logs import configure_logging, redact_secrets

logger = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of `python -m bot` and the console script."""
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        redact_secrets(settings)
        configure_logging(settings.log_level if not args.verbose else "DEBUG")
        return int(args.func(args, settings) or 0)
    except BotError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Q&A over the county's annual report.")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    parser.set_defaults(func=cmd_default)
    sub = parser.add_subparsers(title="commands")

    p = sub.add_parser("ingest", help="index knowledge/")
    p.add_argument("--rebuild", action="store_true", help="drop the index and build it again")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("restore", help="list earlier versions of replaced documents, or bring number N back")
    p.add_argument("number", nargs="?", type=int, help="the version's number in the list")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("ask", help="answer one question (or one per stdin line with '-')")
    p.add_argument("question", nargs="+", help="the question, or - to read questions from stdin")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--no-llm", action="store_true", help="extractive answers even when an LLM is configured")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("chat", help="terminal conversation")
    p.add_argument("--no-llm", action="store_true", help="extractive answers even when an LLM is configured")
    p.add_argument("--json", action="store_true", help="one JSON answer a line (with understood_as for follow-ups)")
    p.set_defaults(func=cmd_chat)

    p = sub.add_parser("brief", help="a briefing card: every figure on a topic, years side by side")
    p.add_argument("topic", nargs="*", help="the topic (none: the key figures of every part)")
    p.add_argument("--format", choices=("text", "md", "docx"), default="text", help="text (default), md or docx")
    p.add_argument("--output", type=Path, help="file to write (docx default: brief-DATE.docx); charts go beside it")
    p.set_defaults(func=cmd_brief)

    p = sub.add_parser("run", help="run the Telegram bot")
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("eval", help="run a question set and print metrics")
    p.add_argument("file", type=Path, help="a .jsonl question set (one question a line) or dialogue set (`turns`)")
    p.add_argument("--json", action="store_true", help="print metrics as JSON")
    p.add_argument("--failures", action="store_true", help="list the failed cases")
    p.set_defaults(func=cmd_eval)
    return parser


def _services(settings: Settings, *, quiet: bool = False) -> Services:
    services = build_services(settings)
    services.ensure_index(progress=None if quiet else _progress)
    return services


_last_progress = [0.0]


def _progress(done: int, total: int) -> None:
    """Progress of a long ingest: a live counter on a terminal, a line every few seconds in a log."""
    if sys.stderr.isatty():
        print(f"\rembedding {done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)
    elif done == total or time.monotonic() - _last_progress[0] >= 5:
        _last_progress[0] = time.monotonic()
        print(f"embedding {done}/{total}", file=sys.stderr, flush=True)


def cmd_default(args: argparse.Namespace, settings: Settings) -> int:
    """The main job: the Telegram bot when a token is set, else a terminal chat."""
    if settings.telegram_bot_token:
        return cmd_run(args, settings)
    print(
        "TELEGRAM_BOT_TOKEN is not set, so this is a terminal chat. To connect Telegram, put the token from "
        "@BotFather into .env (see .env.example) and run `make run` again.",
        file=sys.stderr,
    )
    return cmd_chat(args, settings)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    """Index knowledge/ and print one summary line."""
    services = build_services(settings)
    report = services.ingest(rebuild=args.rebuild, progress=_progress)
    print(report.summary())
    return 0


def cmd_restore(args: argparse.Namespace, settings: Settings) -> int:
    """List the kept versions, or restore one and re-index."""
    from bot.documents import versions
    from bot.documents.upload import restore

    kept = versions.listing(settings.data_dir / "versions")
    if args.number is None:
        for number, version in enumerate(kept, 1):
            print(f"{number}. {version.name}  {version.saved}")
        if not kept:
            print("no earlier versions are kept")
        return 0
    if not 1 <= args.number <= len(kept):
        print(f"error: give a number from 1 to {len(kept)} (`restore` lists them)", file=sys.stderr)
        return 2
    version = kept[args.number - 1]
    services = build_services(settings)
    report = restore(settings.knowledge_dir, settings.data_dir / "versions", version,
                     lambda cancel: services.ingest(progress=_progress, cancel=cancel), settings.versions_kept)
    print(f"restored {version.name} ({version.saved}); {report.summary()}")
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    """Answer one question, or each line of stdin, through the same path as Telegram."""
    services = _services(settings, quiet=True)
    questions = (line.strip() for line in sys.stdin) if args.question == ["-"] else [" ".join(args.question)]

    async def answer_all() -> None:
        for question in questions:
            if question:
                _print_answer(await _answer(services, question, None, args.no_llm), args.json, sys.stdout)

    asyncio.run(answer_all())
    return 0


async def _answer(services: Services, question: str, conversation: str | None, no_llm: bool, **kw: Any) -> Answer:
    """The answer of the configured path (the LLM when there is one), or the extractive one with `no_llm`."""
    if no_llm:
        return await asyncio.to_thread(services.answering.ask, question, conversation)
    return await services.answering.aask(question, conversation, **kw)


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    """A terminal conversation; follow-up questions keep the topic; an LLM answer streams; ends at end of input."""
    services = _services(settings)
    return asyncio.run(_chat(services, getattr(args, "no_llm", False), getattr(args, "json", False)))


async def _chat(services: Services, no_llm: bool, as_json: bool = False) -> int:
    interactive = sys.stdin.isatty() and not as_json
    if interactive:
        print("Ask about the report (Chinese or English); /reset forgets the conversation; Ctrl-D quits.")
    while True:
        if interactive:
            print("> ", end="", flush=True)
        line = sys.stdin.readline()
        if not line:
            if interactive:
                print()
            return 0
        question = line.strip()
        if not question:
            continue
        if question in ("/reset", "/new"):
            services.answering.reset("terminal")
            if not as_json:
                print("(conversation forgotten)")
            continue
        if question in ("/quit", "/exit"):
            return 0
        topic = requested_topic(question)
        if topic is not None:
            print(card_text(await asyncio.to_thread(services.briefing.card, topic)) + "\n")
            continue
        shown = ""

        async def on_delta(text: str) -> None:
            nonlocal shown
            if text.startswith(shown):
                sys.stdout.write(text[len(shown) :])
                sys.stdout.flush()
                shown = text

        streaming = services.answering.llm is not None and not no_llm and not as_json
        answer = await _answer(services, question, "terminal", no_llm, **({"on_delta": on_delta} if streaming else {}))
        if as_json:
            _print_answer(answer, True, sys.stdout)
            continue
        if shown and answer.answer.startswith(shown):
            sys.stdout.write(answer.answer[len(shown) :] + "\n")
            _print_answer(answer, False, sys.stdout, body=False)
        else:
            if shown:  # the streamed text did not pass the checks; the checked answer replaces it
                sys.stdout.write("\n(…)\n")
            _print_answer(answer, False, sys.stdout)


def cmd_brief(args: argparse.Namespace, settings: Settings) -> int:
    """Print a briefing card, or write it as Markdown or a Word document with its charts."""
    from bot.answers.card_export import card_charts, card_docx, card_markdown

    services = _services(settings, quiet=True)
    card = services.briefing.card(" ".join(args.topic))
    if args.format == "text" or not card.found:
        print(card_text(card))
        return 0 if card.found else 1
    charts = card_charts(card)
    if args.format == "md" and args.output is None:
        print(card_markdown(card), end="")
        return 0
    out: Path = args.output or Path(f"brief-{card.made.isoformat()}.{args.format}")
    names = []
    for chart in charts:
        path = out.with_name(f"{out.stem}-{chart.name}.png")
        path.write_bytes(chart.png)
        names.append(path.name)
    if args.format == "md":
        out.write_text(card_markdown(card, names), encoding="utf-8")
    else:
        out.write_bytes(card_docx(card, charts))
    print(f"{out}" + (f" (+{len(names)} charts)" if names else ""))
    return 0


def cmd_run(args: argparse.Namespace, settings: Settings) -> int:
    """Run the Telegram bot."""
    from bot.telegram.application import run_bot

    if not settings.telegram_bot_token:
        print("error: TELEGRAM_BOT_TOKEN is not set (see .env.example)", file=sys.stderr)
        return 2
    services = _services(settings)
    run_bot(settings, services)
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    """Run a question set (or a dialogue set, turn by turn) and print the metrics."""
    from bot import evaluation

    try:
        dialogues = evaluation.load_dialogues(args.file) if evaluation.is_dialogue_set(args.file) else None
        cases = evaluation.load_cases(args.file) if dialogues is None else []
    except (OSError, ValueError) as exc:
        print(f"error: cannot read question set: {exc}", file=sys.stderr)
        return 2
    services = _services(settings, quiet=True)
    if dialogues is not None:
        talks = evaluation.run_dialogues(services.answering, dialogues)
        print(evaluation.dialogue_report_json(talks) if args.json else evaluation.format_dialogue_report(talks))
        if args.failures:
            print(evaluation.dialogue_failures_text(talks))
        return 0
    report = evaluation.run_eval(services.answering, cases)
    print(evaluation.report_json(report) if args.json else evaluation.format_report(report))
    if args.failures:
        print(evaluation.failures_text(report))
    return 0


def _print_answer(answer: Answer, as_json: bool, out: TextIO, *, body: bool = True) -> None:
    if as_json:
        out.write(json.dumps(answer.model_dump(exclude={"degraded", "note"}), ensure_ascii=False) + "\n")
        out.flush()
        return
    line = understood_line(answer)
    if body:
        out.write((f"{line}\n" if line else "") + answer.answer + "\n")
    elif line:  # the streamed text is already out; say how the follow-up was read below it
        out.write(f"{line}\n")
    for c in answer.citations:
        label = "来源" if answer.found else "相关章节"
        out.write(f"  [{label}] {c.document} · {c.section}\n")
    out.write("\n")
    out.flush()
