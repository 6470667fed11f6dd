"""The shape of a value: two bounds written as one band ('Umin 6 V, Umax 16 V', '大于X而小于Y') are one range; what
is not such a band stays as it is written."""

from __future__ import annotations

from compare.indicators.extract import extract_indicators


def shapes(text: str) -> list[tuple]:
    return [(i.comparator, i.value, i.low, i.high, i.unit) for i in extract_indicators(text)]


def test_a_symbol_subscripted_min_then_max_bounds_one_band():
    assert shapes("Tyre inflation: pmin 180 kPa, pmax 250 kPa.") == [("range", None, 180.0, 250.0, "kPa")]
    assert shapes("Operating temperature: T_min = 5 °C; T_max = 40 °C.") == [("range", None, 5.0, 40.0, "°C")]
    # a digit inside the symbol ('f0min') is part of its name, no value in minutes
    assert shapes("Resonance: f0min 48 Hz, f0max 52 Hz.") == [("range", None, 48.0, 52.0, "Hz")]
    # a minimum of one symbol and a maximum of another bound two quantities; a falling pair is no band
    assert "range" not in [s[0] for s in shapes("Supply: Umin 6 V, Imax 16 A.")]
    assert "range" not in [s[0] for s in shapes("Rail voltages: Vmin 12 V, Vmax 5 V.")]


def test_er_joins_two_bounds_of_one_quantity_and_not_two_quantities():
    assert shapes("工作温度高于-10 ℃而低于45 ℃。") == [("range", None, -10.0, 45.0, "℃")]
    assert shapes("含水量不低于8 %而不高于12 %。") == [("range", None, 8.0, 12.0, "%")]
    # '而' opening a clause about another quantity: two limits
    found = extract_indicators("水分不高于12 %，而灰分不高于3 %。")
    assert [(i.comparator, i.value) for i in found] == [("max", 12.0), ("max", 3.0)]


def test_upper_and_lower_limit_deviations_of_a_fit_are_one_range():
    assert shapes("孔∅40F8：上极限偏差+0.064 mm，下极限偏差+0.025 mm。") == [("range", None, 0.025, 0.064, "mm")]
    found = extract_indicators("hole F8: ES = +64 µm, EI = +25 µm; shaft k6, es = +18 µm; ei = +2 µm.")
    assert [(i.comparator, i.low, i.high) for i in found] == [("range", 25.0, 64.0), ("range", 2.0, 18.0)]
    # the symbols of a hole with the lower deviation above the upper are no pair
    assert "range" not in [s[0] for s in shapes("Readings: ES = 5 µm, EI = 9 µm.")]


def test_a_band_with_a_sign_at_each_end_joined_by_a_tilde_is_one_range():
    # '＞30 s～≤5 min': each end in its own unit; the tilde between the bounds names nothing
    (soak, water) = extract_indicators("二级：浸泡时间＞30 s～≤5 min，水温≤40 ℃。")
    assert (soak.comparator, soak.low, soak.high, soak.unit) == ("range", 0.5, 5.0, "min")
    assert (water.comparator, water.value) == ("max", 40.0)
    (gap,) = extract_indicators("B型：间距>2 cm～≤1 m。")
    assert (gap.comparator, gap.low, gap.high, gap.unit) == ("range", 0.02, 1.0, "m")


def test_a_band_whose_ends_name_the_kind_of_value_is_one_range():
    (supply,) = extract_indicators("Supply 100 V rms to 240 V rms.")
    assert (supply.comparator, supply.low, supply.high, supply.unit) == ("range", 100.0, 240.0, "V")
    (store,) = extract_indicators("Store the cells at 5 °C dew point to 12 °C dew point.")
    assert (store.comparator, store.low, store.high, store.unit) == ("range", 5.0, 12.0, "°C")
    # 'peak to earth' is no band
    assert [i.comparator for i in extract_indicators("A surge of 1 kV peak to earth.")] == ["equal"]
