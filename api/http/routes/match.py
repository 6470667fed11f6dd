"""Endpoints that find and compare counterparts: match one or a batch, search with filters, compare two clauses."""

from __future__ import annotations

from typing import Literal, Optional

from fastapi import APIRouter, Depends, Query
from starlette.concurrency import run_in_threadpool

from api.http.deps import json_content, services
from api.http.schemas import (MAX_TEXT_CHARS, BatchMatchRequest, BatchMatchResponse, CompareRequest, CompareResponse,
                         MatchOut, MatchRequest)
from api.http.security import read_access
from api.http.services import Services
from compare import compare_pair
from compare.core.policy import TOP_K
from compare.matching.lists import attach_comparisons, match_rows
from compare.core.model import InputRow, MatchResult
from compare.matching.ranking import Ranking
from compare.matching.search import SearchFilters, search_filtered
from compare.terms.grow import store_termbase
from compare.io.writers import result_to_dict

router = APIRouter(prefix="/v1", tags=["match"], dependencies=[Depends(read_access)])


def match_out(result: MatchResult, svc: Services, *, compare: bool) -> dict:
    """The CLI's JSON shape of a result; with `compare`, each counterpart carries its indicator verdicts."""
    if compare:
        result = next(attach_comparisons([result], svc.encoder, termbase=store_termbase(svc.store.path)))
    return result_to_dict(result)


def _search(svc: Services, text: str, top_k: int, filters: SearchFilters, compare: bool) -> dict:
    return match_out(search_filtered(text, svc.store, svc.encoder, top_k=top_k, filters=filters,
                                     ranking=Ranking(**svc.settings.ranking_options())), svc,
                     compare=compare)


@router.post("/match", response_model=MatchOut, dependencies=[Depends(json_content)],
             summary="Find the counterparts of one clause")
async def match_one(body: MatchRequest, svc: Services = Depends(services)) -> dict:
    # answered with the other searches arriving meanwhile (api/http/batching.py), as `search` answers it alone
    return await svc.searches.match(body.text, top_k=body.top_k, side=body.side, min_score=body.min_score,
                                    compare=body.compare)


@router.post("/match/batch", response_model=BatchMatchResponse, dependencies=[Depends(json_content)],
             summary="Find the counterparts of many clauses")
def match_batch(body: BatchMatchRequest, svc: Services = Depends(services)) -> dict:
    rows = [InputRow(row=i, line=i, text=item.text, standard=item.standard, clause=item.clause)
            for i, item in enumerate(body.items, start=1)]
    results = match_rows(rows, svc.store, svc.encoder, top_k=body.top_k, target_side=body.side,
                         ranking=Ranking(one_to_one=body.one_to_one, **svc.settings.ranking_options()))
    if body.compare:
        results = attach_comparisons(results, svc.encoder, termbase=store_termbase(svc.store.path))
    return {"results": [result_to_dict(r) for r in results]}


@router.get("/search", response_model=MatchOut, summary="Search counterparts with filters")
async def search(
    q: str = Query(..., min_length=1, max_length=MAX_TEXT_CHARS, description="a clause, Chinese or English"),
    side: Optional[Literal["domestic", "international"]] = Query(None, description="side to search; default: "
                                                                 "the opposite of the text's language"),
    body: Optional[str] = Query(None, max_length=50, description="standards body: ISO, IEC, Codex, GB, GB/T..."),
    standard: Optional[str] = Query(None, max_length=200, description="search only this standard's clauses"),
    top_k: int = Query(TOP_K, ge=1, le=100, description="counterparts to return"),
    min_score: float = Query(0, ge=0, le=100, description="leave out counterparts scoring below this"),
    compare: bool = Query(False, description="add the indicator comparison to each counterpart"),
    svc: Services = Depends(services),
) -> dict:
    if not body and not standard:  # the plain search: batched with the others, as /v1/match
        return await svc.searches.match(q, top_k=top_k, side=side, min_score=min_score, compare=compare)
    filters = SearchFilters(side=side, body=body or None, standard=standard or None, min_score=min_score)
    return await run_in_threadpool(_search, svc, q, top_k, filters, compare)


@router.post("/compare", response_model=CompareResponse, dependencies=[Depends(json_content)],
             summary="Compare the indicators of two clauses")
def compare(body: CompareRequest, svc: Services = Depends(services)) -> dict:
    return compare_pair(body.domestic, body.international, svc.encoder, store_termbase(svc.store.path))
