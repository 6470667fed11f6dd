"""Values the reader did not read at all, or read in a unit the text does not give them (compare.indicators.extract,
compare.indicators.constructions). The texts are written for these tests."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators.verdicts import written_numbers
from tests.compare.indicators.readings import read


# ------------------------------------------------------------------------- a grade in brackets is no unit


def test_a_letter_grade_in_brackets_is_no_unit_of_the_value_after_it():
    # 'A', 'C' and 'S' are ampere, coulomb and siemens; '（A级）', '（C类）', '（S型）' name a grade, class or type
    assert read("单位为毫米。垫圈外径（A级）30；厚度（C类）2.5。") == [("equal", 30.0, "毫米"), ("equal", 2.5, "毫米")]
    assert [unit for _, _, unit in read("邵氏硬度（S型）≥ 60")] == [""]
    # a unit in brackets, alone or with what it is per, still heads the value
    assert read("镉（mg/kg干重）≤ 0.3") == [("max", 0.3, "mg/kg")]
    assert read("额定电流（A）≤ 16") == [("max", 16.0, "A")]


# ------------------------------------------------------------------------- how a step's liquid is made up


def test_the_strength_of_a_liquid_named_by_a_word_ending_in_ye_is_the_steps_value():
    # '缓冲液', '吸收液' name a liquid made up for the step, as '溶液' does: what the bracket says of it is a value the
    # step sets, not a condition of the next step's time
    readings = read("量取25 mL磷酸盐缓冲液（0.2 mol/L），离心15 min。")
    assert ("equal", 0.2, "mol/L") in readings and ("equal", 15.0, "min") in readings
    readings = read("加入10 mL吸收液（5 g/L），静置2 h。")
    assert ("equal", 5.0, "g/L") in readings and ("equal", 2.0, "h") in readings


def test_a_ph_in_the_bracket_of_a_liquid_is_its_value_in_no_unit():
    # after a comma, 'pH' names the value after it: no heading unit (it would read as picohenry)
    assert read("Dilute with the acetate buffer (0,1 mol/l, pH 4,6).") == [("equal", 0.1, "mol/l"), ("equal", 4.6, "")]
    readings = read("加入20 mL洗脱液（0.05 mol/L，pH 3.0），浸泡10 min。")
    assert readings == [("equal", 20.0, "mL"), ("equal", 0.05, "mol/L"), ("equal", 3.0, ""), ("equal", 10.0, "min")]


# ------------------------------------------------------------------------- a count in words before its plural noun


def _written(text: str) -> list[float]:
    return [value for value, _, _ in written_numbers(text)]


def test_a_count_in_words_before_the_things_it_counts_is_a_number_the_clause_writes():
    # the numbers a one-sided reading of the other clause may be the partner of ('各冲击3次' against 'three shocks')
    assert _written("Drop test: seven drops on each face and two drops on each corner.") == [7.0, 2.0]
    assert _written("Each record shall consist of the prefix (four digits) and the check field (two letters).") \
        == [4.0, 2.0]
    assert _written("The daily level is computed from a sequence of eighteen short-term levels.") == [18.0]
    # things named before ('the three axes', 'these two faces'), what a value is for ('10 for two ropes'), the tests
    # a mean is taken over, a noun ending in 'ss', and 'one' count nothing
    for text in ("Vibrate the box along each of the three principal axes.", "Apply it to these two faces.",
                 "Wipe it with nine dry glass.", "Keep one spare seals.", "The mean of five tests is taken."):
        assert _written(text) == [], text
    assert _written("The factor is 10 for two ropes.") == [10.0]
    # not given to the value reader: a count is read where a step or a limit says so
    assert extract("Drop test: seven drops on each face.").indicators == ()


# ------------------------------------------------------------------------- upper and lower deviations as a pair


def test_an_upper_and_a_lower_deviation_with_no_nominal_are_one_range():
    assert read("轴颈直径偏差：上偏差+0.02 mm，下偏差-0.01 mm") == [("range", None, "mm")]
    assert [(i.low, i.high) for i in extract("轴颈直径偏差：上偏差+0.02 mm，下偏差-0.01 mm").indicators] == [(-0.01, 0.02)]
    ranges = [(i.low, i.high) for i in extract("Shaft tolerance: upper deviation 0 mm, lower deviation -0,008 mm.")
              .indicators]
    assert ranges == [(-0.008, 0.0)]
    # ISO's columns U and L after a band of the size they hold for: the band is the condition
    ranges = [(i.low, i.high) for i in extract(
        "Outer ring width deviation, values in micrometres: D over 30 up to 50 mm: U 0, L −120; "
        "over 50 up to 80 mm: U 0, L −150.").indicators]
    assert ranges == [(-120.0, 0.0), (-150.0, 0.0)]
    # after a nominal the pair is its deviations, the range about it, as before
    assert [(i.low, i.high) for i in extract("管外径为60 mm（上偏差0，下偏差−1 mm）").indicators] == [(59.0, 60.0)]


def test_the_end_of_a_band_before_a_deviation_pair_is_no_nominal():
    readings = [(i.low, i.high, i.unit) for i in extract(
        "孔径公差（单位为微米）：D＞10 mm～18 mm，上偏差+18，下偏差0；D＞18 mm～30 mm，上偏差+21，下偏差0。").indicators]
    assert (0.0, 18.0, "微米") in readings and (0.0, 21.0, "微米") in readings
    assert not any(unit == "mm" and low is not None and low < 10 for low, _, unit in readings)


# ------------------------------------------------------------------------- a numbered segment is a designation


def test_a_numbered_segment_names_a_part_of_a_scale_no_value():
    text = "Roughness class R: from segment 3 up to but excluding segment 4 (40 µm to 70 µm)."
    assert read(text) == [("range", None, "µm")]
    assert read("Hose: segment 2 m long.") == [("equal", 2.0, "m")]  # with a unit it is a value
