"""Web pages, Word files and text PDFs parse into the same heading paths and metadata as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.documents.formats import table_lines, two_columns
from bot.documents.ingest import IngestReport
from bot.documents.parsing import document_place, parse_file, parse_text
from bot.documents.upload import add_document
from tests.support.env import CORPUS, REPORT, needs_corpus

HEADER = [("索 引 号", "xx/2025-00001"), ("发布机构", "某县司法局"), ("成文日期", "2025-02-20")]
TITLE = "某县2024年度法治政府建设年度报告"
BODY = [
    ("h", "一、2024年度主要举措和成效"),
    ("h", "（一）优化政务服务"),
    ("p", "优化便民热线。全年受理市民诉求9876件，办结9870件，办结率99.94%。"),
    ("h", "（二）规范行政执法"),
    ("p", "组织执法人员培训12期，培训800人次。"),
    ("h", "二、下一年度主要安排"),
    ("p", "一是加强法治队伍建设。二是深化基层依法治理。"),
]


def check(path: Path) -> None:
    doc = parse_file(path, path.name)
    assert doc.title == TITLE and doc.year == 2024
    assert doc.metadata.get("索引号") == "xx/2025-00001" and doc.metadata.get("发布机构") == "某县司法局"
    hotline = next(p for p in doc.passages if "9876件" in p.text)
    # Its run-in lead names it, where paragraphs are known (a PDF's are guessed from its line ends).
    lead = () if path.suffix == ".pdf" else ("优化便民热线",)
    assert hotline.path == ("一、2024年度主要举措和成效", "（一）优化政务服务", *lead)
    assert hotline.text == "优化便民热线。全年受理市民诉求9876件，办结9870件，办结率99.94%。"
    training = next(p for p in doc.passages if "800人次" in p.text)
    assert training.path[-1] == "（二）规范行政执法"
    plans = next(p for p in doc.passages if "一是加强法治队伍建设" in p.text)
    assert plans.path[0] == "二、下一年度主要安排"
    text = " ".join(p.text for p in doc.passages)
    assert "首页" not in text and "网站地图" not in text and "相关链接" not in text  # no navigation


def test_government_web_page(tmp_path: Path) -> None:
    header = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in HEADER)
    body = "".join(f"<p>{t}</p>" if kind == "p" else f"<p><strong>{t}</strong></p>" for kind, t in BODY)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{TITLE}</title>
    <script>var x = 1;</script></head><body>
    <div class="nav"><a href="/">首页</a> <a href="/gk">政务公开</a> <a href="/map">网站地图</a></div>
    <table class="info">{header}<tr><td>标  题：</td><td>{TITLE}</td></tr></table>
    <div class="article"><h1>{TITLE}</h1>{body}</div>
    <ul><li><a href="/1">相关链接一</a></li><li><a href="/2">相关链接二</a></li></ul>
    <div class="footer">版权所有 某县人民政府</div></body></html>"""
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    check(path)


def test_word_file(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=0, cols=2)
    for key, value in [*HEADER, ("标  题", TITLE)]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = f"{key}：", value
    document.add_heading(TITLE, level=0)
    for kind, text in BODY:
        if kind == "h":
            document.add_heading(text, level=1 if "、" in text[:3] else 2)
        else:
            document.add_paragraph(text)
    path = tmp_path / "report.docx"
    document.save(str(path))
    check(path)


def test_text_pdf(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "report.pdf"
    pdf = canvas.Canvas(str(path))
    lines = [f"{k}：{v}" for k, v in HEADER] + [f"标  题：{TITLE}", "", TITLE]
    for _, text in BODY:  # wrapped at 16 characters, as a PDF's lines are
        lines.extend(text[i : i + 16] for i in range(0, len(text), 16))
    for page_no, start in enumerate(range(0, len(lines), 9), 1):
        pdf.setFont("STSong-Light", 11)
        y = 800
        for line in lines[start : start + 9]:
            pdf.drawString(50, y, line)
            y -= 18
        pdf.drawString(280, 40, f"- {page_no} -")
        pdf.showPage()
    pdf.save()
    check(path)


def test_unreadable_files_say_why(tmp_path: Path) -> None:
    from bot.documents.formats import UnreadableDocument

    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 this is not really a pdf")
    with pytest.raises(UnreadableDocument, match="PDF"):
        parse_file(broken, broken.name)
    word = tmp_path / "broken.docx"
    word.write_bytes(b"PK not a zip")
    with pytest.raises(UnreadableDocument, match="Word"):
        parse_file(word, word.name)


def web_page(charset: str = "utf-8") -> str:
    body = "".join(f"<p>{t}</p>" if kind == "p" else f"<p><strong>{t}</strong></p>" for kind, t in BODY)
    header = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in [*HEADER, ("标  题", TITLE)])
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>{TITLE}</title></head><body><table>{header}</table><h1>{TITLE}</h1>{body}</body></html>"
    )


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb2312-declared-gbk"])
def test_web_pages_in_any_encoding_leave_no_byte_order_mark(tmp_path: Path, encoding: str) -> None:
    if encoding == "gb2312-declared-gbk":
        data = web_page("gb2312").replace("</body>", "<p>经办人王喆。</p></body>").encode("gbk")  # 喆: GBK only
    else:
        data = web_page().encode(encoding)
    path = tmp_path / "report.html"
    path.write_bytes(data)
    check(path)
    doc = parse_file(path, path.name)
    assert "\ufeff" not in doc.title + "".join(p.text for p in doc.passages)


