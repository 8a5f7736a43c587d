"""The one summary every derived table uses: median, quartiles and (optionally) deciles of real-mix values."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def spread(
    values: Iterable[float | None], digits: int = 1, deciles: bool = False
) -> dict[str, float | int] | None:
    """Median and quartiles (numpy linear percentiles) with the count, rounded; None when empty. ``deciles``
    adds the 10th and 90th percentiles (``p10``, ``p90``)."""
    data = np.sort(np.asarray([v for v in values if v is not None], dtype=np.float64))
    if data.size == 0:
        return None
    q1, med, q3 = np.percentile(data, [25, 50, 75])
    out = {"median": round(float(med), digits), "q1": round(float(q1), digits), "q3": round(float(q3), digits),
           "n": int(data.size)}  # fmt: skip
    if deciles:
        p10, p90 = np.percentile(data, [10, 90])
        out.update(p10=round(float(p10), digits), p90=round(float(p90), digits))
    return out
