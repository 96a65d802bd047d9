"""Text out of text files, web pages, Word files and text PDFs, laid out so the report parser finds its structure."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HEADER_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]\s*){2,6}[:：]")
_NAV_CLASS = re.compile(r"nav|menu|breadcrumb|crumb|footer|header|sidebar|share|toolbar|topbar|links?$", re.I)
_BLOCKS = ("p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "pre", "dd", "dt", "center", "font")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4}|"
    r"(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?)\s*$",
    re.I,
)
# A byte order mark names the encoding; UTF-32's marks begin like UTF-16's, so they are tried first.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Names pages and editors declare for what GB18030 (a superset of both) reads correctly.
_GB_ALIASES = frozenset({"gb2312", "gbk", "x-gbk", "cp936", "ms936", "euc-cn", "hz-gb-2312", "gb_2312-80"})
UNKNOWN_ENCODING = (
    "无法识别文件编码，请另存为 UTF-8 文本后再发送 / unknown text encoding: save it as UTF-8 (or GB18030) text"
)
# Formats staff often send that no maintained pure-Python library reads well: refused with how to convert them.
CONVERT_FIRST = {".doc": "Word 97-2003 (.doc)", ".wps": "WPS (.wps)"}


_PROSE = re.compile(r"[，。、；,;]")
_EDGE = 3  # lines at the top and at the bottom of a page where running headers and footers are looked for


class UnreadableDocument(ValueError):
    """A file that cannot be turned into text, with the reason."""


def load(path: Path) -> tuple[str, bool]:
    """The document's text and whether it uses Markdown headings, by file type."""
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        return html_text(_decode(path.read_bytes())), True
    if suffix == ".docx":
        return docx_text(path), True
    if suffix == ".pdf":
        return pdf_text(path), False
    if suffix in CONVERT_FIRST:
        raise UnreadableDocument(convert_first(suffix))
    raise UnreadableDocument(f"{suffix or 'this file type'} is not supported (use .txt, .md, .html, .docx or .pdf)")


def convert_first(suffix: str) -> str:
    """Why a .doc or .wps file is refused, and what to send instead."""
    kind = CONVERT_FIRST.get(suffix, suffix)
    return (
        f"无法直接读取 {kind} 文件，请另存为 .docx 或 PDF 后再发送 / "
        f"{kind} files cannot be read: save it as .docx or PDF and send it again"
    )


def decode_text(raw: bytes, declared: str | None = None) -> str:
    """Text in UTF-8 (with or without BOM), UTF-16/32 with a BOM, or GB18030/GBK; raises UnreadableDocument else.

    `declared` is an encoding the file names for itself (an HTML page's charset), tried before the others.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            candidates = [encoding]
            break
    else:
        named = declared.strip().lower() if declared else ""
        candidates = [*(["gb18030" if named in _GB_ALIASES else named] if named else []), "utf-8", "gb18030"]
    for encoding in dict.fromkeys(candidates):
        try:
            text = raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _plausible(text):
            return text.removeprefix("\ufeff")
    raise UnreadableDocument(UNKNOWN_ENCODING)


def _plausible(text: str) -> bool:
    """Whether decoded text reads as text rather than mojibake.

    A wrong guess shows as control, private-use or replacement characters, or, for Chinese, as a run of rare
    characters: real Chinese text is nearly all within the 6,763 common characters of GB2312, while bytes of
    another encoding read as GB18030 land outside them about half the time.
    """
    visible = [c for c in text[:50_000] if not c.isspace()]
    if not visible:
        return True
    bad = sum(1 for c in visible if c == "\ufffd" or unicodedata.category(c) in ("Cc", "Co", "Cs", "Cn"))
    if bad > 0.05 * len(visible):
        return False
    cjk = [c for c in visible if "\u3400" <= c <= "\u9fff"]
    if len(cjk) < 50:
        return True
    rare = 0
    for char in cjk:
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            rare += 1
    return rare <= 0.25 * len(cjk)


def _decode(raw: bytes) -> str:
    head = raw[:2048].decode("ascii", "ignore").lower()
    declared = re.search(r"charset=[\"']?([\w-]+)", head)
    return decode_text(raw, declared.group(1) if declared else None)


def html_text(raw: str) -> str:
    """A government web page as text: header block first, then the article; navigation left out."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(raw, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "button",
                     "select", "input", "title", "head"]):
        tag.decompose()
    for tag in soup.find_all(True):
        if tag.attrs is None or tag.name in ("html", "body"):
            continue
        classes: object = tag.get("class") or []
        names = [str(c) for c in classes] if isinstance(classes, list) else [str(classes)]
        marker = " ".join([*names, str(tag.get("id") or "")])
        if (marker and _NAV_CLASS.search(marker)) or _mostly_links(tag):
            tag.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for table in soup.find_all("table"):
        _flatten_table(soup, table)
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after(" ")
    for level in range(1, 7):
        for heading in soup.find_all(f"h{level}"):
            heading.insert_before("\n" + "#" * level + " ")
    for block in soup.find_all(_BLOCKS):
        block.insert_after("\n")
    lines = [re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip() for line in soup.get_text().split("\n")]
    lines = [line for line in lines if line and line != "#" * len(line)]
    header = [line for line in lines[:40] if _is_header_line(line)]
    body = [line for line in lines if line not in header]
    if title and not any(title in line or line.lstrip("# ") in title for line in body[:3]):
        body.insert(0, f"# {title}")
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"


