"""Where each missed indicator fails, over the open evaluation sets: a failure table for the extraction work.

For every expected indicator that `bench/eval_indicators.py` scores wrong, the stage where it fails:

- not read (domestic / international / both): no indicator the reader gives for that side (its extraction, or a
  side of a produced pair, which includes the pair-guided reader's recovered readings) states the expected values;
  each such side says what became of the expected number in the text:
    unread     the number is among the clause's unread numbers (`Extraction.unread_spans`)
    condition  the number was read as a test condition of some indicator
    hidden     the number is written, but neither read nor listed unread (blanked as a designation, reference,
               classification, scope, example ...)
    absent     the number is not written as such (a number in words the reader does not know, a conversion, a
               value the writer derived)
- misread: every side's number was read, but into an indicator whose values do not meet the expected ones
  (another unit or dimension, a range read as a value or the reverse, another scale);
- mispaired: both sides read, but no produced pair holds the two (or an expected missing side got a partner);
- verdict: a produced pair holds the two, with another verdict.
- shared: a produced pair holds the two with the expected verdict, but the scoring's one-to-one assignment gave it
  to another expected indicator whose sides it meets too (a value the key states twice, once per item it applies
  to, that the reader pairs once; or two expected indicators with the same values). The verdict is right: what is
  missing is a second pair, or the assignment of the one pair; not the verdict rules.

Each not-read or misread side gets the form of the text around its number (a table row, a unit not written after
the number, a list of items, a range, a tolerance, a multiple, in brackets, ...): heuristic labels, for sorting,
with the text shown in the dump. The held-out set is run here only with --stages-only: the counts by stage and by
what became of the number over the whole set, nothing per case, per form or per text (the same kind of figure as its
accuracy, to tell whether what it misses is reading, pairing or verdicts).

    PYTHONPATH=. .venv/bin/python bench/indicator_failures.py                    # all open sets, summary
    PYTHONPATH=. .venv/bin/python bench/indicator_failures.py --sets dev8 --dump f.jsonl   # one line per failure
    PYTHONPATH=. .venv/bin/python bench/indicator_failures.py --sets heldout --stages-only   # counts only
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_indicators import SETS, _expected_numbers, evaluate, read_cases, side_matches  # noqa: E402
from compare.core.vocabulary import Comparator  # noqa: E402
from compare.indicators.clausetext import fold, numerals_to_digits  # noqa: E402
from compare.indicators.extract import extract, unit_written_after  # noqa: E402
from compare.indicators.numbers import NUMBER, read_number  # noqa: E402
from compare.indicators.units import normalise  # noqa: E402

OPEN_SETS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11",
             "dev12", "dev13", "dev14", "dev15", "dev16", "dev17", "dev18", "dev19",
             "dev20", "dev21", "dev22", "dev23", "dev24", "dev25",
             "dev26", "dev27", "dev28", "dev29", "dev30", "dev31", "dev32", "dev33", "dev34", "dev35",
             "dev36", "dev37", "dev38")
NEVER = ("heldout", "dev39", "dev40")
SIDES = ("domestic", "international")
# What became of a side's number, from best to worst: the first status found among its occurrences wins.
STATUS_ORDER = ("misread", "condition", "unread", "hidden", "absent")

_NUMBER = re.compile(rf"(?<![\d.,A-Za-z_^])(?:{NUMBER})(?![\d]|[.,]\d)")


def _readings(written: str) -> set[float]:
    """The values a written number can have (a comma decimal or thousands)."""
    out = set()
    for comma in (False, True):
        try:
            out.add(read_number(written, comma))
        except ValueError:
            pass
    return out


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12)


def numbers_in(text: str) -> list[tuple[float, int, int, str]]:
    """Every number of a clause: (value, start, end in the original text, as written); a signless number and its
    sign both, since '-10' may be written for a deviation of 10."""
    folded, where = fold(text)
    folded, where = numerals_to_digits(folded, where)
    out = []
    for m in _NUMBER.finditer(folded):
        start, end = where[m.start()], where[m.end() - 1] + 1
        for value in _readings(m.group(0)):
            out.append((value, start, end, m.group(0)))
            if value < 0:
                out.append((-value, start, end, m.group(0)))
    return out


def expected_values(side: dict[str, Any]) -> list[float]:
    names, numbers, _ = _expected_numbers(side)
    return [numbers[n] for n in names if numbers.get(n) is not None]


def _indicator_numbers(ind) -> list[float]:
    return [x for x in (ind.value, ind.low, ind.high, ind.tolerance) if x is not None]


def side_status(text: str, side: dict[str, Any], extraction) -> tuple[str, tuple[int, int] | None, Any]:
    """What became of an expected side's first number in the clause (see STATUS_ORDER), where it stands, and the
    indicator that holds it when it was misread."""
    values = expected_values(side)
    if not values:
        return "absent", None, None
    occurrences = numbers_in(text)
    best, where, holder = "absent", None, None
    for value in values:
        for number, start, end, _ in occurrences:
            if not _same(number, abs(value)):
                continue
            status, ind = _status_at(start, end, number, extraction)
            if STATUS_ORDER.index(status) < STATUS_ORDER.index(best):
                best, where, holder = status, (start, end), ind
    return best, where, holder


def _status_at(start: int, end: int, number: float, extraction) -> tuple[str, Any]:
    for ind in extraction.indicators:
        a, b = ind.span
        if a <= start < b and any(_same(abs(x), number) for x in _indicator_numbers(ind)):
            return "misread", ind
    for ind in extraction.indicators:
        for c in ind.conditions:
            if any(_same(v, number) for v in _readings_in(c.text)):
                return "condition", None
    if any(a <= start < b for a, b in extraction.unread_spans):
        return "unread", None
    return "hidden", None


def misread_as(side: dict[str, Any], ind) -> str:
    """How a misread side differs from what was read: its unit, the kind of value, or the numbers."""
    names, numbers, unit = _expected_numbers(side)
    want = normalise(numbers.get("value"), unit, low=numbers.get("low"), high=numbers.get("high"),
                     tolerance=numbers.get("tolerance"))
    shape = {Comparator.RANGE: ("low", "high"), Comparator.TOLERANCE: ("value", "tolerance")}.get(ind.comparator,
                                                                                                  ("value",))
    if set(shape) != set(names):
        return f"read as {'/'.join(shape)}, expected {'/'.join(names)}"
    if unit and not ind.unit:
        return "unit not read"
    if not unit and ind.unit:
        return "unit read where none expected"
    if want.known and want.dimension != ind.normalized.dimension:
        return "unit of another dimension"
    if not want.known:
        return "expected unit not known"
    return "other numbers"


def _readings_in(text: str) -> set[float]:
    return {abs(v) for v, *_ in numbers_in(text)}


# ---------------------------------------------------------------------------------------------- forms

_ROW = re.compile(r"\|")
_SEGMENT_BREAK = re.compile(r"[;；。\n]|\.(?=\s|$)")
_MULTIPLE = re.compile(r"^\s*(?:倍|times\b|x\b|×\s*[A-Za-z\u4e00-\u9fff])", re.I)
_WORD_NUMBER = re.compile(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|half|"
                          r"twice|thrice|double)\b")
_BEFORE_NAME = re.compile(r"^\s*(?:[A-Za-z%°µμΩ/·.²³]+\s*)?(?:is|are|shall|for|of|minimum|maximum|min\b|max\b|"
                          r"as\s+(?:a|the)\s+(?:minimum|maximum))", re.I)


def form_of(text: str, span: tuple[int, int] | None, side: dict[str, Any]) -> list[str]:
    """Labels for the text around a missed number (heuristic; the first is the main one)."""
    labels = []
    comparator = str(side.get("comparator") or "")
    if span is None:
        if _WORD_NUMBER.search(text) or re.search(r"[一二两三四五六七八九十百千]", text):
            labels.append("number in words?")
        labels.append("number not written as expected")
        return labels
    start, end = span
    segment_start = max([m.end() for m in _SEGMENT_BREAK.finditer(text, 0, start)] or [0])
    segment_end = next((m.start() for m in _SEGMENT_BREAK.finditer(text, end)), len(text))
    segment = text[segment_start:segment_end]
    folded_after, _ = fold(text[end:end + 24])
    unit = unit_written_after(" " + folded_after, 0) or unit_written_after(folded_after, 0)
    if "|" in segment or "\t" in segment:
        labels.append("table row")
    if _MULTIPLE.match(text[end:end + 12]):
        labels.append("multiple (times)")
    if comparator == Comparator.TOLERANCE or side.get("tolerance") is not None:
        labels.append("tolerance")
    elif comparator == Comparator.RANGE:
        labels.append("range")
    if side.get("unit") and not unit:
        labels.append("unit not after the number")
    if re.search(r"[(（][^)）]*$", text[max(0, start - 30):start]):
        labels.append("in brackets")
    numbers_in_segment = len({s for _, s, _, _ in numbers_in(segment)})
    if numbers_in_segment >= 3:
        labels.append("list of values")
    if _BEFORE_NAME.match(text[end:end + 40]) and not re.search(r"[:：]\s*$", text[max(0, start - 3):start]):
        labels.append("value before its name?")
    if not labels:
        labels.append("plain")
    return labels


# ---------------------------------------------------------------------------------------------- stages


def classify(case: dict[str, Any], expected: dict[str, Any], result, extractions: dict[str, Any]) -> dict[str, Any]:
    """The stage and details of one expected indicator scored wrong."""
    out: dict[str, Any] = {"id": case.get("id"), "parameter": expected.get("parameter"),
                           "verdict": expected.get("verdict"), "sides": {}}
    read: dict[str, list[int]] = {}
    for s in SIDES:
        want = expected.get(s)
        if want is None:
            continue
        produced = [p for p, pair in enumerate(result.pairs) if side_matches(want, getattr(pair, s))]
        extracted = any(side_matches(want, ind) for ind in extractions[s].indicators)
        if produced or extracted:
            read[s] = produced
            out["sides"][s] = {"status": "read", "in_pairs": bool(produced)}
            continue
        text = case.get(s) or ""
        status, span, holder = side_status(text, want, extractions[s])
        out["sides"][s] = {"status": status, "forms": form_of(text, span, want),
                           "context": _context(text, span), "expected": want}
        if holder is not None:
            out["sides"][s]["misread_as"] = misread_as(want, holder)
            out["sides"][s]["read"] = {"parameter": holder.parameter, "comparator": holder.comparator,
                                       "value": holder.value, "low": holder.low, "high": holder.high,
                                       "tolerance": holder.tolerance, "unit": holder.unit}
    statuses = {s: v["status"] for s, v in out["sides"].items()}
    not_read = [s for s, st in statuses.items() if st in ("condition", "unread", "hidden", "absent")]
    misread = [s for s, st in statuses.items() if st == "misread"]
    if not_read:
        out["stage"] = "not read: " + ("both" if len(not_read) == 2 else not_read[0])
    elif misread:
        out["stage"] = "misread: " + ("both" if len(misread) == 2 else misread[0])
    else:
        together = [p for p, pair in enumerate(result.pairs)
                    if all(side_matches(expected.get(s), getattr(pair, s)) for s in SIDES)]
        right = [p for p in together if str(result.pairs[p].verdict) == expected.get("verdict")]
        out["stage"] = "shared" if right else "verdict" if together else "mispaired"
        if together:
            out["produced_verdict"] = str(result.pairs[(right or together)[0]].verdict)
    return out


def _context(text: str, span: tuple[int, int] | None, reach: int = 40) -> str:
    if span is None:
        return ""
    a, b = span
    return f"{text[max(0, a - reach):a]}[[{text[a:b]}]]{text[b:b + reach]}".replace("\n", " ")


def failures(set_name: str, encoder=None) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    cases = read_cases(SETS[set_name])
    scores = evaluate(cases, encoder)
    out = []
    for item in scores["per_case"]:
        case, result = item["case"], item["result"]
        extractions = {s: extract(case.get(s) or "") for s in SIDES}
        for k, expected in enumerate(item["expected"]):
            if k in item["matched"]:
                continue
            row = classify(case, expected, result, extractions)
            row["set"] = set_name
            row["overall_ok"] = item["overall_ok"]
            out.append(row)
    return scores, out


def _encoder(no_encoder: bool):
    if no_encoder:
        return None
    from embeddings import load_encoder

    return load_encoder()


def _stage_table(names: list[str], encoder) -> list[dict[str, Any]]:
    """Score each set, print its row of stage counts and the counts over all of them; the failures found."""
    rows: list[dict[str, Any]] = []
    print(f"{'set':<7} {'overall':>9} {'indicators':>11}  not-read  misread  mispaired  verdict  shared")
    for name in names:
        scores, found = failures(name, encoder)
        rows += found
        stages = Counter(r["stage"].split(":")[0] for r in found)
        print(f"{name:<7} {scores['overall_right']:>4}/{scores['cases']:<4} {scores['indicators_right']:>5}/"
              f"{scores['indicators']:<5}  {stages['not read']:>8} {stages['misread']:>8} {stages['mispaired']:>10} "
              f"{stages['verdict']:>8} {stages['shared']:>7}")
    print(f"\n{len(rows)} expected indicators wrong")
    print("\nby stage:")
    for stage, n in Counter(r["stage"] for r in rows).most_common():
        print(f"  {stage:<28} {n}")
    sides = [v for r in rows for v in r["sides"].values() if v["status"] != "read"]
    print("\nsides not read or misread, by what became of the number:")
    for status, n in Counter(v["status"] for v in sides).most_common():
        print(f"  {status:<28} {n}")
    print("\nmisread sides, by how:")
    for how, n in Counter(v.get("misread_as") for v in sides if v["status"] == "misread").most_common():
        print(f"  {how:<40} {n}")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(OPEN_SETS), help="comma-separated open sets")
    parser.add_argument("--no-encoder", action="store_true", help="compare without the encoder")
    parser.add_argument("--dump", type=Path, help="write one JSON line per failure here")
    parser.add_argument("--stages-only", action="store_true",
                        help="counts by stage and by what became of the number, nothing per case or per form: the "
                             "only way a measure-only set (the held-out set) is run here")
    args = parser.parse_args(argv)
    names = [s.strip() for s in args.sets.split(",") if s.strip()]
    if args.stages_only:
        if args.dump:
            print("--stages-only prints counts only: no --dump", file=sys.stderr)
            return 2
        unknown = [name for name in names if name not in SETS]
        if unknown:
            print(f"unknown set: {', '.join(unknown)}", file=sys.stderr)
            return 2
        _stage_table(names, _encoder(args.no_encoder))  # counts only: a measure-only set's cases are never shown
        return 0
    for name in names:
        if name in NEVER or name not in OPEN_SETS:
            print(f"{name}: not an open set (open: {', '.join(OPEN_SETS)})", file=sys.stderr)
            return 2
    rows = _stage_table(names, _encoder(args.no_encoder))
    sides = [v for r in rows for v in r["sides"].values() if v["status"] != "read"]
    print("\nsides not read or misread, by main form (first label):")
    for form, n in Counter(v["forms"][0] for v in sides).most_common():
        print(f"  {form:<28} {n}")
    print("\nsides not read or misread, by any form label:")
    for form, n in Counter(f for v in sides for f in v["forms"]).most_common():
        print(f"  {form:<28} {n}")
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(f"\n{len(rows)} failures written to {args.dump}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
