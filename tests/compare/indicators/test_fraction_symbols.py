"""A fraction's symbol written before its unit in a heading ('水分，w/% ≤ 12.0', '乙醇（20 ℃），φ/% ≥ 95.0'): w is a
mass fraction, φ a volume fraction, in per cent (extract._FRACTION_SYMBOL); the value is in %, the symbol names no
quantity of its own. Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract


def _read(text: str) -> list[tuple[str, str, float | None, float | None, float | None, str]]:
    return [(i.parameter, i.comparator, i.value, i.low, i.high, i.unit) for i in extract(text).indicators]


def test_a_mass_fraction_after_a_comma_heads_its_value() -> None:
    assert _read("水分，w/% ≤ 12.0；灰分，w/% ≤ 0.50。") == [
        ("水分", "max", 12.0, None, None, "%"), ("灰分", "max", 0.5, None, None, "%")]


def test_a_volume_fraction_and_a_range() -> None:
    assert _read("乙醇，φ/% ≥ 95.0；含量（以干基计），w/% 99.0～100.5。")[0] == ("乙醇", "min", 95.0, None, None, "%")
    (_, comparator, _, low, high, unit) = _read("含量（以干基计），w/% 99.0～100.5。")[0]
    assert (comparator, low, high, unit) == ("range", 99.0, 100.5, "%")


def test_the_last_item_of_a_bracketed_heading() -> None:
    (_, comparator, _, low, high, unit) = _read("总酸度（以乙酸计，w/%）3.5～5.0；铅（Pb）≤ 1.0 mg/kg。")[0]
    assert (comparator, low, high, unit) == ("range", 3.5, 5.0, "%")


def test_a_grid_row_headed_by_its_fraction() -> None:
    read = _read("项目 | 指标；氯化物（以Cl计），w/% | ≤ 0.01；砷（As）/(mg/kg) | ≤ 3。")
    assert [(c, v, u) for _, c, v, _, _, u in read] == [("max", 0.01, "%"), ("max", 3.0, "mg/kg")]


def test_a_letter_w_inside_a_word_or_unit_is_left_alone() -> None:
    # 'kW/%' is no fraction's symbol; 'flow' ends in w
    assert _read("额定功率 7.5 kW，效率 ≥ 90 %。")[-1][1:] == ("min", 90.0, None, None, "%")
    assert _read("Flow/% ≥ 80")[0][0] == "Flow/%"
