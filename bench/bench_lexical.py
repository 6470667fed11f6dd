"""What the lexical channel costs (compare/matching/lexical_index.py): loading CC-CEDICT (parsed, and from the
user cache), counting the BM25 statistics of a side (and reading them back from the store folder), and a single
search (`search_text`: encode, search, margin, termbase, coverage, numbers, lexical re-rank) with the channel off, on
with the shortlist only, on adding its own candidates (the default), the default without the numbers signal and
without the coverage signal, interleaved, p50 / p95 over real-looking queries (bench/synthetic.py) against a store of --clauses clauses.

    PYTHONPATH=. .venv/bin/python bench/bench_lexical.py --clauses 50000 --queries 500 [--store DIR]

Run it under the bench lock (flock /tmp/stdcompare-bench.lock ...): the timings are of a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from compare.matching.lexical_index import forget_statistics, lexical_channel, side_lexicon  # noqa: E402
from compare.matching.lists import search_text  # noqa: E402
from compare.matching.ranking import Ranking  # noqa: E402
from compare.store.layout import StoreLayout  # noqa: E402
from compare.store.store import ClauseRecord, Store  # noqa: E402
from compare.terms.grow import store_termbase  # noqa: E402
from compare.terms.lexicon import _parse_cedict, load_cedict  # noqa: E402
from embeddings import load_encoder  # noqa: E402
from synthetic import domestic_rows, international_rows  # noqa: E402


def _ms(values: list[float]) -> str:
    a = np.array(values) * 1000
    return f"p50 {np.percentile(a, 50):.1f} ms, p95 {np.percentile(a, 95):.1f} ms"


def interleaved_search_times(queries, store, encoder, rankings: dict) -> dict[str, list[float]]:
    """Seconds of `search_text` per query under each named ranking, the rankings taking turns query by query
    (so a change in the machine's load falls on all of them alike)."""
    times: dict[str, list[float]] = {name: [] for name in rankings}
    for text in queries:
        for name, ranking in rankings.items():
            t = time.perf_counter()
            search_text(text, store, encoder, ranking=ranking)
            times[name].append(time.perf_counter() - t)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=50_000)
    parser.add_argument("--queries", type=int, default=500)
    parser.add_argument("--store", type=Path, help="an existing store to search (else one is built)")
    args = parser.parse_args()

    started = time.perf_counter()
    parsed = _parse_cedict()
    print(f"CC-CEDICT parsed from the package: {time.perf_counter() - started:.2f} s ({len(parsed)} words)")
    load_cedict()  # writes the cache when absent
    load_cedict.cache_clear()
    started = time.perf_counter()
    load_cedict()
    print(f"CC-CEDICT from the user cache: {time.perf_counter() - started:.2f} s")

    encoder = load_encoder()
    with tempfile.TemporaryDirectory() as tmp:
        path = args.store or Path(tmp) / "store"
        with Store.open(path, create=args.store is None) as store:
            if args.store is None:
                rows = international_rows(args.clauses)[1:]
                started = time.perf_counter()
                store.ingest([ClauseRecord(s, c, t, "en", "international") for s, c, t in rows], encoder)
                print(f"built a store of {len(rows)} clauses in {time.perf_counter() - started:.0f} s")
            n = store.stats()["clauses"].get("international", 0)
            for file in StoreLayout.of(store.path).lexical_files("international"):
                file.unlink()
            forget_statistics()
            started = time.perf_counter()
            side_lexicon(store, "international", load_cedict())
            print(f"BM25 statistics of {n} international clauses counted: {time.perf_counter() - started:.2f} s")
            forget_statistics()
            started = time.perf_counter()
            side_lexicon(store, "international", load_cedict())
            print(f"... read back from the store folder: {time.perf_counter() - started:.3f} s")

            queries = [t for _, _, t in domestic_rows(args.queries)[1:]]
            channel = lexical_channel(store, store_termbase(store.path))
            lexicon = side_lexicon(store, "international", load_cedict())
            started = time.perf_counter()
            lexicon.word_index(store, "international", load_cedict())
            print(f"word index of {n} international clauses built: {time.perf_counter() - started:.2f} s")
            batch = (queries * (1000 // max(len(queries), 1) + 1))[:1000]
            started = time.perf_counter()
            channel.candidates_many(batch, "international", 10, [set() for _ in batch])
            print(f"10 candidates by words over the whole side for a batch of {len(batch)} queries: "
                  f"{time.perf_counter() - started:.2f} s")
            off, shortlist, on = Ranking(lexical=0.0), Ranking(lexical_candidates=0), Ranking()
            no_numbers = Ranking(numbers=0.0)  # the default without the numbers signal
            no_coverage = Ranking(coverage=0.0)  # the default without the coverage signal
            for text in queries[:20]:  # warm: indexes, margins, termbase
                search_text(text, store, encoder, ranking=on)
            times = interleaved_search_times(queries, store, encoder, {"off": off, "shortlist": shortlist, "on": on,
                                                                          "no numbers": no_numbers,
                                                                          "no coverage": no_coverage})
            shortlists = [search_text(t, store, encoder, top_k=30, ranking=off) for t in queries]
            rerank = []
            for text, result in zip(queries, shortlists):
                hits = [(c.clause.id, c.similarity) for c in result.matches]
                t = time.perf_counter()
                channel.rerank(text, hits, "international")
                rerank.append(time.perf_counter() - t)
            print(f"single search, {len(queries)} queries, store of {n}: lexical off {_ms(times['off'])}; "
                  f"on, re-ranking the shortlist only {_ms(times['shortlist'])}; on, adding candidates by words "
                  f"(default) {_ms(times['on'])}; the default without the numbers signal {_ms(times['no numbers'])}; "
                  f"without the coverage signal {_ms(times['no coverage'])}; "
                  f"the re-rank alone (30 candidates) {_ms(rerank)}")


if __name__ == "__main__":
    main()
