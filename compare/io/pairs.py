"""Counterpart pairs for export: those a reviewer confirmed, and optionally each domestic clause's best match."""

from __future__ import annotations

from dataclasses import dataclass

from compare.core.errors import NotFoundError
from compare.core.model import Clause, parse_query_key, query_key, similarity_to_score
from compare.store.store import Store
from compare.core.text import detect_language, opposite_side


@dataclass(frozen=True)
class Pair:
    """A domestic clause and its international counterpart. `source` is 'confirmed' or 'top'."""

    domestic: Clause
    international: Clause
    source: str
    score: float | None = None


def record_review(store: Store, domestic: tuple[str, str], international: tuple[str, str], decision: str,
                  source: str) -> tuple[str, Clause]:
    """Store a reviewer's decision on a pair given by (standard, clause) numbers, as `stdcompare review` does:
    a confirmed pair leads later matches, a rejected one is left out of them. Returns the query key and the
    counterpart."""
    found = []
    for standard, clause in (domestic, international):
        hit = store.find_clause(standard, clause)
        if hit is None:
            raise NotFoundError(f"clause '{clause}' of {standard} is not in the store; check both numbers")
        found.append(hit)
    key = query_key(*domestic, found[0].text)
    store.record_links([(key, found[1].id, decision)], source=source)
    return key, found[1]


def record_text_review(store: Store, text: str, counterpart: tuple[str, str], decision: str,
                       source: str) -> tuple[str, Clause]:
    """Store a reviewer's decision on a searched text and a stored counterpart (a translator's search): the
    decision is kept by the text, so the same text searched again shows it. Returns the query key and the
    counterpart."""
    hit = store.find_clause(*counterpart)
    if hit is None:
        raise NotFoundError(f"clause '{counterpart[1]}' of {counterpart[0]} is not in the store; search again")
    key = query_key("", "", text)
    store.record_links([(key, hit.id, decision)], source=source)
    return key, hit


def confirmed_pairs(store: Store) -> list[Pair]:
    """Confirmed links whose clauses are still in the store, in the order they were decided. A link recorded
    for a query that is not a stored clause (a list row without numbers) keeps the query's text."""
    links = store.links("confirmed")
    counterparts = store.clauses({cid for _, cid, *_ in links})
    pairs = []
    for key, cid, *_ in links:
        counterpart = counterparts.get(cid)
        if counterpart is not None and key.startswith("standard:"):
            # a whole standard reviewed against a whole standard: the two titles are the pair (the counterpart
            # clause stands for its standard; its own text is no translation of the title)
            counterpart, query = _whole_standards(key, counterpart)
        else:
            query = _query_clause(store, key, counterpart)
        if counterpart is None or query is None:
            continue
        domestic, international = (query, counterpart) if counterpart.side == "international" else \
            (counterpart, query)
        pairs.append(Pair(domestic=domestic, international=international, source="confirmed"))
    return pairs


def _query_clause(store: Store, key: str, counterpart: Clause | None) -> Clause | None:
    standard, clause, text = parse_query_key(key)
    if key.startswith("standard:"):
        return None  # a whole standard: paired title to title (confirmed_pairs)
    if standard:
        return store.find_clause(standard, clause)
    if not text or counterpart is None:
        return None
    return Clause(id=0, standard="", clause="", text=text, lang=detect_language(text),
                  side=opposite_side(counterpart.side))


def _whole_standards(key: str, counterpart: Clause) -> tuple[Clause | None, Clause | None]:
    standard, _, title = parse_query_key(key)
    if not counterpart.title or not title:
        return None, None
    other = Clause(id=counterpart.id, standard=counterpart.standard, clause="", text=counterpart.title,
                   lang=counterpart.lang, side=counterpart.side, title=counterpart.title)
    return other, Clause(id=0, standard=standard, clause="", text=title, lang=detect_language(title),
                         side=opposite_side(counterpart.side), title=title)


def top_pairs(store: Store, *, min_score: float, skip: set[int] = frozenset()) -> list[Pair]:
    """For every domestic clause (except the ids in `skip`), its best international match if it scores at
    least `min_score`."""
    ids = [i for i in store.clause_ids("domestic") if i not in skip]
    if not ids:
        return []
    hits = store.search(store.vectors(ids), "international", 1)
    best = {i: h[0] for i, h in zip(ids, hits) if h and similarity_to_score(h[0][1]) >= min_score}
    clauses = store.clauses(list(best) + [cid for cid, _ in best.values()])
    return [Pair(domestic=clauses[i], international=clauses[cid], source="top", score=similarity_to_score(sim))
            for i, (cid, sim) in best.items() if i in clauses and cid in clauses]


def export_pairs(store: Store, *, top: bool, min_score: float) -> list[Pair]:
    """Confirmed pairs, then (with `top`) the best match of each domestic clause that has no confirmed pair."""
    pairs = confirmed_pairs(store)
    if top:
        pairs += top_pairs(store, min_score=min_score, skip={p.domestic.id for p in pairs})
    return pairs
