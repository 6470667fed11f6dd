"""Shared fixtures: one real default encoder per test session (USE multilingual v3, ~1 s to load)."""

from __future__ import annotations

import pytest

from embeddings import load_encoder


@pytest.fixture(scope="session")
def encoder():
    return load_encoder()
