"""Benchmark the official's job end to end: a 10,000-row Excel list matched against a 50,000-clause store,
written as the review workbook (with indicator comparison when available).

    .venv/bin/python bench/bench_excel.py --clauses 50000 --rows 10000

Prints rows/s and the peak RSS of the `stdcompare match` command (with its encoder process). Target: >= 500
rows/s, < 2 GB. The time is the whole command as a user waits for it: start-up, model loading, reading the
list, matching, judging indicators and writing the workbook. --repeat runs the match again on the same store
(this machine's timings vary from run to run).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest_match import run  # noqa: E402
from synthetic import domestic_rows, international_rows, write  # noqa: E402


def write_list(path: Path, rows: list[list[str]]) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("比对清单")
    ws.append(["重点领域标准比对清单"])
    ws.append([])
    ws.append(["序号"] + rows[0])
    for i, row in enumerate(rows[1:], start=1):
        ws.append([i] + row)
    wb.save(path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clauses", type=int, default=50000)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=1, help="match runs on the same store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = tmp / "store"
        seconds, rss = run(["ingest", str(write(tmp / "intl.csv", international_rows(args.clauses))),
                            "--store", str(store)])
        print(f"ingest  {args.clauses:>7} clauses  {seconds:7.1f} s  {args.clauses / seconds:7.0f} clauses/s  "
              f"peak RSS {rss:6.0f} MB")
        listing = write_list(tmp / "list.xlsx", domestic_rows(args.rows))
        for _ in range(max(1, args.repeat)):
            seconds, rss = run(["match", str(listing), "--store", str(store), "--output", str(tmp / "result.xlsx"),
                                "--show", "0"])
            print(f"match   {args.rows:>7} rows     {seconds:7.1f} s  {args.rows / seconds:7.0f} rows/s     "
                  f"peak RSS {rss:6.0f} MB  (xlsx in, review workbook out, store of {args.clauses} clauses)")


if __name__ == "__main__":
    main()
