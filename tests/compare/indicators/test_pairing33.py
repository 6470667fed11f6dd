"""Pairing rules of the thirty-third round (fixpair33): a value one clause reads where the other reads a condition of
its limits is no partner of those limits (`condition_values`); an accuracy class written as a decimal is one key on
both sides ('0.5级' = 'accuracy class 0,5'). Sentences of our own."""

from compare.indicators.condition_values import conditions_held, states_a_condition
from compare.indicators.extract import extract
from compare.indicators.repeated_values import repeated_value_pairs
from compare.indicators.verdicts import compare_clauses, qualifier_keys
from compare.terms.termbase import load_termbase


def _pairs(domestic: str, international: str) -> set[tuple]:
    result = compare_clauses(domestic, international)
    return {(p.domestic.value if p.domestic else None, p.international.value if p.international else None)
            for p in result.pairs}


ZH = "1级，额定电流的10 %时误差±1.5 %，额定电流的100 %时误差±1.0 %。"
EN = "Class 1 — at 10 % of rated current, error ±1,5 %; at 100 % of rated current, error ±1,0 %."


def test_a_value_the_other_clause_holds_as_a_condition_is_that_condition():
    zh, en = extract(ZH).indicators, extract(EN).indicators
    held = conditions_held(zh)  # '额定电流的100 %时' is a condition of the error
    load_point = next(i for i in en if i.value == 100.0)  # 'at 100 % of rated current' read as a value
    error = next(i for i in en if i.value == 1.0)
    zh_error = next(i for i in zh if i.value == 1.0)
    assert states_a_condition(load_point, zh_error, held)
    assert not states_a_condition(error, zh_error, held)


def test_errors_at_two_currents_pair_by_value_not_with_the_currents():
    pairs = _pairs(ZH, EN)
    assert (1.5, 1.5) in pairs and (1.0, 1.0) in pairs
    assert (1.5, 10.0) not in pairs and (1.0, 100.0) not in pairs


def test_a_decimal_accuracy_class_is_one_key_on_both_sides():
    termbase = load_termbase()
    zh = extract("0.5级电能表：基本误差不超过±0.5 %。").indicators[0]
    en = extract("Meters of accuracy class 0,5: basic error within ±0,5 %.").indicators[0]
    assert "class 0.5" in qualifier_keys(zh, termbase)
    assert "class 0.5" in qualifier_keys(en, termbase)
    assert "class 5" not in qualifier_keys(zh, termbase) and "class 0" not in qualifier_keys(en, termbase)
    assert "class 2" in qualifier_keys(extract("2级电能表：误差不超过±2 %。").indicators[0], termbase)


def test_a_condition_read_as_a_value_takes_no_share_of_a_lone_limit():
    pairs = _pairs("测量用电流互感器的准确级为1和3。在20 %额定电流到额定电流相对应的电流下：1级比值差±1.0 %，相位差±60′；"
                   "3级比值差±3.0 %，相位差±180′。",
                   "The accuracy classes for measuring current transformers are 1 and 3. At 20 % of rated current and at "
                   "rated current: class 1, ratio error ± 1,0 %, phase displacement ± 60 minutes; class 3, ± 3,0 % and "
                   "± 180 minutes.")
    assert (1.0, 1.0) in pairs and (1.0, 20.0) not in pairs


def test_one_tolerance_stated_twice_on_each_side_pairs_in_order():
    pairs = _pairs("精度等级m，公称尺寸的范围（mm）及极限偏差（mm）：＞6～30，±0.2；＞30～120，±0.3；＞120～400，±0.3；"
                   "＞400～1 000，±0.5。",
                   "Tolerance class m, range of nominal sizes (mm) and tolerances (mm): over 6 up to 30: ±0,2; over 30 up "
                   "to 120: ±0,3; over 120 up to 400: ±0,3; over 400 up to 1 000: ±0,5.")
    assert (0.3, 0.3) in pairs and (0.3, None) not in pairs and (None, 0.3) not in pairs


def test_repeated_values_pair_only_as_often_on_each_side():
    values = {(0, 0): 2, (0, 1): 2, (0, 2): 3, (1, 0): 2, (1, 1): 2, (1, 2): 2}
    pairs = repeated_value_pairs([0, 1, 2], [0, 1, 2], lambda side, k: values[(side, k)], lambda a, b: True)
    assert pairs == []  # 2 twice here, three times there
    values[(1, 2)] = 3
    assert repeated_value_pairs([0, 1, 2], [0, 1, 2], lambda side, k: values[(side, k)], lambda a, b: True) \
        == [(0, 0), (1, 1)]
    assert repeated_value_pairs([0, 1], [0, 1], lambda side, k: values[(side, k)], lambda a, b: a != b) == []
