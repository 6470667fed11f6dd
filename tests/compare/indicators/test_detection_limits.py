"""Thirty-fourth round, fixbasis34: a method's detection limit stated as a plain value is a minimum
(compare.indicators.detection_limits); texts of the helper's own writing, each failing without the rule."""

from compare.core.vocabulary import Comparator
from compare.indicators.detection_limits import plain_detection_limits
from compare.indicators.extract import extract


def _read(text):
    return [(i.comparator, i.value, i.unit) for i in extract(text).indicators]


def test_a_plain_chinese_detection_limit_is_a_floor():
    # (read before as an equal value, and beside a contaminant's name as a ceiling)
    assert _read("本方法硝酸盐氮的检出限为0.08 mg/L。") == [(Comparator.MIN, 0.08, "mg/L")]
    assert (Comparator.MIN, 5.0, "mg/kg") in _read("取样量为2 g时，方法的检出限为5 mg/kg，低于检出限时报告未检出。")
    assert _read("本方法铅的检出限为0.02 mg/kg。") == [(Comparator.MIN, 0.02, "mg/kg")]


def test_a_plain_english_detection_limit_is_a_floor():
    # (read before as a ceiling from the word 'limit')
    assert _read("The limit of detection of the method is 0,05 mg/l.") == [(Comparator.MIN, 0.05, "mg/l")]


def test_a_detection_limit_with_its_own_comparator_keeps_it():
    # a requirement on an instrument: a ceiling, written as one
    assert _read("所用离子色谱仪的检测限应不大于0.01 mg/L。") == [(Comparator.MAX, 0.01, "mg/L")]
    assert _read("The detector shall have a limit of detection of 0,2 µg/l or lower.") == [
        (Comparator.MAX, 0.2, "µg/l")]
    assert plain_detection_limits("检出限为0.1 mg/L以下。") == []
