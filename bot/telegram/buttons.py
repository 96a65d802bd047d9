"""The buttons under an answer: its source passages, 👍 and 👎."""

from __future__ import annotations

import asyncio

from telegram import Update
from telegram.ext import ContextTypes

from bot.domain import Answer
from bot.telegram.replies import send_sources
from bot.telegram.state import state_of


async def button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button under an answer: show its sources or record a vote."""
    query = update.callback_query
    if query is None:
        return
    data: object = query.data
    if not (isinstance(data, tuple) and len(data) == 3 and isinstance(data[1], Answer)):
        await query.answer()
        return
    action, answer, chat_id = data  # as replies.answer_keyboard made it
    if query.message is None or query.message.chat.id != chat_id:
        # Data copied from a button in another chat: it would show that chat's answer or vote there.
        await query.answer("这个按钮属于另一个聊天。 This button belongs to another chat.", show_alert=True)
        return
    if action == "src":
        await query.answer()
        await send_sources(update, answer)
    elif action in ("up", "down"):
        await asyncio.to_thread(  # off the event loop: a slow disk holds up no other chat
            state_of(context).feedback.record_vote,
            user_id=update.effective_user.id if update.effective_user else None,
            chat_id=chat_id,
            question=answer.question,
            answer=answer.answer,
            up=action == "up",
        )
        await query.answer("谢谢反馈！ Thanks for the feedback!")
    else:
        await query.answer()


async def expired(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A button whose answer is no longer kept (or whose data was never ours)."""
    if update.callback_query is not None:
        await update.callback_query.answer("这个回答已过期 This answer has expired.")
