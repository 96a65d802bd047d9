"""The answering service: one path from a question to a checked Answer, for every front end."""

from __future__ import annotations

import asyncio
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator

from bot.answers.compound import MARKS, joined, several_questions
from bot.answers.conversation import ConversationMemory, Reading, Turn, readings, without
from bot.answers.draft import Draft
from bot.answers.extractive import ExtractiveAnswerer, frame, place_note
from bot.answers.guard import unsupported_figures
from bot.answers.llm import LLMAnswerer, LLMFailure, strip_citations
from bot.answers.questions import Question, Scope, analyze, in_english, scope, searchable
from bot.domain import Answer, Citation, Mode, Passage, section_label
from bot.language.lexicon import to_simplified
from bot.language.text import full_years, is_meaningless
from bot.search.retrieval import HybridRetriever, Retrieval

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 500
Delta = Callable[[str], Awaitable[None]]


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

    def ask(self, question: str, conversation: str | None = None) -> Answer:
        """Answer with the extractive answerer (no LLM); synchronous, for the CLI and benchmarks."""
        started = time.perf_counter()
        rejected = self._reject(question, started)
        if rejected:
            return rejected
        question = question.strip()
        asked_each = several_questions(to_simplified(question))
        if asked_each:
            private = self._aside(conversation)
            answers = [self.ask(piece, private) for piece in asked_each]
            self.memory.reset(private)
            if any(a.found for a in answers):
                return self._finish(joined(question, answers), conversation, question, Reading(question), started)
        history = self.memory.history(conversation) if conversation else []
        first: tuple[Reading, Answer, Scope] | None = None
        for searched in self._spellings(question):
            options = readings(searched, history)
            # A short figure question that may stand alone or follow on ("办结了多少"): both are answered, and the
            # one that stays with the previous answer's passage wins. A list or open question ("明年有哪些安排")
            # names its own topic and stands alone first.
            both = len(options) == 2 and options[0].understood is None and options[1].understood is not None
            found: list[tuple[Reading, Answer]] = []
            for reading in options:
                if reading.reference is not None:
                    recalled = self._recall(question, reading)
                    if recalled is not None:
                        # A reference that cannot be resolved leaves the conversation as it was ("第九条" of four).
                        kept = conversation if recalled.found else None
                        return self._finish(recalled, kept, question, reading, started)
                    continue
                q = analyze(reading.text, asked=question, reply_english=reading.english)
                both = both and (reading is not options[0] or q.figure)
                asked = scope(q, self.retriever.corpus)
                answer = self._each_place(question, q, asked) if self._several_places(asked) else None
                answer = answer or self._tries(question, q, asked)
                answer.understood_as = reading.understood
                first = first or (reading, answer, asked)
                if answer.found:
                    found.append((reading, answer))
                    if not both:
                        break
            if found:
                reading, answer = _staying(found, history[-1].answer if history else None)
                return self._finish(answer, conversation, question, reading, started)
        assert first is not None
        reading, answer, asked = first
        return self._finish(answer, conversation, question, reading, started, _refused_for(asked))

    def _aside(self, conversation: str | None) -> str:
        """A conversation of its own for the questions of one message, starting from `conversation`'s turns."""
        private = f"{conversation or ''}\x00{uuid.uuid4().hex}"
        if conversation:
            self.memory.copy(conversation, private)
        return private

    def _spellings(self, question: str) -> Iterator[str]:
        """The question with its typos mended: sparing dictionary words, then (only if asked for) mending them."""
        corpus = self.retriever.corpus
        plain = full_years(to_simplified(question))
        first = corpus.correct(plain)
        yield first
        mended = corpus.correct(plain, dictionary=True)
        if mended != first:
            yield mended

    def _tries(self, question: str, q: Question, asked: Scope) -> Answer:
        """The first answer found where the question may be answered, else the first refusal."""
        first: Answer | None = None
        for where in asked.tries:
            retrieval = self.retriever.retrieve(searchable(q.text), self.top_k, where, q.places)
            answer = self._extractive(question, q, retrieval, asked)
            if answer.found:
                return answer
            first = first or answer
        assert first is not None
        return first

    @staticmethod
    def _several_places(asked: Scope) -> bool:
        return len(asked.candidates) > 1 and not asked.place_named and not asked.unknown_places

    def _each_place(self, question: str, q: Question, asked: Scope) -> Answer | None:
        """With several places' reports and none named, each place's answer under its name; None if none answers.

        One place answering gets its answer, which says whose figures they are and which others exist.
        """
        found: list[tuple[str, Answer]] = []
        for place in asked.candidates:
            answer = self._tries(question, q, scope(q, self.retriever.corpus, place))
            if answer.found:
                found.append((place, answer))
        if not found:
            return None
        if len(found) == 1:
            place, answer = found[0]
            answer.answer = place_note(place, asked.places, q.reply_english) + answer.answer
            return answer
        english = q.reply_english
        names = ", ".join(p for p, _ in found) if english else "、".join(p for p, _ in found)
        head = f"(No place named; the reports of {names} each answer:)" if english else (
            f"（问题未指明地方，{names}的报告分别如下：）"
        )
        text = "\n\n".join([head, *(f"【{place}】\n{answer.answer}" for place, answer in found)])
        timings: dict[str, float] = {}
        for _, answer in found:
            for key, value in answer.timings.items():
                timings[key] = timings.get(key, 0.0) + value
        return Answer(
            question=question,
            answer=text,
            found=True,
            citations=[c for _, answer in found for c in answer.citations],
            mode="extractive",
            degraded=any(answer.degraded for _, answer in found),
            passages=[p for _, answer in found for p in answer.passages],
            timings=timings,
        )

    async def aask(self, question: str, conversation: str | None = None, on_delta: Delta | None = None) -> Answer:
        """Answer, with the LLM when one is configured (streaming through `on_delta`), else extractively.

        With the LLM, a follow-up is made stand-alone by the LLM, by rule when the LLM fails; a question
        about the previous answer ("第二条", "出处是哪里") is answered from that answer without the LLM.
        """
        started = time.perf_counter()
        rejected = self._reject(question, started)
        if rejected:
            return rejected
        question = question.strip()
        if self.llm is None:
            return await asyncio.to_thread(self.ask, question, conversation)
        asked_each = several_questions(to_simplified(question))
        if asked_each:
            private = self._aside(conversation)
            answers = []
            for n, piece in enumerate(asked_each):
                if on_delta is not None:
                    await on_delta(f"{'' if n == 0 else chr(10) * 2}{MARKS[n]} ")
                answers.append(await self.aask(piece, private, on_delta))
            self.memory.reset(private)
            if any(a.found for a in answers):
                return self._finish(joined(question, answers), conversation, question, Reading(question), started)
        history = self.memory.history(conversation) if conversation else []
        spellings = self._spellings(question)
        searched = next(spellings)
        reading = readings(searched, history)[0]
        if reading.reference is not None:
            return await asyncio.to_thread(self.ask, question, conversation)
        if history and reading.english is None:
            condensed = await self.llm.condense(searched, history)
            if condensed is not None:
                same = _plain(condensed) == _plain(searched)
                reading = Reading(condensed, None if same else condensed)
        q = analyze(reading.text, asked=question, reply_english=reading.english)
        asked = scope(q, self.retriever.corpus)
        q, asked, retrieval, fallback = await asyncio.to_thread(self._grounds, question, q, asked)
        mended_text = next(spellings, None) if not fallback.found and reading.understood is None else None
        if mended_text is not None:
            # As `ask` does: a reading with dictionary words mended too ("公式" for "公示") if the plain one fails.
            mended = analyze(readings(mended_text, history)[0].text, asked=question, reply_english=reading.english)
            other = await asyncio.to_thread(self._grounds, question, mended, scope(mended, self.retriever.corpus))
            if other[3].found:
                q, asked, retrieval, fallback = other
        answer = await self._llm_answer(q, retrieval, fallback, on_delta)
        answer.understood_as = reading.understood
        refused = [] if answer.found else _refused_for(asked)
        return self._finish(answer, conversation, question, reading, started, refused)

    def _grounds(self, question: str, q: Question, asked: Scope) -> tuple[Question, Scope, Retrieval, Answer]:
        """The passages an LLM answer stands on, and the extractive answer that is its fallback."""
        for where in asked.tries:
            retrieval = self.retriever.retrieve(searchable(q.text), self.top_k, where, q.places)
            fallback = self._extractive(question, q, retrieval, asked)
            if fallback.found:
                break
        return q, asked, retrieval, fallback

    def _recall(self, question: str, reading: Reading) -> Answer | None:
        """An answer about the previous answer: one of its points, all of its passages, or its source."""
        before, reference = reading.about, reading.reference
        if before is None or reference is None:
            return None
        english = in_english(question) if reading.english is None else reading.english
        if not before.found or not before.passages:
            return _cannot_recall(question, english, listed=False)
        q = analyze(reading.text, asked=question, reply_english=english)
        points: list[str] = []
        if reference.kind == "point":
            number = len(before.points) if reference.point == -1 else reference.point
            if not before.points:
                return None  # the previous answer listed nothing: "第二条" may be a question of its own
            if not 1 <= number <= len(before.points):
                return _cannot_recall(question, english, listed=True)
            point = before.points[number - 1]
            passages = [p for p in before.passages if point in p.path or p.text.startswith(point)]
            if not passages:
                return None
            last = reference.point == -1
            if english:
                understood = f"{'the last point' if last else f'point {number}'}: {point}"
            else:
                understood = f"{'最后一条' if last else f'第{number}条'}：{point}"
        else:
            passages = _answered_from(before)
            points = before.points
            said = {
                "detail": ("the previous answer in full", "上一个回答的全文"),
                "source": ("the source of the previous answer", "上一个回答的出处和原文"),
            }[reference.kind]
            understood = said[0] if english else said[1]
        quote = "\n".join(p.text for p in passages)
        if reference.kind == "source":
            head = passages[0]
            text = (
                f"From “{head.title}”, section “{head.section}”. Original text:\n{quote}"
                if english
                else f"出自《{head.title}》“{head.section}”，原文：\n{quote}"
            )
        else:
            text = frame(q, Draft(True, quote, passages, section=passages[0].path))
        if unsupported_figures(text, _source_texts(passages)):
            return None  # cannot happen for a quote of the passages themselves; never send it if it does
        citations = [_cite(p, p.section, p.text) for p in passages]
        return Answer(
            question=question, answer=text, found=True, citations=citations, mode="extractive",
            understood_as=understood, english=english, points=points, passages=passages,
        )

    def _reject(self, question: str, started: float) -> Answer | None:
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
        return answer

    def _extractive(self, question: str, q: Question, retrieval: Retrieval, asked: Scope) -> Answer:
        """The extractive answer, checked by the number guard; `asked` is the question's years."""
        t0 = time.perf_counter()
        draft = self.answerer.draft(q, retrieval, retrieval.corpus, asked)
        text = frame(q, draft, asked)
        t1 = time.perf_counter()
        citations = _citations(draft)
        # A refusal may repeat the question's own words ("2021年"); an answer only its sources' figures.
        years = " ".join([*(str(y) for y in asked.covered), *(f"{y}年" for y in asked.uncovered)])
        echo = [] if draft.found else [question, q.text, years]
        bad = unsupported_figures(text, [*_source_texts(_cited_passages(draft)), *echo])
        if bad:
            # Never send a figure its source does not print; this means a framing bug, so say so loudly.
            logger.error("number guard rejected an extractive answer: %s", [f.text for f in bad])
            draft = Draft(False, "", draft.passages)
            text = frame(q, draft, asked)
            citations = _citations(draft)
        timings = dict(retrieval.timings)
        timings["answer"] = t1 - t0
        timings["guard"] = time.perf_counter() - t1
        mode: Mode = "extractive" if draft.found else "refusal"
        return Answer(
            question=question,
            answer=text,
            found=draft.found,
            citations=citations,
            mode=mode,
            english=q.reply_english,
            points=draft.quote.split("\n") if draft.found and draft.listing else [],
            degraded=retrieval.degraded,
            # Every passage the answer quotes, the runner-ups found beyond retrieval's hits too.
            passages=[*draft.passages, *(p for p, _ in draft.also if p not in draft.passages)],
            timings=timings,
        )

    async def _llm_answer(self, q: Question, retrieval: Retrieval, fallback: Answer, on_delta: Delta | None) -> Answer:
        assert self.llm is not None
        passages = [h.passage for h in retrieval.hits]
        try:
            draft = await self.llm.answer(retrieval.question, passages, english=q.reply_english, on_delta=on_delta)
        except LLMFailure as exc:
            logger.warning("LLM answer failed (%s); giving the extractive answer", exc)
            return _as_fallback(fallback, f"LLM unavailable: {exc}")
        if not draft.found:
            # The model says the passages do not answer; trust the refusal over a guess.
            if fallback.found:
                return _as_fallback(fallback, "LLM found no answer; extractive answer given")
            return fallback
        if not draft.passages:
            # An answer that cites no passage is not grounded (or was talked out of its rules).
            return _as_fallback(fallback, "LLM answer cited no passage")
        if self.llm.leaks_prompt(draft.quote):
            logger.warning("LLM answer repeated its instructions; giving the extractive answer")
            return _as_fallback(fallback, "LLM answer repeated its instructions")
        bad = unsupported_figures(strip_citations(draft.quote), _source_texts(draft.passages))
        if bad:
            logger.warning("number guard rejected an LLM answer: %s", [f.text for f in bad])
            return _as_fallback(fallback, "LLM answer had figures not in its sources")
        citations = [
            _cite(p, p.section, _first_sentence_quote(p))
            for p in draft.passages
        ]
        return Answer(
            question=fallback.question,
            answer=draft.quote,
            found=True,
            citations=citations,
            mode="llm",
            english=q.reply_english,
            degraded=retrieval.degraded,
            passages=draft.passages,
            timings=fallback.timings,
        )

    def _finish(
        self,
        answer: Answer,
        conversation: str | None,
        question: str,
        reading: Reading,
        started: float,
        refused_for: list[str] | None = None,
    ) -> Answer:
        answer.latency_ms = round((time.perf_counter() - started) * 1000, 1)
        if conversation:
            # A refused turn's subject carries on; the year or place that nothing covers does not.
            kept = reading.text if answer.found else without(reading.text, refused_for or [])
            turn = Turn(question, kept, answer.found, answer, answer.english, reading.reference, reading.about)
            self.memory.add(conversation, turn)
        return answer

    def continue_from(self, source: str, target: str) -> None:
        """Let conversation `target` carry on from `source` (a reply to one of the bot's answers)."""
        self.memory.copy(source, target)

    def reset(self, conversation: str) -> None:
        """Forget a conversation's earlier turns."""
        self.memory.reset(conversation)


