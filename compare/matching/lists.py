"""Find counterparts: each query clause is searched against the opposite side of the store."""

from __future__ import annotations

import functools
import threading

import numpy as np
from dataclasses import replace
from itertools import islice
from typing import Callable, Iterable, Iterator

from compare.core.concurrency import prefetch
from compare.core.model import Candidate, InputRow, MatchResult, query_key, similarity_to_score
from compare.core.policy import TOP_K
from compare.core.vocabulary import Against, Side
from compare.matching.documents import agree_by_document, document_codes
from compare.matching.lexical_index import LexicalChannel, lexical_channel
from compare.matching.ranking import (Ranking, assigned_first, continuation_rows, rank_candidates, search_depth,
                                      with_candidates)
from compare.matching.second_encoder import SecondEncoderChannel, second_encoder_channel
from compare.matching.signals import fuse_numbers_many, numbers_in
from compare.matching.standards import StandardPrior
from compare.store.store import Store
from compare.terms.grow import store_termbase
from compare.terms.termbase import Termbase, load_termbase, term_agreement
from compare.core.text import detect_language, opposite_side, side_for_language

# Weight of the termbase signal added to cosine similarity. First measured on the sample data alone (52 Chinese
# clauses against 82 English ones, before margin, the lexical channel and 1:1): accuracy@1 0.62 with cosine alone,
# 0.94 at 0.3, 0.96 at 0.4, 0.98 at 0.5. With those beside it and the store grown (bench/bench_growth.py;
# docs/matching-quality.md, "Candidates by words over the whole side"), 0.4 let a shared generic concept outweigh
# the encoder on other fields' clauses: 0.2 puts more right first on the development parts (industrial +2.3 to
# +2.8 points at 1x-10x, the sample list +1.9 at 10x and 30x, -1.9 at 1x: 50 of 52, the floor). Chosen again, 0.25,
# with NUMBERS_WEIGHT when the margin's scale became the query side's (2026-12-04; before, every score halved in a store
# grown tenfold, which doubled this weight there): docs/matching-quality.md, "Thirteenth round".
TERM_WEIGHT = 0.25
# Candidates re-ranked per query: the termbase only reorders what the embedding already found close.
RERANK_POOL = 30


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
    top_k: int = TOP_K,
    target_side: str | None = None,
    batch_size: int = 128,
    termbase: Termbase | None = None,
    term_weight: float = TERM_WEIGHT,
    against: Against = Against.CLAUSES,
    ranking: Ranking | None = None,
    on_encoded: Callable[[int], None] | None = None,
) -> Iterator[MatchResult]:
    """Yield one MatchResult per row, in input order, streaming in batches (memory stays flat).
    `on_encoded(n)` hears of rows as the encoder gets through them, `ENCODE_STEP` at a time: most of a batch's
    time, before its first result (a list of up to `ranking.assignment_rows` rows is one batch).

    Ranking: margin-adjusted cosine similarity of the embeddings (compare/matching/ranking.py; `ranking` chooses
    margin or raw cosine and the 1:1 assignment across the batch), combined with the share of termbase
    concepts the two clauses have in common (see `_rerank` and compare.terms.termbase), then with the words
    they share (the lexical channel, `ranking.lexical`; compare/matching/lexical_index.py), then, when one is
    named (`ranking.second`), with a second encoder's cosine (compare/matching/second_encoder.py).
    """
    ranking = ranking or Ranking()
    rank, depth = _ranker(store, encoder, top_k=top_k, termbase=termbase, term_weight=term_weight,
                          against=against, ranking=ranking)
    if ranking.one_to_one:
        batch_size = max(batch_size, ranking.assignment_rows)  # the assignment sees one batch at a time
    batches = _encoded_batches(rows, encoder, batch_size, target_side, on_encoded)
    if isinstance(rows, (list, tuple)) and len(rows) <= batch_size:
        # rows that make one batch (a search, a server's batch of requests) need no other thread
        batches = _searched_batches(batches, store, depth)
    else:
        # Three stages overlap: the batch after next is encoded (numpy, or a child process), the next one is
        # searched (FAISS, which releases the GIL) and this one is ranked.
        batches = prefetch(_searched_batches(prefetch(batches, depth=1), store, depth, many=True), depth=1)
    for batch, plans, encoded, searched in batches:
        yield from rank(batch, plans, encoded, searched=searched)


