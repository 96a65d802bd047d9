"""Extractive answers: the sentences that answer, figures verbatim, or an honest refusal."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from bot.answers.draft import Draft
from bot.answers.guard import COUNTS, METRIC, UNITS, extract_figures, has_figure, larger_than_whole
from bot.answers.questions import (
    EN_COUNTING,
    EN_PAID,
    INTENT,
    MEASURE_WORDS,
    Clause,
    Question,
    Scope,
    Terms,
    asking_clauses,
    content_terms,
    counted_after_asking,
    coverage,
    elliptic,
    english_clauses,
    english_counted,
    is_verb,
    names_a_person,
    names_last_year,
    other_phase,
    printed_unnegated,
    tells_when,
    topic_weight,
)
from bot.domain import PREAMBLE, Passage, section_label
from bot.language.lexicon import Lexicon, province_of
from bot.language.text import MEASURE_SUFFIXES, STOPWORDS, has_cjk, is_chinese, spelt_out, tokenize
from bot.language.thesaurus import synonyms
from bot.search.corpus import Corpus, Section
from bot.search.retrieval import Retrieval


@dataclass(frozen=True)
class Thresholds:
    """Evidence an answer needs; general to any report, tuned on the dev question sets."""

    coverage: float = 0.6  # share of a Chinese question's topic words the cited passage must contain
    english_similarity: float = 0.785  # cosine of an English question to the cited sentence
    english_floor: float = 0.72  # below this cosine an English question is off every topic of the report
    english_coverage: float = 0.3  # the same for an English question's words, through the dictionary
    english_around: float = 0.3  # and around the figure an English question asks for (quote, headings, lead)
    chinese_around: float = 0.25  # share of a Chinese question's topic words the quote, headings and lead hold
    english_quote: float = 0.4  # the same around the quote for an English question that asks no figure
    english_list: float = 0.4  # and for one that asks for a list ("Which … are planned?"): more of it is phrasing
    english_section: float = 0.8  # cosine of a question without topic words to a section heading
    section_coverage: float = 0.6
    runner_up_gap: float = 0.015  # a second figure sentence this close to the best is quoted as well
    own_words: float = 0.05  # weight of the question's words in the sentence itself, beyond its passage
    common: float = 0.3  # share of passages beyond which a measure word's near-synonym tells nothing ("建设")
    compound: float = 0.05  # an English phrase's words translated side by side, as the documents print them
    telling: float = 0.05  # share of passages at most that print a word telling what an English phrase counts
    own_heading: float = 0.1  # weight of an open question's words in the heading of the sentence's own part
    candidates: int = 6  # best-scoring sentences tried in turn for the evidence an answer needs
    max_points: int = 8  # a section's points given by the first sentence of each paragraph
    max_headings: int = 15  # …and by its sub-headings, which are short: a report's nine tasks are listed whole


@dataclass(frozen=True)
class Topic:
    """What a quote is checked against, worked out once a question: its topic words and the measure it asks for."""

    groups: Terms  # topic words, each with its alternatives
    weights: tuple[float, ...]  # how telling each one is
    measure: tuple[str, ...]  # the measure's words that must stand around the quote (see `_required`)
    counted: tuple[Terms, ...]  # English: each phrase of what is counted, a group of translations a word
    names: Terms = ()  # English: the names it gives (no places), as the documents print them
    # Every place's documents, while a question naming no place is answered for each place in turn
    everywhere: Corpus | None = None
    # Chinese: the nouns of the part asked of a whole the question states (see `_part_of_stated`)
    part_asked: tuple[str, ...] = ()
    # Chinese: clauses that each ask a figure, matched part by part (see `_coverage`)
    clauses_each: bool = False
    # Chinese: the most telling word when it is a name few passages print, with its alternatives (`_most_telling`)
    telling: tuple[str, ...] = ()
    # English: each figure a question asks (`english_clauses`), with its words' groups and weights
    clauses: tuple[tuple[Clause, Terms, tuple[float, ...]], ...] = ()
    # English: the words the documents print for the subject whose figure is asked (`Question.subject`)
    subject: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.groups)

    @cached_property
    def joined(self) -> Terms:
        """English: the topic's expressions of several words ("safety_problems": 隐患), as the documents print them."""
        return tuple(g for g in self.groups if len(g) > 1 and "_" in g[-1])


