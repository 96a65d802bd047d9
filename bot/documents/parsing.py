"""Parse source documents into metadata, a heading tree and passages, each with the years and place it is about.

The structure is that of Chinese official documents as published: a header block of `key: value` lines
(索引号, 发布机构, 成文日期, 标题), a title (sometimes spaced out, `政 府 工 作 报 告`) with a subtitle and
signature under it, and numbered headings (`一、`, `（一）`, `1.`, `(1)`, `一是`, `——`) that open a section or
run on into their paragraph.

Years: a document's *report year* is its title's (or header's) year, the year the report is on; its *writing
year* is the year of its 成文日期/发布日期, or of the date under its title, or else the year after the report
year when the title says 年度 (an annual report on 2023 is written in 2024), or else the report year itself.
Relative words resolve against those two: 今年 is the writing year, 去年 the one before, 明年 the one after;
本年度 is the report year, 上一年度 the one before and 下一年度 the one after.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.documents.formats import CONVERT_FIRST, decode_text, load
from bot.domain import Document, Passage, Period
from bot.language.text import YEAR, plan_years, split_sentences

logger = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
# Recognised but refused with how to convert them, so knowledge/ reports them instead of ignoring them.
REFUSED_SUFFIXES = tuple(CONVERT_FIRST)
MAX_PASSAGE_CHARS = 480
MAX_HEADING_CHARS = 60
MAX_TITLE_CHARS = 80

_NUM = "[一二三四五六七八九十百零〇两]+"
_CJK = "\u4e00-\u9fff"
# Heading markers of Chinese official documents; each is its own kind, levels come from nesting order.
_MARKERS: list[tuple[str, re.Pattern[str]]] = [
    ("chapter", re.compile(rf"^第{_NUM}[章篇部分]+")),
    ("section", re.compile(rf"^第{_NUM}节")),
    ("cn", re.compile(rf"^{_NUM}、")),
    ("cn_paren", re.compile(rf"^[(（]{_NUM}[)）]")),
    ("arabic", re.compile(r"^\d{1,2}[.．、](?![\d.．])")),
    ("arabic_paren", re.compile(r"^[(（]\d{1,2}[)）]")),
    # Circled numbers also mark footnotes (“22条”②): a heading's is followed by its words.
    ("circled", re.compile(rf"^[\u2460-\u2473](?=[{_CJK}])")),
    ("cn_shi", re.compile(rf"^{_NUM}是")),
    ("dash", re.compile(rf"^——(?=[{_CJK}])")),
]
# Points of a list inside a section ("一是…", "——…", a run-in lead): the next section heading closes them.
_POINTS = frozenset({"circled", "cn_shi", "dash", "lead"})
# An unnumbered paragraph whose short first sentence names it ("招商引资质效双升。成功举办…"): a plain phrase,
# without figures, commas or years (a pause "、" may join its words), followed by the paragraph it heads.
MAX_LEAD_CHARS = 20
_LEAD = re.compile(rf"^([{_CJK}“”《》—\-][{_CJK}“”《》—\-、]{{3,{MAX_LEAD_CHARS - 1}}})。(?=.{{20}})")
# A `——` line is a point only when a lead sentence runs on into its paragraph; alone it is a subtitle
# ("——2018年3月6日在…会议上").
_RUN_ON_ONLY = frozenset({"dash"})
# Markers that start a new paragraph even inside a run of lines; a circled number or a dash at the start of a
# line of PDF text is as often a footnote marker or punctuation carried over from the line before.
_LINE_MARKERS = [(kind, pattern) for kind, pattern in _MARKERS if kind not in ("circled", "dash")]
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_HEADER_KEY = re.compile(
    r"(?:^|(?<=\s))([\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff](?:[ \t\u3000]+[\u4e00-\u9fff]){1,5})[ \t\u3000]*[:：]"
)
_SENTENCE_END = ("。", "！", "？", "!", "?", "：", ":", "；", ";", "”", "」")
_SPACED = re.compile(rf"^[{_CJK}](?:[ \t\u3000]+[{_CJK}])+$")
# A paragraph addressed to the delegates ("各位代表，…") speaks to the whole part of a work report.
_ADDRESS = ("各位代表", "各位委员")

# Years a text names: "2023年", "2021—2025年", "“十四五”", and words relative to the report's years.
_YEARS = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:\s*[—–\-~～至到]+\s*((?:19|20)\d{2}))?\s*年")
_RELATIVE = re.compile(r"下一年度|下一年|下年度|明年|今年|本年度|去年|上一年度|上一年|上年度")
_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月|[-./]\d{1,2}[-./]\d{1,2})")
# Heading words that say whether a part reports what was done or sets out what is to be done.
_RESULT_WORDS = ("回顾", "成效", "成绩", "主要举措", "工作总结", "完成情况")
_TARGET_WORDS = ("目标", "任务", "安排", "计划", "打算", "思路", "重点工作", "展望")

# Place names: a name ending in an administrative unit. A name starts after a non-Chinese character or after a
# word that cannot begin one (年, 在 …), and never holds words of an office or a meeting.
_PLACE_UNITS = "省市县区旗州盟镇乡"
_PLACE = re.compile(rf"(?:(?<![{_CJK}])|(?<=[年月日在于的和与及对]))(?![年月日在于的和与及对全我本该各每])"
                    rf"([{_CJK}]{{1,7}}[{_PLACE_UNITS}])")
_PLACE_NEXT = re.compile(rf"[{_CJK}]{{1,7}}[{_PLACE_UNITS}]")
_NOT_IN_PLACE = ("人民", "政府", "代表", "会议", "委员", "工作", "报告", "党", "局", "厅", "部", "办", "届")
_NOT_PLACES = frozenset(
    {"地区", "城区", "社区", "园区", "辖区", "市区", "景区", "小区", "新区", "开发区", "示范区", "自治区"}
)


@dataclass(frozen=True)
class _Context:
    """What every passage of one document shares."""

    source: str
    title: str
    year: int | None  # the report year
    written: int | None  # the writing year
    place: str


def iter_sources(knowledge_dir: Path) -> Iterator[Path]:
    """Files under the knowledge folder to parse (or to report as refused), in a stable order."""
    known = SUPPORTED_SUFFIXES + REFUSED_SUFFIXES
    for path in sorted(knowledge_dir.rglob("*")):
        if path.is_file() and path.suffix.lower() in known and not path.name.startswith("."):
            yield path


def read_text(path: Path) -> str:
    """Read a text file in UTF-8 (with or without BOM), UTF-16 with a BOM or GB18030; UnreadableDocument else."""
    return decode_text(path.read_bytes())


def parse_file(path: Path, source: str) -> Document:
    """Parse one file of `knowledge/`, named `source` in citations and the index."""
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        return parse_text(read_text(path), source=source, markdown=suffix == ".md")
    text, markdown = load(path)
    # A PDF's paragraphs are guessed from where its lines end, so a paragraph's first sentence is not known.
    return parse_text(text, source=source, markdown=markdown, leads=suffix != ".pdf")


def parse_text(text: str, *, source: str, markdown: bool = False, leads: bool = True) -> Document:
    """Parse document text into metadata, heading paths and passages with their years, period and place.

    `leads`: whether a paragraph's short first sentence may name it (only where paragraphs are known).
    """
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    lines = text.split("\n")
    metadata, body_start = _parse_header(lines)
    blocks = list(_blocks(lines[body_start:]))
    title = _title(metadata, lines[body_start:], markdown, source)
    front = _front_matter(blocks, title, markdown)
    year = _year_of(title, metadata) or _year_of(" ".join(front), {}) or _year_of(Path(source).stem, {})
    context = _Context(source, title, year, _writing_year(metadata, front, title, year),
                       _place_of([metadata.get("标题", ""), title, metadata.get("发布机构", ""), *front]))

    passages: list[Passage] = []
    stack: list[tuple[str, str]] = []
    title_seen = False
    # A heading written as a sentence ("（一）全力以赴稳增长，经济运行回升向好。") is content of its own only when
    # nothing comes under it; otherwise every passage below carries it in its path.
    pending: tuple[tuple[str, ...], str] | None = None
    for block in blocks:
        kind, heading, rest = _classify(block, markdown, leads)
        if not title_seen and _despace(heading if kind else block.strip()) == title:
            title_seen = True  # the title repeated above the body is not a section
            continue
        if kind:
            _push(stack, kind, heading)
        elif block.startswith(_ADDRESS):
            del stack[1:]
        path = tuple(h for _, h in stack)
        if pending is not None:
            if path[: len(pending[0])] != pending[0]:
                passages.append(_make_passage(context, pending[0], len(passages), pending[1]))
            pending = None
        if not rest:
            continue
        if kind and rest.rstrip("。") == heading:
            pending = (path, rest)
            continue
        for piece in _chunk(rest):
            passages.append(_make_passage(context, path, len(passages), piece))
    if pending is not None:
        passages.append(_make_passage(context, pending[0], len(passages), pending[1]))
    passages = _one_year_introduced(passages, context)
    return Document(source=source, title=title, year=year, metadata=metadata, digest=digest, passages=passages)


def _one_year_introduced(passages: list[Passage], context: _Context) -> list[Passage]:
    """Passages of a part about several years, after a paragraph of it that turns to one of them.

    "一、“十二五”时期和2015年工作回顾" reviews the five years under "——" points, then turns to the last one
    ("各位代表，刚刚过去的2015年，我区…") before its "（一）…（四）" parts: that paragraph and those parts are about
    2015 alone.
    """
    out: list[Passage] = []
    turned: tuple[tuple[str, ...], tuple[int, ...], int] | None = None  # the part, its years, the year turned to
    for passage in passages:
        if turned and passage.path[: len(turned[0])] == turned[0] and passage.about == turned[1]:
            if len(passage.path) > len(turned[0]):
                passage = _make_passage(context, passage.path, passage.position, passage.text, (turned[2],))
        else:
            turned = None
        named = _first_sentence_years(passage.text, context)
        if turned is None and len(passage.about) > 1 and len(named) == 1 and named[0] in passage.about:
            turned = (passage.path, passage.about, named[0])
            passage = _make_passage(context, passage.path, passage.position, passage.text, named)
        out.append(passage)
    return out


def document_place(doc: Document) -> str:
    """The place a document is about ("铁岭县", "海拉尔区"); "" when it names none."""
    if doc.passages:
        return doc.passages[0].place
    return _place_of([doc.metadata.get("标题", ""), doc.title, doc.metadata.get("发布机构", "")])


def _make_passage(
    context: _Context, path: tuple[str, ...], pos: int, text: str, about: tuple[int, ...] | None = None
) -> Passage:
    about = _about(path, text, context) if about is None else about
    period = _period(path, about, context)
    # The id covers everything stored with the passage, so a changed year, period or place is indexed anew.
    fields = (context.source, context.title, str(context.year), *path, text, str(about), str(period), context.place)
    pid = hashlib.sha256("\x1f".join(fields).encode("utf-8")).hexdigest()[:32]
    return Passage(
        id=pid, source=context.source, title=context.title, year=context.year, path=path, position=pos, text=text,
        about=about, period=period, place=context.place,
    )


def _about(path: tuple[str, ...], text: str, context: _Context) -> tuple[int, ...]:
    """The years a passage speaks of.

    The years named by the nearest heading on its path that names any ("一、2023年工作回顾" → 2023,
    "二、“十三五”…目标" → 2016–2020, "四、下一年度…安排" → the report year + 1) apply to everything under it. Under
    no such heading, a passage whose first sentence names a single year ("2023年，…") is about that year, and any
    other passage about the report year (nothing when the document has no year).
    """
    for heading in reversed(path):
        years = _years_named(heading, context)
        if years:
            return years
    named = _first_sentence_years(text, context)
    if len(named) == 1:
        return named
    return (context.year,) if context.year is not None else ()


def _first_sentence_years(text: str, context: _Context) -> tuple[int, ...]:
    """The years a passage's first sentence names ("2023年，…": 2023)."""
    sentences = split_sentences(text, clauses=False)
    return _years_named(sentences[0], context) if sentences else ()


