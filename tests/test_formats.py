"""Web pages, Word files and text PDFs parse into the same heading paths and metadata as text."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.documents.parsing import parse_file

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
    assert hotline.path == ("一、2024年度主要举措和成效", "（一）优化政务服务")
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
