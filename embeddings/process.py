"""An encoder that runs in a child process.

Matching a long list is a pipeline: encode the next rows while the current ones are searched, ranked, judged
and written. In one process every stage but the numpy kernels takes turns on the one interpreter lock, and the
encoder (thousands of small numpy calls, and a tokenizer in Python) spends much of its time waiting for it. In
its own process it keeps a core to itself: `bench/bench_excel.py` measures the difference (docs/benchmarks.md,
"Benchmarks", its table of steps).

`EncoderProcess` has the Encoder interface (name, dimension, encode), so the rest of the code does not know.
Texts go to the child and vectors come back through a pipe (a 1,000-row batch is 2 MB of float32).
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from typing import Iterator, Sequence

import numpy as np

from embeddings.base import EncoderError, Role

STARTUP_TIMEOUT_S = 300  # loading a large sentence-transformers model from a slow disk can take a while


def _serve(conn, spec: str | None, threads: int) -> None:  # runs in the child
    # Ctrl-C reaches the whole process group: the parent handles it and closes the pipe, which ends this loop.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from embeddings.registry import load_encoder

        encoder = load_encoder(spec, threads=threads)
    except BaseException as exc:  # reported to the parent, which raises it there
        conn.send(("error", type(exc).__name__, str(exc)))
        return
    conn.send(("ready", encoder.name, int(encoder.dimension)))
    while True:
        try:
            message = conn.recv()
        except EOFError:  # the parent has gone
            return
        if message is None:
            return
        texts, role = message
        try:
            conn.send(("ok", encoder.encode(texts, role=role)))
        except BaseException as exc:
            conn.send(("error", type(exc).__name__, str(exc)))


class EncoderProcess:
    """The encoder named by `spec` (as `load_encoder` takes it), loaded and run in a child process.

    Use it as a context manager, or call `close()`; the child also ends when this process does. Safe to call
    from several threads (one request at a time).
    """

    def __init__(self, spec: str | None = None, threads: int = 1) -> None:
        context = multiprocessing.get_context("spawn")  # a clean interpreter: no inherited threads or locks
        self._conn, child = context.Pipe()
        self._process = context.Process(target=_serve, args=(child, spec, threads), name="stdcompare-encoder",
                                         daemon=True)
        self._process.start()
        child.close()
        self._lock = threading.Lock()
        self._identity: tuple[str, int] | None = None  # (name, dimension) once the child has said it is ready

    def _ready(self) -> tuple[str, int]:
        """Wait for the child to load the model (the caller can prepare other things meanwhile)."""
        with self._lock:
            if self._identity is None:
                reply = self._receive(STARTUP_TIMEOUT_S)
                if reply[0] != "ready":
                    self.close()
                    raise EncoderError(reply[2] if reply[1] == "EncoderError" else f"{reply[1]}: {reply[2]}")
                self._identity = (reply[1], reply[2])
            return self._identity

    @property
    def name(self) -> str:
        return self._ready()[0]

    @property
    def dimension(self) -> int:
        return self._ready()[1]

    def encode(self, texts: Sequence[str], role: Role = "document") -> np.ndarray:
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        self._ready()
        with self._lock:
            try:
                self._conn.send((texts, role))
            except (OSError, ValueError) as exc:
                raise EncoderError(f"the encoder process has stopped ({exc}); run the command again") from exc
            reply = self._receive(None)
        if reply[0] != "ok":
            raise EncoderError(f"the encoder failed: {reply[1]}: {reply[2]}")
        return reply[1]

    def _receive(self, timeout: float | None):
        while not self._conn.poll(1.0):
            if not self._process.is_alive():
                raise EncoderError(f"the encoder process ended unexpectedly (exit code {self._process.exitcode}); "
                                   "if memory is short, close other programs or choose a smaller model")
            if timeout is not None:
                timeout -= 1.0
                if timeout <= 0:
                    self.close()
                    raise EncoderError("the encoder process did not start in time")
        try:
            return self._conn.recv()
        except EOFError as exc:
            raise EncoderError("the encoder process ended unexpectedly; run the command again") from exc

    def close(self) -> None:
        if self._process.is_alive():
            try:
                self._conn.send(None)
            except (OSError, ValueError):
                pass
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
                self._process.join(timeout=5)
        self._conn.close()

    def __enter__(self) -> "EncoderProcess":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class SharedBatches:
    """One model encoding in several processes at once: `here` (an encoder of this process) and `others`
    (EncoderProcess children of the same model) take the batches of one `encode_batches` call in turn, each
    the next one not yet taken, and the vectors come back in order.

    On two cores this beats one process with two BLAS threads: the tokenizer is Python and most of the
    model's matrices are small, so a second thread does little inside one process, while a second process
    has a core to itself. The vectors are those of `here` alone batch by batch, to the bit, as long as the batch size is the
    caller's usual one and the children have `here`'s thread count (one BLAS thread: two threads can round
    sums in another order on some CPUs, 3e-7 at most seen).
    """

    def __init__(self, here, others: Sequence[EncoderProcess], batch_size: int = 256) -> None:
        self._here, self._others = here, list(others)
        self.name, self.dimension = here.name, here.dimension
        self.batch_size = max(1, batch_size)
        # the texts `here` encoded, and the CPU seconds of this process's thread while it did (the rest of the
        # process's CPU is its own work: reading, writing, the index)
        self.here, self.here_cpu = 0, 0.0

    def encode(self, texts: Sequence[str], role: Role = "document") -> np.ndarray:
        parts = list(self.encode_batches(texts, role))
        return np.vstack(parts) if parts else np.zeros((0, self.dimension), np.float32)

    def encode_batches(self, texts: Sequence[str], role: Role = "document") -> Iterator[np.ndarray]:
        """The vectors of `texts`, one array per batch of `batch_size`, in order."""
        texts = list(texts)
        size = self.batch_size
        count = -(-len(texts) // size)
        ready: dict[int, np.ndarray] = {}
        state = {"next": 0, "stop": False, "error": None}
        changed = threading.Condition()

        def take() -> int | None:
            with changed:
                if state["stop"] or state["next"] >= count:
                    return None
                state["next"] += 1
                return state["next"] - 1

        def encode(encoder, batch: int) -> None:
            vectors = encoder.encode(texts[batch * size:(batch + 1) * size], role=role)
            with changed:
                ready[batch] = vectors
                changed.notify_all()

        def work(encoder) -> None:  # runs in a thread per child process; the child does the work
            try:
                while (batch := take()) is not None:
                    encode(encoder, batch)
            except BaseException as exc:
                with changed:
                    state["error"] = exc
                    changed.notify_all()

        threads = [threading.Thread(target=work, args=(other,), daemon=True) for other in self._others]
        for thread in threads:
            thread.start()
        try:
            for wanted in range(count):
                # this process encodes batches of its own until the one wanted next is ready
                while wanted not in ready and state["error"] is None:
                    batch = take()
                    if batch is not None:
                        began = time.thread_time()
                        encode(self._here, batch)
                        self.here_cpu += time.thread_time() - began
                        self.here += len(texts[batch * size:(batch + 1) * size])
                        continue
                    with changed:  # every batch is taken: the one wanted is on its way from a child
                        changed.wait_for(lambda: wanted in ready or state["error"] is not None)
                if wanted not in ready:
                    raise state["error"]
                with changed:
                    vectors = ready.pop(wanted)
                yield vectors
        finally:
            with changed:
                state["stop"] = True
            for thread in threads:
                thread.join()