def _ranker(store: Store, encoder, *, top_k: int, termbase: Termbase | None, term_weight: float,
            against: Against, ranking: Ranking) -> tuple[Callable[..., list[MatchResult]], int]:
    """`_match_batch` with everything but the batch and its search settled for one run (the encoder checked
    against the store, the termbase, the stored clauses' concepts, the lexical and second-encoder channels,
    the candidates pooled), and how deep to search."""
    store.check_encoder(encoder)
    if term_weight and termbase is None:
        termbase = store_termbase(store.path)  # the built-in termbase and the store's own terms
    concepts = stored_concepts(store, termbase) if term_weight and termbase is not None else None
    lexical = None
    if ranking.lexical:
        lexical = lexical_channel(store, termbase if termbase is not None else store_termbase(store.path),
                                  ranking.lexical)
    second = second_encoder_channel(store, ranking.second, ranking.second_weight)
    pool = _pool(top_k, term_weight, against, lexical is not None or second is not None or bool(ranking.numbers))
    standards = {str(side): StandardPrior(store, str(side), encoder, ranking.standards) for side in Side} \
        if ranking.standards else None
    rank = functools.partial(_match_batch, store=store, top_k=top_k, termbase=termbase, concepts=concepts,
                             term_weight=term_weight, against=against, ranking=ranking, lexical=lexical,
                             second=second, pool=pool, standards=standards)
    return rank, search_depth(pool, ranking)


def _pool(top_k: int, term_weight: float, against: Against, channels: bool) -> int:
    """Candidates ranked per row: more than shown when they are re-ranked (termbase, the lexical or second
    encoder `channels`, standards)."""
    by_standard = against == Against.STANDARDS
    pool = max(top_k, RERANK_POOL) if term_weight or by_standard or channels else top_k
    if by_standard:
        pool *= 4  # several clauses of one standard may lead; keep enough to fill top_k distinct standards
    return pool


def _searched_batches(batches: Iterable, store: Store, depth: int, many: bool = False):
    """The encoded batches with, per side, the store's search of their vectors (`search_depth` deep; `many`:
    as the rows of a long list, `Store.search_arrays`)."""
    for batch, plans, encoded in batches:
        yield batch, plans, encoded, {side: store.search_arrays(vectors, side, depth, many=many)
                                      for side, (_, vectors) in encoded.items()}


def _encoded_batches(rows: Iterable[InputRow], encoder, batch_size: int, target_side: str | None,
                     on_encoded: Callable[[int], None] | None = None):
    """Batches of rows with, per side to search, the positions of the rows that search it and their
    query vectors."""
    iterator = iter(rows)
    while True:
        batch = list(islice(iterator, batch_size))
        if not batch:
            return
        plans = [target_side_for(r.text, r.lang, target_side) for r in batch]
        encoded = {}
        for side in dict.fromkeys(p[1] for p in plans):
            positions = [i for i, p in enumerate(plans) if p[1] == side and batch[i].text.strip()]
            if positions:
                encoded[side] = (positions, _encode_in_steps(encoder, [batch[i].text for i in positions],
                                                             on_encoded))
        if on_encoded is not None:
            on_encoded(len(batch) - sum(len(p) for p, _ in encoded.values()))  # rows with no text
        yield batch, plans, encoded


# rows encoded between two progress reports: the default encoder's own batch (embeddings/use.py), so that the
# vectors are those of one call to the bit (its vectors depend on the batch a text is in, up to 2e-7 apart)
ENCODE_STEP = 256


def _encode_in_steps(encoder, texts: list[str], on_encoded: Callable[[int], None] | None):
    """The query vectors of `texts`, encoded `ENCODE_STEP` at a time when someone hears of the progress (the
    default encoder's batches: the vectors are those of one call)."""
    if on_encoded is None:
        return encoder.encode(texts, role="query")
    parts = []
    for start in range(0, len(texts), ENCODE_STEP):
        parts.append(np.asarray(encoder.encode(texts[start:start + ENCODE_STEP], role="query"), dtype=np.float32))
        on_encoded(len(parts[-1]))
    return np.concatenate(parts)


