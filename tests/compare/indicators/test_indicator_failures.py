"""bench/indicator_failures.py: a measure-only set is run for counts only, never a case, a form or a text."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "bench" / "indicator_failures.py"
spec = importlib.util.spec_from_file_location("indicator_failures", SCRIPT)
fl = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fl)

CASE = {"id": "ZZ901", "field": "boiler steam", "classes": [3],
        "domestic": "锅炉额定蒸汽压力不低于1.25 MPa，试验时间为(30±2) min。",
        "international": "The boiler's rated steam pressure shall be at least 1,25 MPa; test time 30 min ± 2 min.",
        "expected_overall": "stricter",
        "indicators": [{"parameter": "rated steam pressure", "verdict": "stricter",
                        "domestic": {"comparator": "min", "value": 1.3, "unit": "MPa"},
                        "international": {"comparator": "min", "value": 1.25, "unit": "MPa"}}]}


def measure_only_set(tmp_path, monkeypatch) -> None:
    path = tmp_path / "heldout.jsonl"
    path.write_text(json.dumps(CASE, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setitem(fl.SETS, "heldout", path)


def test_stages_only_prints_counts_and_nothing_of_a_case(tmp_path, monkeypatch, capsys):
    measure_only_set(tmp_path, monkeypatch)
    assert fl.main(["--sets", "heldout", "--stages-only", "--no-encoder"]) == 0
    out = capsys.readouterr().out
    assert "heldout" in out and "0/1" in out and "by stage:" in out
    assert "1 expected indicators wrong" in out
    for shown in ("ZZ901", "锅炉", "boiler", "1.25", "1,25", "MPa", "main form"):
        assert shown not in out


def test_a_measure_only_set_is_refused_without_stages_only_and_with_a_dump(tmp_path, monkeypatch, capsys):
    measure_only_set(tmp_path, monkeypatch)
    assert fl.main(["--sets", "heldout", "--no-encoder"]) == 2
    assert "not an open set" in capsys.readouterr().err
    assert fl.main(["--sets", "heldout", "--stages-only", "--dump", str(tmp_path / "f.jsonl"),
                    "--no-encoder"]) == 2
    assert not (tmp_path / "f.jsonl").exists()
    assert fl.main(["--sets", "nosuchset", "--stages-only", "--no-encoder"]) == 2


SHARED = {"id": "ZZ902", "field": "flooring tiles", "classes": [3],
          "domestic": "试件的长度和宽度均为100 mm。",
          "international": "The length and width of the test piece shall each be 100 mm.",
          "expected_overall": "consistent",
          "indicators": [{"parameter": "test piece length", "verdict": "consistent",
                          "domestic": {"comparator": "equal", "value": 100, "unit": "mm"},
                          "international": {"comparator": "equal", "value": 100, "unit": "mm"}},
                         {"parameter": "test piece width", "verdict": "consistent",
                          "domestic": {"comparator": "equal", "value": 100, "unit": "mm"},
                          "international": {"comparator": "equal", "value": 100, "unit": "mm"}}]}


def test_a_pair_with_the_right_verdict_taken_by_another_expected_indicator_is_shared_not_a_verdict(
        tmp_path, monkeypatch):
    # one value stated for two items, read and paired once with the right verdict: the second expected indicator
    # misses a pair of its own, not a verdict
    path = tmp_path / "devzz.jsonl"
    path.write_text(json.dumps(SHARED, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setitem(fl.SETS, "devzz", path)
    _, rows = fl.failures("devzz", None)
    assert [(r["stage"], r["produced_verdict"]) for r in rows] == [("shared", "consistent")]


def test_a_pair_holding_both_sides_with_another_verdict_stays_a_verdict_failure(tmp_path, monkeypatch):
    case = dict(CASE, id="ZZ903", indicators=[dict(CASE["indicators"][0], verdict="stricter",
                                                   domestic={"comparator": "min", "value": 1.25, "unit": "MPa"})])
    path = tmp_path / "devzz.jsonl"
    path.write_text(json.dumps(case, ensure_ascii=False) + "\n", encoding="utf-8")
    monkeypatch.setitem(fl.SETS, "devzz", path)
    _, rows = fl.failures("devzz", None)
    assert [(r["stage"], r["produced_verdict"]) for r in rows] == [("verdict", "consistent")]