class ExtractiveAnswerer:
    """Picks the sentences that answer a question from retrieved passages, or refuses."""

    def __init__(self, thresholds: Thresholds | None = None) -> None:
        self.t = thresholds or Thresholds()

    def draft(self, q: Question, retrieval: Retrieval, corpus: Corpus, asked: Scope | None = None) -> Draft:
        """Choose what to quote, or decide the passages do not answer.

        Years the question asks about that no document covers (`asked.uncovered`) must be named by the passage
        that answers, or the question is refused; a place no document is about or mentions is refused.
        """
        uncovered = asked.uncovered if asked else ()
        passages = [h.passage for h in retrieval.hits]
        if asked and asked.unknown_places:
            return Draft(False, "", passages, missing=asked.unknown_places, places_only=True)
        if not passages:
            return Draft(False, "", [])
        # A name the documents do not print is refused; a capitalised common word ("Airport") is no name.
        lexicon = corpus.lexicon
        spelt = _names_spelt_together(q.entities, lexicon) if q.english else set()
        missing = tuple(
            e for e in q.entities
            # A name the dictionary translates with the word beside it ("Yangtze River": 长江) is no unknown one.
            if e not in corpus.text and not lexicon.name(e) and not (q.english and lexicon.translations(e, q.entities))
            and e not in spelt
        )
        # A number the question names (another hotline, another code) must be the one the documents speak of.
        missing += tuple(n for n in q.numbers if n not in corpus.text)
        missing += tuple(said for said, printed in q.amounts if not printed.search(corpus.text))
        if missing:
            return Draft(False, "", passages, missing=missing)
        # A place named picks reports; words of intent ("准备", "计划") frame a figure asked for: neither is its topic.
        topic = tuple(t for t in q.terms if t not in q.places and not (q.figure and t in INTENT))
        if not q.english:
            topic = _resegmented(topic, corpus.text, q.text)
        groups = corpus.term_groups(topic, q.english)
        # A term the documents never print, nor any part or near-synonym of it ("乳腺癌"), is a topic they do not
        # speak of: its neighbours ("宫颈癌") are no answer.
        unspoken = () if q.english else tuple(g[0] for g in groups if _unspoken(g, corpus.text))
        if unspoken:
            return Draft(False, "", passages, missing=unspoken)
        # A kind the documents never print, said of a measure they do ("职工医保…报销比例" where only 居民医保 is
        # printed): the figure of another kind is no answer.
        kinds = () if q.english else tuple(g[0] for g in groups if _unprinted_kind(g, q, corpus.text, lexicon))
        if kinds:
            return Draft(False, "", passages, missing=kinds)
        names = _names_as_topic(q.entities, corpus) if q.english else ()
        weights = corpus.term_weights(groups)
        # An English word's class is not looked up: its translations stand for it. A verb no document prints
        # ("拿出", "砸进去", "办完") is how the question is put, not what it is about: no evidence either way.
        classes = tuple(
            _english_class(g, corpus.text, lexicon)
            if q.english
            else 0.0 if _phrasing(g, corpus.text) and not _measure_of(g[0], q.text) else topic_weight(g[0])
            for g in groups
        )
        # A rate's every word names it. Of another measure, the words the documents print must be the sentence's:
        # "服务业增加值" is not answered by "规上工业增加值"; a word no document uses ("总量") is only phrasing, unless
        # a part of it is printed ("出口额": "出口").
        measure = tuple(
            word for i, w in enumerate(q.measure) if (word := _required(w, q, q.measure[i + 1 :], corpus.text))
        )
        counted = tuple(corpus.term_groups(phrase, english=True) for phrase in q.counted)
        everywhere = corpus.wider if asked is not None and asked.each else None
        weighed = tuple(w * c for w, c in zip(weights, classes, strict=True))
        terms = Topic(
            groups, weighed, measure, counted, names, everywhere,
            part_asked=() if q.english else _part_of_stated(q),
            clauses_each=not q.english and len(q.parts) >= 2 and len(asking_clauses(q.text)) >= 2,
            telling=() if q.english else _most_telling(groups, weighed, corpus),
            clauses=_clause_terms(q, corpus) if q.english and q.figure else (),
            subject=_printed_for(q.subject, corpus) if q.subject else (),
        )
        if q.listing:
            section = self._section_answer(q, terms, retrieval, corpus)
            if section is not None:
                return section
        draft = self._sentence_answer(q, terms, retrieval, corpus)
        moments = [m for m in q.moments if m not in (draft.passages[0].text if draft.passages else "")]
        if draft.found and moments:
            return Draft(False, "", draft.passages, missing=tuple(moments))
        # A neighbouring place a report mentions ("黄石" in 鄂州's report) is answered only by a passage naming it;
        # the province the documents' place is in, by one naming it or "全省" ("above the Hubei average").
        elsewhere = [
            p for p in (asked.elsewhere if asked else ())
            if not any(w in draft.passages[0].full_text for w in _as_printed(p, corpus, q.text))
            and not re.search(rf"[（(]{re.escape(p)}[）)]", q.text)  # "新区（东山）": another name of what it follows
        ]
        if draft.found and elsewhere:
            return Draft(False, "", draft.passages, missing=tuple(elsewhere), places_only=True)
        # A year the documents are not about must be named by the passage itself ("2021—2025年").
        other_years = [str(y) for y in uncovered]
        if other_years and not (
            draft.found and all(_speaks_of(y, draft.passages[0].text, _compares(y, q.text)) for y in other_years)
        ):
            return Draft(False, "", draft.passages, missing=tuple(other_years), years_only=True)
        # A passage about a span of years ("十二五" = 2011–2015) answers for one year of it where it names that year.
        if draft.found and _misses_year(q, draft.quote, draft.passages[0]):
            return Draft(False, "", draft.passages, missing=tuple(str(y) for y in q.years), span_only=True)
        return draft

    def _sentence_answer(self, q: Question, terms: Topic, retrieval: Retrieval, corpus: Corpus) -> Draft:
        index = corpus.sentences
        candidates: list[tuple[float, int, int]] = []
        qv = retrieval.query_vector
        # Of an English question, any two neighbouring words too ("brand value": 品牌价值 beside 综合产值).
        compounds = _compounds((*terms.counted, terms.groups) if q.english else terms.counted, corpus)
        # The aspects an open question asks about: the words a Chinese one lists ("土地、资金、人才"), an English
        # one's telling words ("insurance": 参保).
        few = self.t.telling * len(corpus.passages)
        aspects = (_telling_words(terms.groups, corpus, few) if q.english else _listed(q.text)) if q.open else []
        ranked = [(rank, hit.passage) for rank, hit in enumerate(retrieval.hits)]
        # The one year searched for a relative year ("去年" of a report reviewing 2015 and the five years to it).
        years = retrieval.where.years
        one_year = tuple(years) if years is not None and len(years) == 1 and not q.years and names_last_year(q) else ()
        # An English figure question's thing counted, printed beside a figure of its unit, is looked for in every
        # passage: its translation may not be what retrieval ranked ("new jobs" -> "新增就业6200人").
        ranked += [(len(ranked), p) for p in _counted_elsewhere(q, terms, retrieval, corpus)]
        for rank, passage in ranked:
            rows = index.by_passage.get(passage.id, [])
            if not rows:
                continue
            found_sims = corpus.sentence_similarity(rows, qv)
            sims = found_sims if found_sims is not None else np.zeros(len(rows))
            context = " ".join(passage.path)
            under = ""  # the run-in heading of the point a sentence is under ("让城市基础设施更完善。")
            for row, sim in zip(rows, sims, strict=True):
                text = index.texts[row]
                if _run_in_heading(text):
                    under = text
                # Without shared words (English), the passage ranking is the steadier signal.
                score = float(sim) - (0.015 if q.english else 0.004) * rank
                if terms:
                    score += 0.1 * coverage(terms.groups, f"{context} {under} {index.texts[rows[0]]} {text}")
                    # The sentence's own words tell apart the clauses of one lead ("主要预期目标是：…；…；…").
                    score += self.t.own_words * coverage(terms.groups, text)
                if q.open and passage.path:
                    # "棚户区改造那块怎么推进": the part headed "全力推进棚户区改造工程" tells it, not a part that names
                    # it among other work.
                    score += self.t.own_heading * coverage(terms.groups, passage.path[-1])
                if q.figure:
                    score += 0.05 if has_figure(text, q.units) else (-0.02 if has_figure(text) else -0.1)
                if any(c in text for c in compounds):
                    score += self.t.compound  # "high-tech enterprises" printed as one word: 高新技术企业
                candidates.append((score, row, rank))
        if not candidates:
            return Draft(False, "", [h.passage for h in retrieval.hits])
        candidates.sort(reverse=True)
        # The best few candidates are tried in turn: a sentence that scores well but lacks the measure asked for
        # gives way to the next one that has it.
        first: Draft | None = None
        for _, best, _ in candidates[: self.t.candidates]:
            passage = corpus.by_id[index.passage_ids[best]]
            following_part = corpus.continuation(passage)
            more = index.by_passage.get(following_part.id, []) if following_part is not None else []
            quote_rows = self._quote_rows(q, best, index.by_passage[passage.id], index.texts, more, aspects)
            carried = [r for r in quote_rows if r in more]  # items a list goes on with in the next piece
            quote_rows = [r for r in quote_rows if r not in more]
            quote = "".join(index.texts[r] for r in quote_rows)
            best_sim = corpus.sentence_similarity([best], qv)
            similarity = None if best_sim is None else float(best_sim[0])
            # A sentence of the span ("五年共…") gives way to one of the year asked within it.
            found = self._evidence(q, terms, quote, passage, similarity, corpus) and not _misses_year(
                q, quote, passage, one_year
            )
            rows = index.by_passage[passage.id]
            following = [r for r in rows if r > max(quote_rows)][:1]
            if not found and following and not _ends_sentence(index.texts[max(quote_rows)]):
                # A clause ending in "；" leaves its sentence unfinished: the measure may be in the next clause
                # ("…总产值86亿元；品牌价值31亿元").
                longer = "".join(index.texts[r] for r in [*quote_rows, *following])
                if self._evidence(q, terms, longer, passage, similarity, corpus):
                    found, quote, quote_rows = True, longer, [*quote_rows, *following]
            others = [h.passage for h in retrieval.hits if h.passage.id != passage.id]
            draft = Draft(found, quote if found else "", [passage, *others], section=passage.path)
            if found and carried and following_part is not None:
                draft.also.append((following_part, "".join(index.texts[r] for r in carried)))
            if found:
                if q.figure and len(terms.counted) > 1:
                    self._add_other_phrases(draft, q, terms, candidates, quote_rows, corpus)
                elif q.figure:
                    self._add_runner_up(draft, q, terms, candidates, quote_rows, corpus)
                    if q.parts:
                        self._add_other_parts(draft, q, candidates, corpus)
                        _in_order_asked(draft, q, corpus)
                if q.figure and q.english:
                    self._add_english_clauses(draft, terms, candidates, corpus)
                return draft
            first = first or draft
        assert first is not None
        return first

    @staticmethod
    def _quote_rows(
        q: Question, best: int, rows: list[int], texts: list[str], more: list[int], aspects: list[tuple[str, ...]]
    ) -> list[int]:
        """The sentences to quote around the best one, by what the question asks for.

        `more`: the sentences of the passage's next piece, where a counted list may go on; `aspects`: the words of
        each aspect an open question asks about.
        """
        quote_rows = [best]
        pos = rows.index(best)
        if len(texts[best]) < 25 and pos + 1 < len(rows) and not (q.figure and has_figure(texts[best])):
            quote_rows.append(rows[pos + 1])  # a heading-like lead sentence says little on its own
        if (q.listing or q.open) and pos > 0 and _run_in_heading(texts[rows[pos - 1]]):
            quote_rows.insert(0, rows[pos - 1])  # "…。让城市基础设施更完善。加快推进…": the point it is under
        if q.parts:
            return ExtractiveAnswerer._other_parts(q, quote_rows, rows, texts)
        if q.listing:
            # An English list is judged by the words around its quote: a longer quote would lend it words.
            return _list_items(quote_rows, rows, texts, more, from_lead=not q.english)
        if q.open:
            return _aspects(aspects, _gist(quote_rows, rows, texts), rows, texts)
        return quote_rows

    @staticmethod
    def _other_parts(q: Question, quoted: list[int], rows: list[int], texts: list[str]) -> list[int]:
        """For a question asking several figures, the sentences of the passage that give the others, in order."""
        chosen = list(quoted)
        for part in q.parts:
            if _holds(" ".join(texts[r] for r in chosen), part):
                continue
            found = next(
                (r for r in rows if r not in chosen and _part_named(texts[r], part) and has_figure(texts[r])), None
            )
            if found is not None:
                chosen.append(found)
        return sorted(chosen)

    def _add_other_phrases(
        self,
        draft: Draft,
        q: Question,
        terms: Topic,
        candidates: list[tuple[float, int, int]],
        quoted: list[int],
        corpus: Corpus,
    ) -> None:
        """Quote a figure sentence for each thing an English question counts that the quote does not name.

        "how many X, and how many Y": from the quote's passage first, then from the best candidates.
        """
        index = corpus.sentences
        passage = draft.passages[0]
        rows = index.by_passage[passage.id]
        pool = [*(r for r in rows if r not in quoted), *(row for _, row, _ in candidates if row not in rows)]
        chosen = list(quoted)
        for given, (words, groups) in enumerate(zip(q.counted, terms.counted, strict=True)):
            so_far = "".join(index.texts[r] for r in chosen)
            # Each thing counted has a figure of its own: "政策资金N亿元" under a heading that names 项目
            # names the projects but gives the money only.
            if len(extract_figures(so_far)) > given and self._phrase_named(
                words, groups, so_far, passage, corpus, terms.joined
            ):
                continue
            for row in pool:
                text = index.texts[row]
                where = corpus.by_id[index.passage_ids[row]]
                if row not in chosen and has_figure(text, q.units) and self._phrase_named(
                    words, groups, text, where, corpus, terms.joined
                ):
                    chosen.append(row)
                    if where.id != passage.id:
                        draft.also.append((where, text))
                    break
        own = sorted(r for r in chosen if r in rows)
        draft.quote = "".join(index.texts[r] for r in own)

    def _add_other_parts(
        self, draft: Draft, q: Question, candidates: list[tuple[float, int, int]], corpus: Corpus
    ) -> None:
        """Quote a figure sentence of another passage for each part of a Chinese question the quote lacks.

        "A和B分别是多少", where the report gives B in one paragraph and A in the next: only from the best candidates,
        of the same document and period (a result is not answered with a target).
        """
        index = corpus.sentences
        passage = draft.passages[0]
        said = "".join((draft.quote, *(text for _, text in draft.also)))
        for asked in q.parts:
            part = _printed_part(asked, corpus)
            # Each part has its unit: "受理、办结和满意率各是多少" asks two counts and a rate.
            units = q.units if _RATE_WORD.search("".join(asked)) else None
            if not part or (_holds(said, part) and _named_with_figure(said, part[-1:], units, _PHRASES)):
                continue  # named with a figure of its own: "…等重点项目进度" names the projects, not their count
            for _, row, _ in candidates[: self.t.candidates]:
                where = corpus.by_id[index.passage_ids[row]]
                text = index.texts[row]
                if (
                    text not in said and where.source == passage.source and where.period == passage.period
                    and _part_named(text, part) and has_figure(text, units)
                ):
                    draft.also.append((where, text))
                    said += text
                    break
            else:
                only = _only_sentence_naming(part, units, passage, said, corpus)
                if only is not None:
                    draft.also.append(only)
                    said += only[1]
                else:  # named in the answer only where it holds no number the guard would take for a figure
                    draft.unanswered += () if extract_figures("".join(part)) else ("".join(part),)

    def _add_english_clauses(
        self, draft: Draft, terms: Topic, candidates: list[tuple[float, int, int]], corpus: Corpus
    ) -> None:
        """Quote a figure sentence for each figure an English question asks that the answer does not give yet.

        "How many problems did it fix, and what share of the built-up area is green?": the share is printed in its
        own sentence ("建成区绿化覆盖率达M%"): the one of the quote's passage, else of the best candidates of the
        same document and period, that prints a figure in the clause's unit and most of the clause's words.
        """
        index = corpus.sentences
        passage = draft.passages[0]
        rows = index.by_passage[passage.id]
        pool = [*rows, *(row for _, row, _ in candidates[: self.t.candidates] if row not in rows)]
        said = "".join((draft.quote, *(text for _, text in draft.also)))
        for n, (clause, groups, weights) in enumerate(terms.clauses):
            units = clause.units
            # An expression the documents print ("factories and trading firms": 工贸) is what a later clause counts:
            # the 行业 it shares with another count is not it. The first clause is what the quote was chosen for.
            phrases = [g[:-1] for g in groups if len(g) > 1 and "_" in g[-1]] if n else []
            if (
                has_figure(said, units)
                and coverage(groups, said, weights) >= self.t.english_around
                and all(any(alt in said for alt in alts) for alts in phrases)
            ):
                continue
            # "…, and how many is it aiming for this year": the count the quote gives, nothing new ("how many to
            # factories" is elliptic: the earlier clause's thing, counted at another place).
            anew = _EN_HOW_MANY.match(clause.text) and not elliptic(clause.text) and not english_counted(clause.text)
            if n and has_figure(said, units) and anew:
                continue
            best: tuple[float, int] | None = None
            for row in pool:
                text = index.texts[row]
                where = corpus.by_id[index.passage_ids[row]]
                if text in said or not has_figure(text, units) or (where.source, where.period) != (
                    passage.source, passage.period
                ):
                    continue
                share = coverage(groups, " ".join((text, *where.path)), weights)
                if share >= self.t.english_around and (best is None or share > best[0]):
                    best = (share, row)
            if best is None:
                # Said, not left out silently; the first clause is what the quote was chosen for.
                if not (n == 0 and has_figure(draft.quote, units)) and not extract_figures(clause.text):
                    draft.unanswered += (clause.text,)
                continue
            row = best[1]
            text = index.texts[row]
            if row in rows:
                draft.quote = "".join(index.texts[r] for r in rows if index.texts[r] in said or r == row)
            else:
                draft.also.append((corpus.by_id[index.passage_ids[row]], text))
            said += text

    def _phrase_named(
        self, words: tuple[str, ...], groups: Terms, quote: str, passage: Passage, corpus: Corpus, joined: Terms
    ) -> bool:
        """Whether a quote (with its passage's headings) names what one English phrase counts, with its figure."""
        nouns = _figure_nouns(quote, None)
        context = " ".join((quote, *passage.path))
        return bool(nouns) and self._names_counted(words, groups, context, nouns, corpus, joined)

    def _add_runner_up(
        self,
        draft: Draft,
        q: Question,
        terms: Topic,
        candidates: list[tuple[float, int, int]],
        quoted: list[int],
        corpus: Corpus,
    ) -> None:
        """Quote a second figure sentence that scores almost as well: two close readings are both shown.

        Each figure stays inside its own sentence, so the reader sees which is which; picking one of two
        near-equal candidates would hand over the wrong figure half of the time.
        """
        index = corpus.sentences
        top = candidates[0][0]
        for score, row, _ in candidates[1:]:
            if top - score > self.t.runner_up_gap:
                return
            text = index.texts[row]
            if row in quoted or not has_figure(text, q.units):
                continue
            passage = corpus.by_id[index.passage_ids[row]]
            if not self._evidence(q, terms, text, passage, None, corpus):
                continue
            if passage.id == draft.passages[0].id:
                rows = sorted([*quoted, row])
                draft.quote = "".join(index.texts[r] for r in rows)
            else:
                draft.also.append((passage, text))
            return

    def _evidence(
        self, q: Question, terms: Topic, quote: str, passage: Passage, similarity: float | None, corpus: Corpus
    ) -> bool:
        """Whether the quote answers: the figure asked for, and the question's words in the passage.

        `similarity` is None while sentence vectors are unavailable (keyword search only).
        """
        if q.figure and not has_figure(_without(quote, (*q.stated, *q.grades)), q.units):
            return False  # "新增医疗床位1460张" gives no share of the 1460张 the question states
        if q.who and not names_a_person(quote):
            return False  # "Who is the mayor?" is not answered by a rate of what "政府负责人" did
        if q.when and not tells_when(quote, q.when):
            return False  # "事业单位公开招聘啥时候报名" is not answered by "全面实施事业单位公车改革"
        if any(n not in passage.full_text for n in q.numbers):
            return False  # "12315热线" is not the 12345 hotline of the passage
        if not q.parts and any(_without(quote, (a,)) == quote for a in q.stated if not _ROUGHLY.search(a)):
            return False  # "拆的1642处违建里，主城区占了多少处" is answered beside the 1642处 ("其中…"), or not at all
        if q.figure and not q.parts and not q.wholes and not _beside_stated(quote, q.stated, q.units):
            return False  # "那24座移动公厕花了多少钱": not the 投资 of the pipes two phrases before them
        if q.figure and q.wholes and not q.parts:
            after = _after_stated(quote, q.wholes)
            if not has_figure(after, q.units) or larger_than_whole(after, q.wholes, q.units):
                return False  # "查摆出N个问题，持续推进整改": a part of the whole is printed after it, or not at all
        if not _holds(quote, terms.part_asked):
            return False  # "N条政府信息里，政策解读类有多少条": the part asked is named beside it, or not given
        asks_increase = q.figure and _asks(q, _ASKS_INCREASE)
        if asks_increase and q.units and not q.units & _RATE_UNITS and not _changed_by(quote, q.units):
            return False  # "存款净增加多少亿元" is not answered by "存款余额N亿元，增长M%": a level and a rate
        if q.figure and q.stock and _only_added(quote, q.units):
            return False  # "How many pocket parks does it have now?" is not "新建“口袋公园”N个" of the year
        if q.figure and q.english and q.rate and not q.change and _only_changes(quote, q.units):
            return False  # "What share of GDP came from services?" is no "地区生产总值…增长6.3%"
        if q.figure and _asks(q, _ASKS_DIFFERENCE) and not _CHANGED_FROM.search(quote):
            return False  # "新增就业比前年多了多少人" is not answered by the year's "新增就业N人" alone
        if q.figure and not q.english and _figure_of_a_group(quote, terms.groups, q.units):
            return False  # "体育中心、…产业园等重点项目…完成41.6亿元" gives no figure of the 体育中心 alone
        if q.figure and not q.english and not q.parts and _counts_another(quote, counted_after_asking(q.text), q.units):
            return False  # "跑了多少个园区" is not answered by "…与N家企业对接"
        if q.figure and not q.english and _figure_of_another_item(quote, terms, q.units):
            return False  # "出口总额增长8%以上；城乡居民人均可支配收入与经济增长同步": the 8% is of exports
        # A lead sentence without a figure names the passage's topic ("优化…热线平台运行。"); one with a figure is
        # a measure of its own and lends its words to no other sentence.
        rows = corpus.sentences.by_passage.get(passage.id, [])[:1]
        lead = [corpus.sentences.texts[r] for r in rows if not has_figure(corpus.sentences.texts[r])]
        context = _unjoined(" ".join((quote, *passage.path, *lead)))
        # "Xi Jinping Thought" is answered where the passage names 习近平; a figure of a name, where the quote does:
        # "华能和双良实现供热管网互联互通" gives no money, the 投资 of other heating pipes beside it is not theirs.
        named_in = context if q.figure else passage.full_text
        if any(not any(alt in named_in for alt in name[:-1]) for name in terms.names):
            return False
        if terms.subject and not any(alt in context for alt in terms.subject):
            return False  # "How much land does the new materials park cover?" is no 闲置土地 of the city's
        # Of a question counting several things, the amount may describe another of them, quoted beside this one.
        described = passage.full_text if len(q.counted) > 1 else context
        if any(not printed.search(described) for _, printed in q.amounts):
            return False  # "projects of 100 million yuan or more" are "亿元以上项目", not others of the passage
        if other_phase(q.phase, quote):
            return False  # "投资599万元的污水处理厂一期改造工程" is no cost of the plant's second phase
        named = terms.measure if q.english or q.rate else _one_of_paired_verbs(terms.measure, q.text, context)
        phrase = "".join(q.measure)  # "经济总量" may be printed as one of its near-synonyms ("地区生产总值")
        # A near-synonym most passages print ("建设" for "新建") tells no measure apart.
        common = corpus.printed_by_most(self.t.common)
        if not _holds(context, named, whole=q.english, common=common) and not any(
            alt in context for alt in synonyms(phrase)
        ):
            return False  # a neighbouring measure of the same passage is not the measure asked for
        if not q.english and not q.parts and _spread_over_items(quote, named, q.text):
            return False  # "工业投资" is not "规上工业增加值、固定资产投资…分别增长…"
        last = (named[-1], *synonyms(named[-1])) if named else ()
        # A rate asked by its name (not its change) is named in the very phrase of its figure: "生活垃圾无害化处理率
        # 达97%" is no 污水治理率 beside it. A share of a group ("法治人员中…研究生学历不足2.6%") may follow the group.
        phrases = _PHRASES if named and q.rate and not q.change and f"{named[-1]}率" in q.text else None
        if q.figure and named and not q.parts and not _named_with_figure(quote, last, q.units, phrases):
            return False  # "总产值N亿元；…增加值增速M%" does not give the 增加值 in 亿元 asked for
        # What an English question counts must be named around the figure, in words the documents print for it
        # (unless it quotes the Chinese name itself): the head of each phrase, and one of its other words.
        nouns = _figure_nouns(quote, q.units) if q.figure else ()
        said = [
            self._names_counted(words, groups, context, nouns, corpus, terms.joined, terms.everywhere)
            for words, groups in zip(q.counted, terms.counted, strict=True)
        ]
        # Several things counted ("how many X, and how many Y"): the quote names one; the others are looked for
        # sentence by sentence (`_add_other_phrases`).
        if not named and not (any(said) if len(said) > 1 else all(said)):
            return False
        if q.english and q.units and len(terms.counted) == 1:
            # A rate's every word names it, where the quote prints it: "urban green coverage rate" is not answered
            # by "…区域绿化…，森林覆盖率达M%". Of another figure, the head ("GDP in yuan" is not answered by
            # "地区生产总值增长M%" beside another sum).
            rate = q.rate and q.units <= _RATE_UNITS
            # Things counted are named in the phrase of their count: "改造13万平方米，“一户一表”改造N户" counts no
            # buildings. A sum, a weight or a change may follow its noun a phrase later ("收入N亿元，增长M%").
            counts = q.units <= COUNTS - METRIC and not q.change
            # An expression holding the head is its name too: "new school places" (新增学位) counts no 学校.
            head = q.counted[0][-1]
            phrased = tuple(alt for g in terms.joined if head in g[-1].split("_") for alt in g[:-1])
            for group in terms.counted[0] if rate else terms.counted[0][-1:]:
                printed = tuple(alt for alt in (*group, *phrased) if has_cjk(alt))
                if printed and not _named_with_figure(quote, printed, q.units, _PHRASES if rate or counts else None):
                    return False
            if counts and not rate and _counted_unprinted(head, terms.counted[0][-1], phrased):
                return False  # "How many public parking spaces…": no document prints a word for the spaces
        if not terms or (q.english and similarity is not None and similarity < self.t.english_floor):
            return similarity is not None and similarity >= self.t.english_similarity
        haystack = _unjoined(passage.full_text)
        needed = self.t.english_coverage if q.english else self.t.coverage
        if _coverage(q, terms, haystack) < needed:
            return False
        if q.figure and not q.parts and terms.telling and not _holds_telling(terms.telling, haystack):
            return False  # "全年计划投资N亿元" is no investment of a 殡仪馆 another passage names
        if not q.english:
            # A quote whose words, headings and lead hold little of the question answers another question: "行政许可
            # 事项缩减到N项" is no count of the 失信 records the passage's other sentence does not give either, nor
            # "一般公共预算收入增长N%" the growth of 城乡居民人均可支配收入 its list's other item names.
            # The unit asked in ("修了多少平方米") is printed by every figure of it: no word of the topic.
            topical = [(g, w) for g, w in zip(terms.groups, terms.weights, strict=True) if not _UNIT.fullmatch(g[0])]
            held = coverage(tuple(g for g, _ in topical), context, tuple(w for _, w in topical))
            return held >= self.t.chinese_around
        # An English question has no measure words to check one by one; the words it shares with the documents
        # must stand around the quote itself, more of them where no figure is asked to pin it down.
        # A measure word or a magnitude ("cases": 件, "million": 亿元) is printed by every figure of its unit: it says
        # the quote is about nothing, as the Chinese check leaves the unit out of the topic.
        groups, weights = _with_names(terms)
        groups = tuple(tuple(alt for alt in g if not _unit_alone(alt)) for g in groups)
        around = coverage(groups, context, weights)
        needed = self.t.english_around if q.figure else self.t.english_list if q.listing else self.t.english_quote
        # Of several figures asked, the quote gives one: the words of its own clause stand around it; the others
        # are looked for sentence by sentence (`_add_english_clauses`). Several things counted are each named by a
        # quote of their own (`_add_other_phrases`).
        return around >= needed or (
            len(q.counted) < 2 and any(
                has_figure(quote, clause.units) and coverage(own, context, own_weights) >= needed
                for clause, own, own_weights in terms.clauses
            )
        )

    def _names_counted(
        self,
        counted: tuple[str, ...],
        groups: Terms,
        context: str,
        nouns: tuple[str, ...],
        corpus: Corpus,
        joined: Terms,
        everywhere: Corpus | None = None,
    ) -> bool:
        """Whether the text names what an English phrase counts (its words, and their `groups` of translations).

        Its head and one of its other words; or, where the head is an everyday word, a telling other word; or a
        telling word of the phrase is the very noun its figure counts (`nouns`: "托位2150个", "拆除违建1642处").
        `joined`: the question's expressions of several words, each with the words the documents print for it.
        """
        said = [_said(group, context) for group in groups]
        # Of several places, a word of what is counted that only another place's documents print names what
        # this place's do not speak of: "hotline cases" are not the 议案 handled where no 热线 is printed.
        said[:-1] = [
            False if s is None and everywhere is not None and everywhere.prints(word) else s
            for word, s in zip(counted[:-1], said[:-1], strict=True)
        ]
        head, others = said[-1], [s for s in said[:-1] if s is not None]
        # A word every translation of which few passages print, and none of them here, names another thing:
        # "industrial electricity use" is not "规上工业增加值…增长" where only another passage prints 用电.
        few = self.t.telling * len(corpus.passages)
        amiss = {
            word
            for word, s, group in zip(counted[:-1], said[:-1], groups[:-1], strict=True)
            if s is False and _rare(group, corpus, few)
        }
        # An expression of the phrase's words is printed as one ("safety problems": 隐患, "pre-litigation": 诉前):
        # with the head, it names the thing; without, it is one of the other words.
        for group in joined:
            parts = group[-1].split("_")
            # "living space": an expression ending the phrase with a counting word it leaves out ("space"). Its
            # little words are no words of the phrase ("research and development spending").
            within = set(parts) - STOPWORDS <= set(counted) or (parts[0] == counted[-1] and parts[-1] in EN_COUNTING)
            if within and _said(group, context):
                if counted[-1] in parts:
                    return True
                others.append(True)
                amiss -= set(parts)
        if head is None and (measures := corpus.lexicon.classifiers(counted[-1])) and has_figure(context, measures):
            head = True  # "how many boats": a figure counted in 艘 counts boats, whatever the sentence calls them
        if counted[0] in EN_PAID and len(counted) > 1 and head is not True:
            return False  # "the average pay of a nurse": whose pay it is must be named ("环卫工人工资" is not theirs)
        if head is True:
            return not others or any(others)
        if amiss:  # where the head does not name the thing, its telling words must
            return False
        if head is False and counted[-1] in _MEASURE_NOUNS and corpus.lexicon.curated(counted[-1]):
            return False  # a capacity is printed 能力/产能 in reports: "污水处理厂6.6万方污泥" gives none
        # An everyday head word ("spots", "flats") may translate as nothing the documents print, or as common words
        # that tell nothing ("building": 建设): a modifier few passages print names the thing ("daycare": 托育).
        if any(_ends_noun(group, nouns, corpus, few) for group in groups):
            return True
        telling = any(_telling(group, context, corpus, few) for group in groups[:-1])
        if head is False:  # the everyday dictionary's translations of an everyday word say little by their absence
            return telling and not corpus.lexicon.curated(counted[-1])
        # "imports" translate as 进口, which no document prints: the documents do not speak of them.
        if telling or corpus.lexicon.known(counted[-1]):
            return telling
        # A head no dictionary knows ("redevelopment") says nothing; the word before it is the head judged.
        return len(groups) < 2 or self._names_counted(
            counted[:-1], groups[:-1], context, nouns, corpus, joined, everywhere
        )

    def _section_answer(self, q: Question, terms: Topic, retrieval: Retrieval, corpus: Corpus) -> Draft | None:
        qv = retrieval.query_vector
        where = retrieval.where
        sections = [
            s for s in corpus.sections
            if s.vector is not None and any(where.admits(corpus.by_id[pid]) for pid in s.passage_ids)
        ]
        if not sections or qv is None:
            return None
        sims = np.stack([s.vector for s in sections if s.vector is not None]) @ qv
        scored = []
        for section, sim in zip(sections, sims, strict=True):
            score = float(sim)
            if terms:  # the title's words describe every section: they tell none apart, and pass for none
                score += 0.2 * coverage(terms.groups, _heading_text(section, corpus), terms.weights)
            scored.append((score, float(sim), section))
        scored.sort(key=lambda x: x[0], reverse=True)
        # The best-scoring section with points to list (points are gathered for it alone, not for all).
        ranked = ((sim, s, section_points(s, corpus)) for _, sim, s in scored)
        listed: Iterator[tuple[float, Section, list[str]]] = (item for item in ranked if len(item[2]) >= 2)
        parts = not q.english and bool(_ASKS_PARTS.search(q.text))
        if parts:
            # "分哪几个方面", "哪几块": the parts a section is divided into, its sub-headings, before the
            # paragraphs of one of them (here the points of every section are gathered).
            listed = iter(sorted(listed, key=lambda item: not _has_sub_headings(item[1], corpus)))
        # A word most passages print ("工作" of "明年的工作安排") names no section: the others must. Where the
        # question has no other ("明年工作分哪几块"), the year and the parts it asks for pick the section.
        common = corpus.printed_by_most(self.t.common)
        # Words of intent ("打算从哪几个方面") say the parts are plans, which the year picks: they name no section.
        kept = [
            (g, w) for g, w in zip(terms.groups, terms.weights, strict=True) if not set(g) <= common | INTENT
        ]
        groups, weights = tuple(g for g, _ in kept), tuple(w for _, w in kept)
        if not kept and not parts:
            groups, weights = terms.groups, terms.weights
        needed = self.t.english_coverage if q.english else self.t.section_coverage

        def named(item: tuple[float, Section, list[str]]) -> bool:
            # The points must be what was asked about: the question's words name the section in its headings (an
            # English question's, through the dictionary, may stand in its text). Else a sentence answers the list.
            if not terms:
                return item[0] >= self.t.english_section
            # Asked for its parts, a section is named by their headings too ("从哪几个方面干事": "（一）牢记身份干事").
            named_by = _heading_text(item[1], corpus) + (" ".join(item[2]) if parts else "")
            return not groups or coverage(groups, named_by, weights) >= needed

        # Of the sections divided into parts, the best one the question names ("政府自身建设…哪几个方面").
        chosen = next((item for item in listed if named(item)), None) if parts else next(listed, None)
        if chosen is None or not named(chosen):
            return None
        sim, best, points = chosen
        # The points named by a word the question quotes ("哪几个“着力”"): the section's sentences opening with it.
        opening = [
            text
            for word in _QUOTED.findall(q.text)
            for pid in best.passage_ids
            for text in (corpus.sentences.texts[r] for r in corpus.sentences.by_passage.get(pid, []))
            if text.startswith(word)
        ]
        most = self.t.max_headings if _has_sub_headings(best, corpus) and len(opening) < 2 else self.t.max_points
        points = (opening if len(opening) >= 2 else points)[:most]
        members = [corpus.by_id[pid] for pid in best.passage_ids]
        return Draft(True, "\n".join(points), members, section=best.path, listing=True)


