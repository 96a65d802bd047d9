"""Derived tables kept on disk under DATA_DIR/cache, so later starts load them instead of rebuilding."""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
_folder: list[Path] = []


def use_folder(path: Path) -> None:
    """Keep cached tables in `path` (the composition root points it at DATA_DIR/cache)."""
    _folder[:] = [path]


def load_or_build(name: str, source: Path, build: Callable[[], T]) -> T:
    """`build()`'s result, cached under a name tied to the size and time of the file it derives from."""
    if not _folder:
        return build()
    stat = source.stat()
    path = _folder[0] / f"{name}-{stat.st_size}-{int(stat.st_mtime)}.pickle"
    with contextlib.suppress(OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError), path.open(
        "rb"
    ) as handle:
        value: T = pickle.load(handle)
        return value
    started = time.perf_counter()
    value = build()
    logger.debug("built %s in %.2f s", name, time.perf_counter() - started)
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    return value
