"""How candidates are ranked: raw cosine, or margin (compare/margin.py), optionally with a 1:1 assignment
across the batch (compare/assignment.py). `matching` calls `rank_candidates` where it used to search."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from compare.core.errors import StdcompareError
from compare.core.policy import LEXICAL_WEIGHT, NUMBERS_WEIGHT, SECOND_MODEL, SECOND_WEIGHT
from compare.matching.margin import DEFAULT_NEIGHBOURS, MARGIN_FORMS, adjusted_similarity, neighbourhoods

METHODS = ("margin", "cosine")


@dataclass(frozen=True)
class Ranking:
    """Ranking options.

    method: "margin" (default) or "cosine" (the raw similarity, for comparison).
    form: margin form, "ratio" (default) or "csls".
    neighbours: k of the neighbourhoods (Artetxe & Schwenk use 4).
    pool: candidates fetched by cosine before re-ranking.
    one_to_one: assign counterparts 1:1 across each batch of queries (list matching).
    assignment_rows: rows per assignment batch; the assignment sees this many queries at once.
    max_loss: a row keeps its own best when the assigned counterpart is worth more than this less.
    lexical: weight of the lexical channel on the shortlist (compare/matching/lexical_index.py); 0: off.
    second: a second encoder re-scoring the shortlist ("e5" or a model directory; compare/matching/
        second_encoder.py); "": off. second_weight: its weight in the fusion.
    numbers: weight of the numbers both clauses carry, on the shortlist (compare/matching/signals.py); 0: off.
    """

    method: str = "margin"
    form: str = "ratio"
    neighbours: int = DEFAULT_NEIGHBOURS
    pool: int = 20
    one_to_one: bool = False
    assignment_rows: int = 1000
    max_loss: float = 0.1
    lexical: float = LEXICAL_WEIGHT
    second: str = SECOND_MODEL
    second_weight: float = SECOND_WEIGHT
    numbers: float = NUMBERS_WEIGHT

    def __post_init__(self) -> None:
        if self.method not in METHODS:
            raise StdcompareError(f"unknown ranking '{self.method}'; use one of {', '.join(METHODS)}")
        if self.form not in MARGIN_FORMS:
            raise StdcompareError(f"unknown margin form '{self.form}'; use one of {', '.join(MARGIN_FORMS)}")
        if self.neighbours < 1 or self.pool < 1:
            raise StdcompareError("the margin's neighbourhood size and the candidate pool must be at least 1")
        if not 0 <= self.lexical <= 1:
            raise StdcompareError(f"the lexical channel's weight must be between 0 and 1 (got {self.lexical})",
                                  option="lexical_weight")
        if not 0 <= self.second_weight <= 10:
            raise StdcompareError(f"the second encoder's weight must be between 0 and 10 (got {self.second_weight})",
                                  option="second_weight")
        if not 0 <= self.numbers <= 1:
            raise StdcompareError(f"the numbers signal's weight must be between 0 and 1 (got {self.numbers})",
                                  option="numbers_weight")


COSINE = Ranking(method="cosine")

# (clause id, similarity on the cosine scale: the margin-adjusted one, or the raw cosine)
Hit = tuple[int, float]


def search_depth(top_k: int, ranking: Ranking) -> int:
    """How many nearest clauses `rank_candidates` searches for to rank the top_k."""
    return top_k if ranking.method == "cosine" else max(top_k, ranking.pool, ranking.neighbours)


def rank_candidates(store, vectors: np.ndarray, side: str, top_k: int, ranking: Ranking | None = None,
                    searched: tuple[np.ndarray, np.ndarray] | None = None) -> list[list[Hit]]:
    """For each query vector, its top_k counterparts on `side`, best first (no assignment: see
    `assigned_first`). `searched`: the store's `search_arrays` of these vectors to `search_depth`, when the
    caller has searched already (a list searches its next batch while this one is ranked)."""
    ranking = ranking or Ranking()
    if searched is None:
        searched = store.search_arrays(vectors, side, search_depth(top_k, ranking))
    sims, ids = searched
    if ranking.method == "cosine":
        return [[(i, s) for i, s in zip(irow, srow) if i >= 0] for irow, srow in zip(ids.tolist(), sims.tolist())]
    adjusted = _margin_adjust(sims, ids, store, side, ranking)
    order = np.argsort(-adjusted, axis=1, kind="stable")[:, :top_k]
    ids, adjusted = np.take_along_axis(ids, order, axis=1), np.take_along_axis(adjusted, order, axis=1)
    return [[(i, s) for i, s in zip(irow, srow) if i >= 0] for irow, srow in zip(ids.tolist(), adjusted.tolist())]


def _margin_adjust(sims: np.ndarray, ids: np.ndarray, store, side: str, ranking: Ranking) -> np.ndarray:
    """The margin-adjusted similarity of every (query, candidate) slot; empty slots (id -1) get -inf."""
    if sims.size == 0:
        return sims
    stats = neighbourhoods(store, ranking.neighbours)
    valid = ids >= 0
    # r of the query: mean of its `neighbours` best cosines (the search returns them best first)
    k = min(ranking.neighbours, sims.shape[1])
    head, head_valid = sims[:, :k], valid[:, :k]
    r_query = np.where(head_valid, head, 0).sum(axis=1) / np.maximum(head_valid.sum(axis=1), 1)
    r_candidate = stats.lookup(side, ids.ravel()).reshape(ids.shape)
    adjusted = adjusted_similarity(sims, r_query[:, None], r_candidate, stats.store_mean(), ranking.form)
    return np.where(valid, adjusted, -np.inf).astype(np.float32)


def assigned_first(rows: list[list[Hit]], max_loss: float = float("inf")) -> list[list[Hit]]:
    """Each row with the counterpart the batch-wide 1:1 assignment gives it moved first; nothing removed."""
    from compare.matching.assignment import assign_one_to_one

    if len(rows) < 2:
        return rows
    out = []
    for row, cid in zip(rows, assign_one_to_one(rows, max_loss)):
        if cid is None or not row or row[0][0] == cid:
            out.append(row)
            continue
        out.append([h for h in row if h[0] == cid] + [h for h in row if h[0] != cid])
    return out
