"""Answers as Telegram HTML messages: escaped, split under Telegram's limit, citations kept whole."""

from __future__ import annotations

import html

from telegram.constants import MessageLimit

from bot.answers.conversation import understood_line
from bot.domain import Answer, Passage

MESSAGE_LIMIT = int(MessageLimit.MAX_TEXT_LENGTH)
# Where a document's title, file name or heading path is shown, at most this many characters: one document
# with a 5,000-character title must not push /start, /docs or a citation past Telegram's limit.
TITLE_CHARS = 100
NAME_CHARS = 80
SECTION_CHARS = 200


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, with "…" where it was cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def citation_block(answer: Answer) -> str:
    """The citation lines under an answer: document · heading path."""
    if not answer.citations:
        return ""
    label = "📄 来源 Source" if answer.found else "📑 相关章节 Closest sections"
    lines = [f"<i>{label}:</i>"]
    for c in answer.citations:
        year = f"（{c.year}）" if c.year and str(c.year) not in c.document else ""
        document, section = clip(c.document, TITLE_CHARS), clip(c.section, SECTION_CHARS)
        lines.append(f"• {html.escape(document)}{year} · {html.escape(section)}")
    return "\n".join(lines)


def render_answer(answer: Answer, *, with_citations: bool = True) -> list[str]:
    """HTML messages for an answer; the citation block stays in one piece."""
    body = html.escape(answer.answer)
    understood = understood_line(answer)
    if understood:
        body = f"<i>{html.escape(understood)}</i>\n{body}"
    if answer.degraded:
        body += "\n\n<i>（检索服务降级：仅用关键词检索 / search degraded: keyword search only）</i>"
    block = citation_block(answer) if with_citations else ""
    parts = split_text(body, MESSAGE_LIMIT)
    if block:
        if len(parts[-1]) + 2 + len(block) <= MESSAGE_LIMIT:
            parts[-1] = f"{parts[-1]}\n\n{block}"
        else:
            parts.extend(split_text(block, MESSAGE_LIMIT))
    return parts


def render_sources(passages: list[Passage], quotes: list[str]) -> list[str]:
    """The passages behind an answer, with the quoted sentences in bold."""
    if not passages:
        return ["没有可显示的原文。 No source passages to show."]
    chunks = []
    for p in passages:
        text = html.escape(p.text)
        for quote in quotes:
            for line in quote.split("\n"):
                escaped = html.escape(line.strip())
                if escaped and escaped in text:
                    text = text.replace(escaped, f"<b>{escaped}</b>", 1)
        title, section = html.escape(clip(p.title, TITLE_CHARS)), html.escape(clip(p.section, SECTION_CHARS))
        chunks.append(f"<b>{title}</b>\n<i>{section}</i>\n{text}")
    return split_text("\n\n".join(chunks), MESSAGE_LIMIT)


def split_text(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Split at paragraph boundaries (a paragraph too long alone at lines, then sentence ends)."""
    if len(text) <= limit:
        return [text]
    units: list[tuple[str, str]] = []  # (separator before, piece)
    for number, para in enumerate(text.split("\n\n")):
        sep = "\n\n" if number else ""
        if len(para) <= limit:
            units.append((sep, para))
            continue
        for line_no, line in enumerate(para.split("\n")):
            for piece_no, piece in enumerate(_cut_long(line, limit)):
                units.append(((sep if line_no == 0 else "\n") if piece_no == 0 else "", piece))
    parts: list[str] = []
    current = ""
    for sep, piece in units:
        if current and len(current) + len(sep) + len(piece) > limit:
            parts.append(current)
            current = piece
        else:
            current = f"{current}{sep}{piece}" if current else piece
    if current:
        parts.append(current)
    return parts


def _cut_long(line: str, limit: int) -> list[str]:
    """A line longer than `limit`, cut after sentence ends (never inside an HTML entity or tag)."""
    pieces = []
    while len(line) > limit:
        cut = max(line.rfind(mark, 0, limit - 1) for mark in ("。", "；", "！", "？", ". ", "，", " "))
        cut = cut + 1 if cut > limit // 2 else _safe_cut(line, limit)
        pieces.append(line[:cut])
        line = line[cut:]
    pieces.append(line)
    return pieces


def _safe_cut(line: str, limit: int) -> int:
    """A cut position at most `limit` that does not split an HTML entity or tag."""
    cut = limit
    amp, lt = line.rfind("&", 0, cut), line.rfind("<", 0, cut)
    if amp > line.rfind(";", 0, cut):
        cut = amp
    if lt > line.rfind(">", 0, cut):
        cut = min(cut, lt)
    return max(cut, 1)
