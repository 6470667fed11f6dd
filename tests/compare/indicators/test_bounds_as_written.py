"""Tolerances, bounds and ranges as standards write them (twenty-first round, readQ): each construction alone, with
texts of other fields than the case that showed it, then through a clause comparison."""

from __future__ import annotations

from compare.core.vocabulary import Comparator, Verdict
from compare.indicators.extract import extract
from compare.indicators.verdicts import compare_clauses


def _read(text):
    return [(str(i.comparator), i.value, i.low, i.high, i.tolerance, i.unit) for i in extract(text).indicators]


# ---- the doubled em dash that opens a Chinese list item is no minus sign

def test_a_doubled_dash_before_a_value_opens_an_item():
    assert _read("试样状态调节时间：——16 h±1 h；——40 h±2 h。") == [
        ("tolerance", 16.0, None, None, 1.0, "h"), ("tolerance", 40.0, None, None, 2.0, "h")]
    # a tolerance in a finer unit: the value in that unit, positive
    assert _read("混凝土试件的养护龄期：——3 d±2 h；——28 d±8 h。")[0] == ("tolerance", 72.0, None, None, 2.0, "h")


def test_a_minus_sign_after_the_doubled_dash_stays():
    assert _read("试样依次放置于下列温度：——-40 ℃±2 ℃；——85 ℃±2 ℃。") == [
        ("tolerance", -40.0, None, None, 2.0, "℃"), ("tolerance", 85.0, None, None, 2.0, "℃")]
    assert _read("最低储存温度为-20 ℃。")[0][1] == -20.0


def test_items_opened_by_doubled_dashes_compare_with_a_plain_list():
    result = compare_clauses("胶粘剂固化时间按下列规定：——2 h±5 min；——24 h±30 min。",
                             "The adhesive shall cure for: 2 h ± 5 min; 24 h ± 30 min.")
    assert [p.verdict for p in result.pairs] == [Verdict.CONSISTENT, Verdict.CONSISTENT]


# ---- 'min.' after a tolerance is minutes ending the sentence, never a minimum

def test_minutes_of_a_tolerance_at_the_end_of_a_sentence():
    assert _read("Age of the prisms at crushing: 24 h ± 30 min.") == [("tolerance", 1440.0, None, None, 30.0, "min")]
    assert _read("The dough rests 2 h ± 15 min. Then it is baked.")[0] == ("tolerance", 120.0, None, None, 15.0, "min")
    # a 'min.' after a bare value is still a minimum
    assert _read("Ratio Rm/ReH 1,25 min.") == [("min", 1.25, None, None, None, "")]


# ---- a band whose ends are said to be approximate

def test_a_band_between_approximate_ends():
    assert _read("The sieve opening shall be between about 0,5 mm and 1 mm.") == [("range", None, 0.5, 1.0, None, "mm")]
    assert _read("Sweep the frequency from approximately 10 Hz to 55 Hz.") == [("range", None, 10.0, 55.0, None, "Hz")]
    assert _read("转速应在约1 400 r/min与约1 500 r/min之间。") == [("range", None, 1400.0, 1500.0, None, "r/min")]


def test_approximate_band_compares_with_a_plain_band():
    result = compare_clauses("观察角在2°～10°之间。", "The viewing angle shall be between about 2° and 10°.")
    assert [(p.verdict, p.international.comparator) for p in result.pairs] == [(Verdict.CONSISTENT, Comparator.RANGE)]


# ---- a range from zero of a quantity limited as a ceiling states its maximum; a group limit is its own definition

def _pairs(domestic, international):
    return [(p.verdict, p.domestic and (p.domestic.comparator, p.domestic.value),
             p.international and (p.international.comparator, p.international.value))
            for p in compare_clauses(domestic, international).pairs]


def test_an_intake_from_zero_meets_the_single_value_as_its_maximum():
    assert _pairs("乐果：ADI为0.002 mg/kg bw。多菌灵：ADI为0.03 mg/kg bw。",
                  "Dimethoate: ADI 0–0,002 mg/kg bw. Carbendazim: ADI 0–0,03 mg/kg bw.") == [
        (Verdict.CONSISTENT, (Comparator.EQUAL, 0.002), (Comparator.MAX, 0.002)),
        (Verdict.CONSISTENT, (Comparator.EQUAL, 0.03), (Comparator.MAX, 0.03))]
    # a range from zero of another quantity stays whole
    result = compare_clauses("冷却肉贮存温度为0 ℃～4 ℃。", "Chilled meat is stored at 0 °C to 4 °C.")
    assert [(p.verdict, p.domestic.comparator, p.international.comparator) for p in result.pairs] == [
        (Verdict.CONSISTENT, Comparator.RANGE, Comparator.RANGE)]


