"""A reviewer's decision moves a counterpart; it does not change the score the counterpart was ranked with."""
from compare.core.model import Candidate, Clause
from compare.matching.lists import _apply_review


def _clause(cid: int) -> Clause:
    return Clause(id=cid, standard=f"ISO {cid}", clause="1", text=f"clause {cid}", lang="en", side="international")


class _NoVectors:
    def vectors(self, ids):
        raise AssertionError("a ranked counterpart needs no rescoring")


def test_a_confirmed_ranked_counterpart_keeps_its_score_and_leads():
    a, b, c = (Candidate(clause=_clause(i), score=s, similarity=0.5) for i, s in ((1, 73.7), (2, 70.7), (3, 64.0)))
    decisions = {3: "confirmed", 2: "rejected"}
    out = _apply_review([a, b, c], decisions, {1: a.clause, 2: b.clause, 3: c.clause}, _NoVectors(), None,
                        "international", 5)
    assert [(x.clause.id, x.score, x.confirmed) for x in out] == [(3, 64.0, True), (1, 73.7, False)]


def test_a_confirmed_counterpart_the_ranking_missed_is_scored_from_its_similarity():
    import numpy as np

    class Vectors:
        def vectors(self, ids):
            return np.array([[0.6, 0.8]], dtype=np.float32)

    a = Candidate(clause=_clause(1), score=73.7, similarity=0.5)
    out = _apply_review([a], {9: "confirmed"}, {1: a.clause, 9: _clause(9)}, Vectors(),
                        np.array([1.0, 0.0], dtype=np.float32), "international", 5)
    assert [x.clause.id for x in out] == [9, 1] and out[0].confirmed and abs(out[0].similarity - 0.6) < 1e-6
