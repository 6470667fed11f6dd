"""The standard a row belongs to: which stored standards its counterparts are likely to come from.

A list names each row's standard (标准号) and often its title (标准名称). Before any clause is compared, that says
where to look: GB 1350 稻谷 has its counterparts in a rice standard, not in the maize or contaminants standards
whose clauses may read much the same. At national scale, knowing the likely counterpart standards narrows
millions of clauses to a few hundred; the encoder alone, reading one clause, cannot know that CXS 198 is the rice
standard when its clause never says "rice".

`StandardPrior` turns a row's standard into a prior over the stored standards of the side searched, in two
routes (the ones compare.matching.titles takes for lists of whole standards):
1. declared: the row names the international standard it adopts, in a double number ("GB/T 19001-2016/ISO
   9001:2015") or an adoption note in its title ("... (ISO 291:2008, IDT)"): that document, prior 1;
2. title similarity: the encoder's cosine between the row's title (or, when the row gives none, the title the
   store holds for its standard) and the title of each stored standard of the other side; the documents
   within `SPREAD` of the best get a prior falling from 1 (the best) to 0 (`SPREAD` below it).
Each candidate then gains `weight` x its document's prior (on the cosine scale), and the row is re-sorted: a soft
boost fused with the ranking, never a filter. A row that names no standard, or whose standard has no title and
declares no adoption, is left as it is; so is a side with no titled standards.
"""

from __future__ import annotations

import threading
from collections import Counter
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from compare.core.model import InputRow
from compare.matching.documents import document_codes, document_key, standard_key
from compare.matching.lexical import Bm25Statistics
from compare.terms.adoption_notes import parse_note
from compare.terms.lexicon import english_words, load_cedict, query_words
from compare.terms.stdnumber import split_double_number

# How far below the best title a stored standard's title may be and still get a share of the prior.
SPREAD = 0.1
# A title's score is the encoder's cosine plus LEXICAL_SHARE x the words the two titles share (BM25 of the row
# title's English words, through CC-CEDICT and the termbase, over the stored titles, scaled to the row's best):
# the encoder alone puts 葡萄酒 (wine) nearer "maize" than the OIV code of oenological practices.
LEXICAL_SHARE = 0.3
# A stored standard whose title scores below this gets no prior, however it ranks (a row whose counterpart
# standard has no title, or is not stored, should not lift whichever title comes nearest).
MIN_TITLE = 0.0

Hit = tuple[int, float]


class StoredTitles:
    """The titled standards of one side of a store, one per document (`document_key`: two editions are one),
    with their title vectors; also the titles of the other side's standards by document, to find a row's title
    when it gives none."""

    def __init__(self, store, side: str, encoder) -> None:
        rows = store.read("SELECT number, title, side FROM standards WHERE title <> '' ORDER BY number")
        titles: dict[str, str] = {}
        self.own_titles: dict[str, str] = {}  # the other side's, by its edition-free number
        for number, title, where in rows:
            if where == side:
                titles.setdefault(document_key(number), title)
            else:
                key = standard_key(number)
                if key:
                    self.own_titles.setdefault(key, title)
        self.documents = list(titles)
        self.vectors = (np.asarray(encoder.encode(list(titles.values()), role="query"), dtype=np.float32)
                        if titles else np.zeros((0, 1), dtype=np.float32))
        words = [english_words(t) for t in titles.values()]
        self.words = [(Counter(w), len(w)) for w in words]
        self.statistics = Bm25Statistics.of(words)

    def lexical(self, title: str) -> np.ndarray:
        """BM25 of `title`'s English words against each stored title, scaled to the best (0 when none shares a
        word)."""
        scores = np.asarray(self.statistics.scores(_title_words(title), self.words), dtype=np.float32)
        best = float(scores.max()) if len(scores) else 0.0
        return scores / best if best > 0 else scores


@lru_cache(maxsize=4096)
def _title_words(title: str) -> tuple[str, ...]:
    from compare.terms.termbase import load_termbase

    return tuple(query_words(title, load_cedict(), load_termbase()))


_TITLES: dict[tuple, tuple[tuple[int, int], StoredTitles]] = {}
_LOCK = threading.Lock()


