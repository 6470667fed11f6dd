"""Thirty-fourth round, fixmethod34: texts of the helper's own writing (not the open sets'), each failing without its
rule: a limit restated as the condition of what follows ('若超过…', '当…大于…时', 'if … exceeds …') is no second
indicator (restated_limits)."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.restated_limits import restated_conditions


def _read(text):
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def test_a_ceiling_restated_in_chinese_is_read_once():
    # (read before as the ceiling and a floor at the same value: '若超过250 ms' and '当…大于40 mg/L时')
    assert _read("两次采样的时间间隔应不大于250 ms。若超过250 ms，应重新采样。") == [
        (Comparator.MAX, 250.0, None, None, "ms")]
    assert _read("本方法的测定上限为40 mg/L。当样品中硝酸盐氮大于40 mg/L时，应稀释后测定。") == [
        (Comparator.MAX, 40.0, None, None, "mg/L")]


def test_a_range_restated_in_english_is_read_once():
    assert _read("The procedure is applicable to samples with a nitrate content between 0,2 mg/l and 40 mg/l. "
                 "If the nitrate content exceeds 40 mg/l, dilute the sample.") == [
        (Comparator.RANGE, None, 0.2, 40.0, "mg/l")]
    assert _read("The leakage current shall not exceed 3,5 mA; where it exceeds 3,5 mA, a warning label is "
                 "required.") == [(Comparator.MAX, 3.5, None, None, "mA")]


def test_conditions_that_restate_nothing_stay_read():
    # a value not stated before, a denied condition, a band's lower end, a value first stated in a condition
    assert _read("样品中硫酸盐浓度高于400 mg/L时，应改用重量法。") == [(Comparator.MIN, 400.0, None, None, "mg/L")]
    text = "The wall shall be at least 2 mm thick. If it is not thicker than 2 mm, use the second method."
    assert restated_conditions(text) == []
    text = "not more than 1.5 % when it holds not more than 2.0 %; not more than 0.8 % when it holds more than 2.0 % " \
           "but not more than 6.0 %"
    assert restated_conditions(text) == []
    text = "10 kΩ where the supply does not exceed 230 V; 20 kΩ where the supply exceeds 230 V."
    assert restated_conditions(text) == []
    # another unit: no restatement
    assert restated_conditions("应不大于5 mm。若超过5 %，应复测。") == []


def test_a_working_range_stated_in_pieces_is_one_range():
    # (read before as a minimum and a maximum apart, against the other clause's one range)
    assert _read("本方法的检出限为0.02 mg/L，测定下限为0.08 mg/L，测定上限为2.5 mg/L。") == [
        (Comparator.MIN, 0.02, None, None, "mg/L"), (Comparator.RANGE, None, 0.08, 2.5, "mg/L")]  # (the detection
    # limit a minimum since fixbasis34: detection_limits)
    assert _read("本方法适用于氨氮浓度大于0.1 mg/L的地表水。未经稀释时的测定上限为5 mg/L。") == [
        (Comparator.RANGE, None, 0.1, 5.0, "mg/L")]


def test_two_upper_limits_of_determination_stay_apart():
    assert _read("方法的测定下限为1 mg/L，直接法的测定上限为8 mg/L，稀释法的测定上限为800 mg/L。") == [
        (Comparator.MIN, 1.0, None, None, "mg/L"), (Comparator.MAX, 8.0, None, None, "mg/L"),
        (Comparator.MAX, 800.0, None, None, "mg/L")]
