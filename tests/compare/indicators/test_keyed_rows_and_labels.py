"""Rows of a table keyed by their first cell under a heading that names a quantity a column (constructions.keyed_rows,
extract._keyed_row_cells), lists keyed by a code and a colon (constructions.label_keys, extract._label_keyed_items),
and a label's digits before a colon that are no clock time (clausetext.CLOCK_AND_THREADS). Sentences written for
these tests; no encoder."""

from __future__ import annotations

from compare.indicators.constructions import item_after_aside, keyed_rows, label_keys
from compare.indicators.extract import extract, extract_indicators
from compare.indicators.verdicts import compare_clauses


def _read(text: str) -> list[tuple[str, str, str, float | None, str]]:
    return [(i.parameter, i.qualifier, i.comparator, i.value, i.unit) for i in extract(text).indicators]


# ------------------------------------------------------------------------------------------ keyed rows

ROWS = ("Mix | Cement | Water | Slump | Curing time: M20 | 300 kg | 180 l | 3 | 7 d; "
        "M30 | 380 kg | 170 l | 4 | 28 d.")


def test_keyed_rows_give_each_cell_its_row_key_and_column_label() -> None:
    rows = keyed_rows(ROWS)
    assert [(key, [(ROWS[a:b], ROWS[x:y]) for (a, b), (x, y) in cells]) for key, cells in rows] == [
        ("Mix M20", [("300 kg", "Cement"), ("180 l", "Water"), ("3", "Slump"), ("7 d", "Curing time")]),
        ("Mix M30", [("380 kg", "Cement"), ("170 l", "Water"), ("4", "Slump"), ("28 d", "Curing time")])]


def test_keyed_rows_need_a_heading_of_column_heads_and_rows_keyed_by_a_code() -> None:
    assert keyed_rows("Mix | 300 kg | 180 l: M20 | 300 kg | 180 l.") == []  # (values in the heading: no heading)
    assert keyed_rows("Item | Class 1 | Class 2: total phosphorus content | 0,5 | 1.") == []  # (a long name keys it)


def test_a_bare_cell_of_a_keyed_row_is_a_value_of_its_column_in_no_unit() -> None:
    assert _read(ROWS) == [
        ("Cement", "Mix M20", "equal", 300.0, "kg"), ("Water", "Mix M20", "equal", 180.0, "l"),
        ("Slump", "Mix M20", "equal", 3.0, ""), ("Curing time", "Mix M20", "equal", 7.0, "d"),
        ("Cement", "Mix M30", "equal", 380.0, "kg"), ("Water", "Mix M30", "equal", 170.0, "l"),
        ("Slump", "Mix M30", "equal", 4.0, ""), ("Curing time", "Mix M30", "equal", 28.0, "d")]
    # a row whose cells write one dimension may hold one quantity's values per class: the first cell's unit still
    # passes to the bare cells
    text = "Item | Class 1 | Class 2 | Class 3: P1 | 0,5 mg/l | 1 | 2."
    assert [(c, v, u) for _, _, c, v, u in _read(text)] == [("equal", 0.5, "mg/l"), ("equal", 1.0, "mg/l"),
                                                            ("equal", 2.0, "mg/l")]


def test_minutes_ending_a_keyed_row_are_no_minimum() -> None:
    text = "Cycle | Pressure | Hold time: H1 | 2 bar | 10 min; H2 | 4 bar | 15 min."
    assert _read(text)[-1] == ("Hold time", "Cycle H2", "equal", 15.0, "min")


# ------------------------------------------------------------------------------------------ label-keyed lists

def test_label_keys_cover_the_stretch_up_to_the_next_label() -> None:
    text = "K2：压力 2 MPa，时间 5 s。K3：压力 3 MPa，时间 8 s。"
    assert [(text[a:b], key) for a, b, key in label_keys(text)] == [("压力 2 MPa，时间 5 s。", "K2"),
                                                                   ("压力 3 MPa，时间 8 s。", "K3")]
    assert label_keys("K2：压力 2 MPa，时间 5 s。") == []  # (one label heads a clause, it keys no rows)


def test_every_item_after_a_label_carries_its_key() -> None:
    read = _read("K2：压力 2 MPa，时间 5 s。K3：压力 3 MPa，时间 8 s。")
    assert [(q, v) for _, q, _, v, _ in read] == [("", 2.0), ("K2", 5.0), ("", 3.0), ("K3", 8.0)]
    assert [p for p, *_ in read][0].startswith("K2") and [p for p, *_ in read][2].startswith("K3")


