"""Where a Ray ingest leaves a core idle: one `stdcompare ingest --ray auto` traced, as numbers.

The real command (the default encoder, a new store, clauses from bench/scale_corpus.py) runs in a child process
that first wraps a few functions to note when they run (reading the file, loading the encoder, Ray's start, the
workers made, each batch the command encodes itself, each batch back from the workers, the write, the index);
the workers' encoder is wrapped too, so that each worker notes when it encodes each batch, and before Ray shuts
down the command takes Ray's timeline (`ray.timeline()`) for when each actor was made (its task events come
about once a second, so the last batches are missing there). This script meanwhile reads the CPU seconds of
every process of the run from /proc every 0.1 s. It prints:

- when each actor was ready and how long after its worker took its first batch;
- the command's phases, in seconds from its start;
- the encoders at work over time: from the first clause encoded to the last vectors back, how many encoders
  (the workers' tasks, the command's own head-start batches) were running, on average and in each second, and
  each worker's idle time there: before its first task, between tasks (the gaps, largest first), after its last
  while the other still works (the tail), and how far apart the workers' last batches ended;
- CPU seconds by process group and phase, and cores used by this run's processes in each phase.

The gaps are the structure of the run (how the work is handed out), not the machine's load, so unlike wall-time
ratios they can be compared on a busy machine. Without Ray (`--workers 0`) only the phases and CPU are given.

    flock /tmp/stdcompare-bench.lock .venv/bin/python bench/trace_ray.py --clauses 100000 --workers 2
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

# ---------------------------------------------------------------- inside the traced command


def _inside(events_path: str, timeline_path: str, argv: list[str]) -> None:
    """Run `stdcompare ingest argv` in this process with the notes taken (called in the child)."""
    lock = threading.Lock()
    out = open(events_path, "w", encoding="utf-8")

    def note(kind: str, **fields) -> None:
        with lock:
            out.write(json.dumps({"t": time.time(), "kind": kind, **fields}) + "\n")
            out.flush()

    note("python started")
    import embeddings
    import embeddings.registry
    from compare.core import distributed
    from compare.store import indexes, store

    note("imported")

    def around(owner, name, kind):
        original = getattr(owner, name)

        def wrapped(*args, **kwargs):
            note(kind + " begins", thread=threading.current_thread().name)
            try:
                return original(*args, **kwargs)
            finally:
                note(kind + " ends", thread=threading.current_thread().name)

        setattr(owner, name, wrapped)

    around(embeddings.registry, "load_encoder", "load encoder")
    around(embeddings, "load_encoder", "load encoder")
    around(distributed.EncoderPool, "__init__", "make workers")
    around(store.Store, "_write", "write")
    around(store, "write_records", "transaction")
    around(indexes.VectorIndexes, "after_write", "index")

    ray_enter = distributed.RayCluster.__enter__

    def enter(self):
        note("ray.init begins")
        try:
            return ray_enter(self)
        finally:
            note("ray.init ends")

    ray_exit = distributed.RayCluster.__exit__

    def leave(self, *exc):
        if self._started_here:
            import ray

            note("timeline begins")
            ray.timeline(filename=timeline_path)  # the actors' constructors (its last tasks may be missing)
            note("shutdown begins")
        ray_exit(self, *exc)
        note("shutdown ends")

    distributed.RayCluster.__enter__, distributed.RayCluster.__exit__ = enter, leave

    # each worker notes when it encodes each batch (Ray's timeline reports task events about once a second and
    # left out the last ones): the workers' encoder wrapped, this function travelling to them by value
    made_in_worker = distributed._from_object_store
    tasks_path = events_path + ".tasks"

    def traced_worker_encoder(held):
        return _Timed(made_in_worker(held), tasks_path)

    distributed._from_object_store = traced_worker_encoder

    # the head start's own batches: every encode call in this process (the workers are other processes)
    head_batches = distributed.HeadStart.encode_batches

    def traced_batches(self, texts, role="document"):
        local = self._local
        if local is not None:
            encode = local.encode

            def timed(batch, role="document"):
                begun = time.time()
                vectors = encode(batch, role=role)
                note("head batch", begun=begun, n=len(batch))
                return vectors

            local.encode = timed
        for part in head_batches(self, texts, role):
            note("batch back", n=len(part))
            yield part

    distributed.HeadStart.encode_batches = traced_batches
    pool_batches = distributed.EncoderPool.encode_batches

    def traced_pool(self, texts, role="document", batch_size=None):
        note("pool begins", n=len(texts))
        yield from pool_batches(self, texts, role, batch_size)

    distributed.EncoderPool.encode_batches = traced_pool
    if hasattr(distributed.EncoderPool, "feed"):  # the pool fed batch by batch (HeadStart beside it)
        pool_feed = distributed.EncoderPool.feed

        def traced_feed(self, *args, **kwargs):
            note("pool begins")
            return pool_feed(self, *args, **kwargs)

        distributed.EncoderPool.feed = traced_feed
    # the command line as the installed script runs it: an ingest on Ray begins Ray's start and the encoder's
    # load before the command line's own imports (api/cli/early.py)
    sys.argv = ["stdcompare", "ingest", *argv]
    import api.cli
    from api.cli import store as cli_store

    note("command line imported")
    around(cli_store, "prepare_records", "read")
    try:
        api.cli.main()
    finally:
        note("command ends")
        out.close()


class _Timed:
    """In a Ray worker: its encoder, each batch's start and end noted in `path` (one line: pid start end)."""

    def __init__(self, encoder, path: str) -> None:
        self._encoder, self._path = encoder, path
        self.name, self.dimension = encoder.name, encoder.dimension

    def encode(self, texts, role="document"):
        begun = time.time()
        vectors = self._encoder.encode(texts, role=role)
        with open(self._path, "a", encoding="utf-8") as out:
            out.write(f"{os.getpid()} {begun} {time.time()}\n")
        return vectors


