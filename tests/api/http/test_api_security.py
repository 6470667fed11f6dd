"""Security and reliability of the HTTP API by default (issues 16 and 17): jobs belong to the key that uploaded
them, files are checked against their names at upload, no server path reaches a user, CORS lets only configured
origins send a key, stalled bodies time out, a 500 keeps the connection, messages name the user's file."""

from __future__ import annotations

import http.client
import io
import socket
import time
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from api.http.app import create_app
from tests.api.api_fixtures import DOMESTIC
from tests.api.api_support import AUTH, KEY, make_settings, running_app, served

OTHER = {"Authorization": "Bearer other-key"}
LIST = [[d["standard"], d["clause"], d["text"]] for d in DOMESTIC] * 5  # 20 rows


def xlsx_bytes(rows, header=("标准号", "条款号", "条款内容"), sheet: str | None = None) -> bytes:
    wb = Workbook()
    ws = wb.active
    if sheet:
        ws.title = sheet
    ws.append(list(header))
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def upload(client, content: bytes, name: str = "清单.xlsx", headers=AUTH, **form):
    return client.post("/v1/jobs", files={"file": (name, io.BytesIO(content), "application/octet-stream")},
                       data={k: str(v) for k, v in form.items()}, headers=headers)


def wait_for(client, job_id: str, headers=AUTH, seconds: float = 30) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/v1/jobs/{job_id}", headers=headers).json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish: {job}")


@pytest.fixture(scope="module")
def client(tmp_path_factory, encoder):
    with running_app(tmp_path_factory.mktemp("store"), encoder, max_rows=30) as c:
        yield c


def test_job_upload_needs_a_key(client):
    response = upload(client, xlsx_bytes(LIST), headers={})
    assert response.status_code == 401 and "Bearer" in response.json()["error"]["message"]
    assert client.get("/v1/jobs").status_code == 401


def test_jobs_and_results_belong_to_the_uploaders_key(client):
    job = wait_for(client, upload(client, xlsx_bytes(LIST[:4])).json()["id"])
    assert job["state"] == "done"
    assert job["id"] in [j["id"] for j in client.get("/v1/jobs", headers=AUTH).json()]
    assert job["id"] not in [j["id"] for j in client.get("/v1/jobs", headers=OTHER).json()]
    for path in (f"/v1/jobs/{job['id']}", f"/v1/jobs/{job['id']}/result"):
        assert client.get(path, headers=OTHER).status_code == 404
        assert client.get(path).status_code == 401
    assert client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).status_code == 200


@pytest.mark.parametrize("name, content, says", [
    ("清单.xlsx", b"%PDF-1.4 a report, renamed", "not an Excel workbook"),
    ("清单.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "97-2003"),
    ("清单.xlsx", None, "not an Excel workbook"),  # a zip, but no xl/workbook.xml in it
    ("清单.csv", "PK-xlsx", "rename it to .xlsx"),
    ("清单.csv", b"\x00\x01\x02binary\x00" * 50, "looks binary"),
    ("清单.jsonl", b'{"text": "ok"}\nstandard,text\n', "line 2 is not a JSON object"),
])
def test_a_file_that_is_not_what_its_name_says_is_refused_at_upload(client, name, content, says):
    if content is None:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as z:
            z.writestr("word/document.xml", "<w:document/>")
        content = buffer.getvalue()
    elif content == "PK-xlsx":
        content = xlsx_bytes(LIST[:2])
    before = len(client.get("/v1/jobs", headers=AUTH).json())
    response = upload(client, content, name=name)
    assert response.status_code == 415, response.text
    message = response.json()["error"]["message"]
    assert says in message and name in message
    assert len(client.get("/v1/jobs", headers=AUTH).json()) == before  # no job left behind


def test_job_errors_name_the_users_file_and_the_option_that_fixes_it(client):
    content = "编号,备注\n1,无\n".encode()
    job = wait_for(client, upload(client, content, name="我的清单.csv").json()["id"])
    assert job["state"] == "failed" and "我的清单.csv" in job["error"]
    assert "input.csv" not in job["error"] and "--" not in job["error"]
    assert job["error_option"] == "text_column"
    ingest = client.post("/v1/ingest", files={"file": ("条款.csv", content, "text/csv")}, headers=AUTH)
    assert ingest.status_code == 422 and "条款.csv" in ingest.json()["error"]["message"]
    assert "upload.csv" not in ingest.text


def test_upload_options_reach_the_job(client):
    rows = [["GB 1", "1", "x", d[2]] for d in LIST[:4]]
    content = xlsx_bytes(rows, header=("标准号", "条款号", "条款内容", "技术要求原文"), sheet="第二张")
    job = wait_for(client, upload(client, content, sheet="第二张", text_column="技术要求原文", top_k=2,
                                  threshold=40).json()["id"])
    assert job["state"] == "done", job
    assert job["options"] == {"sheet": "第二张", "text_column": "技术要求原文", "threshold": 40.0, "top_k": 2}
    wb = load_workbook(io.BytesIO(client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).content))
    rows_out = list(wb["匹配 Matches"].iter_rows(values_only=True))
    header = rows_out[0]
    best = next(i for i, h in enumerate(header) if h and "Counterpart standard" in h)
    assert rows_out[1][best] == "CXS 193-1995"  # matched on the named column, not on "x"
    wrong = wait_for(client, upload(client, content, sheet="没有这张").json()["id"])
    assert wrong["state"] == "failed" and "没有这张" in wrong["error"] and "第二张" in wrong["error"]


