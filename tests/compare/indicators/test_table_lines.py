"""Tables pasted one row a line, and a column of tolerances (issue 12, table reading): a line break between two lines
of cells ends a row as '；' does; a '± T' in a column headed by the word tolerance alone is the tolerance of the value
in the cell before it."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.constructions import line_breaks_as_row_ends, semicolons_in_cells, tolerance_column
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.parameter, i.comparator, i.value, i.tolerance, i.unit) for i in extract(text).indicators]


def test_line_breaks_between_lines_of_cells_end_rows():
    assert line_breaks_as_row_ends("项目 | 限值\n铅 | 0.01\n镉 | 0.005") == "项目 | 限值；铅 | 0.01；镉 | 0.005"
    assert line_breaks_as_row_ends("项目\t限值\n铅\t0.01") == "项目\t限值；铅\t0.01"
    # a caption or a note without cells keeps its break; a line ending with its own stop gets a space
    text = "表1 限值\n项目 | 限值：\n铅 | 0.01\n注：见附录A。"
    assert line_breaks_as_row_ends(text) == "表1 限值\n项目 | 限值： 铅 | 0.01\n注：见附录A。"
    for text in ("铅 0.01 mg/L。\n镉 0.005 mg/L。", "no line break | here"):
        assert line_breaks_as_row_ends(text) == text
    assert all(len(line_breaks_as_row_ends(t)) == len(t) for t in ("a | b\nc | d\n", "\n|\n| x\n"))


def test_every_row_of_a_pasted_table_is_read_under_its_heading():
    # (contaminants with no bound word: maxima by nature, list_limits.ceilings_by_nature)
    rows = [("铅", Comparator.MAX, 0.01, None, "mg/L"), ("镉", Comparator.MAX, 0.005, None, "mg/L"),
            ("汞", Comparator.MAX, 0.001, None, "mg/L")]
    assert _read("项目 | 限值/(mg/L)\n铅 | 0.01\n镉 | 0.005\n汞 | 0.001") == rows
    assert _read("项目 | 限值/(mg/L)；铅 | 0.01；镉 | 0.005；汞 | 0.001") == rows  # as one sentence, the same
    assert _read("项目\t限值/(mg/L)\n铅\t0.01\n镉\t0.005\n汞\t0.001") == rows  # tabs between cells
    found = extract("项目 | 限值/(mg/L)\n铅 | 0.01\n镉 | 0.005")
    assert found.text == "项目 | 限值/(mg/L)\n铅 | 0.01\n镉 | 0.005"  # the source as written
    assert [found.text[a:b] for a, b in (i.span for i in found.indicators)][1].endswith("0.005")


def test_a_column_headed_tolerance_is_the_tolerance_of_the_cell_before():
    text = "牢度等级 | CIELAB色差 | 容差；4 | 1.7 | ±0.3；3 | 3.4 | ±0.4"
    assert tolerance_column(text, text.index("±0.3"))
    assert not tolerance_column("级别 | 示值相对误差q/% | 零点相对误差f0/%；0.5 | ±0.5 | ±0.05", 28)
    assert [(c, v, t) for _, c, v, t, _ in _read("牢度等级 | CIELAB色差 | 容差\n4 | 1.7 | ±0.3\n3 | 3.4 | ±0.4")] == [
        (Comparator.TOLERANCE, 1.7, 0.3), (Comparator.TOLERANCE, 3.4, 0.4)]
    assert [(c, v, t) for _, c, v, t, _ in _read(
        "Fastness grade | CIELAB difference | Tolerance\n4 | 1,7 | ± 0,3\n3 | 3,4 | ± 0,4")] == [
        (Comparator.TOLERANCE, 1.7, 0.3), (Comparator.TOLERANCE, 3.4, 0.4)]


def test_a_column_of_errors_stays_bounds_of_their_own():
    found = _read("试验机级别 | 示值相对误差q/% | 零点相对误差f0/%；0.5 | ±0.5 | ±0.05；1 | ±1.0 | ±0.1。")
    assert [(c, v, t) for _, c, v, t, _ in found] == [(Comparator.MAX, 0.5, None), (Comparator.MAX, 0.05, None),
                                                      (Comparator.MAX, 1.0, None), (Comparator.MAX, 0.1, None)]


def test_pasted_tables_compare_row_by_row():
    result = compare_clauses("牢度等级 | CIELAB色差 | 容差\n4 | 1.7 | ±0.3\n3 | 3.4 | ±0.4",
                             "Fastness grade | CIELAB difference | Tolerance\n4 | 1,7 | ± 0,3\n3 | 3,4 | ± 0,5")
    assert [(p.domestic.value, p.international.tolerance, p.verdict) for p in result.pairs] == [
        (1.7, 0.3, Verdict.CONSISTENT), (3.4, 0.5, Verdict.STRICTER)]  # ±0.4 against ±0.5


def test_a_column_head_may_write_its_unit_after_a_space():
    from compare.indicators.extract import spaced_head_unit

    assert [spaced_head_unit(h) for h in ("相对示值误差 %", "绝对示值误差 µm", "准峰值 dB(µV)", "Frequency MHz",
                                          "Limit (mg/l)")] == ["%", "µm", "dB(µV)", "MHz", "mg/l"]
    # a quantity's symbol, a bound word, an acronym or a word is no unit
    assert [spaced_head_unit(h) for h in ("Thread size d", "m max", "s nom. = max.", "CIELAB difference",
                                          "Number of cycles", "Size M10", "Value (A)")] == [""] * 7
    found = _read("引伸计级别 | 相对示值误差 % | 绝对示值误差 µm\n0.5 | ±0.5 | ±1.5\n1 | ±1.0 | ±3.0")
    # (the unit as the text folds it: NFKC writes the micro sign as μ)
    assert [(c, v, u) for _, c, v, _, u in found] == [(Comparator.MAX, 0.5, "%"), (Comparator.MAX, 1.5, "μm"),
                                                      (Comparator.MAX, 1.0, "%"), (Comparator.MAX, 3.0, "μm")]


def test_a_range_in_a_cell_under_a_unit_heading_stays_a_range():
    # a cell with no bound sign loses a kind read from the heading; a range there kept its ends but was made a stated
    # value with no value (and describing it failed)
    found = extract("频率范围 MHz | 准峰值 dB(µV) | 平均值 dB(µV)；0.15～0.50 | 66～56 | 59～46；0.50～5 | 56 | 46。")
    kinds = [(i.comparator, i.value, i.low, i.high) for i in found.indicators if i.unit.startswith("dB")]
    assert kinds == [(Comparator.RANGE, None, 56.0, 66.0), (Comparator.RANGE, None, 46.0, 59.0),
                     (Comparator.EQUAL, 56.0, None, None), (Comparator.EQUAL, 46.0, None, None)]
    assert all(i.value is not None for i in found.indicators if i.comparator != Comparator.RANGE)


def test_the_unit_stated_for_a_table():
    from compare.indicators.constructions import stated_table_unit

    assert stated_table_unit("…\n（单位为毫米；性能等级6、8、10）") == "毫米"
    assert stated_table_unit("(Dimensions in millimetres; property classes 6, 8, 10.)") == "mm"
    assert stated_table_unit("Values in grams.") == "g"
    assert stated_table_unit("单位为mm") == "mm"
    assert stated_table_unit("铅 | 0.01") == ""


def test_columns_without_a_unit_take_the_tables():
    zh = extract("螺纹规格 | s公称 | m max\nM10 | 16 | 8.4\nM12 | 18 | 10.8\n（单位为毫米；性能等级6、8、10）")
    en = extract("Thread size d | s nom. = max. | m max.\nM10 | 16 | 8,4\nM12 | 18 | 10,8\n"
                 "(Dimensions in millimetres; property classes 6, 8, 10.)")
    for found in (zh, en):
        assert [(i.value, i.normalized.unit) for i in found.indicators] == [
            (16.0, "mm"), (8.4, "mm"), (18.0, "mm"), (10.8, "mm")]
    # a column stating its own unit keeps it; without a stated unit nothing is read into the table
    found = extract("项目 | 限值/(mg/L) | 备注\n铅 | 0.01 | 1\n（单位为毫米）")
    assert [(i.value, i.unit) for i in found.indicators][0] == (0.01, "mg/L")
    assert extract("螺纹规格 | s公称 | m max\nM10 | 16 | 8.4").indicators == ()


def test_a_semicolon_inside_a_cell_of_a_pasted_row_parts_the_cells_items_not_rows():
    lines = ["种名 | 发芽床 | 初次计数/d | 末次计数/d", "小麦 | BP；S | 4 | 8", "水稻 | TP；BP；S | 5 | 14"]
    assert semicolons_in_cells(lines) == [lines[0], "小麦 | BP，S | 4 | 8", "水稻 | TP，BP，S | 5 | 14"]
    # a line with another count of cells, a line without cells, and a stop ending a line keep their semicolons
    other = ["项目 | 限值", "铅 | 0.01；镉 | 0.005", "注：见附录A；", "a | b", "c | d；"]
    assert semicolons_in_cells(other) == other
    found = extract("种名 | 发芽床 | 初次计数/d | 末次计数/d\n小麦 | BP；S | 4 | 8\n玉米 | BP；S | 4 | 7")
    assert [(i.value, i.unit) for i in found.indicators] == [(4.0, "d"), (8.0, "d"), (4.0, "d"), (7.0, "d")]
    found = extract("Species | Substrate | First count (days) | Final count (days)\nZea mays | BP; S | 4 | 7")
    assert [(i.value, i.unit) for i in found.indicators] == [(4.0, "days"), (7.0, "days")]
