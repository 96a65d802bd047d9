"""Briefing cards: what staff see in Telegram, on the command line, in the Word document and the charts."""

from __future__ import annotations

import asyncio
import io
import re
import shutil
from pathlib import Path

import pytest
from docx import Document

from bot.answers.briefing import requested_topic
from bot.answers.guard import unsupported_derivations
from bot.app import Services, build_services
from bot.cli import main
from tests.support.bot import ALLOWED, ask, running_bot, sent
from tests.support.env import CORPUS, REPORT, make_settings, needs_corpus, next_year
from tests.support.telegram_api import FakeBotAPI, callback, private_text, running_bot_api

HOTLINE = "• 受理市民诉求 13213件 — 优化政务服务便民热线平台运行"


def buttons(message: dict[str, object]) -> list[dict[str, str]]:
    markup = message.get("reply_markup") or {}
    assert isinstance(markup, dict)
    return [b for row in markup.get("inline_keyboard", []) for b in row]


def figure_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("• ")]


async def test_a_topic_card_lists_each_figure_with_its_label_and_section(api: FakeBotAPI) -> None:
    text = await ask(api, private_text(ALLOWED, "/brief 热线"), ALLOWED)
    lines = figure_lines(text)
    assert HOTLINE in lines
    assert "• 办结 13206件 — 优化政务服务便民热线平台运行" in lines  # its sentence's figures stay together
    assert lines.index("• 办结 13206件 — 优化政务服务便民热线平台运行") == lines.index(HOTLINE) + 1
    assert any("办结率 99.95%" in line for line in lines) and any("诉求人满意率 80.99%" in line for line in lines)
    assert "4747" not in text and "矛盾纠纷" not in text  # nothing of another topic
    assert "铁岭县2023年度法治政府建设年度报告" in text.splitlines()[-1]


async def test_plain_messages_ask_for_cards_in_chinese_and_english(api: FakeBotAPI) -> None:
    disputes = await ask(api, private_text(ALLOWED, "矛盾纠纷的要点"), ALLOWED)
    assert "• 各行业排查矛盾纠纷 4747件 — 坚持和发展新时代“枫桥经验”" in disputes and "13213" not in disputes
    hotline = await ask(api, private_text(ALLOWED, "brief me on the hotline"), ALLOWED)
    assert HOTLINE in hotline and "4747" not in hotline


async def test_a_topic_the_report_does_not_cover_is_refused(api: FakeBotAPI) -> None:
    text = await ask(api, private_text(ALLOWED, "/brief 天气预报"), ALLOWED)
    assert "报告中没有关于“天气预报”的数字" in text and "最接近的章节" in text
    assert not figure_lines(text)
    assert "2021年" in await ask(api, private_text(ALLOWED, "/brief 2021年热线"), ALLOWED)


async def test_the_overview_fits_one_message_and_opens_each_part(api: FakeBotAPI) -> None:
    api.push(private_text(ALLOWED, "/brief"))
    [overview] = await sent(api, chat_id=ALLOWED)
    text = str(overview["text"])
    assert len(text) <= 4096 and HOTLINE in text
    parts = [line for line in text.splitlines() if line.startswith("【")]
    assert len(parts) >= 2 and all(1 <= n <= 3 for n in _figures_per_part(text))
    keys = buttons(overview)
    assert [b["text"] for b in keys[:-1]] and keys[-1]["text"].startswith("📄")
    assert keys[0]["text"].startswith("一、")

    api.push(callback(ALLOWED, ALLOWED, keys[0]["callback_data"]))
    part = (await sent(api, 2, chat_id=ALLOWED))[1]
    full = figure_lines(str(part["text"]))
    assert len(full) > 20 and "• 各行业排查矛盾纠纷 4747件 — 坚持和发展新时代“枫桥经验”" in full
    assert not any("述法" in line for line in full)  # part 三's figures stay in part 三


def _figures_per_part(text: str) -> list[int]:
    counts: list[int] = []
    for line in text.splitlines():
        if line.startswith("【"):
            counts.append(0)
        elif line.startswith("• ") and counts:
            counts[-1] += 1
    return counts


