"""How far two answer keys of one indicator set agree, and how the reader scores on what they agree on.

A set's key (data/indicator_eval/<set>.jsonl) was written by one person. A second person, who saw neither that key nor
the project's code, keyed the same clause pairs from their texts alone (same schema, same verdict rules). Where two
careful readers disagree, the key is a judgement, and no reader can be scored right on it for certain. This script
says how often that happens and what the reader scores where the two agree:

- overall agreement: pairs whose two keys give the same overall verdict;
- indicator agreement: indicators of the first key that the second key states too, with the same verdict and the same
  values after unit normalisation on each side it gives (the rule `bench/eval_indicators.py` applies to the reader),
  assigned one to one by a maximum bipartite matching; and the same the other way round. "values only" leaves the
  verdict out: the two keys read the same numbers, and judged them apart;
- the reader against the first key, against the second, and on the agreed part: overall on the pairs whose two keys
  agree, per indicator on the first key's indicators the second key states too.

For a measure-only set (the held-out set, a blind set of the round) only these aggregate figures are printed; for an
open set `--cases` lists every disagreement.

    .venv/bin/python bench/key_agreement.py --set heldout --second data/indicator_eval/heldout_second_key.jsonl
    .venv/bin/python bench/key_agreement.py --set dev23 --second data/indicator_eval/dev23_second_key.jsonl --cases
    .venv/bin/python bench/key_agreement.py --set heldout --second data/indicator_eval/heldout_third_key.jsonl --subset
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_indicators import (MEASURE_ONLY, SETS, _close, _dimensionless_alike, _expected_numbers,  # noqa: E402
                             _scaled, evaluate, max_matching, read_cases)

from compare.indicators.units import normalise  # noqa: E402
from compare.indicators.verdicts import compared_dimension  # noqa: E402


def sides_agree(first: dict[str, Any] | None, second: dict[str, Any] | None) -> bool:
    """True when two keys state one side alike: both null, or the same kind of numbers (one value, a range's two
    ends, a value and its tolerance) that are equal after unit normalisation, as eval_indicators.side_matches
    compares an expected side with a reading. Units the normaliser cannot read are compared as written."""
    if first is None or second is None:
        return first is None and second is None
    names_a, numbers_a, unit_a = _expected_numbers(first)
    names_b, numbers_b, unit_b = _expected_numbers(second)
    if set(names_a) != set(names_b):
        return False
    a = normalise(numbers_a.get("value"), unit_a, low=numbers_a.get("low"), high=numbers_a.get("high"),
                  tolerance=numbers_a.get("tolerance"))
    b = normalise(numbers_b.get("value"), unit_b, low=numbers_b.get("low"), high=numbers_b.get("high"),
                  tolerance=numbers_b.get("tolerance"))
    if not (a.known and b.known):
        return unit_a.strip().lower() == unit_b.strip().lower() and \
            all(_close(numbers_a[n], numbers_b[n]) for n in names_a)
    if compared_dimension(a) != compared_dimension(b) and not (
            _dimensionless_alike(a.dimension, b.dimension, unit_a)
            or _dimensionless_alike(b.dimension, a.dimension, unit_b)):
        return False
    values_a = {"value": a.value, "low": a.low, "high": a.high, "tolerance": a.tolerance}
    values_b = {"value": b.value, "low": b.low, "high": b.high, "tolerance": b.tolerance}
    return all(_close(_scaled(values_a[n], a.ratio_scale), _scaled(values_b[n], b.ratio_scale)) for n in names_a)


def indicators_agree(first: dict[str, Any], second: dict[str, Any], verdict: bool = True) -> bool:
    return ((not verdict or first.get("verdict") == second.get("verdict"))
            and sides_agree(first.get("domestic"), second.get("domestic"))
            and sides_agree(first.get("international"), second.get("international")))


def matching(first: list[dict[str, Any]], second: list[dict[str, Any]], verdict: bool = True) -> dict[int, int]:
    """A maximum one-to-one matching of the first key's indicators to the second's (index -> index)."""
    return max_matching({i: [j for j, b in enumerate(second) if indicators_agree(a, b, verdict)]
                         for i, a in enumerate(first)})


def compare_keys(first_cases: list[dict[str, Any]], second_cases: list[dict[str, Any]]) -> dict[str, Any]:
    """Agreement of two keys, case by case (the cases paired by id; a case the second key lacks is an error)."""
    second_by_id = {c["id"]: c for c in second_cases}
    missing = [c["id"] for c in first_cases if c["id"] not in second_by_id]
    if missing:
        raise SystemExit(f"the second key lacks {len(missing)} case(s), first {missing[0]}: key every case first")
    rows = []
    for case in first_cases:
        other = second_by_id[case["id"]]
        a, b = list(case.get("indicators") or []), list(other.get("indicators") or [])
        rows.append({"id": case["id"], "overall": (case.get("expected_overall"), other.get("expected_overall")),
                     "first": a, "second": b, "matched": matching(a, b), "values_matched": matching(a, b, False)})
    return {"rows": rows, "pairs": len(rows),
            "overall_agree": sum(r["overall"][0] == r["overall"][1] for r in rows),
            "first_indicators": sum(len(r["first"]) for r in rows),
            "second_indicators": sum(len(r["second"]) for r in rows),
            "indicators_agree": sum(len(r["matched"]) for r in rows),
            "values_agree": sum(len(r["values_matched"]) for r in rows)}


def reader_on(first_cases: list[dict[str, Any]], second_cases: list[dict[str, Any]], agreement: dict[str, Any],
              encoder=None) -> dict[str, Any]:
    """The reader scored against each key, and on what the two keys agree on."""
    on_first = evaluate(first_cases, encoder)
    second_by_id = {c["id"]: c for c in second_cases}
    on_second = evaluate([{**c, **{k: second_by_id[c["id"]][k] for k in ("expected_overall", "indicators")}}
                          for c in first_cases], encoder)
    agreed_pairs = agreed_overall_right = agreed_indicators = agreed_indicators_right = 0
    for row, scored in zip(agreement["rows"], on_first["per_case"]):
        if row["overall"][0] == row["overall"][1]:
            agreed_pairs += 1
            agreed_overall_right += scored["overall_ok"]
        agreed_indicators += len(row["matched"])
        agreed_indicators_right += sum(1 for i in row["matched"] if i in scored["matched"])
    return {"first": on_first, "second": on_second, "agreed_pairs": agreed_pairs,
            "agreed_overall_right": agreed_overall_right, "agreed_indicators": agreed_indicators,
            "agreed_indicators_right": agreed_indicators_right}


def _pct(n: int, d: int) -> str:
    return f"{n}/{d} ({100 * n / d:.1f} %)" if d else f"{n}/0"


def print_cases(agreement: dict[str, Any]) -> None:
    for row in agreement["rows"]:
        unmatched_first = [a for i, a in enumerate(row["first"]) if i not in row["matched"]]
        unmatched_second = [b for j, b in enumerate(row["second"]) if j not in set(row["matched"].values())]
        if row["overall"][0] == row["overall"][1] and not unmatched_first and not unmatched_second:
            continue
        print(f"\n--- {row['id']} overall: first {row['overall'][0]}, second {row['overall'][1]}")
        for a in unmatched_first:
            print(f"  first only:  {a.get('parameter')!r} {a.get('verdict')} D={a.get('domestic')} I={a.get('international')}")
        for b in unmatched_second:
            print(f"  second only: {b.get('parameter')!r} {b.get('verdict')} D={b.get('domestic')} I={b.get('international')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", required=True, choices=sorted(SETS), help="the set whose first key is in data/")
    parser.add_argument("--second", type=Path, required=True, help="the second key (JSON lines: id, "
                        "expected_overall, indicators)")
    parser.add_argument("--cases", action="store_true", help="list every disagreement (open sets only)")
    parser.add_argument("--no-reader", action="store_true", help="the keys' agreement only, without running the reader")
    parser.add_argument("--no-encoder", action="store_true", help="run the reader without the encoder")
    parser.add_argument("--subset", action="store_true", help="the second key keys a sample of the set: compare the "
                        "cases it holds only")
    args = parser.parse_args(argv)
    if not args.second.is_file():
        parser.error(f"no second key at {args.second}")
    first_cases, second_cases = read_cases(SETS[args.set]), read_cases(args.second)
    if args.subset:
        held = {c["id"] for c in second_cases}
        first_cases = [c for c in first_cases if c["id"] in held]
    agreement = compare_keys(first_cases, second_cases)
    print(f"set: {args.set} ({agreement['pairs']} pairs; first key {agreement['first_indicators']} indicators, "
          f"second key {agreement['second_indicators']})")
    print(f"overall verdict, the two keys agree: {_pct(agreement['overall_agree'], agreement['pairs'])}")
    print(f"indicators of the first key the second states alike (verdict and values): "
          f"{_pct(agreement['indicators_agree'], agreement['first_indicators'])}; of the second key's: "
          f"{_pct(agreement['indicators_agree'], agreement['second_indicators'])}")
    print(f"  values only (the verdict left out): {_pct(agreement['values_agree'], agreement['first_indicators'])}")
    confusion = Counter(row["overall"] for row in agreement["rows"] if row["overall"][0] != row["overall"][1])
    print("overall disagreements (first -> second): " + (", ".join(f"{a} -> {b} {n}" for (a, b), n in
                                                                  confusion.most_common()) or "none"))
    if not args.no_reader:
        encoder = None
        if not args.no_encoder:
            from embeddings import load_encoder

            encoder = load_encoder()
        scores = reader_on(first_cases, second_cases, agreement, encoder)
        for name in ("first", "second"):
            s = scores[name]
            print(f"reader against the {name} key: overall {_pct(s['overall_right'], s['cases'])}, "
                  f"per indicator {_pct(s['indicators_right'], s['indicators'])}")
        print(f"reader where the keys agree: overall {_pct(scores['agreed_overall_right'], scores['agreed_pairs'])}, "
              f"per indicator {_pct(scores['agreed_indicators_right'], scores['agreed_indicators'])}")
    if args.cases:
        if args.set in MEASURE_ONLY:
            print("\n(measure-only set: no case is printed)")
        else:
            print_cases(agreement)
    return 0


if __name__ == "__main__":
    sys.exit(main())
