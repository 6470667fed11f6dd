"""Units whose words are spread around the value (units29): two 每 in a row, 'per' after a restatement in brackets,
a heading's unit for the second bound of an item."""

from compare.indicators.extract import extract_indicators
from compare.indicators.units_spread import chained_per_amounts, heading_unit_in_item, per_after_restatement


def _read(text):
    return [(i.comparator.value, i.value, i.unit) for i in extract_indicators(text)]


def _units(text):
    return {i.value: i.unit for i in extract_indicators(text)}


# ------------------------------------------------------------------------------------------ two 每 in a row

def test_chained_per_amounts_takes_both_amounts():
    assert chained_per_amounts("渗水量按每平方米每小时计不大于", "L/h") == "L/(m²·h)"
    assert chained_per_amounts("投加量为每千克污泥每分钟", "mg/min") == "mg/(kg·min)"


def test_chained_per_amounts_needs_two_amounts_and_the_nearer_one_read():
    assert chained_per_amounts("每小时不大于", "L/h") == ""  # one 每: per_unit_before's alone
    assert chained_per_amounts("每个试样每小时不大于", "L/h") == ""  # 每个: no amount
    assert chained_per_amounts("每小时每小时", "L/h") == ""  # the same amount twice
    assert chained_per_amounts("每千克物质每小时", "L/min") == ""  # the unit was not made from the nearer 每
    assert chained_per_amounts("每千克物质每小时", "L") == ""


def test_two_per_amounts_in_a_clause():
    assert _read("渗水量：每平方米每小时不大于2 L。") == [("max", 2.0, "L/(m²·h)")]
    units = _units("放气速率：每千克试样每分钟不小于5 mL；每千克试样每小时不小于30 mL。")
    assert units == {5.0: "mL/(kg·min)", 30.0: "mL/(kg·h)"}


def test_one_per_amount_is_unchanged():
    assert _read("蒸馏速度为每分钟4 mL～5 mL。")[0][2] == "mL/min"
    assert _read("每个试样每小时不大于2 L。") == [("max", 2.0, "L/h")]


# ------------------------------------------------------------------------------ 'per' after a restatement

def test_per_after_restatement_reads_the_rate():
    assert per_after_restatement(" (4 inches) per minute.", "mm") == "mm per minute"
    assert per_after_restatement(" (1.3 gal) per hour", "L") == "L per hour"
    assert per_after_restatement(" (2.2 lb) per square metre", "kg") == "kg/m²"


def test_per_after_restatement_refuses_what_is_no_rate():
    assert per_after_restatement(" (4 inches) per cent", "mm") == ""  # no unit of another dimension
    assert per_after_restatement(" (4 inches) per specimen", "mm") == ""  # a word that is no unit
    assert per_after_restatement(" (see note 2) per minute", "mm") == ""  # no restated amount in the brackets
    assert per_after_restatement(" per minute", "mm") == ""  # nothing between: the unit pattern's own
    assert per_after_restatement(" (4 inches) per minute", "mm/s") == ""  # already a quotient


def test_rate_with_a_restatement_in_a_clause():
    assert _units("The water shall flow at not less than 5 L (1.3 gal) per hour.") == {5.0: "L per hour"}
    assert _units("The flame front shall not travel at more than 100 mm (4 in) per minute.") == \
        {100.0: "mm per minute"}


def test_restatement_without_per_is_unchanged():
    assert _units("The strip shall be 102 mm (4 inches) wide.") == {102.0: "mm"}


# ------------------------------------------------------------------------ a heading's unit, two bounds of an item

def test_second_bound_of_an_item_takes_the_heading_unit():
    units = _units("理化指标：灰分/(%) ≥ 2.0，≤ 6.0；蛋白质/(g/100 g) ≥ 12。")
    assert units[6.0] == "%"
    assert units[12.0] == "g/100 g"


def test_bound_for_some_kinds_in_brackets_takes_the_heading_unit():
    units = _units("酸价/(mg/g) ≤ 3（特级品 ≤ 1.5）；过氧化值/(g/100 g) ≤ 0.25。")
    assert units[3.0] == "mg/g" and units[1.5] == "mg/g"
    units = _units("水分/% ≤ 15（高原地区产品 ≤ 17）；灰分/% ≤ 1.0。")
    assert units[15.0] == "%" and units[17.0] == "%"


def test_heading_unit_stops_at_a_row_end_or_another_number():
    units = _units("灰分/(%) ≥ 2.0；≤ 6.0为合格。")
    assert units.get(6.0) in ("", None)  # another row
    units = _units("灰分/(%) ≥ 2.0，试样量 5 ≤ 6.0")
    assert units.get(6.0) in ("", None)  # a number between


class _R:
    def __init__(self, start, end, value, unit):
        self.start, self.end, self.value, self.unit, self.unit_span = start, end, value, unit, None


def test_heading_unit_in_item_needs_the_heading_of_the_first_value():
    def values(text):
        a, b = text.index("2.0"), text.index("6.0")
        return _R(a, a + 3, 2.0, "%"), _R(b, b + 3, 6.0, "")

    text = "灰分 ≥ 2.0 %，≤ 6.0"
    a, b = values(text)
    a.end += 2  # (its unit after it)
    heading_unit_in_item([a, b], text)
    assert b.unit == ""  # the first value's unit is written after it, not in a heading
    text = "灰分/(mg/kg) ≥ 2.0，≤ 6.0"
    a, b = values(text)
    heading_unit_in_item([a, b], text)
    assert b.unit == ""  # the heading's unit is not the first value's
    text = "灰分/(%) ≥ 2.0，≤ 6.0"
    a, b = values(text)
    heading_unit_in_item([a, b], text)
    assert b.unit == "%"


# ------------------------------------------------------------------------- 'mg/kg体重：' heading the rows after it

def test_body_weight_before_a_heading_colon_is_blanked():
    from compare.indicators.units_spread import body_weight_in_headings

    text = "急性经皮毒性，mg/kg体重：类别1 ≤50"
    out = body_weight_in_headings(text)
    assert len(out) == len(text) and "体重" not in out and "mg/kg" in out
    assert body_weight_in_headings("C≤10 mg/kg体重/d；") == "C≤10 mg/kg体重/d；"  # a value's own unit
    assert body_weight_in_headings("受试动物体重：200 g") == "受试动物体重：200 g"  # the body weight measured


def test_body_weight_heading_gives_its_unit_to_the_rows():
    read = _read("急性经皮毒性，mg/kg体重：类别1 ≤50，类别2 ≤200。")
    assert ("max", 50.0, "mg/kg") in read and ("max", 200.0, "mg/kg") in read
    assert _units("大鼠体重：不小于180 g。") == {180.0: "g"}
