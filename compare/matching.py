"""Find counterparts: each query clause is searched against the opposite side of the store."""

from __future__ import annotations

from itertools import islice
from typing import Iterable, Iterator

from compare.model import Candidate, InputRow, MatchResult, similarity_to_score
from compare.ranking import Ranking, rank_candidates
from compare.store import Store
from compare.text import detect_language, opposite_side, side_for_language

DEFAULT_TOP_K = 5


def target_side_for(text: str, lang: str = "", side: str | None = None) -> tuple[str, str]:
    """The language of a query and the side to search: a Chinese clause looks for international
    counterparts and an English one for domestic ones, unless the side is given."""
    lang = (lang or detect_language(text)).lower()
    return lang, side or opposite_side(side_for_language(lang))


def match_rows(
    rows: Iterable[InputRow],
    store: Store,
    encoder,
    *,
    top_k: int = DEFAULT_TOP_K,
    target_side: str | None = None,
    batch_size: int = 128,
    ranking: Ranking | None = None,
) -> Iterator[MatchResult]:
    """Yield one MatchResult per row, in input order, streaming in batches (memory stays flat).

    `ranking` says how candidates are ordered (default: margin, no 1:1 assignment; see compare/ranking.py).
    """
    store.check_encoder(encoder)
    ranking = ranking or Ranking()
    if ranking.one_to_one:
        batch_size = max(batch_size, ranking.assignment_rows)  # the assignment sees one batch at a time
    iterator = iter(rows)
    while True:
        batch = list(islice(iterator, batch_size))
        if not batch:
            return
        yield from _match_batch(batch, store, encoder, top_k, target_side, ranking)


def _match_batch(batch: list[InputRow], store: Store, encoder, top_k: int,
                 target_side: str | None, ranking: Ranking) -> list[MatchResult]:
    plans = [target_side_for(r.text, r.lang, target_side) for r in batch]
    results: dict[int, MatchResult] = {}
    for side in {p[1] for p in plans}:
        positions = [i for i, p in enumerate(plans) if p[1] == side and batch[i].text.strip()]
        if not positions:
            continue
        vectors = encoder.encode([batch[i].text for i in positions], role="query")
        hits = rank_candidates(store, vectors, side, top_k, ranking)
        clauses = store.clauses({hit[0] for row_hits in hits for hit in row_hits})
        for i, row_hits in zip(positions, hits):
            candidates = tuple(
                Candidate(clause=clauses[cid], score=similarity_to_score(adjusted), similarity=cos)
                for cid, adjusted, cos in row_hits if cid in clauses
            )
            results[i] = MatchResult(row=batch[i], lang=plans[i][0], target_side=side, matches=candidates)
    out = []
    for i, row in enumerate(batch):
        if i in results:
            out.append(results[i])
        else:
            out.append(MatchResult(row=row, lang=plans[i][0], target_side=plans[i][1], matches=(),
                                   note="empty text"))
    return out


def search_text(text: str, store: Store, encoder, *, top_k: int = DEFAULT_TOP_K,
                side: str | None = None, ranking: Ranking | None = None) -> MatchResult:
    """Counterparts of a single clause, either language."""
    row = InputRow(row=1, line=1, text=text)
    return next(match_rows([row], store, encoder, top_k=top_k, target_side=side, ranking=ranking))
