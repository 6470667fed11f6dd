"""Ray benchmark: `stdcompare ingest` of N distinct clauses without Ray, and on a local Ray with 1 and 2 workers.

Each run is the real command (`python -m api.cli ingest FILE --store NEW [--ray auto --ray-workers W]`) into a
new store, with the real default encoder: without Ray it encodes in STDCOMPARE_THREADS processes of one thread
(default 2: the command and a child); on Ray, which starts while the command reads the file, every worker is
an actor that holds the encoder the command loaded meanwhile (sent through Ray's object store; one thread) and
encodes batches of 1,024 clauses, the command encodes the first batches itself until the workers are ready, and
it remains the one writer (all rows in one transaction, as without Ray, each batch written as it comes back).
The clauses come from bench/scale_corpus.py (standard-like English clauses, all distinct).

For each run it prints:
- `command s`: the whole command, from process start to exit (Python start, reading the file, starting Ray and
  loading the encoders, encoding, writing, saving the index);
- `ingest s` and `clauses/s`: what the command itself reports, from the first clause encoded to the store
  written, split into `encode s` (until the last vectors are back; on Ray the rows are written meanwhile) and
  `write s` (what is left: without Ray the one transaction, and the index in both);
- `here`: the clauses the command encoded itself (without Ray its share beside the encoder child; on Ray those
  it encoded while Ray's workers started);
- `own cores`: CPU seconds of the command's own process over its wall time (its children not counted: without
  Ray the encoder child is apart; on Ray the encoding is in the workers, so this is the writer and its head
  start);
- `CPU s`: the CPU seconds of every process of the run by group (the command's own work, apart from `command
  encoding`, the CPU of the thread that encoded its `here` clauses, which the command reports; without Ray its
  encoder child; on Ray its workers, raylet, GCS and Ray's other daemons: the two agents), so that both modes
  compare like for like: the command's own work, and the encoding wherever it ran; read from /proc every 0.5 s (which costs this script about 0.4 s of CPU a minute), and their
  total. Unlike wall time these hardly depend on what else the machine runs, so they compare two versions or
  two modes on a busy machine; `--processes` lists them process by process, `--threads` the command's threads
  by name (Ray's own threads are named; Python's are all `python`);
- `machine cores`: cores busy on the whole machine over the run (from /proc/stat), other users included;
- the load average (`uptime`) before and after.
Then the ratios the README quotes (README, "Scaling out: the batch work on Ray"): 2 workers / 1 worker and
2 workers / no Ray, on both times.

Run it alone (the machine's two cores are shared):

    flock /tmp/stdcompare-bench.lock .venv/bin/python bench/bench_ray.py --clauses 100000 --repeat 2
    .venv/bin/python bench/bench_ray.py --clauses 5000          # a quick check
    .venv/bin/python bench/bench_ray.py --modes ray1,ray2       # the two Ray commands only
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import statistics
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
from scale_corpus import international_clauses  # noqa: E402

CLI = [sys.executable, "-m", "api.cli", "ingest"]
MODES = {"no Ray": [], "Ray, 1 worker": ["--ray", "auto", "--ray-workers", "1"],
         "Ray, 2 workers": ["--ray", "auto", "--ray-workers", "2"]}
MODE_NAMES = dict(zip(("plain", "ray1", "ray2"), MODES))
RATE = re.compile(r"\((\d+) clauses/s\)")
PHASES = re.compile(r"encoding took ([\d.]+) s, then writing ([\d.]+) s")
HERE = re.compile(r"(\d+) clauses encoded by this process(?: while Ray started)?(?: \(([\d.]+) CPU-s\))?")


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def busy_jiffies() -> tuple[int, int]:
    """(busy, total) CPU time of the whole machine so far, in clock ticks."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return sum(fields) - idle, sum(fields)


TICK = os.sysconf("SC_CLK_TCK")
# process groups of a run, by the program a process runs (the first words of its command line: the script),
# the first that matches: Ray's workers name themselves ray::_Host (ray::IDLE before an actor), its agents
# ray::DashboardAgent and ray::RuntimeEnvAgent
GROUPS = (("encoder child", ("multiprocessing",)), ("ray workers", ("ray::_Host", "ray::IDLE", "default_worker.py")),
          ("raylet", ("/raylet",)), ("gcs", ("/gcs_server",)), ("ray daemons", ("ray::", "/ray/")))
GROUP_ORDER = ("command", "command encoding", "encoder child", "ray workers", "raylet", "gcs", "ray daemons", "other")


