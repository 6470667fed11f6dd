"""The forms of compare.indicators.zh_forms30: test levels applied with '±', counts per a thing, fractions of another
limit, limits under a noun heading. Sentences of my own."""

from compare.indicators.extract import extract
from compare.indicators.zh_forms30 import (counts_per_thing, is_applied_test_level, limit_under_a_noun_heading,
                                            may_count_per_thing)


def _read(text):
    return [(str(i.comparator), i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


# ------------------------------------------------------------------------------------------------ test levels

def test_discharge_level_with_plus_minus_is_a_test_parameter():
    assert _read("对外壳施加±6 kV空气放电。") == [("equal", 6.0, None, None, "kV")]


def test_surge_levels_each_equal():
    got = _read("电源端口浪涌：线对地±2 kV，线对线±1 kV。")
    assert [g[0] for g in got] == ["equal", "equal"]


def test_english_discharge_level_is_equal():
    got = _read("Air discharge: ±15 kV.")
    assert got == [("equal", 15.0, None, None, "kV")]


def test_voltage_deviation_stays_a_maximum():
    # a '±' voltage beside a deviation word is a deviation, even where a discharge is named in the clause
    got = _read("充电电压偏差±2 V，放电时间不少于2 h。")
    assert got[0] == ("max", 2.0, None, None, "V")


def test_plus_minus_voltage_without_test_words_stays_a_maximum():
    assert _read("输出电压波动±3 V。")[0][0] == "max"


def test_is_applied_test_level_needs_plus_minus_in_own_text():
    ind = extract("接触放电电压为4 kV。").indicators[0]
    assert not is_applied_test_level(ind, "接触放电电压为4 kV。")


# ------------------------------------------------------------------------------------------------ counts per a thing

def test_count_per_container_is_one_unit():
    assert _read("每批样品中异物不得超过3个/瓶。") == [("max", 3.0, None, None, "个/瓶")]


def test_counts_per_minute_joined_by_a_range_sign_are_one_range():
    assert _read("脉搏设定值为40次/分～180次/分。") == [("range", None, 40.0, 180.0, "次/分")]


def test_count_per_minute_normalises_as_a_rate():
    ind = extract("心率报警上限不大于150次/分。").indicators[0]
    assert ind.unit == "次/分" and ind.normalized.dimension == "1 / [time]"


def test_slash_between_two_word_names_is_no_unit():
    got = _read("开关/插座数量为2个。")
    assert got == [("equal", 2.0, None, None, "个")]


def test_may_count_per_thing_needs_a_counter_before_a_slash():
    assert may_count_per_thing("3粒/袋")
    assert not may_count_per_thing("3 mg/kg")
    assert counts_per_thing((), "3粒/袋") == ()


# ------------------------------------------------------------------------------------------------ fractions of a limit

def test_fraction_of_the_permissible_error_is_not_keyed():
    assert _read("零位漂移不应超过最大允许误差的1/3。") == []


def test_fraction_in_chinese_words_of_a_limit_is_not_keyed():
    assert _read("回差不得大于允许误差绝对值的二分之一。") == []


def test_fraction_of_a_plain_quantity_is_kept():
    # a share of a stated measuring range is no limit stated elsewhere: left as read
    assert _read("试验力为量程的1/2。") != []


# ------------------------------------------------------------------------------------------------ limits under a noun

def test_value_after_a_condition_under_a_limit_heading_is_a_maximum():
    assert _read("工频磁场暴露限值中，频率60 Hz时磁感应强度为80 μT。") == [("max", 80.0, None, None, "μT")]


def test_each_row_under_a_limit_heading_is_a_maximum():
    got = _read("夜间噪声限值：车速≤50 km/h时为70 dB(A)；车速>50 km/h时为74 dB(A)。")
    assert [(g[0], g[1]) for g in got if g[4] == "dB(A)"] == [("max", 70.0), ("max", 74.0)]


def test_value_with_its_own_comparator_keeps_it():
    assert _read("排放限值：温度20 ℃时浓度不小于5 mg/L。") == [("min", 5.0, None, None, "mg/L")]


def test_value_without_a_limit_heading_stays_equal():
    text = "试验温度为70 ℃时，试验电压为500 V。"
    ind = [i for i in extract(text).indicators if i.unit == "V"][0]
    assert str(ind.comparator) == "equal" and not limit_under_a_noun_heading(ind, text)


# ------------------------------------------------------------------------------------------------ joined conditions

def test_value_joined_to_a_condition_is_a_condition_too():
    got = extract("电压为230 V、频率为50 Hz时，泄漏电流不大于0.5 mA。").indicators
    assert [(str(i.comparator), i.value, i.unit) for i in got] == [("max", 0.5, "mA")]
    assert {c.text for c in got[0].conditions} >= {"230 V", "50 Hz"}


def test_values_joined_without_a_condition_stay_values():
    assert [g[0] for g in _read("长度为6 m、宽度为2 m。")] == ["equal", "equal"]


def test_english_level_named_after_its_value_is_equal():
    got = _read("Electrostatic discharge: ±6 kV contact discharge, ±8 kV air discharge.")
    assert [(g[0], g[1]) for g in got] == [("equal", 6.0), ("equal", 8.0)]


def test_joined_values_naming_a_quantity_stay_values():
    # '…时的额定电流' names what is measured so, no condition closed by a comma before a limit
    got = _read("导体温度70 ℃、环境温度25 ℃时的额定电流为32 A。")
    assert ("equal", 70.0, None, None, "℃") in got
