"""What a local Ray costs by itself on this machine, apart from the encoding: its start, its processes idle, and
each task of an ingest's kind (512 texts in, a 512 x 512 float32 array back), with no model at all.

Three measures, each on a local Ray of 2 CPUs started here as the ingest starts it (compare.core.distributed's
RayCluster: a head node of the GCS and the raylet only, no logs to the driver), or with `--start init` as
`ray.init` starts one (also an API server, the autoscaler's monitor and the log monitor; the ingest's way before
the eleventh round):
- `start`: ray.init's wall time, alone and then with this process's main thread busy in Python meanwhile (as
  the command is while it reads its file), and the longest the main thread was stopped then (a connect that
  waits holding the interpreter lock stops it);
- `idle`: the CPU seconds Ray's processes (raylet, GCS, the Python daemons, two idle actors) take over
  `--seconds` with nothing to do, process by process;
- `tasks`: two actors that return zeros for every text, fed as the ingest feeds its workers (two tasks queued
  per actor), for `--clauses` texts in tasks of `--task-size`: the wall time and the CPU seconds of this
  process (the driver), the actors and Ray's other processes. That is Ray's cost per task, without encoding.

RAY_* settings in the environment reach Ray as usual, so one setting can be compared with another:

    .venv/bin/python bench/ray_overhead.py idle --seconds 30
    .venv/bin/python bench/ray_overhead.py idle --seconds 30 --start init
    RAY_memory_monitor_refresh_ms=0 .venv/bin/python bench/ray_overhead.py idle --seconds 30
    .venv/bin/python bench/ray_overhead.py tasks --task-size 512; .venv/bin/python bench/ray_overhead.py tasks --task-size 1024
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from pathlib import Path

import numpy as np
import ray

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench_ray import cpu_seconds  # noqa: E402
from compare.core.distributed import RayCluster  # noqa: E402

STARTED: list = []  # the RayCluster started by `start_ray`, for `stop_ray`
START = "ingest"  # how to start Ray: "ingest" (RayCluster) or "init" (ray.init's own local Ray); set by main


def start_ray() -> float:
    began = time.perf_counter()
    if START == "init":
        ray.init(address="local", num_cpus=2, include_dashboard=False, configure_logging=False, log_to_driver=False)
    else:
        STARTED.append(RayCluster("auto", workers=2).__enter__())
    return time.perf_counter() - began


def stop_ray() -> None:
    if STARTED:
        STARTED.pop().__exit__()
    else:
        ray.shutdown()


def ray_processes() -> dict[int, tuple[float, str]]:
    """CPU seconds and program of every process this one started, and theirs (the local Ray's: its GCS, raylet,
    agents and workers), not of any other Ray on the machine (other sessions' tests, say)."""
    seen = {int(entry.name): stat for entry in os.scandir("/proc")
            if entry.name.isdigit() and (stat := cpu_seconds(int(entry.name))) is not None}
    found = {}
    for pid, (cpu, program, parent) in seen.items():
        ancestor, hops = parent, 0
        while ancestor not in (0, 1, os.getpid()) and ancestor in seen and hops < 64:
            ancestor, hops = seen[ancestor][2], hops + 1
        if ancestor == os.getpid() and pid != os.getpid():
            found[pid] = (cpu, program)
    return found


def own_cpu() -> float:
    times = os.times()
    return times.user + times.system


class Zeros:
    """An actor that answers every batch of texts with zero vectors, at once."""

    def encode(self, texts: list[str]) -> np.ndarray:
        return np.zeros((len(texts), 512), np.float32)

    def cpu(self) -> float:
        return own_cpu()


def measure_start() -> None:
    print(f"Ray's start alone: {start_ray():.2f} s", flush=True)
    stop_ray()
    took: list[float] = []
    thread = threading.Thread(target=lambda: took.append(start_ray()))
    thread.start()
    spins, longest, last = 0, 0.0, time.perf_counter()
    while thread.is_alive():  # the interpreter busy, as while the command reads and checks its file
        spins += sum(i * i for i in range(10_000)) > 0
        now = time.perf_counter()
        longest, last = max(longest, now - last), now  # a step takes about 1 ms: longer, the thread was stopped
    thread.join()
    print(f"Ray's start with the main thread busy: {took[0]:.2f} s; the main thread's longest stop {longest:.2f} s",
          flush=True)
    stop_ray()


def measure_idle(seconds: float) -> None:
    start_ray()
    actors = [ray.remote(num_cpus=1)(Zeros).remote() for _ in range(2)]
    ray.get([actor.cpu.remote() for actor in actors])
    time.sleep(3)  # past the start
    before = ray_processes()
    time.sleep(seconds)
    after = ray_processes()
    used = sorted(((seconds_ - before[pid][0], program) for pid, (seconds_, program) in after.items()
                   if pid in before), reverse=True)
    for cpu, program in used[:8]:
        print(f"  {cpu:5.2f} CPU-s  {program[-90:]}")
    print(f"Ray idle for {seconds:.0f} s: {sum(cpu for cpu, _ in used):.2f} CPU-s in its processes", flush=True)
    stop_ray()


def measure_tasks(clauses: int, size: int) -> None:
    start_ray()
    actors = [ray.remote(num_cpus=1)(Zeros).remote() for _ in range(2)]
    ray.get([actor.cpu.remote() for actor in actors])
    texts = [f"clause {i}: the rated voltage of the appliance shall not exceed the value marked on it" for i in
             range(clauses)]
    vectors = np.empty((clauses, 512), np.float32)
    actors_before = ray.get([actor.cpu.remote() for actor in actors])
    others_before, driver_before, began = ray_processes(), own_cpu(), time.perf_counter()
    refs, given = {}, 0

    def give(actor) -> None:
        nonlocal given
        if given < clauses:
            refs[actor.encode.remote(texts[given:given + size])] = (given, actor)
            given += size

    for actor in actors:
        give(actor)
        give(actor)
    while refs:
        done, _ = ray.wait(list(refs), num_returns=1)
        start, actor = refs.pop(done[0])
        part = ray.get(done[0])
        vectors[start:start + len(part)] = part
        give(actor)
    wall, driver = time.perf_counter() - began, own_cpu() - driver_before
    actors_cpu = sum(ray.get([actor.cpu.remote() for actor in actors])) - sum(actors_before)
    others_after = ray_processes()
    others = sum(cpu - others_before[pid][0] for pid, (cpu, _) in others_after.items() if pid in others_before)
    tasks = -(-clauses // size)
    print(f"{tasks} tasks of {size} texts: {wall:.2f} s; CPU-s: driver {driver:.2f}, actors {actors_cpu:.2f}, "
          f"Ray's other processes {others - actors_cpu:.2f}; {1000 * (driver + others) / tasks:.1f} ms of CPU a "
          "task in all", flush=True)
    stop_ray()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("start", "idle", "tasks"))
    parser.add_argument("--seconds", type=float, default=30.0, help="idle: how long to watch Ray idle")
    parser.add_argument("--clauses", type=int, default=100_000, help="tasks: texts in all")
    parser.add_argument("--task-size", type=int, default=1024, help="tasks: texts a task")
    parser.add_argument("--start", choices=("ingest", "init"), default="ingest",
                        help="start Ray as the ingest does (default), or as ray.init does")
    args = parser.parse_args()
    global START
    START = args.start
    if args.what == "start":
        measure_start()
    elif args.what == "idle":
        measure_idle(args.seconds)
    else:
        measure_tasks(args.clauses, args.task_size)


if __name__ == "__main__":
    main()
