"""Excel jobs: upload -> id at once, progress, download; state in SQLite survives a restart."""

from __future__ import annotations

import io
import os
import threading
import time

import pytest
from openpyxl import Workbook

from api.jobs.table import INTERRUPTED, JobTable
from tests.api.api_fixtures import DOMESTIC
from tests.api.api_support import AUTH, matches_sheet, running_app


def xlsx_bytes(rows: list[list], title: str | None = "国内标准清单") -> bytes:
    wb = Workbook()
    ws = wb.active
    if title:
        ws.append([title])
    ws.append(["标准号", "条款号", "条款内容"])
    for row in rows:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


LIST = [[d["standard"], d["clause"], d["text"]] for d in DOMESTIC] * 5  # 20 rows


def wait_for(client, job_id: str, seconds: float = 30) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job = client.get(f"/v1/jobs/{job_id}", headers=AUTH).json()
        if job["state"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError(f"job {job_id} did not finish: {job}")


def upload(client, content: bytes, name: str = "清单.xlsx"):
    return client.post("/v1/jobs", files={"file": (name, io.BytesIO(content), "application/octet-stream")},
                       headers=AUTH)


@pytest.fixture()
def store(tmp_path):
    return tmp_path / "store"


def test_job_runs_and_result_downloads(store, encoder):
    with running_app(store, encoder) as client:
        response = upload(client, xlsx_bytes(LIST))
        assert response.status_code == 202
        job = response.json()
        assert len(job["id"]) == 32 and job["state"] in ("queued", "running", "done")
        done = wait_for(client, job["id"])
        assert done["state"] == "done", done
        assert done["rows_done"] == done["rows_total"] == len(LIST)
        assert done["rows_per_s"] > 0 and done["download"] is True
        result = client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH)
        assert result.status_code == 200
        assert "清单-matched.xlsx" in result.headers["content-disposition"] or \
            "matched.xlsx" in result.headers["content-disposition"]
        rows = matches_sheet(result.content)
        assert len(rows) == len(LIST) + 1
        header = list(rows[0])
        assert header[:3] == ["标准号", "条款号", "条款内容"]
        # The plain table names it best_standard, the reviewed workbook "... Counterpart standard".
        counterpart = next(i for i, h in enumerate(header) if h == "best_standard" or "Counterpart standard" in h)
        assert rows[1][counterpart] == "CXS 193-1995" and rows[4][counterpart] == "IEC 60335-1:2020"
        verdict = next(i for i, h in enumerate(header) if "Indicator verdict" in (h or ""))
        assert [rows[r][verdict] for r in (1, 4)] == ["一致 / consistent"] * 2  # same limits on both sides
        assert client.get("/v1/jobs", headers=AUTH).json()[0]["id"] == job["id"]


def test_reviewed_job_workbook_goes_back_in(store, encoder):
    from openpyxl import load_workbook

    with running_app(store, encoder) as client:
        job = wait_for(client, upload(client, xlsx_bytes(LIST[:4], title=None)).json()["id"])
        wb = load_workbook(io.BytesIO(client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).content))
        ws = wb["匹配 Matches"]
        review = next(c.column for c in ws[1] if c.value and c.value.startswith("审核\n"))
        ws.cell(row=2, column=review, value="确认")
        ws.cell(row=3, column=review, value="驳回")
        ws.cell(row=4, column=review, value="也许")
        buffer = io.BytesIO()
        wb.save(buffer)
        files = {"file": ("王工-审核.xlsx", buffer.getvalue(), "application/octet-stream")}
        assert client.post("/v1/reviews/workbook", files=files).status_code == 401
        body = client.post("/v1/reviews/workbook", files=files, headers=AUTH).json()
        assert (body["confirmed"], body["rejected"], body["pending"]) == (1, 1, 1)
        assert "也许" in body["problems"][0]
        assert client.get("/v1/statistics").json()["reviews"] == {"confirmed": 1, "rejected": 1}
        confirmed = client.get("/v1/reviews", params={"decision": "confirmed"}).json()
        assert confirmed[0]["query"] == "clause:GB 2762-2022|4.1" and confirmed[0]["source"] == "王工-审核.xlsx"


def test_progress_is_visible_while_running(store, encoder):
    with running_app(store, encoder) as client:
        # Rows come back one 1:1-assignment batch at a time (Ranking.assignment_rows, 1,000 rows): a shorter list
        # is one batch, its rows all at once at the end, and its progress goes from 0 to done (seen between the
        # two only while the workbook is written, a few ms since this round's speed-ups). 1,200 rows make two.
        rows = len(LIST) * 60
        job = upload(client, xlsx_bytes(LIST * 60)).json()
        seen = []
        while True:
            state = client.get(f"/v1/jobs/{job['id']}", headers=AUTH).json()
            seen.append((state["state"], state["rows_done"]))
            if state["state"] in ("done", "failed"):
                break
            time.sleep(0.05)
        assert state["state"] == "done"
        partial = [done for s, done in seen if s == "running" and 0 < done < rows]
        assert partial, f"no intermediate progress seen: {seen[:5]}...{seen[-3:]}"
        assert partial == sorted(partial)


