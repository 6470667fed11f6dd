"""POST /v1/report and GET /v1/jobs/{id}/report: the Word report over HTTP."""

from __future__ import annotations

import io

from docx import Document

from tests.api.api_support import AUTH, running_app
from tests.api.http.test_api_jobs import LIST, upload, wait_for, xlsx_bytes

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_report_of_a_job_and_of_an_uploaded_workbook(tmp_path, encoder):
    with running_app(tmp_path / "store", encoder) as client:
        job = wait_for(client, upload(client, xlsx_bytes(LIST[:4], title=None)).json()["id"])
        assert job["state"] == "done"
        response = client.get(f"/v1/jobs/{job['id']}/report", headers=AUTH)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"] == DOCX
        document = Document(io.BytesIO(response.content))
        assert any(p.text.startswith("六、指标差异表") for p in document.paragraphs)
        workbook = client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).content
        response = client.post("/v1/report", files={"workbook": ("清单-matched.xlsx", workbook)}, headers=AUTH)
        assert response.status_code == 200, response.text
        text = "\n".join(p.text for p in Document(io.BytesIO(response.content)).paragraphs)
        assert str(tmp_path) not in text and "result.xlsx" not in text  # no server path or name in the report
        # the subject is the list the job matched (its Summary sheet names it), the upload what it is based on:
        # the route gave the uploaded workbook's name as the list ("本报告比对清单“清单-matched.xlsx”")
        cover = {r.cells[0].text: r.cells[1].text for r in Document(io.BytesIO(response.content)).tables[0].rows}
        assert cover["比对对象 Subject"] == "清单.xlsx" and cover["依据 Based on"] == "清单-matched.xlsx"
        assert "比对清单“清单.xlsx”" in text
        refused = client.post("/v1/report", files={"workbook": ("list.csv", b"a,b\n")}, headers=AUTH)
        assert refused.status_code == 415
