"""Admin handlers that change knowledge/: a sent file, /reload and /restore.

Each runs as a job of the one index writer (never on the threads that answer questions). A status message in
the admin's chat is edited as indexing goes on and carries a Cancel button; a same-name upload first shows
what would change and asks Replace or Keep both.
"""

from __future__ import annotations

import asyncio
import contextlib
import html
import logging
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.app import Services
from bot.documents import versions
from bot.documents.formats import UnreadableDocument
from bot.documents.ingest import IngestReport
from bot.documents.upload import (
    Upload,
    check_kind,
    clip,
    commit,
    describe_added,
    describe_change,
    prepare,
    restore,
    safe_name,
)
from bot.documents.writer import Job
from bot.errors import IndexBusy, IngestCancelled
from bot.telegram.replies import reply
from bot.telegram.state import state_of

logger = logging.getLogger(__name__)

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # what the Bot API lets a bot download
MAX_PENDING = 20  # uploads waiting for Replace / Keep both; the oldest is dropped past it
EDIT_EVERY = 2.0  # seconds between progress edits (Telegram allows about one message a second per chat)
SHOWN_VERSIONS = 30
NOTHING_CHANGED = "未做任何改动。 Nothing changed."
NO_TEXT = "文件中没有找到文字 / no text found in the file"

T = TypeVar("T")


@dataclass(frozen=True)
class Choice:
    """What a button under an upload or a status message asks for."""

    action: str  # replace | both | drop | cancel
    key: str


@dataclass
class Indexing:
    """Uploads waiting for the admin's choice and the jobs that can be cancelled (in `bot_data`)."""

    pending: dict[str, tuple[Upload, int]] = field(default_factory=dict)
    jobs: dict[str, Job] = field(default_factory=dict)

    def hold(self, upload: Upload, chat_id: int) -> None:
        """Keep an upload until the admin chooses (the oldest waiting one is dropped past MAX_PENDING)."""
        self.pending[upload.key] = (upload, chat_id)
        while len(self.pending) > MAX_PENDING:
            oldest = next(iter(self.pending))
            self.pending.pop(oldest)[0].discard()


def indexing_of(context: ContextTypes.DEFAULT_TYPE) -> Indexing:
    """The application's uploads and jobs."""
    found: Indexing = context.application.bot_data.setdefault("indexing", Indexing())
    return found


def is_choice(data: object) -> bool:
    """Whether button data is one of ours (the pattern of the CallbackQueryHandler)."""
    return isinstance(data, Choice)


class Status:
    """One message in the admin's chat, edited as a job goes on, with a Cancel button until it ends."""

    def __init__(self, bot: Bot, message: Message | None, label: str, key: str) -> None:
        self.bot, self.message, self.label, self.key = bot, message, label, key
        self.loop = asyncio.get_running_loop()
        self._last = 0.0

    @classmethod
    async def send(cls, update: Update, context: ContextTypes.DEFAULT_TYPE, label: str) -> Status:
        """Send the status message."""
        key = uuid.uuid4().hex[:12]
        message = await reply(update, html.escape(label), _cancel_button(key))
        return cls(context.bot, message, label, key)

    def progress(self, done: int, total: int) -> None:
        """Called from the writer thread: edit the message now and then."""
        now = time.monotonic()
        if now - self._last < EDIT_EVERY and done < total:
            return
        self._last = now
        text = f"{self.label}\n索引进度 Indexing: {done}/{total}"
        future = asyncio.run_coroutine_threadsafe(self._edit(text, _cancel_button(self.key)), self.loop)
        future.add_done_callback(lambda f: f.exception())  # an edit that fails is not worth more than a log line

    async def finish(self, outcome: str) -> None:
        """The final state of the message, without the button."""
        await self._edit(f"{self.label}\n{outcome}", None)

    async def _edit(self, text: str, markup: InlineKeyboardMarkup | None) -> None:
        if self.message is None:
            return
        try:
            await self.bot.edit_message_text(
                html.escape(text), chat_id=self.message.chat_id, message_id=self.message.message_id,
                reply_markup=markup,
            )
        except TelegramError as exc:  # "message is not modified" and the like
            logger.debug("status edit failed: %s", exc)


