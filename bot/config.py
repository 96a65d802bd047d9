"""Typed settings, read from the environment and `.env`, built in one place."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import ConfigError


class AccessList(BaseModel, frozen=True):
    """Telegram ids allowed to do something; `*` allows everyone."""

    everyone: bool = False
    ids: frozenset[int] = frozenset()

    @classmethod
    def parse(cls, value: Any) -> AccessList:
        """Build from comma-separated text (`"1, 2"`, `"*"`, `""`) or an iterable of ids."""
        if isinstance(value, AccessList):
            return value
        if value is None:
            return cls()
        if isinstance(value, int):
            return cls(ids=frozenset({value}))
        if isinstance(value, str):
            parts = [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]
        else:
            parts = [str(p).strip() for p in value]
        if "*" in parts:
            return cls(everyone=True)
        ids = set()
        for part in parts:
            try:
                ids.add(int(part))
            except ValueError:
                raise ValueError(f"{part!r} is not a numeric Telegram id (use comma-separated ids or *)") from None
        return cls(ids=frozenset(ids))

    def allows(self, ident: int | None) -> bool:
        """Whether `ident` is on the list."""
        return self.everyone or (ident is not None and ident in self.ids)

    def describe(self) -> str:
        """Human-readable summary for logs."""
        if self.everyone:
            return "everyone"
        return ", ".join(str(i) for i in sorted(self.ids)) or "nobody"


IdList = Annotated[AccessList, NoDecode]


class Settings(BaseSettings):
    """Everything the bot can be configured with; see `.env.example`."""

    # An empty value (`LLM_MODEL=` as .env.example has it) means "not set": the default applies.
    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", extra="ignore", case_sensitive=False, env_ignore_empty=True
    )

    # Telegram
    telegram_bot_token: SecretStr | None = Field(None, description="Bot token from @BotFather; secret.")
    telegram_base_url: str = Field(
        "https://api.telegram.org", description="Bot API root, for a self-hosted Bot API server."
    )
    allowed_user_ids: IdList = Field(default_factory=AccessList, description="User ids allowed; * for everyone.")
    allowed_chat_ids: IdList = Field(default_factory=AccessList, description="Group chat ids allowed; * for all.")
    admin_user_ids: IdList = Field(default_factory=AccessList, description="User ids allowed admin commands.")
    webhook_url: str | None = Field(None, description="Public HTTPS URL for webhook mode; unset = long polling.")
    webhook_secret: SecretStr | None = Field(None, description="Secret token Telegram sends with every webhook call.")
    webhook_listen: str = Field("127.0.0.1", description="Address the webhook server binds to.")
    webhook_port: int = Field(8443, ge=1, le=65535, description="Port the webhook server binds to.")
    rate_limit_per_minute: int = Field(20, ge=1, le=1000, description="Questions one user may ask a minute.")
    memory_turns: int = Field(4, ge=0, le=50, description="Conversation turns kept per chat for follow-ups.")
    memory_ttl_minutes: float = Field(30, gt=0, le=24 * 60, description="Conversation memory expiry.")

    # Knowledge and index
    knowledge_dir: Path = Field(Path("knowledge"), description="Folder of source documents.")
    data_dir: Path = Field(Path("data"), description="Folder for the index and state.")
    prompts_dir: Path = Field(Path("prompts"), description="Folder of LLM prompt template files.")
    chroma_url: str | None = Field(None, description="Chroma server URL; unset = embedded store under DATA_DIR.")
    chroma_collection: str = Field(
        "report_passages", min_length=3, max_length=60, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*[A-Za-z0-9]$"
    )

    # Limits on reading one document (uploads and ingest); past one, the file is refused, saying which.
    parse_max_unzipped_mb: int = Field(64, ge=1, le=4096, description="Most a .docx may unpack to, in MB.")
    parse_max_zip_entries: int = Field(1000, ge=10, le=100_000, description="Most parts inside a .docx.")
    parse_max_html_depth: int = Field(256, ge=16, le=10_000, description="Deepest tag nesting of an HTML page.")
    parse_max_passages: int = Field(5000, ge=10, le=1_000_000, description="Most passages one document may give.")
    parse_timeout: float = Field(60.0, gt=0, le=3600, description="Seconds reading one document may take.")
    parse_memory_mb: int = Field(1024, ge=256, le=65536, description="Memory cap of the process reading a file.")
    versions_kept: int = Field(10, ge=1, le=1000, description="Earlier versions kept of each replaced document.")

    # Embeddings
    embedding_provider: Literal["local", "openai"] = Field("local", description="local = bundled multilingual-e5.")
    embedding_model: str = Field("text-embedding-3-small", description="Model name for EMBEDDING_PROVIDER=openai.")
    embedding_base_url: str | None = Field(None, description="OpenAI-compatible embeddings base URL.")
    embedding_api_key: SecretStr | None = Field(None, description="Key for the embeddings endpoint; secret.")

    # LLM
    llm_base_url: str | None = Field(None, description="OpenAI-compatible chat API base URL.")
    llm_api_key: SecretStr | None = Field(None, description="Key for the chat API; secret.")
    llm_model: str | None = Field(None, description="Chat model name; unset = extractive answers.")
    llm_timeout: float = Field(20.0, gt=0, le=300, description="Overall seconds an LLM answer may take.")
    llm_temperature: float = Field(0.0, ge=0, le=2)

    # Retrieval and answering
    top_k: int = Field(8, ge=1, le=50, description="Passages handed to the answerer.")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"

    @field_validator("allowed_user_ids", "allowed_chat_ids", "admin_user_ids", mode="before")
    @classmethod
    def _parse_ids(cls, value: Any) -> AccessList:
        return AccessList.parse(value)

    @field_validator("telegram_base_url", "llm_base_url", "embedding_base_url", "chroma_url", "webhook_url")
    @classmethod
    def _check_url(cls, value: str | None) -> str | None:
        if value is None or value.strip() == "":
            return None
        value = value.strip().rstrip("/")
        if not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value

    @property
    def llm_enabled(self) -> bool:
        """Whether an LLM writes answers."""
        return bool(self.llm_model)


def load_settings(**overrides: Any) -> Settings:
    """Build settings from the environment and `.env`; a bad value raises ConfigError naming it."""
    try:
        settings = Settings(**overrides)
    except ValidationError as exc:
        raise ConfigError(_describe(exc)) from None
    if settings.embedding_provider == "openai" and not settings.embedding_base_url and not settings.embedding_api_key:
        raise ConfigError("setting EMBEDDING_PROVIDER: 'openai' needs EMBEDDING_BASE_URL or EMBEDDING_API_KEY")
    if settings.webhook_url and not settings.webhook_secret:
        raise ConfigError("setting WEBHOOK_SECRET: required when WEBHOOK_URL is set")
    return settings


def _describe(exc: ValidationError) -> str:
    """One line naming the first bad setting and what is wrong with it."""
    err = exc.errors()[0]
    name = str(err["loc"][0]).upper() if err.get("loc") else "?"
    msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"setting {name}: {msg}{more}"
