"""Retrieval by words over a whole side (compare.matching.lexical_index.WordIndex): the best clauses of a query
by BM25 are those of the whole product of its words with every clause, however many of its common words the
search leaves out. No dictionary is needed: the words are given."""

from __future__ import annotations

import numpy as np

from compare.matching import lexical_index
from compare.matching.lexical import Bm25Statistics
from compare.matching.lexical_index import WordIndex


def _corpus(seed: int, clauses: int = 3000, words: int = 60) -> list[tuple[int, list[str]]]:
    """Clauses of 3 to 14 words drawn with Zipf-like frequencies (a few words in most clauses, many rare), some
    clauses repeated word for word (ties), ids ascending with gaps."""
    rng = np.random.default_rng(seed)
    share = 1 / np.arange(1, words + 1) ** 1.1
    share /= share.sum()
    documents = []
    for k in range(clauses):
        if documents and rng.random() < 0.1:
            words_of = list(documents[rng.integers(len(documents))][1])
        else:
            words_of = [f"w{i}" for i in rng.choice(words, size=rng.integers(3, 15), p=share)]
        documents.append((10 + 3 * k, words_of))
    return documents


def _reference(documents, statistics, query, count, skip) -> list[int]:
    """The ids of the `count` best clauses by the whole sparse product (scipy), ties by ascending id, without
    those of `skip`."""
    index = WordIndex.of(documents, statistics)
    weights = np.zeros(len(index.vocabulary), np.float32)
    for word, weight in query:
        weights[index.vocabulary[word]] = weight
    scores = (index.matrix.T @ weights).astype(np.float32)
    ranked = sorted((cid for cid, score in zip(index.ids.tolist(), scores) if score > 0),
                    key=lambda cid: (-scores[(cid - 10) // 3], cid))
    return [cid for cid in ranked if cid not in skip][:count]


def test_the_best_by_words_are_those_of_the_whole_product_ties_by_id(monkeypatch):
    documents = _corpus(seed=1)
    statistics = Bm25Statistics.of(words for _, words in documents)
    index = WordIndex.of(documents, statistics)
    assert index.dense  # the commonest words are kept whole, and looked up there
    rng = np.random.default_rng(2)
    queries, skips = [], []
    for _ in range(150):
        words = sorted({f"w{i}" for i in rng.integers(0, 60, size=rng.integers(1, 9))})
        queries.append([(word, statistics.idf(word)) for word in words if word in statistics.df])
        skips.append(set(rng.choice(index.ids, size=rng.integers(0, 5)).tolist()))
    tries = []
    scores = WordIndex._scores
    monkeypatch.setattr(WordIndex, "_scores",
                        lambda self, plans: tries.extend(p.left_out for p in plans) or scores(self, plans))
    for count in (1, 10, 40):
        found = index.best(queries, count, skips)
        assert found == [_reference(documents, statistics, q, count, skip) for q, skip in zip(queries, skips)]
    assert any(len(q) > 1 for q in queries)
    # most queries left words out; some first tries left out too many and were tried again
    assert sum(left_out > 0 for left_out in tries) > len(tries) / 2 and len(tries) > 3 * len(queries)


def test_a_query_that_leaves_out_too_much_at_first_is_tried_again(monkeypatch):
    """One rare word and two common ones: the first try searches the rare word's single clause; four clauses are
    wanted, so the common words are searched too."""
    documents = [(1, ["rare", "common", "usual"])] + [(k, ["common", "usual", f"x{k}"]) for k in range(2, 40)]
    statistics = Bm25Statistics.of(words for _, words in documents)
    index = WordIndex.of(documents, statistics)
    query = [(word, statistics.idf(word)) for word in ("rare", "common", "usual")]
    tries = []
    scores = WordIndex._scores
    monkeypatch.setattr(WordIndex, "_scores",
                        lambda self, plans: tries.extend(len(p.rows) - p.left_out for p in plans) or scores(self, plans))
    assert index.best([query], 4, [set()]) == [[1, 2, 3, 4]]
    assert tries == [1, 3]
    monkeypatch.setattr(lexical_index, "_FIRST_GUESS", 0.0)  # nothing left out at first: one try
    tries.clear()
    assert index.best([query], 4, [set()]) == [[1, 2, 3, 4]]
    assert tries == [3]
