"""The domain types every layer speaks: passages of documents, the units embedded for them, answers.

It imports nothing of the bot but `bot.language` (sentence splitting), so parsing, search, answering
and the front ends can all use it without importing one another.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, Field, SkipValidation

from bot.language.text import split_sentences

PREAMBLE = "引言"

Mode = Literal["extractive", "llm", "extractive-fallback", "refusal"]
Period = Literal["result", "target"]


def section_label(path: tuple[str, ...]) -> str:
    """A heading path as shown in citations, `A > B` (the preamble when there is no heading)."""
    return " > ".join(path) if path else PREAMBLE


@dataclass(frozen=True)
class Passage:
    """A paragraph-sized piece of a document, with where it sits and what it is about.

    `year` is the document's year (from its title or header); `about` the years the passage itself speaks
    of (a work report dated 2024 reviews 2023 and plans 2024), `period` whether it reports results or sets
    targets, where the text says so, and `place` the place the document is about.
    """

    id: str
    source: str
    title: str
    year: int | None
    path: tuple[str, ...]
    position: int
    text: str
    about: tuple[int, ...] = ()
    period: Period | None = None
    place: str = ""

    @property
    def section(self) -> str:
        """Heading path as text, `A > B`."""
        return section_label(self.path)

    @property
    def full_text(self) -> str:
        """Title, heading path and text: what a question's words and an answer's figures are checked against."""
        return " ".join((self.title, *self.path, self.text))

    @property
    def embedding_text(self) -> str:
        """What the dense index sees: the heading path for context, then the text."""
        return f"{' > '.join(self.path)}\n{self.text}" if self.path else self.text

    @property
    def years(self) -> tuple[int, ...]:
        """The years a question may find this passage under: those it speaks of, else its document's."""
        return self.about or ((self.year,) if self.year is not None else ())

    def record(self) -> dict[str, Any]:
        """The passage's fields as flat values (the vector store's metadata, the snapshot's rows).

        Each year the passage is about is also a flag (`y2023: True`), so a store can filter on it.
        """
        return {
            "source": self.source,
            "title": self.title,
            "year": self.year if self.year is not None else -1,
            "path": json.dumps(list(self.path), ensure_ascii=False),
            "position": self.position,
            "about": json.dumps(list(self.about)),
            "period": self.period or "",
            "place": self.place,
            **{year_flag(y): True for y in self.years},
        }

    @classmethod
    def from_record(cls, pid: str, text: str, record: dict[str, Any]) -> Passage:
        """The passage that `record()` described."""
        year = int(record.get("year", -1))
        return cls(
            id=pid,
            source=str(record["source"]),
            title=str(record["title"]),
            year=None if year < 0 else year,
            path=tuple(json.loads(str(record["path"]))),
            position=int(record["position"]),
            text=text,
            about=tuple(json.loads(str(record.get("about") or "[]"))),
            period=record.get("period") or None,
            place=str(record.get("place") or ""),
        )


@dataclass(frozen=True)
class Where:
    """Which passages a search may return: about these years, from documents of these years, of these places.

    None means any; a question's years, the newest report, or a place named narrow it, and a question about
    last year leaves out the passages that set targets.
    """

    years: frozenset[int] | None = None
    documents: frozenset[int] | None = None
    places: frozenset[str] | None = None
    not_period: Period | None = None  # "target": no passage that sets targets ("去年…" asks what was done)

    def admits(self, passage: Passage) -> bool:
        """Whether the passage may answer."""
        return (
            (self.years is None or bool(self.years.intersection(passage.years)))
            and (self.documents is None or passage.year in self.documents)
            and (self.places is None or passage.place in self.places)
            and (self.not_period is None or passage.period != self.not_period)
        )


ANYWHERE = Where()


def year_flag(year: int) -> str:
    """The metadata key that marks a passage as being about `year`."""
    return f"y{year}"


@dataclass(frozen=True)
class Document:
    """A parsed source file."""

    source: str
    title: str
    year: int | None
    metadata: dict[str, str]
    digest: str
    passages: list[Passage] = field(default_factory=list)

    @property
    def headings(self) -> list[tuple[str, ...]]:
        """Distinct heading paths in document order."""
        seen: dict[tuple[str, ...], None] = {}
        for p in self.passages:
            for depth in range(1, len(p.path) + 1):
                seen.setdefault(p.path[:depth], None)
        return list(seen)


@dataclass(frozen=True)
class Unit:
    """A sentence or heading of a passage, embedded on its own for answer selection."""

    id: str
    passage_id: str
    index: int
    text: str
    embed_text: str
    kind: str = "sentence"


def sentences_of(passage: Passage) -> list[Unit]:
    """The sentences of a passage, each with an id derived from its passage and text.

    A sentence is embedded after the passage's first sentence, which usually names the topic
    ("优化…热线平台运行。") that later sentences leave implicit.
    """
    out = []
    texts = split_sentences(passage.text)
    lead = texts[0] if texts else ""
    for index, text in enumerate(texts):
        sid = hashlib.sha256(f"{passage.id}\x1f{index}\x1f{text}".encode()).hexdigest()[:32]
        context = text if index == 0 else f"{lead}{text}"
        out.append(Unit(id=sid, passage_id=passage.id, index=index, text=text, embed_text=context))
    return out


def headings_of(passage: Passage) -> list[Unit]:
    """One unit per heading on the passage's path, so questions about a section can find it."""
    out = []
    for depth in range(1, len(passage.path) + 1):
        key = "\x1f".join((passage.source, *passage.path[:depth]))
        hid = "h" + hashlib.sha256(key.encode()).hexdigest()[:31]
        heading = passage.path[depth - 1]
        out.append(Unit(hid, passage.id, depth - 1, heading, heading, kind="heading"))
    return out


def units_of(passage: Passage) -> list[Unit]:
    """Sentences and headings of a passage: what the sentence collection holds."""
    return headings_of(passage) + sentences_of(passage)


class Citation(BaseModel):
    """Where an answer comes from: the document, section and quote, and the year and place it is about."""

    document: str
    section: str
    quote: str
    year: int | None = None
    source: str = ""
    period: Period | None = None
    place: str = ""


class Answer(BaseModel):
    """The answer to one question, as `--json` prints it, with the passages behind it for the front ends."""

    question: str
    answer: str
    found: bool
    citations: list[Citation] = Field(default_factory=list)
    mode: Mode = "extractive"
    latency_ms: float = 0.0
    degraded: bool = False
    note: str | None = None
    understood_as: str | None = None  # a follow-up as it was understood through the turns before it
    english: bool = Field(default=False, exclude=True)  # the language the answer is framed in
    points: list[str] = Field(default_factory=list, exclude=True)  # the points a list answer gave, in order
    passages: SkipValidation[list[Passage]] = Field(default_factory=list, exclude=True)
    timings: dict[str, float] = Field(default_factory=dict, exclude=True)
