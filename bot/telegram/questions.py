"""Handlers that answer questions: private messages, group mentions and replies, /ask, inline queries."""

from __future__ import annotations

import asyncio
import logging
import secrets

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ChatType, ParseMode
from telegram.ext import ContextTypes

from bot.answers.briefing import requested_topic
from bot.domain import Answer
from bot.telegram.access import addressed
from bot.telegram.briefing import send_card
from bot.telegram.render import render_answer
from bot.telegram.replies import answer_keyboard, finish_stream, reply, send_parts, stream_editor, typing
from bot.telegram.state import BotState, answer_key, conversation_key, replied_answer, state_of

logger = logging.getLogger(__name__)

RECORD_WAIT = 0.5
TOO_MANY = "提问太频繁了，请 {wait:.0f} 秒后再试。 Too many questions; try again in {wait:.0f} s."


async def text_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Any text: a question in private chats; in groups only when the bot is addressed."""
    message = update.effective_message
    if message is None or not message.text:
        return
    question = message.text
    if update.effective_chat and update.effective_chat.type != ChatType.PRIVATE:
        is_for_bot, question = addressed(message, context.bot.username, context.bot.id)
        if not is_for_bot:
            return
    topic = requested_topic(question)
    if topic is not None:  # "热线的要点", "brief me on the hotline"
        await send_card(update, context, topic)
        return
    await answer_question(update, context, question)


async def ask_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/ask QUESTION: ask explicitly (the way to ask in groups)."""
    question = " ".join(context.args or []).strip()
    if not question:
        await reply(update, "用法：/ask 问题，例如 /ask 明年有哪些安排？\nUsage: /ask QUESTION")
        return
    await answer_question(update, context, question)


async def inline_query(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """`@bot question` in any chat offers the answer as a result."""
    query = update.inline_query
    if query is None:
        return
    text = query.query.strip()
    if len(text) < 2:
        await query.answer([], cache_time=0, is_personal=True)
        return
    state = state_of(context)
    wait = state.limiter.allow(query.from_user.id)
    if wait:
        busy = TOO_MANY.format(wait=wait)
        article = InlineQueryResultArticle(
            id="too-many", title=busy[: busy.index("。") + 1], description=busy.split("。 ", 1)[1],
            input_message_content=InputTextMessageContent(busy),
        )
        await query.answer([article], cache_time=0, is_personal=True)
        return
    answer = await state.services.answering.aask(text)
    await record(state, text, answer, user_id=query.from_user.id, chat_id=None)
    article = InlineQueryResultArticle(
        id=secrets.token_hex(8),
        title=text[:64],
        description=answer.answer[:120],
        input_message_content=InputTextMessageContent(render_answer(answer)[0], parse_mode=ParseMode.HTML),
    )
    await query.answer([article], cache_time=30, is_personal=True)


async def answer_question(update: Update, context: ContextTypes.DEFAULT_TYPE, question: str) -> None:
    """Answer one question in the chat it came from, as a reply in groups."""
    state = state_of(context)
    chat, user = update.effective_chat, update.effective_user
    if update.effective_message is None or chat is None:
        return
    wait = state.limiter.allow(user.id if user else chat.id)
    if wait:
        await reply(update, TOO_MANY.format(wait=wait))
        return
    conversation = conversation_key(update)
    async with state.turn(conversation):
        await _answer_in_turn(update, context, question, conversation)


async def _answer_in_turn(
    update: Update, context: ContextTypes.DEFAULT_TYPE, question: str, conversation: str
) -> None:
    state = state_of(context)
    chat, user = update.effective_chat, update.effective_user
    assert chat is not None
    answering = state.services.answering
    replied = replied_answer(update, context.bot.id)
    if replied is not None:
        answering.continue_from(replied, conversation)  # whoever replies continues that answer's topic
    elif chat.type != ChatType.PRIVATE:
        answering.reset(conversation)  # in a group, a new mention without a reply starts afresh
    on_delta, streamed = stream_editor(update)
    async with typing(context, chat.id):
        streaming = answering.llm is not None
        answer = await answering.aask(question, conversation, on_delta if streaming else None)
    state.remember(conversation, answer)
    await record(state, question, answer, user_id=user.id if user else None, chat_id=chat.id)
    keyboard = answer_keyboard(answer, chat.id)
    parts = render_answer(answer)
    sent = streamed()
    messages = []
    if sent is not None:
        await finish_stream(sent, parts[0], keyboard if len(parts) == 1 else None)
        messages.append(sent)
        parts = parts[1:]
    messages += await send_parts(update, parts, keyboard)
    for sent_message in messages:
        answering.continue_from(conversation, answer_key(chat.id, sent_message.message_id))


async def record(state: BotState, question: str, answer: Answer, *, user_id: int | None, chat_id: int | None) -> None:
    """Log a question for /stats, independently of answering it.

    The write runs off the event loop and never raises (the store turns failures into warnings); the answer
    waits for it at most RECORD_WAIT seconds, so a slow disk delays no answer and /stats, asked right after,
    counts it.
    """
    write = asyncio.to_thread(
        state.feedback.record_question,
        user_id=user_id,
        chat_id=chat_id,
        question=question,
        found=answer.found,
        mode=answer.mode,
        latency_ms=answer.latency_ms,
        section=answer.citations[0].section if answer.citations and answer.found else None,
    )
    task = asyncio.ensure_future(write)
    task.add_done_callback(lambda done: done.cancelled() or done.exception())  # retrieved: never "unhandled"
    try:
        await asyncio.wait_for(asyncio.shield(task), RECORD_WAIT)
    except TimeoutError:
        logger.warning("recording a question took over %.1f s; answering without waiting for it", RECORD_WAIT)
    except Exception:  # the store turns its own failures into warnings; anything else still must not stop an answer
        logger.warning("recording a question failed", exc_info=True)
