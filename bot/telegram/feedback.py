"""What staff asked and what they thought of the answers, in SQLite under DATA_DIR.

Answering never depends on this store: a write that fails (a full disk, a read-only folder) is logged once
and shown to admins in /stats, never raised; a damaged file is set aside and a new one started.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from bot.measures import percentile

logger = logging.getLogger(__name__)

T = TypeVar("T")

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

REOPEN_SECONDS = 30.0  # how often a store that could not be opened tries again
BUSY_SECONDS = 2.0  # a write waits this long for another writer's lock, then is dropped with a warning


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
    warnings: list[str] = field(default_factory=list)


class Damaged(sqlite3.DatabaseError):
    """`PRAGMA quick_check` found the file damaged although SQLite could open it."""


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether an SQLite error means the file itself is damaged (not full, read-only or busy)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return isinstance(exc, Damaged) or name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


class FeedbackStore:
    """Questions, refusals and votes, so the people who keep `knowledge/` see what staff missed."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._lock = threading.RLock()
        self._db: sqlite3.Connection | None = None
        self._problem: str | None = None
        self._lost = 0
        self._next_open = 0.0
        self._notes: list[str] = []  # what was done about damage, shown to admins until the process ends
        self._open()

    @property
    def path(self) -> Path:
        """Where the database lives."""
        return self._path

    def warnings(self) -> list[str]:
        """What admins should know: the store's current problem and any damaged file set aside."""
        with self._lock:
            current = []
            if self._problem:
                lost = f"; records not saved: {self._lost}" if self._lost else ""
                current.append(f"{self._path.name}: {self._problem}{lost}")
            return current + self._notes

    def record_question(
        self, *, user_id: int | None, chat_id: int | None, question: str, found: bool, mode: str,
        latency_ms: float, section: str | None,
    ) -> None:
        """Store one answered (or refused) question; a failure is a warning, never an exception."""
        self._write(
            "insert into questions (ts, user_id, chat_id, question, found, mode, latency_ms, section) "
            "values (?, ?, ?, ?, ?, ?, ?, ?)",
            (time.time(), user_id, chat_id, question[:2000], int(found), mode, latency_ms, section),
        )

    def record_vote(self, *, user_id: int | None, chat_id: int | None, question: str, answer: str, up: bool) -> None:
        """Store a 👍 or 👎 on an answer; a failure is a warning, never an exception."""
        self._write(
            "insert into feedback (ts, user_id, chat_id, question, answer, vote) values (?, ?, ?, ?, ?, ?)",
            (time.time(), user_id, chat_id, question[:2000], answer[:4000], 1 if up else -1),
        )

    def stats(self, since: float, unanswered_limit: int = 10) -> Stats:
        """Counts and latency since `since` (a UNIX time); zeros with a warning when the store cannot be read."""

        def read(db: sqlite3.Connection) -> Stats:
            rows = db.execute("select found, latency_ms, user_id from questions where ts >= ?", (since,)).fetchall()
            votes = dict(db.execute("select vote, count(*) from feedback where ts >= ? group by vote", (since,)))
            missed = [
                r[0]
                for r in db.execute(
                    "select question from questions where found = 0 and ts >= ? order by ts desc limit ?",
                    (since, unanswered_limit),
                )
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

        with self._lock:
            stats = self._run(read, writing=False)
            return replace(stats or Stats(0, 0, 0, 0.0, 0.0, 0, 0, []), warnings=self.warnings())

    def close(self) -> None:
        """Close the database."""
        with self._lock:
            self._close()

    def _write(self, sql: str, params: tuple[object, ...]) -> None:
        with self._lock:
            if self._run(lambda db: db.execute(sql, params), writing=True) is None:
                self._lost += 1

    def _run(self, action: Callable[[sqlite3.Connection], T], *, writing: bool) -> T | None:
        """`action` on the database, or None (with the problem noted) when it cannot be done.

        A damaged file found here is set aside and the action tried once on a new one.
        """
        for attempt in range(2):
            if self._db is None and not self._reopen():
                return None
            assert self._db is not None
            try:
                result = action(self._db)
            except sqlite3.Error as exc:
                if is_damage(exc) and attempt == 0:
                    self._close()
                    self._set_aside(exc)
                    self._next_open = 0.0
                    continue
                self._fail(exc)
                return None
            if writing:
                self._recovered()
            return result
        return None

    def _open(self) -> None:
        """Open (or create) the database; a damaged one is set aside and a new one started."""
        try:
            self._db = self._connect()
        except sqlite3.Error as exc:
            if not is_damage(exc):
                self._fail(exc)
                return
            self._set_aside(exc)
            try:
                self._db = self._connect()
            except (sqlite3.Error, OSError) as again:
                self._fail(again)
        except OSError as exc:
            self._fail(exc)

    def _reopen(self) -> bool:
        if time.monotonic() < self._next_open:
            return False
        self._open()
        return self._db is not None

    def _connect(self) -> sqlite3.Connection:
        self._path.parent.mkdir(parents=True, exist_ok=True)
        check = sqlite3.connect(str(self._path), timeout=BUSY_SECONDS)
        try:  # on a connection of its own, so the working one reads pages from the file, not the check's cache
            check.execute("pragma journal_mode=wal")  # the first read of the file: random bytes fail here
            found = [row[0] for row in check.execute("pragma quick_check")]
            if found != ["ok"]:
                raise Damaged("; ".join(str(f) for f in found[:3]))
        finally:
            check.close()
        db = sqlite3.connect(str(self._path), check_same_thread=False, isolation_level=None, timeout=BUSY_SECONDS)
        try:
            db.execute("pragma synchronous=normal")  # with WAL: durable across crashes of the process
            db.executescript(_SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def _set_aside(self, exc: sqlite3.Error) -> None:
        """Rename a damaged file (and its WAL) with a timestamp, so a new one can start and nothing is deleted."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self._path.with_name(f"{self._path.name}.damaged-{stamp}")
        try:
            for suffix in ("", "-wal", "-shm"):
                part = self._path.with_name(self._path.name + suffix)
                if part.exists():
                    part.rename(aside.with_name(aside.name + suffix))
        except OSError as move:
            logger.warning("feedback database %s is damaged (%s) and cannot be set aside (%s)", self._path, exc, move)
            self._notes.append(f"{self._path.name} damaged ({exc}); could not be set aside ({move.strerror})")
            return
        logger.warning("feedback database %s was damaged (%s); set aside as %s, starting a new one",
                       self._path, exc, aside.name)
        self._notes.append(f"{self._path.name} was damaged ({exc}); set aside as {aside.name}")

    def _fail(self, exc: BaseException) -> None:
        problem = str(exc) or type(exc).__name__
        if problem != self._problem:
            logger.warning("feedback not saved to %s (%s); questions are still answered", self._path, problem)
        self._problem = problem
        if self._db is None:
            self._next_open = time.monotonic() + REOPEN_SECONDS

    def _recovered(self) -> None:
        if self._problem is not None:
            logger.warning("feedback saved again to %s (%d records were lost)", self._path, self._lost)
            self._problem, self._lost = None, 0

    def _close(self) -> None:
        if self._db is not None:
            try:
                self._db.close()
            except sqlite3.Error as exc:
                logger.warning("closing %s: %s", self._path, exc)
            self._db = None
