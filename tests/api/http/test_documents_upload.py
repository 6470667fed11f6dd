"""HTTP uploads take standards documents as the CLI does: an STS XML or DOCX ingested clause by clause; a .doc
under a .docx name refused with the reader's one-line message."""

from __future__ import annotations

import pytest

from tests.api.api_support import AUTH, running_app
from tests.compare.documents.conftest import documents  # noqa: F401  (the session fixture)


@pytest.fixture(scope="module")
def client(tmp_path_factory, encoder):
    with running_app(tmp_path_factory.mktemp("store"), encoder) as c:
        yield c


@pytest.mark.slow
def test_ingest_uploaded_documents(client, documents):  # noqa: F811
    for key, mime in ((("en", "xml"), "application/xml"), (("zh", "docx"), "application/octet-stream")):
        path = documents[key]
        response = client.post("/v1/ingest", files={"file": (path.name, path.read_bytes(), mime)}, headers=AUTH)
        assert response.status_code == 200, response.text
        # the foreword and introduction of each are read, and not ingested as clauses
        assert response.json()["ingested"] == (58 if key[0] == "en" else 59)
        assert response.json()["reading"] == ("60 units; front matter, not compared: Foreword, Introduction"
                                              if key[0] == "en" else
                                              "61 units; 5 pages; front matter, not compared: 前言, 引言")
    body = client.get("/v1/standards/ISO 17301-1:2016").json()
    assert body["side"] == "international"
    clauses = {c["clause"]: c["text"] for c in body["clauses"]}
    assert clauses["3.1"].startswith("husked rice: paddy rice")
    assert clauses["Table 1 row 1"].startswith("Table 1 Maximum limits of defects — Defect: Moisture content")
    assert client.get("/v1/standards/GB/T 17301.1-2024").json()["side"] == "domestic"


@pytest.mark.slow
def test_doc_renamed_docx_is_refused_with_one_line(client):
    fake = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    response = client.post("/v1/ingest", files={"file": ("草案.docx", fake, "application/octet-stream")},
                           headers=AUTH)
    assert 400 <= response.status_code < 500
    assert "Word 97-2003 .doc" in response.text
