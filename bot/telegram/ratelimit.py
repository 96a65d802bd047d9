"""A per-user limit on questions, so one user cannot crowd out everyone else."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque


class RateLimiter:
    """At most `per_minute` questions per user in any sliding minute."""

    def __init__(self, per_minute: int, window: float = 60.0) -> None:
        self._limit = per_minute
        self._window = window
        self._hits: defaultdict[int, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def allow(self, user_id: int) -> float:
        """0 if the user may ask now, else the seconds until they may."""
        now = time.monotonic()
        with self._lock:
            hits = self._hits[user_id]
            while hits and now - hits[0] >= self._window:
                hits.popleft()
            if len(hits) >= self._limit:
                return self._window - (now - hits[0])
            hits.append(now)
            return 0.0
