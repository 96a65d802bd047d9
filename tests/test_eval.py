"""The question set in tests/data gates CI on figure accuracy and refusals."""

from __future__ import annotations

from pathlib import Path

from bot.app import Services
from bot.evaluation import CaseResult, QACase, Report, failures_text, format_report, load_cases, run_eval

DATA = Path(__file__).parent / "data"


def test_question_set_is_large_and_varied() -> None:
    cases = load_cases(DATA / "qa.jsonl")
    assert len(cases) >= 60
    assert sum(not c.answerable for c in cases) >= 12
    assert {c.lang for c in cases} == {"zh", "en"}
    assert any(c.history for c in cases) and any(c.kind == "section" for c in cases)


def test_figure_accuracy_and_refusal_accuracy(services: Services) -> None:
    report = run_eval(services.answering, load_cases(DATA / "qa.jsonl"))
    metrics = report.metrics()
    print(format_report(report))
    assert metrics["figure_accuracy"] >= 0.9
    assert metrics["refusal_accuracy"] >= 0.9
    assert metrics["false_refusal_rate"] <= 0.1


def test_each_failure_says_what_went_wrong() -> None:
    def result(answerable: bool, found: bool, figures_ok: bool) -> CaseResult:
        case = QACase(question="q", answerable=answerable, section="（一）", figures=["1件"] if answerable else [])
        cited = "（二）" if found else ""  # never the section expected
        return CaseResult(case, found, "1件" if found else "没有", cited, None, figures_ok, 1.0, 0)

    report = Report([result(False, True, False), result(True, False, False), result(True, True, False),
                     result(True, True, True)])
    kinds = [line.split(") ")[0].split("(")[-1] for line in failures_text(report).splitlines()]
    assert kinds == ["answered", "refused", "wrong", "section"]


def test_robustness_variants_change_a_question_as_chats_do() -> None:
    from benchmarks.robustness import VARIANTS
    from bot.language.lexicon import readings

    question = "12345热线受理了多少件诉求？"
    traditional = VARIANTS["zh"]["traditional"](question)
    assert traditional is not None and "熱線" in traditional and "訴求" in traditional
    typo = VARIANTS["zh"]["typo by sound"](question)
    assert typo is not None and len(typo) == len(question)
    changed = [(a, b) for a, b in zip(question, typo, strict=True) if a != b]
    assert len(changed) == 1 and readings(changed[0][0]) == readings(changed[0][1])
    assert VARIANTS["en"]["letter left out"]("How many hotline requests were received?") == (
        "How many hotline reqests were received?"
    )
