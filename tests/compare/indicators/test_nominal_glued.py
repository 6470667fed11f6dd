"""A nominal value glued to the word 公称 in a table whose unit is stated once (thirty-ninth round, fixtable39):
nominal_glued. Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.nominal_glued import after_nominal_word


def test_a_number_glued_to_the_nominal_word_is_a_value_in_the_table_unit():
    readings = extract("表2（单位为毫米）：螺纹规格d M16；螺距P 2；k公称10；s公称=max 24.00。").indicators
    assert [(i.parameter, str(i.comparator), i.value, i.unit) for i in sorted(readings, key=lambda i: i.span)
            if i.parameter.startswith("k")] == [("k公称", "equal", 10.0, "毫米")]


def test_only_the_nominal_word_right_before_the_number():
    assert after_nominal_word("k公称10", 3)
    assert not after_nominal_word("类别10", 2)
    assert not after_nominal_word("k公称 10", 4)
