"""Scale benchmark: a store of N international clauses (default 1,000,000) on one machine.

What it does:
1. writes D distinct standard-like English clauses (bench/scale_corpus.py: templates over real vocabularies;
   default D = 100,000) and encodes them with the default encoder (cached in --work, keyed by D and encoder);
2. builds a store of N clauses through the store's own ingest (`Store.ingest`, in chunks): the first D are the
   encoded clauses, the rest reuse them with their vectors perturbed slightly (Gaussian noise, sigma 0.01 per
   dimension, then renormalised: cosine ~0.97 to the original), under their own standard and clause numbers;
   the store chooses and trains the index itself (approximate above its threshold);
3. reopens the store and measures single-query search (k = 10, one query at a time, the store's own
   search_arrays: shortlist from the index and exact re-scoring), p50 / p95 over real queries: the Chinese
   clauses of data/domestic_clauses.csv, generated Chinese limit clauses and held-out English clauses not in
   the store;
4. recall@10 of that search against exact search (FAISS flat inner product over every stored vector);
5. matches a 10,000-row Chinese list against the store with the CLI (`stdcompare match`, end to end:
   read, encode, search, indicators, write), timing it and its peak RSS.

Reports build time, on-disk size, peak RSS, p50/p95, recall@10 and the list time; writes them to
bench/results/scale-N.json. Smaller runs:

    .venv/bin/python bench/bench_scale.py --clauses 200000 --distinct 100000
    .venv/bin/python bench/bench_scale.py --clauses 50000 --distinct 20000 --rows 2000 --approximate-above 20000
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))
sys.path.insert(0, str(ROOT))
from bench_ingest_match import run  # noqa: E402  (bench/bench_ingest_match.py: a CLI command, its time and RSS)
from scale_corpus import domestic_queries, international_clauses  # noqa: E402

SIDE = "international"
CHUNK = 100_000  # clauses per ingest call: bounds the memory of one transaction
SIGMA = 0.01


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def folder_size_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def encode_distinct(encoder, texts: list[str], cache: Path) -> tuple[np.ndarray, float]:
    """Vectors of `texts` (cached in `cache`) and the encoding rate in clauses/s (0 when read from the cache)."""
    if cache.is_file():
        vectors = np.load(cache)
        if len(vectors) == len(texts):
            print(f"encoded vectors read from {cache}")
            return vectors, 0.0
    started = time.perf_counter()
    parts = []
    for start in range(0, len(texts), 2048):
        parts.append(encoder.encode(texts[start:start + 2048], role="document"))
        done = start + len(parts[-1])
        if done % 20480 < 2048 or done == len(texts):
            print(f"  encoded {done}/{len(texts)} ({done / (time.perf_counter() - started):.0f} clauses/s)",
                  flush=True)
    vectors = np.vstack(parts).astype(np.float32)
    rate = len(texts) / (time.perf_counter() - started)
    np.save(cache, vectors)
    return vectors, rate


class ReplayEncoder:
    """Hands the store vectors computed beforehand, in order, under the real encoder's name: the store's own
    ingest then writes and indexes them exactly as it would encoded ones."""

    def __init__(self, name: str, dimension: int, vectors: np.ndarray) -> None:
        self.name, self.dimension = name, dimension
        self._vectors, self._at = vectors, 0

    def encode(self, texts, role="document"):
        out = self._vectors[self._at:self._at + len(texts)]
        self._at += len(texts)
        return out


def chunk_vectors(distinct: np.ndarray, start: int, stop: int, seed: int) -> np.ndarray:
    """Vectors of rows start..stop: row i < D is distinct vector i, later rows a perturbed copy of i % D."""
    d = len(distinct)
    rows = np.arange(start, stop) % d
    out = distinct[rows].copy()
    reused = np.arange(start, stop) >= d
    if reused.any():
        rng = np.random.default_rng(seed)
        out[reused] += rng.normal(0, SIGMA, size=(int(reused.sum()), out.shape[1])).astype(np.float32)
        out[reused] /= np.linalg.norm(out[reused], axis=1, keepdims=True)
    return out


def key(i: int) -> tuple[str, str]:
    """(standard number, clause number) of row i: 50 clauses to a standard, bodies in turn."""
    block = i // 50
    return f"{('ISO', 'IEC', 'CXS')[block % 3]} {10000 + block}:{2000 + block % 23}", f"{i % 50 // 10 + 4}.{i % 10 + 1}"


def build(store_path: Path, encoder_name: str, dimension: int, texts: list[str], distinct: np.ndarray,
          n: int, approximate_above: int | None) -> float:
    from compare.store.store import ClauseRecord, Store

    options = {} if approximate_above is None else {"approximate_above": approximate_above}
    started = time.perf_counter()
    with Store.open(store_path, create=True, **options) as db:
        for start in range(0, n, CHUNK):
            stop = min(n, start + CHUNK)
            records = [ClauseRecord(standard=key(i)[0], clause=key(i)[1], text=texts[i % len(texts)], lang="en",
                                    side=SIDE) for i in range(start, stop)]
            replay = ReplayEncoder(encoder_name, dimension, chunk_vectors(distinct, start, stop, seed=start))
            db.ingest(records, replay, batch_size=CHUNK)
            print(f"  stored {stop}/{n} ({time.perf_counter() - started:.0f} s, peak RSS {peak_rss_mb():.0f} MB)",
                  flush=True)
    return time.perf_counter() - started


def real_queries(count: int) -> list[str]:
    """Chinese clauses of data/domestic_clauses.csv, generated Chinese limit clauses, held-out English ones."""
    with open(ROOT / "data" / "domestic_clauses.csv", encoding="utf-8") as fh:
        shipped = [row["text"] for row in csv.DictReader(fh)]
    held_out = [t for _, _, t in international_clauses(count // 2, seed=99)]
    queries = shipped + domestic_queries(count, seed=11)[:count // 2 - len(shipped)] + held_out
    return queries[:count]


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clauses", type=int, default=1_000_000, help="clauses in the store (N)")
    parser.add_argument("--distinct", type=int, default=100_000, help="distinct clauses encoded (D <= N)")
    parser.add_argument("--queries", type=int, default=1000, help="queries for latency and recall")
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the list matched with the CLI (0: skip)")
    parser.add_argument("--approximate-above", type=int, default=None,
                        help="the store's threshold for the approximate index (default: the store's own)")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "stdcompare-scale",
                        help="folder for the encoded vectors and the store (kept for reruns)")
    parser.add_argument("--reuse-store", action="store_true", help="keep a store built by an earlier run")
    parser.add_argument("--threads", type=int, default=1,
                        help="encoder threads (1: on a busy machine two spinning threads are slower than one)")
    parser.add_argument("--sweep", default="8,16,32,64",
                        help="probe counts to try on the approximate index for recall and latency ('' to skip)")
    args = parser.parse_args()
    n, d = args.clauses, min(args.distinct, args.clauses)

    from embeddings import load_encoder

    args.work.mkdir(parents=True, exist_ok=True)
    result: dict = {"clauses": n, "distinct": d, "commit": _commit()}
    print(f"writing {d} distinct clauses")
    texts = [t for _, _, t in international_clauses(d)]
    encoder = load_encoder(threads=args.threads)
    vectors, rate = encode_distinct(encoder, texts, args.work / f"distinct-{d}-{encoder.name}.npy")
    result["encode_clauses_per_s"] = round(rate)

    store_path = args.work / f"store-{n}"
    if not (args.reuse_store and store_path.is_dir()):
        shutil.rmtree(store_path, ignore_errors=True)
        print(f"building a store of {n} clauses in {store_path}")
        result["build_s"] = round(build(store_path, encoder.name, encoder.dimension, texts, vectors, n,
                                        args.approximate_above), 1)
    del vectors
    result["disk_mb"] = round(folder_size_mb(store_path))
    result["peak_rss_build_mb"] = round(peak_rss_mb())

    from compare.store.store import Store

    options = {} if args.approximate_above is None else {"approximate_above": args.approximate_above}
    queries = real_queries(args.queries)
    query_vectors = encoder.encode(queries, role="query")
    with Store.open(store_path, **options) as db:
        started = time.perf_counter()
        db.search_arrays(query_vectors[:1], SIDE, 10)
        result["first_search_s"] = round(time.perf_counter() - started, 2)  # opens (maps) the index
        result["index"] = db.stats().get("indexes", {}).get(SIDE)
        latencies, found = [], []
        for q in query_vectors:
            started = time.perf_counter()
            _, ids = db.search_arrays(q[None], SIDE, 10)
            latencies.append((time.perf_counter() - started) * 1000)
            found.append(ids[0])
        result["search_ms_p50"] = round(percentile(latencies, 50), 2)
        result["search_ms_p95"] = round(percentile(latencies, 95), 2)
        result["peak_rss_search_mb"] = round(peak_rss_mb())
        exact_ids = exact_top10(db, query_vectors, result)
        result["recall_at_10"] = round(recall(exact_ids, found), 4)
    if args.sweep and (result.get("index") or {}).get("kind") == "ivf":
        result["probe_sweep"] = sweep(store_path, query_vectors, exact_ids, [int(p) for p in args.sweep.split(",")])
    print(json.dumps(result, ensure_ascii=False, indent=1), flush=True)

    if args.rows:
        rows = args.work / f"list-{args.rows}.csv"
        with rows.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["标准号", "条款号", "条款内容"])
            for i, text in enumerate(domestic_queries(args.rows, seed=12)):
                writer.writerow([f"GB {30000 + i // 40}-2024", f"{i % 40 // 10 + 4}.{i % 10 + 1}", text])
        env_note = {}
        if args.approximate_above is not None:
            os.environ["STDCOMPARE_APPROXIMATE_ABOVE"] = str(args.approximate_above)
            env_note = {"STDCOMPARE_APPROXIMATE_ABOVE": args.approximate_above}
        os.environ["STDCOMPARE_THREADS"] = str(args.threads)
        seconds, rss = run(["match", str(rows), "--store", str(store_path), "--output",
                            str(args.work / "out.jsonl"), "--show", "0"])
        result.update({"list_rows": args.rows, "list_s": round(seconds, 1), "list_peak_rss_mb": round(rss)},
                      **({"env": env_note} if env_note else {}))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    out = BENCH / "results"
    out.mkdir(exist_ok=True)
    (out / f"scale-{n}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


def exact_top10(db, query_vectors: np.ndarray, result: dict) -> np.ndarray:
    """The exact top 10 clause ids of each query: FAISS flat inner product over every stored vector. Also
    times 200 single exact queries on one thread (what a side below the threshold costs at this size)."""
    import faiss

    ids, vectors = db.side_vectors(SIDE)
    exact = faiss.IndexFlatIP(vectors.shape[1])
    exact.add(np.ascontiguousarray(vectors))
    del vectors
    faiss.omp_set_num_threads(1)
    latencies = []
    for q in query_vectors[:200]:
        started = time.perf_counter()
        exact.search(q[None], 10)
        latencies.append((time.perf_counter() - started) * 1000)
    faiss.omp_set_num_threads(os.cpu_count() or 1)
    result["exact_ms_p50"] = round(percentile(latencies, 50), 2)
    result["exact_ms_p95"] = round(percentile(latencies, 95), 2)
    _, rows = exact.search(query_vectors, 10)
    return ids[rows]


def recall(exact_ids: np.ndarray, found: list[np.ndarray]) -> float:
    """Mean share of the exact top 10 that a search found."""
    return float(np.mean([len(set(e.tolist()) & set(f.tolist())) / 10 for e, f in zip(exact_ids, found)]))


def sweep(store_path: Path, query_vectors: np.ndarray, exact_ids: np.ndarray, probes: list[int]) -> list[dict]:
    """Recall@10 and single-query latency of the side's approximate index file at other probe counts."""
    from embeddings.index import load_index

    path = max(store_path.glob(f"vectors-{SIDE}-g*.ivf"), key=lambda p: int(p.name.split("-g")[1].split(".")[0]))
    index = load_index("ivf", path, query_vectors.shape[1])
    out = []
    for probe in probes:
        index._probe = probe  # a measurement knob: the store uses the index's default
        latencies, found = [], []
        for q in query_vectors:
            started = time.perf_counter()
            found.append(index.search(q[None], 10)[1][0])
            latencies.append((time.perf_counter() - started) * 1000)
        out.append({"probe": probe, "lists": index.lists, "recall_at_10": round(recall(exact_ids, found), 4),
                    "ms_p50": round(percentile(latencies, 50), 2), "ms_p95": round(percentile(latencies, 95), 2)})
        print(out[-1], flush=True)
    return out


def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
    except OSError:
        return ""


if __name__ == "__main__":
    main()
