"""Batch work on Ray, when asked: a local Ray on this machine's cores, or a Ray cluster by its address.

Nothing here runs unless a caller asks for Ray: without it, the batch work runs in this process as always, and
Ray need not be installed (it comes in the `ray` extra). Three kinds of batch work use it:

- encoding at ingest: `EncoderPool` has the Encoder interface (name, dimension, encode) over Ray actors that
  each hold the encoder (loaded once by the command and sent through the object store, or loaded by each);
  the caller still writes every vector to the store itself, in one transaction. `Loading` loads the encoder
  and `Starting` starts Ray and the actors, each in a thread, while the command reads its input, and
  `HeadStart` encodes the first batches in the command until the actors are ready;
- reading documents: the pages of a scanned standard are recognised (OCR) as Ray tasks (`RayCluster.map`);
- matching long lists: `Workers` hold an open store (its index memory-mapped) and the encoder, and match
  chunks of rows; the caller writes the results, in order, as the one writer.

A worker that fails or dies raises `DistributedError` here, naming what failed; nothing has been written then:
the results of a list are written only after all the batch work has come back, and an ingest writes its
vectors as they come inside one transaction, which the failure rolls back.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import socket
import sys
import threading
import time
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np

from compare.core.errors import StdcompareError
from embeddings.base import EncoderError

LOCAL = "auto"  # the address that means: start a local Ray on this machine's cores
# texts per batch the command encodes itself (and without Ray: the default encoder's own batch inside); every
# batch handed out starts on this grid, so the same 256-text batches give the same vectors, to the bit
HEAD_BATCH = 256
# texts per encoding task: large enough that Ray's overhead per task is small (about 5 ms of CPU between the
# command, the worker and the raylet, and as long again of a worker's wall time: 1024 texts take about 1 s to
# encode), a whole number of HEAD_BATCH; the last tasks of an input are HEAD_BATCH, so that the workers finish
# within one of each other
ENCODE_BATCH = 4 * HEAD_BATCH
IN_FLIGHT = 2  # tasks queued per actor, so that none waits for the driver between two batches
NOT_INSTALLED = ("Ray is not installed: install the ray extra (pip install 'stdcompare[ray]'), or run without "
                 "Ray")


class DistributedError(StdcompareError):
    """Ray was asked for but is not installed or not reachable, or a Ray worker failed; nothing was written."""


def ray_module():
    """The `ray` package, or DistributedError saying to install the ray extra."""
    try:
        import ray
    except ImportError:
        raise DistributedError(NOT_INSTALLED, option="ray") from None
    return ray


def ray_installed() -> bool:
    try:
        ray_module()
    except DistributedError:
        return False
    return True


class RayCluster:
    """A connection to Ray for one command: a local Ray started here (address "auto"), or a running cluster.

    Use it as a context manager: a local Ray started here is shut down at the end; a cluster is only left.
    `workers` is how many workers the batch work uses (default: every CPU Ray offers).
    """

    def __init__(self, address: str = LOCAL, workers: int | None = None) -> None:
        self.address = (address or LOCAL).strip()
        if workers is not None and workers < 1:
            raise DistributedError(f"Ray needs at least one worker, not {workers}", option="ray_workers")
        self._asked_workers = workers
        self._ray = ray_module()
        self._started_here = False
        self._head: Any = None  # the local head node started here (`_start_head`), stopped on leaving

    @property
    def local(self) -> bool:
        return self.address.lower() in (LOCAL, "local")

    def check_reachable(self) -> None:
        """Refuse at once a cluster address nobody answers on (a local Ray is always there to start)."""
        if not self.local:
            _check_reachable(self.address)

    def __enter__(self) -> "RayCluster":
        ray = self._ray
        self.check_reachable()  # even when this process already runs Ray: the address is wrong
        if not ray.is_initialized():
            options: dict[str, Any] = {"include_dashboard": False, "configure_logging": False,
                                       "log_to_driver": False}
            try:
                if self.local:
                    # a local Ray sized to the workers asked for, so that 1 worker really means 1 core
                    cpus = self._asked_workers or os.cpu_count() or 1
                    self._head = _start_head(cpus)
                    if self._head is None:  # a Ray without the parts `_start_head` uses: its own local Ray
                        ray.init(address="local", num_cpus=cpus, **options)
                    else:
                        _wait_for_workers(self._head, cpus)
                        ray.init(address=self._head.address, **options)
                else:
                    ray.init(address=self.address, **options)
            except (ConnectionError, RuntimeError, ValueError) as exc:
                self._stop_head()
                raise DistributedError(f"could not reach the Ray cluster at '{self.address}' ({exc}); check that "
                                       "Ray runs on its head node and that the address is right",
                                       option="ray") from exc
            except BaseException:  # Ctrl-C while Ray starts, say: no head left behind
                self._stop_head()
                raise
            self._started_here = True
        offered = int(ray.cluster_resources().get("CPU", 0))
        if self._asked_workers and self._asked_workers > offered:
            self.__exit__()
            raise DistributedError(f"{self._asked_workers} Ray workers asked for, but the cluster offers "
                                   f"{offered} CPU(s); ask for at most {offered}", option="ray_workers")
        return self

    def __exit__(self, *exc) -> None:
        if self._started_here:
            try:
                self._ray.shutdown()
            finally:
                self._started_here = False
                self._stop_head()

    def _stop_head(self) -> None:
        """Stops the local head node started here, if any (ray.shutdown leaves a node it did not start)."""
        head, self._head = self._head, None
        if head is not None:
            try:
                head.destroy_external_storage()
            finally:
                head.kill_all_processes(check_alive=False, allow_graceful=True)

    @property
    def workers(self) -> int:
        """The workers batch work is spread over: as asked, else one per CPU the cluster offers."""
        if self._asked_workers:
            return self._asked_workers
        return max(1, int(self._ray.cluster_resources().get("CPU", 1)))

    def map(self, function: Callable[..., Any], items: Iterable[Any], *, doing: str = "running the batch work",
            **shared) -> Iterator[Any]:
        """`function(item, **shared)` for every item, as Ray tasks, results in order (see `run_tasks`)."""
        return run_tasks(self, function, items, doing=doing, **shared)

    def describe(self) -> str:
        where = "a local Ray" if self.local else f"the Ray cluster at {self.address}"
        if self._asked_workers or self._ray.is_initialized():
            return f"{where}, {self.workers} worker(s)"
        if self.local:  # still starting, on every core
            return f"{where}, {os.cpu_count() or 1} worker(s)"
        return f"{where}, one worker per CPU it offers"


# The raylet of a local head starts its `cpus` Python workers as it starts, beside its agents, rather than once this
# process connects: Ray's default waits for the first driver to connect, then starts them, and the driver's connect
# (ray.init) waits for them holding this process's interpreter lock (the command's reading of its file and its own
# first batches stopped meanwhile: 0.9-2.0 s in one stretch at load 10-15)
PRESTART = {"enable_worker_prestart": True, "prestart_worker_first_driver": False}


def _start_head(cpus: int) -> Any:
    """A local Ray head node of `cpus` CPUs with only the processes batch work uses: the GCS and the raylet, which
    starts the workers and its two agents; or None when the installed Ray lacks the parts used here (then
    `ray.init` starts its own local Ray). A head that `ray.init` starts also runs an API server (with no dashboard
    it serves nothing here, and `ray.init` waits for it to start before the raylet), the autoscaler's monitor
    (nothing to scale on one machine) and the log monitor (it passes the workers' output to the driver, which
    `log_to_driver=False` turns down): about 1.5 CPU-s of Python on the cores the command needs, most of it
    while Ray starts. `ray.init` has no switch for them; `ray start` has two, but a head it starts is no process
    of this command's. This is what `ray.init` does for a local Ray, without those three: a token for the
    cluster, no usage statistics, the processes tied to this thread (they end with it, whatever happens)."""
    try:
        from ray._common.usage import usage_lib
        from ray._private.authentication import authentication_token_setup as tokens
        from ray._private.node import Node
        from ray._private.parameter import RayParams
    except ImportError:
        return None
    if not hasattr(Node, "start_api_server") or not hasattr(tokens, "enable_token_auth_by_default"):
        return None

    class Head(Node):
        def start_api_server(self, *, include_dashboard, raise_on_failure) -> None:
            self._webui_url = ""  # what a head without a dashboard reports

    tokens.enable_token_auth_by_default()
    tokens.ensure_token_if_auth_enabled({}, create_token_if_missing=True)
    usage_lib.set_usage_stats_enabled_via_env_var(False)
    params = RayParams(num_cpus=cpus, include_dashboard=False, no_monitor=True, include_log_monitor=False,
                       _system_config=PRESTART)
    return Head(params, head=True, shutdown_at_exit=False, spawn_reaper=True, ray_init_cluster=True)


def _wait_for_workers(head: Any, count: int, timeout: float = 30.0) -> None:
    """Waits, sleeping (the interpreter lock free for the command's other threads), until the raylet of `head` has
    started `count` workers (each writes its log file as it connects to the raylet), for at most `timeout` s or
    until the raylet has gone: the driver's connect then waits for nothing more, where it would wait for them
    holding the interpreter lock. One directory listing a look: little work for a thread that shares the lock
    with the command's busy ones."""
    try:
        raylet = head.all_processes["raylet"][0].process
        logs = head.get_logs_dir_path()
    except (AttributeError, KeyError, IndexError):
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and raylet.poll() is None:
        try:
            if sum(name.startswith("python-core-worker-") for name in os.listdir(logs)) >= count:
                return
        except OSError:
            return
        time.sleep(0.02)


def _check_reachable(address: str, timeout: float = 5.0) -> None:
    """Refuse at once a HOST:PORT nobody answers on (Ray itself would keep trying for minutes)."""
    match = re.fullmatch(r"(?:ray://)?\[?([\w.:-]+?)\]?:(\d+)", address)
    if match is None:
        return
    try:
        socket.create_connection((match.group(1), int(match.group(2))), timeout=timeout).close()
    except OSError as exc:
        raise DistributedError(f"no Ray cluster answers at '{address}' ({exc.strerror or exc}); check that Ray "
                               "runs on its head node and that the address is right", option="ray") from None


class Starting:
    """A cluster connected to (a local Ray started), then `make(cluster)` made (say, an EncoderPool, whose
    workers load the encoder), in a thread of their own while this process reads its input: a local Ray takes
    about 6 s to start on two cores, and its workers a few more to load an encoder.

    Use it as a context manager. `connected()` waits until Ray is up, `result()` until `make` is done; both
    raise here what failed there. `release()` says this process needs Ray no more: the thread then closes what
    it made and leaves the cluster (a local Ray shuts down, about 1.5 s) while this process finishes its own
    work; leaving the `with` releases and waits for that. The thread lives until then because a local Ray's
    processes are tied to the thread that started them (they end when it ends, on Linux). `map` is the
    cluster's, once connected (for OCR while the input is read).
    """

    def __init__(self, cluster: RayCluster, make: Callable[[RayCluster], Any]) -> None:
        self.cluster, self._make = cluster, make
        self._up, self._made, self._released = threading.Event(), threading.Event(), threading.Event()
        self._result: Any = None
        self._error: BaseException | None = None
        self._failed_to_connect: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="stdcompare-ray", daemon=True)
        self._begun = False

    def __enter__(self) -> "Starting":
        """Begins (once: a Starting begun earlier, before the command line's imports, is entered as it is)."""
        if self._begun:
            return self
        self.cluster.check_reachable()  # an address nobody answers on is refused now, before any reading
        if threading.current_thread() is threading.main_thread():
            # what ray.init does when it runs in the main thread: SIGTERM exits through the clean-up
            signal.signal(signal.SIGTERM, _exit_on_sigterm)
        self._thread.start()
        self._begun = True
        return self

    def _run(self) -> None:
        try:
            with _without_thread_warning():
                self.cluster.__enter__()
        except BaseException as exc:  # raised in the command's thread by connected() and result()
            self._failed_to_connect = self._error = exc
            self._up.set()
            self._made.set()
            return
        self._up.set()
        try:
            if not self._released.is_set():  # else the command failed meanwhile: nothing to make
                self._result = self._make(self.cluster)
            self._make = None  # and what it held (an encoder loaded here, say) can go
        except BaseException as exc:  # raised in the command's thread by result()
            self._error = exc
        finally:
            self._made.set()
        self._released.wait()
        try:
            close = getattr(self._result, "close", None)
            if close is not None:
                close()
        finally:
            self.cluster.__exit__()

    def connected(self) -> RayCluster:
        """The cluster, once connected (waits for it)."""
        self._up.wait()
        if self._failed_to_connect is not None:
            raise self._failed_to_connect
        return self.cluster

    def ready(self) -> bool:
        """Whether `make` is done (or failed): `result()` would not wait."""
        return self._made.is_set()

    def result(self) -> Any:
        """What `make` made (waits for it)."""
        self._made.wait()
        if self._error is not None:
            raise self._error
        return self._result

    def map(self, function: Callable[..., Any], items: Iterable[Any], **options) -> Iterator[Any]:
        return self.connected().map(function, items, **options)

    def release(self) -> None:
        self._released.set()

    def __exit__(self, *exc) -> None:
        self.release()
        self._thread.join()


