"""POST /v1/adoption in the app as served: the app's encoder, upload limit and error table."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from compare.adoption.catalogue import read_catalogue
from compare.adoption.rate import assess
from tests.api.api_support import running_app

pytestmark = pytest.mark.slow  # the app loads its encoder at start-up

SAMPLES = Path(__file__).resolve().parents[3] / "data" / "catalogues"


def upload(international: bytes | None = None, domestic: bytes | None = None, names=("i.csv", "d.csv")):
    return {
        "international": (names[0], international or (SAMPLES / "international.csv").read_bytes(), "text/csv"),
        "domestic": (names[1], domestic or (SAMPLES / "domestic.csv").read_bytes(), "text/csv"),
    }


@pytest.fixture(scope="module")
def client(tmp_path_factory, encoder):
    with running_app(tmp_path_factory.mktemp("store"), encoder, fill=False) as c:
        yield c


def error_of(response, status: int) -> dict:
    assert response.status_code == status, response.text
    return response.json()["error"]


def test_json_figures_match_the_library_with_the_apps_encoder(client, encoder):
    response = client.post("/v1/adoption", files=upload())
    assert response.status_code == 200
    data = response.json()
    expected = assess(read_catalogue(SAMPLES / "international.csv", "international"),
                      read_catalogue(SAMPLES / "domestic.csv", "domestic"), encode=encoder.encode,
                      encoder_name=encoder.name)
    assert data["overall"]["rate"] == expected.overall.rate
    assert data["overall"]["in_scope"] == expected.overall.in_scope
    assert [f["field"] for f in data["fields"]] == [f.field for f in expected.fields]
    assert [g["standard"] for g in data["gaps"]] == [o.standard.label for o in expected.gaps]
    assert data["similarity"].startswith("on") and encoder.name in data["similarity"]


def test_workbook_download(client):
    response = client.post("/v1/adoption", files=upload(), params={"format": "xlsx", "similarity": "false"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "Summary" in load_workbook(io.BytesIO(response.content)).sheetnames


def test_bad_uploads_get_the_apps_error_shape(client):
    error = error_of(client.post("/v1/adoption", files=upload(international=b"name,colour\nx,y\n"),
                                 params={"similarity": "false"}), 422)
    assert error["code"] == "column_not_found" and "no standard number column in i.csv" in error["message"]
    error = error_of(client.post("/v1/adoption", files=upload(names=("i.doc", "d.csv"))), 415)
    assert error["code"] == "unsupported_media_type" and "'i.doc'" in error["message"]
    error = error_of(client.post("/v1/adoption", files={"international": upload()["international"]}), 422)
    assert "domestic" in error["message"]


def test_swapped_catalogues_get_the_http_hint_not_the_flag(client):
    swapped = upload(international=(SAMPLES / "domestic.csv").read_bytes(),
                     domestic=(SAMPLES / "international.csv").read_bytes())
    error = error_of(client.post("/v1/adoption", files=swapped, params={"similarity": "false"}), 422)
    assert error["code"] == "invalid_rows" and "swapped" in error["message"]
    assert error["message"].endswith("(upload them as the 'international' and 'domestic' files)")
    assert "--" not in error["message"]


def test_the_upload_limit_is_the_apps(tmp_path, encoder):
    catalogue = (SAMPLES / "international.csv").read_bytes()
    with running_app(tmp_path / "store", encoder, fill=False, max_upload_mb=len(catalogue) / 2 / 2**20) as small:
        error = error_of(small.post("/v1/adoption", files=upload(), params={"similarity": "false"}), 413)
    assert error["code"] == "too_large"


def test_the_rule_is_stated_and_configurable(client):
    default = client.post("/v1/adoption", params={"similarity": False}, files=upload()).json()
    assert default["rule"]["bodies"] == ["ISO", "IEC", "ITU"]
    assert [o["standard"] for o in default["outside_rate"]] == ["CXS 193-1995"]
    assert (default["overall"]["in_scope"], default["overall"]["rate"]) == (32, 68.8)
    every_body = client.post("/v1/adoption", params={"similarity": False, "bodies": "*"}, files=upload()).json()
    assert (every_body["overall"]["in_scope"], every_body["overall"]["rate"]) == (33, 66.7)
    refused = client.post("/v1/adoption", params={"similarity": False, "degrees": "IDT,NEQ"}, files=upload())
    error = error_of(refused, 422)
    assert "NEQ" in error["message"] and error["message"].endswith("(use the 'degrees' query parameter)")
