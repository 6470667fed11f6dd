"""Which cases of the open indicator sets a change moves: the check behind "no case lower on any open set".

`--save FILE` scores every open set (the sets of bench/indicator_failures.py, never the held-out set nor a set being
written blind) with the code of the working tree and writes one line per case: set, id, whether the overall verdict
is right, how many expected indicators are right and how many there are. Given two such files, it prints the cases
that are worse in the second (overall verdict no longer right, or fewer indicators right) and those that are
better, with each set's totals.

    PYTHONPATH=. .venv/bin/python bench/case_changes.py --save before.tsv     # on the code before the change
    PYTHONPATH=. .venv/bin/python bench/case_changes.py --save after.tsv      # on the code after it
    .venv/bin/python bench/case_changes.py before.tsv after.tsv

Exit status 1 when a case is worse, so that a script can stop on it.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HEADER = ("set", "id", "overall_right", "indicators_right", "indicators")


def save(path: Path, sets: list[str], encoder) -> None:
    from eval_indicators import SETS, evaluate, read_cases

    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, delimiter="\t")
        out.writerow(HEADER)
        for name in sets:
            scores = evaluate(read_cases(SETS[name]), encoder)
            for item in scores["per_case"]:
                out.writerow((name, item["case"]["id"], int(item["overall_ok"]), len(item["matched"]),
                              len(item["expected"])))
            print(f"{name}: {scores['overall_right']}/{scores['cases']}, "
                  f"{scores['indicators_right']}/{scores['indicators']}", file=sys.stderr)


def load(path: Path) -> dict[tuple[str, str], tuple[int, int, int]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    if not rows or tuple(rows[0]) != HEADER:
        raise SystemExit(f"{path}: not a file of bench/case_changes.py --save (its first line is {HEADER})")
    return {(r[0], r[1]): (int(r[2]), int(r[3]), int(r[4])) for r in rows[1:]}


def changes(before: dict, after: dict) -> tuple[list, list]:
    """The cases worse and better in `after`: worse when the overall verdict is no longer right or fewer indicators
    are right (a case missing from `after` is worse), better the reverse."""
    worse, better = [], []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if new is None:
            worse.append((key, old, new))
        elif old is None:
            continue
        elif new[0] < old[0] or new[1] < old[1]:
            worse.append((key, old, new))
        elif new[0] > old[0] or new[1] > old[1]:
            better.append((key, old, new))
    return worse, better


def totals(cases: dict) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for (name, _), (ok, right, expected) in cases.items():
        out[name][0] += ok
        out[name][1] += 1
        out[name][2] += right
        out[name][3] += expected
    return out


def _shown(value) -> str:
    return "-" if value is None else f"overall {'right' if value[0] else 'wrong'}, {value[1]}/{value[2]}"


def main(argv: list[str] | None = None) -> int:
    from indicator_failures import OPEN_SETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", nargs="*", type=Path, help="two files written by --save: before and after")
    parser.add_argument("--save", type=Path, help="score the open sets and write one line per case here")
    parser.add_argument("--sets", default=",".join(OPEN_SETS), help="comma-separated open sets (with --save)")
    args = parser.parse_args(argv)
    if args.save:
        sets = [s for s in args.sets.split(",") if s]
        closed = [s for s in sets if s not in OPEN_SETS]
        if closed:
            parser.error(f"not an open set: {', '.join(closed)} (open: {', '.join(OPEN_SETS)})")
        from embeddings import load_encoder

        save(args.save, sets, load_encoder())
        return 0
    if len(args.files) != 2:
        parser.error("give two files written by --save (before, after), or --save FILE")
    before, after = load(args.files[0]), load(args.files[1])
    worse, better = changes(before, after)
    old_totals, new_totals = totals(before), totals(after)
    for name in new_totals:
        old, new = old_totals.get(name, [0, 0, 0, 0]), new_totals[name]
        if old != new:
            print(f"{name}: {old[0]}/{old[1]}, {old[2]}/{old[3]} -> {new[0]}/{new[1]}, {new[2]}/{new[3]}")
    for title, found in (("worse", worse), ("better", better)):
        print(f"{title}: {len(found)}")
        for (name, case), old, new in found:
            print(f"  {name} {case}: {_shown(old)} -> {_shown(new)}")
    return 1 if worse else 0


if __name__ == "__main__":
    raise SystemExit(main())
