"""Run a question set and measure retrieval, figures, refusals and latency."""

from __future__ import annotations

import json
import statistics
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

from bot.answers.guard import unsupported_figures
from bot.answers.service import AnswerService
from bot.measures import percentile

Row = TypeVar("Row", bound=BaseModel)


class QACase(BaseModel):
    """One question of a question set (a line of a .jsonl file)."""

    model_config = ConfigDict(extra="forbid")

    question: str
    lang: str = "zh"
    answerable: bool = True
    section: str | None = Field(None, description="Text the cited section path must contain.")
    figures: list[str] = Field(default_factory=list, description="Figures the answer must contain verbatim.")
    mentions: list[str] = Field(default_factory=list, description="Words a list answer must contain verbatim.")
    history: list[str] = Field(default_factory=list, description="Earlier questions of the same conversation.")
    kind: str = "fact"
    split: Literal["dev", "test"] | None = Field(None, description="dev: may be tuned on; test: only reported.")
    report: str | None = Field(None, description="File stem of the report the question is about.")


@dataclass
class CaseResult:
    """How one case went."""

    case: QACase
    found: bool
    answer: str
    cited_section: str
    rank: int | None  # 1-based rank of the expected section among retrieved passages
    figures_ok: bool
    latency_ms: float
    invented: int = 0  # numbers of the answer that the passages it cites do not print


@dataclass
class Report:
    """Aggregate metrics over a question set."""

    results: list[CaseResult] = field(default_factory=list)

    def metrics(self, lang: str | None = None, where: Callable[[QACase], bool] | None = None) -> dict[str, float]:
        """The metrics, over all cases, one language, or the cases `where` picks."""
        rs = [r for r in self.results if (lang is None or r.case.lang == lang) and (where is None or where(r.case))]
        answerable = [r for r in rs if r.case.answerable]
        with_section = [r for r in answerable if r.case.section]
        with_figures = [r for r in answerable if r.case.figures]
        unanswerable = [r for r in rs if not r.case.answerable]
        latencies = [r.latency_ms for r in rs]

        def share(items: list[CaseResult], pred: Callable[[CaseResult], bool]) -> float:
            return sum(1 for r in items if pred(r)) / len(items) if items else float("nan")

        return {
            "questions": len(rs),
            "hit@1": share(with_section, lambda r: r.found and _section_ok(r.case, r.cited_section)),
            "hit@3": share(with_section, lambda r: r.rank is not None and r.rank <= 3),
            "mrr": (sum(1 / r.rank for r in with_section if r.rank) / len(with_section)) if with_section else 0.0,
            "figure_accuracy": share(with_figures, lambda r: r.figures_ok),
            "refusal_accuracy": share(unanswerable, lambda r: not r.found),
            "false_refusal_rate": share(answerable, lambda r: not r.found),
            "invented_numbers": sum(r.invented for r in rs),
            "mean_latency_ms": statistics.fmean(latencies) if latencies else 0.0,
            "p95_latency_ms": percentile(latencies, 95),
        }

    def failures(self) -> list[CaseResult]:
        """Cases that did not go as expected."""
        out = []
        for r in self.results:
            if not r.case.answerable:
                if r.found:
                    out.append(r)
            elif not r.found or not r.figures_ok or (r.case.section and not _section_ok(r.case, r.cited_section)):
                out.append(r)
        return out


def _section_ok(case: QACase, cited: str) -> bool:
    return case.section is not None and case.section in cited


_HEADLINE = ("questions", "figure_accuracy", "refusal_accuracy", "false_refusal_rate", "hit@1", "invented_numbers")


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """The numbered lines of a .jsonl set that hold data (no blanks, no "#" comments)."""
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield number, line


def _read_set(path: Path, model: type[Row]) -> list[Row]:
    """Every data line of a .jsonl set as `model`; a bad line is named by file and line number."""
    rows = []
    for number, line in _lines(path):
        try:
            rows.append(model.model_validate_json(line))
        except ValueError as exc:
            raise ValueError(f"{path}:{number}: {str(exc).splitlines()[0]}") from None
    return rows


def load_cases(path: Path) -> list[QACase]:
    """Read a .jsonl question set."""
    return _read_set(path, QACase)


def run_eval(service: AnswerService, cases: list[QACase]) -> Report:
    """Ask every case (after its history, in a conversation of its own) and score the answers."""
    report = Report()
    for number, case in enumerate(cases):
        conversation = f"eval-{number}"
        for earlier in case.history:
            service.ask(earlier, conversation)
        answer = service.ask(case.question, conversation)
        service.reset(conversation)
        # An answer giving several places' figures is judged by what it cites from the case's own report.
        own = [c for c in answer.citations if case.report and Path(c.source).stem == case.report]
        cited = (own or answer.citations)[0].section if answer.citations and answer.found else ""
        rank = None
        if case.section:
            for i, p in enumerate(answer.passages, 1):
                if case.section in p.section:
                    rank = i
                    break
        figures_ok = answer.found and all(f in answer.answer for f in [*case.figures, *case.mentions])
        sources = [p.full_text for p in answer.passages]
        invented = len(unsupported_figures(answer.answer, sources)) if answer.found else 0
        report.results.append(
            CaseResult(case, answer.found, answer.answer, cited, rank, figures_ok, answer.latency_ms, invented)
        )
    return report


