"""Hostile files, generated: a zip-bomb .docx, a .docx of very many paragraphs, a deeply nested HTML page."""

from __future__ import annotations

import io
import zipfile

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
_TAIL = "</w:body></w:document>"


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def docx(paragraphs: list[str]) -> bytes:
    """A minimal valid .docx holding these paragraphs (python-docx opens it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", _HEAD + "".join(_paragraph(p) for p in paragraphs) + _TAIL)
    return out.getvalue()


def many_paragraphs_docx(count: int = 50_000) -> bytes:
    """A .docx of `count` distinct short paragraphs."""
    return docx(["某县2023年度工作报告"] + [f"第{n}项工作：全年办理事项{n}件，按期完成。" for n in range(count)])


def zip_bomb_docx(unpacked_mb: int = 200) -> bytes:
    """A .docx a few hundred KB long whose document.xml unpacks to `unpacked_mb` MB."""
    out = io.BytesIO()
    block = _paragraph("某县工作报告" * 20) * 1000
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        with archive.open("word/document.xml", "w", force_zip64=True) as stream:
            stream.write(_HEAD.encode())
            written = 0
            chunk = block.encode()
            while written < unpacked_mb * 1024 * 1024:
                stream.write(chunk)
                written += len(chunk)
            stream.write(_TAIL.encode())
    return out.getvalue()


def deep_html(depth: int = 100_000) -> bytes:
    """An HTML page whose tags nest `depth` deep, around a line of text."""
    body = "<div>" * depth + "某县工作报告。全年办理事项1件。" + "</div>" * depth
    return f"<html><body>{body}</body></html>".encode()