def _cannot_recall(question: str, english: bool, *, listed: bool) -> Answer:
    """The reply to a question about the previous answer that it cannot be about (a refusal, a point it lacks).

    It names no count: every number a reply shows is one its sources print.
    """
    if listed:
        text = (
            "The previous answer did not list that point; please pick one of the points it listed."
            if english
            else "上一个回答没有列出这一条，请从列出的要点中选择。"
        )
    else:
        text = (
            "The previous question had no answer in the report, so there is nothing to expand on or cite."
            if english
            else "上一个问题报告中没有答案，没有可以展开或引用的内容。"
        )
    return Answer(question=question, answer=text, found=False, mode="refusal", english=english)


def _staying(found: list[tuple[Reading, Answer]], previous: Answer | None) -> tuple[Reading, Answer]:
    """Of the readings that found an answer: a follow-on one quoting the previous answer's section, else the first."""
    before = {c.source + c.section for c in previous.citations[:1]} if previous and previous.found else set()
    for reading, answer in found:
        if reading.understood is not None and {c.source + c.section for c in answer.citations[:1]} & before:
            return reading, answer
    return found[0]


def _refused_for(asked: Scope) -> list[str]:
    """The words of a question that caused its refusal: years and places no document covers."""
    years = [w for y in asked.uncovered for w in (f"{y}年度", f"{y}年", f"in {y}", str(y))]
    return [*years, *asked.unknown_places]