def test_a_group_limit_is_read_after_its_value():
    found = extract("Zearalenone: PMTDI 0,5 µg/kg bw (group PMTDI for zearalenone and its metabolites). "
                    "Patulin: PMTDI 0,4 µg/kg bw.").indicators
    assert [(i.value, i.basis) for i in found] == [(0.5, "group limit"), (0.4, None)]


def test_a_group_limit_against_one_substance_is_another_definition():
    assert _pairs("多菌灵：ADI为0.03 mg/kg bw。",
                  "Carbendazim: ADI 0–0,03 mg/kg bw (group ADI for carbendazim, benomyl and thiophanate-methyl).") == [
        (Verdict.DIFFERENT, (Comparator.EQUAL, 0.03), (Comparator.MAX, 0.03))]
    assert _pairs("多菌灵：ADI为0.03 mg/kg bw（group ADI for carbendazim and benomyl）。",
                  "Carbendazim: ADI 0–0,03 mg/kg bw (group ADI for carbendazim and benomyl).")[0][0] == Verdict.CONSISTENT


# ---- 'for example' gives a value; 'Example 2' numbers an example

def test_a_value_given_for_example_is_read():
    assert _read("Higher flow rates may be used for larger vessels, for example 12 L/min.") == [
        ("equal", 12.0, None, None, None, "L/min")]
    assert _read("See Example 2 for the layout of the label.") == []
    assert _pairs("对于较大的容器允许采用较大的流量，例如12 L/min。",
                  "Higher flow rates may be used for larger vessels, for example 12 L/min.") == [
        (Verdict.CONSISTENT, (Comparator.EQUAL, 12.0), (Comparator.EQUAL, 12.0))]


# ---- an impulse's waveform names the wave; its times, when required, are written apart

def test_a_waveform_is_no_value():
    assert _read("Class II surge protective devices are tested with an 8/20 µs impulse current.") == []
    assert _read("电快速瞬变脉冲群的波形为5/50 ns。") == []
    # the times written with their tolerances are read, the name of the wave before them is not
    assert _read("雷电冲击波形为10/700 µs：波前时间为10 µs±3 µs；半峰值时间为700 µs±140 µs。") == [
        ("tolerance", 10.0, None, None, 3.0, "µs"), ("tolerance", 700.0, None, None, 140.0, "µs")]


# ---- the kind of current after a band's first end

def test_a_band_of_voltages_with_the_kind_of_current_at_each_end():
    assert _read("The charger shall accept 100 V a.c. to 240 V a.c.") == [("range", None, 100.0, 240.0, None, "V")]
    assert _read("The bus voltage shall be between 18 V DC and 32 V DC.") == [("range", None, 18.0, 32.0, None, "V")]
    assert _read("The output is 24 V DC.") == [("equal", 24.0, None, None, None, "V")]


# ---- a tolerance in the unit a scale's differences are written in

def test_a_loudness_takes_a_tolerance_in_loudness_units():
    assert _read("Streamed programmes shall have an integrated loudness of −16 LUFS; a deviation of ± 1 LU is permitted.") \
        == [("tolerance", -16.0, None, None, 1.0, "LUFS")]
    assert _pairs("广播节目的节目响度为−16 LKFS，允差为±1 LU。",
                  "Streamed programmes shall have an integrated loudness of −16 LUFS; a deviation of ± 1 LU is permitted.") == [
        (Verdict.CONSISTENT, (Comparator.TOLERANCE, -16.0), (Comparator.TOLERANCE, -16.0))]
    # a temperature's tolerance in kelvin is left as written (see units.DIFFERENCE_DIMENSIONS)
    assert [r[0] for r in _read("烘箱温度为105 ℃，允差为±2 K。")] == ["equal", "max"]


# ---- a deviation in brackets is a limit, never a condition of the value after it

def test_a_bracketed_deviation_is_no_condition():
    assert _read("The bath temperature shall be kept constant (± 0,5 °C) and lie between 18 °C and 22 °C.") == [
        ("max", 0.5, None, None, None, "°C"), ("range", None, 18.0, 22.0, None, "°C")]
    found = extract("The bath temperature shall be kept constant (± 0,5 °C) and lie between 18 °C and 22 °C.").indicators
    assert found[1].conditions == ()


# ---- a band open at its top, written in words

def test_a_band_to_less_than_its_top():
    assert _read("Grade B — viscosity 9,3 to less than 12,5 mm²/s.") == [("range", None, 9.3, 12.5, None, "mm²/s")]
    assert _read("Class 2: particle size from 0,5 mm to under 1,0 mm.") == [("range", None, 0.5, 1.0, None, "mm")]
    assert _pairs("2级：粒径0.5 mm～<1.0 mm。", "Class 2: particle size from 0,5 mm to under 1,0 mm.")[0][0] == \
        Verdict.CONSISTENT