class _PerClause:
    """A value worked out from the text of each stored clause (`compute`: the termbase concepts it names, the
    numbers it carries), by clause id, for one store at one generation of each side (see `stored_concepts`).

    A list of thousands of rows, or a server's searches one batch after another, bring the same stored
    clauses back as candidates again and again; their text is read from the store and worked out once. At most
    `limit` ids are kept (then the memory starts over).
    """

    def __init__(self, compute: Callable[[str], frozenset], generations: tuple[int, ...] = (),
                 limit: int = 200_000) -> None:
        self.compute, self.generations, self._limit = compute, generations, limit
        self._by_id: dict[int, frozenset] = {}
        self._lock = threading.Lock()  # a server's batches and its jobs may ask at once

    def of(self, store: Store, ids: Iterable[int]) -> dict[int, frozenset]:
        """The value of each of `ids` (clauses of `store`)."""
        ids = set(ids)
        with self._lock:
            missing = ids.difference(self._by_id)
            if missing:
                if len(self._by_id) + len(missing) > self._limit:
                    self._by_id.clear()
                    missing = ids
                texts = store.texts(missing)
                # the text itself is not kept
                self._by_id.update((cid, self.compute(text)) for cid, text in texts.items())
            return {cid: self._by_id[cid] for cid in ids if cid in self._by_id}


_KEPT: dict[tuple[str, str, str], _PerClause] = {}
ConceptsOf = Callable[[Iterable[int]], dict[int, frozenset[str]]]  # clause ids -> the concepts of each


def _per_clause(store: Store, what: str, compute: Callable[[str], frozenset]) -> Callable:
    """`compute` of each clause of `store` by id, kept from one call of `match_rows` to the next while neither side
    of the store has changed (its generations) and `compute` is the same (`what` names it)."""
    generations = (store.generation(Side.DOMESTIC), store.generation(Side.INTERNATIONAL))
    key = (str(store.path), getattr(store, "store_id", ""), what)
    cached = _KEPT.get(key)
    if cached is None or cached.compute != compute or cached.generations != generations:
        cached = _KEPT[key] = _PerClause(compute, generations)
    return functools.partial(cached.of, store)


def stored_concepts(store: Store, termbase: Termbase) -> ConceptsOf:
    """The concepts of `store`'s clauses under `termbase`, by clause id, kept while the store is unchanged and
    the termbase is the same object (`store_termbase` reads a new one when the store's termbase file changes;
    the termbase's own cache holds what it needs of the texts). Concepts for matching only count."""
    return _per_clause(store, "concepts", termbase.matching.concepts_in)


def stored_numbers(store: Store) -> Callable[[Iterable[int]], dict[int, frozenset[float]]]:
    """The numbers each clause of `store` carries (compare.matching.signals.numbers_in), by clause id, kept while
    the store is unchanged."""
    return _per_clause(store, "numbers", numbers_in)


def _rerank(text: str, hits: list[tuple[int, float]], concepts: dict[int, frozenset[str]],
            termbase: Termbase | None, weight: float, top_k: int) -> list[tuple[int, float]]:
    """Re-rank by (cosine + weight x shared-concept share) / (1 + weight), which stays within [0, 1].

    `concepts` gives the concepts of each candidate clause by id. A query that names no termbase concept
    keeps its cosine ranking and cosine values.
    """
    query = termbase.matching.concepts_in(text) if weight and termbase is not None else frozenset()
    if not query:
        return hits[:top_k]
    scored = [(cid, (sim + weight * term_agreement(query, concepts[cid])) / (1 + weight))
              for cid, sim in hits if cid in concepts]
    scored.sort(key=lambda item: -item[1])
    return scored[:top_k]


