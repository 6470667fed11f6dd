"""Census of the numbers the reader reads as conditions, by wording, against what the keys hold for them.

For every condition the reader attaches to an indicator (compare.indicators.extract), over the open sets: the wording
around its number ('at X', 'under X', 'after X', 'for X', '在X下', 'X时', '经X后', '于X', '(X)', ...) and how the key of
its case writes that number on that side: an indicator of its own (its comparator), a basis (the number written in
a basis), or nothing. The held-out set is never read.

    PYTHONPATH=. .venv/bin/python bench/condition_census.py                 # table over all open sets
    PYTHONPATH=. .venv/bin/python bench/condition_census.py --show 'at X'   # the conditions of one wording
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_indicators import read_cases  # noqa: E402
from indicator_failures import OPEN_SETS, NEVER, SIDES, _readings_in, _same  # noqa: E402
from compare.indicators.extract import extract  # noqa: E402
from compare.indicators.units import normalise  # noqa: E402

WORDINGS = (  # (label, pattern on the words before the number, pattern on the words after it); the first that fits
    ("经X后", r"经\S{0,8}$", r"^\S{0,6}后"),
    ("在X下/时", r"在\S{0,12}$", r"^\S{0,4}(?:下|时)"),
    ("X后", r"", r"^\s*\S{0,3}(?:后|之后)"),
    ("X时", r"", r"^\s*\S{0,3}(?:的)?(?:时|条件下|环境下|下)"),
    ("于X", r"于\S{0,12}$", r""),
    ("在X", r"在\S{0,12}$", r""),
    ("after X", r"(?i)\bafter\b[^.;]{0,30}$", r""),
    ("for X", r"(?i)\b(?:for|during)\b[^.;]{0,20}$", r""),
    ("under X", r"(?i)\bunder\b[^.;]{0,30}$", r""),
    ("at X", r"(?i)(?:\bat\b|@)[^.;]{0,30}$", r""),
    ("with X", r"(?i)\bwith\b[^.;]{0,30}$", r""),
    ("(X)", r"[（(][^）)]{0,20}$", r""),
)


def wording(text: str, start: int, end: int) -> str:
    before, after = text[max(0, start - 40):start], text[end:end + 12]
    for label, b, a in WORDINGS:
        if (not b or re.search(b, before)) and (not a or re.search(a, after)):
            return label
    return "other"


def _dimension(unit: str) -> str:
    return normalise(1.0, unit or "").dimension


def key_holds(case: dict, side: str, number: float, unit: str = "") -> str:
    """How the case's key writes the number on that side: 'indicator <comparator>' (a value of a unit of the same
    dimension, when both are known), 'basis' or 'nothing'."""
    for ind in case.get("indicators", []):
        s = ind.get(side) or {}
        for k in ("value", "low", "high"):
            v = s.get(k)
            a, b = _dimension(unit), _dimension(s.get("unit") or "")
            if a and b and a != b and "number" not in (a, b):
                continue  # ('1.0 mGy' is no reading of '1 h')
            if isinstance(v, (int, float)) and _same(abs(float(v)), number):
                return f"indicator {s.get('comparator')}"
    for ind in case.get("indicators", []):
        s = ind.get(side) or {}
        written = f"{s.get('basis') or ''} {s.get('condition') or ''}"
        if any(_same(v, number) for v in _readings_in(written)):
            return "basis"
    return "nothing"


def census(sets):
    rows = []
    for name in sets:
        if name in NEVER:
            raise SystemExit(f"{name} is not an open set")
        for case in read_cases(ROOT / "data" / "indicator_eval" / f"{name}.jsonl"):
            for side in SIDES:
                text = case.get(side) or ""
                seen = set()
                for ind in extract(text).indicators:
                    for c in ind.conditions:
                        a, b = c.span
                        if text.startswith(c.text, a):
                            b = a + len(c.text)  # (the span takes in a closing '时' / '下')
                        if (a, b) in seen:
                            continue
                        seen.add((a, b))
                        numbers = [v for v in _readings_in(c.text)]
                        if not numbers:
                            continue
                        holds = Counter(key_holds(case, side, v, c.unit) for v in numbers)
                        best = next((h for h in holds if h.startswith("indicator")), None) or \
                            ("basis" if "basis" in holds else "nothing")
                        rows.append((name, case["id"], side, wording(text, a, b), best, c.text,
                                     text[max(0, a - 30):b + 15].replace("\n", " ")))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(OPEN_SETS))
    parser.add_argument("--show", help="list the conditions of this wording")
    parser.add_argument("--tsv", type=Path, help="write every condition here, one a line")
    args = parser.parse_args()
    rows = census([s for s in args.sets.split(",") if s])
    if args.tsv:
        args.tsv.write_text("".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
    if args.show:
        for r in rows:
            if r[3] == args.show:
                print("\t".join(r))
        return
    table = defaultdict(Counter)
    sets = defaultdict(set)
    for name, _, _, w, best, _, _ in rows:
        table[w]["indicator" if best.startswith("indicator") else best] += 1
        sets[w].add(name)
    print(f"{'wording':10} {'sets':>4} {'indicator':>9} {'basis':>6} {'nothing':>7}")
    for w, c in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        print(f"{w:10} {len(sets[w]):>4} {c['indicator']:>9} {c['basis']:>6} {c['nothing']:>7}")


if __name__ == "__main__":
    main()
