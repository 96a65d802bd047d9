"""Briefing cards: every figure the documents give on a topic, each with its label and section, years side by side.

A figure is an Arabic number with its unit or measure word, as printed ("120件", "98.3%", "300余名");
its label is the report's own words right before it within its clause ("受理群众来信"). A figure belongs to
a topic's card when its clause names the topic, when it continues such a clause ("…来信120件,办结117件":
办结 borrows the subject), or when its passage opens with a short topic sentence that names the topic
("推进来信办理规范化。"). The topic's words are read as a question's (traditional folded, typos
of an input method mended, near-synonyms and English translations matched), so no word of a report is in here.
"""

from __future__ import annotations

import logging
import re
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from bot.answers.guard import AFTER_MYRIAD, COMPUTED, UNITS, difference, unsupported_card_figures
from bot.answers.questions import Question, analyze, coverage, scope
from bot.domain import Passage, Period
from bot.language.lexicon import to_simplified
from bot.language.text import init_tokenizer, is_meaningless, split_sentences, squash
from bot.search.corpus import Corpus
from bot.search.retrieval import HybridRetriever

logger = logging.getLogger(__name__)

MAX_TOPIC_CHARS = 100
MATCH = 0.8  # share of the topic's (weighted) words a clause or topic sentence must hold
LABEL_CHARS = 16  # a longer label keeps its last words: those right before the figure name it
CONTINUATION_CHARS = 4  # a clause whose label is this short ("办结", "化解率") continues the clause before it
LEAD_CHARS = 40  # a passage's first sentence this short and without figures names the passage's topic
KEY_FIGURES = 3  # figures per part on the overview card, fewer when the message would be too long

_FIGURE = re.compile(
    rf"(?<![\d.第])(\d+(?:,\d{{3}})*(?:\.\d+)?)(余|多)?((?:{UNITS}){AFTER_MYRIAD})(左右|以上|以下|以内|之多)?(?![\d])"
)
_NUMBER_HEAD = re.compile(r"^\d[\d,.]*")
_CLAUSE = re.compile(r"[^，,；;：:]+[，,；;：:]?")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")
_DATE_UNITS = frozenset({"月", "日"})
# General words that open a clause without naming what is counted: time, scope, conjunctions.
_LEADING = re.compile(
    r"^(?:[\s，,、；;：:（()）]|和|及|与|并且|并|但是|但|而|其中|同时|另外|此外|全年|年内|当年|今年|去年|上年|本年"
    r"|全县|全市|全区|全省|全镇|全乡|(?:19|20)\d\d年(?:度|底|末)?|\d+月(?:份)?(?:以来|以后)?|共|总共|累计)+"
)
_TRAILING = re.compile(r"(?:[\s，,、：:（(“]|分别|为|是|达到|达|至|共|计|共计|了|的)+$")
# Measure words that count a thing named right after them ("N个司法所"): the figure is shown with that noun.
_COUNTERS = frozenset(
    "件 人 名 位 项 个 次 家 条 篇 期 所 间 张 台 份 批 类 种 户 村 座 处 套 起 场 宗 笔 部".split()
    + "家次 人次 余人 余名 余件 余项 余个 余家".split()
)
_NOUN_CHARS = 10
_NOUN_END = re.compile(r"[\s，,。；;：:、！？!?()（）\d]")
_GLUE_STOPS = frozenset("的和与及被等为对向在将已了并同跟至由从把")
_NOUN_TRAILING = re.compile(r"(?:与|和|及|的|等|并|为|达)+$")
_APPROXIMATE = re.compile(rf"^\d[\d,.]*(?:余|多)|^\d[\d,.]*(?:{UNITS})(?:左右|以上|以下|以内|之多)")
_BOUND_BEFORE = re.compile(r"(?:不足|超过|超|近|约|逾|多于|少于|不到|不少于|不低于|不超过|低于|高于)$")
_SECTION_YEAR = re.compile(r"(?:19|20)\d\d(?:[—-](?:19|20)?\d\d)?年?度?")
_TOPIC_ASKS = (
    re.compile(r"^\s*brief\s+me\s+(?:on|about)\s+(?P<topic>.+?)[\s?.!？。！]*$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*/?brief(?:@\w+)?(?:\s+(?P<topic>.*))?$", re.IGNORECASE | re.DOTALL),
    re.compile(r"^\s*(?P<topic>.+?)的要点[\s?？。!！]*$", re.DOTALL),
)


