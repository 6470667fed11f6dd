"""Lists whose rows are keyed by a designation, written differently on the two sides: a numbered grade's letter in
brackets (extract._GRADE_LETTER), the designations that key a row (verdicts.row_designations), and a classification
read as limits where the other clause lists the same classes with their values (verdicts.classes_listed_alike).
Sentences written for these tests; no encoder."""

from __future__ import annotations

from compare.indicators.extract import extract
from compare.indicators import verdicts
from compare.indicators.verdicts import compare_clauses, qualifier_keys
from compare.terms.termbase import load_termbase


def _pairs(domestic: str, international: str) -> list[tuple[str, tuple | None, tuple | None]]:
    def side(ind):
        return None if ind is None else (ind.comparator, ind.value, ind.low, ind.high)
    result = compare_clauses(domestic, international)
    return [(p.verdict, side(p.domestic), side(p.international)) for p in result.pairs]


# ------------------------------------------------------------------------------------------ a grade's letter


def test_a_letter_in_brackets_after_a_numbered_grade_is_its_name_not_a_unit() -> None:
    read = extract("光泽度：1级（A）85～95；2级（B）70～85。额定电流（A）：16。").indicators
    assert [(i.low, i.high, i.value, i.unit) for i in read] == [
        (85.0, 95.0, None, ""), (70.0, 85.0, None, ""), (None, None, 16.0, "A")]
    assert "(A)" in read[0].parameter  # (the letter names the row)


# ------------------------------------------------------------------------------------------ designations


def test_a_designation_keys_its_row_alike_in_either_language() -> None:
    row_designations = verdicts.row_designations
    assert row_designations("代码C") == row_designations("code C") == row_designations("C级") == {"code C"}
    assert row_designations("Roughness grade: C") == row_designations("C") == {"code C"}
    assert "code C" in row_designations("3级（C）")
    assert row_designations("SDR 17") == {"code SDR17"}
    assert row_designations("Mass of a C-shaped clamp") == set()  # (a letter inside a name keys nothing)
    assert row_designations("C级适用于") == set()  # (nor a grade the words after it are about)


def test_rows_keyed_alike_pair_by_their_designation_before_their_values() -> None:
    termbase = load_termbase()
    domestic = extract("镀层厚度：代码A，10 µm～20 µm；代码B，20 µm～40 µm。").indicators
    assert {"code A"} <= qualifier_keys(domestic[0], termbase)
    # The international code A states the domestic code B's values: the rows still pair by their codes.
    pairs = _pairs("镀层厚度：代码A，10 µm～20 µm；代码B，20 µm～40 µm。",
                   "Coating thickness: code A: 20 µm to 40 µm; code B: 40 µm to 60 µm.")
    assert [(d[2:], i[2:]) for _, d, i in pairs] == [((10.0, 20.0), (20.0, 40.0)), ((20.0, 40.0), (40.0, 60.0))]


# ------------------------------------------------------------------------------------------ classes listed alike

CLASSES_ZH = "接触电压等级：U1为0 V～50 V；U2为50 V～120 V；U3为120 V～250 V。"


def test_a_classification_is_read_as_limits_where_the_other_clause_lists_its_classes_with_values() -> None:
    assert extract(CLASSES_ZH).indicators == ()  # (alone, the rows of a classification)
    assert extract(CLASSES_ZH).classified and not extract("接触电压：U1为0 V～50 V；U2为50 V～120 V。").classified
    pairs = _pairs(CLASSES_ZH, "Touch voltage: class U1: 0 V to 50 V; class U2: 50 V to 120 V; "
                               "class U3: 120 V to 230 V.")
    assert pairs == [("consistent", ("range", None, 0.0, 50.0), ("range", None, 0.0, 50.0)),
                     ("consistent", ("range", None, 50.0, 120.0), ("range", None, 50.0, 120.0)),
                     ("looser", ("range", None, 120.0, 250.0), ("range", None, 120.0, 230.0))]

    # Other classes on the other side: the classification stays no requirement.
    pairs = _pairs(CLASSES_ZH + "额定频率为50 Hz。", "Touch voltage: class V1: 0 V to 50 V; class V2: 50 V to 120 V. "
                                               "The rated frequency is 50 Hz.")
    assert [p for p in pairs if p[1] is not None and p[1][0] == "range"] == []
    assert ("consistent", ("equal", 50.0, None, None), ("equal", 50.0, None, None)) in pairs


# ------------------------------------------------------------------------------------------ levels keying rows


def test_a_grade_glued_to_the_value_of_its_row_labels_it() -> None:
    read = extract("最低考试时间：手工焊 1级30 min，2级45 min。").indicators
    assert [(i.comparator, i.value, i.unit) for i in read] == [("min", 30.0, "min"), ("min", 45.0, "min")]


def test_a_level_before_a_colon_labels_its_row() -> None:
    read = extract("Welder test duration (min): level 1: 30; level 2: 45.").indicators
    assert [(i.value, i.unit, i.conditions) for i in read] == [(30.0, "min", ()), (45.0, "min", ())]