# A question asking the parts something is divided into: "分哪几个方面", "有哪几块", "分几部分".
_ASKS_PARTS = re.compile(r"(?:哪|几)几?个?(?:方面|大块|块|部分|板块)|分(?:为|成)?(?:哪|几)")


def _has_sub_headings(section: Section, corpus: Corpus) -> bool:
    """Whether a section's points are the headings of its parts, not the first sentences of its paragraphs."""
    return any(len(corpus.by_id[pid].path) > len(section.path) for pid in section.passage_ids)


# A word a question quotes: "报告里分了哪几个“着力”".
_QUOTED = re.compile(r"[“\"‘']([\u4e00-\u9fff]{1,6})[”\"’']")


def _coverage(q: Question, terms: Topic, haystack: str) -> float:
    """The share of the question's topic words the text holds.

    Of a question asking several figures, the best share of one part's words and those of no part ("隐性债务要化解
    多少，空气优良天数要达到多少": either passage answers). The names an English question gives count as its
    weightiest words ("Which phase of Yunshang Zhicheng…": 云尚智城).
    """
    if terms.names:
        groups, weights = _with_names(terms)
        return coverage(groups, haystack, weights)
    whole = coverage(terms.groups, haystack, terms.weights)
    if not terms.clauses_each:
        return whole
    best = whole
    for part in q.parts:
        others = {w for other in q.parts if other != part for w in other if w not in part}
        kept = [(g, w) for g, w in zip(terms.groups, terms.weights, strict=True) if g[0] not in others]
        if kept:
            groups, weights = zip(*kept, strict=True)
            best = max(best, coverage(tuple(groups), haystack, tuple(weights)))
    return best


