"""The one draft type of answering: what an answerer chose to say, before framing and the number guard."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.domain import Passage


@dataclass
class Draft:
    """An answer before the number guard and framing: quoted sentences (or an LLM's text) and their passages."""

    found: bool
    quote: str
    passages: list[Passage]
    section: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    listing: bool = False
    also: list[tuple[Passage, str]] = field(default_factory=list)  # a close runner-up, quoted too
    years_only: bool = False  # refused because the year asked about is not covered
    places_only: bool = False  # refused because the place asked about is not covered
    span_only: bool = False  # refused because the passage gives a total over several years, not the year asked
    unanswered: tuple[str, ...] = ()  # the parts of a question asking several figures that no passage gives
