"""OpenRefine reconciliation service, API 0.2, at /reconcile: manifest, batched queries, preview.

Entities are international clauses (id: the clause's row id) and international standards (id: the standard
number). Scores are the 0-100 similarity scores; `match: true` only for a single clear winner.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any, Optional, Union

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from api.http.deps import services
from api.http.errors import ApiError
from api.http.routes.info import version
from api.http.security import read_access
from api.http.services import Services
from compare.core.errors import NotFoundError
from compare.matching.reconcile import clear_winner, standards_from_clauses
from compare.matching.search import SearchFilters, search_filtered

router = APIRouter(prefix="/reconcile", tags=["reconcile"], dependencies=[Depends(read_access)])

TYPES = {"clause": "International clause / 国际标准条款", "standard": "International standard / 国际标准"}
PROPERTIES = {"body": "standards body (ISO, IEC, Codex, ...)", "standard": "standard number"}
MAX_QUERIES = 100
DEFAULT_LIMIT = 5
_CALLBACK = re.compile(r"^[A-Za-z_$][\w$.]{0,63}$")


class PropertyValue(BaseModel):
    pid: str
    v: Any


class ReconQuery(BaseModel):
    # OpenRefine sends more than it needs (type_strict, ...): extra keys are accepted and ignored.
    model_config = ConfigDict(extra="ignore")
    query: str = Field("", max_length=20_000)
    type: Optional[Union[str, list[str]]] = None
    limit: Optional[int] = Field(None, ge=1, le=100)
    properties: list[PropertyValue] = []


def manifest(request: Request) -> dict:
    base = str(request.base_url).rstrip("/")
    return {
        "versions": ["0.1", "0.2"],
        "name": "stdcompare: international standards and clauses",
        "identifierSpace": "http://stdcompare.local/entity/",
        "schemaSpace": "http://stdcompare.local/type/",
        "serviceVersion": version(),
        "documentation": f"{base}/docs",
        "defaultTypes": [{"id": k, "name": v} for k, v in TYPES.items()],
        "view": {"url": f"{base}/reconcile/preview?id={{{{id}}}}"},
        "preview": {"url": f"{base}/reconcile/preview?id={{{{id}}}}", "width": 430, "height": 160},
    }


def _first_value(v: Any) -> str:
    if isinstance(v, list):
        v = v[0] if v else ""
    if isinstance(v, dict):
        v = v.get("id") or v.get("name") or ""
    return str(v).strip()


def _filters(query: ReconQuery) -> SearchFilters:
    values: dict[str, str] = {}
    for prop in query.properties:
        if prop.pid not in PROPERTIES:
            raise ApiError(400, f"unknown property '{prop.pid}'; this service filters by: {', '.join(PROPERTIES)}",
                           code="unknown_property")
        values[prop.pid] = _first_value(prop.v)
    return SearchFilters(side="international", body=values.get("body") or None,
                         standard=values.get("standard") or None)


def _type_of(query: ReconQuery) -> str:
    kind = query.type[0] if isinstance(query.type, list) and query.type else query.type
    if kind in (None, ""):
        return "clause"
    if kind not in TYPES:
        raise ApiError(400, f"unknown type '{kind}'; use one of: {', '.join(TYPES)}", code="unknown_type")
    return kind


def reconcile_one(query: ReconQuery, svc: Services) -> list[dict]:
    """The candidates of one query, best first, in the protocol's shape."""
    kind, filters = _type_of(query), _filters(query)
    limit = query.limit or DEFAULT_LIMIT
    if kind == "standard":
        results = _standards(query, filters, limit, svc)
    elif query.query.strip():
        found = search_filtered(query.query, svc.store, svc.encoder, top_k=limit, filters=filters)
        results = [{"id": str(c.clause.id), "name": f"{c.clause.standard} {c.clause.clause}".strip(),
                    "description": c.clause.text[:300], "score": c.score,
                    "type": [{"id": "clause", "name": TYPES["clause"]}]} for c in found.matches]
    else:
        results = []
    winner = clear_winner([r["score"] for r in results])
    return [{**r, "match": winner and i == 0} for i, r in enumerate(results)]