def _printed_for(word: str, corpus: Corpus) -> tuple[str, ...]:
    """The words the documents print for an English word ("park": 园区); () where they print none."""
    return tuple(alt for g in corpus.term_groups((word,), english=True) for alt in g if has_cjk(alt))


def _clause_terms(q: Question, corpus: Corpus) -> tuple[tuple[Clause, Terms, tuple[float, ...]], ...]:
    """Of an English question asking several figures, each clause with its words' groups and their weights."""
    grouped = [(clause, corpus.term_groups(clause.words, english=True)) for clause in english_clauses(q.text)]
    return tuple((clause, groups, corpus.term_weights(groups)) for clause, groups in grouped)


# A unit figures are printed in ("平方米", "亿元", "万", "平米"): no word of a question's topic.
_UNIT = re.compile(rf"(?:{UNITS})|平米")


def _with_names(terms: Topic) -> tuple[Terms, tuple[float, ...]]:
    """The topic's word groups and weights, with the names an English question gives as its weightiest words."""
    weight = max(terms.weights, default=1.0)
    return (*terms.groups, *terms.names), (*terms.weights, *(weight for _ in terms.names))


def _misses_year(q: Question, quote: str, passage: Passage, searched: tuple[int, ...] = ()) -> bool:
    """Whether a passage about a span of years answers a question about one year of it with no figure of that year.

    Its quote or headings must name the year; a quote that speaks of the span itself ("“十二五”期间…", "五年共…")
    answers for no one year of it, whatever its headings say. `searched`: the year a relative one ("去年") is.
    """
    asked = [str(y) for y in q.years or searched]
    if len(asked) != 1 or len(passage.about) <= 1:
        return False
    # A heading of the span and its last year ("一、“十二五”时期和2015年工作回顾") names the year for no passage of
    # the span: those about the year alone stand after its turn to it (see parsing).
    # "2015年城镇…；农村…N元": the year begins the sentence; "…2015年的N亿元;“十二五”期间，累积…": not this clause's.
    sentence = "" if _SPAN.search(quote) else _sentence_of(quote, passage.text)
    headings = () if not sentence or _SPAN.search(sentence) else passage.path
    named = " ".join((quote, sentence, *(h for h in headings if not _SPAN.search(h))))
    # "森林覆盖率由2010年的21.6%提高到25.2%": from the year before the span, to its last year's level.
    if sentence and re.search(rf"由{min(passage.about) - 1}年{_RISEN_TO}", quote):
        named += f" {max(passage.about)}"
    return not any(y in named for y in asked)


_RISEN_TO = r"[^，,；;。]*?(?:提高|增加|增长|上升|下降|减少|降低|扩大)?[到至]"