def test_keyed_cells_pair_with_the_items_of_their_label() -> None:
    # the rows in the other order than the list, and a time of one row equal to the other row's: the keys, not the
    # order nor the values, pair them
    domestic = "K3：压力 3 MPa，时间 6 s。K2：压力 2 MPa，时间 5 s。"
    international = "Kind | Pressure | Time: K2 | 2 MPa | 6 s; K3 | 3 MPa | 8 s."
    pairs = compare_clauses(domestic, international).pairs
    times = sorted((p.domestic.value, p.international.value, p.verdict) for p in pairs
                   if p.domestic is not None and p.international is not None and p.domestic.unit == "s")
    assert times == [(5.0, 6.0, "different"), (6.0, 8.0, "different")]


# ------------------------------------------------------------------------------------------ a label before a colon

def test_digits_of_a_label_before_a_colon_are_no_clock_time() -> None:
    text = "等级 R5：拉力 20 N～35 N；R10：35 N～50 N；R20：50 N～80 N。"
    assert [(i.comparator, i.low, i.high) for i in extract(text).indicators] == [
        ("range", 20.0, 35.0), ("range", 35.0, 50.0), ("range", 50.0, 80.0)]
    assert extract("夜间指22:00至次日6:00之间的时段。").indicators == ()  # (a clock time stays one)


def test_digits_before_a_colon_that_no_clock_shows_are_a_label_parted_from_its_letters() -> None:
    text = "钢丝直径，等级 SW 45：44.5 mm～45.5 mm；SW 18：17.5 mm～18.5 mm。"  # (decimals after the 'minutes')
    assert [(i.comparator, i.low, i.high) for i in extract(text).indicators] == [("range", 44.5, 45.5),
                                                                                ("range", 17.5, 18.5)]
    text = "Sieve aperture — mesh 35: 48,5 µm to 51,5 µm; mesh 18:13,5 µm to 16,5 µm."
    assert [(i.comparator, i.low, i.high) for i in extract(text).indicators] == [("range", 48.5, 51.5),
                                                                                ("range", 13.5, 16.5)]
    assert extract("Rooms are closed between 18:30 and 07:00.").indicators == ()  # (clock times stay ones)


# ------------------------------------------------------------------------------------------ items after an aside

def test_a_bare_number_after_an_aside_in_brackets_is_the_next_item_of_the_list() -> None:
    text = "The number of specimens shall be 5 (for sheets up to 2 mm) or 10 (for sheets over 2 mm)."
    assert [(p, c, v) for p, _, c, v, _ in _read(text)] == [("number specimens", "equal", 5.0),
                                                           ("number specimens", "equal", 10.0)]


def test_an_item_after_an_aside_takes_the_kind_of_limit_of_the_first() -> None:
    text = "The abrasion shall not exceed 0,5 mg (at 20 °C) or 0,8 mg (at 40 °C)."
    assert [(c, v, u) for _, _, c, v, u in _read(text)] == [("max", 0.5, "mg"), ("max", 0.8, "mg")]
    assert item_after_aside(" (at ", " °C) or ") and not item_after_aside(" (at ", " °C); ")


# ------------------------------------------------------------------------------------------ settings under a class noun

def test_settings_with_their_tolerances_after_a_class_noun_are_no_classification() -> None:
    # a list of test settings, each a value and its tolerance, under '…等级：' / 'Severity levels:'
    zh = "耐候等级：温度 (85±2)℃，辐照度 (550±50) W/m²，试验时间 500 h。"
    assert [(i.comparator, i.value, i.tolerance) for i in extract(zh).indicators] == [
        ("tolerance", 85.0, 2.0), ("tolerance", 550.0, 50.0), ("equal", 500.0, None)]
    en = "Severity levels: temperature 85 °C ± 2 °C, irradiance 550 W/m² ± 50 W/m²."
    assert [(i.comparator, i.value, i.tolerance) for i in extract(en).indicators] == [("tolerance", 85.0, 2.0),
                                                                                   ("tolerance", 550.0, 50.0)]
    # classes named by their bounds stay a classification (a test's levels are compared: test_statements.py)
    assert extract("Temperature classes: class 1, 40 °C; class 2, 55 °C; class 3, 70 °C.").indicators == ()


# ------------------------------------------------------------------------------------------ percentages of a symbol

def test_a_symbol_glued_after_a_percentage_is_what_it_is_of_not_the_next_name() -> None:
    read = [(i.parameter, i.qualifier, i.value) for i in extract("过载脱扣电流整定值为 105 %Ir 和 130 %Ir。").indicators]
    assert read == [("过载脱扣电流整定值", "Ir", 105.0), ("过载脱扣电流整定值", "Ir", 130.0)]
    # a unit of its own after '%' stays the unit
    assert [(i.value, i.unit) for i in extract("相对湿度 85 % RH。").indicators] == [(85.0, "% RH")]


# ------------------------------------------------------------------------------------------ a band keying a row

