"""Run one Excel job: the uploaded list goes through the one list pipeline (compare.workflows.match_list), as
`stdcompare match` runs it; this module records the job's progress and how it ended in the jobs table."""

from __future__ import annotations

import logging
import threading
import time
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, Callable

from api.jobs.table import INTERRUPTED, JobTable
from compare import ListOptions, Store, match_list, open_table
from compare.adoption.catalogue import read_adoption_catalogue
from compare.core.errors import StdcompareError
from compare.core.model import MatchResult
from compare.store.layout import JOB_RESULT
from embeddings import EncoderError

log = logging.getLogger("stdcompare.api")

RESULT_NAME = JOB_RESULT
PROGRESS_EVERY_S = 0.25  # how often progress reaches SQLite: often enough for a live bar, rarely enough to be cheap

# rows expected (None: unknown) -> the encoder for a list that long, as a context manager (compare.list_encoder)
EncoderFor = Callable[[int | None], AbstractContextManager[Any]]


def run_match_job(jobs: JobTable, job_id: str, input_path: Path, store: Store, encoder_for: EncoderFor,
                  options: ListOptions, *, source: str, store_label: str = "", sheet: str | None = None,
                  columns: dict[str, str] | None = None, max_rows: int | None = None,
                  stop: threading.Event | None = None, catalogue: Path | None = None) -> None:
    """Match the list at `input_path` and write `<job folder>/result.xlsx`; never raises for bad input: the job
    ends `failed` with the message and the option that fixes it instead. `sheet`, `columns` and `max_rows` are
    as for `open_table`: a list longer than `max_rows` is refused before any row is matched. `catalogue`: a
    domestic catalogue whose stated adoptions a list of whole standards takes first."""
    try:
        listing = open_table(input_path, sheet=sheet, columns=columns, max_rows=max_rows)
        stated = read_adoption_catalogue(catalogue) if catalogue is not None else None
        jobs.start(job_id, listing.total_hint)
        done = encoded = 0
        last = 0.0

        def count(_: MatchResult) -> None:
            nonlocal done, last
            done += 1
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY_S:
                last = now
                jobs.progress(job_id, done)

        def encoding(rows: int) -> None:
            # before the first row is matched (one 1:1 batch comes out whole), the rows encoded show the way
            nonlocal encoded, last
            encoded += rows
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY_S:
                last = now
                jobs.progress(job_id, done, rows_encoded=encoded)

        with encoder_for(listing.total_hint) as encoder:
            run = match_list(listing, store, encoder, jobs.folder(job_id) / RESULT_NAME, options, source=source,
                             store_label=store_label, on_row=count, stop=stop, on_encoded=encoding,
                             catalogue=stated)
        if run.stopped:
            jobs.fail(job_id, INTERRUPTED)
        else:
            jobs.finish(job_id, run.rows, RESULT_NAME)
    except StdcompareError as exc:
        jobs.fail(job_id, str(exc), exc.option or "")
    except EncoderError as exc:
        jobs.fail(job_id, str(exc))
    except Exception as exc:  # a job must end with a state, whatever happened inside it
        # The details (which may hold server paths) go to the log, not to the user.
        log.exception("job %s failed", job_id)
        jobs.fail(job_id, f"internal error ({type(exc).__name__}); report it with the uploaded file")
