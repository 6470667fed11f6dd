"""The one list pipeline (compare.workflows): what both ways in run for a list."""

from __future__ import annotations

import threading

import pytest
from openpyxl import load_workbook

import embeddings.index
from compare import ListOptions, list_encoder, match_list, open_table
from compare.core.vocabulary import Side
from compare.io.workbook import MATCHES_SHEET, find_sheet
from compare.workflows import LONG_LIST
from embeddings.process import EncoderProcess
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


def test_a_short_list_uses_the_loaded_encoder_a_long_one_a_child_process(encoder):
    with list_encoder(LONG_LIST - 1, model=encoder.name, threads=1, loaded=encoder) as short:
        assert short is encoder
    with list_encoder(LONG_LIST, model=encoder.name, threads=1, separate_process=False, loaded=encoder) as kept:
        assert kept is encoder
    with list_encoder(None, model=encoder.name, threads=1, loaded=encoder) as long:
        assert isinstance(long, EncoderProcess) and long.name == encoder.name
        assert embeddings.index._search_threads == 1  # FAISS leaves the other core to the encoder
        assert (long.encode(["铅"], role="query") == encoder.encode(["铅"], role="query")).all()
    assert embeddings.index._search_threads is None