def test_http_jobs_have_the_row_limit(client):
    job = wait_for(client, upload(client, xlsx_bytes(LIST * 2)).json()["id"])  # 40 rows > max_rows 30
    assert job["state"] == "failed" and "more than 30 rows" in job["error"]
    assert job["rows_done"] == 0 and job["error_option"] == "max_rows"


def test_a_300_character_filename_on_the_review_upload(client):
    job = wait_for(client, upload(client, xlsx_bytes(LIST[:2])).json()["id"])
    result = client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).content
    name = "审" * 300 + ".xlsx"
    response = client.post("/v1/reviews/workbook", files={"file": (name, result, "application/octet-stream")},
                           headers=AUTH)
    assert response.status_code == 200, response.text
    response = client.post("/v1/reviews/workbook", files={"file": ("x" * 400 + ".xlsx", b"not a workbook",
                                                                   "application/octet-stream")}, headers=AUTH)
    assert response.status_code == 415


def test_no_server_path_in_health_or_the_job_workbook(tmp_path, encoder):
    store = tmp_path / "secret-server-folder" / "store"
    with running_app(store, encoder, read_requires_key=True) as c:
        health = c.get("/v1/health")  # open to probes even when reads need a key
        assert health.status_code == 200 and str(tmp_path) not in health.text
        assert c.get("/v1/statistics").status_code == 401
        job = wait_for(c, upload(c, xlsx_bytes(LIST[:4])).json()["id"])
        content = c.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).content
    wb = load_workbook(io.BytesIO(content))
    cells = [str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row if v]
    assert not [c for c in cells if "secret-server-folder" in c or str(tmp_path) in c]


def test_cors_lets_only_configured_origins_send_a_key(tmp_path, encoder):
    with running_app(tmp_path / "s", encoder, fill=False, cors_origins="https://portal.example.gov.cn") as c:
        def preflight(origin: str):
            return c.options("/v1/clauses", headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                                                     "Access-Control-Request-Headers": "authorization,content-type"})

        evil = preflight("https://evil.example.com")
        assert evil.status_code == 400 and "Disallowed CORS headers" in evil.text  # the browser sends nothing
        good = preflight("https://portal.example.gov.cn")
        assert good.status_code == 200
        assert good.headers["access-control-allow-origin"] == "https://portal.example.gov.cn"
        assert "authorization" in good.headers["access-control-allow-headers"].lower()
        # reading without a key stays open to any page (OpenRefine, other tools)
        read = c.get("/v1/search", params={"q": "铅"}, headers={"Origin": "https://evil.example.com"})
        assert read.headers["access-control-allow-origin"] == "*"


