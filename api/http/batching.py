"""Concurrent searches answered together: requests that arrive while the server is busy are queued, and one
thread encodes and searches them as one batch (the library's `match_rows`), then hands each request its own
answer.

Why: on a loaded server each single search paid for its own encoder call, its own pass over the index and its own
thread hand-offs; a batch of 8 queries encodes about twice and searches about six times as fast per query as 8
single ones (docs/scale.md, "HTTP API under load", each round's figures). Each answer is what `match_rows` gives
that text alone: rows are ranked independently (no 1:1 assignment in a batch of unrelated requests), and requests
that differ in `top_k` or side go in separate calls.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from dataclasses import dataclass, field, replace

from compare.core.errors import StdcompareError
from compare.core.model import InputRow
from compare.io.writers import result_to_dict
from compare.matching.lists import attach_comparisons, match_rows
from compare.matching.ranking import Ranking
from compare.terms.grow import store_termbase

log = logging.getLogger("stdcompare.api")

EMPTY_TEXT = "the text to search is empty; give a clause in Chinese or English"


@dataclass
class _Query:
    text: str
    top_k: int
    side: str | None
    min_score: float
    compare: bool
    loop: asyncio.AbstractEventLoop
    future: asyncio.Future
    arrived: float = field(default_factory=time.monotonic)


def _settle(query: _Query, result=None, error: BaseException | None = None) -> None:
    def put() -> None:
        if query.future.done():  # the client went away and the request was cancelled
            return
        if error is not None:
            query.future.set_exception(error)
        else:
            query.future.set_result(result)

    try:
        query.loop.call_soon_threadsafe(put)
    except RuntimeError:  # the event loop has closed (shutdown)
        pass


class SearchBatcher:
    """One thread answering the single-clause searches of the HTTP API in batches.

    `max_batch`: the most queries encoded and searched together. `max_wait_s`: how long the first query of a
    batch waits for others when no other is queued yet, and the thread for the clients of the last batch (see
    `_gather`; 0: a batch is whatever queued while the last one ran).
    `ranking`: the server's ranking settings (lexical weight, second encoder); the library's defaults if None.
    """

    def __init__(self, store, encoder, *, max_batch: int = 32, max_wait_s: float = 0.002,
                 ranking: Ranking | None = None) -> None:
        self.store, self.encoder, self.ranking = store, encoder, ranking
        self.max_batch, self.max_wait_s = max(1, max_batch), max(0.0, max_wait_s)
        self._queue: queue.SimpleQueue = queue.SimpleQueue()
        self.batches = 0  # batches answered so far (a batch may hold several groups of top_k and side)
        self.queries = 0  # queries in them
        self._closed = threading.Event()
        self._thread = threading.Thread(target=self._run, name="stdcompare-search-batcher", daemon=True)
        self._thread.start()

    async def match(self, text: str, *, top_k: int, side: str | None = None, min_score: float = 0.0,
                    compare: bool = False) -> dict:
        """The CLI's JSON answer for `text` (as `stdcompare search --json` gives it), from the next batch."""
        if not text.strip():
            raise StdcompareError(EMPTY_TEXT)
        if self._closed.is_set():
            raise RuntimeError("the server is shutting down")
        loop = asyncio.get_running_loop()
        query = _Query(text, top_k, side, min_score, compare, loop, loop.create_future())
        self._queue.put(query)
        return await query.future

    def close(self) -> None:
        """Stop after the queries already queued; later ones are refused."""
        self._closed.set()
        self._queue.put(None)
        self._thread.join(timeout=30)
        if self.batches:
            log.info("searches: %d queries answered in %d batches (%.1f a batch)", self.queries, self.batches,
                     self.queries / self.batches)

    # ------------------------------------------------------------ the batching thread

    def _run(self) -> None:
        from embeddings.index import use_one_search_thread_here

        # the batch is one search: one core for it, the other for the event loop and the clients' sockets
        use_one_search_thread_here()
        answered = 0  # queries in the last batch
        while True:
            free = time.monotonic()
            first = self._queue.get()
            if first is None:
                return
            batch = self._gather(first, free, answered)
            stop = batch and batch[-1] is None
            answered = len(batch) - bool(stop)
            self._answer([q for q in batch if q is not None])
            if stop:
                return

    def _gather(self, first: _Query, free: float, answered: int) -> list:
        """`first` and the queries after it, up to `max_batch`: those queued, and those arriving until
        `max_wait_s` after `first` did; and while the batch holds fewer than the queries that waited for the
        last batch plus the `answered` ones of that batch, until `max_wait_s` after the thread got to it.

        Why the second wait: clients that send one search after another (the load benchmark's 8) otherwise split
        into two groups that take turns, one group's searches waiting while the other's are answered, and the thread
        answered batches of 4 instead of 8 (measured, bench/bench_api_load.py), while scanning the index for 4
        queries costs about as much as for 8 (docs/scale.md, "HTTP API, fourth round: full batches again"). The
        clients of the last batch, just answered, are waited for, at most `max_wait_s`."""
        batch = [first]
        deadline = first.arrived + self.max_wait_s
        regroup = time.monotonic() + self.max_wait_s
        expected = answered + (first.arrived < free)
        while len(batch) < self.max_batch:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                wait = (max(deadline, regroup) if len(batch) < expected else deadline) - time.monotonic()
                if wait <= 0:
                    break
                try:
                    item = self._queue.get(timeout=wait)
                except queue.Empty:
                    break
            batch.append(item)
            if item is None:
                break
            expected += item.arrived < free
        return batch

    def _answer(self, batch: list[_Query]) -> None:
        self.batches += 1
        self.queries += len(batch)
        groups: dict[tuple, list[_Query]] = {}
        for query in batch:
            groups.setdefault((query.top_k, query.side), []).append(query)
        for (top_k, side), queries in groups.items():
            try:
                rows = [InputRow(row=1, line=1, text=q.text) for q in queries]  # each is row 1 of its request
                results = list(match_rows(rows, self.store, self.encoder, top_k=top_k, target_side=side,
                                          batch_size=max(len(rows), 1), ranking=self.ranking))
            except BaseException as exc:  # the store or the encoder failed: every query of the group hears it
                for query in queries:
                    _settle(query, error=exc)
                if not isinstance(exc, Exception):
                    raise
                continue
            for query, result in zip(queries, results):
                try:
                    result = replace(result, matches=tuple(c for c in result.matches if c.score >= query.min_score))
                    if query.compare:
                        result = next(attach_comparisons([result], self.encoder,
                                                         termbase=store_termbase(self.store.path)))
                    _settle(query, result_to_dict(result))
                except Exception as exc:
                    _settle(query, error=exc)