def _is_header_line(line: str) -> bool:
    """A `key: value` line of the header block.

    Neither a table row written as a sentence ("受理量：…。") nor a salutation without a value ("各位代表：") is one.
    """
    match = HEADER_LINE.match(line)
    return match is not None and not line.endswith("。") and bool(line[match.end() :].strip())


def _flatten_table(soup: object, table: object) -> None:
    """Replace a data table by its rows as text lines; a table used for page layout is left alone."""
    from bs4 import BeautifulSoup, Tag

    if not isinstance(soup, BeautifulSoup) or not isinstance(table, Tag) or table.find("table") is not None:
        return
    rows: list[list[str]] = []
    for tr in table.find_all("tr"):
        row: list[str] = []
        for cell in tr.find_all(["td", "th"], recursive=False):
            text = re.sub(r"\s+", " ", cell.get_text(" ", strip=True))
            span = str(cell.get("colspan") or "1")
            row.extend([text] * (int(span) if span.isdigit() and 0 < int(span) <= 50 else 1))
        rows.append(row)
    if not rows or any(len(cell) > 100 for row in rows for cell in row):
        return  # long cells: the table lays out the page rather than holding figures
    replacement = soup.new_tag("div")
    for line in table_lines(rows):
        paragraph = soup.new_tag("p")
        paragraph.string = line
        replacement.append(paragraph)
    table.replace_with(replacement)


def table_lines(rows: Sequence[Sequence[str]]) -> list[str]:
    """A table as text in which every figure keeps its row and column headers.

    A table whose first row names the columns becomes one sentence per row, its row header first
    ("受理量：2022年 120件，2023年 150件。"), all in one paragraph with its caption, so the table stays in one
    passage; a table of `key：value` cells (a page's header block) and any other table stay one line per row.
    """
    grid = [[re.sub(r"\s+", " ", cell).strip() for cell in row] for row in rows]
    grid = [row for row in grid if any(row)]
    if not grid:
        return []
    if all(_is_key_value(row) for row in grid):
        return [" ".join(cell for cell in row if cell) for row in grid]
    captions: list[str] = []
    while len(grid) > 1 and len({cell for cell in grid[0] if cell}) == 1:
        captions.append(next(cell for cell in grid[0] if cell))  # a title or unit line spanning the table
        grid = grid[1:]
    header, data = grid[0], grid[1:]
    values = [cell for row in data for cell in row[1:] if _is_figure(cell)]
    if len(header) < 2 or not data or not values or any(_is_figure(cell) for cell in header[1:]):
        return [*captions, *(" ".join(dict.fromkeys(cell for cell in row if cell)) for row in grid)]
    # A numbering column (序号 1, 2, 3…) is not the row header; the name next to it is.
    first = 1 if header[0] in ("序号", "编号") or all(row[0].isdigit() for row in data if row) else 0
    sentences = []
    for row in data:
        label = row[first] if len(row) > first else ""
        pairs: list[str] = []
        for column in range(first + 1, len(row)):
            value = row[column].rstrip("。；;，,")
            name = header[column] if column < len(header) else ""
            pair = f"{name} {value}" if name and value else value
            if pair and (not pairs or pairs[-1] != pair):  # a merged cell repeats across the columns it spans
                pairs.append(pair)
        if pairs:
            sentences.append(f"{label}：{'，'.join(pairs)}。" if label else f"{'，'.join(pairs)}。")
        elif label:
            sentences.append(f"{label}。")
    if not sentences:
        return captions
    # A caption (a title or "单位：万元") goes with the rows, as their figures are read in its unit.
    lead = "".join(c if c.endswith(("。", "：", ":")) else f"{c}。" for c in captions)
    return [lead + "".join(sentences)]


def _is_key_value(row: Sequence[str]) -> bool:
    cells = [cell for cell in row if cell]
    return len(cells) >= 2 and cells[0].endswith((":", "："))


def _is_figure(cell: str) -> bool:
    """A cell holding a figure: digits other than a year that names a column ("2023年")."""
    return bool(re.search(r"\d", re.sub(r"(?<!\d)(?:19|20)\d{2}(?:\s*年度?)?(?!\d)", "", cell)))


def _mostly_links(tag: object) -> bool:
    """A block whose text is nearly all links (a menu or a list of related pages)."""
    from bs4 import Tag

    if not isinstance(tag, Tag) or tag.name not in ("ul", "ol", "div", "table", "section", "p", "td"):
        return False
    text = tag.get_text(" ", strip=True)
    if not text or len(text) > 400:
        return False
    linked = sum(len(a.get_text(" ", strip=True)) for a in tag.find_all("a"))
    return linked / len(text) > 0.6


