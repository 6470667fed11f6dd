"""Benchmark indicator extraction and comparison.

Extraction: N clauses (half Chinese, half English; contaminant limits from bench/synthetic.py plus
appliance, tolerance and test-condition clauses with ranges, ±, full-width digits and several indicators),
each read once with the per-text cache bypassed, so the figure is the real cost of reading new text.
Comparison: the cost of one clause-pair comparison as `match` pays it (extraction cached per clause text,
parameter names encoded in batches), with the real default encoder.

Long tables: one sentence of many rows (`--long-tables 800,1600,3200`), read once at each size; the time per row
should not grow with the size.

    .venv/bin/python bench/bench_indicators.py --clauses 10000 --pairs 2000 [--match-rows 2000] [--long-tables 800,1600]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from synthetic import domestic_rows, international_rows  # noqa: E402

from compare.indicators.verdicts import compare_extractions, names_to_encode, vectors_for  # noqa: E402
from compare.indicators.extract import extract  # noqa: E402

ENGINEERING_ZH = [
    "对于{c}类器具，泄漏电流不应大于{a} mA；绝缘电阻不小于{r} MΩ。",
    "试验应在温度({t}±{dt})℃、相对湿度({h}±{dh})%的条件下进行，持续时间为{n}分钟。",
    "额定电流大于{i} A且不大于{j} A的器具，电源软线的标称横截面积应不小于{x} mm²。",
    "公称尺寸大于{lo} mm至{hi} mm时，IT{g}标准公差为{u} μm。",
    "尺寸公差为（{lo}±０．{d}）mm，表面粗糙度Ra不大于{x} μm。",
    "pH应在{p}～{q}范围内，浑浊度不超过{n} NTU。",
]
ENGINEERING_EN = [
    "For class {c} appliances the leakage current shall not exceed {a} mA and the insulation resistance shall "
    "be at least {r} MΩ.",
    "Tests are carried out at an ambient temperature of {t} °C ± {dt} °C and a relative humidity of "
    "({h} ± {dh}) % for {n} min.",
    "For appliances with a rated current over {i} A up to and including {j} A, the nominal cross-sectional "
    "area shall be at least {x} mm2.",
    "For nominal sizes above {lo} mm up to and including {hi} mm, the standard tolerance IT{g} is {u} µm.",
    "The dimension shall be {lo} mm ± 0,{d} mm; surface roughness Ra max. {x} µm.",
    "pH between {p} and {q}; turbidity: {n} NTU maximum.",
]


def engineering(n: int, templates: list[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lo = rng.randint(1, 400)
        values = dict(c=rng.choice(["I", "II", "III"]), a=rng.choice([0.25, 0.5, 0.75, 3.5]), r=rng.randint(1, 7),
                      t=rng.choice([20, 23, 25, 27]), dt=rng.choice([1, 2, 5]), h=rng.choice([50, 65]),
                      dh=rng.choice([5, 10]), n=rng.randint(1, 60), i=rng.randint(1, 10), x=rng.randint(1, 40) / 4,
                      lo=lo, hi=lo + rng.randint(3, 50), g=rng.randint(1, 12), u=rng.randint(1, 400),
                      d=rng.randint(1, 9), p=rng.choice([6, 6.5]), q=rng.choice([8.5, 9, 9.5]))
        values["j"] = values["i"] + rng.randint(1, 6)
        out.append(rng.choice(templates).format(**values))
    return out


def clauses(n: int) -> list[str]:
    quarter = n // 4
    texts = [r[2] for r in domestic_rows(quarter, seed=11)[1:]] + [r[2] for r in international_rows(quarter, seed=12)[1:]]
    texts += engineering(quarter, ENGINEERING_ZH, 13) + engineering(n - 3 * quarter, ENGINEERING_EN, 14)
    return texts


def bench_extraction(texts: list[str]) -> tuple[float, int]:
    read = extract.__wrapped__  # the uncached function: every text is new to it
    read("铅≤0.2 mg/kg")  # builds the pint registry and compiles patterns (start-up, not per clause)
    started = time.perf_counter()
    found = sum(len(read(t).indicators) for t in texts)
    return time.perf_counter() - started, found


# Rows of one-sentence tables: limits each with its own condition, limits under bands that take over from each
# other, and tolerances trailed by the range they hold for.
LONG_TABLE_ROWS = {
    "conditioned limits": "密度（20 ℃）≤ 0.8 g/mL，",
    "banded limits": "小于2 m时，高度不低于900 mm；大于等于2 m时，高度不低于1 050 mm，",
    "trailing tolerances": "± 2 % for temperatures from 0,1 °C to 30 °C and ± 3 % for 30 °C to 60 °C, ",
}


def bench_long_tables(sizes: list[int]) -> None:
    read = extract.__wrapped__
    read("铅≤0.2 mg/kg")
    for name, row in LONG_TABLE_ROWS.items():
        seconds = []
        for n in sizes:
            started = time.perf_counter()
            read(row * n)
            seconds.append(time.perf_counter() - started)
        growth = (seconds[-1] / sizes[-1]) / (seconds[0] / sizes[0])
        print(f"long table, {name}: " + ", ".join(f"{n} rows {s:.2f} s" for n, s in zip(sizes, seconds))
              + f" (time per row x{growth:.1f} from {sizes[0]} to {sizes[-1]} rows)")


def bench_comparison(pairs: int) -> tuple[float, float, int]:
    from embeddings import load_encoder

    encoder = load_encoder()
    half = pairs // 2
    # Engineering clauses name quantities the termbase does not all know: those pairs ask the encoder.
    domestic = [r[2] for r in domestic_rows(half, seed=21)[1:]] + engineering(pairs - half, ENGINEERING_ZH, 23)
    international = [r[2] for r in international_rows(half, seed=22)[1:]] + engineering(pairs - half,
                                                                                        ENGINEERING_EN, 23)
    vectors = vectors_for(encoder)
    extract.cache_clear()
    started = time.perf_counter()
    plans = [(extract(d), extract(i)) for d, i in zip(domestic, international)]
    vectors.ensure([n for d, i in plans for n in names_to_encode(d.indicators, i.indicators)])
    for d, i in plans:
        compare_extractions(d, i, vectors=vectors)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    for d, i in zip(domestic, international):
        compare_extractions(extract(d), extract(i), vectors=vectors)
    warm = time.perf_counter() - started
    return cold, warm, vectors.encoded


def bench_matching(rows: int, store_clauses: int) -> tuple[float, float]:
    """Seconds for match_rows (top 5) over `rows` Chinese rows against a store of `store_clauses`, and for
    attach_comparisons on its results with a cold extraction cache."""
    import tempfile

    from compare.store.ingest import prepare_records
    from compare.matching.lists import attach_comparisons, match_rows
    from compare.io.readers import open_table
    from compare.store.store import Store
    from embeddings import load_encoder
    from synthetic import write

    encoder = load_encoder()
    folder = Path(tempfile.mkdtemp(prefix="bench-indicators-"))
    with Store.open(folder / "store", create=True) as store:
        clauses = open_table(write(folder / "intl.csv", international_rows(store_clauses))).rows()
        store.ingest(prepare_records(clauses).records, encoder)
        listing = list(open_table(write(folder / "list.csv", domestic_rows(rows, seed=5))).rows())
        started = time.perf_counter()
        results = list(match_rows(listing, store, encoder, top_k=5))
        matching = time.perf_counter() - started
        extract.cache_clear()
        started = time.perf_counter()
        list(attach_comparisons(results, encoder))
        comparing = time.perf_counter() - started
    return matching, comparing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clauses", type=int, default=10_000)
    parser.add_argument("--pairs", type=int, default=2_000)
    parser.add_argument("--match-rows", type=int, default=0, help="also time indicator comparison inside "
                                                                  "matching, on this many rows (5 matches each)")
    parser.add_argument("--long-tables", default="", help="also time one-sentence tables of these many rows "
                                                              "(comma-separated, e.g. 800,1600,3200)")
    args = parser.parse_args()
    if args.clauses:
        texts = clauses(args.clauses)
        seconds, found = bench_extraction(texts)
        print(f"extraction: {len(texts)} clauses in {seconds:.2f} s ({len(texts) / seconds:,.0f} clauses/s, "
              f"{1000 * seconds / len(texts):.3f} ms each); {found} indicators found")
    if args.long_tables:
        bench_long_tables([int(n) for n in args.long_tables.split(",")])
    if args.pairs:
        cold, warm, encoded = bench_comparison(args.pairs)
        print(f"comparison: {args.pairs} clause pairs, new texts {1000 * cold / args.pairs:.3f} ms each "
              f"(extraction + pairing + verdicts; {encoded} parameter names encoded), "
              f"cached texts {1000 * warm / args.pairs:.3f} ms each")
    if args.match_rows:
        matching, comparing = bench_matching(args.match_rows, 5_000)
        print(f"matching {args.match_rows} rows (top 5, store of 5,000 clauses): {matching:.2f} s; indicator "
              f"comparison of their matches {comparing:.2f} s ({1000 * comparing / args.match_rows:.2f} ms a row, "
              f"{1000 * comparing / (5 * args.match_rows):.3f} ms a match)")


if __name__ == "__main__":
    main()
