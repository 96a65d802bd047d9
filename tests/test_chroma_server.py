"""The same ingest and answers against a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_services
from tests.support.env import make_settings
from tests.support.servers import chroma_command, free_port, local_process


@pytest.fixture()
def chroma_url(tmp_path: Path) -> Iterator[str]:
    """Start `chroma run` on a free loopback port; stop it afterwards."""
    port = free_port()
    with local_process(chroma_command(tmp_path / "chroma-server", port), port, tmp_path / "chroma.log"):
        yield f"http://127.0.0.1:{port}"


def test_ingest_and_answer_through_a_chroma_server(chroma_url: str, knowledge_copy: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, knowledge_copy, chroma_url=chroma_url)
    services = build_services(settings)
    first = services.ingest()
    assert first.added > 30
    assert not (tmp_path / "data" / "chroma").exists()  # nothing written to the embedded store
    again = build_services(settings).ingest()
    assert (again.added, again.removed) == (0, 0)
    answer = services.answering.ask("12345热线受理了多少件诉求?")
    assert answer.found and "13213件" in answer.answer
    assert answer.citations[0].section.endswith("(一)依法全面履行政府职能 > 优化政务服务便民热线平台运行")
