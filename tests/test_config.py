"""Settings: typed, from the environment; a bad value is one clear line, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli
from bot.config import AccessList, Settings, load_settings
from bot.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent


def test_id_lists_parse_from_comma_separated_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ALLOWED_USER_IDS", "12, 34")
    monkeypatch.setenv("ALLOWED_CHAT_IDS", "*")
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:AAH-very-private")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.allowed_user_ids.allows(12) and not settings.allowed_user_ids.allows(56)
    assert settings.allowed_chat_ids.allows(-100123)
    assert not settings.admin_user_ids.allows(12)
    assert settings.telegram_bot_token is not None and "very-private" not in repr(settings)


def test_defaults_need_nothing() -> None:
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.embedding_provider == "local" and not settings.llm_enabled
    assert settings.knowledge_dir == Path("knowledge") and settings.data_dir == Path("data")
    assert AccessList.parse("") == AccessList()


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"LLM_TIMEOUT": "soon"}, "LLM_TIMEOUT"),
        ({"ALLOWED_USER_IDS": "12,bob"}, "ALLOWED_USER_IDS"),
        ({"EMBEDDING_PROVIDER": "magic"}, "EMBEDDING_PROVIDER"),
        ({"CHROMA_URL": "localhost:8000"}, "CHROMA_URL"),
        ({"WEBHOOK_URL": "https://example.org/hook"}, "WEBHOOK_SECRET"),
    ],
)
def test_bad_value_names_the_setting(monkeypatch: pytest.MonkeyPatch, env: dict[str, str], name: str) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    with pytest.raises(ConfigError) as info:
        load_settings(_env_file=None)
    assert str(info.value).startswith(f"setting {name}:")
    assert "\n" not in str(info.value)


def test_cli_reports_a_bad_setting_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LLM_TIMEOUT", "-3")
    monkeypatch.setenv("DATA_DIR", str(tmp_path))
    monkeypatch.chdir(tmp_path)  # no .env here
    assert cli.main(["ask", "hello"]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines() == ["error: setting LLM_TIMEOUT: Input should be greater than 0"]
    assert "Traceback" not in err
