"""The in-memory view of the index: passages, their BM25 index, sentence and heading vectors."""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import Counter
from dataclasses import dataclass

import bm25s
import numpy as np

from bot.domain import ANYWHERE, Passage, Where, headings_of, sentences_of
from bot.language.glossary import expressions
from bot.language.lexicon import Lexicon
from bot.language.text import (
    FILLERS,
    MEASURE_SUFFIXES,
    STOPWORDS,
    dictionary_word,
    has_cjk,
    is_english,
    spelt_out,
    tokenize,
)
from bot.language.thesaurus import synonyms

_CJK_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")
_LATIN_WORD = re.compile(r"(?<![A-Za-z'])[A-Za-z]{5,}(?![A-Za-z])")
_ASKING = STOPWORDS | FILLERS
# Particles, auxiliaries and prepositions that follow a word ("多少钱来着", "预计能达到", "一共给企业"): a piece
# ending in one is no mistyped word.
_PARTICLES = frozenset("了着过的得地来去是在有和与及或吗呢吧啊呀么嘛能会要想就都也还又再才给把被向从让替")
# Characters that are never the mistyped part of a word. A classical function word ("之": "可之配" for 可支配) or a
# one-character word of asking ("其业": 企业, "为章": 违章) may be; a word of asking typed right beside the piece
# ("一共") is kept whole.
_FUNCTION = _PARTICLES | set("各每该此")


@dataclass(frozen=True)
class Section:
    """A heading of a document with every passage under it."""

    source: str
    path: tuple[str, ...]
    passage_ids: tuple[str, ...]
    vector: np.ndarray | None
    year: int | None = None


@dataclass
class SentenceIndex:
    """Every sentence of every passage, with its vector when one is stored."""

    texts: list[str]
    passage_ids: list[str]
    positions: list[int]
    vectors: np.ndarray  # (n, dim), rows of zeros where no vector was stored
    by_passage: dict[str, list[int]]


@dataclass(frozen=True)
class Timeline:
    """The years some documents speak of, and what their newest report reviews and plans."""

    years: frozenset[int]  # every year a passage speaks of
    document_years: frozenset[int]
    newest: int | None
    newest_results: frozenset[int]  # the years whose results the newest report gives
    newest_targets: frozenset[int]  # the years whose targets it sets
    reported: frozenset[int] = frozenset()  # every year whose results a passage gives

    @classmethod
    def of(cls, passages: list[Passage]) -> Timeline:
        """The timeline of these passages."""
        document_years = frozenset(p.year for p in passages if p.year)
        newest = max(document_years, default=None)
        latest = [p for p in passages if p.year is not None and p.year == newest]
        return cls(
            frozenset(y for p in passages for y in p.years),
            document_years,
            newest,
            frozenset(y for p in latest if p.period == "result" for y in p.about),
            frozenset(y for p in latest if p.period == "target" for y in p.about),
            frozenset(y for p in passages if p.period == "result" for y in p.about),
        )


