"""bench/key_agreement.py: two keys of one set agree where they give the same verdict and the same normalised values,
one indicator to one; the reader is scored against each key and on what they agree on; a measure-only set prints no
case."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[3] / "bench"
spec = importlib.util.spec_from_file_location("key_agreement", BENCH / "key_agreement.py")
ka = importlib.util.module_from_spec(spec)
spec.loader.exec_module(ka)


def side(comparator, unit, **numbers):
    return {"comparator": comparator, **numbers, "unit": unit}


def indicator(verdict, domestic, international, name="x"):
    return {"parameter": name, "verdict": verdict, "domestic": domestic, "international": international}


FIRST = [
    {"id": "k1", "field": "t", "classes": [5], "domestic": "试验电压为1.5 kV，绝缘电阻不小于2 MΩ。",
     "international": "The test voltage is 1 500 V; insulation resistance at least 1 MΩ.", "expected_overall": "stricter",
     "indicators": [indicator("consistent", side("equal", "kV", value=1.5), side("equal", "V", value=1500)),
                    indicator("stricter", side("min", "MΩ", value=2), side("min", "MΩ", value=1))]},
    {"id": "k2", "field": "t", "classes": [4], "domestic": "温度为(23±2)℃。", "international": "Temperature 23 °C.",
     "expected_overall": "different",
     "indicators": [indicator("different", side("tolerance", "℃", value=23, tolerance=2), side("equal", "°C", value=23))]},
]
SECOND = [
    # the same reading in other units and words: agrees
    {"id": "k1", "expected_overall": "stricter",
     "indicators": [indicator("consistent", side("equal", "V", value=1500), side("equal", "kV", value=1.5), "voltage"),
                    indicator("stricter", side("min", "kΩ", value=2000), side("min", "MΩ", value=1), "resistance")]},
    # the same numbers judged otherwise: agrees on values only, not on the verdict
    {"id": "k2", "expected_overall": "consistent",
     "indicators": [indicator("consistent", side("tolerance", "°C", value=23, tolerance=2), side("equal", "°C", value=23))]},
]


def write(path: Path, cases) -> Path:
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    return path


def test_two_keys_agree_on_normalised_values_and_verdicts_one_to_one():
    agreement = ka.compare_keys(FIRST, SECOND)
    assert agreement["overall_agree"] == 1
    assert (agreement["first_indicators"], agreement["indicators_agree"], agreement["values_agree"]) == (3, 2, 3)
    # one indicator of the second key cannot stand for two of the first
    doubled = [{**FIRST[0], "indicators": FIRST[0]["indicators"][:1] * 2}, FIRST[1]]
    assert ka.compare_keys(doubled, SECOND)["indicators_agree"] == 1
    # another value is another indicator
    other = [{**SECOND[0], "indicators": [indicator("consistent", side("equal", "V", value=1000),
                                                    side("equal", "kV", value=1.5))]}, SECOND[1]]
    assert ka.compare_keys(FIRST, other)["values_agree"] == 1


def test_a_second_key_that_lacks_a_case_is_refused():
    with pytest.raises(SystemExit, match="lacks 1 case"):
        ka.compare_keys(FIRST, SECOND[:1])


def run_with_cases(tmp_path, capsys, monkeypatch, name: str) -> str:
    """The script's output for FIRST as set `name` against SECOND, with --cases."""
    monkeypatch.setitem(ka.SETS, name, write(tmp_path / f"{name}.jsonl", FIRST))
    second = write(tmp_path / "second.jsonl", SECOND)
    assert ka.main(["--set", name, "--second", str(second), "--no-encoder", "--cases"]) == 0
    return capsys.readouterr().out


def test_the_reader_is_scored_against_both_keys_and_the_agreed_part(tmp_path, capsys, monkeypatch):
    out = run_with_cases(tmp_path, capsys, monkeypatch, "mine")
    assert "overall verdict, the two keys agree: 1/2" in out
    assert "different -> consistent 1" in out
    assert "reader where the keys agree: overall" in out and "/1 " in out.split("reader where the keys agree")[1]
    assert "--- k2 overall: first different, second consistent" in out


def test_a_measure_only_set_prints_no_case(tmp_path, capsys, monkeypatch):
    out = run_with_cases(tmp_path, capsys, monkeypatch, "heldout")
    assert "overall verdict, the two keys agree: 1/2" in out
    assert "---" not in out and "试验" not in out and "measure-only set: no case is printed" in out


def test_a_second_key_of_a_sample_is_compared_on_its_cases_only(tmp_path, capsys, monkeypatch):
    first = write(tmp_path / "mine.jsonl", FIRST)
    sample = write(tmp_path / "sample.jsonl", SECOND[:1])
    monkeypatch.setitem(ka.SETS, "mine", first)
    with pytest.raises(SystemExit, match="lacks 1 case"):  # (without --subset a sample key is refused)
        ka.main(["--set", "mine", "--second", str(sample), "--no-reader"])
    assert ka.main(["--set", "mine", "--second", str(sample), "--no-reader", "--subset"]) == 0
    out = capsys.readouterr().out
    assert "set: mine (1 pairs" in out and "the two keys agree: 1/1" in out
