"""The work the ways in share, assembled once from the subpackages.

The one list pipeline: read -> encode -> search -> rank -> judge -> write. `stdcompare match` and the HTTP API's
Excel jobs both run it through `match_list`, with the same overlap of stages and the same encoder choice
(`list_encoder`); each way in passes its settings as plain arguments and watches through the progress and stop
hooks. Also here: the comparison of one clause pair, and of many, as the ways in report them.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import os
import threading
import time
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from compare.adoption.catalogue import adoption_statements
from compare.core.concurrency import prefetch
from compare.core.model import MatchResult, similarity_to_score
from compare.core.policy import THRESHOLD, TOP_K
from compare.core.vocabulary import Against, Side
from compare.indicators.rollup import roll_up
from compare.indicators.verdicts import compare_clauses, comparison_function
from compare.io.readers import Table, check_has_rows
from compare.io.workbook import WorkbookInfo
from compare.io.writers import check_output_path, write_matches
from compare.matching.lexical_index import carry_forward
from compare.matching.lists import attach_comparisons, match_rows
from compare.matching.titles import has_titles, match_titles
from compare.terms.grow import store_termbase
from compare.terms.termbase import Termbase
from compare.matching.ranking import Ranking
from compare.store.ingest import ClauseRecord, IngestReport
from compare.store.store import Store
from embeddings import load_encoder
from embeddings.index import set_search_threads
from embeddings.process import EncoderProcess, SharedBatches
from embeddings.registry import is_default_model

# Lists at least this long (or of unknown length) are encoded in a child process, beside the searching and
# writing (embeddings/process.py); for shorter ones starting a process costs more than it saves.
LONG_LIST = 2000
# An ingest of at least this many clauses with the default encoder and two threads or more encodes in as
# many processes, one thread each (`ingest_encoder`); a shorter one would wait longer for a child to start.
LONG_INGEST = 2000
# Rows a Ray worker matches at a time (rounded to whole 1:1 assignment batches): long enough that Ray's cost per
# call is small, short enough that the workers share out a list of a few thousand rows.
RAY_CHUNK_ROWS = 2000
# A list is ranked 1:1: each counterpart goes to at most one row first (the other candidates stay listed).
LIST_RANKING = Ranking(one_to_one=True)


@dataclass(frozen=True)
class ListOptions:
    """How a list is matched and written.

    side: the side to search; None: the opposite of each row's language.
    against: the best clauses, or the best standards (one clause each) for lists of whole standards.
    indicators: judge the key technical indicators of the matches (a workbook judges each row's best match).
    threshold: rows of a workbook whose best score is below this have "no counterpart found".
    """

    top_k: int = TOP_K
    side: Side | None = None
    against: Against = Against.CLAUSES
    ranking: Ranking = LIST_RANKING
    indicators: bool = True
    threshold: float = THRESHOLD


@dataclass(frozen=True)
class ListRun:
    """What a run of `match_list` did: rows written, seconds from the first row searched, and whether the stop
    hook ended it (then no output file is left)."""

    rows: int
    seconds: float
    stopped: bool = False
    of_standards: bool = False  # whole standards matched by title: no clauses, no indicators

    @property
    def rows_per_second(self) -> float:
        return self.rows / max(self.seconds, 1e-9)


def ingest_clauses(store: Store, records: Sequence[ClauseRecord], encoder, *,
                   progress: Callable[[int], None] | None = None) -> IngestReport:
    """Add or replace clauses (`Store.ingest`: all or nothing), then carry the lexical channel's word statistics
    of each side written forward to the side's new generation (compare.matching.lexical_index.carry_forward),
    so the first list after an ingest does not count every clause of the side again (16 s of CPU at a million).
    The statistics are worked out in a thread while the store builds its vector indexes (mostly FAISS and file
    writes, outside the interpreter lock): at 100,000 clauses they take about 1.2 s of CPU, the index 4.6 s."""
    with concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="stdcompare-lexical") as pool:
        carried: list[concurrent.futures.Future] = []

        def written(changes) -> None:
            carried.extend(pool.submit(carry_forward, store, change) for change in changes)

        report = store.ingest(records, encoder, progress=progress, written=written)
        for future in carried:
            future.result()
    return report


def match_list(table: Table, store: Store, encoder, output: Path, options: ListOptions = ListOptions(), *,
               source: str = "", store_label: str = "", on_row: Callable[[MatchResult], None] | None = None,
               stop: threading.Event | None = None, cluster=None, model: str | None = None,
               store_options: dict | None = None, on_encoded: Callable[[int], None] | None = None,
               catalogue=None) -> ListRun:
    """Match every row of `table` against `store` and write the results to `output` (.jsonl, .csv, or .xlsx:
    the review workbook), one result per row, in order.

    Matching runs in a background thread while this one writes, and the next rows are encoded while the
    current ones are searched. `on_encoded(n)` hears of rows as the encoder gets through them (most of the time
    before the first result: the rows of one 1:1 assignment batch come out together; not on Ray).
    `on_row` sees each result as it is written; setting `stop` ends the run at the
    next row, and the output is then removed. `source` names the list in the workbook's Summary sheet, and
    `store_label` the store (default: its path).

    A list of whole standards takes the adoptions its own adoption column (采标情况 ...) states, then those of
    its standards in a domestic `catalogue` (compare.adoption.catalogue.Catalogue), before title similarity.

    With a Ray `cluster` (compare.core.distributed.RayCluster), chunks of rows are matched by its workers,
    each holding the store opened read-only (`store_options` as Store.open takes them) and the encoder `model`
    loaded once; this process writes their results in order, the same as without Ray.
    """
    workbook = check_output_path(output) == ".xlsx"
    check_has_rows(table)
    # load the vector indexes while the encoder loads its model; a long list also reads the database ahead
    store.warm(database=table.total_hint is None or table.total_hint >= LONG_LIST)
    # The built-in termbase and the store's own terms: the same for matching and for indicator pairing.
    termbase = store_termbase(store.path)
    if cluster is None:
        _load_ahead(options)
    store.check_encoder(encoder)  # waits for an encoder's child process to have loaded its model
    started = time.perf_counter()
    if table.of_standards and has_titles(store):
        # a list of whole standards is matched title to title, in this process (a few thousand titles at most);
        # titles carry no indicators to judge. A store ingested without titles is searched by clause below.
        options = replace(options, indicators=False)
        results = match_titles(table.rows(), store, encoder, top_k=options.top_k, target_side=options.side,
                               stated=adoption_statements(table.headers, catalogue))
        return _write_list(results, table, store, encoder, output, options, termbase, workbook, source,
                           store_label, on_row, stop, started, of_standards=True, catalogue=catalogue)
    with contextlib.ExitStack() as stack:
        if cluster is None:
            results = _matched(table.rows(), store, encoder, options, termbase, workbook, on_encoded)
        else:
            results = _matched_on_ray(table.rows(), stack, cluster, store, model or encoder.name, options,
                                      workbook, store_options or {})
        return _write_list(results, table, store, encoder, output, options, termbase, workbook, source,
                           store_label, on_row, stop, started, catalogue=catalogue)


def _load_ahead(options: ListOptions) -> None:
    """Load what the first rows would otherwise wait for, while an encoder's child process loads its model:
    the lexical channel's dictionary and the unit registry of indicator comparison (about 0.2 s and 0.3 s)."""
    from compare.indicators.units import registry
    from compare.terms.lexicon import dictionary_available, load_cedict

    if options.ranking.lexical and dictionary_available():
        load_cedict()
    if options.indicators:
        registry()


def _matched(rows: Iterable, store: Store, encoder, options: ListOptions, termbase, workbook: bool,
             on_encoded: Callable[[int], None] | None = None):
    """The results of `rows`, in order: matched, then judged (the indicators) when asked."""
    results: Iterable[MatchResult] = match_rows(rows, store, encoder, top_k=options.top_k,
                                                target_side=options.side, against=options.against,
                                                ranking=options.ranking, termbase=termbase, on_encoded=on_encoded)
    if options.indicators:
        # a workbook judges each row against its best match only; JSONL and CSV carry every match's verdicts
        results = attach_comparisons(prefetch(results), encoder, first=1 if workbook else None, termbase=termbase)
    return results


class _ListWorker:
    """What a Ray worker holds to match chunks of a list: the store, opened once (its index memory-mapped
    where the index allows), the encoder and the termbase."""

    def __init__(self, path: str, store_options: dict, model: str, options: ListOptions, workbook: bool) -> None:
        self._store = Store.open(path, **store_options)
        self._encoder = load_encoder(model, threads=1)
        self._termbase = store_termbase(self._store.path)
        self._options, self._workbook = options, workbook

    def match(self, rows: list) -> list[MatchResult]:
        return list(_matched(rows, self._store, self._encoder, self._options, self._termbase, self._workbook))


def _matched_on_ray(rows: Iterable, stack: contextlib.ExitStack, cluster, store: Store, model: str,
                    options: ListOptions, workbook: bool, store_options: dict) -> Iterator[MatchResult]:
    """The results of `rows`, in order, matched in chunks by the Ray workers of `cluster`. A chunk is a whole
    number of the batches `match_rows` assigns 1:1, so the results are those of one process."""
    from compare.core.distributed import Workers

    workers = stack.enter_context(Workers(cluster, _ListWorker, str(store.path), store_options, model, options,
                                          workbook, doing="opening the store and loading the encoder"))
    batch = max(128, options.ranking.assignment_rows) if options.ranking.one_to_one else 128
    chunk = batch * max(1, RAY_CHUNK_ROWS // batch)
    iterator = iter(rows)
    chunks = iter(lambda: (list(islice(iterator, chunk)),), ([],))
    for results in workers.map("match", chunks, doing="matching the list"):
        yield from results


def _write_list(results, table: Table, store: Store, encoder, output: Path, options: ListOptions, termbase,
                workbook: bool, source: str, store_label: str, on_row, stop, started: float, *,
                of_standards: bool = False, catalogue=None) -> ListRun:
    """Write `results` to `output` as they come (this process is the one writer), until `stop`.
    `of_standards`: the rows are whole standards matched by title (the Summary sheet says so); `catalogue`, the
    one given with the list (the Summary sheet names it, and says when a list of clauses had no use for it)."""
    stopped = threading.Event()
    results = _until(prefetch(results), stop, stopped)  # the next rows are matched while this thread writes
    info = WorkbookInfo(store=store_label or str(store.path), model=encoder.name, source=source,
                        threshold=options.threshold, of_standards=of_standards,
                        catalogue=catalogue.name if catalogue is not None else "")
    rows = write_matches(results, output, headers=table.headers, on_row=on_row, workbook_info=info,
                         compare=comparison_function(encoder, termbase) if options.indicators else None,
                         verdicts=options.indicators)
    if stopped.is_set():
        Path(output).unlink(missing_ok=True)
    return ListRun(rows=rows, seconds=time.perf_counter() - started, stopped=stopped.is_set(),
                   of_standards=of_standards)


def _until(results: Iterable[MatchResult], stop: threading.Event | None,
           stopped: threading.Event) -> Iterator[MatchResult]:
    """The results until `stop` is set. Ending the stream, rather than raising inside the writer, lets the
    writer close its file cleanly."""
    for result in results:
        if stop is not None and stop.is_set():
            stopped.set()
            return
        yield result


@contextlib.contextmanager
def list_encoder(rows: int | None, *, model: str, threads: int, separate_process: bool = True,
                 loaded=None) -> Iterator[Any]:
    """The encoder for matching a list of about `rows` rows (None: unknown).

    With `separate_process`, a long list is encoded by `model` in a child process, and FAISS searches with one thread
    meanwhile: measured faster on two cores than letting both spread over all of them (docs/benchmarks.md,
    "Benchmarks", its table of steps; docs/excel-workflow.md, "Long lists: one process or two"). Otherwise the
    encoder is `loaded` (one already in memory), or `model` loaded here: with one BLAS thread for a short list (900
    rows on the shared two-core machine, load 8.5-9.8: matched in 6.1-6.2 s on one thread, 20.4-26.1 s on two, whose
    threads spin waiting for each other and for the cores, 3x the CPU-seconds); with `threads` when everything is to
    stay in this process (`separate_process` off), or for another encoder than the default (`_in_process_threads`).
    """
    if not separate_process or (rows is not None and rows < LONG_LIST):
        yield loaded if loaded is not None else load_encoder(model, threads=_in_process_threads(
            model, threads, separate_process))
        return
    with _one_search_thread(), EncoderProcess(model, threads=1) as encoder:
        yield encoder


@contextlib.contextmanager
def ingest_encoder(clauses: int, *, model: str | None, threads: int, separate_process: bool = True,
                   batch_size: int = 256) -> Iterator[Any]:
    """The encoder for ingesting `clauses` texts in batches of `batch_size` (Store.ingest's).

    With `separate_process`, a long ingest with the default encoder and `threads` of two or more encodes in
    `threads` processes of one thread each, at most one a core (this one and children: SharedBatches), taking
    the batches in turn. The vectors are those of one process on one thread (to float rounding those of two
    threads); on two cores it is faster than one process with two BLAS
    threads, whose second thread has little to do in a Python tokenizer and small matrices (docs/benchmarks.md,
    "Ingest in two processes"). Otherwise the encoder is `model` loaded here with `threads`.
    """
    processes = min(threads, os.cpu_count() or 1)
    if not separate_process or processes < 2 or clauses < LONG_INGEST or not is_default_model(model):
        # (a short ingest: 1,500 clauses, load 6.9-7.5, encoded in 3.4-4.2 s on one thread, 16.9-21.0 s on two)
        yield load_encoder(model, threads=_in_process_threads(model, threads, separate_process))
        return
    with contextlib.ExitStack() as stack:
        # the children start loading the model first, then this process loads its own beside them
        others = [stack.enter_context(EncoderProcess(model, threads=1)) for _ in range(processes - 1)]
        yield SharedBatches(load_encoder(model, threads=1), others, batch_size=batch_size)


def _in_process_threads(model: str | None, threads: int, separate_process: bool) -> int:
    """BLAS threads for the default encoder loaded in this process for a short list or ingest: one (its matrices
    are small and its tokenizer Python: a second thread only spins for cores); `threads` when the settings keep
    everything in one process, or for another encoder (torch), not measured here."""
    return 1 if separate_process and is_default_model(model) else threads


def alignment_encoder(model: str):
    """The encoder for aligning two documents, which encodes a few thousand clauses at once: on one thread.
    Measured on this project's shared two-core machine: 1,500 clauses in 3 s on one BLAS thread, 14 s on two
    that spin waiting for cores other work holds (docs/matching-quality.md, "How `align` values merged
    clauses"); a child process sharing the work was slower still under load, so there is none."""
    return load_encoder(model, threads=1)


_separate_encoders = 0
_separate_encoders_lock = threading.Lock()


@contextlib.contextmanager
def _one_search_thread() -> Iterator[None]:
    """FAISS searches with one thread while any list has its encoder in a child process (a server may run
    several lists at once); with all cores again when the last one ends."""
    global _separate_encoders
    with _separate_encoders_lock:
        _separate_encoders += 1
        set_search_threads(1)
    try:
        yield
    finally:
        with _separate_encoders_lock:
            _separate_encoders -= 1
            if not _separate_encoders:
                set_search_threads(None)


def compare_pair(domestic: str, international: str, encoder, termbase: Termbase | None = None) -> dict[str, Any]:
    """The indicator comparison of two clauses (overall verdict, score, indicator pairs, notes) and their
    similarity score (0-100). `termbase`: a store's (`store_termbase`), the built-in one when None."""
    vectors = encoder.encode([domestic, international], role="document")
    similarity = similarity_to_score(float(np.dot(vectors[0], vectors[1])))
    return {**compare_clauses(domestic, international, encoder=encoder, termbase=termbase).to_dict(),
            "similarity": similarity}


def consistency_of(pairs: Iterable[tuple[str, str]], encoder) -> dict[str, Any]:
    """Indicator verdicts added up over (domestic, international) clause pairs, with the share of indicators
    at the international level (consistent or stricter) and a suggested degree of correspondence."""
    return roll_up(compare_clauses(d, i, encoder=encoder) for d, i in pairs).to_dict()
