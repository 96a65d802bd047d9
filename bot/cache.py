"""Derived tables kept on disk under DATA_DIR/cache, so later starts load them instead of rebuilding.

The cache only saves time: a file that cannot be read is rebuilt, and one that cannot be written (a full
disk, a read-only folder) is a warning in the log and in /stats, never an error.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
_folder: list[Path] = []
_problems: dict[str, str] = {}  # table name -> why it could not be written
_lock = threading.Lock()


def use_folder(path: Path) -> None:
    """Keep cached tables in `path` (the composition root points it at DATA_DIR/cache)."""
    _folder[:] = [path]


def warnings() -> list[str]:
    """Cached tables that could not be written, for admins."""
    with _lock:
        return [f"cache {name}: not saved ({why}); rebuilt at every start" for name, why in sorted(_problems.items())]


def load_or_build(name: str, source: Path, build: Callable[[], T]) -> T:
    """`build()`'s result, cached under a name tied to the size and time of the file it derives from.

    The name holds the digest of the module that defines `build` too: a table an older version of the code
    cached is never read as what today's code would build.
    """
    if not _folder:
        return build()
    stat = source.stat()
    path = _folder[0] / f"{name}-{stat.st_size}-{int(stat.st_mtime)}-{_code_digest(build)}.pickle"
    if path.exists():
        try:
            with path.open("rb") as handle:
                value: T = pickle.load(handle)
            return value
        except Exception as exc:  # damaged bytes make pickle raise almost anything
            logger.warning("cached %s is unreadable (%s); building it again", path.name, type(exc).__name__)
    started = time.perf_counter()
    value = build()
    logger.debug("built %s in %.2f s", name, time.perf_counter() - started)
    _save(name, path, value)
    return value


def _code_digest(build: Callable[[], object]) -> str:
    """A short digest of the source file that defines `build` ("" where there is none to read)."""
    code = getattr(build, "__code__", None)
    try:
        return hashlib.sha256(Path(code.co_filename).read_bytes()).hexdigest()[:12] if code else ""
    except OSError:
        return ""


def _save(name: str, path: Path, value: object) -> None:
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()  # a half-written file on a full disk only takes more room
        why = exc.strerror or str(exc)
        with _lock:
            _problems[name] = why
        logger.warning("cache %s not saved in %s (%s); answers go on, it is rebuilt at the next start",
                       name, path.parent, why)
        return
    with _lock:
        _problems.pop(name, None)
