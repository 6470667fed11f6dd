"""Benchmark the official's job end to end, both ways in: a 10,000-row Excel list matched against a 50,000-clause
store and written as the review workbook (with indicator comparison), by `stdcompare match` and by the HTTP API.

    .venv/bin/python bench/bench_excel.py --clauses 50000 --rows 10000

Prints rows/s and the peak RSS of:
- `stdcompare match`: the whole command as a user waits for it (start-up, model loading, reading the list,
  matching, judging indicators, writing the workbook);
- the API job: `stdcompare serve` runs on 127.0.0.1 with an API key of its own (started and ready before the
  clock starts, as a server is); the list is uploaded with POST /v1/jobs and the job polled until it is done; the time runs from the
  upload to the poll that sees it done. Peak RSS is that of the server and its children during the job.
Targets: >= 500 rows/s and < 2 GB for the command; the API job within 15 % of the command's rows/s (both go
through compare.workflows). --repeat runs both again on the same store (this machine's timings vary from run
to run); --no-api measures the command only.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_ingest_match import CLI, ROOT, _tree_rss_mb, run  # noqa: E402
from synthetic import domestic_rows, international_rows, write  # noqa: E402

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KEY = uuid.uuid4().hex  # jobs need an API key; this one lives as long as the benchmark's server


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


class Server:
    """`stdcompare serve` on a free port of 127.0.0.1, for as long as the `with` block lasts."""

    def __init__(self, store: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.store = store

    def __enter__(self) -> "Server":
        self.process = subprocess.Popen(CLI + ["serve", "--store", str(self.store), "--port", str(self.port)],
                                        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        env={**os.environ, "STDCOMPARE_API_KEYS": KEY})
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"stdcompare serve ended with exit code {self.process.returncode}")
            try:
                self.get("/v1/health")
                return self
            except OSError:
                time.sleep(0.2)
        raise SystemExit("stdcompare serve did not answer within 300 s")

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def get(self, path: str) -> dict:
        request = urllib.request.Request(self.url + path, headers={"Authorization": f"Bearer {KEY}"})
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.load(response)

    def upload(self, path: Path) -> dict:
        boundary = uuid.uuid4().hex
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{path.name}\"\r\n"
                f"Content-Type: {XLSX}\r\n\r\n").encode() + path.read_bytes() + f"\r\n--{boundary}--\r\n".encode()
        request = urllib.request.Request(self.url + "/v1/jobs", data=body, method="POST",
                                         headers={"Content-Type": f"multipart/form-data; boundary={boundary}",
                                                  "Authorization": f"Bearer {KEY}"})
        with urllib.request.urlopen(request, timeout=60) as response:
            return json.load(response)


def api_job(server: Server, listing: Path) -> tuple[float, float, dict]:
    """Upload the list as a job and poll it until it ends; (seconds, peak RSS in MB of the server and its
    children meanwhile, the finished job)."""
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            peak[0] = max(peak[0], _tree_rss_mb(server.process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    job = server.upload(listing)
    while job["state"] not in ("done", "failed"):
        time.sleep(0.1)
        job = server.get(f"/v1/jobs/{job['id']}")
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if job["state"] != "done":
        raise SystemExit(f"the API job failed: {job['error']}")
    return seconds, peak[0], job


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clauses", type=int, default=50000)
    parser.add_argument("--rows", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=1, help="runs of each way in on the same store")
    parser.add_argument("--no-api", action="store_true", help="measure `stdcompare match` only")
    parser.add_argument("--also-with", metavar="NAME=VALUE", help="run each `match` a second time with this "
                                                                 "environment variable set, for a setting's cost "
                                                                 "(STDCOMPARE_LEXICAL_WEIGHT=0)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        store = tmp / "store"
        seconds, rss = run(["ingest", str(write(tmp / "intl.csv", international_rows(args.clauses))),
                            "--store", str(store)])
        print(f"ingest  {args.clauses:>7} clauses  {seconds:7.1f} s  {args.clauses / seconds:7.0f} clauses/s  "
              f"peak RSS {rss:6.0f} MB")
        listing = write_list(tmp / "list.xlsx", domestic_rows(args.rows))
        cli, api = [], []
        variants = [None] + ([args.also_with.partition("=")] if args.also_with else [])
        for _ in range(max(1, args.repeat)):
            for variant in variants:
                if variant is not None:
                    os.environ[variant[0]] = variant[2]
                try:
                    seconds, rss = run(["match", str(listing), "--store", str(store), "--output",
                                        str(tmp / "result.xlsx"), "--show", "0"])
                finally:
                    if variant is not None:
                        os.environ.pop(variant[0], None)
                if variant is None:
                    cli.append(args.rows / seconds)
                label = f"; with {variant[0]}={variant[2]}" if variant is not None else ""
                print(f"match   {args.rows:>7} rows     {seconds:7.1f} s  {args.rows / seconds:7.0f} rows/s     "
                      f"peak RSS {rss:6.0f} MB  (`stdcompare match`: xlsx in, review workbook out, store of "
                      f"{args.clauses} clauses{label})", flush=True)
        if args.no_api:
            return
        with Server(store) as server:
            for _ in range(max(1, args.repeat)):
                seconds, rss, job = api_job(server, listing)
                api.append(job["rows_done"] / seconds)
                print(f"api job {job['rows_done']:>7} rows     {seconds:7.1f} s  {api[-1]:7.0f} rows/s     "
                      f"peak RSS {rss:6.0f} MB  (POST /v1/jobs to `stdcompare serve`, polled until done; the "
                      f"server's own count: {job['rows_per_s']:.0f} rows/s)", flush=True)
        ratio = (sum(api) / len(api)) / (sum(cli) / len(cli))
        print(f"api job / match: {ratio:.2f} (mean rows/s; target >= 0.85)")


if __name__ == "__main__":
    main()