def _sentence_of(quote: str, text: str) -> str:
    """The whole sentence a quoted clause stands in: "五年累计投资…；新建、改造…管网279.2公里。" for its last clause."""
    at = text.find(quote)
    if at < 0:
        return quote
    start = max(text.rfind(end, 0, at) for end in "。！？!?") + 1
    return text[start : at + len(quote)]


# Words by which a sentence speaks of several years at once: "“十二五”期间", "五年来", "五年共", "五年新增", "3年内",
# "五年建成", "在这五年中" (a bare "累计" or "年均" may be a single year's total or the growth rate beside its figure).
_SPAN = re.compile(
    r"期间|时期|[二三四五六七八九十两\d]+年(?:来|间|共|累计|新增|内)|[二三四五六七八九十两]年(?:建成|连续|中)"
)
_LEAD_IN = re.compile(r"[：:]|(?:主要|包括|如下|表现在|分别是|有以下)")
MAX_ITEMS = 8
GIST_CHARS = 480  # an open or list answer quotes on past its best sentence up to about this many characters


def _heading_text(section: Section, corpus: Corpus) -> str:
    """A section's title and heading path: the words that name it (the title's describe every section)."""
    return " ".join((corpus.by_id[section.passage_ids[0]].title, *section.path))


def _counted_elsewhere(q: Question, terms: Topic, retrieval: Retrieval, corpus: Corpus) -> list[Passage]:
    """Passages not retrieved with a sentence that prints what an English figure question counts, with a figure.

    Each phrase's head must stand in the sentence in a printed translation, and a figure of the unit asked. A
    passage whose text lacks a head is passed over without reading its sentences.
    """
    heads = [phrase[-1] for phrase in terms.counted]
    if not (q.english and q.figure and heads) or any(_said(head, "") is None for head in heads):
        return []
    seen = {h.passage.id for h in retrieval.hits}
    index = corpus.sentences
    return [
        passage
        for passage in corpus.passages
        if passage.id not in seen
        and retrieval.where.admits(passage)
        and all(_said(head, passage.text) for head in heads)
        and any(
            all(_said(head, index.texts[row]) for head in heads) and has_figure(index.texts[row], q.units)
            for row in index.by_passage.get(passage.id, [])
        )
    ]


def _resegmented(terms: tuple[str, ...], printed: str, question: str) -> tuple[str, ...]:
    """The question's words cut where the documents' words end, one character moved across a cut.

    "燃气管网铺" was cut 燃气管/网铺; the documents print 燃气管网: a character moves where that makes a printed
    word of a word they do not print.
    """
    out = list(terms)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if len(a) < 2 or len(b) < 2 or a + b not in question or not has_cjk(a + b):
            continue
        if b not in printed and a not in printed and a[-1] + b in printed:
            out[i], out[i + 1] = a[:-1] if len(a) > 2 else "", a[-1] + b
        elif b not in printed and a + b[0] in printed:
            out[i], out[i + 1] = a + b[0], b[1:] if len(b) > 2 else ""
    return tuple(t for t in out if t)


_JOINER = re.compile(r"(?<=[\u4e00-\u9fff])[-－—–·・](?=[\u4e00-\u9fff])")


def _unjoined(text: str) -> str:
    """The text, and where it joins two characters with a mark ("虾-稻"), the same without it, as questions type it."""
    plain = _JOINER.sub("", text)
    return text if plain == text else f"{text} {plain}"


def _run_in_heading(text: str) -> bool:
    """Whether a sentence is a point's run-in heading inside a paragraph ("全力化解重大风险。"): short, no figure."""
    return len(text) <= 16 and text.endswith("。") and not has_figure(text) and not re.search(r"[，,；;：:]", text)


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith(("。", "！", "？", ".", "!", "?"))


def _list_items(
    quoted: list[int], rows: list[int], texts: list[str], more: list[int], from_lead: bool = True
) -> list[int]:
    """A list asked for by a sentence that leads into it ("主要表现在：…；…；…"): the lead and its items.

    Without a lead-in, the items are the sentences that follow ("重点推进“三大工程”。实施…。实施…。"), and
    (`from_lead`) those between the passage's lead and the best one, where that run is short.
    """
    last = max(quoted)
    if not _LEAD_IN.search(texts[last]):
        # "…还存在一些问题和短板。主要是：…；…" : the lead-in may open the next sentence.
        following = [r for r in rows if r > last][:1]
        if not following or not _LEAD_IN.search(texts[following[0]][:8]):
            led = _from_lead(quoted, rows, texts) if from_lead else quoted
            return _counted_items(quoted, [*rows, *more], texts) or _following(led, rows, texts)
    after = [r for r in rows if r > last][:MAX_ITEMS]
    return sorted({*quoted, *after})


# A sentence naming how many items follow: "打造四张“名片”", "推进“三大工程”", "抓好“三个通道”建设".
_COUNTED_ITEMS = re.compile(r"([两二三四五六七八九十])(?:大|项|个|张|条|种|类|批|支|座)?“?([\u4e00-\u9fff]{2})")
_CN_COUNT = {ch: n for n, ch in enumerate("一二三四五六七八九十", 1)} | {"两": 2}


def _counted_items(quoted: list[int], rows: list[int], texts: list[str]) -> list[int]:
    """The items a sentence counts ("打造四张“名片”"): the sentences after it that name the same noun.

    As many as it says, or none when they are not all there.
    """
    match = _COUNTED_ITEMS.search("".join(texts[r] for r in quoted))
    if not match:
        return []
    count, noun = _CN_COUNT[match.group(1)], match.group(2)
    items = [r for r in rows if r > max(quoted) and noun in texts[r]][:count]
    return sorted({*quoted, *items}) if len(items) == count else []


def _gist(quoted: list[int], rows: list[int], texts: list[str]) -> list[int]:
    """What an open question ("热线那块咋样") gets: the passage's lead, the best sentence, what follows it.

    Where the lead and the best sentence are near enough (half the room at most), the sentences between them too.

    What follows is read on in order; where that holds no figure, the next sentence that does is added.
    """
    run = [r for r in rows if r <= max(quoted)]
    if sum(len(texts[r]) for r in run) <= GIST_CHARS:
        return _following(run, rows, texts)
    chosen = _from_lead(sorted({rows[0], *quoted}), rows, texts)
    chosen = _following(chosen, rows, texts)
    if not any(has_figure(texts[r]) for r in chosen):
        after = next((r for r in rows if r > max(chosen) and has_figure(texts[r])), None)
        if after is not None:
            chosen.append(after)
    return sorted(chosen)


def _from_lead(quoted: list[int], rows: list[int], texts: list[str]) -> list[int]:
    """The quoted sentences, with those between the passage's lead and them where that run is short.

    A short run is read in order from the lead, nothing skipped, with room to go on (half the room at most):
    "社会更加和谐稳定。…示范村。…实验区。" lists its points from the lead, not from the best of them.
    """
    between = [r for r in rows if r <= max(quoted)]
    return between if sum(len(texts[r]) for r in between) <= GIST_CHARS // 2 else quoted


def _listed(question: str) -> list[tuple[str, ...]]:
    """The aspects a Chinese question lists ("土地、资金、人才这些…咋样"), a word each."""
    runs = re.split(r"(、)", question)
    listed: set[str] = set()
    for i, run in enumerate(runs):
        words = tokenize(run) if run != "、" else []
        if words and i + 1 < len(runs) and runs[i + 1] == "、":
            listed.add(words[-1])  # the word before a 、
        if words and i > 0 and runs[i - 1] == "、":
            listed.add(words[0])  # and the word after one
    return [(word,) for word in sorted(listed, key=question.find)]


def _telling_words(groups: Terms, corpus: Corpus, few: float) -> list[tuple[str, ...]]:
    """Of each group of an English question's translations, those that at most `few` passages print."""
    return [tuple(a for a in g if has_cjk(a) and corpus.document_frequency.get(a, 0) <= few) for g in groups]


def _aspects(aspects: list[tuple[str, ...]], chosen: list[int], rows: list[int], texts: list[str]) -> list[int]:
    """The gist, and the first sentence on each aspect (its words) that it lacks, within the gist's room."""
    size = sum(len(texts[r]) for r in chosen)
    for words in aspects:
        if not words or any(word in texts[r] for r in chosen for word in words):
            continue
        row = next((r for r in rows if any(word in texts[r] for word in words)), None)
        if row is not None and size + len(texts[row]) <= GIST_CHARS:
            chosen = sorted({*chosen, row})
            size += len(texts[row])
    return chosen


def _following(quoted: list[int], rows: list[int], texts: list[str]) -> list[int]:
    """The quoted sentences and those right after them, as many as fit in `GIST_CHARS`."""
    chosen = list(quoted)
    size = sum(len(texts[r]) for r in chosen)
    for row in (r for r in rows if r > max(quoted)):
        if size + len(texts[row]) > GIST_CHARS:
            break
        chosen.append(row)
        size += len(texts[row])
    return sorted(set(chosen))


# Things listed and closed by 等 ("A、B等重点项目"): a figure after the list is the group's.
_LISTED_WITH_ETC = re.compile(r"[^，,。；;：:！？!?]*、[^，,。；;：:！？!?]*?等")
_SENTENCE_END = re.compile(r"[。；;！？!?]")


def _figure_of_another_item(quote: str, terms: Topic, units: frozenset[str] | None) -> bool:
    """Whether the quote's items (parted by "；") that give the figure name nothing of the question, another does.

    Each item of a list of targets is a measure of its own: "出口总额增长8%以上；城乡居民人均可支配收入与经济增长
    同步" gives no growth of income.
    """
    items = [item for item in re.split(r"[；;]", quote) if item.strip()]
    if len(items) < 2:
        return False
    topical = [g for g in terms.groups if g[0] not in terms.measure and not _UNIT.fullmatch(g[0])]
    named = [any(alt in item for group in topical for alt in group if has_cjk(alt)) for item in items]
    given = [has_figure(item, units) for item in items]
    return any(named) and not any(n and g for n, g in zip(named, given, strict=True))


def _figure_of_a_group(quote: str, groups: Terms, units: frozenset[str] | None) -> bool:
    """Whether the question names an item of a list closed by 等, nothing of the group, and the figure follows it.

    "加快A、B等重点项目进度，…完成41.6亿元的年度投资计划": asked of A, the 41.6亿元 is of all the projects; asked of
    the 重点项目, it answers.
    """
    for match in _LISTED_WITH_ETC.finditer(quote):
        end = match.end()
        stop = _SENTENCE_END.search(quote, end)
        after = quote[end : stop.start() if stop else len(quote)]
        if has_figure(quote[:end], units) or not has_figure(after, units):
            continue
        items = match.group(0).split("、")
        # The list's first item is about as long as its second: what comes before it is the clause's ("支持X发展").
        first = match.start() + max(0, len(items[0]) - len(items[1]) - 2)
        group_named = re.split(r"[，,：:]", after, maxsplit=1)[0]  # "重点项目进度"
        if any(alt in group_named for group in groups for alt in group if has_cjk(alt)):
            continue
        spots = [
            [m.start() for alt in group if has_cjk(alt) for m in re.finditer(re.escape(alt), quote)] for group in groups
        ]
        if any(found and all(first <= spot < end for spot in found) for found in spots):
            return True
    return False


