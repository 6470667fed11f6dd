"""Search one clause with filters (side, standards body, standard number, minimum score)."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from compare.errors import StdcompareError
from compare.model import Candidate, InputRow, MatchResult, similarity_to_score
from compare.store import Store
from compare.matching import target_side_for

OVERSAMPLE = 4  # how much further the index is searched each time filters leave too few hits


@dataclass(frozen=True)
class SearchFilters:
    """What a search is limited to. `side` defaults to the side opposite the text's language."""

    side: str | None = None
    body: str | None = None
    standard: str | None = None
    min_score: float = 0.0


def search_filtered(text: str, store: Store, encoder, *, top_k: int, filters: SearchFilters) -> MatchResult:
    """Counterparts of `text` that pass `filters`, best first, at most `top_k`."""
    if not text.strip():
        raise StdcompareError("the text to search is empty; give a clause in Chinese or English")
    store.check_encoder(encoder)
    lang, side = target_side_for(text, "", filters.side)
    vector = encoder.encode([text], role="query")
    if filters.standard:
        scored = _within_standard(vector[0], store, filters.standard.strip(), filters.side)
    else:
        scored = _from_index(vector, store, side, top_k, filters)
    kept = [c for c in scored if _passes(c, filters)][:top_k]
    return MatchResult(row=InputRow(row=1, line=1, text=text), lang=lang, target_side=side, matches=tuple(kept))


def _passes(candidate: Candidate, filters: SearchFilters) -> bool:
    if candidate.score < filters.min_score:
        return False
    return not filters.body or candidate.clause.body.casefold() == filters.body.strip().casefold()


def _within_standard(vector: np.ndarray, store: Store, number: str, side: str | None) -> list[Candidate]:
    """Score every clause of one standard directly: exact, and cheap since a standard has few clauses."""
    clauses = [c for c in store.standard_clauses(number) if side is None or c.side == side]
    if not clauses:
        return []
    sims = store.vectors([c.id for c in clauses]) @ vector
    ranked = sorted(zip(clauses, sims.tolist()), key=lambda p: -p[1])
    return [Candidate(clause=c, score=similarity_to_score(s), similarity=s) for c, s in ranked]


def _from_index(vector: np.ndarray, store: Store, side: str, top_k: int, filters: SearchFilters) -> list[Candidate]:
    """Search the side's index, widening the search until enough hits pass the filters or all were seen."""
    total = store.stats()["clauses"].get(side, 0)
    k = top_k if not filters.body else top_k * OVERSAMPLE
    while True:
        hits = store.search(vector, side, k)[0]
        clauses = store.clauses(cid for cid, _ in hits)
        found = [Candidate(clause=clauses[cid], score=similarity_to_score(s), similarity=s)
                 for cid, s in hits if cid in clauses]
        enough = sum(_passes(c, filters) for c in found) >= top_k
        # Scores fall along the list: once one is under the minimum, looking further cannot help.
        exhausted = k >= total or (found and found[-1].score < filters.min_score)
        if enough or exhausted:
            return found
        k *= OVERSAMPLE
