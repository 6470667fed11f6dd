"""Encoders (text -> L2-normalised float32 vectors) and vector indexes. Imports nothing of ours."""

from embeddings.base import Encoder, EncoderError, IndexError_, VectorIndex
from embeddings.registry import DEFAULT_MODEL, available_models, load_encoder

__all__ = [
    "DEFAULT_MODEL",
    "Encoder",
    "EncoderError",
    "IndexError_",
    "VectorIndex",
    "available_models",
    "load_encoder",
]
