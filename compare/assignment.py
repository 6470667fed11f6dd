"""One-to-one assignment across a batch: when two queries want the same counterpart, the pairing that is
best for the batch as a whole wins (Hungarian method, scipy's linear_sum_assignment)."""

from __future__ import annotations

from typing import Sequence

import numpy as np

# A pair that is not among a query's candidates: low enough never to be chosen over a real candidate.
_ABSENT = -1e3


def assign_one_to_one(candidates: Sequence[Sequence[tuple[int, float]]],
                      max_loss: float = float("inf")) -> list[int | None]:
    """For each query, the candidate id the batch-wide 1:1 assignment gives it, or None.

    `candidates[q]` lists (candidate id, value) pairs, higher is better. A query keeps its own best instead
    when the assigned candidate is worth more than `max_loss` less than that best (a clear winner is never
    taken away), and gets None when it has no candidates or lost every one of them.
    """
    columns = sorted({cid for row in candidates for cid, _ in row})
    if not columns:
        return [None] * len(candidates)
    tops = [max(row, key=lambda hit: hit[1])[0] if row else None for row in candidates]
    if None not in tops and len(set(tops)) == len(tops):
        return tops  # nobody competes: every query keeping its own best is already the optimum
    where = {cid: j for j, cid in enumerate(columns)}
    values = np.full((len(candidates), len(columns)), _ABSENT, dtype=np.float64)
    for q, row in enumerate(candidates):
        for cid, value in row:
            values[q, where[cid]] = value
    from scipy.optimize import linear_sum_assignment

    rows, cols = linear_sum_assignment(values, maximize=True)
    chosen: list[int | None] = [None] * len(candidates)
    for q, j in zip(rows, cols):
        if values[q, j] <= _ABSENT:
            continue
        best = max(v for _, v in candidates[q])
        if best - values[q, j] <= max_loss:
            chosen[q] = columns[j]
    return chosen
