"""A unit under a square root, and a daily dose per kilogram of body weight written in Chinese (fixunit33:
compare/indicators/unit_roots.py, the body weight in `units._QUALIFYING` and `extract._UNIT`). Sentences of our own."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.units import normalise, reads_as_unit
from compare.indicators.unit_roots import square_roots


def _readings(text):
    return [(i.comparator, i.value, i.unit) for i in extract(text).indicators]


# ---- square roots


def test_a_root_sign_is_the_power_one_half_of_the_symbol_under_it():
    assert square_roots("nV/√Hz") == "nV/(Hz**0.5)"
    assert square_roots("ps/√(km)") == "ps/(km**0.5)"
    assert square_roots("mg/kg") == "mg/kg"


def test_a_unit_over_a_root_is_read_whole_after_the_value():
    got = _readings("前置放大器的等效输入噪声密度不大于4 nV/√Hz。")
    assert (Comparator.MAX, 4.0, "nV/√Hz") in got


def test_an_english_unit_over_a_root_is_read_whole():
    got = _readings("The differential group delay coefficient of the link shall not exceed 0,5 ps/√km.")
    assert (Comparator.MAX, 0.5, "ps/√km") in got


def test_a_unit_over_a_root_is_a_unit_of_its_own_dimension():
    assert reads_as_unit("ps/√km")
    root, plain = normalise(1.0, "ps/√km"), normalise(1.0, "ps/km")
    assert root.known and root.dimension != plain.dimension
    assert normalise(0.3, "ps/√km").dimension == normalise(0.2, "ps/√km").dimension


# ---- a daily dose per kilogram of body weight


def test_a_daily_dose_per_body_weight_in_chinese_keeps_its_body_weight_and_day():
    got = _readings("亚慢性毒性试验的未观察到有害作用剂量为25 mg/kg体重/d。")
    assert (Comparator.EQUAL, 25.0, "mg/kg体重/d") in got
    assert normalise(25.0, "mg/kg体重/d").dimension == normalise(25.0, "mg/kg bw/d").dimension


def test_a_single_dose_per_body_weight_reads_as_the_keys_write_it():
    got = _readings("急性经口毒性试验的限量剂量不低于5 000 mg/kg体重。")
    assert (Comparator.MIN, 5000.0, "mg/kg") in got


def test_an_intake_per_body_weight_over_a_period_in_words_keeps_the_period():
    got = _readings("A tolerable weekly intake for the contaminant of 7 µg/kg bw per week was retained.")
    assert (Comparator.EQUAL, 7.0, "µg/kg bw per week") in got
    assert normalise(7.0, "µg/kg bw per week").dimension == normalise(1.0, "mg/kg bw/d").dimension


def test_body_weight_without_a_period_after_it_keeps_the_plain_unit():
    got = _readings("An acceptable daily intake of 0,3 mg/kg bw for adults was allocated.")
    assert (Comparator.EQUAL, 0.3, "mg/kg bw") in got
