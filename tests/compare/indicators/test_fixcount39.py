"""Counts, numbers in words and units not read (thirty-ninth round, fixcount39)."""

from __future__ import annotations

from compare.indicators.units import is_known, normalise


def test_miao_zhong_is_the_second():
    # '强力振摇30秒钟' (秒钟 the spoken name of the second, as 分钟 is of the minute)
    assert is_known("秒钟")
    assert normalise(30, "秒钟").value == normalise(30, "s").value
    assert normalise(30, "秒钟").unit == normalise(30, "s").unit


def _read(text: str) -> list[tuple]:
    from compare.indicators.extract import extract

    return [(str(i.comparator), round(i.value, 4), normalise(1.0, i.unit).dimension if i.unit else "")
            for i in sorted(extract(text).indicators, key=lambda i: i.span)]


def test_a_number_of_different_days_is_a_number_of_days():
    found = _read("Between-run precision should be evaluated from at least 3 runs analysed on at least 2 different "
                  "days.")
    assert ("min", 2.0, "[time]") in found
    assert _read("The test shall be repeated on at least 3 separate days.") == [("min", 3.0, "[time]")]


def test_an_adjective_before_a_count_that_is_no_period_is_left():
    from compare.indicators.distinct_periods import distinct_periods

    assert distinct_periods("Subject the module to 10 different cycles.") == []
    assert distinct_periods("averaged over five different years") == []  # (digits only)
    assert distinct_periods("on 2 different days") == [(5, 15, "")]


def test_one_per_period_is_the_period_as_once_a_period_is():
    found = _read("Low demand mode: where the frequency of demands is no greater than one per year. High demand "
                  "mode: where the frequency of demands is greater than one per year.")
    assert [f[:2] for f in found] == [("max", 1.0), ("min", 1.0)]
    assert all(f[2] == "[time]" for f in found)


def test_a_fraction_after_at_least_or_at_a_minimum_is_its_decimal():
    found = _read("At least 2/3 of the total QCs should be within ±15 % of the nominal values.")
    assert ("min", 0.6667, "") in found
    found = _read("A pilot scale is generally, at a minimum, one-tenth that of a full production scale.")
    assert ("min", 0.1, "") in found


def test_a_count_after_yong_is_the_steps_count():
    # '用9份样品的测定结果进行评价' (use the results of 9 samples), as '至少使用5个传声器位置' and 'use 9 determinations'
    found = _read("每种浓度分别制备3份供试品溶液进行测定，用9份样品的测定结果进行评价。")
    assert ("equal", 9.0, "") in found


def test_dosage_units_are_counted_things():
    from compare.indicators.constructions import counted_thing

    text = "Failure to meet the acceptance criteria for dissolution for 12 dosage units."
    assert counted_thing(text, text.index("12") + 2) == "dosage units"
    assert ("equal", 12.0, "") in _read(text)


def test_a_share_of_time_a_limit_holds_for_is_no_value():
    # ('each for at least half of the daylight hours': the keys write it in the basis)
    found = _read("a minimum target illuminance of 100 lx over 95 % of the reference plane, each for at least half of "
                  "the daylight hours.")
    assert all(f[1] != 0.5 for f in found)


def test_a_count_after_shiyong_with_a_bound_before_the_verb_is_not_read_as_equal():
    found = _read("基本顺序过程最多使用2个交流霍夫曼表和2个直流霍夫曼表。")
    assert ("equal", 2.0, "number") not in found


def test_ri_after_a_number_ending_its_clause_is_a_number_of_days():
    assert _read("用人单位应当保证劳动者每周至少休息一日。") == [("min", 1.0, "[time]")]
    assert ("max", 30.0, "[time]") in _read("连续使用时间在30日以内。")


def test_ri_of_a_date_or_a_name_is_no_unit():
    assert _read("每月1日，应检查一次。") == []
    assert all(f[1] != 31.0 for f in _read("检定周期为每年12月31日。"))
    assert _read("本标准自2005年1月1日起实施。") == []
