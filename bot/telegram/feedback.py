"""What staff asked and what they thought of the answers, in SQLite under DATA_DIR."""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from bot.measures import percentile

_SCHEMA = """
create table if not exists questions (
    id integer primary key, ts real not null, user_id integer, chat_id integer,
    question text not null, found integer not null, mode text not null, latency_ms real not null,
    section text
);
create table if not exists feedback (
    id integer primary key, ts real not null, user_id integer, chat_id integer,
    question text not null, answer text not null, vote integer not null
);
create index if not exists questions_ts on questions(ts);
"""


@dataclass(frozen=True)
class Stats:
    """Usage since a point in time."""

    answered: int
    refused: int
    users: int
    mean_latency_ms: float
    p95_latency_ms: float
    up: int
    down: int
    unanswered: list[str]


class FeedbackStore:
    """Questions, refusals and votes, so the people who keep `knowledge/` see what staff missed."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("pragma journal_mode=wal")
        self._db.execute("pragma synchronous=normal")  # with WAL: durable across crashes of the process
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()

    def record_question(
        self, *, user_id: int | None, chat_id: int | None, question: str, found: bool, mode: str,
        latency_ms: float, section: str | None,
    ) -> None:
        """Store one answered (or refused) question."""
        with self._lock:
            self._db.execute(
                "insert into questions (ts, user_id, chat_id, question, found, mode, latency_ms, section) "
                "values (?, ?, ?, ?, ?, ?, ?, ?)",
                (time.time(), user_id, chat_id, question[:2000], int(found), mode, latency_ms, section),
            )

    def record_vote(self, *, user_id: int | None, chat_id: int | None, question: str, answer: str, up: bool) -> None:
        """Store a 👍 or 👎 on an answer."""
        with self._lock:
            self._db.execute(
                "insert into feedback (ts, user_id, chat_id, question, answer, vote) values (?, ?, ?, ?, ?, ?)",
                (time.time(), user_id, chat_id, question[:2000], answer[:4000], 1 if up else -1),
            )

    def stats(self, since: float, unanswered_limit: int = 10) -> Stats:
        """Counts and latency since `since` (a UNIX time)."""
        with self._lock:
            rows = self._db.execute(
                "select found, latency_ms, user_id from questions where ts >= ?", (since,)
            ).fetchall()
            votes = dict(
                self._db.execute("select vote, count(*) from feedback where ts >= ? group by vote", (since,)).fetchall()
            )
            missed = [
                r[0]
                for r in self._db.execute(
                    "select question from questions where found = 0 and ts >= ? order by ts desc limit ?",
                    (since, unanswered_limit),
                ).fetchall()
            ]
        latencies = [r[1] for r in rows]
        return Stats(
            answered=sum(1 for r in rows if r[0]),
            refused=sum(1 for r in rows if not r[0]),
            users=len({r[2] for r in rows}),
            mean_latency_ms=sum(latencies) / len(latencies) if latencies else 0.0,
            p95_latency_ms=percentile(latencies, 95),
            up=votes.get(1, 0),
            down=votes.get(-1, 0),
            unanswered=missed,
        )

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._db.close()
