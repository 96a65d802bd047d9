"""The answering service: retrieval, extractive or LLM answer, number guard, conversation memory."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.answering import Answer, Citation, Draft, ExtractiveAnswerer, Mode, frame, section_label
from bot.conversation import ConversationMemory, Turn, readings
from bot.documents import Passage
from bot.figures import unsupported_figures
from bot.lexicon import to_simplified
from bot.llm import CITATION_MARK, LLMAnswerer, LLMFailure, strip_citations
from bot.questions import Scope, analyze, scope
from bot.retrieval import HybridRetriever, Retrieval
from bot.textutil import is_english, is_meaningless

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
Delta = Callable[[str], Awaitable[None]]


@dataclass
class Outcome:
    """An answer with the passages behind it, for the sources view and statistics."""

    answer: Answer
    passages: list[Passage] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)


class AnswerService:
    """Answers questions about the indexed documents; every figure checked against its sources."""

    def __init__(
        self,
        retriever: HybridRetriever,
        answerer: ExtractiveAnswerer,
        memory: ConversationMemory,
        llm: LLMAnswerer | None = None,
        top_k: int = 6,
    ) -> None:
        self.retriever = retriever
        self.answerer = answerer
        self.memory = memory
        self.llm = llm
        self.top_k = top_k

    def ask(self, question: str, conversation: str | None = None) -> Outcome:
        """Answer with the extractive answerer (no LLM); synchronous, for the CLI and benchmarks."""
        started = time.perf_counter()
        rejected = self._reject(question, started)
        if rejected:
            return rejected
        question = question.strip()
        history = self.memory.history(conversation) if conversation else []
        searched = to_simplified(question)
        first: tuple[str, Outcome] | None = None
        for resolved in readings(searched, history):
            asked = scope(resolved, self.retriever.corpus.years)
            retrieval = self.retriever.retrieve(resolved, self.top_k, asked.years)
            outcome = self._extractive(question, resolved, retrieval, asked)
            first = first or (resolved, outcome)
            if outcome.answer.found:
                return self._finish(outcome, conversation, question, resolved, started)
        assert first is not None
        return self._finish(first[1], conversation, question, first[0], started)

    async def aask(self, question: str, conversation: str | None = None, on_delta: Delta | None = None) -> Outcome:
        """Answer, with the LLM when one is configured (streaming through `on_delta`), else extractively."""
        started = time.perf_counter()
        rejected = self._reject(question, started)
        if rejected:
            return rejected
        question = question.strip()
        if self.llm is None:
            return await asyncio.to_thread(self.ask, question, conversation)
        history = self.memory.history(conversation) if conversation else []
        searched = to_simplified(question)
        resolved = await self.llm.condense(searched, history) if history else searched
        asked = scope(resolved, self.retriever.corpus.years)
        retrieval = await asyncio.to_thread(self.retriever.retrieve, resolved, self.top_k, asked.years)
        fallback = self._extractive(question, resolved, retrieval, asked)
        outcome = await self._llm_answer(question, retrieval, fallback, on_delta)
        return self._finish(outcome, conversation, question, resolved, started)

    def _reject(self, question: str, started: float) -> Outcome | None:
        text = question.strip() if isinstance(question, str) else ""
        if is_meaningless(text):
            reply = "请输入一个关于报告的问题。 Please ask a question about the report."
        elif len(text) > MAX_QUESTION_CHARS:
            reply = (
                f"问题太长（{len(text)}字），请在{MAX_QUESTION_CHARS}字以内提问。 "
                f"Please keep questions under {MAX_QUESTION_CHARS} characters."
            )
        else:
            return None
        answer = Answer(question=text[:MAX_QUESTION_CHARS], answer=reply, found=False, mode="refusal")
        answer.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        return Outcome(answer)

    def _extractive(self, question: str, resolved: str, retrieval: Retrieval, asked: Scope) -> Outcome:
        """The extractive answer, checked by the number guard; `asked` is the question's years."""
        t0 = time.perf_counter()
        draft = self.answerer.draft(resolved, retrieval, self.retriever.corpus, asked.uncovered)
        q = analyze(question)
        text = frame(q, draft, asked.covered)
        t1 = time.perf_counter()
        citations = _citations(draft)
        # A refusal may repeat the question's own words ("2021年"); an answer only its sources' figures.
        years = " ".join([*(str(y) for y in asked.covered), *(f"{y}年" for y in asked.uncovered)])
        echo = [] if draft.found else [question, resolved, years]
        bad = unsupported_figures(text, [*_source_texts(_cited_passages(draft)), *echo])
        if bad:
            # Never send a figure its source does not print; this means a framing bug, so say so loudly.
            logger.error("number guard rejected an extractive answer: %s", [f.text for f in bad])
            draft = Draft(False, "", draft.passages)
            text = frame(q, draft, asked.covered)
            citations = _citations(draft)
        timings = dict(retrieval.timings)
        timings["answer"] = t1 - t0
        timings["guard"] = time.perf_counter() - t1
        mode: Mode = "extractive" if draft.found else "refusal"
        answer = Answer(
            question=question,
            answer=text,
            found=draft.found,
            citations=citations,
            mode=mode,
            degraded=retrieval.degraded,
        )
        return Outcome(answer, draft.passages, timings)

    async def _llm_answer(
        self, question: str, retrieval: Retrieval, fallback: Outcome, on_delta: Delta | None
    ) -> Outcome:
        assert self.llm is not None
        passages = [h.passage for h in retrieval.hits]
        try:
            reply = await self.llm.answer(retrieval.question, passages, english=is_english(question), on_delta=on_delta)
        except LLMFailure as exc:
            logger.warning("LLM answer failed (%s); giving the extractive answer", exc)
            return _as_fallback(fallback, f"LLM unavailable: {exc}")
        if not reply.found:
            # The model says the passages do not answer; trust the refusal over a guess.
            if fallback.answer.found:
                return _as_fallback(fallback, "LLM found no answer; extractive answer given")
            return fallback
        cited = [passages[i] for i in reply.cited if 0 <= i < len(passages)]
        if not cited:
            # An answer that cites no passage is not grounded (or was talked out of its rules).
            return _as_fallback(fallback, "LLM answer cited no passage")
        if self.llm.leaks_prompt(reply.text):
            logger.warning("LLM answer repeated its instructions; giving the extractive answer")
            return _as_fallback(fallback, "LLM answer repeated its instructions")
        bad = unsupported_figures(strip_citations(reply.text), _source_texts(cited))
        if bad:
            logger.warning("number guard rejected an LLM answer: %s", [f.text for f in bad])
            return _as_fallback(fallback, "LLM answer had figures not in its sources")
        citations = [
            Citation(
                document=p.title, section=p.section, quote=_first_sentence_quote(p), year=p.year, source=p.source
            )
            for p in cited
        ]
        # Renumber the model's [n] (prompt order) to the order of the citations the user sees.
        order = {i + 1: pos + 1 for pos, i in enumerate(i for i in reply.cited if 0 <= i < len(passages))}
        text = CITATION_MARK.sub(lambda m: f"[{order.get(int(m.group(1)), m.group(1))}]", reply.text)
        answer = Answer(
            question=question, answer=text, found=True, citations=citations, mode="llm", degraded=retrieval.degraded
        )
        return Outcome(answer, cited, fallback.timings)

    def _finish(
        self, outcome: Outcome, conversation: str | None, question: str, resolved: str, started: float
    ) -> Outcome:
        outcome.answer.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        if conversation:
            self.memory.add(conversation, Turn(question, resolved, outcome.answer.found))
        return outcome

    def reset(self, conversation: str) -> None:
        """Forget a conversation's earlier turns."""
        self.memory.reset(conversation)


