"""`stdcompare compare`: a readable table, or the issue's JSON with --json; bad input gives a clear result."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from api.cli import app
from tests.api.api_fixtures import TEXTILE_TERMS

runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


@pytest.fixture(autouse=True)
def shared_encoder(monkeypatch, encoder):
    # The real default encoder, loaded once for the session rather than once per command.
    monkeypatch.setattr("api.cli.matching.load_model", lambda model: encoder)


def test_compare_prints_a_table_and_the_overall_verdict(encoder):
    result = run("compare", "--domestic", "铅（以Pb计）≤0.2 mg/kg，镉 不大于 0.2 mg/kg",
                 "--international", "Lead (as Pb): maximum level 0.2 mg/kg; cadmium 0.4 mg/kg")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["parameter", "domestic", "international", "verdict", "reason"]
    assert any("≤ 0.2 mg/kg (as Pb)" in line and "consistent" in line for line in lines)
    assert any("镉" in line and "stricter" in line and "lower maximum" in line for line in lines)
    assert lines[-1] == "overall: stricter (consistency 75.0/100)"


def test_compare_json_has_the_issue_shape(encoder):
    result = run("compare", "--domestic", "硝酸盐（以N计）10 mg/L", "--international", "nitrate 50 mg/L (as NO3-)",
                 "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["overall"] == "different" and data["score"] == 0.0
    (pair,) = data["indicators"]
    assert pair["verdict"] == "different"
    assert pair["domestic"]["basis"] == "as N" and pair["international"]["basis"] == "as NO3"
    assert pair["domestic"]["normalized"] == {"value": 10.0, "unit": "mg/L"}


def test_compare_without_indicators_says_so(encoder):
    result = run("compare", "--domestic", "本标准适用于预包装食品。", "--international", "This standard applies to foods.")
    assert result.exit_code == 0
    assert "no key technical indicators" in result.stdout
    # not 'consistent (consistency 100.0/100)', as it read: nothing was compared
    assert result.stdout.splitlines()[-1] == "overall: no verdict (no indicator to compare: read the two texts)"
    # --json says the same: not 'consistent' with a score of 100, as it did while the table said no verdict
    data = json.loads(run("compare", "--domestic", "本标准适用于预包装食品。", "--international",
                          "This standard applies to foods.", "--json").stdout)
    assert (data["overall"], data["score"], data["indicators"]) == ("none", None, [])


def test_compare_reports_malformed_numbers_and_unknown_units(encoder):
    result = run("compare", "--domestic", "镉 ≤ 0..2 mg/kg", "--international", "Must weight: minimum 11 °Oe")
    assert result.exit_code == 0, result.output
    assert "note: domestic: malformed number '0..2' ignored" in result.stdout
    # (°Oe, Oechsle degrees, is a unit the normaliser does not know; °Bx, which this test used, is known since the
    # twenty-sixth round)
    assert "note: international: unknown unit '°Oe' kept as written" in result.stdout


def test_compare_with_both_texts_empty_is_a_one_line_error():
    result = run("compare", "--domestic", " ", "--international", "")
    assert result.exit_code == 2
    assert "both clauses are empty" in result.output


@pytest.mark.parametrize("side", ["domestic", "international"])
def test_compare_with_one_text_empty_names_it(side):
    """One empty clause read 'overall: consistent (consistency 100.0/100)' against a clause with no number, and
    every indicator of the other 'missing'."""
    texts = {"domestic": "铅（以Pb计）≤0.2 mg/kg", "international": "Lead: maximum level 0.2 mg/kg", side: "  "}
    result = run("compare", "--domestic", texts["domestic"], "--international", texts["international"])
    assert result.exit_code == 2
    assert f"the {side} clause is empty: give its text (use --{side})" in result.output


def test_compare_pairs_indicators_with_the_store_termbase(tmp_path):
    """Terms a user imported into the store reach `compare` as they reach `match`: here they pair two textile
    strengths the encoder alone pairs the wrong way round."""
    domestic = "顶破强力不小于250 N，断裂强力不小于300 N。"
    international = "Breaking force: min. 250 N. Bursting strength: min. 300 N."

    def pairs(*extra):
        result = run("compare", "--domestic", domestic, "--international", international, "--json", *extra)
        assert result.exit_code == 0, result.output
        body = json.loads(result.stdout)
        return body["overall"], {(p["domestic"]["parameter"], p["international"]["parameter"].lower())
                                 for p in body["indicators"]}

    store = tmp_path / "store"
    store.mkdir()
    before = pairs("--store", str(store))
    (store / "termbase.csv").write_text(TEXTILE_TERMS, encoding="utf-8")
    overall, paired = pairs("--store", str(store))
    assert paired == {("顶破强力", "bursting strength"), ("断裂强力", "breaking force")}
    assert overall == "different"  # one stricter, one looser
    assert before[1] != paired
