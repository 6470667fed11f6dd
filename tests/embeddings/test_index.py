"""One set of checks run over both vector index backends (FAISS and numpy)."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings.base import IndexError_, normalise
from embeddings.index import BACKENDS, load_index, new_index

DIM = 16


def unit(n, seed):
    return normalise(np.random.default_rng(seed).normal(size=(n, DIM)))


@pytest.fixture(params=sorted(BACKENDS))
def kind(request):
    return request.param


def test_search_finds_each_vector_itself_first(kind):
    index = new_index(kind, DIM)
    vectors = unit(50, 1)
    ids = np.arange(100, 150)
    index.add(ids, vectors)
    sims, found = index.search(vectors, 3)
    assert len(index) == 50
    assert (found[:, 0] == ids).all()
    np.testing.assert_allclose(sims[:, 0], 1.0, atol=1e-5)
    assert (np.diff(sims, axis=1) <= 1e-6).all()  # best first


def test_adding_an_existing_id_replaces_it(kind):
    index = new_index(kind, DIM)
    first, second = unit(2, 2)
    index.add([7], first[None])
    index.add([7], second[None])
    assert len(index) == 1
    sims, found = index.search(second[None], 1)
    assert found[0, 0] == 7 and sims[0, 0] == pytest.approx(1.0, abs=1e-5)


def test_remove_and_missing_slots(kind):
    index = new_index(kind, DIM)
    index.add([1, 2, 3], unit(3, 3))
    index.remove([2])
    assert sorted(index.ids().tolist()) == [1, 3]
    sims, found = index.search(unit(1, 4), 5)
    assert sorted(found[0][found[0] >= 0].tolist()) == [1, 3]
    assert (found[0] == -1).sum() == 3


def test_save_and_load_round_trip(kind, tmp_path):
    index = new_index(kind, DIM)
    vectors = unit(20, 5)
    index.add(np.arange(20), vectors)
    path = tmp_path / f"v.{kind}"
    index.save(path)
    again = load_index(kind, path, DIM)
    assert len(again) == 20
    np.testing.assert_array_equal(again.search(vectors, 4)[1], index.search(vectors, 4)[1])
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(IndexError_, match="dimension"):
        load_index(kind, path, DIM + 1)


def test_corrupt_file_and_wrong_dimension_are_named(kind, tmp_path):
    bad = tmp_path / "bad.idx"
    bad.write_bytes(b"not an index")
    with pytest.raises(IndexError_, match="cannot read"):
        load_index(kind, bad, DIM)
    with pytest.raises(IndexError_, match="dimension"):
        new_index(kind, DIM).add([1], np.ones((1, DIM + 2), np.float32))


def test_backends_agree():
    vectors, queries = unit(300, 6), unit(20, 7)
    results = []
    for kind in BACKENDS:
        index = new_index(kind, DIM)
        index.add(np.arange(300), vectors)
        results.append(index.search(queries, 10))
    np.testing.assert_array_equal(results[0][1], results[1][1])
    np.testing.assert_allclose(results[0][0], results[1][0], atol=1e-5)