def _only_sentence_naming(
    part: tuple[str, ...], units: frozenset[str] | None, passage: Passage, said: str, corpus: Corpus
) -> tuple[Passage, str] | None:
    """The one sentence of the document and period that gives a figure of a part asked, if only one does.

    "热线受理了多少件，法律明白人培育了多少名": the count received is printed under the hotline's heading
    ("优化政务服务便民热线平台运行。…全年受理市民诉求N件"), which the question as a whole did not rank high.
    The part's last word stands in the sentence; its others there or in the headings above it.
    """
    index = corpus.sentences
    found: list[tuple[Passage, str]] = []
    for row, text in enumerate(index.texts):
        where = corpus.by_id[index.passage_ids[row]]
        if (where.source, where.period) != (passage.source, passage.period) or text in said:
            continue
        if _holds(text, part[-1:]) and has_figure(text, units) and _part_named(" ".join((*where.path, text)), part):
            found.append((where, text))
            if len(found) > 1:
                return None
    return found[0] if found else None


_EN_HOW_MANY = re.compile(r"how many\b", re.IGNORECASE)


def _printed_part(asked: tuple[str, ...], corpus: Corpus) -> tuple[str, ...]:
    """A part's words the documents print, or a near-synonym of: the others are phrasing."""
    return tuple(w for w in asked if any(alt in corpus.text for alt in (w, *synonyms(w))))


def _in_order_asked(draft: Draft, q: Question, corpus: Corpus) -> None:
    """The quotes of a question asking several figures in the order it asks them: the first part's leads."""
    parts = [_printed_part(asked, corpus) for asked in q.parts]

    def first_named(where: Passage, text: str) -> int:
        named = (n for n, part in enumerate(parts) if part and _part_named(" ".join((*where.path, text)), part))
        return next(named, len(parts))

    quoted = [(draft.passages[0], draft.quote), *draft.also]
    ordered = sorted(quoted, key=lambda item: first_named(*item))
    if ordered[0] is quoted[0]:
        return
    lead, text = ordered[0]
    draft.quote, draft.section, draft.also = text, lead.path, ordered[1:]
    draft.passages = [lead, *(p for p in draft.passages if p.id != lead.id)]


def _part_named(text: str, words: tuple[str, ...]) -> bool:
    """Whether a sentence names a part asked, its words whole or as shortened ("老楼": "老旧楼房")."""
    if _holds(text, words):
        return True
    shortened = (w for w in words if len(w) == 2)
    return all(w in text for w in words if len(w) != 2) and all(
        re.search(rf"{re.escape(w[0])}[^\W\d_]{{0,2}}{re.escape(w[1])}", text) for w in shortened
    )


_RATE_WORD = re.compile(r"率|比例|比重|占比|百分")


def _holds(text: str, words: tuple[str, ...], whole: bool = False, common: frozenset[str] = frozenset()) -> bool:
    """Whether the text holds every word, one of its near-synonyms, or (a long word) half its character pairs.

    "合法性审查" stands in "合法合规性审查"; a two-character word must stand as it is, and so must a term
    quoted whole (`whole`: the Chinese name an English question gives). A near-synonym in `common` does not count.
    """
    return all(
        any(alt in text for alt in (w, *(s for s in synonyms(w) if s not in common)))
        or (not whole and (_most_pairs(w, text) or bool(spelt_out(w, text))))
        for w in words
    )


def _most_pairs(word: str, text: str) -> bool:
    if len(word) < 3:
        return False
    pairs = [word[i : i + 2] for i in range(len(word) - 1)]
    return sum(p in text for p in pairs) / len(pairs) >= 0.5


def _name_runs(names: tuple[str, ...], sizes: tuple[int, ...]) -> Iterator[tuple[str, ...]]:
    """Runs of neighbouring capitalised words, of each size in turn ("Xi Jinping Thought": Xi Jinping, …)."""
    for size in sizes:
        for start in range(len(names) - size + 1):
            yield names[start : start + size]


def _names_as_topic(names: tuple[str, ...], corpus: Corpus) -> Terms:
    """The names of an English question that are no place, as the documents print them ("Xi Jinping": 习近平).

    What the question is about: they must stand in the passage that answers.
    """
    groups: list[tuple[str, ...]] = []
    for run in map("".join, _name_runs(names, (3, 2, 1))):
        printed = tuple(sorted(w for w in corpus.lexicon.name(run) if w in corpus.text))
        placed = any(w in place or place.startswith(w) for w in printed for place in corpus.places)
        if printed and not placed and not any(w in g for g in groups for w in printed):
            groups.append((*dict.fromkeys(a for w in printed for a in _as_printed(w, corpus)), run.lower()))
    return tuple(groups)


def _unit_alone(word: str) -> bool:
    """Whether a translation is a unit, a magnitude or both ("件", "万", "亿元"), which any figure of it prints."""
    rest = word.lstrip("万亿千百")
    return bool(word) and (rest in ("", "元") or (len(rest) == 1 and rest in MEASURE_WORDS))


def _as_printed(place: str, corpus: Corpus, question: str = "") -> tuple[str, ...]:
    """How the documents may print a place: by its name, and the province their own place is in as "全省" too.

    An area of their own place named with its kind ("东山组团", or the question's "东山新区") may be called by its
    kind alone ("新区").
    """
    own = any(place in p for name in corpus.places if (p := province_of(name)))
    kinds = tuple(kind for kind in _AREA_KINDS if place + kind in corpus.text or place + kind in question)
    return (place, *kinds, *(("全省",) if own else ()))


# Kinds of area inside a place, by which a report may call one of its own ("东山组团", the new district: "新区").
_AREA_KINDS = ("新区", "新城", "组团", "片区", "开发区", "园区", "城区")


def _names_spelt_together(names: tuple[str, ...], lexicon: Lexicon) -> set[str]:
    """Capitalised words that spell one name together in pinyin ("Xi Jinping": 习近平)."""
    return {name for run in _name_runs(names, (3, 2)) if lexicon.name("".join(run)) for name in run}


def _compares(year: str, question: str) -> bool:
    """Whether a question asks a change since a year ("跟2010年比降了多少", "是2010年的几倍", "compared with 2010")."""
    return bool(
        re.search(rf"(?:跟|比|与|较|同|相比|compared (?:with|to)|than|over|from|since)\s*{year}", question)
        or re.search(rf"{year}年?(?:相比|比较|比)", question)
        or re.search(rf"是{year}年?的(?:几|多少)倍", question)  # "是2010年的几倍": a multiple of that year
        or re.search(rf"\b(?:multiple|times) (?:of |that of )?(?:the )?{year}\b", question)
    )


def _speaks_of(year: str, text: str, compared: bool = False) -> bool:
    """Whether the text gives figures of a year, not only compares with it ("是2010年的1.7倍", "比2010年增长").

    A question asking that comparison (`compared`) is answered where the year is named at all.
    """
    if compared:
        return year in text
    return any(
        not (re.match(r"年?的[\d.]+倍", text[m.end() :]) or _BASE.search(text[: m.start()]))
        for m in re.finditer(year, text)
    )


_BASE = re.compile(r"(?:比|较|与|相比|同)$")


# Directional complements of a verb ("…出来", "…下去").
_DIRECTIONS = tuple("出来 起来 下来 上来 过来 进来 回来 出去 下去 上去 过去 进去 回去".split())


def _goes_somewhere(word: str) -> bool:
    """Whether a word is a verb with where it goes ("腾出来", "压下来")."""
    return len(word) >= 3 and word.endswith(_DIRECTIONS)


def _unspoken(group: tuple[str, ...], text: str) -> bool:
    """Whether a Chinese noun of three characters or more is printed nowhere.

    Nor a near-synonym of it, nor any pair of its characters or theirs ("乳腺癌"; "法治人员" is printed as
    "法治队伍工作人员").
    """
    word = group[0]
    return (
        len(word) >= 3
        and is_chinese(word)  # a Latin word in a Chinese question is glossed
        and not _goes_somewhere(word)  # "腾出来", "冒出来": a verb and where it goes, how the question is put
        and topic_weight(word) >= 1.0
        and not any(alt in text for alt in group)
        # "老人家里" may be cut 老人家 + 里: its pair 老人 is printed as a near-synonym ("老年人").
        and not any(alt in text for i in range(len(word) - 1) for alt in (word[i : i + 2], *synonyms(word[i : i + 2])))
    )


def _counted_unprinted(head: str, group: tuple[str, ...], phrased: tuple[str, ...]) -> bool:
    """Whether the things an English question counts go by no word the documents print.

    A plural noun that is no word of counting ("spaces", not "items"): a count of what they never name is no answer.
    """
    return (
        head.endswith("s") and head not in EN_COUNTING and not any(has_cjk(alt) for alt in (*group, *phrased))
    )


def _unprinted_kind(group: tuple[str, ...], q: Question, text: str, lexicon: Lexicon) -> bool:
    """Whether a two-character noun no document prints, nor a near-synonym of it, names a kind of the measure asked.

    "职工医保…报销比例": 职工 stands right before the measure's 医保, which the documents print only as 居民医保.
    A word that sounds like a printed one is a typo of it, not another kind.
    """
    word = group[0]
    return (
        len(word) == 2
        and is_chinese(word)
        and topic_weight(word) >= 1.0
        and not any(alt in text for alt in (*group, *synonyms(word)))
        and any(f"{word}{measure}" in q.text for measure in q.measure if measure in text)
        # "买菜补贴（蔬菜价格补贴）": a character the question also says in a printed word is a paraphrase of it
        and not any(ch in term for ch in word for term in q.terms if term != word and term in text)
        and not lexicon.sounds_like(word)
    )


def _english_class(group: tuple[str, ...], text: str, lexicon: Lexicon) -> float:
    """How much an English word of the question weighs as its topic, its translations aside.

    A word no dictionary knows says nothing ("jiaolianti"); one the documents never print says they do not speak
    of it ("imports": 进口), unless it is an everyday word of many meanings ("hold", "help"): half as much.
    """
    if not any(alt in text for alt in group) and not lexicon.known(group[-1]):
        return 0.0
    return 0.5 if lexicon.everyday(group[-1]) else 1.0


def _phrasing(group: tuple[str, ...], text: str) -> bool:
    """Whether a Chinese question word is a verb or particle that no document prints, nor any of its alternatives.

    A verb with where it goes ("压下来", "腾出来") is one, whether or not the dictionary knows it.
    """
    verb = topic_weight(group[0]) < 1.0 or _goes_somewhere(group[0])
    return verb and not any(alt in text for alt in group)


# How much a level rose or fell, in its own unit ("净增加了多少亿元", "减少了几户"); "新增多少" counts what is new.
_ASKS_INCREASE = re.compile(r"(?:净增加?|增加|增长|减少|下降)了?(?:多少|几)")


def _asks(q: Question, how: re.Pattern[str]) -> bool:
    """Whether a Chinese question asking one figure asks it this way (`_ASKS_INCREASE`, `_ASKS_DIFFERENCE`)."""
    return not q.english and not q.parts and bool(how.search(q.text))