# ---------------------------------------------------------------- outside: CPU sampling


TICK = os.sysconf("SC_CLK_TCK")


def _processes() -> dict[int, tuple[float, str, int]]:
    found = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry.name}/stat").read_text()
            words = Path(f"/proc/{entry.name}/cmdline").read_bytes().split(b"\0")[:4]
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2:].split()
        found[int(entry.name)] = ((int(fields[11]) + int(fields[12])) / TICK,
                                  b" ".join(words).decode(errors="replace"), int(fields[1]))
    return found


def _group(program: str) -> str:
    for name, marks in (("encoder child", ("multiprocessing",)),
                        ("ray workers", ("ray::_Host", "ray::IDLE", "default_worker.py")),
                        ("raylet", ("/raylet",)), ("gcs", ("/gcs_server",)), ("ray daemons", ("ray::", "/ray/"))):
        if any(mark in program for mark in marks):
            return name
    return "other"


class Sampler:
    """CPU seconds of the command and every process it starts (Ray's detached ones too), every `every` s."""

    def __init__(self, command: int, every: float = 0.1) -> None:
        self.command, self.every = command, every
        self.groups: dict[int, str] = {}
        self.samples: list[tuple[float, dict[int, float]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _look(self) -> None:
        now, found = time.time(), _processes()
        seen = {}
        for pid, (seconds, program, _) in found.items():
            known, ancestor, hops = pid in self.groups, pid, 0
            while not known and ancestor not in (0, 1, self.command) and hops < 64:
                ancestor, hops = found[ancestor][2] if ancestor in found else 0, hops + 1
            if known or ancestor == self.command:
                group = "command" if pid == self.command else self.groups.get(pid, "other")
                if group == "other":
                    group = _group(program)
                self.groups[pid] = group
                seen[pid] = seconds
        self.samples.append((now, seen))

    def _watch(self) -> None:
        while not self._stop.wait(self.every):
            self._look()

    def stop(self) -> None:
        self._look()
        self._stop.set()
        self._thread.join()

    def cpu_at(self, t: float) -> dict[int, float]:
        """CPU seconds of every process so far at time t (a process gone keeps its last reading)."""
        values: dict[int, float] = {}
        for when, seen in self.samples:
            if when > t:
                break
            values.update(seen)
        return values

    def cpu_between(self, start: float, end: float) -> dict[str, float]:
        """CPU seconds by group spent between two times (to the sample before each)."""
        first, last = self.cpu_at(start), self.cpu_at(end)
        groups: dict[str, float] = defaultdict(float)
        for pid, seconds in last.items():
            groups[self.groups[pid]] += seconds - first.get(pid, 0.0)
        return dict(groups)


# ---------------------------------------------------------------- analysis


def _noted_tasks(path: Path) -> dict[str, list[tuple[float, float]]]:
    """(start, end) of every batch each worker encoded, by worker pid, as the workers noted them."""
    tasks: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for line in path.read_text().splitlines():
        pid, start, end = line.split()
        tasks[pid].append((float(start), float(end)))
    return {worker: sorted(spans) for worker, spans in sorted(tasks.items())}


def _actor_starts(timeline_path: Path) -> list[tuple[float, float]]:
    """(start, end) of each actor's constructor (`_Host.__init__`: the encoder unpickled or loaded there), in the
    order they ended."""
    events = json.loads(timeline_path.read_text())
    return sorted(((e["ts"] / 1e6, (e["ts"] + e["dur"]) / 1e6) for e in events
                   if e.get("ph") == "X" and e.get("cat") == "task::_Host.__init__" and "dur" in e),
                  key=lambda span: span[1])


def _phases(events: list[dict]) -> dict[str, float]:
    first: dict[str, float] = {}
    for event in events:
        first.setdefault(event["kind"], event["t"])
    return first


def analyse(events: list[dict], tasks: dict[str, list[tuple[float, float]]], sampler: Sampler, started: float,
            ended: float, actors: list[tuple[float, float]]) -> None:
    phases = _phases(events)
    rel = lambda t: t - started  # noqa: E731
    seen_first: dict[int, float] = {}
    for when, seen in sampler.samples:
        for pid in seen:
            seen_first.setdefault(pid, when)
    workers_seen = sorted(t for pid, t in seen_first.items() if sampler.groups.get(pid) == "ray workers")
    if workers_seen:
        print("worker processes first seen at " + ", ".join(f"{rel(t):.2f}" for t in workers_seen) + " s")
    # the first actor ready is the first worker at work (a worker's pid is not in Ray's timeline)
    firsts = sorted(spans[0][0] for spans in tasks.values())
    for i, ((lo, hi), first) in enumerate(zip(actors, firsts)):
        print(f"actor ready {i + 1}: made (its constructor) {rel(lo):.2f} -> {rel(hi):.2f} s; the {i + 1}. worker "
              f"at work took its first batch {(first - hi) * 1000:.0f} ms after")
    print("phases (s from the command's start):")
    for kind in ("python started", "imported", "command line imported", "read begins", "load encoder begins", "ray.init begins",
                 "load encoder ends", "read ends", "ray.init ends", "make workers begins", "write begins",
                 "make workers ends", "pool begins", "transaction ends", "index begins", "shutdown begins",
                 "index ends", "shutdown ends", "write ends", "command ends"):
        if kind in phases:
            print(f"  {rel(phases[kind]):7.2f}  {kind}")
    print(f"  {ended - started:7.2f}  process exit")
    head = [(e["begun"], e["t"]) for e in events if e["kind"] == "head batch"]
    backs = [e["t"] for e in events if e["kind"] == "batch back"]
    spans = {"command (head start)": head, **{f"worker {i + 1}": s for i, s in enumerate(tasks.values())}}
    all_spans = [s for lane in spans.values() for s in lane]
    if not all_spans:
        return
    window_start = min(s[0] for s in all_spans)
    window_end = max(backs) if backs else max(s[1] for s in all_spans)
    window = window_end - window_start
    busy = sum(min(e, window_end) - max(s, window_start) for s, e in all_spans)
    print(f"\nencoding window {rel(window_start):.2f} -> {rel(window_end):.2f} s ({window:.2f} s): encoders at "
          f"work on average {busy / window:.3f} (2 would be both cores encoding all along); "
          f"{2 * window - busy:.2f} encoder-s idle of {2 * window:.2f}")
    print(f"  head start: {len(head)} batches, {sum(e['n'] for e in events if e['kind'] == 'head batch')} "
          f"clauses, {rel(head[0][0]) if head else 0:.2f} -> {rel(head[-1][1]) if head else 0:.2f} s")
    for lane, lane_spans in spans.items():
        if not lane_spans or lane.startswith("command"):
            continue
        gaps = [(b[0] - a[1], rel(a[1])) for a, b in zip(lane_spans, lane_spans[1:])]
        total_gaps = sum(g for g, _ in gaps)
        large = sorted(gaps, reverse=True)[:5]
        print(f"  {lane}: {len(lane_spans)} tasks, first {rel(lane_spans[0][0]):.2f} s, last ends "
              f"{rel(lane_spans[-1][1]):.2f} s; busy {sum(e - s for s, e in lane_spans):.2f} s; idle before its "
              f"first {lane_spans[0][0] - window_start:.2f} s, between tasks {total_gaps:.2f} s (median "
              f"{sorted(g for g, _ in gaps)[len(gaps) // 2] * 1000 if gaps else 0:.1f} ms; largest "
              + ", ".join(f"{g * 1000:.0f} ms at {t:.1f} s" for g, t in large) + f"), after its last "
              f"{window_end - lane_spans[-1][1]:.2f} s")
    if len(tasks) > 1:
        ends = sorted(lane[-1][1] for lane in tasks.values())
        print(f"  the workers' last tasks ended {ends[-1] - ends[0]:.2f} s apart")
    if backs:
        last_task_end = max(s[1] for s in all_spans)
        print(f"  last vectors back in the command {window_end - last_task_end:.3f} s after the last task ended")
    # encoders at work second by second over the first seconds and the last
    seconds = int(window) + 1
    counts = []
    for i in range(seconds):
        lo, hi = window_start + i, min(window_start + i + 1, window_end)
        counts.append(sum(max(0.0, min(e, hi) - max(s, lo)) for s, e in all_spans) / max(hi - lo, 1e-9))
    print("  encoders at work in each second of the window (first 15, last 5): "
          + " ".join(f"{c:.2f}" for c in counts[:15]) + "  ...  " + " ".join(f"{c:.2f}" for c in counts[-5:]))
    marks = [("start -> first encode", started, window_start), ("encoding window", window_start, window_end),
             ("after the last vectors", window_end, ended + 0.05)]
    print("\nCPU seconds by group in each stretch (cores used by this run = CPU / wall):")
    for label, lo, hi in marks:
        cpu = sampler.cpu_between(lo, hi)
        total = sum(cpu.values())
        print(f"  {label:<24} {hi - lo:6.2f} s wall, {total:6.2f} CPU-s ({total / max(hi - lo, 1e-9):.2f} cores): "
              + ", ".join(f"{g} {v:.2f}" for g, v in sorted(cpu.items(), key=lambda kv: -kv[1]) if v >= 0.05))


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--inside":
        sys.path.insert(0, str(ROOT))
        _inside(sys.argv[2], sys.argv[3], sys.argv[4:])
        return
    from scale_corpus import international_clauses

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clauses", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2, help="Ray workers (0: no Ray)")
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        source = work / "clauses.csv"
        with source.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["standard", "clause", "text"])
            writer.writerows(international_clauses(args.clauses))
        events_path, timeline_path = work / "events.jsonl", work / "timeline.json"
        extra = ["--ray", "auto", "--ray-workers", str(args.workers)] if args.workers else []
        env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
        load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
        started = time.time()
        with open(work / "out", "w") as out_file, open(work / "err", "w") as err_file:
            proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "--inside", str(events_path),
                                     str(timeline_path), str(source), "--store", str(work / "store"), *extra],
                                    cwd=ROOT, env=env, stdout=out_file, stderr=err_file)
            sampler = Sampler(proc.pid)
            os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)  # ended, not reaped: its /proc entry remains
            ended = time.time()
            sampler._look()
            sampler.samples.append((ended + 0.001, {}))
            proc.wait()
            time.sleep(1.0)  # Ray's processes end on their own once the command has gone
            sampler.stop()
        out, err = (work / "out").read_text(), (work / "err").read_text()
        if proc.returncode != 0 or f"{args.clauses} added" not in out:
            raise SystemExit(f"the command failed:\n{out}\n{err}")
        print(f"traced: ingest of {args.clauses} clauses, {args.workers or 'no'} Ray worker(s), commit {commit}, "
              f"load average {load} -> {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
        print("  " + "\n  ".join(line for line in err.splitlines() if "took" in line or "encoded by" in line))
        events = [json.loads(line) for line in events_path.read_text().splitlines()]
        noted = Path(str(events_path) + ".tasks")
        tasks = _noted_tasks(noted) if noted.exists() else {}
        if os.environ.get("TRACE_KEEP"):
            shutil.copy(timeline_path, os.environ["TRACE_KEEP"])
            shutil.copy(events_path, os.environ["TRACE_KEEP"] + ".events")
        actors = _actor_starts(timeline_path) if timeline_path.exists() else []
        analyse(events, tasks, sampler, started, ended, actors)
        total = sampler.cpu_between(started, ended + 1.0)
        print(f"  whole run: {sum(total.values()):.1f} CPU-s: "
              + ", ".join(f"{g} {v:.1f}" for g, v in sorted(total.items(), key=lambda kv: -kv[1]) if v >= 0.05))
        shutil.rmtree(work / "store", ignore_errors=True)


if __name__ == "__main__":
    main()
