"""Composition root: the one place that picks vendors and wires the services together."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from langchain_core.embeddings import Embeddings

from bot.answering import ExtractiveAnswerer
from bot.config import Settings
from bot.conversation import ConversationMemory
from bot.embeddings import build_embeddings, embeddings_name
from bot.ingest import IngestReport, Progress, ingest
from bot.llm import build_llm
from bot.retrieval import HybridRetriever
from bot.service import AnswerService
from bot.store import VectorStore, make_client
from bot.textutil import init_tokenizer

logger = logging.getLogger(__name__)


@dataclass
class Services:
    """Everything the front ends (CLI, Telegram) need."""

    settings: Settings
    embeddings: Embeddings
    store: VectorStore
    retriever: HybridRetriever
    answers: AnswerService

    def ingest(self, *, rebuild: bool = False, progress: Progress | None = None) -> IngestReport:
        """Re-index `knowledge/` and reload what retrieval sees."""
        report = ingest(
            self.settings.knowledge_dir,
            self.settings.data_dir,
            self.store,
            self.embeddings,
            rebuild=rebuild,
            progress=progress,
        )
        self.retriever.refresh()
        return report

    def ensure_index(self, progress: Progress | None = None) -> IngestReport | None:
        """Build the index when it is empty; otherwise just load it."""
        if not self.store.passage_ids() or not self.store.model_matches:
            logger.info("index is empty; building it from %s", self.settings.knowledge_dir)
            return self.ingest(progress=progress)
        self.retriever.refresh()
        return None


def build_store(settings: Settings) -> VectorStore:
    """The vector store the settings ask for."""
    return VectorStore(make_client(settings), settings.chroma_collection, embeddings_name(settings))


def build_services(settings: Settings) -> Services:
    """Wire store, embeddings, retriever, answerer and LLM from settings."""
    init_tokenizer()
    embeddings = build_embeddings(settings)
    store = build_store(settings)
    retriever = HybridRetriever(store, embeddings)
    memory = ConversationMemory(settings.memory_turns, settings.memory_ttl_minutes * 60)
    answers = AnswerService(
        retriever,
        ExtractiveAnswerer(),
        memory,
        llm=build_llm(settings, settings.prompts_dir),
        top_k=settings.top_k,
    )
    return Services(settings, embeddings, store, retriever, answers)
