"""Counterpart pairs for export: those a reviewer confirmed, and optionally each domestic clause's best match."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from compare.core.errors import NotFoundError
from compare.core.model import Clause, parse_query_key, query_key, similarity_to_score, standard_key
from compare.core.vocabulary import Verdict
from compare.indicators.extract import describe
from compare.indicators.verdicts import compare_clauses
from compare.terms.grow import store_termbase
from compare.store.store import Store
from compare.core.text import detect_language, opposite_side


@dataclass(frozen=True)
class Pair:
    """A domestic clause and its international counterpart. `source` is 'confirmed' or 'top'; `note`, what the
    export says beside the pair (a TMX <note>), '' when nothing needs saying."""

    domestic: Clause
    international: Clause
    source: str
    score: float | None = None
    note: str = ""
    values_differ: bool = False  # a confirmed counterpart whose limits differ: not a translation of its numbers


# Said beside a whole standard confirmed by its title alone (a review before the number was kept).
TITLE_ONLY_NOTE = ("whole standards confirmed by the domestic title alone, in a review made before the domestic "
                   "number was kept: read the workbook back again (stdcompare review) to add the number")


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
    by_title = _reviewed_by_title_alone(store, links, counterparts)
    pairs = []
    for key, cid, *_ in links:
        counterpart, note = counterparts.get(cid), ""
        if counterpart is not None and key.startswith("standard:"):
            # a whole standard reviewed against a whole standard: the two titles are the pair (the counterpart
            # clause stands for its standard; its own text is no translation of the title)
            counterpart, query = _whole_standards(key, counterpart)
        elif (key, cid) in by_title:
            standard, _, title = parse_query_key(key)
            number = by_title[key, cid]
            counterpart, query = _whole_standards(standard_key(number, title), counterpart)
            note = "" if number else TITLE_ONLY_NOTE
        else:
            query = _query_clause(store, key, counterpart)
        if counterpart is None or query is None:
            continue
        domestic, international = (query, counterpart) if counterpart.side == "international" else \
            (counterpart, query)
        pairs.append(Pair(domestic=domestic, international=international, source="confirmed", note=note))
    return pairs


# Marks of a sentence or a limit, which a standard's title does not hold ('第1部分：' does: the colon is no mark).
_NOT_A_TITLE = re.compile(r"[。；;，,!?！？≤≥<>±]|\.(?:\s|$)")


def _reviewed_by_title_alone(store: Store, links, counterparts: dict[int, Clause]) -> dict[tuple[str, int], str]:
    """Whole standards confirmed in a workbook before the domestic number was kept with the decision (23d4b45):
    the decision was keyed by the domestic title alone and its counterpart is the first clause of a titled
    standard, which stood for the whole standard. (query key, counterpart id) -> the domestic number, from a
    stored standard of that very title on the other side; '' when none is stored.

    Told apart from a clause reviewed by its text: the decision came from a workbook (not the web page's or the
    API's searches), its counterpart is a standard's first clause, and its text reads as a title (no sentence
    or limit marks, at most 100 characters)."""
    candidates = {(key, cid): parse_query_key(key)[2] for key, cid, _, source, _ in links
                  if key.startswith("text:") and str(source).lower().endswith((".xlsx", ".xlsm"))
                  and cid in counterparts and counterparts[cid].title}
    candidates = {k: t for k, t in candidates.items() if 0 < len(t) <= 100 and not _NOT_A_TITLE.search(t)}
    if not candidates:
        return {}
    ids = sorted({cid for _, cid in candidates})
    first = {row[0] for row in store.read(
        "SELECT MIN(c.id) FROM clauses c WHERE c.standard_id IN (SELECT standard_id FROM clauses WHERE id IN "
        f"({','.join('?' * len(ids))})) GROUP BY c.standard_id", ids)}
    found = {}
    for (key, cid), title in candidates.items():
        if cid not in first:
            continue
        side = opposite_side(counterparts[cid].side)
        named = store.read("SELECT number FROM standards WHERE side=? AND title=?", (side, title))
        found[key, cid] = named[0][0] if len(named) == 1 else ""
    return found


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
    termbase = store_termbase(store.path)
    pairs = [_checked_values(p, termbase) for p in confirmed_pairs(store)]
    if top:
        pairs += top_pairs(store, min_score=min_score, skip={p.domestic.id for p in pairs})
    return pairs


def _checked_values(pair: Pair, termbase) -> Pair:
    """A confirmed pair whose limits differ ('≤ 0.08 mg/kg' beside 'ML 0.01 mg/kg'), marked as such: a reviewer
    confirms the counterpart, which a translation memory would offer as the translation of those numbers."""
    comparison = compare_clauses(pair.domestic.text, pair.international.text, termbase=termbase)
    differ = [p for p in comparison.pairs if p.domestic is not None and p.international is not None
              and p.verdict in (Verdict.STRICTER, Verdict.LOOSER, Verdict.DIFFERENT)]
    if not differ:
        return pair
    shown = "; ".join(f"{describe(p.domestic)} | {describe(p.international)}" for p in differ[:3])
    note = (f"the values differ ({shown}{'; ...' if len(differ) > 3 else ''}): a confirmed counterpart, not a "
            "translation of its numbers; check them before a translation memory keeps this unit")
    return replace(pair, values_differ=True, note="; ".join(n for n in (pair.note, note) if n))
