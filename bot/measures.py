"""Percentiles of measured values, one way for every report (eval, /stats, the benchmark)."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def percentile(values: Sequence[float], pct: int) -> float:
    """The `pct`-th percentile (1–99) of the values, interpolated; 0 for none, the value itself for one."""
    if not values:
        return 0.0
    if len(values) == 1:
        return float(values[0])
    return statistics.quantiles(values, n=100, method="inclusive")[pct - 1]
