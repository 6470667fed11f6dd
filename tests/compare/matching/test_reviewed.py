"""Reviewed pairs as a training signal: the shortlist re-ranker and the linear map fit what the decisions say,
and stay the ranking as it is when the decisions say nothing new."""

from __future__ import annotations

import numpy as np

from compare.matching.reviewed import (Shortlist, fit_checked, fit_linear_map, fit_reranker,
                                       shortlist_features)


def shortlists(n: int, numbers_decide: bool, seed: int = 0) -> list[Shortlist]:
    """Shortlists of 5 where the confirmed counterpart is second by similarity but the only one sharing the
    query's numbers (numbers_decide), or first by similarity and sharing nothing special."""
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        sims = np.sort(rng.uniform(0.5, 0.8, 5))[::-1]
        numbers = np.zeros(5)
        answer = 1 if numbers_decide else 0
        numbers[answer] = 1.0
        if not numbers_decide:
            numbers[rng.integers(1, 5)] = 1.0  # numbers shared by a wrong candidate as often as by the right one
        features = shortlist_features(sims, rng.uniform(0, 1, 5), np.zeros(5), numbers)
        out.append(Shortlist(tuple(range(5)), features, answer))
    return out


def test_the_reranker_learns_a_feature_the_decisions_follow_and_a_check_keeps_it():
    fit, held = shortlists(40, True), shortlists(40, True, seed=1)
    reranker = fit_reranker(fit)
    assert reranker.fitted_on == 40
    assert sum(int(reranker.order(s.features)[0]) == s.answer for s in held) == 40
    assert fit_checked(fit) is not None


def test_without_a_lesson_the_reranker_keeps_the_ranking_and_the_check_drops_it():
    fit, held = shortlists(40, False), shortlists(40, False, seed=1)
    reranker = fit_reranker(fit)
    assert sum(int(reranker.order(s.features)[0]) == 0 for s in held) == 40
    assert fit_checked(fit) is None
    assert fit_checked(fit[:3]) is None  # too few reviews to check anything


def test_the_linear_map_moves_queries_towards_their_counterparts_and_is_the_identity_when_pulled_hard():
    rng = np.random.default_rng(0)
    queries = rng.normal(size=(200, 8))
    rotation = np.linalg.qr(rng.normal(size=(8, 8)))[0]
    counterparts = queries @ rotation
    fitted = fit_linear_map(queries, counterparts, strength=1.0)
    mapped = fitted.apply(queries)
    target = counterparts / np.linalg.norm(counterparts, axis=1, keepdims=True)
    assert np.mean(np.sum(mapped * target, axis=1)) > 0.99
    still = fit_linear_map(queries, counterparts, strength=1e9).apply(queries)
    assert np.allclose(still, queries / np.linalg.norm(queries, axis=1, keepdims=True), atol=1e-3)
