"""Conversations that refer back: follow-ups that replace what they name, references to the previous answer,
replies to the bot's answers in groups, and the line that says how a follow-up was understood."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from bot.app import Services, build_services
from bot.evaluation import format_dialogue_report, is_dialogue_set, load_dialogues, run_dialogues
from tests.support.env import CORPUS, make_settings, needs_corpus
from tests.support.telegram_api import FakeBotAPI

DATA = Path(__file__).parent / "data"


def talk(services: Services, *questions: str, conversation: str = "c") -> list:  # type: ignore[type-arg]
    """Ask the questions in one conversation, in order; the answers."""
    return [services.answering.ask(q, conversation) for q in questions]


# 1. A follow-up replaces what it names and keeps the rest.


def test_a_refused_year_does_not_stick_and_the_subject_carries_on(services: Services) -> None:
    refused, answered = talk(services, "2021年热线受理了多少件", "那2023年的呢")
    assert not refused.found and "2021" in refused.answer
    assert answered.found and "13213件" in answered.answer and "2021" not in answered.answer
    assert answered.understood_as == "2023年热线受理了多少件"


def test_a_measure_then_the_language_are_replaced_and_the_subject_kept(services: Services) -> None:
    first, rate, english = talk(services, "热线全年受理了多少件诉求", "办结率呢", "英文怎么说")
    assert "13213件" in first.answer and first.understood_as is None
    assert rate.found and "99.95%" in rate.answer and rate.understood_as and "办结率" in rate.understood_as
    assert english.answer.startswith("According to") and "99.95%" in english.answer
    assert english.english and not rate.english


def test_an_unknown_place_is_refused_and_the_next_place_keeps_the_subject(services: Services) -> None:
    _, elsewhere, here = talk(services, "热线全年受理了多少件诉求", "沈阳呢", "那铁岭县的呢")
    assert not elsewhere.found
    assert here.found and "13213件" in here.answer and "沈阳" not in (here.understood_as or "")


def test_a_new_question_is_not_joined_to_the_previous_one(services: Services) -> None:
    _, fresh = talk(services, "热线受理了多少件", "全县培育了多少名法律明白人")
    assert "1085名" in fresh.answer and fresh.understood_as is None


def test_an_english_question_about_its_own_subject_is_not_joined_to_the_previous_one(services: Services) -> None:
    # "it" and "its" are the county this question names, not the previous question's topic.
    _, fresh = talk(
        services,
        "How many county Party committee documents got a legal compliance check in 2023?",
        "What kind of workforce does the county say it wants for its law enforcement and judicial staff next year?",
    )
    assert fresh.understood_as is None and "四是进一步加强法治工作人员队伍建设" in fresh.answer
    _, short = talk(services, "How many hotline cases were handled?", "What was its closing rate?", conversation="d")
    assert short.understood_as and "99.95%" in short.answer  # a short one still follows on


# 2. References to the previous answer.


def test_a_listed_point_is_answered_in_full_and_the_last_one_too(services: Services) -> None:
    listing, second, last, source = talk(services, "明年有哪些安排", "第二条具体要做什么", "最后一条", "出处是哪里")
    assert "• 二是进一步增强全民法治信仰" in listing.answer
    assert "法律援助" in second.answer and "四是" not in second.answer
    assert second.understood_as == "第2条：二是进一步增强全民法治信仰"
    assert "执法人员入口关" in last.answer and "法律援助" not in last.answer
    assert last.understood_as == "最后一条：四是进一步加强法治工作人员队伍建设"
    assert "四是进一步加强法治工作人员队伍建设" in source.answer and "原文" in source.answer


def test_a_point_the_answer_did_not_list_gets_a_short_reply(services: Services) -> None:
    _, ninth, second = talk(services, "存在哪些不足", "第九条", "第二点呢")
    assert not ninth.found and "没有列出这一条" in ninth.answer
    assert second.found and "农村老年居民" in second.answer  # the list is still the context


def test_more_detail_and_the_source_of_a_figure_answer(services: Services) -> None:
    first, detail = talk(services, "全县各行业排查矛盾纠纷多少件", "详细点")
    assert "诉前特邀调解员" not in first.answer and "诉前特邀调解员" in detail.answer
    _, original = talk(services, "全县培育了多少名法律明白人", "原文呢", conversation="d")
    assert "最后一公里" in original.answer and "(六)积极化解社会矛盾纠纷" in original.answer


def test_english_references_to_a_list(services: Services) -> None:
    _, second = talk(services, "What are the plans for next year?", "Tell me about the second one")
    assert "法律援助" in second.answer and second.answer.startswith("According to")
    assert second.understood_as and second.understood_as.startswith("point 2")


def test_nothing_to_expand_after_a_refusal_and_reset_forgets(services: Services) -> None:
    _, expand = talk(services, "2021年热线受理了多少件", "展开说说")
    assert not expand.found and "没有可以展开" in expand.answer
    talk(services, "明年有哪些安排", conversation="r")
    services.answering.reset("r")
    [after] = talk(services, "第二条", conversation="r")
    assert after.understood_as is None


def test_the_dialogue_set_is_large_varied_and_mostly_answered(services: Services) -> None:
    path = DATA / "dialogues.jsonl"
    assert is_dialogue_set(path) and not is_dialogue_set(DATA / "qa.jsonl")
    dialogues = load_dialogues(path)
    assert len(dialogues) >= 40 and sum(d.split == "test" for d in dialogues) >= len(dialogues) // 4
    assert {"year", "measure", "language", "place", "point", "detail", "source"} <= {d.kind for d in dialogues}
    assert all(2 <= len(d.turns) <= 4 for d in dialogues)
    report = run_dialogues(services.answering, dialogues)
    print(format_dialogue_report(report))
    assert report.metrics()["turn_accuracy"] >= 0.9
    assert report.metrics()["invented_numbers"] == 0


# 4. The understood-as line, in the terminal chat and in its JSON.


def test_chat_shows_the_understood_line_and_its_json_carries_it(
    indexed_data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io
    import sys

    from bot import cli
    from tests.support.env import ROOT

    shutil.copytree(indexed_data / "data", tmp_path / "data")
    for name, value in {"DATA_DIR": str(tmp_path / "data"), "KNOWLEDGE_DIR": str(ROOT / "knowledge"),
                        "TELEGRAM_BOT_TOKEN": "", "LLM_MODEL": "", "CHROMA_URL": ""}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(sys, "stdin", io.StringIO("2021年热线受理了多少件\n那2023年的呢\n"))
    assert cli.main(["chat"]) == 0
    assert "（理解为：2023年热线受理了多少件）" in capsys.readouterr().out
    monkeypatch.setattr(sys, "stdin", io.StringIO("2021年热线受理了多少件\n那2023年的呢\n/reset\n那2023年的呢\n"))
    assert cli.main(["chat", "--json"]) == 0
    answers = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [a["understood_as"] for a in answers] == [None, "2023年热线受理了多少件", None]
    assert {"question", "answer", "found", "citations", "mode", "latency_ms"} <= set(answers[1])


# The same on two real reports of ../shared/corpus/, indexed together.


@pytest.fixture(scope="module")
def two_places(tmp_path_factory: pytest.TempPathFactory) -> Services:
    tmp = tmp_path_factory.mktemp("dialogue-places")
    knowledge = tmp / "knowledge"
    knowledge.mkdir()
    for name in ("tianmen-2024-government-work-report.txt", "qianjiang-2024-government-work-report.txt"):
        shutil.copy(CORPUS / name, knowledge / name)
    services = build_services(make_settings(tmp, knowledge=knowledge))
    services.ingest()
    return services


@needs_corpus
def test_a_place_follow_up_swaps_the_place_and_keeps_the_year(two_places: Services) -> None:
    tianmen, qianjiang = talk(two_places, "天门2023年地区生产总值增长多少", "潜江呢", conversation="p1")
    assert "6.2%" in tianmen.answer and "6.3%" in qianjiang.answer
    assert qianjiang.understood_as == "潜江2023年地区生产总值增长多少"


@needs_corpus
def test_a_year_follow_up_moves_from_results_to_targets(two_places: Services) -> None:
    result, target = talk(two_places, "潜江2023年规上工业增加值增长多少", "2024年呢", conversation="p2")
    assert "8.2%" in result.answer and "7.5%以上" in target.answer and "2024年目标" in target.answer


@needs_corpus
def test_a_point_of_a_real_reports_plan_and_its_source(two_places: Services) -> None:
    _, second, source = talk(two_places, "潜江2024年重点工作有哪些", "第二条", "出处是哪里", conversation="p3")
    assert "塑造发展动能新优势" in second.answer and "（一）" not in second.answer
    assert "二、2024年重点工作" in source.answer


@needs_corpus
def test_the_corpus_dialogue_set_runs(two_places: Services) -> None:
    report = run_dialogues(two_places.answering, load_dialogues(DATA / "dialogues_corpus.jsonl"))
    print(format_dialogue_report(report))
    assert report.metrics()["invented_numbers"] == 0
    assert report.metrics()["refusal_accuracy"] == 1.0


# 3. In Telegram: the line shows in a private chat; in groups a reply to an answer continues its topic.


async def _answer_to(api: FakeBotAPI, count: int, chat_id: int) -> tuple[str, int]:
    """The text and message id of the bot's `count`-th message to a chat."""
    import asyncio

    calls = await asyncio.to_thread(api.wait_for, "sendMessage", count, chat_id=chat_id)
    call = calls[count - 1]
    return str(call.params["text"]), int(call.result["message_id"])


