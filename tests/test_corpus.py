"""Real reports as published parse into the parts, headings, years and places a reader sees in them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from bot.documents.parsing import MAX_HEADING_CHARS, document_place, parse_file, parse_text
from bot.domain import Document
from tests.support.env import CORPUS, REPORT, needs_corpus

pytestmark = needs_corpus


@dataclass(frozen=True)
class Expected:
    """What a reader finds in one report."""

    path: Path
    title: str
    year: int
    place: str
    parts: list[str]
    headings: list[tuple[str, ...]]
    # (part number, years it is about, result or target): e.g. (1, (2023,), "result")
    periods: list[tuple[int, tuple[int, ...], str]]
    passages: tuple[int, int] = (30, 120)
    verbatim: list[str] = field(default_factory=list)  # text that must stay exactly as printed


REPORTS = [
    Expected(
        REPORT,
        "铁岭县2023年度法治政府建设年度报告",
        2023,
        "铁岭县",
        [
            "一、2023年度推进法治政府建设主要举措和成效",
            "二、存在的不足和原因",
            "三、党政主要负责人履行推进法治建设第一责任人职责,加强法治政府建设情况",
            "四、下一年度推进法治政府建设主要安排",
        ],
        [
            ("一、2023年度推进法治政府建设主要举措和成效", "(九)不断夯实法治政府建设保障"),
            ("四、下一年度推进法治政府建设主要安排", "四是进一步加强法治工作人员队伍建设"),
        ],
        [(1, (2023,), "result"), (4, (2024,), "target")],
        passages=(43, 43),
    ),
    Expected(
        CORPUS / "tianmen-2024-government-work-report.txt",
        "2024年天门市政府工作报告",
        2024,
        "天门市",
        ["一、2023年工作回顾", "二、2024年总体思路和目标任务", "三、全面加强政府自身建设"],
        [
            ("一、2023年工作回顾", "（一）全力以赴稳增长，经济运行回升向好", "一是招商引资取得突破"),
            ("一、2023年工作回顾", "（六）持之以恒提效能，自身建设全面加强", "三是深化廉政建设"),
            ("二、2024年总体思路和目标任务", "（七）坚持人民至上，提高群众幸福指数", "五是维护社会安全稳定"),
            ("三、全面加强政府自身建设", "（四）坚持原则干事"),
        ],
        [(1, (2023,), "result"), (2, (2024,), "target")],
        verbatim=["减税降费5.5亿元"],
    ),
    Expected(
        CORPUS / "qianjiang-2024-government-work-report.txt",
        "2024年潜江市政府工作报告",
        2024,
        "潜江市",
        ["一、2023年工作回顾", "二、2024年重点工作", "三、加强政府自身建设"],
        [
            ("一、2023年工作回顾", "——经济运行稳健竞进"),
            ("一、2023年工作回顾", "——民生保障坚实有力"),
            ("一、2023年工作回顾", "（一）坚持产业立市，发展结构优化升级"),  # not under the last `——` point
            ("二、2024年重点工作", "（六）着力惠民生保稳定，推进共建共享新成果"),
        ],
        [(1, (2023,), "result"), (2, (2024,), "target")],
        verbatim=["“四上”企业\u2002946家", "接续政策“30条”②", "增强“八项本领”㊶"],  # an en space, as printed
    ),
    Expected(
        CORPUS / "ezhou-2024-government-work-report.txt",
        "2024年鄂州市政府工作报告",
        2024,
        "鄂州市",
        ["一、2023年工作回顾", "二、2024年重点工作安排", "三、切实加强政府自身建设"],
        [
            ("一、2023年工作回顾", "（二）花湖机场全面起势"),
            ("一、2023年工作回顾", "（八）政府效能显著提升"),
            ("二、2024年重点工作安排", "（九）着力保障和改善民生"),
            ("三、切实加强政府自身建设", "（四）坚持清正廉洁"),
        ],
        [(1, (2023,), "result"), (2, (2024,), "target")],
        verbatim=["“1 5 1”系列政策"],
    ),
    Expected(
        CORPUS / "hailar-2019-government-work-report.txt",
        "政府工作报告",
        2019,
        "海拉尔区",
        ["一、2018年工作回顾", "二、2019年工作安排", "三、加强政府自身建设"],
        [
            ("一、2018年工作回顾", "（一）三大攻坚战强力突破"),
            ("二、2019年工作安排", "（六）围绕提升群众幸福感，推动社会事业健康发展"),
            ("三、加强政府自身建设", "（五）葆廉洁，落实从严治党树形象"),
        ],
        [(1, (2018,), "result"), (2, (2019,), "target")],
    ),
    Expected(
        CORPUS / "hailar-2016-government-work-report.txt",
        "政府工作报告",
        2016,
        "海拉尔区",
        ["一、“十二五”时期和2015年工作回顾", "二、“十三五”经济社会发展的主要目标和任务", "三、2016年工作安排"],
        [
            ("一、“十二五”时期和2015年工作回顾", "——综合实力显著增强"),
            ("一、“十二五”时期和2015年工作回顾", "(四)政府自身建设取得新成效"),
            ("三、2016年工作安排", "（三）全面提升城市建设管理水平，统筹推进城乡一体化", "五是统筹城乡一体化发展"),
            ("三、2016年工作安排", "（八）加强自身建设，全面提升依法行政能力"),
        ],
        [
            (1, (2011, 2012, 2013, 2014, 2015), "result"),
            (2, (2016, 2017, 2018, 2019, 2020), "target"),
            (3, (2016,), "target"),
        ],
        verbatim=["地区生产总值达到 287.9亿元,同比增长8.9%"],
    ),
]
IDS = [expected.path.stem for expected in REPORTS]


@pytest.fixture(scope="module")
def parsed() -> dict[Path, Document]:
    return {expected.path: parse_file(expected.path, expected.path.name) for expected in REPORTS}


@pytest.mark.parametrize("expected", REPORTS, ids=IDS)
def test_title_year_and_place(expected: Expected, parsed: dict[Path, Document]) -> None:
    doc = parsed[expected.path]
    assert (doc.title, doc.year, document_place(doc)) == (expected.title, expected.year, expected.place)
    assert {p.place for p in doc.passages} == {expected.place}


@pytest.mark.parametrize("expected", REPORTS, ids=IDS)
def test_top_level_parts_and_headings(expected: Expected, parsed: dict[Path, Document]) -> None:
    doc = parsed[expected.path]
    assert [h[0] for h in doc.headings if len(h) == 1] == expected.parts
    for heading in expected.headings:
        assert heading in doc.headings


@pytest.mark.parametrize("expected", REPORTS, ids=IDS)
def test_passages_are_whole_and_headings_short(expected: Expected, parsed: dict[Path, Document]) -> None:
    doc = parsed[expected.path]
    source = expected.path.read_text(encoding="utf-8")
    low, high = expected.passages
    assert low <= len(doc.passages) <= high
    for passage in doc.passages:
        assert passage.text.strip() == passage.text and passage.text
        assert passage.text in source  # as printed: spaces, footnote markers and all
        assert passage.text not in passage.path  # a heading is not repeated as a passage of its own
    for heading in doc.headings:
        assert len(heading[-1]) <= MAX_HEADING_CHARS
        assert not ("\u2460" <= heading[-1][0] <= "\u24ff" or "\u3251" <= heading[-1][0] <= "\u32bf")
    for text in expected.verbatim:
        assert any(text in p.text for p in doc.passages)


@pytest.mark.parametrize("expected", REPORTS, ids=IDS)
def test_each_part_is_about_its_years(expected: Expected, parsed: dict[Path, Document]) -> None:
    doc = parsed[expected.path]
    for number, years, period in expected.periods:
        part = expected.parts[number - 1]
        under = [p for p in doc.passages if p.path and p.path[0] == part]
        assert under
        # A part about several years may turn to one of them (see the next test): its passages speak of it alone.
        assert {p.period for p in under} == {period} and all(set(p.about) <= set(years) for p in under)
        assert any(p.about == years for p in under)
    assert all(p.about and p.period for p in doc.passages)


def test_a_part_of_five_years_that_turns_to_the_last_is_about_that_year_from_there(
    parsed: dict[Path, Document],
) -> None:
    hailar = parsed[REPORTS[5].path]
    review = [p for p in hailar.passages if p.path[:1] == ("一、“十二五”时期和2015年工作回顾",)]
    turn = next(i for i, p in enumerate(review) if p.text.startswith("各位代表，刚刚过去的2015年"))
    assert all(p.about == (2011, 2012, 2013, 2014, 2015) for p in review[:turn])
    assert {p.path[1] for p in review[turn + 1 :] if len(p.path) > 1} == {
        "（一）经济发展取得新成就",
        "（二）城市建设取得新进展",
        "（三）民生社会事业取得新进步",
        "(四)政府自身建设取得新成效",
    }
    assert all(p.about == (2015,) for p in review[turn:] if len(p.path) > 1 or p is review[turn])
    # The part's closing paragraphs speak of the five years again.
    assert review[-1].about == (2011, 2012, 2013, 2014, 2015)


def test_runs_on_headings_keep_their_paragraph(parsed: dict[Path, Document]) -> None:
    tianmen = parsed[REPORTS[1].path]
    point = next(p for p in tianmen.passages if p.path[-1:] == ("一是招商引资取得突破",))
    assert point.text.startswith("一是招商引资取得突破。聚焦重点产业")
    assert point.path[1] == "（一）全力以赴稳增长，经济运行回升向好"
    qianjiang = parsed[REPORTS[2].path]
    lead = next(p for p in qianjiang.passages if p.path[-1:] == ("——经济运行稳健竞进",))
    assert lead.text.startswith("——经济运行稳健竞进。突出稳增长第一要务")


def test_an_unnumbered_run_in_lead_names_its_paragraph(parsed: dict[Path, Document]) -> None:
    qianjiang = parsed[REPORTS[2].path]
    covers = next(p for p in qianjiang.passages if "窨井盖" in p.text)
    assert covers.path[-1] == "大力推进精致之城建设" and covers.path[0] == "二、2024年重点工作"
    first = next(p for p in qianjiang.passages if p.path == covers.path)  # a long paragraph is cut in pieces
    assert first.text.startswith("大力推进精致之城建设。")
    # The next numbered heading closes it; a lead names no years, so the part's years stand.
    hailar = parsed[REPORTS[5].path]
    airport = next(p for p in hailar.passages if "183万人次" in p.text)
    assert airport.path[-2:] == ("——产业结构不断优化", "旅游业持续发展")
    assert airport.about == (2011, 2012, 2013, 2014, 2015)
    summary = next(p for p in hailar.passages if p.text.startswith("各位代表，刚刚过去的2015年"))
    assert summary.path == ("一、“十二五”时期和2015年工作回顾",)
    # A first sentence with a figure or a pause is content, not a lead.
    assert not any(h[-1].startswith(("2023年", "同时")) for h in qianjiang.headings)


def test_a_part_addressed_to_the_delegates_closes_the_sections_above(parsed: dict[Path, Document]) -> None:
    hailar = parsed[REPORTS[5].path]
    summary = next(p for p in hailar.passages if p.text.startswith("各位代表，刚刚过去的2015年"))
    assert summary.path == ("一、“十二五”时期和2015年工作回顾",)


def test_a_report_without_a_title_line_is_named_by_its_file() -> None:
    text = REPORTS[1].path.read_text(encoding="utf-8").split("\n", 1)[1]  # without 标题：…
    doc = parse_text(text, source="tianmen-2024-government-work-report.txt")
    assert doc.title == "tianmen-2024-government-work-report" and doc.year == 2024
    assert [h[0] for h in doc.headings if len(h) == 1] == REPORTS[1].parts
    part_one = [p for p in doc.passages if p.path and p.path[0] == "一、2023年工作回顾"]
    assert {(p.about, p.period) for p in part_one} == {((2023,), "result")}


def test_the_title_line_of_a_text_names_the_report() -> None:
    text = REPORTS[1].path.read_text(encoding="utf-8").replace("标题：", "", 1)
    doc = parse_text(text, source="x.txt")
    assert (doc.title, doc.year, document_place(doc)) == ("2024年天门市政府工作报告", 2024, "天门市")
    assert doc.passages[0].text == "各位代表："


def test_relative_years_resolve_against_the_report_and_its_date() -> None:
    header = "标题：某县2023年度工作报告\n成文日期：2024-01-20\n\n"
    body = "一、本年度工作成效\n\n办理100件。\n\n二、今年工作打算\n\n办理200件。\n\n三、去年的情况\n\n办理50件。\n"
    doc = parse_text(header + body, source="r.txt")
    about = {p.path[0]: (p.about, p.period) for p in doc.passages}
    assert about == {
        "一、本年度工作成效": ((2023,), "result"),
        "二、今年工作打算": ((2024,), "target"),
        "三、去年的情况": ((2023,), "result"),
    }
    undated = parse_text("标题：某县2023年度工作报告\n\n一、明年工作安排\n\n办理。\n", source="r.txt")
    assert undated.passages[0].about == (2025,)  # written in 2024, the year after the report year


def test_a_heading_year_range_and_a_first_sentence_year() -> None:
    text = "标题：某市2024年政府工作报告\n\n2023年，全市生产总值增长6%。\n\n一、2021—2025年规划目标\n\n建成10个园区。\n"
    doc = parse_text(text, source="r.txt")
    assert [(p.about, p.period) for p in doc.passages] == [
        ((2023,), "result"),
        ((2021, 2022, 2023, 2024, 2025), "target"),
    ]
    assert doc.passages[0].place == "某市"