async def test_the_word_button_sends_a_document_with_title_date_table_and_sources(api: FakeBotAPI) -> None:
    api.push(private_text(ALLOWED, "/brief 热线"))
    [card] = await sent(api, chat_id=ALLOWED)
    api.push(callback(ALLOWED, ALLOWED, buttons(card)[-1]["callback_data"]))
    [call] = await asyncio.to_thread(api.wait_for, "sendDocument")
    upload = call.params["document"]
    assert upload["filename"].endswith(".docx")
    doc = Document(io.BytesIO(upload["content"]))
    paragraphs = [p.text for p in doc.paragraphs]
    assert paragraphs[0] == "要点：热线" and re.fullmatch(r"日期：\d{4}-\d\d-\d\d", paragraphs[1])
    table = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert table[0] == ["指标", "数字", "章节"]
    assert ["受理市民诉求", "13213件", "优化政务服务便民热线平台运行"] in table
    assert any("铁岭县2023年度法治政府建设年度报告" in p for p in paragraphs[paragraphs.index("来源") :])


def test_requests_for_cards_are_told_from_questions() -> None:
    assert requested_topic("/brief 热线") == "热线" and requested_topic("/brief") == ""
    assert requested_topic("热线的要点？") == "热线" and requested_topic("Brief me on the hotline?") == "the hotline"
    assert requested_topic("brief 政务公开") == "政务公开"
    assert requested_topic("热线受理了多少件?") is None and requested_topic("briefly, what happened?") is None


def test_the_guard_checks_every_computed_change() -> None:
    good = "• 受理：2023年 13213件 │ 2024年 13214件 │ +1件 (计算) — x"
    assert unsupported_derivations(good) == []
    assert unsupported_derivations(good.replace("+1件", "+2件")) == ["+2件"]
    assert unsupported_derivations("• 率：2023年 99.95% │ 2024年 98.5% │ -1.45个百分点 (计算)") == []
    assert unsupported_derivations("• 率：2023年 99.95% │ 2024年 98.5% │ -1.45% (计算)") == ["-1.45%"]


# --- two years of the report: figures side by side -----------------------------------------------------------

DROPPED = "县法院、县司法局共同聘用14名诉前特邀调解员,建设14间调解室,进一步推动司法调解与人民调解相衔接。"


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("brief-years")
    knowledge = tmp / "knowledge"
    knowledge.mkdir()
    text = REPORT.read_text(encoding="utf-8")
    assert DROPPED in text
    shutil.copy(REPORT, knowledge / "report-2023.txt")
    # Next year's report, without one sentence: its measures are the 2023 report's alone.
    (knowledge / "report-2024.txt").write_text(next_year(text.replace(DROPPED, "")), encoding="utf-8")
    build_services(make_settings(tmp, knowledge)).ingest()
    return tmp


@pytest.fixture()
def years(two_years: Path) -> Services:
    built = build_services(make_settings(two_years, two_years / "knowledge"))
    built.ensure_index()
    return built


async def test_years_stand_side_by_side_with_the_change_computed(years: Services, tmp_path: Path) -> None:
    with running_bot_api() as server:
        async with running_bot(years, tmp_path, server):
            text = await ask(server, private_text(ALLOWED, "/brief 矛盾纠纷"), ALLOWED)
            side_by_side = "• 各行业排查矛盾纠纷：2023年 4747件 │ 2024年 4748件 │ +1件 (计算)"
            assert f"{side_by_side} — 坚持和发展新时代“枫桥经验”" in text
            assert "化解率：2023年 99.35% │ 2024年 99.35% │ +0.00个百分点 (计算)" in text
            # A measure of one year only is shown as missing in the other, never filled in.
            mediation = await ask(server, private_text(ALLOWED, "/brief 调解"), ALLOWED)
            alone = [line for line in figure_lines(mediation) if "县司法局共同聘用" in line]
            assert alone and all("2024年 —（该年报告未载）" in line and "(计算)" not in line for line in alone)
            sources = text.splitlines()[-1]
            assert "铁岭县2023年度" in sources and "铁岭县2024年度" in sources
            assert unsupported_derivations(text) == []

            [card] = [c.params for c in server.calls_of("sendMessage") if "4748件" in str(c.params["text"])]
            server.push(callback(ALLOWED, ALLOWED, buttons(card)[-1]["callback_data"]))
            calls = await asyncio.to_thread(server.wait_for, "sendDocument", 5)
            docx, *charts = [c.params["document"] for c in calls]
            table = [[c.text for c in row.cells] for row in Document(io.BytesIO(docx["content"])).tables[0].rows]
            assert table[0] == ["指标", "2023年", "2024年", "变化", "章节"]
            assert ["各行业排查矛盾纠纷", "4747件", "4748件", "+1件 (计算)", "坚持和发展新时代“枫桥经验”"] in table
            assert all(c["filename"].endswith(".png") and c["content"][:8] == b"\x89PNG\r\n\x1a\n" for c in charts)
            assert all(len(c["content"]) > 10_000 for c in charts)