class Corpus:
    """The in-memory view of the index: passages, their BM25 index and sentence vectors."""

    def __init__(self, passages: list[Passage], sentence_vectors: dict[str, tuple[str, list[float]]]) -> None:
        self.passages = passages
        self.by_id = {p.id: p for p in passages}
        texts = [" ".join((*p.path, p.text)) for p in passages]
        tokens = [tokenize(text) for text in texts]
        self.document_frequency: Counter[str] = Counter(t for toks in tokens for t in set(toks))
        self._vocabulary = frozenset(self.document_frequency)  # the tokens BM25 indexes
        self._bm25 = bm25s.BM25()
        if passages:
            self._bm25.index(tokens, show_progress=False)
        self.sentences = self._sentence_index(sentence_vectors)
        self.sections = self._sections(sentence_vectors)
        joined = {a + b for toks in tokens for a, b in itertools.pairwise(toks) if 3 <= len(a) + len(b) <= 4}
        self.text = "\n".join(p.full_text for p in passages)
        self.lexicon = (
            Lexicon.for_vocabulary(self.document_frequency, joined, self.text, len(passages))
            if passages
            else Lexicon({})
        )
        # A translation printed across tokens ("保租房": 保 + 租房) is as telling as the passages that print it.
        for word in self.lexicon.renderings() - self.document_frequency.keys():
            self.document_frequency[word] = sum(word in text for text in texts)
        self.places = frozenset(p.place for p in passages if p.place)
        self._timelines: dict[str | None, Timeline] = {
            place: Timeline.of([p for p in passages if p.place == place]) for place in self.places
        }
        self._timelines[None] = Timeline.of(passages)
        at = {(p.source, p.position): p for p in passages}
        self._next = {
            p.id: n for p in passages if (n := at.get((p.source, p.position + 1))) is not None and n.path == p.path
        }
        self._stored = sentence_vectors
        self.wider: Corpus | None = None  # the corpus of every place, when this is some places' part of it
        self._prints: dict[str, bool] = {}
        self._common: dict[float, frozenset[str]] = {}
        self._within: dict[frozenset[str], Corpus] = {}
        self._within_lock = threading.Lock()

    def within(self, places: frozenset[str] | None) -> Corpus:
        """The corpus of these places' documents alone, as if nothing else were indexed (self for all or None).

        A question about one place is answered with that place's word statistics (how rare a word is, BM25,
        the words it prints): another place's report must not make a telling word common, or a word the asked
        report never prints look printed.
        """
        if not places or len(self.places) < 2 or self.places <= places:
            return self
        key = frozenset(places)
        with self._within_lock:
            found = self._within.get(key)
            if found is None:
                found = Corpus([p for p in self.passages if p.place in key], self._stored)
                found.wider = self
                self._within[key] = found
        return found

    def prints(self, english: str) -> bool:
        """Whether the documents print a translation of an English word (asked once a word: it is asked per quote)."""
        found = self._prints.get(english)
        if found is None:
            found = any(has_cjk(alt) for group in self.term_groups((english,), english=True) for alt in group)
            self._prints[english] = found
        return found

    def continuation(self, passage: Passage) -> Passage | None:
        """The passage that goes on where this one stops, under the same heading (a long paragraph's next piece)."""
        return self._next.get(passage.id)

    def timeline(self, place: str | None = None) -> Timeline:
        """The years of one place's documents (of all documents for None or a place they are not about)."""
        return self._timelines.get(place, self._timelines[None])

    def term_groups(self, terms: tuple[str, ...], english: bool) -> tuple[tuple[str, ...], ...]:
        """A question's topic words as groups of corpus words.

        English words come with their translations, Chinese words with the near-synonyms the documents use.
        """
        groups: list[tuple[str, ...]] = []
        if english:
            groups = [
                (*sorted(self.lexicon.translations(w, [t for t in terms if t != w])), *_as_printed(w), w) for w in terms
            ]
            # An expression ("broke_ground") counts where the documents print it; its words count either way, but
            # one it says alone what the documents print ("cross" of "cross_province": 跨省) is no word of its own.
            said = {part for g in groups if len(g) > 1 and "_" in g[-1] for part in g[-1].split("_")}
            return tuple(g for g in groups if len(g) > 1 or ("_" not in g[-1] and g[-1] not in said))
        i = 0
        while i < len(terms):
            # Words the tokenizer split that are one listed phrase ("新型农村" "合作医疗"), printed in short (新农合).
            for span in (3, 2, 1):
                word = "".join(terms[i : i + span])
                printed = sorted(s for s in synonyms(word) if s in self.text)
                if span == 1 or (i + span <= len(terms) and printed and word not in self.text):
                    # A short form stands for the words it shortens ("公厕": 公共厕所).
                    spelt = [w for w in spelt_out(word, self.text) if w not in printed] if span == 1 else []
                    groups.append((word, *printed, *spelt))
                    i += span
                    break
        return tuple(groups)

    def correct(self, text: str, dictionary: bool = False) -> str:
        """The text with words the documents lack replaced by a document word that sounds the same.

        That is a typo of a Chinese input method ("热限" for "热线"); words the documents print are left alone,
        and so are words of the general dictionary ("市长" is not "市场") unless `dictionary` (an input method
        offers real words: "公式" for "公示", a reading tried only when the plain one finds no answer).
        """
        out = []
        last = 0
        for run in _CJK_RUN.finditer(text):
            chunk, start = run.group(0), run.start()
            i = 0
            while i < len(chunk) - 1:
                for n in (4, 3, 2):
                    piece = chunk[i : i + n]
                    if len(piece) < n or piece in self.text or piece in _ASKING or (
                        not dictionary and dictionary_word(piece)
                    ):
                        # A word the documents print, one the user meant ("市长", "几个"), or a word of asking
                        # ("前年" is no mistyped 千年) is no typo.
                        continue
                    # "钱来着": a word ends before a particle; 地 ends many words as typed ("鸡地" for 基地).
                    kept_end = piece[-1] == "地"
                    if (piece[-1] in _PARTICLES and not kept_end) or self._straddles(chunk, i, n):
                        continue
                    if any(chunk[k : k + 2] in _ASKING for k in range(max(i - 1, 0), i + n)):
                        continue  # "一共花": a word of asking typed right ("一共") is no part of a typo ("共花")
                    if piece[0] in _FUNCTION and self._printed(chunk[i + 1 : i + 3]) and i + 2 < len(chunk):
                        continue  # "各降低": a function word before a word ("降低"), not a mistyped "各项"
                    # A function word is never what was mistyped: "就叶" is "就业", its "就" kept.
                    # Nor is the last character of a word printed before it: "按可比价算" is no "可比结算".
                    ends_before = i >= 2 and chunk[i - 2 : i + 1] in self.text
                    # A classical function word closing a piece ("空其" for 空气, "海拉而" for 海拉尔) may be the typo,
                    # unless it starts a word with what follows ("而且").
                    last_free = not self._printed(chunk[i + n - 1 : i + n + 1])
                    found = [
                        w for w in self.lexicon.sounds_like(piece)
                        if all(
                            a == b for k, (a, b) in enumerate(zip(w, piece, strict=False))
                            if b in _FUNCTION and not (k == n - 1 and last_free)
                        )
                        and not (ends_before and w[0] != piece[0])
                        and not (kept_end and w[-1] != piece[-1])
                    ]
                    if found:
                        best = max(found, key=lambda w: self.document_frequency.get(w, 0))
                        out.append(text[last : start + i] + best)
                        last = start + i + n
                        i += n
                        break
                else:
                    i += 1
        out.append(text[last:])
        return self._correct_english("".join(out))

    def _correct_english(self, text: str) -> str:
        """English words no dictionary knows, mended where one slip away is a word the documents print.

        "How many pasengers…" asks of passengers (旅客); "Tiamen" is Tianmen, and "qianjiang" a name however it is
        typed. A capitalised word inside the text that pinyin may spell is mended only to a name; a word with
        several mendings (of the glossary of reports, where some are) is left as it is.
        """
        # A word of an expression the glossary lists ("stats" of "stats register") is a word, however short.
        expressed = {part for token in expressions(text.lower()) for part in token.split("_")}

        def mend(match: re.Match[str]) -> str:
            word = match.group(0)
            if self.lexicon.known(word) or word.lower() in expressed:
                return word
            if self.lexicon.is_name(word) or self.lexicon.place_spelt(word):
                return word.capitalize()  # "qianjiang's", "tieling" (another place's name, to be refused by it)
            if word[0].isupper() and self.lexicon.name(word):
                return word
            found = [w for w in self.lexicon.spelt_like(word) if self.prints(w)]
            named = self.lexicon.named_like(word)
            if len(named) == 1 and (word[0].isupper() or not found):
                return named[0].capitalize()  # "Tiamen", "qiajiang"; a word in lower case is a word first ("buiding")
            if word[0].isupper() and match.start() > 0 and self.lexicon.pinyin_like(word):
                return word  # a name of another place, or a name spelt otherwise ("Airort" is no name)
            if len(found) > 1:  # "buidings": buildings, of the glossary of reports, rather than guidings
                found = [w for w in found if self.lexicon.curated(w)]
            if len(found) > 1:
                found = self._most_printed(found)  # "proects": projects (项目, everywhere), not protects (保护)
            if len(found) != 1:
                return word
            return found[0].capitalize() if word[0].isupper() else found[0]

        return _LATIN_WORD.sub(mend, text)

    def _most_printed(self, words: list[str]) -> list[str]:
        """Of English words a typo may be, the one the documents print most ("proects": projects, not protects).

        Its translations must stand in twice as many passages as any other's; else all of them are kept.
        """
        passages = {
            word: max((self.document_frequency.get(zh, 0) for zh in self.lexicon.translations(word)), default=0)
            for word in words
        }
        first, second = sorted(words, key=passages.__getitem__, reverse=True)[:2]
        return [first] if passages[first] >= 2 * passages[second] else words

    def _straddles(self, chunk: str, i: int, n: int) -> bool:
        """Whether a piece is the ends of two printed words, not one mistyped word.

        In "督办件全年" the piece "件全" is the end of "办件" and the start of "全年", both printed words; in
        "鄂州市现任" the piece "市现" ends a printed name and starts a dictionary word; in "预计能" the piece "计能"
        ends a dictionary word and is followed by a function word.
        """
        before, after = chunk[max(i - 1, 0) : i + 1], chunk[i + n - 1 : i + n + 1]
        # A printed word's end and a measure's suffix ("受理量": 理量) is no mistyped word either.
        ends_word = (
            (len(after) == 2 and self._printed(after)) or after[:1] in STOPWORDS or after[:1] in MEASURE_SUFFIXES
        )
        if n > 2 and len(after) == 2 and after in self.text and self._spoken(chunk[i : i + n - 1]):
            return True  # "多少千伏": a question word, then a printed word ("千伏"), not a mistyped "多少钱"
        # A longer piece ("重电项目" before "一共") is one mistyped word, whatever its edges spell with its neighbours.
        # "新增的工共绿地": a particle and the next character ("的工") are printed together everywhere, as no word.
        return n == 2 and i > 0 and self._printed(before) and before[0] not in _TIES and ends_word

    def _spoken(self, word: str) -> bool:
        """A word of asking or of the documents' vocabulary: not any two characters of the text ("实现政务": 现政)."""
        return word in STOPWORDS or word in self._vocabulary or dictionary_word(word)

    def _printed(self, word: str) -> bool:
        return word in self.text or dictionary_word(word)

    def _sections(self, stored: dict[str, tuple[str, list[float]]]) -> list[Section]:
        members: dict[tuple[str, tuple[str, ...]], list[str]] = {}
        vectors: dict[tuple[str, tuple[str, ...]], np.ndarray | None] = {}
        for p in self.passages:
            for unit in headings_of(p):
                key = (p.source, p.path[: unit.index + 1])
                members.setdefault(key, []).append(p.id)
                if key not in vectors:
                    row = stored.get(unit.id)
                    vectors[key] = np.asarray(row[1], dtype=np.float32) if row else None
        year_of = {p.source: p.year for p in self.passages}
        return [
            Section(src, path, tuple(ids), vectors[(src, path)], year_of.get(src))
            for (src, path), ids in members.items()
        ]

    def _sentence_index(self, stored: dict[str, tuple[str, list[float]]]) -> SentenceIndex:
        texts: list[str] = []
        pids: list[str] = []
        positions: list[int] = []
        rows: list[list[float] | None] = []
        by_passage: dict[str, list[int]] = {}
        for p in self.passages:
            for s in sentences_of(p):
                by_passage.setdefault(p.id, []).append(len(texts))
                texts.append(s.text)
                pids.append(p.id)
                positions.append(s.index)
                rows.append(stored[s.id][1] if s.id in stored else None)
        dim = next((len(r) for r in rows if r is not None), 0)
        matrix = np.zeros((len(rows), dim), dtype=np.float32)
        for i, row in enumerate(rows):
            if row is not None:
                matrix[i] = row
        return SentenceIndex(texts, pids, positions, matrix, by_passage)

    def sentence_similarity(self, rows: list[int], query: np.ndarray | None) -> np.ndarray | None:
        """Cosine of the question to these sentences; None while no sentence vectors are loaded."""
        vectors = self.sentences.vectors
        if query is None or vectors.ndim != 2 or vectors.shape[1] != query.shape[0]:
            return None
        return np.asarray(vectors[rows] @ query)

    def printed_by_most(self, share: float) -> frozenset[str]:
        """The words more than this share of passages print ("建设" in a work report): they tell no passage apart."""
        if share not in self._common:
            least = share * len(self.passages)
            self._common[share] = frozenset(w for w, n in self.document_frequency.items() if n > least)
        return self._common[share]

    def idf(self, token: str) -> float:
        """Inverse document frequency of a token over passages (unseen tokens get the maximum)."""
        n = max(len(self.passages), 1)
        return math.log(1 + n / (1 + self.document_frequency.get(token, 0)))

    def term_weights(self, terms: tuple[tuple[str, ...], ...]) -> tuple[float, ...]:
        """How telling each question word is: rare in the corpus, or absent from it, weighs most."""
        return tuple(self._weight(group) for group in terms)

    def _weight(self, group: tuple[str, ...]) -> float:
        # A Chinese word weighs by its own rarity (absent: the most). An English word weighs as its most common
        # translation the documents print: "jobs" -> 就业/工作 says less than its rarest reading.
        head = group[-1] if group else ""
        if head and not has_cjk(head):
            printed = [self.idf(alt) for alt in group if alt in self.document_frequency]
            return min(printed, default=self.idf(""))
        return self.idf(group[0]) if group and group[0] else self.idf("")

    def _tokens_of(self, word: str) -> tuple[str, ...]:
        """The indexed tokens a word is searched by: itself, or those it is printed as ("保租房": 保, 租房)."""
        if word in self._vocabulary:
            return (word,)
        if word in self.document_frequency:
            return tuple(t for t in tokenize(word) if t in self._vocabulary)
        return ()

    def bm25(
        self, question: str, k: int, where: Where = ANYWHERE, places: tuple[str, ...] = ()
    ) -> list[tuple[str, float]]:
        """Passages ranked by BM25 over jieba tokens: (passage id, score), best first.

        The places a question names pick documents, not passages: their words are left out of the query, or a
        report's few passages that print its own name (the preamble) outrank the one that answers.
        """
        named = [p.lower() for p in places]
        words = [w for w in tokenize(question) if not any(w in p or p in w for p in named)]
        if is_english(question):
            said = expressions(question)  # "broke ground": 开工
            words += [zh for w in [*words, *said] for zh in self.lexicon.translations(w)]
        # A word the documents never print ("gdp", "社零") searches by the near-synonyms they do print.
        words += [t for w in words if w not in self.document_frequency for s in synonyms(w) for t in tokenize(s)]
        query = [t for w in words for t in self._tokens_of(w)]
        if not query or not self.passages:
            return []
        mask = None
        if where != ANYWHERE:
            mask = np.array([where.admits(p) for p in self.passages], dtype=np.float32)
            if not mask.any():
                return []
        docs, scores = self._bm25.retrieve(
            [query], k=min(k, len(self.passages)), show_progress=False, n_threads=1, weight_mask=mask
        )
        return [(self.passages[int(i)].id, float(s)) for i, s in zip(docs[0], scores[0], strict=True) if s > 0]


_TIES = frozenset("的了地得之")  # particles that tie words together and start none


def _as_printed(word: str) -> tuple[str, ...]:
    """How Chinese text prints an English word of a digit and a letter: "5g" is "5G", "4a" is "4A"."""
    return (word.upper(),) if re.fullmatch(r"\d[a-z]", word) else ()