def docx_text(path: Path) -> str:
    """A Word file as text, headings by style as Markdown headings, tables with their headers beside each figure."""
    try:
        from docx import Document
        from docx.enum.style import WD_STYLE_TYPE
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = Document(str(path))
        # Style names looked up once: python-docx's own lookup searches the styles part for every paragraph.
        names = {s.style_id: s.name or "" for s in document.styles}
        default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        default_name = (default.name if default is not None else "") or ""
    except Exception as exc:  # python-docx raises several kinds for damaged files
        raise UnreadableDocument(f"not a readable Word (.docx) file ({type(exc).__name__})") from None
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            text = paragraph.text.strip()
            if not text:
                continue
            properties = child.pPr
            style_id = properties.style if properties is not None else None
            style = names.get(style_id, default_name) if style_id else default_name
            level = re.search(r"(?:Heading|标题)\s*(\d)", style)
            if style in ("Title", "标题"):
                lines.append(f"# {text}")
            elif level:
                lines.append("#" * min(6, int(level.group(1)) + 1) + f" {text}")
            else:
                lines.append(text)
        elif tag == "tbl":
            lines.extend(table_lines([[cell.text for cell in row.cells] for row in Table(child, document).rows]))
    header = [line for line in lines[:20] if _is_header_line(line)]
    body = [line for line in lines if line not in header]
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"


def pdf_text(path: Path) -> str:
    """A text PDF as text, without page numbers and running headers or footers; two-column pages column by column."""
    try:
        from pypdf import PdfReader

        pages = [_page_text(page) for page in PdfReader(str(path)).pages]
    except Exception as exc:  # pypdf raises several kinds for damaged or encrypted files
        raise UnreadableDocument(f"not a readable PDF ({type(exc).__name__})") from None
    if not any(page.strip() for page in pages):
        raise UnreadableDocument("the PDF has no text layer (a scan?); send it as text, Word or a text PDF")
    per_page = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    # Running headers and footers sit at the top or bottom of most pages, often with the page number in them
    # ("某县人民政府 第3页"), so lines are compared with their digits masked.
    edges = [{_masked(line) for line in lines[:_EDGE] + lines[-_EDGE:]} for lines in per_page]
    repeated = Counter(line for lines in edges for line in lines)
    running = {line for line, n in repeated.items() if len(pages) >= 2 and n >= max(2, 0.6 * len(pages))}
    kept = []
    for lines in per_page:
        for index, line in enumerate(lines):
            at_edge = index < _EDGE or index >= len(lines) - _EDGE
            if not _PAGE_NUMBER.match(line) and not (at_edge and _masked(line) in running):
                kept.append(line)
    header = [line for line in kept[:20] if _is_header_line(line)]
    body = [line for line in kept if line not in header]
    return "\n".join(header) + "\n\n" + "\n".join(body) + "\n"


def _masked(line: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line))


def _page_text(page: object) -> str:
    """A page's text in reading order: pypdf's own order, unless the page is set in two columns."""
    from pypdf import PageObject

    if not isinstance(page, PageObject):
        return ""
    text = page.extract_text() or ""
    try:
        layout = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode is an extra; pypdf's plain text stands when it fails
        return text
    columns = two_columns(layout)
    return "\n".join(columns) if columns else text


def two_columns(layout: str) -> list[str] | None:
    """The lines of a page laid out in two columns of prose, left column first; None for any other page.

    `layout` is the page as pypdf's layout mode places it, on a grid of characters. A gutter is a run of three
    blank character columns in the middle third of the page that nearly every line leaves blank and that half
    of the lines have text on both sides of. Both sides must read as prose (punctuation in many of their lines),
    so a table of labels and figures keeps each row together.
    """
    lines = [line.rstrip() for line in layout.splitlines()]
    filled = [line for line in lines if line.strip()]
    if len(filled) < 6:
        return None
    width = max(len(line) for line in filled)
    for gutter in range(width // 3, 2 * width // 3):
        clear = sum(1 for line in filled if not line[gutter - 1 : gutter + 2].strip())
        sides = [(line[:gutter].strip(), line[gutter:].strip()) for line in filled]
        both = sum(1 for left, right in sides if left and right)
        if clear < 0.9 * len(filled) or both < 0.5 * len(filled):
            continue
        lefts = [left for left, right in sides if left and right]
        rights = [right for left, right in sides if left and right]
        if not all(sum(1 for part in parts if _PROSE.search(part)) >= 0.3 * len(parts) for parts in (lefts, rights)):
            return None
        return _read_columns(filled, gutter)
    return None


def _read_columns(lines: list[str], gutter: int) -> list[str]:
    """Lines crossing the gutter above the columns first (a title), then the left column, the right, the rest."""
    crossing = [bool(line[gutter - 1 : gutter + 2].strip()) for line in lines]
    first = crossing.index(False)
    last = len(lines) - crossing[::-1].index(False)
    left, right = [], []
    for line, crosses in zip(lines[first:last], crossing[first:last], strict=True):
        if crosses:
            left.append(line.strip())
            continue
        if line[:gutter].strip():
            left.append(line[:gutter].strip())
        if line[gutter:].strip():
            right.append(line[gutter:].strip())
    return [line.strip() for line in lines[:first]] + left + right + [line.strip() for line in lines[last:]]
