"""Adding a document to knowledge/: checked first, so a file that cannot be read changes nothing.

An upload is parsed (within limits, see `isolation`) from a staging copy under DATA_DIR; a file of the same
name is never replaced without the admin's say. Replacing sets the old file aside as a version, then puts the
new one in place in one step (`versions.place`); the index follows, and a crash in between is caught up with
at the next start (the manifest in `ingest`).
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bot.documents import versions
from bot.documents.formats import UnreadableDocument
from bot.documents.ingest import IngestReport
from bot.documents.parsing import REFUSED_SUFFIXES, SUPPORTED_SUFFIXES, parse_file
from bot.domain import Document
from bot.errors import IngestCancelled

MAX_NAME_BYTES = 255  # what Linux file systems allow
MAX_SHOWN_TITLE = 200
MAX_SHOWN_SECTIONS = 30
MAX_SHOWN_HEADING = 80

Parse = Callable[[Path, str, "threading.Event | None"], Document]
Reindex = Callable[["threading.Event | None"], IngestReport]


def safe_name(name: str) -> str:
    """A file name that stays inside knowledge/ (no folders, no hidden files) and fits in 255 bytes."""
    base = Path(name.replace("\\", "/")).name
    base = re.sub(r"[^\w.\-\u4e00-\u9fff]+", "_", base).lstrip(".")
    base = base or "document.txt"
    if len(base.encode("utf-8")) <= MAX_NAME_BYTES:
        return base
    suffix = Path(base).suffix if len(Path(base).suffix) <= 10 else ""
    stem = base[: len(base) - len(suffix)]
    while len((stem + suffix).encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return stem + suffix


@dataclass
class Upload:
    """A file an admin sent, parsed and staged, waiting to go into knowledge/."""

    key: str
    name: str
    sent_name: str
    staged: Path
    doc: Document
    existing: Document | None = None

    @property
    def shortened(self) -> bool:
        """Whether the name had to be changed to be stored."""
        return self.name != self.sent_name

    def discard(self) -> None:
        """Forget the staged copy."""
        shutil.rmtree(self.staged.parent, ignore_errors=True)


def check_kind(name: str) -> None:
    """Refuse a file type that cannot be read, before downloading it."""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES + REFUSED_SUFFIXES:  # a .doc or .wps is refused by parsing, saying how
        kind = suffix or "files without an extension"
        raise UnreadableDocument(f"无法读取这种文件，请发送 .txt、.md、.html、.docx 或 .pdf / {kind} cannot be read; "
                                 "send .txt, .md, .html, .docx or .pdf")


def prepare(
    knowledge: Path, staging: Path, sent_name: str, data: bytes, parse: Parse, cancel: threading.Event | None = None
) -> Upload:
    """Stage and parse an upload, and parse the file of the same name it would replace, if any."""
    name = safe_name(sent_name)
    check_kind(name)
    key = uuid.uuid4().hex[:12]
    folder = staging / key
    folder.mkdir(parents=True)
    staged = folder / name
    try:
        staged.write_bytes(data)
        try:
            doc = parse(staged, name, cancel)  # text that cannot be decoded raises UnreadableDocument saying so
        except UnicodeDecodeError:
            raise UnreadableDocument("文件不是可识别的文字编码 / the text encoding is not recognised") from None
        if not doc.passages:
            raise UnreadableDocument("文件中没有找到文字 / no text found in the file")
        upload = Upload(key, name, sent_name, staged, doc)
        upload.existing = _existing(knowledge, name, parse, cancel)
        return upload
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _existing(knowledge: Path, name: str, parse: Parse, cancel: threading.Event | None) -> Document | None:
    current = knowledge / name
    if not current.is_file():
        return None
    try:
        return parse(current, name, cancel)
    except (UnreadableDocument, UnicodeDecodeError):  # the old file is unreadable: it still has the name
        return Document(source=name, title="?", year=None, metadata={}, digest="")


def commit(
    knowledge: Path,
    versions_dir: Path,
    upload: Upload,
    reindex: Reindex,
    *,
    replace: bool,
    kept: int,
    cancel: threading.Event | None = None,
) -> tuple[str, IngestReport]:
    """Put the upload into knowledge/ (replacing, or under a free name) and reindex; returns the name used.

    Cancelled (IngestCancelled), knowledge/ and the index are put back as they were.
    """
    name = upload.name if replace else free_name(knowledge, upload.name)
    try:
        return name, swap_in(knowledge, versions_dir, name, upload.staged, reindex, kept, cancel)
    finally:
        upload.discard()


def restore(
    knowledge: Path,
    versions_dir: Path,
    version: versions.Version,
    reindex: Reindex,
    kept: int,
    cancel: threading.Event | None = None,
) -> IngestReport:
    """Bring back a kept version (the current file is kept as a version in turn) and reindex."""
    return swap_in(knowledge, versions_dir, version.name, version.path, reindex, kept, cancel)


def swap_in(
    knowledge: Path,
    versions_dir: Path,
    name: str,
    source: Path,
    reindex: Reindex,
    kept: int,
    cancel: threading.Event | None = None,
) -> IngestReport:
    """Set `knowledge/name` aside as a version, put `source` there in one step, reindex; undone if cancelled."""
    knowledge.mkdir(parents=True, exist_ok=True)
    incoming = knowledge / f".incoming-{uuid.uuid4().hex[:8]}.partial"  # a dot-file: ingest never reads it
    shutil.copyfile(source, incoming)  # first: keeping a version may prune the one being restored
    previous = versions.keep(knowledge, versions_dir, name, kept)
    os.replace(incoming, knowledge / name)  # one step: a crash leaves the old file or the new one
    try:
        return reindex(cancel)
    except IngestCancelled:
        if previous is not None:
            versions.place(knowledge, name, previous.path)
            previous.path.unlink(missing_ok=True)
        else:
            (knowledge / name).unlink(missing_ok=True)
        reindex(None)  # drops what the cancelled run added; nothing to embed
        raise


def add_document(knowledge: Path, name: str, data: bytes, reindex: Callable[[], IngestReport]) -> str:
    """Parse (in this process), save into `knowledge` under a free name and `reindex`; what was added, as text."""
    knowledge.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=knowledge.parent) as scratch:
        upload = prepare(knowledge, Path(scratch), name, data, lambda path, source, _: parse_file(path, source))
        saved, report = commit(knowledge, Path(scratch) / "versions", upload, lambda _: reindex(), replace=False,
                               kept=1)
    return describe_added(upload, saved, report)


def clear_leftovers(knowledge: Path, staging: Path) -> None:
    """Remove what a crash mid-upload left behind: half-written dot-files and staged uploads nobody will choose."""
    for partial in knowledge.glob(".incoming-*.partial") if knowledge.is_dir() else []:
        partial.unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def free_name(knowledge: Path, name: str) -> str:
    """`name`, or `stem-2.ext`, `stem-3.ext`… when it is taken."""
    if not (knowledge / name).exists():
        return name
    stem, suffix = Path(name).stem, Path(name).suffix
    number = 2
    while True:
        tail = f"-{number}{suffix}"
        while len((stem + tail).encode("utf-8")) > MAX_NAME_BYTES:
            stem = stem[:-1]
        if not (knowledge / f"{stem}{tail}").exists():
            return f"{stem}{tail}"
        number += 1


def clip(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, marked when cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def describe_added(upload: Upload, name: str, report: IngestReport) -> str:
    """What was added, for the admin to read: title, year, top-level sections (capped), passages."""
    doc = upload.doc
    top = list(dict.fromkeys(p.path[0] for p in doc.passages if p.path))
    shown = [f"  {clip(h, MAX_SHOWN_HEADING)}" for h in top[:MAX_SHOWN_SECTIONS]]
    if len(top) > MAX_SHOWN_SECTIONS:
        shown.append(f"  … 另有{len(top) - MAX_SHOWN_SECTIONS}节 / {len(top) - MAX_SHOWN_SECTIONS} more")
    sections = "\n".join(shown) or "  (no headings)"
    lines = [f"已添加 Added: {clip(doc.title, MAX_SHOWN_TITLE)}"]
    if name != upload.sent_name:
        lines.append(f"保存为 Saved as: {name}")
    lines += [
        f"年份 Year: {doc.year or '?'}",
        f"章节 Sections ({len(top)}):\n{sections}",
        f"段落 Passages: {len(doc.passages)} ({report.added} new in the index)",
    ]
    return "\n".join(lines)


def describe_change(upload: Upload) -> str:
    """What replacing the file of the same name would change, for the admin to decide."""
    old, new = upload.existing, upload.doc
    assert old is not None
    return (
        f"已有同名文件 A document named {upload.name} is already there.\n"
        f"标题 Title: {clip(old.title, MAX_SHOWN_TITLE)} → {clip(new.title, MAX_SHOWN_TITLE)}\n"
        f"年份 Year: {old.year or '?'} → {new.year or '?'}\n"
        f"段落 Passages: {len(old.passages)} → {len(new.passages)}\n"
        "替换旧文件，还是两者都保留？ Replace it, or keep both?"
    )
