"""The Chroma vector store: embedded under DATA_DIR, or a Chroma server."""

from __future__ import annotations

import importlib
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlparse


def _skip_signature_checks() -> None:
    """Switch off the signature check `overrides.override` makes when each of chromadb's classes is made.

    It compares every marked method's signature with its base class's: a development check of chromadb's own
    code, a fifth of a second of every start, that only ever raises on a mismatch chromadb's tests would catch.
    """
    try:
        module = importlib.import_module("overrides.overrides")  # the module; the package's name is the function
    except ImportError:
        return
    if hasattr(module, "ensure_signature_is_compatible"):
        setattr(module, "ensure_signature_is_compatible", lambda *args, **kwargs: None)  # noqa: B010


_skip_signature_checks()

import chromadb  # noqa: E402
from chromadb.api.shared_system_client import SharedSystemClient  # noqa: E402
from chromadb.config import Settings as ChromaSettings  # noqa: E402

from bot.config import Settings  # noqa: E402
from bot.domain import ANYWHERE, Passage, Unit, Where, year_flag  # noqa: E402
from bot.errors import StoreUnavailable  # noqa: E402

logger = logging.getLogger(__name__)

_PAGE = 500


def make_client(settings: Settings) -> Any:
    """A Chroma client: HTTP when CHROMA_URL is set, else persistent under DATA_DIR; telemetry off."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        url = urlparse(settings.chroma_url)
        try:
            return chromadb.HttpClient(
                host=url.hostname or "127.0.0.1",
                port=url.port or (443 if url.scheme == "https" else 8000),
                ssl=url.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:  # chromadb raises plain ValueError/ConnectionError subclasses
            raise StoreUnavailable(f"Chroma server at {settings.chroma_url} is not reachable ({exc})") from exc
    path = settings.data_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:  # chromadb raises its own InternalError for a damaged database
        raise StoreUnavailable(f"embedded store at {path} cannot be opened ({exc})") from exc


# SQLite's words (and codes) for a disk that is full, read-only, busy or failing: the store is not damaged.
_NOT_DAMAGE = re.compile(r"disk is full|readonly|read-only|disk I/O|\(code: (5|8|10|13|14)\)", re.IGNORECASE)


class VectorStore:
    """Passages and their sentences in two Chroma collections, tagged with the embedding model.

    The connection is made on first use and again after a failure, so a Chroma server that is down
    at start or restarts later is picked up when it answers.
    """

    def __init__(self, connect: Callable[[], Any], name: str, embedding_name: str) -> None:
        self._connect = connect
        self.name = name
        self.embedding_name = embedding_name
        self._client: Any = None
        self._lock = threading.Lock()
        try:
            self._ready()
        except StoreUnavailable as exc:
            logger.warning("%s", exc)

    @classmethod
    def open(cls, settings: Settings, name: str, embedding_name: str) -> VectorStore:
        """The store the settings name; a corrupt embedded store is set aside and started anew."""
        if settings.chroma_url:
            return cls(lambda: make_client(settings), name, embedding_name)
        if not (settings.data_dir / "chroma" / "chroma.sqlite3").exists():
            SharedSystemClient.clear_system_cache()  # a store deleted under a running process starts anew
        try:
            make_client(settings)
        except StoreUnavailable as exc:
            if _NOT_DAMAGE.search(str(exc)):
                # A full disk or a read-only folder damages nothing: keep the store, answer from keyword
                # search meanwhile (as while a Chroma server is down), and open it once it can be written.
                logger.warning("%s; answering from keyword search until it opens", exc)
                SharedSystemClient.clear_system_cache()
                return cls(lambda: make_client(settings), name, embedding_name)
            path = settings.data_dir / "chroma"
            aside = path.with_name(f"chroma.corrupt-{int(time.time())}")
            logger.error("embedded store at %s is unreadable; moved to %s, rebuilding from knowledge/", path, aside)
            path.rename(aside)
            SharedSystemClient.clear_system_cache()  # chromadb keeps one client per path per process
        client = make_client(settings)
        return cls(lambda: client, name, embedding_name)

    def _ready(self) -> None:
        with self._lock:
            if self._client is not None:
                return
            client = self._connect()
            meta = {"hnsw:space": "cosine", "embedding": self.embedding_name}
            try:
                self._passages = client.get_or_create_collection(self.name, metadata=meta)
                self._sentences = client.get_or_create_collection(f"{self.name}_sentences", metadata=meta)
            except Exception as exc:
                raise StoreUnavailable(f"Chroma is not reachable ({type(exc).__name__}: {exc})") from exc
            self._client = client

    def _disconnect(self) -> None:
        with self._lock:
            self._client = None

    @property
    def passages(self) -> Any:
        """The passage collection."""
        self._ready()
        return self._passages

    @property
    def sentences(self) -> Any:
        """The sentence and heading collection."""
        self._ready()
        return self._sentences

    @property
    def model_matches(self) -> bool:
        """Whether the stored vectors come from the configured embedding model."""
        stored = (self.passages.metadata or {}).get("embedding")
        return stored in (None, self.embedding_name)

    def reset(self) -> None:
        """Drop everything and start empty."""
        self._ready()
        for name in (self.name, f"{self.name}_sentences"):
            try:
                self._client.delete_collection(name)
            except Exception:  # a collection that does not exist is already reset
                logger.debug("collection %s did not exist", name)
        self._disconnect()
        self._ready()

    def passage_ids(self) -> set[str]:
        """Ids of all stored passages."""
        return set(_all_ids(self.passages))

    def sentence_ids(self) -> set[str]:
        """Ids of all stored sentences."""
        return set(_all_ids(self.sentences))

    def add_passages(self, passages: Sequence[Passage], vectors: Sequence[Sequence[float]]) -> None:
        """Upsert passages with their vectors (ids come from content, so repeats are harmless)."""
        if passages:
            self.passages.upsert(
                ids=[p.id for p in passages],
                embeddings=[list(v) for v in vectors],
                documents=[p.text for p in passages],
                metadatas=[p.record() for p in passages],
            )

    def add_sentences(self, sentences: Sequence[Unit], vectors: Sequence[Sequence[float]]) -> None:
        """Upsert sentences with their vectors."""
        if sentences:
            self.sentences.upsert(
                ids=[s.id for s in sentences],
                embeddings=[list(v) for v in vectors],
                documents=[s.text for s in sentences],
                metadatas=[{"passage_id": s.passage_id, "index": s.index, "kind": s.kind} for s in sentences],
            )

    def delete_passages(self, ids: Sequence[str]) -> None:
        """Remove passages by id."""
        for start in range(0, len(ids), _PAGE):
            self.passages.delete(ids=list(ids[start : start + _PAGE]))

    def delete_sentences(self, ids: Sequence[str]) -> None:
        """Remove sentences by id."""
        for start in range(0, len(ids), _PAGE):
            self.sentences.delete(ids=list(ids[start : start + _PAGE]))

    def load_passages(self) -> list[Passage]:
        """Every stored passage, in document order."""
        out: list[Passage] = []
        for ids, docs, metas, _ in _pages(self.passages, ["documents", "metadatas"]):
            out.extend(Passage.from_record(i, d, m) for i, d, m in zip(ids, docs, metas, strict=True))
        out.sort(key=lambda p: (p.source, p.position))
        return out

    def load_sentence_vectors(self) -> dict[str, tuple[str, list[float]]]:
        """Sentence id -> (passage id, vector) for every stored sentence."""
        out: dict[str, tuple[str, list[float]]] = {}
        for ids, _, metas, vectors in _pages(self.sentences, ["metadatas", "embeddings"]):
            for sid, meta, vector in zip(ids, metas, vectors, strict=True):
                out[sid] = (str(meta["passage_id"]), vector)
        return out

    def search(self, vector: Sequence[float], k: int, where: Where = ANYWHERE) -> list[tuple[str, float]]:
        """Nearest passages to a query vector that `where` admits: (passage id, cosine similarity), best first."""
        count = self.passages.count()
        if count == 0:
            return []
        result = self.passages.query(
            query_embeddings=[list(vector)], n_results=min(k, count), include=["distances"], where=_clause(where)
        )
        # Chroma reports cosine distance; similarity is 1 - distance.
        return [(pid, 1.0 - float(dist)) for pid, dist in zip(result["ids"][0], result["distances"][0], strict=True)]

    def heartbeat(self) -> bool:
        """Whether the store answers (reconnecting if it had gone)."""
        try:
            self._ready()
            self._client.heartbeat()
            self.passages.count()
            return True
        except Exception:  # any failure means not reachable
            self._disconnect()
            return False


def _all_ids(collection: Any) -> list[str]:
    ids: list[str] = []
    for page_ids, _, _, _ in _pages(collection, []):
        ids.extend(page_ids)
    return ids


def _pages(collection: Any, include: list[str]) -> Any:
    offset = 0
    while True:
        got = collection.get(include=include, limit=_PAGE, offset=offset)
        ids = got["ids"]
        if not ids:
            return
        docs = got.get("documents") or [None] * len(ids)
        metas = got.get("metadatas") or [None] * len(ids)
        vectors = got.get("embeddings")
        vectors = [list(v) for v in vectors] if vectors is not None else [None] * len(ids)
        yield ids, docs, metas, vectors
        if len(ids) < _PAGE:
            return
        offset += _PAGE


def _clause(where: Where) -> dict[str, Any] | None:
    """The Chroma `where` clause of a filter (years by their flags, documents by year, places by name, period)."""
    parts: list[dict[str, Any]] = []
    if where.years is not None:
        flags = [{year_flag(y): True} for y in sorted(where.years)]
        parts.append(flags[0] if len(flags) == 1 else {"$or": flags})
    if where.documents is not None:
        parts.append({"year": {"$in": sorted(where.documents)}})
    if where.places is not None:
        parts.append({"place": {"$in": sorted(where.places)}})
    if where.not_period is not None:
        parts.append({"period": {"$ne": where.not_period}})
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else {"$and": parts}
