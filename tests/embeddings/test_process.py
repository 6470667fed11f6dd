"""The encoder in a child process gives what the encoder gives in this one, and fails with a message."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from embeddings import EncoderError
from embeddings.process import EncoderProcess, SharedBatches

TEXTS = ["谷物中铅（以Pb计）的限量为0.2 mg/kg", "Lead in cereal grains: maximum level 0.2 mg/kg", "", "插座额定电流 16 A"]


def test_same_vectors_as_in_process(encoder):
    with EncoderProcess(threads=1) as remote:
        assert (remote.name, remote.dimension) == (encoder.name, encoder.dimension)
        got = remote.encode(TEXTS, role="query")
        assert got.shape == (4, encoder.dimension) and got.dtype == np.float32
        assert np.allclose(got, encoder.encode(TEXTS, role="query"), atol=1e-5)
        assert remote.encode([]).shape == (0, encoder.dimension)


def test_several_threads_share_one_process(encoder):
    expected = encoder.encode(TEXTS)
    with EncoderProcess(threads=1) as remote:
        results: list = [None] * 4

        def work(i: int) -> None:
            results[i] = remote.encode(TEXTS[i:] + TEXTS[:i])

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    for i, got in enumerate(results):
        assert np.allclose(got, np.roll(expected, -i, axis=0), atol=1e-5)


@pytest.mark.slow
def test_a_model_that_cannot_load_is_reported(tmp_path):
    remote = EncoderProcess(str(tmp_path / "no-such-model"))
    with pytest.raises(EncoderError, match="no-such-model"):
        remote.name
    remote.close()


@pytest.mark.slow
def test_a_closed_encoder_says_so():
    remote = EncoderProcess(threads=1)
    assert remote.dimension == 512
    remote.close()
    with pytest.raises(EncoderError):
        remote.encode(["text"])


class _Fake:
    """An encoder that gives each text a vector of its own (its length and first character) and notes the
    batches it was given; `pause` seconds a batch, `fail_on` a text it refuses."""

    name, dimension = "fake", 2

    def __init__(self, pause: float = 0.0, fail_on: str | None = None) -> None:
        self.batches: list[list[str]] = []
        self.pause, self.fail_on = pause, fail_on

    def encode(self, texts, role="document"):
        import time

        time.sleep(self.pause)
        if self.fail_on in texts:
            raise EncoderError(f"cannot encode {self.fail_on}")
        self.batches.append(list(texts))
        return np.array([[len(t), ord(t[0])] for t in texts], dtype=np.float32)


TEN = [chr(ord("a") + i) * (i + 1) for i in range(10)]


def test_shared_batches_come_back_in_order_whoever_encodes_them():
    here, slow, quick = _Fake(pause=0.01), _Fake(pause=0.05), _Fake()
    shared = SharedBatches(here, [slow, quick], batch_size=3)
    parts = list(shared.encode_batches(TEN))
    assert [len(p) for p in parts] == [3, 3, 3, 1]  # the batches of one encoder at the caller's batch size
    assert np.array_equal(np.vstack(parts), _Fake().encode(TEN))
    taken = here.batches + slow.batches + quick.batches
    assert sorted(taken) == [TEN[0:3], TEN[3:6], TEN[6:9], TEN[9:]]  # each batch encoded once
    assert len([e for e in (here, slow, quick) if e.batches]) >= 2  # the work was shared
    assert (shared.name, shared.dimension) == ("fake", 2)
    assert shared.encode([]).shape == (0, 2)


def test_a_failing_child_fails_the_whole_encoding():
    shared = SharedBatches(_Fake(pause=0.05), [_Fake(fail_on=TEN[4])], batch_size=1)
    with pytest.raises(EncoderError, match="cannot encode"):
        shared.encode(TEN)


def test_a_consumer_that_stops_early_leaves_no_thread_working():
    child = _Fake(pause=0.01)
    running = threading.active_count()
    batches = SharedBatches(_Fake(pause=0.01), [child], batch_size=1).encode_batches(TEN)
    next(batches)
    batches.close()  # the child's thread finishes the batch it holds and takes no other
    assert threading.active_count() == running
    assert len(child.batches) < len(TEN) - 1


class _Busy(_Fake):
    """A fake encoder that spends `cpu` seconds of its thread's CPU on each batch."""

    def __init__(self, cpu: float) -> None:
        super().__init__()
        self.cpu = cpu

    def encode(self, texts, role="document"):
        import time

        began = time.thread_time()
        while time.thread_time() - began < self.cpu:
            pass
        return super().encode(texts, role)


def test_shared_batches_count_the_texts_and_cpu_of_this_process():
    """`here` and `here_cpu`: the texts this process encoded itself and its CPU seconds doing so (the command's
    own work is the rest of its CPU), not the children's, and CPU rather than the time it waited."""
    here, child = _Busy(cpu=0.02), _Fake(pause=0.05)
    shared = SharedBatches(here, [child], batch_size=2)
    shared.encode(TEN)
    assert shared.here == sum(len(batch) for batch in here.batches) > 0
    assert len(here.batches) * 0.02 <= shared.here_cpu < len(here.batches) * 0.02 + 0.5
    sleepy = SharedBatches(_Fake(pause=0.05), [_Fake(pause=0.05)], batch_size=2)
    sleepy.encode(TEN)
    assert sleepy.here > 0 and sleepy.here_cpu < 0.05 * sleepy.here / 2  # waiting is not CPU
