"""Reviewed pairs as a training signal: a small re-ranker of a shortlist, fitted on reviewers' decisions.

Each candidate of a query's shortlist is described by a few features (what the ranking already weighs, and
what it does not): its similarity as ranked, its gap to the best of the shortlist, its rank, the words it shares
with the query (BM25 scaled to the best of the shortlist), the termbase concepts both name, and the numbers both
carry. A linear score over them is fitted so that, over the reviewed queries, the confirmed counterpart gets the
highest score of its shortlist (softmax cross-entropy), with an L2 pull towards the weights that reproduce the
ranking as it is: with few reviewed pairs the re-ranker stays the ranking, and it moves only as far as the
decisions push it.

Also here: a linear map of query vectors fitted on confirmed pairs (ridge, pulled towards the identity), and
`fit_checked`, which keeps a re-ranker only when a check on the reviews themselves says it helps.

Whether they help was measured on held-out reviewed queries (bench/bench_reviewed.py; docs/matching-quality.md,
"Reviewed pairs as a training signal"): not consistently (they help the industrial set in a grown store and cost the
sample list), so `match` does not use them; reviewers' decisions still act on their own queries (confirmed first,
rejected left out; compare/matching/lists.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

FEATURES = ("similarity", "gap to best", "first", "lexical", "termbase", "numbers")
# The similarity scale: shortlists differ by a few hundredths, the softmax needs differences of order one.
SCALE = 20.0
# Weights that reproduce the ranking as it is (the similarity alone, scaled).
IDENTITY = np.array([SCALE, 0, 0, 0, 0, 0], dtype=np.float64)


@dataclass(frozen=True)
class Shortlist:
    """One query's candidates (ids, best first as ranked) and their features (rows: candidates; columns:
    FEATURES); `answer` is the position of the confirmed counterpart, or None when it is not in the shortlist."""

    ids: tuple[int, ...]
    features: np.ndarray
    answer: int | None = None


def shortlist_features(similarities: Sequence[float], lexical: Sequence[float], termbase: Sequence[float],
                       numbers: Sequence[float]) -> np.ndarray:
    """The feature rows of one shortlist given, per candidate in ranked order, its similarity, its lexical score
    (any scale: scaled here to the best of the shortlist), and its termbase and numbers agreement (0..1)."""
    sims = np.asarray(similarities, dtype=np.float64)
    if not len(sims):
        return np.zeros((0, len(FEATURES)))
    words = np.asarray(lexical, dtype=np.float64)
    best_words = words.max() if len(words) and words.max() > 0 else 1.0
    first = np.zeros(len(sims))
    first[0] = 1.0
    return np.column_stack([sims, sims - sims.max(), first, words / best_words,
                            np.asarray(termbase, dtype=np.float64), np.asarray(numbers, dtype=np.float64)])


@dataclass(frozen=True)
class Reranker:
    """A linear score over FEATURES; the highest score of a shortlist comes first."""

    weights: np.ndarray
    fitted_on: int = 0

    def order(self, features: np.ndarray) -> np.ndarray:
        """Positions of a shortlist's candidates, best first (ties keep the ranked order)."""
        if not len(features):
            return np.zeros(0, dtype=np.int64)
        return np.argsort(-(features @ self.weights), kind="stable")


def fit_reranker(shortlists: Sequence[Shortlist], pull: float = 1.0, steps: int = 300,
                 learning_rate: float = 0.5) -> Reranker:
    """Weights fitted on reviewed shortlists (those whose confirmed counterpart is in the shortlist and has
    at least one other candidate), by gradient descent on the mean softmax cross-entropy plus
    `pull` x |weights - IDENTITY|^2 / 2 (scaled per feature)."""
    usable = [s for s in shortlists if s.answer is not None and len(s.ids) > 1]
    weights = IDENTITY.copy()
    if not usable:
        return Reranker(weights, 0)
    # features are scaled to unit spread for the descent, the pull is on the original weights' scale
    stacked = np.vstack([s.features for s in usable])
    spread = stacked.std(axis=0)
    spread[spread < 1e-9] = 1.0
    scaled = [s.features / spread for s in usable]
    w = weights * spread
    target = IDENTITY * spread
    for _ in range(steps):
        gradient = np.zeros_like(w)
        for features, shortlist in zip(scaled, usable):
            scores = features @ w
            scores -= scores.max()
            p = np.exp(scores)
            p /= p.sum()
            gradient += features.T @ p - features[shortlist.answer]
        gradient = gradient / len(usable) + pull * (w - target) / len(usable)
        w -= learning_rate * gradient
    return Reranker(w / spread, len(usable))


@dataclass(frozen=True)
class LinearMap:
    """A linear map of query vectors fitted on confirmed pairs (query vector -> its counterpart's vector),
    pulled towards the identity: applied, it moves a query towards where confirmed counterparts of queries like
    it lie."""

    matrix: np.ndarray
    fitted_on: int = 0

    def apply(self, vectors: np.ndarray) -> np.ndarray:
        mapped = np.asarray(vectors, dtype=np.float32) @ self.matrix.astype(np.float32)
        return mapped / np.maximum(np.linalg.norm(mapped, axis=-1, keepdims=True), 1e-9)


def fit_linear_map(queries: np.ndarray, counterparts: np.ndarray, strength: float = 10.0) -> LinearMap:
    """The ridge solution of min |Q W - C|^2 + strength |W - I|^2 over confirmed pairs (rows of Q and C)."""
    q = np.asarray(queries, dtype=np.float64)
    c = np.asarray(counterparts, dtype=np.float64)
    dim = q.shape[1]
    identity = np.eye(dim)
    matrix = np.linalg.solve(q.T @ q + strength * identity, q.T @ c + strength * identity)
    return LinearMap(matrix, len(q))


def fit_checked(shortlists: Sequence[Shortlist], pull: float = 1.0, folds: int = 2,
                min_gain: int = 1) -> Reranker | None:
    """The re-ranker fitted on all reviewed shortlists, or None when a check on the reviews themselves says it
    does not help: each of `folds` parts is held out in turn while the others fit, and the re-ranker is kept
    only if, summed over the held-out parts, it puts at least `min_gain` more confirmed counterparts first than
    the ranking as it is (and never fewer in any part)."""
    usable = [s for s in shortlists if s.answer is not None and len(s.ids) > 1]
    if len(usable) < 2 * folds:
        return None
    gain, worst = 0, 0
    for f in range(folds):
        held = usable[f::folds]
        fit = [s for g in range(folds) if g != f for s in usable[g::folds]]
        reranker = fit_reranker(fit, pull=pull)
        part = sum(int(reranker.order(s.features)[0] == s.answer) - int(s.answer == 0) for s in held)
        gain, worst = gain + part, min(worst, part)
    if gain < min_gain or worst < 0:
        return None
    return fit_reranker(usable, pull=pull)
