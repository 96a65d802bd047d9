"""Hybrid retrieval: dense search in Chroma plus BM25 over jieba tokens, fused by reciprocal rank."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from langchain_core.embeddings import Embeddings

from bot.domain import ANYWHERE, Passage, Where
from bot.search.corpus import Corpus
from bot.search.store import VectorStore

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
    corpus: Corpus  # the passages searched (`Corpus.within`): the places asked about, or all
    degraded: bool = False
    where: Where = ANYWHERE
    timings: dict[str, float] = field(default_factory=dict)


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
            if len(corpus.places) > 1:
                for place in corpus.places:  # each place's own statistics, ready before its first question
                    corpus.within(frozenset({place}))
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

    def retrieve(
        self, question: str, k: int = 6, where: Where = ANYWHERE, places: tuple[str, ...] = ()
    ) -> Retrieval:
        """The k best passages for a question, among those `where` admits (`places`: those the question names)."""
        self._recover()
        corpus = self.corpus.within(where.places)
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        vector = self.embed_query(question)
        t1 = time.perf_counter()
        timings["embed"] = t1 - t0
        degraded = self.degraded
        try:
            dense = [] if degraded else self._store.search(vector.tolist(), self._depth, where)
        except Exception as exc:  # any store failure degrades to BM25
            logger.warning("dense search failed, answering from BM25 alone: %s", type(exc).__name__)
            dense, degraded = [], True
            self.degraded, self._last_try = True, time.monotonic()
        t2 = time.perf_counter()
        timings["dense"] = t2 - t1
        lexical = corpus.bm25(question, self._depth, where, places)
        t3 = time.perf_counter()
        timings["bm25"] = t3 - t2
        hits = leaders_kept(fuse(corpus, dense, lexical), dense, lexical, k)
        timings["fusion"] = time.perf_counter() - t3
        return Retrieval(question, hits, vector, corpus, degraded=degraded, where=where, timings=timings)


def leaders_kept(
    fused: list[Hit], dense: list[tuple[str, float]], lexical: list[tuple[str, float]], k: int
) -> list[Hit]:
    """The k best fused hits, with each ranking's first always among them.

    Fusion favours passages both rankings find; a passage only one of them puts first (the one sentence that
    names "空气环境质量优良率" in a short passage the dense model overlooks) would otherwise drop out.
    """
    hits = fused[:k]
    kept = {h.passage.id for h in hits}
    leaders = []
    for ranking in (lexical, dense):
        leader = next((h for h in fused if ranking and h.passage.id == ranking[0][0]), None)
        if leader is not None and leader.passage.id not in kept:
            leaders.append(leader)
            kept.add(leader.passage.id)
    # A missing leader takes the last place; when both are missing, both are kept (one hit more than asked)
    # rather than the second pushing out the first.
    return [*hits[: k - 1], *leaders] if leaders and hits else hits


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