def _cancel_button(key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("取消 Cancel", callback_data=Choice("cancel", key))]])


async def run_job(context: ContextTypes.DEFAULT_TYPE, status: Status, work: Callable[[threading.Event], T]) -> T:
    """Queue `work` on the index writer, tell the admin where it stands in the queue, and wait for it."""
    services: Services = state_of(context).services
    indexing = indexing_of(context)
    job = services.writer.submit(work)
    indexing.jobs[status.key] = job
    try:
        if ahead := services.writer.ahead_of(job):
            await status._edit(f"{status.label}\n排队中，前面还有{ahead}项 Queued: {ahead} ahead",
                               _cancel_button(status.key))
        result: T = await asyncio.wrap_future(job.future)
        return result
    finally:
        indexing.jobs.pop(status.key, None)


def _reindex(services: Services, status: Status) -> Callable[[threading.Event | None], IngestReport]:
    return lambda cancel: services.ingest(progress=status.progress, cancel=cancel)


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A file from an admin: read within limits, then added (or, when the name is taken, the admin asked)."""
    message = update.effective_message
    if message is None or message.document is None:
        return
    state = state_of(context)
    incoming = message.document
    if (incoming.file_size or 0) > MAX_UPLOAD_BYTES:
        await reply(update, "文件太大（上限20MB）。 The file is too large (20 MB at most).")
        return
    sent_name = incoming.file_name or "document"
    try:
        check_kind(safe_name(sent_name))
    except UnreadableDocument as exc:
        await _refused(update, exc)
        return
    data = bytes(await (await incoming.get_file()).download_as_bytearray())
    if not data.strip():
        await _refused(update, UnreadableDocument(NO_TEXT))
        return
    services, settings = state.services, state.settings
    status = await Status.send(update, context, f"⏳ {clip(safe_name(sent_name), 80)}: 正在读取 Reading…")

    def work(cancel: threading.Event) -> tuple[Upload, tuple[str, IngestReport] | None]:
        upload = prepare(settings.knowledge_dir, settings.data_dir / "uploads", sent_name, data, services.parse,
                         cancel)
        if upload.existing is not None:
            return upload, None
        return upload, commit(settings.knowledge_dir, settings.data_dir / "versions", upload,
                              _reindex(services, status), replace=False, kept=settings.versions_kept, cancel=cancel)

    try:
        upload, done = await run_job(context, status, work)
    except UnreadableDocument as exc:
        await status.finish("未添加 Not added")
        await _refused(update, exc)
        return
    except (IngestCancelled, IndexBusy) as exc:
        await _stopped(update, status, exc)
        return
    if done is None:
        await status.finish("等待确认 Waiting for your choice")
        indexing_of(context).hold(upload, update.effective_chat.id if update.effective_chat else 0)
        buttons = InlineKeyboardMarkup([[
            InlineKeyboardButton("替换 Replace", callback_data=Choice("replace", upload.key)),
            InlineKeyboardButton("都保留 Keep both", callback_data=Choice("both", upload.key)),
            InlineKeyboardButton("取消 Cancel", callback_data=Choice("drop", upload.key)),
        ]])
        await reply(update, html.escape(describe_change(upload)), buttons)
        return
    name, report = done
    await status.finish("完成 Done")
    await reply(update, html.escape(describe_added(upload, name, report)))


async def choice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Replace / Keep both / Cancel under an upload, or Cancel under a status message; admins only."""
    query = update.callback_query
    if query is None or not isinstance(query.data, Choice):
        return
    state = state_of(context)
    if not state.settings.admin_user_ids.allows(query.from_user.id if query.from_user else None):
        await query.answer("只有管理员可以操作。 Admins only.")
        return
    data, indexing = query.data, indexing_of(context)
    if data.action == "cancel":
        job = indexing.jobs.get(data.key)
        if job is not None:
            job.cancel.set()
        await query.answer("正在取消… Cancelling…" if job else "已经结束了。 It has already finished.")
        return
    held = indexing.pending.get(data.key)
    chat_id = update.effective_chat.id if update.effective_chat else None
    if held is None or held[1] != chat_id:
        await query.answer("这个选择已过期。 This choice has expired.")
        return
    upload = indexing.pending.pop(data.key)[0]
    await query.answer()
    with contextlib.suppress(TelegramError):
        await query.edit_message_reply_markup(None)
    if data.action == "drop":
        upload.discard()
        await reply(update, f"已取消。 Cancelled. {NOTHING_CHANGED}")
        return
    replace = data.action == "replace"
    services, settings = state.services, state.settings
    verb = "替换 Replacing" if replace else "另存 Keeping both"
    status = await Status.send(update, context, f"⏳ {clip(upload.name, 80)}: {verb}…")
    try:
        name, report = await run_job(
            context,
            status,
            lambda cancel: commit(settings.knowledge_dir, settings.data_dir / "versions", upload,
                                  _reindex(services, status), replace=replace, kept=settings.versions_kept,
                                  cancel=cancel),
        )
    except (IngestCancelled, IndexBusy) as exc:
        await _stopped(update, status, exc)
        return
    await status.finish("完成 Done")
    added = describe_added(upload, name, report)
    if replace:
        added += "\n旧版本已保存，可用 /restore 恢复。 The old version is kept: /restore brings it back."
    await reply(update, html.escape(added))


