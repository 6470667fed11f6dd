"""Limit deviations of tolerance classes written as a table's rows run into a sentence, the unit stated once, and
the size band heading them (thirty-ninth round, fixtable39): class_deviations. Sentences written for these tests;
no encoder."""

from __future__ import annotations

from compare.indicators.class_deviations import class_deviation_pairs
from compare.indicators.extract import extract


def _read(text: str) -> list[tuple]:
    return [(str(i.comparator), i.low, i.high, i.value, i.unit)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_class_rows_of_slashed_deviations_are_ranges_in_the_unit_stated_once():
    assert _read("孔的极限偏差（单位为μm）：H8为+39/0；F8为+64/+25；G7为+34/+9。") == [
        ("range", 0.0, 39.0, None, "μm"), ("range", 25.0, 64.0, None, "μm"), ("range", 9.0, 34.0, None, "μm")]
    assert _read("Limit deviations for holes (values in µm): H8 +39/0; F8 +64/+25; G7 +34/+9.") == [
        ("range", 0.0, 39.0, None, "μm"), ("range", 25.0, 64.0, None, "μm"), ("range", 9.0, 34.0, None, "μm")]


def test_the_grade_of_a_class_is_no_nominal_of_the_pair_after_it():
    # ('e8 −50/−89' was read as the nominal 8 with unequal deviations, 8 − 89 … 8 − 50)
    assert _read("Limit deviations for shafts (values in µm): e8 −50/−89; js6 +8/−8.") == [
        ("range", -89.0, -50.0, None, "μm"), ("range", -8.0, 8.0, None, "μm")]


def test_a_size_band_heading_the_class_rows_is_their_condition():
    for text in ("公称尺寸大于50 mm至80 mm的轴的极限偏差（单位为μm）：e8为−60/−106；js6为+9.5/−9.5。",
                 "Limit deviations for shafts, nominal size above 50 mm up to and including 80 mm (values in µm): "
                 "e8 −60/−106; js6 +9.5/−9.5."):
        readings = sorted(extract(text).indicators, key=lambda i: i.span)
        assert [(str(i.comparator), i.low, i.high) for i in readings] == [("range", -106.0, -60.0),
                                                                          ("range", -9.5, 9.5)]
        assert [(c.low, c.high) for c in readings[0].conditions] == [(50.0, 80.0)]


def test_no_pair_without_a_deviation_word_signs_or_in_the_wrong_order():
    number, unit = r"\d+(?:\.\d+)?", r"[µμ]m"
    read = float  # (the reader passes its folded text: the minus sign is "-")
    assert class_deviation_pairs("Ratings (values in V): K7 +7/-18.", number, unit, read) == []  # (no deviation)
    assert class_deviation_pairs("极限偏差：K7为7/18。", number, unit, read) == []  # (no sign: two values)
    assert class_deviation_pairs("极限偏差：K7为-18/+7。", number, unit, read) == []  # (the upper below the lower)
    assert [p[3:5] for p in class_deviation_pairs("极限偏差：K7为+7/-18。", number, unit, read)] == [(-18.0, 7.0)]
