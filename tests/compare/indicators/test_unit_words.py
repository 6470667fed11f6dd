"""Units written in words or with what they count inside: amounts in equivalents ('meq/kg', 'milliequivalents of active
oxygen per kg'), a quantity of their own, and a temperature scale named in words ('40 degrees Celsius')."""

import pytest

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract, extract_indicators
from compare.indicators.units import normalise
from compare.indicators.verdicts import compare_clauses


@pytest.mark.parametrize("text, value", [
    ("Peroxide value: up to 10 milliequivalents of active oxygen/kg oil.", 10.0),
    ("peroxide value ≤ 20 milliequivalents of active oxygen per kg oil", 20.0),
    ("Peroxide value: not more than 15 milliequivalents active oxygen/kg fat.", 15.0),
    ("Anisidine is not regulated; peroxide value max. 5 meq O2/kg.", 5.0),
    ("Potassium in the solution shall be at most 40 mEq/kg.", 40.0),
])
def test_equivalents_per_mass_are_read_as_one_quantity(text, value):
    found = [i for i in extract(text).indicators if i.value == value]
    assert len(found) == 1, extract(text).indicators
    norm = found[0].normalized
    assert norm.known and norm.dimension == "[equivalent_amount] / [mass]"
    assert norm.value == pytest.approx(value / 1000)  # (canonical: equivalents per kilogram... in eq)


def test_spellings_of_one_quantity_compare_equal():
    a = normalise(10.0, "meq O2/kg")
    b = normalise(10.0, "milliequivalents of active oxygen per kg")
    c = normalise(0.01, "eq/kg")
    assert a.dimension == b.dimension == c.dimension
    assert a.value == pytest.approx(b.value) == pytest.approx(c.value)


def test_equivalents_are_not_moles():
    assert normalise(10.0, "meq/kg").dimension != normalise(10.0, "mmol/kg").dimension


def test_grams_of_a_substance_per_mass_keep_their_dimension():
    (ind,) = extract("The salt shall contain not less than 20 mg of iodine/kg salt.").indicators
    assert ind.value == 20.0 and ind.normalized.dimension == normalise(1.0, "mg/kg").dimension


@pytest.mark.parametrize("text, celsius", [
    ("The water shall be heated to not more than 40 degrees Celsius.", 40.0),
    ("store at a temperature of at least 5 degree centigrade", 5.0),
    ("the surface shall not exceed 140 degrees Fahrenheit", 60.0),
])
def test_a_temperature_scale_in_words_is_a_temperature(text, celsius):
    (ind,) = extract(text).indicators
    assert ind.normalized.dimension == "[temperature]"
    assert ind.normalized.value == pytest.approx(celsius)


@pytest.mark.parametrize("text, value, dimension", [
    ("A WC shall not use more than 6.0 liters per flush.", 6.0, "[length] ** 3"),
    ("the dose shall not exceed 5 milligrams per tablet", 5.0, "[mass]"),
    ("a consumption of at most 0.5 kWh per cycle", 0.5, normalise(1.0, "kWh").dimension),
])
def test_a_unit_per_a_thing_no_unit_counts_keeps_its_unit(text, value, dimension):
    (ind,) = extract(text).indicators
    assert ind.value == value and ind.normalized.dimension == dimension


@pytest.mark.parametrize("text, value, dimension", [
    ("冷藏车厢的传热系数K值：高隔热型 K≤0.40 W/(m²·K)。", 0.40, "[mass] / [time] ** 3 / [temperature]"),
    ("K coefficient equal to or less than 0,70 W/(m²·K).", 0.70, "[mass] / [time] ** 3 / [temperature]"),
    ("镍释放量应小于0.2 µg/(cm²·week)。", 0.2, "[mass] / [length] ** 2 / [time]"),
    ("镍释放量不大于0.5 µg/(cm²·周)。", 0.5, "[mass] / [length] ** 2 / [time]"),
    ("The mass flux shall be at least 2 kg/(s·m²).", 2.0, "[mass] / [length] ** 2 / [time]"),
    ("窄带（340 nm）(0.51±0.02) W/(m²·nm)", 0.51, "[mass] / [length] / [time] ** 3"),
])
def test_a_bracketed_product_after_the_slash_is_the_unit_denominator(text, value, dimension):
    """'W/(m²·K)' is one unit: its denominator in brackets is no note after a unit 'W'."""
    (ind,) = [i for i in extract(text).indicators if i.value == value]
    assert ind.normalized.known and ind.normalized.dimension == dimension, ind.unit


def test_a_heading_unit_with_a_bracketed_denominator_stays_out_of_the_name():
    (ind,) = extract("淀粉酶活性（1%淀粉溶液）/[mL/(g·h)] ≥ 4").indicators
    assert ind.value == 4.0 and ind.unit == "mL/(g·h)" and "mL" not in ind.parameter


def test_an_age_in_years_written_with_sui_is_a_number_of_years():
    # '岁' (years of age), as '周岁' and 'years' are: a band of ages compares with the other clause's
    (band,) = extract_indicators("献血者的年龄为18岁～60岁。")
    assert (band.comparator, band.low, band.high, band.normalized.dimension) == (
        Comparator.RANGE, 18.0, 60.0, normalise(1.0, "years").dimension)
    (pair,) = compare_clauses("献血者的年龄为18岁～60岁。", "Donors shall be aged 18 years to 60 years.").pairs
    assert pair.verdict == Verdict.CONSISTENT
    # the age of the children a product or a figure is for names its users, above an age as below it: no limit
    assert extract_indicators("本部分还给出了供3岁及以上儿童使用的玩具的要求。") == ()
