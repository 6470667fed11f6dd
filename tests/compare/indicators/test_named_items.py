"""Items of a list under a heading that states the unit among its items: 'name value' items take the heading's unit
('（PDE，µg/天）：镉 5，铅 5', '(TWA, mg/m³): toluene 50; xylene 100'); a row's label ('1级 ≤ −70') stays no value."""

import pytest

from compare.indicators.extract import extract


@pytest.mark.parametrize("text, values, unit", [
    ("口服制剂元素杂质的每日允许暴露量（PDE，µg/天）：镉 5，铅 5，砷 15。", [5.0, 5.0, 15.0], "天"),
    ("Occupational exposure limits (TWA, mg/m³): toluene 50; xylene 100.", [50.0, 100.0], "m"),
    ("Maximum residue limits (MRL, mg/kg): apples 0.5, pears 0.3.", [0.5, 0.3], "kg"),
])
def test_named_items_take_the_heading_unit(text, values, unit):
    found = extract(text).indicators
    assert [i.value for i in found] == values
    assert all(unit in i.unit for i in found)


def test_row_labels_stay_labels():
    found = extract("露点（压力露点，℃）：1级 ≤ −70；2级 ≤ −40。").indicators
    assert [i.value for i in found] == [-70.0, -40.0]
