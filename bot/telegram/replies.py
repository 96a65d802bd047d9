"""Sending: replies in the right chat, the typing indicator, streamed edits, long answers in parts."""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatType, MessageLimit, ParseMode
from telegram.error import BadRequest, TelegramError
from telegram.ext import ContextTypes

from bot.domain import Answer
from bot.telegram.render import render_sources, split_text

logger = logging.getLogger(__name__)

STREAM_EDIT_SECONDS = {True: 1.2, False: 3.5}  # private chats allow ~1 message/s, groups ~20/min
# A streamed preview stays under the limit with room for escaping and the " …" mark.
STREAM_PREVIEW_CHARS = MessageLimit.MAX_TEXT_LENGTH - 200
TYPING_AFTER = 0.3


async def reply(update: Update, text: str, keyboard: InlineKeyboardMarkup | None = None) -> Message | None:
    """Reply in the chat; in groups as a reply to the asker. A text over Telegram's limit goes in parts."""
    message = update.effective_message
    if message is None:
        return None
    quote = bool(update.effective_chat and update.effective_chat.type != ChatType.PRIVATE)
    parts = split_text(text)
    sent = None
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        sent = await message.reply_text(
            part, parse_mode=ParseMode.HTML, reply_markup=keyboard if last else None, do_quote=quote
        )
    return sent


async def send_parts(update: Update, parts: list[str], keyboard: InlineKeyboardMarkup | None) -> list[Message]:
    """Send every part in order; a part that still fails after the rate limiter's retries never stops the rest."""
    messages = []
    for number, part in enumerate(parts):
        try:
            message = await reply(update, part, keyboard if number == len(parts) - 1 else None)
        except TelegramError as exc:
            logger.warning("sending part %d of %d failed (%s)", number + 1, len(parts), exc)
            continue
        if message is not None:
            messages.append(message)
    return messages


def answer_keyboard(answer: Answer, chat_id: int) -> InlineKeyboardMarkup:
    """The buttons under an answer; each carries the answer itself (python-telegram-bot keeps it)."""
    rows = []
    if answer.found:
        rows.append([InlineKeyboardButton("原文 / Source", callback_data=("src", answer, chat_id))])
    rows.append(
        [
            InlineKeyboardButton("👍", callback_data=("up", answer, chat_id)),
            InlineKeyboardButton("👎", callback_data=("down", answer, chat_id)),
        ]
    )
    return InlineKeyboardMarkup(rows)


async def send_sources(update: Update, answer: Answer) -> None:
    """The passages behind an answer, its quotes in bold."""
    passages = answer.passages if answer.found else answer.passages[:3]
    cited = {c.section for c in answer.citations}
    shown = [p for p in passages if p.section in cited] or passages[:3]
    for part in render_sources(shown, [c.quote for c in answer.citations]):
        await reply(update, part)


def stream_editor(update: Update) -> tuple[Callable[[str], Awaitable[None]], Callable[[], Message | None]]:
    """A callback that shows a streamed answer in one message, and a function that returns that message.

    The message is edited as text arrives, throttled to Telegram's limits; the function gives None when
    nothing was shown.
    """
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
        shown = html.escape(text[:STREAM_PREVIEW_CHARS]) + " …"
        if sent is None:
            sent = await reply(update, shown)
        else:
            with contextlib.suppress(BadRequest):  # "message is not modified" and the like
                await sent.edit_text(shown, parse_mode=ParseMode.HTML)

    return on_delta, lambda: sent


async def finish_stream(sent: Message, text: str, keyboard: InlineKeyboardMarkup | None) -> None:
    """Replace the streamed preview by the final, checked answer."""
    try:
        await sent.edit_text(text, parse_mode=ParseMode.HTML, reply_markup=keyboard)
    except BadRequest as exc:
        if "not modified" not in str(exc).lower():
            raise


@contextlib.asynccontextmanager
async def typing(context: ContextTypes.DEFAULT_TYPE, chat_id: int) -> AsyncIterator[None]:
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
