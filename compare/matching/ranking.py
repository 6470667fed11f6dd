"""How candidates are ranked: raw cosine, or margin (compare/matching/margin.py), optionally with a 1:1 assignment
across the batch (compare/matching/assignment.py). `matching` calls `rank_candidates` where it used to search."""

from __future__ import annotations

import re

from dataclasses import dataclass

import numpy as np

from compare.core.errors import StdcompareError
from compare.core.policy import (COVERAGE_WEIGHT, DOCUMENTS_WEIGHT, LEXICAL_CANDIDATES, LEXICAL_WEIGHT, NUMBERS_WEIGHT, SECOND_MODEL,
                                 SECOND_WEIGHT, STANDARDS_WEIGHT)
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
    lexical_candidates: clauses the lexical channel adds to each shortlist, the best by BM25 over the whole side
        that the dense search did not find (0: none; nothing without the channel).
    coverage: weight of how much of each candidate the query's words account for (the lexical channel's
        `cover_many`; queries naming a termbase concept only); 0: off, and nothing without the channel.
    second: a second encoder re-scoring the shortlist ("e5" or a model directory; compare/matching/
        second_encoder.py); "": off. second_weight: its weight in the fusion.
    numbers: weight of the numbers both clauses carry, on the shortlist (compare/matching/signals.py); 0: off.
    documents: in a list, what a candidate loses when its document is first for none of the other rows of its
        row's standard (compare/matching/documents.py); 0: off.
    standards: what a candidate gains x the prior of its standard, from the standard the row names (its title,
        a declared adoption; compare/matching/standards.py); 0: off.
    """

    method: str = "margin"
    form: str = "ratio"
    neighbours: int = DEFAULT_NEIGHBOURS
    pool: int = 20
    one_to_one: bool = False
    assignment_rows: int = 1000
    max_loss: float = 0.1
    lexical: float = LEXICAL_WEIGHT
    lexical_candidates: int = LEXICAL_CANDIDATES
    coverage: float = COVERAGE_WEIGHT
    second: str = SECOND_MODEL
    second_weight: float = SECOND_WEIGHT
    numbers: float = NUMBERS_WEIGHT
    documents: float = DOCUMENTS_WEIGHT
    standards: float = STANDARDS_WEIGHT

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
        if not 0 <= self.coverage <= 1:
            raise StdcompareError(f"the coverage signal's weight must be between 0 and 1 (got {self.coverage})",
                                  option="coverage_weight")
        if not 0 <= self.lexical_candidates <= 100:
            raise StdcompareError("the lexical channel adds 0 to 100 candidates to a shortlist "
                                  f"(got {self.lexical_candidates})", option="lexical_candidates")
        if not 0 <= self.second_weight <= 10:
            raise StdcompareError(f"the second encoder's weight must be between 0 and 10 (got {self.second_weight})",
                                  option="second_weight")
        if not 0 <= self.numbers <= 1:
            raise StdcompareError(f"the numbers signal's weight must be between 0 and 1 (got {self.numbers})",
                                  option="numbers_weight")
        if not 0 <= self.documents <= 1:
            raise StdcompareError(f"the documents signal's weight must be between 0 and 1 (got {self.documents})",
                                  option="documents_weight")
        if not 0 <= self.standards <= 1:
            raise StdcompareError(f"the standards signal's weight must be between 0 and 1 (got {self.standards})",
                                  option="standards_weight")


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


def with_candidates(store, vectors: np.ndarray, side: str, hits: list[list[Hit]], added: list[list[int]],
                    ranking: Ranking, searched: tuple[np.ndarray, np.ndarray]) -> list[list[Hit]]:
    """Each row of `hits` with the clauses of its row of `added` (found another way: by words) scored as the
    dense search scores its own (the cosine to the query's vector, margin-adjusted against the same query
    neighbourhood) and merged in, best first."""
    wanted = sorted({cid for row in added for cid in row})
    if not wanted:
        return hits
    position = {cid: k for k, cid in enumerate(wanted)}
    stored = store.vectors(wanted)
    width = max(len(row) for row in added)
    ids = np.full((len(added), width), -1, dtype=np.int64)
    cos = np.zeros((len(added), width), dtype=np.float32)
    for q, row in enumerate(added):
        if row:
            ids[q, :len(row)] = row
            cos[q, :len(row)] = stored[[position[cid] for cid in row]] @ vectors[q]
    if ranking.method != "cosine":
        cos = _margin_adjust(cos, ids, store, side, ranking, _query_neighbourhood(*searched, ranking))
    return [sorted(row + list(zip(more, values[:len(more)].tolist())), key=lambda hit: -hit[1]) if more else row
            for row, more, values in zip(hits, added, cos)]


def _query_neighbourhood(sims: np.ndarray, ids: np.ndarray, ranking: Ranking) -> np.ndarray:
    """r of each query: the mean of its `neighbours` best cosines (the search returns them best first)."""
    k = min(ranking.neighbours, sims.shape[1])
    head, head_valid = sims[:, :k], (ids >= 0)[:, :k]
    return np.where(head_valid, head, 0).sum(axis=1) / np.maximum(head_valid.sum(axis=1), 1)


def _margin_adjust(sims: np.ndarray, ids: np.ndarray, store, side: str, ranking: Ranking,
                   r_query: np.ndarray | None = None) -> np.ndarray:
    """The margin-adjusted similarity of every (query, candidate) slot; empty slots (id -1) get -inf. `r_query`:
    each query's neighbourhood, when `sims` are not its search's best (else worked out from them)."""
    if sims.size == 0:
        return sims
    stats = neighbourhoods(store, ranking.neighbours)
    valid = ids >= 0
    if r_query is None:
        r_query = _query_neighbourhood(sims, ids, ranking)
    r_candidate = stats.lookup(side, ids.ravel()).reshape(ids.shape)
    adjusted = adjusted_similarity(sims, r_query[:, None], r_candidate, stats.scale(side), ranking.form)
    return np.where(valid, adjusted, -np.inf).astype(np.float32)


# A clause label that marks a row as the continuation of another row's clause: "8.5.1（续）", "表 1 (续)",
# "4.2 (continued)", "5.3 (cont'd)". Chinese standards mark a clause or table carried on this way; a list that
# splits one clause over two rows writes it so.
_CONTINUED = re.compile(r"\s*[（(]\s*(?:续|續|续表|continued|cont(?:'d|\.|inued)?)\s*[)）]\s*$", re.IGNORECASE)


def continued_from(clause: str) -> str | None:
    """The clause label a continuation row carries on ("8.5.1（续）" -> "8.5.1"), or None for any other label."""
    found = _CONTINUED.search(clause or "")
    if not found or not clause[:found.start()].strip():
        return None
    return clause[:found.start()].strip()


def continuation_rows(standards: list[str], clauses: list[str]) -> list[bool]:
    """For each row, whether it continues the clause of another row of the same standard in the batch. Such a
    row and the row it continues share one counterpart, so the continuation takes no part in the 1:1
    assignment (it would otherwise take the counterpart from the row it continues, or be moved off it)."""
    present = {(s, c) for s, c in zip(standards, clauses)}
    out = []
    for standard, clause in zip(standards, clauses):
        base = continued_from(clause)
        out.append(base is not None and (standard, base) in present)
    return out


def assigned_first(rows: list[list[Hit]], max_loss: float = float("inf"),
                   shared: list[bool] | None = None) -> list[list[Hit]]:
    """Each row with the counterpart the batch-wide 1:1 assignment gives it moved first; nothing removed.
    Rows flagged in `shared` (continuations, see `continuation_rows`) keep their own order and take no part."""
    from compare.matching.assignment import assign_one_to_one

    if len(rows) < 2:
        return rows
    taking = [[] if shared and shared[i] else row for i, row in enumerate(rows)]
    out = []
    for row, cid in zip(rows, assign_one_to_one(taking, max_loss)):
        if cid is None or not row or row[0][0] == cid:
            out.append(row)
            continue
        out.append([h for h in row if h[0] == cid] + [h for h in row if h[0] != cid])
    return out
