"""Shared fixtures: one real default encoder (USE multilingual v3, ~1 s to load) for the whole session."""

import pytest


@pytest.fixture(scope="session")
def encoder():
    from embeddings import load_encoder

    return load_encoder()
