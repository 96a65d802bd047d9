"""A Telegram Bot API server on 127.0.0.1: the real python-telegram-bot Application talks HTTP to it.

It speaks the Bot API's JSON for the methods the bot uses, queues updates for getUpdates (long polling
included), records every call, and can be told to fail the next calls of a method.
"""

from __future__ import annotations

import contextlib
import email.policy
import json
import re
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.parser import BytesParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

from tests.support.servers import serving

TOKEN = "123456:TEST-token-never-logged"
DROP = 0  # a fault status: the server closes the connection without answering
BOT = {"id": 123456, "is_bot": True, "first_name": "Report bot", "username": "report_test_bot",
       "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": True}


@dataclass
class Call:
    """One request the bot made."""

    method: str
    params: dict[str, Any]
    status: int = 200
    at: float = field(default_factory=time.monotonic)
    result: Any = None  # what the server answered (the sent message, with its message_id)


@dataclass
class FakeBotAPI:
    """State of the fake server."""

    port: int = 0
    updates: deque[dict[str, Any]] = field(default_factory=deque)
    calls: list[Call] = field(default_factory=list)
    failures: dict[str, deque[tuple[int, dict[str, Any]]]] = field(default_factory=dict)
    next_update_id: int = 1
    pushed_at: dict[int, float] = field(default_factory=dict)
    replies: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    next_message_id: int = 1000
    cond: threading.Condition = field(default_factory=threading.Condition)

    @property
    def base_url(self) -> str:
        """What TELEGRAM_BASE_URL is set to."""
        return f"http://127.0.0.1:{self.port}"

    def push(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; returns its update_id."""
        with self.cond:
            update = {"update_id": self.next_update_id, **update}
            self.pushed_at[self.next_update_id] = time.monotonic()
            self.next_update_id += 1
            self.updates.append(update)
            self.cond.notify_all()
            return int(update["update_id"])

    def fail_next(self, method: str, status: int, times: int = 1, **extra: Any) -> None:
        """Make the next `times` calls of `method` fail with `status` (e.g. 429 with retry_after; DROP: no answer)."""
        with self.cond:
            for _ in range(times):
                self.failures.setdefault(method, deque()).append((status, extra))

    def calls_of(self, method: str, *, ok: bool = False) -> list[Call]:
        """Calls of one method, in order (only the successful ones with `ok`)."""
        with self.cond:
            return [c for c in self.calls if c.method == method and (not ok or c.status == 200)]

    def wait_for(self, method: str, count: int = 1, timeout: float = 30.0, **match: Any) -> list[Call]:
        """Block until `count` calls of `method` (with the given params) were made."""
        deadline = time.monotonic() + timeout
        with self.cond:
            while True:
                found = [c for c in self.calls if c.method == method and c.status == 200 and _matches(c.params, match)]
                if len(found) >= count:
                    return found
                left = deadline - time.monotonic()
                if left <= 0:
                    seen = [(c.method, str(c.params)[:200]) for c in self.calls[-10:]]
                    raise AssertionError(f"waited for {count} {method} {match}; last calls: {seen}")
                self.cond.wait(left)

    def _next_message_id(self) -> int:
        self.next_message_id += 1
        return self.next_message_id


def _matches(params: dict[str, Any], match: dict[str, Any]) -> bool:
    return all(str(params.get(k)) == str(v) for k, v in match.items())


_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "blockquote"}


def _html_problem(params: dict[str, Any]) -> str | None:
    """Why Telegram would refuse this HTML text, or None."""
    text = str(params.get("text", params.get("message_text", "")))
    for match in re.finditer(r"<(/?)([a-zA-Z-]+)[^>]*>|<|&(#?\w+;)?", text):
        if match.group(0) == "<":
            return "can't parse entities: unexpected '<'"
        if match.group(0).startswith("&") and not match.group(3):
            return "can't parse entities: unescaped '&'"
        if match.group(2) and match.group(2).lower() not in _TAGS:
            return f"can't parse entities: unsupported tag {match.group(2)}"
    return None


def _message(state: FakeBotAPI, params: dict[str, Any], message_id: int | None = None) -> dict[str, Any]:
    chat_id = int(params["chat_id"])
    message: dict[str, Any] = {
        "message_id": message_id or state._next_message_id(),
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
        "from": BOT,
        "text": params.get("text", ""),
    }
    if params.get("reply_markup"):
        message["reply_markup"] = params["reply_markup"]
    return message


def _handler(state: FakeBotAPI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def do_POST(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                if self.path.startswith("/_control/"):
                    self._control()
                else:
                    self._handle()

        def do_GET(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                prefix = f"/file/bot{TOKEN}/documents/"
                path = unquote(self.path)  # python-telegram-bot percent-encodes the token's colon
                if path.startswith(prefix):
                    data = state.files.get(path[len(prefix) :])
                    if data is None:
                        self._send(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                        return
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                else:
                    self._control()

        def _control(self) -> None:
            """Endpoints for a driver in another process: push an update, wait for a chat's replies."""
            route, _, query = self.path.partition("?")
            args = {k: v[0] for k, v in parse_qs(query).items()}
            if route == "/_control/push":
                update = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0) or 0)))
                self._send(200, {"update_id": state.push(update), "at": time.monotonic()})
            elif route == "/_control/file":  # the bytes behind a file_id, for getFile and the download
                state.files[args["id"]] = self.rfile.read(int(self.headers["Content-Length"]))
                self._send(200, {"ok": True})
            elif route == "/_control/drive":
                self._send(200, _drive(state, json.loads(self.rfile.read(int(self.headers["Content-Length"])))))
            elif route == "/_control/wait":
                chat, count = args["chat"], int(args["count"])
                deadline = time.monotonic() + float(args.get("timeout", 30))
                with state.cond:
                    while len(state.replies.get(chat, [])) < count and time.monotonic() < deadline:
                        state.cond.wait(deadline - time.monotonic())
                    replies = list(state.replies.get(chat, []))
                self._send(200, {"replies": [{"at": at, "text": text} for at, text in replies]})
            else:
                self._send(404, {"ok": False})

        def _handle(self) -> None:
            prefix = f"/bot{TOKEN}/"
            if not self.path.startswith(prefix):
                self._send(404, {"ok": False, "error_code": 404, "description": "Not Found"})
                return
            method = self.path[len(prefix) :]
            params = self._params()
            if method == "getUpdates":
                with state.cond:
                    failure = state.failures.get(method)
                    fault = failure.popleft() if failure else None
                if fault:
                    state.calls.append(Call(method, params, fault[0]))
                    self._send(fault[0], {"ok": False, "error_code": fault[0], "description": "Bad Gateway"})
                    return
                self._send(200, {"ok": True, "result": self._get_updates(params)})
                return
            problem = _html_problem(params) if params.get("parse_mode") == "HTML" else None
            call = Call(method, params)
            with state.cond:
                state.calls.append(call)
                state.cond.notify_all()
                failure = state.failures.get(method)
                fault = failure.popleft() if failure else None
            if problem:  # Telegram refuses text it cannot parse, as here
                state.calls[-1].status = 400
                self._send(400, {"ok": False, "error_code": 400, "description": f"Bad Request: {problem}"})
                return
            if len(str(params.get("text", ""))) > 4096:
                self._send(400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"})
                return
            if fault and fault[0] == DROP:  # the connection closes with no answer, as a proxy or a network may
                state.calls[-1].status = DROP
                self.close_connection = True
                return
            if fault:
                status, extra = fault
                state.calls[-1].status = status
                extra = dict(extra)
                body = {"ok": False, "error_code": status, "description": extra.pop("description", "Fault")}
                if extra:
                    body["parameters"] = extra
                self._send(status, body)
                return
            if method == "sendMessage":  # delivered: a driver waiting for this chat's replies sees it
                with state.cond:
                    chat = str(params.get("chat_id"))
                    state.replies.setdefault(chat, []).append((time.monotonic(), str(params.get("text", ""))))
                    state.cond.notify_all()
            call.result = self._result(method, params)
            self._send(200, {"ok": True, "result": call.result})

        def _params(self) -> dict[str, Any]:
            raw = self.rfile.read(int(self.headers.get("Content-Length", 0) or 0))
            if "json" in (self.headers.get("Content-Type") or ""):
                return json.loads(raw or b"{}")
            if "multipart/form-data" in (self.headers.get("Content-Type") or ""):
                return _multipart(self.headers["Content-Type"], raw)
            out: dict[str, Any] = {}
            for key, values in parse_qs(raw.decode(), keep_blank_values=True).items():
                value = values[0]
                try:
                    out[key] = json.loads(value) if value[:1] in "[{" or value in ("true", "false") else value
                except ValueError:
                    out[key] = value
            return out

        def _get_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
            offset = int(params.get("offset", 0) or 0)
            timeout = float(params.get("timeout", 0) or 0)
            deadline = time.monotonic() + min(timeout, 2.0)
            with state.cond:
                while True:
                    while state.updates and state.updates[0]["update_id"] < offset:
                        state.updates.popleft()
                    if state.updates or time.monotonic() >= deadline:
                        return list(state.updates)[:100]
                    state.cond.wait(max(0.0, deadline - time.monotonic()))

        def _result(self, method: str, params: dict[str, Any]) -> Any:
            if method == "getMe":
                return BOT
            if method in ("sendMessage", "sendDocument"):
                with state.cond:
                    return _message(state, params)
            if method == "editMessageText":
                return _message(state, params, int(params["message_id"]))
            if method == "getFile":
                file_id = str(params["file_id"])
                size = len(state.files.get(file_id, b""))
                return {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_size": size,
                        "file_path": f"documents/{file_id}"}
            return True

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def running_bot_api() -> Iterator[FakeBotAPI]:
    """Serve a FakeBotAPI on a free loopback port for the duration of the block."""
    state = FakeBotAPI()
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))) as port:
        state.port = port
        yield state


