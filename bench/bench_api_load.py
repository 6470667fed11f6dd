"""Load test of the HTTP API: 8 concurrent clients call POST /v1/match for 60 s on a 20,000-clause store.

Bounded by design: loopback only (127.0.0.1), a fixed number of clients, a fixed duration and a cap on the
requests each client sends. The store is built once (synthetic English clauses around real limit values, from
bench/synthetic.py) and reused on later runs; the clients send synthetic Chinese clauses. Prints requests,
errors, throughput, latency percentiles and the CPU time per request of the server and of the clients; writes
them to bench/results/api_load.json.

    .venv/bin/python bench/bench_api_load.py            # the figures of docs/scale.md
    .venv/bin/python bench/bench_api_load.py --seconds 10 --clients 2   # a quick look
    .venv/bin/python bench/bench_api_load.py --workers 2         # two server processes
    .venv/bin/python bench/bench_api_load.py --parts             # encoder and index alone, batches of 1, 8, 32
    .venv/bin/python bench/bench_api_load.py --during-ingest --clients 4 --seconds 30
        # p95 of searches while one POST /v1/clauses of 5,000 clauses runs, against p95 without it
        # (issue 17: at most 2x); writes bench/results/api_load_ingest.json
"""

from __future__ import annotations

import argparse
import http.client
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
from urllib.parse import urlsplit

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import domestic_rows, international_rows  # noqa: E402  (bench/synthetic.py)

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"  # loopback only: this script never sends load anywhere else
MAX_REQUESTS_PER_CLIENT = 100_000

QUERIES = 500  # distinct Chinese queries the clients pick from


def build_store(store: Path, n: int) -> None:
    from compare.store import ClauseRecord, Store
    from embeddings import load_encoder

    db = Store.open(store, create=True)
    with db:
        if db.stats()["clauses"]["international"] >= n:
            print(f"store {store} already holds {n} clauses; reusing it")
            return
        encoder = load_encoder(threads=int(os.environ.get("STDCOMPARE_THREADS", "2")))
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


BENCH_KEY = "bench-load-key"  # a write key for the ingest of --during-ingest; the server only listens on loopback