def rerank_hits(text: str, hits: list[tuple[int, float]], clauses: dict, *, top_k: int,
                termbase: Termbase | None = None, weight: float = TERM_WEIGHT) -> list[tuple[int, float]]:
    """The ranking `match_rows` uses, for callers that gather their own candidates (filtered search);
    `clauses` maps candidate ids to their Clause."""
    termbase = termbase or (load_termbase() if weight else None)
    concepts = {cid: termbase.matching.concepts_in(c.text) for cid, c in clauses.items()} \
        if termbase is not None else {}
    return _rerank(text, hits, concepts, termbase, weight, top_k)


def _match_batch(batch: list[InputRow], plans: list[tuple[str, str]], encoded: dict, store: Store, top_k: int,
                 termbase: Termbase | None, concepts: ConceptsOf | None, term_weight: float, against: Against,
                 ranking: Ranking, lexical: LexicalChannel | None, second: SecondEncoderChannel | None, pool: int,
                 searched: dict[str, tuple], standards: dict[str, StandardPrior] | None = None) -> list[MatchResult]:
    results: dict[int, MatchResult] = {}
    for side, (positions, vectors) in encoded.items():
        by_standard = against == Against.STANDARDS
        hits = rank_candidates(store, vectors, side, pool, ranking, searched[side])
        if lexical is not None and ranking.lexical_candidates:
            # the second way to a candidate: by the query's words over the whole side
            added = lexical.candidates_many([batch[i].text for i in positions], side, ranking.lexical_candidates,
                                            [{cid for cid, _ in row} for row in hits])
            hits = with_candidates(store, vectors, side, hits, added, ranking, searched[side])
        keys = {i: query_key(batch[i].standard, batch[i].clause, batch[i].text) for i in positions}
        reviewed = store.links_for(keys.values())
        confirmed_ids = {cid for d in reviewed.values() for cid, v in d.items() if v == "confirmed"}
        pooled = {cid for row_hits in hits for cid, _ in row_hits}
        # grouping by standard needs every pooled clause whole; otherwise only the ones shown are read whole
        clauses = store.clauses(pooled | confirmed_ids) if by_standard else {}
        known = concepts(pooled) if concepts is not None else (clauses or store.texts(pooled))
        ranked = [_rerank(batch[i].text, row_hits, known, termbase, term_weight, len(row_hits))
                  if concepts is not None else [h for h in row_hits if h[0] in known]
                  for i, row_hits in zip(positions, hits)]
        if lexical is not None and ranking.coverage:
            ranked = lexical.cover_many([batch[i].text for i in positions], ranked, side, ranking.coverage)
        if ranking.numbers:
            ranked = fuse_numbers_many([batch[i].text for i in positions], ranked, stored_numbers(store),
                                       ranking.numbers)
        if lexical is not None:
            ranked = lexical.rerank_many([batch[i].text for i in positions], ranked, side)
        if second is not None:
            ranked = second.rerank([batch[i].text for i in positions], ranked)
        if ranking.documents and not by_standard:
            # the side's documents are read (once per generation) only when a standard has enough rows to vote
            ranked = agree_by_document([batch[i].standard for i in positions], ranked,
                                       lambda ids: document_codes(store, side)(ids), ranking.documents)
        if standards is not None and not by_standard:
            # the standard each row belongs to: its likely counterpart standards gain (compare/matching/standards.py)
            ranked = standards[str(side)].rerank([batch[i] for i in positions], ranked)
        if by_standard:
            ranked = [_best_per_standard(row_hits, clauses) for row_hits in ranked]
        if ranking.one_to_one:
            ranked = assigned_first(ranked, ranking.max_loss,
                                    continuation_rows([batch[i].standard for i in positions],
                                                      [batch[i].clause for i in positions]))
        ranked = [row_hits[:top_k] for row_hits in ranked]
        if not clauses:
            # only the clauses shown are read whole
            clauses = store.clauses({cid for row_hits in ranked for cid, _ in row_hits} | confirmed_ids)
        for k, (i, row_hits) in enumerate(zip(positions, ranked)):
            candidates = [Candidate(clause=clauses[cid], score=similarity_to_score(sim), similarity=sim)
                          for cid, sim in row_hits if cid in clauses]
            decisions = reviewed.get(keys[i])
            if decisions:
                candidates = _apply_review(candidates, decisions, clauses, store, vectors[k], side, top_k)
            results[i] = MatchResult(row=batch[i], lang=plans[i][0], target_side=side, matches=tuple(candidates),
                                     note=batch[i].note)
    out = []
    for i, row in enumerate(batch):
        if i in results:
            out.append(results[i])
        else:
            out.append(MatchResult(row=row, lang=plans[i][0], target_side=plans[i][1], matches=(),
                                   note=row.skip or "empty text"))
    return out


