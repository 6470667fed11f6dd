"""Evaluate indicator comparison on a set of domestic/international clause pairs written apart from the rules.

Each line of data/indicator_eval/<set>.jsonl is one case:
    {"id", "field", "classes": [...], "domestic_source", "international_source", "domestic", "international",
     "expected_overall": consistent|stricter|looser|different|none,
     "indicators": [{"parameter", "verdict",
                     "domestic": {"comparator", "value" | "low","high" | "value","tolerance", "unit", "basis"?} | null,
                     "international": {...} | null}]}

The comparison run is the real one: `compare_clauses` with the default encoder, what `stdcompare compare
--json` prints (`--no-encoder` runs it without the encoder, as the library does when none is given).

How a case is scored:
- Overall: the produced overall verdict equals `expected_overall`. A comparison with no indicator pair at all
  says "none" itself (compare.core.vocabulary.NO_VERDICT: the clause pair states no indicator).
- Per indicator: each expected indicator is right when a produced pair, used for at most one expected
  indicator, has the same verdict and, on each side the expected indicator gives (not null), a produced side
  whose values are the expected ones after unit normalisation: the single value for max / min / equal, low and
  high for a range, value and tolerance for a tolerance. Values are brought to the canonical unit of their
  dimension with compare.indicators.units.normalise on both sides (so "1,5 kV" matches an expected 1500 V, and
  a ratio written in mg/kg matches one written in %), and compared with a relative tolerance of 1e-6. Both
  sides must be in the same dimension, except that a plain number and a bare multiple are one dimensionless
  quantity ("100 times" = "100 次" = 100, "2 倍" = 2), and a multiple of a named quantity ("1,5 times the design
  pressure") states an expected number written with no unit at all (the expected side did not encode what is
  multiplied; one that names it, "× design pressure", must be met exactly), and that a temperature difference in
  kelvin under 200 K is the same number of degrees Celsius (the comparison's own rule, verdicts.dimension_of: sets
  key a temperature rise or a band's width in K or in °C as their text writes it; an absolute temperature in K
  stays apart). When the expected unit cannot be read, the numbers as written are
  compared, and the unit strings must be equal. Comparator words and bases are not scored here: a wrong basis
  or comparator shows in the verdict. A side the expected indicator leaves null must be missing in the pair
  too (the verdict, missing_domestic or missing_international, says so). Expected indicators are assigned to
  produced pairs by a maximum bipartite matching, so the order of pairs never matters.
  per-indicator accuracy = right expected indicators / expected indicators. Produced pairs that match no
  expected indicator are counted and shown as "extra pairs", apart.

    .venv/bin/python bench/eval_indicators.py --set dev            # figures, then every failure
    .venv/bin/python bench/eval_indicators.py --set heldout        # the aggregate figures only
    .venv/bin/python bench/eval_indicators.py --probe pairs30      # the pairing probe: per form, then every failure
    .venv/bin/python bench/eval_indicators.py --probe pairs30 --check   # its check half: counts per form only

The held-out set is for measuring, never for tuning: for it this script prints nothing per case, by design.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from compare.core.vocabulary import NO_VERDICT, Comparator  # noqa: E402
from compare.indicators.extract import extract  # noqa: E402
from compare.indicators.units import normalise  # noqa: E402
from compare.indicators.verdicts import (ClauseComparison, IndicatorPair, compare_clauses,  # noqa: E402
                                         compared_dimension)

# dev2, dev3 and dev4 were written blind later, each first run untuned, then opened for development. dev5 (fifth
# round) was written blind too and kept as a second held-out set for that whole round (last untuned figure, at
# 68c44be: 53/91, 185/302); the sixth round opened it for development, like the others before it. dev6 (sixth
# round, blind) likewise: last untuned figure, at b72f6cc: 55/100, 259/440; the seventh round opened it. dev7
# (seventh round, blind) likewise: last untuned figure, at e06b968: 66/100, 183/390; the eighth round opened it.
# dev8 (eighth round, blind) likewise: last untuned figure, at f8fa038: 63/100, 262/395 (first sight at the
# eighth round's start 6954a57: 63/100, 260/395); the ninth round opened it. dev9 (ninth round, blind) likewise:
# last untuned figure, at 111400d: 65/100, 240/347 (first sight at the ninth round's start c60c57b: 63/100,
# 238/347); the tenth round opened it. dev10 (tenth round, blind) likewise: last untuned figure, at d2e7a54: 72/100,
# 207/313 (first sight at the tenth round's start 111400d: 62/100, 204/313); the eleventh round opened it.
# dev11 (eleventh round, blind) likewise: last untuned figure, at 7165d2a: 70/100, 181/267 (first sight at the
# eleventh round's start b3a6da3: 68/100, 181/267); the twelfth round opened it.
# dev12 (twelfth round, blind) likewise: last untuned figure, at a5f5f56: 80/100, 179/260 (first sight at the
# twelfth round's start 38389bc: 78/100, 179/260); the thirteenth round opened it.
# dev13 (thirteenth round, blind) likewise: last untuned figure, at c6b883b: 82/100, 189/233 (first sight at the
# thirteenth round's start ddf33c2: 82/100, 188/233); the fourteenth round opened it.
# dev14 (fourteenth round, blind) likewise: last untuned figure, at 559391c: 82/100, 216/319 (first sight at the
# fourteenth round's start 58f603c: 80/100, 214/319); the fifteenth round opened it.
SETS = {name: ROOT / "data" / "indicator_eval" / f"{name}.jsonl"
        for name in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
                     "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19", "dev20", "dev21",
                     "dev22", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29", "dev30", "dev31",
                     "dev32", "dev33", "dev34", "dev35", "dev36", "dev37", "dev38", "dev39", "dev40",
                     "heldout")}
# dev15 (fifteenth round, blind) likewise: last untuned figure, at a8887f0 (and 4fb52f6): 86/100, 275/322 (first sight
# at the fifteenth round's start 3879da9: 86/100, 268/322); the sixteenth round opened it.
# dev16 (sixteenth round, blind) likewise: last untuned figure, at 9b9bdcf (and ae9606f): 82/100, 234/285 (first sight
# at the sixteenth round's start 812cabe: 83/100, 233/285); the seventeenth round opened it.
# dev17 (seventeenth round, blind) likewise: last untuned figure, at dccf9a8 (and 7a55c46): 81/100, 222/302 (first sight
# at the seventeenth round's start ae9606f: the same); the eighteenth round opened it.
# dev18 (eighteenth round, blind) likewise: last untuned figure, at 51c4baa (and 2f26cef): 74/100, 218/312 (first
# sight at the eighteenth round's start a734635: 70/100, 213/312); the nineteenth round opened it.
# dev19 (nineteenth round, blind) likewise: last untuned figure, at 67b79e9 (and bdb6655): 84/100, 260/346 (first
# sight at the nineteenth round's start 458c7e7: 85/100, 257/346); the twentieth round opened it.
# dev20 (twentieth round, blind) likewise: last untuned figure, at f8064d1: 86/100, 249/307 (first sight at the
# twentieth round's start f6a9ff4: 83/100, 247/307); the twenty-first round opened it.
# dev21 (twenty-first round, blind) likewise: last untuned figure, at 0a94cf3 (and 203e746): 85/100, 279/351 (first
# sight at the twenty-first round's start a6558d4: 85/100, 274/351); the twenty-second round opened it.
# dev22 (twenty-second round, blind) likewise: last untuned figure, at 1ae839c: 77/100, 307/379 (first sight at the
# twenty-second round's start dac9d12: 74/100, 302/379); the twenty-third round opened it.
# dev23 (twenty-third round, blind) likewise: last untuned figure, at 4b42a3e: 71/100, 209/306 (first sight at the
# twenty-third round's start 225b6c0: the same); the twenty-fourth round opened it.
# dev24 (twenty-fourth round, blind) likewise: last untuned figure, at a1f9da4 (and 571bd72): 77/100, 264/355 (first
# sight at the twenty-fourth round's start 07fb614: the same); the twenty-fifth round opened it.
# dev25 (twenty-fifth round, blind) likewise: last untuned figure, at e1be40f (and 89b2c0d): 83/100, 281/348 (first
# sight at the twenty-fifth round's start 1901bcb: 83/100, 280/348); the twenty-sixth round opened it.
# dev26 (twenty-sixth round, blind) likewise: last untuned figure, at 8c6f90f (and 3baa287): 71/100, 339/536 (first
# sight at the twenty-sixth round's start 3525d35: 70/100, 332/536); the twenty-seventh round opened it.
# dev27 (twenty-seventh round, blind) likewise: last untuned figure, at b82aaec (and c1f5326): 84/100, 273/322 (first
# sight at the twenty-seventh round's start ae54aa2: the same); the twenty-eighth round opened it.
# dev28 (twenty-eighth round, blind) likewise: last untuned figure, at 2636a9f (and b9e94ba): 85/100, 254/308 (first
# sight at the twenty-eighth round's start dd0b908: the same); the twenty-ninth round opened it.
# dev29 (twenty-ninth round, blind) likewise: last untuned figure, at 430534b (and 86820c8): 85/100, 218/260 (first
# sight at the twenty-ninth round's start d5dd671: 86/100, 218/260); the thirtieth round opened it.
# dev30 (thirtieth round, blind) likewise: last untuned figure, at 8d67ada (and 2d7f779): 84/100, 232/277 (first
# sight at the thirtieth round's start 8b0624f: 84/100, 231/277); the thirty-first round opened it.
# dev31 (thirty-first round, blind) likewise: last untuned figure, at c2bcc89 (and 6fb8a4f): 67/100, 183/322 (first
# sight at 8057a69, the thirty-first round's start with the year mend: the same); the thirty-second round opened it.
# dev32 (thirty-second round, blind) likewise: last untuned figure, at c19ea1c (and fb29b78): 74/100, 181/254 (first
# sight at e604482, the thirty-second round's start with dev32 committed: 42/100, 117/254); the thirty-third round opened it.
# dev33 (thirty-third round, blind) likewise: last untuned figure, at 13eb7a1 (and 9a3fc2f): 86/97, 208/247 (first
# sight at 8011d58, the thirty-third round's start with dev33 committed: 85/97, 208/247); the thirty-fourth round opened it.
# dev34 (thirty-fourth round, blind) likewise: last untuned figure, at ad28564 (and f8b0cc6): 79/92, 166/185 (first
# sight at 1b04475, the thirty-fourth round's start with dev34 committed: 78/92, 166/185); the thirty-fifth round opened it.
# dev35 (thirty-fifth round, blind) likewise: last untuned figure, at 884aeb3 (and d434254): 92/100, 256/273 (first
# sight at 28e8013, the thirty-fifth round's start with dev35 committed: 92/100, 255/273); the thirty-sixth round opened it.
# dev36 (thirty-sixth round, blind) likewise: last untuned figure, at 23af9ce (and 1b3ba42): 93/100, 275/293 (first
# sight at 704aae8, the thirty-sixth round's start with dev36 committed: the same); the thirty-seventh round opened it.
# dev37 (thirty-seventh round, blind) likewise: last untuned figure, at 510977a (and 60b1561): 69/80, 164/193 (first sight
# at 8b38c66, the thirty-seventh round's start with dev37 committed: 69/80, 162/193); the thirty-eighth round opened it.
# dev38 (thirty-eighth round, blind) likewise: last untuned figure, at 18856da (and 3fc361a): 44/69, 130/186 (first sight
# at a7edfec, the thirty-eighth round's start reader: 44/69, 129/186); the thirty-ninth round opened it. The thirty-ninth
# round wrote no new blind set (the writers of dev37 and dev38 found the standards they could write from memory used).
# dev39 (any field) and dev40 (industry standards), written blind in the fortieth round, are measure-only for the whole
# fortieth round, like the held-out set (first sight at 4d7ebb0, the round-start reader: dev39 41/64, 116/387; dev40
# 49/56, 172/201).
MEASURE_ONLY = ("heldout", "dev39", "dev40")
# Blind probes in the sets' format: short pairs built around one form each, a development file and a check file
# (<name>_check.jsonl, counts only); the form is the `field` label's head, "pairing: <form> — <field>".
PAIR_PROBES = ("pairs30",)
NONE = NO_VERDICT
REL_TOL = 1e-6


def read_cases(path: Path) -> list[dict[str, Any]]:
    cases = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                cases.append(json.loads(line))
    return cases


def produced_overall(result: ClauseComparison) -> str:
    """The overall verdict as every surface shows it: 'none' (NO_VERDICT) when no indicator was read on either
    side. Until the twelfth round the comparison said 'consistent' there and this script mapped no pair to 'none'
    itself; the figures are the same either way."""
    return str(result.overall)


# ------------------------------------------------------------------------------------------- values


def _expected_numbers(side: dict[str, Any]) -> tuple[tuple[str, ...], dict[str, float | None], str]:
    """The numbers an expected side states (names per comparator), its unit and comparator kind."""
    comparator = str(side.get("comparator") or "")
    unit = str(side.get("unit") or "")
    if comparator == Comparator.RANGE or ("low" in side and "high" in side and "value" not in side):
        return ("low", "high"), {"low": _float(side.get("low")), "high": _float(side.get("high"))}, unit
    if comparator == Comparator.TOLERANCE or side.get("tolerance") is not None:
        return ("value", "tolerance"), {"value": _float(side.get("value")),
                                        "tolerance": _float(side.get("tolerance"))}, unit
    return ("value",), {"value": _float(side.get("value"))}, unit


def _float(x: Any) -> float | None:
    try:
        return None if x is None else float(x)
    except (TypeError, ValueError):
        return None


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def side_matches(expected: dict[str, Any] | None, produced) -> bool:
    """True when a produced Indicator states the expected side's values (see the module docstring)."""
    if expected is None:
        return produced is None
    if produced is None:
        return False
    names, numbers, unit = _expected_numbers(expected)
    want = normalise(numbers.get("value"), unit, low=numbers.get("low"), high=numbers.get("high"),
                     tolerance=numbers.get("tolerance"))
    got = produced.normalized
    if produced.comparator == Comparator.RANGE:
        got_numbers = {"low": got.low, "high": got.high}
    elif produced.comparator == Comparator.TOLERANCE:
        got_numbers = {"value": got.value, "tolerance": got.tolerance}
    else:
        got_numbers = {"value": got.value}
    if set(names) != set(got_numbers):
        return False
    if not want.known:
        # An expected unit the normaliser cannot read: the numbers and units as written.
        raw = {"value": produced.value, "low": produced.low, "high": produced.high, "tolerance": produced.tolerance}
        return (unit.strip().lower() == (produced.unit or "").strip().lower()
                and all(_close(numbers[n], raw[n]) for n in names))
    if compared_dimension(want) != compared_dimension(got) \
            and not _dimensionless_alike(want.dimension, got.dimension, unit):
        return False
    want_scale, got_scale = want.ratio_scale, got.ratio_scale
    want_numbers = {"value": want.value, "low": want.low, "high": want.high, "tolerance": want.tolerance}
    return all(_close(_scaled(want_numbers[n], want_scale), _scaled(got_numbers[n], got_scale)) for n in names)


