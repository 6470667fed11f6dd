"""The one list pipeline (compare.workflows): what both ways in run for a list."""

from __future__ import annotations

import threading

import numpy as np
import pytest
from openpyxl import load_workbook

import embeddings.index
from compare import ListOptions, list_encoder, match_list, open_table
from compare.core.vocabulary import Side
from compare.io.workbook import MATCHES_SHEET, find_sheet
from compare.matching.lists import ENCODE_STEP, _encode_in_steps
from compare.workflows import LONG_INGEST, LONG_LIST, ingest_encoder
from embeddings.process import EncoderProcess, SharedBatches
from tests.conftest import DOMESTIC, write_csv

pytestmark = pytest.mark.slow  # a real store, built with the real default encoder


def test_a_list_becomes_the_review_workbook_row_by_row(tmp_path, small_store, encoder):
    listing = open_table(write_csv(tmp_path / "list.csv", DOMESTIC))
    seen = []
    run = match_list(listing, small_store, encoder, tmp_path / "out.xlsx", ListOptions(threshold=40),
                     source="list.csv", on_row=seen.append)
    assert run.rows == 3 and not run.stopped and run.rows_per_second > 0
    assert [r.row.row for r in seen] == [1, 2, 3]
    assert seen[0].target_side == Side.INTERNATIONAL and seen[0].matches[0].comparison.overall == "consistent"
    assert len(seen[0].matches) == 5 and all(c.comparison is None for c in seen[0].matches[1:])  # best judged
    ws = find_sheet(load_workbook(tmp_path / "out.xlsx"), MATCHES_SHEET)
    assert [ws.cell(row=r, column=4).value for r in (2, 3, 4)] == ["CXS 193-1995", "CXS 193-1995", "WHO GDWQ"]


def test_jsonl_carries_every_matchs_verdict_and_options_apply(tmp_path, small_store, encoder):
    listing = open_table(write_csv(tmp_path / "list.csv", DOMESTIC))
    seen = []
    match_list(listing, small_store, encoder, tmp_path / "out.jsonl", ListOptions(top_k=2), on_row=seen.append)
    assert [len(r.matches) for r in seen] == [2, 2, 2]
    assert all(c.comparison is not None for r in seen for c in r.matches)
    seen.clear()
    match_list(listing, small_store, encoder, tmp_path / "out.jsonl", ListOptions(indicators=False),
               on_row=seen.append)
    assert all(c.comparison is None for r in seen for c in r.matches)


def test_the_stop_hook_ends_the_run_and_leaves_no_file(tmp_path, small_store, encoder):
    listing = open_table(write_csv(tmp_path / "list.csv", DOMESTIC))
    stop = threading.Event()
    stop.set()
    run = match_list(listing, small_store, encoder, tmp_path / "out.xlsx", stop=stop)
    assert run.stopped and run.rows == 0
    assert list(tmp_path.glob("out.xlsx*")) == [] and list(tmp_path.glob(".out.xlsx*")) == []


def test_a_short_list_reports_its_rows_as_they_are_encoded(tmp_path, small_store, encoder):
    """A list shorter than one 1:1 batch (1,000 rows) comes out whole at the end, and encoding it is most of its
    time: the rows encoded are reported along the way (ENCODE_STEP at a time), all before the first row is
    written, the rows without text included, and the vectors are those of one call, to the bit."""
    rows = [DOMESTIC[0]] + [[f"GB 2762-2022", f"4.{i}", DOMESTIC[1 + i % 3][2] + f"（第{i}项）"] for i in range(600)]
    rows[5][2] = ""  # a row with no text is not encoded, but counted
    listing = open_table(write_csv(tmp_path / "list.csv", rows), )
    events = []
    match_list(listing, small_store, encoder, tmp_path / "out.xlsx", on_row=lambda r: events.append("row"),
               on_encoded=lambda n: events.append(n))
    encoded = [e for e in events if e != "row"]
    assert sum(encoded) == 600 and encoded[:3] == [ENCODE_STEP, ENCODE_STEP, 600 - 2 * ENCODE_STEP - 1]
    assert events.index("row") == len(encoded)
    texts = [r[2] for r in rows[1:] if r[2]]
    np.testing.assert_array_equal(_encode_in_steps(encoder, texts, lambda n: None),
                                  np.asarray(encoder.encode(texts, role="query"), dtype=np.float32))
    plain, stepped = tmp_path / "plain.jsonl", tmp_path / "stepped.jsonl"
    match_list(listing, small_store, encoder, plain, ListOptions(indicators=False))
    match_list(listing, small_store, encoder, stepped, ListOptions(indicators=False), on_encoded=lambda n: None)
    assert plain.read_text(encoding="utf-8") == stepped.read_text(encoding="utf-8")


def test_a_short_list_uses_the_loaded_encoder_a_long_one_a_child_process(encoder, one_thread_encoder):
    with list_encoder(LONG_LIST - 1, model=encoder.name, threads=1, loaded=encoder) as short:
        assert short is encoder
    with list_encoder(LONG_LIST, model=encoder.name, threads=1, separate_process=False, loaded=encoder) as kept:
        assert kept is encoder
    with list_encoder(None, model=encoder.name, threads=1, loaded=encoder) as long:
        assert isinstance(long, EncoderProcess) and long.name == encoder.name
        assert embeddings.index._search_threads == 1  # FAISS leaves the other core to the encoder
        # the child's one BLAS thread gives the vectors of one thread here, to the bit
        assert (long.encode(["铅"], role="query") == one_thread_encoder.encode(["铅"], role="query")).all()
    assert embeddings.index._search_threads is None


def test_a_long_ingest_with_the_default_encoder_encodes_in_two_processes(encoder, one_thread_encoder, monkeypatch):
    import compare.workflows

    monkeypatch.setattr(compare.workflows.os, "cpu_count", lambda: 2)
    with ingest_encoder(LONG_INGEST - 1, model=encoder.name, threads=2) as short:
        assert not isinstance(short, SharedBatches)
    with ingest_encoder(LONG_INGEST, model=encoder.name, threads=1) as one_thread:
        assert not isinstance(one_thread, SharedBatches)
    with ingest_encoder(LONG_INGEST, model=encoder.name, threads=2, separate_process=False) as kept:
        assert not isinstance(kept, SharedBatches)
    texts = [f"Lead in cereal grains: maximum level 0.{i} mg/kg" for i in range(7)] + ["插座额定电流 16 A"]
    with ingest_encoder(LONG_INGEST, model="default", threads=4, batch_size=3) as shared:
        assert isinstance(shared, SharedBatches) and shared.name == encoder.name
        assert len(shared._others) == 1  # one process a core
        parts = list(shared.encode_batches(texts))
    alone = [one_thread_encoder.encode(texts[i:i + 3]) for i in range(0, len(texts), 3)]
    assert [p.shape for p in parts] == [a.shape for a in alone]
    assert all(np.array_equal(p, a) for p, a in zip(parts, alone))  # the very same vectors