def test_the_methods_of_non_destructive_testing_are_no_teslas() -> None:
    from compare.indicators.units import reads_as_unit
    assert [reads_as_unit(u) for u in ("MT", "PT", "ET", "mT", "µT", "nT")] == [False, False, False, True, True, True]


def test_levels_key_the_rows_of_a_list_continued_in_a_sentence_without_its_unit() -> None:
    pairs = _pairs("最短渗透时间：着色检测 1级20 min，2级30 min；荧光检测 1级10 min，2级15 min。",
                   "Minimum dwell time (minutes): VT, level 1: 20; level 2: 30. PT, level 1: 10; level 2: 15.")
    assert [(verdict, d[1], i[1]) for verdict, d, i in pairs] == [
        ("consistent", 20.0, 20.0), ("consistent", 30.0, 30.0), ("consistent", 10.0, 10.0), ("consistent", 15.0, 15.0)]


# ------------------------------------------------------------------------------------------ the rest of a scale

EROSION_ZH = "侵蚀强度：3级（C）25～50；2级（B）10～25；1级（A）5～10。"


def test_a_last_row_below_the_lowest_band_both_lists_compare_is_not_counted() -> None:
    result = compare_clauses(EROSION_ZH, "Erosion intensity: C: 25 to 50; B: 10 to 25; A: 5 to 10; negligible: < 5.")
    assert result.overall == "consistent"
    rest = [p for p in result.pairs if p.domestic is None]
    assert [(p.international.value, p.counted) for p in rest] == [(5.0, False)]
    # A bound elsewhere than where both lists' lowest band starts is a limit of its own.
    result = compare_clauses(EROSION_ZH, "Erosion intensity: C: 25 to 50; B: 10 to 25; A: 5 to 10; negligible: < 4.")
    assert result.overall == "different"


# ------------------------------------------------------------------------------------------ cells parted by spaces

BOLTS = "Bolt size; proof load, min., kN; breaking load, min., kN: M8 29,2 38,1; M10 46,4 60,3; M12 67,4 87,7."


def test_a_table_whose_cells_are_parted_by_spaces_is_read_under_its_columns() -> None:
    from compare.indicators.constructions import spaced_cells_as_grid
    assert spaced_cells_as_grid(BOLTS) == ("Bolt size| proof load, min., kN| breaking load, min., kN: M8|29,2|38,1; "
                                           "M10|46,4|60,3; M12|67,4|87,7.")
    read = extract(BOLTS).indicators
    assert [(i.parameter, i.qualifier, i.value, i.unit) for i in read[:2]] == [
        ("proof load", "Bolt size M8", 29.2, "kN"), ("breaking load", "Bolt size M8", 38.1, "kN")]
    assert [i.value for i in read] == [29.2, 38.1, 46.4, 60.3, 67.4, 87.7]
    read = extract("试样编号；厚度，mm；质量，g：A1 2.5 120；A2 3.0 150。").indicators
    assert [(i.parameter, i.value, i.unit) for i in read] == [("厚度", 2.5, "mm"), ("质量", 120.0, "g"),
                                                             ("厚度", 3.0, "mm"), ("质量", 150.0, "g")]
    # A row with a number more or fewer than the heading has columns: not such a table.
    uneven = "Bolt size; proof load, min., kN; breaking load, min., kN: M8 29,2 38,1; M10 46,4."
    assert spaced_cells_as_grid(uneven) == uneven


# ------------------------------------------------------------------------------------------ a symbol's unit in a note


def test_a_nominal_pressure_whose_unit_a_note_states_is_a_value_in_it() -> None:
    assert extract("Valve shells: DN 50: PN 25; DN 80: PN 10.").indicators == ()  # ('PN 25' alone names a rating)
    read = extract("Valve shells: DN 50: PN 25; DN 80: PN 10 (PN in bar).").indicators
    assert [(i.value, i.unit) for i in read] == [(25.0, "bar"), (10.0, "bar")]
    pairs = _pairs("阀门壳体：DN80，公称压力1.6 MPa；DN50，公称压力2.5 MPa。",
                   "Valve shells: DN 50: PN 25; DN 80: PN 10 (PN in bar).")
    assert sorted((d[1], i[1], verdict) for verdict, d, i in pairs)[0] == (1.6, 10.0, "looser")
    assert sorted((d[1], i[1], verdict) for verdict, d, i in pairs)[1] == (2.5, 25.0, "consistent")


# ------------------------------------------------------------------------- a symbol compared is no row's label


def test_a_letter_a_comparison_sign_follows_is_a_symbol_not_a_row_label() -> None:
    termbase = load_termbase()
    (limit,) = [i for i in extract("S＞50 mm²，接地导体截面积为S/2。").indicators if i.value == 50]
    assert limit.parameter == "S" and "code S" not in qualifier_keys(limit, termbase)
    assert verdicts.compared_symbols("S ≤ 16 mm²: S") == {"code S"}
    # a letter that labels its row keeps its key
    (row,) = [i for i in extract("Symbol grade: A: 3,5 to 4,0.").indicators]
    assert "code A" in qualifier_keys(row, termbase)
