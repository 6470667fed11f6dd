"""Items of a list parted by spaced em dashes, as the EU limit-value directives lay out a substance's limits
('Acetic acid — CAS No 64-19-7 — 8 hours: 25 mg/m³ — Short-term: 50 mg/m³'): a value with its unit before a dash
closes its item, as ';' would; it is never a condition of the next item's limit."""

from __future__ import annotations

from compare.indicators.extract import extract, item_dashes


def _read(text):
    return [(i.parameter, i.value, i.unit, [c.text for c in i.conditions]) for i in extract(text).indicators]


def test_a_dash_after_a_value_with_its_unit_parts_items():
    assert item_dashes("8 hours: 1 mg/m³ — Short-term: 2 mg/m³.") == "8 hours: 1 mg/m³ ； Short-term: 2 mg/m³."
    assert item_dashes("8 hours: 25 mg/m³, 10 ppm — Short-term: 50 mg/m³") == \
        "8 hours: 25 mg/m³, 10 ppm ； Short-term: 50 mg/m³"
    # a dash after a name, a registry number or a caption stays a dash; so does one after a value that keys what
    # follows, or one before words that are no labelled item
    for text in ("Phenol — CAS No 108-95-2 — 8 hours: 8 mg/m³", "Table 1 — Limits: lead 0.1 mg/kg",
                 "10 < ln ≤ 25 mm — grade K: te ± 0,30 µm", "errors (in mg): nominal value 1 kg — class E2: 1,6",
                 "Sodium: 70 mg/l — maximum concentrations in dialysis water."):
        assert item_dashes(text) == text


def test_the_limit_before_a_dash_is_read_and_the_next_item_has_no_condition_from_it():
    found = _read("Orthophosphoric acid — CAS 7664-38-2 — 8 hours: 1 mg/m³ — Short-term: 2 mg/m³.")
    # (the name keeps the averaging period written before the value: constructions.averaging_periods)
    assert [(name, value, unit) for name, value, unit, _ in found] == [
        ("Orthophosphoric acid - - 8 hours", 1.0, "mg/m³"), ("Short-term", 2.0, "mg/m³")]
    assert found[1][3] == []  # (was: 2 mg/m³ at 8 hours at 1 mg/m³, the 1 mg/m³ limit lost as a condition)
    found = extract("Orthophosphoric acid — CAS 7664-38-2 — 8 hours: 1 mg/m³ — Short-term: 2 mg/m³.")
    assert found.text.count("—") == 3  # the source as written
