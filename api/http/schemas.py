"""Request and response shapes of the HTTP API. Every field is described: they make the OpenAPI schema.
Requests refuse unknown fields, so a typo is an error rather than silently ignored."""

from __future__ import annotations

from typing import Any, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

from compare.core.policy import MAX_CELL_CHARS, TOP_K

MAX_TEXT_CHARS = MAX_CELL_CHARS  # a clause is a paragraph; the length lists are cut to, far beyond any real one
MAX_BATCH = 1_000         # clauses per match batch
MAX_INGEST = 20_000       # clauses per JSON ingest

Side = Literal["domestic", "international"]
TopK = Field(TOP_K, ge=1, le=100, description="how many counterparts to return")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ClauseIn(Strict):
    standard: str = Field(..., min_length=1, max_length=200, description="standard number, e.g. 'GB 2762-2022'")
    clause: str = Field("", max_length=200, description="clause number, e.g. '4.1' or 'Table 1 row 3'")
    text: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="the clause text")
    title: str = Field("", max_length=1000, description="title of the standard")
    lang: str = Field("", max_length=16, description="language code (zh, en, ...); default: detected")


class IngestRequest(Strict):
    clauses: list[ClauseIn] = Field(..., min_length=1, max_length=MAX_INGEST, description="clauses to add or "
                                    "replace; a (standard, clause) already stored is replaced")
    side: Optional[Side] = Field(None, description="side of every clause; default: from the language "
                                                   "(Chinese = domestic)")
    skip_invalid: bool = Field(False, description="leave out invalid rows instead of refusing the whole request")


class IngestResponse(BaseModel):
    ingested: int = Field(description="clauses written")
    added: int = Field(description="clauses new to the store")
    replaced: int = Field(description="clauses that replaced a stored one")
    standards: int = Field(description="standards touched")
    store_clauses: dict[str, int] = Field(description="clauses now in the store, per side")
    warnings: list[str] = Field(description="rows repeated or skipped")
    reading: Optional[str] = Field(None, description="for a standards document (PDF, DOCX, STS XML): how it was "
                                                     "read: units, pages, pages OCR'd (engine, mean confidence), "
                                                     "pages skipped and why")


class Counterpart(BaseModel):
    standard: str = Field(description="standard number of the counterpart")
    clause: str = Field(description="clause number of the counterpart")
    text: str = Field(description="text of the counterpart clause")
    score: float = Field(description="similarity score 0-100 (100 x cosine)")
    title: str = Field(description="title of the counterpart's standard")
    lang: str = Field(description="language of the counterpart")
    side: str = Field(description="side of the counterpart (domestic or international)")
    confirmed: bool = Field(False, description="a reviewer confirmed this pair; confirmed pairs come first")
    verdict: Optional[str] = Field(None, description="overall indicator verdict of the pair (consistent, "
                                                     "stricter, looser, different; none when no indicator was "
                                                     "read in either clause), with compare=true")
    consistency: Optional[float] = Field(None, description="indicator consistency score 0-100, with compare=true "
                                                           "(null when the verdict is none)")
    indicators: Optional[list[dict[str, Any]]] = Field(None, description="indicator pairs: parameter, domestic "
                                                       "and international values, verdict (compare=true)")


class MatchOut(BaseModel):
    row: int = Field(description="position of the query in the request, from 1")
    standard: str = Field(description="standard number given with the query")
    clause: str = Field(description="clause number given with the query")
    text: str = Field(description="the query text")
    lang: str = Field(description="language of the query")
    target_side: str = Field(description="side searched")
    matches: list[Counterpart] = Field(description="counterparts, best first")
    note: Optional[str] = Field(None, description="why there are no matches, when there are none")


class MatchRequest(Strict):
    text: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="a clause, Chinese or English")
    top_k: int = TopK
    side: Optional[Side] = Field(None, description="side to search; default: the opposite of the text's language")
    min_score: float = Field(0, ge=0, le=100, description="leave out counterparts scoring below this")
    compare: bool = Field(False, description="add the indicator verdicts to each counterpart (as `stdcompare "
                                             "match` writes them)")


class BatchItem(Strict):
    text: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="clause text")
    standard: str = Field("", max_length=200, description="the query's own standard number (echoed back)")
    clause: str = Field("", max_length=200, description="the query's own clause number (echoed back)")


class BatchMatchRequest(Strict):
    items: list[BatchItem] = Field(..., min_length=1, max_length=MAX_BATCH, description="clauses to match")
    top_k: int = TopK
    side: Optional[Side] = Field(None, description="side to search; default: per item, the opposite of its "
                                                   "language")
    compare: bool = Field(False, description="add the indicator verdicts to each counterpart")
    one_to_one: bool = Field(False, description="treat the items as a list (as `stdcompare match` does): when "
                                                "several items want the same counterpart, give it to the one it "
                                                "suits best and put the others' next best first "
                                                "(README, \"Matching quality\": the 1:1 assignment)")


class BatchMatchResponse(BaseModel):
    results: list[MatchOut] = Field(description="one result per item, in order")


class CompareRequest(Strict):
    domestic: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="the domestic clause")
    international: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="the international "
                                                                                         "clause")


