"""Earlier versions of replaced documents, kept under DATA_DIR/versions/<name>/ so an admin can restore one."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Version:
    """One kept version of a document."""

    name: str
    path: Path

    @property
    def saved(self) -> str:
        """When it was set aside, as the admin reads it (UTC)."""
        stamp = self.path.name
        return f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]} {stamp[9:11]}:{stamp[11:13]}:{stamp[13:15]} UTC"


def keep(knowledge: Path, versions: Path, name: str, kept: int) -> Version | None:
    """Set the current `knowledge/name` aside as a version (the oldest beyond `kept` are dropped)."""
    current = knowledge / name
    if not current.is_file():
        return None
    folder = versions / name
    folder.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime()) + f"{time.time_ns() % 1_000_000_000:09d}"
    target = folder / f"{stamp}{Path(name).suffix}"  # the folder holds the name: this stays within 255 bytes
    partial = folder / f".{stamp}.partial"
    shutil.copyfile(current, partial)
    os.replace(partial, target)
    for old in sorted(p for p in folder.iterdir() if not p.name.startswith("."))[:-kept]:
        old.unlink(missing_ok=True)
    return Version(name, target)


def listing(versions: Path) -> list[Version]:
    """Every kept version, newest first."""
    if not versions.is_dir():
        return []
    found = [
        Version(folder.name, path)
        for folder in versions.iterdir()
        if folder.is_dir()
        for path in folder.iterdir()
        if path.is_file() and not path.name.startswith(".")
    ]
    return sorted(found, key=lambda v: v.path.name, reverse=True)


def place(knowledge: Path, name: str, source: Path) -> None:
    """Put a copy of `source` at `knowledge/name` in one step: a crash leaves the old file or the new one."""
    partial = knowledge / f".incoming-{uuid.uuid4().hex[:8]}.partial"  # a dot-file: ingest never reads it
    shutil.copyfile(source, partial)
    os.replace(partial, knowledge / name)
