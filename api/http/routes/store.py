"""Endpoints that read and change what the store holds: ingest, standards, reviews."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Literal, Optional

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile

from api.http.deps import json_content, services
from api.http.errors import ApiError
from api.http.schemas import (DeleteResponse, IngestRequest, IngestResponse, ReviewIn, ReviewOut, ReviewWorkbookOut,
                         StandardOut, StandardsPageOut, TextReviewIn)
from api.http.security import MB, read_access, require_write_key
from api.http.services import Services
from api.http.uploads import check_content, save_upload, shown_name, upload_suffix
from compare.store.catalog import list_standards, resolve_number
from compare.store.ingest import prepare_records
from compare.core.model import InputRow
from compare.io.readers import open_table
from compare.io.pairs import record_review, record_text_review
from compare.io.review import apply_review
from compare.workflows import ingest_clauses as ingest_into_store  # the route below is named ingest_clauses

router = APIRouter(prefix="/v1", tags=["store"])


def _ingest(svc: Services, rows, *, side, standard=None, skip_invalid: bool, document=None) -> IngestResponse:
    prepared = prepare_records(rows, side=side, standard=standard, skip_invalid=skip_invalid)
    report = ingest_into_store(svc.store, prepared.records, svc.encoder)
    return IngestResponse(ingested=len(prepared.records), added=report.added, replaced=report.replaced,
                          standards=report.standards, store_clauses=report.sides, warnings=prepared.warnings,
                          reading=document.summary() if document is not None else None)


@router.post("/clauses", response_model=IngestResponse, dependencies=[Depends(require_write_key),
                                                                      Depends(json_content)],
             summary="Ingest clauses (JSON)")
def ingest_clauses(body: IngestRequest, svc: Services = Depends(services)) -> IngestResponse:
    """Add or replace clauses. All or nothing: an invalid row refuses the request unless `skip_invalid`."""
    rows = [InputRow(row=i, line=i, text=c.text, standard=c.standard, clause=c.clause, title=c.title, lang=c.lang)
            for i, c in enumerate(body.clauses, start=1)]
    return _ingest(svc, rows, side=body.side, skip_invalid=body.skip_invalid)


@router.post("/ingest", response_model=IngestResponse, dependencies=[Depends(require_write_key)],
             summary="Ingest a file of clauses (upload)")
def ingest_file(
    file: UploadFile = File(..., description=".xlsx, .csv or .jsonl with standard, clause and text columns"),
    side: Optional[Literal["domestic", "international"]] = Form(None, description="side of every clause"),
    standard: Optional[str] = Form(None, max_length=200, description="standard number for every row"),
    skip_invalid: bool = Form(False, description="leave out invalid rows"),
    svc: Services = Depends(services),
) -> IngestResponse:
    """Add or replace the clauses of an uploaded file, as `stdcompare ingest` does."""
    suffix = upload_suffix(file)
    with tempfile.TemporaryDirectory(dir=_scratch(svc)) as tmp:
        path = Path(tmp) / shown_name(file.filename, suffix)  # messages name the user's file
        save_upload(file, path, int(svc.settings.max_upload_mb * MB))
        check_content(path)
        table = open_table(path)
        return _ingest(svc, table.rows(), side=side, standard=standard, skip_invalid=skip_invalid,
                       document=table.document)


@router.get("/standards", response_model=StandardsPageOut, dependencies=[Depends(read_access)],
            summary="List the standards the store holds (paged, with filters)")
def standards(
    body: Optional[str] = Query(None, max_length=50, description="standards body: ISO, IEC, CXS, GB, GB/T ..."),
    side: Optional[Literal["domestic", "international"]] = Query(None, description="domestic or international"),
    text: Optional[str] = Query(None, max_length=200, description="found in the number or the title"),
    offset: int = Query(0, ge=0, description="skip this many (paging)"),
    limit: int = Query(50, ge=1, le=500, description="return at most this many"),
    svc: Services = Depends(services),
) -> dict:
    page = list_standards(svc.store, body=body, side=side, text=text, offset=offset, limit=limit)
    return {"total": page.total, "offset": page.offset, "limit": page.limit,
            "standards": [s.to_dict() for s in page.standards]}


@router.get("/standards/{number:path}", response_model=StandardOut, dependencies=[Depends(read_access)],
            summary="Get a standard and its clauses (the year may be left out: 'CXS 193')")
def get_standard(number: str, svc: Services = Depends(services)) -> StandardOut:
    clauses = svc.store.standard_clauses(resolve_number(svc.store, number))
    first = clauses[0]
    return StandardOut(number=first.standard, body=first.body, title=first.title, side=first.side,
                       clauses=[{"id": c.id, "clause": c.clause, "text": c.text, "lang": c.lang, "side": c.side}
                                for c in clauses])


@router.delete("/standards/{number:path}", response_model=DeleteResponse,
               dependencies=[Depends(require_write_key)], summary="Delete a standard and its clauses")
def delete_standard(number: str, svc: Services = Depends(services)) -> DeleteResponse:
    return DeleteResponse(number=number, clauses_removed=svc.store.delete_standard(number))


@router.post("/reviews", response_model=ReviewOut, dependencies=[Depends(require_write_key),
                                                                 Depends(json_content)],
             summary="Confirm or reject a counterpart pair")
def review_pair(body: ReviewIn, svc: Services = Depends(services)) -> ReviewOut:
    """Record a reviewer's decision on a pair, as `stdcompare review` does with a workbook: confirmed pairs
    lead later matches and go into the TMX export; rejected ones are left out of later matches."""
    source = "api" + (f": {body.reviewer}" if body.reviewer else "")
    key, counterpart = record_review(svc.store, (body.domestic_standard, body.domestic_clause),
                                     (body.international_standard, body.international_clause), body.decision, source)
    return next(r for r in _reviews(svc, body.decision)
                if r.query == key and (r.counterpart_standard, r.counterpart_clause) == (counterpart.standard,
                                                                                        counterpart.clause))


@router.post("/reviews/text", response_model=ReviewOut, dependencies=[Depends(require_write_key),
                                                                      Depends(json_content)],
             summary="Confirm or reject a searched text's counterpart (the web page's search results)")
def review_text(body: TextReviewIn, svc: Services = Depends(services)) -> ReviewOut:
    """Record a decision on a pasted text and one of its counterparts: the same text searched again shows a
    confirmed counterpart first and leaves a rejected one out; confirmed pairs go into the TMX export."""
    source = "web" + (f": {body.reviewer}" if body.reviewer else "")
    key, counterpart = record_text_review(svc.store, body.text, (body.standard, body.clause), body.decision, source)
    return next(r for r in _reviews(svc, body.decision)
                if r.query == key and (r.counterpart_standard, r.counterpart_clause) == (counterpart.standard,
                                                                                        counterpart.clause))


@router.post("/reviews/workbook", response_model=ReviewWorkbookOut, dependencies=[Depends(require_write_key)],
             summary="Read a reviewed result workbook back (确认 / 驳回 / 待定)")
def review_workbook(file: UploadFile = File(..., description="a job's result workbook with its Review column "
                                                             "filled in"),
                    svc: Services = Depends(services)) -> ReviewWorkbookOut:
    """Store the decisions of a reviewed workbook, as `stdcompare review` does."""
    if upload_suffix(file) != ".xlsx":
        raise ApiError(415, "upload the reviewed result workbook (.xlsx) that stdcompare wrote")
    with tempfile.TemporaryDirectory(dir=_scratch(svc)) as tmp:
        # the name is the decisions' source; a safe one (a 300-character name is cut, not a server error)
        path = Path(tmp) / shown_name(file.filename or "reviewed.xlsx", ".xlsx")
        save_upload(file, path, int(svc.settings.max_upload_mb * MB))
        check_content(path)
        report = apply_review(path, svc.store)
    return ReviewWorkbookOut(confirmed=report.confirmed, rejected=report.rejected, pending=report.pending,
                             problems=report.problems)


@router.get("/reviews", response_model=list[ReviewOut], dependencies=[Depends(read_access)],
            summary="List reviewed pairs")
def list_reviews(decision: Optional[Literal["confirmed", "rejected"]] = None,
                 svc: Services = Depends(services)) -> list[ReviewOut]:
    return _reviews(svc, decision)


def _reviews(svc: Services, decision: str | None) -> list[ReviewOut]:
    links = svc.store.links(decision)
    counterparts = svc.store.clauses({cid for _, cid, *_ in links})
    return [ReviewOut(query=key, counterpart_standard=counterparts[cid].standard,
                      counterpart_clause=counterparts[cid].clause, decision=d, source=source, decided_at=at)
            for key, cid, d, source, at in links if cid in counterparts]


def _scratch(svc: Services) -> Path:
    """The store's own scratch folder (compare.store.layout), where uploads wait while they are read."""
    folder = svc.store.layout.temp
    folder.mkdir(exist_ok=True)
    return folder
