"""Errors the bot turns into one clear message."""


class BotError(Exception):
    """Base class for errors shown to the user as one line."""


class ConfigError(BotError):
    """A setting is missing or has a bad value."""


class IngestError(BotError):
    """The knowledge folder could not be indexed."""


class StoreUnavailable(BotError):
    """The vector store cannot be reached."""


class IndexBusy(BotError):
    """Another process is writing the index."""


class IngestCancelled(BotError):
    """An admin cancelled indexing, or the bot is stopping."""
