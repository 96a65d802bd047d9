"""Per-conversation memory of recent turns, and how a follow-up is read through them.

A follow-up replaces what it names (a year, a place, a measure, the answer's language) and keeps the rest of
the previous question; a reference ("第二条", "展开说说", "出处是哪里") points at what the bot just said,
so each turn keeps its Answer (the quoted sentence, the listed points, the passages behind them).
"""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass
from typing import Literal

from bot.answers.questions import MEASURE_WORDS, places_in
from bot.domain import Answer
from bot.language.text import has_cjk

# General signs that a question leans on the previous one (pronouns, "and", "what about", a bare 呢).
_FOLLOW_UP = re.compile(
    r"^(?:那|那么|还有|另外|此外|其中|同时|以及|和|而)|呢[?？。!！]*$|它|他们|其|该|这个|那个|这些|这项|这方面|上述|刚才"
    r"|^(?:and|what about|how about|also|then|so)\b",
    re.IGNORECASE,
)
# An English pronoun points back only in a short question ("What was its growth rate?"); a longer one names its
# own subject, which the pronoun refers to ("What does the county say it wants for its staff next year?").
_EN_POINTER = re.compile(r"\b(?:it|its|they|them|their|those|that|these|this one)\b", re.IGNORECASE)
_POINTER_WORDS = 8


@dataclass(frozen=True)
class Turn:
    """One answered question: what was asked, what it was taken to mean, and what the bot said.

    `resolved` is the stand-alone question; for a refusal, without the year or place nobody covers, so
    the next follow-up keeps the subject but not what caused the refusal.
    """

    question: str
    resolved: str
    found: bool
    answer: Answer | None = None
    english: bool = False  # the language the answer was given in
    reference: Reference | None = None  # what this turn asked of an earlier answer ("第二条")
    about: Answer | None = None  # that earlier answer


@dataclass(frozen=True)
class Reference:
    """A question about the previous answer: one of its points, more of it, or where it comes from."""

    kind: Literal["point", "detail", "source"]
    point: int = 0  # 1-based for a point; -1 the last one (a point is always given in full)


@dataclass(frozen=True)
class Reading:
    """One way to read a question: the stand-alone text to answer and what to show that it was understood as."""

    text: str
    understood: str | None = None  # None: read as it was typed
    english: bool | None = None  # a language asked for ("英文怎么说"); None: the language typed in
    reference: Reference | None = None
    about: Answer | None = None  # the answer the reference is about


def is_follow_up(question: str) -> bool:
    """Whether a question reads as a continuation of the previous one ("那办结率呢?", "and how many…")."""
    text = question.strip()
    return bool(_FOLLOW_UP.search(text) or (_EN_POINTER.search(text) and len(text.split()) <= _POINTER_WORDS))


def is_short(question: str) -> bool:
    """Whether a question is too short to be sure it stands alone ("办结率?")."""
    text = question.strip()
    return len(text) <= 8 if has_cjk(text) else len(text.split()) <= 3


# Year words: a follow-up naming a year ("那2023年的呢") replaces the previous question's year, never adds to it.
YEAR_WORDS = re.compile(
    r"(?:19|20)\d{2}\s*年?(?:度)?|前年|去年|今年|明年|上一年|下一年|本年度|上年度|(?:last|this|next) year",
    re.IGNORECASE,
)

# --- references to the previous answer -----------------------------------------------------------------------

