"""Shared fixtures: one real default encoder per test session."""

import pytest


@pytest.fixture(scope="session")
def encoder():
    from embeddings import load_encoder

    return load_encoder()