async def test_private_follow_up_shows_what_it_understood(api: FakeBotAPI) -> None:
    from tests.support.bot import ALLOWED
    from tests.support.telegram_api import private_text

    api.push(private_text(ALLOWED, "2021年热线受理了多少件"))
    await _answer_to(api, 1, ALLOWED)
    api.push(private_text(ALLOWED, "那2023年的呢"))
    text, _ = await _answer_to(api, 2, ALLOWED)
    assert text.startswith("<i>（理解为：2023年热线受理了多少件）</i>\n") and "13213件" in text


async def test_a_reply_to_an_answer_continues_it_whoever_asks_and_a_mention_starts_afresh(
    api: FakeBotAPI,
) -> None:
    from tests.support.bot import ALLOWED, GROUP, STRANGER
    from tests.support.telegram_api import BOT, group_text

    mention = f"@{BOT['username']} "
    api.push(group_text(GROUP, ALLOWED, mention + "明年有哪些安排"))
    plans, plans_id = await _answer_to(api, 1, GROUP)
    assert "二是进一步增强全民法治信仰" in plans
    api.push(group_text(GROUP, ALLOWED, mention + "存在哪些不足"))  # another question comes in between
    shortcomings, _ = await _answer_to(api, 2, GROUP)
    assert "一是法治人才短缺" in shortcomings

    replied = {"message_id": plans_id, "date": 0, "chat": {"id": GROUP, "type": "supergroup"}, "from": BOT,
               "text": "…"}
    api.push(group_text(GROUP, STRANGER, "第二条具体要做什么", reply_to=replied))
    second, second_id = await _answer_to(api, 3, GROUP)
    assert "法律援助" in second and "理解为：第2条" in second  # the plans, not the shortcomings

    api.push(group_text(GROUP, ALLOWED, mention + "第二条具体要做什么"))  # no reply: nothing to refer to
    fresh, _ = await _answer_to(api, 4, GROUP)
    assert "法律援助" not in fresh and "理解为" not in fresh

    replied = {**replied, "message_id": second_id}
    api.push(group_text(GROUP, ALLOWED, "出处是哪里", reply_to=replied))  # a reply to the reply's answer
    source, _ = await _answer_to(api, 5, GROUP)
    assert "二是进一步增强全民法治信仰" in source and "原文" in source


