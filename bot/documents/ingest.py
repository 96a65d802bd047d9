"""Index `knowledge/` into a passage index, idempotently, and keep a snapshot of what was indexed.

After every complete ingest a manifest records what `knowledge/` held (each file's SHA-256), written atomically
after the index: a start that finds `knowledge/` different from the manifest (a crash mid-ingest, a file changed
while the bot was down) ingests again before answering, so the index never serves a mix of old and new.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from filelock import FileLock, Timeout
from langchain_core.embeddings import Embeddings

from bot.documents.parsing import iter_sources, parse_file
from bot.domain import Document, Passage, Unit, units_of
from bot.errors import IndexBusy, IngestCancelled, IngestError

logger = logging.getLogger(__name__)

BATCH = 16
SNAPSHOT = "passages.json"
MANIFEST = "manifest.json"
Progress = Callable[[int, int], None]
Parse = Callable[[Path, str], Document]


class PassageIndex(Protocol):
    """Where ingest writes: passages and their units with vectors (the vector store implements it)."""

    @property
    def model_matches(self) -> bool:
        """Whether the stored vectors come from the configured embedding model."""

    def reset(self) -> None:
        """Drop everything and start empty."""

    def passage_ids(self) -> set[str]:
        """Ids of all stored passages."""

    def sentence_ids(self) -> set[str]:
        """Ids of all stored units."""

    def add_passages(self, passages: Sequence[Passage], vectors: Sequence[Sequence[float]]) -> None:
        """Upsert passages with their vectors."""

    def add_sentences(self, sentences: Sequence[Unit], vectors: Sequence[Sequence[float]]) -> None:
        """Upsert units with their vectors."""

    def delete_passages(self, ids: Sequence[str]) -> None:
        """Remove passages by id."""

    def delete_sentences(self, ids: Sequence[str]) -> None:
        """Remove units by id."""


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


def load_documents(
    knowledge_dir: Path, parse: Parse = parse_file, known: frozenset[str] = frozenset()
) -> tuple[list[Document], list[str]]:
    """Parse every supported file but those `known` already; files that cannot be read are skipped with a warning."""
    if not knowledge_dir.is_dir():
        raise IngestError(f"knowledge folder {knowledge_dir} does not exist")
    docs: list[Document] = []
    skipped: list[str] = []
    for path in iter_sources(knowledge_dir):
        source = path.relative_to(knowledge_dir).as_posix()
        if source in known:
            continue
        try:
            doc = parse(path, source)
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
    store: PassageIndex,
    embeddings: Embeddings,
    *,
    rebuild: bool = False,
    progress: Progress | None = None,
    lock_timeout: float = 600,
    parse: Parse = parse_file,
    cancel: threading.Event | None = None,
) -> IngestReport:
    """Bring the store in line with `knowledge/`: embed new passages, drop removed ones.

    `cancel` stops it between batches (IngestCancelled); the manifest is then left as it was, so the next
    start completes the work.
    """
    started = time.perf_counter()
    data_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(data_dir / "ingest.lock"))
    try:
        lock.acquire(timeout=lock_timeout)
    except Timeout:
        raise IndexBusy("another ingest is running; try again when it has finished") from None
    try:
        manifest = knowledge_manifest(knowledge_dir)  # before reading: a file changed meanwhile shows next start
        kept = {} if rebuild else _unchanged_passages(data_dir, manifest)
        docs, skipped = load_documents(knowledge_dir, parse, frozenset(kept))
        if rebuild or not store.model_matches:
            if not rebuild:
                logger.info("embedding model changed; rebuilding the index")
            store.reset()
        report = IngestReport(documents=len(docs) + len(kept), skipped=skipped)
        parsed = {d.source: d.passages for d in docs}
        passages = [p for source in manifest for p in kept.get(source, parsed.get(source, []))]
        wanted = {p.id: p for p in passages}
        wanted_sentences: dict[str, Unit] = {}
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
            _check(cancel)
            batch = new[start : start + BATCH]
            store.add_passages(batch, embeddings.embed_documents([p.embedding_text for p in batch]))
            done += len(batch)
            if progress:
                progress(done, total)
        for start in range(0, len(new_sentences), BATCH * 4):
            _check(cancel)
            sbatch = new_sentences[start : start + BATCH * 4]
            store.add_sentences(sbatch, embeddings.embed_documents([s.embed_text for s in sbatch]))
            done += len(sbatch)
            if progress:
                progress(done, total)
        stale = sorted(have - wanted.keys())
        store.delete_passages(stale)
        store.delete_sentences(sorted(have_sentences - wanted_sentences.keys()))
        report.removed = len(stale)
        write_snapshot(data_dir, passages)
        write_manifest(data_dir, manifest)
        report.seconds = time.perf_counter() - started
        logger.info("ingest: %s", report.summary())
        return report
    finally:
        lock.release()


def _check(cancel: threading.Event | None) -> None:
    if cancel is not None and cancel.is_set():
        raise IngestCancelled("indexing was cancelled")


def knowledge_manifest(knowledge_dir: Path) -> dict[str, str]:
    """Each source file of `knowledge/` by name, with the SHA-256 of its bytes, and the parser's own digest.

    A new version of the parser makes every file count as changed, so its passages are made anew.
    """
    if not knowledge_dir.is_dir():
        return {}
    files = {
        path.relative_to(knowledge_dir).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in iter_sources(knowledge_dir)
    }
    return {PARSER_KEY: _parser_digest(), **files}


PARSER_KEY = ":parser"  # no file name starts with ":" on the systems the bot runs on


@lru_cache(maxsize=1)
def _parser_digest() -> str:
    """The digest of the code that turns files into passages."""
    digest = hashlib.sha256()
    for module in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(module.read_bytes())
    return digest.hexdigest()


def _unchanged_passages(data_dir: Path, manifest: dict[str, str]) -> dict[str, list[Passage]]:
    """The last ingest's passages of each file whose bytes (and the parser) are as they were then, by file.

    Those files are not parsed again: re-ingesting unchanged knowledge costs a hash per file.
    """
    try:
        recorded = json.loads((data_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(recorded, dict) or recorded.get(PARSER_KEY) != manifest.get(PARSER_KEY):
        return {}
    kept: dict[str, list[Passage]] = {}
    for passage in read_snapshot(data_dir) or []:
        source = passage.source
        if source in manifest and source != PARSER_KEY and recorded.get(source) == manifest[source]:
            kept.setdefault(source, []).append(passage)
    return kept


def write_manifest(data_dir: Path, manifest: dict[str, str]) -> None:
    """Record what `knowledge/` held when the index was last made to match it (atomically)."""
    path = data_dir / MANIFEST
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, sort_keys=True), encoding="utf-8")
    os.replace(tmp, path)


def index_matches(knowledge_dir: Path, data_dir: Path) -> bool:
    """Whether the last complete ingest saw `knowledge/` exactly as it is now."""
    try:
        recorded = json.loads((data_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded == knowledge_manifest(knowledge_dir))


def write_snapshot(data_dir: Path, passages: list[Passage]) -> None:
    """Keep the indexed passages as JSON, so keyword search works while the vector store cannot be reached."""
    path = data_dir / SNAPSHOT
    tmp = path.with_suffix(".tmp")
    rows = [{"id": p.id, "text": p.text, **p.record()} for p in passages]
    tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def read_snapshot(data_dir: Path) -> list[Passage] | None:
    """The passages of the last ingest, or None when there is no readable snapshot."""
    try:
        rows = json.loads((data_dir / SNAPSHOT).read_text(encoding="utf-8"))
        return [Passage.from_record(r["id"], r["text"], r) for r in rows]
    except (OSError, ValueError, KeyError, TypeError):
        return None
