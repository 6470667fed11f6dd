"""The store: replace-not-duplicate, encoder refusal, atomic ingest, and recovery of stale index files."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import numpy as np
import pytest

from compare.core.errors import EncoderMismatchError, InvalidRowsError, StoreError
from compare.store.ingest import prepare_records
from compare.matching.lists import search_text
from compare.core.model import InputRow
from compare.store.store import ClauseRecord, Store
from tests.conftest import ROOT


def record(standard, clause, text, side="international", lang="en"):
    return ClauseRecord(standard=standard, clause=clause, text=text, lang=lang, side=side)


def test_reingest_replaces_without_duplicates(small_store, encoder):
    before = small_store.stats()["clauses"]
    report = small_store.ingest([record("CXS 193-1995", "Cd-3", "Cadmium in polished rice: maximum 0.4 mg/kg"),
                                 record("CXS 193-1995", "Hg-1", "Mercury in natural mineral water: 0.001 mg/L")],
                                encoder)
    assert (report.added, report.replaced) == (1, 1)
    assert small_store.stats()["clauses"]["international"] == before["international"] + 1
    texts = [c.text for c in small_store.standard_clauses("CXS 193-1995")]
    assert texts.count("Cadmium in polished rice: maximum 0.4 mg/kg") == 1
    assert "Cadmium in polished rice: maximum level 0.4 mg/kg" not in texts
    # the replaced vector is the one searched
    hit = search_text("大米中镉的最大限量", small_store, encoder, top_k=1).matches[0]
    assert hit.clause.text == "Cadmium in polished rice: maximum 0.4 mg/kg"


def test_moving_a_clause_to_the_other_side(small_store, encoder):
    small_store.ingest([record("ISO 291", "4", "Conditioning at 23 °C", side="domestic")], encoder)
    hits = small_store.search(encoder.encode(["Conditioning at 23 °C"]), "international", 10)[0]
    ids = small_store.clauses([cid for cid, _ in hits])
    assert all(c.standard != "ISO 291" for c in ids.values())
    assert small_store.stats()["clauses"] == {"domestic": 4, "international": 4}


def test_store_refuses_another_encoder(small_store):
    class Other:
        name, dimension = "another-model", 384

    with pytest.raises(EncoderMismatchError, match="use-multilingual-v3"):
        small_store.check_encoder(Other())
    with pytest.raises(EncoderMismatchError):
        small_store.ingest([record("X", "1", "x")], Other())


def test_not_a_store_is_refused(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a stdcompare store"):
        Store.open(tmp_path / "docs", create=True)
    assert os.listdir(tmp_path / "docs") == ["notes.txt"]
    with pytest.raises(StoreError, match="no store at"):
        Store.open(tmp_path / "nowhere")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store.open(tmp_path / "file", create=True)
    corrupt = tmp_path / "corrupt"
    corrupt.mkdir()
    (corrupt / "store.sqlite").write_bytes(b"garbage" * 200)
    with pytest.raises(StoreError, match="not a readable SQLite"):
        Store.open(corrupt)


def test_failure_inside_the_write_leaves_the_store_as_it_was(small_store, encoder, monkeypatch):
    before = small_store.stats()
    from compare.store import ingest

    original = ingest.upsert_standard
    calls = []

    def failing(conn, rec):
        calls.append(rec)
        if len(calls) == 2:
            raise RuntimeError("disk gone")
        return original(conn, rec)

    monkeypatch.setattr(ingest, "upsert_standard", failing)
    with pytest.raises(RuntimeError):
        small_store.ingest([record("ISO 1", "1", "first"), record("ISO 2", "1", "second")], encoder)
    monkeypatch.undo()
    assert small_store.stats() == before
    assert len(search_text("first", small_store, encoder, side="international").matches) == 5


def test_missing_or_damaged_index_files_are_rebuilt(small_store, encoder, tmp_path):
    path = small_store.path
    expected = search_text("谷物中铅的限量", small_store, encoder).matches
    small_store.close()
    files = sorted(path.glob("vectors-*"))
    assert files
    files[0].unlink()
    files[1].write_bytes(b"damaged")
    with Store.open(path) as again:
        found = search_text("谷物中铅的限量", again, encoder).matches
    assert [c.clause.id for c in found] == [c.clause.id for c in expected]


def test_invalid_rows_stop_the_ingest_unless_skipped():
    rows = [InputRow(1, 2, "Lead 0.2 mg/kg", "CXS 193", "1"), InputRow(2, 3, "", "CXS 193", "2"),
            InputRow(3, 4, "Lead 0.3 mg/kg", "CXS 193", "1"), InputRow(4, 5, "Lead 0.2 mg/kg", "CXS 193", "1"),
            InputRow(5, 6, "No number", "", "9")]
    with pytest.raises(InvalidRowsError) as err:
        prepare_records(rows)
    message = str(err.value)
    assert "3 row(s)" in message and "row 2 (line 3): empty text" in message
    assert err.value.option == "skip_invalid"
    with pytest.raises(InvalidRowsError) as unnumbered:
        prepare_records(rows[-1:])
    assert unnumbered.value.option == "standard"  # one number for the whole file fixes it
    assert "different text" in message and "no standard number" in message
    prepared = prepare_records(rows, skip_invalid=True)
    assert [(r.clause, r.text) for r in prepared.records] == [("1", "Lead 0.2 mg/kg")]
    assert any("repeats row 1" in w for w in prepared.warnings)
    assert prepare_records(rows[:1], standard="ISO 9").records[0].standard == "ISO 9"
    assert prepare_records([InputRow(1, 2, "铅 0.2 mg/kg", "GB 1", "1")]).records[0].side == "domestic"


@pytest.mark.slow
def test_killing_an_ingest_midway_leaves_the_store_answering_as_before(small_store, encoder, tmp_path):
    store_path = small_store.path
    query = "大米中镉的最大限量"
    expected = [(c.clause.id, c.score) for c in search_text(query, small_store, encoder).matches]
    stats = small_store.stats()
    small_store.close()
    big = tmp_path / "big.csv"
    lines = ["standard,clause,text"] + [f"ISO {9000 + i},{i % 7}.{i},\"Specimens of batch {i} shall be "
                                        f"conditioned for {i % 48} h at {20 + i % 5} °C before test {i}\""
                                        for i in range(10000)]
    big.write_text("\n".join(lines), encoding="utf-8")
    cli = [sys.executable, "-m", "api.cli", "ingest", str(big), "--store", str(store_path)]
    wal = store_path / "store.sqlite-wal"

    def while_encoding():
        time.sleep(1.5)

    def while_writing():  # the write transaction has begun once the WAL grows past a few pages
        deadline = time.time() + 120
        while time.time() < deadline and not (wal.exists() and wal.stat().st_size > 2_000_000):
            time.sleep(0.01)

    for wait in (while_encoding, while_writing):
        proc = subprocess.Popen(cli, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        wait()
        if proc.poll() is not None:
            pytest.fail(f"ingest finished before it could be killed: {proc.stderr.read().decode()}")
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        with Store.open(store_path) as again:
            assert again.stats() == stats
            assert [(c.clause.id, c.score) for c in search_text(query, again, encoder).matches] == expected


def test_warming_reads_the_database_ahead_once_and_searches_alike(tmp_path):
    """A long list warms the store with its database file: read through in the background, once per opened
    store, and the store answers as before (an empty store has nothing to search)."""
    import numpy as np

    with Store.open(tmp_path / "store", create=True) as store:
        store.warm(database=True)
        store.warm(database=True)  # already read (or being read): nothing more started
        store.warm(wait=True, database=True)
        sims, ids = store.search_arrays(np.ones((1, 4), dtype=np.float32), "international", 3)
        assert sims.shape == (1, 0) and ids.shape == (1, 0)


class _Elsewhere:
    """An encoder whose batches come from elsewhere (as compare.core.distributed.EncoderPool's do): made-up
    vectors, 4-d, two texts a batch; it looks into the store's open write before giving its second batch, and
    fails on the batch holding `fail_on` when given."""

    name, dimension, encodes_elsewhere = "made-up", 4, True

    def __init__(self, store, fail_on=None):
        self.store, self.fail_on, self.seen_before_second = store, fail_on, None

    def encode_batches(self, texts, role="document"):
        for start in range(0, len(texts), 2):
            if start == 2:  # the writer's own connection sees what it wrote so far, not yet committed
                conn = self.store._conn
                self.seen_before_second = (conn.in_transaction,
                                           conn.execute("SELECT count(*) FROM clauses").fetchone()[0])
            batch = texts[start:start + 2]
            if self.fail_on in batch:
                raise MemoryError("the worker ran out of memory")
            yield np.array([[len(t), start, 1.0, 0.0] for t in batch], np.float32)


def test_batches_encoded_elsewhere_are_written_as_they_come_in_one_transaction(tmp_path):
    records = [record("ISO 1", f"{i}", f"clause text {'x' * i}") for i in range(5)]
    with Store.open(tmp_path / "store", create=True) as store:
        elsewhere = _Elsewhere(store)
        seen = []
        report = store.ingest(records, elsewhere, progress=seen.append)
        assert elsewhere.seen_before_second == (True, 2)  # the first batch written before the second came
        assert (report.added, seen) == (5, [2, 2, 1])
        rows = store.read("SELECT id FROM clauses ORDER BY id")
        vectors = store.vectors([r[0] for r in rows])
        assert vectors.shape == (5, 4) and not store._conn.in_transaction
        np.testing.assert_array_equal(vectors[:, 1], [0, 0, 2, 2, 4])  # each row with its own batch's vector
        assert sorted(i for i, _ in store.search(vectors[:1], "international", 9)[0]) == [r[0] for r in rows]


def test_a_failure_while_batches_arrive_leaves_the_store_as_it_was(tmp_path):
    with Store.open(tmp_path / "store", create=True) as store:
        store.ingest([record("ISO 1", "0", "kept")], _Elsewhere(store))
        more = [record("ISO 2", f"{i}", f"new {i}") for i in range(5)]
        with pytest.raises(MemoryError):
            store.ingest(more, _Elsewhere(store, fail_on="new 4"))  # after two batches were written
        assert store.read("SELECT text FROM clauses") == [("kept",)] and not store._conn.in_transaction
        assert store.generation("international") == 1


def test_fewer_vectors_than_clauses_write_nothing(tmp_path):
    class Short(_Elsewhere):
        def encode_batches(self, texts, role="document"):
            yield from list(super().encode_batches(texts, role))[:-1]  # the last batch lost

    with Store.open(tmp_path / "store", create=True) as store:
        with pytest.raises(StoreError, match="not as many vectors; nothing was written"):
            store.ingest([record("ISO 1", f"{i}", f"text {i}") for i in range(3)], Short(store))
        assert store.read("SELECT count(*) FROM clauses") == [(0,)]


class _Made:
    """A made-up encoder of 8-d unit vectors, each from a text's number (the same text, the same vector)."""

    name, dimension = "made-up-8", 8

    def encode(self, texts, role="document"):
        rows = np.array([np.random.default_rng(int(t.split()[-1])).standard_normal(8) for t in texts])
        return (rows / np.linalg.norm(rows, axis=1, keepdims=True)).astype(np.float32)


@pytest.mark.parametrize("approximate_above", [0, 40])  # exact; approximate (trained on the 60 rows)
def test_a_new_side_gets_the_index_a_rebuild_from_the_database_gives(tmp_path, approximate_above):
    """A side written for the first time has its index built from the vectors in hand: the same file, byte for
    byte, as the one rebuilt from the database once that file is gone. Then another write, and one to the
    other side, still bring every index to the rows of its side."""
    path = tmp_path / "store"
    written = []
    with Store.open(path, create=True, approximate_above=approximate_above) as store:
        store.ingest([record("ISO 1", f"{i}", f"clause {i}") for i in range(60)], _Made(), written=written.append)
        assert [(c.side, c.before, c.after, len(c.entered)) for c in written[0]] == [("international", 0, 1, 60)]
        files = list((path).rglob("vectors-international-g1.*"))
        index_file = next(f for f in files if not f.name.endswith(".json") and ".check" not in f.name)
        in_hand = index_file.read_bytes()
    for f in files:
        f.unlink()
    with Store.open(path, approximate_above=approximate_above) as store:
        store.search(_Made().encode(["q 3"]), "international", 3)  # rebuilds the index from SQLite
        assert index_file.read_bytes() == in_hand
        store.ingest([record("ISO 1", f"{i}", f"clause {i}") for i in range(50, 70)]
                     + [record("GB 1", "1", "条款 7", side="domestic")], _Made())
        assert len(store._indexes.current("international")) == 70
        assert [i for i, _ in store.search(_Made().encode(["q 7"]), "domestic", 5)[0]] == [71]