def test_a_list_of_one_batch_shows_its_rows_encoded(store, encoder):
    """A list shorter than Ranking.assignment_rows (1,000) is one 1:1 batch: no row is matched before all are
    encoded, and the job showed 0 rows until it was done. It now shows the rows encoded meanwhile."""
    with running_app(store, encoder) as client:
        rows = len(LIST) * 30  # 600 rows
        job = upload(client, xlsx_bytes(LIST * 30)).json()
        seen = []
        while True:
            state = client.get(f"/v1/jobs/{job['id']}", headers=AUTH).json()
            seen.append((state["state"], state["rows_done"], state["rows_encoded"]))
            if state["state"] in ("done", "failed"):
                break
            time.sleep(0.05)
        assert state["state"] == "done" and state["rows_done"] == rows
        encoding = [encoded for s, done, encoded in seen if s == "running" and done == 0 and 0 < encoded < rows]
        assert encoding, f"no rows encoded seen before the first row matched: {seen[:5]}...{seen[-3:]}"
        assert encoding == sorted(encoding)


def test_bad_list_fails_with_the_reason(store, encoder):
    with running_app(store, encoder) as client:
        wb = Workbook()
        wb.active.append(["编号", "备注"])
        wb.active.append([1, "无"])
        buffer = io.BytesIO()
        wb.save(buffer)
        job = wait_for(client, upload(client, buffer.getvalue()).json()["id"])
        assert job["state"] == "failed" and "no text column" in job["error"]
        assert job["error_option"] == "text_column" and "--text-column" not in job["error"]  # the page adds its hint
        e = client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).json()["error"]
        assert e["code"] == "job_not_done" and "no text column" in e["message"]
        corrupt = upload(client, b"PK\x03\x04 not really a zip")  # refused at upload, not left to fail later
        assert corrupt.status_code == 415 and "清单.xlsx" in corrupt.json()["error"]["message"]


