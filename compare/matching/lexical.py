"""A lexical channel across languages: a Chinese clause turned into English words (compare.terms.lexicon: the
termbase's English terms, CC-CEDICT glosses, its numbers, symbols and Latin words) and scored against English
clauses with BM25.

Embeddings blur the words that tell near-neighbours apart as a store fills up; words do not.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from compare.terms.lexicon import english_words

K1, B = 1.2, 0.75


@dataclass(frozen=True)
class Bm25Statistics:
    """What BM25 (k1 1.2, b 0.75) needs of a collection: its size, average length in words and the document
    frequency of each word, so that rare words weigh more."""

    n: int
    avg_length: float
    df: dict[str, int]
    # the weight of each word and the length norm of each document length, worked out once (pure functions of
    # the above; a list asks them of the same words and lengths thousands of times)
    _idf: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    _norm: dict[int, float] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, documents: Iterable[list[str]]) -> "Bm25Statistics":
        """The statistics of documents given as their words."""
        df: Counter[str] = Counter()
        n = total = 0
        for words in documents:
            df.update(set(words))
            n += 1
            total += len(words)
        return cls(n=n, avg_length=total / max(n, 1), df=dict(df))

    def idf(self, word: str) -> float:
        weight = self._idf.get(word)
        if weight is None:
            df = self.df.get(word, 0)
            weight = self._idf[word] = math.log(1 + (self.n - df + 0.5) / (df + 0.5))
        return weight

    def score(self, query: Iterable[str], counts: Counter, length: int) -> float:
        """BM25 of the distinct query words against one document's word counts."""
        return self.scores(query, [(counts, length)])[0]

    def scores(self, query: Iterable[str], documents: Iterable[tuple[Counter, int]]) -> list[float]:
        """BM25 of the distinct query words against each document (word counts, length); the weight of each
        query word is worked out once. Words no document of the collection holds are skipped."""
        weights = [(word, self.idf(word)) for word in set(query) if word in self.df]
        if not weights:
            return [0.0 for _ in documents]
        out = []
        norms = self._norm
        for counts, length in documents:
            norm = norms.get(length)
            if norm is None:
                norm = norms[length] = K1 * (1 - B + B * length / max(self.avg_length, 1e-9))
            score = 0.0
            get = counts.get
            for word, weight in weights:
                tf = get(word)
                if tf:
                    score += weight * tf * (K1 + 1) / (tf + norm)
            out.append(score)
        return out


class Bm25:
    """BM25 of query words against English documents, with document frequencies counted over a whole
    collection (the searched side of the store)."""

    def __init__(self, documents: Iterable[str]) -> None:
        self.statistics = Bm25Statistics.of(english_words(text) for text in documents)

    def score(self, query: Iterable[str], document: str) -> float:
        words = english_words(document)
        return self.statistics.score(query, Counter(words), len(words))


_NUMBER_WORD = re.compile(r"^[\d.]+$")


def word_weights(counts: Counter, statistics: Bm25Statistics) -> tuple[dict[str, float], float]:
    """The idf of each distinct word of a clause (numbers left out) and their sum: what `coverage` reads of it, worked
    out once per clause."""
    weights = {word: statistics.idf(word) for word in counts if not _NUMBER_WORD.match(word)}
    return weights, sum(weights.values())


def coverage(query: set[str], counts: Counter, statistics: Bm25Statistics,
             weighted: tuple[dict[str, float], float] | None = None) -> float:
    """How much of a candidate the query accounts for: the idf-weighted share of the candidate's distinct words
    (numbers left out: the numbers signal reads them) that the query's English words hold. BM25 asks the other
    way round (how much of the query the candidate holds), so a long candidate that holds the query's words
    among many others of its own scores as well as the clause that says only what the query says."""
    weights, total = weighted or word_weights(counts, statistics)
    return sum(weights[word] for word in query.intersection(weights)) / total if total > 0 else 0.0


def fuse_coverage(hits: list[tuple[int, float]], covered: dict[int, float], weight: float) -> list[tuple[int, float]]:
    """Hits re-ordered by similarity + weight x coverage, best first (a hit with no coverage given counts 0), on the
    similarity's scale: each hit moves by weight x (its coverage - the first hit's), so the first hit keeps its
    score and one that overtakes it scores above it. Dividing by 1 + weight instead gives the same order but lowers
    every score by a few points, and the workbook's 50 and 70 then drop right counterparts (make demo's wheat
    cadmium row, 51.9 -> 49.9)."""
    if not weight or not hits:
        return hits
    anchor = covered.get(hits[0][0], 0.0)
    fused = [(cid, sim + weight * (covered.get(cid, 0.0) - anchor)) for cid, sim in hits]
    return sorted(fused, key=lambda item: -item[1])


def fuse(hits: list[tuple[int, float]], lexical: dict[int, float], weight: float) -> list[tuple[int, float]]:
    """Dense hits re-ordered by similarity + weight x lexical score (scaled to the best of the pool, 0..1),
    divided by 1 + weight so scores stay on the similarity scale."""
    best = max(lexical.values(), default=0.0)
    if best <= 0 or not weight:
        return hits
    fused = [(cid, (sim + weight * lexical.get(cid, 0.0) / best) / (1 + weight)) for cid, sim in hits]
    return sorted(fused, key=lambda item: -item[1])


def reciprocal_rank_fusion(hits: list[tuple[int, float]], lexical: dict[int, float], k: int = 60,
                           weight: float = 1.0) -> list[tuple[int, float]]:
    """Dense hits re-ordered by 1/(k + dense rank) + weight/(k + lexical rank); scores kept as they were."""
    lexical_rank = {cid: r for r, (cid, _) in enumerate(sorted(lexical.items(), key=lambda i: -i[1]), start=1)}
    fused = sorted(hits, key=lambda h: -(1 / (k + hits.index(h) + 1) +
                                        weight / (k + lexical_rank.get(h[0], len(hits) + 1))))
    return fused
