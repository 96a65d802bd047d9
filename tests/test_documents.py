"""Parsing keeps the document's own structure."""

from __future__ import annotations

import codecs
import logging
import random
from pathlib import Path

import pytest

from bot.answers.guard import extract_figures
from bot.documents.formats import UnreadableDocument
from bot.documents.ingest import load_documents
from bot.documents.parsing import MAX_PASSAGE_CHARS, document_place, parse_file, parse_text, read_text
from bot.language.text import split_sentences
from tests.support.env import CORPUS, REPORT, needs_corpus


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
    # The paragraph's run-in lead ("优化政务服务便民热线平台运行。…") names it, under the numbered heading.
    assert hotline.section == f"{hotline.path[0]} > (一)依法全面履行政府职能 > 优化政务服务便民热线平台运行"
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


HAILAR = CORPUS / "hailar-2016-government-work-report.txt"  # published as GB18030 with CRLF line ends


def passages_of(path: Path) -> list[tuple[tuple[str, ...], str, tuple[int, ...], str | None, str]]:
    doc = parse_file(path, path.name)
    return [(p.path, p.text, p.about, p.period, p.place) for p in doc.passages]


@needs_corpus
@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "gbk", "utf-16", "utf-16-be-bom", "crlf-gb18030"])
def test_text_files_in_every_chinese_encoding_read_alike(tmp_path: Path, encoding: str) -> None:
    text = HAILAR.read_text(encoding="utf-8")
    if encoding == "utf-16-be-bom":
        data = codecs.BOM_UTF16_BE + text.encode("utf-16-be")
    elif encoding == "crlf-gb18030":
        data = text.replace("\n", "\r\n").encode("gb18030")
    else:
        data = text.encode(encoding)
    copy = tmp_path / HAILAR.name
    copy.write_bytes(data)
    assert read_text(copy).replace("\r\n", "\n") == text
    assert passages_of(copy) == passages_of(HAILAR)
    assert [p.id for p in parse_file(copy, HAILAR.name).passages] == [
        p.id for p in parse_file(HAILAR, HAILAR.name).passages
    ]


def mojibake() -> dict[str, bytes]:
    text = REPORT.read_text(encoding="utf-8")
    rng = random.Random(7)
    return {
        "big5": text.encode("big5", errors="replace"),  # a Taiwanese encoding read as GB18030 is gibberish
        "utf-16 without its BOM": text.encode("utf-16-le"),
        "binary": bytes(rng.randrange(256) for _ in range(4000)),
        "control characters": b"\x01\x02\x03\x04\x05\x06\x07\x08" * 50 + "一、标题".encode(),
    }


@pytest.mark.parametrize("kind", list(mojibake()))
def test_text_that_cannot_be_decoded_is_refused_with_the_reason(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(mojibake()[kind])
    with pytest.raises(UnreadableDocument, match=r"无法识别文件编码.*unknown text encoding"):
        parse_file(path, path.name)


@needs_corpus
def test_knowledge_skips_undecodable_and_word_97_files_with_the_reason(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "good.txt").write_bytes(HAILAR.read_text(encoding="utf-8").encode("gb18030"))
    (tmp_path / "bad.txt").write_bytes(mojibake()["big5"])
    (tmp_path / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    (tmp_path / "kingsoft.wps").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with caplog.at_level(logging.WARNING):
        docs, skipped = load_documents(tmp_path)
    assert [d.source for d in docs] == ["good.txt"]
    assert sorted(skipped) == ["bad.txt", "kingsoft.wps", "old.doc"]
    assert "无法识别文件编码" in caplog.text and "另存为 .docx 或 PDF" in caplog.text


@needs_corpus
def test_a_spaced_title_with_its_subtitle_and_speaker() -> None:
    doc = parse_file(HAILAR, HAILAR.name)
    assert doc.title == "政府工作报告" and doc.year == 2016 and document_place(doc) == "海拉尔区"
    first = doc.passages[0]
    assert first.path == () and first.text.startswith("——2016年2月19日在海拉尔区")  # a subtitle, not a heading
    assert "政 府 工 作 报 告" not in " ".join(p.text for p in doc.passages)


def test_footnote_markers_never_become_headings() -> None:
    text = (
        "标题：某市2024年政府工作报告\n\n一、2023年工作回顾\n\n落实“30条”接续政策\n②完成地区生产总值904.92亿元。\n\n"
        "①加强队伍建设\n\n培训800人次。\n\n注释：\n\n②30条：指稳经济的30条措施。\n"
    )
    doc = parse_text(text, source="r.txt")
    assert ("一、2023年工作回顾", "①加强队伍建设") in doc.headings
    assert not any(h[-1].startswith("②") for h in doc.headings)
    assert any(p.text.startswith("②30条：") for p in doc.passages)
    assert any("接续政策②完成" in p.text for p in doc.passages)  # a marker carried to the next line of a PDF
