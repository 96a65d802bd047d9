"""Parse source documents into metadata, a heading tree and passages."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from pathlib import Path

from bot.documents.formats import load
from bot.domain import Document, Passage
from bot.language.text import YEAR, split_sentences

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
MAX_PASSAGE_CHARS = 480
MAX_HEADING_CHARS = 60

_NUM = "[一二三四五六七八九十百零〇两]+"
# Heading markers of Chinese official documents; each is its own kind, levels come from nesting order.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^第{_NUM}[章篇部分]+")),
    ("section", re.compile(rf"^第{_NUM}节")),
    ("cn", re.compile(rf"^{_NUM}、")),
    ("cn_paren", re.compile(rf"^[(（]{_NUM}[)）]")),
    ("arabic", re.compile(r"^\d{1,2}[.．、](?![\d.．])")),
    ("arabic_paren", re.compile(r"^[(（]\d{1,2}[)）]")),
    ("circled", re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩]")),
    ("cn_shi", re.compile(rf"^{_NUM}是")),
]
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_HEADER_KEY = re.compile(
    r"(?:^|(?<=\s))([\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,5})[ \t\u3000]*[:：]"
)
_SENTENCE_END = ("。", "！", "？", "!", "?", "：", ":", "；", ";", "”", "」")


def iter_sources(knowledge_dir: Path) -> Iterator[Path]:
    """Files under the knowledge folder that can be parsed, in a stable order."""
    for path in sorted(knowledge_dir.rglob("*")):
        if path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES and not path.name.startswith("."):
            yield path


def read_text(path: Path) -> str:
    """Read a text file as UTF-8 (with or without BOM); raises UnicodeDecodeError otherwise."""
    return path.read_bytes().decode("utf-8-sig")


def parse_file(path: Path, source: str) -> Document:
    """Parse one file of `knowledge/`, named `source` in citations and the index."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        return parse_text(read_text(path), source=source, markdown=suffix == ".md")
    text, markdown = load(path)
    return parse_text(text, source=source, markdown=markdown)


