"""HTTP searches answered in batches rank with the server's settings (lexical weight, second encoder), not the
library's defaults. Numpy stand-in encoders (tests/compare/matching/test_second_encoder.py): no model loaded."""

from __future__ import annotations

import asyncio

from api.http.batching import SearchBatcher
from compare.matching import second_encoder
from compare.matching.ranking import Ranking
from tests.compare.matching.test_second_encoder import ENGLISH, QUERY, Encoder, english_store, primary


def test_the_batcher_ranks_with_the_servers_settings(tmp_path, monkeypatch):
    second_encoder.forget_vectors()
    # a second encoder that sees the query as the insulation clause, which the store's encoder puts last
    monkeypatch.setitem(second_encoder._ENCODERS, "contrary", Encoder("contrary", {QUERY: 0, ENGLISH[0]: 0}))
    enc = primary()
    with english_store(tmp_path / "store", enc) as store:
        answers = {}
        for name, ranking in (("library", None), ("server", Ranking(second="contrary", second_weight=10))):
            batcher = SearchBatcher(store, enc, ranking=ranking)
            try:
                answers[name] = asyncio.run(batcher.match(QUERY, top_k=2, side="international"))
            finally:
                batcher.close()
    assert answers["library"]["matches"][0]["text"] != ENGLISH[0]
    assert answers["server"]["matches"][0]["text"] == ENGLISH[0]
    second_encoder.forget_vectors()
