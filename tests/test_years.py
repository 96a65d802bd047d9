"""Several reports: the years stay apart, and a question without a year gets the newest report."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app import Services, build_services
from tests.support.env import REPORT, make_settings, next_year


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("years")
    knowledge = tmp / "knowledge"
    knowledge.mkdir()
    shutil.copy(REPORT, knowledge / "report-2023.txt")
    (knowledge / "report-2024.txt").write_text(next_year(REPORT.read_text(encoding="utf-8")), encoding="utf-8")
    build_services(make_settings(tmp, knowledge)).ingest()
    return tmp


@pytest.fixture()
def services(two_years: Path) -> Services:
    built = build_services(make_settings(two_years, two_years / "knowledge"))
    built.ensure_index()
    return built


def test_without_a_year_the_newest_report_answers_and_says_so(services: Services) -> None:
    answer = services.answering.ask("12345热线受理了多少件诉求?")
    assert answer.found and "13214件" in answer.answer and "13213" not in answer.answer
    assert "2024年度" in answer.answer.splitlines()[0]  # names the report it quotes
    assert answer.citations[0].year == 2024 and "2024" in answer.citations[0].document


def test_a_named_year_is_answered_from_that_report(services: Services) -> None:
    answer = services.answering.ask("2023年12345热线受理了多少件诉求?")
    assert answer.found and "13213件" in answer.answer and "13214" not in answer.answer
    assert answer.citations[0].year == 2023
    english = services.answering.ask("How many requests did the 12345 hotline receive in 2023?")
    assert english.found and "13213件" in english.answer and english.citations[0].year == 2023


def test_last_year_is_the_year_the_newest_report_reviews(services: Services) -> None:
    # The newest report reviews 2024 and is read in 2025: "去年" is 2024, its results.
    answer = services.answering.ask("去年热线受理了多少件诉求？")
    assert answer.found and "13214件" in answer.answer
    assert answer.citations[0].year == 2024 and answer.citations[0].period == "result"
    assert "2024年实绩" in answer.answer.splitlines()[0]
    plans = services.answering.ask("下一年度有哪些工作安排？")
    assert plans.found and plans.citations[0].year == 2025 and plans.citations[0].period == "target"


def test_a_year_no_report_covers_is_refused_with_the_years_covered(services: Services) -> None:
    answer = services.answering.ask("2021年热线受理了多少件诉求？")
    assert not answer.found
    assert "2023" in answer.answer and "2024" in answer.answer and "13213" not in answer.answer
    english = services.answering.ask("How many hotline requests were received in 2019?")
    assert not english.found and "2023, 2024" in english.answer


def test_a_2023_figure_is_never_given_as_2024(services: Services) -> None:
    for question, new, old in (
        ("2024年给予党纪政务处分的有多少人", "271人", "270人"),
        ("2024年矛盾纠纷排查了多少件", "4748件", "4747件"),
    ):
        answer = services.answering.ask(question)
        assert answer.found and answer.citations[0].year == 2024
        assert new in answer.answer and old not in answer.answer
