"""Batch work on Ray: the same store as without Ray, a failed worker leaves the store as it was, and Ray asked for
but not installed stops with a message saying to install the ray extra.

The tests that start Ray run on a local Ray of two workers (one per core here) and are marked slow; the
import-guard tests run without Ray.
"""

from __future__ import annotations

import os
import re
import sys
import threading
import uuid

import numpy as np
import pytest
from typer.testing import CliRunner

from api.cli import app
from compare.core.distributed import (DistributedError, EncoderPool, HeadStart, RayCluster, Starting,
                                      ray_installed)
from embeddings import EncoderError
from compare.store.ingest import ClauseRecord
from compare.store.store import Store
from tests.conftest import INTERNATIONAL, ROOT, write_csv

runner = CliRunner()
needs_ray = pytest.mark.skipif(not ray_installed(), reason="the ray extra is not installed")


def clause_records(n: int) -> list[ClauseRecord]:
    """`n` distinct clauses of 20 standards, as ingest makes them."""
    foods = ["cereal grains", "polished rice", "wheat flour", "leafy vegetables", "fresh milk", "drinking water",
             "fish", "edible offal"]
    metals = ["Lead (as Pb)", "Cadmium (as Cd)", "Total mercury (as Hg)", "Inorganic arsenic (as As)"]
    out = []
    for i in range(n):
        text = (f"{metals[i % 4]} in {foods[i // 4 % 8]}: the maximum level is {0.01 * (i + 1):.2f} mg/kg "
                f"(clause {i})")
        out.append(ClauseRecord(standard=f"ISO {1000 + i % 20}", clause=f"{i // 20 + 1}.{i % 20}", text=text,
                                lang="en", side="international"))
    return out


def store_content(path) -> tuple[list, np.ndarray, dict]:
    """What a store holds: (id, standard, clause, text, side) rows, their vectors, and the search of a query."""
    with Store.open(path) as store:
        rows = store.read("SELECT c.id, s.number, c.clause, c.text, c.side FROM clauses c "
                          "JOIN standards s ON s.id = c.standard_id ORDER BY c.id")
        vectors = store.vectors([r[0] for r in rows])
        hits = store.search(vectors[:3], "international", 5)
        return rows, vectors, {"hits": [[i for i, _ in h] for h in hits],
                               "generation": store.generation("international"), "stats": store.stats()["clauses"]}


# ---------------------------------------------------------------- without Ray


def test_ray_asked_for_but_not_installed_says_to_install_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # `import ray` now fails, as where the extra is missing
    store = tmp_path / "store"
    result = runner.invoke(app, ["ingest", str(write_csv(tmp_path / "intl.csv", INTERNATIONAL)), "--store",
                                 str(store), "--ray", "auto"])
    assert result.exit_code == 2
    assert "install the ray extra" in result.stderr and "pip install 'stdcompare[ray]'" in result.stderr
    assert not store.exists()  # stopped before anything was read or written


