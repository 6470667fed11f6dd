"""Which index a side gets: exact below the threshold, the approximate one at or above it, chosen, trained and
rebuilt by the store itself, with the same answers as exact search on the shipped sample corpus."""

from __future__ import annotations

import numpy as np

from compare.io.readers import open_table
from compare.store.index_choice import APPROXIMATE, choose_index, needs_rebuild
from compare.store.ingest import prepare_records
from compare.store.store import Store
from embeddings.index import ApproximateIndex, FaissIndex
from tests.conftest import DATA


def test_choice_follows_the_threshold_and_says_why():
    below = choose_index(199_999, "faiss", 200_000)
    at = choose_index(200_000, "faiss", 200_000)
    off = choose_index(5_000_000, "numpy", 0)
    assert below.kind == "faiss" and "below the threshold of 200,000" in below.reason
    assert at.kind == APPROXIMATE and "200,000 clauses, at or above the threshold" in at.reason
    assert off.kind == "numpy" and "turned off" in off.reason


def test_rebuild_when_the_kind_changes_or_the_index_outgrew_its_training():
    approximate = choose_index(10, "faiss", 5)
    assert needs_rebuild(FaissIndex(4), approximate)
    assert not needs_rebuild(FaissIndex(4), choose_index(3, "faiss", 5))
    index = ApproximateIndex(4, min_train=4)
    vectors = np.eye(4, dtype=np.float32)
    index.add(np.arange(4), vectors)
    assert not needs_rebuild(index, approximate)
    index.add(np.arange(4, 12), np.tile(vectors, (2, 1)))  # three times its training size
    assert needs_rebuild(index, approximate)


def sample(path, encoder, approximate_above, files=("international_clauses.csv", "domestic_clauses.csv")):
    store = Store.open(path, create=True, approximate_above=approximate_above)
    for name in files:
        store.ingest(prepare_records(open_table(DATA / name).rows()).records, encoder)
    return store


def test_approximate_side_answers_as_the_exact_one(tmp_path, encoder):
    queries = encoder.encode([r.text for r in open_table(DATA / "domestic_clauses.csv").rows()], role="query")
    with sample(tmp_path / "exact", encoder, 0) as exact, sample(tmp_path / "approx", encoder, 60) as approx:
        info = approx.stats()["indexes"]
        assert info["international"]["kind"] == APPROXIMATE and "82 clauses" in info["international"]["why"]
        assert info["domestic"]["kind"] == "faiss" and "below the threshold of 60" in info["domestic"]["why"]
        want_sims, want_ids = exact.search_arrays(queries, "international", 5)
        got_sims, got_ids = approx.search_arrays(queries, "international", 5)
        np.testing.assert_array_equal(got_ids, want_ids)
        np.testing.assert_allclose(got_sims, want_sims, atol=1e-5)
        assert approx.stats()["indexes"]["international"]["trained"] is True


def test_crossing_the_threshold_rebuilds_and_a_reopened_store_maps_the_file(tmp_path, encoder):
    rows = prepare_records(open_table(DATA / "international_clauses.csv").rows()).records
    path = tmp_path / "store"
    with Store.open(path, create=True, approximate_above=50) as store:
        store.ingest(rows[:40], encoder)
        store.warm()
        assert store.stats()["indexes"]["international"]["kind"] == "faiss"
        store.ingest(rows[40:], encoder)
        assert store.stats()["indexes"]["international"]["kind"] == APPROXIMATE
        assert store.stats()["indexes"]["international"]["memory_mapped"] is True  # kept mapped once saved
        files = sorted(p.name.split(".", 1)[1] for p in path.glob("vectors-international-*"))
        assert files == ["ivf", "ivf.check"]  # the exact index file of the older generation is gone
        want = store.search_arrays(encoder.encode(["铅的最大限量"], role="query"), "international", 3)
    with Store.open(path, approximate_above=50) as again:
        got = again.search_arrays(encoder.encode(["铅的最大限量"], role="query"), "international", 3)
        info = again.stats()["indexes"]["international"]
        assert info["memory_mapped"] is True and info["vectors"] == len(rows)
        np.testing.assert_array_equal(got[1], want[1])


def test_a_rebuilt_approximate_side_leaves_no_scratch_file_and_matches_sqlite(tmp_path, encoder):
    with sample(tmp_path / "store", encoder, 60, files=("international_clauses.csv",)) as store:
        store.warm()
        ids, vectors = store.side_vectors("international")
        chunks = list(store.side_vector_chunks("international", rows=25))
        assert [len(c[0]) for c in chunks] == [25, 25, 25, len(ids) - 75]
        np.testing.assert_array_equal(np.concatenate([c[0] for c in chunks]), ids)
        np.testing.assert_array_equal(np.concatenate([c[1] for c in chunks]), vectors)
        assert not list(store.layout.temp.glob("*")) if store.layout.temp.exists() else True
        index = store._indexes.current("international")
        assert index.mapped and index.ids().tolist() == ids.tolist()


def test_sqlite_and_numpy_give_the_same_ids_signature(tmp_path, encoder):
    from compare.store.reads import signature_of

    with sample(tmp_path / "store", encoder, 60) as store:
        for side in ("international", "domestic"):
            count, signature = store.clause_ids_signature(side)
            ids = store.clause_ids_array(side)
            assert count == len(ids) and signature == signature_of(ids)
            assert signature != signature_of(ids[1:]) and signature != signature_of(np.append(ids[:-1], ids[-1] + 1))
        assert signature_of(np.zeros(0, np.int64)) == "n0:lo0:hi0:s0:h0"