def _standards(query: ReconQuery, filters: SearchFilters, limit: int, svc: Services) -> list[dict]:
    number = query.query.strip() or (filters.standard or "")
    exact = _standard_by_number(number, svc)
    if exact:
        return [exact]
    if not query.query.strip():
        return []
    found = search_filtered(query.query, svc.store, svc.encoder, top_k=limit * 5, filters=filters)
    return [{"id": hit.number, "name": f"{hit.number} {hit.title}".strip(), "score": hit.score,
             "description": f"best clause: {hit.best_clause}", "type": [{"id": "standard", "name": TYPES["standard"]}]}
            for hit in standards_from_clauses(found.matches, limit)]


def _standard_by_number(number: str, svc: Services) -> dict | None:
    """A query that is exactly the number of a stored international standard is that standard, score 100."""
    if not number or len(number) > 200:
        return None
    try:
        clauses = svc.store.standard_clauses(number)
    except NotFoundError:
        return None
    first = clauses[0]
    if first.side != "international":
        return None
    return {"id": first.standard, "name": f"{first.standard} {first.title}".strip(), "score": 100.0,
            "description": f"{len(clauses)} clauses", "type": [{"id": "standard", "name": TYPES["standard"]}]}


def _parse_batch(raw: str) -> dict[str, ReconQuery]:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise ApiError(400, f"'queries' is not valid JSON ({exc.msg}); send an object such as "
                            '{"q0": {"query": "..."}}', code="malformed_json") from None
    if not isinstance(data, dict) or not data:
        raise ApiError(400, "'queries' must be a non-empty JSON object mapping keys to queries", code="bad_queries")
    if len(data) > MAX_QUERIES:
        raise ApiError(400, f"{len(data)} queries in one batch; send at most {MAX_QUERIES}", code="bad_queries")
    try:
        return {str(k): ReconQuery.model_validate(v) for k, v in data.items()}
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ()))
        raise ApiError(400, f"a query is not valid: {where or 'query'}: {first.get('msg')}",
                       code="bad_queries") from None


def _respond(payload: Any, callback: Optional[str]) -> Response:
    if callback is None:
        return JSONResponse(payload)
    if not _CALLBACK.match(callback):
        raise ApiError(400, "callback must be a JavaScript identifier", code="bad_callback")
    return Response(f"{callback}({json.dumps(payload)});", media_type="application/javascript")


def _answer(svc: Services, request: Request, queries: Optional[str], query: Optional[str],
            callback: Optional[str]) -> Response:
    if queries is not None:
        batch = _parse_batch(queries)
        return _respond({key: {"result": reconcile_one(q, svc)} for key, q in batch.items()}, callback)
    if query is not None:  # API 0.1: a single query, as text or as a JSON object
        single = _parse_batch('{"q": ' + query + "}")["q"] if query.lstrip().startswith("{") else \
            ReconQuery(query=query)
        return _respond({"result": reconcile_one(single, svc)}, callback)
    return _respond(manifest(request), callback)


@router.get("", summary="Reconciliation: manifest, or queries by GET")
def reconcile_get(request: Request,
                  queries: Optional[str] = Query(None, max_length=1_000_000, description="a JSON batch of queries"),
                  query: Optional[str] = Query(None, max_length=20_000, description="a single query (API 0.1)"),
                  callback: Optional[str] = Query(None, max_length=64, description="JSONP callback name"),
                  svc: Services = Depends(services)) -> Response:
    return _answer(svc, request, queries, query, callback)


@router.post("", summary="Reconciliation: batched queries by POST (form field 'queries')")
def reconcile_post(request: Request,
                   queries: Optional[str] = Form(None, description="a JSON batch of queries"),
                   query: Optional[str] = Form(None, max_length=20_000, description="a single query (API 0.1)"),
                   svc: Services = Depends(services)) -> Response:
    return _answer(svc, request, queries, query, None)


@router.get("/preview", response_class=HTMLResponse, summary="HTML preview of a clause or standard")
def preview(id: str = Query(..., min_length=1, max_length=200, description="an entity id from a result"),
            svc: Services = Depends(services)) -> HTMLResponse:
    if id.isdigit():
        clause = svc.store.clauses([int(id)]).get(int(id))
        if clause is None:
            raise NotFoundError(f"no clause with id {id}")
        head, text = f"{clause.standard} {clause.clause}", clause.text
    else:
        clauses = svc.store.standard_clauses(id)
        head, text = f"{id} {clauses[0].title}", f"{len(clauses)} clauses; first: {clauses[0].text}"
    page = (f'<html><head><meta charset="utf-8"></head><body style="font:13px sans-serif;margin:6px">'
            f"<b>{html.escape(head)}</b><p>{html.escape(text[:1200])}</p></body></html>")
    return HTMLResponse(page)
