"""What the handlers share, kept in `application.bot_data`."""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.app import Services
from bot.config import Settings
from bot.domain import Answer
from bot.telegram.feedback import FeedbackStore
from bot.telegram.ratelimit import RateLimiter

KEPT_ANSWERS = 2000


@dataclass
class BotState:
    """The services and stores of the running bot, and each conversation's last answer (for /sources)."""

    services: Services
    settings: Settings
    feedback: FeedbackStore
    limiter: RateLimiter
    started: float = field(default_factory=time.time)
    last: OrderedDict[str, Answer] = field(default_factory=OrderedDict)
    turns: OrderedDict[str, asyncio.Lock] = field(default_factory=OrderedDict)

    def turn(self, conversation: str) -> asyncio.Lock:
        """The lock that keeps one conversation's questions in order.

        A turn (read the question, answer it, send it, key the sent messages to it) runs whole: the next
        mention in the same group cannot reset the conversation before the answer it follows is keyed.
        """
        lock = self.turns.pop(conversation, None) or asyncio.Lock()
        self.turns[conversation] = lock
        while len(self.turns) > KEPT_ANSWERS:
            oldest = next(iter(self.turns))
            if self.turns[oldest].locked():
                break
            del self.turns[oldest]
        return lock

    def remember(self, conversation: str, answer: Answer) -> None:
        """Keep a conversation's last answer (the oldest conversations are forgotten first)."""
        self.last.pop(conversation, None)
        self.last[conversation] = answer
        while len(self.last) > KEPT_ANSWERS:
            self.last.popitem(last=False)


def state_of(context: ContextTypes.DEFAULT_TYPE) -> BotState:
    """The shared state of the running application."""
    state: BotState = context.application.bot_data["state"]
    return state


def answer_key(chat_id: int, message_id: int) -> str:
    """The conversation an answer the bot sent carries on: a reply to it continues its topic."""
    return f"{chat_id}@{message_id}"


def replied_answer(update: Update, bot_id: int) -> str | None:
    """The conversation of the bot's answer this message replies to, if it replies to one."""
    message, chat = update.effective_message, update.effective_chat
    replied = message.reply_to_message if message else None
    if chat is None or replied is None or replied.from_user is None or replied.from_user.id != bot_id:
        return None
    return answer_key(chat.id, replied.message_id)


def conversation_key(update: Update) -> str:
    """Private chats keep one conversation; in groups each member keeps their own."""
    chat, user = update.effective_chat, update.effective_user
    if chat and chat.type == ChatType.PRIVATE:
        return str(chat.id)
    return f"{chat.id if chat else 0}:{user.id if user else 0}"
