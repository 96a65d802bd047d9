"""Briefing cards in Telegram: /brief [TOPIC], "…的要点", "brief me on …", a button per part, a Word document."""

from __future__ import annotations

import asyncio
import html
import io

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import ContextTypes

from bot.answers.briefing import KEY_FIGURES, Card
from bot.answers.card_export import card_charts, card_docx, card_lines
from bot.telegram.render import MESSAGE_LIMIT, split_text
from bot.telegram.replies import reply, send_parts, typing
from bot.telegram.state import state_of

PART_BUTTON_CHARS = 30
DOCX_BUTTON = "📄 Word 文档 / .docx"


async def brief_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """/brief [TOPIC]: the card on a topic, or the key figures of every part."""
    await send_card(update, context, " ".join(context.args or []))


async def send_card(update: Update, context: ContextTypes.DEFAULT_TYPE, topic: str) -> None:
    """Make the card on a topic and send it, with its buttons under the last message."""
    state = state_of(context)
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return
    wait = state.limiter.allow(user.id if user else chat.id)
    if wait:
        await reply(update, f"请求太频繁了，请 {wait:.0f} 秒后再试。 Too many requests; try again in {wait:.0f} s.")
        return
    async with typing(context, chat.id):
        card = await asyncio.to_thread(state.services.briefing.card, topic)
    await _send(update, card)


async def _send(update: Update, card: Card) -> None:
    await send_parts(update, render_card(card), card_keyboard(card))


def render_card(card: Card) -> list[str]:
    """The card as Telegram HTML messages; the overview fits one message (fewer figures per part if need be)."""
    if card.overview:
        for per_part in range(KEY_FIGURES, 0, -1):
            text = _html(card_lines(card, per_part))
            if len(text) <= MESSAGE_LIMIT:
                return [text]
    return split_text(_html(card_lines(card)), MESSAGE_LIMIT)


def _html(lines: list[str]) -> str:
    if len(lines) < 2:
        return html.escape("\n".join(lines))
    return f"<b>{html.escape(lines[0])}</b>\n" + html.escape("\n".join(lines[1:]))


def card_keyboard(card: Card) -> InlineKeyboardMarkup | None:
    """A button per part under the overview; a Word document button under every card with figures."""
    if not card.found:
        return None
    rows = []
    if card.overview:
        headings = {r.part: r.heading for r in card.rows}
        for part in card.parts:
            label = headings.get(part, part)
            label = label if len(label) <= PART_BUTTON_CHARS else label[: PART_BUTTON_CHARS - 1] + "…"
            rows.append([InlineKeyboardButton(label, callback_data=("brief-part", part))])
    rows.append([InlineKeyboardButton(DOCX_BUTTON, callback_data=("brief-docx", card))])
    return InlineKeyboardMarkup(rows)


def is_card_button(data: object) -> bool:
    """Whether a button's data is one of the briefing buttons (pattern of their handler)."""
    return isinstance(data, tuple) and len(data) == 2 and data[0] in ("brief-part", "brief-docx")


async def card_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A part's button opens its full card; the Word button sends the card as a document, with its charts."""
    query = update.callback_query
    data: object = query.data if query else None
    if query is None or not isinstance(data, tuple) or not is_card_button(data):
        return
    action, value = data
    await query.answer()
    chat = update.effective_chat
    briefing = state_of(context).services.briefing
    if action == "brief-part" and isinstance(value, str):
        await _send(update, await asyncio.to_thread(briefing.part_card, value))
    elif action == "brief-docx" and isinstance(value, Card) and chat is not None:
        async with typing(context, chat.id):
            charts = await asyncio.to_thread(card_charts, value) if value.several_years else []
            document = await asyncio.to_thread(card_docx, value, charts)
        name = f"brief-{value.made.isoformat()}.docx"
        caption = value.title + (f"（附{len(charts)}张图表）" if charts else "")
        await context.bot.send_document(chat.id, InputFile(io.BytesIO(document), filename=name), caption=caption)
        for chart in charts:
            png = InputFile(io.BytesIO(chart.png), filename=f"{chart.name}.png")
            await context.bot.send_document(chat.id, png, caption=chart.label)