# "比前年多了多少", "同比少了几个": how much more or less than another year, a difference the quote must print.
_ASKS_DIFFERENCE = re.compile(
    r"(?:比|较|跟|和|与)(?:前年|上年|去年|上一年|(?:19|20)\d{2}年)[^，,。？?]{0,8}?(?:多|少|增加|增长|减少|下降)了?(?:多少|几)"
    r"|同比(?:多|少|增加|增长|减少|下降)了?(?:多少|几)"
)
# A change from another time, as printed: "比上年增加N人", "同比增长M%", "增加N人" (not "新增N人", a new count).
_CHANGED_FROM = re.compile(
    r"(?:比|较|同比)[^，,。；;]{0,12}?(?:增|减|多|少|提高|下降|上升|降低)|(?<!新)增(?:长|加)|减少|下降|净增"
)


# A figure of what was added ("新建N个"), and one of all there are ("总数达N个", "累计N个").
_ADDED = re.compile(r"新(?:建|增|开|设|认定|培育|引进|签|招|办|创建|打造|改造)")
_IN_ALL = re.compile(r"累计|总数|总量|总计|合计|共有|现有|达到|达|共计|全市共|全区共|全县共")


def _counts_another(quote: str, noun: str, units: frozenset[str] | None) -> bool:
    """Whether every figure of the unit asked counts another noun than the question's, printed around it.

    "N家企业", "解决问题M项" count no 园区; a phrase naming the noun ("园区N个", "N名乡村法律明白人") or
    a figure printed alone may count it.
    """
    if not noun or not units:
        return False
    # Its words as staff may put them: "环保式公厕" is a 公厕, "违章建筑" a 违建.
    names = {noun[i : i + 2] for i in range(len(noun) - 1)} | synonyms(noun)
    seen = False
    for phrase in _PHRASES.findall(quote):
        for match in _FIGURE_AND_NOUN.finditer(phrase):
            if match.group(1) not in units:
                continue
            after = match.group(2) or phrase[: match.start()]  # "N家企业", "解决问题M项"
            if not has_cjk(after) or any(name in phrase for name in names) or after in noun:
                return False
            seen = True
    return seen


_FIGURE_AND_NOUN = re.compile(
    rf"\d[\d.]*(?:多|余)?(?:万|亿)?({'|'.join(sorted(MEASURE_WORDS, key=len, reverse=True))})([\u4e00-\u9fff]{{2,4}})?"
)


def _only_changes(quote: str, units: frozenset[str] | None) -> bool:
    """Whether each phrase of the quote giving a figure of the unit asked gives a change ("增长6.3%"), no level."""
    phrases = [p for p in _PHRASES.findall(quote) if has_figure(p, units)]
    return bool(phrases) and all(_CHANGE_OF.search(p) for p in phrases)


# A change printed before its figure ("增长6.3%", "同比下降2个百分点"); "提高到85%" is a level.
_CHANGE_OF = re.compile(r"(?:增长|下降|增速|增幅|提高|降低|减少|增加|上升|回落|提升)(?![到至])[^\d，,。；;、]{0,6}\d")


def _only_added(quote: str, units: frozenset[str] | None) -> bool:
    """Whether each phrase of the quote giving a figure of the unit asked counts only what was added."""
    phrases = [p for p in _PHRASES.findall(quote) if has_figure(p, units)]
    return bool(phrases) and all(_ADDED.search(p) and not _IN_ALL.search(p) for p in phrases)


_CHANGED_BY = re.compile(r"(?:净增|增加|新增|增长|减少|下降)[^\d，,。；;、]{0,6}\d")


def _one_of_paired_verbs(named: tuple[str, ...], question: str, context: str) -> tuple[str, ...]:
    """The measure's words, less a verb said as a pair with another the context prints.

    "新建改建" is one action: "改建N公里" rebuilds the roads asked about, whatever it calls the rest. The last of
    the two is the head, which the context must print: "预算支出" is one measure, which "预算收入" is not.
    """
    def paired(word: str) -> bool:
        return is_verb(word) and any(
            other != word and is_verb(other, or_noun=True) and other in context and word + other in question
            for other in named
        )

    return tuple(word for word in named if word in context or not paired(word))


def _changed_by(quote: str, units: frozenset[str]) -> bool:
    """Whether a phrase of the quote gives a change in the units asked ("新增存款N亿元", "增加N元")."""
    return any(has_figure(phrase, units) and _CHANGED_BY.search(phrase) for phrase in _PHRASES.findall(quote))


def _measure_of(verb: str, question: str) -> bool:
    """Whether the question names a measure by the verb and a suffix ("受理量", "办结数"): a noun, not phrasing."""
    return any(verb + suffix in question for suffix in MEASURE_SUFFIXES)


def _required(word: str, q: Question, after: tuple[str, ...], text: str) -> str:
    """What of a measure word must stand around the quote ("" for phrasing only); `after`: the measure's next words.

    The word itself if the documents print it, or (what is counted, the last word) print a near-synonym of it
    ("医院" as "卫生院"); else the longest part they print ("出口额" -> "出口"), else the word if it names another
    kind of what follows it (`_another_kind`). A rate's every word names it.
    """
    if q.rate or word in text or (not after and any(alt in text for alt in synonyms(word))):
        return word
    # A verb no document prints ("办完", "报上来") is phrasing; its parts ("上来") name nothing. With a measure's
    # ending it names the measure ("阅读量"), which the documents do not count.
    if topic_weight(word) < 1.0:
        return word if _measure_of(word, q.text) else ""
    for size in range(len(word) - 1, 1, -1):
        for start in range(len(word) - size + 1):
            if word[start : start + size] in text:
                return word[start : start + size]
    return _another_kind(word, after, text)


def _another_kind(word: str, after: tuple[str, ...], text: str) -> str:
    """A word no document prints, naming a kind of a measure the documents print only of other kinds ("" if not).

    "存款余额" where only "贷款余额" is printed asks another measure; "棚改片区" shortens the "棚户区改造片区" printed.
    """
    if not after or len(word) != 2 or not is_chinese(word):
        return ""
    kinds = re.findall(rf"([\u4e00-\u9fff]{{2,6}}){re.escape(after[0])}", text)
    return word if kinds and not any(_shortens(word, kind) for kind in kinds) else ""


def _shortens(word: str, longer: str) -> bool:
    """Whether the word's characters stand in the longer word in order ("棚改" in "棚户区改造")."""
    rest = iter(longer)
    return all(ch in rest for ch in word)


def _compounds(counted: tuple[Terms, ...], corpus: Corpus) -> tuple[str, ...]:
    """Chinese words the documents print that join translations of two neighbouring words of an English phrase.

    "high-tech enterprises" -> 高新技术企业: the sentence printing the phrase as one word is the one it names.
    """
    found: dict[str, None] = {}
    for groups in counted:
        for first, second in itertools.pairwise(groups):
            for a in first:
                for b in second:
                    if has_cjk(a) and has_cjk(b) and a + b in corpus.text:
                        found.setdefault(a + b, None)
    return tuple(found)


_RATE_UNITS = frozenset({"%", "百分点"})
_CLAUSES = re.compile(r"[^。；;！？!?]+")
_PHRASES = re.compile(r"[^，,。；;！？!?]+")


# An amount said roughly ("2800多米") may be printed exactly (2836米) or not at all.
_ROUGHLY = re.compile(r"[多来]")


# An amount a question states, its number and its unit: "9000多条" -> 9000, 条.
_ROUGH_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)[多余来]?([^\d.].*)")


# Where a clause about an amount the question states ends: "…1642处违建里，", "…3处垃圾转运站，".
_AFTER_STATED = re.compile(r"[^里中，,]*[里中，,]")


def _part_of_stated(q: Question) -> tuple[str, ...]:
    """The nouns a question asks of, after the whole it states ("N条政府信息里，政策解读类…" -> 政策).

    The clause that states the amount names the whole; the words after it name the part or the measure asked.
    """
    if not q.stated or q.parts:
        return ()
    end = max(q.text.rfind(amount) + len(amount) for amount in q.stated)
    clause = _AFTER_STATED.match(q.text, end)
    if clause is None:
        return ()
    rest = content_terms(q.text[clause.end() :])
    return tuple(w for w in rest if w in q.terms and topic_weight(w) >= 1.0 and w not in q.places)


def _stated_pattern(amount: str) -> str:
    """An amount a question states as printed: "9000多条" as "9000余条" or "9000条"; "143" not inside "1430"."""
    if parts := _ROUGH_AMOUNT.fullmatch(amount):
        return rf"(?<![\d.]){re.escape(parts[1])}[多余来]?{re.escape(parts[2])}"
    return rf"(?<![\d.]){re.escape(amount)}" + (r"(?![\d.])" if amount[-1].isdigit() else "")


def _after_stated(quote: str, stated: tuple[str, ...]) -> str:
    """The quote after the last amount the question states that it prints (all of it, where it prints none).

    A report gives a whole before its parts ("拆除违建1642处，其中主城区N处").
    """
    ends = [m.end() for amount in stated for m in re.finditer(_stated_pattern(amount), quote)]
    return quote[max(ends) :] if ends else quote


def _beside_stated(quote: str, stated: tuple[str, ...], units: frozenset[str] | None) -> bool:
    """Whether another figure of a thing the question counts stands in its count's phrase or the next one.

    "主城区实施项目40个，完成投资33.9亿元" gives the money of the 40个; a sum two phrases off is another thing's.
    Amounts the quote does not print, and those of the unit asked, are not checked here.
    """
    counts = [a for a in stated if not _ROUGHLY.search(a) and not has_figure(a, units)]
    phrases = _PHRASES.findall(quote)
    for amount in counts:
        pattern = _stated_pattern(amount)
        at = [i for i, phrase in enumerate(phrases) if re.search(pattern, phrase)]
        if at and not any(
            has_figure(re.sub(pattern, " ", phrase), units) for i in at for phrase in phrases[i : i + 2]
        ):
            return False
    return True


def _without(quote: str, stated: tuple[str, ...]) -> str:
    """The quote without the amounts a question states (each as a whole number: "143" is not "1430").

    An amount said roughly is printed roughly or exactly: "9000多条" stands for "9000余条" and "9000条".
    """
    for amount in stated:
        quote = re.sub(_stated_pattern(amount), " ", quote)
    return quote


def _named_with_figure(
    quote: str, alternatives: tuple[str, ...], units: frozenset[str] | None, clauses: re.Pattern[str] | None = None
) -> bool:
    """Whether the quote names the measure (one of its words) in the clause that gives its figure of the unit asked.

    A measure the quote does not name at all (its name is in the headings) is not checked here.
    """
    if not any(alt in quote for alt in alternatives):
        return True
    return any(
        any(alt in clause for alt in alternatives) and any(
            has_figure(item, units) and not _of_another_measure(item, alternatives)
            for phrase in _PHRASES.findall(clause)
            for item in _items(phrase, alternatives)
        )
        for clause in (clauses or _CLAUSES).findall(quote)
    )


def _items(phrase: str, alternatives: tuple[str, ...]) -> list[str]:
    """The phrase, or where it lists figures of several things, the items of it that name the measure.

    "技术合同交易额80亿元、成果转化100项" gives 100项 of 成果转化, not of 合同. Items without a figure belong to the
    next one ("建成A、B等项目15个" is one item).
    """
    items: list[str] = []
    start = 0
    for mark in re.finditer("、", phrase):
        if has_figure(phrase[start : mark.start()]):
            items.append(phrase[start : mark.start()])
            start = mark.end()
    items.append(phrase[start:])
    for i in range(len(items) - 1, 0, -1):
        if _bare(items[i]):  # "修建道路23条、163公里": two figures of one thing
            items[i - 1 : i + 1] = [items[i - 1] + "、" + items[i]]
    naming = [item for item in items if any(alt in item for alt in alternatives)]
    return naming or [phrase]  # "人均可支配收入…，分别增长6.5%、9.4%": named in a phrase before


