"""Parse a file in a child process with limits, so a hostile file costs the bot nothing it does not get back.

The child checks what it can before reading (a .docx's central directory, then a running count of what its
entries really decompress to; an HTML page's nesting depth), caps its own memory (RLIMIT_AS) and is killed past
the wall-time limit. The parent only ever holds the parsed `Document`; when the child dies, its memory is returned.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import threading
import time
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from multiprocessing.connection import Connection
from pathlib import Path

from bot.documents.formats import UnreadableDocument
from bot.documents.parsing import parse_file
from bot.domain import Document
from bot.errors import IngestCancelled

logger = logging.getLogger(__name__)

_MB = 1024 * 1024
_CHUNK = _MB


@dataclass(frozen=True)
class ParseLimits:
    """What one file may cost to read (the settings PARSE_*)."""

    max_unzipped_mb: int = 64
    max_zip_entries: int = 1000
    max_html_depth: int = 256
    max_passages: int = 5000
    seconds: float = 60.0
    memory_mb: int = 1024


def parse_isolated(
    path: Path, source: str, limits: ParseLimits, cancel: threading.Event | None = None
) -> Document:
    """Parse `path` in a child process within `limits`; UnreadableDocument says why a file is refused."""
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, str(path), source, limits), daemon=True)
    child.start()
    sender.close()
    deadline = time.monotonic() + limits.seconds
    try:
        while not receiver.poll(0.1):
            if cancel is not None and cancel.is_set():
                raise IngestCancelled("cancelled")
            if not child.is_alive() and not receiver.poll(0):
                raise UnreadableDocument(_stopped(child.exitcode, limits))
            if time.monotonic() > deadline:
                raise UnreadableDocument(
                    f"读取超时（上限{limits.seconds:g}秒） / reading took longer than {limits.seconds:g} s"
                )
        try:
            kind, value = receiver.recv()
        except EOFError:
            raise UnreadableDocument(_stopped(child.exitcode, limits)) from None
    finally:
        if child.is_alive():
            child.kill()
        child.join(5)
        receiver.close()
    if kind == "ok":
        assert isinstance(value, Document)
        return value
    if kind == "decode":
        raise UnicodeDecodeError("utf-8", b"", 0, 1, str(value))
    raise UnreadableDocument(str(value))


def _stopped(exitcode: int | None, limits: ParseLimits) -> str:
    logger.warning("document reader stopped with exit code %s", exitcode)
    return (
        f"读取中断（可能超出内存上限{limits.memory_mb} MB） / reading stopped (more than {limits.memory_mb} MB of "
        "memory needed?)"
    )


def _child(sender: Connection, path: str, source: str, limits: ParseLimits) -> None:
    """In the child: cap memory, check, parse, send the result back."""
    import resource

    cap = limits.memory_mb * _MB
    with contextlib.suppress(ValueError, OSError):  # a lower hard limit is already set: keep it
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    try:
        doc = checked_parse(Path(path), source, limits)
        sender.send(("ok", doc))
    except UnicodeDecodeError as exc:
        sender.send(("decode", str(exc)))
    except MemoryError:
        sender.send(("refused", f"读取时超出内存上限（{limits.memory_mb} MB） / reading needed more than "
                                f"{limits.memory_mb} MB of memory"))
    except (UnreadableDocument, OSError, ValueError) as exc:
        sender.send(("refused", str(exc) or type(exc).__name__))
    except Exception as exc:  # a parser's own failure on a hostile file: refuse it, saying what kind
        sender.send(("refused", f"the file could not be read ({type(exc).__name__})"))
    finally:
        sender.close()


def checked_parse(path: Path, source: str, limits: ParseLimits) -> Document:
    """Check the file against the limits, parse it, and check the result (in whatever process calls it)."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        check_zip(path, limits)
    elif suffix in (".html", ".htm"):
        check_html(path.read_bytes(), limits)
    doc = parse_file(path, source)
    if len(doc.passages) > limits.max_passages:
        raise UnreadableDocument(
            f"段落太多（{len(doc.passages)}，上限{limits.max_passages}） / too many passages "
            f"({len(doc.passages)}; at most {limits.max_passages})"
        )
    return doc


def check_zip(path: Path, limits: ParseLimits) -> None:
    """A .docx within the limits: few enough entries, and not decompressing past the cap (declared or real)."""
    cap = limits.max_unzipped_mb * _MB
    too_big = (
        f"解压后太大（上限{limits.max_unzipped_mb} MB） / the file unpacks to more than {limits.max_unzipped_mb} MB"
    )
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
            if len(entries) > limits.max_zip_entries:
                raise UnreadableDocument(
                    f"文件内部分太多（{len(entries)}） / too many parts inside the file ({len(entries)}; "
                    f"at most {limits.max_zip_entries})"
                )
            if sum(e.file_size for e in entries) > cap:
                raise UnreadableDocument(too_big)
            total = 0  # the central directory can lie: count what really comes out
            for entry in entries:
                with archive.open(entry) as stream:
                    while chunk := stream.read(_CHUNK):
                        total += len(chunk)
                        if total > cap:
                            raise UnreadableDocument(too_big)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError):
        raise UnreadableDocument("not a readable Word (.docx) file (damaged zip)") from None


_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
# Tags HTML closes by itself when another of the same kind opens (<p>a<p>b): they do not nest.
_SELF_CLOSING = frozenset({"p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot"})


class _DepthMeter(HTMLParser):
    """Tracks how deeply tags nest, stopping at the limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(convert_charrefs=False)
        self.limit = limit
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _VOID:
            return
        if tag in _SELF_CLOSING and tag in self.stack[-3:]:
            del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag) :]
        self.stack.append(tag)
        if len(self.stack) > self.limit:
            raise UnreadableDocument(
                f"网页嵌套太深（上限{self.limit}层） / the page nests tags more than {self.limit} deep"
            )

    def handle_endtag(self, tag: str) -> None:
        if tag in self.stack:
            del self.stack[len(self.stack) - 1 - self.stack[::-1].index(tag) :]


def check_html(raw: bytes, limits: ParseLimits) -> None:
    """An HTML page that nests no deeper than the limit (parsing deep nesting costs far more than linear time)."""
    meter = _DepthMeter(limits.max_html_depth)
    meter.feed(raw.decode("latin-1"))  # tags are ASCII in every encoding a page may use
    meter.close()
