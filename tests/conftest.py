"""Shared fixtures: settings in temporary folders, an indexed copy of the report, and no internet."""

from __future__ import annotations

import ipaddress
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.app import Services, build_services
from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
REPORT = next(KNOWLEDGE.glob("*.txt"))

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


def make_settings(tmp: Path, knowledge: Path = KNOWLEDGE, **overrides: Any) -> Settings:
    """Settings that touch nothing outside `tmp` (and read no .env)."""
    values: dict[str, Any] = {
        "knowledge_dir": knowledge,
        "data_dir": tmp / "data",
        "prompts_dir": ROOT / "prompts",
        "telegram_bot_token": None,
        "llm_model": None,
        "chroma_url": None,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


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
