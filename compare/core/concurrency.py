"""Overlap the two halves of a long job: matching (mostly numpy, FAISS and BLAS, which release the GIL) runs in
a background thread while the caller writes the results (pure Python) as they come."""

from __future__ import annotations

import queue
import threading
from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")
_DONE = object()


def prefetch(items: Iterable[T], depth: int = 512) -> Iterator[T]:
    """Iterate `items` in a background thread, at most `depth` ahead of the consumer, in order.

    An exception raised while producing is raised again in the consumer; a consumer that stops early (or
    fails) stops the producer at its next item.
    """
    buffer: queue.Queue = queue.Queue(maxsize=depth)
    stop = threading.Event()
    failure: list[BaseException] = []

    def produce() -> None:
        try:
            for item in items:
                while not stop.is_set():
                    try:
                        buffer.put(item, timeout=0.1)
                        break
                    except queue.Full:
                        continue
                if stop.is_set():
                    return
        except BaseException as exc:  # handed to the consumer
            failure.append(exc)
        finally:
            while not stop.is_set():
                try:
                    buffer.put(_DONE, timeout=0.1)
                    break
                except queue.Full:
                    continue

    worker = threading.Thread(target=produce, name="stdcompare-prefetch", daemon=True)
    worker.start()
    try:
        while True:
            item = buffer.get()
            if item is _DONE:
                if failure:
                    raise failure[0]
                return
            yield item
    finally:
        stop.set()
        worker.join(timeout=5)
