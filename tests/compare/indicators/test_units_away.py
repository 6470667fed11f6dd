"""Units a reader must find away from the number (twenty-fifth round, sweepUnits): a list's unit after its last value,
a heading's unit over later sentences of the same rows, counts per an amount named once before them, Chinese units per
another in words, living things counted per an area or a volume. Texts of other fields than the open sets' cases."""

from __future__ import annotations

import pytest

from compare.indicators.extract import extract_indicators
from compare.indicators.units import normalise


def _read(text):
    return [(i.comparator, i.value, i.normalized.dimension, i.normalized.value) for i in extract_indicators(text)]


def _in(unit, value):
    n = normalise(value, unit)
    return n.dimension, n.value


def _has(text, comparator, value, unit):
    dimension, canonical = _in(unit, value)
    return any(c == comparator and v == value and d == dimension and abs(nv - canonical) < 1e-9 * max(1, canonical)
               for c, v, d, nv in _read(text) if nv is not None)


# --- a list's unit written after its last value only -----------------------------------------------------------------

@pytest.mark.parametrize("text, comparator, values, unit", [
    # a Chinese list parted by '、' throughout (detection limits of a residue method)
    ("农药残留的定量限依次为0.01、0.02、0.05 mg/kg。", "equal", (0.01, 0.02, 0.05), "mg/kg"),
    # two limits stated 'respectively' under one bound (a paint's heavy metals)
    ("Soluble chromium and soluble barium shall not exceed 60 and 1 000 mg/kg respectively.", "max", (60, 1000), "mg/kg"),
    ("可溶性铬和可溶性钡分别不大于60和1 000 mg/kg。", "max", (60, 1000), "mg/kg"),
])
def test_unit_after_the_last_of_a_list(text, comparator, values, unit):
    for value in values:
        assert _has(text, comparator, value, unit), _read(text)


def test_two_numbers_and_a_unit_without_respectively_stay_apart():
    # 'method 2 and 5 mm' names a method: no list of two values
    assert not _has("Use method 2 and 5 mm spacers.", "equal", 2, "mm")


# --- a class's letter is its label, no heading unit ------------------------------------------------------------------

def test_class_letter_before_colon_is_no_unit():
    rows = _read("Straightness tolerances: class m: ± 0,3; class g: ± 0,6.")
    assert [d for _, v, d, _ in rows if v in (0.3, 0.6)] == ["number", "number"], rows


# --- a heading's unit over later sentences of rows labelled alike ----------------------------------------------------

@pytest.mark.parametrize("text, values, unit", [
    # flatness of welded frames: the unit in the heading, the rows of classes c and d in the next sentence
    ("Flatness tolerances in mm for welded frames: class E: ± 0,5; class F: ± 1. Class G: ± 2; class H: ± 4.",
     (0.5, 1, 2, 4), "mm"),
    ("焊接框架的平面度公差（mm）：E级±0.5，F级±1。G级±2，H级±4。", (0.5, 1, 2, 4), "mm"),
])
def test_heading_unit_reaches_later_rows_of_the_same_classes(text, values, unit):
    for value in values:
        assert _has(text, "max", value, unit), _read(text)


def test_heading_unit_stops_at_a_sentence_of_another_kind():
    rows = _read("焊接框架的平面度公差（mm）：E级±0.5，F级±1。试验温度23 ℃。")
    assert any(v == 23 and d == "[temperature]" for _, v, d, _ in rows), rows


# --- counts per an amount named once before them ---------------------------------------------------------------------

def test_english_heading_counts_per_volume_over_bands_of_size():
    text = "Maximum number of fibres per litre: 5 µm < l ≤ 10 µm, 50 000; l > 10 µm, 7 000."
    for value in (50000, 7000):
        assert _has(text, "equal", value, "1/L") or _has(text, "max", value, "1/L"), _read(text)


def test_chinese_count_per_volume_named_before_the_count():
    text = "每升水样中长度大于10 µm的纤维数不大于7 000个，长度为5 µm～10 µm的不大于50 000个。"
    for value in (7000, 50000):
        assert _has(text, "max", value, "1/L"), _read(text)
    # the lengths are the counts' conditions, no micrometres per litre
    conditions = [c for i in extract_indicators(text) for c in i.conditions]
    assert conditions and all(c.normalized.dimension == "[length]" for c in conditions), conditions


# --- a Chinese unit per another, in words ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("游离氯不超过2毫克每升。", 2, "mg/L"),
    ("铬含量不大于0.5毫克每千克。", 0.5, "mg/kg"),
    ("风速不大于3米每秒。", 3, "m/s"),
])
def test_chinese_unit_per_another_in_words(text, value, unit):
    assert _has(text, "max", value, unit), _read(text)


# --- living things counted per an area or a volume ------------------------------------------------------------------

@pytest.mark.parametrize("text, value, unit", [
    ("Hand contact plates: not more than 5 colonies per 25 cm².", 5, "1/(25 cm²)"),
    ("Mesophilic aerobic spores: not more than 1 000 spores per g.", 1000, "1/g"),
])
def test_living_things_counted_per_an_amount(text, value, unit):
    assert _has(text, "max", value, unit), _read(text)


def test_a_count_per_hundred_square_centimetres_is_per_area():
    assert normalise(1, "CFU/100 cm²").dimension == normalise(1, "CFU/cm²").dimension
    assert normalise(1, "CFU/100 cm²").value == pytest.approx(normalise(0.01, "CFU/cm²").value)
