"""Health, statistics and the TMX export."""

from __future__ import annotations

from importlib import metadata

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from api.http.deps import services
from api.http.schemas import Health
from api.http.security import read_access
from api.http.services import Services
from compare import consistency_of
from compare.core.policy import ADOPTION_TARGET_PERCENT, ADOPTION_TARGET_SOURCE, MATCH_SCORE
from compare.io.pairs import confirmed_pairs, export_pairs
from compare.io.tmx import pairs_to_tmx

router = APIRouter(prefix="/v1", tags=["info"], dependencies=[Depends(read_access)])
probe = APIRouter(prefix="/v1", tags=["info"])  # no key: load balancers and monitors probe it

CONSISTENCY_SAMPLE = 500  # confirmed pairs compared for the statistics; beyond this the figure is a sample


def version() -> str:
    try:
        return metadata.version("stdcompare")
    except metadata.PackageNotFoundError:
        return "0+unknown"


@probe.get("/health", response_model=Health, summary="Is the server up, and what does it hold (no key needed)")
def health(svc: Services = Depends(services)) -> dict:
    stats = svc.store.stats()
    # no store path: a response never shows where the server keeps its files
    return {"status": "ok", "encoder": svc.encoder.name, "clauses": stats["clauses"], "version": version()}


@router.get("/statistics", summary="Counts, reviews, jobs, adoption and consistency figures")
def statistics(svc: Services = Depends(services)) -> dict:
    stats = svc.store.stats()
    pairs = confirmed_pairs(svc.store)
    return {
        "standards": stats["standards"],
        "clauses": stats["clauses"],
        "encoder": stats["encoder"],
        "reviews": {d: stats["reviewed_links"].get(d, 0) for d in ("confirmed", "rejected")},
        "jobs": svc.jobs.counts(),
        "confirmed_pairs": len(pairs),
        "consistency": _consistency(pairs, svc),
        # the adoption rate is computed from two catalogues (POST /v1/adoption), not from the clause store
        "adoption": None,
        "target": {"adoption_rate": ADOPTION_TARGET_PERCENT, "source": ADOPTION_TARGET_SOURCE},
    }


def _consistency(pairs: list, svc: Services) -> dict | None:
    """Indicator verdicts over the confirmed pairs (the first CONSISTENCY_SAMPLE of them)."""
    if not pairs:
        return None
    sample = pairs[:CONSISTENCY_SAMPLE]
    return {"pairs": len(sample), **consistency_of(((p.domestic.text, p.international.text) for p in sample),
                                                  svc.encoder)}


@router.get("/export.tmx", summary="Export counterpart pairs as TMX 1.4 for CAT tools",
            response_class=Response, responses={200: {"content": {"application/x-tmx+xml": {}}}})
def export_tmx(
    top: bool = Query(False, description="also export, for each domestic clause without a confirmed pair, its "
                                         "best international match, marked as a counterpart (not a "
                                         "translation): <prop type=\"x-relation\">counterpart</prop>"),
    min_score: float = Query(MATCH_SCORE, ge=0, le=100, description="minimum score of the pairs added by `top`"),
    svc: Services = Depends(services),
) -> Response:
    pairs = export_pairs(svc.store, top=top, min_score=min_score)
    return Response(pairs_to_tmx(pairs, tool_version=version()), media_type="application/x-tmx+xml",
                    headers={"Content-Disposition": 'attachment; filename="stdcompare.tmx"'})

