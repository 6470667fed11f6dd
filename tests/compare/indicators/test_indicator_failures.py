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
