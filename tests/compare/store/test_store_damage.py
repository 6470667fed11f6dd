"""A store damaged in each way the probe of issue 17 found: an emptied database, stale or swapped index files,
flipped bytes, a full disk; and what readers see while a write saves its index. Vectors are made here with
numpy (the store does not care where they come from), so no encoder is loaded."""

from __future__ import annotations

import shutil
import time
import threading
from types import SimpleNamespace

import numpy as np
import pytest

from compare.core.errors import DiskFullError, StoreError
from compare.store import ClauseRecord, Store
from compare.store.layout import StoreLayout

DIM = 16
VECTORS = SimpleNamespace(name="test-vectors", dimension=DIM)  # the label stored with these vectors


def unit(seed: int, n: int = 1) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def records(side: str, prefix: str, n: int) -> list[ClauseRecord]:
    lang = "zh" if side == "domestic" else "en"
    return [ClauseRecord(f"{prefix} {i // 10}", str(i), f"{prefix} clause {i}", lang, side) for i in range(n)]


def make_store(path, seed=0, n=30) -> Store:
    store = Store.open(path, create=True)
    store.write(records("international", "ISO", n), unit(seed, n), VECTORS)
    store.write(records("domestic", "GB", n), unit(seed + 1, n), VECTORS)
    return store


def standards_found(store, side, query, k=5):
    hits = store.search(query, side, k)[0]
    return {c.standard.split()[0] for c in store.clauses([cid for cid, _ in hits]).values()}


# ------------------------------------------------------------------ 7: an emptied database

def test_a_zero_byte_database_is_not_taken_for_a_new_store(tmp_path):
    make_store(tmp_path / "s").close()
    (tmp_path / "s" / "store.sqlite").write_bytes(b"")
    for name in ("store.sqlite-wal", "store.sqlite-shm"):
        (tmp_path / "s" / name).unlink(missing_ok=True)
    with pytest.raises(StoreError, match="0 bytes") as err:
        Store.open(tmp_path / "s", create=True)
    assert err.value.option == "store"
    assert (tmp_path / "s" / "store.sqlite").stat().st_size == 0  # nothing written into it


def test_index_files_left_by_another_database_are_never_reused(tmp_path):
    make_store(tmp_path / "a", seed=0).close()
    other = make_store(tmp_path / "b", seed=7)  # same generations, other clauses
    other.close()
    # b's database restored into a's folder: a's index files have the right names and generations
    for name in ("store.sqlite-wal", "store.sqlite-shm"):
        (tmp_path / "a" / name).unlink(missing_ok=True)
    shutil.copy(tmp_path / "b" / "store.sqlite", tmp_path / "a" / "store.sqlite")
    query = unit(7, 30)[:1]  # b's first international vector
    with Store.open(tmp_path / "a") as store:
        hits = store.search(query, "international", 1)[0]
        assert hits[0][1] == pytest.approx(1.0, abs=1e-5)
        assert store.clauses([hits[0][0]])[hits[0][0]].text == "ISO clause 0"


# ------------------------------------------------------------------ 8: an index that loads but is wrong

def test_the_domestic_index_copied_over_the_international_one_is_detected(tmp_path):
    make_store(tmp_path / "s").close()
    layout = StoreLayout.of(tmp_path / "s")
    dom = layout.index_file("domestic", 1, "faiss")
    intl = layout.index_file("international", 1, "faiss")
    query = unit(1, 30)[:1]  # a domestic vector
    for copy_check in (False, True):
        shutil.copy(dom, intl)
        if copy_check:
            shutil.copy(layout.index_check_file(dom), layout.index_check_file(intl))
        with Store.open(tmp_path / "s") as store:
            assert standards_found(store, "international", query) == {"ISO"}