def test_the_ray_address_setting_alone_asks_for_ray(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    monkeypatch.setenv("STDCOMPARE_RAY_ADDRESS", "10.0.0.5:6379")
    result = runner.invoke(app, ["ingest", str(write_csv(tmp_path / "intl.csv", INTERNATIONAL)), "--store",
                                 str(tmp_path / "store")])
    assert result.exit_code == 2 and "install the ray extra" in result.stderr
    assert "STDCOMPARE_RAY_ADDRESS" in result.stderr  # the CLI's hint names where Ray was asked for


def test_library_errors_name_the_setting_not_a_flag(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)
    with pytest.raises(DistributedError) as caught:
        RayCluster("auto")
    assert caught.value.option == "ray" and "--" not in str(caught.value)
    assert not ray_installed()


@needs_ray
def test_zero_workers_is_refused():
    with pytest.raises(DistributedError, match="at least one worker") as caught:
        RayCluster("auto", workers=0)
    assert caught.value.option == "ray_workers"


# ---------------------------------------------------------------- on a local Ray


@pytest.fixture(scope="module")
def cluster(local_ray):
    import ray.cloudpickle

    # the failing encoders below travel to the workers as code: a worker cannot import this test module
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield local_ray


class _DiesOnThirdBatch:
    """The real encoder, whose worker process dies at its third batch (as when a node is lost)."""

    def __init__(self, model, threads=1):
        from embeddings import load_encoder

        self._encoder = load_encoder(model, threads=threads)
        self.name, self.dimension = self._encoder.name, self._encoder.dimension
        self._batches = 0

    def encode(self, texts, role="document"):
        self._batches += 1
        if self._batches == 3:
            os._exit(1)
        return self._encoder.encode(texts, role=role)


class _FailsOnTexts:
    """The real encoder, raising on a batch that holds a given text (as a model failing on some input)."""

    def __init__(self, model, threads=1):
        from embeddings import load_encoder

        self._encoder = load_encoder(model, threads=threads)
        self.name, self.dimension = self._encoder.name, self._encoder.dimension

    def encode(self, texts, role="document"):
        if any("(clause 150)" in t for t in texts):
            raise MemoryError("cannot allocate 2 GB for the batch")
        return self._encoder.encode(texts, role=role)


@pytest.mark.slow
def test_ray_ingest_gives_the_same_store_as_plain_ingest(tmp_path, cluster, encoder):
    from compare.core.distributed import EncoderPool

    records = clause_records(300)
    with Store.open(tmp_path / "plain", create=True) as store:
        store.ingest(records, encoder)
    with Store.open(tmp_path / "ray", create=True) as store, EncoderPool(cluster, batch_size=40) as pool:
        assert pool.workers == 2 and (pool.name, pool.dimension) == (encoder.name, encoder.dimension)
        seen, finished = [], []
        pool.finished = lambda: finished.append(sum(seen))
        report = store.ingest(records, pool, progress=seen.append)
    assert report.added == 300 and seen == [40] * 7 + [20]  # eight batches, spread over both workers, in order
    assert finished == [300]  # told once, when every batch was back
    plain_rows, plain_vectors, plain_search = store_content(tmp_path / "plain")
    ray_rows, ray_vectors, ray_search = store_content(tmp_path / "ray")
    assert ray_rows == plain_rows  # ids, standards, clause numbers, texts, sides
    np.testing.assert_allclose(ray_vectors, plain_vectors, atol=1e-5)
    assert ray_search == plain_search


@pytest.mark.slow
def test_the_ingest_command_with_ray_matches_the_command_without(tmp_path, cluster, encoder, monkeypatch):
    """The same store as without Ray; and the command reads its file once the encoder its workers wait for is
    loaded, not beside the load (both hold the interpreter lock: beside each other both ended late)."""
    import time

    import embeddings
    from api.cli import store as cli_store

    # more clauses than one Ray batch, not a whole number of them, and a long ingest (two processes without Ray)
    rows = [["standard", "clause", "text"]] + [[r.standard, r.clause, r.text] for r in clause_records(2300)]
    source = write_csv(tmp_path / "clauses.csv", rows)
    plain = runner.invoke(app, ["ingest", str(source), "--store", str(tmp_path / "plain")])
    assert plain.exit_code == 0, plain.output
    noted: dict[str, float] = {}
    load, read = embeddings.load_encoder, cli_store.open_table

    def loading(*args, **kwargs):
        try:
            return load(*args, **kwargs)
        finally:
            noted.setdefault("loaded", time.monotonic())

    def reading(*args, **kwargs):
        noted.setdefault("read", time.monotonic())
        return read(*args, **kwargs)

    monkeypatch.setattr(embeddings, "load_encoder", loading)
    monkeypatch.setattr(cli_store, "open_table", reading)
    with_ray = runner.invoke(app, ["ingest", str(source), "--store", str(tmp_path / "ray"), "--ray", "auto"])
    assert with_ray.exit_code == 0, with_ray.output
    assert noted["loaded"] <= noted["read"]
    assert "2300 added" in with_ray.stdout and "encoding on a local Ray, 2 worker(s)" in with_ray.stderr
    plain_rows, plain_vectors, plain_search = store_content(tmp_path / "plain")
    ray_rows, ray_vectors, ray_search = store_content(tmp_path / "ray")
    assert ray_rows == plain_rows
    np.testing.assert_array_equal(ray_vectors, plain_vectors)  # to the bit: the same 256-clause batches
    assert ray_search == plain_search


@pytest.mark.slow
def test_the_ingest_command_starts_its_own_local_ray_and_leaves_none_behind(tmp_path, one_thread_encoder):
    """The command as a user runs it, in a process of its own: Ray started beside the reading of the file, shut
    down beside the end of the write."""
    import subprocess

    rows = [["standard", "clause", "text"]] + [[r.standard, r.clause, r.text] for r in clause_records(300)]
    source = write_csv(tmp_path / "clauses.csv", rows)
    with Store.open(tmp_path / "plain", create=True) as store:  # one BLAS thread, as the Ray side encodes
        store.ingest(clause_records(300), one_thread_encoder)
    mark = f"stdcompare-test-{uuid.uuid4()}"  # in the environment of every process the command starts
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RAY_ADDRESS": "", "STDCOMPARE_TEST_MARK": mark}
    done = subprocess.run([sys.executable, "-m", "api.cli", "ingest", str(source), "--store", str(tmp_path / "ray"),
                           "--ray", "auto", "--ray-workers", "1"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _processes_marked(mark) == []  # no Ray process outlives the command
    assert "300 added" in done.stdout and "encoding on a local Ray, 1 worker(s)" in done.stderr
    assert "SIGTERM handler" not in done.stderr and "GCS" not in done.stderr
    assert store_content(tmp_path / "ray")[0] == store_content(tmp_path / "plain")[0]
    np.testing.assert_array_equal(store_content(tmp_path / "ray")[1], store_content(tmp_path / "plain")[1])


_EARLY_DRIVER = """
import importlib.abc, sys, threading

seen = []


class Watch(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "api.cli.store" and not seen:  # the first of the command line's command modules
            seen.append(sorted(thread.name for thread in threading.enumerate()))
        return None


sys.meta_path.insert(0, Watch())
sys.argv = ["stdcompare", *sys.argv[1:]]  # as the installed script runs
import api.cli

print("threads when the commands were imported:", *seen[0], file=sys.stderr)
api.cli.main()
"""


@pytest.mark.slow
def test_an_ingest_on_ray_begins_ray_and_the_encoder_before_the_command_line_imports(tmp_path):
    """Ray's start and the encoder's load run while the command line imports its commands (api/cli/early.py),
    and the command takes them: the same store as without Ray, nothing left behind."""
    import subprocess

    rows = [["standard", "clause", "text"]] + [[r.standard, r.clause, r.text] for r in clause_records(600)]
    source = write_csv(tmp_path / "clauses.csv", rows)
    plain = runner.invoke(app, ["ingest", str(source), "--store", str(tmp_path / "plain")])
    assert plain.exit_code == 0, plain.output
    mark = f"stdcompare-test-{uuid.uuid4()}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RAY_ADDRESS": "", "STDCOMPARE_TEST_MARK": mark}
    done = subprocess.run([sys.executable, "-c", _EARLY_DRIVER, "ingest", str(source), "--store",
                           str(tmp_path / "ray"), "--ray", "auto", "--ray-workers", "1"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    threads = re.search(r"threads when the commands were imported: (.*)", done.stderr).group(1).split()
    assert "stdcompare-ray" in threads and "stdcompare-load-encoder" in threads
    assert "600 added" in done.stdout and "encoding on a local Ray, 1 worker(s)" in done.stderr
    assert _processes_marked(mark) == []
    assert store_content(tmp_path / "ray")[0] == store_content(tmp_path / "plain")[0]
    np.testing.assert_array_equal(store_content(tmp_path / "ray")[1], store_content(tmp_path / "plain")[1])


@pytest.mark.slow
def test_an_early_ray_start_the_command_does_not_take_is_let_go(tmp_path):
    """A command that stops before it takes the Ray begun for it (here on a bad --side, which only the command
    checks) stops as it would, and Ray is let go at exit: no Ray process is left behind."""
    import subprocess

    source = write_csv(tmp_path / "clauses.csv", [["standard", "clause", "text"], ["ISO 1", "1", "Lead 0.1 mg/kg"]])
    mark = f"stdcompare-test-{uuid.uuid4()}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "RAY_ADDRESS": "", "STDCOMPARE_TEST_MARK": mark}
    done = subprocess.run([sys.executable, "-c", _EARLY_DRIVER, "ingest", str(source), "--store",
                           str(tmp_path / "ray"), "--ray", "auto", "--ray-workers", "1", "--side", "neither"],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode != 0 and "--side must be domestic or international" in done.stderr
    assert "stdcompare-ray" in re.search(r"threads when the commands were imported: (.*)", done.stderr).group(1)
    assert _processes_marked(mark) == []


def _processes_marked(mark: str) -> list[str]:
    """The programs of the processes (of this user) with `mark` in their environment."""
    found = []
    for entry in os.scandir("/proc"):
        try:
            if entry.name.isdigit() and mark.encode() in open(f"/proc/{entry.name}/environ", "rb").read():
                found.append(open(f"/proc/{entry.name}/cmdline", "rb").read().replace(b"\0", b" ").decode())
        except OSError:  # gone meanwhile, or another user's
            pass
    return found


@pytest.mark.slow
def test_a_local_ray_runs_only_what_the_batch_work_uses(cluster):
    """Ray's GCS and raylet (and the workers and agents the raylet starts), not the API server, the autoscaler's
    monitor or the log monitor that `ray.init` also starts: they cost CPU on the cores the work needs."""
    import psutil

    programs = []
    for child in psutil.Process().children(recursive=True):
        try:
            programs.append(" ".join(child.cmdline()))
        except psutil.Error:  # gone meanwhile
            pass
    assert any("/raylet" in p for p in programs) and any("/gcs_server" in p for p in programs)
    assert [p for p in programs if re.search(r"log_monitor\.py|autoscaler/_private/monitor\.py|dashboard/dashboard\.py",
                                             p)] == []


@needs_ray
@pytest.mark.slow
def test_a_local_ray_starts_its_workers_before_the_command_connects():
    """The raylet of a local head starts its workers as it starts, with no driver connected yet (Ray's default
    starts them once the first driver connects, and that connect waits for them holding the command's interpreter
    lock); the command connects once they are up."""
    from compare.core.distributed import _start_head, _wait_for_workers

    head = _start_head(2)
    try:
        _wait_for_workers(head, 2, timeout=120)
        logs = os.listdir(head.get_logs_dir_path())
        assert len([name for name in logs if name.startswith("python-core-worker-")]) == 2
        assert [name for name in logs if name.startswith("python-core-driver-")] == []  # none has connected
    finally:
        head.kill_all_processes(check_alive=False, allow_graceful=True)


@pytest.mark.slow
def test_starting_makes_in_the_background_and_closes_what_it_made(cluster):
    made_in, closed = [], threading.Event()

    class Made:
        def close(self):
            closed.set()

    def make(on):
        made_in.append((threading.current_thread().name, on is cluster))
        return Made()

    with Starting(cluster, make) as starting:
        assert starting.connected() is cluster and isinstance(starting.result(), Made)
        assert made_in == [("stdcompare-ray", True)] and not closed.is_set()
        starting.release()
        assert closed.wait(30)  # closed by its thread once released, before the `with` ends
    with pytest.raises(EncoderError, match="model '/nowhere/LaBSE' not found"):
        with Starting(cluster, lambda on: EncoderPool(on, "/nowhere/LaBSE")) as starting:
            starting.result()


@pytest.mark.slow
def test_the_head_start_encodes_here_until_the_workers_are_ready_with_the_same_vectors(tmp_path, cluster,
                                                                                   one_thread_encoder):
    records = clause_records(1800)
    with Store.open(tmp_path / "plain", create=True) as store:  # one BLAS thread, as the Ray side encodes
        store.ingest(records, one_thread_encoder)
    loaded, go = threading.Event(), threading.Event()

    def make(on):  # the workers are ready once this process has encoded two batches
        pool = EncoderPool(on, batch_size=512)  # worker batches told apart from this process's 256
        loaded.set()
        go.wait(120)
        return pool

    seen, finished = [], []

    def progress(count):
        seen.append(count)
        if len(seen) == 2:
            go.set()

    with Starting(cluster, make) as starting, Store.open(tmp_path / "ray", create=True) as store:
        assert loaded.wait(120) and not starting.ready()
        head = HeadStart(starting)
        head.finished = lambda: finished.append(sum(seen))
        report = store.ingest(records, head, progress=progress)
    assert report.added == 1800 and finished == [1800]
    assert seen[:2] == [256, 256] and 512 <= head.here < 1800 and head.here % 256 == 0
    assert max(seen[head.here // 256:]) == 512  # the rest came from the workers, in their batches
    plain_rows, plain_vectors, plain_search = store_content(tmp_path / "plain")
    ray_rows, ray_vectors, ray_search = store_content(tmp_path / "ray")
    assert ray_rows == plain_rows and ray_search == plain_search
    np.testing.assert_array_equal(ray_vectors, plain_vectors)


def _beside_a_plain_store(tmp_path, count: int):
    """`count` clauses ingested without Ray into tmp_path/plain by the encoder loaded here with one thread (as
    the command's head start and the workers have it: two threads can round in another order), that encoder,
    and an empty folder through which the actors and the test signal."""
    from embeddings import load_encoder

    records, local = clause_records(count), load_encoder(threads=1)
    with Store.open(tmp_path / "plain", create=True) as store:
        store.ingest(records, local)
    flags = tmp_path / "flags"
    flags.mkdir()
    return records, local, flags


def _ready_when_allowed(encoder, flags: str):
    """In an actor: the encoder, at once for the first actor to get here, for any other once `flags`/go exists."""
    import time
    from pathlib import Path

    try:
        os.mkdir(Path(flags) / "first")
    except FileExistsError:
        deadline = time.monotonic() + 120
        while not (Path(flags) / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
    return encoder


class _UnpackedBy:
    """The command's encoder as the workers get it through Ray's object store, unpacked in each actor by
    `unpack(encoder, flags)`, which holds the actor back until the test says so."""

    shareable = True

    def __init__(self, encoder, flags, unpack) -> None:
        self._encoder, self._flags, self._unpack = encoder, str(flags), unpack
        self.name, self.dimension = encoder.name, encoder.dimension

    def __reduce__(self):
        return self._unpack, (self._encoder, self._flags)


class _AfterTheFirstWorker:
    """The encoder of this process's head start, encoding once the first worker is ready, and slowly (so that
    the workers get their share of a short input on a busy machine)."""

    def __init__(self, encoder, flags) -> None:
        self._encoder, self._flags = encoder, flags
        self.name, self.dimension = encoder.name, encoder.dimension
        self.batches: list[tuple[str, int]] = []  # (first text, texts) of each batch encoded here

    def encode(self, texts, role="document"):
        import time

        deadline = time.monotonic() + 120
        while not (self._flags / "first").exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(0.2)
        self.batches.append((texts[0], len(texts)))
        return self._encoder.encode(texts, role=role)


@pytest.mark.slow
def test_each_worker_takes_batches_as_soon_as_it_is_ready_with_the_same_vectors(tmp_path, cluster, encoder):
    """A worker ready before the other encodes beside this process at once (not once all are ready), and the
    last batches are 256 texts, so that the workers end close together; the vectors are those without Ray."""
    records, local, flags = _beside_a_plain_store(tmp_path, 3000)
    seen = []

    def progress(count):
        seen.append(count)
        if count == 512:  # a worker's batch, back while the second worker is not ready: let it be
            (flags / "go").touch()

    here = _AfterTheFirstWorker(local, flags)
    shipped = _UnpackedBy(local, flags, _ready_when_allowed)
    with Starting(cluster, lambda on: EncoderPool(on, local=shipped, batch_size=512, wait=False)) as starting, \
            Store.open(tmp_path / "ray", create=True) as store:
        head = HeadStart(starting, loader=lambda model, threads=1: here)
        report = store.ingest(records, head, progress=progress)
    assert report.added == 3000 and (flags / "go").exists() and 512 in seen and sum(seen) == 3000
    # every batch this process encoded is one of the 256-text grid: it starts on it and is 256 texts, or the
    # input's last few (3000 = 11 x 256 + 184: the command takes that one too when the second worker is late)
    starts = {record.text: i for i, record in enumerate(records)}
    batches = [(starts[first], count) for first, count in here.batches]
    assert batches and head.here == sum(count for _, count in batches)
    assert head.here_cpu > 0  # the CPU of its own encoding, apart from the command's other work
    assert all(start % 256 == 0 and (count == 256 or start + count == 3000) for start, count in batches)
    assert max(seen[-3:]) <= 256  # the last batches: 256 each (or what is left), not 512
    plain_rows, plain_vectors, plain_search = store_content(tmp_path / "plain")
    ray_rows, ray_vectors, ray_search = store_content(tmp_path / "ray")
    assert ray_rows == plain_rows and ray_search == plain_search
    np.testing.assert_array_equal(ray_vectors, plain_vectors)


def _ready_once_the_head_start_encodes(encoder, flags: str):
    """In an actor: the encoder once this process has begun encoding a batch itself, and each of its batches
    announced by a file (`flags`/worker-encoding) as it begins."""
    import time
    from pathlib import Path

    deadline = time.monotonic() + 120
    while not (Path(flags) / "head").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    return _Announcing(encoder, flags)


class _Announcing:
    def __init__(self, encoder, flags: str) -> None:
        self._encoder, self._flags = encoder, flags
        self.name, self.dimension = encoder.name, encoder.dimension

    def encode(self, texts, role="document"):
        from pathlib import Path

        (Path(self._flags) / "worker-encoding").touch()
        return self._encoder.encode(texts, role=role)


class _UntilAWorkerEncodes:
    """The head start's encoder: its first batch is done only once a worker has begun a batch (or after 60 s)."""

    def __init__(self, encoder, flags) -> None:
        self._encoder, self._flags = encoder, flags
        self.name, self.dimension = encoder.name, encoder.dimension
        self.waited: list[float] = []

    def encode(self, texts, role="document"):
        import time

        if not self.waited:
            (self._flags / "head").touch()
            began = time.monotonic()
            while not (self._flags / "worker-encoding").exists() and time.monotonic() - began < 60:
                time.sleep(0.05)
            self.waited.append(time.monotonic() - began)
        return self._encoder.encode(texts, role=role)


@pytest.mark.slow
def test_a_worker_ready_while_this_process_encodes_a_batch_takes_work_at_once(tmp_path, cluster, encoder):
    """The workers become ready while this process is inside a batch of its own: they get work then, not once
    that batch is done; the vectors are those without Ray."""
    records, local, flags = _beside_a_plain_store(tmp_path, 1500)
    here = _UntilAWorkerEncodes(local, flags)
    shipped = _UnpackedBy(local, flags, _ready_once_the_head_start_encodes)
    with Starting(cluster, lambda on: EncoderPool(on, local=shipped, wait=False)) as starting, \
            Store.open(tmp_path / "ray", create=True) as store:
        head = HeadStart(starting, loader=lambda model, threads=1: here)
        report = store.ingest(records, head)
    assert report.added == 1500 and head.here >= 256
    assert len(here.waited) == 1 and here.waited[0] < 60  # a worker began while the first batch here waited
    plain_rows, plain_vectors, plain_search = store_content(tmp_path / "plain")
    ray_rows, ray_vectors, ray_search = store_content(tmp_path / "ray")
    assert ray_rows == plain_rows and ray_search == plain_search
    np.testing.assert_array_equal(ray_vectors, plain_vectors)


@pytest.mark.slow
def test_an_encoder_that_cannot_load_stops_the_command_before_the_store_is_made(tmp_path, cluster):
    result = runner.invoke(app, ["ingest", str(write_csv(tmp_path / "intl.csv", INTERNATIONAL)), "--store",
                                 str(tmp_path / "store"), "--ray", "auto", "--model", "/nowhere/LaBSE"])
    assert result.exit_code != 0 and "model '/nowhere/LaBSE' not found" in result.stderr
    assert not (tmp_path / "store").exists()


@pytest.mark.slow
@pytest.mark.parametrize("loader, said", [(_DiesOnThirdBatch, "the worker process died"),
                                          (_FailsOnTexts, "MemoryError: cannot allocate 2 GB")])
def test_a_failed_worker_stops_the_ingest_and_leaves_the_store_as_it_was(tmp_path, cluster, encoder, loader,
                                                                         said):
    from compare.core.distributed import EncoderPool

    path = tmp_path / "store"
    with Store.open(path, create=True) as store:
        store.ingest(clause_records(60), encoder)
    before = store_content(path)
    more = clause_records(400)[60:]  # new clauses, and none of the stored ones changed
    with Store.open(path) as store, EncoderPool(cluster, batch_size=30, loader=loader) as pool:
        with pytest.raises(DistributedError) as caught:
            store.ingest(more, pool)
    message = str(caught.value)
    assert "a Ray worker failed while encoding" in message and said in message
    assert "nothing was written" in message and caught.value.option == "ray"
    after = store_content(path)
    assert after[0] == before[0] and after[2] == before[2]
    np.testing.assert_array_equal(after[1], before[1])


def _no_load(model, threads=1):
    raise EncoderError("a worker loaded the encoder itself")


@pytest.mark.slow
def test_the_workers_get_the_encoder_loaded_here_and_give_the_same_vectors(cluster):
    from embeddings import load_encoder

    local = load_encoder(threads=1)  # as the command loads it (compare.core.distributed.Loading)
    texts = [r.text for r in clause_records(2600)]
    expected = np.vstack([local.encode(texts[i:i + 256]) for i in range(0, len(texts), 256)])
    with EncoderPool(cluster, loader=_no_load, local=local) as pool:  # a worker that loaded would fail
        assert pool.workers == 2 and (pool.name, pool.dimension) == (local.name, local.dimension)
        # batches of ENCODE_BATCH (1024) until no more than one a worker is left, then 256 each: one grid
        assert [len(part) for part in pool.encode_batches(texts)] == [1024, 256, 256, 256, 256, 256, 256, 40]
        np.testing.assert_array_equal(pool.encode(texts), expected)


@pytest.mark.slow
def test_an_encoder_that_cannot_load_in_a_worker_is_named(cluster):
    from compare.core.distributed import EncoderPool
    from embeddings import EncoderError

    with pytest.raises(EncoderError, match="model '/nowhere/LaBSE' not found"):
        EncoderPool(cluster, "/nowhere/LaBSE")


@needs_ray
def test_an_address_nobody_answers_on_is_refused_at_once(tmp_path):
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens on it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = runner.invoke(app, ["ingest", str(write_csv(tmp_path / "intl.csv", INTERNATIONAL)), "--store",
                                 str(tmp_path / "store"), "--ray", f"127.0.0.1:{port}"])
    assert result.exit_code == 2
    assert f"no Ray cluster answers at '127.0.0.1:{port}'" in result.stderr and "--ray" in result.stderr
    assert not (tmp_path / "store").exists()


@pytest.mark.slow
def test_more_workers_than_the_cluster_has_cpus_is_refused(cluster):
    with pytest.raises(DistributedError, match="3 Ray workers asked for, but the cluster offers 2 CPU") as caught:
        with RayCluster("auto", workers=3):
            pass
    assert caught.value.option == "ray_workers"
