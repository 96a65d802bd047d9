"""The python-telegram-bot Application: handlers registered, limits set, polling or webhook."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from typing import Any
from urllib.parse import urlparse

from telegram import BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats, Update
from telegram.error import NetworkError, TelegramError, TimedOut
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    InvalidCallbackData,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.app import Services
from bot.config import Settings
from bot.logs import redact_secrets
from bot.telegram import admin, briefing, buttons, commands, indexing, questions
from bot.telegram.access import admin_filter, gate
from bot.telegram.feedback import FeedbackStore
from bot.telegram.ratelimit import RateLimiter
from bot.telegram.state import KEPT_ANSWERS, BotState

logger = logging.getLogger(__name__)

COMMANDS = [
    ("start", "这个机器人能做什么 / what this bot knows"),
    ("help", "怎么提问 / how to ask"),
    ("ask", "提问（群聊中使用）/ ask a question (in groups)"),
    ("reset", "忘记之前的对话 / forget the conversation"),
    ("sources", "上一个回答的原文 / passages behind the last answer"),
    ("docs", "现有文档及年份 / the documents and their years"),
    ("brief", "要点卡片：某主题的全部数字 / a topic's figures at a glance"),
]


class MessageRateLimiter(AIORateLimiter):
    """The one retry layer for outgoing calls.

    Telegram's flood limits count messages, so chat actions and answers to queries are not held back;
    a message that meets a flood wait is sent again after it (AIORateLimiter), and one that meets a
    transient server or network error is sent again after a pause (what AIORateLimiter does not do). A
    call that timed out is not repeated: it may have been delivered. Without the flood limit (only for
    measuring capacity) the retries stay.
    """

    UNLIMITED = frozenset(
        {"sendChatAction", "answerCallbackQuery", "answerInlineQuery", "getUpdates", "getMe", "setMyCommands",
         "deleteWebhook", "setWebhook"}
    )
    NETWORK_RETRIES = 2

    def __init__(self, *, flood_limit: bool = True, max_retries: int = 3) -> None:
        super().__init__(max_retries=max_retries)
        self.flood_limit = flood_limit

    async def process_request(
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Pass non-message calls straight through; messages go through the limiter and its retries."""
        if endpoint in self.UNLIMITED:
            return await callback(*args, **kwargs)
        for attempt in range(self.NETWORK_RETRIES + 1):
            try:
                if not self.flood_limit:
                    return await callback(*args, **kwargs)
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except TimedOut:
                raise
            except NetworkError as exc:
                if attempt == self.NETWORK_RETRIES:
                    raise
                logger.warning("%s failed (%s); trying again", endpoint, exc)
                await asyncio.sleep(1 + attempt)
        raise AssertionError("unreachable")


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a failed update (never the token) and tell the user in one line."""
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("update %s failed: %s", update_id, type(context.error).__name__, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        with contextlib.suppress(TelegramError):
            await update.effective_message.reply_text("抱歉，出错了，请稍后再试。 Sorry, something went wrong.")


async def _post_init(application: Application) -> None:
    state: BotState = application.bot_data["state"]
    menu = [BotCommand(name, text) for name, text in COMMANDS]
    await application.bot.set_my_commands(menu, scope=BotCommandScopeAllPrivateChats())
    await application.bot.set_my_commands(menu, scope=BotCommandScopeAllGroupChats())
    s = state.settings
    logger.info(
        "bot @%s ready; users allowed: %s; groups allowed: %s; admins: %s",
        application.bot.username,
        s.allowed_user_ids.describe(),
        s.allowed_chat_ids.describe(),
        s.admin_user_ids.describe(),
    )


class ReportBotApplication(Application):
    """The Application, stopping the index writer's jobs first so a stop never waits for a long ingest."""

    async def stop(self) -> None:
        """Cancel indexing (each job undoes itself and says so), then stop as usual."""
        state: BotState | None = self.bot_data.get("state")
        if state is not None:
            state.services.writer.cancel_all()
        await super().stop()


