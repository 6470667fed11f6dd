"""Margin-based scoring (Artetxe & Schwenk 2019, "Margin-based parallel corpus mining"; the CSLS idea).

Raw cosine favours "hubs": clauses that sit close to many others. The margin compares a pair's cosine with
the average cosine each side of the pair has to its k nearest neighbours on the other side:

    r(x) = mean cosine of x to its k nearest clauses of the other side
    ratio margin  = cos(x, y) / ((r(x) + r(y)) / 2)
    CSLS margin   = 2 cos(x, y) - r(x) - r(y)

Ranking by margin puts the pair that stands out from its neighbourhood first. The score users see stays on
the cosine scale: `adjusted = cos x r_store / ((r(x) + r(y)) / 2)` (ratio form), where `r_store` is the
average neighbourhood similarity of the clauses of the queries' side (`Neighbourhoods.scale`), so a pair in a
neighbourhood of ordinary density keeps its cosine, a hub pair loses points, and a pair in a sparse
neighbourhood gains a little (README, "What a score means").

The per-clause r values of both sides are kept in a file beside the vector indexes, named after the two
per-side generation numbers the store bumps on every ingest and delete: a change to either side makes the
file stale, and it is recomputed (and the old one removed) on the next use.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from compare.core.text import opposite_side
from compare.store.layout import StoreLayout, remove_others

DEFAULT_NEIGHBOURS = 4
MARGIN_FORMS = ("ratio", "csls")


@dataclass(frozen=True)
class Neighbourhoods:
    """The r values of the clauses of both sides of a store, for one k and one pair of generations."""

    k: int
    generations: tuple[int, int]          # (domestic, international)
    ids: dict[str, np.ndarray]            # side -> clause ids, sorted
    means: dict[str, np.ndarray]          # side -> r value of each id (same order)

    def lookup(self, side: str, ids: np.ndarray) -> np.ndarray:
        """The r values of `ids` on `side`; NaN for ids this snapshot does not know."""
        known, values = self.ids[side], self.means[side]
        ids = np.asarray(ids, dtype=np.int64)
        if len(known) == 0:
            return np.full(len(ids), np.nan, dtype=np.float32)
        pos = np.clip(np.searchsorted(known, ids), 0, len(known) - 1)
        found = known[pos] == ids
        return np.where(found, values[pos], np.nan).astype(np.float32)

    def scale(self, searched: str) -> float:
        """The cosine scale of margins for queries searching the side `searched`: the average neighbourhood of
        the clauses of the side queries come from (the other one), 0 when it has none (a store with only one
        side: ranking falls back to cosine).

        Not the average over both sides: a searched side that fills with clauses of other fields holds many
        whose neighbourhoods on the query side are sparse, which drags a store-wide average down and every
        score with it (Tatoeba at 10x distractors: 0.49 -> 0.24), while the queries' own neighbourhoods barely
        move (0.487 -> 0.490). The fixed weights added to a score afterwards (termbase, numbers, words,
        documents, the 1:1 assignment's loss) and the thresholds on it would otherwise count for twice as much
        in a store ten times larger."""
        values = self.means.get(opposite_side(searched), np.zeros(0, np.float32))
        values = values[np.isfinite(values)]
        return float(values.mean()) if len(values) else 0.0


def neighbourhood_means(similarities: np.ndarray, k: int) -> np.ndarray:
    """Mean of the k largest values of each row (rows hold similarities, best first or not)."""
    sims = np.asarray(similarities, dtype=np.float32)
    if sims.ndim != 2 or sims.shape[1] == 0:
        return np.zeros(len(sims), dtype=np.float32)
    k = max(1, min(int(k), sims.shape[1]))
    top = -np.sort(-sims, axis=1)[:, :k]
    return top.mean(axis=1).astype(np.float32)


def adjusted_similarity(cos: np.ndarray, r_query: np.ndarray | float, r_candidate: np.ndarray,
                        r_store: float, form: str = "ratio") -> np.ndarray:
    """The margin of each (query, candidate) pair, expressed on the cosine scale.

    Candidates with an unknown r (NaN) are treated as of ordinary density (r_store). Monotone in the
    margin for a fixed query, so sorting by it is sorting by margin.
    """
    cos = np.asarray(cos, dtype=np.float32)
    if r_store <= 0:
        return cos
    r_candidate = np.where(np.isnan(r_candidate), r_store, r_candidate)
    local = (np.asarray(r_query, dtype=np.float32) + r_candidate) / 2.0
    if form == "csls":
        return cos - local + r_store
    return cos * r_store / np.maximum(local, 1e-6)


def _stats_file(store_path: Path, k: int, generations: tuple[int, int]) -> Path:
    return StoreLayout.of(store_path).margins_file(k, generations)


def _compute(store, k: int, generations: tuple[int, int]) -> Neighbourhoods:
    """The r values of every clause of both sides, reading each side's vectors chunk by chunk (a side of a
    million clauses never sits in memory at once); a side facing an empty side has no neighbourhoods (NaN)
    and its vectors are not read at all."""
    ids: dict[str, np.ndarray] = {}
    means: dict[str, np.ndarray] = {}
    store.warm()  # both indexes in place before the chunks are read in one read transaction
    counts = {side: store.clause_ids_signature(side)[0] for side in ("domestic", "international")}
    for side in ("domestic", "international"):
        other = opposite_side(side)
        if counts[other] == 0 or counts[side] == 0:
            ids[side] = store.clause_ids_array(side)
            means[side] = np.full(len(ids[side]), np.nan, dtype=np.float32)
            continue
        id_parts, mean_parts = [], []
        for side_ids, vectors in store.side_vector_chunks(side):
            sims, found = store.search_arrays(vectors, other, k)
            valid = found >= 0
            total = np.where(valid, sims.astype(np.float64), 0.0).sum(axis=1)
            with np.errstate(invalid="ignore", divide="ignore"):
                mean_parts.append((total / valid.sum(axis=1)).astype(np.float32))  # 0/0: NaN, no neighbours
            id_parts.append(side_ids)
        ids[side], means[side] = np.concatenate(id_parts), np.concatenate(mean_parts)
    return Neighbourhoods(k=k, generations=generations, ids=ids, means=means)


def _save(stats: Neighbourhoods, path: Path, store_id: str = "") -> None:
    from embeddings.index import atomic_write_bytes

    buffer = io.BytesIO()
    np.savez(buffer, store_id=np.array(store_id), d_ids=stats.ids["domestic"], d_means=stats.means["domestic"],
             i_ids=stats.ids["international"], i_means=stats.means["international"])
    atomic_write_bytes(path, buffer.getvalue())


def _load(path: Path, k: int, generations: tuple[int, int], store_id: str = "") -> Neighbourhoods | None:
    """The statistics saved at `path`, if they were computed for this database (its identity), else None."""
    try:
        with np.load(str(path)) as data:
            if "store_id" not in data or str(data["store_id"]) != store_id:
                return None  # written for another database that reached the same generations
            return Neighbourhoods(k=k, generations=generations,
                                  ids={"domestic": data["d_ids"], "international": data["i_ids"]},
                                  means={"domestic": data["d_means"], "international": data["i_means"]})
    except (OSError, ValueError, KeyError):
        return None  # missing or damaged: recomputed from the store


# Keyed by the database's identity (Store.store_id) too: a store deleted and made again, or restored, at the same
# path starts its generations afresh and must not meet the old values.
_CACHE: dict[tuple[str, str, int], Neighbourhoods] = {}


def neighbourhoods(store, k: int = DEFAULT_NEIGHBOURS) -> Neighbourhoods:
    """The r values of the store's clauses for the current generations: from memory, from the file beside
    the indexes, or recomputed (and saved) when either side changed since."""
    # The generations are read before the vectors: if a writer slips in between, the snapshot is filed
    # under the older generations and is recomputed on the next call.
    generations = (store.generation("domestic"), store.generation("international"))
    store_id = getattr(store, "store_id", "")  # a database restored or made again under the same path differs
    key = (str(Path(store.path).resolve()), store_id, k)
    cached = _CACHE.get(key)
    if cached is not None and cached.generations == generations:
        return cached
    path = _stats_file(store.path, k, generations)
    stats = _load(path, k, generations, store_id) if path.is_file() else None
    if stats is None:
        stats = _compute(store, k, generations)
        try:
            _save(stats, path, store_id)
            remove_others(StoreLayout.of(store.path).margins_files(), path)
        except OSError:
            pass  # a read-only store still answers; the values are recomputed next time
    _CACHE[key] = stats
    return stats