def test_flipped_bytes_in_an_index_file_are_detected(tmp_path):
    make_store(tmp_path / "s").close()
    path = StoreLayout.of(tmp_path / "s").index_file("international", 1, "faiss")
    data = bytearray(path.read_bytes())
    ids = np.frombuffer(bytes(data[-30 * 8:]), dtype=np.int64).copy()  # a FAISS IDMap file ends with its ids
    assert sorted(ids.tolist()) == list(range(1, 31))
    ids[[3, 4]] = ids[[4, 3]]  # two clauses swap ids: each vector now answers for the other clause
    data[-30 * 8:] = ids.tobytes()
    path.write_bytes(bytes(data))
    query = unit(0, 30)[3:4]
    with Store.open(tmp_path / "s") as store:
        hits = store.search(query, "international", 1)[0]
        assert store.clauses([hits[0][0]])[hits[0][0]].text == "ISO clause 3"
        assert hits[0][1] == pytest.approx(1.0, abs=1e-5)


# ------------------------------------------------------------------ 9: a full disk during an ingest

def test_an_ingest_on_a_full_disk_says_so_and_leaves_the_store_as_it_was(tmp_path):
    store = make_store(tmp_path / "s")
    before = store.stats()
    store._conn.execute("PRAGMA max_page_count=1")  # no page more: SQLite answers SQLITE_FULL, as on a full disk
    with pytest.raises(DiskFullError) as err:
        store.write(records("international", "IEC", 500), unit(5, 500), VECTORS)
    assert str(err.value).endswith("database or disk is full")
    assert "cannot rollback" not in str(err.value)
    assert store.stats() == before
    store.close()
    with Store.open(tmp_path / "s") as again:
        assert again.stats() == before


# ------------------------------------------------------------------ 13: readers during a write

def test_searches_keep_the_old_index_while_a_write_saves_the_new_one(tmp_path, monkeypatch):
    store = make_store(tmp_path / "s")
    query = unit(0, 30)[:1]
    store.search(query, "international", 3)  # index in memory
    saving, searched = threading.Event(), threading.Event()
    from compare.store import indexes

    real_save = indexes.VectorIndexes._save

    def slow_save(self, side, generation, index):
        saving.set()
        assert searched.wait(60), "a search waited for the index to be saved"
        real_save(self, side, generation, index)

    monkeypatch.setattr(indexes.VectorIndexes, "_save", slow_save)
    writer = threading.Thread(target=store.write, args=(records("international", "IEC", 5), unit(9, 5), VECTORS))
    writer.start()
    assert saving.wait(60)
    old = store.search(query, "international", 3)[0]  # answered from the old index while the new one is saved
    searched.set()
    writer.join()
    assert old[0][1] == pytest.approx(1.0, abs=1e-5)
    assert store.stats()["clauses"]["international"] == 35
    new_hit = store.search(unit(9, 5)[:1], "international", 1)[0][0]
    assert store.clauses([new_hit[0]])[new_hit[0]].standard == "IEC 0"
    store.close()


def test_deleting_a_standard_updates_the_index_in_place(tmp_path):
    store = make_store(tmp_path / "s")
    assert store.delete_standard("ISO 0") == 10
    hits = store.search(unit(0, 30)[:1], "international", 30)[0]  # clause 0 belonged to ISO 0
    assert len(hits) == 20 and all(store.clauses([cid])[cid].standard != "ISO 0" for cid, _ in hits)
    store.close()
    with Store.open(tmp_path / "s") as again:  # the saved index passes its check
        assert len(again.search(unit(0, 30)[:1], "international", 30)[0]) == 20
        assert len(StoreLayout.of(tmp_path / "s").index_files("international")) == 2  # one index, one check


# ------------------------------------------------------------------ 15c: equal scores

def test_equal_scores_come_in_clause_id_order_even_after_reingesting(tmp_path):
    store = Store.open(tmp_path / "s", create=True)
    same = unit(3)
    twins = [ClauseRecord("ISO 1", str(i), "the same text", "en", "international") for i in range(12)]
    store.write(twins, np.repeat(same, 12, axis=0), VECTORS)
    first = [cid for cid, _ in store.search(same, "international", 5)[0]]
    assert first == sorted(store.clause_ids("international"))[:5]
    # re-ingest the same data in another order: ids stay, the in-memory index is rebuilt in another order
    store.write(twins[::-1], np.repeat(same, 12, axis=0), VECTORS)
    assert [cid for cid, _ in store.search(same, "international", 5)[0]] == first
    store.close()


