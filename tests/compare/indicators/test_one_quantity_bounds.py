"""One quantity's two bounds (twenty-fifth round, readBounds): when the keys hold them as one range and when as a
minimum and a maximum, and the numbers beside a band that keep their own names. Sentences written for these tests,
of other fields than the evaluation sets'; no encoder."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract


def _read(text: str) -> list[tuple[str, float | None, float | None, float | None]]:
    return [(i.comparator, i.value, i.low, i.high) for i in extract(text).indicators]


def test_the_things_counted_said_again_do_not_part_a_floor_and_a_ceiling() -> None:
    # 'not less than X things and not more than Y things': the noun repeated is what the first bound counts, no name
    # of a second quantity: one range
    assert _read("The beacon shall blink not less than 40 times and not more than 60 times per minute.") == [
        (Comparator.RANGE, None, 40.0, 60.0)]
    read = extract("The stirrer shall make not less than 30 turns and not more than 45 turns per minute.").indicators
    assert [(i.comparator, i.low, i.high, i.unit) for i in read] == [(Comparator.RANGE, 30.0, 45.0, "turns per minute")]
    assert _read("Each carton shall hold not less than 20 bottles and not more than 24 bottles.") == [
        (Comparator.RANGE, None, 20.0, 24.0)]
    # two substances named after their amounts stay two limits
    read = _read("The feed shall contain not less than 16 % protein and not more than 4 % fibre.")
    assert read == [(Comparator.MIN, 16.0, None, None), (Comparator.MAX, 4.0, None, None)]


def test_an_amount_stated_as_the_equivalent_of_another_closes_the_range() -> None:
    read = extract("Content: not less than 98.5 % and not more than the equivalent of 101.5 % of NaHCO3, "
                   "calculated on the dried basis.").indicators
    assert [(i.comparator, i.low, i.high, i.unit) for i in read] == [(Comparator.RANGE, 98.5, 101.5, "%")]


def test_a_count_in_words_bounded_on_both_sides_is_one_range() -> None:
    assert _read("A password shall consist of not less than eight and not more than sixteen characters.") == [
        (Comparator.RANGE, None, 8.0, 16.0)]
    assert _read("Each rack shall take not less than two and not more than six trays.") == [
        (Comparator.RANGE, None, 2.0, 6.0)]


def test_a_ceiling_then_a_floor_in_denying_words_is_two_limits() -> None:
    # the keys' convention: 'shall not exceed Y and shall not be less than X' is a maximum and a minimum
    read = extract("The coolant inlet temperature shall not exceed 35 °C and shall not be less than 5 °C.").indicators
    assert [(i.comparator, i.value) for i in read] == [(Comparator.MAX, 35.0), (Comparator.MIN, 5.0)]
    read = extract("仓库相对湿度不高于75 %，且不低于45 %。").indicators
    assert [(i.comparator, i.value) for i in read] == [(Comparator.MAX, 75.0), (Comparator.MIN, 45.0)]
    # the order of a range, floor then ceiling, stays one range in either language
    assert _read("The coolant inlet temperature shall be not less than 5 °C and not more than 35 °C.") == [
        (Comparator.RANGE, None, 5.0, 35.0)]
    assert _read("仓库相对湿度不低于45 %且不高于75 %。") == [(Comparator.RANGE, None, 45.0, 75.0)]


def test_a_band_in_a_list_by_name_leaves_the_other_items_their_values() -> None:
    # 'name N, name N, name X to Y': each bare number is the value its name states, the band is read as one range
    read = extract("Grid settings: idle level 12, full level 200, working band 12 to 180.").indicators
    assert [(i.comparator, i.value, i.low, i.high) for i in read] == [
        (Comparator.EQUAL, 12.0, None, None), (Comparator.EQUAL, 200.0, None, None),
        (Comparator.RANGE, None, 12.0, 180.0)]
    read = extract("档位设定：空载档8，满载档96，调节范围8～90。").indicators
    assert [(i.comparator, i.value, i.low, i.high) for i in read] == [
        (Comparator.EQUAL, 8.0, None, None), (Comparator.EQUAL, 96.0, None, None),
        (Comparator.RANGE, None, 8.0, 90.0)]


def test_bumps_and_flashes_per_a_time_are_counts_per_that_time() -> None:
    from compare.indicators.units import counted_per

    read = extract("Shock repetition rate: 2 to 4 bumps per second.").indicators
    assert [(i.comparator, i.low, i.high, i.unit) for i in read] == [(Comparator.RANGE, 2.0, 4.0, "bumps per second")]
    assert counted_per("bumps per second") == "1/second"
    read = extract("The warning lamp shall flash at 90 flashes per minute.").indicators
    assert [(i.value, i.unit) for i in read] == [(90.0, "flashes per minute")]


def test_a_size_fraction_in_sieve_notation_is_one_range() -> None:
    # '−A mm +B mm': passes the A sieve, stays on the B one; named a size or a fraction
    read = extract("Use aggregate of size −20 mm +14 mm for the crushing test.").indicators
    assert [(i.comparator, i.low, i.high, i.unit) for i in read] == [(Comparator.RANGE, 14.0, 20.0, "mm")]
    read = extract("Screen the coke and keep the −63 mm +40 mm fraction.").indicators
    assert [(i.comparator, i.low, i.high, i.unit) for i in read] == [(Comparator.RANGE, 40.0, 63.0, "mm")]


def test_a_spaced_em_dash_between_numbers_parts_a_key_from_its_value() -> None:
    # 'symbol 8 — 640 MPa': the key's number is no lower end of a range ending at the value
    read = extract("Bolt property classes: symbol 8 — 640 MPa minimum yield strength; symbol 10 — 900 MPa minimum "
                   "yield strength.").indicators
    assert [(i.comparator, i.value, i.low) for i in read] == [(Comparator.MIN, 640.0, None), (Comparator.MIN, 900.0, None)]
    read = extract("Viscosity grades at 40 °C: grade 0 — 28 to 35; grade 1 — 41 to 50.").indicators
    assert [(i.comparator, i.low, i.high) for i in read] == [(Comparator.RANGE, 28.0, 35.0), (Comparator.RANGE, 41.0, 50.0)]