def _period(path: tuple[str, ...], about: tuple[int, ...], context: _Context) -> Period | None:
    """Whether a passage reports results or sets targets.

    A part's heading that says so in words of one kind only (回顾, 成效 … or 目标, 安排 …) decides: the nearest
    heading naming years, or the top-level one (a point's lead such as "一是超额完成目标任务" is not asked, as it
    often reports a target met). Otherwise years before the writing year are results, the writing year or later
    targets.
    """
    if not about:
        return None
    for depth in range(len(path) - 1, -1, -1):
        heading = path[depth]
        if depth and not _years_named(heading, context):
            continue
        result = any(word in heading for word in _RESULT_WORDS)
        target = any(word in heading for word in _TARGET_WORDS)
        if result != target:
            return "result" if result else "target"
    written = context.written if context.written is not None else context.year
    if written is None:
        return None
    return "result" if max(about) < written else "target"


def _years_named(text: str, context: _Context) -> tuple[int, ...]:
    """Years a heading or sentence names, resolved against the document's report and writing years."""
    years: set[int] = set()
    for match in _YEARS.finditer(text):
        start = int(match.group(1))
        end = int(match.group(2)) if match.group(2) else start
        years.update(range(start, end + 1) if 0 <= end - start <= 10 else (start, end))
    years.update(plan_years(text))
    year, written = context.year, context.written if context.written is not None else context.year
    for match in _RELATIVE.finditer(text):
        word = match.group(0)
        if word in ("今年", "去年", "明年") and written is not None:
            years.add(written + {"今年": 0, "去年": -1, "明年": 1}[word])
        elif year is not None:
            years.add(year + (1 if word.startswith("下") else -1 if word.startswith("上") else 0))
    return tuple(sorted(years))