# ---------------------------------------------------------------- update factories

_counter = iter(range(1, 10**9))


def user(user_id: int, name: str = "Staff") -> dict[str, Any]:
    """A Telegram user."""
    return {"id": user_id, "is_bot": False, "first_name": name}


def private_text(user_id: int, text: str) -> dict[str, Any]:
    """A text message in a private chat (commands get their bot_command entity)."""
    return {"message": _text_message({"id": user_id, "type": "private", "first_name": "Staff"}, user_id, text)}


def group_text(chat_id: int, user_id: int, text: str, reply_to: dict[str, Any] | None = None) -> dict[str, Any]:
    """A text message in a group; mentions of the bot and commands get their entities."""
    message = _text_message({"id": chat_id, "type": "supergroup", "title": "Briefing"}, user_id, text)
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return {"message": message}


def _text_message(chat: dict[str, Any], user_id: int, text: str) -> dict[str, Any]:
    entities = []
    if text.startswith("/"):
        entities.append({"type": "bot_command", "offset": 0, "length": len(text.split()[0])})
    entities.extend(_mentions_and_emails(text))
    message: dict[str, Any] = {
        "message_id": next(_counter), "date": int(time.time()), "chat": chat, "from": user(user_id), "text": text,
    }
    if entities:
        message["entities"] = entities
    return message