DIMENSIONLESS = ("number", "multiple")


def _dimensionless_alike(want: str, got: str, expected_unit: str) -> bool:
    """A plain number and a bare multiple are one quantity; a multiple of a named quantity meets an expected
    number only when the expected side wrote no unit (it did not say what is multiplied)."""
    if want in DIMENSIONLESS and got in DIMENSIONLESS:
        return True
    return want == "number" and not expected_unit.strip() and got.startswith("multiple of ")


def _scaled(x: float | None, scale: float) -> float | None:
    return None if x is None else x * scale


def reads_exactly(text: str, expected: list[dict[str, Any]]) -> tuple[bool, list]:
    """Whether one clause text reads as exactly the expected sides (the development grids of forms in bench/): each
    expected side met by its own indicator of the same comparator (side_matches), and no other indicator stating
    numbers read. Also the indicators read, to show."""
    produced = [i for i in extract(text).indicators
                if any(x is not None for x in (i.value, i.low, i.high, i.tolerance))]
    left = list(produced)
    for want in expected:
        hit = next((p for p in left if str(p.comparator) == want.get("comparator") and side_matches(want, p)), None)
        if hit is None:
            return False, produced
        left.remove(hit)
    return not left, produced


def indicator_matches(expected: dict[str, Any], pair: IndicatorPair) -> bool:
    return (str(pair.verdict) == expected.get("verdict")
            and side_matches(expected.get("domestic"), pair.domestic)
            and side_matches(expected.get("international"), pair.international))


