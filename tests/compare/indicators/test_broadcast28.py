"""One limit on one side standing for the limits of several grades or varieties on the other (twenty-eighth round,
broadcast28)."""
from compare.indicators.broadcast import counterpart_stated, grade_only, grade_row_heads
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses, dimension_of, qualifier_keys
from compare.terms.termbase import load_termbase


def _pairs(domestic, international):
    result = compare_clauses(domestic, international)
    return [(p.domestic.value if p.domestic else None, p.international.value if p.international else None, p.verdict)
            for p in result.pairs], result


# counterpart_stated

def test_a_partner_stating_the_single_value_is_its_counterpart():
    assert counterpart_stated(60.0, [60.0])
    assert counterpart_stated(-18.0, [-18.0, -20.0])


def test_partners_of_other_values_leave_the_single_limit_to_every_item():
    assert not counterpart_stated(15.0, [13.5])
    assert not counterpart_stated(15.5, [14.5, 14.0])


def test_a_value_not_read_keeps_the_rule_as_it_was():
    assert counterpart_stated(None, [13.5])
    assert counterpart_stated(15.0, [None])


# grade_only

def test_a_name_of_its_grade_alone_is_a_grade_row():
    assert grade_only("三等", "中容重:二等小麦")
    assert grade_only("4等", "容重:1等")
    assert grade_only("grade 3", "Test weight, grade 2")
    assert grade_only("三等小麦", "中容重:二等小麦")  # the head's commodity said again
    assert grade_only("Ⅱ类", "泄漏电流:Ⅰ类")


def test_a_name_with_words_of_its_own_is_no_grade_row():
    assert not grade_only("其他", "中容重:二等小麦")
    assert not grade_only("三等 水分", "中容重:二等小麦")
    assert not grade_only("粳稻谷", "早籼稻谷")


def _readings(text):
    termbase = load_termbase()
    readings = extract(text, None, termbase).indicators
    return readings, [qualifier_keys(r, termbase) for r in readings]


def test_grade_rows_take_the_head_that_names_the_quantity():
    readings, keys = _readings("表1中容重：二等小麦不小于770 g/L，三等不小于750 g/L，四等不小于730 g/L。")
    assert [r.value for r in readings] == [770, 750, 730]
    assert readings[0].concept and readings[1].concept is None
    assert grade_row_heads(readings, keys, dimension_of) == {1: 0, 2: 0}


def test_no_head_across_another_kind_of_limit():
    readings, keys = _readings("表1中容重：二等小麦不小于770 g/L，三等不大于750 g/L。")
    assert grade_row_heads(readings, keys, dimension_of) == {}


# the pairing

def test_a_single_minimum_holds_for_every_grade_after_the_head():
    pairs, result = _pairs("容重：一等小麦不小于790 g/L，二等不小于770 g/L，三等不小于750 g/L。",
                           "Test weight: wheat shall have a minimum test weight of 68 kg/hl.")
    assert sorted(pairs) == [(750, 68, "stricter"), (770, 68, "stricter"), (790, 68, "stricter")]
    assert result.overall == "stricter"


def test_a_single_maximum_holds_for_every_variety_of_other_values():
    pairs, result = _pairs("小麦粉水分：强筋小麦粉不大于14.0 %；弱筋小麦粉不大于13.5 %。",
                           "Moisture content: 15,5 % m/m max.")
    assert sorted(pairs) == [(13.5, 15.5, "stricter"), (14.0, 15.5, "stricter")]
    assert result.overall == "stricter"


def test_each_item_of_a_variety_list_shares_the_single_maximum():
    pairs, _ = _pairs("早籼稻谷、晚籼稻谷和籼糯稻谷的水分含量均不大于13.0 %；粳稻谷和粳糯稻谷的水分含量均不大于14.0 %。",
                      "Moisture content: 15,5 % m/m max.")
    assert sorted(pairs) == [(13.0, 15.5, "stricter")] * 3 + [(14.0, 15.5, "stricter")]


def test_a_single_limit_stating_one_items_value_stays_that_items_counterpart():
    pairs, _ = _pairs("果糖和葡萄糖/(g/100 g) ≥ 60。",
                      "Sum of fructose and glucose: blossom honey not less than 60 g/100 g; honeydew honey, blends "
                      "of honeydew honey with blossom honey not less than 45 g/100 g.")
    assert (60, 60, "consistent") in pairs
    assert (None, 45, "missing_domestic") in pairs


def test_no_grade_shares_a_single_limit_that_one_grade_states():
    pairs, _ = _pairs("容重：一等小麦不小于790 g/L，二等不小于770 g/L，三等不小于750 g/L。",
                      "Test weight: wheat shall have a minimum test weight of 77 kg/hl.")
    # (which grade the assignment pairs it with is not this rule's: only that it holds for one grade)
    assert sum(1 for _, i, _ in pairs if i == 77) == 1
