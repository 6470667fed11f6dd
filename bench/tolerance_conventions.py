"""How the open sets' keys write a tolerance, by the wording of the text, and whether the reader reads it so (tol26).

For every side of every pair of the open sets (dev … dev38) the script finds the places a tolerance could be read
(the wordings below) and, for each expected side whose numbers stand right after such a place (or, for a nominal
'X ± Y', right before the '±'), records the key's convention (tolerance, max with a '±' basis, range, equal …) and
whether the reader's own indicators of that text (extract) state that side (eval_indicators.side_matches, same
kind of numbers). A place whose number no expected side holds is counted as 'nothing keyed'.

    PYTHONPATH=. .venv/bin/python bench/tolerance_conventions.py            # the table by wording
    PYTHONPATH=. .venv/bin/python bench/tolerance_conventions.py --cases    # and each side the reader misses
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from eval_indicators import side_matches  # noqa: E402
from indicator_failures import OPEN_SETS  # noqa: E402  (the open sets: never the held-out set or a set being measured)
from compare.indicators.extract import extract  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "data" / "indicator_eval"

NUM = re.compile(r"(?<![\d.,])\d+(?:[ \u2009\u00a0]\d{3})*(?:[.,]\d+)?")
# wording label -> a pattern ending right before the tolerance's number (or at the '±')
WORDINGS: list[tuple[str, re.Pattern]] = [
    # a value that is the point a tolerance holds at ('在1 %时，误差为±0.75 %', 'at 5 %, ± 0,75 %', 'up to 0,10 mm, ±')
    ("point, ± T", re.compile(r"\d\s*[%℃A-Za-zµ°]{0,3}\s*时[，,]?[^±。；;\d]{0,12}(?:分别|均)?为?\s*±"
                              r"|(?<![A-Za-z])(?:at|up to|over|above|below)\s+\d[\d.,]*\s*[^\s\d,;]{0,4},\s*±")),
    ("paren X±Y", re.compile(r"[(（]\s*\d[\d.,\s]*±")),
    ("X unit ± Y", re.compile(r"\d\s*[^\d\s±()（）,，;；。]{1,8}\s*±")),
    ("X ± Y", re.compile(r"\d\s*±")),
    ("+x/−y", re.compile(r"\+\s*\d[\d.,]*\s*[^\d±]{0,6}?\s*[/,，、]\s*[-−–]\s*\d")),
    ("允差", re.compile(r"允差")), ("容差", re.compile(r"容差")), ("公差", re.compile(r"公差")),
    ("偏差", re.compile(r"偏差")), ("误差", re.compile(r"误差")), ("精度", re.compile(r"精度|准确度")),
    ("波动", re.compile(r"波动|变化")),
    ("tolerance", re.compile(r"\btolerances?\b", re.I)), ("deviation", re.compile(r"\bdeviat(?:ion|e)s?\b", re.I)),
    ("accuracy", re.compile(r"\baccura(?:cy|te)\b|\bprecision\b", re.I)),
    ("to within", re.compile(r"\bto within\b", re.I)), ("within", re.compile(r"(?<!to )\bwithin\b", re.I)),
    ("variation", re.compile(r"\bvar(?:iation|y|ies)\b|\bfluctuat", re.I)),
    ("from nominal", re.compile(r"\b(?:of|from) (?:the )?(?:nominal|rated|specified|declared|set)\b", re.I)),
    ("ppm", re.compile(r"ppm|×\s*10\s*[-−⁻]")),
    ("± alone", re.compile(r"±")),
]


def numbers(text: str):
    for m in NUM.finditer(text):
        raw = re.sub(r"[ \u2009\u00a0]", "", m.group()).replace(",", ".")
        try:
            yield m.start(), m.end(), float(raw)
        except ValueError:
            pass


def side_numbers(side: dict) -> list[float]:
    out = []
    for k in ("value", "tolerance", "low", "high"):
        try:
            if side.get(k) is not None:
                out.append(abs(float(side[k])))
        except (TypeError, ValueError):
            pass
    return out


def convention(side: dict) -> str:
    comp = side.get("comparator") or "?"
    basis = side.get("basis") or ""
    if comp == "tolerance":
        return "tolerance"
    if comp == "max" and re.search(r"[±+\-−]", basis):
        return "max, basis " + ("±" if "±" in basis else "sign")
    if comp == "equal" and basis:
        return "equal + basis"
    return comp


def places(text: str):
    """(label, start, end) of each tolerance wording: end is where its number may start."""
    taken = []
    for label, pat in WORDINGS:
        for m in pat.finditer(text):
            if any(a <= m.start() < b for _, a, b in taken if label in ("X ± Y", "± alone", "X unit ± Y")):
                continue
            taken.append((label, m.start(), m.end()))
    return taken


def measure(sets: list[str], show: bool):
    table: dict[str, Counter] = defaultdict(Counter)   # wording -> convention counts
    agree: dict[str, Counter] = defaultdict(Counter)   # wording -> (convention, read ok) counts
    in_sets: dict[str, set] = defaultdict(set)
    misses = []
    for s in sets:
        for line in (DATA / f"{s}.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            for side_name in ("domestic", "international"):
                text = case.get(side_name) or ""
                pl = places(text)
                if not pl:
                    continue
                produced = [i for i in extract(text).indicators]
                nums = list(numbers(text))
                used_places = set()
                for ind in case.get("indicators") or []:
                    side = ind.get(side_name)
                    if not side:
                        continue
                    want = side_numbers(side)
                    hit = None
                    for label, a, b in pl:
                        # the number right after the wording (within 30 characters), or the nominal before a '±'
                        after = [v for st, en, v in nums if b <= st <= b + 30][:2]
                        before = [v for st, en, v in nums if en <= a and a - en <= 12][-1:] if "±" in label else []
                        if any(abs(w - v) < 1e-9 for w in want for v in after + before):
                            hit = (label, a, b)
                            break
                    if hit is None:
                        continue
                    label = hit[0]
                    used_places.add(hit[1:])
                    conv = convention(side)
                    ok = any(side_matches(side, p) for p in produced)
                    table[label][conv] += 1
                    agree[label][(conv, ok)] += 1
                    in_sets[label].add(s)
                    if not ok:
                        misses.append((label, conv, s, case["id"], side_name, side, text,
                                       [(p.comparator, p.value, p.low, p.high, p.tolerance, p.unit, p.basis)
                                        for p in produced]))
                for label, a, b in pl:
                    if (a, b) not in used_places:
                        table[label]["nothing keyed"] += 1
                        in_sets[label].add(s)
    return table, agree, in_sets, misses


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default=",".join(OPEN_SETS))
    ap.add_argument("--cases", action="store_true")
    ap.add_argument("--label", default="")
    args = ap.parse_args(argv)
    sets = [s for s in args.sets.split(",") if s]
    if not all(s in OPEN_SETS for s in sets):
        ap.error(f"open sets only: {', '.join(OPEN_SETS)}")
    table, agree, in_sets, misses = measure(sets, args.cases)
    print(f"{'wording':<14} {'sets':>4}  keys' convention (count; reader right)")
    for label, _ in WORDINGS:
        if label not in table:
            continue
        parts = []
        for conv, n in table[label].most_common():
            if conv == "nothing keyed":
                parts.append(f"{conv} {n}")
            else:
                parts.append(f"{conv} {n} ({agree[label][(conv, True)]} read)")
        print(f"{label:<14} {len(in_sets[label]):>4}  " + "; ".join(parts))
    if args.cases:
        for label, conv, s, cid, side_name, side, text, produced in misses:
            if args.label and label != args.label:
                continue
            print(f"\n[{label}] key {conv} {s} {cid} {side_name}: {json.dumps(side, ensure_ascii=False)}")
            print("  text:", text[:400])
            print("  read:", produced[:8])
    return 0


if __name__ == "__main__":
    sys.exit(main())