_ZH_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "last": -1, "final": -1,
}
_ZH_POINT = re.compile(
    r"第\s*([一二两三四五六七八九十]|\d{1,2})\s*(?:条|点|项|个|部分|方面)|(最后一?|末)\s*(?:条|点|项|个|部分)"
)
_EN_POINT = re.compile(
    rf"\b(?:the\s+)?({'|'.join(_EN_ORDINALS)}|\d{{1,2}}(?:st|nd|rd|th))\s+(?:one|point|item|part|bullet)s?\b"
    r"|\b(?:point|item|number|no\.)\s*(\d{1,2})\b",
    re.IGNORECASE,
)
_ZH_DETAIL = re.compile(
    r"展开|详细|详情|细说|多说|再说说|具体(?:说|讲|谈|点|些|内容|情况|要做什么|做了什么|怎么做|是什么)?"
)
_EN_DETAIL = re.compile(
    r"\bmore (?:detail|details|about (?:it|this|that))\b|\bin (?:more )?detail\b|\btell me more\b|\belaborate\b"
    r"|\bexpand\b|\bdetails?\b|\bmore on\b",
    re.IGNORECASE,
)
_ZH_SOURCE = re.compile(r"出处|原文|来源|出自|哪(?:一)?(?:节|部分|章|段|里说|里写|里提)|在哪(?:里)?(?:说|写|提)")
_EN_SOURCE = re.compile(
    r"\bsources?\b|\bwhere (?:is|does|did) (?:this|that|it) (?:come )?from\b|\boriginal(?: text)?\b"
    r"|\bwhich (?:section|part|chapter)\b|\bwhere (?:is|was) (?:this|that|it) (?:said|written|stated)\b",
    re.IGNORECASE,
)
# What is left of a request about the previous answer once its own words are gone: question words and fillers.
_ZH_REQUEST_FILLER = re.compile(
    r"[那么呢吗吧啊呀的了是请再给我说讲一下下看看要做什么具体内容情况哪里儿这个那个条点它其中呃嗯和与就还能可以，,。？?！!：:\s]"
)
_EN_REQUEST_FILLER = re.compile(
    r"\b(?:please|can|could|you|give|me|tell|show|the|a|an|this|that|it|is|was|on|about|of|from|what|where|which"
    r"|come|comes|does|did|do|say|says|said|and|so|then|more|one|point|some|with|to|i|want|need)\b|[^\w]",
    re.IGNORECASE,
)


def refers_back(question: str) -> Reference | None:
    """Whether a question asks about the previous answer: a listed point, more of it, or its source."""
    text = question.strip()
    point = _point(text)
    if point and _only_request(_EN_POINT.sub(" ", _ZH_POINT.sub(" ", text)), slack=4):
        return Reference("point", point)  # "第二条具体要做什么", not "全国第六个…的城市"
    if not _only_request(text):
        return None
    if _ZH_SOURCE.search(text) or _EN_SOURCE.search(text):
        return Reference("source")
    if _ZH_DETAIL.search(text) or _EN_DETAIL.search(text):
        return Reference("detail")
    return None


def _point(text: str) -> int:
    zh = _ZH_POINT.search(text)
    if zh:
        if zh.group(2) is not None:
            return -1
        number = zh.group(1)
        return int(number) if number.isdigit() else _ZH_DIGITS[number]
    en = _EN_POINT.search(text)
    if en:
        word = (en.group(1) or en.group(2) or "").lower()
        if word in _EN_ORDINALS:
            return _EN_ORDINALS[word]
        digits = re.match(r"\d+", word)
        return int(digits.group(0)) if digits else 0
    return 0


def _only_request(text: str, slack: int = 1) -> bool:
    """Whether a question is nothing but a request about the previous answer ("展开说说", not "热线展开说说").

    `slack` is how many other characters may stand in it ("第二条措施" names what the points are).
    """
    rest = text
    for pattern in (_ZH_DETAIL, _EN_DETAIL, _ZH_SOURCE, _EN_SOURCE):
        rest = pattern.sub(" ", rest)
    if has_cjk(text):
        return len(_ZH_REQUEST_FILLER.sub("", rest)) <= slack
    return len(_EN_REQUEST_FILLER.sub(" ", rest).split()) <= slack - 1


# --- the answer's language --------------------------------------------------------------------------------

