"""Excel jobs over HTTP: upload a list (a job id at once), poll its progress, download the result workbook."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, UploadFile
from fastapi.responses import FileResponse

from api.http.deps import services
from api.http.errors import ApiError
from api.http.schemas import JobOut
from api.http.security import MB, read_access
from api.http.services import Services
from api.http.uploads import save_upload, upload_suffix

router = APIRouter(prefix="/v1/jobs", tags=["jobs"], dependencies=[Depends(read_access)])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.post("", response_model=JobOut, status_code=202, summary="Upload a list to match (a job)")
def create_job(file: UploadFile = File(..., description="the list: .xlsx, .csv or .jsonl with a clause text "
                                                        "column (Chinese headers work)"),
               svc: Services = Depends(services)) -> dict:
    """Start matching an uploaded list in the background and return its job id at once."""
    suffix = upload_suffix(file)
    svc.purge_jobs()  # old jobs go as new ones come: the jobs folder does not grow without bound
    job = svc.jobs.create(file.filename or f"list{suffix}")
    try:
        save_upload(file, svc.jobs.folder(job.id) / f"input{suffix}", int(svc.settings.max_upload_mb * MB))
    except BaseException:
        svc.jobs.discard(job.id)
        raise
    svc.submit_job(job.id, svc.jobs.folder(job.id) / f"input{suffix}", job.filename)
    return svc.jobs.get(job.id).to_dict()


@router.get("", response_model=list[JobOut], summary="Recent jobs")
def recent_jobs(svc: Services = Depends(services)) -> list[dict]:
    return [job.to_dict() for job in svc.jobs.recent()]


@router.get("/{job_id}", response_model=JobOut, summary="A job's state and progress")
def job_state(job_id: str, svc: Services = Depends(services)) -> dict:
    return svc.jobs.get(job_id).to_dict()


@router.get("/{job_id}/result", summary="Download a finished job's result workbook",
            response_class=FileResponse, responses={200: {"content": {XLSX: {}}}})
def job_result(job_id: str, svc: Services = Depends(services)) -> FileResponse:
    job = svc.jobs.get(job_id)
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
