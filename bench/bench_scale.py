"""Scale benchmark: a store of N international clauses (default 1,000,000) on one machine.

What it does:
1. writes D distinct standard-like English clauses (bench/scale_corpus.py: templates over real vocabularies;
   default D = 100,000) and encodes them with the default encoder (cached in --cache, keyed by D, the encoder
   and a digest of the texts, so later runs reuse them);
2. builds a store of N clauses through the store's own ingest (`Store.ingest`, in chunks) in a process of its
   own (its peak RSS is the build's): the first D are the encoded clauses, the rest reuse them with their
   vectors perturbed slightly (Gaussian noise, sigma 0.01 per dimension, then renormalised: cosine ~0.97 to
   the original), under their own standard and clause numbers; the store chooses and trains the index itself;
3. in another fresh process (its peak RSS is the search's): drops the store's files from the page cache
   (posix_fadvise DONTNEED on those files only), opens the store and times the first search (opening and
   checking the index included), then single-query search (k = 10, one query at a time, the store's own
   search_arrays: shortlist from the index, exact re-scoring) over real queries, p50 / p95 "cold" (right
   after opening, pages read from disk as the searches need them), then `Store.warm()` and the same queries
   again "warm". Queries: the Chinese clauses of data/domestic_clauses.csv, generated Chinese limit clauses
   and held-out English clauses not in the store;
4. recall@10 of those searches against exact search (every stored vector scored, read chunk by chunk);
5. matches a 10,000-row Chinese list against the store with the CLI (`stdcompare match`, end to end:
   start-up, read, encode, search, margin, indicators, write), timing it and its peak RSS, twice: the first
   list after the build works out the margins (the lexical statistics were carried forward by each ingest).

Reports build time, on-disk size, peak RSS of build and search, p50/p95, recall@10 and the list time; writes them
to bench/results/scale-N.json. Smaller runs:

    .venv/bin/python bench/bench_scale.py --clauses 200000 --cache /work/scale-cache
    .venv/bin/python bench/bench_scale.py --clauses 50000 --distinct 20000 --rows 2000 --approximate-above 20000
"""

from __future__ import annotations

import argparse
import csv
import hashlib
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


def cache_file(folder: Path, texts: list[str], encoder_name: str) -> Path:
    """Where the vectors of `texts` are cached: named by their count, the encoder and a digest of the texts,
    so a changed generator never reuses vectors of other texts."""
    digest = hashlib.blake2b("\n".join(texts).encode("utf-8"), digest_size=8).hexdigest()
    return folder / f"distinct-{len(texts)}-{encoder_name}-{digest}.npy"


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
    tmp = cache.with_name(cache.name + ".tmp.npy")
    np.save(tmp, vectors)
    os.replace(tmp, cache)
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
        out[reused] += SIGMA * rng.standard_normal(size=(int(reused.sum()), out.shape[1]), dtype=np.float32)
        out[reused] /= np.linalg.norm(out[reused], axis=1, keepdims=True)
    return out


def key(i: int) -> tuple[str, str]:
    """(standard number, clause number) of row i: 50 clauses to a standard, bodies in turn."""
    block = i // 50
    return f"{('ISO', 'IEC', 'CXS')[block % 3]} {10000 + block}:{2000 + block % 23}", f"{i % 50 // 10 + 4}.{i % 10 + 1}"


def build(store_path: Path, encoder_name: str, dimension: int, texts: list[str], distinct: np.ndarray,
          n: int, approximate_above: int | None) -> float:
    from compare.store.store import ClauseRecord, Store
    from compare.workflows import ingest_clauses

    options = {} if approximate_above is None else {"approximate_above": approximate_above}
    started = time.perf_counter()
    with Store.open(store_path, create=True, **options) as db:
        for start in range(0, n, CHUNK):
            stop = min(n, start + CHUNK)
            records = [ClauseRecord(standard=key(i)[0], clause=key(i)[1], text=texts[i % len(texts)], lang="en",
                                    side=SIDE) for i in range(start, stop)]
            replay = ReplayEncoder(encoder_name, dimension, chunk_vectors(distinct, start, stop, seed=start))
            ingest_clauses(db, records, replay)  # as `stdcompare ingest` does
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