def _best_per_standard(hits: list[tuple[int, float]], clauses: dict) -> list[tuple[int, float]]:
    seen: set[str] = set()
    out = []
    for cid, sim in hits:
        standard = clauses[cid].standard if cid in clauses else None
        if standard is not None and standard not in seen:
            seen.add(standard)
            out.append((cid, sim))
    return out


def _apply_review(candidates: list[Candidate], decisions: dict[int, str], clauses: dict, store: Store,
                  vector, side: str, top_k: int) -> list[Candidate]:
    """Reviewers' decisions come first: confirmed counterparts lead (marked), rejected ones are left out. A confirmed
    counterpart that was ranked keeps the score it was ranked with (a review moves it, it does not rescore it); one
    the ranking did not reach is scored from its similarity alone."""
    kept = [c for c in candidates if decisions.get(c.clause.id) not in ("rejected", "confirmed")]
    ranked = {c.clause.id: c for c in candidates}
    confirmed = []
    for cid, decision in decisions.items():
        clause = clauses.get(cid)
        if decision != "confirmed" or clause is None or clause.side != side:
            continue
        if cid in ranked:
            confirmed.append(replace(ranked[cid], confirmed=True))
            continue
        similarity = float(store.vectors([cid])[0] @ vector)
        confirmed.append(Candidate(clause=clause, score=similarity_to_score(similarity), similarity=similarity,
                                   confirmed=True))
    return (confirmed + kept)[:top_k]


def search_text(text: str, store: Store, encoder, *, top_k: int = TOP_K,
                side: Side | None = None, ranking: Ranking | None = None) -> MatchResult:
    """Counterparts of a single clause, either language."""
    row = InputRow(row=1, line=1, text=text)
    return next(match_rows([row], store, encoder, top_k=top_k, target_side=side, ranking=ranking))


def attach_comparisons(results: Iterable[MatchResult], encoder=None, *, batch_size: int = 256,
                       first: int | None = None, termbase: Termbase | None = None) -> Iterator[MatchResult]:
    """Yield the results with each match's indicator comparison attached (`Candidate.comparison`); with
    `first`, only the first that many matches of each row are compared (a workbook judges the best only).
    `termbase`: the one `match_rows` used (a user's CSV reaches indicator pairing too); built-in when None.

    The query is the domestic clause when its matches are international, and the other way round.
    Extraction is cached per clause text; parameter names that need the encoder are encoded once per batch.
    """
    from compare.indicators.verdicts import compare_extractions, names_to_encode, vectors_for
    from compare.indicators.extract import extract

    vectors = vectors_for(encoder) if encoder is not None else None
    iterator = iter(results)
    while True:
        batch = list(islice(iterator, batch_size))
        if not batch:
            return
        plans = []
        for result in batch:
            for candidate in result.matches[:first]:
                query, other = extract(result.row.text, None, termbase), extract(candidate.clause.text, None, termbase)
                domestic, international = (query, other) if candidate.clause.side == Side.INTERNATIONAL \
                    else (other, query)
                plans.append((domestic, international))
        if vectors is not None:
            vectors.ensure([n for d, i in plans for n in names_to_encode(d.indicators, i.indicators, termbase)])
        plan = iter(plans)
        for result in batch:
            matches = []
            for candidate in result.matches[:first]:
                d, i = next(plan)
                matches.append(replace(candidate, comparison=compare_extractions(d, i, vectors=vectors,
                                                                                 termbase=termbase)))
            yield replace(result, matches=tuple(matches) + result.matches[len(matches):])
