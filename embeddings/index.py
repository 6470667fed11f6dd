"""Vector indexes over unit vectors: exact FAISS (IndexIDMap2 over inner product), plain numpy, and an
approximate FAISS index for large sides (IVF lists of 8-bit scalar-quantised codes, shortlist re-scored exactly).

The exact ones give the same answers; FAISS is the default, numpy is the reference the shared tests hold it to.
The approximate one ("ivf") returns exact cosine similarities too: it only chooses which clauses to score.
"""

from __future__ import annotations

import json
import os
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable

import numpy as np

from embeddings.base import IndexError_, VectorIndex


def _as_ids(ids) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(ids, dtype=np.int64).reshape(-1))


def _as_vectors(vectors, dimension: int) -> np.ndarray:
    vectors = np.ascontiguousarray(np.asarray(vectors, dtype=np.float32))
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    if vectors.shape[1] != dimension:
        raise IndexError_(f"vectors have dimension {vectors.shape[1]}, the index has {dimension}")
    return vectors


def _ids_and_vectors(ids, vectors, dimension: int) -> tuple[np.ndarray, np.ndarray]:
    """Ids and vectors to add, checked: as many ids as vectors, each vector of the index's dimension."""
    ids = _as_ids(ids)
    vectors = _as_vectors(vectors, dimension)
    if len(ids) != len(vectors):
        raise IndexError_(f"{len(ids)} ids for {len(vectors)} vectors")
    return ids, vectors


