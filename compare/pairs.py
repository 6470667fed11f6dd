"""Counterpart pairs for export: those a reviewer confirmed, and optionally each domestic clause's best match."""

from __future__ import annotations

from dataclasses import dataclass

from compare.errors import NotFoundError
from compare.model import Clause, similarity_to_score
from compare.reviews import ReviewTable
from compare.store import Store


@dataclass(frozen=True)
class Pair:
    """A domestic clause and its international counterpart. `source` is 'confirmed' or 'top'."""

    domestic: Clause
    international: Clause
    source: str
    score: float | None = None


def confirmed_pairs(store: Store, reviews: ReviewTable) -> list[Pair]:
    """Pairs a reviewer confirmed whose two clauses are still in the store, in the order they were decided."""
    cache: dict[str, dict[str, Clause]] = {}

    def lookup(standard: str, clause: str) -> Clause | None:
        if standard not in cache:
            try:
                cache[standard] = {c.clause: c for c in store.standard_clauses(standard)}
            except NotFoundError:
                cache[standard] = {}
        return cache[standard].get(clause)

    pairs = []
    for review in reviews.listed("confirmed"):
        domestic = lookup(review.domestic_standard, review.domestic_clause)
        international = lookup(review.international_standard, review.international_clause)
        if domestic and international:
            pairs.append(Pair(domestic=domestic, international=international, source="confirmed"))
    return pairs


def top_pairs(store: Store, *, min_score: float, skip: set[int] = frozenset()) -> list[Pair]:
    """For every domestic clause (except the ids in `skip`), its best international match if it scores at
    least `min_score`."""
    ids = [i for i in store.clause_ids("domestic") if i not in skip]
    if not ids:
        return []
    hits = store.search(store.vectors(ids), "international", 1)
    best = {i: h[0] for i, h in zip(ids, hits) if h and similarity_to_score(h[0][1]) >= min_score}
    clauses = store.clauses(list(best) + [cid for cid, _ in best.values()])
    return [Pair(domestic=clauses[i], international=clauses[cid], source="top", score=similarity_to_score(sim))
            for i, (cid, sim) in best.items() if i in clauses and cid in clauses]


def export_pairs(store: Store, reviews: ReviewTable, *, top: bool, min_score: float) -> list[Pair]:
    """Confirmed pairs, then (with `top`) the best match of each domestic clause that has no confirmed pair."""
    pairs = confirmed_pairs(store, reviews)
    if top:
        pairs += top_pairs(store, min_score=min_score, skip={p.domestic.id for p in pairs})
    return pairs