def test_a_body_shorter_than_declared_times_out_and_a_500_keeps_the_connection(tmp_path, encoder):
    app = create_app(make_settings(tmp_path / "s", body_read_timeout_s=1), encoder=encoder)
    with served(app) as base:
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(b"POST /v1/match HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 100\r\n\r\n{\"text\": ")
            started = time.monotonic()
            answer = sock.recv(65536)
            assert b" 408 " in answer.split(b"\r\n")[0] and b"request_timeout" in answer + sock.recv(65536)
            assert time.monotonic() - started < 8
        # an unexpected error: a JSON 500, and the same connection answers the next request
        def broken():
            raise RuntimeError("disk trouble")

        app.state.services.store.stats = broken
        conn = http.client.HTTPConnection(host, int(port), timeout=10)
        conn.request("GET", "/v1/statistics")
        first = conn.getresponse()
        body = first.read()
        assert first.status == 500 and b"internal_error" in body
        assert (first.getheader("connection") or "").lower() != "close"
        sock = conn.sock
        conn.request("GET", "/ui/")
        second = conn.getresponse()
        second.read()
        assert second.status == 200 and conn.sock is sock  # kept alive
        conn.close()


def test_docs_are_served_from_the_app_itself(client):
    for page, asset in (("/docs", "/docs-assets/swagger-ui-bundle.js"), ("/redoc", "/docs-assets/redoc.standalone.js")):
        html = client.get(page).text
        assert asset in html and "cdn" not in html.lower() and "fonts.googleapis" not in html
        assert client.get(asset).status_code == 200
    assert client.get("/docs-assets/swagger-ui.css").headers["content-type"].startswith("text/css")
    assert client.get("/docs-assets/../app.py").status_code == 404


def test_standards_list_with_paging_and_filters(client):
    page = client.get("/v1/standards").json()
    assert page["total"] == 7 and page["offset"] == 0 and len(page["standards"]) == 7
    numbers = [s["number"] for s in page["standards"]]
    assert numbers == sorted(numbers)
    assert {s["number"]: s["clauses"] for s in page["standards"]}["CXS 193-1995"] == 3
    first, second = (client.get("/v1/standards", params={"limit": 3, "offset": o}).json() for o in (0, 3))
    assert [s["number"] for s in first["standards"] + second["standards"]] == numbers[:6]
    domestic = client.get("/v1/standards", params={"side": "domestic"}).json()
    assert domestic["total"] == 3 and all(s["side"] == "domestic" for s in domestic["standards"])
    codex = client.get("/v1/standards", params={"body": "codex"}).json()
    assert [s["number"] for s in codex["standards"]] == ["CXS 193-1995"]
    titled = client.get("/v1/standards", params={"text": "污染物"}).json()  # in the title
    assert [s["number"] for s in titled["standards"]] == ["GB 2762-2022"]
    assert client.get("/v1/standards", params={"text": "100%_"}).json()["total"] == 0  # LIKE wildcards are text
    assert client.get("/v1/standards", params={"limit": 0}).status_code == 422


def test_standard_numbers_are_found_without_their_year(client):
    body = client.get("/v1/standards/CXS 193").json()
    assert body["number"] == "CXS 193-1995" and len(body["clauses"]) == 3
    assert client.get("/v1/standards/ISO 712").json()["number"] == "ISO 712:2009"
    assert client.get("/v1/standards/CXS 19").status_code == 404  # not a prefix match
    search = client.get("/v1/search", params={"q": DOMESTIC[0]["text"], "standard": "CXS 193"}).json()
    assert search["matches"] and {m["standard"] for m in search["matches"]} == {"CXS 193-1995"}


def test_error_messages_never_show_the_store_path(tmp_path, encoder):
    from compare.core.errors import StoreError

    with running_app(tmp_path / "secret-folder" / "store", encoder, fill=False) as c:
        store = c.app.state.services.store

        def full(number):
            raise StoreError(f"database or disk is full in the store {store.path}; nothing was deleted")

        store.delete_standard = full
        response = c.delete("/v1/standards/GB 1", headers=AUTH)
        assert response.status_code == 409 and "disk is full" in response.text
        assert "secret-folder" not in response.text and "the server's store" in response.text
