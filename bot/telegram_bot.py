"""The Telegram front end: thin handlers that check access, call the answering service and reply."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import re
import secrets
import time
from collections import OrderedDict
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.constants import ChatAction, ChatType, MessageEntityType, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from bot.app import Services
from bot.config import Settings
from bot.documents_admin import add_document
from bot.feedback import FeedbackStore
from bot.loaders import UnreadableDocument
from bot.logs import redact_secrets
from bot.ratelimit import RateLimiter
from bot.render import render_answer, render_sources
from bot.service import Outcome

logger = logging.getLogger(__name__)

STREAM_EDIT_SECONDS = {True: 1.2, False: 3.5}  # private chats allow ~1 message/s, groups ~20/min
KEPT_ANSWERS = 2000
MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # what the Bot API lets a bot download
TYPING_AFTER = 0.3

COMMANDS = [
    ("start", "这个机器人能做什么 / what this bot knows"),
    ("help", "怎么提问 / how to ask"),
    ("ask", "提问（群聊中使用）/ ask a question (in groups)"),
    ("reset", "忘记之前的对话 / forget the conversation"),
    ("sources", "上一个回答的原文 / passages behind the last answer"),
    ("docs", "现有文档及年份 / the documents and their years"),
]
EXAMPLES = [
    ("明年有哪些工作安排？", "What are next year's plans?"),
    ("还存在哪些不足？", "What shortcomings does the report admit?"),
    ("{topic}方面做了哪些工作？", "What was done on {topic}?"),
]


@dataclass
class Kept:
    """An answer the buttons under it can still refer to."""

    question: str
    outcome: Outcome
    chat_id: int


@dataclass
class BotState:
    """What the handlers share, kept in `application.bot_data`."""

    services: Services
    settings: Settings
    feedback: FeedbackStore
    limiter: RateLimiter
    started: float = field(default_factory=time.time)
    answers: OrderedDict[str, Kept] = field(default_factory=OrderedDict)
    last: dict[str, str] = field(default_factory=dict)

    def keep(self, kept: Kept, conversation: str) -> str:
        """Remember an answer for its buttons; returns its key."""
        key = secrets.token_urlsafe(8)
        self.answers[key] = kept
        self.last[conversation] = key
        while len(self.answers) > KEPT_ANSWERS:
            self.answers.popitem(last=False)
        return key


class MessageRateLimiter(AIORateLimiter):
    """Telegram's flood limits count messages: chat actions and answers to queries are not held back."""

    UNLIMITED = frozenset(
        {"sendChatAction", "answerCallbackQuery", "answerInlineQuery", "getUpdates", "getMe", "setMyCommands",
         "deleteWebhook", "setWebhook"}
    )

    async def process_request(
        self,
        callback: Any,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Pass non-message calls straight through; messages go through the limiter."""
        if endpoint in self.UNLIMITED:
            return await callback(*args, **kwargs)
        return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)


def state_of(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    """The shared state of the running application."""
    state: BotState = context.application.bot_data["state"]
    return state


# ---------------------------------------------------------------- access


def denial(update: Update, settings: Settings) -> str | None:
    """None when this user in this chat may use the bot, else the reply that says why not."""
    user, chat = update.effective_user, update.effective_chat
    user_id = user.id if user else None
    chat_id = chat.id if chat else None
    if chat is not None and chat.type in (ChatType.GROUP, ChatType.SUPERGROUP, ChatType.CHANNEL):
        allowed = settings.allowed_chat_ids.allows(chat_id)
    else:
        allowed = settings.admin_user_ids.allows(user_id) or settings.allowed_user_ids.allows(user_id)
    if allowed:
        return None
    return (
        "抱歉，您还没有使用权限。请把下面的编号发给管理员开通。\n"
        f"Not allowed yet: please send these ids to an administrator.\nuser id: {user_id}\nchat id: {chat_id}"
    )


def is_admin(update: Update, settings: Settings) -> bool:
    """Whether the user may run admin commands."""
    user = update.effective_user
    return user is not None and settings.admin_user_ids.allows(user.id)


def conversation_key(update: Update) -> str:
    """Private chats keep one conversation; in groups each member keeps their own."""
    chat, user = update.effective_chat, update.effective_user
    if chat and chat.type == ChatType.PRIVATE:
        return str(chat.id)
    return f"{chat.id if chat else 0}:{user.id if user else 0}"


# ---------------------------------------------------------------- handlers


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: what the bot knows and how to ask."""
    if await _refuse_if_denied(update, context):
        return
    state = state_of(context)
    corpus = state.services.retriever.corpus
    titles = sorted({(p.year or 0, p.title) for p in corpus.passages}, reverse=True)
    docs = "\n".join(f"• {html.escape(t)}" for _, t in titles) or "（尚无文档 / no documents yet）"
    topic = _example_topic(state)
    examples = "\n".join(
        f"• {html.escape(zh.format(topic=topic))}\n  <i>{html.escape(en.format(topic=topic))}</i>"
        for zh, en in EXAMPLES
    )
    text = (
        "您好！我根据以下报告回答问题，数字按原文引用，并注明出处；报告没有写的，我会直说。\n"
        "I answer from these reports only, quote every figure exactly and name the section.\n\n"
        f"{docs}\n\n试试这样问 / Try:\n{examples}"
    )
    if update.effective_chat and update.effective_chat.type != ChatType.PRIVATE:
        text += (
            f"\n\n在群里请 @{html.escape(context.bot.username or 'bot')} 提问、回复我的消息，或用 /ask 问题。"
            "\nIn groups, mention me, reply to my message, or use /ask QUESTION."
        )
    await _reply(update, text)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help: how to ask."""
    if await _refuse_if_denied(update, context):
        return
    await _reply(
        update,
        "直接发送问题即可（中文或英文）。可以接着追问，例如“那办结率呢？”；/reset 重新开始。\n"
        "Just send a question, in Chinese or English; follow-ups keep the topic; /reset starts over.\n\n"
        "/ask 问题 — 群聊中提问 / ask in a group\n/sources — 上一个回答的原文 / passages behind the last answer",
    )


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask QUESTION: ask explicitly (the way to ask in groups)."""
    if await _refuse_if_denied(update, context):
        return
    question = " ".join(context.args or []).strip()
    if not question:
        await _reply(update, "用法：/ask 问题，例如 /ask 明年有哪些安排？\nUsage: /ask QUESTION")
        return
    await answer_question(update, context, question)


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any text: a question in private chats; in groups only when the bot is addressed."""
    message = update.effective_message
    if message is None or not message.text:
        return
    question = message.text
    if update.effective_chat and update.effective_chat.type != ChatType.PRIVATE:
        addressed, question = _addressed(message, context.bot.username, context.bot.id)
        if not addressed:
            return
    if await _refuse_if_denied(update, context):
        return
    await answer_question(update, context, question)


async def reset(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reset: forget the conversation."""
    if await _refuse_if_denied(update, context):
        return
    state_of(context).services.answers.reset(conversation_key(update))
    await _reply(update, "好的，之前的对话已清除。 Conversation forgotten.")


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: the passages behind the last answer."""
    if await _refuse_if_denied(update, context):
        return
    state = state_of(context)
    kept = state.answers.get(state.last.get(conversation_key(update), ""))
    if kept is None:
        await _reply(update, "还没有回答过问题。 No answer yet.")
        return
    await _send_sources(update, kept)


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Commands the bot does not know get a hint (in groups only those addressed to this bot)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    command = message.text.split()[0]
    target = command.partition("@")[2]
    if target and target.lower() != (context.bot.username or "").lower():
        return  # meant for another bot
    if await _refuse_if_denied(update, context):
        return
    await _reply(update, "不认识这个命令。可用：/start /help /ask /reset /sources\nUnknown command; try /help.")


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice and files: say what the bot can read (in private chats)."""
    if not update.effective_chat or update.effective_chat.type != ChatType.PRIVATE:
        return
    if await _refuse_if_denied(update, context):
        return
    await _reply(update, "我只能读文字问题，请用文字提问。 I can only read text questions.")


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file from an admin is added to knowledge/ and indexed; anyone else is told only admins may."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    if not update.effective_chat or update.effective_chat.type != ChatType.PRIVATE:
        return
    if await _refuse_if_denied(update, context):
        return
    state = state_of(context)
    if not is_admin(update, state.settings):
        await _reply(update, "只有管理员可以添加文档。 Only admins can add documents.")
        return
    incoming = message.document
    if (incoming.file_size or 0) > MAX_UPLOAD_BYTES:
        await _reply(update, "文件太大（上限20MB）。 The file is too large (20 MB at most).")
        return
    telegram_file = await incoming.get_file()
    data = bytes(await telegram_file.download_as_bytearray())
    try:
        added = await asyncio.to_thread(add_document, state.services, incoming.file_name or "document", data)
    except UnreadableDocument as exc:
        reason = f"无法读取这个文件，未做任何改动。 Could not read this file; nothing changed.\n{exc}"
        await _reply(update, html.escape(reason))
        return
    await _reply(update, html.escape(added))


async def docs_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/docs: the documents the bot answers from, newest first."""
    if await _refuse_if_denied(update, context):
        return
    corpus = state_of(context).services.retriever.corpus
    counts: dict[tuple[int, str, str], int] = {}
    for p in corpus.passages:
        key = (p.year or 0, p.title, p.source)
        counts[key] = counts.get(key, 0) + 1
    lines = [
        f"• {html.escape(title)}（{year or '年份不详'}）· {count} 段 passages · {html.escape(source)}"
        for (year, title, source), count in sorted(counts.items(), reverse=True)
    ]
    await _reply(update, "现有文档 Documents:\n" + ("\n".join(lines) or "（无 / none）"))


async def channel_post(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Posts in a channel: the bot answers people, so a post that mentions it gets a pointer."""
    message = update.effective_message
    if message is None or not message.text or f"@{context.bot.username}".lower() not in message.text.lower():
        return
    await message.reply_text("请在私聊或群组中向我提问。 Ask me in a private chat or a group.")


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reload (admins): re-index knowledge/ without restarting."""
    state = state_of(context)
    if not is_admin(update, state.settings):
        await _reply(update, "只有管理员可以使用这个命令。 Admins only.")
        return
    await _reply(update, "正在重新索引… Re-indexing…")
    report = await asyncio.to_thread(state.services.ingest)
    await _reply(update, f"完成 Done: {html.escape(report.summary())}")


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats (admins): usage since start."""
    state = state_of(context)
    if not is_admin(update, state.settings):
        await _reply(update, "只有管理员可以使用这个命令。 Admins only.")
        return
    s = state.feedback.stats(state.started)
    missed = "\n".join(f"• {html.escape(q[:100])}" for q in s.unanswered) or "—"
    await _reply(
        update,
        f"自启动以来 Since start ({time.strftime('%Y-%m-%d %H:%M', time.localtime(state.started))}):\n"
        f"回答 answered: {s.answered}\n拒答 refused: {s.refused}\n用户 users: {s.users}\n"
        f"延迟 latency: mean {s.mean_latency_ms:.0f} ms, p95 {s.p95_latency_ms:.0f} ms\n"
        f"反馈 feedback: 👍 {s.up} 👎 {s.down}\n\n未能回答的问题 Unanswered:\n{missed}",
    )


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Buttons under an answer: the source passages, 👍 and 👎."""
    query = update.callback_query
    if query is None:
        return
    state = state_of(context)
    if denial(update, state.settings):
        await query.answer("没有权限 Not allowed", show_alert=True)
        return
    action, _, key = (query.data or "").partition(":")
    kept = state.answers.get(key)
    if kept is None:
        await query.answer("这个回答已过期 This answer has expired.")
        return
    if action == "src":
        await query.answer()
        await _send_sources(update, kept)
    elif action in ("up", "down"):
        state.feedback.record_vote(
            user_id=update.effective_user.id if update.effective_user else None,
            chat_id=kept.chat_id,
            question=kept.question,
            answer=kept.outcome.answer.answer,
            up=action == "up",
        )
        await query.answer("谢谢反馈！ Thanks for the feedback!")
    else:
        await query.answer()


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`@bot question` in any chat offers the answer as a result."""
    query = update.inline_query
    if query is None:
        return
    state = state_of(context)
    text = query.query.strip()
    refusal = denial(update, state.settings) if query.from_user else "not allowed"
    if refusal:
        article = InlineQueryResultArticle(
            id="denied",
            title="没有权限 Not allowed",
            description=f"user id: {query.from_user.id}",
            input_message_content=InputTextMessageContent(html.escape(refusal), parse_mode=ParseMode.HTML),
        )
        await query.answer([article], cache_time=0, is_personal=True)
        return
    if len(text) < 2:
        await query.answer([], cache_time=0, is_personal=True)
        return
    outcome = await state.services.answers.aask(text)
    rendered = render_answer(outcome.answer)[0]
    article = InlineQueryResultArticle(
        id=secrets.token_hex(8),
        title=text[:64],
        description=outcome.answer.answer[:120],
        input_message_content=InputTextMessageContent(rendered, parse_mode=ParseMode.HTML),
    )
    await query.answer([article], cache_time=30, is_personal=True)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log a failed update (never the token) and tell the user in one line."""
    update_id = update.update_id if isinstance(update, Update) else None
    logger.error("update %s failed: %s", update_id, type(context.error).__name__, exc_info=context.error)
    if isinstance(update, Update) and update.effective_message:
        with contextlib.suppress(TelegramError):
            await update.effective_message.reply_text("抱歉，出错了，请稍后再试。 Sorry, something went wrong.")


# ---------------------------------------------------------------- answering


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Answer one question in the chat it came from, as a reply in groups."""
    state = state_of(context)
    message = update.effective_message
    chat = update.effective_chat
    user = update.effective_user
    if message is None or chat is None:
        return
    wait = state.limiter.allow(user.id if user else chat.id)
    if wait:
        await _reply(update, f"提问太频繁了，请 {wait:.0f} 秒后再试。 Too many questions; try again in {wait:.0f} s.")
        return
    conversation = conversation_key(update)
    async with _typing(context, chat.id):
        if state.services.answers.llm is not None:
            outcome, sent = await _streamed(update, context, question, conversation)
        else:
            outcome, sent = await state.services.answers.aask(question, conversation), None
    answer = outcome.answer
    state.feedback.record_question(
        user_id=user.id if user else None,
        chat_id=chat.id,
        question=question,
        found=answer.found,
        mode=answer.mode,
        latency_ms=answer.latency_ms,
        section=answer.citations[0].section if answer.citations and answer.found else None,
    )
    key = state.keep(Kept(question, outcome, chat.id), conversation)
    keyboard = _keyboard(key, answer.found)
    parts = render_answer(answer)
    if sent is not None:
        await _finish_stream(sent, parts[0], keyboard if len(parts) == 1 else None)
        parts = parts[1:]
    await _send_parts(update, parts, keyboard)


async def _send_parts(update: Update, parts: list[str], keyboard: InlineKeyboardMarkup | None) -> None:
    """Send every part in order; a part that fails is tried again, and never stops the parts after it."""
    for number, part in enumerate(parts):
        markup = keyboard if number == len(parts) - 1 else None
        for attempt in range(3):
            try:
                await _reply(update, part, markup)
                break
            except TelegramError as exc:
                logger.warning("sending part %d of %d failed (%s)", number + 1, len(parts), exc)
                await asyncio.sleep(1 + attempt)


async def _streamed(
    update: Update, context: ContextTypes.DEFAULT_TYPE, question: str, conversation: str
) -> tuple[Outcome, Message | None]:
    """Answer with the LLM, editing one message as text arrives (throttled to Telegram's limits)."""
    state = state_of(context)
    private = bool(update.effective_chat and update.effective_chat.type == ChatType.PRIVATE)
    interval = STREAM_EDIT_SECONDS[private]
    sent: Message | None = None
    last_edit = 0.0
    last_text = ""

    async def on_delta(text: str) -> None:
        nonlocal sent, last_edit, last_text
        now = time.monotonic()
        if now - last_edit < interval or text.strip() == last_text.strip() or not text.strip():
            return
        last_edit, last_text = now, text
        shown = html.escape(text[:3900]) + " …"
        if sent is None:
            sent = await _reply(update, shown)
        else:
            with contextlib.suppress(BadRequest):  # "message is not modified" and the like
                await sent.edit_text(shown, parse_mode=ParseMode.HTML)

    outcome = await state.services.answers.aask(question, conversation, on_delta=on_delta)
    return outcome, sent


async def _finish_stream(sent: Message, text: str, keyboard: InlineKeyboardMarkup | None) -> None:
    try:
        await sent.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


def _keyboard(key: str, found: bool) -> InlineKeyboardMarkup:
    rows = []
    if found:
        rows.append([InlineKeyboardButton("原文 / Source", callback_data=f"src:{key}")])
    rows.append(
        [InlineKeyboardButton("👍", callback_data=f"up:{key}"), InlineKeyboardButton("👎", callback_data=f"down:{key}")]
    )
    return InlineKeyboardMarkup(rows)


async def _send_sources(update: Update, kept: Kept) -> None:
    answer = kept.outcome.answer
    passages = kept.outcome.passages if answer.found else kept.outcome.passages[:3]
    cited = {c.section for c in answer.citations}
    shown = [p for p in passages if p.section in cited] or passages[:3]
    for part in render_sources(shown, [c.quote for c in answer.citations]):
        await _reply(update, part)


@contextlib.asynccontextmanager
async def _typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" until the block ends (Telegram clears it after 5 s, so it is renewed).

    It starts after TYPING_AFTER seconds: an answer ready sooner would only make it flicker, and each
    indicator is one more call to Telegram.
    """

    async def keep_typing() -> None:
        await asyncio.sleep(TYPING_AFTER)
        while True:
            with contextlib.suppress(TelegramError):
                await context.bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(4)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _reply(update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None) -> Message | None:
    """Reply in the chat; in groups as a reply to the asker."""
    message = update.effective_message
    if message is None:
        return None
    quote = bool(update.effective_chat and update.effective_chat.type != ChatType.PRIVATE)
    return await message.reply_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard, do_quote=quote)


async def _refuse_if_denied(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    refusal = denial(update, state_of(context).settings)
    if refusal is None:
        return False
    logger.info(
        "refused user %s in chat %s",
        update.effective_user.id if update.effective_user else None,
        update.effective_chat.id if update.effective_chat else None,
    )
    await _reply(update, html.escape(refusal))
    return True


def _addressed(message: Message, username: str | None, bot_id: int) -> tuple[bool, str]:
    """Whether a group message is meant for the bot, and the question without the mention."""
    text = message.text or ""
    reply = message.reply_to_message
    if reply is not None and reply.from_user is not None and reply.from_user.id == bot_id:
        return True, text
    if not username:
        return False, text
    mention = f"@{username}".lower()
    for entity in message.entities or ():
        if entity.type == MessageEntityType.MENTION and message.parse_entity(entity).lower() == mention:
            start, end = entity.offset, entity.offset + entity.length
            return True, (text[:start] + text[end:]).strip()
    if mention in text.lower():
        return True, re.sub(re.escape(mention), "", text, flags=re.IGNORECASE).strip()
    return False, text


def _example_topic(state: BotState) -> str:
    """A topic for the third example question, from the first sub-heading of the newest document."""
    for section in state.services.retriever.corpus.sections:
        if len(section.path) >= 2:
            return re.sub(r"^[(（][^)）]*[)）]|^[一二三四五六七八九十]+[、是]", "", section.path[1])[:20]
    return "政务服务"


# ---------------------------------------------------------------- application


async def _post_init(application: Application) -> None:
    state: BotState = application.bot_data["state"]
    commands = [BotCommand(name, text) for name, text in COMMANDS]
    await application.bot.set_my_commands(commands, scope=BotCommandScopeAllPrivateChats())
    await application.bot.set_my_commands(commands, scope=BotCommandScopeAllGroupChats())
    s = state.settings
    logger.info(
        "bot @%s ready; users allowed: %s; groups allowed: %s; admins: %s",
        application.bot.username,
        s.allowed_user_ids.describe(),
        s.allowed_chat_ids.describe(),
        s.admin_user_ids.describe(),
    )


async def _post_shutdown(application: Application) -> None:
    application.bot_data["state"].feedback.close()


def api_root(settings: Settings) -> str:
    """The Bot API root without a trailing `/bot`."""
    return re.sub(r"/bot$", "", settings.telegram_base_url.rstrip("/"))


def build_application(settings: Settings, services: Services, *, flood_limit: bool = True) -> Application:
    """The python-telegram-bot Application with every handler registered.

    `flood_limit=False` drops the outgoing rate limiter: only for measuring the bot's own capacity.
    """
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    redact_secrets(settings)
    root = api_root(settings)
    builder = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(f"{root}/bot")
        .base_file_url(f"{root}/file/bot")
        .concurrent_updates(32)
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
    )
    if flood_limit:
        builder.rate_limiter(MessageRateLimiter(max_retries=3))
    application = builder.build()
    application.bot_data["state"] = BotState(
        services=services,
        settings=settings,
        feedback=FeedbackStore(settings.data_dir / "feedback.sqlite3"),
        limiter=RateLimiter(settings.rate_limit_per_minute),
    )
    new_messages = filters.UpdateType.MESSAGE
    application.add_handler(CommandHandler("start", start, filters=new_messages))
    application.add_handler(CommandHandler("help", help_command, filters=new_messages))
    application.add_handler(CommandHandler("ask", ask_command, filters=new_messages))
    application.add_handler(CommandHandler("reset", reset, filters=new_messages))
    application.add_handler(CommandHandler("sources", sources, filters=new_messages))
    application.add_handler(CommandHandler("reload", reload_command, filters=new_messages))
    application.add_handler(CommandHandler("docs", docs_command, filters=new_messages))
    application.add_handler(CommandHandler("stats", stats_command, filters=new_messages))
    application.add_handler(MessageHandler(new_messages & filters.COMMAND, unknown_command))
    # An edited question is answered again: the user has corrected it.
    edited_or_new = filters.UpdateType.MESSAGE | filters.UpdateType.EDITED_MESSAGE
    application.add_handler(MessageHandler(edited_or_new & filters.TEXT & ~filters.COMMAND, text_message))
    application.add_handler(MessageHandler(new_messages & filters.Document.ALL, document))
    application.add_handler(MessageHandler(new_messages & ~filters.TEXT, not_text))
    application.add_handler(MessageHandler(filters.UpdateType.CHANNEL_POSTS, channel_post))
    application.add_handler(CallbackQueryHandler(button))
    application.add_handler(InlineQueryHandler(inline_query))
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