def format_report(report: Report) -> str:
    """A printable table of the metrics, overall and per language."""
    langs = sorted({r.case.lang for r in report.results})
    columns = ["all", *langs]
    rows = [report.metrics(None if c == "all" else c) for c in columns]
    names = list(rows[0])
    lines = [f"{'metric':<20}" + "".join(f"{c:>10}" for c in columns)]
    for name in names:
        cells = []
        for row in rows:
            value = row[name]
            cells.append(f"{int(value):>10d}" if name in _COUNTS else f"{value:>10.3f}")
        lines.append(f"{name:<20}" + "".join(cells))
    return "\n".join(lines)


_COUNTS = ("questions", "invented_numbers")


def format_groups(report: Report, attribute: str, names: tuple[str, ...] = _HEADLINE) -> str:
    """A table of headline metrics with one column per value of a case attribute (split, kind, report …)."""
    values = sorted({str(getattr(r.case, attribute)) for r in report.results})
    rows = {v: report.metrics(where=_having(attribute, v)) for v in values}
    width = max([10, *(len(v) + 2 for v in values)])
    lines = [f"{attribute:<20}" + "".join(f"{v:>{width}}" for v in values)]
    for name in names:
        cells = [rows[v][name] for v in values]
        lines.append(
            f"{name:<20}"
            + "".join(f"{int(c):>{width}d}" if name in _COUNTS else f"{c:>{width}.3f}" for c in cells)
        )
    return "\n".join(lines)


def _having(attribute: str, value: str) -> Callable[[QACase], bool]:
    return lambda case: str(getattr(case, attribute)) == value


def _failure_kind(r: CaseResult) -> str:
    """What went wrong, in a word: the worst first (a figure given where none should be, or the wrong one)."""
    if not r.case.answerable:
        return "answered"
    if not r.found:
        return "refused"
    return "section" if r.figures_ok else "wrong"


def failures_text(report: Report) -> str:
    """The failed cases, one per line."""
    out = []
    for r in report.failures():
        expected = "refusal" if not r.case.answerable else f"{r.case.section} {r.case.figures}"
        got = r.answer.replace("\n", " ")[:120] if r.found else "refused"
        tags = " ".join(t for t in (r.case.lang, r.case.kind, r.case.split, r.case.report) if t)
        out.append(f"- [{tags}] ({_failure_kind(r)}) {r.case.question} | expected {expected} | got {got}")
    return "\n".join(out)


def report_json(report: Report) -> str:
    """The metrics as JSON."""
    langs = sorted({r.case.lang for r in report.results})
    data = {"all": report.metrics(), **{lang: report.metrics(lang) for lang in langs}}
    return json.dumps(data, ensure_ascii=False, indent=2)


class DialogueTurn(BaseModel):
    """One turn of a dialogue: a question and what its answer must hold, or that it must be refused."""

    model_config = ConfigDict(extra="forbid")

    question: str
    answerable: bool = True
    figures: list[str] = Field(default_factory=list, description="Figures the answer must contain verbatim.")
    mentions: list[str] = Field(default_factory=list, description="Words the answer must contain verbatim.")


class Dialogue(BaseModel):
    """A conversation of a dialogue set (a line of a .jsonl file with `turns`), asked turn by turn."""

    model_config = ConfigDict(extra="forbid")

    id: str
    turns: list[DialogueTurn] = Field(min_length=2)
    lang: str = "zh"
    kind: str = "follow-up"
    split: Literal["dev", "test"] | None = None


@dataclass
class TurnResult:
    """How one turn of a dialogue went."""

    dialogue: Dialogue
    number: int  # 0-based position in the dialogue
    found: bool
    answer: str
    understood_as: str | None
    invented: int = 0

    @property
    def turn(self) -> DialogueTurn:
        """The turn as the set wrote it."""
        return self.dialogue.turns[self.number]

    @property
    def last(self) -> bool:
        """Whether this is the dialogue's last turn."""
        return self.number == len(self.dialogue.turns) - 1

    @property
    def correct(self) -> bool:
        """Refused when it should be; else answered with every expected figure and word."""
        if not self.turn.answerable:
            return not self.found
        return self.found and all(f in self.answer for f in [*self.turn.figures, *self.turn.mentions])