def _plain(text: str) -> str:
    return re.sub(r"[\s?？。.!！,，]", "", text).lower()


def _answered_from(answer: Answer) -> list[Passage]:
    """The passages an answer quoted: all of a list's, else the first and any whose sentence it also quoted."""
    if answer.points:
        return list(answer.passages)
    head, rest = answer.passages[0], answer.passages[1:]
    also = [p for c in answer.citations[1:] for p in rest if c.quote and c.quote in p.text]
    return [head, *dict.fromkeys(also)]


def _as_fallback(answer: Answer, note: str) -> Answer:
    update: dict[str, object] = {"note": note}
    if answer.found:
        update["mode"] = "extractive-fallback"
    return answer.model_copy(update=update)


def _citations(draft: Draft) -> list[Citation]:
    if draft.found:
        head = draft.passages[0]
        section = section_label(draft.section)
        main = _cite(head, section, draft.quote)
        also = [_cite(p, p.section, quote) for p, quote in draft.also]
        return [main, *also]
    seen: set[str] = set()
    out = []
    for p in draft.passages[:3]:
        if p.section not in seen:
            seen.add(p.section)
            out.append(_cite(p, p.section, ""))
    return out


def _cite(p: Passage, section: str, quote: str) -> Citation:
    """A citation of a passage: the year it is about (its document's when it speaks of several), result or target."""
    year = p.about[0] if len(p.about) == 1 else p.year
    return Citation(
        document=p.title, section=section, quote=quote, year=year, source=p.source, period=p.period, place=p.place
    )


def _cited_passages(draft: Draft) -> list[Passage]:
    if not draft.found:
        return draft.passages
    return draft.passages if draft.listing else [draft.passages[0], *(p for p, _ in draft.also)]


def _source_texts(passages: list[Passage]) -> list[str]:
    return [p.full_text for p in passages]


def _first_sentence_quote(p: Passage) -> str:
    return p.text if len(p.text) <= 200 else p.text[:200] + "…"
