"""Labels written beside the values of running clauses, and pairing by them (twenty-eighth round, labels28)."""
from compare.indicators.extract import extract
from compare.indicators.value_labels import (AFTER, BEFORE, label_side, material_mentions, materials, nearest_group,
                                             same_material, value_position)
from compare.indicators.verdicts import compare_clauses, labels_beside
from compare.terms.termbase import load_termbase

TB = load_termbase()


def _labels(text):
    """(value, sorted labels) of each reading of `text`, in the reader's order."""
    ex = extract(text, None, TB)
    return [(ind.value if ind.value is not None else ind.low, sorted(label))
            for ind, label in zip(ex.indicators, labels_beside(ex.indicators, ex.text, TB))]


def test_material_words_longest_first():
    keys = [key for _, _, key in material_mentions("不锈钢和黄铜；stainless steel, Al, aluminum, Cu, steel; 铝、钢")]
    assert keys == ["material stainless steel", "material brass", "material stainless steel", "material aluminium",
                    "material aluminium", "material copper", "material steel", "material aluminium",
                    "material steel"]
    # (a word holding the letters is no symbol: 'Also', 'Current')
    assert material_mentions("Also the Current") == []


def test_labels_before_the_value_in_chinese():
    got = _labels("导线截面积不应小于：铜4 mm²，铝16 mm²，钢50 mm²。")
    assert got == [(4.0, ["material copper"]), (16.0, ["material aluminium"]), (50.0, ["material steel"])]


def test_labels_after_the_value_in_english():
    got = _labels("The cross-sectional area shall be not less than 4 mm² Cu or 16 mm² Al; bonding conductors: "
                  "6 mm² copper; 25 mm² aluminium.")
    assert got == [(4.0, ["material copper"]), (16.0, ["material aluminium"]), (6.0, ["material copper"]),
                   (25.0, ["material aluminium"])]


def test_one_label_tells_no_values_apart():
    assert all(not label for _, label in _labels("铜导体的截面积不应小于2.5 mm²，长度不应大于3 m。"))


def test_a_designation_holds_for_the_later_values_of_its_sentence():
    got = _labels("限值：M1类汽车74 dB(A)；N1类汽车，GVM≤2 t时76 dB(A)，2 t<GVM≤3.5 t时77 dB(A)；M3类汽车80 dB(A)。")
    labels = [label for value, label in got if value in (74.0, 76.0, 77.0, 80.0)]
    assert labels == [["code M1"], ["code N1"], ["code N1"], ["code M3"]]


def test_a_label_does_not_cross_a_sentence():
    got = _labels("Category A1: 10 mm. Category A2: 12 mm. The gap shall be 3 mm.")
    assert got == [(10.0, ["code A1"]), (12.0, ["code A2"]), (3.0, [])]


def test_coordinated_labels_are_one_values_labels():
    text = "vehicles of categories M2 and M3: 78 dB(A); vehicles of categories N2 or N3: 77 dB(A)"
    assert [label for _, label in _labels(text)] == [["code M2", "code M3"], ["code N2", "code N3"]]


def test_labels_parted_by_other_words_label_no_value():
    text = "分为0、1、2级：0级 10 kV"
    mentions = [(text.index("2级"), text.index("2级") + 2, "class 2"), (text.index("0级"), text.index("0级") + 2,
                                                                          "class 0")]
    assert nearest_group(text, mentions, BEFORE) == set()
    assert nearest_group(text, mentions[1:], BEFORE) == {"class 0"}
    assert nearest_group("M2 and M3 ", [(0, 2, "code M2"), (7, 9, "code M3")], BEFORE) == {"code M2", "code M3"}


def test_the_side_by_the_clauses_ends_then_by_what_stands_beside_a_value():
    mentions = [(0, 2, "material copper")]
    assert label_side("Cu 4 mm²", mentions, [(3, 8)]) == BEFORE
    assert label_side("4 mm² Cu", [(6, 8, "material copper")], [(0, 5)]) == AFTER
    # neither end holds a label: the side the labels stand right beside a value on
    text = "load: 1 %; class 1: ± 2 %, ± 3 %; class 2: ± 4 %, ± 5 %"
    mentions = [(text.index("class 1"), text.index("class 1") + 7, "class 1"),
                (text.index("class 2"), text.index("class 2") + 7, "class 2")]
    positions = [(text.index(v), text.index(v) + len(v)) for v in ("1 %", "2 %", "3 %", "4 %", "5 %")]
    assert label_side(text, mentions, positions) == BEFORE