def atomic_write(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call `write` on a temporary file in the same folder, fsync, then rename it over `path`; on any failure
    the temporary file is removed and `path` is untouched."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def read_through(fileno: int, *, wait: bool = True) -> None:
    """Read an open file from start to end with plain reads, so that the kernel keeps its pages in the page
    cache (they are the cache's, not this process's resident memory), before returning with `wait`, else in a
    background thread (on a duplicate of the descriptor: closing the file meanwhile is harmless).

    Measured on this project's machine: the disk gives about 220 MB/s read in order and about 1,800 random
    4 KB reads a second, so a search or a list that touches pages all over a file of gigabytes is many times
    faster once the file has been read through; and asking the kernel instead (posix_fadvise WILLNEED for the
    whole file) brought in almost nothing."""
    if not wait:
        import threading

        duplicate = os.dup(fileno)

        def run() -> None:
            try:
                read_through(duplicate)
            except OSError:
                pass  # a file gone or unreadable is only not cached
            finally:
                os.close(duplicate)

        threading.Thread(target=run, name="stdcompare-read-ahead", daemon=True).start()
        return
    buffer = bytearray(1 << 24)
    at, size = 0, os.fstat(fileno).st_size
    while at < size:
        got = os.preadv(fileno, [buffer], at)
        if not got:
            return
        at += got


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` atomically (see atomic_write)."""
    atomic_write(path, lambda fh: fh.write(data))


_search_threads: int | None = None  # None: FAISS's default (all cores)


def set_search_threads(threads: int | None) -> None:
    """Threads FAISS searches with, in this process (None: all cores). One, when another process or thread
    keeps the other cores busy: FAISS's threads wait for each other by spinning, which on a busy machine costs
    more than it gains."""
    global _search_threads
    _search_threads = None if threads is None else max(1, int(threads))


def use_one_search_thread_here() -> None:
    """Searches use one thread, for a process whose searches run batch after batch beside other busy threads
    (the HTTP server's search batcher): FAISS's (OpenMP keeps the setting per calling thread) and, for the
    whole process, numpy's BLAS, which the exact index searches with."""
    try:
        import faiss
    except ImportError:  # the numpy backend: nothing to set
        pass
    else:
        faiss.omp_set_num_threads(1)
    controller = _blas_controller()
    if controller is not None:
        controller.limit(limits=1, user_api="blas")
    if _bfloat16 is not None:
        _bfloat16.set_num_threads(1)


# torch, when the exact index shortlists batches with a bfloat16 product (see use_bfloat16_shortlist); None: off
_bfloat16 = None


def use_bfloat16_shortlist() -> bool:
    """Let the exact index shortlist batches of queries with a bfloat16 matrix product (torch), in this process,
    where torch is installed and the CPU multiplies bfloat16 natively (AMX or AVX-512 BF16, through oneDNN); True if
    it does from now on. The answers stay those of the float32 path: the product only chooses the shortlist, with a
    slack that covers its rounding, and the shortlist is scored exactly as before. Why: at 20,000 x 512, OpenBLAS's
    float32 product costs 8-10 ms of a core for 8 queries whatever their number up to 16, torch's bfloat16 one about
    1 ms (docs/scale.md, "HTTP API, fifth round: a bfloat16 shortlist"). Off by default: importing torch takes
    seconds and 100-200 MB, worth it for a server, not for one command."""
    global _bfloat16
    if _bfloat16 is not None:
        return True
    try:
        import torch
    except ImportError:
        return False
    try:
        if not (torch.backends.mkldnn.is_available() and torch.ops.mkldnn._is_mkldnn_bf16_supported()):
            return False
    except (AttributeError, RuntimeError):  # another torch: its private check moved
        return False
    _bfloat16 = torch
    return True


def stop_bfloat16_shortlist() -> None:
    """Back to the float32 product for every shortlist (tests compare the two)."""
    global _bfloat16
    _bfloat16 = None


_controller = None


def _blas_controller():
    """threadpoolctl's view of the BLAS libraries loaded (found once: the scan takes milliseconds), or None."""
    global _controller
    if _controller is None:
        try:
            from threadpoolctl import ThreadpoolController
        except ImportError:
            return None
        _controller = ThreadpoolController()
    return _controller


@contextmanager
def _blas_threads(threads: int | None):
    """numpy's BLAS limited to `threads` meanwhile (None: as it is). The limit is the process's: a search
    asked to use one thread is one that runs beside other busy work, which gains nothing from more."""
    controller = _blas_controller() if threads is not None else None
    if controller is None:
        yield
        return
    with controller.limit(limits=threads, user_api="blas"):
        yield


# Queries scored against the whole side at a time: 128 x 100,000 float32 similarities are 51 MB. Each block
# reads every column once; 128 rather than 64 a block cut the search of a long list by a sixth (3,072 queries
# against 50,000 clauses on one thread: 2.76 -> 2.30 s of CPU, the same answers).
_EXACT_BLOCK = 128
# Up to this many queries are scored one by one (see exact_search).
_ONE_BY_ONE = 3
_UNIT_ROUNDING = 2.0 ** -24  # float32
_BFLOAT16_ROUNDING = 2.0 ** -8


def _bfloat16_slack(dimension: int) -> float:
    """A bound of |bfloat16 product - exact product| over |query| x |vector|: both rounded to bfloat16 (each
    element within 2^-8 of itself), their products summed in float32 in any order (d x 2^-24), the sum
    rounded to bfloat16 again (the flush of denormals to zero is bounded apart, in `exact_search`)."""
    u = _BFLOAT16_ROUNDING
    summed = dimension * _UNIT_ROUNDING / (1 - dimension * _UNIT_ROUNDING)
    return (1 + u) ** 3 * (1 + summed) - 1


def _bfloat16_scores(block: np.ndarray, low) -> np.ndarray:
    """The products of a block of queries with the vectors kept as a bfloat16 torch tensor (N x d), as a
    float32 array (queries x N)."""
    torch = _bfloat16
    block = np.ascontiguousarray(block)
    if not block.flags.writeable:
        block = block.copy()  # (torch warns on a read-only array, such as queries read back from a file; a few rows)
    product = torch.matmul(low, torch.from_numpy(block).to(torch.bfloat16).T)
    return product.to(torch.float32).numpy().T


def exact_search(queries: np.ndarray, columns: np.ndarray, rows: np.ndarray, ids: np.ndarray, k: int,
                 largest_norm: float, low=None) -> tuple[np.ndarray, np.ndarray]:
    """The k largest inner products of each query with N vectors, best first and equal scores by ascending
    id; (n, k) arrays, empty slots -inf / -1. The vectors are given twice, as `columns` (dimension x N,
    float32, C order: the layout BLAS multiplies fastest) and as `rows` (N x dimension), with their `ids`.

    One BLAS matrix product scores every column; since its float32 sums round differently with the batch
    and the library, it only chooses a shortlist: every column within twice the bound of that rounding
    (dimension x 2^-24 x |query| x largest column norm) of the k-th best. The shortlist is then scored again
    exactly (float32 products summed in float64, rounded to float32 once), so each similarity, and so the
    answer, is the same whether a query is searched alone or in a batch of any size.

    `low`: the vectors as a bfloat16 torch tensor (N x d; see `use_bfloat16_shortlist`), which then scores
    blocks of two queries or more instead of the float32 products, with the slack of its own rounding
    (`_bfloat16_slack`); the shortlist is scored exactly all the same. (One query alone keeps BLAS's
    matrix-vector product: 1.8 ms at 20,000 x 512 against 2.3 for bfloat16, which costs 1.1 ms for 2 to 16.)"""
    n, count = len(queries), columns.shape[1]
    k = int(k)
    scores = np.full((n, max(k, 0)), -np.inf, dtype=np.float32)
    found = np.full((n, max(k, 0)), -1, dtype=np.int64)
    if n == 0 or k <= 0 or count == 0:
        return scores, found
    take = min(k, count)
    dimension = columns.shape[0]
    rounding = dimension * _UNIT_ROUNDING / (1 - dimension * _UNIT_ROUNDING)
    for start in range(0, n, _EXACT_BLOCK):
        block = queries[start:start + _EXACT_BLOCK]
        if low is not None and _bfloat16 is not None and len(block) > 1:
            approximate, bound = _bfloat16_scores(block, low), _bfloat16_slack(dimension)
            flushed = 1.0  # AMX flushes denormals to zero: below 2^-126 x (|query| + |vector| + 1) a term
        elif len(block) <= _ONE_BY_ONE:
            # BLAS's matrix-vector product streams the columns once per query at memory speed; its matrix
            # product costs about as much for 2 queries as for 8 (measured at 20,000 x 512: 1.4 ms for one
            # query, 3.4 ms for two one by one, 6-7 ms for two to eight at once)
            approximate = np.empty((len(block), count), dtype=np.float32)
            for row, query in enumerate(block):
                np.matmul(query, columns, out=approximate[row])
            bound, flushed = rounding, 0.0
        else:
            approximate, bound, flushed = block @ columns, rounding, 0.0
        if take < count:
            # the rounding of the product, both ways, and the float32 rounding of the k-th value itself
            norms = np.linalg.norm(block, axis=1)
            slack = ((2 * bound + 4 * _UNIT_ROUNDING) * norms * largest_norm
                     + flushed * 2 * dimension * 2.0 ** -126 * (norms + largest_norm + 1))
            which, cols = _near_the_best(approximate, take, slack)
        else:
            which, cols = np.divmod(np.arange(len(block) * count), count)
        exact = np.einsum("ij,ij->i", rows[cols], block[which], dtype=np.float64).astype(np.float32)
        order = np.lexsort((ids[cols], -exact, which))  # by query, then best first, then ascending id
        which, cols, exact = which[order], cols[order], exact[order]
        first = np.searchsorted(which, np.arange(len(block)))
        rank = np.arange(len(which)) - first[which]
        keep = rank < take
        scores[start + which[keep], rank[keep]] = exact[keep]
        found[start + which[keep], rank[keep]] = ids[cols[keep]]
    return scores, found


# The k-th best of a query is first bounded from below by the k-th best of the maxima of its runs of 64
# columns (k runs hold a value at least that large), found in one pass over the row; only the runs whose
# maximum reaches the bound are looked into, and the exact k-th best is found among their columns. A row too
# short for that is bounded by the k-th best of every 16th column (a selection over 1/16 of the row).
_RUN = 64
_SAMPLE_STEP = 16


def _near_the_best(approximate: np.ndarray, take: int, slack: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of every value of `approximate` within `slack` (per row) of its row's take-th largest,
    ascending by row, then by column."""
    count = approximate.shape[1]
    runs = count // _RUN
    if runs >= 4 * take:
        rows, cols = _near_the_runs_best(approximate, take, slack, runs)
    else:
        sample = approximate[:, ::_SAMPLE_STEP]
        if sample.shape[1] < 4 * take:
            kth = np.partition(approximate, count - take, axis=1)[:, count - take]
            return np.nonzero(approximate >= (kth - slack)[:, None])
        # a lower bound of each row's take-th largest: the take-th largest of a subset of the row
        low = np.partition(sample, sample.shape[1] - take, axis=1)[:, sample.shape[1] - take]
        rows, cols = np.nonzero(approximate >= (low - slack)[:, None])
    values = approximate[rows, cols]
    order = np.lexsort((-values, rows))  # each row's candidates, largest first
    first = np.searchsorted(rows[order], np.arange(len(approximate)))
    kth = values[order[first + take - 1]]  # every row kept at least `take` (all its `take` best)
    keep = values >= (kth - slack)[rows]
    return rows[keep], cols[keep]


def _near_the_runs_best(approximate: np.ndarray, take: int, slack: np.ndarray,
                        runs: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, column) of the values of `approximate` at least the take-th largest maximum of a run of `_RUN`
    columns (the last, shorter run included) less `slack`: a superset of each row's `take` best, ascending by
    row, then by column."""
    n, count = approximate.shape
    whole = runs * _RUN
    body = approximate[:, :whole].reshape(n, runs, _RUN)
    maxima = body.max(axis=2)
    if whole < count:
        maxima = np.concatenate([maxima, approximate[:, whole:].max(axis=1, keepdims=True)], axis=1)
    low = np.partition(maxima, maxima.shape[1] - take, axis=1)[:, maxima.shape[1] - take]
    bound = low - slack
    run_rows, run_index = np.nonzero(maxima >= bound[:, None])
    inner = run_index < runs  # the last, shorter run is read on its own
    picked_rows, picked_runs = run_rows[inner], run_index[inner]
    which, offset = np.nonzero(body[picked_rows, picked_runs] >= bound[picked_rows][:, None])
    rows, cols = picked_rows[which], picked_runs[which] * _RUN + offset
    tail_rows = run_rows[~inner]
    if len(tail_rows):
        which, offset = np.nonzero(approximate[tail_rows, whole:] >= bound[tail_rows][:, None])
        order = np.argsort(np.concatenate([rows, tail_rows[which]]), kind="stable")
        rows = np.concatenate([rows, tail_rows[which]])[order]
        cols = np.concatenate([cols, whole + offset])[order]
    return rows, cols


class FaissIndex:
    """Exact inner-product search, ids = clause row ids. FAISS (IndexIDMap2 over IndexFlatIP) keeps the vectors,
    adds, removes and saves; searches score a column-major copy of the vectors with BLAS (`exact_search`), made at
    the first search after a change. FAISS's own flat search scored each query against the whole side separately
    (its BLAS path starts at very large batches): 1.4 ms a query at 20,000 clauses, in batches of 8 as well as alone
    (docs/scale.md, "HTTP API, third round: exact search with one matrix product")."""

    kind = "faiss"

    def __init__(self, dimension: int, _index=None) -> None:
        import faiss

        self._faiss = faiss
        self.dimension = int(dimension)
        self._index = _index if _index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(self.dimension))
        # what searches score (see _searched); None: to be made at the next search
        self._columns: tuple[np.ndarray, np.ndarray, np.ndarray, float] | None = None
        self._columns_lock = threading.Lock()
        self._low = None  # the rows in bfloat16 (torch), made at the first search that uses them

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids, vectors) -> None:
        ids, vectors = _ids_and_vectors(ids, vectors, self.dimension)
        if len(ids) == 0:
            return
        self.remove(ids)
        self._index.add_with_ids(vectors, ids)
        self._columns = self._low = None

    def remove(self, ids) -> None:
        ids = _as_ids(ids)
        if len(ids) and len(self):
            self._index.remove_ids(self._faiss.IDSelectorBatch(ids))
            self._columns = self._low = None

    def _searched(self) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
        """(the vectors as columns, as rows, their ids, the largest vector norm), made once per change. The
        columns are a copy; the rows are FAISS's own array, valid until the next add or remove (which, as
        with FAISS's own search, must not run during a search: the store changes a copy, never an index in
        use)."""
        columns = self._columns
        if columns is not None:
            return columns
        with self._columns_lock:
            if self._columns is None:
                flat = self._faiss.downcast_index(self._index.index)
                count = int(flat.ntotal)
                rows = (self._faiss.rev_swig_ptr(flat.get_xb(), count * self.dimension).reshape(count, self.dimension)
                        if count else np.zeros((0, self.dimension), np.float32))
                norms = np.linalg.norm(rows, axis=1)
                self._columns = (np.ascontiguousarray(rows.T), rows, self.ids(),
                                 float(norms.max()) if len(norms) else 0.0)
            return self._columns

    def search(self, vectors, k: int) -> tuple[np.ndarray, np.ndarray]:
        vectors = _as_vectors(vectors, self.dimension)
        if len(vectors) == 0 or k <= 0:
            return np.zeros((len(vectors), 0), np.float32), np.zeros((len(vectors), 0), np.int64)
        columns, rows, ids, largest = self._searched()
        low = self._bfloat16_rows(rows) if len(vectors) > 1 and _bfloat16 is not None else None
        with _blas_threads(_search_threads):
            return exact_search(vectors, columns, rows, ids, int(k), largest, low)

    def _bfloat16_rows(self, rows: np.ndarray):
        """The rows as a bfloat16 torch tensor (half the size of the float32 ones), made once per change."""
        low = self._low
        if low is None:
            with self._columns_lock:
                if self._low is None:
                    self._low = _bfloat16.from_numpy(rows).to(_bfloat16.bfloat16)
                low = self._low
        return low

    def ids(self) -> np.ndarray:
        return self._faiss.vector_to_array(self._index.id_map).astype(np.int64)

    def copy(self) -> "FaissIndex":
        """An independent copy: changing it never disturbs searches running on this one."""
        return FaissIndex(self.dimension, _index=self._faiss.clone_index(self._index))

    def save(self, path: Path) -> None:
        data = self._faiss.serialize_index(self._index)
        atomic_write_bytes(Path(path), data.tobytes())

    @classmethod
    def load(cls, path: Path, dimension: int) -> "FaissIndex":
        import faiss

        try:
            raw = np.fromfile(str(path), dtype=np.uint8)
            index = faiss.deserialize_index(raw)
        except Exception as exc:  # faiss raises RuntimeError with C++ text
            raise IndexError_(f"cannot read the vector index {path}: {exc}") from exc
        if index.d != dimension:
            raise IndexError_(f"the vector index {path} has dimension {index.d}, expected {dimension}")
        if not isinstance(index, faiss.IndexIDMap2):
            index = faiss.downcast_index(index)
        return cls(dimension, _index=index)


class NumpyIndex:
    """Brute-force inner product in numpy: the reference implementation, no extra dependency."""

    kind = "numpy"

    def __init__(self, dimension: int) -> None:
        self.dimension = int(dimension)
        self._ids = np.zeros(0, dtype=np.int64)
        self._vectors = np.zeros((0, self.dimension), dtype=np.float32)

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, ids, vectors) -> None:
        ids = _as_ids(ids)
        vectors = _as_vectors(vectors, self.dimension)
        if len(ids) != len(vectors):
            raise IndexError_(f"{len(ids)} ids for {len(vectors)} vectors")
        self.remove(ids)
        self._ids = np.concatenate([self._ids, ids])
        self._vectors = np.vstack([self._vectors, vectors])

    def remove(self, ids) -> None:
        keep = ~np.isin(self._ids, _as_ids(ids))
        self._ids, self._vectors = self._ids[keep], self._vectors[keep]

    def search(self, vectors, k: int) -> tuple[np.ndarray, np.ndarray]:
        vectors = _as_vectors(vectors, self.dimension)
        n = len(vectors)
        k = int(k)
        scores = np.full((n, max(k, 0)), -np.inf, dtype=np.float32)
        found = np.full((n, max(k, 0)), -1, dtype=np.int64)
        if n == 0 or k <= 0 or len(self) == 0:
            return scores, found
        sims = vectors @ self._vectors.T
        take = min(k, len(self))
        top = np.argsort(-sims, axis=1, kind="stable")[:, :take]
        scores[:, :take] = np.take_along_axis(sims, top, axis=1)
        found[:, :take] = self._ids[top]
        return scores, found

    def ids(self) -> np.ndarray:
        return self._ids.copy()

    def copy(self) -> "NumpyIndex":
        """An independent copy (add and remove build new arrays, so the arrays themselves can be shared)."""
        other = NumpyIndex(self.dimension)
        other._ids, other._vectors = self._ids, self._vectors
        return other

    def save(self, path: Path) -> None:
        import io

        buffer = io.BytesIO()
        np.savez(buffer, ids=self._ids, vectors=self._vectors)
        atomic_write_bytes(Path(path), buffer.getvalue())

    @classmethod
    def load(cls, path: Path, dimension: int) -> "NumpyIndex":
        try:
            with np.load(str(path)) as data:
                ids, vectors = data["ids"], data["vectors"]
        except Exception as exc:
            raise IndexError_(f"cannot read the vector index {path}: {exc}") from exc
        index = cls(dimension)
        if len(ids):
            index.add(ids, vectors)
        return index


_MAGIC = b"STDCIVF1"
_ALIGN = 64


def _read_at(handle, offset: int, length: int) -> bytes:
    """`length` bytes of an open file from `offset` (no shared file position: safe from several threads)."""
    parts, done = [], 0
    while done < length:
        part = os.pread(handle.fileno(), min(length - done, 1 << 26), offset + done)
        if not part:
            raise IndexError_(f"the vector index file {handle.name} ends early")
        parts.append(part)
        done += len(part)
    return b"".join(parts) if len(parts) != 1 else parts[0]


class ApproximateIndex:
    """Approximate inner-product search for large sides: FAISS IVF lists of SQ8 codes choose a shortlist,
    which is then scored exactly against the float32 vectors the index keeps beside the codes.

    Ids are clause row ids, stored in the IVF lists themselves (IVF keeps 64-bit ids natively and removes by
    id; an IndexIDMap2 wrapper would assume a flat sub-index that renumbers on removal). Until `min_train`
    vectors have been added the index is untrained and searches exactly; at that size it trains its coarse
    quantiser (k-means, `lists` centroids chosen from the size) and its 8-bit codes on a sample, then adds
    everything. Vectors added later go to the trained lists; `outgrown` says when the side has grown so far
    past the training size that the store should rebuild it.

    The vectors are a sorted base (ids ascending, in memory or memory-mapped from a file), less the rows
    removed since, plus the rows added since (in memory). A change never copies the base: a million mapped
    vectors stay in the file while an ingest adds a hundred thousand, and `save` writes the merged rows chunk
    by chunk, reading the base with plain file reads rather than through the mapping.

    Saved as one file: the FAISS index, then the ids (sorted) and their float32 vectors, then a small JSON
    footer. `load` memory-maps all three (FAISS's IO_FLAG_MMAP for the lists, numpy memmap for the rest), so
    several processes share the pages and a search touches only the lists probed and the shortlisted rows.
    A loaded index never writes to its file: the first change copies the FAISS lists into memory (a few
    hundred MB at a million) and keeps the changed rows beside the mapped ones.
    """

    kind = "ivf"
    #: default number of vectors before training (below it the index is exact)
    MIN_TRAIN = 20_000
    #: rebuild (retrain) once the index holds this many times the vectors it was trained on
    REBUILD_GROWTH = 2.0
    #: rows per chunk when the vectors are read or written in turn (32,768 rows of 512 floats: 64 MB)
    CHUNK = 32_768

    def __init__(self, dimension: int, *, lists: int | None = None, probe: int | None = None,
                 shortlist: int = 100, min_train: int | None = None) -> None:
        import faiss

        self._faiss = faiss
        self.dimension = int(dimension)
        self._lists = lists
        self._probe = probe
        self.shortlist = max(1, int(shortlist))
        self.min_train = int(min_train if min_train is not None else self.MIN_TRAIN)
        self._ivf = None  # the trained FAISS index, None while untrained
        # False while the FAISS index is shared (with the index this one was copied from, or mapped from a
        # file): the first change makes this index its own copy
        self._ivf_owned = True
        self._ivf_file: tuple[BinaryIO, int] | None = None  # (open file, length of its FAISS part) while mapped
        self.trained_on = 0
        self._base_ids = np.zeros(0, dtype=np.int64)  # sorted ascending
        self._base_vectors = np.zeros((0, self.dimension), dtype=np.float32)  # row i is the vector of id i
        self._base_file: tuple[BinaryIO, int] | None = None  # (open file, offset of row 0) when file-backed
        self._dropped: np.ndarray | None = None  # True for each base row removed since; None: none removed
        self._dropped_count = 0
        self._new_ids = np.zeros(0, dtype=np.int64)  # sorted ascending, disjoint from the base's kept ids
        self._new_vectors = np.zeros((0, self.dimension), dtype=np.float32)
        self._changed = False  # True once changed since loaded from its file
        self._read_ahead = False  # True once its file has been read (or is being read) into the page cache

    # ------------------------------------------------------------ state

    def __len__(self) -> int:
        return len(self._base_ids) - self._dropped_count + len(self._new_ids)

    @property
    def mapped(self) -> bool:
        """True while the index is exactly its file, memory-mapped (loaded and not changed since)."""
        return self._base_file is not None and not self._changed

    @property
    def trained(self) -> bool:
        return self._ivf is not None

    @property
    def lists(self) -> int:
        """The number of IVF lists (0 while untrained)."""
        return int(self._ivf.nlist) if self._ivf is not None else 0

    @property
    def probe(self) -> int:
        """How many lists a search visits."""
        if self._probe is not None:
            return max(1, min(int(self._probe), max(self.lists, 1)))
        # measured at a million clauses (docs/scale.md, "The million-clause benchmark"): of 2,048 lists, 32 probed
        # gave recall@10 0.994 and 64 gave 0.999; at 400,000, 22 of 1,095 gave 0.993. One list in 40 keeps recall
        # above 0.99.
        return max(1, min(self.lists, max(16, self.lists // 40)))

    @property
    def list_probe(self) -> int:
        """How many lists a search for a long list of queries visits: fewer than a single search. Measured at a
        million clauses (1,673 lists; docs/scale.md, "Lists at a million clauses, third round"): recall@10 0.9927
        with 24 probed, 0.9948 with 32, 0.9974 with 41 (the single search's one in 40); a list's rows are checked by
        reviewers, and its search is a third of its time. One list in 70 keeps recall above 0.99."""
        if self._probe is not None:
            return self.probe
        return max(1, min(self.lists, max(16, round(self.lists / 70))))

    @property
    def outgrown(self) -> bool:
        """True when the index holds far more vectors than it was trained on: rebuild it to retrain."""
        return self.trained and len(self) > self.REBUILD_GROWTH * max(self.trained_on, 1)

    def describe(self) -> dict:
        """What the index is, for `stdcompare info`."""
        return {"kind": self.kind, "vectors": len(self), "trained": self.trained, "lists": self.lists,
                "probe": self.probe if self.trained else 0, "list_probe": self.list_probe if self.trained else 0,
                "shortlist": self.shortlist,
                "trained_on": self.trained_on, "memory_mapped": self.mapped}

    @staticmethod
    def lists_for(count: int) -> int:
        """IVF lists for `count` vectors: twice the square root (2,000 lists of ~500 vectors at a million:
        a search scans a quarter of what lists of 1,000 would make it scan for the same recall), and at least
        39 vectors to a list so that k-means has enough points to place each centroid."""
        return int(np.clip(min(round(2 * np.sqrt(max(count, 1))), count // 39), 1, 4096))

    def read_ahead(self, wait: bool = False) -> None:
        """Bring the index file into the page cache so that the first searches after opening do not each wait
        for the disk (a cold search reads its lists and 100 scattered rows): read through in the background,
        or before returning with `wait` (`read_through`)."""
        if self._base_file is None or (self._read_ahead and not wait):
            return
        self._read_ahead = True  # once per loaded index: several callers warm the store before their work
        read_through(self._base_file[0].fileno(), wait=wait)

    # ------------------------------------------------------------ rows

    def ids(self) -> np.ndarray:
        """Every id, ascending."""
        base = np.asarray(self._base_ids)
        if self._dropped is not None:
            base = base[~self._dropped]
        if not len(self._new_ids):
            return np.array(base)
        return np.sort(np.concatenate([base, self._new_ids]))

    def _base_rows(self, start: int, stop: int) -> np.ndarray:
        """Base rows start..stop as an array in memory; a file-backed base is read with plain reads, so that
        walking a million rows does not leave them all in this process's mapped (resident) pages."""
        if self._base_file is None:
            return np.asarray(self._base_vectors[start:stop])
        handle, offset = self._base_file
        row = 4 * self.dimension
        data = _read_at(handle, offset + start * row, (stop - start) * row)
        return np.frombuffer(data, dtype="<f4").reshape(stop - start, self.dimension)

    def _chunks(self, size: int | None = None):
        """(ids, vectors) of every row, ascending by id, `size` base rows at a time."""
        size = size or self.CHUNK
        base_ids, new_ids = self._base_ids, self._new_ids
        count, taken = len(base_ids), 0
        for start in range(0, count, size):
            stop = min(count, start + size)
            ids, vectors = np.asarray(base_ids[start:stop]), self._base_rows(start, stop)
            if self._dropped is not None:
                keep = ~self._dropped[start:stop]
                ids, vectors = ids[keep], vectors[keep]
            # the added ids below the next chunk's first id belong here
            until = int(np.searchsorted(new_ids, base_ids[stop])) if stop < count else len(new_ids)
            if until > taken:
                ids = np.concatenate([ids, new_ids[taken:until]])
                vectors = np.concatenate([vectors, self._new_vectors[taken:until]])
                order = np.argsort(ids, kind="stable")
                ids, vectors = ids[order], vectors[order]
                taken = until
            if len(ids):
                yield ids, np.ascontiguousarray(vectors, dtype=np.float32)
        for start in range(taken, len(new_ids), size):
            yield new_ids[start:start + size], self._new_vectors[start:start + size]

    def _vectors_of(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The vectors of `ids` (sorted) and which of them the index holds (rows of missing ids are zero)."""
        out = np.zeros((len(ids), self.dimension), dtype=np.float32)
        found = np.zeros(len(ids), dtype=bool)
        for known, vectors, dropped in ((self._new_ids, self._new_vectors, None),
                                        (self._base_ids, self._base_vectors, self._dropped)):
            if not len(known):
                continue
            pos = np.minimum(np.searchsorted(known, ids), len(known) - 1)
            hit = ~found & (np.asarray(known[pos]) == ids)
            if dropped is not None:
                hit &= ~dropped[pos]
            if hit.any():
                out[hit] = vectors[pos[hit]]
                found |= hit
        return out, found

    # ------------------------------------------------------------ changing

    def _own_ivf(self):
        """The FAISS index, made this index's own before a change (read into memory from its file when it is
        mapped; copied when it is shared with another index)."""
        if self._ivf is not None and not self._ivf_owned:
            if self._ivf_file is not None:
                handle, length = self._ivf_file
                at = [0]

                def read(size: int) -> bytes:
                    data = _read_at(handle, at[0], min(size, length - at[0]))
                    at[0] += len(data)
                    return data

                self._ivf = self._faiss.read_index(self._faiss.PyCallbackIOReader(read), 0)
            else:
                self._ivf = self._faiss.clone_index(self._ivf)
            self._ivf_owned, self._ivf_file = True, None
        return self._ivf

    def _new_ivf(self, lists: int):
        faiss = self._faiss
        quantiser = faiss.IndexFlatIP(self.dimension)
        ivf = faiss.IndexIVFScalarQuantizer(quantiser, self.dimension, lists, faiss.ScalarQuantizer.QT_8bit,
                                            faiss.METRIC_INNER_PRODUCT)
        ivf.cp.max_points_per_centroid = 64  # k-means on a sample: training time stays bounded at scale
        ivf.cp.niter = 10  # ten rounds place the centroids well enough to choose lists; 25 cost 2.5 times more
        return ivf

    def _train(self) -> None:
        """Train on a sample of the rows (read chunk by chunk), then add every row to the lists."""
        count = len(self)
        lists = int(self._lists) if self._lists else self.lists_for(count)
        lists = max(1, min(lists, count))
        ivf = self._new_ivf(lists)
        want = min(count, 64 * lists)
        picked = np.sort(np.random.default_rng(0).choice(count, want, replace=False)) if want < count \
            else np.arange(count)
        sample, seen = [], 0
        for _, vectors in self._chunks():
            lo, hi = np.searchsorted(picked, [seen, seen + len(vectors)])
            sample.append(vectors[picked[lo:hi] - seen])
            seen += len(vectors)
        ivf.train(np.ascontiguousarray(np.concatenate(sample), dtype=np.float32))
        del sample
        for ids, vectors in self._chunks():
            ivf.add_with_ids(vectors, np.ascontiguousarray(ids, dtype=np.int64))
        self._ivf, self._ivf_owned, self._ivf_file, self.trained_on = ivf, True, None, count

    def add(self, ids, vectors) -> None:
        ids, vectors = _ids_and_vectors(ids, vectors, self.dimension)
        if len(ids) == 0:
            return
        if not np.all(ids[1:] > ids[:-1]):
            # sorted, and the last of repeated ids wins, as with the other backends
            ids, last = np.unique(ids[::-1], return_index=True)
            vectors = vectors[::-1][last]
        self.remove(ids)
        self._changed = True
        if len(self) == 0 and self._base_file is None:
            # a whole side added at once: keep the caller's arrays as the base, no second copy
            self._base_ids, self._base_vectors = ids, vectors
            self._dropped, self._dropped_count = None, 0
        elif not len(self._new_ids):
            self._new_ids, self._new_vectors = ids, vectors
        else:
            merged_ids = np.concatenate([self._new_ids, ids])
            order = np.argsort(merged_ids, kind="stable")
            self._new_ids = merged_ids[order]
            self._new_vectors = np.ascontiguousarray(np.concatenate([self._new_vectors, vectors])[order])
        if self._ivf is not None:
            self._own_ivf().add_with_ids(vectors, ids)
        elif len(self) >= self.min_train:
            self._train()

    def remove(self, ids) -> None:
        ids = np.unique(_as_ids(ids))
        if not len(ids) or not len(self):
            return
        removed = []
        if len(self._new_ids):
            gone = np.isin(self._new_ids, ids)
            if gone.any():
                removed.append(self._new_ids[gone])
                self._new_ids, self._new_vectors = self._new_ids[~gone], self._new_vectors[~gone]
        if len(self._base_ids):
            pos = np.minimum(np.searchsorted(self._base_ids, ids), len(self._base_ids) - 1)
            hit = np.asarray(self._base_ids[pos]) == ids
            if self._dropped is not None:
                hit &= ~self._dropped[pos]
            if hit.any():
                if self._dropped is None:
                    self._dropped = np.zeros(len(self._base_ids), dtype=bool)
                self._dropped[pos[hit]] = True
                self._dropped_count += int(hit.sum())
                removed.append(ids[hit])
        if removed:
            self._changed = True
            if self._ivf is not None:
                self._own_ivf().remove_ids(self._faiss.IDSelectorBatch(np.concatenate(removed)))

    def copy(self) -> "ApproximateIndex":
        """An independent copy, to change while searches go on over the original. Cheap: the rows are
        shared (neither index ever changes an array in place) and so is the FAISS index until one of the two
        changes it."""
        other = ApproximateIndex(self.dimension, lists=self._lists, probe=self._probe, shortlist=self.shortlist,
                                 min_train=self.min_train)
        for name in ("_ivf", "_ivf_file", "trained_on", "_base_ids", "_base_vectors", "_base_file",
                     "_dropped_count", "_new_ids", "_new_vectors", "_changed"):
            setattr(other, name, getattr(self, name))
        other._dropped = None if self._dropped is None else self._dropped.copy()
        self._ivf_owned = other._ivf_owned = self._ivf is None
        return other

    # ------------------------------------------------------------ searching

    def search(self, vectors, k: int, *, many: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """The k best of each query (see the class); `many`: the queries are rows of a long list, searched with
        `list_probe` lists rather than `probe`."""
        vectors = _as_vectors(vectors, self.dimension)
        n, k = len(vectors), int(k)
        scores = np.full((n, max(k, 0)), -np.inf, dtype=np.float32)
        found = np.full((n, max(k, 0)), -1, dtype=np.int64)
        if n == 0 or k <= 0 or len(self) == 0:
            return scores, found
        if self._ivf is None:
            return self._search_exactly(vectors, k, scores, found)
        if _search_threads is not None:
            self._faiss.omp_set_num_threads(_search_threads)
        params = self._faiss.SearchParametersIVF(nprobe=self.list_probe if many else self.probe)
        _, candidates = self._ivf.search(vectors, max(k, self.shortlist), params=params)
        for row in range(n):
            cand = candidates[row][candidates[row] >= 0]
            if not len(cand):
                continue
            # re-score the shortlist exactly; ascending ids first so equal scores keep id order
            cand = np.unique(cand)
            rows, held = self._vectors_of(cand)
            cand, sims = cand[held], rows[held] @ vectors[row]
            top = np.argsort(-sims, kind="stable")[:k]
            scores[row, :len(top)] = sims[top]
            found[row, :len(top)] = cand[top]
        return scores, found

    def _search_exactly(self, vectors, k, scores, found):
        """Every row scored (an untrained index is small); ties keep ascending id order."""
        best_s = np.zeros((len(vectors), 0), dtype=np.float32)
        best_i = np.zeros((len(vectors), 0), dtype=np.int64)
        for ids, rows in self._chunks():
            sims = np.concatenate([best_s, vectors @ rows.T], axis=1)
            cand = np.concatenate([best_i, np.broadcast_to(ids, (len(vectors), len(ids)))], axis=1)
            top = np.argsort(-sims, axis=1, kind="stable")[:, :k]
            best_s, best_i = np.take_along_axis(sims, top, axis=1), np.take_along_axis(cand, top, axis=1)
        scores[:, :best_s.shape[1]], found[:, :best_i.shape[1]] = best_s, best_i
        return scores, found

    # ------------------------------------------------------------ files

    def save(self, path: Path) -> None:
        """Write the index to `path` atomically, the vectors chunk by chunk (never all in memory)."""
        path = Path(path)
        ids = self.ids()
        meta = {"dimension": self.dimension, "count": len(ids), "trained_on": self.trained_on,
                "lists": self._lists, "probe": self._probe, "shortlist": self.shortlist,
                "min_train": self.min_train}

        def write(fh: BinaryIO) -> None:
            if self._ivf is not None and self._ivf_file is not None:
                # mapped lists cannot be serialised: their bytes are the start of the file they came from
                handle, length = self._ivf_file
                for at in range(0, length, 1 << 26):
                    fh.write(_read_at(handle, at, min(1 << 26, length - at)))
            elif self._ivf is not None:
                self._faiss.write_index(self._ivf, self._faiss.PyCallbackIOWriter(fh.write))
            meta["index_bytes"] = fh.tell()
            fh.write(b"\0" * ((-meta["index_bytes"]) % _ALIGN))
            meta["ids_at"] = fh.tell()
            fh.write(np.ascontiguousarray(ids, dtype="<i8").tobytes())
            meta["vectors_at"] = fh.tell()
            written = 0
            for chunk_ids, vectors in self._chunks():
                fh.write(np.ascontiguousarray(vectors, dtype="<f4").tobytes())
                written += len(chunk_ids)
            if written != len(ids):
                raise IndexError_(f"wrote {written} vectors for {len(ids)} ids")
            footer = json.dumps(meta).encode()
            fh.write(footer)
            fh.write(len(footer).to_bytes(8, "little"))
            fh.write(_MAGIC)

        atomic_write(path, write)

    @classmethod
    def over_rows(cls, dimension: int, ids: np.ndarray, rows: Path, **options) -> "ApproximateIndex":
        """An index over float32 vectors already in a file (`rows`: raw little-endian rows, row i the vector
        of ids[i], ids ascending), trained on them when there are `min_train` or more. The rows are read
        chunk by chunk, never all at once; the file must stay until this index has been saved elsewhere
        (its name may go: the index keeps it open)."""
        index = cls(dimension, **options)
        ids = _as_ids(ids)
        if len(ids) > 1 and not np.all(ids[1:] > ids[:-1]):
            raise IndexError_("the ids of a rows file must be ascending and distinct")
        rows = Path(rows)
        if rows.stat().st_size != len(ids) * 4 * index.dimension:
            raise IndexError_(f"{rows} holds {rows.stat().st_size} bytes, not {len(ids)} vectors of "
                              f"dimension {index.dimension}")
        if len(ids):
            index._base_ids = ids
            index._base_vectors = np.memmap(rows, dtype="<f4", mode="r", shape=(len(ids), index.dimension))
            index._base_file = (open(rows, "rb"), 0)
        index._changed = True  # not an index file of its own yet
        if len(index) >= index.min_train:
            index._train()
        return index

    @classmethod
    def load(cls, path: Path, dimension: int) -> "ApproximateIndex":
        """Open a saved index memory-mapped (nothing is read into memory but the footer)."""
        import faiss

        path = Path(path)
        try:
            size = path.stat().st_size
            with open(path, "rb") as fh:
                fh.seek(max(size - 16, 0))
                tail = fh.read(16)
                if len(tail) != 16 or tail[8:] != _MAGIC:
                    raise ValueError("not a stdcompare approximate index")
                length = int.from_bytes(tail[:8], "little")
                fh.seek(size - 16 - length)
                meta = json.loads(fh.read(length))
        except (OSError, ValueError) as exc:
            raise IndexError_(f"cannot read the vector index {path}: {exc}") from exc
        if meta["dimension"] != dimension:
            raise IndexError_(f"the vector index {path} has dimension {meta['dimension']}, expected {dimension}")
        index = cls(dimension, lists=meta["lists"], probe=meta["probe"], shortlist=meta["shortlist"],
                    min_train=meta["min_train"])
        count = int(meta["count"])
        handle = open(path, "rb")  # kept open: readable even after a newer generation's writer removes the name
        try:
            if count:
                index._base_ids = np.memmap(path, dtype="<i8", mode="r", offset=meta["ids_at"], shape=(count,))
                index._base_vectors = np.memmap(path, dtype="<f4", mode="r", offset=meta["vectors_at"],
                                                shape=(count, dimension))
            if meta["index_bytes"]:
                index._ivf = faiss.read_index(str(path), faiss.IO_FLAG_MMAP)  # already of its own class
                if index._ivf.ntotal != count or index._ivf.d != dimension:
                    raise ValueError("the lists and the vectors disagree")
                index._ivf_owned, index._ivf_file = False, (handle, int(meta["index_bytes"]))
        except Exception as exc:  # faiss raises RuntimeError with C++ text
            handle.close()
            raise IndexError_(f"cannot read the vector index {path}: {exc}") from exc
        index._base_file = (handle, int(meta["vectors_at"]))
        index.trained_on = int(meta["trained_on"])
        return index


BACKENDS = {"faiss": FaissIndex, "numpy": NumpyIndex, "ivf": ApproximateIndex}


def new_index(kind: str, dimension: int) -> VectorIndex:
    try:
        return BACKENDS[kind](dimension)
    except KeyError:
        raise IndexError_(f"unknown index backend '{kind}'; choose one of {', '.join(BACKENDS)}") from None


def load_index(kind: str, path: Path, dimension: int) -> VectorIndex:
    if kind not in BACKENDS:
        raise IndexError_(f"unknown index backend '{kind}'; choose one of {', '.join(BACKENDS)}")
    return BACKENDS[kind].load(path, dimension)
