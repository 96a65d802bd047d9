"""An OpenAI-compatible chat server on 127.0.0.1 for tests: answers from its script, records requests."""

from __future__ import annotations

import contextlib
import json
import re
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.support.servers import serving

Reply = Callable[[dict[str, Any]], str]


@dataclass
class Behaviour:
    """How the server answers one request."""

    reply: Reply | None = None
    delay: float = 0.0
    status: int = 200
    malformed: bool = False


def cite(sentence: str, template: str = "{sentence}[{n}]") -> Reply:
    """A reply that finds the passage holding `sentence` in the prompt and cites its number, as a model would."""

    def reply(request: dict[str, Any]) -> str:
        prompt = "\n".join(str(m.get("content", "")) for m in request["messages"])
        parts = re.split(r"(?m)^\[(\d+)\] ", prompt)
        for number, body in zip(parts[1::2], parts[2::2], strict=True):
            if sentence in body:
                return template.format(sentence=sentence, n=number)
        return "NOT_FOUND"

    return reply


def say(text: str) -> Reply:
    """A reply that says `text`, whatever it was asked."""
    return lambda request: text


@dataclass
class FakeOpenAI:
    """The server's script and what it was asked."""

    port: int = 0
    script: deque[Behaviour] = field(default_factory=deque)
    default: Behaviour = field(default_factory=lambda: Behaviour(reply=say("NOT_FOUND")))
    requests: list[dict[str, Any]] = field(default_factory=list)

    def enqueue(self, behaviour: Behaviour) -> None:
        """Answer the next request this way."""
        self.script.append(behaviour)

    @property
    def base_url(self) -> str:
        """The `/v1` root to give the client."""
        return f"http://127.0.0.1:{self.port}/v1"


def _handler(state: FakeOpenAI) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                self._answer()

        def _answer(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
            state.requests.append(body)
            behaviour = state.script.popleft() if state.script else state.default
            if behaviour.delay:
                time.sleep(behaviour.delay)
            if behaviour.status != 200:
                self._send(behaviour.status, {"error": {"message": "upstream failure", "type": "server_error"}})
                return
            if behaviour.malformed:
                self._raw(200, b'{"id": "x", "choices": [{"message": {"content": "broken', "application/json")
                return
            text = behaviour.reply(body) if behaviour.reply else ""
            if body.get("stream"):
                self._stream(body, text)
            else:
                self._send(200, _completion(body, text))

        def _send(self, status: int, payload: dict[str, Any]) -> None:
            self._raw(status, json.dumps(payload).encode(), "application/json")

        def _raw(self, status: int, data: bytes, content_type: str) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _stream(self, request: dict[str, Any], text: str) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            pieces = [text[i : i + 4] for i in range(0, len(text), 4)] or [""]
            for piece in pieces:
                chunk = {
                    "id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                    "model": request.get("model", ""),
                    "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
                }
                self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                self.wfile.flush()
            end = {
                "id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": int(time.time()),
                "model": request.get("model", ""), "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
            }
            self.wfile.write(f"data: {json.dumps(end)}\n\ndata: [DONE]\n\n".encode())
            self.wfile.flush()

    return Handler


def _completion(request: dict[str, Any], text: str) -> dict[str, Any]:
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": request.get("model", ""),
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


@contextmanager
def running_fake_openai() -> Iterator[FakeOpenAI]:
    """Serve a FakeOpenAI on a free loopback port for the duration of the block."""
    state = FakeOpenAI()
    with serving(ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))) as port:
        state.port = port
        yield state
