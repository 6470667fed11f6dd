"""How the keys of the open sets hold a chain of three numbers or more ('a – b – c', 'a、b、c', 'a, b, c and d',
'a; b; c', 'a/b/c'), and how the reader reads the same chain.

A chain: three numbers or more in a row, each parted from the next by one separator of one kind (with at most a short
unit between), the last joint may be 'and'/'or'/'和'/'及'/'或'. Sorted by separator and language, and by what the key
on that side holds of the chain's numbers:

    each       every number is expected as a value of its own (not a range's end)
    ends       one expected range with the chain's first and last numbers as its ends
    pairs      ranges of neighbours (a–b, b–c, …)
    some       some numbers expected as values, not all (at least one)
    none       no number of the chain expected

The same classes for what the reader's extraction gives. `--show SEP` lists the chains of that separator (with the key's
and the reader's class), `--differ` only those where the two differ.

    PYTHONPATH=. .venv/bin/python bench/series_census.py
    PYTHONPATH=. .venv/bin/python bench/series_census.py --show dash --differ
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bounds_convention import _sides_of_key, _sides_read  # noqa: E402
from eval_indicators import SETS, read_cases  # noqa: E402
from indicator_failures import OPEN_SETS, numbers_in  # noqa: E402
from compare.indicators.extract import _CHOICE, extract  # noqa: E402

_UNIT = r"[^\d\s,，。;；、/()（）–—\-]{0,10}"
# (name, the joint between two numbers of the chain): tried in order; a chain keeps one kind.
SEPARATORS = (
    ("dash", rf"^\s*{_UNIT}\s+[–—-]\s+$"),          # spaced dash: '1,00 – 1,25 – 1,60'
    ("dunhao", rf"^\s*{_UNIT}\s*、\s*$"),            # '1.00、1.25、1.60'
    ("zh_comma", rf"^\s*{_UNIT}\s*，\s*$"),          # '8，10，12'
    ("comma", rf"^\s*{_UNIT}\s*,\s+$"),              # '3 mm, 3,2 mm, 3,4 mm'
    ("semicolon", rf"^\s*{_UNIT}\s*[;；]\s*$"),       # '0,13 mm; 0,18 mm'
    ("slash", rf"^\s*{_UNIT}\s*/\s*$"),              # '3.2 mm/3.4 mm/3.6 mm'
    ("space", rf"^\s*{_UNIT}\s+$"),                  # 'R5: 1,00 1,60 2,50'
)
_LAST = rf"^\s*{_UNIT}\s*(?:,?\s*(?:and|or)\s+|和|及|或|以及)\s*$"


def _same(a, b) -> bool:
    return a is not None and b is not None and math.isclose(abs(a), abs(b), rel_tol=1e-6, abs_tol=1e-12)


def _positions(text: str) -> list[tuple[int, int, set[float]]]:
    """Each number's span with every value it can be read as (unsigned)."""
    spans: dict[tuple[int, int], set[float]] = defaultdict(set)
    for v, s, e, _ in numbers_in(text):
        spans[(s, e)].add(abs(v))
    return [(s, e, vs) for (s, e), vs in sorted(spans.items())]


def chains(text: str) -> list[tuple[str, list[tuple[int, int, set[float]]]]]:
    """(separator, numbers) of every chain of three numbers or more in a text."""
    pos = _positions(text)
    out, i = [], 0
    while i < len(pos) - 1:
        between = text[pos[i][1]:pos[i + 1][0]]
        kind = next((name for name, joint in SEPARATORS if re.search(joint, between)), None)
        if kind is None:
            i += 1
            continue
        j = i + 1
        while j < len(pos) - 1:
            nxt = text[pos[j][1]:pos[j + 1][0]]
            if re.search(dict(SEPARATORS)[kind], nxt):
                j += 1
            elif re.search(_LAST, nxt, re.I):
                j += 1
                break
            else:
                break
        if j - i + 1 >= 3:
            out.append((kind, pos[i:j + 1]))
            i = j + 1
        else:
            i += 1
    return out


def _has_range(sides, lows: set[float], highs: set[float]) -> bool:
    return any(names == ("low", "high") and any(_same(got["low"], a) for a in lows)
               and any(_same(got["high"], b) for b in highs) for names, got in sides)


def holds(sides, chain) -> str:
    """How sides (expected or read) hold a chain's numbers: each, ends, pairs, some or none."""
    values = [any(names != ("low", "high") and any(_same(got.get(n), x) for n in names for x in vs)
                  for names, got in sides) for _, _, vs in chain]
    if all(values):
        return "each"
    if _has_range(sides, chain[0][2], chain[-1][2]) or _has_range(sides, chain[-1][2], chain[0][2]):
        return "ends"
    if sum(_has_range(sides, a[2], b[2]) for a, b in zip(chain, chain[1:])) >= 2:
        return "pairs"
    if any(values):
        return "some"
    return "none"


def _language(text: str) -> str:
    return "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"


def _sub_form(text: str, chain) -> str:
    """'+series': five numbers or more in a sentence that says they are a series or a choice (the words of
    `extract._CHOICE`), the form `extract._series_of_values` reads as none."""
    start = max(text.rfind(stop, 0, chain[0][0]) for stop in ("。", ". ", "\n"))
    return "+series" if len(chain) >= 5 and _CHOICE.search(text[start + 1:chain[-1][1]]) else ""


KINDS = ("each", "ends", "pairs", "some", "none")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(OPEN_SETS))
    parser.add_argument("--show", help="list the chains of these separators (comma-parted; 'every': all)")
    parser.add_argument("--differ", action="store_true", help="with --show: only where reader and key differ")
    parser.add_argument("--min", type=int, default=3, help="the fewest numbers in a chain")
    args = parser.parse_args(argv)
    table: dict[str, Counter] = defaultdict(Counter)
    shown = []
    names = args.sets.split(",")
    closed = [n for n in names if n not in OPEN_SETS]
    if closed:
        raise SystemExit(f"{', '.join(closed)}: not an open set")
    sides = ((n, c, s) for n in names for c in read_cases(SETS[n]) for s in ("domestic", "international"))
    for name, case, side in sides:
        text = case.get(side) or ""
        found = [c for c in chains(text) if len(c[1]) >= args.min]
        if found:
            key, read = _sides_of_key(case, side), _sides_read(extract(text))
            for kind, chain in found:
                row = f"{kind}/{_language(text)}" + _sub_form(text, chain)
                k, r = holds(key, chain), holds(read, chain)
                table[row][("key", k)] += 1
                table[row][("read", r)] += 1
                table[row][("agree", k)] += k == r
                if args.show and (args.show == "every" or kind in args.show.split(",")) and (not args.differ or k != r):
                    s, e = chain[0][0], chain[-1][1]
                    shown.append((row, name, case["id"], side[:3], f"key {k}", f"read {r}",
                                  text[max(0, s - 40):e + 20].replace("\n", " ")))
    print(f"{'separator/lang':<16}" + "".join(f"{'key ' + k:>11}" for k in KINDS) + "  | "
          + "".join(f"{'read ' + k:>11}" for k in KINDS) + "  | agree (per key class)")
    for row in sorted(table, key=lambda w: -sum(table[w][("key", k)] for k in KINDS)):
        c = table[row]
        print(f"{row:<16}" + "".join(f"{c[('key', k)]:>11}" for k in KINDS) + "  | "
              + "".join(f"{c[('read', k)]:>11}" for k in KINDS) + "  | "
              + "/".join(str(c[("agree", k)]) for k in KINDS))
    for row in shown:
        print(" | ".join(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
