"""Admin handlers: /reload, /stats and adding a document by sending the file."""

from __future__ import annotations

import asyncio
import html
import time

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import cache
from bot.documents.formats import UnreadableDocument
from bot.documents.upload import add_document
from bot.telegram.replies import reply
from bot.telegram.state import state_of

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # what the Bot API lets a bot download


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reload: re-index knowledge/ without restarting."""
    state = state_of(context)
    await reply(update, "正在重新索引… Re-indexing…")
    report = await asyncio.to_thread(state.services.ingest)
    await reply(update, f"完成 Done: {html.escape(report.summary())}")


async def stats_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/stats: usage since start and storage warnings; only in a private chat, as it lists others' questions."""
    if update.effective_chat is None or update.effective_chat.type != ChatType.PRIVATE:
        await reply(update, "请在与我的私聊中使用 /stats。 Ask for /stats in a private chat with me.")
        return
    state = state_of(context)
    s = await asyncio.to_thread(state.feedback.stats, state.started)
    missed = "\n".join(f"• {html.escape(q[:100])}" for q in s.unanswered) or "—"
    problems = s.warnings + cache.warnings()
    warned = "".join(f"\n• {html.escape(w[:300])}" for w in problems)
    await reply(
        update,
        (f"⚠️ 存储警告 Storage warnings (answers go on):{warned}\n\n" if warned else "")
        + f"自启动以来 Since start ({time.strftime('%Y-%m-%d %H:%M', time.localtime(state.started))}):\n"
        f"回答 answered: {s.answered}\n拒答 refused: {s.refused}\n用户 users: {s.users}\n"
        f"延迟 latency: mean {s.mean_latency_ms:.0f} ms, p95 {s.p95_latency_ms:.0f} ms\n"
        f"反馈 feedback: 👍 {s.up} 👎 {s.down}\n\n未能回答的问题 Unanswered:\n{missed}",
    )


async def admins_only(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """An admin command from someone who is not an admin."""
    await reply(update, "只有管理员可以使用这个命令。 Admins only.")


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file from an admin is added to knowledge/ and indexed."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    state = state_of(context)
    incoming = message.document
    if (incoming.file_size or 0) > MAX_UPLOAD_BYTES:
        await reply(update, "文件太大（上限20MB）。 The file is too large (20 MB at most).")
        return
    telegram_file = await incoming.get_file()
    data = bytes(await telegram_file.download_as_bytearray())
    knowledge = state.settings.knowledge_dir
    try:
        added = await asyncio.to_thread(
            add_document, knowledge, incoming.file_name or "document", data, state.services.ingest
        )
    except UnreadableDocument as exc:
        reason = f"无法读取这个文件，未做任何改动。 Could not read this file; nothing changed.\n{exc}"
        await reply(update, html.escape(reason))
        return
    await reply(update, html.escape(added))


async def document_not_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file from someone who is not an admin."""
    await reply(update, "只有管理员可以添加文档。 Only admins can add documents.")