async def reload_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/reload: re-index knowledge/ without restarting."""
    services = state_of(context).services
    status = await Status.send(update, context, "正在重新索引… Re-indexing…")
    try:
        report = await run_job(context, status, lambda cancel: services.ingest(progress=status.progress,
                                                                               cancel=cancel))
    except (IngestCancelled, IndexBusy) as exc:
        await _stopped(update, status, exc, changed=True)
        return
    await status.finish("完成 Done")
    await reply(update, f"完成 Done: {html.escape(report.summary())}")


async def restore_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/restore lists the kept versions of replaced documents; /restore N brings version N back."""
    state = state_of(context)
    services, settings = state.services, state.settings
    kept = versions.listing(settings.data_dir / "versions")
    if not context.args:
        if not kept:
            await reply(update, "没有保存的旧版本。 No earlier versions are kept.")
            return
        lines = [f"{n}. {clip(v.name, 80)} — {v.saved}" for n, v in enumerate(kept[:SHOWN_VERSIONS], 1)]
        await reply(update, html.escape("旧版本 Earlier versions (newest first):\n" + "\n".join(lines)
                                        + "\n\n恢复 To restore one: /restore N"))
        return
    arg = context.args[0]
    if not arg.isdigit() or not 1 <= int(arg) <= len(kept):
        await reply(update, html.escape(f"请给出 1 到 {len(kept)} 之间的编号。 Give a number from the list: /restore"))
        return
    version = kept[int(arg) - 1]
    status = await Status.send(update, context, f"⏳ {clip(version.name, 80)}: 恢复 Restoring {version.saved}…")
    try:
        report = await run_job(
            context,
            status,
            lambda cancel: restore(settings.knowledge_dir, settings.data_dir / "versions", version,
                                   _reindex(services, status), settings.versions_kept, cancel),
        )
    except (IngestCancelled, IndexBusy) as exc:
        await _stopped(update, status, exc)
        return
    await status.finish("完成 Done")
    await reply(update, html.escape(f"已恢复 Restored: {version.name} ({version.saved})\n{report.summary()}"))


async def _refused(update: Update, exc: Exception) -> None:
    reason = f"无法读取这个文件，未做任何改动。 Could not read this file; nothing changed.\n{exc}"
    await reply(update, html.escape(reason))


async def _stopped(update: Update, status: Status, exc: Exception, *, changed: bool = False) -> None:
    if isinstance(exc, IndexBusy):
        await status.finish("未完成 Not done")
        await reply(update, html.escape(f"{exc}"))
        return
    await status.finish("已取消 Cancelled")
    tail = "索引将在下次 /reload 或重启时补全。 The index is completed at the next /reload or start." if changed \
        else NOTHING_CHANGED
    await reply(update, f"已取消。 Cancelled. {tail}")