def assign(expected: list[dict[str, Any]], pairs: tuple[IndicatorPair, ...]) -> dict[int, int]:
    """Maximum bipartite matching of expected indicators to produced pairs (augmenting paths)."""
    return max_matching({e: [p for p, pair in enumerate(pairs) if indicator_matches(exp, pair)]
                         for e, exp in enumerate(expected)})


def max_matching(edges: dict[int, list[int]]) -> dict[int, int]:
    """A maximum one-to-one matching (left -> right) of a bipartite graph given as each left node's right nodes."""
    owner: dict[int, int] = {}

    def augment(e: int, seen: set[int]) -> bool:
        for p in edges[e]:
            if p in seen:
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = e
                return True
        return False

    for e in edges:
        augment(e, set())
    return {e: p for p, e in owner.items()}


# ------------------------------------------------------------------------------------------- running


def evaluate(cases: list[dict[str, Any]], encoder=None) -> dict[str, Any]:
    """Scores of every case, and the totals."""
    per_case = []
    for case in cases:
        result = compare_clauses(case.get("domestic") or "", case.get("international") or "", encoder=encoder)
        expected = list(case.get("indicators") or [])
        matched = assign(expected, result.pairs)
        per_case.append({"case": case, "result": result, "overall_ok": produced_overall(result) ==
                         case.get("expected_overall"), "matched": matched, "expected": expected})
    total_expected = sum(len(c["expected"]) for c in per_case)
    right = sum(len(c["matched"]) for c in per_case)
    extra = sum(len(c["result"].pairs) - len(c["matched"]) for c in per_case)
    return {"cases": len(per_case), "overall_right": sum(c["overall_ok"] for c in per_case),
            "indicators": total_expected, "indicators_right": right, "extra_pairs": extra, "per_case": per_case}


