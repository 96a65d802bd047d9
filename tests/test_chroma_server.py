"""The same ingest and answers against a real `chroma run` server on 127.0.0.1."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import build_services
from tests.conftest import make_settings


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture()
def chroma_url(tmp_path: Path) -> Iterator[str]:
    """Start `chroma run` on a free loopback port; stop it afterwards."""
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    assert chroma, "the chroma CLI comes with the chromadb package"
    port = free_port()
    log = (tmp_path / "chroma.log").open("w")
    proc = subprocess.Popen(
        [chroma, "run", "--path", str(tmp_path / "chroma-server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.2)
        else:
            pytest.fail("chroma server did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        log.close()


def test_ingest_and_answer_through_a_chroma_server(chroma_url: str, knowledge_copy: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, knowledge_copy, chroma_url=chroma_url)
    services = build_services(settings)
    first = services.ingest()
    assert first.added > 30
    assert not (tmp_path / "data" / "chroma").exists()  # nothing written to the embedded store
    again = build_services(settings).ingest()
    assert (again.added, again.removed) == (0, 0)
    answer = services.answers.ask("12345热线受理了多少件诉求?").answer
    assert answer.found and "13213件" in answer.answer
    assert answer.citations[0].section.endswith("(一)依法全面履行政府职能")
