"""The HTTP API and the CLI answer a search the same: same counterparts, same order, same scores."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from api.cli import app as cli_app
from tests.api.api_support import running_app

QUERIES = ["谷物中铅的限量为0.2 mg/kg", "漏电流不应超过0.75 mA", "Cadmium in polished rice, maximum 0.4 mg/kg",
           "生活饮用水中硝酸盐（以N计）不得超过10 mg/L"]


def _counterparts(result: dict) -> list[tuple]:
    return [(m["standard"], m["clause"], round(m["score"], 3)) for m in result["matches"]]


def test_api_match_equals_cli_search(tmp_path, encoder):
    store = tmp_path / "store"
    with running_app(store, encoder) as client:
        for text in QUERIES:
            response = client.post("/v1/match", json={"text": text, "top_k": 3})
            assert response.status_code == 200, response.text
            cli = CliRunner().invoke(cli_app, ["search", text, "--store", str(store), "--top-k", "3", "--json"])
            assert cli.exit_code == 0, cli.output
            from_cli = json.loads(cli.stdout)
            assert from_cli["target_side"] == response.json()["target_side"]
            assert _counterparts(response.json()) == _counterparts(from_cli)
            assert len(_counterparts(from_cli)) == 3
