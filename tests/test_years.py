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


WORK_REPORT = """2024年某市政府工作报告

一、2023年工作回顾

（一）经济运行稳中有进
全市地区生产总值完成812.5亿元，增长6.1%。新增市场主体1.2万户。
规模以上工业总产值完成356.2亿元，增长7.4%，规模以上工业增加值增长8.2%。

二、2024年工作安排

（一）加快新型基础设施建设
新建5G基站300个，实现乡镇全覆盖。地区生产总值增长6.5%左右。
"""


@pytest.fixture(scope="module")
def work_report(tmp_path_factory: pytest.TempPathFactory) -> Services:
    tmp = tmp_path_factory.mktemp("work-report")
    knowledge = tmp / "knowledge"
    knowledge.mkdir()
    (knowledge / "city-2024.txt").write_text(WORK_REPORT, encoding="utf-8")
    services = build_services(make_settings(tmp, knowledge))
    services.ingest()
    return services


@pytest.mark.parametrize("question", ["去年新建了多少个5G基站？", "How many 5G base stations were built last year?"])
def test_last_year_is_never_answered_with_this_years_target(work_report: Services, question: str) -> None:
    # The report plans 300 base stations for 2024 and says nothing of 2023's: a question about last year is refused.
    answer = work_report.answering.ask(question)
    assert not answer.found and "300" not in answer.answer


def test_this_years_plan_and_last_years_result_are_each_found(work_report: Services) -> None:
    planned = work_report.answering.ask("今年计划新建多少个5G基站？")
    assert planned.found and "300个" in planned.answer and "2024年目标" in planned.answer
    done = work_report.answering.ask("去年地区生产总值完成了多少？")
    assert done.found and "812.5亿元" in done.answer and "2023年实绩" in done.answer


def test_a_sum_of_a_neighbouring_measure_is_no_answer(work_report: Services) -> None:
    # The report gives the 增加值's growth only; the 亿元 beside it are the 总产值's.
    added = work_report.answering.ask("去年规模以上工业增加值完成了多少亿元？")
    assert not added.found and "356.2" not in added.answer
    output = work_report.answering.ask("去年规模以上工业总产值完成了多少亿元？")
    assert output.found and "356.2亿元" in output.answer
