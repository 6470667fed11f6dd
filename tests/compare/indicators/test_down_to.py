"""Thirty-fourth round, fixbasis34: 'down to' / '低至' before a value is a reach downwards, a minimum
(compare.indicators.phrases); texts of the helper's own writing, each failing without the words."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract


def _read(text):
    return [(i.comparator, i.value, i.unit) for i in extract(text).indicators]


def test_down_to_is_a_floor():
    # (read before as an equal value, or beside a contaminant's name as a ceiling)
    assert _read("The cable may be installed at ambient temperatures down to −15 °C.") == [
        (Comparator.MIN, -15.0, "°C")]
    assert _read("The procedure is able to determine the lead content of the paint down to 5 mg/kg.") == [
        (Comparator.MIN, 5.0, "mg/kg")]
    assert _read("电缆可在低至−15 ℃的环境温度下敷设。") == [(Comparator.MIN, -15.0, "℃")]
