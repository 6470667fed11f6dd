"""Units the reader did not read or know (thirty-fifth round, fixunit35): formazin turbidity units and the Chinese
degree of turbidity and colour (compare/indicators/water_units.py), ranges written 'between the values of X and Y'
(range_words.between_the_values_of)."""

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract
from compare.indicators.range_words import between_the_values_of
from compare.indicators.units import normalise, reads_as_unit


def _read(text):
    return [i for i in extract(text).indicators if any(x is not None for x in (i.value, i.low, i.high, i.tolerance))]


def test_formazin_units_are_turbidity_unit_for_unit():
    # (FAU read and known, but a dimension of its own since the thirty-sixth round: test_fixunit36)
    for unit in ("FNU", "FAU", "FTU"):
        n = normalise(2.5, unit)
        assert n.known and (unit == "FAU" or n.dimension == normalise(1.0, "NTU").dimension)
        assert n.value == 2.5
        assert reads_as_unit(unit)


def test_attenuation_units_read_as_a_range():
    read = _read("Water of high turbidity may be measured by attenuation from 50 FAU to 2 000 FAU.")
    assert len(read) == 1
    assert read[0].comparator == Comparator.RANGE and (read[0].low, read[0].high) == (50, 2000)
    assert read[0].unit == "FAU" and read[0].normalized.known


def test_turbidity_range_of_a_scope_is_read():
    text = "This method is applicable to samples of raw water with turbidities of 5 FNU to 200 FNU."
    read = _read(text)
    assert [(i.low, i.high, i.unit) for i in read] == [(5, 200, "FNU")]


def test_chinese_degree_of_turbidity_and_colour():
    read = _read("出厂水浑浊度不超过2度，色度不超过10度。")
    assert [(i.value, i.unit) for i in read] == [(2, "度"), (10, "度")]
    assert all(i.comparator == Comparator.MAX for i in read)


def test_chinese_degree_in_a_method_scope_is_read():
    read = _read("本方法适用于地表水和废水，最低检测浊度为5度。")
    assert [(i.comparator, i.value, i.unit) for i in read] == [(Comparator.MIN, 5, "度")]


def test_degree_of_another_quantity_stays_without_unit():
    read = _read("支架倾斜角不大于30度。")
    assert [(i.value, i.unit) for i in read] == [(30, "")]


def test_between_the_values_of_becomes_a_band_same_length():
    text = "the gap lies between the values of 0,5 s and 0,8 s"
    out = between_the_values_of(text)
    assert len(out) == len(text) and "values" not in out
    assert out.index("0,5") == text.index("0,5")
    assert between_the_values_of("the values of 2 and 3") == "the values of 2 and 3"


def test_multiples_of_a_diameter_between_the_values_of_read_as_one_range():
    read = _read("The load shall be chosen so that the indentation diameter lies between the values of 0,3 D and 0,5 D.")
    assert len(read) == 1
    assert read[0].comparator == Comparator.RANGE and (read[0].low, read[0].high) == (0.3, 0.5)
    assert read[0].unit == "× D"


def test_kind_of_current_after_a_voltage_is_no_unit_of_its_own():
    from compare.indicators.unit_tails import without_tails
    assert without_tails("V d.c.") == "V" and without_tails("kV r.m.s.") == "kV" and without_tails("A AC") == "A"
    for unit, volts in (("V d.c.", 60), ("kV a.c.", 60_000), ("V DC", 60), ("kV peak", 60_000)):
        n = normalise(60, unit)
        assert n.known and n.dimension == normalise(1.0, "V").dimension and n.value == volts


def test_what_a_concentration_is_expressed_as_is_no_unit_of_its_own():
    for unit in ("mg/l N", "mg/L P", "mg/l Pt", "mg/L as N", "mg/L CaCO3"):
        n = normalise(10, unit)
        assert n.known and n.dimension == normalise(1.0, "mg/L").dimension and n.value == 10, unit
    assert normalise(1.0, "N").dimension != normalise(1.0, "mg/L").dimension  # (a newton alone stays a newton)