def probe_form(case: dict[str, Any]) -> str:
    """The form a probe's pair is built around: the head of its field label, "pairing: <form> — <field>"."""
    field = str(case.get("field") or "")
    head = field.split(" — ", 1)[0]
    return head.split(":", 1)[1].strip() if head.lower().startswith("pairing:") else head.strip() or "(no form)"


def print_forms(scores: dict[str, Any]) -> None:
    """Counts per form of a probe: pairs right overall, indicators right."""
    pairs, pairs_right, inds, inds_right = Counter(), Counter(), Counter(), Counter()
    for item in scores["per_case"]:
        form = probe_form(item["case"])
        pairs[form] += 1
        pairs_right[form] += item["overall_ok"]
        inds[form] += len(item["expected"])
        inds_right[form] += len(item["matched"])
    print(f"\n{'form':<60} {'pairs':>7} {'indicators':>11}")
    for form in sorted(pairs):
        print(f"{form[:60]:<60} {pairs_right[form]:>3}/{pairs[form]:<3} {inds_right[form]:>5}/{inds[form]:<5}")


def _values(comparator: str, value, low, high, tolerance) -> str:
    if comparator == Comparator.RANGE:
        return f"{low:g}–{high:g}" if low is not None and high is not None else f"{low}–{high}"
    if comparator == Comparator.TOLERANCE:
        return f"{value:g}±{tolerance:g}" if value is not None and tolerance is not None else f"{value}±{tolerance}"
    return f"{value:g}" if value is not None else "None"


