"""Vector indexes over unit vectors: FAISS (IndexIDMap2 over exact inner product) and plain numpy.

Both give the same answers; FAISS is the default, numpy is the reference the shared tests hold it to.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

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


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, fsync, then rename over the target."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


_search_threads: int | None = None  # None: FAISS's default (all cores)


def set_search_threads(threads: int | None) -> None:
    """Threads FAISS searches with, in this process (None: all cores). One, when another process or thread
    keeps the other cores busy: FAISS's threads wait for each other by spinning, which on a busy machine costs
    more than it gains."""
    global _search_threads
    _search_threads = None if threads is None else max(1, int(threads))


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
        ids = _as_ids(ids)
        vectors = _as_vectors(vectors, self.dimension)
        if len(ids) != len(vectors):
            raise IndexError_(f"{len(ids)} ids for {len(vectors)} vectors")
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


BACKENDS = {"faiss": FaissIndex, "numpy": NumpyIndex}


def new_index(kind: str, dimension: int) -> VectorIndex:
    try:
        return BACKENDS[kind](dimension)
    except KeyError:
        raise IndexError_(f"unknown index backend '{kind}'; choose one of {', '.join(BACKENDS)}") from None


def load_index(kind: str, path: Path, dimension: int) -> VectorIndex:
    if kind not in BACKENDS:
        raise IndexError_(f"unknown index backend '{kind}'; choose one of {', '.join(BACKENDS)}")
    return BACKENDS[kind].load(path, dimension)
