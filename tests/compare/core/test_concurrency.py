"""prefetch keeps order, hands producer errors to the consumer, and stops the producer when the consumer stops."""

from __future__ import annotations

import threading

import pytest

from compare.core.concurrency import prefetch


def test_order_is_kept_and_everything_arrives():
    assert list(prefetch(range(5000), depth=8)) == list(range(5000))
    assert list(prefetch([], depth=2)) == []


def test_a_producer_error_reaches_the_consumer():
    def items():
        yield 1
        raise ValueError("row 2 is broken")

    got = []
    with pytest.raises(ValueError, match="row 2"):
        for item in prefetch(items()):
            got.append(item)
    assert got == [1]


def test_a_consumer_that_stops_stops_the_producer():
    produced = []
    finished = threading.Event()

    def items():
        try:
            for i in range(1_000_000):
                produced.append(i)
                yield i
        finally:
            finished.set()

    stream = prefetch(items(), depth=4)
    assert next(stream) == 0
    stream.close()
    assert finished.wait(5)
    assert len(produced) < 100