def _writing_year(metadata: dict[str, str], front: list[str], title: str, year: int | None) -> int | None:
    """The year the document was written: its dated header, the date under its title, else from its title."""
    for key in ("成文日期", "发布日期"):
        match = YEAR.search(metadata.get(key, ""))
        if match:
            return int(match.group(1))
    for line in front:
        date = _DATE.search(line)
        if date:
            return int(date.group(1))
    if year is None:
        return None
    return year + 1 if "年度" in title else year


def _place_of(texts: list[str]) -> str:
    """The first place name in the texts; of nested names ("呼伦贝尔市海拉尔区") the innermost."""
    for text in texts:
        for match in _PLACE.finditer(text):
            name = _innermost(match.group(1))
            if not _is_place(name):
                continue
            end = match.end()
            while (inner := _PLACE_NEXT.match(text, end)) and _is_place(_innermost(inner.group(0))):
                name, end = _innermost(inner.group(0)), inner.end()
            return name
    return ""


def _innermost(name: str) -> str:
    """The last of several names written together ("湖北省天门市" → "天门市"; "鄂州市" stays whole)."""
    for index in range(len(name) - 3, 0, -1):
        rest = name[index + 1 :]
        if name[index] in _PLACE_UNITS and rest[0] not in _PLACE_UNITS and len(rest) >= 3:
            return rest
    return name


