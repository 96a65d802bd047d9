"""Paths of the repository and settings that touch nothing outside a test's own folder."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings

ROOT = Path(__file__).resolve().parent.parent.parent
KNOWLEDGE = ROOT / "knowledge"
REPORT = next(KNOWLEDGE.glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus"
# The real reports of other places lie beside a checkout (as in CI), not inside it; a lone clone skips their tests.
needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"{CORPUS} (the real reports) is not beside this clone")


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


def next_year(text: str) -> str:
    """The 2023 report as a 2024 one: years moved on, every other whole number one larger.

    Numbers that name something (the 12345 hotline) stay as they are, as they would in next year's report.
    """
    text = text.replace("2024", "2025").replace("2023", "2024")

    def bump(match: re.Match[str]) -> str:
        number = match.group(0)
        return number if re.fullmatch(r"20\d\d", number) else str(int(number) + 1)

    return re.sub(r"(?<![\d.])\d+(?![\d.])(?!平台|热线)", bump, text)