@dataclass(frozen=True)
class Fact:
    """One printed figure: the words that label it, the figure as printed, and where it stands."""

    label: str
    figure: str
    unit: str
    passage: Passage
    sentence: int
    clause: int
    occurrence: int  # how many earlier figures of its passage share its label and unit

    @property
    def approximate(self) -> bool:
        """Whether the report gives the figure as a bound or an estimate ("800余名", "超过96%", "6.4%左右")."""
        return bool(_APPROXIMATE.search(self.figure) or _BOUND_BEFORE.search(self.label))

    @property
    def year(self) -> int | None:
        """The year the figure is about: its passage's one year, else its document's."""
        p = self.passage
        # A review of a span and its last year ("“十二五”时期和2015年") reports the last year's figures.
        return max(p.about) if p.about else p.year


@dataclass(frozen=True)
class Row:
    """One measure of a card: its label and, for each year the card covers, the figure printed for it."""

    label: str
    unit: str
    period: Period | None
    place: str
    part: str  # the top-level heading it stands under, years taken out (the same part in every year's report)
    section: str  # the heading it stands under in its newest report
    cells: dict[int, Fact]
    years: tuple[int, ...]  # the years of its period that the card covers; a missing one is shown as missing

    @property
    def heading(self) -> str:
        """The top-level heading as its newest report prints it."""
        path = self.cells[max(self.cells)].passage.path
        return path[0] if path else ""

    @property
    def where(self) -> str:
        """The innermost heading it stands under in its newest report (its place first when the card has several)."""
        path = self.cells[max(self.cells)].passage.path
        return path[-1] if path else "引言"

    @property
    def change(self) -> str | None:
        """The change from the previous year to the newest, computed from the two figures the row quotes."""
        shown = [y for y in self.years if y in self.cells]
        if len(shown) < 2 or shown[-1] != self.years[-1] or shown[-2] != self.years[-2]:
            return None
        before, after = self.cells[shown[-2]], self.cells[shown[-1]]
        if before.approximate or after.approximate:
            return None  # a bound or an estimate gives no exact change
        if _NUMBER_HEAD.sub("", before.figure) != _NUMBER_HEAD.sub("", after.figure):
            return None  # not the same thing counted ("N个司法所" against "M个调解室")
        return difference(before.figure, after.figure)


@dataclass(frozen=True)
class Source:
    """A report a card quotes."""

    year: int | None
    title: str
    source: str
    place: str


@dataclass
class Card:
    """A briefing card: a topic's figures, or, without a topic, a few key figures of every part."""

    topic: str
    found: bool
    rows: list[Row] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)  # the top-level parts, in order (the overview's buttons)
    message: str = ""  # why there is no card (a refusal), or a note above it
    overview: bool = False
    made: date = field(default_factory=date.today)
    latency_ms: float = 0.0

    @property
    def title(self) -> str:
        """What the card is about, as its heading."""
        return f"要点：{self.topic}" if self.topic else "要点：主要数字"

    @property
    def years(self) -> list[int]:
        """Every year a figure of the card is about."""
        return sorted({y for r in self.rows for y in r.cells})

    def key_rows(self, per_part: int = KEY_FIGURES) -> list[Row]:
        """A few rows of every part: the first of each of its sections, then the next ones (the overview)."""
        chosen: list[Row] = []
        for part in self.parts:
            rows = [r for r in self.rows if r.part == part]
            firsts = [r for n, r in enumerate(rows) if all(r.section != o.section for o in rows[:n])]
            picked = (firsts + [r for r in rows if r not in firsts])[:per_part]
            chosen.extend(r for r in rows if r in picked)
        return chosen

    @property
    def several_years(self) -> bool:
        """Whether any measure is shown for two or more years."""
        return any(len(r.years) >= 2 for r in self.rows)

    def source_texts(self) -> list[str]:
        """The passages the card quotes, as the number guard reads them."""
        seen = {f.passage.id: f.passage for r in self.rows for f in r.cells.values()}
        return [p.full_text for p in seen.values()]


