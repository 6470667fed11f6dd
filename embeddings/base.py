"""The two protocols that vary: how text becomes a vector, and how vectors are searched."""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Protocol, Sequence, runtime_checkable

import numpy as np

Role = Literal["query", "document"]


class EncoderError(Exception):
    """An encoder could not be found or loaded; the message says what to do."""


class IndexError_(Exception):
    """A vector index file is missing, corrupt or of another dimension."""


@runtime_checkable
class Encoder(Protocol):
    """Turns texts into L2-normalised float32 vectors of a fixed dimension."""

    name: str
    dimension: int

    def encode(self, texts: Sequence[str], role: Role = "document") -> np.ndarray:
        """Return an array of shape (len(texts), dimension), float32, each row of unit length.

        `role` lets models that were trained with prompts (e5: "query: " / "passage: ") get them.
        """
        ...


@runtime_checkable
class VectorIndex(Protocol):
    """Inner-product search over unit vectors keyed by integer ids (clause row ids)."""

    dimension: int

    def __len__(self) -> int: ...

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Add vectors under ids; an id already present is replaced."""
        ...

    def remove(self, ids: np.ndarray) -> None: ...

    def search(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Return (similarities, ids), each (n, k), best first; missing slots have id -1."""
        ...

    def ids(self) -> np.ndarray: ...

    def copy(self) -> "VectorIndex":
        """An independent copy, to change while searches go on over the original."""
        ...

    def save(self, path: Path) -> None:
        """Write atomically: a reader never sees a half-written file."""
        ...


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Return float32 rows scaled to unit length (zero rows stay zero)."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(vectors / norms, dtype=np.float32)
