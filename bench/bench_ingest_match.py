"""Benchmark the CLI end to end: ingest N synthetic international clauses, then match M Chinese rows.

Prints clauses/s, rows/s and the peak RSS of each command (measured on the child process).

    .venv/bin/python bench/bench_ingest_match.py --clauses 20000 --rows 2000
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import domestic_rows, international_rows, write  # noqa: E402

CLI = [sys.executable, "-m", "api.cli"]
ROOT = Path(__file__).resolve().parents[1]


def run(args: list[str]) -> tuple[float, float]:
    """Run one CLI command; return (seconds, peak RSS in MB) of that process."""
    started = time.perf_counter()
    proc = subprocess.Popen(CLI + args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"command failed: {' '.join(args)}\n{proc.stderr.read().decode()}")
    return seconds, usage.ru_maxrss / 1024  # Linux reports kilobytes


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
