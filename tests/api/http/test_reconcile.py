"""OpenRefine reconciliation (API 0.2) at /reconcile, checked against the spec's JSON schemas."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft7Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT7

from compare.matching.reconcile import clear_winner
from tests.api.api_fixtures import DOMESTIC, INTERNATIONAL
from tests.api.api_support import running_app

SCHEMAS = Path(__file__).parent / "reconciliation_schemas"


def _validator(name: str) -> Draft7Validator:
    loaded = {p.name: json.loads(p.read_text()) for p in SCHEMAS.glob("*.json")}
    registry = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema, default_specification=DRAFT7)) for schema in loaded.values())
    return Draft7Validator(loaded[name], registry=registry)


MANIFEST = _validator("manifest.json")
RESULTS = _validator("reconciliation-result-batch.json")
QUERIES = _validator("reconciliation-query-batch.json")


def valid(validator: Draft7Validator, instance) -> None:
    errors = [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(instance)]
    assert errors == [], errors


@pytest.fixture(scope="module")
def client(tmp_path_factory, encoder):
    with running_app(tmp_path_factory.mktemp("store"), encoder) as c:
        yield c


def test_schemas_reject_what_the_spec_forbids():
    assert not RESULTS.is_valid({"q0": {"result": [{"id": "1", "score": 50}]}})  # no name
    assert not MANIFEST.is_valid({"versions": ["0.1"], "name": "x", "identifierSpace": "a", "schemaSpace": "b"})
    assert not QUERIES.is_valid({"q0": {"limit": 3}})


def test_manifest_on_get(client):
    manifest = client.get("/reconcile").json()
    valid(MANIFEST, manifest)
    assert {t["id"] for t in manifest["defaultTypes"]} == {"clause", "standard"}
    assert manifest["preview"]["url"].startswith("http://testserver/reconcile/preview?id=")


def batch(**queries) -> dict:
    valid(QUERIES, queries)
    return queries


def test_post_form_batch_matches_schema_and_finds_counterparts(client):
    queries = batch(q0={"query": DOMESTIC[0]["text"], "limit": 3},
                    q1={"query": DOMESTIC[3]["text"], "type": "clause", "type_strict": "any"})
    response = client.post("/reconcile", data={"queries": json.dumps(queries)})
    assert response.status_code == 200
    body = response.json()
    valid(RESULTS, body)
    assert set(body) == {"q0", "q1"}
    assert len(body["q0"]["result"]) == 3
    assert body["q0"]["result"][0]["name"] == "CXS 193-1995 Lead 1"
    assert body["q1"]["result"][0]["name"] == "IEC 60335-1:2020 16.2"
    for result in body["q0"]["result"] + body["q1"]["result"]:
        assert 0 <= result["score"] <= 100


def test_get_batch_and_jsonp(client):
    queries = json.dumps(batch(q0={"query": DOMESTIC[2]["text"]}))
    body = client.get("/reconcile", params={"queries": queries}).json()
    valid(RESULTS, body)
    assert body["q0"]["result"][0]["name"] == "WHO GDWQ 2022 Nitrate"
    wrapped = client.get("/reconcile", params={"queries": queries, "callback": "cb"})
    assert wrapped.text.startswith("cb(") and json.loads(wrapped.text[3:-2]) == body


def test_match_true_only_for_a_single_clear_winner(client):
    assert clear_winner([92.0, 60.0]) and clear_winner([75.0])
    assert not clear_winner([92.0, 88.0])   # two close candidates: the user decides
    assert not clear_winner([65.0, 10.0])   # alone but weak
    assert not clear_winner([])
    # An exact international standard number is a clear match; a clause query is judged by its scores.
    body = client.post("/reconcile", data={"queries": json.dumps(batch(
        s={"query": "CXS 193-1995", "type": "standard"},
        c={"query": INTERNATIONAL[3]["text"], "type": "clause"},
        d={"query": "谷物中镉的限量", "type": "clause"}))}).json()
    valid(RESULTS, body)
    assert body["s"]["result"][0] == {**body["s"]["result"][0], "id": "CXS 193-1995", "score": 100.0, "match": True}
    for key in ("s", "c", "d"):
        results = body[key]["result"]
        assert sum(r["match"] for r in results) <= 1
        assert all(not r["match"] for r in results[1:])
        scores = [r["score"] for r in results]
        assert results[0]["match"] == clear_winner(scores)
    # The English text of a stored international clause is its own clear winner.
    assert body["c"]["result"][0]["name"] == "WHO GDWQ 2022 Nitrate" and body["c"]["result"][0]["match"]


def test_standard_type_groups_clauses(client):
    body = client.get("/reconcile", params={"queries": json.dumps(batch(
        q={"query": "大米中镉的限量", "type": "standard", "limit": 3}))}).json()
    valid(RESULTS, body)
    ids = [r["id"] for r in body["q"]["result"]]
    assert ids[0] == "CXS 193-1995" and len(ids) == len(set(ids)) <= 3
    assert body["q"]["result"][0]["type"][0]["id"] == "standard"


def test_properties_filter_by_body_and_number(client):
    text = DOMESTIC[0]["text"]
    body = client.post("/reconcile", data={"queries": json.dumps(batch(
        iso={"query": text, "properties": [{"pid": "body", "v": "ISO"}]},
        who={"query": text, "properties": [{"pid": "standard", "v": {"id": "WHO GDWQ 2022", "name": "WHO"}}]},
        many={"query": text, "properties": [{"pid": "body", "v": ["IEC"]}]}))}).json()
    valid(RESULTS, body)
    assert {r["name"].split(" ")[0] for r in body["iso"]["result"]} == {"ISO"}
    assert [r["name"] for r in body["who"]["result"]] == ["WHO GDWQ 2022 Nitrate"]
    assert {r["name"].split(" ")[0] for r in body["many"]["result"]} == {"IEC"}


def test_preview_and_cors(client):
    first = client.get("/reconcile", params={"queries": json.dumps({"q": {"query": INTERNATIONAL[0]["text"]}})})
    entity = first.json()["q"]["result"][0]["id"]
    page = client.get("/reconcile/preview", params={"id": entity})
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "CXS 193-1995" in page.text and "0.2 mg/kg" in page.text
    assert "CXS 193-1995" in client.get("/reconcile/preview", params={"id": "CXS 193-1995"}).text
    assert client.get("/reconcile/preview", params={"id": "999999"}).status_code == 404
    cors = client.get("/reconcile", headers={"Origin": "http://localhost:3333"})
    assert cors.headers["access-control-allow-origin"] == "*"
    preflight = client.options("/reconcile", headers={"Origin": "http://localhost:3333",
                                                       "Access-Control-Request-Method": "POST"})
    assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]


def test_bad_queries_are_400_with_a_message(client):
    for raw, code in [("{not json", "malformed_json"), ("[]", "bad_queries"), ('{"q": 5}', "bad_queries"),
                      ('{"q": {"query": "x", "type": "person"}}', "unknown_type"),
                      ('{"q": {"query": "x", "properties": [{"pid": "color", "v": "red"}]}}', "unknown_property")]:
        response = client.post("/reconcile", data={"queries": raw})
        assert response.status_code == 400, raw
        assert response.json()["error"]["code"] == code
    assert client.get("/reconcile", params={"queries": "{}", "callback": "alert(1)//"}).status_code == 400