def start_server(store: Path, port: int, workers: int = 1) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("stdcompare")
    proc = subprocess.Popen([str(exe), "serve", "--host", HOST, "--port", str(port), "--store", str(store),
                             "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**os.environ, "STDCOMPARE_API_KEYS": BENCH_KEY})
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
                errors: list[str], starts: list[float] | None = None, stop: threading.Event | None = None) -> None:
    """Send searches until `seconds` pass (or `stop` is set); latencies of the good ones go to `latencies`,
    and with `starts` the moment each was sent.

    Each client keeps one HTTP/1.1 connection open (as httpx did) and talks to it through the standard library's
    http.client: the clients share the server's 2 cores, and httpx cost about 0.6 ms of CPU per request, 4 times as
    much (docs/scale.md, "The HTTP API's load figures, as the README gave them"). A connection the server closed is
    opened again."""
    rng = random.Random(seed)
    deadline = time.monotonic() + seconds
    address = urlsplit(base)
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        for _ in range(MAX_REQUESTS_PER_CLIENT):
            if time.monotonic() >= deadline or (stop is not None and stop.is_set()):
                return
            body = json.dumps({"text": rng.choice(queries), "top_k": 5}).encode()
            started = time.perf_counter()
            sent = time.monotonic()
            status: object = None
            try:
                connection.request("POST", "/v1/match", body=body, headers=headers)
                response = connection.getresponse()
                status, payload = response.status, response.read()
                ok = status == 200 and len(json.loads(payload)["matches"]) == 5
            except (OSError, http.client.HTTPException, ValueError, KeyError) as exc:
                ok, status = False, status or type(exc).__name__
                connection.close()  # a broken connection: the next request opens a new one
            elapsed = time.perf_counter() - started
            if ok:
                latencies.append(elapsed)
                if starts is not None:
                    starts.append(sent)
            else:
                errors.append(str(status))
    finally:
        connection.close()


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) used so far by process `pid` and its children that ended, plus its live
    children (the server's worker processes), read from /proc; None where there is no /proc."""
    try:
        ticks = os.sysconf("SC_CLK_TCK")
        total = 0
        for process in [pid, *_children(pid)]:
            fields = Path(f"/proc/{process}/stat").read_text().rsplit(")", 1)[1].split()
            total += sum(int(x) for x in fields[11:15])  # utime, stime, cutime, cstime
        return total / ticks
    except (OSError, ValueError, IndexError):
        return None


def _children(pid: int) -> list[int]:
    try:
        found = [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return found + [grandchild for child in found for grandchild in _children(child)]


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


INGEST_CLAUSES = 5_000
INGEST_WAIT_S = 900  # the longest the clients wait for the ingest to finish


def run_clients(base: str, clients: int, seconds: float, queries: list[str], stop=None):
    """Run the clients; returns (latencies, send times, errors), flattened."""
    latencies = [[] for _ in range(clients)]
    starts = [[] for _ in range(clients)]
    errors = [[] for _ in range(clients)]
    threads = [threading.Thread(target=client_loop, args=(base, seconds, i, queries, latencies[i], errors[i],
                                                          starts[i], stop)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return ([x for p in latencies for x in p], [x for p in starts for x in p], [x for p in errors for x in p])


def during_ingest(base: str, clients: int, seconds: float, queries: list[str]) -> dict:
    """p95 of searches for `seconds` without writes, then while one ingest of 5,000 new clauses runs through
    POST /v1/clauses (searches sent between the ingest's start and its answer count)."""
    quiet, _, quiet_errors = run_clients(base, clients, seconds, queries)
    token = f"{int(time.time()) % 100000:05d}"  # new standard numbers each run: the ingest adds, never replaces
    body = {"side": "international",
            "clauses": [{"standard": f"ISO {token}-{i // 50}", "clause": str(i % 50), "text": text, "lang": "en"}
                        for i, (_, _, text) in enumerate(international_rows(INGEST_CLAUSES, seed=int(token))[1:])]}
    window: dict[str, float] = {}
    stop = threading.Event()

    def ingest() -> None:
        time.sleep(2.0)  # let the clients reach a steady pace first
        window["start"] = time.monotonic()
        try:
            response = httpx.post(f"{base}/v1/clauses", json=body, timeout=600,
                                  headers={"Authorization": f"Bearer {BENCH_KEY}"})
            window["status"] = response.status_code
            window["added"] = response.json().get("added") if response.status_code == 200 else response.text[:200]
        finally:
            window["end"] = time.monotonic()
            time.sleep(1.0)
            stop.set()

    writer = threading.Thread(target=ingest)
    writer.start()
    # the clients run until the ingest has answered (its index save is the part that used to stall searches)
    busy, sent, busy_errors = run_clients(base, clients, INGEST_WAIT_S, queries, stop=stop)
    writer.join()
    during = [lat for lat, at in zip(busy, sent) if window["start"] <= at <= window["end"]]
    p95_quiet = percentile(quiet, 95) if quiet else None
    p95_during = percentile(during, 95) if during else None
    return {
        "mode": "during-ingest", "clients": clients, "ingest_clauses": INGEST_CLAUSES,
        "ingest_status": window.get("status"), "ingest_added": window.get("added"),
        "ingest_s": round(window["end"] - window["start"], 1),
        "searches_without": len(quiet), "p95_ms_without": round(1000 * p95_quiet, 1) if quiet else None,
        "searches_during": len(during), "p95_ms_during": round(1000 * p95_during, 1) if during else None,
        "max_ms_during": round(1000 * max(during), 1) if during else None,
        "ratio": round(p95_during / p95_quiet, 2) if quiet and during else None,
        "errors": len(quiet_errors) + len(busy_errors), "cpus": os.cpu_count(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, default=ROOT / "out" / "bench-api-store")
    parser.add_argument("--clauses", type=int, default=20_000)
    parser.add_argument("--clients", type=int, default=8, choices=range(1, 17))
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=1, choices=range(1, 9), help="server processes")
    parser.add_argument("--parts", action="store_true",
                        help="no server: encoder and index search alone, in batches of 1, 8 and 32 queries")
    parser.add_argument("--during-ingest", action="store_true",
                        help="compare search p95 with and without an ingest of 5,000 clauses running")
    args = parser.parse_args()
    if not 1 <= args.seconds <= 120:
        raise SystemExit("--seconds must be between 1 and 120")
    build_store(args.store, args.clauses)
    if args.parts:
        result = {**parts(args.store, args.seconds), **machine()}
        write_result("api_parts.json", result)
        return
    load_before = os.getloadavg()
    port = free_port()
    server = start_server(args.store, port, args.workers)
    if args.during_ingest:
        try:
            queries = [text for _, _, text in domestic_rows(QUERIES)[1:]]
            result = during_ingest(f"http://{HOST}:{port}", args.clients, args.seconds, queries)
        finally:
            server.terminate()
            server.wait(timeout=30)
        out = ROOT / "bench" / "results"
        out.mkdir(parents=True, exist_ok=True)
        (out / "api_load_ingest.json").write_text(json.dumps(result, indent=2))
        print(json.dumps(result, indent=2))
        return
    try:
        latencies: list[list[float]] = [[] for _ in range(args.clients)]
        errors: list[list[str]] = [[] for _ in range(args.clients)]
        queries = [text for _, _, text in domestic_rows(QUERIES)[1:]]
        threads = [threading.Thread(target=client_loop, args=(f"http://{HOST}:{port}", args.seconds, i, queries,
                                                              latencies[i], errors[i]))
                   for i in range(args.clients)]
        server_before, clients_before = cpu_seconds(server.pid), time.process_time()
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        server_after, clients_after = cpu_seconds(server.pid), time.process_time()
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
        # CPU time per answered request: the server's (all its processes), and the 8 clients' (this process)
        "server_cpu_ms_per_request": round(1000 * (server_after - server_before) / len(done), 2)
        if done and server_before is not None and server_after is not None else None,
        "clients_cpu_ms_per_request": round(1000 * (clients_after - clients_before) / len(done), 2) if done else None,
        "workers": args.workers, "load_before": [round(x, 2) for x in load_before], **machine(),
    }
    write_result("api_load.json", result)


def machine() -> dict:
    """What the figures depend on: the commit measured, the cores, and the load average (1, 5, 15 min) now."""
    try:
        commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, timeout=10).stdout.strip()
    except OSError:
        commit = ""
    return {"commit": commit, "cpus": os.cpu_count(), "load": [round(x, 2) for x in os.getloadavg()]}


def write_result(name: str, result: dict) -> None:
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / name).write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


def parts(store: Path, seconds: float) -> dict:
    """Queries per second of the two costly parts of a search, alone in this process on one thread each (as
    the server's batcher runs them): encoding the Chinese queries, and searching the store's index with their
    vectors; in batches of 1, 8 and 32 queries."""
    from compare.store import Store
    from embeddings import load_encoder
    from embeddings.index import use_one_search_thread_here

    use_one_search_thread_here()
    encoder = load_encoder(threads=1)
    queries = [text for _, _, text in domestic_rows(QUERIES)[1:]]
    budget = max(1.0, seconds / 6)  # six timings in about `seconds`

    def rate(step, size: int) -> float:
        done, started = 0, time.perf_counter()
        while time.perf_counter() - started < budget:
            for i in range(0, len(queries) - size + 1, size):
                step(i, size)
                done += size
                if time.perf_counter() - started >= budget:
                    break
        return round(done / (time.perf_counter() - started), 1)

    out: dict = {"mode": "parts", "seconds_each": round(budget, 1)}
    for size in (1, 8, 32):
        out[f"encode_per_s_batch_{size}"] = rate(lambda i, n: encoder.encode(queries[i:i + n], role="query"), size)
    vectors = encoder.encode(queries, role="query")
    with Store.open(store) as db:
        db.warm()
        for size in (1, 8, 32):
            out[f"search_per_s_batch_{size}"] = rate(
                lambda i, n: db.search_arrays(vectors[i:i + n], "international", 30), size)
    return out


if __name__ == "__main__":
    main()