def requested_topic(text: str) -> str | None:
    """The topic of a message that asks for a card ("/brief 热线", "热线的要点", "brief me on the hotline").

    "" asks for the overview card; None means the message asks for no card.
    """
    for pattern in _TOPIC_ASKS:
        match = pattern.match(text)
        if match:
            return (match.group("topic") or "").strip().rstrip("?？。.!！")
    return None


class Briefing:
    """Makes cards from the index that retrieval holds (the figures of each loaded index are read once)."""

    def __init__(self, retriever: HybridRetriever) -> None:
        self.retriever = retriever
        self._facts: weakref.WeakKeyDictionary[Corpus, _Facts] = weakref.WeakKeyDictionary()

    def card(self, topic: str = "") -> Card:
        """The card on a topic; without one, the overview of key figures per part."""
        started = time.perf_counter()
        corpus = self.retriever.corpus
        facts = self._facts_of(corpus)
        topic = " ".join(topic.split())
        if not topic:
            made = _overview(facts)
        elif len(topic) > MAX_TOPIC_CHARS:
            too_long = f"主题太长，请在{MAX_TOPIC_CHARS}字以内。 Topic too long."
            made = Card(topic[:MAX_TOPIC_CHARS], False, message=too_long)
        elif is_meaningless(topic):
            made = Card(topic, False, message="请给出一个主题，例如 /brief 政务服务。 Please name a topic.")
        else:
            made = self._topic_card(topic, corpus, facts)
        made.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        return made

    def part_card(self, part: str) -> Card:
        """Every figure of one top-level part (the overview's buttons open these)."""
        started = time.perf_counter()
        facts = self._facts_of(self.retriever.corpus)
        chosen = [f for f in facts.all if _part_of(f.passage) == part]
        none = "这一部分没有数字。 No figures in this part."
        made = _card(part, chosen) if chosen else Card(part, False, message=none)
        made.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        return made

    def _facts_of(self, corpus: Corpus) -> _Facts:
        found = self._facts.get(corpus)
        if found is None:
            found = self._facts[corpus] = _Facts(corpus.passages)
        return found

    def _topic_card(self, topic: str, corpus: Corpus, facts: _Facts) -> Card:
        searched = corpus.correct(to_simplified(topic))
        q = analyze(searched, asked=topic)
        asked = scope(q, corpus)
        if asked.uncovered:
            covered = "、".join(str(y) for y in asked.covered)
            missing = "、".join(f"{y}年" for y in asked.uncovered)
            return Card(topic, False, message=f"报告中没有关于“{missing}”的内容。现有报告涵盖的年度：{covered}。")
        if asked.unknown_places:
            places = "、".join(asked.places)
            return Card(topic, False, message=f"报告中没有关于“{'、'.join(asked.unknown_places)}”的内容。"
                        f"现有报告涵盖的地方：{places}。")
        # A number the topic names ("12345") is checked against the passage, not matched as a word.
        terms = corpus.term_groups(tuple(t for t in q.terms if t not in q.numbers), q.english)
        weights = corpus.term_weights(terms)
        where = asked.tries[0] if (q.years or asked.place_named) else None
        chosen = [
            f for f in facts.matching(terms, weights, q) if where is None or where.admits(f.passage)
        ]
        if not chosen:
            return Card(topic, False, message=self._refusal(topic, q, bool(terms)))
        return _card(topic, chosen)

    def _refusal(self, topic: str, q: Question, has_terms: bool) -> str:
        """Refused like a question: the documents give no figure on it; the closest sections named."""
        corpus = self.retriever.corpus
        # Keyword search names the closest sections: no query embedding, so a refusal is as quick as a card.
        hits = corpus.bm25(q.text, 3) if has_terms else []
        closest = "、".join(dict.fromkeys(corpus.by_id[pid].section for pid, _ in hits)) or "无"
        if q.reply_english:
            return f"The documents give no figures on “{topic}”. Closest sections: {closest}."
        return f"报告中没有关于“{topic}”的数字，无法生成要点。最接近的章节：{closest}。"