def _exit_on_sigterm(signum, frame) -> None:
    sys.exit(signum)


class _without_thread_warning:
    """Leaves out Ray's warning that it set no SIGTERM handler outside the main thread (Starting sets it)."""

    @staticmethod
    def filter(record: logging.LogRecord) -> bool:
        return "SIGTERM handler is not set" not in record.getMessage()

    def __enter__(self) -> None:
        logging.getLogger("ray._private.worker").addFilter(self.filter)

    def __exit__(self, *exc) -> None:
        logging.getLogger("ray._private.worker").removeFilter(self.filter)


# ---------------------------------------------------------------- failures


def _failure(exc: BaseException, doing: str) -> Exception:
    """A Ray failure as one clear message: which work failed and why, and that nothing was written. A
    StdcompareError or EncoderError raised inside a worker (a bad file, a model not found) comes back as it
    was."""
    ray = ray_module()
    if isinstance(exc, ray.exceptions.RayTaskError):
        cause = getattr(exc, "cause", None) or exc
        if isinstance(cause, (StdcompareError, EncoderError)):  # the user's own problem, met in a worker
            return cause
        lines = str(cause).strip().splitlines()
        detail = f"{type(cause).__name__}: {lines[-1] if lines else ''}"
    elif isinstance(exc, (ray.exceptions.RayActorError, ray.exceptions.WorkerCrashedError)):
        detail = "the worker process died (out of memory, killed, or its node left the cluster)"
    else:
        detail = f"{type(exc).__name__}: {exc}"
    return DistributedError(f"a Ray worker failed while {doing}: {detail}; nothing was written. Run the command "
                            "again, or without Ray", option="ray")


