"""Excel jobs over HTTP: upload a list (a job id at once), poll its progress, download the result workbook.

A job belongs to the API key that uploaded it: every job endpoint needs a key, lists only that key's jobs,
and answers "not found" for another key's job.
"""

from __future__ import annotations

from typing import Optional

from fastapi import APIRouter, Depends, File, Form, UploadFile
from fastapi.responses import FileResponse

from api.http.deps import services
from api.http.errors import ApiError
from api.http.schemas import JobOut
from api.http.security import MB, key_owner
from api.http.services import Services
from api.http.uploads import check_content, save_upload, shown_name, upload_suffix

router = APIRouter(prefix="/v1/jobs", tags=["jobs"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.post("", response_model=JobOut, status_code=202, summary="Upload a list to match (a job; needs a key)")
def create_job(file: UploadFile = File(..., description="the list: .xlsx, .csv or .jsonl with a clause text "
                                                        "column (Chinese headers work)"),
               sheet: Optional[str] = Form(None, max_length=100, description="the worksheet to read (.xlsx); "
                                           "default: the first with a text column"),
               text_column: Optional[str] = Form(None, max_length=200, description="the header of the clause "
                                                 "text column; default: found by its usual names (条款内容, text)"),
               threshold: Optional[float] = Form(None, ge=0, le=100, description="score below which a row has "
                                                 "no counterpart; default: the server's (STDCOMPARE_THRESHOLD)"),
               top_k: Optional[int] = Form(None, ge=1, le=100, description="counterparts per row; default: the "
                                           "server's (STDCOMPARE_TOP_K)"),
               catalogue: Optional[UploadFile] = File(None, description="a domestic catalogue (标准号, 标准名称, "
                                                      "采标情况: .csv or .xlsx); for a list of whole standards, "
                                                      "the adoptions it states come first, with their degree"),
               owner: str = Depends(key_owner), svc: Services = Depends(services)) -> dict:
    """Start matching an uploaded list in the background and return its job id at once. A file that is not
    what its name says is refused here, before a job starts."""
    suffix = upload_suffix(file)
    name = shown_name(file.filename, suffix)
    catalogue = catalogue if catalogue is not None and catalogue.filename else None  # an empty file field
    catalogue_name = shown_name(catalogue.filename, upload_suffix(catalogue)) if catalogue is not None else ""
    options = {k: v for k, v in {"sheet": (sheet or "").strip(), "text_column": (text_column or "").strip(),
                                 "threshold": threshold, "top_k": top_k,
                                 "catalogue": catalogue_name}.items() if v not in (None, "")}
    svc.purge_jobs()  # old jobs go as new ones come: the jobs folder does not grow without bound
    job = svc.jobs.create(name, owner=owner, options=options)
    # kept under the user's own file name, so that every message about it names the file they chose
    path = svc.jobs.folder(job.id) / "list" / name  # a folder of its own: a list named result.xlsx is no result
    try:
        path.parent.mkdir()
        save_upload(file, path, int(svc.settings.max_upload_mb * MB))
        check_content(path)
        catalogue_path = None
        if catalogue is not None:
            catalogue_path = svc.jobs.folder(job.id) / "catalogue" / catalogue_name
            catalogue_path.parent.mkdir()
            save_upload(catalogue, catalogue_path, int(svc.settings.max_upload_mb * MB))
            check_content(catalogue_path)
    except BaseException:
        svc.jobs.discard(job.id)
        raise
    svc.submit_job(job.id, path, job.filename, options, catalogue=catalogue_path)
    return svc.jobs.get(job.id).to_dict()


@router.get("", response_model=list[JobOut], summary="Your recent jobs (those uploaded with this key)")
def recent_jobs(owner: str = Depends(key_owner), svc: Services = Depends(services)) -> list[dict]:
    return [job.to_dict() for job in svc.jobs.recent(owner)]


@router.get("/{job_id}", response_model=JobOut, summary="A job's state and progress")
def job_state(job_id: str, owner: str = Depends(key_owner), svc: Services = Depends(services)) -> dict:
    return svc.jobs.get(job_id, owner).to_dict()


@router.get("/{job_id}/result", summary="Download a finished job's result workbook",
            response_class=FileResponse, responses={200: {"content": {XLSX: {}}}})
def job_result(job_id: str, owner: str = Depends(key_owner), svc: Services = Depends(services)) -> FileResponse:
    job = svc.jobs.get(job_id, owner)
    if job.state != "done":
        detail = f"; it failed: {job.error}" if job.state == "failed" else "; poll /v1/jobs/{id} until state is done"
        raise ApiError(409, f"job {job_id} is {job.state}, there is no result to download{detail}",
                       code="job_not_done")
    path = svc.jobs.folder(job_id) / job.output
    if not path.is_file():
        raise ApiError(410, f"the result of job {job_id} is no longer on the server; upload the list again",
                       code="result_gone")
    stem = job.filename.rsplit(".", 1)[0] or "list"
    return FileResponse(path, media_type=XLSX, filename=f"{stem}-matched.xlsx")
