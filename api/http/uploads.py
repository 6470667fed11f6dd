"""Uploaded files: a safe name to keep them under, saving in chunks up to the size limit, and a check at upload
that a file is what its name says (an .xlsx is a workbook, a .csv is text, a .jsonl holds JSON lines)."""

from __future__ import annotations

import json
import unicodedata
import zipfile
from pathlib import Path

from fastapi import UploadFile

from api.http.errors import ApiError
from compare.core.errors import InputFileError
from compare.io.readers import DOCUMENTS, READABLE, decode_text

CHUNK = 1024 * 1024
NAME_BYTES = 120     # of a stored name's stem: far below every file system's limit, with room for the suffix
SNIFF_BYTES = 64 * 1024
_UNSAFE = set('/\\:*?"<>|')


def upload_suffix(upload: UploadFile) -> str:
    """The file type from the upload's name; refused early when it is not one we read."""
    name = upload.filename or ""
    suffix = Path(name).suffix.lower()
    if suffix not in READABLE:
        raise ApiError(415, f"'{shown_name(name) or 'the upload'}' is not a file type stdcompare reads; upload "
                            ".xlsx, .csv or .jsonl (an old .xls must be saved as .xlsx first), or a standard as "
                            ".pdf, .docx or STS .xml")
    return suffix


def shown_name(filename: str | None, suffix: str = "") -> str:
    """The upload's own name, made safe to store and to show: no folders, no control or reserved characters,
    at most NAME_BYTES bytes before the suffix (a 300-character name is cut, not an error). Messages about the
    file use this name, so the user reads the name of the file they chose."""
    name = Path((filename or "").replace("\\", "/")).name
    name = "".join(ch for ch in name if ch not in _UNSAFE and unicodedata.category(ch)[0] != "C").strip(" .")
    suffix = suffix or Path(name).suffix.lower()
    stem = name[: -len(suffix)] if suffix and name.lower().endswith(suffix) else name
    cut = stem.encode("utf-8")[:NAME_BYTES].decode("utf-8", errors="ignore").strip(" .")
    return (cut or "list") + suffix if (cut or suffix) else ""


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
        raise ApiError(422, f"'{target.name}' is empty; choose the file again", code="invalid_file")
    return size


def check_content(path: Path) -> None:
    """Refuse, at upload, a file that is not what its name says (a PDF renamed .xlsx, a workbook renamed .csv),
    naming the file and saying what to do. Only the start of a text file is read."""
    name, suffix = path.name, path.suffix.lower()
    if suffix in DOCUMENTS:
        return  # a standards document (PDF, DOCX, STS XML) is checked by its reader, with its own messages
    with path.open("rb") as fh:
        head = fh.read(SNIFF_BYTES)
        more = bool(fh.read(1))
    if suffix in (".xlsx", ".xlsm"):
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            _refuse(f"'{name}' is an old Excel 97-2003 .xls file (or a password-protected workbook) under an .xlsx "
                    "name; open it in Excel or WPS and save it as .xlsx")
        try:
            with zipfile.ZipFile(path) as package:
                is_workbook = "xl/workbook.xml" in package.namelist()
        except (zipfile.BadZipFile, OSError):
            is_workbook = False
        if not is_workbook:
            _refuse(f"'{name}' is not an Excel workbook although its name ends in {suffix}; open it in Excel or WPS "
                    "and save it as .xlsx, or upload it under the name of what it is (.csv, .jsonl)")
        return
    if head.startswith(b"PK\x03\x04"):
        _refuse(f"'{name}' is a zip package (an .xlsx workbook?) although its name ends in {suffix}; if it is a "
                "workbook, rename it to .xlsx")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return  # UTF-16 with its BOM: the reader decodes it; a sample could end inside a character pair
    text = None
    for cut in range(4 if more else 1):  # a sample may end inside a character: try shorter ends
        try:
            text, _ = decode_text(head[: len(head) - cut], name)
            break
        except InputFileError as exc:
            failure = exc
    if text is None:
        _refuse(str(failure))
    if suffix == ".jsonl":
        lines = text.splitlines()
        if more and lines:
            lines.pop()  # the sample's last line may be cut off
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                ok = isinstance(json.loads(line), dict)
            except json.JSONDecodeError:
                ok = False
            if not ok:
                _refuse(f"'{name}' line {number} is not a JSON object; a .jsonl file holds one JSON object per line "
                        "(if it is a table, save it as .csv or .xlsx)")


def _refuse(message: str) -> None:
    raise ApiError(415, message, code="file_not_what_its_name_says")
