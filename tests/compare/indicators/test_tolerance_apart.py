"""A tolerance stated apart from its value after a dimension word or in a clause with an article (probe29)."""
from compare.indicators.extract import extract
from compare.indicators.tolerance_apart import tolerance_stated_apart


def _read(text):
    return [(str(i.comparator), i.value, i.tolerance, i.unit) for i in extract(text).indicators]


def test_words_after_a_dimension_word():
    assert tolerance_stated_apart(" long with a tolerance of ")
    assert tolerance_stated_apart(" thick, tolerance ")
    assert tolerance_stated_apart(" in diameter, with a permissible deviation of ")


def test_words_in_a_clause_with_an_article():
    assert tolerance_stated_apart("; the permissible tolerance is ")
    assert tolerance_stated_apart(", the tolerance being ")
    assert tolerance_stated_apart("; its permitted deviation shall be ")


def test_other_words_are_not_a_tolerance_of_the_value():
    assert not tolerance_stated_apart("; the temperature tolerance is ")  # another quantity named
    assert not tolerance_stated_apart(" long; ")
    assert not tolerance_stated_apart(" long and ")
    assert not tolerance_stated_apart("; tolerance ")  # `constructions.stated_tolerance`'s, not this one's


def test_a_length_with_its_dimension_word_takes_the_tolerance():
    assert _read("Each strip shall be 120 mm long with a tolerance of ±1,5 mm.") == [("tolerance", 120.0, 1.5, "mm")]
    assert _read("The plate is 4 mm thick, tolerance ± 0,2 mm.") == [("tolerance", 4.0, 0.2, "mm")]


def test_a_tolerance_in_its_own_clause_joins_the_value():
    assert _read("The feed rate shall be 25 mm/min; the permissible tolerance is ±2 mm/min.") == [
        ("tolerance", 25.0, 2.0, "mm/min")]


def test_a_tolerance_after_a_list_stays_apart():
    read = _read("Test temperatures are 550 °C, 650 °C and 750 °C; the tolerance is ±10 K.")
    assert ("max", 10.0, None, "K") in read
    assert not any(kind == "tolerance" for kind, *_ in read)


def test_units_that_do_not_fit_stay_apart():
    read = _read("The rod shall be 300 mm long with a tolerance of ±2 g.")
    assert not any(kind == "tolerance" for kind, *_ in read)


def test_a_tolerance_naming_its_quantity_after_its_takes_the_value():
    # '其<name>允差/允许偏差' and 'its <name> tolerance': the quantity named again with 'its' before it
    assert _read("试验电压为1 000 V，其电压允差为±5 %。") == [("tolerance", 1000.0, 50.0, "V")]
    assert _read("试样长度为100 mm，其长度允许偏差为±1 mm。") == [("tolerance", 100.0, 1.0, "mm")]


def test_a_tolerance_naming_another_quantity_stays_apart():
    read = _read("试样长度为100 mm，其宽度允许偏差为±1 mm。")
    assert ("equal", 100.0, None, "mm") in read and ("max", 1.0, None, "mm") in read


def test_a_guideline_level_is_a_maximum():
    # as 'guideline value' and 'AQG level' are (the open sets key 'Guideline levels (Bq/kg) …' as maxima)
    assert _read("The guideline level for manganese in drinking-water is 0.4 mg/L.") == [("max", 0.4, None, "mg/L")]
