"""Load test of the HTTP API: 8 concurrent clients call POST /v1/match for 60 s on a 20,000-clause store.

Bounded by design: loopback only (127.0.0.1), a fixed number of clients, a fixed duration and a cap on the
requests each client sends. The store is built once (synthetic English clauses around real limit values, from
bench/synthetic.py) and reused on later runs; the clients send synthetic Chinese clauses. Prints requests,
errors, throughput and latency percentiles; writes them to bench/results/api_load.json.

    .venv/bin/python bench/bench_api_load.py            # the README figures
    .venv/bin/python bench/bench_api_load.py --seconds 10 --clients 2   # a quick look
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import domestic_rows, international_rows  # noqa: E402  (bench/synthetic.py)

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: this script never sends load anywhere else
MAX_REQUESTS_PER_CLIENT = 100_000

QUERIES = 500  # distinct Chinese queries the clients pick from


def build_store(store: Path, n: int) -> None:
    from compare.store.store import ClauseRecord, Store
    from embeddings import load_encoder

    db = Store.open(store, create=True)
    with db:
        if db.stats()["clauses"]["international"] >= n:
            print(f"store {store} already holds {n} clauses; reusing it")
            return
        encoder = load_encoder()
        records = [ClauseRecord(standard=std, clause=clause, text=text, lang="en", side="international")
                   for std, clause, text in international_rows(n)[1:]]
        started = time.perf_counter()
        done = 0

        def progress(k: int) -> None:
            nonlocal done
            done += k
            if done % 2048 < k:
                print(f"  encoded {done}/{n} ({done / (time.perf_counter() - started):.0f} clauses/s)", flush=True)

        db.ingest(records, encoder, progress=progress)
        print(f"built store {store}: {n} clauses in {time.perf_counter() - started:.0f} s")


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def start_server(store: Path, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("stdcompare")
    proc = subprocess.Popen([str(exe), "serve", "--host", HOST, "--port", str(port), "--store", str(store)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "STDCOMPARE_API_KEYS": ""})
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://{HOST}:{port}/v1/health", timeout=2).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("the server did not start within 120 s")


def client_loop(base: str, seconds: float, seed: int, queries: list[str], latencies: list[float],
                errors: list[str]) -> None:
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    with httpx.Client(base_url=base, timeout=30) as http:
        for _ in range(MAX_REQUESTS_PER_CLIENT):
            if time.monotonic() >= deadline:
                return
            body = {"text": rng.choice(queries), "top_k": 5}
            started = time.perf_counter()
            try:
                response = http.post("/v1/match", json=body)
                ok = response.status_code == 200 and len(response.json()["matches"]) == 5
            except httpx.HTTPError as exc:
                ok, response = False, exc
            elapsed = time.perf_counter() - started
            if ok:
                latencies.append(elapsed)
            else:
                errors.append(str(getattr(response, "status_code", response)))


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=ROOT / "out" / "bench-api-store")
    parser.add_argument("--clauses", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=8, choices=range(1, 17))
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    if not 1 <= args.seconds <= 120:
        raise SystemExit("--seconds must be between 1 and 120")
    build_store(args.store, args.clauses)
    port = free_port()
    server = start_server(args.store, port)
    try:
        latencies: list[list[float]] = [[] for _ in range(args.clients)]
        errors: list[list[str]] = [[] for _ in range(args.clients)]
        queries = [text for _, _, text in domestic_rows(QUERIES)[1:]]
        threads = [threading.Thread(target=client_loop, args=(f"http://{HOST}:{port}", args.seconds, i, queries,
                                                              latencies[i], errors[i]))
                   for i in range(args.clients)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
    finally:
        server.terminate()
        server.wait(timeout=30)
    done = [x for part in latencies for x in part]
    failed = [x for part in errors for x in part]
    result = {
        "clauses": args.clauses, "clients": args.clients, "seconds": round(wall, 1), "requests": len(done),
        "errors": len(failed), "error_kinds": sorted(set(failed))[:5],
        "requests_per_s": round(len(done) / wall, 1),
        "p50_ms": round(1000 * percentile(done, 50), 1) if done else None,
        "p95_ms": round(1000 * percentile(done, 95), 1) if done else None,
        "p99_ms": round(1000 * percentile(done, 99), 1) if done else None,
        "max_ms": round(1000 * max(done), 1) if done else None,
        "cpus": os.cpu_count(),
    }
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "api_load.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