_TO_ENGLISH = re.compile(r"英文|英语|翻译成英|\bin english\b", re.IGNORECASE)
_TO_CHINESE = re.compile(r"中文|汉语|普通话|\bin chinese\b", re.IGNORECASE)
_LANGUAGE_FILLER = re.compile(
    r"[那么呢吗吧啊的了是用请再给我说讲一下版怎么样回答翻译成，,。？?！!\s]|英文|英语|中文|汉语|普通话"
    r"|\b(?:in|english|chinese|please|say|it|that|this|answer|again|and|what|about|how|do|you|the)\b",
    re.IGNORECASE,
)


def language_asked(question: str) -> bool | None:
    """A request for the previous answer in another language: True English, False Chinese, None neither."""
    text = question.strip()
    if _LANGUAGE_FILLER.sub("", text):
        return None
    if _TO_ENGLISH.search(text):
        return True
    if _TO_CHINESE.search(text):
        return False
    return None


# --- a follow-up's own words --------------------------------------------------------------------------------

_LEAD = re.compile(
    r"^(?:那么|那|还有|另外|此外|同时|以及|而|and|so|then|what about|how about|also)[\s,，]*", re.IGNORECASE
)
_TAIL = re.compile(r"(?:的)?(?:情况)?(?:呢|吗|啊|呀|吧)?[?？。.!！\s]*$")
_ZH_ASK = re.compile(
    r"(?:是|有|为|达|达到|在|了|约|大约|大概|一共|总共|共|各|分别|都)*(?:多少|百分之几|第几|(?<!哪)几)"
    rf"(?:[{''.join(sorted(MEASURE_WORDS))}]{{1,2}})?"
)


_ZH_QUESTION = re.compile(r"哪|什么|怎|如何|吗|是否|有没有|为何|为什么")


def _core(question: str) -> str:
    """A follow-up without its lead-in and trailing particle: "那2023年的呢" -> "2023年"."""
    return _TAIL.sub("", _LEAD.sub("", question.strip())).strip()


def _replace_slots(previous: str, core: str) -> tuple[str, str]:
    """The previous question with the follow-up's years and places put in place of its own, and what is left."""
    years = [m.group(0) for m in YEAR_WORDS.finditer(core)]
    rest = YEAR_WORDS.sub(" ", core)
    if years:
        year = years[0].strip()
        if has_cjk(previous) and re.fullmatch(r"(?:19|20)\d{2}", year):
            year += "年"
        old = YEAR_WORDS.search(previous)
        if old:
            previous = previous[: old.start()] + year + YEAR_WORDS.sub("", previous[old.end() :])
        else:
            previous = f"{year}{previous}" if has_cjk(previous) else f"{previous.rstrip('?？ ')} in {year}?"
    places = places_in(core)
    if places:
        for place in places:
            rest = rest.replace(place, " ")
        named = places_in(previous)
        if named:
            previous = previous.replace(named[0], places[0], 1)
            for place in named[1:]:
                previous = previous.replace(place, "")
        else:
            previous = f"{places[0]}{previous}"
    rest = re.sub(r"^[\s的]+|[\s的]+$", "", rest)
    return previous.strip(), rest


def _joined(previous: str, rest: str) -> tuple[str, str]:
    """A follow-up's own words joined to the previous question: the text to answer and the line to show."""
    if not rest:
        return previous, previous
    if not has_cjk(previous) or not has_cjk(rest):
        return f"{previous} {rest}", f"{previous} — {rest}"
    if _ZH_ASK.search(previous):
        # A new measure for the same subject: "热线受理了多少件" + "办结率" -> "热线受理 办结率是多少".
        subject = _ZH_ASK.sub("", previous).strip(" ，,？?")
        asked = rest if _ZH_ASK.search(rest) or _ZH_QUESTION.search(rest) else f"{rest}是多少"
        return f"{subject} {asked}", f"{subject}，{asked}"
    return f"{previous} {rest}", f"{previous}，{rest}"