class _Facts:
    """Every figure of the indexed passages, with the clauses and topic sentences a topic is matched against."""

    def __init__(self, passages: list[Passage]) -> None:
        init_tokenizer()
        self.all: list[Fact] = []
        # per passage: its topic sentence (squashed, or ""), and per sentence its clauses (squashed) with their facts
        self.passages: list[tuple[Passage, str, list[list[tuple[str, list[Fact]]]]]] = []
        for p in sorted(passages, key=lambda p: (p.source, p.position)):
            sentences = split_sentences(p.text)
            lead = sentences[0] if sentences else ""
            topic_line = squash(lead) if len(lead) <= LEAD_CHARS and not _FIGURE.search(lead) else ""
            counts: dict[tuple[str, str], int] = {}
            parsed = []
            for s_index, sentence in enumerate(sentences):
                clauses = []
                previous_label = ""
                before = ""  # the clause before, when it has no figure: it may name what a bare verb counts
                for c_index, clause in enumerate(_CLAUSE.findall(sentence)):
                    found = []
                    for label, figure, unit in _figures(clause, previous_label, before):
                        key = (label, unit)
                        fact = Fact(label, figure, unit, p, s_index, c_index, counts.get(key, 0))
                        counts[key] = counts.get(key, 0) + 1
                        found.append(fact)
                        previous_label = label
                    clauses.append((squash(clause), found))
                    before = "" if found else clause
                parsed.append(clauses)
                self.all.extend(f for _, found in clauses for f in found)
            self.passages.append((p, topic_line, parsed))

    def matching(self, terms: tuple[tuple[str, ...], ...], weights: tuple[float, ...], q: Question) -> list[Fact]:
        """The figures whose clause, or whose passage's topic sentence, names the topic."""
        if not terms:
            return []

        def names(text: str) -> bool:
            return bool(text) and coverage(terms, text, weights) >= MATCH

        out = self._by_sentence(names, q)
        # A section whose heading names the topic ("（二）花湖机场全面起势" for 机场) and none of whose sentences
        # do: its figures are on the topic too. Where its sentences name the topic, those sentences decide.
        named_in = {f.passage.path[:d] for f in out for d in range(1, len(f.passage.path) + 1)}
        for passage, _, sentences in self.passages:
            named = [d for d in range(1, len(passage.path) + 1) if names(squash(passage.path[d - 1]))]
            numbered = all(n in passage.text for n in q.numbers)
            if named and numbered and not any(passage.path[:d] in named_in for d in named):
                out.extend(f for clauses in sentences for _, found in clauses for f in found)
        return out

    def _by_sentence(self, names: Callable[[str], bool], q: Question) -> list[Fact]:
        out: list[Fact] = []
        for passage, topic_line, sentences in self.passages:
            if not all(n in passage.text for n in q.numbers):
                continue  # a number the topic names ("12345") is the passage's, or the figures are another's
            whole = names(topic_line)
            for clauses in sentences:
                if whole:
                    out.extend(f for _, found in clauses for f in found)
                    continue
                if not any(found for _, found in clauses):
                    continue
                if not names("".join(text for text, _ in clauses)):
                    continue
                out.extend(_clause_run(clauses, names))
        return out


def _clause_run(clauses: list[tuple[str, list[Fact]]], names: Callable[[str], bool]) -> list[Fact]:
    """The figures of a sentence that name the topic: those of its naming clauses and of the clauses continuing them.

    A naming clause without a figure ("加强…平台管理,") lends its topic to the next clause; a clause whose label
    is a bare verb or rate ("办结117件", "完成率97.5%") continues the one before. A sentence that names the
    topic only across clauses gives all its figures.
    """
    hits = [names(text) for text, _ in clauses]
    if not any(hits):
        return [f for _, found in clauses for f in found]
    out: list[Fact] = []
    carrying = False
    for hit, (_, found) in zip(hits, clauses, strict=True):
        short = bool(found) and len(found[0].label) <= CONTINUATION_CHARS
        if hit or (carrying and (short or not out)):
            out.extend(found)
            carrying = True
        else:
            carrying = False
    return out


