"""What a user sees: exact figures, the section they come from, and honest refusals."""

from __future__ import annotations

import re

import pytest

from bot.answers.guard import extract_figures
from bot.app import Services
from tests.support.env import REPORT

REPORT_TEXT = REPORT.read_text(encoding="utf-8")


def assert_figures_verbatim(services: Services, answer_text: str, quotes: list[str]) -> None:
    for figure in extract_figures(answer_text):
        assert any(figure.text in q for q in quotes), figure


def test_figure_question_quotes_the_sentence(services: Services) -> None:
    answer = services.answering.ask("12345热线受理了多少件诉求?")
    assert answer.found and answer.mode == "extractive"
    assert "13213件" in answer.answer
    citation = answer.citations[0]
    assert citation.document == "铁岭县2023年度法治政府建设年度报告"
    heading = "一、2023年度推进法治政府建设主要举措和成效 > (一)依法全面履行政府职能"
    assert citation.section == f"{heading} > 优化政务服务便民热线平台运行"  # the paragraph's run-in lead
    assert citation.quote in REPORT_TEXT and "13213件" in citation.quote
    assert len(citation.quote) < 120  # the sentence, not the paragraph
    assert_figures_verbatim(services, answer.answer, [c.quote for c in answer.citations] + [citation.section])


def test_english_question_gets_english_framing_around_the_chinese_quote(services: Services) -> None:
    answer = services.answering.ask("How many electronic licenses were issued?")
    assert answer.found
    assert answer.answer.startswith("According to “铁岭县2023年度法治政府建设年度报告” (2023")
    assert "13316张" in answer.answer
    assert "(二)持续推进政务服务标准化规范化便利化" in answer.citations[0].section


def test_section_question_lists_the_sections_points(services: Services) -> None:
    answer = services.answering.ask("明年有哪些安排?")
    assert answer.found
    assert answer.citations[0].section == "四、下一年度推进法治政府建设主要安排"
    for point in ("一是以述法推动监督", "二是进一步增强全民法治信仰", "三是加强基层法治建设"):
        assert point in answer.answer
    english = services.answering.ask("What shortcomings are there?")
    assert english.found and english.citations[0].section == "二、存在的不足和原因"
    assert "一是法治人才短缺" in english.answer


@pytest.mark.parametrize(
    "question",
    [
        "铁岭县的GDP是多少?",
        "今天天气怎么样",
        "全县常住人口有多少？",
        "县长叫什么名字",
        "沈阳市12345热线受理了多少件?",
        "写一首关于春天的诗",
        "12345热线的平均响应时间是多少秒?",
        "What is the weather today?",
        "Who is the mayor of Tieling?",
        "Write a Python function to sort a list",
        "What is the capital of France?",
    ],
)
def test_questions_the_report_cannot_answer_are_refused(services: Services, question: str) -> None:
    answer = services.answering.ask(question)
    assert not answer.found and answer.mode == "refusal"
    assert re.search(r"没有|does not", answer.answer)
    assert all(c.quote == "" for c in answer.citations)  # closest sections only, nothing quoted as an answer
    assert not [f for f in extract_figures(answer.answer) if f.number not in question]


def test_a_year_the_report_does_not_cover_is_refused(services: Services) -> None:
    answer = services.answering.ask("2021年12345热线受理了多少件诉求？")
    assert not answer.found and "13213" not in answer.answer


def test_follow_up_keeps_the_topic(services: Services) -> None:
    first = services.answering.ask("12345热线受理了多少件诉求?", "chat-1")
    follow = services.answering.ask("那办结了多少件？", "chat-1")
    assert first.found and follow.found
    assert "13206件" in follow.answer
    english = services.answering.ask("How many requests did the 12345 hotline receive?", "chat-2")
    more = services.answering.ask("and how many were resolved?", "chat-2")
    assert english.found and more.found and "13206件" in more.answer
    new_topic = services.answering.ask("明年有哪些安排?", "chat-2")  # short, but it stands alone
    assert new_topic.found and "一是以述法推动监督" in new_topic.answer


def test_reset_forgets_the_topic(services: Services) -> None:
    follow_up = "那它的满意率呢？"
    fresh = services.answering.ask(follow_up, "fresh")
    services.answering.ask("全县一共排查出多少件矛盾纠纷？", "chat-3")
    remembered = services.answering.ask(follow_up, "chat-3")
    services.answering.ask("全县一共排查出多少件矛盾纠纷？", "chat-4")
    services.answering.reset("chat-4")
    forgotten = services.answering.ask(follow_up, "chat-4")
    assert remembered.answer != fresh.answer
    assert forgotten.answer == fresh.answer


@pytest.mark.parametrize("text", ["", "   ", "🙂🙂", "？？？", "x" * 2000])
def test_empty_or_oversized_input_gets_a_short_reply(services: Services, text: str) -> None:
    answer = services.answering.ask(text)
    assert not answer.found and len(answer.answer) < 200


def test_every_answer_passes_the_number_guard(services: Services) -> None:
    from bot.answers.guard import unsupported_figures

    for question in ("收缴违纪款多少钱", "矛盾纠纷化解率是多少", "What percentage of disputes were resolved?"):
        answer = services.answering.ask(question)
        sources = [" ".join((p.title, *p.path, p.text)) for p in answer.passages]
        assert answer.found
        assert unsupported_figures(answer.answer, sources) == []


def test_answers_are_the_same_when_asked_at_once(services: Services) -> None:
    from concurrent.futures import ThreadPoolExecutor

    questions = [
        "12345热线受理了多少件诉求?", "How many electronic licenses were issued?", "明年有哪些安排?",
        "铁岭县的GDP是多少?", "收缴违纪款多少钱", "What shortcomings does the report admit?",
        "矛盾纠纷化解率是多少？", "今天天气怎么样",
    ] * 4
    alone = {q: services.answering.ask(q).answer for q in set(questions)}
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda q: services.answering.ask(q).answer, questions))
    assert together == [alone[q] for q in questions]


@pytest.mark.parametrize("question", ["县长是谁？", "Who is the head of the county government?"])
def test_who_is_answered_only_by_a_passage_naming_a_person(services: Services, question: str) -> None:
    # The report speaks of "县政府负责人" (how often they appeared in court), never by name.
    answer = services.answering.ask(question)
    assert not answer.found and "100%" not in answer.answer
