"""Index `knowledge/` into the vector store, idempotently."""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout
from langchain_core.embeddings import Embeddings

from bot.documents import Document, Passage, iter_sources, parse_file
from bot.errors import IndexBusy, IngestError
from bot.store import Sentence, VectorStore, write_snapshot
from bot.textutil import split_sentences

logger = logging.getLogger(__name__)

BATCH = 16
Progress = Callable[[int, int], None]


@dataclass
class IngestReport:
    """What one ingest did."""

    documents: int = 0
    added: int = 0
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """The one summary line the CLI prints."""
        line = (
            f"{self.documents} documents, passages: {self.added} added, {self.unchanged} unchanged, "
            f"{self.removed} removed, {self.seconds:.1f} s"
        )
        if self.skipped:
            line += f" ({len(self.skipped)} file(s) skipped: {', '.join(self.skipped)})"
        return line


def sentences_of(passage: Passage) -> list[Sentence]:
    """The sentences of a passage, each with an id derived from its passage and text.

    A sentence is embedded after the passage's first sentence, which usually names the topic
    ("优化…热线平台运行。") that later sentences leave implicit.
    """
    out = []
    texts = split_sentences(passage.text)
    lead = texts[0] if texts else ""
    for index, text in enumerate(texts):
        sid = hashlib.sha256(f"{passage.id}\x1f{index}\x1f{text}".encode()).hexdigest()[:32]
        context = text if index == 0 else f"{lead}{text}"
        out.append(Sentence(id=sid, passage_id=passage.id, index=index, text=text, embed_text=context))
    return out


def headings_of(passage: Passage) -> list[Sentence]:
    """One unit per heading on the passage's path, so questions about a section can find it."""
    out = []
    for depth in range(1, len(passage.path) + 1):
        key = "\x1f".join((passage.source, *passage.path[:depth]))
        hid = "h" + hashlib.sha256(key.encode()).hexdigest()[:31]
        heading = passage.path[depth - 1]
        out.append(Sentence(hid, passage.id, depth - 1, heading, heading, kind="heading"))
    return out


def units_of(passage: Passage) -> list[Sentence]:
    """Sentences and headings of a passage: what the sentence collection holds."""
    return headings_of(passage) + sentences_of(passage)


def load_documents(knowledge_dir: Path) -> tuple[list[Document], list[str]]:
    """Parse every supported file; files that cannot be read are skipped with a warning."""
    if not knowledge_dir.is_dir():
        raise IngestError(f"knowledge folder {knowledge_dir} does not exist")
    docs: list[Document] = []
    skipped: list[str] = []
    for path in iter_sources(knowledge_dir):
        source = path.relative_to(knowledge_dir).as_posix()
        try:
            doc = parse_file(path, source)
        except UnicodeDecodeError:
            logger.warning("skipping %s: not UTF-8 text", source)
            skipped.append(source)
            continue
        except (OSError, ValueError) as exc:  # UnreadableDocument is a ValueError that says why
            logger.warning("skipping %s: %s", source, exc)
            skipped.append(source)
            continue
        if not doc.passages:
            logger.warning("skipping %s: no text found", source)
            skipped.append(source)
            continue
        docs.append(doc)
    return docs, skipped


def ingest(
    knowledge_dir: Path,
    data_dir: Path,
    store: VectorStore,
    embeddings: Embeddings,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    lock_timeout: float = 600,
) -> IngestReport:
    """Bring the store in line with `knowledge/`: embed new passages, drop removed ones."""
    started = time.perf_counter()
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(data_dir / "ingest.lock"))
    try:
        lock.acquire(timeout=lock_timeout)
    except Timeout:
        raise IndexBusy("another ingest is running; try again when it has finished") from None
    try:
        docs, skipped = load_documents(knowledge_dir)
        if rebuild or not store.model_matches:
            if not rebuild:
                logger.info("embedding model changed; rebuilding the index")
            store.reset()
        report = IngestReport(documents=len(docs), skipped=skipped)
        wanted = {p.id: p for d in docs for p in d.passages}
        wanted_sentences: dict[str, Sentence] = {}
        for p in wanted.values():
            for unit in units_of(p):
                wanted_sentences.setdefault(unit.id, unit)
        have = store.passage_ids()
        have_sentences = store.sentence_ids()
        new = [p for pid, p in wanted.items() if pid not in have]
        new_sentences = [s for sid, s in wanted_sentences.items() if sid not in have_sentences]
        report.added = len(new)
        report.unchanged = len(wanted) - len(new)
        # Add before deleting: a run killed midway leaves extras the next run removes, never gaps.
        total = len(new) + len(new_sentences)
        done = 0
        for start in range(0, len(new), BATCH):
            batch = new[start : start + BATCH]
            store.add_passages(batch, embeddings.embed_documents([p.embedding_text for p in batch]))
            done += len(batch)
            if progress:
                progress(done, total)
        for start in range(0, len(new_sentences), BATCH * 4):
            sbatch = new_sentences[start : start + BATCH * 4]
            store.add_sentences(sbatch, embeddings.embed_documents([s.embed_text for s in sbatch]))
            done += len(sbatch)
            if progress:
                progress(done, total)
        stale = sorted(have - wanted.keys())
        store.delete_passages(stale)
        store.delete_sentences(sorted(have_sentences - wanted_sentences.keys()))
        report.removed = len(stale)
        write_snapshot(data_dir, [p for d in docs for p in d.passages])
        report.seconds = time.perf_counter() - started
        logger.info("ingest: %s", report.summary())
        return report
    finally:
        lock.release()
