"""Alignment speed end to end: `stdcompare align DOMESTIC INTERNATIONAL -o OUT` as a user runs it (start-up,
model loading, reading, encoding, alignment, indicator comparison, writing), on a realistic pair of 300 domestic
against 1,500 international clauses, timed over several runs; and the share of domestic clauses whose right
counterpart comes first.

    .venv/bin/python bench/bench_align.py [--repeat 3] [--domestic 300] [--international 1500] [--keep DIR]

The pair is built from the project's own clause pairs: the GB/T 19001 / ISO 9001 alignment set
(data/alignment/), the sample clauses with their declared counterparts (data/domestic_clauses.csv,
data/international_clauses.csv), the indicator evaluation pairs of 30 fields (data/indicator_eval/) and, to fill
up, limit clauses in the wording of GB and Codex (bench/synthetic.py), their Chinese side with the value
perturbed (stricter or looser, as real counterparts are). The international standard holds every counterpart in
the domestic standard's order, spread among clauses the domestic one does not take up (as when a GB standard
takes up part of a long international one): the English of unused pairs, limit clauses, and method and sampling
clauses on the same substances and foods. Clause numbers differ between the two, so they give nothing away.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.synthetic import EN_TEMPLATES, FOODS, SUBSTANCES, UNITS, ZH_TEMPLATES  # noqa: E402

HEADER = ["standard", "clause", "title", "lang", "text"]
VALUES = ["0.01", "0.02", "0.05", "0.1", "0.2", "0.3", "0.5", "1", "2", "5", "10", "20", "50", "100"]


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def real_pairs() -> list[tuple[str, str]]:
    """(Chinese, English) clause texts of the project's data whose counterpart is declared, in document order."""
    pairs = []
    for domestic, international in (("alignment/gbt19001_domestic.csv", "alignment/iso9001_international.csv"),
                                    ("domestic_clauses.csv", "international_clauses.csv")):
        english = {(r["standard"], r["clause"]): r["text"] for r in _read(ROOT / "data" / international)}
        for row in _read(ROOT / "data" / domestic):
            first = row["counterpart_clause"].split(";")[0]
            counterpart = english.get((row["counterpart_standard"], first))
            if counterpart and row["text"] not in {p[0] for p in pairs}:
                pairs.append((row["text"], counterpart))
    for name in ("dev", "heldout"):
        with (ROOT / "data" / "indicator_eval" / f"{name}.jsonl").open(encoding="utf-8") as fh:
            pairs.extend((case["domestic"], case["international"]) for case in map(json.loads, fh))
    # one counterpart each: drop the later row of a 2:1 split so every domestic clause has one answer
    seen, unique = set(), []
    for zh, en in pairs:
        if en not in seen:
            seen.add(en)
            unique.append((zh, en))
    return unique


def _nearby(rng: random.Random, value: str) -> str:
    """A limit close to `value`: the same, or one step stricter or looser."""
    i = VALUES.index(value)
    return VALUES[max(0, min(len(VALUES) - 1, i + rng.choice((-1, 0, 0, 1))))]


def limit_clauses(rng: random.Random) -> list[tuple[str, str]]:
    """(Chinese, English) limit clauses, one per substance and food, shuffled."""
    out = []
    for s, zs, sym in SUBSTANCES:
        for f, zf in FOODS:
            value, unit = rng.choice(VALUES), rng.choice(UNITS)
            english = rng.choice(EN_TEMPLATES).format(s=s, S=s[0].upper() + s[1:], f=f, v=value, u=unit)
            basis = f"（以{sym}计）" if sym and rng.random() < 0.5 else ""
            chinese = rng.choice(ZH_TEMPLATES).format(s=zs, f=zf, b=basis, v=_nearby(rng, value), u=unit)
            out.append((chinese, english))
    rng.shuffle(out)
    return out


OTHER_TEMPLATES = [
    "Determination of {s} in {f}: the test portion is prepared as described in Annex B and measured in duplicate.",
    "Sampling of {f} for the analysis of {s}: take at least five incremental samples from each lot.",
]


def other_clauses() -> list[str]:
    """English method and sampling clauses on every substance and food: clauses no domestic one takes up."""
    return [t.format(s=s, f=f) for t in OTHER_TEMPLATES for s, _, _ in SUBSTANCES for f, _ in FOODS]


