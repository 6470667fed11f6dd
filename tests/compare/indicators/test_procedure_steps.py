"""Issue 12, a procedure's steps: 'stir for 5 min at 1 500 r/min', 'measure the absorbance at 880 nm', '转种于10 mL
TTB内'. A value introduced as a condition ('at', 'for', '在', '于') qualifies a limit; in a sentence that states no
limit it qualifies none, and is a setting the step requires, read as an indicator of its own."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract_indicators
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(i.comparator, i.value, i.unit, [c.text for c in i.conditions]) for i in extract_indicators(text)]


def test_the_settings_of_a_step_with_no_limit_are_each_read():
    found = _read("Place the cylinder in the bath and stir for 5 min at 1 500 r/min.")
    assert [(k, v, u) for k, v, u, _ in found] == [(Comparator.EQUAL, 5.0, "min"), (Comparator.EQUAL, 1500.0, "r/min")]
    assert not any(c for *_, c in found)


def test_a_wavelength_of_a_measuring_step_is_a_setting_in_both_languages():
    english = _read("After colour development, wait 10 min to 30 min and measure the absorbance at 880 nm against water.")
    assert (Comparator.EQUAL, 880.0, "nm", []) in english
    chinese = _read("显色后室温下放置15 min，在700 nm波长下，以水做参比，测定吸光度。")
    assert (Comparator.EQUAL, 700.0, "nm", []) in chinese


def test_a_volume_the_step_transfers_into_is_a_setting():
    found = _read("移取1 mL，转种于10 mL TTB内，于(42±1)℃培养18 h～24 h。")
    assert [(v, u) for _, v, u, _ in found] == [(1.0, "mL"), (10.0, "mL"), (42.0, "℃"), (None, "h")]


def test_a_condition_of_a_limit_stays_its_condition():
    found = _read("The insulation resistance at 70 °C shall be not less than 0,011 MΩ·km.")
    assert [(k, v) for k, v, _, _ in found] == [(Comparator.MIN, 0.011)]
    assert found[0][3] == ["70 °C"]
    # a sentence whose word of limit stands apart from the values ('… at 1 500 r/min, at least …') keeps its conditions
    found = _read("The running time at 1 500 r/min is at least 30 min.")
    assert [(k, v) for k, v, _, _ in found] == [(Comparator.MIN, 30.0)]


def test_a_rates_min_stop_ends_the_step_it_closes():
    # 'r/min.' ends the sentence: the limit in the next sentence ('above 90 mm²/s') does not make the step a limit's
    found = _read("Stir for 5 min at 1 500 r/min. For oils with a kinematic viscosity above 90 mm²/s, the test "
                  "temperature is 82 °C ± 1 °C.")
    assert (Comparator.EQUAL, 1500.0, "r/min", []) in found


def test_two_steps_measured_at_other_wavelengths_differ():
    result = compare_clauses("显色后，在700 nm波长下测定吸光度。", "After colour development, measure the absorbance at 880 nm.")
    assert [(p.domestic.value, p.international.value, p.verdict) for p in result.pairs] == [
        (700.0, 880.0, Verdict.DIFFERENT)]


def test_what_a_step_adds_or_takes_is_a_setting_and_another_amount_differs():
    found = extract_indicators("Add 0,5 ml of saturated potassium iodide solution, stopper and shake.")
    assert [(i.value, i.unit, i.setting) for i in found] == [(0.5, "ml", True)]
    found = extract_indicators("准确加入1.00 mL饱和碘化钾溶液，塞紧瓶盖。")
    assert [(i.value, i.unit, i.setting) for i in found] == [(1.0, "mL", True)]
    result = compare_clauses("准确加入1.00 mL饱和碘化钾溶液，塞紧瓶盖。", "Add 0,5 ml of saturated potassium iodide solution.")
    assert [p.verdict for p in result.pairs] == [Verdict.DIFFERENT]


def test_a_bare_value_in_a_list_of_limits_is_no_setting():
    # no step's verb: values in a list stay limits in a list (maxima when the other side says nothing else)
    assert not any(i.setting for i in extract_indicators("铜 1.0 mg/L，锌 2.0 mg/L。"))
    # a step's sentence that states a limit is no setting
    assert not any(i.setting for i in extract_indicators("Add water until the volume is not more than 50 ml."))


def test_min_after_a_value_whose_bound_is_written_before_it_is_minutes():
    found = extract_indicators("The D121-value shall be not less than 1,5 min. The z-value shall be not less than 6 °C.")
    assert [(i.comparator, i.value, i.unit) for i in found] == [(Comparator.MIN, 1.5, "min"), (Comparator.MIN, 6.0, "°C")]
    # with no bound before it, 'min.' is the minimum ('pH 6.5 min.')
    assert [(i.comparator, i.value, i.unit) for i in extract_indicators("pH 6.5 min.")] == [(Comparator.MIN, 6.5, "")]


def test_a_condition_in_brackets_after_a_name_stays_the_names():
    found = _read("density (at 15 °C), 720,0 kg/m³ to 775,0 kg/m³.")
    assert [(k, u, c) for k, _, u, c in found] == [(Comparator.RANGE, "kg/m³", ["15 °C"])]
    found = _read("额定功率30 kW时效率为92.9 %，37 kW时为93.3 %。")
    assert [(v, c) for _, v, _, c in found] == [(92.9, ["30 kW"]), (93.3, ["37 kW"])]
    found = _read("喇叭声级在距车前2 m、离地高1.2 m处测量时，其值应为90 dB(A)～115 dB(A)。")
    assert [(k, c) for k, _, _, c in found] == [(Comparator.RANGE, ["2 m", "1.2 m"])]


def test_a_setting_before_the_time_its_step_lasts_is_a_setting_too():
    # 'at X for Y': the speed or temperature is set for the time; it is no case of the time
    found = _read("Shake the flasks on the orbital shaker at 200 r/min for 30 min.")
    assert [(k, v, u, c) for k, v, u, c in found] == [(Comparator.EQUAL, 200.0, "r/min", []),
                                                      (Comparator.EQUAL, 30.0, "min", [])]
    found = _read("Incubate the plates at 37 °C for a period of 48 h.")
    assert [(v, u) for _, v, u, _ in found] == [(37.0, "°C"), (48.0, "h")]
    # a sentence that states a limit keeps its conditions: 'at 23 °C for 1 min' qualify the resistance
    found = _read("The insulation resistance measured at 23 °C for 1 min shall be not less than 100 MΩ.")
    assert (Comparator.EQUAL, 23.0, "°C", []) not in found


def test_a_point_listed_with_a_setting_is_a_setting_whatever_follows_it():
    # 'at 420 nm and 510 nm in a 2 cm cell': the second wavelength is no case of the cell's length
    found = _read("Read the fluorescence at 420 nm and 510 nm in a 2 cm cell.")
    assert [(v, u, c) for _, v, u, c in found] == [(420.0, "nm", []), (510.0, "nm", []), (2.0, "cm", [])]


def test_a_concentration_in_brackets_after_a_reagent_is_its_strength_not_a_condition():
    found = _read("Add 10 ml of potassium iodide solution (100 g/l) and shake for 1 min.")
    assert (Comparator.EQUAL, 100.0, "g/l", []) in found
    assert all(not c for *_, c in found)
    found = _read("加入5 mL碘化钾溶液（100 g/L），振摇1 min。")
    assert (Comparator.EQUAL, 100.0, "g/L", []) in found and all(not c for *_, c in found)
    found = _read("Add 2 ml of starch indicator reagent (0,5 %) and titrate for 30 s.")
    assert (Comparator.EQUAL, 0.5, "%", []) in found and all(not c for *_, c in found)


def test_a_setting_a_chinese_step_is_done_under_is_a_setting():
    # '于X条件下干燥2 h': the temperature the step is done at, as 'dry at X for 2 h' says it
    found = _read("将称量瓶于(105±2) ℃条件下干燥2 h，取出放入干燥器中冷却。")
    assert (Comparator.TOLERANCE, 105.0, "℃", []) in found and (Comparator.EQUAL, 2.0, "h", []) in found
    found = _read("在550 ℃～600 ℃条件下灼烧4 h。")
    assert [(k, u) for k, _, u, c in found if not c] == [(Comparator.RANGE, "℃"), (Comparator.EQUAL, "h")]
    # a case of a limit stays a case
    found = _read("在23 ℃条件下测定时，拉伸强度应不小于20 MPa。")
    assert [(k, v, c) for k, v, _, c in found] == [(Comparator.MIN, 20.0, ["23 ℃"])]


def test_a_wavelength_read_at_is_a_setting_though_another_step_states_a_limit():
    # a minimum time in the sentence's first step does not make the wavelength of the reading its condition
    english = _read("Leave the solution to stand for at least 30 min and read the transmittance at 620 nm.")
    assert (Comparator.MIN, 30.0, "min", []) in english
    assert (Comparator.EQUAL, 620.0, "nm", []) in english
    chinese = _read("加入钼酸铵溶液后放置30 min以上，于620 nm波长处测定吸光度。")
    assert (Comparator.MIN, 30.0, "min", []) in chinese
    assert (Comparator.EQUAL, 620.0, "nm", []) in chinese
    # a wavelength that heads a limit stays its condition
    found = _read("The absorbance at 620 nm of the blank shall not exceed 0,05.")
    assert [(k, v) for k, v, _, _ in found] == [(Comparator.MAX, 0.05)]
    assert found[0][3] == ["620 nm"]


def test_a_ph_a_step_is_done_at_is_a_setting_though_its_time_is_a_limit():
    found = _read("Allow at least 15 min for the precipitate to form at pH 4,5 ± 0,2 and then filter.")
    assert (Comparator.MIN, 15.0, "min", []) in found
    assert [(k, v) for k, v, _, _ in found if v == 4.5] == [(Comparator.TOLERANCE, 4.5)]
    # a pH that heads a limit stays its condition
    found = _read("The solubility at pH 7,0 shall be not less than 5 g/l.")
    assert [(k, v, c) for k, v, _, c in found] == [(Comparator.MIN, 5.0, ["7,0"])]
