"""Ray benchmark: `stdcompare ingest` of N distinct clauses without Ray, and on a local Ray with 1 and 2 workers.

Each run is the real command (`python -m api.cli ingest FILE --store NEW [--ray auto --ray-workers W]`) into a
new store, with the real default encoder: without Ray it encodes in STDCOMPARE_THREADS processes of one thread
(default 2: the command and a child); on Ray, which starts while the command reads the file, every worker is
an actor that loads its own encoder once (one thread) and encodes batches of 512 clauses, the command encodes
the first batches itself until the workers are ready, and it remains the one writer (all rows in one
transaction, as without Ray, each batch written as it comes back). The clauses come from
bench/scale_corpus.py (standard-like English clauses, all distinct).

For each run it prints:
- `command s`: the whole command, from process start to exit (Python start, reading the file, starting Ray and
  loading the encoders, encoding, writing, saving the index);
- `ingest s` and `clauses/s`: what the command itself reports, from the first clause encoded to the store
  written, split into `encode s` (until the last vectors are back; on Ray the rows are written meanwhile) and
  `write s` (what is left: without Ray the one transaction, and the index in both);
- `here`: on Ray, the clauses the command encoded itself while Ray's workers started;
- `own cores`: CPU seconds of the command's own process over its wall time (without Ray: how many cores the
  plain command keeps busy; on Ray the encoding is in the workers, so this is the writer and its head start);
- `machine cores`: cores busy on the whole machine over the run (from /proc/stat), other users included;
- the load average (`uptime`) before and after.
Then the ratios the README quotes: 2 workers / 1 worker and 2 workers / no Ray, on both times.

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
import subprocess
import sys
import tempfile
import time
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
HERE = re.compile(r"(\d+) clauses encoded by this process while Ray started")


def load_average() -> str:
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def busy_jiffies() -> tuple[int, int]:
    """(busy, total) CPU time of the whole machine so far, in clock ticks."""
    fields = [int(v) for v in Path("/proc/stat").read_text().splitlines()[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle and iowait
    return sum(fields) - idle, sum(fields)


def run(source: Path, store: Path, extra: list[str], clauses: int) -> dict:
    """One ingest command into a new store: its times, rates and cores busy."""
    shutil.rmtree(store, ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    before_load = load_average()
    busy0, total0 = busy_jiffies()
    started = time.perf_counter()
    proc = subprocess.Popen(CLI + [str(source), "--store", str(store)] + extra, cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    busy1, total1 = busy_jiffies()
    out, err = proc.stdout.read(), proc.stderr.read()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed: {' '.join(CLI + extra)}\n{err}")
    if f"{clauses} added" not in out:
        raise SystemExit(f"the command did not add {clauses} clauses:\n{out}")
    rate = int(RATE.search(out).group(1))
    phases = PHASES.search(err)
    return {"seconds": seconds, "rate": rate, "ingest_seconds": clauses / rate,
            "encode": float(phases.group(1)) if phases else float("nan"),
            "write": float(phases.group(2)) if phases else float("nan"),
            "here": int(here.group(1)) if (here := HERE.search(err)) else 0,
            "own_cores": (usage.ru_utime + usage.ru_stime) / seconds,
            "machine_cores": (os.cpu_count() or 1) * (busy1 - busy0) / max(total1 - total0, 1),
            "load": f"{before_load} -> {load_average()}"}


def span(values: list[float], digits: int = 1) -> str:
    low, high = min(values), max(values)
    return f"{low:.{digits}f}" if round(low, digits) == round(high, digits) else f"{low:.{digits}f}–{high:.{digits}f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clauses", type=int, default=100_000, help="distinct clauses to ingest (N)")
    parser.add_argument("--repeat", type=int, default=2, help="rounds of the three commands (default 2)")
    parser.add_argument("--work", type=Path, default=None, help="folder for the clause file and the stores "
                                                               "(default: a temporary folder, removed after)")
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
        shutil.rmtree(work / "store", ignore_errors=True)
    print("\nratios per round (higher is faster for the first named):")
    plain, one, two = (results.get(MODE_NAMES[m], []) for m in ("plain", "ray1", "ray2"))
    for key, label in (("seconds", "command"), ("ingest_seconds", "ingest")):
        ratios = []
        if one and two:
            ratios.append(f"2 workers vs 1 worker: {span([a[key] / b[key] for a, b in zip(one, two)], 2)}x")
        if plain and two:
            ratios.append(f"2 workers vs no Ray: {span([p[key] / b[key] for p, b in zip(plain, two)], 2)}x")
        print(f"  {label:<8} " + "   ".join(ratios))
    for mode, runs in results.items():
        print(f"  {mode:<15} command {span([r['seconds'] for r in runs])} s, ingest "
              f"{span([r['rate'] for r in runs], 0)} clauses/s")


if __name__ == "__main__":
    main()
