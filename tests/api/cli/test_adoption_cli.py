"""`stdcompare adoption` on the sample catalogues, and its one-line errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from api.cli import app

SAMPLES = Path(__file__).resolve().parents[3] / "data" / "catalogues"
runner = CliRunner()


@pytest.mark.slow
def test_adoption_command_writes_the_report(tmp_path):
    output = tmp_path / "report.xlsx"
    result = runner.invoke(app, ["adoption", str(SAMPLES / "international.csv"), "--domestic",
                                 str(SAMPLES / "domestic.csv"), "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "adoption rate" in result.output and "report written" in result.output
    wb = load_workbook(output)
    assert wb.sheetnames[0] == "Summary"
    similarity = [r for r in wb["Links"].iter_rows(values_only=True) if r[5] == "similarity"]
    assert similarity, "the default run links by title similarity too"


def test_errors_are_one_line_and_exit_2(tmp_path):
    missing = runner.invoke(app, ["adoption", str(tmp_path / "none.csv"), "--domestic",
                                  str(SAMPLES / "domestic.csv"), "--output", str(tmp_path / "r.xlsx"),
                                  "--no-similarity"])
    assert missing.exit_code == 2 and "file not found" in missing.output
    wrong = runner.invoke(app, ["adoption", str(SAMPLES / "international.csv"), "--domestic",
                                str(SAMPLES / "domestic.csv"), "--output", str(tmp_path / "r.csv")])
    assert wrong.exit_code == 2 and ".xlsx" in wrong.output
    assert not (tmp_path / "r.xlsx").exists() and not (tmp_path / "r.csv").exists()


def test_missing_store_is_reported_and_nothing_written(tmp_path):
    result = runner.invoke(app, ["adoption", str(SAMPLES / "international.csv"), "--domestic",
                                 str(SAMPLES / "domestic.csv"), "--output", str(tmp_path / "r.xlsx"),
                                 "--no-similarity", "--store", str(tmp_path / "no-store")])
    assert result.exit_code == 2 and "no store at" in result.output
    assert not (tmp_path / "r.xlsx").exists()
