"""Find counterparts for a list of whole standards (standard number and title, no clause text): each row's title
is compared with the titles of the standards stored on the other side, and a stated adoption is taken at its word.

Two routes, in order of trust (the ones compare.adoption.links takes for catalogues):
1. declared: the row is stated to adopt an international standard: by the list's adoption column or a catalogue
   (the `stated` hook, compare.adoption.catalogue.adoption_statements), in its number ("GB/T 19001-2016/ISO
   9001:2015") or in its title ("... (ISO 291:2008, IDT)"); that standard is the counterpart (score 100), with the
   degree written and where it was read, even when the store does not hold it (then it has no title to show);
2. similarity: the encoder's cosine between the row's title and each stored title, as a 0-100 score.
A stored standard is shown as a candidate whose clause is empty and whose text is its title; a stored standard
with no title is not found this way (a store with no titles at all is searched clause by clause, compare.workflows).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import zipfile
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

import numpy as np

from compare.core.model import (Candidate, Clause, InputRow, MatchResult, query_key, similarity_to_score,
                                standard_key)
from compare.core.policy import TOP_K
from compare.matching.lists import target_side_for
from compare.store.layout import StoreLayout
from compare.store.store import Store
from compare.terms.adoption_notes import IDT, parse_note
from compare.terms.stdnumber import StandardNumber, parse_number, split_double_number
from embeddings.index import atomic_write_bytes


class _StoredTitles:
    """The standards of one side of the store, each as a Clause standing for the whole standard (its first clause's
    id, no clause, its title as text), and their title vectors."""

    def __init__(self, store: Store, side: str, encoder) -> None:
        rows = store.read("SELECT s.number, s.title, s.lang, s.body, MIN(c.id) FROM standards s "
                          "JOIN clauses c ON c.standard_id = s.id WHERE s.side = ? AND s.title <> '' "
                          "GROUP BY s.id ORDER BY s.number", (side,))
        self.standards = [Clause(id=cid, standard=number, clause="", text=title, lang=lang, side=side, title=title,
                                 body=body) for number, title, lang, body, cid in rows]
        self.vectors = title_vectors(store, side, self.standards, encoder)
        self._keys = [parse_number(c.standard) for c in self.standards]
        self._position = {c.standard: j for j, c in enumerate(self.standards)}
        # standards stored with no title: not found by title, but a stated adoption may name one
        self.untitled: dict[str, Clause] = {}
        for number, lang, body, cid in store.read(
                "SELECT s.number, s.lang, s.body, MIN(c.id) FROM standards s JOIN clauses c ON c.standard_id = s.id "
                "WHERE s.side = ? AND s.title = '' GROUP BY s.id ORDER BY s.number", (side,)):
            key = parse_number(number)
            if key is not None:
                self.untitled.setdefault(key.key, Clause(id=cid, standard=number, clause="", text=NO_TITLE,
                                                         lang=lang, side=side, body=body))

    def reviewed(self, store: Store, decisions: dict[int, str]) -> tuple[list[int], set[int]]:
        """Positions of the stored standards reviewers confirmed and rejected for a row (`decisions`: clause id ->
        decision; a whole standard is reviewed as its first clause, compare.io.review)."""
        if not decisions:
            return [], set()
        named = {cid: self._position.get(c.standard) for cid, c in store.clauses(decisions).items()}
        confirmed = [named[cid] for cid, d in decisions.items() if d == "confirmed" and named.get(cid) is not None]
        return confirmed, {named[cid] for cid, d in decisions.items() if d == "rejected" and named.get(cid) is not None}

    def declared(self, numbers: Iterable[StandardNumber]) -> list[int]:
        """Positions of the stored standards `numbers` name: the same edition first, any edition otherwise."""
        found: list[int] = []
        for number in numbers:
            same = [i for i, k in enumerate(self._keys) if k is not None and k.key == number.key]
            exact = [i for i in same if self._keys[i].year == number.year]
            found += [i for i in (exact or same) if i not in found]
        return found


def title_vectors(store: Store, side: str, standards: list[Clause], encoder) -> np.ndarray:
    """The vectors of the titles of `standards` (one side of the store): kept in the store beside its indexes
    (StoreLayout.titles_file) and encoded again only when the titles, their standards or the encoder differ
    from those the kept vectors are of. A store that cannot be written (read-only) encodes them each time."""
    if not standards:
        return np.zeros((0, 0), dtype=np.float32)
    digest = hashlib.sha256("\x1e".join([f"{encoder.name}\x1f{encoder.dimension}"] + [
        f"{c.standard}\x1f{c.title}" for c in standards]).encode("utf-8")).hexdigest()
    path = StoreLayout.of(store.path).titles_file(side)
    try:
        with np.load(path, allow_pickle=False) as kept:
            if str(kept["digest"]) == digest:
                return np.asarray(kept["vectors"], dtype=np.float32)
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        pass  # none yet, or damaged: encoded again below
    vectors = np.asarray(encoder.encode([c.title for c in standards], role="query"), dtype=np.float32)
    buffer = io.BytesIO()
    np.savez(buffer, digest=np.array(digest), vectors=vectors)
    with contextlib.suppress(OSError):
        atomic_write_bytes(path, buffer.getvalue())
    return vectors


def has_titles(store: Store) -> bool:
    """True when the store holds a standard with a title (a store ingested without titles is searched by clause)."""
    return bool(store.read("SELECT 1 FROM standards WHERE title <> '' LIMIT 1"))


@dataclass(frozen=True)
class Statement:
    """An international standard a listed standard is stated to adopt: the degree written ('' when none is) and
    where it was read, in Chinese and English ("清单“采标情况”列 / list column")."""

    number: StandardNumber
    degree: str
    source: str


IN_NUMBER = "双编号 / double number"
IN_TITLE = "标准名称 / title"


def statements_in_row(row: InputRow) -> list[Statement]:
    """What a row states by itself: the second half of a double number (an identical adoption, GB/T 1.1), and an
    adoption note written in its title ("(ISO 291:2008, IDT)")."""
    _, adopts = split_double_number(row.standard) if row.standard else (None, None)
    found = [Statement(adopts, IDT, IN_NUMBER)] if adopts is not None else []
    note = parse_note(row.title or row.text)
    return found + [Statement(ref.number, ref.degree or note.degree or "", IN_TITLE) for ref in note.references]


def stated_adoptions(row: InputRow) -> list[StandardNumber]:
    """The international standards a row says it adopts, in its number or its title."""
    return [s.number for s in statements_in_row(row)]


def match_titles(rows: Iterable[InputRow], store: Store, encoder, *, top_k: int = TOP_K,
                 target_side: str | None = None,
                 stated: Callable[[InputRow], list[Statement]] | None = None) -> Iterator[MatchResult]:
    """One MatchResult per row of a list of whole standards, in order: the stored standards of the other side,
    best first (stated adoptions, then title similarity). `stated(row)`: what the list's adoption column or a
    catalogue states of the row, trusted before what the row's number and title state."""
    store.check_encoder(encoder)
    rows = list(rows)
    plans = [target_side_for(r.text, r.lang, target_side) for r in rows]
    stored = {side: _StoredTitles(store, side, encoder) for side in dict.fromkeys(p[1] for p in plans)}
    asked = [i for i, r in enumerate(rows) if r.text.strip()]
    vectors = np.asarray(encoder.encode([rows[i].text for i in asked], role="query"), dtype=np.float32) \
        if asked else np.zeros((0, 0), dtype=np.float32)
    vector_of = dict(zip(asked, vectors))
    keys = {i: query_key(rows[i].standard, rows[i].clause, rows[i].text) for i in asked}
    # reviewed as a whole standard (compare.io.review), or by its text as before
    by_number = {i: standard_key(rows[i].standard, rows[i].text) for i in asked if rows[i].standard}
    reviewed = store.links_for([*keys.values(), *by_number.values()])
    for i, row in enumerate(rows):
        lang, side = plans[i]
        titles = stored[side]
        if i not in vector_of:
            yield MatchResult(row=row, lang=lang, target_side=side, matches=(), note=row.skip or "empty text")
            continue
        if not titles.standards:
            yield MatchResult(row=row, lang=lang, target_side=side, matches=(), note=row.note)
            continue
        sims = titles.vectors @ vector_of[i]
        said = (stated(row) if stated else []) + statements_in_row(row)
        declared: dict[int, Statement] = {}
        unstored: list[Statement] = []
        for statement in said:
            found = titles.declared([statement.number])
            for j in found:
                declared.setdefault(j, statement)
            if not found and not declared and all(u.number.key != statement.number.key for u in unstored):
                unstored.append(statement)
        confirmed, rejected = titles.reviewed(store, {**reviewed.get(keys[i], {}),
                                                     **reviewed.get(by_number.get(i, ""), {})})
        first = confirmed + [j for j in declared if j not in confirmed]
        order = [j for j in first + [j for j in np.argsort(-sims, kind="stable") if j not in first]
                 if j not in rejected]
        matches = tuple(Candidate(clause=titles.standards[j], score=100.0 if j in declared
                                  else similarity_to_score(sims[j]), similarity=1.0 if j in declared
                                  else float(sims[j]), confirmed=j in confirmed,
                                  degree=declared[j].degree if j in declared else "",
                                  stated_in=declared[j].source if j in declared else "") for j in order[:top_k])
        if unstored and not declared and not confirmed:
            # stated, but the store does not hold it: still the counterpart, shown by its number
            matches = (_unstored(unstored[0], side, titles.untitled), *matches)[:top_k]
        yield MatchResult(row=row, lang=lang, target_side=side, matches=matches, note=row.note)


def _unstored(statement: Statement, side: str, untitled: dict[str, Clause]) -> Candidate:
    """The stated standard that no stored title stands for: stored with no title (its first clause stands for
    it), or not stored at all."""
    clause = untitled.get(statement.number.key) or Clause(id=0, standard=str(statement.number), clause="",
                                                          text=NOT_STORED, lang="", side=side)
    return Candidate(clause=clause, score=100.0, similarity=1.0, degree=statement.degree, stated_in=statement.source)


NOT_STORED = "（比对库中没有此标准，标题未知）/ (not in the store: title unknown)"
NO_TITLE = "（比对库中此标准没有名称）/ (stored with no title)"