async def test_a_mention_that_comes_at_once_does_not_take_over_the_answer_before_it(api: FakeBotAPI) -> None:
    # Updates are handled concurrently: the second mention must not reset the member's conversation before
    # the first answer is keyed to its message, or a reply to that answer would continue the wrong one.
    from tests.support.bot import ALLOWED, GROUP, STRANGER
    from tests.support.telegram_api import BOT, group_text

    mention = f"@{BOT['username']} "
    api.push(group_text(GROUP, ALLOWED, mention + "明年有哪些安排"))
    api.push(group_text(GROUP, ALLOWED, mention + "存在哪些不足"))  # sent before the first is answered
    answers = [await _answer_to(api, n, GROUP) for n in (1, 2)]
    plans_id = next(message_id for text, message_id in answers if "二是进一步增强全民法治信仰" in text)
    replied = {"message_id": plans_id, "date": 0, "chat": {"id": GROUP, "type": "supergroup"}, "from": BOT,
               "text": "…"}
    api.push(group_text(GROUP, STRANGER, "第二条具体要做什么", reply_to=replied))
    second, _ = await _answer_to(api, 3, GROUP)
    assert "法律援助" in second and "理解为：第2条" in second


# 5. With an LLM, the follow-up is condensed by it; when it fails, by rule.


async def test_with_an_llm_the_condensed_question_is_shown_and_rules_stand_in_when_it_fails(
    indexed_data: Path, tmp_path: Path
) -> None:
    from tests.support.openai_api import Behaviour, cite, running_fake_openai, say

    shutil.copytree(indexed_data / "data", tmp_path / "data")
    with running_fake_openai() as fake:
        settings = make_settings(
            tmp_path, llm_model="fake-model", llm_base_url=fake.base_url, llm_api_key="sk-test", llm_timeout=1.5
        )
        services = build_services(settings)
        services.ensure_index()
        fake.enqueue(Behaviour(reply=say("NOT_FOUND")))
        refused = await services.answering.aask("2021年热线受理了多少件", "c")
        assert not refused.found
        fake.enqueue(Behaviour(reply=say("2023年热线受理了多少件")))  # the condensed question
        fake.enqueue(Behaviour(reply=cite("全年受理市民诉求13213件")))
        answer = await services.answering.aask("那2023年的呢", "c")
        condense = fake.requests[1]["messages"]
        assert "Q: 热线受理了多少件\nA: (not in the report)" in condense[1]["content"]  # the refused year is gone
        assert answer.mode == "llm" and "13213件" in answer.answer
        assert answer.understood_as == "2023年热线受理了多少件"

        fake.enqueue(Behaviour(status=500))  # condensing fails: the rules read the follow-up
        fake.enqueue(Behaviour(reply=cite("办结率99.95%")))
        rate = await services.answering.aask("办结率呢", "c")
        assert "99.95%" in rate.answer and rate.understood_as == "2023年热线受理，办结率是多少"
