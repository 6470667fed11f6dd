"""Where the overall verdict of a clause pair goes wrong, on the open indicator evaluation sets.

For each set (dev .. dev9; never the held-out set nor a set being written blind): a confusion matrix of the
expected overall verdict against the produced one, then, for each case whose overall verdict is wrong, the reason
class, read from the expected indicators and the produced pairs (bench/eval_indicators.py scores them):

- extra-unpaired     every expected indicator is right; a produced reading the other side lacks (missing_*) that
                     no expected indicator names makes the clause 'different'
- extra-paired       every expected indicator is right; a produced pair no expected indicator names flips it
- expected-none      nothing was expected ('none'), something was produced
- produced-none      something was expected, nothing was produced
- verdict            an expected indicator whose two sides were read and paired together, judged wrong
                     (the pair's reason is kept: another kind of limit, another basis, another test condition ...)
- paired-not-missing an expected one-sided indicator (missing_*) was paired with something on the other side
- pairing            both sides of an expected indicator were read, but not paired together
- unread             a side of an expected indicator was never read (extraction)

A case gets the first class of this list that applies among: verdict, paired-not-missing, pairing, unread (the
expected indicators' own problems), else extra-unpaired / extra-paired; 'expected-none' and 'produced-none' first.

    PYTHONPATH=. .venv/bin/python bench/overall_failures.py                 # every open set, with the encoder
    PYTHONPATH=. .venv/bin/python bench/overall_failures.py --sets dev7 --cases   # and each wrong case
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_spec = importlib.util.spec_from_file_location("eval_indicators", ROOT / "bench" / "eval_indicators.py")
ev = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ev)

from compare.core.vocabulary import Verdict  # noqa: E402

OPEN_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
             "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19",
             "dev20", "dev21", "dev22", "dev23", "dev24", "dev25",
             "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35",
             "dev36", "dev37", "dev38")
OVERALLS = ("consistent", "stricter", "looser", "different", "none")
MISSING = (Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL)
CLASSES = ("expected-none", "produced-none", "verdict", "paired-not-missing", "pairing", "unread",
           "extra-unpaired", "extra-paired")


def _side_found(expected_side: dict | None, produced) -> bool:
    return expected_side is not None and produced is not None and ev.side_matches(expected_side, produced)


def indicator_problem(exp: dict[str, Any], pairs, free: set[int]) -> tuple[str, int | None]:
    """What went wrong with one expected indicator no produced pair got right: a class and the pair concerned."""
    d, i = exp.get("domestic"), exp.get("international")
    for p in free:
        pair = pairs[p]
        if (d is None or _side_found(d, pair.domestic)) and (i is None or _side_found(i, pair.international)):
            if d is None or i is None:
                if pair.domestic is not None and pair.international is not None:
                    return "paired-not-missing", p
            return "verdict", p
    read_d = d is None or any(_side_found(d, pair.domestic) for pair in pairs)
    read_i = i is None or any(_side_found(i, pair.international) for pair in pairs)
    if read_d and read_i:
        return "pairing", None
    return "unread", None


def classify(item: dict[str, Any]) -> tuple[str, list[str]]:
    """The reason class of a case with a wrong overall verdict, and details (pair reasons, extras)."""
    case, result = item["case"], item["result"]
    pairs, matched = result.pairs, item["matched"]
    expected = item["expected"]
    if case.get("expected_overall") == ev.NONE:
        return "expected-none", [_extra_text(p) for p in pairs]
    if not pairs:
        return "produced-none", []
    free = set(range(len(pairs))) - set(matched.values())
    problems = []
    for k, exp in enumerate(expected):
        if k in matched:
            continue
        problem, p = indicator_problem(exp, pairs, free)
        if p is not None:
            free.discard(p)
        problems.append((problem, p))
    details = [f"{problem}: {pairs[p].verdict} ({pairs[p].reason})" if p is not None else problem
               for problem, p in problems]
    extras = [pairs[p] for p in sorted(free)]
    details += [f"extra {_extra_text(p)}" for p in extras]
    for name in ("verdict", "paired-not-missing", "pairing", "unread"):
        if any(problem == name for problem, _ in problems):
            return name, details
    if any(p.verdict not in MISSING for p in extras):
        return "extra-paired", details
    return "extra-unpaired", details


def _extra_text(pair) -> str:
    ind = pair.domestic or pair.international
    flags = [f"conf {pair.confidence:.2f}"]
    if ind.recovered or (pair.domestic and pair.domestic.recovered) or (pair.international and pair.international.recovered):
        flags.append("recovered")
    if not ind.explicit:
        flags.append("no limit word")
    if not ind.concept:
        flags.append("no concept")
    return f"{pair.verdict} {ind.parameter!r} {ind.value if ind.value is not None else (ind.low, ind.high)} " \
           f"{ind.unit} [{', '.join(flags)}]"


def report(name: str, scores: dict[str, Any], show_cases: bool) -> Counter:
    matrix: Counter = Counter()
    classes: Counter = Counter()
    for item in scores["per_case"]:
        want, got = item["case"].get("expected_overall"), ev.produced_overall(item["result"])
        matrix[(want, got)] += 1
        if want != got:
            cls, details = classify(item)
            classes[cls] += 1
            if show_cases:
                print(f"  {item['case'].get('id')}: expected {want}, produced {got}: {cls}")
                for line in details:
                    print(f"      {line}")
    n = scores["cases"]
    print(f"{name}: overall {scores['overall_right']}/{n}, per indicator {scores['indicators_right']}/"
          f"{scores['indicators']}")
    print("  expected \\ produced " + " ".join(f"{o[:6]:>6}" for o in OVERALLS))
    for want in OVERALLS:
        print(f"  {want:<20} " + " ".join(f"{matrix[(want, got)]:>6}" for got in OVERALLS))
    print("  wrong, by class: " + ", ".join(f"{c} {classes[c]}" for c in CLASSES if classes[c]))
    return classes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(OPEN_SETS), help="comma-separated open sets")
    parser.add_argument("--no-encoder", action="store_true")
    parser.add_argument("--cases", action="store_true", help="print each wrong case with its details")
    args = parser.parse_args(argv)
    names = [s for s in args.sets.split(",") if s]
    closed = [s for s in names if s not in OPEN_SETS]
    if closed:
        print(f"not an open set: {', '.join(closed)} (measure-only sets are run by bench/eval_indicators.py)",
              file=sys.stderr)
        return 2
    encoder = None
    if not args.no_encoder:
        from embeddings import load_encoder

        encoder = load_encoder()
    total: Counter = Counter()
    for name in names:
        total += report(name, ev.evaluate(ev.read_cases(ev.SETS[name]), encoder), args.cases)
    print("all sets, wrong by class: " + ", ".join(f"{c} {total[c]}" for c in CLASSES if total[c]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
