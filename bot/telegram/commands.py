"""Everyday commands and messages that are not questions: /start, /help, /reset, /sources, /docs, the rest."""

from __future__ import annotations

import html
import re

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot.telegram.access import addressed, for_another_bot
from bot.telegram.render import NAME_CHARS, TITLE_CHARS, clip
from bot.telegram.replies import reply, send_sources
from bot.telegram.state import BotState, conversation_key, state_of

EXAMPLES = [
    ("明年有哪些工作安排？", "What are next year's plans?"),
    ("还存在哪些不足？", "What shortcomings does the report admit?"),
    ("{topic}方面做了哪些工作？", "What was done on {topic}?"),
]


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/start: what the bot knows and how to ask."""
    state = state_of(context)
    corpus = state.services.retriever.corpus
    titles = sorted({(p.year or 0, p.title) for p in corpus.passages}, reverse=True)
    docs = "\n".join(f"• {html.escape(clip(t, TITLE_CHARS))}" for _, t in titles) or "（尚无文档 / no documents yet）"
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
    await reply(update, text)


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/help: how to ask."""
    await reply(
        update,
        "直接发送问题即可（中文或英文）。可以接着追问，例如“那办结率呢？”；/reset 重新开始。\n"
        "Just send a question, in Chinese or English; follow-ups keep the topic; /reset starts over.\n\n"
        "/ask 问题 — 群聊中提问 / ask in a group\n/sources — 上一个回答的原文 / passages behind the last answer\n"
        "/brief 主题 — 要点卡片：主题的全部数字 / every figure on a topic",
    )


async def reset(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reset: forget the conversation."""
    state_of(context).services.answering.reset(conversation_key(update))
    await reply(update, "好的，之前的对话已清除。 Conversation forgotten.")


async def sources(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/sources: the passages behind the last answer."""
    answer = state_of(context).last.get(conversation_key(update))
    if answer is None:
        await reply(update, "还没有回答过问题。 No answer yet.")
        return
    await send_sources(update, answer)


async def docs_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/docs: the documents the bot answers from, newest first, with their place and the years they speak of."""
    corpus = state_of(context).services.retriever.corpus
    docs: dict[tuple[int, str, str, str], tuple[int, set[int]]] = {}
    for p in corpus.passages:
        key = (p.year or 0, p.title, p.source, p.place)
        count, years = docs.get(key, (0, set()))
        docs[key] = (count + 1, years | set(p.years))
    lines = []
    for (year, title, source, place), (count, years) in sorted(docs.items(), reverse=True):
        where = f"{html.escape(clip(place, NAME_CHARS))} · " if place else ""
        spoken = "、".join(str(y) for y in sorted(years)) or "—"
        lines.append(
            f"• {html.escape(clip(title, TITLE_CHARS))}（{year or '年份不详'}）· {where}涉及年度 years: {spoken}"
            f" · {count} 段 passages · {html.escape(clip(source, NAME_CHARS))}"
        )
    places = "、".join(clip(p, NAME_CHARS) for p in sorted(corpus.places))
    head = "现有文档 Documents:\n" + (f"地方 Places: {html.escape(places)}\n" if places else "")
    await reply(update, head + ("\n".join(lines) or "（无 / none）"))


async def unknown_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Commands the bot does not know get a hint (in groups only those addressed to this bot)."""
    message = update.effective_message
    if message is None or not message.text:
        return
    if for_another_bot(message.text, context.bot.username):
        return
    await reply(update, "不认识这个命令。可用：/start /help /ask /reset /sources\nUnknown command; try /help.")


async def not_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Stickers, photos, voice and files in a private chat: say what the bot can read."""
    await reply(update, "我只能读文字问题，请用文字提问。 I can only read text questions.")


async def channel_post(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Posts in a channel: the bot answers people, so a post that mentions it gets a pointer."""
    message = update.effective_message
    if message is None or not message.text or not addressed(message, context.bot.username, context.bot.id)[0]:
        return
    await message.reply_text("请在私聊或群组中向我提问。 Ask me in a private chat or a group.")


def _example_topic(state: BotState) -> str:
    """A topic for the third example question, from the first sub-heading of the newest document."""
    for section in state.services.retriever.corpus.sections:
        if len(section.path) >= 2:
            return re.sub(r"^[(（][^)）]*[)）]|^[一二三四五六七八九十]+[、是]", "", section.path[1])[:20]
    return "政务服务"
