"""bench/forms_probe.py on a probe file written here: a clause is right only when exactly its keyed sides are read, a
clause keyed with nothing is right only when nothing is read, and the check file prints counts, never clauses."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench"))

import forms_probe  # noqa: E402

ROWS = [
    {"id": "FP001", "form": "paren", "lang": "zh", "source": "made here", "text": "试样在(23±2)℃下状态调节。",
     "expected": [{"comparator": "tolerance", "value": 23, "tolerance": 2, "unit": "°C"}]},
    {"id": "FP002", "form": "paren", "lang": "en", "source": "made here",
     "text": "The supply frequency shall be (50 ± 1) Hz.",
     "expected": [{"comparator": "tolerance", "value": 50, "tolerance": 1, "unit": "Hz"}]},
    # keyed wrong on purpose: the text states a tolerance of 2, the key 3
    {"id": "FP003", "form": "paren", "lang": "en", "source": "made here",
     "text": "The specimens are conditioned at (23 ± 2) °C.",
     "expected": [{"comparator": "tolerance", "value": 23, "tolerance": 3, "unit": "°C"}]},
    # keyed with nothing, but the text states a maximum: wrong
    {"id": "FP004", "form": "none", "lang": "en", "source": "made here",
     "text": "The lead content shall not exceed 0,5 mg/kg.", "expected": []},
    {"id": "FP005", "form": "none", "lang": "en", "source": "made here",
     "text": "This standard was published in 2019.", "expected": []},
]


@pytest.fixture()
def probe(tmp_path: Path) -> Path:
    path = tmp_path / "probe.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    return path


def test_scores_each_clause_by_exact_reading(probe: Path) -> None:
    right, total, wrong = forms_probe.score(forms_probe.load(probe))
    assert total[("paren", "zh")] == 1 and right[("paren", "zh")] == 1
    assert total[("paren", "en")] == 2 and right[("paren", "en")] == 1
    assert right[("none", "en")] == 1
    assert sorted(row["id"] for row, _ in wrong) == ["FP003", "FP004"]


def test_development_prints_wrong_clauses_check_prints_counts(probe: Path, capsys) -> None:
    forms_probe.main(["--file", str(probe)])
    out = capsys.readouterr().out
    assert "clauses right 3/5" in out and "FP003" in out and "FP004" in out
    forms_probe.main(["--file", str(probe), "--check"])
    out = capsys.readouterr().out
    assert "clauses right 3/5" in out and "FP003" not in out and "lead content" not in out


def test_bad_file_gets_a_clear_message(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "FP001"\n', encoding="utf-8")
    with pytest.raises(SystemExit, match="bad.jsonl:1: not JSON"):
        forms_probe.load(bad)
    with pytest.raises(SystemExit, match="not found"):
        forms_probe.load(tmp_path / "absent.jsonl")
