"""POST /v1/adoption on a tiny app that includes the router, as the main app will."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from api.http.routes.adoption import router
from compare.adoption.rate import assess
from compare.adoption.catalogue import read_catalogue

SAMPLES = Path(__file__).resolve().parents[3] / "data" / "catalogues"


def make_client(encoder=None) -> tuple[TestClient, FastAPI]:
    app = FastAPI()
    if encoder is not None:
        app.state.encoder = encoder
    app.include_router(router)
    return TestClient(app), app


def upload(international: bytes | None = None, domestic: bytes | None = None, names=("i.csv", "d.csv")):
    return {
        "international": (names[0], international or (SAMPLES / "international.csv").read_bytes(), "text/csv"),
        "domestic": (names[1], domestic or (SAMPLES / "domestic.csv").read_bytes(), "text/csv"),
    }


def test_json_figures_match_the_library(encoder):
    client, _ = make_client(encoder)
    response = client.post("/v1/adoption", files=upload())
    assert response.status_code == 200
    data = response.json()
    expected = assess(read_catalogue(SAMPLES / "international.csv", "international"),
                      read_catalogue(SAMPLES / "domestic.csv", "domestic"), encode=encoder.encode)
    assert data["overall"]["rate"] == expected.overall.rate
    assert data["overall"]["in_scope"] == expected.overall.in_scope
    assert [f["field"] for f in data["fields"]] == [f.field for f in expected.fields]
    assert [g["standard"] for g in data["gaps"]] == [o.standard.label for o in expected.gaps]
    assert data["similarity"].startswith("on")


def test_workbook_download():
    client, app = make_client()
    response = client.post("/v1/adoption", files=upload(), params={"format": "xlsx", "similarity": "false"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "Summary" in load_workbook(io.BytesIO(response.content)).sheetnames
    assert getattr(app.state, "encoder", None) is None      # no encoder loaded when similarity is off


@pytest.mark.parametrize("files, status, words", [
    (upload(international=b"name,colour\nx,y\n"), 422, "no standard number column in i.csv"),
    (upload(names=("i.pdf", "d.csv")), 415, ".csv"),
])
def test_bad_uploads_get_a_clear_4xx(files, status, words):
    client, _ = make_client()
    response = client.post("/v1/adoption", files=files, params={"similarity": "false"})
    assert response.status_code == status
    assert words in response.json()["detail"]


def test_missing_file_is_a_validation_error():
    client, _ = make_client()
    response = client.post("/v1/adoption", files={"international": upload()["international"]})
    assert response.status_code == 422


def test_the_rule_is_stated_and_configurable():
    client, _ = make_client()
    default = client.post("/v1/adoption", params={"similarity": False}, files=upload()).json()
    assert default["rule"]["bodies"] == ["ISO", "IEC", "ITU"]
    assert [o["standard"] for o in default["outside_rate"]] == ["CXS 193-1995"]
    assert (default["overall"]["in_scope"], default["overall"]["rate"]) == (32, 68.8)
    every_body = client.post("/v1/adoption", params={"similarity": False, "bodies": "*"}, files=upload()).json()
    assert (every_body["overall"]["in_scope"], every_body["overall"]["rate"]) == (33, 66.7)
    refused = client.post("/v1/adoption", params={"similarity": False, "degrees": "IDT,NEQ"}, files=upload())
    assert refused.status_code == 422 and "NEQ" in refused.text
