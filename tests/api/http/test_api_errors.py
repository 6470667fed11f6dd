"""Bad input over HTTP: every error is a 4xx JSON {"error": {"code", "message"}}, and the store stays as it was."""

from __future__ import annotations

import io

import pytest

from api.http.errors import EXCEPTION_STATUS, status_for
from compare.core import errors as named
from tests.api.api_fixtures import DOMESTIC, INTERNATIONAL
from tests.api.api_support import AUTH, running_app

TOTAL = len(DOMESTIC) + len(INTERNATIONAL)


@pytest.fixture(scope="module")
def client(tmp_path_factory, encoder):
    with running_app(tmp_path_factory.mktemp("store"), encoder, max_body_mb=2, max_upload_mb=0.05) as c:
        yield c


def error_of(response, status: int) -> dict:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    return body["error"]


def stored(client) -> int:
    return sum(client.get("/v1/health").json()["clauses"].values())


def test_every_named_exception_maps_to_a_4xx():
    for kind, status, code in EXCEPTION_STATUS:
        assert 400 <= status < 500 and code
    assert status_for(named.NotFoundError("x")) == (404, "not_found")
    assert status_for(named.EncoderMismatchError("x")) == (409, "encoder_mismatch")
    assert status_for(named.ColumnError("x")) == (422, "column_not_found")
    assert status_for(named.StdcompareError("x")) == (400, "bad_request")


def test_malformed_json(client):
    e = error_of(client.post("/v1/match", content=b'{"text": ', headers={"content-type": "application/json"}), 400)
    assert e["code"] == "malformed_json"


def test_wrong_types_and_unknown_fields(client):
    e = error_of(client.post("/v1/match", json={"text": "铅", "top_k": "many"}), 422)
    assert "top_k" in e["message"]
    e = error_of(client.post("/v1/match", json={"text": "铅", "topk": 3}), 422)
    assert "topk" in e["message"] and "not permitted" in e["message"]
    error_of(client.post("/v1/match", json=["铅"]), 422)


def test_empty_and_oversized_text(client):
    error_of(client.post("/v1/match", json={"text": ""}), 422)
    e = error_of(client.post("/v1/match", json={"text": "   "}), 400)
    assert "empty" in e["message"]
    e = error_of(client.post("/v1/match", json={"text": "铅" * 1_000_000}), 413)  # 3 MB of UTF-8 > 2 MB limit
    assert e["code"] == "too_large"
    e = error_of(client.post("/v1/match", json={"text": "a" * 1_000_000}), 422)  # under the body limit
    assert "text" in e["message"]


def test_wrong_content_type(client):
    e = error_of(client.post("/v1/match", content="text=铅".encode(), headers={"content-type": "text/plain"}), 415)
    assert "application/json" in e["message"]
    e = error_of(client.post("/v1/jobs", files={"file": ("list.pages", b"PK\x03\x04", "application/octet-stream")},
                             headers=AUTH), 415)
    assert ".xlsx" in e["message"]
    error_of(client.post("/v1/jobs", json={"file": "x"}, headers=AUTH), 422)


def test_upload_over_the_limit(client):
    big = io.BytesIO(b"standard,text\n" + b"GB 1,abc\n" * 20_000)  # ~180 kB > 0.05 MB
    e = error_of(client.post("/v1/jobs", files={"file": ("big.csv", big, "text/csv")}, headers=AUTH), 413)
    assert "0.05 MB" in e["message"]
    assert client.get("/v1/jobs", headers=AUTH).json() == []  # nothing half-created


def test_chunked_body_is_counted_too(client):
    def chunks():
        yield b'{"text": "'
        for _ in range(30):
            yield b"a" * 100_000
        yield b'"}'

    e = error_of(client.post("/v1/match", content=chunks(), headers={"content-type": "application/json"}), 413)
    assert e["code"] == "too_large"


def test_unknown_job_and_route(client):
    assert error_of(client.get("/v1/jobs/" + "0" * 32, headers=AUTH), 404)["code"] == "not_found"
    error_of(client.get("/v1/jobs/../../etc", headers=AUTH), 404)
    error_of(client.get("/v1/nothing-here"), 404)
    assert error_of(client.put("/v1/match", json={}), 405)["code"] == "method_not_allowed"


def test_write_endpoints_need_a_valid_key(client):
    body = {"clauses": [{"standard": "GB 1", "clause": "1", "text": "测试条款"}]}
    e = error_of(client.post("/v1/clauses", json=body), 401)
    assert "Bearer" in e["message"]
    error_of(client.post("/v1/clauses", json=body, headers={"Authorization": "Bearer wrong"}), 401)
    error_of(client.post("/v1/clauses", json=body, headers={"Authorization": "Basic dGVzdA=="}), 401)
    error_of(client.delete("/v1/standards/GB 2762-2022"), 401)
    assert client.post("/v1/clauses", json=body, headers={"Authorization": "Bearer other-key"}).status_code == 200
    assert client.delete("/v1/standards/GB 1", headers=AUTH).status_code == 200
    assert stored(client) == TOTAL


def test_invalid_rows_write_nothing(client):
    rows = [{"standard": "GB 9", "clause": "1", "text": "甲"}, {"standard": "GB 9", "clause": "1", "text": "乙"}]
    e = error_of(client.post("/v1/clauses", json={"clauses": rows}, headers=AUTH), 422)
    assert e["code"] == "invalid_rows" and "nothing was written" in e["message"]
    e = error_of(client.post("/v1/ingest", files={"file": ("x.csv", b"a,b\n1,2\n", "text/csv")}, headers=AUTH), 422)
    assert e["code"] == "column_not_found"
    error_of(client.delete("/v1/standards/GB 404-2000", headers=AUTH), 404)
    assert stored(client) == TOTAL


def test_no_keys_configured_refuses_writes(tmp_path, encoder):
    with running_app(tmp_path / "s", encoder, fill=False, api_keys="") as c:
        e = error_of(c.post("/v1/clauses", json={"clauses": [{"standard": "GB 1", "text": "x"}]},
                            headers=AUTH), 403)
        assert "STDCOMPARE_API_KEYS" in e["message"]


def test_reads_can_require_a_key(tmp_path, encoder):
    with running_app(tmp_path / "s", encoder, fill=False, read_requires_key=True) as c:
        error_of(c.get("/v1/statistics"), 401)
        assert c.get("/v1/statistics", headers=AUTH).status_code == 200


def test_errors_from_compare_get_the_http_hint_not_the_flag(client):
    e = error_of(client.post("/v1/ingest", files={"file": ("x.csv", "编号,备注\n1,无\n".encode(), "text/csv")},
                             headers=AUTH), 422)
    assert e["message"].startswith("no text column found in x.csv")
    assert e["message"].endswith("(name it in the 'text_column' field of a list upload, or rename the column in "
                                 "the file)")
    assert "--text-column" not in e["message"]
    rows = [{"standard": "GB 9", "clause": "1", "text": "甲"}, {"standard": "GB 9", "clause": "1", "text": "乙"}]
    e = error_of(client.post("/v1/clauses", json={"clauses": rows}, headers=AUTH), 422)
    assert e["message"].endswith("(set the 'skip_invalid' field to true)") and "--skip-invalid" not in e["message"]
    assert stored(client) == TOTAL


def test_every_hint_is_for_an_option_the_domain_names():
    from api.cli.hints import FLAGS
    from api.http.errors import HINTS

    assert set(HINTS) <= set(FLAGS)  # an HTTP hint with no CLI counterpart would be an option compare never names