def test_margin_statistics_left_by_another_database_are_never_reused(tmp_path):
    from compare.matching import margin

    for name, seed in (("a", 0), ("b", 7)):
        with make_store(tmp_path / name, seed=seed) as store:
            margin.neighbourhoods(store)  # computed and saved beside the indexes
    for name in ("store.sqlite-wal", "store.sqlite-shm"):
        (tmp_path / "a" / name).unlink(missing_ok=True)
    shutil.copy(tmp_path / "b" / "store.sqlite", tmp_path / "a" / "store.sqlite")
    margin._CACHE.clear()  # a new process: only the files remain
    with Store.open(tmp_path / "a") as restored, Store.open(tmp_path / "b") as original:
        got, want = margin.neighbourhoods(restored), margin.neighbourhoods(original)
        for side in ("domestic", "international"):
            assert np.allclose(got.means[side], want.means[side])


def test_a_large_index_file_is_digested_by_samples_that_still_catch_damage(tmp_path, monkeypatch):
    from compare.store import indexes

    monkeypatch.setattr(indexes, "WHOLE_DIGEST_BYTES", 1 << 20)  # files above 1 MB are sampled here
    path = tmp_path / "big.bin"
    data = bytearray(np.random.default_rng(0).integers(0, 256, 5 << 20, dtype=np.uint8).tobytes())
    path.write_bytes(bytes(data))
    first = indexes.digest_file(path)
    assert first.startswith("sampled:") and indexes.digest_file(path) == first
    data[0] ^= 1  # the first block is always read
    path.write_bytes(bytes(data))
    assert indexes.digest_file(path) != first
    data[0] ^= 1
    path.write_bytes(bytes(data[:-1]))  # truncated by one byte
    assert indexes.digest_file(path) != first
    small = tmp_path / "small.bin"
    small.write_bytes(b"abc")
    assert not indexes.digest_file(small).startswith("sampled:")


# ------------------------------------------------------------------ the log of a large write

def test_a_large_write_is_copied_into_the_database_file_beside_the_index_not_in_its_commit(tmp_path, monkeypatch):
    store = make_store(tmp_path / "s")
    database = store.layout.database
    from compare.store import indexes

    real_after_write, seen = indexes.VectorIndexes.after_write, {}

    def after_write(self, *args, **kwargs):
        if not seen:  # the first side's index: the rows are committed, in the log only, and then copied meanwhile
            seen["committed"] = store.read("SELECT count(*) FROM clauses")[0][0]
            seen["at_index"] = database.stat().st_size
            deadline = time.monotonic() + 60
            while database.stat().st_size < 4_000_000 and time.monotonic() < deadline:
                time.sleep(0.01)
            seen["meanwhile"] = database.stat().st_size
        return real_after_write(self, *args, **kwargs)

    monkeypatch.setattr(indexes.VectorIndexes, "after_write", after_write)
    many = [ClauseRecord(r.standard, r.clause, r.text + " " + "x" * 2000, r.lang, r.side)
            for r in records("international", "IEC", 3000)]  # about 7 MB of log: past SQLite's automatic checkpoint
    store.write(many, unit(7, 3000), VECTORS)
    assert seen["committed"] == 3060
    assert seen["at_index"] < 1_000_000 < 4_000_000 <= seen["meanwhile"]
    assert store._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000  # on again for later writes
    with pytest.raises(StoreError):  # a write that fails leaves it on too
        store.write(many[:2], unit(8, 1), VECTORS)
    assert store._conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1000
    store.close()
    with Store.open(tmp_path / "s") as again:
        assert again.stats()["clauses"]["international"] == 3030
