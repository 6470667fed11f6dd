"""Any sentence-transformers model the user has in a local directory (LaBSE, bge-m3, e5, mpnet ...)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Sequence

import numpy as np

from embeddings.base import EncoderError, Role, normalise

# e5 models were trained with these prefixes; many e5 directories do not declare them as prompts.
_E5_PREFIXES = {"query": "query: ", "document": "passage: "}


def is_sentence_transformers_dir(path: Path) -> bool:
    return path.is_dir() and (
        (path / "modules.json").is_file() or (path / "config_sentence_transformers.json").is_file()
    )


class SentenceTransformerEncoder:
    """A sentence-transformers model loaded from a directory, never from the hub."""

    def __init__(self, path: str | os.PathLike, device: str = "cpu", batch_size: int = 64) -> None:
        path = Path(path).expanduser()
        if not is_sentence_transformers_dir(path):
            raise EncoderError(
                f"'{path}' is not a sentence-transformers model directory (no modules.json); "
                "give the folder that holds modules.json, config.json and the weights"
            )
        # Belt and braces: a local directory must never trigger a download.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise EncoderError(
                "sentence-transformers is not installed; install the extra: "
                "`pip install torch==2.13.0 'stdcompare[st]'`"
            ) from exc
        self._model = SentenceTransformer(str(path), device=device, local_files_only=True)
        self._batch_size = batch_size
        self.name = path.name
        dimension = getattr(self._model, "get_embedding_dimension", None) or \
            self._model.get_sentence_embedding_dimension
        self.dimension = int(dimension())
        self._prefixes = self._prefixes_for(path)

    def _prefixes_for(self, path: Path) -> dict[str, str]:
        # Newer sentence-transformers declare empty default prompts; only non-empty ones mean anything.
        prompts = {k: v for k, v in (getattr(self._model, "prompts", None) or {}).items() if v}
        if "query" in prompts or "passage" in prompts or "document" in prompts:
            return {
                "query": prompts.get("query", ""),
                "document": prompts.get("document", prompts.get("passage", "")),
            }
        if "e5" in path.name.lower() or _declares_e5(path):
            return dict(_E5_PREFIXES)
        return {"query": "", "document": ""}

    def encode(self, texts: Sequence[str], role: Role = "document") -> np.ndarray:
        prefix = self._prefixes.get(role, "")
        texts = [prefix + t for t in texts]
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self._model.encode(
            texts, batch_size=self._batch_size, convert_to_numpy=True, normalize_embeddings=True,
            show_progress_bar=False,
        )
        return normalise(vectors)


def _declares_e5(path: Path) -> bool:
    readme = path / "README.md"
    try:
        head = readme.read_text(encoding="utf-8", errors="ignore")[:4000].lower()
    except OSError:
        return False
    return "multilingual-e5" in head or "intfloat/e5" in head


def describe(path: Path) -> dict:
    """A short description of a model directory for `stdcompare models`, without loading weights."""
    info = {"name": path.name, "path": str(path), "backend": "sentence-transformers"}
    try:
        cfg = json.loads((path / "config.json").read_text(encoding="utf-8"))
        info["dimension"] = cfg.get("hidden_size")
    except (OSError, ValueError):
        pass
    return info
