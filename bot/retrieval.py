"""Hybrid retrieval: dense search in Chroma plus BM25 over jieba tokens, fused by reciprocal rank."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import bm25s
import numpy as np
from langchain_core.embeddings import Embeddings

from bot.documents import Passage
from bot.ingest import headings_of, sentences_of
from bot.lexicon import Lexicon
from bot.store import VectorStore
from bot.textutil import is_english, tokenize

logger = logging.getLogger(__name__)

RRF_K = 60


@dataclass(frozen=True)
class Hit:
    """A retrieved passage with its fused score and the two rankings behind it."""

    passage: Passage
    score: float
    dense: float | None = None
    bm25: float | None = None


@dataclass
class Retrieval:
    """What retrieval found for one question, and what each stage cost."""

    question: str
    hits: list[Hit]
    query_vector: np.ndarray | None
    degraded: bool = False
    years: frozenset[int] | None = None
    timings: dict[str, float] = field(default_factory=dict)


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


class Corpus:
    """The in-memory view of the index: passages, their BM25 index and sentence vectors."""

    def __init__(self, passages: list[Passage], sentence_vectors: dict[str, tuple[str, list[float]]]) -> None:
        self.passages = passages
        self.by_id = {p.id: p for p in passages}
        tokens = [tokenize(" ".join((*p.path, p.text))) for p in passages]
        self.document_frequency: Counter[str] = Counter(t for toks in tokens for t in set(toks))
        self._bm25 = bm25s.BM25()
        if passages:
            self._bm25.index(tokens, show_progress=False)
        self.sentences = self._sentence_index(sentence_vectors)
        self.sections = self._sections(sentence_vectors)
        self.lexicon = Lexicon.for_vocabulary(self.document_frequency) if passages else Lexicon({})
        self.text = "\n".join(p.full_text for p in passages)
        self.years = frozenset(p.year for p in passages if p.year)

    def query_terms(self, question: str) -> tuple[tuple[str, ...], ...]:
        """The question's topic words as groups of corpus words: English words by their translations."""
        from bot.questions import content_terms, english_terms

        if is_english(question):
            return tuple((*sorted(self.lexicon.translations(w)), w) for w in english_terms(question))
        return tuple((t,) for t in content_terms(question))

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

    def idf(self, token: str) -> float:
        """Inverse document frequency of a token over passages (unseen tokens get the maximum)."""
        n = max(len(self.passages), 1)
        return math.log(1 + n / (1 + self.document_frequency.get(token, 0)))

    def term_weights(self, terms: tuple[tuple[str, ...], ...]) -> tuple[float, ...]:
        """How telling each question word is: rare in the corpus, or absent from it, weighs most."""
        return tuple(max((self.idf(alt) for alt in group if alt), default=self.idf("")) for group in terms)

    def bm25(self, question: str, k: int, years: frozenset[int] | None = None) -> list[tuple[str, float]]:
        """Passages ranked by BM25 over jieba tokens: (passage id, score), best first."""
        words = tokenize(question)
        if is_english(question):
            words += [zh for w in words for zh in self.lexicon.translations(w)]
        query = [t for t in words if t in self.document_frequency]
        if not query or not self.passages:
            return []
        mask = None
        if years is not None:
            mask = np.array([p.year in years for p in self.passages], dtype=np.float32)
            if not mask.any():
                return []
        docs, scores = self._bm25.retrieve(
            [query], k=min(k, len(self.passages)), show_progress=False, n_threads=1, weight_mask=mask
        )
        return [(self.passages[int(i)].id, float(s)) for i, s in zip(docs[0], scores[0], strict=True) if s > 0]


class HybridRetriever:
    """Fuses dense and BM25 rankings; keeps working on BM25 alone when the vector store fails."""

    RETRY_SECONDS = 15.0

    def __init__(
        self,
        store: VectorStore,
        embeddings: Embeddings,
        *,
        depth: int = 20,
        fallback: Callable[[], list[Passage]] | None = None,
    ) -> None:
        self._store = store
        self.embeddings = embeddings
        self._depth = depth
        self._fallback = fallback
        self._lock = threading.Lock()
        self._last_try = 0.0
        self.corpus = Corpus([], {})
        self.degraded = False

    def refresh(self) -> None:
        """Reload passages and sentence vectors from the store (or, while it is down, the fallback passages)."""
        self._last_try = time.monotonic()
        try:
            corpus = Corpus(self._store.load_passages(), self._store.load_sentence_vectors())
            degraded = False
        except Exception as exc:  # Chroma raises many kinds; all mean "not now"
            if self._fallback is None:
                raise
            logger.warning("vector store unavailable (%s); answering from keyword search alone", type(exc).__name__)
            corpus = Corpus(self._fallback(), {})
            degraded = True
        with self._lock:
            self.corpus, self.degraded = corpus, degraded
        logger.info("index loaded: %d passages, %d sentences", len(corpus.passages), len(corpus.sentences.texts))

    def _recover(self) -> None:
        """While degraded, try the store again now and then; reload everything once it answers."""
        if self.degraded and time.monotonic() - self._last_try >= self.RETRY_SECONDS:
            self._last_try = time.monotonic()
            if self._store.heartbeat():
                logger.info("vector store is back; reloading the index")
                self.refresh()

    def embed_query(self, text: str) -> np.ndarray:
        """The question's vector, unit length."""
        vector = np.asarray(self.embeddings.embed_query(text), dtype=np.float32)
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def retrieve(self, question: str, k: int = 6, years: frozenset[int] | None = None) -> Retrieval:
        """The k best passages for a question (from the documents of `years` only, when given)."""
        self._recover()
        corpus = self.corpus
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        vector = self.embed_query(question)
        t1 = time.perf_counter()
        timings["embed"] = t1 - t0
        degraded = self.degraded
        try:
            dense = [] if degraded else self._store.search(vector.tolist(), self._depth, years)
        except Exception as exc:  # any store failure degrades to BM25
            logger.warning("dense search failed, answering from BM25 alone: %s", type(exc).__name__)
            dense, degraded = [], True
            self.degraded, self._last_try = True, time.monotonic()
        t2 = time.perf_counter()
        timings["dense"] = t2 - t1
        lexical = corpus.bm25(question, self._depth, years)
        t3 = time.perf_counter()
        timings["bm25"] = t3 - t2
        hits = fuse(corpus, dense, lexical)[:k]
        timings["fusion"] = time.perf_counter() - t3
        return Retrieval(question, hits, vector, degraded=degraded, years=years, timings=timings)


def fuse(corpus: Corpus, dense: list[tuple[str, float]], lexical: list[tuple[str, float]]) -> list[Hit]:
    """Reciprocal rank fusion of two rankings."""
    scores: dict[str, float] = {}
    dense_score = dict(dense)
    bm25_score = dict(lexical)
    for ranking in (dense, lexical):
        for rank, (pid, _) in enumerate(ranking):
            scores[pid] = scores.get(pid, 0.0) + 1.0 / (RRF_K + rank + 1)
    ordered = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    return [
        Hit(corpus.by_id[pid], score, dense_score.get(pid), bm25_score.get(pid))
        for pid, score in ordered
        if pid in corpus.by_id
    ]
