"""A setting written before the verb of a step ('在105 ℃下干燥2 h', '在37 ℃培养箱中培养24 h', '在60 ℃搅拌30 min后')
in a sentence with no limit is a setting of that step, read as an indicator with the time after it, not the case
of that time. Where the sentence states a limit, the setting stays that limit's condition."""

from __future__ import annotations

from compare.core.vocabulary import Comparator
from compare.indicators.extract import extract_indicators


def _read(text):
    return [(i.comparator, i.value, i.unit, [c.text for c in i.conditions]) for i in extract_indicators(text)]


def test_a_temperature_closed_by_xia_before_a_step_verb_is_a_setting():
    found = _read("将称量瓶在105 ℃下干燥2 h。")
    assert [(v, u, c) for _, v, u, c in found] == [(105.0, "℃", []), (2.0, "h", [])]


def test_a_temperature_before_a_vessel_and_a_step_verb_is_a_setting():
    found = _read("将平板置于恒温箱，在37 ℃培养箱中培养24 h。")
    assert [(v, u, c) for _, v, u, c in found] == [(37.0, "℃", []), (24.0, "h", [])]


def test_a_setting_right_before_a_step_verb_is_a_setting():
    found = _read("在60 ℃搅拌30 min后再冷却。")
    assert [(v, u, c) for _, v, u, c in found] == [(60.0, "℃", []), (30.0, "min", [])]


def test_a_setting_in_a_sentence_with_a_limit_stays_a_condition():
    found = _read("在85 ℃下老化500 h后，断裂伸长率保留率应不小于60 %。")
    assert (Comparator.MIN, 60.0, "%") in [(k, v, u) for k, v, u, _ in found]
    assert all(c for *_, c in found)