# As Telegram marks them: an email first, then a username (5 to 32 letters, digits, underscores) after "@"
# that no word character precedes; the whole name is the entity, so "@report_test_bot_dev" is not the bot.
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{5,32}(?![\w])")


def _mentions_and_emails(text: str) -> list[dict[str, Any]]:
    found = []
    emails = [m.span() for m in _EMAIL.finditer(text)]
    for start, end in emails:
        found.append({"type": "email", "offset": _utf16_len(text[:start]), "length": _utf16_len(text[start:end])})
    for m in _MENTION.finditer(text):
        if not any(start <= m.start() < end for start, end in emails):
            found.append({"type": "mention", "offset": _utf16_len(text[: m.start()]), "length": len(m.group())})
    return sorted(found, key=lambda e: int(e["offset"]))
def _multipart(content_type: str, raw: bytes) -> dict[str, Any]:
    """The fields of an upload (sendDocument with a file): files as {"filename", "content"}, the rest as values."""
    message = BytesParser(policy=email.policy.default).parsebytes(
        f"Content-Type: {content_type}\r\n\r\n".encode() + raw
    )
    out: dict[str, Any] = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if part.get_filename():
            out[str(name)] = {"filename": part.get_filename(), "content": payload}
        else:
            value = payload.decode() if isinstance(payload, bytes) else str(payload)
            out[str(name)] = json.loads(value) if value[:1] in "[{" else value
    return out


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def callback(user_id: int, chat_id: int, data: str, message_id: int = 1) -> dict[str, Any]:
    """A button press on a message of the bot."""
    chat_type = "private" if chat_id > 0 else "supergroup"
    return {
        "callback_query": {
            "id": str(next(_counter)), "from": user(user_id), "chat_instance": "ci", "data": data,
            "message": {"message_id": message_id, "date": int(time.time()), "chat": {"id": chat_id, "type": chat_type},
                        "from": BOT, "text": "answer"},
        }
    }


