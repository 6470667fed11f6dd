"""One-to-one assignment across a batch: when two queries want the same counterpart, the pairing that is
best for the batch as a whole wins (Hungarian method, scipy's linear_sum_assignment).

Only acceptable pairs take part: a candidate worth more than `max_loss` less than its query's best could
never be given to that query, so it is left out of the problem. What remains splits into independent groups
(queries linked through shared candidates), each solved on its own small matrix: a 1,000-row batch with 30
candidates a row is a few thousand tiny problems instead of one 1,000 x 25,000 matrix.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

# A pair that is not among a query's candidates: low enough never to be chosen over a real candidate.
_ABSENT = -1e3
# Digits of a pair's value the assignment looks at (values are similarities around 0-1).
VALUE_DIGITS = 5


def assign_one_to_one(candidates: Sequence[Sequence[tuple[int, float]]],
                      max_loss: float = float("inf")) -> list[int | None]:
    """For each query, the candidate id the batch-wide 1:1 assignment gives it, or None.

    `candidates[q]` lists (candidate id, value) pairs, higher is better. A query keeps its own best instead
    when the assigned candidate is worth more than `max_loss` less than that best (a clear winner is never
    taken away), and gets None when it has no candidates or lost every one of them.

    The assignment first gives as many queries as possible an acceptable candidate, then maximises the
    total value of those pairs.
    """
    tops = [max(row, key=lambda hit: hit[1])[0] if row else None for row in candidates]
    if None not in tops and len(set(tops)) == len(tops):
        return tops  # nobody competes: every query keeping its own best is already the optimum
    edges: list[tuple[int, int, float]] = []  # (query, candidate id, value), acceptable pairs only
    for q, row in enumerate(candidates):
        if not row:
            continue
        floor = max(v for _, v in row) - max_loss
        best: dict[int, float] = {}
        for cid, value in row:
            if value >= floor and value > best.get(cid, -np.inf):
                best[cid] = value
        edges.extend((q, cid, value) for cid, value in best.items())
    chosen: list[int | None] = [None] * len(candidates)
    for group in _groups(edges, len(candidates)):
        _solve(group, chosen)
    return chosen


def _groups(edges: list[tuple[int, int, float]], queries: int) -> list[list[tuple[int, int, float]]]:
    """The edges split by connected component of the query-candidate graph."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    columns = {cid: j for j, cid in enumerate(dict.fromkeys(cid for _, cid, _ in edges))}
    if not edges:
        return []
    q = np.fromiter((e[0] for e in edges), dtype=np.int64, count=len(edges))
    c = np.fromiter((queries + columns[e[1]] for e in edges), dtype=np.int64, count=len(edges))
    size = queries + len(columns)
    graph = coo_matrix((np.ones(len(edges), dtype=np.int8), (q, c)), shape=(size, size))
    _, labels = connected_components(graph, directed=False)
    groups: dict[int, list[tuple[int, int, float]]] = {}
    for edge, label in zip(edges, labels[q]):
        groups.setdefault(int(label), []).append(edge)
    return list(groups.values())


def _solve(edges: list[tuple[int, int, float]], chosen: list[int | None]) -> None:
    rows = list(dict.fromkeys(q for q, _, _ in edges))
    if len(rows) == 1:
        q = rows[0]
        chosen[q] = max(edges, key=lambda e: e[2])[1]
        return
    columns = list(dict.fromkeys(cid for _, cid, _ in edges))
    if len(columns) == 1:
        q, cid, _ = max(edges, key=lambda e: e[2])
        chosen[q] = cid
        return
    r = {q: i for i, q in enumerate(rows)}
    c = {cid: j for j, cid in enumerate(columns)}
    values = np.full((len(rows), len(columns)), _ABSENT, dtype=np.float64)
    for q, cid, value in edges:
        # Rounded: the same text encoded in another batch differs in the last float32 digits, and pairings
        # whose totals differ by no more than that must come out the same (ties go to the earlier row).
        values[r[q], c[cid]] = round(value, VALUE_DIGITS)
    from scipy.optimize import linear_sum_assignment

    assigned_rows, assigned_cols = linear_sum_assignment(values, maximize=True)
    for i, j in zip(assigned_rows, assigned_cols):
        if values[i, j] > _ABSENT:
            chosen[rows[i]] = columns[j]
