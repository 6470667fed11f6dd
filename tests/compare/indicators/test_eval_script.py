"""bench/eval_indicators.py scores what it says: verdict and normalised values per expected indicator,
one produced pair per expected one, 'none' for a pair with no indicator."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "bench" / "eval_indicators.py"
spec = importlib.util.spec_from_file_location("eval_indicators", SCRIPT)
ev = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ev)


def case(domestic, international, overall, *indicators):
    return {"id": "t", "field": "test", "classes": ["5"], "domestic": domestic, "international": international,
            "expected_overall": overall, "indicators": list(indicators)}


def test_values_are_compared_after_unit_normalisation_and_assigned_once(tmp_path, capsys):
    cases = [
        case("试验电压为1.5 kV。", "The test voltage is 1 500 V.", "consistent",
             {"parameter": "test voltage", "verdict": "consistent",
              "domestic": {"comparator": "equal", "value": 1500, "unit": "V"},
              "international": {"comparator": "equal", "value": 1.5, "unit": "kV"}}),
        case("镉不得超过0.2 mg/kg。", "Cadmium: maximum level 0.4 mg/kg.", "stricter",
             {"parameter": "cadmium", "verdict": "stricter",
              "domestic": {"comparator": "max", "value": 0.3, "unit": "mg/kg"},  # wrong value on purpose
              "international": {"comparator": "max", "value": 0.4, "unit": "mg/kg"}}),
        case("本标准适用于大米。", "This standard applies to rice.", "none"),
    ]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    scores = ev.evaluate(ev.read_cases(path))
    assert (scores["cases"], scores["overall_right"]) == (3, 3)
    assert (scores["indicators"], scores["indicators_right"]) == (2, 1)
    assert ev.main(["--path", str(path), "--no-encoder"]) == 0
    out = capsys.readouterr().out
    assert "overall verdict right: 3/3" in out and "expected not found: 'cadmium'" in out


def test_the_held_out_set_prints_aggregates_only(tmp_path, capsys, monkeypatch):
    path = tmp_path / "heldout.jsonl"
    path.write_text(json.dumps(case("镉不得超过0.2 mg/kg。", "Cadmium: 0.4 mg/kg.", "looser")), encoding="utf-8")
    monkeypatch.setitem(ev.SETS, "heldout", path)
    assert ev.main(["--set", "heldout", "--no-encoder"]) == 0
    out = capsys.readouterr().out
    assert "overall verdict right: 0/1" in out
    assert "镉" not in out and "---" not in out and "produced" not in out


def test_a_number_and_a_multiple_are_one_dimensionless_quantity():
    from compare.indicators.extract import extract_indicators
    (times,) = extract_indicators("The drum shall be rotated 100 times.")
    assert ev.side_matches({"comparator": "equal", "value": 100}, times)
    assert ev.side_matches({"comparator": "equal", "value": 100, "unit": "次"}, times)
    assert not ev.side_matches({"comparator": "equal", "value": 10}, times)
    (factor,) = extract_indicators("安全阀的整定压力不应大于设计压力的1.1倍。")
    assert factor.normalized.dimension.startswith("multiple of ")
    # an expected number with no unit did not say what is multiplied: the reading that says it states it
    assert ev.side_matches({"comparator": "max", "value": 1.1}, factor)
    assert ev.side_matches({"comparator": "max", "value": 1.1, "unit": "× 设计压力"}, factor)
    # an expected side that names another quantity multiplied, or a unit of its own, is not met
    assert not ev.side_matches({"comparator": "max", "value": 1.1, "unit": "× rated current"}, factor)
    assert not ev.side_matches({"comparator": "max", "value": 1.1, "unit": "MPa"}, factor)


def test_a_temperature_difference_keyed_in_celsius_is_met_by_one_read_in_kelvin(tmp_path):
    rise = {"parameter": "temperature rise", "verdict": "consistent",
            "domestic": {"comparator": "max", "value": 65, "unit": "°C"},
            "international": {"comparator": "max", "value": 65, "unit": "°C"}}
    absolute = {"parameter": "surface temperature", "verdict": "consistent",
                "domestic": {"comparator": "max", "value": 338, "unit": "°C"},
                "international": {"comparator": "max", "value": 338, "unit": "°C"}}
    cases = [case("绕组温升不超过 65 K。", "The temperature rise of the winding shall not exceed 65 K.", "consistent", rise),
             case("表面温度不超过 338 K。", "The surface temperature shall not exceed 338 K.", "consistent", absolute)]
    path = tmp_path / "set.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    scores = ev.evaluate(ev.read_cases(path))
    # a rise of 65 K is a rise of 65 °C; 338 K is an absolute temperature, not 338 °C
    assert (scores["indicators"], scores["indicators_right"]) == (2, 1)


def test_a_pair_probe_counts_per_form_and_its_check_file_prints_no_case(tmp_path, capsys, monkeypatch):
    dev = [dict(case("镉不得超过0.2 mg/kg。", "Cadmium: maximum level 0.4 mg/kg.", "stricter",
                     {"parameter": "cadmium", "verdict": "stricter",
                      "domestic": {"comparator": "max", "value": 0.2, "unit": "mg/kg"},
                      "international": {"comparator": "max", "value": 0.4, "unit": "mg/kg"}}),
                field="pairing: names across languages — contaminants"),
           dict(case("铅不得超过0.1 mg/kg。", "Lead: maximum level 0.1 mg/kg.", "looser"),  # keyed wrong on purpose
                field="pairing: order — contaminants", id="t2")]
    folder = tmp_path / "data" / "indicator_eval"
    folder.mkdir(parents=True)
    for name in ("probe9.jsonl", "probe9_check.jsonl"):
        (folder / name).write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in dev), encoding="utf-8")
    monkeypatch.setattr(ev, "ROOT", tmp_path)
    monkeypatch.setattr(ev, "PAIR_PROBES", ("probe9",))
    assert ev.probe_form(dev[0]) == "names across languages" and ev.probe_form({"field": "plain"}) == "plain"
    assert ev.main(["--probe", "probe9", "--no-encoder"]) == 0
    out = capsys.readouterr().out
    assert "overall verdict right: 1/2" in out
    lines = {line.split()[0]: line for line in out.splitlines() if line.startswith(("names", "order"))}
    assert "1/1" in lines["names"] and "0/1" in lines["order"]
    assert "--- t2" in out and "Lead" in out  # the development file shows its failures
    assert ev.main(["--probe", "probe9", "--check", "--no-encoder"]) == 0
    out = capsys.readouterr().out
    assert "overall verdict right: 1/2" in out and "t2" not in out and "Lead" not in out
