"""LLM answers over retrieved passages (langchain chat model), under prompts kept in `prompts/`."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from collections.abc import Awaitable, Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from bot.answers.conversation import Turn
from bot.answers.draft import Draft
from bot.answers.guard import unsupported_figures
from bot.domain import Passage
from bot.errors import ConfigError

if TYPE_CHECKING:
    # imported with the model, when one is set: a third of a second of every start otherwise
    from langchain_core.language_models.chat_models import BaseChatModel
    from langchain_core.messages import BaseMessage

    from bot.config import Settings

logger = logging.getLogger(__name__)

NOT_FOUND = "NOT_FOUND"
CITATION_MARK = re.compile(r"\[(\d{1,2})\]")
_TRAILING_NUMBER = re.compile(r"[\d.,]+$")


class LLMFailure(Exception):
    """The LLM did not produce a usable answer in time."""


class PromptFile(BaseModel):
    """A prompt template file: a system message and a user message."""

    model_config = ConfigDict(extra="forbid")

    system: str
    user: str


def load_prompt(path: Path) -> PromptFile:
    """Read and validate a prompt template file."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return PromptFile.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise ConfigError(f"prompt file {path}: {str(exc).splitlines()[0]}") from None


class LLMAnswerer:
    """Writes answers with a chat model; every failure becomes LLMFailure within `timeout` seconds."""

    def __init__(self, chat: BaseChatModel, answer_prompt: PromptFile, condense_prompt: PromptFile, timeout: float):
        self._chat = chat
        self._answer = answer_prompt
        self._condense = condense_prompt
        self._timeout = timeout

    async def answer(
        self,
        question: str,
        passages: Sequence[Passage],
        *,
        english: bool,
        on_delta: Callable[[str], Awaitable[None]] | None = None,
    ) -> Draft:
        """Answer from the passages; with `on_delta`, stream the text written so far.

        The draft's passages are the ones the model cited, and its [n] marks are renumbered to their order.
        """
        numbered = "\n\n".join(f"[{i + 1}] ({p.title} · {p.section})\n{p.text}" for i, p in enumerate(passages))
        messages = self._messages(
            self._answer, passages=numbered, question=question, language="English" if english else "Chinese (简体中文)"
        )
        sources = [p.full_text for p in passages]
        text = await self._run(messages, on_delta, sources)
        text = text.strip()
        if not text or text.startswith(NOT_FOUND) or text.endswith(NOT_FOUND):
            return Draft(False, "", [])
        cited = [i for i in sorted({int(n) - 1 for n in CITATION_MARK.findall(text)}) if 0 <= i < len(passages)]
        order = {i + 1: pos + 1 for pos, i in enumerate(cited)}
        text = CITATION_MARK.sub(lambda m: f"[{order.get(int(m.group(1)), m.group(1))}]", text)
        return Draft(True, text, [passages[i] for i in cited])

    def leaks_prompt(self, text: str) -> bool:
        """Whether an answer repeats a line of the instructions (a sign of prompt injection)."""
        folded = " ".join(text.split()).lower()
        lines = [" ".join(line.split()).lower() for line in self._answer.system.splitlines()]
        return any(len(line) >= 30 and line[:60] in folded for line in lines)

    async def condense(self, question: str, history: list[Turn]) -> str | None:
        """A stand-alone version of a follow-up question, or None when the model fails (the caller uses the rules)."""
        lines = "\n".join(_exchange(t) for t in history[-4:])
        messages = self._messages(self._condense, history=lines, question=question)
        try:
            text = (await self._run(messages, None, None)).strip()
        except LLMFailure as exc:
            logger.info("condense failed (%s); reading the follow-up by rule", exc)
            return None
        return text.splitlines()[0][:500] if text else None

    @staticmethod
    def _messages(prompt: PromptFile, **values: str) -> list[BaseMessage]:
        from langchain_core.messages import HumanMessage, SystemMessage

        return [SystemMessage(prompt.system.format(**values)), HumanMessage(prompt.user.format(**values))]

    async def _run(
        self,
        messages: list[BaseMessage],
        on_delta: Callable[[str], Awaitable[None]] | None,
        sources: list[str] | None,
    ) -> str:
        try:
            async with asyncio.timeout(self._timeout):
                if on_delta is None:
                    result = await self._chat.ainvoke(messages)
                    return str(result.content)
                return await self._stream(messages, on_delta, sources or [])
        except TimeoutError:
            raise LLMFailure(f"no answer within {self._timeout:g} s") from None
        except LLMFailure:
            raise
        except (json.JSONDecodeError, ValueError, KeyError, TypeError) as exc:
            raise LLMFailure(f"malformed response ({type(exc).__name__})") from None
        except Exception as exc:  # openai/httpx errors of every kind mean "no LLM answer"
            raise LLMFailure(type(exc).__name__) from None

    async def _stream(
        self, messages: list[BaseMessage], on_delta: Callable[[str], Awaitable[None]], sources: list[str]
    ) -> str:
        text = ""
        shown = ""
        async for chunk in self._chat.astream(messages):
            text += str(chunk.content)
            safe = safe_prefix(text, sources)
            if len(safe) > len(shown) and not NOT_FOUND.startswith(safe.strip()[: len(NOT_FOUND)]):
                shown = safe
                await on_delta(shown)
        return text


def _exchange(turn: Turn) -> str:
    """One earlier turn as the condense prompt shows it: the question as understood, and what came of it."""
    if not turn.found:
        return f"Q: {turn.resolved}\nA: (not in the report)"
    said = turn.answer.answer.replace("\n", " ")[:160] if turn.answer is not None else ""
    return f"Q: {turn.resolved}\nA: {said}"


def strip_citations(text: str) -> str:
    """Text without the [n] citation marks (they are not figures)."""
    return CITATION_MARK.sub("", text)


def safe_prefix(text: str, sources: list[str]) -> str:
    """The longest start of a streamed answer whose figures all stand in the sources.

    Streaming shows text before the whole answer is checked; a figure the sources do not print must
    never reach the user, so the stream stops just before it (and before a number still being written).
    """
    candidate = _TRAILING_NUMBER.sub("", text)
    if not unsupported_figures(strip_citations(candidate), sources):
        return candidate
    low, high = 0, len(candidate)
    while low < high:
        mid = (low + high + 1) // 2
        if unsupported_figures(strip_citations(_TRAILING_NUMBER.sub("", candidate[:mid])), sources):
            high = mid - 1
        else:
            low = mid
    return _TRAILING_NUMBER.sub("", candidate[:low])


def build_llm(settings: Settings, prompts_dir: Path) -> LLMAnswerer | None:
    """The LLM answerer the settings ask for, or None for extractive answers only."""
    if not settings.llm_enabled:
        return None
    from langchain_openai import ChatOpenAI

    chat = ChatOpenAI(
        model=settings.llm_model or "",
        base_url=settings.llm_base_url,
        api_key=settings.llm_api_key or "unused",  # type: ignore[arg-type]
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout,
        max_retries=0,  # retries would triple the wait; the extractive answer is the fallback instead
    )
    return LLMAnswerer(
        chat,
        load_prompt(prompts_dir / "answer.yaml"),
        load_prompt(prompts_dir / "condense.yaml"),
        settings.llm_timeout,
    )
