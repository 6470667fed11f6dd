"""Where the ingest command's own CPU goes, phase by phase: `stdcompare ingest ...` run in this process, with the
CPU seconds of named phases counted on the thread that ran each (exclusive of the named phases inside it).

bench_ray.py gives the CPU of each process of a run and, for the command, its own work apart from the clauses it
encoded itself; this says what that own work is made of, in both modes, so that the command's extra CPU on Ray
can be put down to its parts: Ray's import, its start and stop, the encoder shipped to the workers, the tasks
handed out and their vectors fetched, the reading, the rows written, the index, the word statistics. At the end it
prints to stderr the process's CPU, each phase's CPU and calls, and each thread's CPU by name (Python threads when
they end: the main thread, the encoder's load, Ray's start, the head start's encoding, the word statistics).

    PYTHONPATH=. .venv/bin/python bench/ingest_phases.py ingest CLAUSES.csv --store NEW [--ray auto --ray-workers 2]

(the arguments are the command line's after `stdcompare`; bench_ray.py --work DIR keeps a clause file to use.)
It wraps functions of the code it measures by name: a renamed one is reported as missing rather than measured.
"""

from __future__ import annotations

import atexit
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

began_at = time.process_time()
_local = threading.local()
spent: dict[str, float] = defaultdict(float)  # phase -> CPU seconds of its own (named phases inside left out)
calls: dict[str, int] = defaultdict(int)
threads: dict[str, float] = defaultdict(float)  # Python thread name -> its CPU seconds, as it ended
missing: list[str] = []

# (module, attribute path, phase)
PHASES = (
    ("embeddings", "load_encoder", "encoder loaded"),
    ("compare.core.distributed", "ray_module", "import ray"),
    ("compare.core.distributed", "_start_head", "Ray's head node started"),
    ("compare.core.distributed", "_wait_for_workers", "waiting for Ray's workers to start"),
    ("compare.core.distributed", "RayCluster.__enter__", "ray.init"),
    ("compare.core.distributed", "RayCluster.__exit__", "ray.shutdown and the head stopped"),
    ("compare.core.distributed", "EncoderPool.__init__", "the encoder put in the object store, actors made"),
    ("compare.core.distributed", "_Feed._give", "tasks handed out (texts serialised)"),
    ("compare.core.distributed", "_Feed.step", "ray.wait and ray.get (vectors fetched)"),
    ("compare.core.distributed", "_meanwhile", "the head start's serving loop"),
    ("embeddings.process", "EncoderProcess.__init__", "encoder child started"),
    ("embeddings.process", "EncoderProcess.encode", "texts and vectors through the child's pipe"),
    ("compare.store.ingest", "prepare_records", "reading and checking the file"),
    ("compare.store.store", "write_records", "rows written"),
    ("compare.store.store", "Store._write", "the write's rest (changes, checkpoint)"),
    ("compare.store.indexes", "VectorIndexes.after_write", "vector index built"),
    ("compare.workflows", "carry_forward", "word statistics"),
)


def _timed(function, phase: str):
    def timed(*args, **kwargs):
        stack = getattr(_local, "stack", None)
        if stack is None:
            stack = _local.stack = []
        began = time.thread_time()
        stack.append(0.0)
        try:
            return function(*args, **kwargs)
        finally:
            total = time.thread_time() - began
            inside = stack.pop()
            spent[phase] += total - inside
            calls[phase] += 1
            if stack:
                stack[-1] += total

    return timed


def install() -> None:
    import importlib

    for module_name, path, phase in PHASES:
        owner = importlib.import_module(module_name)
        *parents, name = path.split(".")
        for parent in parents:
            owner = getattr(owner, parent)
        if not hasattr(owner, name):
            missing.append(f"{module_name}.{path}")
            continue
        setattr(owner, name, _timed(getattr(owner, name), phase))
    run = threading.Thread.run

    def counted(self) -> None:
        try:
            run(self)
        finally:
            threads[self.name.rstrip("_0123456789")] += time.thread_time()

    threading.Thread.run = counted
    atexit.register(report)


def report() -> None:
    threads["MainThread"] += time.thread_time()
    lines = [f"process CPU {time.process_time() - began_at:.2f} s (and {began_at:.2f} s before this script ran)",
             "  CPU s   calls  phase"]
    lines += [f"  {cpu:6.2f} {calls[phase]:7d}  {phase}" for phase, cpu in sorted(spent.items(), key=lambda kv: -kv[1])]
    lines.append("threads: " + ", ".join(f"{name} {cpu:.2f}" for name, cpu in
                                         sorted(threads.items(), key=lambda kv: -kv[1])))
    if missing:
        lines.append("not found, so not measured: " + ", ".join(missing))
    print("\n".join(lines), file=sys.stderr)


if __name__ == "__main__":  # (the encoder child of the command without Ray imports this module again: nothing then)
    sys.path.insert(0, str(ROOT))
    install()
    sys.argv = ["stdcompare", *sys.argv[1:]]  # the command line's own name: an ingest on Ray begins as it does
    import api.cli

    api.cli.main()
