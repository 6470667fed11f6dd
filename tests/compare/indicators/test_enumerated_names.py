"""One value for each name of a list the termbase does not all know: the list is taken as written when a word says
the value holds for each ('均', '各', 'each'); own sentences from several fields, both languages."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.constructions import enumerated_names
from compare.indicators.extract import extract_indicators


def test_a_chinese_list_with_jun_names_each():
    assert enumerated_names("钙、铁、铝、镁、钠、钾/(mg/kg) 均", "") == ["钙", "铁", "铝", "镁", "钠", "钾"]
    assert enumerated_names("；乙酸、丙酮、乙醇和正庚烷的限度均为", "") == ["乙酸", "丙酮", "乙醇", "正庚烷"]
    assert enumerated_names("铜和钢的最小截面积均为", "") == ["铜", "钢"]


def test_an_english_list_with_each_after_the_value():
    assert enumerated_names("Calcium, iron, sodium and potassium: max. ", " each.") == [
        "Calcium", "iron", "sodium", "potassium"]
    assert enumerated_names("acetone, ethyl acetate and heptane shall ", " each") == ["acetone", "ethyl acetate", "heptane"]


def test_no_list_without_a_word_saying_each():
    assert enumerated_names("钙、铁、铝/(mg/kg) ≤", "") == []  # a sum or a group: not said to hold for each
    assert enumerated_names("Calcium, iron and sodium: max. ", ".") == []


def test_no_list_when_other_words_stand_between_it_and_the_value():
    assert enumerated_names("温度、湿度均应符合表2的规定，电压为", "") == []
    assert enumerated_names("血压计测量值与参考值之差的平均值均不应超过", "") == []  # a difference is one quantity
    assert enumerated_names("the difference between inlet, outlet and bypass temperatures shall each be ", "") == []


def test_each_name_gets_the_value_through_extraction():
    found = extract_indicators("镀层中铬、镍、钴、锰/(mg/kg) 均≤50；铅/(mg/kg) ≤ 90。")
    assert [(i.parameter, i.comparator, i.value, i.unit) for i in found] == [
        ("铬", Comparator.MAX, 50.0, "mg/kg"), ("镍", Comparator.MAX, 50.0, "mg/kg"), ("钴", Comparator.MAX, 50.0, "mg/kg"),
        ("锰", Comparator.MAX, 50.0, "mg/kg"), ("铅", Comparator.MAX, 90.0, "mg/kg")]
    found = extract_indicators("Calcium, iron, aluminium, magnesium, sodium and potassium: max. 0,5 mg/kg each.")
    assert [i.parameter for i in found] == ["Calcium", "iron", "aluminium", "magnesium", "sodium", "potassium"]
    assert {i.value for i in found} == {0.5}


def test_two_words_of_no_known_quantity_stay_one_limit():
    found = extract_indicators("纵向和横向的撕裂度均不应小于350 mN")
    assert len(found) == 1 and found[0].value == 350.0


def test_a_list_of_foods_stays_the_termbases():
    found = extract_indicators("无机砷（以As计）限量：糙米、大米均为0.2 mg/kg。")
    assert [i.value for i in found] == [0.2, 0.2]
