"""Typed settings in one place. Environment variables use the prefix STDCOMPARE_ (STDCOMPARE_STORE, ...);
command-line options override them. Values are passed down as plain arguments."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from compare.core.policy import (COVERAGE_WEIGHT, DOCUMENTS_WEIGHT, LEXICAL_CANDIDATES, LEXICAL_WEIGHT, MAX_INGEST_ROWS, MAX_ROWS,
                                 NUMBERS_WEIGHT, SECOND_MODEL, SECOND_WEIGHT, THRESHOLD, TOP_K)
from compare.store.index_choice import APPROXIMATE_ABOVE
from compare.store.store import default_store_path


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="STDCOMPARE_", extra="ignore")

    store: Path = Field(default_factory=default_store_path, description="store directory")
    model: str = Field("use-multilingual-v3", description="encoder: the default, 'e5' (the e5 extra), or a local "
                                                         "sentence-transformers model directory")
    models_dir: Path | None = Field(None, description="folder of local model directories listed by `models`")
    index_backend: Literal["faiss", "numpy"] = Field("faiss", description="exact index of a side below "
                                                                     "approximate_above clauses")
    approximate_above: int = Field(APPROXIMATE_ABOVE, description="clauses of one side from which it gets the "
                                                                  "approximate index (IVF, SQ8 codes, exact "
                                                                  "re-scoring); 0: always exact")
    top_k: int = Field(TOP_K, ge=1, le=100, description="counterparts listed per query")
    threads: int = Field(2, ge=1, le=64, description="CPU threads for the default encoder")
    http_encoder_threads: int = Field(1, ge=1, le=64, description="CPU threads for the default encoder in the "
                                                                 "HTTP server, per request (requests run side "
                                                                 "by side)")
    http_batch_wait_ms: float = Field(2, ge=0, le=100, description="HTTP searches (/v1/match, /v1/search) "
                                                                 "arriving together are encoded and searched "
                                                                 "as one batch; the first waits at most this "
                                                                 "long for others, and the batch thread as long "
                                                                 "for the clients of the last batch (0: only "
                                                                 "those already queued join it)")
    http_max_batch: int = Field(32, ge=1, le=1000, description="the most HTTP searches answered as one batch "
                                                              "(1: each alone)")
    http_bfloat16_shortlist: bool = Field(True, description="the server's exact index shortlists a batch of "
                                                            "searches with a bfloat16 product (torch, on a CPU "
                                                            "with native bfloat16) and scores the shortlist "
                                                            "exactly: the same answers, a quarter of the cost; "
                                                            "float32 where torch or the CPU lack it")
    encoder_process: bool = Field(True, description="a long list (2,000 rows or more; `match` or an Excel "
                                                    "job) encodes in a child process beside the searching and "
                                                    "writing; a long `ingest` (2,000 clauses or more, default "
                                                    "encoder) encodes in `threads` processes of one thread")
    ray_address: str | None = Field(None, description="run the batch work (encoding at ingest, reading "
                                                      "documents, matching long lists) on Ray: 'auto' for a "
                                                      "local Ray on this machine's cores, or a cluster's "
                                                      "address (host:6379); unset: no Ray")
    ray_workers: int | None = Field(None, ge=1, le=4096, description="Ray workers for the batch work; default: "
                                                                    "one per CPU Ray offers")
    threshold: float = Field(THRESHOLD, ge=0, le=100, description="score below which a row has no counterpart "
                                                             "(result workbooks)")
    lexical_weight: float = Field(LEXICAL_WEIGHT, ge=0, le=1, description="weight of the lexical channel (words a "
                                  "query shares with each candidate, through CC-CEDICT and the termbase) in "
                                  "the ranking; 0 switches it off")
    lexical_candidates: int = Field(LEXICAL_CANDIDATES, ge=0, le=100, description="clauses the lexical channel "
                                    "adds to each shortlist: the best by its words over the whole side that the "
                                    "encoder did not put near; 0: none")
    second_model: str = Field(SECOND_MODEL, description="a second encoder re-scoring each query's shortlist "
                              "('e5': multilingual-e5-small from the e5 extra, or a local sentence-transformers "
                              "directory); empty: none")
    second_weight: float = Field(SECOND_WEIGHT, ge=0, le=10, description="weight of the second encoder in the "
                                 "ranking (a candidate loses this x how far its second-encoder similarity is "
                                 "below the shortlist's best)")
    coverage_weight: float = Field(COVERAGE_WEIGHT, ge=0, le=1, description="weight of how much of each candidate "
                                   "the query's words account for, for queries naming a termbase concept (part of "
                                   "the lexical channel); 0 switches it off")
    numbers_weight: float = Field(NUMBERS_WEIGHT, ge=0, le=1, description="weight of the numbers both clauses "
                                  "carry in the ranking; 0 switches it off")
    documents_weight: float = Field(DOCUMENTS_WEIGHT, ge=0, le=1, description="in a list, what a candidate loses "
                                    "when its document is first for none of the other rows of the same standard; "
                                    "0 switches it off")
    max_rows: int = Field(MAX_ROWS, ge=1, description="largest list `match` reads")
    max_ingest_rows: int = Field(MAX_INGEST_ROWS, ge=1, description="largest file `ingest` reads")
    # HTTP server (stdcompare serve)
    api_keys: str = Field("", description="comma-separated keys accepted by write endpoints as "
                                          "'Authorization: Bearer KEY'; none set: write endpoints are refused")
    read_requires_key: bool = Field(False, description="ask for a key on read endpoints too (/v1/health stays "
                                                       "open to probes)")
    cors_origins: str = Field("", description="comma-separated origins (https://portal.example.gov.cn) whose "
                                              "pages may send an API key from a browser; other origins may only "
                                              "read without a key")
    body_read_timeout_s: float = Field(30, gt=0, description="seconds a request body may pause before the "
                                                             "request is refused (408)")
    max_upload_mb: float = Field(50, gt=0, description="largest file upload accepted, in MB")
    max_body_mb: float = Field(5, gt=0, description="largest JSON request body accepted, in MB")
    job_workers: int = Field(1, ge=1, le=8, description="Excel jobs run at the same time")
    job_retention_days: float = Field(7, ge=0, description="finished Excel jobs (uploaded list and result) are "
                                                           "removed this many days after they end; 0 keeps them")

    def store_options(self) -> dict:
        """The settings `Store.open` takes: the exact index backend and the approximate index's threshold."""
        return {"index_backend": self.index_backend, "approximate_above": self.approximate_above}

    def ranking_options(self, second_model: str | None = None) -> dict:
        """The ranking's settings as `Ranking` takes them: the lexical channel's weight, the second encoder
        (`second_model` overrides the setting when given), the coverage and numbers signals' weights."""
        return {"lexical": self.lexical_weight, "lexical_candidates": self.lexical_candidates, "second": self.second_model if second_model is None
                else second_model, "second_weight": self.second_weight, "numbers": self.numbers_weight,
                "coverage": self.coverage_weight, "documents": self.documents_weight}

    def origin_list(self) -> list[str]:
        """The CORS origins allowed to send a key, parsed from the comma-separated setting."""
        return [o.strip().rstrip("/") for o in self.cors_origins.split(",") if o.strip()]

    def key_set(self) -> frozenset[str]:
        """The API keys, parsed from the comma-separated setting."""
        return frozenset(k.strip() for k in self.api_keys.split(",") if k.strip())


def get_settings() -> Settings:
    return Settings()