def stored_titles(store, side: str, encoder) -> StoredTitles:
    """`StoredTitles` of `side` of `store`, kept while neither side changes (the titles of both are read)."""
    from compare.core.vocabulary import Side

    key = (str(store.path), getattr(store, "store_id", ""), str(side), getattr(encoder, "name", ""))
    generations = (store.generation(Side.DOMESTIC), store.generation(Side.INTERNATIONAL))
    with _LOCK:
        cached = _TITLES.get(key)
        if cached is None or cached[0] != generations:
            cached = _TITLES[key] = (generations, StoredTitles(store, side, encoder))
        return cached[1]


def declared_documents(row: InputRow) -> list[str]:
    """The documents a row says its standard adopts: the second half of a double number, and the numbers of an
    adoption note in its title."""
    _, adopts = split_double_number(row.standard) if row.standard else (None, None)
    numbers = [adopts] if adopts is not None else []
    numbers += [ref.number for ref in parse_note(row.title).references] if row.title else []
    return [document_key(str(n)) for n in numbers]


class StandardPrior:
    """The standard-level prior of `match` (see the module docstring) for one store side and encoder."""

    def __init__(self, store, side: str, encoder, weight: float, spread: float | None = None) -> None:
        self.store, self.side, self.encoder, self.weight = store, side, encoder, weight
        self.spread = SPREAD if spread is None else spread

    def priors(self, rows: Sequence[InputRow]) -> list[dict[str, float] | None]:
        """Per row, its prior over the side's documents (document key -> 0..1), or None when it has none."""
        titles = stored_titles(self.store, self.side, self.encoder)
        asks: list[str] = []
        plans: list[tuple[list[str], int] | None] = []
        for row in rows:
            key = standard_key(row.standard)
            if not key:
                plans.append(None)
                continue
            title = (row.title or "").strip() or titles.own_titles.get(key, "")
            declared = declared_documents(row)
            at = -1
            if title and titles.documents:
                at = len(asks)
                asks.append(title)
            plans.append((declared, at) if declared or at >= 0 else None)
        unique = list(dict.fromkeys(asks))
        vectors = (np.asarray(self.encoder.encode(unique, role="query"), dtype=np.float32) @ titles.vectors.T
                   if unique else None)
        position = {t: k for k, t in enumerate(unique)}
        out: list[dict[str, float] | None] = []
        for plan in plans:
            if plan is None:
                out.append(None)
                continue
            declared, at = plan
            prior: dict[str, float] = {}
            if at >= 0:
                sims = vectors[position[asks[at]]] + LEXICAL_SHARE * titles.lexical(asks[at])
                best = float(sims.max())
                for j in np.flatnonzero((sims > best - self.spread) & (sims >= MIN_TITLE)):
                    prior[titles.documents[j]] = 1.0 - (best - float(sims[j])) / self.spread
            for document in declared:
                prior[document] = 1.0
            out.append(prior)
        return out

    def rerank(self, rows: Sequence[InputRow], ranked: list[list[Hit]]) -> list[list[Hit]]:
        """`ranked` (each row's candidates, best first) with every candidate raised by weight x its document's
        prior and the rows re-sorted; rows with no prior as they are."""
        if not self.weight:
            return ranked
        priors = self.priors(rows)
        if not any(priors):
            return ranked
        codes = document_codes(self.store, self.side)
        value_of = {key: code for code, key in enumerate(codes.keys)}
        out = list(ranked)
        for k, (prior, hits) in enumerate(zip(priors, ranked)):
            if not prior or not hits:
                continue
            boost = np.zeros(len(codes.keys) + 1)
            for document, p in prior.items():
                code = value_of.get(document)
                if code is not None:
                    boost[code] = p
            ids = np.fromiter((cid for cid, _ in hits), dtype=np.int64, count=len(hits))
            gained = boost[codes(ids)] * self.weight  # code -1 (unknown) reads the last slot, 0
            if not gained.any():
                continue
            scored = [(cid, sim + float(g)) for (cid, sim), g in zip(hits, gained)]
            scored.sort(key=lambda hit: -hit[1])
            out[k] = scored
        return out


def standard_prior(store, side: str, encoder, weight: float) -> Callable | None:
    """A `StandardPrior` for the side, or None when the weight is 0."""
    return StandardPrior(store, side, encoder, weight) if weight else None