def parse_text(text: str, *, source: str, markdown: bool = False) -> Document:
    """Parse document text into metadata, heading paths and passages."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lines = text.split("\n")
    metadata, body_start = _parse_header(lines)
    body = lines[body_start:]
    title = metadata.get("标题") or metadata.get("title") or _first_line(body, markdown) or Path(source).stem
    title = _strip_md(title) if markdown else title
    year = _year_of(title, metadata)

    passages: list[Passage] = []
    stack: list[tuple[str, str]] = []
    title_seen = False
    for block in _blocks(body):
        kind, heading, rest = _classify(block, markdown)
        if kind and not title_seen and heading == title:
            title_seen = True  # the title repeated above the body is not a section
            continue
        if kind is None and not title_seen and block.strip() == title:
            title_seen = True
            continue
        if kind:
            _push(stack, kind, heading)
        if rest:
            path = tuple(h for _, h in stack)
            for piece in _chunk(rest):
                passages.append(_make_passage(source, title, year, path, len(passages), piece))
    return Document(source=source, title=title, year=year, metadata=metadata, digest=digest, passages=passages)


def _make_passage(source: str, title: str, year: int | None, path: tuple[str, ...], pos: int, text: str) -> Passage:
    key = "\x1f".join((source, *path, text))
    pid = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return Passage(id=pid, source=source, title=title, year=year, path=path, position=pos, text=text)


def _parse_header(lines: list[str]) -> tuple[dict[str, str], int]:
    """Leading `key: value` lines (索引号, 发布机构, 标题 …) become metadata."""
    metadata: dict[str, str] = {}
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    start = index
    while index < len(lines) and lines[index].strip():
        line = lines[index].strip()
        matches = list(_HEADER_KEY.finditer(line))
        if not matches or matches[0].start() != 0:
            break
        for i, match in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
            key = re.sub(r"\s+", "", match.group(1))
            metadata[key] = line[match.end() : end].strip()
        index += 1
    if not metadata:
        return {}, start
    return metadata, index


def _first_line(lines: list[str], markdown: bool) -> str:
    for line in lines:
        if line.strip():
            return _strip_md(line.strip()) if markdown else line.strip()
    return ""


def _strip_md(text: str) -> str:
    match = _MD_HEADING.match(text.strip())
    return match.group(2).strip() if match else text.strip()


def _year_of(title: str, metadata: dict[str, str]) -> int | None:
    for candidate in (title, *metadata.values()):
        match = YEAR.search(candidate)
        if match:
            return int(match.group(1))
    return None


def _blocks(lines: list[str]) -> Iterator[str]:
    """Paragraphs: a blank line, an indented line or a finished sentence starts a new one."""
    current: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        stripped = line.strip()
        starts_new = not stripped or raw[:1] in (" ", "\t", "\u3000") or _MD_HEADING.match(stripped)
        ends_prev = bool(current) and current[-1].endswith(_SENTENCE_END)
        heading_alone = len(current) == 1 and _is_bare_heading(current[0])
        if current and (starts_new or ends_prev or heading_alone or _is_marker_line(stripped)):
            yield _join(current)
            current = []
        if stripped:
            current.append(stripped)
            if _MD_HEADING.match(stripped):
                yield _join(current)
                current = []
    if current:
        yield _join(current)


def _is_bare_heading(line: str) -> bool:
    """A numbered heading on a line of its own ("一、主要举措"), as text pulled from a PDF has them."""
    return _is_marker_line(line) and len(line) <= MAX_HEADING_CHARS and not line.endswith(_SENTENCE_END)


def _is_marker_line(line: str) -> bool:
    return any(p.match(line) for _, p in _MARKERS)


def _join(lines: list[str]) -> str:
    """Lines of one paragraph joined: a space only between words of Latin script."""
    out = lines[0]
    for line in lines[1:]:
        sep = " " if re.search(r"[A-Za-z,;:.]$", out) and re.match(r"[A-Za-z0-9(]", line) else ""
        out += sep + line
    return out


def _classify(block: str, markdown: bool) -> tuple[str | None, str, str]:
    """Return (heading kind, heading, body text) for a paragraph; kind None for plain text."""
    if markdown:
        match = _MD_HEADING.match(block)
        if match:
            return f"md{len(match.group(1))}", match.group(2).strip(), ""
    for kind, pattern in _MARKERS:
        if not pattern.match(block):
            continue
        if len(block) <= MAX_HEADING_CHARS and "。" not in block.rstrip("。"):
            # A bare heading names a section; a one-sentence point ("一是加强队伍建设。") is also content.
            return kind, block.rstrip("。").strip(), block if block.endswith("。") else ""
        lead = re.split(r"[。！？；]", block, maxsplit=1)[0]
        if len(lead) <= MAX_HEADING_CHARS:
            # A numbered point: its first sentence names it, the whole paragraph stays its text.
            return kind, lead.strip(), block
        return None, "", block
    return None, "", block


def _push(stack: list[tuple[str, str]], kind: str, heading: str) -> None:
    """Place a heading in the path: a kind already open closes it and everything under it."""
    if kind.startswith("md"):
        level = int(kind[2:])
        while stack and not (stack[-1][0].startswith("md") and int(stack[-1][0][2:]) < level):
            stack.pop()
    else:
        kinds = [k for k, _ in stack]
        if kind in kinds:
            del stack[kinds.index(kind) :]
    stack.append((kind, heading))


def _chunk(text: str) -> list[str]:
    """Split a long paragraph at sentence ends only, so a figure stays with its sentence."""
    if len(text) <= MAX_PASSAGE_CHARS:
        return [text]
    pieces: list[str] = []
    current = ""
    for sentence in split_sentences(text, clauses=False):
        if current and len(current) + len(sentence) > MAX_PASSAGE_CHARS:
            pieces.append(current)
            current = ""
        current += sentence if not current or _cjk_end(current) else " " + sentence
    if current:
        pieces.append(current)
    return pieces


def _cjk_end(text: str) -> bool:
    return bool(re.search(r"[\u4e00-\u9fff。！？；”]$", text))
