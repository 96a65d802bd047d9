"""Admin handlers: /stats, and the replies to those who may not use admin commands (see `indexing` for the rest)."""

from __future__ import annotations

import asyncio
import html
import time

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ContextTypes

from bot import cache
from bot.telegram.replies import reply
from bot.telegram.state import state_of


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


async def document_not_admin(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file from someone who is not an admin."""
    await reply(update, "只有管理员可以添加文档。 Only admins can add documents.")