def readings(question: str, history: list[Turn]) -> list[Reading]:
    """The ways to read a question, most likely first: a short question may stand alone or follow on."""
    if not history:
        return [Reading(question)]
    previous = history[-1]
    reference = refers_back(question)
    if reference is not None and previous.answer is not None:
        about = _listed(history) if reference.kind == "point" else previous.answer
        return [Reading(previous.resolved, None, None, reference, about), *_plain(question, previous)]
    english = language_asked(question)
    if english is None:
        return _plain(question, previous)
    shown = previous.answer.understood_as if previous.answer and previous.answer.understood_as else previous.resolved
    again = Reading(previous.resolved, shown, english)
    if previous.reference is not None:
        # The previous turn was about the answer before it ("第二条"): the same again, in the other language.
        return [Reading(previous.resolved, None, english, previous.reference, previous.about), again]
    return [again]


def _listed(history: list[Turn]) -> Answer | None:
    """The answer a point is picked from: the last, or the list the turns since have been asking about."""
    for turn in reversed(history):
        if turn.answer is not None and (turn.answer.points or turn.reference is None):
            return turn.answer
    return history[-1].answer


def _plain(question: str, previous: Turn) -> list[Reading]:
    if is_follow_up(question):
        return [_follow(question, previous)]
    if is_short(question):
        return [Reading(question), _follow(question, previous)]
    return [Reading(question)]


def _follow(question: str, previous: Turn) -> Reading:
    text, rest = _replace_slots(previous.resolved, _core(question))
    text, understood = _joined(text, rest)
    return Reading(text, understood)


def without(resolved: str, words: list[str]) -> str:
    """A refused question without the years or places that caused the refusal: its subject carries on."""
    for word in words:
        resolved = resolved.replace(word, " ")
    resolved = re.sub(r"\s+([?？])", r"\1", re.sub(r"\s+", " ", resolved))
    return resolved.strip() or resolved


def understood_line(answer: Answer) -> str:
    """The one line that says how a follow-up was understood, in the answer's language ("" when it stood alone)."""
    if not answer.understood_as:
        return ""
    if answer.english:
        return f"(Understood as: {answer.understood_as})"
    return f"（理解为：{answer.understood_as}）"


class ConversationMemory:
    """The last few turns of each conversation, forgotten after a period of silence or when too many are kept."""

    def __init__(self, turns: int = 4, ttl_seconds: float = 1800, max_conversations: int = 10_000) -> None:
        self._turns = turns
        self._ttl = ttl_seconds
        self._max = max_conversations
        self._data: OrderedDict[str, tuple[float, deque[Turn]]] = OrderedDict()
        self._lock = threading.Lock()

    def history(self, key: str) -> list[Turn]:
        """Recent turns of a conversation, oldest first."""
        with self._lock:
            entry = self._data.get(key)
            if entry is None:
                return []
            stamp, turns = entry
            if time.monotonic() - stamp > self._ttl:
                del self._data[key]
                return []
            return list(turns)

    def add(self, key: str, turn: Turn) -> None:
        """Remember a turn."""
        if self._turns == 0:
            return
        with self._lock:
            _, turns = self._data.pop(key, (0.0, deque(maxlen=self._turns)))
            turns.append(turn)
            self._store(key, turns)

    def copy(self, source: str, target: str) -> None:
        """Let `target` continue from where `source` is now (a reply to one of the bot's answers)."""
        turns = self.history(source)
        if not turns or self._turns == 0:
            return
        with self._lock:
            self._data.pop(target, None)
            self._store(target, deque(turns, maxlen=self._turns))

    def _store(self, key: str, turns: deque[Turn]) -> None:
        self._data[key] = (time.monotonic(), turns)
        while len(self._data) > self._max:
            self._data.popitem(last=False)

    def reset(self, key: str) -> None:
        """Forget a conversation."""
        with self._lock:
            self._data.pop(key, None)

    def __len__(self) -> int:
        return len(self._data)
