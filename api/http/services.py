"""What the app opens once at start-up (store, encoder, jobs) and closes at shutdown."""

from __future__ import annotations

import functools
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from api.http.batching import SearchBatcher
from api.jobs.runner import run_match_job
from api.jobs.table import HEARTBEAT_S, JobTable
from api.settings import Settings
from compare import ListOptions, Ranking, Store, list_encoder
from embeddings import load_encoder
from embeddings.index import use_bfloat16_shortlist

log = logging.getLogger("stdcompare.api")


@dataclass
class Services:
    settings: Settings
    store: Store
    encoder: object
    jobs: JobTable
    executor: ThreadPoolExecutor
    searches: SearchBatcher
    stop: threading.Event = field(default_factory=threading.Event)
    heart: threading.Thread | None = None

    def purge_jobs(self) -> int:
        """Remove the jobs older than the retention period (none when it is 0)."""
        days = self.settings.job_retention_days
        removed = self.jobs.purge(days * 86400) if days > 0 else 0
        if removed:
            log.info("removed %d job(s) that ended more than %g day(s) ago", removed, days)
        return removed

    def submit_job(self, job_id: str, input_path: Path, filename: str, options: dict | None = None, *,
                   catalogue: Path | None = None) -> None:
        """Run a job in the background, as `stdcompare match` runs a list into a workbook; its state is in the
        jobs table from the first moment. `options` are the upload's: sheet, text_column, threshold, top_k (the
        server's settings where not given); `catalogue`, a domestic catalogue uploaded with the list."""
        options = options or {}
        settings = self.settings
        threshold = options.get("threshold")
        matching = ListOptions(top_k=options.get("top_k") or settings.top_k,
                               threshold=settings.threshold if threshold is None else threshold,
                               ranking=Ranking(one_to_one=True, **settings.ranking_options()))
        # a long list is encoded in a child process, as on the command line; a short one by the app's encoder
        encoder_for = functools.partial(list_encoder, model=settings.model, threads=settings.threads,
                                        separate_process=settings.encoder_process, loaded=self.encoder)
        columns = {"text": options["text_column"]} if options.get("text_column") else None
        # The workbook names the store by its folder name only: a file users receive holds no server path.
        self.executor.submit(run_match_job, self.jobs, job_id, input_path, self.store, encoder_for, matching,
                             source=filename, store_label=self.store.path.name, sheet=options.get("sheet") or None,
                             columns=columns, max_rows=settings.max_rows, stop=self.stop, catalogue=catalogue)

    def start_heartbeat(self) -> None:
        """Beat on this server's jobs, and fail the jobs of servers that stopped beating, until `stop`."""
        def beat() -> None:
            while not self.stop.wait(HEARTBEAT_S):
                try:
                    self.jobs.beat()
                    if self.jobs.fail_interrupted():
                        log.warning("job(s) of a server that stopped were marked failed")
                except Exception:  # a busy or closing database: the next beat tries again
                    log.debug("job heartbeat skipped", exc_info=True)

        self.heart = threading.Thread(target=beat, name="stdcompare-job-heartbeat", daemon=True)
        self.heart.start()

    def close(self) -> None:
        # Running jobs see `stop` at their next row and end failed ("interrupted"), as a restart would mark them.
        self.stop.set()
        self.searches.close()
        self.executor.shutdown(wait=True, cancel_futures=True)
        if self.heart is not None:
            self.heart.join(timeout=10)
        self.jobs.fail_own()
        self.jobs.close()
        self.store.close()


def open_services(settings: Settings, encoder=None) -> Services:
    """Open the store (created when missing), load the encoder unless one is given, and mark jobs that a
    stopped server left unfinished as failed (jobs of another live server on the same store are left alone)."""
    store = Store.open(settings.store, create=True, **settings.store_options())
    try:
        # one encoder thread per request: requests already run side by side, and two threads per encoding spin for
        # the cores the other requests hold (measured: 4 requests/s with two, 40 with one; docs/scale.md, "HTTP API
        # under load")
        encoder = encoder or load_encoder(settings.model, threads=settings.http_encoder_threads)
        store.check_encoder(encoder)
        jobs = JobTable(store.path)
        interrupted = jobs.fail_interrupted()
        if interrupted:
            log.warning("%d job(s) left unfinished by the previous server were marked failed", interrupted)
    except BaseException:
        store.close()
        raise
    if settings.http_bfloat16_shortlist:  # before the batch thread starts, which sets torch's threads
        use_bfloat16_shortlist()
    executor = ThreadPoolExecutor(max_workers=settings.job_workers, thread_name_prefix="stdcompare-job")
    searches = SearchBatcher(store, encoder, max_batch=settings.http_max_batch,
                             max_wait_s=settings.http_batch_wait_ms / 1000,
                             ranking=Ranking(**settings.ranking_options()))
    services = Services(settings=settings, store=store, encoder=encoder, jobs=jobs, executor=executor,
                        searches=searches)
    services.purge_jobs()
    services.start_heartbeat()
    return services