def _is_place(name: str) -> bool:
    return name not in _NOT_PLACES and not any(word in name for word in _NOT_IN_PLACE)


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
        if not matches or matches[0].start() != 0 or line.endswith("。"):
            break
        values = {}
        for i, match in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
            values[re.sub(r"\s+", "", match.group(1))] = line[match.end() : end].strip()
        if not any(values.values()):
            break  # a salutation ("各位代表：") opens the body; it is not a header line
        metadata.update(values)
        index += 1
    if not metadata:
        return {}, start
    return metadata, index


def _title(metadata: dict[str, str], body: list[str], markdown: bool, source: str) -> str:
    """The header's 标题, else the first line when it reads as a title, else the file name."""
    given = metadata.get("标题") or metadata.get("title")
    if given:
        return _despace(given)
    for line in body:
        if not line.strip():
            continue
        stripped = line.strip()
        if markdown and _MD_HEADING.match(stripped):
            return _strip_md(stripped)
        first = _despace(stripped)
        if _looks_like_title(first):
            return first
        break
    return Path(source).stem


def _looks_like_title(line: str) -> bool:
    return (
        len(line) <= MAX_TITLE_CHARS
        and not line.endswith(_SENTENCE_END)
        and not any(p.match(line) for _, p in _MARKERS)
        and bool(re.search(rf"[{_CJK}A-Za-z]", line))
    )


