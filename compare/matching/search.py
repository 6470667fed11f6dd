"""Search one clause with filters (side, standards body, standard number, minimum score)."""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from compare.core.errors import StdcompareError
from compare.core.policy import LEXICAL_WEIGHT
from compare.matching.lexical_index import lexical_channel
from compare.matching.ranking import Ranking
from compare.matching.second_encoder import second_encoder_channel
from compare.matching.lists import RERANK_POOL, rerank_hits, search_text, target_side_for
from compare.core.model import Candidate, Clause, InputRow, MatchResult, similarity_to_score
from compare.store.catalog import resolve_number
from compare.store.store import Store
from compare.terms.grow import store_termbase

OVERSAMPLE = 4  # how much further the index is searched each time the body filter leaves too few hits


@dataclass(frozen=True)
class SearchFilters:
    """What a search is limited to. `side` defaults to the side opposite the text's language."""

    side: str | None = None
    body: str | None = None
    standard: str | None = None
    min_score: float = 0.0


def search_filtered(text: str, store: Store, encoder, *, top_k: int, filters: SearchFilters,
                    lexical: float = LEXICAL_WEIGHT, ranking: Ranking | None = None) -> MatchResult:
    """Counterparts of `text` that pass `filters`, best first, at most `top_k`; ranked as `match_rows` ranks
    (`lexical`: the lexical channel's weight; `ranking`, when given, its options, the lexical weight
    included). Without a body or standard filter this is `match_rows` itself,
    reviewed links included."""
    if not text.strip():
        raise StdcompareError("the text to search is empty; give a clause in Chinese or English")
    if not filters.body and not filters.standard:
        ranking = ranking or Ranking(lexical=lexical)
        result = search_text(text, store, encoder, top_k=top_k, side=filters.side, ranking=ranking)
        return replace(result, matches=tuple(c for c in result.matches if c.score >= filters.min_score))
    store.check_encoder(encoder)
    lang, side = target_side_for(text, "", filters.side)
    vector = encoder.encode([text], role="query")[0]
    if filters.standard:
        hits, clauses = _within_standard(vector, store, filters.standard.strip(), filters.side)
    else:
        hits, clauses = _from_index(vector, store, side, top_k, filters.body)
    ranked = rerank_hits(text, hits, clauses, top_k=len(hits))
    ranking = ranking or Ranking(lexical=lexical)
    channel = lexical_channel(store, store_termbase(store.path), ranking.lexical)
    if channel is not None:
        ranked = channel.cover_many([text], [ranked], side, ranking.coverage)[0]
        ranked = channel.rerank(text, ranked, side)
    second = second_encoder_channel(store, ranking.second, ranking.second_weight)
    if second is not None:
        ranked = second.rerank([text], [ranked])[0]
    found = [Candidate(clause=clauses[cid], score=similarity_to_score(sim), similarity=sim) for cid, sim in ranked]
    kept = [c for c in found if c.score >= filters.min_score][:top_k]
    return MatchResult(row=InputRow(row=1, line=1, text=text), lang=lang, target_side=side, matches=tuple(kept))


def _same_body(clause: Clause, body: str | None) -> bool:
    return not body or clause.body.casefold() == body.strip().casefold()


def _within_standard(vector: np.ndarray, store: Store, number: str,
                     side: str | None) -> tuple[list[tuple[int, float]], dict[int, Clause]]:
    """Score every clause of one standard directly: exact, and cheap since a standard has few clauses."""
    number = resolve_number(store, number)  # "CXS 193" finds "CXS 193-1995"
    clauses = {c.id: c for c in store.standard_clauses(number) if side is None or c.side == side}
    if not clauses:
        return [], {}
    sims = store.vectors(list(clauses)) @ vector
    return sorted(zip(clauses, sims.tolist()), key=lambda p: -p[1]), clauses


def _from_index(vector: np.ndarray, store: Store, side: str, top_k: int,
                body: str | None) -> tuple[list[tuple[int, float]], dict[int, Clause]]:
    """Search the side's index for a re-ranking pool, widening it until enough hits are of the body asked for."""
    total = store.stats()["clauses"].get(side, 0)
    k = max(top_k, RERANK_POOL)
    while True:
        hits = store.search(vector[None, :], side, k)[0]
        clauses = store.clauses(cid for cid, _ in hits)
        kept = [(cid, sim) for cid, sim in hits if cid in clauses and _same_body(clauses[cid], body)]
        if len(kept) >= max(top_k, RERANK_POOL) or k >= total:
            return kept, clauses
        k *= OVERSAMPLE