def _figures(clause: str, previous_label: str, before: str = "") -> list[tuple[str, str, str]]:
    """The figures of a clause as (label, figure as printed, unit).

    A figure with no words of its own ("分别达到36.5%和41.2%") takes the label before it; a bare verb opening
    the clause ("增长6%以上") is led by the figure-less clause before it ("地区生产总值跨越五百亿台阶，增长").
    """
    out = []
    start = 0
    for match in _FIGURE.finditer(clause):
        number, unit = match.group(1), match.group(3)
        if unit in _DATE_UNITS or (unit.startswith("年") and _YEAR_NUMBER.fullmatch(number)):
            continue  # a date or a year is part of the label ("由2010年的12.3亿元"), no figure
        rest = clause[match.end() :]
        label = _label(clause[start : match.start()])
        noun = ""
        if (unit in _COUNTERS and not match.group(4)) or not label:
            # Before another figure of the clause only the first word is the noun: the rest labels that figure.
            noun = _noun_after(rest, whole=not _FIGURE.search(rest))
        lead = _label(before)
        if label and lead and start == 0 and len(label) <= CONTINUATION_CHARS and len(lead) + len(label) < LABEL_CHARS:
            label = f"{lead}，{label}"
        label = label or ("" if noun else previous_label)
        out.append((label, match.group(0) + _NOUN_TRAILING.sub("", noun), unit))
        previous_label = label
        start = match.end() + len(noun)
    return out


def _noun_after(text: str, *, whole: bool) -> str:
    """The thing a counted figure counts when the report names it right after the measure word ("个司法所").

    The run of nouns (by jieba's parts of speech) up to the first verb, preposition or conjunction; a verbal
    noun ("专项行动") only when no other figure follows in the clause, whose label it may be ("单位制作37个").
    """
    end = _NOUN_END.search(text)
    text = text[: end.start()] if end else text
    if not text:
        return ""
    import jieba.posseg

    noun = ""
    quotes = 0
    for token in jieba.posseg.lcut(text):
        word, flag = token.word, token.flag
        if word == "”" and not noun:
            break  # the end of a quote the label opened ("“14条”"): the figure stands alone
        if word in "“”\"":
            quotes += 1 if word == "“" else -1 if word == "”" else 0
        elif not (flag.startswith("n") or flag in ("b", "j", "l", "nz") or (flag == "vn" and whole)) and not (
            noun and len(word) == 1 and word not in _GLUE_STOPS  # a suffix glued on: "司法" + "所"
        ):
            break
        if len(noun) + len(word) > _NOUN_CHARS:
            break
        noun += word
    if quotes > 0:
        noun = noun[: noun.rfind("“")]
    return noun


def _label(text: str) -> str:
    """The report's words right before a figure, without opening time/scope words or a closing "为/达到"."""
    text = text.strip()
    if text.startswith("的"):  # the rest of the figure before it ("…75亿元的新材料产业园、投资95亿元")
        text = text.split("、", 1)[1] if "、" in text else text[1:]
    opened = _LEADING.sub("", text)
    text = _TRAILING.sub("", opened)
    if not text and opened:  # a verb alone ("达到52亿元"): the verb is the label
        text = opened.strip("，,、：: ")
    if len(text) <= LABEL_CHARS:
        return text
    import jieba

    words: list[str] = []
    for word in reversed(jieba.lcut(text)):
        if words and len(word) + sum(map(len, words)) > LABEL_CHARS:
            break
        words.insert(0, word)
    return _LEADING.sub("", "".join(words)) or text[-LABEL_CHARS:]


def _part_of(passage: Passage) -> str:
    """The top-level heading a passage stands under, its years taken out (so each year's report has the same part)."""
    return _SECTION_YEAR.sub("", passage.path[0]) if passage.path else ""


