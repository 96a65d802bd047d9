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


def small_report(hotline: str, *, fillers: int = 0, edition: str = "") -> str:
    """A short county report whose hotline figure is `hotline`, with `fillers` more numbered work items.

    `edition` is worked into every filler item, so that two editions share no filler passage.
    """
    items = "\n\n".join(
        f"（{_cn(n // 10 + 2)}）第{n}项专项工作{edition}\n围绕第{n}项专项工作{edition}，各部门按照职责分工推进落实，"
        f"形成了第{n}批制度成果{edition}，工作机制更加健全。"
        for n in range(fillers)
    )
    return (
        "某县2023年度政务服务工作报告\n\n"
        "一、2023年度主要工作\n\n"
        "（一）便民服务热线\n"
        f"全年受理市民诉求{hotline}件，群众满意度持续提升。\n\n"
        f"{items}\n"
    )


def _cn(number: int) -> str:
    digits = "零一二三四五六七八九"
    if number < 10:
        return digits[number]
    tens, ones = divmod(number, 10)
    return f"{digits[tens] if tens > 1 else ''}十{digits[ones] if ones else ''}"