FIGURES = [["项目", "2022年", "2023年"], ["受理量", "9876件", "13213件"], ["办结率", "99.1%", "99.94%"]]


def assert_table_passage(path: Path) -> None:
    doc = parse_file(path, path.name)
    row = next(p for p in doc.passages if "受理量" in p.text)
    assert "受理量：2022年 9876件，2023年 13213件。" in row.text
    assert "办结率：2022年 99.1%，2023年 99.94%。" in row.text
    assert row.path == ("一、2023年度主要举措和成效", "（一）优化政务服务")
    assert doc.metadata.get("索引号") == "xx/2025-00001"  # a key-value table still makes the header block
    assert not any(k.startswith(("受理量", "办结率")) for k in doc.metadata)


def test_word_table_keeps_row_and_column_headers_with_each_figure(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    meta = document.add_table(rows=0, cols=2)
    for key, value in HEADER:
        cells = meta.add_row().cells
        cells[0].text, cells[1].text = f"{key}：", value
    document.add_heading("某县2023年度法治政府建设年度报告", level=0)
    document.add_heading("一、2023年度主要举措和成效", level=1)
    document.add_heading("（一）优化政务服务", level=2)
    document.add_paragraph("热线运行情况如下表。")
    table = document.add_table(rows=0, cols=3)
    for values in FIGURES:
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
    document.add_heading("二、下一年度主要安排", level=1)
    document.add_paragraph("继续推进。")
    path = tmp_path / "figures.docx"
    document.save(str(path))
    assert_table_passage(path)


def test_web_page_table_keeps_row_and_column_headers_with_each_figure(tmp_path: Path) -> None:
    header = "".join(f"<tr><td>{k}：</td><td>{v}</td></tr>" for k, v in HEADER)
    head, *rows = FIGURES
    figures = "<tr>" + "".join(f"<th>{c}</th>" for c in head) + "</tr>" + "".join(
        "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows
    )
    page = (
        "<html><head><meta charset='utf-8'><title>某县2023年度法治政府建设年度报告</title></head><body>"
        f"<table>{header}</table>"
        "<h1>某县2023年度法治政府建设年度报告</h1><h2>一、2023年度主要举措和成效</h2><h3>（一）优化政务服务</h3>"
        f"<p>热线运行情况如下表。</p><table border='1'><tr><td colspan='3'>单位：件</td></tr>{figures}</table>"
        "<h2>二、下一年度主要安排</h2><p>继续推进。</p></body></html>"
    )
    path = tmp_path / "figures.html"
    path.write_text(page, encoding="utf-8")
    assert_table_passage(path)
    assert any(p.text.startswith("单位：件。受理量：") for p in parse_file(path, path.name).passages)


def test_table_text_keeps_plain_and_key_value_tables_row_by_row() -> None:
    key_values = [["索 引 号：", "xx/1"], ["发布机构：", "某县司法局"]]
    assert table_lines(key_values) == ["索 引 号： xx/1", "发布机构： 某县司法局"]
    assert table_lines([["序号", "事项", "件数"], ["1", "诉求", "12件"], ["2", "投诉", "3件"]]) == [
        "诉求：件数 12件。投诉：件数 3件。"
    ]
    assert table_lines([["甲方", "乙方"], ["张三", "李四"]]) == ["甲方 乙方", "张三 李四"]  # no figures: as it is


def draw_pages(path: Path, pages: list[list[str]], *, header: str = "", footer: str = "") -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    pdf = canvas.Canvas(str(path))
    for number, lines in enumerate(pages, 1):
        pdf.setFont("STSong-Light", 11)
        if header:
            pdf.drawString(50, 815, header.format(n=number, total=len(pages)))
        for index, line in enumerate(lines):
            pdf.drawString(50, 780 - 18 * index, line)
        if footer:
            pdf.drawString(250, 30, footer.format(n=number, total=len(pages)))
        pdf.showPage()
    pdf.save()


def test_pdf_running_headers_footers_and_page_numbers_stay_out_of_passages(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    lines = [f"{k}：{v}" for k, v in HEADER] + [f"标  题：{TITLE}", "", TITLE]
    for _, text in BODY:
        lines.extend(text[i : i + 16] for i in range(0, len(text), 16))
    pages = [lines[i : i + 7] for i in range(0, len(lines), 7)]
    assert len(pages) >= 3
    path = tmp_path / "report.pdf"
    draw_pages(path, pages, header="某县司法局文件  第{n}页", footer="第 {n} 页 共 {total} 页")
    check(path)
    text = " ".join(p.text for p in parse_file(path, path.name).passages)
    assert "司法局文件" not in text and "页" not in text


def test_two_column_pdf_page_reads_column_by_column(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    left = ["一、政务服务", "全年受理市民诉求9876件，", "办结9870件，办结率99.94%。", "推进一网通办，",
            "事项进驻中心812项。", "优化营商环境，", "企业满意率98%。"]
    right = ["二、行政执法", "组织执法培训12期，", "培训800人次。", "开展专项检查，", "检查企业37家次，",
             "完成隐患整改，", "整改率100%。"]
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    path = tmp_path / "columns.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("STSong-Light", 11)
    for index, (a, b) in enumerate(zip(left, right, strict=True)):  # drawn row by row across both columns
        pdf.drawString(50, 780 - 18 * index, a)
        pdf.drawString(320, 780 - 18 * index, b)
    pdf.showPage()
    pdf.save()
    doc = parse_file(path, path.name)
    hotline = next(p for p in doc.passages if "9876件" in p.text)
    assert hotline.text == "全年受理市民诉求9876件，办结9870件，办结率99.94%。" and hotline.path == ("一、政务服务",)
    training = next(p for p in doc.passages if "800人次" in p.text)
    assert training.text == "组织执法培训12期，培训800人次。" and training.path == ("二、行政执法",)


def test_a_table_laid_out_in_two_columns_keeps_its_rows() -> None:
    rows = [("受理市民诉求", "9876件"), ("办结市民诉求", "9870件"), ("办结率", "99.94%"), ("培训执法人员", "800人次"),
            ("检查企业", "37家次"), ("整改隐患", "120项")]
    assert two_columns("\n".join(f"{label:<30}{figure}" for label, figure in rows)) is None


@needs_corpus
def test_a_real_report_as_a_wrapped_pdf_parses_like_its_text(tmp_path: Path) -> None:
    pytest.importorskip("reportlab")
    report = CORPUS / "hailar-2016-government-work-report.txt"
    lines = []
    for paragraph in report.read_text(encoding="utf-8").split("\n"):
        paragraph = paragraph.strip()
        lines.extend(paragraph[i : i + 38] for i in range(0, len(paragraph), 38))
    path = tmp_path / "report.pdf"
    draw_pages(path, [lines[i : i + 40] for i in range(0, len(lines), 40)], header="海拉尔区人民政府", footer="- {n} -")
    # A PDF's paragraphs are guessed, so no paragraph's first sentence is taken for its heading.
    pdf = parse_file(path, path.name)
    text = parse_text(report.read_text(encoding="utf-8"), source=report.name, leads=False)
    assert (pdf.title, pdf.year, document_place(pdf)) == ("政府工作报告", 2016, "海拉尔区")
    assert pdf.headings == text.headings
    assert {p.path: (p.about, p.period) for p in pdf.passages} == {p.path: (p.about, p.period) for p in text.passages}
    assert not any(p.text == "海拉尔区人民政府" or "- 3 -" in p.text for p in pdf.passages)


@pytest.mark.parametrize("suffix", [".doc", ".wps"])
def test_old_word_and_wps_files_are_refused_with_how_to_convert(tmp_path: Path, suffix: str) -> None:
    from bot.documents.formats import UnreadableDocument

    path = tmp_path / f"report{suffix}"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512)
    with pytest.raises(UnreadableDocument, match=r"请另存为 \.docx 或 PDF 后再发送 / .*save it as \.docx or PDF"):
        parse_file(path, path.name)
    knowledge = tmp_path / "knowledge"
    with pytest.raises(UnreadableDocument, match=r"save it as \.docx or PDF"):
        add_document(knowledge, path.name, path.read_bytes(), IngestReport)
    assert not list(knowledge.glob("*"))


def test_upload_reads_chinese_encodings_and_refuses_mojibake(tmp_path: Path) -> None:
    from bot.documents.formats import UnreadableDocument

    knowledge = tmp_path / "knowledge"
    text = REPORT.read_text(encoding="utf-8")
    added = add_document(knowledge, "tieling-gbk.txt", text.encode("gb18030"), IngestReport)
    assert "铁岭县2023年度法治政府建设年度报告" in added and "Passages: 43" in added
    with pytest.raises(UnreadableDocument, match=r"无法识别文件编码.*unknown text encoding"):
        add_document(knowledge, "big5.txt", text.encode("big5", errors="replace"), IngestReport)
    with pytest.raises(UnreadableDocument, match="没有找到文字 / no text found"):
        add_document(knowledge, "empty.txt", "\n\n".encode("utf-16"), IngestReport)
    assert sorted(p.name for p in knowledge.iterdir()) == ["tieling-gbk.txt"]
