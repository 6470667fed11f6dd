"""The reader's shortcuts for speed change no reading: each quick test (a look-ahead, a hint that a pattern can
match at all) gives the same answer as the full pattern it guards, on the project's clauses and on every form."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from compare.indicators import extract as reader
from compare.indicators import phrases
from compare.indicators.clausetext import fold

DATA = Path(__file__).resolve().parents[3] / "data"

# Every form of value and basis, and texts that hold none.
FORMS = [
    "(23 ± 2) °C", "(50±10)%", "220 V ± 10 %", "23 ± 2 °C", "± 0.05 mm", "65 N ≤ f ≤ 500 N", "3 mm < t ≤ 40 mm",
    "11≤n≤39", "between 5 mm and 10 mm", "From 2 to 4 h", "介于5 mm与10 mm之间", "在6.5～8.5范围内", "5 mm to 10 mm",
    "12%~14%", "6.5-8.5", "0.2 mg/kg", "− 40 °C", "+ 85 °C", "1,5 kV", "3 000 V", "2.0×10^12 个/km", "4.5E6",
    "铅（以Pb计）≤0.2 mg/kg，干基", "as NO3 on a dry basis", "nitrate as nitrate ion 50 mg/L", "(m/m) 5 %",
    "(V/V) 12 %", "fat basis 0.5", "可食部分 2 mg/kg", "whole commodity", "ready-to-feed", "AS N", "ſolid baſis",
    "no number here", "", "Class II appliances", "每100 kJ不低于0.45 g", "60 kcal (251 kJ) per 100 mL",
]


def _clauses() -> list[str]:
    texts = list(FORMS)
    for name in ("dev.jsonl", "dev2.jsonl"):
        for line in (DATA / "indicator_eval" / name).read_text(encoding="utf-8").splitlines():
            case = json.loads(line)
            texts += [case["domestic"], case["international"]]
    for name in ("domestic_clauses.csv", "international_clauses.csv"):
        with open(DATA / name, encoding="utf-8", newline="") as handle:
            texts += [row["text"] for row in csv.DictReader(handle)]
    return texts


CLAUSES = _clauses()


def _readings(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_value_pattern_reads_the_same_with_and_without_its_look_aheads():
    full = reader.ungated_value_pattern()
    for text in CLAUSES:
        for folded in (text, fold(text)[0]):
            assert _readings(reader._VALUE, folded) == _readings(full, folded), folded


def test_long_text_is_read_by_the_pattern_without_look_aheads():
    text = "谷物中铅 0.2 mg/kg；" * 400
    assert len(text) > reader._GATED_TEXT
    assert [m.span() for m in reader._values(text)] == [m.span() for m in reader._VALUE.finditer(text)]


@pytest.mark.parametrize("reading, full", [(phrases.basis_in, phrases.read_basis),
                                           (phrases.strip_basis, phrases.remove_basis)])
def test_basis_reading_is_the_same_with_and_without_its_quick_test(reading, full):
    for text in CLAUSES:
        for folded in (text, fold(text)[0]):
            assert reading(folded) == full(folded), folded
