"""Adding a document to knowledge/: checked first, so a file that cannot be read changes nothing."""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from bot.documents.formats import UnreadableDocument
from bot.documents.ingest import IngestReport
from bot.documents.parsing import REFUSED_SUFFIXES, SUPPORTED_SUFFIXES, parse_file


def safe_name(name: str) -> str:
    """A file name that stays inside knowledge/ (no folders, no hidden files)."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\-\u4e00-\u9fff]+", "_", base).lstrip(".")
    return base or "document.txt"


def add_document(knowledge: Path, name: str, data: bytes, reindex: Callable[[], IngestReport]) -> str:
    """Parse, then save into `knowledge` and `reindex`; returns what was added, for the admin to read."""
    name = safe_name(name)
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES + REFUSED_SUFFIXES:  # a .doc or .wps is refused by parsing, saying how
        kind = suffix or "files without an extension"
        raise UnreadableDocument(f"无法读取这种文件，请发送 .txt、.md、.html、.docx 或 .pdf / {kind} cannot be read; "
                                 "send .txt, .md, .html, .docx or .pdf")
    knowledge.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=knowledge.parent) as scratch:
        trial = Path(scratch) / name
        trial.write_bytes(data)
        doc = parse_file(trial, name)  # text that cannot be decoded raises UnreadableDocument saying so
        if not doc.passages:
            raise UnreadableDocument("文件中没有找到文字 / no text found in the file")
        os.replace(trial, knowledge / name)
    report = reindex()
    top = list(dict.fromkeys(p.path[0] for p in doc.passages if p.path))
    sections = "\n".join(f"  {h}" for h in top) or "  (no headings)"
    return (
        f"已添加 Added: {doc.title}\n年份 Year: {doc.year or '?'}\n"
        f"章节 Sections ({len(top)}):\n{sections}\n"
        f"段落 Passages: {len(doc.passages)} ({report.added} new in the index)"
    )
