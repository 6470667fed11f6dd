"""POST /v1/adoption: two uploaded catalogues in, adoption figures out (JSON, or the report workbook).

Like every route it uses what the app opened at start-up (api/http/services.py): its settings, its encoder
and its upload limit; errors become responses in the one table of api/http/errors.py.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Literal

from fastapi import APIRouter, Depends, File, Query, UploadFile
from fastapi.responses import Response

from api.http.deps import services
from api.http.security import MB, read_access
from api.http.services import Services
from api.http.uploads import save_upload, upload_suffix
from compare.adoption.catalogue import DOMESTIC, INTERNATIONAL, read_catalogue
from compare.adoption.rate import assess
from compare.adoption.report import result_to_dict, write_report
from compare.core.adoption_rule import rule_from
from compare.core.policy import ADOPTION_TARGET_PERCENT, MATCH_SCORE

router = APIRouter(prefix="/v1", tags=["adoption"], dependencies=[Depends(read_access)])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.post("/adoption", summary="Adoption rate of international standards, per ICS field, with the gap list",
             responses={200: {"content": {XLSX: {}}}})
def adoption(
    international: UploadFile = File(..., description="catalogue of international standards (.csv/.xlsx)"),
    domestic: UploadFile = File(..., description="catalogue of domestic standards with adoption notes"),
    format: Literal["json", "xlsx"] = Query("json", description="json figures, or the report workbook"),
    similarity: bool = Query(True, description="also link by cross-lingual title similarity"),
    min_score: float = Query(MATCH_SCORE, ge=0, le=100, description="lowest title-similarity score"),
    target: float = Query(ADOPTION_TARGET_PERCENT, ge=0, le=100, description="adoption-rate target in %"),
    bodies: str | None = Query(None, description="international bodies that count, comma-separated ('*': all); "
                                                 "default ISO,IEC,ITU (the 2025 rule)"),
    levels: str | None = Query(None, description="domestic levels that adopt; default national"),
    degrees: str | None = Query(None, description="degrees that count; default IDT,MOD (NEQ never counts)"),
    svc: Services = Depends(services),
):
    """Link the two catalogues (declared notes, number conventions, title similarity) and return the figures."""
    limit = int(svc.settings.max_upload_mb * MB)
    with tempfile.TemporaryDirectory(prefix="stdcompare-adoption-") as folder:
        rule = rule_from(bodies, levels, degrees)
        intl = read_catalogue(_saved(international, Path(folder) / INTERNATIONAL, limit), INTERNATIONAL)
        dom = read_catalogue(_saved(domestic, Path(folder) / DOMESTIC, limit), DOMESTIC)
        encoder = svc.encoder if similarity else None
        result = assess(intl, dom, encode=encoder.encode if encoder else None,
                        encoder_name=encoder.name if encoder else "", min_score=min_score, target=target, rule=rule)
        if format == "xlsx":
            report = write_report(result, Path(folder) / "adoption-report.xlsx")
            return Response(report.read_bytes(), media_type=XLSX,
                            headers={"Content-Disposition": 'attachment; filename="adoption-report.xlsx"'})
    return result_to_dict(result)


def _saved(upload: UploadFile, folder: Path, limit: int) -> Path:
    """The upload written into `folder` under a safe form of its own name, so that messages name the file as
    the user uploaded it; the extension is kept (the readers go by it)."""
    suffix = upload_suffix(upload)
    stem = re.sub(r"[^\w.-]+", "_", Path(upload.filename or "").stem)[:60].lstrip(".") or "catalogue"
    folder.mkdir()
    target = folder / f"{stem}{suffix}"
    save_upload(upload, target, limit)
    return target