def test_decimal_classes_formulas_and_long_codes_are_no_labels():
    assert all(not label for _, label in _labels("0.2级：±0.1 %；0.5级：±0.25 %。"))
    assert all(not label for _, label in _labels("NO2 0.2 mg/L, SO2 0.5 mg/L."))
    assert all(not label for _, label in _labels("E4303型：Rm≥430 MPa；E5016型：Rm≥490 MPa。"))


def test_value_position_is_the_values_own_number():
    text = "5级，5 kg"
    assert value_position(text, (0, len(text)), (5.0, None)) == (3, len(text))
    text = "80 MHz～2.7 GHz"
    assert value_position(text, (0, len(text)), (None, 80.0)) == (0, len(text))


def test_same_material_decides_over_concepts():
    cu, al = frozenset({"material copper"}), frozenset({"material aluminium", "code M1"})
    assert materials(al) == {"material aluminium"}
    assert same_material(cu, al, True) is False
    assert same_material(cu, cu, False) is True
    assert same_material(frozenset(), al, True) is True


def test_values_pair_by_their_material():
    result = compare_clauses("保护导体截面积不应小于：铜2.5 mm²，铝16 mm²；联结导体：铜6 mm²，铝16 mm²。",
                             "The protective conductor shall be not less than 2,5 mm² Cu or 16 mm² Al; bonding "
                             "conductors: 6 mm² copper; 16 mm² aluminium.")
    pairs = [(p.domestic.value, p.international.value) for p in result.pairs
             if p.domestic is not None and p.international is not None]
    assert sorted(pairs) == [(2.5, 2.5), (6.0, 6.0), (16.0, 16.0), (16.0, 16.0)]
    assert all(p.verdict == "consistent" for p in result.pairs)


def test_a_heading_of_columns_labels_no_value():
    got = _labels("参数 | 等级 G2 | G3：频率降/% ≤5 | ≤3；稳态频率带/% ≤1.5 | ≤0.5。")
    assert all(not label for _, label in got)


def test_a_quantitys_symbol_and_a_repeated_designation_are_no_labels():
    got = _labels("M10（P=1.5）：中径 d2=D2=9.026 mm；M8（P=1.25）：中径 7.188 mm。")
    assert [label for _, label in got] == [["code M10"], ["code M10"], ["code M8"], ["code M8"]]
    got = _labels("M10 (pitch 1,5): D2, d2 = 9,026. M8 (pitch 1,25): D2, d2 = 7,188.")
    assert got == [(9.026, ["code M10"]), (7.188, ["code M8"])]


def test_a_label_carries_to_a_value_of_another_dimension_only_within_a_semicolon():
    got = _labels("C1, 0,2 A 250 V; C7, 2,5 A 250 V; C17, 10 A 250 V.")
    assert [label for _, label in got] == [["code C1"], ["code C1"], ["code C7"], ["code C7"], ["code C17"],
                                           ["code C17"]]
    got = _labels("C1型额定电流0.2 A，C7型额定电流2.5 A；三者额定电压均为250 V。")
    assert [label for _, label in got] == [["code C1"], ["code C7"], []]


def test_a_comma_after_a_value_tells_no_side():
    # '铜绕组250 ℃，铝绕组200 ℃': a word between each label and its value, a comma between a value and the next label
    assert all(not label for _, label in _labels("持续时间为2 s。温度：铜绕组250 ℃，铝绕组200 ℃。"))


def test_a_class_written_again_for_each_quantity_still_labels():
    got = _labels("耗氧量/(mg/L) ≤：二级 0.08，三级 0.4；吸光度 ≤：一级 0.001，二级 0.01。")
    assert got == [(0.08, ["class 2"]), (0.4, ["class 3"]), (0.001, ["class 1"]), (0.01, ["class 2"])]
