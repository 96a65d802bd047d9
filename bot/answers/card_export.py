"""Briefing cards as text to read out, Markdown to paste, a Word document to print, and a bar chart per measure.

Every renderer prints each figure exactly as the card holds it; a change between years is marked (计算).
"""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.answers.briefing import KEY_FIGURES, Card, Row, row_line
from bot.answers.guard import COMPUTED

if TYPE_CHECKING:
    from matplotlib.font_manager import FontProperties

logger = logging.getLogger(__name__)

MAX_CHARTS = 12  # a document of more measures charts the first ones; the table holds them all
COMPUTED_NOTE = f"“{COMPUTED}”为两年数字之差，由本机根据所列原文数字计算。"
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


@dataclass(frozen=True)
class Chart:
    """A bar chart of one measure across years, as PNG bytes."""

    name: str
    label: str
    png: bytes


def card_lines(card: Card, per_part: int | None = None) -> list[str]:
    """The card as lines of plain text; the overview shows `per_part` figures of each part under its heading."""
    if not card.found:
        return [card.message]
    lines = [card.title]
    if card.overview:
        shown = card.key_rows(per_part or KEY_FIGURES)
        lines[0] += f"（每部分前{per_part or KEY_FIGURES}项）"
        for part in card.parts:
            rows = [r for r in shown if r.part == part]
            if rows:
                lines.append(f"【{rows[0].heading}】")
                lines.extend(row_line(r, card) for r in rows)
    else:
        lines.extend(row_line(r, card) for r in card.rows)
    if any(COMPUTED in line for line in lines):
        lines.append(COMPUTED_NOTE)
    lines.append("来源：" + "；".join(_source(s.title, s.year) for s in card.sources))
    return lines


def card_text(card: Card, per_part: int | None = None) -> str:
    """The card as plain text."""
    return "\n".join(card_lines(card, per_part))


def _source(title: str, year: int | None) -> str:
    return f"《{title}》" + (f"（{year}年）" if year and str(year) not in title else "")


def card_markdown(card: Card, charts: list[str] | None = None) -> str:
    """The card as Markdown: a table of the figures, the sources, and the chart files when given."""
    if not card.found:
        return card.message + "\n"
    out = [f"# {card.title}", "", f"日期：{card.made.isoformat()}", ""]
    head, rows = _table(card)
    out.append("| " + " | ".join(head) + " |")
    out.append("|" + "---|" * len(head))
    out.extend("| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows)
    if any(r.change for r in card.rows):
        out += ["", COMPUTED_NOTE]
    out += ["", "## 来源", ""]
    out.extend(f"- {_source(s.title, s.year)} `{s.source}`" for s in card.sources)
    if charts:
        out += ["", "## 图表", ""]
        out.extend(f"![{Path(c).stem}]({c})" for c in charts)
    return "\n".join(out) + "\n"


def _table(card: Card) -> tuple[list[str], list[list[str]]]:
    """The figures as a table: a column per year when the card has several, the change, the section."""
    years = card.years if card.several_years else []
    head = ["指标", *(f"{y}年" for y in years), *(["变化"] if years else ["数字"]), "章节"]
    rows = []
    for r in shown_rows(card):
        if years:
            cells = [r.cells[y].figure if y in r.cells else ("—" if y in r.years else "") for y in years]
            change = r.change
            rows.append([r.label, *cells, f"{change} {COMPUTED}" if change else "", r.where])
        else:
            rows.append([r.label, next(iter(r.cells.values())).figure, r.where])
    return head, rows


def shown_rows(card: Card) -> list[Row]:
    """The rows a document of the card holds: the overview's key figures, else every figure."""
    return card.key_rows() if card.overview else card.rows


def card_docx(card: Card, charts: list[Chart] | None = None) -> bytes:
    """The card as a Word document: title, date, the figures in a table, the sources, the charts."""
    from docx import Document
    from docx.shared import Cm

    doc = Document()
    doc.add_heading(card.title, level=1)
    doc.add_paragraph(f"日期：{card.made.isoformat()}")
    if not card.found:
        doc.add_paragraph(card.message)
    else:
        head, rows = _table(card)
        table = doc.add_table(rows=1, cols=len(head))
        table.style = "Table Grid"
        for cell, text in zip(table.rows[0].cells, head, strict=True):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        if any(r.change for r in card.rows):
            doc.add_paragraph(COMPUTED_NOTE)
        doc.add_heading("来源", level=2)
        for s in card.sources:
            doc.add_paragraph(f"{_source(s.title, s.year)}（{s.source}）", style="List Bullet")
        if charts:
            doc.add_heading("图表", level=2)
            for chart in charts:
                doc.add_picture(io.BytesIO(chart.png), width=Cm(14))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def card_charts(card: Card) -> list[Chart]:
    """A bar chart per measure the card shows for two or more years (none for a card of one year)."""
    charts = []
    rows = [r for r in shown_rows(card) if sum(1 for y in r.years if y in r.cells) >= 2]
    for number, row in enumerate(rows[:MAX_CHARTS]):
        charts.append(Chart(f"chart-{number + 1:02d}", row.label, _bar_chart(row, card)))
    return charts


def _bar_chart(row: Row, card: Card) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    font = cjk_font()
    years = [y for y in row.years if y in row.cells]
    figures = [row.cells[y].figure for y in years]
    values = [float(m.group(0).replace(",", "")) if (m := _NUMBER.match(f)) else 0.0 for f in figures]
    fig = Figure(figsize=(6, 4), dpi=120)
    ax = fig.add_subplot()
    bars = ax.bar([f"{y}年" for y in years], values, color="#3b6ea8", width=0.5)
    for bar, text in zip(bars, figures, strict=True):
        ax.annotate(text, (bar.get_x() + bar.get_width() / 2, bar.get_height()), ha="center", va="bottom",
                    xytext=(0, 3), textcoords="offset points", fontproperties=font)
    change = row.change
    title = row.label or figures[-1]
    ax.set_title(title + (f"（{change} {COMPUTED}）" if change else ""), fontproperties=font)
    for tick in ax.get_xticklabels():
        tick.set_fontproperties(font)
    ax.set_ylim(0, max(values) * 1.18 or 1)
    ax.spines[["top", "right"]].set_visible(False)
    sources = "；".join(dict.fromkeys(_source(row.cells[y].passage.title, row.cells[y].passage.year) for y in years))
    fig.text(0.01, 0.01, f"来源：{sources} · {row.where}", fontproperties=font, fontsize=7, color="#555555")
    fig.tight_layout(rect=(0, 0.05, 1, 1))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()


@lru_cache(maxsize=1)
def cjk_font() -> FontProperties:
    """The Noto Sans CJK font that ships in a Python package, so Chinese renders on any machine, offline."""
    from matplotlib.font_manager import FontProperties
    from noto_cjk_sans_otc import FONT_PATH

    return FontProperties(fname=str(FONT_PATH))
