"""The second encoder on the shortlist (compare/matching/second_encoder.py): the fusion, the re-rank within
`match_rows`, and the vectors of stored clauses kept beside the store. Encoders here are small numpy stand-ins
(the real e5 backend is tested in tests/embeddings/test_e5.py), so no model is loaded."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from compare.core.errors import StdcompareError
from compare.core.model import InputRow
from compare.matching import second_encoder as second
from compare.matching.lists import match_rows
from compare.matching.ranking import Ranking
from compare.store import ClauseRecord, Store
from compare.store.layout import StoreLayout

ENGLISH = ["Insulation resistance shall be at least 2 megohm.",
           "The leakage current shall not exceed 0.75 mA.",
           "Lead in cereal grains: maximum level 0.2 mg/kg.",
           "Cadmium in rice: maximum level 0.4 mg/kg."]
QUERY = "谷物中铅的限量为0.2 mg/kg"


class Encoder:
    """Texts -> fixed unit vectors: each text given a direction, everything else a direction of its own."""

    def __init__(self, name: str, directions: dict[str, int], dimension: int = 8) -> None:
        self.name, self.dimension, self._directions = name, dimension, directions
        self.calls: list[tuple[tuple[str, ...], str]] = []

    def encode(self, texts, role="document"):
        self.calls.append((tuple(texts), role))
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for row, text in enumerate(texts):
            out[row, self._directions.get(text, self.dimension - 1)] = 1.0
        return out


def primary() -> Encoder:
    # the store's encoder puts the query beside the cadmium clause, nearer than beside lead
    enc = Encoder("test-vectors", {t: i for i, t in enumerate(ENGLISH)})

    def encode(texts, role="document"):
        out = Encoder.encode(enc, texts, role)
        for row, text in enumerate(texts):
            if text == QUERY:
                out[row] = 0
                out[row, 3], out[row, 2] = 0.8, 0.6
        return out

    enc.encode = encode
    return enc


def secondary() -> Encoder:
    # the second encoder sees the query and the lead clause as the same thing
    return Encoder("fake-second", {QUERY: 2, ENGLISH[2]: 2, ENGLISH[3]: 3, ENGLISH[0]: 0, ENGLISH[1]: 1})


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    second.forget_vectors()
    monkeypatch.setitem(second._ENCODERS, "fake", secondary())
    yield
    second.forget_vectors()


def english_store(path, encoder) -> Store:
    store = Store.open(path, create=True)
    store.write([ClauseRecord("ISO 1", str(i), t, "en", "international") for i, t in enumerate(ENGLISH)],
                encoder.encode(ENGLISH), encoder)
    return store


def first(store, encoder, ranking: Ranking) -> tuple[str, float]:
    result = next(match_rows([InputRow(1, 1, QUERY)], store, encoder, top_k=4, target_side="international",
                             ranking=ranking, term_weight=0.0))
    return result.matches[0].clause.text, result.matches[0].similarity


def test_fusion_keeps_the_favourite_and_lowers_the_others_by_their_gap():
    hits = [(1, 0.8), (2, 0.7), (3, 0.6)]
    fused = second.fuse(hits, np.array([0.75, 0.90, 0.85]), weight=1.0)
    assert [cid for cid, _ in fused] == [2, 1, 3]
    assert dict(fused) == pytest.approx({1: 0.65, 2: 0.7, 3: 0.55})
    assert second.fuse(hits, np.array([0.1, 0.9, 0.5]), weight=0.0) == hits


def test_the_second_encoder_reorders_the_shortlist_of_match(tmp_path):
    enc = primary()
    with english_store(tmp_path / "store", enc) as store:
        plain = Ranking(method="cosine", lexical=0.0, numbers=0.0)  # the second encoder alone is measured
        assert first(store, enc, plain)[0] == ENGLISH[3]  # the store's encoder alone gets it wrong
        text, similarity = first(store, enc, Ranking(method="cosine", lexical=0.0, numbers=0.0, second="fake",
                                                     second_weight=1))
        assert text == ENGLISH[2]
        assert similarity == pytest.approx(0.6)  # the favourite keeps its own similarity
        calls = second._ENCODERS["fake"].calls
        assert calls[0] == ((QUERY,), "query") and calls[1][1] == "document"


def test_stored_vectors_are_encoded_once_and_kept_beside_the_store(tmp_path):
    enc = primary()
    ranking = Ranking(method="cosine", lexical=0.0, second="fake")
    with english_store(tmp_path / "store", enc) as store:
        first(store, enc, ranking)
        fake = second._ENCODERS["fake"]
        encoded = [t for texts, role in fake.calls if role == "document" for t in texts]
        assert sorted(encoded) == sorted(ENGLISH)
        files = StoreLayout.of(store.path).second_files("fake-second")
        assert len(files) == 1 and files[0] in StoreLayout.of(store.path).cache_files()
        first(store, enc, ranking)
        assert [role for _, role in fake.calls].count("document") == 1  # from memory
        second.forget_vectors()  # another process: read from the file, nothing encoded again
        assert first(store, enc, ranking)[0] == ENGLISH[2]
        assert [role for _, role in fake.calls].count("document") == 1


def test_a_damaged_vector_file_is_encoded_again(tmp_path):
    enc = primary()
    ranking = Ranking(method="cosine", lexical=0.0, second="fake")
    with english_store(tmp_path / "store", enc) as store:
        first(store, enc, ranking)
        for path in StoreLayout.of(store.path).second_files("fake-second"):
            path.write_bytes(b"not numpy")
        second.forget_vectors()
        assert first(store, enc, ranking)[0] == ENGLISH[2]
        assert [role for _, role in second._ENCODERS["fake"].calls].count("document") == 2


def test_many_small_parts_are_merged(tmp_path, monkeypatch):
    monkeypatch.setattr(second, "MAX_PARTS", 3)
    fake = secondary()
    cache = second.VectorCache(tmp_path, fake)
    texts = [f"clause {i}" for i in range(8)]
    for text in texts:
        cache.get([text])
        cache.save()
    parts = StoreLayout.of(tmp_path).second_files("fake-second")
    assert len(parts) <= 4
    again = second.VectorCache(tmp_path, fake)
    again.get(texts)
    assert again.encoded == 0  # every vector survived the merges


def test_settings_and_bad_values():
    with pytest.raises(StdcompareError) as bad:
        Ranking(second="e5", second_weight=-1)
    assert bad.value.option == "second_weight"
    with pytest.raises(StdcompareError) as missing:
        second.second_encoder("/nowhere/no-model")
    assert missing.value.option == "second_model"
    assert second.second_encoder_channel(SimpleNamespace(path=None), "", 1.0) is None
    assert second.second_encoder_channel(SimpleNamespace(path=None), "fake", 0.0) is None


def test_the_setting_reaches_the_ranking(monkeypatch):
    from api.settings import Settings

    monkeypatch.setenv("STDCOMPARE_SECOND_MODEL", "e5")
    monkeypatch.setenv("STDCOMPARE_SECOND_WEIGHT", "0.5")
    options = Settings().ranking_options()
    assert options["second"] == "e5" and options["second_weight"] == 0.5
    assert Settings().ranking_options("")["second"] == ""  # the command line's --second-model '' wins


def test_numbers_both_clauses_carry_can_join_the_ranking(tmp_path):
    from compare.matching.signals import fuse_numbers

    hits = [(1, 0.8), (2, 0.6)]
    texts = {1: "Cadmium: 0.4 mg/kg", 2: "Lead: 0.2 mg/kg"}
    assert [cid for cid, _ in fuse_numbers("铅 0.2 mg/kg", hits, texts, 0.5)] == [2, 1]
    assert fuse_numbers("铅的限量", hits, texts, 0.5) == hits  # no number in the query: unchanged
    enc = primary()
    with english_store(tmp_path / "store", enc) as store:
        assert first(store, enc, Ranking(method="cosine", lexical=0.0, numbers=0.5))[0] == ENGLISH[2]
    with pytest.raises(StdcompareError) as bad:
        Ranking(numbers=2)
    assert bad.value.option == "numbers_weight"


def test_numbers_of_a_batch_are_read_once_per_candidate():
    from compare.matching.signals import fuse_numbers, fuse_numbers_many, numbers_in

    texts = {1: "Cadmium: 0.4 mg/kg", 2: "Lead: 0.2 mg/kg", 3: "Mercury: 0.4 mg/kg"}
    reads = []

    def numbers_of(ids):
        reads.append(set(ids))
        return {cid: numbers_in(texts[cid]) for cid in ids}

    queries = ["铅 0.2 mg/kg", "汞 0.4 mg/kg", "铅的限量"]
    ranked = [[(1, 0.8), (2, 0.6)], [(2, 0.9), (3, 0.7)], [(1, 0.9), (2, 0.1)]]
    fused = fuse_numbers_many(queries, ranked, numbers_of, 0.5)
    assert fused == [fuse_numbers(q, hits, texts, 0.5) for q, hits in zip(queries, ranked)]
    assert [[cid for cid, _ in hits] for hits in fused] == [[2, 1], [3, 2], [1, 2]]
    assert reads == [{1, 2, 3}]  # one read, only the shortlists of queries that carry a number
    assert fuse_numbers_many(["铅的限量"], [[(1, 0.9)]], numbers_of, 0.5) == [[(1, 0.9)]] and len(reads) == 1
