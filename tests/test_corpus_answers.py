"""Real reports of other places (../shared/corpus): their years, results and targets, and several places at once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app import Services, build_services
from tests.support.env import CORPUS, make_settings, needs_corpus

TIANMEN = CORPUS / "tianmen-2024-government-work-report.txt"
QIANJIANG = CORPUS / "qianjiang-2024-government-work-report.txt"

pytestmark = needs_corpus


def indexed(tmp: Path, *reports: Path) -> Services:
    knowledge = tmp / "knowledge"
    knowledge.mkdir()
    for report in reports:
        shutil.copy(report, knowledge / report.name)
    services = build_services(make_settings(tmp, knowledge))
    services.ingest()
    return services


@pytest.fixture(scope="module")
def tianmen(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return indexed(tmp_path_factory.mktemp("tianmen"), TIANMEN)


@pytest.fixture(scope="module")
def two_places(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return indexed(tmp_path_factory.mktemp("two-places"), TIANMEN, QIANJIANG)


def test_last_year_is_the_year_a_work_report_reviews(tianmen: Services) -> None:
    answer = tianmen.answering.ask("天门去年招商新签了多少个项目？")
    assert answer.found and "127个" in answer.answer
    assert "2023年实绩" in answer.answer.splitlines()[0]
    assert answer.citations[0].year == 2023 and answer.citations[0].place == "天门市"


def test_this_years_target_is_told_apart_from_last_years_result(tianmen: Services) -> None:
    answer = tianmen.answering.ask("今年地区生产总值预期增长多少？")
    assert answer.found and "7.5%左右" in answer.answer
    assert "2024年目标" in answer.answer.splitlines()[0]
    assert answer.citations[0].period == "target"


def test_a_year_no_passage_speaks_of_is_refused_with_the_years_covered(tianmen: Services) -> None:
    answer = tianmen.answering.ask("2021年天门新签约项目多少个？")
    assert not answer.found and "127个" not in answer.answer
    assert "2023、2024" in answer.answer


def test_a_named_place_picks_its_report(two_places: Services) -> None:
    tianmen = two_places.answering.ask("天门今年地区生产总值预期增长多少？")
    assert tianmen.found and "7.5%左右" in tianmen.answer and tianmen.citations[0].place == "天门市"
    qianjiang = two_places.answering.ask("潜江今年地区生产总值预期增长多少？")
    assert qianjiang.found and "7%以上" in qianjiang.answer and qianjiang.citations[0].place == "潜江市"


def test_a_place_no_report_is_about_is_refused_with_the_places_covered(two_places: Services) -> None:
    answer = two_places.answering.ask("仙桃今年地区生产总值预期增长多少？")
    assert not answer.found and "%" not in answer.answer
    assert "潜江市" in answer.answer and "天门市" in answer.answer


def test_without_a_place_each_place_answers_under_its_name(two_places: Services) -> None:
    answer = two_places.answering.ask("今年地区生产总值预期增长多少？")
    assert answer.found
    assert "天门市" in answer.answer.splitlines()[0] and "潜江市" in answer.answer.splitlines()[0]
    tianmen, qianjiang = answer.answer.index("【天门市】"), answer.answer.index("【潜江市】")
    assert "7.5%左右" in answer.answer[tianmen:] and "7%以上" in answer.answer[qianjiang:]
    assert {c.place for c in answer.citations} == {"天门市", "潜江市"}


def test_a_place_spelt_in_english_picks_its_report(two_places: Services) -> None:
    answer = two_places.answering.ask("What is the expected GDP growth of Qianjiang this year?")
    assert answer.found and "7%以上" in answer.answer and "7.5%" not in answer.answer
    assert {c.place for c in answer.citations} == {"潜江市"}


@pytest.fixture(scope="module")
def hailar_2016(tmp_path_factory: pytest.TempPathFactory) -> Services:
    return indexed(tmp_path_factory.mktemp("hailar"), CORPUS / "hailar-2016-government-work-report.txt")


def test_a_year_inside_a_span_is_answered_only_where_it_is_named(hailar_2016: Services) -> None:
    # Part 一 reviews 十二五 (2011–2015) and 2015: its figures are 2015's or the span's, never 2013's.
    named = hailar_2016.answering.ask("2015年地区生产总值是多少？")
    assert named.found and "287.9亿元" in named.answer
    inside = hailar_2016.answering.ask("2013年地区生产总值是多少？")
    assert not inside.found and "287.9" not in inside.answer and "2013" in inside.answer