def inline(user_id: int, query: str) -> dict[str, Any]:
    """An inline query (`@bot question` typed in any chat)."""
    return {"inline_query": {"id": str(next(_counter)), "from": user(user_id), "query": query, "offset": ""}}


def sticker(user_id: int) -> dict[str, Any]:
    """A sticker in a private chat."""
    return {
        "message": {
            "message_id": next(_counter), "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": "Staff"}, "from": user(user_id),
            "sticker": {"file_id": "s1", "file_unique_id": "u1", "type": "regular", "width": 512, "height": 512,
                        "is_animated": False, "is_video": False},
        }
    }


def edited_text(user_id: int, text: str) -> dict[str, Any]:
    """An edited text message in a private chat."""
    message = private_text(user_id, text)["message"]
    message["edit_date"] = int(time.time())
    return {"edited_message": message}


def channel_post(chat_id: int, text: str) -> dict[str, Any]:
    """A post in a channel the bot is in."""
    return {
        "channel_post": {
            "message_id": next(_counter), "date": int(time.time()),
            "chat": {"id": chat_id, "type": "channel", "title": "News"}, "text": text,
            **({"entities": marked} if (marked := _mentions_and_emails(text)) else {}),
        }
    }


def forwarded_text(user_id: int, text: str) -> dict[str, Any]:
    """A text message forwarded from elsewhere into a private chat."""
    message = private_text(user_id, text)["message"]
    message["forward_origin"] = {"type": "hidden_user", "sender_user_name": "Someone", "date": int(time.time())}
    return {"message": message}


def attachment(user_id: int, kind: str, file_id: str = "d1", file_name: str = "report.txt", size: int = 100
               ) -> dict[str, Any]:
    """A photo, voice note or document in a private chat (a document's bytes go in FakeBotAPI.files)."""
    payloads: dict[str, Any] = {
        "photo": [{"file_id": "p1", "file_unique_id": "pu1", "width": 90, "height": 90}],
        "voice": {"file_id": "v1", "file_unique_id": "vu1", "duration": 3},
        "document": {"file_id": file_id, "file_unique_id": f"u-{file_id}", "file_name": file_name,
                     "file_size": size},
    }
    return {
        "message": {
            "message_id": next(_counter), "date": int(time.time()),
            "chat": {"id": user_id, "type": "private", "first_name": "Staff"}, "from": user(user_id),
            kind: payloads[kind],
        }
    }


def _drive(state: FakeBotAPI, plan: dict[str, Any]) -> dict[str, Any]:
    """Play `chats` people at once, each asking `per_chat` questions and waiting for every answer.

    Runs inside this process so that the driver's own work is not charged to the bot being measured.
    """
    questions: list[str] = plan["questions"]
    latencies: list[float] = []
    lock = threading.Lock()

    def person(user: int) -> None:
        chat = str(user)
        for number in range(plan["per_chat"]):
            pushed = time.monotonic()
            state.push(private_text(user, questions[(user + number) % len(questions)]))
            with state.cond:
                while len(state.replies.get(chat, [])) <= number:
                    if not state.cond.wait(60):
                        return
                answered = state.replies[chat][number][0]
            with lock:
                latencies.append((answered - pushed) * 1000)

    started = time.monotonic()
    first = int(plan.get("first_user", 9000))  # new people for each drive: replies are counted per chat
    threads = [threading.Thread(target=person, args=(first + i,)) for i in range(plan["chats"])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"seconds": time.monotonic() - started, "latencies_ms": latencies}


def main() -> None:
    """Serve the fake on 127.0.0.1 in its own process: `python -m tests.support.telegram_api PORT`."""
    import sys

    state = FakeBotAPI()
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), _handler(state))
    server.daemon_threads = True
    print("ready", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
