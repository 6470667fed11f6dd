"""Run one Excel job: read the uploaded list, match every row, write the result workbook, record progress."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator

from compare.core.errors import StdcompareError
from api.jobs.table import INTERRUPTED, JobTable
from compare.matching.lists import match_rows
from compare.core.model import MatchResult
from compare.matching.ranking import Ranking
from compare.io.readers import open_table
from compare.store import Store
from compare.store.layout import JOB_RESULT

log = logging.getLogger("stdcompare.api")

RESULT_NAME = JOB_RESULT
LIST_RANKING = Ranking(one_to_one=True)  # as `stdcompare match` ranks a list by default
PROGRESS_EVERY_S = 0.25  # how often progress reaches SQLite: often enough for a live bar, rarely enough to be cheap

Writer = Callable[..., int]  # write(results, path, *, headers, on_row) -> rows written


def run_match_job(jobs: JobTable, job_id: str, input_path: Path, store: Store, encoder, write: Writer, *,
                  top_k: int, stop: threading.Event | None = None, ranking: Ranking | None = None,
                  sheet: str | None = None, columns: dict[str, str] | None = None,
                  max_rows: int | None = None) -> None:
    """Match the list at `input_path` and write `<job folder>/result.xlsx`; never raises for bad input:
    the job ends `failed` with the message (and the option that fixes it) instead. `sheet`, `columns` and
    `max_rows` are as for `open_table`: a list longer than `max_rows` is refused before any row is matched."""
    try:
        table = open_table(input_path, sheet=sheet, columns=columns, max_rows=max_rows)
        jobs.start(job_id, table.total_hint)
        done = 0
        last = 0.0
        stopped = False

        def on_row(_: MatchResult) -> None:
            nonlocal done, last
            done += 1
            now = time.monotonic()
            if now - last >= PROGRESS_EVERY_S:
                last = now
                jobs.progress(job_id, done)

        def until_stopped(results: Iterable[MatchResult]) -> Iterator[MatchResult]:
            # Ending the stream (rather than raising inside the writer) lets the writer close its file cleanly.
            nonlocal stopped
            for result in results:
                if stop is not None and stop.is_set():
                    stopped = True
                    return
                yield result

        output = jobs.folder(job_id) / RESULT_NAME
        rows = write(until_stopped(match_rows(table.rows(), store, encoder, top_k=top_k,
                                                      ranking=ranking or LIST_RANKING)), output,
                     headers=table.headers, on_row=on_row)
        if stopped:
            output.unlink(missing_ok=True)
            jobs.fail(job_id, INTERRUPTED)
        else:
            jobs.finish(job_id, rows, RESULT_NAME)
    except StdcompareError as exc:
        jobs.fail(job_id, str(exc), exc.option or "")
    except Exception as exc:  # a job must end with a state, whatever happened inside it
        # The details (which may hold server paths) go to the log, not to the user.
        log.exception("job %s failed", job_id)
        jobs.fail(job_id, f"internal error ({type(exc).__name__}); report it with the uploaded file")
