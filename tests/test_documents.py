"""Parsing keeps the document's own structure."""

from __future__ import annotations

from bot.answers.guard import extract_figures
from bot.documents.parsing import MAX_PASSAGE_CHARS, parse_file, parse_text
from bot.language.text import split_sentences
from tests.support.env import REPORT


def test_header_block_becomes_metadata() -> None:
    doc = parse_file(REPORT, REPORT.name)
    assert doc.metadata["索引号"] == "tlxsfj/2024-00532"
    assert doc.metadata["发布机构"] == "铁岭县司法局"
    assert doc.metadata["成文日期"] == "2024-02-27"
    assert doc.title == "铁岭县2023年度法治政府建设年度报告"
    assert doc.year == 2023


def test_report_has_four_parts_and_nine_subsections() -> None:
    doc = parse_file(REPORT, REPORT.name)
    top = [h for h in doc.headings if len(h) == 1]
    assert [h[0][:2] for h in top] == ["一、", "二、", "三、", "四、"]
    under_first = [h for h in doc.headings if len(h) == 2 and h[0] == top[0][0]]
    assert len(under_first) == 9
    assert under_first[0][1] == "(一)依法全面履行政府职能"


def test_hotline_paragraph_carries_its_heading_path() -> None:
    doc = parse_file(REPORT, REPORT.name)
    hotline = next(p for p in doc.passages if "12345平台" in p.text and "受理" in p.text)
    assert hotline.path[0].startswith("一、")
    assert hotline.path[1] == "(一)依法全面履行政府职能"
    assert hotline.section == f"{hotline.path[0]} > (一)依法全面履行政府职能"
    assert hotline.title == doc.title


def test_numbered_points_become_headings_with_their_paragraph() -> None:
    doc = parse_file(REPORT, REPORT.name)
    plans = [p for p in doc.passages if p.path and p.path[0].startswith("四、")]
    assert [p.path[1][:2] for p in plans] == ["一是", "二是", "三是", "四是"]
    assert all(p.text.startswith(p.path[1]) for p in plans)


def test_passages_keep_every_figure_with_its_sentence() -> None:
    doc = parse_file(REPORT, REPORT.name)
    source = REPORT.read_text(encoding="utf-8")
    for passage in doc.passages:
        assert len(passage.text) <= MAX_PASSAGE_CHARS or len(split_sentences(passage.text, clauses=False)) == 1
        for sentence in split_sentences(passage.text, clauses=False):
            assert sentence in source  # never cut inside a sentence
    assert sum(len(extract_figures(p.text)) for p in doc.passages) >= 100


def test_full_width_parentheses_and_markdown_headings() -> None:
    text = (
        "# 某县2024年工作报告\n\n## 一、总体情况\n\n### （一）政务服务\n\n全年办理事项100件。\n\n"
        "## 二、下一步计划\n\n继续推进。\n"
    )
    doc = parse_text(text, source="a.md", markdown=True)
    assert doc.title == "某县2024年工作报告"
    assert doc.year == 2024
    assert [p.path for p in doc.passages] == [("一、总体情况", "（一）政务服务"), ("二、下一步计划",)]


def test_long_paragraph_splits_only_at_sentence_ends() -> None:
    sentence = "本年度共办理各类事项1234件，其中网上办理567件。"
    doc = parse_text("标题: 测试\n\n一、情况\n\n" + sentence * 40, source="t.txt")
    assert len(doc.passages) > 1
    for passage in doc.passages:
        assert passage.text.startswith("本年度") and passage.text.endswith("。")
        assert passage.text.count("1234件") == passage.text.count("567件")


def test_document_without_headings_still_ingests() -> None:
    doc = parse_text("这是一段没有标题的文字。其中提到办理了12件事项。\n\n第二段文字。", source="plain.txt")
    assert doc.passages and all(p.path == () for p in doc.passages)
    assert doc.passages[0].section == "引言"


def test_passage_ids_come_from_content() -> None:
    a = parse_file(REPORT, REPORT.name)
    b = parse_file(REPORT, REPORT.name)
    assert [p.id for p in a.passages] == [p.id for p in b.passages]
    edited = parse_text(REPORT.read_text(encoding="utf-8").replace("13213件", "13214件"), source=REPORT.name)
    changed = {p.id for p in edited.passages} ^ {p.id for p in a.passages}
    assert len(changed) == 2  # only the edited passage differs