def _as_fallback(outcome: Outcome, note: str) -> Outcome:
    answer = outcome.answer.model_copy(update={"note": note})
    if answer.found:
        answer.mode = "extractive-fallback"
    return Outcome(answer, outcome.passages, outcome.timings)


def _citations(draft: Draft) -> list[Citation]:
    if draft.found:
        head = draft.passages[0]
        section = section_label(draft.section)
        main = Citation(document=head.title, section=section, quote=draft.quote, year=head.year, source=head.source)
        also = [
            Citation(document=p.title, section=p.section, quote=quote, year=p.year, source=p.source)
            for p, quote in draft.also
        ]
        return [main, *also]
    seen: set[str] = set()
    out = []
    for p in draft.passages[:3]:
        if p.section not in seen:
            seen.add(p.section)
            out.append(Citation(document=p.title, section=p.section, quote="", year=p.year, source=p.source))
    return out


def _cited_passages(draft: Draft) -> list[Passage]:
    if not draft.found:
        return draft.passages
    return draft.passages if draft.listing else [draft.passages[0], *(p for p, _ in draft.also)]


def _source_texts(passages: list[Passage]) -> list[str]:
    return [p.full_text for p in passages]


def _first_sentence_quote(p: Passage) -> str:
    return p.text if len(p.text) <= 200 else p.text[:200] + "…"
