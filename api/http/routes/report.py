"""HTTP: the comparison report (比对分析报告, DOCX) of an uploaded result workbook, or of a finished job.

POST /v1/report takes a result workbook (reviewed or not) and returns the Word report; GET
/v1/jobs/{id}/report returns the report of a finished Excel job. Both compute the adoption rate under the
rule given by `bodies`, `levels` and `degrees` (default the 2025 rule).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, Query, UploadFile
from fastapi.responses import Response

from api.http.deps import services
from api.http.errors import ApiError
from api.http.security import MB, read_access
from api.http.services import Services
from api.http.uploads import save_upload
from compare.core.adoption_rule import rule_from
from compare.io.report_data import summary_from_workbook
from compare.io.report_docx import write_report_docx

router = APIRouter(prefix="/v1", tags=["report"], dependencies=[Depends(read_access)])

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
BODIES = Query(None, description="international bodies counted in the adoption rate, comma-separated; default "
                                 "ISO,IEC,ITU (the 2025 rule)")
LEVELS = Query(None, description="domestic levels that adopt; default national")
DEGREES = Query(None, description="degrees that count; default IDT,MOD (NEQ never counts)")


def _docx(workbook: Path, name: str, bodies, levels, degrees) -> Response:
    report = summary_from_workbook(workbook, rule=rule_from(bodies, levels, degrees), name=name)
    target = workbook.with_name("report.docx")
    write_report_docx(report, target)
    stem = Path(name).stem or "list"
    return Response(target.read_bytes(), media_type=DOCX,
                    headers={"Content-Disposition": f"attachment; filename=\"{_ascii(stem)}-report.docx\"; "
                                                    f"filename*=UTF-8''{_quoted(stem)}-report.docx"})


@router.post("/report", summary="The comparison report (DOCX) of a result workbook",
             response_class=Response, responses={200: {"content": {DOCX: {}}}})
def report_of_workbook(workbook: UploadFile = File(..., description="a result workbook (.xlsx) written by a "
                                                                    "match run or a job, reviewed or not"),
                       bodies: str | None = BODIES, levels: str | None = LEVELS, degrees: str | None = DEGREES,
                       svc: Services = Depends(services)) -> Response:
    """Scope and method, the four-way table of indicator verdicts, the suggested degree per standard, the adoption
    rate under the stated rule beside the 85 % target, the indicator differences and what is left to check."""
    name = Path(workbook.filename or "result.xlsx").name
    if Path(name).suffix.lower() != ".xlsx":
        raise ApiError(415, f"'{name}' is not a result workbook; upload the .xlsx a match run or a job wrote")
    with tempfile.TemporaryDirectory(prefix="stdcompare-report-") as folder:
        path = Path(folder) / "result.xlsx"
        save_upload(workbook, path, int(svc.settings.max_upload_mb * MB))
        return _docx(path, name, bodies, levels, degrees)


@router.get("/jobs/{job_id}/report", summary="The comparison report (DOCX) of a finished job",
            response_class=Response, responses={200: {"content": {DOCX: {}}}})
def report_of_job(job_id: str, bodies: str | None = BODIES, levels: str | None = LEVELS,
                  degrees: str | None = DEGREES, svc: Services = Depends(services)) -> Response:
    job = svc.jobs.get(job_id)
    if job.state != "done":
        raise ApiError(409, f"job {job_id} is {job.state}; the report is ready once the job is done",
                       code="job_not_done")
    path = svc.jobs.folder(job_id) / job.output
    if not path.is_file():
        raise ApiError(410, f"the result of job {job_id} is no longer on the server; upload the list again",
                       code="result_gone")
    with tempfile.TemporaryDirectory(prefix="stdcompare-report-") as folder:
        copy = Path(folder) / "result.xlsx"
        copy.write_bytes(path.read_bytes())
        return _docx(copy, job.filename, bodies, levels, degrees)


def _ascii(text: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "_" for ch in text) or "list"


def _quoted(text: str) -> str:
    from urllib.parse import quote

    return quote(text, safe="")