async def _post_shutdown(application: Application) -> None:
    application.bot_data["state"].feedback.close()


def api_root(settings: Settings) -> str:
    """The Bot API root without a trailing `/bot`."""
    return re.sub(r"/bot$", "", settings.telegram_base_url.rstrip("/"))


def build_application(settings: Settings, services: Services, *, flood_limit: bool = True) -> Application:
    """The python-telegram-bot Application with every handler registered.

    `flood_limit=False` drops the outgoing flood limit (a transient network error is still retried): only
    for measuring the bot's own capacity.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    redact_secrets(settings)
    root = api_root(settings)
    builder = (
        ApplicationBuilder()
        .application_class(ReportBotApplication)
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(32)
        .arbitrary_callback_data(KEPT_ANSWERS)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    builder.rate_limiter(MessageRateLimiter(flood_limit=flood_limit))
    application = builder.build()
    application.bot_data["state"] = BotState(
        services=services,
        settings=settings,
        feedback=FeedbackStore(settings.data_dir / "feedback.sqlite3"),
        limiter=RateLimiter(settings.rate_limit_per_minute),
    )
    application.add_handler(TypeHandler(Update, gate), group=-1)
    new = filters.UpdateType.MESSAGE
    admins = admin_filter(settings.admin_user_ids)
    private = filters.ChatType.PRIVATE
    application.add_handlers(
        [
            CommandHandler("start", commands.start, filters=new),
            CommandHandler("help", commands.help_command, filters=new),
            CommandHandler("ask", questions.ask_command, filters=new),
            CommandHandler("reset", commands.reset, filters=new),
            CommandHandler("sources", commands.sources, filters=new),
            CommandHandler("reload", indexing.reload_command, filters=new & admins),
            CommandHandler("restore", indexing.restore_command, filters=new & admins),
            CommandHandler("docs", commands.docs_command, filters=new),
            CommandHandler("brief", briefing.brief_command, filters=new),
            CommandHandler("stats", admin.stats_command, filters=new & admins),
            CommandHandler(["reload", "stats", "restore"], admin.admins_only, filters=new),
            MessageHandler(new & filters.COMMAND, commands.unknown_command),
            # An edited question is answered again: the user has corrected it.
            MessageHandler(
                (new | filters.UpdateType.EDITED_MESSAGE) & filters.TEXT & ~filters.COMMAND, questions.text_message
            ),
            MessageHandler(new & private & filters.Document.ALL & admins, indexing.document),
            MessageHandler(new & private & filters.Document.ALL, admin.document_not_admin),
            MessageHandler(new & private & ~filters.TEXT, commands.not_text),
            MessageHandler(filters.UpdateType.CHANNEL_POSTS, commands.channel_post),
            CallbackQueryHandler(buttons.expired, pattern=InvalidCallbackData),
            CallbackQueryHandler(briefing.card_button, pattern=briefing.is_card_button),
            CallbackQueryHandler(indexing.choice, pattern=indexing.is_choice),
            CallbackQueryHandler(buttons.button),
            InlineQueryHandler(questions.inline_query),
        ]
    )
    application.add_error_handler(on_error)
    return application


def run_bot(settings: Settings, services: Services) -> None:
    """Run until interrupted: long polling, or a webhook when WEBHOOK_URL is set."""
    application = build_application(settings, services)
    options = webhook_options(settings)
    if options:
        application.run_webhook(**options, allowed_updates=Update.ALL_TYPES)
    else:
        application.run_polling(allowed_updates=Update.ALL_TYPES)


def webhook_options(settings: Settings) -> dict[str, Any] | None:
    """Where the webhook listens and what Telegram is told, or None for long polling.

    Telegram sends the secret with every call; python-telegram-bot answers 403 to calls without it.
    """
    if not settings.webhook_url or not settings.webhook_secret:
        return None
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": urlparse(settings.webhook_url).path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret.get_secret_value(),
    }
