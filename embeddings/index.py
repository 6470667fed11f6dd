"""Vector indexes over unit vectors: exact FAISS (IndexIDMap2 over inner product), plain numpy, and an
approximate FAISS index for large sides (IVF lists of 8-bit scalar-quantised codes, shortlist re-scored exactly).

The exact ones give the same answers; FAISS is the default, numpy is the reference the shared tests hold it to.
The approximate one ("ivf") returns exact cosine similarities too: it only chooses which clauses to score.
"""

from __future__ import annotations

import json
import os
import tempfile
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
    """FAISS searches made from the calling thread use one thread (OpenMP keeps the setting per thread), for a
    thread that searches batch after batch beside other busy threads (the HTTP server's search batcher)."""
    try:
        import faiss
    except ImportError:  # the numpy backend: nothing to set
        return
    faiss.omp_set_num_threads(1)


class FaissIndex:
    """Exact inner-product search with FAISS, ids = clause row ids (IndexIDMap2)."""

    kind = "faiss"

    def __init__(self, dimension: int, _index=None) -> None:
        import faiss

        self._faiss = faiss
        self.dimension = int(dimension)
        self._index = _index if _index is not None else faiss.IndexIDMap2(faiss.IndexFlatIP(self.dimension))

    def __len__(self) -> int:
        return int(self._index.ntotal)

    def add(self, ids, vectors) -> None:
        ids, vectors = _ids_and_vectors(ids, vectors, self.dimension)
        if len(ids) == 0:
            return
        self.remove(ids)
        self._index.add_with_ids(vectors, ids)

    def remove(self, ids) -> None:
        ids = _as_ids(ids)
        if len(ids) and len(self):
            self._index.remove_ids(self._faiss.IDSelectorBatch(ids))

    def search(self, vectors, k: int) -> tuple[np.ndarray, np.ndarray]:
        vectors = _as_vectors(vectors, self.dimension)
        if len(vectors) == 0 or k <= 0:
            return np.zeros((len(vectors), 0), np.float32), np.zeros((len(vectors), 0), np.int64)
        if _search_threads is not None:
            # OpenMP keeps the setting per calling thread, and searches may come from any thread
            self._faiss.omp_set_num_threads(_search_threads)
        scores, ids = self._index.search(vectors, int(k))
        return scores, ids

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


