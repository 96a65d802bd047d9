"""One writer at a time: jobs that change knowledge/ or the index run in order on their own thread.

The thread is not the executor that answers questions, so a long ingest never holds up an answer; it is a
daemon, and `cancel_all` cancels the running job and every queued one, so the process can exit at once.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, TypeVar

from bot.errors import IngestCancelled

logger = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass
class Job:
    """A queued piece of writing; `cancel` asks it to stop at its next check."""

    run: Callable[[threading.Event], Any]
    future: Future[Any] = field(default_factory=Future)
    cancel: threading.Event = field(default_factory=threading.Event)


class Writer:
    """Runs jobs one at a time, in the order given, on one daemon thread."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[Job | None] = queue.Queue()
        self._lock = threading.Lock()
        self._waiting: list[Job] = []
        self._current: Job | None = None
        self._thread = threading.Thread(target=self._work, name="index-writer", daemon=True)
        self._thread.start()

    def submit(self, run: Callable[[threading.Event], T]) -> Job:
        """Queue `run(cancel)`; its result or exception arrives in the job's future."""
        job = Job(run)
        with self._lock:
            self._waiting.append(job)
        self._jobs.put(job)
        return job

    def ahead_of(self, job: Job) -> int:
        """How many jobs run before this one."""
        with self._lock:
            waiting = self._waiting.index(job) if job in self._waiting else 0
            return waiting + (self._current is not None and self._current is not job)

    def cancel_all(self) -> None:
        """Cancel the running job and all queued ones (the bot is stopping)."""
        with self._lock:
            for job in [*self._waiting, *([self._current] if self._current else [])]:
                job.cancel.set()

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            with self._lock:
                self._waiting.remove(job)
                self._current = job
            if not job.future.set_running_or_notify_cancel():
                continue
            try:
                if job.cancel.is_set():
                    raise IngestCancelled("cancelled before it started")
                job.future.set_result(job.run(job.cancel))
            except BaseException as exc:  # handed to whoever waits on the future
                job.future.set_exception(exc)
            finally:
                with self._lock:
                    self._current = None
