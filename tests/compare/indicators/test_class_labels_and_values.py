"""Values written beside the names of classes, types and labels: read as limits where the class only keys them. The
sentences are written for these tests: other products, quantities and fields than the evaluation sets'."""

from __future__ import annotations

from compare.core.vocabulary import Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.requirements import requirement_sentence, statement_kinds
from compare.indicators.statements import values_name_classes
from compare.indicators.verdicts import compare_clauses


def _values(text: str) -> list[tuple]:
    return [(i.comparator.value, i.value, i.tolerance, i.unit) for i in extract_indicators(text)]


# ----------------------------------------------------------------- a label's colon before a word opened by 指

def test_a_word_opened_by_zhi_after_a_label_starts_its_requirement():
    # '指示灯', '指针': a lamp and a pointer, after the label of a type; no 'X：指…' definition.
    assert _values("B型：指示灯安装在距地面(1 200±10) mm处。") == [("tolerance", 1200.0, 10.0, "mm")]
    assert _values("Ⅱ级仪表：指针零位偏差为(0.5±0.1)°。")[0][1:3] == (0.5, 0.1)


def test_a_definition_after_a_colon_is_still_hidden():
    assert extract_indicators("夜间：指22:00至次日6:00之间的时段。") == ()
    assert extract_indicators("低温储存：指温度在2 ℃～8 ℃的储存条件。") == ()


# ----------------------------------------------------------------- a setting beside a series

_TYPES_THEN_SERIES = (
    "B型：探头安装在距墙面(150±5) mm处；C型：探头安装在距墙面(80±4) mm处。采样周期优先选用1 h、2 h和4 h。",
    "Type B: probes mounted at 150 mm ± 5 mm from the wall; type C: at 80 mm ± 4 mm. Preferred sampling periods: "
    "1 h, 2 h and 4 h.")


def test_a_series_in_its_own_sentence_leaves_the_distances_compared():
    result = compare_clauses(*_TYPES_THEN_SERIES)
    assert result.overall == Verdict.CONSISTENT
    assert {(p.domestic.value, p.international.value) for p in result.pairs
            if p.domestic is not None and p.international is not None} >= {(150.0, 150.0), (80.0, 80.0)}


def test_a_value_with_its_tolerance_states_a_requirement():
    assert requirement_sentence("探头安装在距墙面(150±5) mm处")
    assert requirement_sentence("probes mounted at 150 mm ± 5 mm from the wall")
    assert requirement_sentence("conditioned at 23 °C ± 2 °C")
    # a series, a tolerance class's formula: no value with its tolerance
    assert not requirement_sentence("Preferred sampling periods: 1 h, 2 h and 4 h")
    assert not requirement_sentence("class AA: ±(0,1 + 0,0017 |t|) °C")


# ----------------------------------------------------------------- classes named by their values

def test_classes_named_by_their_values_are_read():
    assert [v[1] for v in _values("滤网按孔径分为0.5 mm、1 mm和2 mm三类。")] == [0.5, 1.0, 2.0]
    assert [v[1] for v in _values("Mesh classes: 0,5 mm, 1 mm and 2 mm.")] == [0.5, 1.0, 2.0]
    assert [v[3] for v in _values("压力等级分为0.6 MPa、1.0 MPa、1.6 MPa共3级。")] == ["MPa"] * 3


def test_classes_bounded_by_a_quantity_stay_hidden():
    assert extract_indicators("儿童座椅按质量分为以下组别：0组，质量小于10 kg；1组，质量9 kg～18 kg。") == ()
    assert extract_indicators("Mesh classes: fine, below 0,5 mm; coarse, 0,5 mm to 2 mm.") == ()


def test_what_names_classes_by_values():
    assert values_name_classes("分为5 K、10 K和15 K三级", 2)
    assert values_name_classes("Classes: 5 K, 10 K and 15 K.", 8)
    assert not values_name_classes("分为A15、B125、C250三个等级", 2)  # names, no values
    assert not values_name_classes("分为5 K、10 K和15 K，其温升限值为", 2)  # the list goes on into a requirement


# ----------------------------------------------------------------- operations counted

def test_operations_counted_are_read_as_cycles():
    zh = _values("电动阀门执行机构的耐久性：A级，2 000次操作循环；B级，20 000次操作循环。")
    en = _values("Endurance of valve actuators: class A, 2 000 operating cycles; class B, 20 000 operating cycles.")
    assert [(v[1], v[3]) for v in zh] == [(2000.0, "cycles"), (20000.0, "cycles")]
    assert [(v[1], v[3]) for v in en] == [(2000.0, "cycles"), (20000.0, "cycles")]
    assert [v[1] for v in _values("接触器的电寿命为100 000次分合操作。")] == [100000.0]
    assert [v[1] for v in _values("Relays: 50 000 electrical operating cycles.")] == [50000.0]


def test_an_ordinal_before_its_noun_is_still_no_count():
    assert [(v[1], v[3]) for v in _values("5次谐波电流不超过1.2 A。")] == [(1.2, "A")]
    assert [(v[1], v[3]) for v in _values("第3次操作后检查触点。试验电压为500 V。")] == [(500.0, "V")]


# ----------------------------------------------------------------- classes joined to a quantity

def test_a_heading_joining_classes_to_a_quantity_is_no_classification():
    assert statement_kinds("熔断器分类及额定分断能力：gG 50 kA，aM 25 kA。") == ()
    assert statement_kinds("Fuse classification and rated breaking capacity: gG 50 kA, aM 25 kA.") == ()
    assert statement_kinds("Pump classification, rated head: P1 10 m, P2 20 m.") == ()
    # a classification alone, or by what makes it, stays one
    assert statement_kinds("熔断器按用途分类：gG，全范围分断；aM，部分范围分断。") == ("classification",)
    assert statement_kinds("Classification of pumps: P1, P2 and P3.") == ("classification",)


def test_values_per_class_under_such_a_heading_are_compared():
    result = compare_clauses("熔断器分类及额定分断能力：gG 50 kA，aM 25 kA。",
                             "Fuse classification, rated breaking capacity: gG 50 kA, aM 25 kA.")
    assert result.overall == Verdict.CONSISTENT
    assert len(result.pairs) == 2