def _describe_side(ind) -> str:
    """The values as written, in the unit written; the normalised form beside them only when its unit differs."""
    if ind is None:
        return "-"
    n = ind.normalized
    written = f"{_values(ind.comparator, ind.value, ind.low, ind.high, ind.tolerance)} {ind.unit}".rstrip()
    if n.unit.replace(" ", "") != (ind.unit or "").replace(" ", ""):
        written += f" (= {_values(ind.comparator, n.value, n.low, n.high, n.tolerance)} {n.unit})".replace(" )", ")")
    return f"{ind.parameter!r} {ind.comparator} {written}" + (f" [{ind.basis}]" if ind.basis else "")


def print_failures(scores: dict[str, Any], classes: Counter, class_right: Counter) -> None:
    for item in scores["per_case"]:
        case, result = item["case"], item["result"]
        missed = [e for k, e in enumerate(item["expected"]) if k not in item["matched"]]
        if item["overall_ok"] and not missed:
            continue
        print(f"\n--- {case.get('id')} [{case.get('field')}; {', '.join(map(str, case.get('classes') or []))}] "
              f"overall {produced_overall(result)}, expected {case.get('expected_overall')}")
        print(f"  D: {case.get('domestic')}")
        print(f"  I: {case.get('international')}")
        for e in missed:
            print(f"  expected not found: {e.get('parameter')!r} {e.get('verdict')} "
                  f"D={json.dumps(e.get('domestic'), ensure_ascii=False)} "
                  f"I={json.dumps(e.get('international'), ensure_ascii=False)}")
        for p in result.pairs:
            print(f"  produced: {p.verdict:<22} D={_describe_side(p.domestic)} | I={_describe_side(p.international)}"
                  f" ({p.reason})")
    print("\nper class (overall right / cases):")
    for name, count in sorted(classes.items()):
        print(f"  {name:<30} {class_right[name]}/{count}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="which evaluation set")
    parser.add_argument("--path", type=Path, help="another JSONL file in the same format (scored like dev)")
    parser.add_argument("--probe", choices=PAIR_PROBES, help="a blind probe of pairs, by name (its file is NAME.jsonl under data/indicator_eval)")
    parser.add_argument("--check", action="store_true", help="with --probe: its check file, counts per form only")
    parser.add_argument("--no-encoder", action="store_true", help="compare without the encoder")
    parser.add_argument("--quiet", action="store_true", help="dev: aggregate figures only")
    args = parser.parse_args(argv)
    if args.check and not args.probe:
        parser.error("--check goes with --probe")
    if args.probe:
        path = ROOT / "data" / "indicator_eval" / (f"{args.probe}_check.jsonl" if args.check else f"{args.probe}.jsonl")
    else:
        path = args.path or SETS[args.set]
    # held-out, measure-only sets and a probe's check file: aggregate figures only, never a case
    heldout = (args.path is None and args.probe is None and args.set in MEASURE_ONLY) or path.name.endswith("_check.jsonl")
    if not path.exists():
        print(f"{path} not found", file=sys.stderr)
        return 2
    encoder = None
    if not args.no_encoder:
        from embeddings import load_encoder

        encoder = load_encoder()
    cases = read_cases(path)
    started = time.perf_counter()
    scores = evaluate(cases, encoder)
    seconds = time.perf_counter() - started
    n, k = scores["cases"], scores["indicators"]
    print(f"set: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} ({n} pairs, {k} expected "
          f"indicators; encoder: {'none' if encoder is None else 'default'})")
    print(f"overall verdict right: {scores['overall_right']}/{n} ({100 * scores['overall_right'] / max(n, 1):.1f} %)")
    print(f"per-indicator right (verdict and values): {scores['indicators_right']}/{k} "
          f"({100 * scores['indicators_right'] / max(k, 1):.1f} %)")
    print(f"extra pairs (matching no expected indicator): {scores['extra_pairs']}")
    print(f"time: {seconds:.2f} s")
    if args.probe:
        print_forms(scores)
    if heldout or args.quiet:
        return 0  # held-out: aggregate figures only, never a case
    classes, class_right = Counter(), Counter()
    for item in scores["per_case"]:
        for name in item["case"].get("classes") or ["(none)"]:
            classes[str(name)] += 1
            class_right[str(name)] += item["overall_ok"]
    print_failures(scores, classes, class_right)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