def _numbers(count: int, per_clause: int) -> list[str]:
    """Clause numbers of a standard of `count` units: clauses 4, 5, ... with `per_clause` subclauses each."""
    return [f"{4 + i // per_clause}.{i % per_clause + 1}" for i in range(count)]


def build_pair(domestic: int, international: int, seed: int = 7) -> tuple[list[list[str]], list[list[str]]]:
    """Rows (with header) of a domestic standard of `domestic` clauses and an international one of
    `international` clauses; the domestic rows carry the position of their counterpart as a last column."""
    rng = random.Random(seed)
    real, limits = real_pairs(), limit_clauses(rng)
    rng.shuffle(real)
    # a sixth of the domestic clauses are limit clauses, the rest real pairs (as many as there are)
    from_real = min(len(real), domestic - domestic // 6)
    pairs = real[:from_real] + limits[:domestic - from_real]
    others = [en for _, en in real[from_real:] + limits[domestic - from_real:]] + other_clauses()
    rng.shuffle(others)
    if international - domestic > len(others):
        raise SystemExit(f"not enough distinct clauses for {domestic} x {international}")
    rng.shuffle(pairs)
    # where the counterparts sit in the international standard: in order, with other clauses between them
    slots = sorted(rng.sample(range(international), domestic))
    english, counterpart, rest = [], [], iter(others)
    wanted = dict(zip(slots, pairs))
    for position in range(international):
        if position in wanted:
            counterpart.append(position)
            english.append(wanted[position][1])
        else:
            english.append(next(rest))
    intl_numbers, dom_numbers = _numbers(international, 25), _numbers(domestic, 12)
    intl_rows = [HEADER] + [["ISO 20000:2020", n, "Products — Requirements and test methods", "en", t]
                            for n, t in zip(intl_numbers, english)]
    dom_rows = [HEADER + ["counterpart"]] + [["GB/T 20000-2024", n, "产品 要求和试验方法", "zh", zh, str(p)]
                                             for n, (zh, _), p in zip(dom_numbers, pairs, counterpart)]
    return dom_rows, intl_rows


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    return path


def right_first(output: Path, dom_rows: list[list[str]], intl_rows: list[list[str]]) -> tuple[int, int]:
    """How many domestic clauses have their counterpart first in `output` (JSONL of `align`)."""
    truth = [intl_rows[1 + int(r[5])][4] for r in dom_rows[1:]]
    right = 0
    with output.open(encoding="utf-8") as fh:
        for line, expected in zip(fh, truth):
            matches = json.loads(line).get("matches") or []
            right += bool(matches) and matches[0]["text"] == expected
    return right, len(truth)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--domestic", type=int, default=300)
    parser.add_argument("--international", type=int, default=1500)
    parser.add_argument("--keep", type=Path, help="write the pair and outputs here instead of a temporary folder")
    parser.add_argument("--option", action="append", default=[], help="extra option for `stdcompare align`")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-align-"))
    folder.mkdir(parents=True, exist_ok=True)
    dom_rows, intl_rows = build_pair(args.domestic, args.international)
    dom = write_rows(folder / "domestic.csv", dom_rows)
    intl = write_rows(folder / "international.csv", intl_rows)
    output = folder / "aligned.jsonl"
    command = [sys.executable, "-m", "api.cli", "align", str(dom), str(intl), "-o", str(output), "--show", "0",
               *args.option]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip() or "(not a git checkout: name it yourself)"
    print(f"# align {args.domestic} x {args.international} clauses, end to end; commit {commit}; "
          f"load average {os.getloadavg()[0]:.2f}")
    print("$ stdcompare align domestic.csv international.csv -o aligned.jsonl --show 0 " + " ".join(args.option))
    seconds = []
    for run in range(args.repeat):
        started = time.perf_counter()
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        seconds.append(time.perf_counter() - started)
        if done.returncode:
            raise SystemExit(f"align failed:\n{done.stderr}")
        right, total = right_first(output, dom_rows, intl_rows)
        print(f"- run {run + 1}: {seconds[-1]:.2f} s; right counterpart first {right}/{total} "
              f"({100 * right / total:.1f} %); load average {os.getloadavg()[0]:.2f}; "
              f"{done.stdout.strip().splitlines()[-1]}")
    print(f"range {min(seconds):.2f}–{max(seconds):.2f} s, median {statistics.median(seconds):.2f} s "
          f"over {len(seconds)} runs")


if __name__ == "__main__":
    main()
