"""HTTP: POST /v1/adoption — two uploaded catalogues in, adoption figures out (JSON, or the report workbook).

The main app includes this router (`app.include_router(router)`). It uses `app.state.encoder` when the app has
loaded one at start-up, and loads the configured encoder once on first use otherwise.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, File, HTTPException, Query, Request, UploadFile
from fastapi.responses import Response

from api.settings import get_settings
from compare.adoption.rate import TARGET, assess
from compare.adoption.links import DEFAULT_MIN_SCORE
from compare.adoption.report import result_to_dict, write_report
from compare.adoption.catalogue import DOMESTIC, INTERNATIONAL, read_catalogue
from compare.core.adoption_rule import rule_from
from compare.core.errors import StdcompareError
from compare.io.readers import SUPPORTED
from embeddings import EncoderError, load_encoder

router = APIRouter(prefix="/v1", tags=["adoption"])

MAX_UPLOAD_BYTES = 20 * 1024 * 1024
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def app_encoder(request: Request):
    """The encoder of the app: set at start-up as `app.state.encoder`, or loaded here once and kept there."""
    state = request.app.state
    encoder = getattr(state, "encoder", None)
    if encoder is None:
        settings = get_settings()
        encoder = load_encoder(settings.model, threads=settings.threads)
        state.encoder = encoder
    return encoder


@router.post("/adoption", summary="Adoption rate of international standards, per ICS field, with the gap list")
def adoption(
    request: Request,
    international: UploadFile = File(..., description="catalogue of international standards (.csv/.xlsx)"),
    domestic: UploadFile = File(..., description="catalogue of domestic standards with adoption notes"),
    format: Literal["json", "xlsx"] = Query("json", description="json figures, or the report workbook"),
    similarity: bool = Query(True, description="also link by cross-lingual title similarity"),
    min_score: float = Query(DEFAULT_MIN_SCORE, ge=0, le=100, description="lowest title-similarity score"),
    target: float = Query(TARGET, ge=0, le=100, description="adoption-rate target in %"),
    bodies: str | None = Query(None, description="international bodies that count, comma-separated ('*': all); "
                                                 "default ISO,IEC,ITU (the 2025 rule)"),
    levels: str | None = Query(None, description="domestic levels that adopt; default national"),
    degrees: str | None = Query(None, description="degrees that count; default IDT,MOD (NEQ never counts)"),
):
    """Link the two catalogues (declared notes, number conventions, title similarity) and return the figures."""
    with tempfile.TemporaryDirectory(prefix="stdcompare-adoption-") as folder:
        try:
            rule = rule_from(bodies, levels, degrees)
            intl = read_catalogue(_save(international, Path(folder), "international"), INTERNATIONAL)
            dom = read_catalogue(_save(domestic, Path(folder), "domestic"), DOMESTIC)
            encoder = app_encoder(request) if similarity else None
            result = assess(intl, dom, encode=encoder.encode if encoder else None,
                            encoder_name=encoder.name if encoder else "", min_score=min_score, target=target, rule=rule)
            if format == "xlsx":
                report = write_report(result, Path(folder) / "adoption-report.xlsx")
                return Response(report.read_bytes(), media_type=XLSX_TYPE,
                                headers={"Content-Disposition": 'attachment; filename="adoption-report.xlsx"'})
        except StdcompareError as exc:
            raise HTTPException(status_code=422, detail=str(exc)) from None
        except EncoderError as exc:
            raise HTTPException(status_code=503, detail=str(exc)) from None
    return result_to_dict(result)


def _save(upload: UploadFile, folder: Path, role: str) -> Path:
    """Write an upload to `folder` under a safe name that keeps its extension (the readers go by it)."""
    suffix = Path(upload.filename or "").suffix.lower()
    if suffix not in SUPPORTED:
        raise HTTPException(status_code=415, detail=f"the {role} catalogue '{upload.filename}' must be .csv, .xlsx "
                                                    "or .jsonl")
    data = upload.file.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise HTTPException(status_code=413, detail=f"the {role} catalogue is larger than "
                                                    f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MB; split it by field")
    stem = re.sub(r"[^\w.-]+", "_", Path(upload.filename or role).stem)[:60] or role
    # One folder per role, so messages name the file as the user uploaded it.
    (folder / role).mkdir()
    path = folder / role / f"{stem}{suffix}"
    path.write_bytes(data)
    return path
