"""Ingest is idempotent: unchanged text is not embedded again, edits and deletions are reflected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.app import build_services
from bot.config import Settings
from tests.support.env import REPORT, make_settings

SMALL = (
    "标题: 某县2024年度报告\n\n某县2024年度报告\n\n一、主要成效\n\n（一）政务服务\n\n全年办理政务服务事项1200件。\n\n"
    "二、下一步安排\n\n一是加强队伍建设。\n"
)
OTHER = "标题: 另一份材料\n\n一、情况\n\n共开展培训35次，培训人员800人。\n"


def stored_texts(settings: Settings) -> list[str]:
    services = build_services(settings)
    return sorted(p.text for p in services.store.load_passages())


def two_documents(tmp_path: Path) -> tuple[Path, Settings]:
    """A knowledge folder with two small documents, and settings over it."""
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "a.txt").write_text(SMALL, encoding="utf-8")
    (knowledge / "b.txt").write_text(OTHER, encoding="utf-8")
    return knowledge, make_settings(tmp_path, knowledge)


def test_second_run_adds_nothing(knowledge_copy: Path, tmp_path: Path) -> None:
    settings = make_settings(tmp_path, knowledge_copy)
    services = build_services(settings)
    first = services.ingest()
    assert first.documents == 1 and first.added > 30 and first.removed == 0
    calls: list[int] = []
    original = services.embeddings.embed_documents
    services.embeddings.embed_documents = lambda texts: calls.append(len(texts)) or original(texts)  # type: ignore[method-assign]
    second = services.ingest()
    assert (second.added, second.unchanged, second.removed) == (0, first.added, 0)
    assert calls == []  # nothing re-embedded
    assert "0 added" in second.summary() and f"{first.added} unchanged" in second.summary()


def test_edit_replaces_only_the_edited_passage(tmp_path: Path) -> None:
    knowledge, settings = two_documents(tmp_path)
    services = build_services(settings)
    assert services.ingest().added == 3
    (knowledge / "a.txt").write_text(SMALL.replace("1200件", "1300件"), encoding="utf-8")
    report = services.ingest()
    assert (report.added, report.unchanged, report.removed) == (1, 2, 1)
    texts = stored_texts(settings)
    assert "全年办理政务服务事项1300件。" in texts and "全年办理政务服务事项1200件。" not in texts
    answer = services.answering.ask("政务服务事项办理了多少件")
    assert "1300件" in answer.answer and "1200件" not in answer.answer


def test_deleted_document_is_removed(tmp_path: Path) -> None:
    knowledge, settings = two_documents(tmp_path)
    services = build_services(settings)
    services.ingest()
    (knowledge / "b.txt").unlink()
    report = services.ingest()
    assert (report.documents, report.removed) == (1, 1)
    assert not any("培训" in t for t in stored_texts(settings))
    assert not services.answering.ask("培训了多少人").found


def test_rebuild_starts_over(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "a.txt").write_text(SMALL, encoding="utf-8")
    services = build_services(make_settings(tmp_path, knowledge))
    services.ingest()
    report = services.ingest(rebuild=True)
    assert (report.added, report.unchanged) == (2, 0)


def test_unreadable_files_are_skipped_and_the_rest_ingest(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    shutil.copy(REPORT, knowledge / REPORT.name)
    (knowledge / "empty.txt").write_text("", encoding="utf-8")
    (knowledge / "big5.txt").write_bytes("鐵嶺縣法治政府建設報告，全年受理市民訴求。".encode("big5"))
    report = build_services(make_settings(tmp_path, knowledge)).ingest()
    assert report.documents == 1 and sorted(report.skipped) == ["big5.txt", "empty.txt"]
    assert "unknown text encoding" in caplog.text
