"""Per-conversation memory of recent turns, so follow-up questions keep their topic."""

from __future__ import annotations

import re
import threading
import time
from collections import OrderedDict, deque
from dataclasses import dataclass

from bot.answers.questions import places_in
from bot.language.text import has_cjk

# General signs that a question leans on the previous one (pronouns, "and", "what about", a bare 呢).
_FOLLOW_UP = re.compile(
    r"^(?:那|那么|还有|另外|此外|其中|同时|以及|和|而)|呢[?？。!！]*$|它|他们|其|该|这个|那个|这些|这项|这方面|上述|刚才"
    r"|^(?:and|what about|how about|also|then|so)\b|\b(?:it|its|they|them|their|those|that|these|this one)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Turn:
    """One answered question: what was asked and what it was taken to mean."""

    question: str
    resolved: str
    found: bool


def is_follow_up(question: str) -> bool:
    """Whether a question reads as a continuation of the previous one ("那办结率呢?", "and how many…")."""
    return bool(_FOLLOW_UP.search(question.strip()))


def is_short(question: str) -> bool:
    """Whether a question is too short to be sure it stands alone ("办结率?")."""
    text = question.strip()
    return len(text) <= 8 if has_cjk(text) else len(text.split()) <= 3


# Year words: a follow-up naming a year ("那2023年的呢") replaces the previous question's year, never adds to it.
_YEARS = re.compile(
    r"(?:19|20)\d{2}\s*年?(?:度)?|前年|去年|今年|明年|上一年|下一年|本年度|上年度|(?:last|this|next) year",
    re.IGNORECASE,
)


def _carried(previous: str, question: str) -> str:
    """The previous question's words as a follow-up keeps them: without a year or place the follow-up replaces."""
    if _YEARS.search(question):
        previous = _YEARS.sub("", previous)
    if places_in(question):
        for place in places_in(previous):
            previous = previous.replace(place, "")
    return previous.strip()


def condense(question: str, history: list[Turn]) -> str:
    """A stand-alone question: a follow-up carries the previous question's topic, with its own year or place."""
    if not history or not is_follow_up(question):
        return question
    return f"{_carried(history[-1].resolved, question)} {question}"


def readings(question: str, history: list[Turn]) -> list[str]:
    """The ways to read a question, most likely first: a short question may stand alone or follow on."""
    if not history:
        return [question]
    if is_follow_up(question):
        return [condense(question, history)]
    if is_short(question):
        return [question, f"{_carried(history[-1].resolved, question)} {question}"]
    return [question]


class ConversationMemory:
    """The last few turns of each conversation, forgotten after a period of silence."""

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
            self._data[key] = (time.monotonic(), turns)
            while len(self._data) > self._max:
                self._data.popitem(last=False)

    def reset(self, key: str) -> None:
        """Forget a conversation."""
        with self._lock:
            self._data.pop(key, None)

    def __len__(self) -> int:
        return len(self._data)