def test_a_tolerance_after_a_cell_that_states_a_band_is_its_own_value() -> None:
    text = "Rated load | Tolerance: 2 to 10 kN | ± 2 %; above 10 kN | ± 1 %."
    read = [(i.comparator, i.value, i.unit) for i in extract(text).indicators if i.unit == "%"]
    assert read == [("max", 2.0, "%"), ("max", 1.0, "%")]
    # a nominal value keying its row still takes the tolerance after it
    nominal = extract("Nominal size | Tolerance: 10 mm | ± 0,2 mm; 20 mm | ± 0,3 mm.").indicators
    assert [(i.comparator, i.value, i.tolerance) for i in nominal] == [("tolerance", 10.0, 0.2), ("tolerance", 20.0, 0.3)]


def test_a_symbol_written_once_after_a_list_of_percentages_is_every_items() -> None:
    read = [(i.parameter, i.qualifier, i.value) for i in extract("Trip settings: 105 %, 120 % and 130 % of Ir.").indicators]
    assert read == [("Trip settings", "Ir", 105.0), ("Trip settings", "Ir", 120.0), ("Trip settings", "Ir", 130.0)]


def test_a_bare_number_keyed_by_a_condition_closed_by_a_colon_is_read():
    text = "Water depth 5 m: 1,05; 10 m: 1,12; 20 m: 1,30."
    values = [(i.value, [c.text for c in i.conditions]) for i in extract_indicators(text)]
    assert values == [(1.05, ["5 m"]), (1.12, ["10 m"]), (1.3, ["20 m"])]
    (first, second) = extract_indicators("Viscosity index at 20 °C: 95; at 40 °C: 90.")
    assert (first.value, second.value) == (95.0, 90.0)
    # a bare number with no condition keying it stays a count or an item
    assert extract_indicators("Item 3: see the table 4; 6.") == ()


def test_classes_named_by_a_letter_pair_row_by_row():
    # 'a级' and 'class a' are one class, whatever the order of the rows; the letter is no article.
    result = compare_clauses(
        "电弧防护等级（节选）：a级（低）的最大泄漏率为0.5 L/min；b级（中）为1.0 L/min；c级（高）为2.0 L/min。",
        "Maximum leakage rate by protection class: class c (high): 2,0 l/min; class a (low): 0,5 l/min; "
        "class b (medium): 1,0 l/min.")
    assert len(result.pairs) == 3
    assert all(p.verdict == "consistent" for p in result.pairs)
    assert {p.domestic.value for p in result.pairs} == {0.5, 1.0, 2.0}


def test_a_letter_of_a_class_stays_in_the_name():
    names = [ind.parameter for ind in extract_indicators("Wear allowance by duty: class a: 0,2 mm; grade b: 0,4 mm.")]
    assert names[0].endswith("class a")
    assert names[1].endswith("grade b")
    assert extract_indicators("耐候性试验时间：a级为500 h，b级为1000 h。")[0].parameter.endswith("a级")


def test_symbols_listed_before_their_values_name_them_in_the_headings_unit():
    # D, B and d also spell a dioptre, a bel and a day: here they name the values, in the heading's millimetres.
    read = extract_indicators("Gasket dimensions in millimetres: d 40, D 58, B 3,5; d 50, D 70, B 4.")
    assert [(i.parameter.split()[-1], i.value) for i in read] == [
        ("d", 40), ("D", 58), ("B", 3.5), ("d", 50), ("D", 70), ("B", 4)]
    assert all(i.normalized.unit == "mm" for i in read)


def test_a_code_keying_a_row_of_dimensions_is_no_value():
    # '规格代号40，d=40，…': the code names the row's size, it is not 40 mm; each symbol pairs with its own.
    result = compare_clauses(
        "垫圈尺寸（单位为毫米）：规格代号40，d=40，D=58，B=3.5；规格代号50，d=50，D=70，B=4。",
        "Gasket dimensions in millimetres: d 40, D 58, B 3,5; d 50, D 70, B 4.")
    assert len(result.pairs) == 6
    assert all(p.verdict == "consistent" for p in result.pairs)
    assert all(p.domestic.value == p.international.value for p in result.pairs)


def test_a_type_named_by_a_decimal_size_is_no_value():
    # 'T 2.5型' keys its row: with the unit stated once for the table, its digits would read as 2 mm.
    read = extract_indicators("刀片规格（节选） 单位为毫米：T 2.5型，刃长12，刃宽4.5；T 3.5型，刃长16，刃宽6。")
    assert [i.value for i in read] == [12, 4.5, 16, 6]
    assert "T 2.5型" in read[0].parameter
    assert [i.value for i in extract_indicators("锚栓尺寸 单位为毫米：M 6.5型，埋深不小于40。")] == [40]
