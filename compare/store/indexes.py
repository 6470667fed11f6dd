"""The vector-index cache: one index per side, kept in memory and in files, checked before use.

SQLite holds every vector; an index file is only a cache, named by side and generation (the side's change
counter). Beside each index file a check file records what it must match: the store's identity, side,
generation, backend, dimension, the number of vectors, a signature of their ids (count, bounds, sum and a hash
sum, which SQLite works out in one pass over its index) and a digest of the file's bytes
(of all of them up to 64 MB; of its size and 320 blocks spread over it beyond, so that opening a store of a
million clauses does not read gigabytes first). An index is used only if all of these match the file and the
store; otherwise (stale, damaged, copied from another side or another store) it is rebuilt from SQLite. Index
files of older generations are removed.

An approximate index is rebuilt without holding the side's vectors in memory: they are copied from SQLite chunk
by chunk into a scratch file of the store, which the index reads (and trains on) chunk by chunk and then
writes into its own file.

Which kind of index a side gets follows its size (compare.store.index_choice): the configured exact backend
below `approximate_above` clauses, the approximate one at or above it. The kind is part of the file name and
of the check; a side that crosses the threshold, or an approximate index that has outgrown its training, is
rebuilt from SQLite.

Searches never wait for an ingest: an index in memory is never changed. A write makes a changed copy, saves
it, and only then puts it in place; until then readers keep the old one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import threading
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterator, Protocol

import numpy as np

from compare.store.index_choice import (APPROXIMATE, APPROXIMATE_ABOVE, IndexChoice, approximate_options,
                                        choose_index, needs_rebuild, new_side_index)
from compare.store.layout import StoreLayout
from compare.store.reads import signature_of
from embeddings.index import ApproximateIndex, atomic_write_bytes, load_index

log = logging.getLogger("stdcompare.store")


class IndexSource(Protocol):
    """What the cache needs from the store (the Store provides it)."""

    @property
    def store_id(self) -> str: ...

    @property
    def dimension(self) -> int | None: ...

    def generation(self, side: str) -> int: ...

    def clause_ids_array(self, side: str) -> np.ndarray: ...

    def clause_ids_signature(self, side: str) -> tuple[int, str]: ...

    def side_vectors(self, side: str) -> tuple[np.ndarray, np.ndarray]: ...

    def side_vector_chunks(self, side: str) -> Iterator[tuple[np.ndarray, np.ndarray]]: ...


@dataclass(frozen=True)
class IndexCheck:
    """What an index file must match before it is used; written as JSON beside it."""

    store_id: str
    side: str
    generation: int
    backend: str
    dimension: int
    count: int
    ids_digest: str
    file_digest: str


def digest_ids(ids: np.ndarray) -> str:
    """The signature of a set of ids (compare.store.reads.signature_of), as SQLite works it out for a side."""
    return signature_of(ids)


#: files up to this size are digested whole; larger ones by their size and SAMPLED_BLOCKS blocks spread over them
WHOLE_DIGEST_BYTES = 64 << 20
SAMPLED_BLOCKS = 320
BLOCK = 64 << 10


def digest_file(path: Path) -> str:
    """A digest of the file's bytes: all of them up to WHOLE_DIGEST_BYTES; beyond, the size, the first and last
    block and SAMPLED_BLOCKS blocks evenly spread (about 20 MB read, in a few milliseconds, where a million
    clauses' index is 2.6 GB). A truncated, extended or overwritten file is caught; a change confined to bytes
    between the blocks is not, and the ids are checked against SQLite in any case."""
    size = path.stat().st_size
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        if size <= WHOLE_DIGEST_BYTES:
            while chunk := fh.read(1 << 20):
                h.update(chunk)
            return h.hexdigest()
        h.update(size.to_bytes(8, "little"))
        for at in np.linspace(0, size - BLOCK, SAMPLED_BLOCKS + 2).astype(np.int64).tolist():
            h.update(os.pread(fh.fileno(), BLOCK, at))
    return "sampled:" + h.hexdigest()


@dataclass(frozen=True)
class _Cached:
    generation: int
    index: object


class VectorIndexes:
    """The per-side indexes of one store directory."""

    def __init__(self, layout: StoreLayout, backend: str, source: IndexSource,
                 approximate_above: int = APPROXIMATE_ABOVE) -> None:
        self.layout = layout
        self.backend = backend  # the exact backend; larger sides get the approximate index
        self.approximate_above = int(approximate_above)
        self._source = source
        self._cached: dict[str, _Cached] = {}
        self._lock = threading.Lock()  # guards _cached and _writing; held only for dictionary work
        self._building: dict[str, threading.Lock] = {}
        self._writing = 0

    # ------------------------------------------------------------ reading

    def current(self, side: str):
        """The index of `side` for the store's current generation (None before anything was ingested).

        While this process is writing, the index in place is returned even if SQLite is a generation ahead:
        the writer puts the new one in place when it is saved."""
        generation = self._source.generation(side)
        with self._lock:
            cached = self._cached.get(side)
            if cached is not None and (cached.generation == generation or self._writing):
                return cached.index
            builder = self._building.setdefault(side, threading.Lock())
        with builder:
            with self._lock:
                cached = self._cached.get(side)
            if cached is not None and cached.generation == generation:
                return cached.index
            # the count and a signature of the side's ids, from SQLite in one pass: reading a million ids into
            # Python took seconds of every opening
            count, signature = self._source.clause_ids_signature(side)
            index = self._load_checked(side, generation, count, signature)
            if index is None:
                index = self._rebuild(side, generation, count)
            if index is not None:
                self._publish(side, generation, index)
            return index

    def choice(self, count: int) -> IndexChoice:
        """The index kind a side of `count` clauses gets, and why."""
        return choose_index(count, self.backend, self.approximate_above)

    def describe(self, side: str, count: int) -> dict:
        """Which index `side` has and why; with the index's own figures when it is in memory."""
        choice = self.choice(count)
        info = {"kind": choice.kind, "why": choice.reason}
        with self._lock:
            cached = self._cached.get(side)
        if cached is not None and cached.generation == self._source.generation(side) \
                and hasattr(cached.index, "describe"):
            info.update({k: v for k, v in cached.index.describe().items() if k != "kind"})
        return info

    # ------------------------------------------------------------ writing

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Around a write: readers in this process keep the indexes in place until `after_write` replaces
        them, rather than rebuilding from a half-written generation."""
        with self._lock:
            self._writing += 1
        try:
            yield
        finally:
            with self._lock:
                self._writing -= 1

    def after_write(self, side: str, generation_before: int, generation: int, ids: list[int],
                    removed: list[int], vectors: np.ndarray) -> None:
        """Bring `side` to `generation`: a changed copy of the index in place when it was current before this
        write (the common case in a long-running server), else a rebuild: from the rows in hand when this write
        put in every row of a side new until now, else from SQLite."""
        with self._lock:
            cached = self._cached.get(side)
        if generation_before == 0 and not removed and _ascending(ids):
            # a side written for the first time, by this write: when its rows are the ones in hand (ids
            # ascending, as SQLite gives them back), the index is built from them as a rebuild would build it,
            # without reading 4 bytes a dimension of every clause back from the database
            index = self._rebuild(side, generation, rows=(np.asarray(ids, dtype=np.int64), vectors))
        elif cached is None or cached.generation != generation_before or generation != generation_before + 1:
            index = self._rebuild(side, generation)
        else:
            index = cached.index.copy()
            if removed:
                index.remove(np.asarray(removed, dtype=np.int64))
            if ids:
                index.add(np.asarray(ids, dtype=np.int64), vectors)
            if needs_rebuild(index, self.choice(len(index))):
                # the side crossed the threshold, or outgrew the approximate index's training
                index = self._rebuild(side, generation)
            else:
                index = self._save(side, generation, index)
        if index is not None:
            self._publish(side, generation, index)

    # ------------------------------------------------------------ files

    def _publish(self, side: str, generation: int, index) -> None:
        with self._lock:
            self._cached[side] = _Cached(generation, index)
        self._remove_older_files(side, generation)

    def _rebuild(self, side: str, generation: int, count: int | None = None,
                 rows: tuple[np.ndarray, np.ndarray] | None = None):
        """The index of `side` at `generation` built anew from its rows: read from the database, or `rows`
        (ids ascending, their vectors) when they are every row of the side and already in hand."""
        dimension = self._source.dimension
        if dimension is None:
            return None
        if count is None or rows is not None:
            count, signature = self._source.clause_ids_signature(side)
            if rows is not None and (count != len(rows[0]) or signature != signature_of(rows[0])):
                rows = None  # the side holds other rows too: read them all
        choice = self.choice(count)
        index = None
        if choice.kind == APPROXIMATE and rows is not None:
            index = ApproximateIndex(dimension, **approximate_options(self.approximate_above))
            index.add(*rows)  # trains on them, as over_rows does on the same rows read back
        elif choice.kind == APPROXIMATE:
            index = self._build_approximate(side, dimension)
        if index is None:
            ids, vectors = rows if rows is not None else self._source.side_vectors(side)
            index = new_side_index(self.choice(len(ids)), dimension, self.approximate_above)
            if len(ids):
                index.add(ids, vectors)
            del vectors
        return self._save(side, generation, index)

    def _build_approximate(self, side: str, dimension: int):
        """The approximate index of `side` built from SQLite through a scratch file of its vectors, never all
        of them in memory; None when the scratch file cannot be written (a read-only store: built in memory)."""
        try:
            self.layout.temp.mkdir(parents=True, exist_ok=True)
            fd, scratch = tempfile.mkstemp(prefix=f"rows-{side}-", suffix=".f32", dir=self.layout.temp)
        except OSError:
            return None
        try:
            parts = []
            with os.fdopen(fd, "wb") as fh:
                for ids, vectors in self._source.side_vector_chunks(side):
                    fh.write(np.ascontiguousarray(vectors, dtype="<f4").tobytes())
                    parts.append(ids)
            ids = np.concatenate(parts) if parts else np.zeros(0, np.int64)
            return ApproximateIndex.over_rows(dimension, ids, Path(scratch),
                                              **approximate_options(self.approximate_above))
        except OSError as exc:
            log.warning("could not write the scratch file of the %s vectors (%s); building in memory", side, exc)
            return None
        finally:
            # the index keeps the file open until it is saved into its own; the name can go now
            Path(scratch).unlink(missing_ok=True)

    def _save(self, side: str, generation: int, index):
        """Save `index` with its check file; return the index to keep in memory: an approximate one is
        reopened memory-mapped from the file just written, so its gigabytes live in the page cache (shared with
        other processes) rather than in this process's heap."""
        path = self.layout.index_file(side, generation, index.kind)
        try:
            index.save(path)
            check = IndexCheck(store_id=self._source.store_id, side=side, generation=generation,
                               backend=index.kind, dimension=index.dimension, count=len(index),
                               ids_digest=digest_ids(index.ids()), file_digest=digest_file(path))
            atomic_write_bytes(self.layout.index_check_file(path), json.dumps(asdict(check)).encode())
        except OSError as exc:
            # a read-only store, or a full disk: the store still answers; the index is rebuilt next time
            log.warning("could not save the %s vector index (%s); it will be rebuilt when next needed", side, exc)
            return index
        if getattr(index, "mapped", None) is False:
            try:
                return load_index(index.kind, path, index.dimension)
            except Exception as exc:  # keep the one in memory
                log.warning("could not map the %s vector index just saved (%s)", side, exc)
        return index

    def _load_checked(self, side: str, generation: int, count: int, signature: str):
        """The index file of `side` at `generation` if it passes every check against the store (whose side
        has `count` clauses whose ids have `signature`), else None."""
        dimension = self._source.dimension
        kind = self.choice(count).kind
        path = self.layout.index_file(side, generation, kind)
        check_path = self.layout.index_check_file(path)
        if dimension is None or not path.is_file():
            return None
        problem = self._check(side, generation, dimension, path, check_path, kind, count, signature)
        if problem is None:
            try:
                index = load_index(kind, path, dimension)
            except Exception as exc:  # a damaged file: rebuilt from SQLite
                problem, index = f"unreadable ({exc})", None
            if index is not None:
                if len(index) != count or digest_ids(index.ids()) != signature:
                    problem = f"holds {len(index)} vectors whose ids differ from the store's {count}"
                else:
                    return index
        log.warning("not using the vector index %s: %s; rebuilding it from the store", path.name, problem)
        return None

    def _check(self, side: str, generation: int, dimension: int, path: Path, check_path: Path,
               kind: str, count: int, signature: str) -> str | None:
        """Why the file at `path` does not match its check and the store, or None if it does."""
        try:
            check = IndexCheck(**json.loads(check_path.read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError) as exc:
            return f"no readable check file ({type(exc).__name__})"
        expected = {"store_id": self._source.store_id, "side": side, "generation": generation,
                    "backend": kind, "dimension": dimension}
        for name, value in expected.items():
            if getattr(check, name) != value:
                return f"it was written for {name} {getattr(check, name)!r}, not {value!r}"
        if check.count != count or check.ids_digest != signature:
            return f"it indexes {check.count} clauses whose ids differ from the {count} of the store"
        try:
            if digest_file(path) != check.file_digest:
                return "its bytes changed since it was written"
        except OSError as exc:
            return f"unreadable ({exc})"
        return None

    def _remove_older_files(self, side: str, keep: int) -> None:
        for generation, path in self.layout.index_files(side):
            if generation < keep:
                try:
                    path.unlink()
                except OSError:
                    pass


def _ascending(ids: list[int]) -> bool:
    """True when `ids` are strictly ascending (a side's new rows as SQLite numbered them)."""
    return all(a < b for a, b in zip(ids, ids[1:]))
