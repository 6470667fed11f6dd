"""Statements with numbers and no requirement (compare.indicators.statements): each function alone, then through
the extractor and the clause comparison. The texts are written for these tests."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.clausetext import fold
from compare.indicators.extract import extract, extract_indicators
from compare.indicators.statements import (class_list_end, classification_spans, designation_spans, example_spans,
                                           no_requirement_spans, scope_spans, term_definition_spans)
from compare.indicators.verdicts import compare_clauses


def _hidden(spans_of, text: str) -> list[str]:
    folded = fold(text)[0]
    return [folded[a:b] for a, b in spans_of(folded)]


# ------------------------------------------------------------------------------------------ classifications


def test_a_classification_by_a_quantity_is_hidden_to_its_sentence_end():
    text = "电缆护套按耐热性能分为：普通级，长期工作温度≤70 ℃；耐热级，70 ℃<T≤105 ℃。护套厚度不应小于1.2 mm。"
    (span,) = _hidden(classification_spans, text)
    assert "105" in span and "1.2" not in span
    english = ("Hoses are classified into grades: grade A, bend radius up to 50 mm; grade B, over 50 mm. "
               "The wall shall be at least 3 mm thick.")
    (span,) = _hidden(classification_spans, english)
    assert "50 mm" in span and "3 mm" not in span


def test_a_classification_title_covers_the_rows_after_it_until_a_requirement():
    text = ("Table 4 - Temperature classes. Class T1: surface temperature up to 450 °C; class T2, up to 300 °C. "
            "Class T3: up to 200 °C. The class used shall be stated in the report.")
    (span,) = _hidden(classification_spans, text)
    assert "T3" in span and "report" not in span


def test_a_tests_levels_are_test_conditions_not_classes():
    # the severity a test applies is compared, as any test condition is (the mission's "test conditions")
    for text in ("Table 4 - Severity levels. Surge: level 1, 0,5 kV; level 2, 1 kV. Burst: level 1, 1 kV.",
                 "Test levels: level 1, 3 V/m; level 2, 10 V/m; level 3, 30 V/m.",
                 "表3 试验等级：等级1，0.5 kV；等级2，1 kV；等级3，2 kV。"):
        assert _hidden(classification_spans, text) == []
    result = compare_clauses("表3 试验等级：等级1，0.5 kV；等级2，1 kV；等级3，2 kV。",
                             "Table 3 - Test levels: level 1, 0,5 kV; level 2, 1 kV; level 3, 4 kV.")
    compared = [(p.domestic.normalized.value, p.international.normalized.value) for p in result.pairs]
    assert compared == [(500.0, 500.0), (1000.0, 1000.0), (2000.0, 4000.0)]
    assert [str(p.verdict) == "consistent" for p in result.pairs] == [True, True, False]


def test_classes_with_their_own_requirements_are_not_a_classification():
    # the classes are listed before the colon: each class's limits follow
    assert classification_spans(fold("绝缘靴按耐压分为1、2、3级：1级试验电压6 kV；2级10 kV；3级20 kV。")[0]) == []
    # a requirement word in the statement
    assert classification_spans(fold("外壳按防护分为两类：甲类泄漏电流不应大于0.5 mA。")[0]) == []
    assert classification_spans(fold("Mixtures are classified into groups: group 1 shall contain at most 2 %.")[0]) == []
    # a heading that names limits per class
    assert classification_spans(fold("理化指标 — 等级：一级 ≤ 0.5 %；二级 ≤ 1.0 %。")[0]) == []
    # a heading that only names grades, with bounds in its rows: limits per grade
    assert classification_spans(fold("产品等级：优级品 纯度 ≥ 99.5 %；合格品 纯度 ≥ 98.0 %。")[0]) == []
    assert classification_spans(fold("Product categories: category A, moisture ≤ 12 %; category B, ≤ 14 %.")[0]) == []
    assert classification_spans(fold("Table 2 - Product grades. Grade 1: ash ≤ 0,5 %.")[0]) == []


def test_classes_named_before_the_first_mark_of_a_clause_are_followed_by_their_requirements():
    # the names of the classes, joined by 、 or 和, end at the first comma, semicolon or colon
    text = fold("护栏按防撞能力分为B、A、SB三级，各级的碰撞能量分别为70 kJ、160 kJ、280 kJ。")[0]
    assert text[class_list_end(text, text.index("分为") + 2):].startswith(", 各级")
    assert class_list_end(fold("按表面分为光面和毛面：光面粗糙度不大于1.6 µm。")[0], 3) is not None
    # classes defined after the colon by a quantity, and a count of classes alone, list no names
    assert class_list_end(fold("门按开启力分为:轻型,开启力小于30 N。")[0], 7) is None
    assert class_list_end(fold("公差等级分为16级，代号为T1～T16。")[0], 6) is None
    assert classification_spans(fold("板材按厚度分为薄板、中板和厚板；中板厚度为4 mm～20 mm。")[0]) == []
    found = extract_indicators("护栏按防撞能力分为B、A、SB三级，各级的碰撞能量分别为70 kJ、160 kJ、280 kJ。")
    assert [(i.value, i.unit) for i in found] == [(70.0, "kJ"), (160.0, "kJ"), (280.0, "kJ")]
    found = extract_indicators("涂料按耐候性分为优等品、合格品，相应人工老化时间不应少于800 h、400 h。")
    assert [(i.value, i.unit) for i in found] == [(800.0, "h"), (400.0, "h")]


# ------------------------------------------------------------------------------------------ term entries


def test_term_entries_with_a_clause_number_or_a_kind_of_thing():
    assert _hidden(term_definition_spans, "4.2 幼儿：满1周岁至3周岁的人。") == ["4.2 幼儿:满1周岁至3周岁的人"]
    assert len(_hidden(term_definition_spans, "学步车：供8个月至18个月婴儿学习行走的器具和装置。")) == 1
    assert len(_hidden(term_definition_spans, "ladder: any device with rungs 250 mm to 300 mm apart.")) == 1
    assert len(_hidden(term_definition_spans,
                       "2.7 folding chair: chair designed to fold flat, with a seat height of 400 mm to 480 mm.")) == 1


def test_definitions_that_state_the_values_themselves_stay():
    # a reference condition defined by its values, and a product category defined by its limits
    assert term_definition_spans(fold("reference air: air having a temperature of 23 °C and 50 % humidity.")[0]) == []
    assert term_definition_spans(fold("淡味酱油：全氮含量大于或等于0.8 g/100 mL的酱油。")[0]) == []
    # a requirement
    assert term_definition_spans(fold("3.4 护栏：高度不应小于1 050 mm的栏杆。")[0]) == []


def test_a_quantity_defined_by_how_it_is_measured_is_a_term_entry():
    # the definition names the term's own head noun; its numbers say what is measured
    zh = "半数抑制浓度（IC50）：在规定的暴露期内，使藻类生长率降低50 %的受试物浓度。"
    en = ("IC50 (median inhibitory concentration) is the concentration of a test substance that reduces the growth "
          "rate of the algae by 50 % within the exposure period.")
    assert len(_hidden(term_definition_spans, zh)) == 1 and len(_hidden(term_definition_spans, en)) == 1
    assert compare_clauses(zh, en).pairs == ()
    # a quantity defined by a bound, and a limit on a measured quantity, stay
    assert term_definition_spans(fold("低钠含量：钠含量小于120 mg/100 g的含量。")[0]) == []
    assert term_definition_spans(fold("The EC50 is the concentration; it shall be at least 10 mg/L.")[0]) == []


# ------------------------------------------------------------------------------------------ designations


def test_what_a_designation_stands_for():
    (span,) = _hidden(designation_spans, "链条代号08B-1表示：节距12.7 mm的单排滚子链。")
    assert "12.7" in span
    (span,) = _hidden(designation_spans, "Designation example: chain 08B-1 denotes a single strand of pitch 12,7 mm.")
    assert "12,7" in span
    assert "2 kg" in " ".join(_hidden(designation_spans, 'Marked by content, for example "CO2 2 kg" or "water 9 l".'))
    assert _hidden(designation_spans, "the rating is marked, e.g. 21A 113B.") == ["e.g. 21A 113B"]


def test_a_marking_of_numbers_joined_by_signs_given_as_an_example_is_hidden():
    # what a marking looks like, after 'e.g.' or '例如', with no unit after it
    assert _hidden(designation_spans, "The hose shall be marked with its size, e.g. 25/32-6; and the year.") \
        == ["e.g. 25/32-6"]
    assert _hidden(designation_spans, "包装上应标明尺寸，例如 30×20×12；生产日期。") == ["例如 30×20×12"]
    assert _hidden(designation_spans, "Each pane bears its build-up, e.g. 4 □ 16-4.") == ["e.g. 4 □ 16-4"]
    assert extract_indicators("门框上应标注规格，单位为毫米，例如 900□2100-40；制造商名称。") == ()
    # with a unit after it, an example is a value given as one, and a single number is no marking
    assert designation_spans(fold("The bath is kept warm, e.g. 20-25 °C.")[0]) == []
    assert designation_spans(fold("Panels are cut to size, e.g. 600 × 600 mm.")[0]) == []
    assert designation_spans(fold("Use a short hose, e.g. 2 m long.")[0]) == []


def test_a_size_designation_keying_a_row_of_dimensions_is_no_statement_of_what_a_code_stands_for():
    # 'Designation 3/4:' keys a row of a table of dimensions as 'Designation of size 3/4:' does: its values are read
    text = "Dimensions in millimetres. Designation 3/4: bore 19,05; wall thickness 2,87. Designation 2: bore 50,8."
    assert designation_spans(fold(text)[0]) == []
    read = [(i.value, i.unit) for i in extract(text).indicators]
    assert read == [(19.05, "millimetres"), (2.87, "millimetres"), (50.8, "millimetres")]  # the size numbers are none
    zh = "单位为毫米：规格代号3/4：内径19.05，壁厚2.87；规格代号2：内径50.8。"
    assert [(i.value, i.unit) for i in extract(zh).indicators] == [(19.05, "毫米"), (2.87, "毫米"), (50.8, "毫米")]
    # a designation written as a code of several parts, whose parts are then explained, stays a statement
    assert designation_spans(fold("The designation 185/65 R 15 88 H: nominal section width 185 mm.")[0]) != []


def test_a_designation_with_a_requirement_stays():
    assert designation_spans(fold("规格示例：每卷长度应不小于50 m。")[0]) == []


# ------------------------------------------------------------------------------------------ scope statements


def test_scope_statements():
    (span,) = _hidden(scope_spans, "This part of ISO 9999 specifies hoists for loads from 50 kg to 2 000 kg.")
    assert "2 000 kg" in span
    assert len(_hidden(scope_spans, "It also gives information for users older than 65 years.")) == 1
    # scope words after a requirement in the same sentence: not a scope statement
    assert scope_spans(fold("The gap shall be at most 5 mm; this document also gives guidance on 8 mm gaps.")[0]) == []


# ------------------------------------------------------------------------------------------ examples


def test_examples_set_no_requirement():
    (span,) = _hidden(example_spans, "EXAMPLE 3 A flask of 500 ml holds 20 g of sample. The flask shall be dry.")
    assert "500 ml" in span and "dry" not in span
    assert len(_hidden(example_spans, "示例2：称取试样5 g，定容至100 mL。")) == 1
    assert len(_hidden(example_spans, "For instance, a hose of 10 m loses 0,2 bar.")) == 1
    # an example holding a requirement word, and a sentence that only mentions examples, stay
    assert example_spans(fold("Example: the gap shall not exceed 4 mm.")[0]) == []
    assert example_spans(fold("The annex gives 3 examples of calculation.")[0]) == []


def test_values_beside_an_example_are_still_read():
    found = extract_indicators("示例：样品2 g溶于10 mL水中。游离酸含量不应大于0.5 %。")
    assert [(i.value, i.unit) for i in found] == [(0.5, "%")]


# ------------------------------------------------------------------------------------------ through the reader


def test_no_indicator_is_read_from_statements_without_requirement():
    for text in ("门按开启力分为：轻型，开启力小于30 N；重型，开启力30 N～60 N。",
                 "Ropes are divided into classes according to their breaking force: class 1 up to 10 kN; class 2 over 10 kN.",
                 "2.3 婴儿床：供36个月以下儿童睡眠使用的床。",
                 "This International Standard specifies masks for flow rates from 30 l/min to 95 l/min."):
        assert extract_indicators(text) == (), text
        assert no_requirement_spans(fold(text)[0])


def test_a_clause_pair_of_classifications_states_no_indicator():
    result = compare_clauses("砖按抗压强度分为：MU10级，强度≥10 MPa；MU15级，强度≥15 MPa。",
                             "Bricks are classified into strength grades: MU10, strength ≥ 10 MPa; MU15, ≥ 15 MPa.")
    assert result.pairs == ()


def test_requirements_beside_a_statement_are_still_read():
    found = extract_indicators("3.2 灯座：用于安装灯泡的器具。灯座的温升不应超过45 K。")
    assert [(i.comparator, i.value, i.unit) for i in found] == [("max", 45.0, "K")]


def test_a_designation_keying_a_row_is_no_statement_of_what_a_code_means():
    # 'Designation of <size> <key>:' heads a row of values; 'Designation:' / 'Example of designation:' explain a code.
    row = "Designation of thread size 3/4: pitch P, 1.814 mm; height of thread h, 1.162 mm."
    assert designation_spans(row) == []
    assert designation_spans("Example of designation: bolt ISO 4014 - M12 × 80 - 8.8.") != []
    assert designation_spans("Designation: tyre 205/55 R16 91V.") != []
    found = extract_indicators(row)
    assert [(i.value, i.unit) for i in found if i.unit == "mm"] == [(1.814, "mm"), (1.162, "mm")]


def test_an_example_explaining_a_code_sets_no_requirement_even_with_limit_words():
    # plural heads, and limit words that say what a code means ('upper limit', '上限值', '最大')
    for text in ("Examples: K45/120 denotes a hinge with an upper limit load of 45 kg and a height of 120 mm.",
                 "示例：HX-80 表示最大承载80 kg、上限值温度60 ℃的挂钩。",
                 "EXAMPLES T3,5 — minimum wall 3,5 mm, class B."):
        assert len(_hidden(example_spans, text)) == 1, text
        assert extract_indicators(text) == (), text


def test_an_example_with_a_modal_verb_or_without_a_code_is_still_read():
    # a modal verb makes even a code's example a requirement; an example that explains no code keeps its limit words
    assert example_spans(fold("Examples: K45 denotes a hinge that shall carry at least 45 kg.")[0]) == []
    assert example_spans(fold("Examples: the free gap of the hinge is at most 4 mm.")[0]) == []


def test_scope_words_opened_in_brackets_stop_at_the_closing_bracket():
    from compare.indicators.extract import aside_end
    text = "B级区(适用于灌装前的准备):悬浮粒子数不超过3 520 个/m³。"
    at = text.index("适用于")
    assert aside_end(text, 0, at, len(text) - 1) == text.index(")") + 1
    text = "本标准适用于额定电压不超过1 000 V的电器(交流)。"  # no bracket open before the scope words
    assert aside_end(text, 0, text.index("适用于"), len(text) - 1) == len(text) - 1
    text = "型号(A)适用于室内使用。"  # the bracket before is closed
    assert aside_end(text, 0, text.index("适用于"), len(text) - 1) == len(text) - 1


def test_the_values_after_a_bracketed_scope_aside_are_read():
    (ind,) = extract_indicators("B级洁净区（适用于灌装前的准备）：悬浮粒子数不超过3 520 个/m³。")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MAX, 3520.0, "个/m³")
    (ind,) = extract_indicators("Bathing waters (applies to coastal areas up to 2 m deep): E. coli max. 500 cfu/100 ml.")
    assert (ind.comparator, ind.value, ind.unit) == (Comparator.MAX, 500.0, "cfu/100 ml")  # the depth stays hidden
    # a scope sentence with no bracket is still no requirement
    # (a rated voltage excepted since the thirty-second round: scope_ratings)
    assert extract_indicators("本标准适用于容量不超过10 L的家用电器。") == ()