class CompareResponse(BaseModel):
    overall: str = Field(description="overall verdict from the domestic side: consistent, stricter, looser, "
                                     "different; none when no indicator was read in either clause (nothing compared)")
    score: Optional[float] = Field(description="indicator consistency score 0-100; null when overall is none")
    indicators: list[dict[str, Any]] = Field(description="indicator pairs: parameter, domestic and international "
                                                         "values (as written and normalised), verdict, reason")
    notes: list[str] = Field([], description="what could not be compared, and why")
    similarity: float = Field(description="similarity score 0-100 of the two texts")


class ClauseOut(BaseModel):
    id: int = Field(description="row id in the store")
    clause: str = Field(description="clause number")
    text: str = Field(description="clause text")
    lang: str = Field(description="language")
    side: str = Field(description="domestic or international")


class StandardOut(BaseModel):
    number: str = Field(description="standard number")
    body: str = Field(description="standards body or prefix (ISO, GB/T, Codex, ...)")
    title: str = Field(description="title")
    side: str = Field(description="domestic or international")
    clauses: list[ClauseOut] = Field(description="its clauses, in the order they were added")


class StandardSummaryOut(BaseModel):
    number: str = Field(description="standard number")
    body: str = Field(description="standards body or prefix (ISO, GB/T, Codex, ...)")
    title: str = Field(description="title")
    side: str = Field(description="domestic or international")
    lang: str = Field(description="language of its clauses")
    clauses: int = Field(description="clauses stored")


class StandardsPageOut(BaseModel):
    total: int = Field(description="standards matching the filters")
    offset: int = Field(description="position of the first one returned")
    limit: int = Field(description="most returned at once")
    standards: list[StandardSummaryOut] = Field(description="this page, ordered by number")


class DeleteResponse(BaseModel):
    number: str = Field(description="the standard deleted")
    clauses_removed: int = Field(description="clauses removed with it")


class ReviewIn(Strict):
    domestic_standard: str = Field(..., min_length=1, max_length=200, description="domestic standard number")
    domestic_clause: str = Field("", max_length=200, description="domestic clause number")
    international_standard: str = Field(..., min_length=1, max_length=200, description="international standard "
                                                                                       "number")
    international_clause: str = Field("", max_length=200, description="international clause number")
    decision: Literal["confirmed", "rejected"] = Field(..., description="the reviewer's decision on the pair")
    reviewer: str = Field("", max_length=200, description="who decided (kept as the link's source)")


class TextReviewIn(Strict):
    text: str = Field(..., min_length=1, max_length=MAX_TEXT_CHARS, description="the searched text (a clause "
                                                                                 "pasted by a translator)")
    standard: str = Field(..., min_length=1, max_length=200, description="standard number of the counterpart")
    clause: str = Field("", max_length=200, description="clause number of the counterpart")
    decision: Literal["confirmed", "rejected"] = Field(..., description="the reviewer's decision on the pair")
    reviewer: str = Field("", max_length=200, description="who decided (kept as the link's source)")


class ReviewOut(BaseModel):
    query: str = Field(description="the query the decision is for: 'clause:STANDARD|CLAUSE' or 'text:...'")
    counterpart_standard: str = Field(description="standard number of the counterpart")
    counterpart_clause: str = Field(description="clause number of the counterpart")
    decision: str = Field(description="confirmed or rejected")
    source: str = Field(description="where the decision came from (a reviewed workbook, or the API and reviewer)")
    decided_at: str = Field(description="when (UTC, as SQLite records it)")


class ReviewWorkbookOut(BaseModel):
    confirmed: int = Field(description="rows marked 确认 (confirm), stored as confirmed links")
    rejected: int = Field(description="rows marked 驳回 (reject), stored as rejected links")
    pending: int = Field(description="rows left 待定 or empty: nothing changed")
    problems: list[str] = Field(description="rows that could not be used, and why")


class JobOut(BaseModel):
    id: str = Field(description="job id: poll /v1/jobs/{id}")
    state: Literal["queued", "running", "done", "failed"] = Field(description="where the job is")
    filename: str = Field(description="name of the uploaded file")
    rows_done: int = Field(description="rows matched so far")
    rows_encoded: int = Field(0, description="rows read by the encoder so far: the progress before the first row "
                                             "is matched (rows come out a 1:1-assignment batch at a time, up to "
                                             "1,000 together)")
    rows_total: Optional[int] = Field(description="rows in the list (an estimate until the job ends)")
    rows_per_s: Optional[float] = Field(description="matching speed so far")
    created: float = Field(description="upload time (Unix)")
    started: Optional[float] = Field(description="start time (Unix)")
    finished: Optional[float] = Field(description="end time (Unix)")
    error: str = Field(description="why the job failed, when it did")
    error_option: Optional[str] = Field(None, description="the upload option that fixes the failure (sheet, "
                                                          "text_column, ...), when one does")
    options: dict[str, Any] = Field({}, description="the options given with the upload (sheet, text_column, "
                                                    "threshold, top_k)")
    download: bool = Field(description="true when the result workbook can be downloaded")


class Health(BaseModel):
    status: Literal["ok"] = Field(description="always 'ok' when the server answers")
    encoder: str = Field(description="encoder in use")
    clauses: dict[str, int] = Field(description="clauses per side")
    version: str = Field(description="stdcompare version")
