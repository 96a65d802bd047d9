"""Composition root: the one place that picks vendors and wires the services together."""

from __future__ import annotations

import contextlib
import errno
import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

from bot import cache
from bot.answers.briefing import Briefing
from bot.answers.conversation import ConversationMemory
from bot.answers.extractive import ExtractiveAnswerer
from bot.answers.llm import build_llm
from bot.answers.questions import entity_words
from bot.answers.service import AnswerService
from bot.config import Settings
from bot.documents.ingest import IngestReport, Progress, index_matches, ingest, load_documents, read_snapshot
from bot.documents.isolation import ParseLimits, parse_isolated
from bot.documents.upload import clear_leftovers
from bot.documents.writer import Writer
from bot.domain import Document, Passage
from bot.errors import ConfigError
from bot.language.lexicon import traditional_to_simplified
from bot.language.text import init_tokenizer
from bot.search.embeddings import build_embeddings, embeddings_name
from bot.search.retrieval import HybridRetriever
from bot.search.store import VectorStore

logger = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the front ends (CLI, Telegram) need."""

    settings: Settings
    embeddings: Embeddings
    store: VectorStore
    retriever: HybridRetriever
    answering: AnswerService
    limits: ParseLimits = field(default_factory=ParseLimits)
    writer: Writer = field(default_factory=Writer)
    briefing: Briefing = field(init=False)

    def __post_init__(self) -> None:
        self.briefing = Briefing(self.retriever)

    def parse(self, path: Path, source: str, cancel: threading.Event | None = None) -> Document:
        """Parse one file in a child process within the PARSE_* limits."""
        return parse_isolated(path, source, self.limits, cancel)

    def ingest(
        self, *, rebuild: bool = False, progress: Progress | None = None, cancel: threading.Event | None = None
    ) -> IngestReport:
        """Re-index `knowledge/` and reload what retrieval sees (a cancelled ingest leaves retrieval as it was)."""
        report = ingest(
            self.settings.knowledge_dir,
            self.settings.data_dir,
            self.store,
            self.embeddings,
            rebuild=rebuild,
            progress=progress,
            parse=lambda path, source: self.parse(path, source, cancel),
            cancel=cancel,
        )
        self.retriever.refresh()
        return report

    def ensure_index(self, progress: Progress | None = None) -> IngestReport | None:
        """Bring the index in line with `knowledge/` if it is not (empty, other model, or knowledge/ changed)."""
        clear_leftovers(self.settings.knowledge_dir, self.settings.data_dir / "uploads")
        if not self.store.heartbeat():
            self.retriever.refresh()
            return None
        if not self.store.passage_ids() or not self.store.model_matches:
            logger.info("index is empty; building it from %s", self.settings.knowledge_dir)
            return self.ingest(progress=progress)
        if not index_matches(self.settings.knowledge_dir, self.settings.data_dir):
            logger.info("knowledge/ differs from what was last indexed; bringing the index in line")
            return self.ingest(progress=progress)
        self.retriever.refresh()
        return None


def fallback_passages(settings: Settings) -> list[Passage]:
    """Passages for keyword search while Chroma is down: the last ingest's snapshot, else knowledge/ itself."""
    snapshot = read_snapshot(settings.data_dir)
    if snapshot is not None:
        return snapshot
    docs, _ = load_documents(settings.knowledge_dir)
    return [p for d in docs for p in d.passages]


def build_store(settings: Settings) -> VectorStore:
    """The vector store the settings ask for."""
    return VectorStore.open(settings, settings.chroma_collection, embeddings_name(settings))


def check_data_dir(path: Path) -> None:
    """DATA_DIR must be a folder the bot can write; otherwise stop with one line that says so."""
    probe = path / ".write-test"
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise ConfigError(f"setting DATA_DIR: {path} is not a writable folder ({exc.strerror or exc})") from None
        # A full disk is not a wrong setting: what can still be read is served, and each writer warns for itself.
        with contextlib.suppress(OSError):
            probe.unlink()
        logger.warning("DATA_DIR %s is full (%s); answering goes on, new state cannot be saved", path, exc.strerror)


def build_services(settings: Settings) -> Services:
    """Wire store, embeddings, retriever, answerer and LLM from settings."""
    check_data_dir(settings.data_dir)
    cache.use_folder(settings.data_dir / "cache")
    init_tokenizer()
    traditional_to_simplified()  # load once now, not on the first question
    entity_words()
    embeddings = build_embeddings(settings)
    store = build_store(settings)
    retriever = HybridRetriever(store, embeddings, fallback=lambda: fallback_passages(settings))
    memory = ConversationMemory(settings.memory_turns, settings.memory_ttl_minutes * 60)
    answering = AnswerService(
        retriever,
        ExtractiveAnswerer(),
        memory,
        llm=build_llm(settings, settings.prompts_dir),
        top_k=settings.top_k,
    )
    limits = ParseLimits(
        max_unzipped_mb=settings.parse_max_unzipped_mb,
        max_zip_entries=settings.parse_max_zip_entries,
        max_html_depth=settings.parse_max_html_depth,
        max_passages=settings.parse_max_passages,
        seconds=settings.parse_timeout,
        memory_mb=settings.parse_memory_mb,
    )
    return Services(settings, embeddings, store, retriever, answering, limits)