class ApproximateIndex:
    """Approximate inner-product search for large sides: FAISS IVF lists of SQ8 codes choose a shortlist,
    which is then scored exactly against the float32 vectors the index keeps beside the codes.

    Ids are clause row ids, stored in the IVF lists themselves (IVF keeps 64-bit ids natively and removes by
    id; an IndexIDMap2 wrapper would assume a flat sub-index that renumbers on removal). Until `min_train`
    vectors have been added the index is untrained and searches exactly; at that size it trains its coarse
    quantiser (k-means, `lists` centroids chosen from the size) and its 8-bit codes on a sample, then adds
    everything. Vectors added later go to the trained lists; `outgrown` says when the side has grown so far
    past the training size that the store should rebuild it.

    Saved as one file: the FAISS index, then the ids (sorted) and their float32 vectors, then a small JSON
    footer. `load` memory-maps all three (FAISS's IO_FLAG_MMAP for the lists, numpy memmap for the rest), so
    several processes share the pages and a search touches only the lists probed and the shortlisted rows.
    A loaded index is read-only on disk: the first change copies it into memory.
    """

    kind = "ivf"
    #: default number of vectors before training (below it the index is exact)
    MIN_TRAIN = 20_000
    #: rebuild (retrain) once the index holds this many times the vectors it was trained on
    REBUILD_GROWTH = 2.0

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
        self.trained_on = 0
        self._ids = np.zeros(0, dtype=np.int64)  # sorted ascending
        self._vectors = np.zeros((0, self.dimension), dtype=np.float32)  # row i is the vector of _ids[i]
        self.mapped = False  # True while the arrays and lists are memory-mapped from a file
        # while mapped: the file, kept open (readable even after a newer generation's writer removes its name),
        # and the length of its FAISS part
        self._file: tuple[object, int] | None = None

    # ------------------------------------------------------------ state

    def __len__(self) -> int:
        return len(self._ids)

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
        return max(1, min(self.lists, max(16, self.lists // 16)))

    @property
    def outgrown(self) -> bool:
        """True when the index holds far more vectors than it was trained on: rebuild it to retrain."""
        return self.trained and len(self) > self.REBUILD_GROWTH * max(self.trained_on, 1)

    def describe(self) -> dict:
        """What the index is, for `stdcompare info`."""
        return {"kind": self.kind, "vectors": len(self), "trained": self.trained, "lists": self.lists,
                "probe": self.probe if self.trained else 0, "shortlist": self.shortlist,
                "trained_on": self.trained_on, "memory_mapped": self.mapped}

    @staticmethod
    def lists_for(count: int) -> int:
        """IVF lists for `count` vectors: about the square root (lists of ~1,000 vectors at a million), and
        at least 39 vectors to a list so that k-means has enough points to place each centroid."""
        return int(np.clip(min(round(np.sqrt(max(count, 1))), count // 39), 1, 4096))

    # ------------------------------------------------------------ changing

    def _materialise(self) -> None:
        """Copy a memory-mapped index into memory before changing it (the file stays untouched)."""
        if not self.mapped:
            return
        self._ids = np.array(self._ids)
        self._vectors = np.array(self._vectors)
        self._ivf = self._ivf_in_memory()
        self.mapped = False
        self._file = None

    def _ivf_in_memory(self):
        """An in-memory copy of the FAISS index (mapped lists cannot be serialised: read its bytes again)."""
        if self._ivf is None:
            return None
        if self.mapped:
            return self._faiss.deserialize_index(np.frombuffer(self._faiss_bytes(), dtype=np.uint8))
        return self._faiss.deserialize_index(self._faiss.serialize_index(self._ivf))

    def _faiss_bytes(self) -> bytes:
        """The FAISS part of the mapped file, read through the handle kept open since `load`."""
        handle, length = self._file
        return os.pread(handle.fileno(), length, 0)

    def _train(self) -> None:
        faiss = self._faiss
        count = len(self)
        lists = int(self._lists) if self._lists else self.lists_for(count)
        lists = max(1, min(lists, count))
        quantiser = faiss.IndexFlatIP(self.dimension)
        ivf = faiss.IndexIVFScalarQuantizer(quantiser, self.dimension, lists, faiss.ScalarQuantizer.QT_8bit,
                                            faiss.METRIC_INNER_PRODUCT)
        ivf.cp.max_points_per_centroid = 64  # k-means on a sample: training time stays bounded at scale
        sample = self._vectors
        if count > 64 * lists:
            rows = np.sort(np.random.default_rng(0).choice(count, 64 * lists, replace=False))
            sample = self._vectors[rows]
        ivf.train(np.ascontiguousarray(sample, dtype=np.float32))
        for start in range(0, count, 100_000):
            ivf.add_with_ids(np.ascontiguousarray(self._vectors[start:start + 100_000]),
                             np.ascontiguousarray(self._ids[start:start + 100_000]))
        self._ivf, self.trained_on = ivf, count

    def add(self, ids, vectors) -> None:
        ids, vectors = _ids_and_vectors(ids, vectors, self.dimension)
        if len(ids) == 0:
            return
        if not np.all(ids[1:] > ids[:-1]):
            # sorted, and the last of repeated ids wins, as with the other backends
            ids, last = np.unique(ids[::-1], return_index=True)
            vectors = vectors[::-1][last]
        self.remove(ids)
        self._materialise()
        if len(self) == 0:
            # a whole side added at once (the store's rebuild): keep the caller's arrays, no second copy
            self._ids, self._vectors = ids, vectors
        else:
            merged_ids = np.concatenate([self._ids, ids])
            merged = np.concatenate([self._vectors, vectors])
            order = np.argsort(merged_ids, kind="stable")
            self._ids, self._vectors = merged_ids[order], np.ascontiguousarray(merged[order])
        if self._ivf is not None:
            self._ivf.add_with_ids(vectors, ids)
        elif len(self) >= self.min_train:
            self._train()

    def remove(self, ids) -> None:
        ids = _as_ids(ids)
        if not len(ids) or not len(self):
            return
        present = np.isin(self._ids, ids)
        if not present.any():
            return
        self._materialise()
        if self._ivf is not None:
            self._ivf.remove_ids(self._faiss.IDSelectorBatch(self._ids[present]))
        self._ids, self._vectors = self._ids[~present], np.ascontiguousarray(self._vectors[~present])

    def copy(self) -> "ApproximateIndex":
        """An independent copy, to change while searches go on over the original (a mapped index is copied
        into memory)."""
        other = ApproximateIndex(self.dimension, lists=self._lists, probe=self._probe, shortlist=self.shortlist,
                                 min_train=self.min_train)
        other._ids, other._vectors = np.array(self._ids), np.array(self._vectors)
        other._ivf = self._ivf_in_memory()
        other.trained_on = self.trained_on
        return other

    # ------------------------------------------------------------ searching

    def search(self, vectors, k: int) -> tuple[np.ndarray, np.ndarray]:
        vectors = _as_vectors(vectors, self.dimension)
        n, k = len(vectors), int(k)
        scores = np.full((n, max(k, 0)), -np.inf, dtype=np.float32)
        found = np.full((n, max(k, 0)), -1, dtype=np.int64)
        if n == 0 or k <= 0 or len(self) == 0:
            return scores, found
        if self._ivf is None:
            sims = vectors @ self._vectors.T
            take = min(k, len(self))
            top = np.argsort(-sims, axis=1, kind="stable")[:, :take]
            scores[:, :take] = np.take_along_axis(sims, top, axis=1)
            found[:, :take] = self._ids[top]
            return scores, found
        if _search_threads is not None:
            self._faiss.omp_set_num_threads(_search_threads)
        params = self._faiss.SearchParametersIVF(nprobe=self.probe)
        _, candidates = self._ivf.search(vectors, max(k, self.shortlist), params=params)
        for row in range(n):
            cand = candidates[row][candidates[row] >= 0]
            if not len(cand):
                continue
            # re-score the shortlist exactly; ascending ids first so equal scores keep id order
            cand = np.unique(cand)
            rows = np.searchsorted(self._ids, cand)
            sims = np.asarray(self._vectors[rows]) @ vectors[row]
            top = np.argsort(-sims, kind="stable")[:k]
            scores[row, :len(top)] = sims[top]
            found[row, :len(top)] = cand[top]
        return scores, found

    def ids(self) -> np.ndarray:
        return np.array(self._ids)

    # ------------------------------------------------------------ files

    def save(self, path: Path) -> None:
        path = Path(path)
        if self._ivf is None:
            index_bytes = b""
        elif self.mapped:  # mapped lists cannot be serialised: their bytes are the start of the file
            index_bytes = self._faiss_bytes()
        else:
            index_bytes = self._faiss.serialize_index(self._ivf).tobytes()
        meta = {"dimension": self.dimension, "count": len(self), "trained_on": self.trained_on,
                "lists": self._lists, "probe": self._probe, "shortlist": self.shortlist,
                "min_train": self.min_train, "index_bytes": len(index_bytes)}
        pad = (-len(index_bytes)) % _ALIGN
        meta["ids_at"] = len(index_bytes) + pad
        meta["vectors_at"] = meta["ids_at"] + 8 * len(self)
        footer = json.dumps(meta).encode()

        def write(fh: BinaryIO) -> None:
            fh.write(index_bytes)
            fh.write(b"\0" * pad)
            fh.write(np.ascontiguousarray(self._ids, dtype="<i8").tobytes())
            for start in range(0, len(self), 65_536):  # no second full copy of the vectors in memory
                fh.write(np.ascontiguousarray(self._vectors[start:start + 65_536], dtype="<f4").tobytes())
            fh.write(footer)
            fh.write(len(footer).to_bytes(8, "little"))
            fh.write(_MAGIC)

        atomic_write(path, write)

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
        try:
            if count:
                index._ids = np.memmap(path, dtype="<i8", mode="r", offset=meta["ids_at"], shape=(count,))
                index._vectors = np.memmap(path, dtype="<f4", mode="r", offset=meta["vectors_at"],
                                           shape=(count, dimension))
            if meta["index_bytes"]:
                index._ivf = faiss.read_index(str(path), faiss.IO_FLAG_MMAP)  # already of its own class
                if index._ivf.ntotal != count or index._ivf.d != dimension:
                    raise ValueError("the lists and the vectors disagree")
        except Exception as exc:  # faiss raises RuntimeError with C++ text
            raise IndexError_(f"cannot read the vector index {path}: {exc}") from exc
        index.trained_on = int(meta["trained_on"])
        index.mapped = True
        index._file = (open(path, "rb"), int(meta["index_bytes"]))
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
