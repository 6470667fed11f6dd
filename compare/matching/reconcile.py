"""Reconciliation decisions, free of any protocol: when a candidate is a clear match, and how clause hits
roll up into standards. The OpenRefine protocol itself lives in `api`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from compare.core.model import Candidate

MATCH_SCORE = 70.0   # below this a candidate is never called a match (the CAT tools' usual minimum)
MATCH_MARGIN = 10.0  # ... and it must lead the runner-up by this much to be the single clear winner


def clear_winner(scores: Sequence[float], *, threshold: float = MATCH_SCORE, margin: float = MATCH_MARGIN) -> bool:
    """True when the first of `scores` (best first) is high enough and well ahead of the second.

    OpenRefine accepts a `match: true` without asking, so two near-equal candidates are left to the user.
    """
    if not scores or scores[0] < threshold:
        return False
    return len(scores) == 1 or scores[0] - scores[1] >= margin


@dataclass(frozen=True)
class StandardHit:
    """A standard found through its best-matching clause."""

    number: str
    title: str
    body: str
    score: float
    best_clause: str


def standards_from_clauses(candidates: Sequence[Candidate], limit: int) -> list[StandardHit]:
    """Group clause candidates by standard; a standard scores as its best clause. Best first."""
    best: dict[str, Candidate] = {}
    for cand in candidates:
        kept = best.get(cand.clause.standard)
        if kept is None or cand.score > kept.score:
            best[cand.clause.standard] = cand
    ranked = sorted(best.values(), key=lambda c: -c.score)[:limit]
    return [StandardHit(number=c.clause.standard, title=c.clause.title, body=c.clause.body, score=c.score,
                        best_clause=c.clause.clause) for c in ranked]
