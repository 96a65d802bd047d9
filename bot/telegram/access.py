"""Who may use the bot: one gate every update passes first, and the filter for admin commands."""

from __future__ import annotations

import html
import logging

from telegram import InlineQueryResultArticle, InputTextMessageContent, Message, Update
from telegram.constants import ChatType, MessageEntityType, ParseMode
from telegram.ext import ApplicationHandlerStop, ContextTypes, filters

from bot.config import AccessList, Settings
from bot.telegram.replies import reply
from bot.telegram.state import state_of

logger = logging.getLogger(__name__)

GROUP_CHATS = (ChatType.GROUP, ChatType.SUPERGROUP, ChatType.CHANNEL)


def denial(update: Update, settings: Settings) -> str | None:
    """None when this user in this chat may use the bot, else the reply that says why not."""
    user, chat = update.effective_user, update.effective_chat
    user_id = user.id if user else None
    chat_id = chat.id if chat else None
    if chat is not None and chat.type in GROUP_CHATS:
        allowed = settings.allowed_chat_ids.allows(chat_id)
    else:
        allowed = settings.admin_user_ids.allows(user_id) or settings.allowed_user_ids.allows(user_id)
    if allowed:
        return None
    return (
        "抱歉，您还没有使用权限。请把下面的编号发给管理员开通。\n"
        f"Not allowed yet: please send these ids to an administrator.\nuser id: {user_id}\nchat id: {chat_id}"
    )


def admin_filter(admins: AccessList) -> filters.BaseFilter:
    """Messages from the users allowed admin commands."""
    return filters.ALL if admins.everyone else filters.User(user_id=admins.ids)


def addressed(message: Message, username: str | None, bot_id: int) -> tuple[bool, str]:
    """Whether a group message is meant for the bot (a reply to it or a mention), and the text without the mention.

    A mention is a `mention` entity naming the bot, or a `text_mention` of it, as Telegram marks them:
    `@report_bot_dev` is another user's entity and `admin@report_bot.cn` an email, so neither counts.
    Usernames compare without case, as Telegram resolves them (filters.Mention compares with case).
    """
    text = message.text or ""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return True, text
    mentions = message.parse_entities([MessageEntityType.MENTION, MessageEntityType.TEXT_MENTION])
    for entity, mention in mentions.items():
        named = entity.type == MessageEntityType.MENTION and mention.lstrip("@").lower() == (username or "").lower()
        linked = entity.type == MessageEntityType.TEXT_MENTION and entity.user is not None and entity.user.id == bot_id
        if (username and named) or linked:
            start, end = entity.offset, entity.offset + entity.length
            return True, (text[:start] + text[end:]).strip()
    return False, text


def for_another_bot(command: str, username: str | None) -> bool:
    """Whether a command names another bot ("/start@otherbot"), as commands in groups may."""
    target = command.split()[0].partition("@")[2]
    return bool(target) and target.lower() != (username or "").lower()


async def gate(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Let allowed users and chats through; stop everyone else, telling them why when they addressed the bot."""
    if update.channel_post or update.edited_channel_post:
        return  # a channel gets a pointer to the bot, never the report (see commands.channel_post)
    refusal = denial(update, state_of(context).settings)
    if refusal is None:
        return
    logger.info(
        "refused user %s in chat %s",
        update.effective_user.id if update.effective_user else None,
        update.effective_chat.id if update.effective_chat else None,
    )
    if update.callback_query:
        await update.callback_query.answer("没有权限 Not allowed", show_alert=True)
    elif update.inline_query:
        query = update.inline_query
        article = InlineQueryResultArticle(
            id="denied",
            title="没有权限 Not allowed",
            description=f"user id: {query.from_user.id}",
            input_message_content=InputTextMessageContent(html.escape(refusal), parse_mode=ParseMode.HTML),
        )
        await query.answer([article], cache_time=0, is_personal=True)
    elif _speaks_to_bot(update, context):
        await reply(update, html.escape(refusal))
    raise ApplicationHandlerStop


def _speaks_to_bot(update: Update, context: ContextTypes.DEFAULT_TYPE) -> bool:
    """Whether a message expects an answer: anything in a private chat; in groups, commands and mentions."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return False
    if chat.type == ChatType.PRIVATE:
        return update.message is not None or bool(message.text)
    if not message.text:
        return False
    if message.text.startswith("/"):
        return not for_another_bot(message.text, context.bot.username)
    return addressed(message, context.bot.username, context.bot.id)[0]
