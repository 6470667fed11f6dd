"""bench/overall_failures.py sorts wrong overall verdicts by what went wrong, and runs only open sets."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from compare.indicators.verdicts import compare_clauses

SCRIPT = Path(__file__).resolve().parents[3] / "bench" / "overall_failures.py"
spec = importlib.util.spec_from_file_location("overall_failures", SCRIPT)
of = importlib.util.module_from_spec(spec)
spec.loader.exec_module(of)


def item(domestic, international, overall, *indicators):
    case = {"id": "t", "domestic": domestic, "international": international, "expected_overall": overall,
            "indicators": list(indicators)}
    result = compare_clauses(domestic, international)
    expected = list(indicators)
    return {"case": case, "result": result, "expected": expected, "matched": of.ev.assign(expected, result.pairs)}


def side(comparator, value, unit):
    return {"comparator": comparator, "value": value, "unit": unit}


def test_a_wrong_verdict_on_a_right_pair_and_an_extra_reading_are_told_apart():
    wrong = item("灯具表面温度不得超过85 ℃。", "The surface temperature of the luminaire shall not exceed 90 °C.",
                 "consistent", {"parameter": "surface temperature", "verdict": "consistent",
                                "domestic": side("max", 85, "°C"), "international": side("max", 90, "°C")})
    assert of.classify(wrong)[0] == "verdict"
    extra = item("灯具表面温度不得超过90 ℃，试验持续时间不少于4 h。",
                 "The surface temperature of the luminaire shall not exceed 90 °C.",
                 "consistent", {"parameter": "surface temperature", "verdict": "consistent",
                                "domestic": side("max", 90, "°C"), "international": side("max", 90, "°C")})
    assert of.ev.produced_overall(extra["result"]) == "different"
    assert of.classify(extra)[0] == "extra-unpaired"


def test_nothing_expected_and_something_read_is_its_own_class():
    found = item("锅炉额定蒸汽压力不低于1.25 MPa。", "The boiler's rated steam pressure shall be at least 1,25 MPa.",
                 "none")
    assert of.classify(found)[0] == "expected-none"


def test_only_open_sets_are_run(capsys):
    assert of.main(["--sets", "heldout", "--no-encoder"]) == 2
    assert "not an open set" in capsys.readouterr().err
