"""Save an uploaded file to disk in chunks, refusing it once it passes the size limit."""

from __future__ import annotations

from pathlib import Path

from fastapi import UploadFile

from api.http.errors import ApiError
from compare.io.readers import SUPPORTED

CHUNK = 1024 * 1024


def upload_suffix(upload: UploadFile) -> str:
    """The file type from the upload's name; refused early when it is not one we read."""
    name = upload.filename or ""
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise ApiError(415, f"'{name or 'the upload'}' is not a file type stdcompare reads; upload .xlsx, .csv or "
                            ".jsonl (an old .xls must be saved as .xlsx first)")
    return suffix


def save_upload(upload: UploadFile, target: Path, max_bytes: int) -> int:
    """Copy the upload to `target`; returns its size. Over `max_bytes`, the partial file is removed."""
    size = 0
    try:
        with target.open("wb") as out:
            while chunk := upload.file.read(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise ApiError(413, f"the upload is larger than the limit of {max_bytes / CHUNK:.3g} MB; "
                                        "split the list into smaller files")
                out.write(chunk)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    if size == 0:
        target.unlink(missing_ok=True)
        raise ApiError(422, f"'{upload.filename}' is empty; choose the file again", code="invalid_file")
    return size
