"""Shared fixtures: no internet, an indexed copy of the report, services over it, a running bot."""

from __future__ import annotations

import ipaddress
import shutil
import socket
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services, build_services
from bot.search.embeddings import LocalE5Embeddings
from tests.support.bot import running_bot
from tests.support.env import REPORT, make_settings
from tests.support.telegram_api import FakeBotAPI, running_bot_api

_real_connect = socket.socket.connect


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    """Refuse any connection that leaves this machine: tests run with no network."""
    if isinstance(address, tuple) and self.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        try:
            loopback = ipaddress.ip_address(host).is_loopback
        except ValueError:
            loopback = host == "localhost"
        if not loopback:
            raise OSError(f"tests must not reach the network (tried {host})")
    return _real_connect(self, address)


@pytest.fixture(autouse=True, scope="session")
def no_internet() -> Iterator[None]:
    """Every test runs with outbound connections limited to loopback."""
    socket.socket.connect = _guarded_connect  # type: ignore[method-assign]
    yield
    socket.socket.connect = _real_connect  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def passages_embedded_once() -> Iterator[None]:
    """The local model embeds a passage once a run: many modules index the same real reports.

    The vectors are the model's own, remembered by text; only the time of embedding them again is saved.
    """
    original = LocalE5Embeddings.embed_documents
    known: dict[str, list[float]] = {}

    def embed_documents(self: LocalE5Embeddings, texts: list[str]) -> list[list[float]]:
        new = [t for t in dict.fromkeys(texts) if t not in known]
        if new:
            known.update(zip(new, original(self, new), strict=True))
        return [list(known[t]) for t in texts]

    LocalE5Embeddings.embed_documents = embed_documents  # type: ignore[method-assign]
    yield
    LocalE5Embeddings.embed_documents = original  # type: ignore[method-assign]


@pytest.fixture(scope="session")
def indexed_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder with the report indexed once for the whole session."""
    tmp = tmp_path_factory.mktemp("indexed")
    services = build_services(make_settings(tmp))
    services.ingest()
    return tmp


@pytest.fixture()
def services(indexed_data: Path, tmp_path: Path) -> Services:
    """Services over a private copy of the session's index (conversation memory starts empty)."""
    shutil.copytree(indexed_data / "data", tmp_path / "data")
    built = build_services(make_settings(tmp_path))
    built.ensure_index()
    return built


@pytest.fixture()
def knowledge_copy(tmp_path: Path) -> Path:
    """A writable knowledge folder holding the report."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    shutil.copy(REPORT, folder / REPORT.name)
    return folder


@pytest.fixture()
async def api(services: Services, tmp_path: Path) -> AsyncIterator[FakeBotAPI]:
    """The Bot API stand-in with the real bot polling it (allowed, admin and group ids from support.bot)."""
    with running_bot_api() as server:
        async with running_bot(services, tmp_path, server):
            yield server
