"""Which vector index a side of the store gets, and why: exact below a size, approximate above it.

Exact search reads every vector of the side for every query: at 512 float32 per clause that is 200 MB per query at
100,000 clauses and 2 GB at a million. Measured on the project's 2-core machine while busy (docs/scale.md, "Fifth
round: word statistics carried forward by the ingest"): one exact query on one thread took p50/p95 21/34 ms at
50,000 clauses, 47/75 ms at 100,000 and 65/89 ms at 200,000, while the approximate index answered 200,000 clauses in
3.4/8.1 ms with recall@10 0.997. Sides up to 100,000 clauses (most lists and stores) stay exact; from
APPROXIMATE_ABOVE on a side gets the approximate index (IVF lists of 8-bit codes, the shortlist re-scored exactly),
which the store trains and rebuilds itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from embeddings.index import ApproximateIndex, new_index

#: clauses of one side from which its index is approximate (0 or less: always exact)
APPROXIMATE_ABOVE = 100_000
APPROXIMATE = ApproximateIndex.kind


@dataclass(frozen=True)
class IndexChoice:
    """The index kind a side gets and the reason, in words `stdcompare info` shows."""

    kind: str
    reason: str


def choose_index(count: int, exact_backend: str, approximate_above: int = APPROXIMATE_ABOVE) -> IndexChoice:
    """The index for a side of `count` clauses: `exact_backend` below `approximate_above`, else approximate."""
    if approximate_above > 0 and count >= approximate_above:
        return IndexChoice(APPROXIMATE, f"approximate: {count:,} clauses, at or above the threshold of "
                                        f"{approximate_above:,}")
    if approximate_above <= 0:
        return IndexChoice(exact_backend, f"exact: {count:,} clauses; the approximate index is turned off")
    return IndexChoice(exact_backend, f"exact: {count:,} clauses, below the threshold of {approximate_above:,}")


def new_side_index(choice: IndexChoice, dimension: int, approximate_above: int):
    """An empty index of the chosen kind; an approximate one trains as soon as it holds the threshold's worth
    of vectors (the store fills it with the whole side at once, so it trains on the side)."""
    if choice.kind == APPROXIMATE:
        return ApproximateIndex(dimension, **approximate_options(approximate_above))
    return new_index(choice.kind, dimension)


def approximate_options(approximate_above: int) -> dict:
    """Settings of the store's approximate indexes: trained as soon as they hold the threshold's worth."""
    return {"min_train": max(1, min(approximate_above, ApproximateIndex.MIN_TRAIN))}


def needs_rebuild(index, choice: IndexChoice) -> bool:
    """True when an index kept up to date in place should be rebuilt from the store instead: the side crossed
    the threshold (either way), or an approximate index has outgrown the size it was trained on."""
    return getattr(index, "kind", choice.kind) != choice.kind or bool(getattr(index, "outgrown", False))
