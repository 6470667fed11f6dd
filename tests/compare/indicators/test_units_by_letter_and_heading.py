"""Units a letter's case or a heading decides (readW): 'a' is the year, a class letter is no unit, a rate named per
hour in its heading. Texts written for these tests."""

from compare.indicators.units import normalise


def test_lower_case_a_is_the_year():
    # A calibration interval written '2 a' (annum), as Chinese standards and ISO 80000-3 write it.
    assert normalise(2.0, "a").dimension == normalise(2.0, "years").dimension == "[time]"
    assert normalise(2.0, "a").value == normalise(24.0, "months").value


def test_capital_a_stays_the_ampere():
    assert normalise(16.0, "A").dimension == "[current]"


from compare.indicators.extract import extract_indicators  # noqa: E402


def _units(text):
    return [(i.value, normalise(1.0, i.unit).unit if i.unit else "") for i in extract_indicators(text)]


def test_class_letter_after_its_number_is_no_unit_english():
    # The letter in brackets names the class again: F is no farad, B no unit at all; the heading's kelvins hold.
    text = "Limits of surface temperature rise, in kelvins: handles of class 1 (F): 30; class 2 (B): 40."
    assert _units(text) == [(30.0, "K"), (40.0, "K")]


def test_class_letter_after_its_number_is_no_unit_chinese():
    text = "表面温升限值，单位为开尔文：手柄，耐热等级为1级（A）：30；2级（B）：40。"
    assert _units(text) == [(30.0, "K"), (40.0, "K")]


def test_unit_in_brackets_after_a_name_still_heads_the_value():
    assert _units("额定电流（A）：16") == [(16.0, "A")]
    assert _units("Rated current (A): 16") == [(16.0, "A")]


def test_kelvins_named_before_the_colon():
    assert _units("Maximum temperature rises in kelvins: terminals 45; enclosure 30.") == [(45.0, "K"), (30.0, "K")]

