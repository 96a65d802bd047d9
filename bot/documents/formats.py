"""Text out of web pages, Word files and text PDFs, laid out so the report parser finds its structure."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

HEADER_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]\s*){2,6}[:：]")
_NAV_CLASS = re.compile(r"nav|menu|breadcrumb|crumb|footer|header|sidebar|share|toolbar|topbar|links?$", re.I)
_BLOCKS = ("p", "div", "section", "article", "li", "ul", "ol", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
           "blockquote", "pre", "dd", "dt", "center", "font")
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|\d+\s*/\s*\d+|\d{1,4})\s*$")


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
    raise UnreadableDocument(f"{suffix or 'this file type'} is not supported (use .txt, .md, .html, .docx or .pdf)")


def _decode(raw: bytes) -> str:
    head = raw[:2048].decode("ascii", "ignore").lower()
    declared = re.search(r"charset=[\"']?([\w-]+)", head)
    for encoding in ([declared.group(1)] if declared else []) + ["utf-8", "gb18030"]:
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise UnreadableDocument("the page is neither UTF-8 nor GB18030 text")


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
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after(" ")
    for level in range(1, 7):
        for heading in soup.find_all(f"h{level}"):
            heading.insert_before("\n" + "#" * level + " ")
    for block in soup.find_all(_BLOCKS):
        block.insert_after("\n")
    lines = [re.sub(r"[ \t\u00a0\u3000]+", " ", line).strip() for line in soup.get_text().split("\n")]
    lines = [line for line in lines if line and line != "#" * len(line)]
    header = [line for line in lines[:40] if HEADER_LINE.match(line)]
    body = [line for line in lines if line not in header]
    if title and not any(title in line or line.lstrip("# ") in title for line in body[:3]):
        body.insert(0, f"# {title}")
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"


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
    """A Word file as text, headings by style as Markdown headings, tables row by row."""
    try:
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = Document(str(path))
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
            style = (paragraph.style.name if paragraph.style is not None else "") or ""
            level = re.search(r"(?:Heading|标题)\s*(\d)", style)
            if style in ("Title", "标题"):
                lines.append(f"# {text}")
            elif level:
                lines.append("#" * min(6, int(level.group(1)) + 1) + f" {text}")
            else:
                lines.append(text)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = list(dict.fromkeys(c.text.strip() for c in row.cells if c.text.strip()))
                if cells:
                    lines.append(" ".join(cells))
    header = [line for line in lines[:20] if HEADER_LINE.match(line)]
    body = [line for line in lines if line not in header]
    return "\n".join(header) + "\n\n" + "\n\n".join(body) + "\n"


def pdf_text(path: Path) -> str:
    """A text PDF as text, without page numbers and running headers or footers."""
    try:
        from pypdf import PdfReader

        pages = [page.extract_text() or "" for page in PdfReader(str(path)).pages]
    except Exception as exc:  # pypdf raises several kinds for damaged or encrypted files
        raise UnreadableDocument(f"not a readable PDF ({type(exc).__name__})") from None
    if not any(page.strip() for page in pages):
        raise UnreadableDocument("the PDF has no text layer (a scan?); send it as text, Word or a text PDF")
    per_page = [[line.strip() for line in page.splitlines() if line.strip()] for page in pages]
    repeated = Counter(line for lines in per_page for line in set(lines))
    running = {line for line, n in repeated.items() if len(pages) >= 3 and n >= 0.6 * len(pages)}
    kept = [line for lines in per_page for line in lines if line not in running and not _PAGE_NUMBER.match(line)]
    header = [line for line in kept[:20] if HEADER_LINE.match(line)]
    body = [line for line in kept if line not in header]
    return "\n".join(header) + "\n\n" + "\n".join(body) + "\n"
