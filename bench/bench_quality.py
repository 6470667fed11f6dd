"""Matching-quality benchmark, run through the `stdcompare` command line.

Prints accuracy@1, recall@5 and MRR@10 (percent) and the match time for:
  - Tatoeba cmn-eng (1000 pairs in ../shared/data/tatoeba-cmn-eng; skipped when absent): the English lines are
    ingested as international, the Chinese as domestic, into one store; each list is matched against the
    other side, zh->en and en->zh;
  - the sample data (data/*_clauses.csv): `match` of the domestic clauses, and `align` of each declared pair;
  - the alignment set (data/alignment/): `align` of GB/T 19001 against ISO 9001.
For `match` it compares raw cosine, margin, and margin with 1:1 assignment (the default).

    .venv/bin/python bench/bench_quality.py [--model DIR] [--tatoeba DIR]

Time is the one `stdcompare match` reports (model loading excluded); memory is the peak RSS of the
`stdcompare` processes of this run.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
DEFAULT_TATOEBA = ROOT.parent / "shared" / "data" / "tatoeba-cmn-eng"
for candidate in (DEFAULT_TATOEBA, Path("/work/shared/data/tatoeba-cmn-eng")):
    if candidate.is_dir():
        DEFAULT_TATOEBA = candidate
        break
STDCOMPARE = [sys.executable, "-m", "api.cli"]
VARIANTS = {"cosine": ["--ranking", "cosine", "--no-one-to-one"],
            "margin": ["--ranking", "margin", "--no-one-to-one"],
            "margin + 1:1 (default)": []}


WALL: list[float] = []  # wall time of the last command, start-up included


def run(args: list[str], model: str | None) -> str:
    cmd = STDCOMPARE + args + (["--model", model] if model else [])
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    WALL[:] = [time.perf_counter() - started]
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{done.stderr}")
    return done.stdout


def seconds_of(output: str) -> float:
    found = re.search(r"in ([\d.]+) s", output)
    return float(found.group(1)) if found else float("nan")


def metrics(jsonl: Path, gold: list[set[tuple[str, str]]]) -> dict[str, float]:
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == len(gold), (len(lines), len(gold))
    top1 = top5 = rr = 0.0
    for line, answers in zip(lines, gold):
        found = [(m["standard"], m["clause"]) for m in line["matches"]]
        rank = next((k for k, f in enumerate(found[:10], start=1) if f in answers), None)
        top1 += rank == 1
        top5 += rank is not None and rank <= 5
        rr += 1.0 / rank if rank else 0.0
    n = len(gold)
    return {"acc@1": 100 * top1 / n, "recall@5": 100 * top5 / n, "MRR@10": 100 * rr / n}


def write_csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(header)
        out.writerows(rows)
    return path


def report(name: str, scores: dict[str, float], seconds: float | None = None) -> None:
    cells = "  ".join(f"{k} {v:5.1f}" for k, v in scores.items())
    timing = f"  {seconds:6.2f} s" if seconds is not None else ""
    print(f"{name:44s} {cells}{timing}", flush=True)


def bench_match(label: str, list_file: Path, side: str | None, store: Path, gold, model, work: Path) -> None:
    base = None
    for variant, options in VARIANTS.items():
        out = work / "out.jsonl"
        args = ["match", str(list_file), "--store", str(store), "--output", str(out), "--top-k", "10",
                "--show", "0"] + (["--side", side] if side else []) + options
        seconds = seconds_of(run(args, model))
        wall = WALL[0]
        base = base or (seconds, wall)
        report(f"{label}: {variant}", metrics(out, gold), seconds)
        print(f"{'':44s} match time vs cosine {seconds / base[0]:.2f}x; whole command {wall:.2f} s "
              f"({wall / base[1]:.2f}x)", flush=True)


def bench_tatoeba(folder: Path, model, work: Path) -> None:
    zh = (folder / "tatoeba.cmn-eng.cmn").read_text(encoding="utf-8").splitlines()
    en = (folder / "tatoeba.cmn-eng.eng").read_text(encoding="utf-8").splitlines()
    store = work / "tatoeba-store"
    en_file = write_csv(work / "eng.csv", ["standard", "clause", "text"],
                        [["Tatoeba eng", str(i), t] for i, t in enumerate(en)])
    zh_file = write_csv(work / "cmn.csv", ["standard", "clause", "text"],
                        [["Tatoeba cmn", str(i), t] for i, t in enumerate(zh)])
    run(["ingest", str(en_file), "--side", "international", "--store", str(store)], model)
    run(["ingest", str(zh_file), "--side", "domestic", "--store", str(store)], model)
    bench_match("Tatoeba zh->en", zh_file, "international", store,
                [{("Tatoeba eng", str(i))} for i in range(len(zh))], model, work)
    bench_match("Tatoeba en->zh", en_file, "domestic", store,
                [{("Tatoeba cmn", str(i))} for i in range(len(en))], model, work)


def gold_of(path: Path) -> list[tuple[tuple[str, str], set[tuple[str, str]]]]:
    with path.open(encoding="utf-8") as fh:
        return [((r["standard"], r["clause"]),
                 {(r["counterpart_standard"], c) for c in r["counterpart_clause"].split(";")})
                for r in csv.DictReader(fh)]


def bench_sample(model, work: Path) -> None:
    store = work / "sample-store"
    for name in ("international_clauses.csv", "domestic_clauses.csv"):
        run(["ingest", str(DATA / name), "--store", str(store)], model)
    gold = gold_of(DATA / "domestic_clauses.csv")
    bench_match("sample match", DATA / "domestic_clauses.csv", "international", store, [g for _, g in gold],
                model, work)
    pairs = list(dict.fromkeys((key[0], next(iter(g))[0]) for key, g in gold))
    lines: list[Path] = []
    for k, (domestic, international) in enumerate(pairs):
        out = work / f"align-{k}.jsonl"
        run(["align", domestic, international, "--store", str(store), "--output", str(out), "--show", "0"], model)
        lines.append(out)
    joined = work / "align-sample.jsonl"
    joined.write_text("".join(p.read_text(encoding="utf-8") for p in lines), encoding="utf-8")
    by_key = dict(gold)
    order = [json.loads(line) for line in joined.read_text(encoding="utf-8").splitlines()]
    report(f"sample align ({len(pairs)} declared pairs)",
           metrics(joined, [by_key[(o["standard"], o["clause"])] for o in order]))


def bench_alignment_set(model, work: Path) -> None:
    folder = DATA / "alignment"
    out = work / "align-set.jsonl"
    output = run(["align", str(folder / "gbt19001_domestic.csv"), str(folder / "iso9001_international.csv"),
                  "--output", str(out), "--store", str(work / "unused"), "--show", "0"], model)
    report("alignment set GB/T 19001 vs ISO 9001", metrics(out, [g for _, g in gold_of(folder / "gbt19001_domestic.csv")]))
    print(f"{'':44s} {output.strip().splitlines()[-1]}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=None, help="encoder (default: USE multilingual v3)")
    parser.add_argument("--tatoeba", type=Path, default=DEFAULT_TATOEBA)
    args = parser.parse_args()
    print(f"model: {args.model or 'use-multilingual-v3 (default)'}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if (args.tatoeba / "tatoeba.cmn-eng.cmn").is_file():
            bench_tatoeba(args.tatoeba, args.model, work)
        else:
            print(f"Tatoeba skipped: {args.tatoeba} not found (put the LASER cmn-eng test files there)")
        bench_sample(args.model, work)
        bench_alignment_set(args.model, work)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak RSS of the stdcompare processes: {peak:.0f} MB", flush=True)


if __name__ == "__main__":
    main()