def cpu_seconds(pid: int) -> tuple[float, str, int] | None:
    """(user + system CPU seconds of the process itself, its program (the first words of its command line),
    its parent), or None if it has gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
        words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")[:4]
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()  # from the state on: the parent is 1, utime 11, stime 12
    return (int(fields[11]) + int(fields[12])) / TICK, b" ".join(words).decode(errors="replace"), int(fields[1])


def group_of(program: str) -> str:
    return next((name for name, marks in GROUPS if any(mark in program for mark in marks)), "other")


class CpuWatch:
    """CPU seconds of every process a command starts, Ray's included (also those Ray detaches from it), by
    process group, read from /proc every `every` seconds: a process that ends loses at most its last interval.
    CPU seconds hardly depend on how busy the machine is, unlike wall time."""

    def __init__(self, command: int, every: float = 0.5) -> None:
        self.command, self.every = command, every
        self.seen: dict[int, tuple[str, float]] = {}  # pid -> (group, CPU seconds at the last look)
        self.programs: dict[int, str] = {}
        self.threads: dict[int, tuple[str, float]] = {}  # the command's threads: tid -> (name, CPU seconds)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)
        self._thread.start()

    def _look_threads(self) -> None:
        try:
            tids = os.listdir(f"/proc/{self.command}/task")
        except OSError:
            return
        for tid in tids:
            try:
                stat = Path(f"/proc/{self.command}/task/{tid}/stat").read_text()
            except OSError:
                continue
            name, fields = stat[stat.index("(") + 1:stat.rindex(")")], stat[stat.rindex(")") + 2:].split()
            self.threads[int(tid)] = (name, (int(fields[11]) + int(fields[12])) / TICK)

    def _look(self) -> None:
        self._look_threads()
        found = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit() and (stat := cpu_seconds(int(entry.name))) is not None:
                found[int(entry.name)] = stat
        for pid, (seconds, program, _) in found.items():
            known, ancestor, hops = self.seen.get(pid), pid, 0
            while known is None and ancestor not in (0, 1, self.command) and hops < 64:
                ancestor, hops = found[ancestor][2] if ancestor in found else 0, hops + 1
            # a process seen once is followed after its parent ends (Ray's processes may outlive the command)
            if known is not None or ancestor == self.command:
                group = "command" if pid == self.command else known[0] if known and known[0] != "other" else \
                    group_of(program)  # a child seen between fork and exec shows its parent's program first
                self.seen[pid] = (group, seconds)
                self.programs[pid] = program

    def _watch(self) -> None:
        while not self._stop.wait(self.every):
            self._look()

    def stop(self) -> dict[str, float]:
        """CPU seconds by process group, the command itself left out (the caller has it exactly)."""
        self._look()
        self._stop.set()
        self._thread.join()
        groups: dict[str, float] = defaultdict(float)
        for pid, (group, seconds) in self.seen.items():
            if pid != self.command:
                groups[group] += seconds
        return dict(groups)


def run(source: Path, store: Path, extra: list[str], clauses: int) -> dict:
    """One ingest command into a new store: its times, rates and cores busy."""
    shutil.rmtree(store, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    before_load = load_average()
    busy0, total0 = busy_jiffies()
    started = time.perf_counter()
    proc = subprocess.Popen(CLI + [str(source), "--store", str(store)] + extra, cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watch = CpuWatch(proc.pid)
    os.waitid(os.P_PID, proc.pid, os.WEXITED | os.WNOWAIT)  # ended, not yet reaped: its /proc entry remains
    seconds = time.perf_counter() - started
    busy1, total1 = busy_jiffies()
    own = cpu_seconds(proc.pid)[0]
    watch._look_threads()
    _, status, _ = os.wait4(proc.pid, 0)
    time.sleep(1.0)  # Ray's processes end on their own once the command has gone
    cpu = {"command": own, **watch.stop()}
    out, err = proc.stdout.read(), proc.stderr.read()
    here = HERE.search(err)
    if here and here.group(2):  # the command's CPU apart from what it spent encoding its own share
        cpu["command encoding"] = float(here.group(2))
        cpu["command"] = own - cpu["command encoding"]
    threads: dict[str, float] = defaultdict(float)  # the command's threads by name (Ray's own are named)
    for name, used in watch.threads.values():
        threads[name] += used
    processes = [(used, group, watch.programs.get(pid, "")) for pid, (group, used) in watch.seen.items()
                 if pid != proc.pid and used >= 0.05]
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed: {' '.join(CLI + extra)}\n{err}")
    if f"{clauses} added" not in out:
        raise SystemExit(f"the command did not add {clauses} clauses:\n{out}")
    rate = int(RATE.search(out).group(1))
    phases = PHASES.search(err)
    return {"seconds": seconds, "rate": rate, "ingest_seconds": clauses / rate,
            "encode": float(phases.group(1)) if phases else float("nan"),
            "write": float(phases.group(2)) if phases else float("nan"),
            "here": int(here.group(1)) if here else 0, "threads": sorted(((v, k) for k, v in threads.items()),
                                                                     reverse=True),
            "own_cores": own / seconds, "cpu": cpu, "processes": sorted(processes, reverse=True),
            "machine_cores": (os.cpu_count() or 1) * (busy1 - busy0) / max(total1 - total0, 1),
            "load": f"{before_load} -> {load_average()}"}


def cpu_line(cpu: dict[str, float]) -> str:
    """CPU seconds by process group, then their total."""
    parts = [f"{group} {cpu[group]:.1f}" for group in GROUP_ORDER if cpu.get(group, 0) >= 0.05]
    return ", ".join(parts) + f"; total {sum(cpu.values()):.1f}"


def span(values: list[float], digits: int = 1) -> str:
    low, high = min(values), max(values)
    return f"{low:.{digits}f}" if round(low, digits) == round(high, digits) else f"{low:.{digits}f}–{high:.{digits}f}"


def print_ratios(results: dict[str, list[dict]], values) -> None:
    """2 workers against 1 worker and against no Ray, for the command and the ingest: `values(runs, key)` gives
    the figures of a mode to compare (one a round, or one for all), paired in order."""
    plain, one, two = (results.get(MODE_NAMES[m], []) for m in ("plain", "ray1", "ray2"))
    for key, label in (("seconds", "command"), ("ingest_seconds", "ingest")):
        ratios = []
        for other, name in ((one, "1 worker"), (plain, "no Ray")):
            if other and two:
                pairs = zip(values(other, key), values(two, key))
                ratios.append(f"2 workers vs {name}: {span([a / b for a, b in pairs], 2)}x")
        print(f"  {label:<8} " + "   ".join(ratios))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clauses", type=int, default=100_000, help="distinct clauses to ingest (N)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of the three commands (default 2)")
    parser.add_argument("--work", type=Path, default=None, help="folder for the clause file and the stores "
                                                               "(default: a temporary folder, removed after)")
    parser.add_argument("--processes", action="store_true",
                        help="also list every process of each run with its CPU seconds")
    parser.add_argument("--threads", action="store_true",
                        help="also list the command's threads by name with their CPU seconds")
    parser.add_argument("--modes", default="plain,ray1,ray2",
                        help="which commands to run, in this order: plain (no Ray), ray1, ray2 (default: all)")
    args = parser.parse_args()
    modes = [MODE_NAMES[m.strip()] for m in args.modes.split(",") if m.strip()]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip() or "?"
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        source = work / f"clauses-{args.clauses}.csv"
        with source.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["standard", "clause", "text"])
            writer.writerows(international_clauses(args.clauses))
        print(f"ingest of {args.clauses} distinct clauses, commit {commit}, {os.cpu_count()} cores, "
              f"encoder threads without Ray: {os.environ.get('STDCOMPARE_THREADS', '2')}", flush=True)
        print(f"{'round':>5}  {'mode':<15} {'command s':>9} {'ingest s':>8} {'encode s':>8} {'write s':>7} "
              f"{'clauses/s':>9} {'here':>6} {'own cores':>9} {'machine cores':>13}  load average before -> after",
              flush=True)
        results: dict[str, list[dict]] = {mode: [] for mode in modes}
        for round_ in range(1, args.repeat + 1):
            for mode in modes:
                result = run(source, work / "store", MODES[mode], args.clauses)
                results[mode].append(result)
                print(f"{round_:>5}  {mode:<15} {result['seconds']:>9.1f} {result['ingest_seconds']:>8.1f} "
                      f"{result['encode']:>8.1f} {result['write']:>7.1f} "
                      f"{result['rate']:>9} {result['here']:>6} {result['own_cores']:>9.2f} "
                      f"{result['machine_cores']:>13.2f}  "
                      f"{result['load']}", flush=True)
                print(f"{'':>7}CPU s: {cpu_line(result['cpu'])}", flush=True)
                if args.processes:
                    for used, group, program in result["processes"]:
                        print(f"{'':>9}{used:7.2f} s  {group:<13} {program[-80:]}", flush=True)
                if args.threads:
                    print(f"{'':>7}the command's threads: " + ", ".join(
                        f"{name} {used:.2f}" for used, name in result["threads"] if used >= 0.01), flush=True)
        shutil.rmtree(work / "store", ignore_errors=True)
    print("\nratios per round (higher is faster for the first named):")
    print_ratios(results, lambda runs, key: [r[key] for r in runs])
    if args.repeat > 1:
        print("ratios of the medians over the rounds:")
        print_ratios(results, lambda runs, key: [statistics.median(r[key] for r in runs)])
    for mode, runs in results.items():
        print(f"  {mode:<15} command {span([r['seconds'] for r in runs])} s, ingest "
              f"{span([r['rate'] for r in runs], 0)} clauses/s, CPU {span([sum(r['cpu'].values()) for r in runs])} s")
        groups = {group: statistics.mean(r["cpu"].get(group, 0.0) for r in runs) for group in GROUP_ORDER}
        print(f"  {'':<15} CPU s by group, mean of {len(runs)}: {cpu_line(groups)}")


if __name__ == "__main__":
    main()
