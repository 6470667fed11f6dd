"""One set of checks run over every vector index backend: exact FAISS, numpy, and the approximate IVF index
both untrained (small, exact) and trained on tiny data (a handful of lists, so its lists, codes, re-scoring and
memory-mapped files are exercised)."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings.base import IndexError_, normalise
from embeddings.index import BACKENDS, ApproximateIndex, load_index
from embeddings.index import new_index as new_backend

DIM = 16

# the approximate index trained from the second vector on, with 2 lists all probed: every check below
# then runs on a trained IVF index (lists, SQ8 codes, exact re-scoring, memory-mapped files)
TRAINED = "ivf-trained"


def new_index(kind, dimension):
    if kind == TRAINED:
        return ApproximateIndex(dimension, lists=2, probe=2, min_train=2)
    return new_backend(kind, dimension)


def unit(n, seed):
    return normalise(np.random.default_rng(seed).normal(size=(n, DIM)))


@pytest.fixture(params=sorted(BACKENDS) + [TRAINED])
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
    again = load_index(file_kind(kind), path, DIM)
    assert len(again) == 20
    np.testing.assert_array_equal(again.search(vectors, 4)[1], index.search(vectors, 4)[1])
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    with pytest.raises(IndexError_, match="dimension"):
        load_index(file_kind(kind), path, DIM + 1)


def test_corrupt_file_and_wrong_dimension_are_named(kind, tmp_path):
    bad = tmp_path / "bad.idx"
    bad.write_bytes(b"not an index")
    with pytest.raises(IndexError_, match="cannot read"):
        load_index(file_kind(kind), bad, DIM)
    with pytest.raises(IndexError_, match="dimension"):
        new_index(kind, DIM).add([1], np.ones((1, DIM + 2), np.float32))


def file_kind(kind):
    return "ivf" if kind == TRAINED else kind


def test_backends_agree():
    vectors, queries = unit(300, 6), unit(20, 7)
    results = []
    for kind in sorted(BACKENDS) + [TRAINED]:
        index = new_index(kind, DIM)
        index.add(np.arange(300), vectors)
        results.append(index.search(queries, 10))
    for other in results[1:]:
        np.testing.assert_array_equal(results[0][1], other[1])
        np.testing.assert_allclose(results[0][0], other[0], atol=1e-5)


def clustered(n, seed, centres=20):
    """Unit vectors in clusters, like sentence embeddings (random ones in 16 dimensions have no structure)."""
    rng = np.random.default_rng(seed)
    middle = normalise(rng.normal(size=(centres, DIM)))
    return normalise(middle[rng.integers(0, centres, n)] + 0.2 * rng.normal(size=(n, DIM)))


def test_approximate_index_trains_at_its_size_and_keeps_recall():
    index = ApproximateIndex(DIM, min_train=1000)
    data = clustered(3000, 8)
    index.add(np.arange(999), data[:999])
    assert not index.trained and index.lists == 0  # below the training size: exact
    index.add(np.arange(999, 3000), data[999:])
    assert index.trained and index.trained_on == 3000 and index.lists == ApproximateIndex.lists_for(3000)
    assert len(index) == 3000 and not index.outgrown
    exact = new_backend("numpy", DIM)
    exact.add(np.arange(3000), data)
    queries = clustered(100, 9)
    got, want = index.search(queries, 10)[1], exact.search(queries, 10)[1]
    recall = np.mean([len(set(g) & set(w)) / 10 for g, w in zip(got, want)])
    assert recall >= 0.95
    # similarities are exact, not the 8-bit codes' estimates
    sims, ids = index.search(queries[:5], 3)
    np.testing.assert_allclose(sims, np.einsum("qd,qkd->qk", queries[:5], data[ids]), atol=1e-6)


def test_approximate_index_outgrows_its_training():
    index = ApproximateIndex(DIM, min_train=100)
    data = clustered(250, 10)
    index.add(np.arange(100), data[:100])
    index.add(np.arange(100, 250), data[100:])
    assert index.trained_on == 100 and index.outgrown


def test_loaded_approximate_index_is_mapped_and_copies_before_changing(tmp_path):
    index = ApproximateIndex(DIM, lists=4, min_train=50)
    data = clustered(200, 11)
    index.add(np.arange(200), data)
    path = tmp_path / "v.ivf"
    index.save(path)
    before = path.read_bytes()
    loaded = load_index("ivf", path, DIM)
    assert loaded.mapped and loaded.trained and loaded.lists == 4
    assert loaded.describe()["memory_mapped"] is True
    changed = loaded.copy()
    changed.remove([0, 1])
    changed.add([500], data[:1])
    assert len(changed) == 199 and len(loaded) == 200
    assert changed.search(data[:1], 1)[1][0, 0] == 500
    loaded.add([600], data[1:2])  # changing the mapped one itself copies it into memory first
    assert not loaded.mapped and len(loaded) == 201
    assert path.read_bytes() == before
    again = load_index("ivf", path, DIM)
    path.unlink()  # as a writer of the next generation removes older files: the mapped index still works
    again.save(tmp_path / "copy.ivf")  # a mapped index saves without reading itself into memory
    assert (tmp_path / "copy.ivf").read_bytes() == before
    assert len(again.copy()) == 200 and again.search(data[:1], 1)[1][0, 0] == 0


def test_ordered_search_settles_ties_by_id_in_a_batch(kind):
    """Queries searched together each get their k best, equal scores by ascending id, also when only some
    queries of the batch have a tie across the cut (those alone are searched again, wider, once the tie runs
    past what was fetched beyond k): the same as sorting every clause of the index by (score, id)."""
    from compare.store.store import TIE_ROOM, ordered_search

    base = unit(40, seed=7)
    index = new_index(kind, DIM)
    # vectors 0..39, then copies of vector 3 (more than are fetched past k: searched again) and 6 of vector 5
    # under higher ids, added in shuffled order
    threes = TIE_ROOM + 12
    copies = np.vstack([base] + [base[3]] * threes + [base[5]] * 6)
    order = np.random.default_rng(3).permutation(len(copies))
    index.add(order + 100, copies[order])
    queries = np.vstack([base[3], base[10], base[5], base[20]])
    k = 4
    sims, ids = ordered_search(index, queries, k)
    every_sims, every_ids = index.search(queries, len(index))
    for row in range(len(queries)):
        ranked = sorted(zip(every_sims[row].tolist(), every_ids[row].tolist()), key=lambda p: (-p[0], p[1]))
        assert ids[row].tolist() == [i for _, i in ranked[:k]]
        assert sims[row].tolist() == [s for s, _ in ranked[:k]]
    # where every row is scored alike, the copies tie and the lowest ids lead; the ivf index, below its training
    # size, scores by a blocked matrix product whose rounding can differ between identical rows on some CPUs
    # (seen on an AVX2 machine: one unit in the last place), so there copies need not tie; the order above,
    # by (score, id) of the index's own scores, holds for every kind
    if kind in ("faiss", "numpy"):
        fives = 140 + threes
        assert ids[0].tolist() == [103, 140, 141, 142] and ids[2].tolist() == [105, fives, fives + 1, fives + 2]


def test_changed_mapped_index_keeps_its_rows_in_the_file_and_saves_the_merge(tmp_path):
    data = clustered(600, 12)
    index = ApproximateIndex(DIM, lists=4, probe=4, min_train=50)
    index.add(np.arange(0, 1000, 2), data[:500])  # even ids
    index.save(tmp_path / "a.ivf")
    loaded = load_index("ivf", tmp_path / "a.ivf", DIM)
    changed = loaded.copy()
    changed.remove([0, 10, 998])
    changed.add([3, 10, 1001], data[500:503])  # new ids between the stored ones, and one stored id replaced
    assert not changed.mapped and loaded.mapped  # the copy changed, the original is still its file
    assert isinstance(changed._base_vectors, np.memmap)  # the stored rows stayed in the file
    want_ids = sorted(set(range(0, 1000, 2)) - {0, 998} | {3, 1001})
    assert changed.ids().tolist() == want_ids and len(changed) == len(want_ids)
    reference = ApproximateIndex(DIM, lists=4, probe=4, min_train=50)
    by_id = dict(zip(range(0, 1000, 2), data[:500]))
    by_id.update({3: data[500], 10: data[501], 1001: data[502]})
    reference.add(want_ids, np.array([by_id[i] for i in want_ids]))
    queries = data[495:505]
    np.testing.assert_array_equal(changed.search(queries, 5)[1], reference.search(queries, 5)[1])
    changed.save(tmp_path / "b.ivf")
    again = load_index("ivf", tmp_path / "b.ivf", DIM)
    assert again.ids().tolist() == want_ids
    np.testing.assert_array_equal(np.asarray(again._base_vectors), np.array([by_id[i] for i in want_ids]))
    np.testing.assert_array_equal(again.search(queries, 5)[1], changed.search(queries, 5)[1])
    assert loaded.search(data[:1], 1)[1][0, 0] == 0  # the original still answers from its file


def test_index_over_a_rows_file_trains_from_it_and_saves_without_it(tmp_path):
    data = clustered(400, 13)
    ids = np.arange(5, 405)
    rows = tmp_path / "rows.f32"
    rows.write_bytes(data.astype("<f4").tobytes())
    index = ApproximateIndex.over_rows(DIM, ids, rows, lists=4, probe=4, min_train=100)
    rows.unlink()  # the index keeps the file open until it is saved elsewhere
    assert index.trained and index.trained_on == 400 and index.lists == 4 and not index.mapped
    reference = ApproximateIndex(DIM, lists=4, probe=4, min_train=100)
    reference.add(ids, data)
    queries = clustered(20, 14)
    np.testing.assert_array_equal(index.search(queries, 5)[1], reference.search(queries, 5)[1])
    index.save(tmp_path / "v.ivf")
    loaded = load_index("ivf", tmp_path / "v.ivf", DIM)
    assert loaded.mapped and loaded.ids().tolist() == ids.tolist()
    np.testing.assert_array_equal(loaded.search(queries, 5)[1], reference.search(queries, 5)[1])
    (tmp_path / "short.f32").write_bytes(b"\0" * 12)
    with pytest.raises(IndexError_, match="not 3 vectors"):
        ApproximateIndex.over_rows(DIM, [1, 2, 3], tmp_path / "short.f32")


def test_reading_a_mapped_index_ahead_keeps_its_answers(tmp_path):
    data = clustered(300, 15)
    index = ApproximateIndex(DIM, lists=4, probe=2, min_train=50)
    index.add(np.arange(300), data)
    index.save(tmp_path / "v.ivf")
    loaded = load_index("ivf", tmp_path / "v.ivf", DIM)
    want = loaded.search(data[:10], 5)
    loaded.read_ahead()  # read through in a background thread
    loaded.read_ahead(wait=True)  # read through here
    got = loaded.search(data[:10], 5)
    np.testing.assert_array_equal(got[1], want[1])
    assert loaded.mapped
    ApproximateIndex(DIM).read_ahead(wait=True)  # an index in memory has nothing to read


def _brute_force(queries, vectors, ids, k):
    """Every inner product in float64, rounded to float32 once, ranked by (score, id): what exact search
    must return."""
    sims = (queries.astype(np.float64) @ vectors.astype(np.float64).T).astype(np.float32)
    out_s, out_i = [], []
    for row in sims:
        ranked = sorted(zip(row.tolist(), ids.tolist()), key=lambda p: (-p[0], p[1]))[:k]
        out_s.append([s for s, _ in ranked])
        out_i.append([i for _, i in ranked])
    return np.array(out_s, dtype=np.float32), np.array(out_i)


def test_exact_faiss_search_equals_brute_force_and_ignores_the_batch():
    """The exact index scores with BLAS to shortlist, then scores the shortlist again exactly: its answer is
    the brute-force ranking, and a query gets the same scores (to the bit) alone as in batches of any size."""
    dim = 96  # wide enough for BLAS rounding to matter; clustered, with copies: near ties and exact ties
    rng = np.random.default_rng(21)
    middle = normalise(rng.normal(size=(30, dim)))
    data = normalise(middle[rng.integers(0, 30, 3000)] + 0.05 * rng.normal(size=(3000, dim)))
    data = np.vstack([data, data[:40]])  # 40 copies under higher ids: exact ties
    ids = rng.permutation(10_000)[:len(data)].astype(np.int64)
    index = new_backend("faiss", dim)
    index.add(ids, data)
    # more queries than the index scores at once (embeddings.index._EXACT_BLOCK), so blocks are cut in them too
    queries = normalise(data[rng.integers(0, len(data), 300)] + 0.01 * rng.normal(size=(300, dim)))
    want_s, want_i = _brute_force(queries, data, ids, 12)
    got_s, got_i = index.search(queries, 12)
    np.testing.assert_array_equal(got_i, want_i)
    np.testing.assert_array_equal(got_s, want_s)
    for size in (1, 3, 8, 64, 200):
        for start in range(0, len(queries), size):
            part_s, part_i = index.search(queries[start:start + size], 12)
            np.testing.assert_array_equal(part_s, got_s[start:start + size])
            np.testing.assert_array_equal(part_i, got_i[start:start + size])


def test_exact_faiss_search_follows_changes_and_asks_for_more_than_it_holds():
    index = new_backend("faiss", DIM)
    vectors = unit(30, 22)
    index.add(np.arange(30), vectors)
    assert index.search(vectors[:1], 1)[1][0, 0] == 0
    index.remove([0])  # the scored copy is made again after a change
    assert index.search(vectors[:1], 1)[1][0, 0] != 0
    index.add([0], vectors[5:6])  # id 0 now holds vector 5: ids 0 and 5 tie, the lower id first
    sims, found = index.search(vectors[5:6], 40)
    assert found[0, :2].tolist() == [0, 5] and sims[0, 0] == sims[0, 1]
    assert (found[0, 30:] == -1).all() and np.isneginf(sims[0, 30:]).all()
    want_s, want_i = _brute_force(vectors[5:6], np.vstack([vectors[5], vectors[1:]]), np.arange(30), 30)
    np.testing.assert_array_equal(found[:, :30], want_i)
    np.testing.assert_array_equal(sims[:, :30], want_s)


def test_reading_a_file_through_in_the_background_outlives_its_closing(tmp_path):
    """The background read works on its own descriptor: the file closed (or removed) meanwhile is harmless,
    and the thread ends when the file does."""
    import os
    import threading

    from embeddings.index import read_through

    path = tmp_path / "big.bin"
    path.write_bytes(os.urandom(1 << 20) * 40)  # 40 MB: more than one read
    with path.open("rb") as handle:
        read_through(handle.fileno(), wait=True)
    before = threading.active_count()
    with path.open("rb") as handle:
        read_through(handle.fileno(), wait=False)
    path.unlink()
    for thread in threading.enumerate():
        if thread.name == "stdcompare-read-ahead":
            thread.join(timeout=30)
    assert threading.active_count() <= before


def test_a_long_list_probes_fewer_lists_than_a_single_search():
    """A list's rows search one list in 70 (at least 16), a single search one in 40; `info` shows both; a
    small index probes the same either way, and a list search finds what a single one does."""
    class Wide(ApproximateIndex):
        lists = 1673  # the million-clause benchmark's index

    assert Wide(DIM).probe == 41 and Wide(DIM).list_probe == 24
    data = clustered(600, 31)
    index = ApproximateIndex(DIM, lists=8, min_train=100)
    index.add(np.arange(600), data)
    assert index.list_probe == index.probe == 8 and index.describe()["list_probe"] == 8
    single, listed = index.search(data[:20], 5), index.search(data[:20], 5, many=True)
    np.testing.assert_array_equal(single[1], listed[1])
    from compare.store.store import ordered_search

    np.testing.assert_array_equal(ordered_search(index, data[:20], 5, many=True)[1], single[1])
    exact = new_index("faiss", DIM)  # an exact index has no probes: `many` changes nothing
    exact.add(np.arange(600), data)
    np.testing.assert_array_equal(ordered_search(exact, data[:20], 5, many=True)[1],
                                  ordered_search(exact, data[:20], 5)[1])


def test_the_shortlist_of_exact_search_holds_every_column_near_the_kth_best():
    """The shortlist (`_near_the_best`) is every column within the slack of its row's k-th best, however
    the row is bounded first (runs of 64 columns, with a shorter last run, or a sample of every 16th)."""
    from embeddings.index import _near_the_best

    rng = np.random.default_rng(5)
    for count in (300, 3_000, 5_000, 5_003):
        scores = rng.normal(size=(9, count)).astype(np.float32)
        scores[2] = 0.25  # one value all along the row
        scores[4, ::9] = 3.0  # many equal best values
        scores[6, -3:] = 9.0  # the best in the last, shorter run
        slack = np.linspace(0, 0.05, 9).astype(np.float32)
        for take in (1, 12, 40):
            kth = -np.sort(-scores, axis=1)[:, take - 1]
            rows, cols = _near_the_best(scores, take, slack)
            want_rows, want_cols = np.nonzero(scores >= (kth - slack)[:, None])
            np.testing.assert_array_equal(rows, want_rows)
            np.testing.assert_array_equal(cols, want_cols)


@pytest.fixture
def bfloat16_shortlist():
    """The exact index shortlisting with torch's bfloat16 product, as the HTTP server does; skipped where torch
    or a CPU with native bfloat16 is missing (the float32 product is then used everywhere)."""
    from embeddings.index import stop_bfloat16_shortlist, use_bfloat16_shortlist

    pytest.importorskip("torch")
    was_on = use_bfloat16_shortlist.__globals__["_bfloat16"] is not None
    if not use_bfloat16_shortlist():
        pytest.skip("this CPU has no native bfloat16 product")
    yield
    if not was_on:
        stop_bfloat16_shortlist()


def test_a_bfloat16_shortlist_gives_the_float32_answers_to_the_bit(bfloat16_shortlist):
    """bfloat16 keeps 8 bits of each element and of the product: around each query sits a knot of 80 vectors
    whose products with it differ by about as much as that rounding, so bfloat16's own top 25 is wrong for
    many queries (16 of 64 here when the shortlist has no slack); the slack keeps every vector it may have
    put below the 25th and they are scored exactly. With exact ties (copies under higher ids), vectors not of
    unit length and batches of 2 to 64 (one query alone keeps the float32 product): the brute-force answer
    to the bit, as the float32 path gives it."""
    dim = 128
    rng = np.random.default_rng(8)
    centres = normalise(rng.normal(size=(64, dim)))
    knots = normalise((centres[:, None, :] + 0.01 * rng.normal(size=(64, 80, dim))).reshape(-1, dim))
    data = np.vstack([normalise(rng.normal(size=(2000, dim))), knots, knots[::40]])  # exact ties at the end
    data[::9] *= 1.5  # not all of unit length
    ids = rng.permutation(20_000)[:len(data)].astype(np.int64)
    index = new_backend("faiss", dim)
    index.add(ids, data)
    want_s, want_i = _brute_force(centres, data, ids, 25)
    rounded = index._bfloat16_rows(index._searched()[1]).float().numpy()
    own = [ids[np.argsort(-(rounded @ query), kind="stable")[:25]].tolist() for query in centres]
    assert sum(mine != want for mine, want in zip(own, want_i.tolist())) >= 8  # bfloat16 alone gets them wrong
    for size in (2, 3, 8, 64):
        for start in range(0, len(centres), size):
            got_s, got_i = index.search(centres[start:start + size], 25)
            np.testing.assert_array_equal(got_i, want_i[start:start + size])
            np.testing.assert_array_equal(got_s, want_s[start:start + size])