# ---------------------------------------------------------------- actors


class _Host:
    """One Ray actor holding an object made once in it (an encoder, an open store) and calling its methods."""

    def __init__(self, factory: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        # an error while making the object is kept and raised by `ready`: Ray passes a method's exception back
        # as it was, but reports a failed constructor only as a dead actor
        self._object, self._error = None, None
        try:
            self._object = factory(*args, **kwargs)
        except Exception as exc:
            self._error = exc

    def ready(self) -> bool:
        if self._error is not None:
            raise self._error
        return True

    def attribute(self, name: str) -> Any:
        return getattr(self._object, name)

    def call(self, method: str, *args) -> Any:
        return getattr(self._object, method)(*args)


class Workers:
    """One Ray actor per worker of `cluster`, each holding `factory(*args, **kwargs)`, made once in it.

    `map(method, items)` calls the method on the actors, each item a tuple of its arguments, results in order;
    each item goes to the first actor with room (IN_FLIGHT each): the actors stay busy however long each takes. Use it as a
    context manager, or call `close()`. A worker that fails, while being made or later, raises
    DistributedError (a StdcompareError or EncoderError raised inside it comes back as it was).
    """

    def __init__(self, cluster: RayCluster, factory: Callable[..., Any], *args, num_cpus: float = 1,
                 doing: str = "starting", wait: bool = True, **kwargs) -> None:
        ray = ray_module()
        host = ray.remote(num_cpus=num_cpus, max_restarts=0)(_Host)
        self.doing = doing
        self._actors = [host.remote(factory, args, kwargs) for _ in range(cluster.workers)]
        # the actors not yet known to be ready, by the reference of their `ready` call (see `_Feed`)
        self.starting: dict[Any, Any] = {actor.ready.remote(): actor for actor in self._actors}
        if wait:
            try:
                ray.get(list(self.starting))
            except Exception as exc:
                self.close()
                raise _failure(exc, doing) from exc
            self.starting = {}

    def __len__(self) -> int:
        return len(self._actors)

    def attribute(self, name: str) -> Any:
        """An attribute of the object the first actor holds (they are all made alike)."""
        return ray_module().get(self._actors[0].attribute.remote(name))

    def map(self, method: str, items: Iterable[Any], *, doing: str) -> Iterator[Any]:
        ray = ray_module()
        pending = iter(items)
        refs: dict[Any, tuple[int, Any]] = {}  # object ref -> (position, actor)
        done: dict[int, Any] = {}
        submitted = next_out = 0

        def submit(actor) -> None:
            nonlocal submitted
            item = next(pending, _NOTHING)
            if item is not _NOTHING:
                refs[actor.call.remote(method, *item)] = (submitted, actor)
                submitted += 1

        with _Cancelling(refs, doing):
            for _ in range(IN_FLIGHT):
                for actor in self._actors:
                    submit(actor)
            while refs or next_out in done:
                if next_out in done:
                    yield done.pop(next_out)
                    next_out += 1
                    continue
                ref = ray.wait(list(refs), num_returns=1)[0][0]
                position, actor = refs.pop(ref)
                done[position] = ray.get(ref)
                submit(actor)  # the actor that finished gets the next item
                ref = actor = None  # no handle on Ray kept while the consumer works: it may release Ray meanwhile

    @property
    def actors(self) -> list:
        return list(self._actors)

    def close(self) -> None:
        ray = ray_module()
        for actor in self._actors:
            try:
                ray.kill(actor)
            except Exception:  # already gone
                pass
        self._actors = []
        self.starting = {}

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


_NOTHING = object()


# ---------------------------------------------------------------- encoding on actors


def _load_encoder(model: str | None, threads: int = 1):
    from embeddings import load_encoder

    return load_encoder(model, threads=threads)


def _from_object_store(held: list) -> Any:
    """The encoder in Ray's object store that `held` (a list of one reference) names: unpickled here, its arrays
    left in the store's shared memory (no copy, read-only)."""
    return ray_module().get(held[0])


class Loading:
    """`loader(model, threads=1)` loaded in a thread of its own, from now on: the encoder this process encodes its
    first batches with (HeadStart) and, when it can travel (`shareable`), the one its Ray workers get through the
    object store rather than each loading its own (EncoderPool's `local`). `result()` waits for it and raises
    what failed."""

    def __init__(self, model: str | None = None, loader: Callable[..., Any] = _load_encoder) -> None:
        self._done = threading.Event()
        self._encoder: Any = None
        self._error: BaseException | None = None

        def load() -> None:
            try:
                self._encoder = loader(model, threads=1)
            except BaseException as exc:  # raised in the caller's thread by result()
                self._error = exc
            finally:
                self._done.set()

        threading.Thread(target=load, name="stdcompare-load-encoder", daemon=True).start()

    def result(self) -> Any:
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._encoder


class EncoderPool:
    """The Encoder interface over `cluster.workers` Ray actors, each with its own copy of the encoder `model`.

    `encode` cuts its texts into batches of `batch_size` and keeps every actor busy; `encode_batches` yields
    the vectors batch by batch, in order (for a progress bar, or for the store to write them as they come:
    `encodes_elsewhere`), then calls `finished()` if one is set (say, to let Ray go while the caller finishes its
    own work). Each actor uses `threads` CPU threads (one: the cores are shared out among actors).
    `loader(model, threads=...)` loads the encoder in each actor; or, given `local` (an encoder loaded in this
    process) that can travel (`shareable`: the default encoder), each actor gets that one from Ray's object store:
    its tables unpickled (about 0.1 s of CPU), its weight arrays shared without a copy, where a load takes about
    0.8 s of CPU per actor on cores the command needs meanwhile. Use it as a context manager, or call `close()`.
    """

    encodes_elsewhere = True  # this process waits for the workers' batches: it can write meanwhile

    def __init__(self, cluster: RayCluster, model: str | None = None, *, batch_size: int = ENCODE_BATCH,
                 threads: int = 1, loader: Callable[..., Any] = _load_encoder, local: Any = None,
                 wait: bool = True) -> None:
        self.batch_size = max(1, batch_size)
        self.finished: Callable[[], None] | None = None
        # in a list: the actors get the reference and unpickle it themselves; kept here as long as they use it
        self._held = [ray_module().put(local)] if local is not None and getattr(local, "shareable", False) else None
        if self._held is not None:
            # `wait=False`: made at once, each actor taking work as soon as it is ready (HeadStart); an actor
            # that cannot unpack the encoder then says so while encoding
            self._workers = Workers(cluster, _from_object_store, self._held, num_cpus=threads,
                                    doing="unpacking the encoder", wait=wait)
            self.name, self.dimension = local.name, int(local.dimension)
        else:  # an encoder each actor loads: one that cannot load is named here, before anything is written
            self._workers = Workers(cluster, loader, model, num_cpus=threads, doing="loading the encoder",
                                    threads=threads)
            self.name, self.dimension = self._workers.attribute("name"), int(self._workers.attribute("dimension"))

    @property
    def workers(self) -> int:
        return len(self._workers)

    @property
    def all_ready(self) -> bool:
        """Whether every actor is known to be ready (always so when made with `wait=True`)."""
        return not self._workers.starting

    def encode(self, texts: Sequence[str], role: str = "document") -> np.ndarray:
        parts = list(self.encode_batches(texts, role))
        return np.vstack(parts) if parts else np.zeros((0, self.dimension), np.float32)

    def encode_batches(self, texts: Sequence[str], role: str = "document",
                       batch_size: int | None = None) -> Iterator[np.ndarray]:
        """The vectors of `texts`, one array per batch, in order; batches run on whichever actor is free."""
        texts = list(texts)
        results: dict[int, np.ndarray] = {}
        refs: dict[Any, tuple[int, Any]] = {}
        with _Cancelling(refs, "encoding"):
            feed = self.feed(texts, role, _Pieces(len(texts)), results, refs, batch_size)
            yield from _in_order(results, len(texts), lambda: feed.step(None))
        if self.finished is not None:
            self.finished()

    def feed(self, texts: list[str], role: str, pieces: "_Pieces", results: dict, refs: dict,
             batch_size: int | None = None) -> "_Feed":
        """What hands `pieces` of `texts` to the actors (see `_Feed`)."""
        size = batch_size or self.batch_size
        # the last tasks one HEAD_BATCH each where that keeps the grid: the workers end within one of each other
        last = HEAD_BATCH if size % HEAD_BATCH == 0 else size
        return _Feed(self._workers, texts, role, pieces, results, refs, size, last)

    def close(self) -> None:
        self._workers.close()
        self._held = None

    def __enter__(self) -> "EncoderPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class HeadStart:
    """The Encoder interface for an ingest on Ray that begins here, in this process, while the workers are still
    starting (`starting`: a Starting whose result is an EncoderPool, made with `wait=False`): batches of
    `batch_size` texts, from the front of the input, go to an encoder loaded here with one thread, and each
    actor of the pool takes batches from where these end as soon as it is ready (not once all are), until every
    actor is ready: then all the rest goes to the pool. A local Ray takes some 10 s to start and ready its
    workers, on cores it leaves mostly idle meanwhile.

    The batches here are the 256 texts the command encodes without Ray, and the pool's start on the same grid,
    so the vectors are the same to the bit. `here` counts the texts encoded here; `finished()`, if set, is called
    once every batch is back (as EncoderPool's). If the pool is ready first, nothing is loaded here. `local`: a
    Loading of the encoder here, begun earlier (the one the pool's workers were given), used rather than a load.
    """

    encodes_elsewhere = True  # past its first batches this process waits for the workers: it can write meanwhile

    def __init__(self, starting: "Starting", model: str | None = None, *, batch_size: int = HEAD_BATCH,
                 loader: Callable[..., Any] = _load_encoder, local: Loading | None = None) -> None:
        self._starting = starting
        self.batch_size = max(1, batch_size)
        self.here, self.here_cpu = 0, 0.0  # texts encoded here, and the CPU seconds of the thread that did
        self.finished: Callable[[], None] | None = None
        if starting.ready() and starting.result().all_ready:
            self._local = None  # every worker is ready already
        else:
            self._local = local.result() if local is not None else loader(model, threads=1)
        described = self._local if self._local is not None else starting.result()
        self.name, self.dimension = described.name, int(described.dimension)

    @property
    def encodes_here(self) -> bool:
        """Whether this process encodes the first batches itself (the workers were not ready when it began)."""
        return self._local is not None

    def encode(self, texts: Sequence[str], role: str = "document") -> np.ndarray:
        parts = list(self.encode_batches(texts, role))
        return np.vstack(parts) if parts else np.zeros((0, self.dimension), np.float32)

    def encode_batches(self, texts: Sequence[str], role: str = "document") -> Iterator[np.ndarray]:
        texts = list(texts)
        pieces = _Pieces(len(texts))
        results: dict[int, np.ndarray] = {}
        refs: dict[Any, tuple[int, Any]] = {}
        feed: _Feed | None = None

        def serve() -> None:
            """The pool's actors ready or done while a batch is encoded here take work at once, not once the
            batch is done (a batch here takes about 0.4 s: the first batch of each worker waited 0.19-0.36 s)."""
            nonlocal feed
            if feed is None and self._starting.ready():
                feed = self._starting.result().feed(texts, role, pieces, results, refs)
            elif feed is not None:
                feed.step(0)

        def step() -> bool:
            nonlocal feed
            if feed is None and (self._local is None or self._starting.ready()):
                feed = self._starting.result().feed(texts, role, pieces, results, refs)
            if self._local is not None and (feed is None or not feed.all_ready):
                taken = pieces.take(self.batch_size)
                if taken is not None:
                    start, end = taken
                    local = self._local

                    def encode_here() -> np.ndarray:
                        began = time.thread_time()
                        try:
                            return local.encode(texts[start:end], role=role)
                        finally:
                            self.here_cpu += time.thread_time() - began

                    results[start] = _meanwhile(encode_here, serve)
                    self.here += end - start
                    serve()
                    return True
            if feed is not None and feed.all_ready:
                self._local = None  # no longer needed: its memory goes
            return feed is not None and feed.step(None)

        with _Cancelling(refs, "encoding"):
            yield from _in_order(results, len(texts), step)
        if self.finished is not None:
            self.finished()


def _meanwhile(work: Callable[[], Any], serve: Callable[[], None], every: float = 0.02) -> Any:
    """`work()` in a thread of its own while this one calls `serve()` every `every` s until it is done; what it
    returned, or its error raised here."""
    outcome: dict[str, Any] = {}
    done = threading.Event()

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # raised in the caller's thread below
            outcome["error"] = exc
        finally:
            done.set()

    threading.Thread(target=run, name="stdcompare-head-start", daemon=True).start()
    while not done.wait(every):
        serve()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class _Pieces:
    """The texts still to encode, handed out from the front as (start, end) pieces: a piece starts where the one
    before ended, so pieces whose sizes are whole numbers of HEAD_BATCH all start on its grid."""

    def __init__(self, count: int) -> None:
        self.count, self.next = count, 0

    @property
    def left(self) -> int:
        return self.count - self.next

    def take(self, size: int) -> tuple[int, int] | None:
        if self.next >= self.count:
            return None
        start, self.next = self.next, min(self.next + size, self.count)
        return start, self.next


class _Feed:
    """Pieces of `texts` (taken from `pieces`, which this process may share) handed to the actors of `workers`:
    each actor, once ready, gets IN_FLIGHT pieces of `size` texts, and another each time one comes back, so its
    queue never runs dry; the last pieces are `last` texts, so that the actors end within one of each other.
    The vectors back go to `results` by where their piece starts; `refs` holds the tasks out."""

    def __init__(self, workers: Workers, texts: list[str], role: str, pieces: _Pieces, results: dict, refs: dict,
                 size: int, last: int) -> None:
        self._ray = ray_module()
        self._workers, self._texts, self._role, self._pieces = workers, texts, role, pieces
        self._results, self._refs, self._size, self._last = results, refs, size, last
        for actor in workers.actors:
            if actor not in workers.starting.values():
                self._give(actor, IN_FLIGHT)

    @property
    def all_ready(self) -> bool:
        return not self._workers.starting

    def _give(self, actor, count: int = 1) -> None:
        for _ in range(count):
            # the last pieces small once what is left is no more than one large piece an actor: whichever is
            # free first takes the next, so they end within about a small piece of each other
            tail = self._pieces.left <= len(self._workers) * self._size
            taken = self._pieces.take(self._last if tail else self._size)
            if taken is None:
                return
            start, end = taken
            self._refs[actor.call.remote("encode", self._texts[start:end], self._role)] = (start, actor)

    def step(self, timeout: float | None) -> bool:
        """Waits up to `timeout` s (None: as long as it takes) for an actor to be ready or a piece to come back,
        and handles every one that has; False if there is nothing to wait for."""
        ray, starting = self._ray, self._workers.starting
        waiting = [*starting, *self._refs]
        if not waiting:
            return False
        done, _ = ray.wait(waiting, num_returns=1, timeout=timeout)
        if done and len(waiting) > 1:
            done, _ = ray.wait(waiting, num_returns=len(waiting), timeout=0)
        for ref in done:
            if ref in starting:
                actor = starting.pop(ref)
                try:
                    ray.get(ref)
                except ray.exceptions.RayError as exc:
                    raise _failure(exc, self._workers.doing) from exc
                self._give(actor, IN_FLIGHT)
            else:
                start, actor = self._refs.pop(ref)
                self._results[start] = ray.get(ref)
                self._give(actor)  # the actor that finished gets the next piece
        return True


def _in_order(results: dict[int, np.ndarray], count: int, step: Callable[[], bool]) -> Iterator[np.ndarray]:
    """The arrays of `results` (by where each starts) yielded in order as `step()` brings them, to `count`
    rows in all; `step()` says False when it has nothing more to bring."""
    done = 0
    while done < count:
        if done not in results and not step():
            raise DistributedError(f"the encoding stopped after {done} of {count} texts", option="ray")
        while done in results:
            part = results.pop(done)
            done += len(part)
            yield part


class _Cancelling:
    """Around the wait for Ray results: on a failure, or when the consumer stops early, the tasks still queued
    (`refs`) are cancelled; a failure on Ray is raised again as one clear error naming what was being `doing`."""

    def __init__(self, refs, doing: str) -> None:
        self.refs, self.doing = refs, doing

    def __enter__(self) -> "_Cancelling":
        return self

    def __exit__(self, kind, exc, traceback) -> bool:
        if kind is None:
            return False
        ray = ray_module()
        for ref in list(self.refs):
            try:
                ray.cancel(ref, force=False)
            except Exception:  # already finished or gone
                pass
        if isinstance(exc, ray.exceptions.RayError):  # an error of this process itself passes as it is
            raise _failure(exc, self.doing) from exc
        return False


# ---------------------------------------------------------------- tasks


def run_tasks(cluster: RayCluster, function: Callable[..., Any], items: Iterable[Any], *, doing: str,
              num_cpus: float = 1, **kwargs) -> Iterator[Any]:
    """`function(item, **kwargs)` for every item as Ray tasks on `cluster`, results yielded in the order of
    `items`; at most about two tasks per worker are queued at once, so long inputs stream. A failure raises
    DistributedError naming `doing`."""
    ray = ray_module()
    remote = ray.remote(num_cpus=num_cpus, max_retries=0)(function)
    shared = {key: ray.put(value) for key, value in kwargs.items()}  # sent to the cluster once, not per task
    window = max(1, cluster.workers * IN_FLIGHT)
    queue: list = []
    with _Cancelling(queue, doing):
        for item in items:
            queue.append(remote.remote(item, **shared))
            if len(queue) >= window:
                yield ray.get(queue.pop(0))
        while queue:
            yield ray.get(queue.pop(0))
