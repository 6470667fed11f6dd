"""Pairing and the overall verdict, ninth round: the encoder only weighs a pair, and readings the reader is
unsure of with nothing to pair do not decide a clause. Clause pairs written for these tests (other fields, both
languages)."""

from __future__ import annotations

import numpy as np

from compare.core.vocabulary import Verdict
from compare.indicators.verdicts import NameVectors, compare_clauses


class ApartEncoder:
    """Vectors that point apart for any Chinese and any English name (cosine -0.6): what a multilingual
    encoder can give two names of one quantity written very differently."""

    def encode(self, texts, role="document"):
        return np.array([[0.6, 0.8] if any("\u4e00" <= ch <= "\u9fff" for ch in t) else [-1.0, 0.0]
                         for t in texts], dtype=np.float32)


def test_names_whose_vectors_point_apart_still_pair_by_unit_and_value():
    vectors = NameVectors(ApartEncoder())
    result = compare_clauses("试样盘内径为90 mm，盘深为15 mm。", "Sample dish: inside diameter 90 mm, depth 15 mm.",
                             vectors=vectors)
    assert vectors.encoded > 0  # the encoder was asked: two limits of one dimension on each side
    assert result.overall == Verdict.CONSISTENT
    assert sorted((p.domestic.value, p.international.value) for p in result.pairs) == [(15, 15), (90, 90)]


def test_the_encoder_weighs_but_never_leaves_two_limits_apart():
    result = compare_clauses("Conveyor belt: width 650 mm; edge distance 40 mm.", "输送带带宽650 mm，边距50 mm。",
                             vectors=NameVectors(ApartEncoder()))
    assert sorted((p.domestic.value, p.international.value) for p in result.pairs) == [(40, 50), (650, 650)]
