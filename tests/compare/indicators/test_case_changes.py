"""bench/case_changes.py tells which cases a change moves, from files it writes, and refuses sets that are not open."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SCRIPT = ROOT / "bench" / "case_changes.py"
spec = importlib.util.spec_from_file_location("case_changes", SCRIPT)
cc = importlib.util.module_from_spec(spec)
spec.loader.exec_module(cc)


def write(path: Path, rows: list[tuple]) -> Path:
    path.write_text("\n".join("\t".join(map(str, r)) for r in [cc.HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def test_a_case_that_loses_its_verdict_or_an_indicator_is_worse(tmp_path):
    before = write(tmp_path / "a.tsv", [("dev", "D001", 1, 3, 3), ("dev", "D002", 0, 1, 2), ("dev2", "E001", 1, 2, 2),
                                        ("dev2", "E002", 1, 2, 2)])
    after = write(tmp_path / "b.tsv", [("dev", "D001", 1, 2, 3), ("dev", "D002", 1, 1, 2), ("dev2", "E001", 0, 2, 2),
                                       ("dev2", "E002", 1, 2, 2)])
    worse, better = cc.changes(cc.load(before), cc.load(after))
    assert [key for key, _, _ in worse] == [("dev", "D001"), ("dev2", "E001")]
    assert [key for key, _, _ in better] == [("dev", "D002")]
    run = subprocess.run([sys.executable, str(SCRIPT), str(before), str(after)], capture_output=True, text=True)
    assert run.returncode == 1
    assert "dev: 1/2, 4/5 -> 2/2, 3/5" in run.stdout and "dev2 E001: overall right, 2/2 -> overall wrong, 2/2" in run.stdout


def test_no_case_lower_exits_zero_and_a_case_gone_is_worse(tmp_path):
    before = write(tmp_path / "a.tsv", [("dev", "D001", 1, 3, 3), ("dev", "D002", 1, 2, 2)])
    same = write(tmp_path / "b.tsv", [("dev", "D001", 1, 3, 3), ("dev", "D002", 1, 2, 2)])
    gone = write(tmp_path / "c.tsv", [("dev", "D001", 1, 3, 3)])
    assert subprocess.run([sys.executable, str(SCRIPT), str(before), str(same)], capture_output=True).returncode == 0
    worse, _ = cc.changes(cc.load(before), cc.load(gone))
    assert [key for key, _, _ in worse] == [("dev", "D002")]


def test_a_file_of_another_kind_is_named(tmp_path):
    other = tmp_path / "x.tsv"
    other.write_text("id\tok\nD001\t1\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="not a file of bench/case_changes.py --save"):
        cc.load(other)


def test_the_held_out_set_is_refused():
    run = subprocess.run([sys.executable, str(SCRIPT), "--save", "/dev/null", "--sets", "heldout"], capture_output=True,
                         text=True, cwd=ROOT)
    assert run.returncode == 2 and "not an open set: heldout" in run.stderr