def test_the_command_line_writes_the_card_as_word_and_markdown_with_charts(
    two_years: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("KNOWLEDGE_DIR", str(two_years / "knowledge"))
    monkeypatch.setenv("DATA_DIR", str(two_years / "data"))
    monkeypatch.chdir(tmp_path)
    assert main(["brief", "热线"]) == 0
    assert "• 受理市民诉求：2023年 13213件 │ 2024年 13214件 │ +1件 (计算)" in capsys.readouterr().out
    out = tmp_path / "hotline.docx"
    assert main(["brief", "热线", "--format", "docx", "--output", str(out)]) == 0
    charts = sorted(tmp_path.glob("hotline-chart-*.png"))
    assert len(charts) >= 5 and all(c.stat().st_size > 10_000 for c in charts)
    doc = Document(str(out))
    assert doc.paragraphs[0].text == "要点：热线" and len(doc.inline_shapes) == len(charts)
    capsys.readouterr()
    assert main(["brief", "热线", "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert md.startswith("# 要点：热线") and "| 受理市民诉求 | 13213件 | 13214件 | +1件 (计算) |" in md
    assert main(["brief", "天气预报"]) == 1


# --- the same code on other reports ---------------------------------------------------------------------------


def _indexed(tmp: Path, report: Path) -> Services:
    knowledge = tmp / "knowledge"
    knowledge.mkdir()
    shutil.copy(report, knowledge / report.name)
    services = build_services(make_settings(tmp, knowledge))
    services.ingest()
    return services


@needs_corpus
@pytest.mark.parametrize(
    ("report", "topic", "line"),
    [
        ("tianmen-2024-government-work-report.txt", "招商", "• 新签约项目 127个 — 一是招商引资取得突破"),
        (
            "qianjiang-2024-government-work-report.txt",
            "地区生产总值",
            "• 完成地区生产总值 904.92亿元 — ——经济运行稳健竞进",
        ),
    ],
)
def test_cards_of_other_reports(report: str, topic: str, line: str, tmp_path: Path) -> None:
    services = _indexed(tmp_path, CORPUS / report)
    card = services.briefing.card(topic)
    from bot.answers.card_export import card_text

    text = card_text(card)
    assert line in text.splitlines()
    source = (CORPUS / report).read_text(encoding="utf-8")
    for row in card.rows:
        for fact in row.cells.values():
            assert fact.figure in source and (not row.label or row.label.replace("，", "") in source.replace("，", ""))
    overview = services.briefing.card("")
    assert len(overview.parts) >= 2 and overview.key_rows()


def test_a_topic_named_by_a_heading_gets_its_sections_figures(services: Services) -> None:
    from bot.answers.card_export import card_text

    lines = figure_lines(card_text(services.briefing.card("依法全面履行政府职能")))
    assert HOTLINE in lines and any("147个问题" in line for line in lines)
    # Each figure is labelled by its nearest heading: the section itself or a paragraph's lead under it.
    under = {p.path[-1] for p in services.retriever.corpus.passages if "(一)依法全面履行政府职能" in p.path}
    assert all(line.rsplit(" — ", 1)[1] in under for line in lines)