def phase(name: str, args: argparse.Namespace, extra: list[str]) -> dict:
    """Run one phase of the benchmark in a fresh process of this script; its JSON answer, with the
    process's peak RSS (from the kernel) as peak_rss_mb."""
    command = [sys.executable, __file__, "--phase", name, "--clauses", str(args.clauses), "--work", str(args.work)]
    if args.approximate_above is not None:
        command += ["--approximate-above", str(args.approximate_above)]
    proc = subprocess.Popen(command + extra, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    lines = []
    for line in proc.stdout:
        print(line, end="", flush=True)
        lines.append(line)
    _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the {name} phase failed")
    answer = json.loads(lines[-1])
    answer["peak_rss_mb"] = round(usage.ru_maxrss / 1024)  # Linux reports kilobytes
    return answer


def build_phase(args: argparse.Namespace) -> dict:
    """Phase 2, in its own process: the store built from the cached vectors."""
    from embeddings import load_encoder

    texts = [t for _, _, t in international_clauses(args.distinct)]
    encoder = load_encoder(threads=1)
    vectors = np.load(cache_file(args.cache, texts, encoder.name))
    store_path = args.work / f"store-{args.clauses}"
    shutil.rmtree(store_path, ignore_errors=True)
    print(f"building a store of {args.clauses} clauses in {store_path}", flush=True)
    seconds = build(store_path, encoder.name, encoder.dimension, texts, vectors, args.clauses,
                    args.approximate_above)
    return {"build_s": round(seconds, 1)}


def forget_pages(folder: Path) -> None:
    """Drop the files of `folder` from the page cache (only theirs), so that the next reads come from disk."""
    for path in folder.rglob("*"):
        if path.is_file():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def search_phase(args: argparse.Namespace) -> dict:
    """Phase 3, in its own process: open the store cold, search, warm it, search again."""
    from compare.store.store import Store

    options = {} if args.approximate_above is None else {"approximate_above": args.approximate_above}
    store_path = args.work / f"store-{args.clauses}"
    query_vectors = np.load(args.work / "queries.npy")
    out: dict = {}
    forget_pages(store_path)
    started = time.perf_counter()
    with Store.open(store_path, **options) as db:
        db.search_arrays(query_vectors[:1], SIDE, 10)
        out["first_search_s"] = round(time.perf_counter() - started, 3)  # opens and checks the index
        out["index"] = db.stats().get("indexes", {}).get(SIDE)
        for state in ("cold", "warm"):
            if state == "warm":
                started = time.perf_counter()
                db.warm(wait=True)  # the index file read into the page cache
                out["warm_up_s"] = round(time.perf_counter() - started, 2)
            latencies, found = [], []
            for q in query_vectors:
                started = time.perf_counter()
                _, ids = db.search_arrays(q[None], SIDE, 10)
                latencies.append((time.perf_counter() - started) * 1000)
                found.append(ids[0])
            out[f"search_ms_p50_{state}"] = round(percentile(latencies, 50), 2)
            out[f"search_ms_p95_{state}"] = round(percentile(latencies, 95), 2)
            out[f"search_ms_max_{state}"] = round(max(latencies), 2)
            np.save(args.work / f"found-{state}.npy", np.asarray(found))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clauses", type=int, default=1_000_000, help="clauses in the store (N)")
    parser.add_argument("--distinct", type=int, default=100_000, help="distinct clauses encoded (D <= N)")
    parser.add_argument("--queries", type=int, default=1000, help="queries for latency and recall")
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the list matched with the CLI (0: skip)")
    parser.add_argument("--approximate-above", type=int, default=None,
                        help="the store's threshold for the approximate index (default: the store's own)")
    parser.add_argument("--work", type=Path, default=Path(os.environ.get("TMPDIR", "/tmp")) / "stdcompare-scale",
                        help="folder for the store and the list (kept for reruns)")
    parser.add_argument("--cache", type=Path, default=None,
                        help="folder for the encoded distinct clauses, reused by later runs (default: --work)")
    parser.add_argument("--reuse-store", action="store_true", help="keep a store built by an earlier run")
    parser.add_argument("--threads", type=int, default=1,
                        help="encoder threads (1: on a busy machine two spinning threads are slower than one)")
    parser.add_argument("--sweep", default="",
                        help="probe counts to try on the approximate index for recall and latency, e.g. 16,32,64")
    parser.add_argument("--lists", type=int, default=2,
                        help="times the list is matched (the first after the build computes the statistics)")
    parser.add_argument("--phase", choices=["build", "search"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    args.distinct = min(args.distinct, args.clauses)
    args.cache = args.cache or args.work
    if args.phase:
        answer = build_phase(args) if args.phase == "build" else search_phase(args)
        print(json.dumps(answer, ensure_ascii=False), flush=True)
        return
    n, d = args.clauses, args.distinct

    from embeddings import load_encoder

    args.work.mkdir(parents=True, exist_ok=True)
    args.cache.mkdir(parents=True, exist_ok=True)
    result: dict = {"clauses": n, "distinct": d, "commit": _commit(), "load_before": os.getloadavg()}
    print(f"writing {d} distinct clauses")
    texts = [t for _, _, t in international_clauses(d)]
    encoder = load_encoder(threads=args.threads)
    vectors, rate = encode_distinct(encoder, texts, cache_file(args.cache, texts, encoder.name))
    result["encode_clauses_per_s"] = round(rate)
    del vectors
    queries = real_queries(args.queries)
    np.save(args.work / "queries.npy", encoder.encode(queries, role="query"))
    del encoder

    store_path = args.work / f"store-{n}"
    forwarded = ["--distinct", str(d), "--cache", str(args.cache)]
    if not (args.reuse_store and store_path.is_dir()):
        built = phase("build", args, forwarded)
        result["build_s"], result["peak_rss_build_mb"] = built["build_s"], built["peak_rss_mb"]
    result["disk_mb"] = round(folder_size_mb(store_path))
    searched = phase("search", args, forwarded)
    result["peak_rss_search_mb"] = searched.pop("peak_rss_mb")
    result.update(searched)
    query_vectors = np.load(args.work / "queries.npy")
    exact_ids = exact_top10(store_path, query_vectors, args)
    for state in ("cold", "warm"):
        result[f"recall_at_10_{state}"] = round(recall(exact_ids, np.load(args.work / f"found-{state}.npy")), 4)
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
        # the first list after the build finds what the build left: the lexical statistics, which every
        # ingest carries forward, but not the margins, which the first list after an ingest works out (a store
        # reused from an earlier run would have them); the next list finds them saved
        for stale in store_path.glob("margins-*.npz"):
            stale.unlink()
        result.update({"list_rows": args.rows, "lists": []}, **({"env": env_note} if env_note else {}))
        for attempt in range(args.lists):
            seconds, rss = run(["match", str(rows), "--store", str(store_path), "--output",
                                str(args.work / "out.jsonl"), "--show", "0"])
            result["lists"].append({"list_s": round(seconds, 1), "list_peak_rss_mb": round(rss),
                                    "load": os.getloadavg()})
            print(result["lists"][-1], flush=True)
    result["load_after"] = os.getloadavg()
    print(json.dumps(result, ensure_ascii=False, indent=1))
    out = BENCH / "results"
    out.mkdir(exist_ok=True)
    (out / f"scale-{n}.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


def exact_top10(store_path: Path, query_vectors: np.ndarray, args: argparse.Namespace) -> np.ndarray:
    """The exact top 10 clause ids of each query: every stored vector scored, read from the store chunk by
    chunk (a running top 10 is kept), so the reference itself needs little memory."""
    from compare.store.store import Store

    options = {} if args.approximate_above is None else {"approximate_above": args.approximate_above}
    best_s = np.full((len(query_vectors), 0), -np.inf, dtype=np.float32)
    best_i = np.zeros((len(query_vectors), 0), dtype=np.int64)
    with Store.open(store_path, **options) as db:
        for ids, vectors in db.side_vector_chunks(SIDE, 50_000):
            sims = np.concatenate([best_s, query_vectors @ vectors.T], axis=1)
            cand = np.concatenate([best_i, np.broadcast_to(ids, (len(query_vectors), len(ids)))], axis=1)
            top = np.argsort(-sims, axis=1, kind="stable")[:, :10]
            best_s, best_i = np.take_along_axis(sims, top, axis=1), np.take_along_axis(cand, top, axis=1)
    return best_i


def recall(exact_ids: np.ndarray, found) -> float:
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
    if os.environ.get("STDCOMPARE_BENCH_COMMIT"):  # a run from an exported copy of a commit
        return os.environ["STDCOMPARE_BENCH_COMMIT"]
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True).stdout.strip()
    except OSError:
        return ""


if __name__ == "__main__":
    main()