def test_concurrent_uploads_all_finish(store, encoder):
    with running_app(store, encoder) as client:
        ids, errors = [], []

        def send():
            response = upload(client, xlsx_bytes(LIST[:8], title=None))
            (ids if response.status_code == 202 else errors).append(response.json())

        threads = [threading.Thread(target=send) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == [] and len({j["id"] for j in ids}) == 6
        assert all(wait_for(client, j["id"])["state"] == "done" for j in ids)


def test_restart_keeps_results_and_fails_interrupted_jobs(store, encoder):
    with running_app(store, encoder) as client:
        finished = wait_for(client, upload(client, xlsx_bytes(LIST)).json()["id"])
    # A job a killed server left running, as it would be found in SQLite.
    jobs = JobTable(store)
    cut_off = jobs.create("cut-off.xlsx")
    jobs.start(cut_off.id, 100)
    jobs.progress(cut_off.id, 40)
    jobs._update(cut_off.id, "heartbeat=?", time.time() - 60)  # its server stopped beating a minute ago
    jobs.close()
    with running_app(store, encoder, fill=False) as client:
        again = client.get(f"/v1/jobs/{finished['id']}", headers=AUTH).json()
        assert again["state"] == "done" and again["rows_done"] == len(LIST)
        assert client.get(f"/v1/jobs/{finished['id']}/result", headers=AUTH).status_code == 200
        lost = client.get(f"/v1/jobs/{cut_off.id}", headers=AUTH).json()
        assert lost["state"] == "failed" and lost["error"] == INTERRUPTED and lost["rows_done"] == 40
        assert client.get(f"/v1/jobs/{cut_off.id}/result", headers=AUTH).status_code == 409


def test_shutdown_stops_a_running_job(store, encoder):
    with running_app(store, encoder) as client:
        job = upload(client, xlsx_bytes(LIST * 100)).json()  # 2,000 rows: still running when the app stops
        while client.get(f"/v1/jobs/{job['id']}", headers=AUTH).json()["rows_done"] == 0:
            time.sleep(0.02)
    jobs = JobTable(store)
    state = jobs.get(job["id"])
    jobs.close()
    assert state.state == "failed" and state.error == INTERRUPTED
    assert not (store / "jobs" / job["id"] / "result.xlsx").exists()  # no partial workbook left to download


def test_jobs_older_than_the_retention_period_are_removed(store, encoder):
    with running_app(store, encoder) as client:
        old = wait_for(client, upload(client, xlsx_bytes(LIST)).json()["id"])
    jobs = JobTable(store)
    # Age the finished job by ten days; add a running job as old (never removed) and a stray folder.
    jobs._update(old["id"], "finished=?, created=?", time.time() - 10 * 86400, time.time() - 10 * 86400)
    running = jobs.create("running.xlsx")
    jobs.start(running.id, 100)
    jobs._update(running.id, "created=?, started=?, heartbeat=?", *[time.time() - 10 * 86400] * 3)
    stray = store / "jobs" / ("f" * 32)
    stray.mkdir()
    os.utime(stray, (time.time() - 10 * 86400,) * 2)
    jobs.close()
    assert (store / "jobs" / old["id"] / "result.xlsx").is_file()
    # Kept forever when the retention is 0.
    with running_app(store, encoder, fill=False, job_retention_days=0) as client:
        assert client.get(f"/v1/jobs/{old['id']}", headers=AUTH).json()["state"] == "done"
    with running_app(store, encoder, fill=False, job_retention_days=7) as client:
        gone = client.get(f"/v1/jobs/{old['id']}", headers=AUTH)
        assert gone.status_code == 404 and "upload the list again" in gone.json()["error"]["message"]
        assert not (store / "jobs" / old["id"]).exists() and not stray.exists()
        assert client.get(f"/v1/jobs/{running.id}", headers=AUTH).json()["state"] == "failed"  # interrupted, kept
        fresh = wait_for(client, upload(client, xlsx_bytes(LIST)).json()["id"])
        assert fresh["state"] == "done" and (store / "jobs" / fresh["id"]).is_dir()


def test_a_list_of_standards_uploaded_with_a_catalogue_takes_its_stated_adoptions(store, encoder):
    """The web page's official has no command line: a domestic catalogue uploaded beside a list of whole
    standards states their adoptions, as `stdcompare match --catalogue` does."""
    with running_app(store, encoder) as client:
        stored = [{"standard": "ISO 291:2008", "clause": "1", "text": "Standard atmospheres for conditioning.",
                   "title": "Plastics — Standard atmospheres for conditioning and testing"},
                  {"standard": "ISO 139:2005", "clause": "1", "text": "Standard atmospheres for textiles.",
                   "title": "Textiles — Standard atmospheres for conditioning and testing"}]
        assert client.post("/v1/clauses", json={"clauses": stored}, headers=AUTH).status_code == 200
        wb = Workbook()
        wb.active.append(["标准号", "标准名称"])
        wb.active.append(["GB/T 6529-2008", "调湿和试验用标准大气"])  # no adoption in the list itself
        listing = io.BytesIO()
        wb.save(listing)
        catalogue = "标准号,标准名称,状态,采标情况\nGB/T 6529-2008,纺织品 调湿和试验用标准大气,现行,\"ISO 139:2005, MOD\"\n"
        response = client.post("/v1/jobs", headers=AUTH, files={
            "file": ("标准清单.xlsx", io.BytesIO(listing.getvalue()), "application/octet-stream"),
            "catalogue": ("采标目录.csv", io.BytesIO(catalogue.encode("utf-8")), "text/csv")})
        assert response.status_code == 202, response.text
        job = wait_for(client, response.json()["id"])
        assert job["state"] == "done", job
        assert job["options"]["catalogue"] == "采标目录.csv"
        rows = matches_sheet(client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).content)
        header = list(rows[0])
        row = dict(zip(header, rows[1]))
        assert row["对应国际/国内标准\nCounterpart standard"] == "ISO 139:2005"
        assert row["一致性程度\nDegree (IDT/MOD/NEQ)"] == "MOD"
        assert row["匹配状态\nStatus"] == "写明 / stated: 目录 采标目录.csv / catalogue"
        # a stated standard stored with no title (ISO 712:2009 of the fixtures) is the stored one, said to be so
        wb.active.append(["GB/T 21305-2007", "谷物及谷物制品水分的测定 常规烘箱法"])
        listing = io.BytesIO()
        wb.save(listing)
        catalogue += "GB/T 21305-2007,谷物水分,现行,\"ISO 712:2009, IDT\"\n"
        response = client.post("/v1/jobs", headers=AUTH, files={
            "file": ("标准清单.xlsx", io.BytesIO(listing.getvalue()), "application/octet-stream"),
            "catalogue": ("采标目录.csv", io.BytesIO(catalogue.encode("utf-8")), "text/csv")})
        job = wait_for(client, response.json()["id"])
        row = dict(zip(header, matches_sheet(client.get(f"/v1/jobs/{job['id']}/result", headers=AUTH).content)[2]))
        assert (row["对应国际/国内标准\nCounterpart standard"], row["对应条款内容\nCounterpart text"]) == \
            ("ISO 712:2009", "（比对库中此标准没有名称）/ (stored with no title)")
        # a catalogue that is not one fails the job with the reason, and the list alone still works
        bad = client.post("/v1/jobs", headers=AUTH, files={
            "file": ("标准清单.xlsx", io.BytesIO(listing.getvalue()), "application/octet-stream"),
            "catalogue": ("目录.csv", io.BytesIO("备注\n无\n".encode("utf-8")), "text/csv")})
        failed = wait_for(client, bad.json()["id"])
        assert failed["state"] == "failed" and "目录.csv" in failed["error"], failed
        # said as a catalogue, not as a list without a text column, and the page marks its catalogue field
        assert failed["error"].startswith("目录.csv is not a catalogue of standards (found the columns 备注)")
        assert "text column" not in failed["error"] and failed["error_option"] == "catalogue"
