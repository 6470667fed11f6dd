"""Rows of one standard look for their counterparts in the same few documents.

A list names the standard of each row (GB 5749-2022, GB 2762-2022 ...). The clauses of one domestic standard
mostly find their counterparts in one or a few international documents (the standard it adopts, or the
guideline it follows): the twelve GB 5749 rows of the sample list all in the WHO drinking-water guidelines.
As the store grows, a row of such a standard is more and more often led by a clause of a document none of its
sibling rows finds at all (a cookware cadmium limit, a dentifrice fluoride limit, a paint-drying method), and
the vote of its siblings is evidence the row's own text does not carry.

`agree_by_document` gives that evidence a weight: among the rows of one standard (at least `MIN_ROWS`, named
by a standard number), a candidate from a document that none of the *other* rows has first loses `weight`
(on the cosine scale). The row's own first does not vote for itself, so a row alone against its siblings can
still keep its own document when the encoder is sure of it (by more than `weight`); a document that any
sibling, however few, has first loses nothing, so a standard whose rows spread over several documents (a
regulation and the UN regulation it copies) keeps all of them. Two editions of a standard are one document. Rows that name no
standard number (a sentence pasted into a search, a list without a standard column) are left as they are.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

from compare.terms.stdnumber import find_numbers

# Rows of one standard needed before their first candidates vote: with fewer, one or two rows decide for the
# others (3 and 4 cost the industrial set's development part queries that 5 does not; the sample list gains the
# same with 3 to 8: docs/matching-quality.md, "Rows of one standard agree on their documents").
MIN_ROWS = 5

Hit = tuple[int, float]


@lru_cache(maxsize=65536)
def standard_key(standard: str) -> str:
    """The edition-free number a standard's name holds ("GB 5749-2022" -> "GB 5749"), or '' when it holds
    none."""
    found = find_numbers(standard or "")
    return found[0].key if found else ""


def document_key(number: str) -> str:
    """A stored standard as a document: its edition-free number, so that two editions are one document, or the
    name as stored when it holds no number the catalogue parser knows (a regulation, a guideline)."""
    return standard_key(number) or number


class DocumentCodes:
    """The document of every clause of one side of a store, as a small integer per clause id (`document_key` of
    its standard's number), read once per generation of the side: a list of 10,000 rows asks about hundreds of
    thousands of candidates."""

    def __init__(self, pairs: Sequence[tuple[int, str]]) -> None:
        codes: dict[str, int] = {}
        self.ids = np.fromiter((cid for cid, _ in pairs), dtype=np.int64, count=len(pairs))
        self.codes = np.fromiter((codes.setdefault(document_key(n), len(codes)) for _, n in pairs), dtype=np.int64,
                                 count=len(pairs))
        order = np.argsort(self.ids, kind="stable")
        self.ids, self.codes = self.ids[order], self.codes[order]
        self.keys = list(codes)  # the document of each code

    def __call__(self, ids: np.ndarray) -> np.ndarray:
        """The document code of each id (-1 for an id the side does not hold, and for -1)."""
        if len(self.ids) == 0:
            return np.full(ids.shape, -1, dtype=np.int64)
        pos = np.clip(np.searchsorted(self.ids, ids), 0, len(self.ids) - 1)
        return np.where(self.ids[pos] == ids, self.codes[pos], -1)


_CODES: dict[tuple[str, str, str], tuple[int, DocumentCodes]] = {}
_LOCK = threading.Lock()


def document_codes(store, side: str) -> DocumentCodes:
    """`DocumentCodes` of `side` of `store`, kept while the side's generation stays the same."""
    key, generation = (str(store.path), getattr(store, "store_id", ""), str(side)), store.generation(side)
    with _LOCK:
        cached = _CODES.get(key)
        if cached is None or cached[0] != generation:
            pairs = store.read("SELECT c.id, s.number FROM clauses c JOIN standards s ON s.id = c.standard_id "
                               "WHERE c.side = ?", (str(side),))
            cached = _CODES[key] = (generation, DocumentCodes(pairs))
        return cached[1]


def agree_by_document(standards: Sequence[str], ranked: list[list[Hit]],
                      codes_of: Callable[[np.ndarray], np.ndarray], weight: float,
                      min_rows: int = MIN_ROWS) -> list[list[Hit]]:
    """`ranked` (each row's candidates, best first) with, in each row of a standard that at least `min_rows`
    rows name, the candidates from a document that no other row of that standard has first lowered by
    `weight` and the row re-sorted. `standards`: each row's standard as the list names it; `codes_of(ids)`:
    the document of each stored clause id as an integer (`DocumentCodes`)."""
    if not weight:
        return ranked
    members: dict[str, list[int]] = defaultdict(list)
    for row, standard in enumerate(standards):
        key = standard_key(standard)
        if key and ranked[row]:
            members[key].append(row)
    voting = [group for group in members.values() if len(group) >= min_rows]
    if not voting:
        return ranked
    rows = [row for group in voting for row in group]
    groups = np.repeat(np.arange(len(voting), dtype=np.int64), [len(group) for group in voting])
    lengths = [len(ranked[row]) for row in rows]
    width = max(lengths)
    ids = np.full((len(rows), width), -1, dtype=np.int64)
    sims = np.full((len(rows), width), -np.inf)
    for k, row in enumerate(rows):
        ids[k, :lengths[k]], sims[k, :lengths[k]] = zip(*ranked[row])
    codes = codes_of(ids) + 1  # 0: unknown
    # one key per (group, document): how many rows of the group have a first from the document
    span = int(codes.max()) + 1
    pair = groups[:, None] * span + codes
    voted, votes = np.unique(pair[:, 0], return_counts=True)
    at = np.clip(np.searchsorted(voted, pair), 0, len(voted) - 1)
    others = np.where(voted[at] == pair, votes[at], 0) - (codes == codes[:, :1])  # the row's own vote left out
    lowered = (others <= 0) & (ids >= 0)
    touched = np.flatnonzero(lowered.any(axis=1))
    if not len(touched):
        return ranked
    scores = sims[touched] - weight * lowered[touched]
    order = np.argsort(-scores, axis=1, kind="stable")
    new_ids, new_scores = np.take_along_axis(ids[touched], order, 1), np.take_along_axis(scores, order, 1)
    out = list(ranked)
    for k, cids, values in zip(touched.tolist(), new_ids.tolist(), new_scores.tolist()):
        out[rows[k]] = list(zip(cids[:lengths[k]], values[:lengths[k]]))
    return out