def _card(topic: str, facts: list[Fact]) -> Card:
    """A card of these figures: one row per measure, each year's figure in its own cell."""
    rows = _rows(facts)
    sources = sorted(
        {Source(p.year, p.title, p.source, p.place) for r in rows for p in (f.passage for f in r.cells.values())},
        key=lambda s: (s.year or 0, s.title),
    )
    card = Card(topic, True, rows=rows, sources=sources, parts=list(dict.fromkeys(r.part for r in rows)))
    if not unsupported_card_figures("\n".join(row_line(r, card) for r in rows), card.source_texts()):
        return card
    checked = [r for r in rows if not unsupported_card_figures(row_line(r, card), _texts_of(r))]
    if len(checked) < len(rows):
        # A figure the card cannot stand behind is never shown; it would mean a bug here, so say so loudly.
        logger.error("number guard dropped %d row(s) of a briefing card", len(rows) - len(checked))
        card.rows = checked
        card.found = bool(checked)
        card.message = "" if checked else "无法生成要点。 No card could be made."
    return card


def _texts_of(row: Row) -> list[str]:
    return [f.passage.full_text for f in row.cells.values()]


MISSING = "—（该年报告未载）"


def row_line(row: Row, card: Card) -> str:
    """One measure as one line: label, figure (or each year's, and the change), section.

    A year the card covers that the measure lacks is shown as missing, never filled in.
    """
    where = f"{row.place} · {row.where}" if len({s.place for s in card.sources}) > 1 and row.place else row.where
    if len(row.years) < 2:
        figure = next(iter(row.cells.values())).figure
        return f"• {row.label} {figure} — {where}" if row.label else f"• {figure} — {where}"
    cells = [f"{y}年 {row.cells[y].figure}" if y in row.cells else f"{y}年 {MISSING}" for y in row.years]
    change = row.change
    if change:
        cells.append(f"{change} {COMPUTED}")
    head = f"{row.label}：" if row.label else ""
    return f"• {head}{' │ '.join(cells)} — {where}"


def _rows(facts: list[Fact]) -> list[Row]:
    """Figures of several years' reports joined into one row per measure, in the order of the newest report."""
    newest_first = sorted(facts, key=lambda f: (-(f.passage.year or 0), f.passage.source, f.passage.position,
                                                f.sentence, f.clause))
    keyed: dict[tuple[object, ...], dict[int, Fact]] = {}
    loose: dict[tuple[object, ...], list[tuple[object, ...]]] = {}
    for f in newest_first:
        key = _key(f)
        cells = keyed.get(key)
        if cells is None:
            # The same measure in a report with other headings: the same label, once in each report.
            lkey = _loose_key(f)
            candidates = [k for k in loose.get(lkey, []) if f.year not in keyed[k]]
            if len(candidates) == 1 and len(f.label) >= CONTINUATION_CHARS and _unique(f, facts):
                cells = keyed[candidates[0]]
            else:
                cells = keyed[key] = {}
                loose.setdefault(lkey, []).append(key)
        year = f.year if f.year is not None else 0
        cells.setdefault(year, f)
    periods: dict[tuple[Period | None, str], set[int]] = {}
    for f in facts:
        periods.setdefault((f.passage.period, f.passage.place), set()).add(f.year or 0)
    rows = []
    for cells in keyed.values():
        head = cells[max(cells)]
        p = head.passage
        years = tuple(sorted(periods[(p.period, p.place)]))
        rows.append(Row(head.label, head.unit, p.period, p.place, _part_of(p), p.section, cells, years))
    return rows


def _key(f: Fact) -> tuple[object, ...]:
    section = tuple(_SECTION_YEAR.sub("", h) for h in f.passage.path)
    return (f.passage.place, f.passage.period, section, _SECTION_YEAR.sub("", f.label), f.unit, f.occurrence)


def _loose_key(f: Fact) -> tuple[object, ...]:
    return (f.passage.place, f.passage.period, _SECTION_YEAR.sub("", f.label), f.unit)


def _unique(fact: Fact, facts: list[Fact]) -> bool:
    """Whether the fact's label and unit stand once in its report: only then is it paired across reports loosely."""
    key = _loose_key(fact)
    return sum(1 for f in facts if f.passage.source == fact.passage.source and _loose_key(f) == key) == 1


def _overview(facts: _Facts) -> Card:
    """Every figure, marked as the overview: its renderers show `key_rows` and a button per part."""
    if not facts.all:
        return Card("", False, message="还没有文档。 No documents yet.", overview=True)
    card = _card("", facts.all)
    card.overview = True
    return card
