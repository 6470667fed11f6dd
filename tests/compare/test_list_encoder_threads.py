"""Which encoder a short list or ingest gets: the default encoder loaded here with one BLAS thread (two spun for
each other and for the cores: a 900-row list matched in 20-26 s instead of 6 s, 1,500 clauses ingested in 17-21 s
instead of 3-4, on the shared two-core machine)."""

from __future__ import annotations

import compare.workflows as workflows
from compare.workflows import LONG_INGEST, LONG_LIST, ingest_encoder, list_encoder


def test_a_short_list_or_ingest_is_encoded_on_one_thread_unless_everything_stays_in_this_process(monkeypatch):
    loaded = []
    monkeypatch.setattr(workflows, "load_encoder", lambda model, threads: loaded.append((model, threads)) or model)
    with list_encoder(LONG_LIST - 1, model="use-multilingual-v3", threads=2) as encoder:
        assert encoder == "use-multilingual-v3"
    with list_encoder(LONG_LIST - 1, model="use-multilingual-v3", threads=2, separate_process=False):
        pass
    with list_encoder(LONG_LIST - 1, model="e5", threads=2):  # another encoder keeps the setting
        pass
    with list_encoder(5, model="use-multilingual-v3", threads=2, loaded="the server's") as encoder:
        assert encoder == "the server's"  # one already loaded is used as it is
    with ingest_encoder(LONG_INGEST - 1, model="use-multilingual-v3", threads=2):
        pass
    with ingest_encoder(LONG_INGEST - 1, model="use-multilingual-v3", threads=2, separate_process=False):
        pass
    assert loaded == [("use-multilingual-v3", 1), ("use-multilingual-v3", 2), ("e5", 2),
                      ("use-multilingual-v3", 1), ("use-multilingual-v3", 2)]
