"""The threshold a definition states (thirty-fifth round, fixread35): defined_thresholds."""

from __future__ import annotations

from compare.indicators.defined_thresholds import bounded_runs, defines_a_term
from compare.indicators.extract import extract


def _shape(text: str) -> list[tuple]:
    return [(str(i.comparator), i.value, i.low, i.high, i.unit)
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_an_english_definition_bounding_a_mass_is_read():
    assert _shape("Heavy parcel means a parcel with a gross mass of more than 30 kg.") == [("min", 30.0, None, None, "kg")]
    assert _shape("Light container means a container having a mass less than 2 kg.") == [("max", 2.0, None, None, "kg")]


def test_a_chinese_definition_bounding_a_quantity_is_read():
    assert _shape("持续燃烧是指火焰持续时间超过10 s。") == [("min", 10.0, None, None, "s")]
    assert _shape("高压容器是指设计压力等于或大于10 MPa的容器。") == [("min", 10.0, None, None, "MPa")]


def test_a_defined_threshold_keeps_its_unit_with_a_power():
    assert _shape("Bright period is defined as the time for which the irradiance exceeds 200 W m-2.") == [
        ("min", 200.0, None, None, "W m-2")]


def test_a_definitions_plain_numbers_stay_hidden():
    # (how the defined quantity is measured, with no bound: no indicator)
    assert _shape("标准试件强度是指边长为100 mm的立方体试件在28 d龄期测得的强度值。") == []
    # (a bound said of another quantity, not of a number: the column numbers stay hidden)
    assert _shape("'Small site' means a site where the quantities are less than those listed in column 2 of "
                  "Part 1.") == []


def test_only_the_bounded_values_of_a_definition_are_readable():
    text = "Dense layer means a layer, 3 mm thick, with a density above 900 kg/m3."
    (start, end), = bounded_runs(text, 0, len(text))
    assert text[start:end].startswith("900 kg/m3")
    assert defines_a_term("means") and defines_a_term("是指") and not defines_a_term("适用于")
    # (a term entry keeps its numbers hidden: tests/compare/documents/test_table_headers.py)
    assert not defines_a_term("：指")
