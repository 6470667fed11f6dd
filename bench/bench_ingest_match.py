"""Benchmark the CLI end to end: ingest N synthetic international clauses, then match M Chinese rows.

Prints clauses/s, rows/s and the peak RSS of each command (the command and its own child processes).

    .venv/bin/python bench/bench_ingest_match.py --clauses 20000 --rows 2000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import domestic_rows, international_rows, write  # noqa: E402

CLI = [sys.executable, "-m", "api.cli"]
ROOT = Path(__file__).resolve().parents[1]


def _tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants, in MB (Linux /proc), 0 when it has ended."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry))
    total, todo = 0.0, [pid]
    while todo:
        current = todo.pop()
        todo.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) / 1024
        except OSError:
            pass
    return total


def run(args: list[str]) -> tuple[float, float]:
    """Run one CLI command; return (seconds, peak RSS in MB). The peak is the largest of: the command's own
    peak (from the kernel), and the sum over the command and its child processes (the encoder process of a
    long `match`), sampled every 0.1 s."""
    started = time.perf_counter()
    proc = subprocess.Popen(CLI + args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], _tree_rss_mb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed: {' '.join(args)}\n{proc.stderr.read().decode()}")
    return seconds, max(peak[0], usage.ru_maxrss / 1024)  # Linux reports ru_maxrss in kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clauses", type=int, default=20000, help="international clauses to ingest (N)")
    parser.add_argument("--rows", type=int, default=2000, help="domestic rows to match (M)")
    parser.add_argument("--output", default=".jsonl", choices=[".jsonl", ".csv", ".xlsx"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        intl = write(tmp / "intl.csv", international_rows(args.clauses))
        dom = write(tmp / "dom.csv", domestic_rows(args.rows))
        store = tmp / "store"
        seconds, rss = run(["ingest", str(intl), "--store", str(store)])
        print(f"ingest  {args.clauses:>7} clauses  {seconds:7.1f} s  {args.clauses / seconds:7.0f} clauses/s  "
              f"peak RSS {rss:6.0f} MB")
        seconds, rss = run(["match", str(dom), "--store", str(store), "--output", str(tmp / f"out{args.output}"),
                            "--show", "0"])
        print(f"match   {args.rows:>7} rows     {seconds:7.1f} s  {args.rows / seconds:7.0f} rows/s     "
              f"peak RSS {rss:6.0f} MB  (store of {args.clauses} clauses, output {args.output})")
        print("times include process start and model load (~1-2 s per command)")


if __name__ == "__main__":
    main()
