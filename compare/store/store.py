"""The Store: one store directory opened for reading and writing, tying its parts together.

SQLite is the source of truth, vectors included (compare.store.schema); the index files are a checked cache
(compare.store.indexes). An ingest encodes first, writes everything in one transaction (compare.store.ingest
through compare.store.transaction), then saves new index files atomically (while SQLite copies the write's log
into the database file beside them: compare.store.transaction.CheckpointAside). A process killed at any point
leaves either the old store or the new one: a stale, missing or mismatched index file is rebuilt from SQLite.

Two connections: writes go through one (one writer at a time in this process), reads through the other, so
that searches and lookups keep answering from the last committed state while an ingest writes (WAL).
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np

from compare.core.errors import EncoderMismatchError, StoreError
from compare.core.model import Clause
from compare.core.vocabulary import Side
from compare.store import links as _links
from compare.store import reads
from compare.store.index_choice import APPROXIMATE_ABOVE
from compare.store.indexes import VectorIndexes
from compare.store.ingest import SIDES, ClauseRecord, IngestReport, SideChange, delete_standard, write_records
from compare.store.layout import StoreLayout
from compare.store.schema import connect, open_database, read_generation, read_meta
from compare.store.transaction import CheckpointAside
from embeddings.index import read_through


def default_store_path() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "stdcompare" / "store"


def _side(side: str) -> Side:
    try:
        return Side(side)
    except ValueError:
        raise StoreError(f"unknown side '{side}'; use {' or '.join(Side)}", option="side") from None


class Store:
    """A stdcompare store directory. Open it with `Store.open`; use it from one process or many."""

    def __init__(self, layout: StoreLayout, conn, index_backend: str,
                 approximate_above: int = APPROXIMATE_ABOVE) -> None:
        self.layout = layout
        self.path = layout.root
        self._conn = conn  # writes, under _write_lock
        self._reader = connect(layout)  # reads, under _read_lock
        self._write_lock = threading.RLock()
        self._read_lock = threading.RLock()
        self._index_backend = index_backend
        self._indexes = VectorIndexes(layout, index_backend, self, approximate_above)
        self._store_id = read_meta(conn, "store_id") or ""
        self._database_read = False  # set once `warm(database=True)` has read the database file ahead

    # ------------------------------------------------------------ opening

    @classmethod
    def open(cls, path: str | Path, *, create: bool = False, index_backend: str = "faiss",
             approximate_above: int = APPROXIMATE_ABOVE) -> "Store":
        """Open the store at `path`. With `create`, a missing or empty directory becomes a new store;
        a non-empty directory that is not a store, or an emptied database file, is refused. A side of
        `approximate_above` clauses or more gets the approximate index (0: always `index_backend`)."""
        layout = StoreLayout.of(path)
        return cls(layout, open_database(layout, create=create), index_backend, approximate_above)

    def close(self) -> None:
        with self._write_lock, self._read_lock:
            self._conn.close()
            self._reader.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ meta

    def _meta(self, key: str) -> str | None:
        with self._read_lock:
            return read_meta(self._reader, key)

    @property
    def store_id(self) -> str:
        """A random identity given to the database when it was made; index files are checked against it."""
        return self._store_id

    @property
    def encoder_name(self) -> str | None:
        return self._meta("encoder")

    @property
    def dimension(self) -> int | None:
        value = self._meta("dimension")
        return int(value) if value else None

    def check_encoder(self, encoder) -> None:
        """Refuse an encoder other than the one the store was built with."""
        name, dim = self.encoder_name, self.dimension
        if name is None:
            return
        if name != encoder.name or dim != encoder.dimension:
            choice = name if name != "use-multilingual-v3" else "default"
            raise EncoderMismatchError(
                f"the store {self.path} was built with encoder '{name}' ({dim}-d), not '{encoder.name}' "
                f"({encoder.dimension}-d); use the model '{choice}' with this store, or another store",
                option="model")

    def generation(self, side: str) -> int:
        """The change counter of `side`: bumped by every ingest or delete that touches it."""
        with self._read_lock:
            return read_generation(self._reader, side)

    # ------------------------------------------------------------ writing

    def ingest(self, records: Sequence[ClauseRecord], encoder, *, batch_size: int = 256,
               progress: Callable[[int], None] | None = None,
               written: Callable[[tuple[SideChange, ...]], None] | None = None) -> IngestReport:
        """Add or replace clauses; a (standard, clause) already stored is replaced, never duplicated.

        All-or-nothing: the vectors are computed first, then written in a single transaction. An encoder that
        spreads its own batches over workers (compare.core.distributed.EncoderPool: `encode_batches`) is given
        every text at once, in its own batch size; this process stays the one writer. When those workers are
        other processes (`encodes_elsewhere`), this one writes each batch as it comes back, in the same one
        transaction, rather than waiting idle for the last. `written(changes)`, if given, is called once the
        rows are committed, before the vector indexes are brought up to date (work that needs only the changes
        can run meanwhile).
        """
        self.check_encoder(encoder)
        texts = [r.text for r in records]
        if hasattr(encoder, "encode_batches"):
            batches = encoder.encode_batches(texts, role="document")
        else:
            batches = (encoder.encode(texts[start:start + batch_size], role="document")
                       for start in range(0, len(texts), batch_size))
        if getattr(encoder, "encodes_elsewhere", False):
            return self._write_as_encoded(records, batches, encoder, progress, written)
        parts = []
        for part in batches:
            parts.append(part)
            if progress:
                progress(len(part))
        vectors = np.vstack(parts) if parts else np.zeros((0, encoder.dimension), np.float32)
        return self._write(records, vectors, lambda: vectors, encoder, written)

    def _write_as_encoded(self, records: Sequence[ClauseRecord], batches: Iterable[np.ndarray], encoder,
                          progress: Callable[[int], None] | None, written=None) -> IngestReport:
        """`ingest`'s write, each batch written as it comes back (all in one transaction). The vectors are copied,
        as they come, into one array for the index (its own copy, not a view into the workers' memory): none
        is left to gather once the last is back (a vstack of 100,000 vectors took 0.5 s of CPU there)."""
        vectors = np.empty((len(records), encoder.dimension), np.float32)
        filled = 0

        def arriving() -> Iterator[np.ndarray]:
            nonlocal filled
            for part in batches:
                if progress:
                    progress(len(part))
                if filled + len(part) > len(vectors):  # more vectors than records: write_records refuses them
                    yield from part
                    continue
                vectors[filled:filled + len(part)] = part
                filled += len(part)
                yield from vectors[filled - len(part):filled]

        def collected() -> np.ndarray:
            return vectors[:filled]

        return self._write(records, arriving(), collected, encoder, written)

    def write(self, records: Sequence[ClauseRecord], vectors: np.ndarray, encoder) -> IngestReport:
        """Write records with vectors already computed by `encoder` (one row per record)."""
        return self._write(records, vectors, lambda: vectors, encoder)

    def _write(self, records: Sequence[ClauseRecord], rows: Iterable[np.ndarray],
               vectors: Callable[[], np.ndarray], encoder, written=None) -> IngestReport:
        """`write`, the rows of the vectors written as they come (`rows`), then all of them (`vectors()`);
        `written(changes)` as `ingest` says."""
        with self._write_lock, self._indexes.writing(), \
                CheckpointAside(self._conn, lambda: connect(self.layout)) as checkpoint:
            before = {side: self.generation(side) for side in SIDES}
            done = write_records(self._conn, records, rows, encoder_name=encoder.name,
                                 dimension=encoder.dimension, where=f"the store {self.path}",
                                 before_write=lambda _conn: self.check_encoder(encoder))
            checkpoint.begin()  # the log copied into the database file beside the indexes, not in the COMMIT
            all_vectors = vectors()
            rows_of = {side: [i for i, r in enumerate(records) if r.side == side] for side in done.changed_sides}
            changes = tuple(SideChange(side=side, before=before[side], after=self.generation(side),
                                       entered=tuple(records[i].text for i in rows_of[side]),
                                       left=tuple(done.left[side]),
                                       changed=(*done.touched[side], *done.removed[side]))
                            for side in done.changed_sides)
            if written is not None:
                written(changes)
            for change in changes:
                self._indexes.after_write(change.side, change.before, change.after, done.touched[change.side],
                                          done.removed[change.side], all_vectors[rows_of[change.side]])
        return IngestReport(added=done.added, replaced=done.replaced, standards=done.standards,
                            sides=self._side_counts(), changes=changes)

    def delete_standard(self, number: str) -> int:
        """Delete a standard and its clauses; returns the number of clauses removed."""
        with self._write_lock, self._indexes.writing():
            before = {side: self.generation(side) for side in SIDES}
            written = delete_standard(self._conn, number, where=f"the store {self.path}")
            for side in written.changed_sides:
                self._indexes.after_write(side, before[side], self.generation(side), [], written.removed[side],
                                          np.zeros((0, self.dimension or 0), np.float32))
        return sum(len(ids) for ids in written.removed.values())

    # ------------------------------------------------------------ reviewed links

    def record_links(self, decisions: Sequence[tuple[str, int, str]], source: str = "",
                     superseded: Sequence[tuple[str, int]] = ()) -> int:
        """Store reviewers' decisions (query key, counterpart clause id, 'confirmed' | 'rejected'); a later
        decision on the same pair replaces the earlier one, and the links in `superseded` (query key, counterpart
        id: the same pairs kept under an older key) are removed. One transaction."""
        with self._write_lock:
            return _links.record_links(self._conn, decisions, source, superseded)

    def links_for(self, keys: Iterable[str]) -> dict[str, dict[int, str]]:
        """Reviewed decisions per query key: {key: {counterpart clause id: decision}}."""
        with self._read_lock:
            return _links.links_for(self._reader, keys)

    def count_links(self) -> dict[str, int]:
        with self._read_lock:
            return _links.count_links(self._reader)

    def links(self, decision: str | None = None) -> list[tuple[str, int, str, str, str]]:
        """Every reviewed link as (query key, counterpart clause id, decision, source, decided at), oldest first."""
        with self._read_lock:
            return _links.all_links(self._reader, decision)

    # ------------------------------------------------------------ searching

    def warm(self, wait: bool = False, database: bool = False) -> None:
        """Load the vector index of each side now rather than on the first search, and have a large
        (memory-mapped) index file read into the page cache: in the background, or before returning with
        `wait`. With `database`, the database file too (once per opened store), for a long list: it reads the
        text of tens of thousands of clauses scattered over the file, each a random read from a cold disk (about
        1,800 a second here, where reading the whole file in order runs at about 220 MB/s)."""
        for side in SIDES:
            index = self._indexes.current(side)
            if hasattr(index, "read_ahead"):
                index.read_ahead(wait=wait)
        if database and not self._database_read:
            self._database_read = True
            with open(self.layout.database, "rb") as handle:
                read_through(handle.fileno(), wait=wait)

    def search(self, vectors: np.ndarray, side: str, k: int) -> list[list[tuple[int, float]]]:
        """For each query vector, the k nearest clauses of `side` as (clause id, cosine similarity)."""
        sims, ids = self.search_arrays(vectors, side, k)
        return [[(int(i), float(s)) for s, i in zip(srow, irow) if i >= 0]
                for srow, irow in zip(sims.tolist(), ids.tolist())]

    def search_arrays(self, vectors: np.ndarray, side: str, k: int, *,
                      many: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """`search` as two (queries, k) arrays, cosine similarities and clause ids, best first and equal
        scores by ascending clause id (the same order after re-ingesting the same data); an id of -1 marks an
        empty slot (fewer than k clauses). `many`: the vectors are rows of a long list, which an approximate
        index searches with fewer probes (`ApproximateIndex.list_probe`); an exact index is the same either way."""
        index = self._indexes.current(_side(side))  # never changed once in place: searched without a lock
        if index is None or len(index) == 0 or len(vectors) == 0 or k <= 0:
            return np.zeros((len(vectors), 0), np.float32), np.zeros((len(vectors), 0), np.int64)
        return ordered_search(index, vectors, min(k, len(index)), many=many)

    # ------------------------------------------------------------ reading

    def find_clause(self, standard: str, clause: str) -> Clause | None:
        with self._read_lock:
            return reads.find_clause(self._reader, standard, clause)

    def clauses(self, ids: Iterable[int]) -> dict[int, Clause]:
        with self._read_lock:
            return reads.clauses(self._reader, ids)

    def texts(self, ids: Iterable[int]) -> dict[int, str]:
        """The text of each of `ids` that the store holds (cheaper than `clauses` when only text is needed)."""
        with self._read_lock:
            return reads.texts(self._reader, ids)

    def standard_clauses(self, number: str) -> list[Clause]:
        with self._read_lock:
            return reads.standard_clauses(self._reader, number)

    def side_vectors(self, side: str) -> tuple[np.ndarray, np.ndarray]:
        """(ids, vectors) of every clause of `side`, ordered by id."""
        with self._read_lock:
            return reads.side_vectors(self._reader, _side(side), self.dimension or 0)

    def side_vector_chunks(self, side: str, rows: int = 20_000) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """(ids, vectors) of every clause of `side`, ascending by id, `rows` at a time, all from one snapshot
        of the database (one read transaction). Read it to the end: reads wait meanwhile."""
        side = _side(side)
        with self._read_lock:
            dimension = self.dimension or 0
            if self._reader.in_transaction:  # called while another such read is open: already one snapshot
                yield from reads.side_vector_chunks(self._reader, side, dimension, rows)
                return
            self._reader.execute("BEGIN")
            try:
                yield from reads.side_vector_chunks(self._reader, side, dimension, rows)
            finally:
                self._reader.execute("COMMIT")

    def vectors(self, ids: Iterable[int]) -> np.ndarray:
        """The stored vectors of the given clause ids, in that order."""
        with self._read_lock:
            return reads.vectors(self._reader, list(ids), self.dimension or 0)

    @contextmanager
    def snapshot(self) -> Iterator["Snapshot"]:
        """One committed state of the database, read on a connection of its own (the store's other reads go
        on meanwhile): for work that reads a whole side page by page and must see it at one generation."""
        conn = connect(self.layout)
        try:
            conn.execute("BEGIN")  # the snapshot is taken at its first read
            yield Snapshot(conn)
        finally:
            conn.close()  # ends the read transaction

    def read(self, sql: str, args=()) -> list[tuple]:
        """Rows of a read-only query (compare/store/catalog.py lists standards with it)."""
        with self._read_lock:
            return self._reader.execute(sql, tuple(args)).fetchall()

    def clause_ids_array(self, side: str) -> np.ndarray:
        with self._read_lock:
            return reads.clause_ids(self._reader, _side(side))

    def clause_ids_signature(self, side: str) -> tuple[int, str]:
        """(count, signature) of the ids of `side`: what an index file is checked against when opened."""
        with self._read_lock:
            return reads.ids_signature(self._reader, _side(side))

    def clause_ids(self, side: str) -> list[int]:
        """The ids of every clause of `side`, in the order they were added."""
        return self.clause_ids_array(side).tolist()

    def _side_counts(self) -> dict[str, int]:
        with self._read_lock:
            return reads.side_counts(self._reader)

    def stats(self) -> dict:
        with self._read_lock:
            standards = reads.side_counts(self._reader, "standards")
        clauses = self._side_counts()
        return {
            "store": str(self.path),
            "encoder": self.encoder_name,
            "dimension": self.dimension,
            "clauses": clauses,
            "standards": standards,
            "reviewed_links": self.count_links(),
            # which index each side has and why (size against the threshold)
            "indexes": {side: self._indexes.describe(side, clauses.get(side, 0)) for side in SIDES},
        }


class Snapshot:
    """Reads of one committed state of a store's database (`Store.snapshot`)."""

    def __init__(self, conn) -> None:
        self._conn = conn

    def read(self, sql: str, args=()) -> list[tuple]:
        return self._conn.execute(sql, tuple(args)).fetchall()

    def generation(self, side: str) -> int:
        return read_generation(self._conn, side)


# Results fetched past the k asked for, so that equal scores across the cut (the same text stored several
# times) are settled by id without a second search. Measured on the 50,000-clause benchmark store: with one
# more, a sixth of a list's queries were tied at the cut and searched again (as costly as the first search:
# FAISS 1.15 scans fewer than about 250 queries without BLAS, 4-5 ms a query); with 8 more, none of 5,000;
# fetching 16 more costs nothing measurable (exact search: the scan dominates; approximate: within the
# shortlist).
TIE_ROOM = 16


def ordered_search(index, vectors: np.ndarray, k: int, *, many: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """The k best of `index` for each query, ties broken by ascending id. A query whose k-th score is tied with
    the last one fetched (`TIE_ROOM` past k) is searched again, wider, alone with the others so tied (not the
    whole batch), so a tie across the cut is settled by id too."""
    total = len(index)
    fetch = min(k + TIE_ROOM, total)
    sims, ids = _search_block(index, vectors, fetch, many)
    rows = np.arange(len(vectors))
    while fetch < total:
        tied = rows[sims[rows, k - 1] == sims[rows, fetch - 1]]
        if not len(tied):
            break
        fetch = min(fetch * 2, total)
        wider_sims, wider_ids = _search_block(index, vectors[tied], fetch, many)
        pad = fetch - sims.shape[1]  # the other rows keep what they have, padded with empty slots
        sims = np.pad(sims, ((0, 0), (0, pad)), constant_values=-np.inf)
        ids = np.pad(ids, ((0, 0), (0, pad)), constant_values=-1)
        sims[tied], ids[tied] = wider_sims, wider_ids
        rows = tied
    order = np.lexsort((np.where(ids < 0, np.iinfo(np.int64).max, ids), -sims), axis=-1)
    sims = np.take_along_axis(sims, order, axis=1)[:, :k]
    ids = np.take_along_axis(ids, order, axis=1)[:, :k]
    return sims, ids


def _search_block(index, vectors: np.ndarray, fetch: int, many: bool = False) -> tuple[np.ndarray, np.ndarray]:
    sims, ids = index.search(vectors, fetch, many=True) if many and hasattr(index, "list_probe") \
        else index.search(vectors, fetch)
    return np.asarray(sims, dtype=np.float32), np.asarray(ids, dtype=np.int64)