def _front_matter(blocks: list[str], title: str, markdown: bool) -> list[str]:
    """Short lines under the title before the text begins: the subtitle with its date, the speaker."""
    out: list[str] = []
    for block in blocks:
        if _despace(block.strip()) == title and not out:
            continue
        if len(out) >= 4 or len(block) > MAX_TITLE_CHARS or block.endswith(_SENTENCE_END):
            break
        if _classify(block, markdown)[0] is not None:
            break
        out.append(block)
    return out


def _despace(text: str) -> str:
    """A title spaced out for display (`政 府 工 作 报 告`) as it reads."""
    stripped = text.strip()
    return re.sub(r"[ \t\u3000]+", "", stripped) if _SPACED.match(stripped) else stripped


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
    """Paragraphs: a blank line, an indented line, a finished sentence or a short line starts a new one.

    In text wrapped at a fixed width (a PDF's lines), a line well short of the width ends its paragraph: a title,
    a subtitle or a heading without a number.
    """
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    width = lengths[len(lengths) * 3 // 4] if len(lengths) >= 8 else 0
    current: list[str] = []
    for raw in lines:
        line = raw.rstrip()
        stripped = line.strip()
        starts_new = not stripped or raw[:1] in (" ", "\t", "\u3000") or _MD_HEADING.match(stripped)
        ends_prev = bool(current) and (
            current[-1].endswith(_SENTENCE_END) or (width >= 20 and len(current[-1]) < width // 2)
        )
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
    return any(p.match(line) for _, p in _LINE_MARKERS)


def _join(lines: list[str]) -> str:
    """Lines of one paragraph joined: a space only between words of Latin script."""
    out = lines[0]
    for line in lines[1:]:
        sep = " " if re.search(r"[A-Za-z,;:.]$", out) and re.match(r"[A-Za-z0-9(]", line) else ""
        out += sep + line
    return out


def _classify(block: str, markdown: bool, leads: bool = True) -> tuple[str | None, str, str]:
    """Return (heading kind, heading, body text) for a paragraph; kind None for plain text."""
    if markdown:
        match = _MD_HEADING.match(block)
        if match:
            return f"md{len(match.group(1))}", match.group(2).strip(), ""
    for kind, pattern in _MARKERS:
        if not pattern.match(block):
            continue
        lead = re.split(r"[。！？；]", block, maxsplit=1)[0]
        if kind == "circled" and re.search("[:：]", lead):
            return None, "", block  # a footnote's explanation ("④虾十条：…"), not a heading
        if kind not in _RUN_ON_ONLY and len(block) <= MAX_HEADING_CHARS and "。" not in block.rstrip("。"):
            # A bare heading names a section; a one-sentence point ("一是加强队伍建设。") is also content.
            return kind, block.rstrip("。").strip(), block if block.endswith("。") else ""
        if len(lead) <= MAX_HEADING_CHARS and len(lead) < len(block.rstrip("。")):
            # A numbered point: its first sentence names it, the whole paragraph stays its text.
            return kind, lead.strip(), block
        return None, "", block
    lead = _LEAD.match(block)
    if lead and leads and not _RELATIVE.search(lead.group(1)) and not block.startswith(_ADDRESS):
        return "lead", lead.group(1), block
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
        elif kind not in _POINTS:
            while stack and stack[-1][0] in _POINTS:
                stack.pop()
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
    return bool(re.search(r"[\u4e00-\u9fff。！？；]$", text))