def _bare(item: str) -> bool:
    """Whether an item is a figure and nothing more ("163公里", "9.4%")."""
    for figure in extract_figures(item):
        item = item.replace(figure.text, "")
    return not has_cjk(item)


# The last character of a measure's name that says what kind of figure it is ("增加值", "进口额", "吞吐量").
_MEASURE_ENDS = frozenset("值额量")


def _of_another_measure(phrase: str, alternatives: tuple[str, ...]) -> bool:
    """Whether the phrase's figure is of a measure of the same kind named otherwise ("总产值N亿元" for 增加值)."""
    before = _before_figure(phrase)
    return not any(alt in before for alt in alternatives) and any(
        alt[-1:] in _MEASURE_ENDS and alt[-1] in before for alt in alternatives
    )


_COUNTED_NOUN = re.compile(r"[^，,、；;：:。！？!?]+")
# Verbs between a noun and its figure ("…增加值达163.48亿元"): the noun counted is what comes before them.
_TO_FIGURE = re.compile(r"(?:达到|达|为|是|超过|超|突破|共计|共|约|近|累计|新增|增加|增长|提高|完成|实现)$")


_ITEMS = re.compile(r"[、，,；;。：:]")
_CHANGE = re.compile(r"(?:增长|增加|增速|增幅|提高|提升|下降|减少|降低|新增)了?")


def _spread_over_items(quote: str, named: tuple[str, ...], question: str) -> bool:
    """Whether a measure's last two words stand in a listing quote only in different items, never in one.

    "工业投资", one phrase in the question, is not "规上工业增加值、固定资产投资…分别增长…".
    """
    pair = tuple(word for word in named if not _CHANGE.fullmatch(word))[-2:]
    if "、" not in quote or len(pair) < 2 or "".join(pair) not in question or not all(w in quote for w in pair):
        return False
    items = _ITEMS.split(quote)
    if any(item.strip() in pair for item in items):
        return False  # "调研视察执法检查多少次": the question lists them too ("调研、视察、执法检查17次")
    return not any(all(word in item for word in pair) for item in items)


def _figure_nouns(quote: str, units: frozenset[str] | None) -> tuple[str, ...]:
    """What each figure of the asked unit counts, as printed right before it.

    "托位2150个" -> "托位", "拆除违建1642处" -> "拆除违建", "…产业增加值达163.48亿元" -> "…产业增加值".
    """
    nouns = []
    for piece in (m.group(0) for m in _COUNTED_NOUN.finditer(quote)):
        if re.search(r"\d", piece) and has_figure(piece, units):
            nouns.append(_TO_FIGURE.sub("", _before_figure(piece)))
    return tuple(nouns)


def _before_figure(text: str) -> str:
    """What is printed before the text's first digit: the words that name its figure."""
    return re.split(r"\d", text, maxsplit=1)[0]


def _ends_noun(group: tuple[str, ...], nouns: tuple[str, ...], corpus: Corpus, few: float) -> bool:
    """Whether a translation of the word that few passages print ends a noun a figure counts.

    At most one character may follow it: "安置" in "安置房".
    """
    return any(
        has_cjk(alt) and corpus.document_frequency.get(alt, 0) <= few and alt in noun[-len(alt) - 1 :]
        for alt in group
        for noun in nouns
    )


def _telling(group: tuple[str, ...], context: str, corpus: Corpus, few: float) -> bool:
    """Whether the text holds a translation of the word that at most `few` passages print (托育, not 公共)."""
    return any(has_cjk(alt) and alt in context and corpus.document_frequency.get(alt, 0) <= few for alt in group)


def _most_telling(groups: Terms, weights: tuple[float, ...], corpus: Corpus) -> tuple[str, ...]:
    """The question's most telling printed word with its alternatives, where it names what is asked; else ().

    A word of three characters or more, printed as asked by one or two passages ("殡仪馆").
    """
    printed = [(w, g) for g, w in zip(groups, weights, strict=True) if g[0] in corpus.text]
    if not printed:
        return ()
    _, group = max(printed, key=lambda pair: pair[0])
    word = group[0]
    return group if len(word) >= 3 and corpus.document_frequency.get(word, 0) <= 2 else ()


def _holds_telling(group: tuple[str, ...], text: str) -> bool:
    """Whether the text holds the telling word, a part of it, or its short form.

    A part or a short form may be how the text says it ("城乡居民": 城镇和农村常住居民; "国有企业": 国企).
    """
    word = group[0]
    short = word[0] + word[2] if len(word) == 4 else ""
    return (
        any(alt in text for alt in group) or any(word[i : i + 2] in text for i in range(len(word) - 1))
        or bool(short and short in text)
    )


def _rare(group: tuple[str, ...], corpus: Corpus, few: float) -> bool:
    """Whether every printed translation of the word is printed by at most `few` passages."""
    return all(corpus.document_frequency.get(alt, 0) <= few for alt in group if has_cjk(alt))


# English nouns that name a measure, not a thing: where the words reports print for one are absent, the figure
# beside the thing's name measures something else of it.
_MEASURE_NOUNS = frozenset("capacity capacities output revenue revenues income turnover yield sales throughput".split())


def _said(group: tuple[str, ...], text: str) -> bool | None:
    """Whether the text holds one of a word's printed translations (None: the documents print none)."""
    printed = [alt for alt in group if has_cjk(alt)]
    return any(printed_unnegated(alt, text) for alt in printed) if printed else None


def section_points(section: Section, corpus: Corpus) -> list[str]:
    """The points of a section: its sub-headings, else the first sentence of each paragraph."""
    depth = len(section.path)
    children: dict[str, None] = {}
    leads: list[str] = []
    for pid in section.passage_ids:
        passage = corpus.by_id[pid]
        if len(passage.path) > depth:
            children.setdefault(passage.path[depth], None)
        else:
            rows = corpus.sentences.by_passage.get(pid, [])
            if rows:
                leads.append(corpus.sentences.texts[rows[0]])
    return list(children) if children else leads


def frame(q: Question, draft: Draft, asked: Scope | None = None) -> str:
    """Words around the quote, in the language the user asked in; the quote itself is never changed.

    An answer names its report and year; a refusal for a year or place names those the documents cover.
    """
    english = q.reply_english
    text = _frame(english, draft)
    sep = ", " if english else "、"
    if draft.years_only and asked and asked.covered:
        listed = sep.join(str(y) for y in asked.covered)
        text += f"\nThe documents cover: {listed}." if english else f"\n现有报告涵盖的年度：{listed}。"
    if draft.places_only and asked and asked.places:
        listed = sep.join(asked.places)
        text += f"\nThe documents are about: {listed}." if english else f"\n现有报告涵盖的地方：{listed}。"
    if draft.found and draft.passages and not english:
        head = draft.passages[0]
        text = f"据《{head.title}》{year_label(head, english)}：\n{text}"
    year = draft.passages[0].year if draft.found and draft.passages else None
    if year is not None and asked and asked.newest and year < asked.newest:
        # The newest report does not answer; an older one does, and says what year it is about only where it
        # prints it: the reader must not take its figures for the newest year's.
        note = "(The newest report does not cover this; from an earlier report:)" if english else (
            "（最新报告未涉及，以下摘自较早的报告：）"
        )
        text = f"{note}\n{text}"
    if draft.found and draft.passages and asked and len(asked.places) > 1 and not asked.place_named:
        text = place_note(draft.passages[0].place, asked.places, english) + text
    return text


def place_note(place: str | None, places: tuple[str, ...], english: bool) -> str:
    """Several places' reports and none named: whose figures these are, and which others there are."""
    others = (", " if english else "、").join(p for p in places if p != place)
    if english:
        return f"(No place named: this is {place}; the reports also cover {others}.)\n"
    return f"（问题未指明地方，以下为{place}的情况；现有报告还涵盖{others}，可在问题中注明。）\n"


def year_label(passage: Passage, english: bool) -> str:
    """The year a passage's figures are for, and whether they are results or targets: "（2023年实绩）".

    Only a year the passage (with its title and headings) prints is named, so the label adds no figure.
    """
    year = passage.about[0] if len(passage.about) == 1 else passage.year
    if year is None or str(year) not in passage.full_text:
        return ""
    if english:
        kind = {"result": " results", "target": " targets"}.get(passage.period or "", "")
        return f" ({year}{kind})"
    kind = {"result": "实绩", "target": "目标"}.get(passage.period or "", "")
    return f"（{year}年{kind}）"


def _frame(english: bool, draft: Draft) -> str:
    closest = _closest(draft)
    if not draft.found:
        if draft.span_only:
            years = "、".join(_year_spans(draft.missing, english)) if not english else ", ".join(draft.missing)
            if english:
                return (
                    f"The report gives this only as a total over several years, not for {years} alone. "
                    f"Closest sections: {closest}."
                )
            return f"报告中只有几年合计的数字，没有单列{years}的。最接近的章节：{closest}。"
        if draft.missing:
            missing = _year_spans(draft.missing, english) if draft.years_only else draft.missing
            what = ", ".join(missing) if english else "、".join(missing)
            if english:
                return f"The report does not mention {what}, so it does not answer this. Closest sections: {closest}."
            return f"报告中没有关于“{what}”的内容，无法回答这个问题。最接近的章节：{closest}。"
        if english:
            return f"The report does not cover this. Closest sections: {closest}."
        return f"报告中没有涉及这个问题。最接近的章节：{closest}。"
    where = section_label(draft.section)
    source = f"“{draft.passages[0].title}”{year_label(draft.passages[0], english)}" if draft.passages else "the report"
    if draft.listing:
        points = "\n".join(f"• {p}" for p in draft.quote.split("\n"))
        if english:
            return f"{source} lists these points under “{where}”:\n{points}"
        return f"报告“{where}”部分列出以下要点：\n{points}"
    if english:
        text = f"According to {source}, section “{where}”: {draft.quote}"
        for passage, quote in draft.also:
            text += f"\nAlso (section “{passage.section}”): {quote}"
        if draft.unanswered:
            text += f"\n(No figure found alongside for: {', '.join(draft.unanswered)}; ask about it on its own.)"
        return text
    text = f"{draft.quote}\n——摘自“{where}”"
    for passage, quote in draft.also:
        text += f"\n{quote}\n——摘自“{passage.section}”"
    if draft.unanswered:
        text += f"\n（未能一并找到“{'、'.join(draft.unanswered)}”的数字，可单独提问。）"
    return text


def _year_spans(years: tuple[str, ...], english: bool) -> tuple[str, ...]:
    """Years as they are read: a run of three or more as one span ("2011—2015年"), the others one by one."""
    runs: list[list[int]] = []
    for year in sorted(int(y) for y in years):
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    parts: list[str] = []
    for run in runs:
        parts += [f"{run[0]}—{run[-1]}"] if len(run) > 2 else [str(y) for y in run]
    return tuple(parts) if english else tuple(f"{part}年" for part in parts)


def _closest(draft: Draft) -> str:
    labels: dict[str, None] = {}
    for p in draft.passages[:4]:
        labels.setdefault(p.path[-1] if p.path else PREAMBLE, None)
    return "; ".join(list(labels)[:3]) or "—"

