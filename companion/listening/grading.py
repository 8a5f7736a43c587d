"""One severity scale for every rule: 0 below a remark point, 0.3 at the problem point, 1 at the full point."""

from __future__ import annotations

import math


def grade(value: float, remark_at: float, problem_at: float, full_at: float) -> float:
    """Severity of ``value`` on a scale that is 0 at ``remark_at``, 0.3 at ``problem_at``, 1 at ``full_at``.

    Works for rising (remark < problem < full) and falling (remark > problem > full) scales; returns 0 when
    the value does not even reach the remark point.
    """
    if not math.isfinite(value):
        return 0.0
    sign = 1.0 if full_at >= remark_at else -1.0
    v, r, p, f = sign * value, sign * remark_at, sign * problem_at, sign * full_at
    if v < r:
        return 0.0
    if v < p:
        return 0.3 * (v - r) / max(p - r, 1e-9)
    return min(1.0, 0.3 + 0.7 * (v - p) / max(f - p, 1e-9))