@dataclass
class DialogueReport:
    """Aggregate metrics over a dialogue set."""

    results: list[TurnResult] = field(default_factory=list)

    def metrics(self, where: Callable[[Dialogue], bool] | None = None) -> dict[str, float]:
        """Turn accuracy, last-turn accuracy, refusals; over all dialogues or those `where` picks."""
        rs = [r for r in self.results if where is None or where(r.dialogue)]
        dialogues = {r.dialogue.id for r in rs}
        wrong = {r.dialogue.id for r in rs if not r.correct}
        last = [r for r in rs if r.last and r.turn.answerable]
        refuse = [r for r in rs if not r.turn.answerable]
        answerable = [r for r in rs if r.turn.answerable]

        def share(items: list[TurnResult], pred: Callable[[TurnResult], bool]) -> float:
            return sum(1 for r in items if pred(r)) / len(items) if items else float("nan")

        return {
            "dialogues": len(dialogues),
            "turns": len(rs),
            "turn_accuracy": share(rs, lambda r: r.correct),
            "dialogue_accuracy": (len(dialogues - wrong) / len(dialogues)) if dialogues else float("nan"),
            "last_turn_accuracy": share(last, lambda r: r.correct),
            "refusal_accuracy": share(refuse, lambda r: not r.found),
            "false_refusal_rate": share(answerable, lambda r: not r.found),
            "invented_numbers": sum(r.invented for r in rs),
        }

    def failures(self) -> list[TurnResult]:
        """Turns that did not go as expected."""
        return [r for r in self.results if not r.correct]


def is_dialogue_set(path: Path) -> bool:
    """Whether a .jsonl file holds dialogues (lines with `turns`) rather than single questions."""
    for _, line in _lines(path):
        try:
            first = json.loads(line)
        except ValueError:
            return False
        return isinstance(first, dict) and "turns" in first
    return False


def load_dialogues(path: Path) -> list[Dialogue]:
    """Read a .jsonl dialogue set."""
    return _read_set(path, Dialogue)


def run_dialogues(service: AnswerService, dialogues: list[Dialogue]) -> DialogueReport:
    """Ask every dialogue turn by turn, each in a conversation of its own, and score every turn."""
    report = DialogueReport()
    for number, dialogue in enumerate(dialogues):
        conversation = f"dialogue-{number}"
        for position, turn in enumerate(dialogue.turns):
            answer = service.ask(turn.question, conversation)
            sources = [p.full_text for p in answer.passages]
            invented = len(unsupported_figures(answer.answer, sources)) if answer.found else 0
            report.results.append(
                TurnResult(dialogue, position, answer.found, answer.answer, answer.understood_as, invented)
            )
        service.reset(conversation)
    return report


_DIALOGUE_HEADLINE = (
    "dialogues", "turns", "turn_accuracy", "dialogue_accuracy", "last_turn_accuracy", "refusal_accuracy",
    "false_refusal_rate", "invented_numbers",
)


def format_dialogue_report(report: DialogueReport) -> str:
    """A printable table of the dialogue metrics: all, then one column per split."""
    splits = sorted({str(r.dialogue.split) for r in report.results})
    columns: list[tuple[str, Callable[[Dialogue], bool] | None]] = [("all", None)]
    columns += [(s, _in_split(s)) for s in splits]
    rows = [report.metrics(where) for _, where in columns]
    lines = [f"{'metric':<20}" + "".join(f"{name:>10}" for name, _ in columns)]
    for name in _DIALOGUE_HEADLINE:
        cells = [row[name] for row in rows]
        counts = name in ("dialogues", "turns", "invented_numbers")
        lines.append(f"{name:<20}" + "".join(f"{int(c):>10d}" if counts else f"{c:>10.3f}" for c in cells))
    return "\n".join(lines)


def _in_split(split: str) -> Callable[[Dialogue], bool]:
    return lambda dialogue: str(dialogue.split) == split


def dialogue_failures_text(report: DialogueReport) -> str:
    """The turns that went wrong, one per line, with what the bot understood."""
    out = []
    for r in report.failures():
        t = r.turn
        expected = "refusal" if not t.answerable else f"{[*t.figures, *t.mentions]}"
        got = r.answer.replace("\n", " ")[:120] if r.found else "refused"
        understood = f" (understood as: {r.understood_as})" if r.understood_as else ""
        out.append(f"- [{r.dialogue.id} {r.dialogue.split} turn {r.number + 1}] {t.question}{understood} | "
                   f"expected {expected} | got {got}")
    return "\n".join(out)


def dialogue_report_json(report: DialogueReport) -> str:
    """The dialogue metrics as JSON, overall and per split."""
    splits = sorted({str(r.dialogue.split) for r in report.results})
    data = {"all": report.metrics(), **{s: report.metrics(_in_split(s)) for s in splits}}
    return json.dumps(data, ensure_ascii=False, indent=2)
