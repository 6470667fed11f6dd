"""How the keys of the open sets hold each wording of bounds: a range, or a value (a maximum, a minimum, one value).

For every side of every case of the open sets, each place the text writes one quantity's bounds in a known wording
(two numbers: 'X～Y', 'X to Y', 'between X and Y', 'from X to Y', 'not less than X and not more than Y', '≥X, ≤Y',
'X-Y', 'X至Y'; one number with a word that may bound it from zero: 'up to X', 'within X', 'X以内', 'X以下'), is sorted by
what the key on that side holds of those numbers:

    range   one expected indicator is a range with those ends (one number: a range ending or starting at it)
    limits  the two numbers are expected as two one-sided limits (or values) of the side
    value   one of the numbers is expected as a value (maximum, minimum, equal, tolerance), the other not at all
    none    neither is expected (a condition, a row selector, not an indicator)

and likewise by what the reader gives today (its extraction of that side). The table says, per wording, how the keys
write it and how often the reader agrees; `--show WORDING` lists each place where the two differ.

    PYTHONPATH=. .venv/bin/python bench/bounds_convention.py
    PYTHONPATH=. .venv/bin/python bench/bounds_convention.py --show tilde,dash+zero --sets dev24,dev25
    PYTHONPATH=. .venv/bin/python bench/bounds_convention.py --show every          # every disagreement
    PYTHONPATH=. .venv/bin/python bench/bounds_convention.py --misreads            # key sides read in the other shape

Sub-forms: '+row' a band that selects a row, '+zero' a band from 0, '+down' the first end above the second.
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

from eval_indicators import SETS, _expected_numbers, read_cases  # noqa: E402
from indicator_failures import OPEN_SETS, numbers_in  # noqa: E402
from compare.core.vocabulary import Comparator  # noqa: E402
from compare.indicators.extract import extract  # noqa: E402

_UNIT = r"[^\d\s,，。;；、()（）]{0,10}"
_MIN = r"(?:最小值?|最低值?|下限值?|(?<![A-Za-z])min(?:imum|\.)?(?![A-Za-z]))"
_MAX = r"(?:最大值?|最高值?|上限值?|(?<![A-Za-z])max(?:imum|\.)?(?![A-Za-z]))"
_FLOOR_WORDS = r"(?:not (?:less|lower|smaller) than|at least|no less than|不小于|不少于|不低于|大于或等于|大于等于)"
_CEILING_WORDS = r"(?:not (?:more|greater|higher) than|at most|no more than|not exceeding|不大于|不多于|不高于|不超过|小于或等于|小于等于)"
_JOINT = r"(?:[,，;；、]?\s*(?:and|but|且|并且|而|但)?\s*)"
_BOUND = rf"(?:{_MIN}|{_MAX})"
# (name, words before the first number, words between the two, words after the second): tried in order.
TWO = (
    ("floor_ceiling_words", rf"{_FLOOR_WORDS}\s*$", rf"^\s*{_UNIT}\s*{_JOINT}(?:{_CEILING_WORDS}|or (?:more|greater) than)\s*$", r""),
    ("floor_ceiling_signs", r"(?:≥|>=|⩾)\s*$", rf"^\s*{_UNIT}\s*{_JOINT}(?:≤|<=|⩽)\s*$", r""),
    ("min_then_max_words", rf"{_MIN}\s*[:：为=]?\s*$", rf"^\s*{_UNIT}\s*[,，;；、]?\s*(?:and|和)?\s*{_MAX}\s*[:：为=]?\s*$", r""),
    ("max_then_min_words", rf"{_MAX}\s*[:：为=]?\s*$", rf"^\s*{_UNIT}\s*[,，;；、]?\s*(?:and|和)?\s*{_MIN}\s*[:：为=]?\s*$", r""),
    ("x_min_y_max", r"", rf"^\s*{_UNIT}\s*{_MIN}\s*[,，;；]?\s*(?:and)?\s*$", rf"^\s*{_UNIT}\s*{_MAX}"),
    # (twenty-seventh round, minmax27: a bound word after each value, the ceiling first; bound words in brackets after
    # each value, '26.2 mm（最大）/24.9 mm（最小）'; the nominal named as a bound in brackets, 'd1 公称(min) 4.3，max 4.48')
    ("x_max_y_min", r"", rf"^\s*{_UNIT}\s*{_MAX}\s*[,，;；]?\s*(?:and)?\s*$", rf"^\s*{_UNIT}\s*{_MIN}"),
    ("bracketed_bounds", r"", rf"^\s*{_UNIT}\s*[(（]\s*{_BOUND}\s*[)）]\s*(?:[/,，;；、]|and)\s*$",
     rf"^\s*{_UNIT}\s*[(（]\s*{_BOUND}\s*[)）]"),
    ("nominal_as_bound", rf"(?:公称|nom(?:inal|\.)?)\s*[(（]\s*{_BOUND}\s*[)）]\s*$",
     rf"^\s*{_UNIT}\s*[,，;；]\s*{_BOUND}\s*[:：为=]?\s*$", r""),
    ("above_then_within_zh", r"", rf"^\s*{_UNIT}\s*(?:以上|及以上)\s*(?:至|到|、|，|,)?\s*$", rf"^\s*{_UNIT}\s*(?:以内|以下|及以下)"),
    # (twenty-eighth round, bands28: two ends joined by 和 and closed by 之间, '（在）20 ℃和25 ℃之间', '0.94倍和1.06倍额定电压
    # 之间'; a band of multiples, '0.85倍～1.15倍', 'between 0,94 times and 1,06 times'; the gerunds 'exceeding X but
    # not exceeding Y', 'greater than X but not greater than Y')
    ("and_zhijian", r"", rf"^\s*{_UNIT}\s*(?:和|与)\s*$", r"^[^\d,，。;；、()（）]{0,16}?之间"),
    ("multiples_band", r"", r"^\s*(?:倍|times)\s*(?:和|与|至|到|～|~|-|–|and|to)\s*$", r"^\s*(?:倍|times)"),
    ("exceed_not_exceed", r"(?<!not )(?<!不)(?:exceed(?:s|ing)?|more than|greater than|over|above|超过|大于|高于)\s*$",
     rf"^\s*{_UNIT}\s*{_JOINT}(?:not (?:exceed(?:s|ing)?|more than|greater than|over|above)|不超过|不大于|不高于|"
     rf"(?:up to|to)(?: and including)?)\s*$", r""),
    ("between", r"(?:between|介于|在)\s*$", rf"^\s*{_UNIT}\s*(?:and|与|和|～|~)\s*$", r""),
    ("from_to", r"(?:from|从|由|自)\s*$", rf"^\s*{_UNIT}\s*(?:to|up to|至|到|～|~)\s*$", r""),
    # (bands28: a symbol with a digit, 'U0', 'U₀', between the signs)
    ("inequality_chain", r"", rf"^\s*{_UNIT}\s*(?:≤|<|≦|⩽|＜)\s*(?:[^\d]|(?<=[A-Za-z])\d){{1,20}}?\s*(?:≤|<|≦|⩽|＜)\s*$", r""),
    ("tilde", r"", rf"^\s*{_UNIT}\s*[～~〜]\s*$", r""),
    ("en_to", r"", rf"^\s*{_UNIT}\s+to\s+$", r""),
    ("zh_to", r"", rf"^\s*{_UNIT}\s*(?:至|到)\s*$", r""),
    ("dash", r"", rf"^\s*{_UNIT}\s*[-–—‒]\s*$", r""),
    ("and_or_list", r"", rf"^\s*{_UNIT}\s*(?:and|or|和|或|、|,|，)\s*$", r""),
)
ONE = (
    ("up_to", r"(?:up to|upto)\s*$", r""),
    ("within", r"(?:within|to within)\s*$", r""),
    ("zh_yinei", r"", rf"^\s*{_UNIT}\s*以内"),
    ("zh_yixia", r"", rf"^\s*{_UNIT}\s*(?:及以下|以下)"),
    ("zh_yishang", r"", rf"^\s*{_UNIT}\s*(?:及以上|以上)"),
    ("plus_minus_sign", r"[+]\s*$", r""),
)


def _same(a, b) -> bool:
    return a is not None and b is not None and math.isclose(abs(a), abs(b), rel_tol=1e-6, abs_tol=1e-12)


_FACTORS = (1, 1e3, 1e-3, 60, 1 / 60, 24, 1 / 24, 1e6, 1e-6, 3600)


def _scaled(a, b) -> bool:
    """The same number, or the same amount in a unit apart by a common factor ('24 h to 30 d' keyed 24-720 h)."""
    return a is not None and b is not None and any(_same(a, b * f) for f in _FACTORS)


def _sides_of_key(case, side):
    out = []
    for ind in case.get("indicators") or []:
        s = ind.get(side)
        if not s:
            continue
        names, numbers, _ = _expected_numbers(s)
        out.append((names, numbers))
    return out


def _sides_read(extraction):
    out = []
    for ind in extraction.indicators:
        if ind.comparator == Comparator.RANGE:
            out.append((("low", "high"), {"low": ind.low, "high": ind.high}))
        elif ind.comparator == Comparator.TOLERANCE:
            out.append((("value", "tolerance"), {"value": ind.value, "tolerance": ind.tolerance}))
        else:
            out.append((("value",), {"value": ind.value}))
    return out


def holds(sides, numbers: tuple[float, ...]) -> str:
    """How a list of sides (expected or read) holds these numbers: range, limits, value or none."""
    if len(numbers) == 2:
        a, b = numbers
        for names, got in sides:
            for lo, hi in ((a, b), (b, a)):  # (a ceiling said first: 'max. 50, min. 2')
                if names == ("low", "high") and (_same(got["low"], lo) and _scaled(got["high"], hi)
                                                  or _scaled(got["low"], lo) and _same(got["high"], hi)):
                    return "range"
        as_value = [x for x in (a, b) if any(names != ("low", "high") and _same(got.get("value"), x)
                                                for names, got in sides)]
        if len(as_value) == 2 or (len(as_value) == 1 and _same(a, b)):
            return "limits"
        if as_value:
            return "value"
        return "none"
    (x,) = numbers
    for names, got in sides:
        if names == ("low", "high") and (_same(got["low"], x) or _same(got["high"], x)):
            return "range"
    if any(names != ("low", "high") and _same(got.get("value"), x) for names, got in sides):
        return "value"
    return "none"


_SELECTS_A_ROW = re.compile(rf"^\s*{_UNIT}\s*(?:[)）])?\s*(?:为|[:：,，|]|时|的)\s*(?:为)?\s*[±+\-−]?\s*\d")
_OPEN_BEFORE = re.compile(r"(?:[>＞]|over|above|超过|大于)\s*$", re.I)


def _sub_form(low: float, text: str, start: int, end: int) -> str:
    """A wording's sub-form: a band that selects a row (a value follows it, or it starts above a number), a range
    from zero."""
    if _SELECTS_A_ROW.search(text[end:end + 24]) or _OPEN_BEFORE.search(text[max(0, start - 8):start]):
        return "+row"
    if low == 0:
        return "+zero"
    return ""


def _descending(a: float, b: float, text: str, start: int, end: int) -> str:
    """'from 6° to 3°', '100 ℃～20 ℃': the first end above the second (not a band of signed values)."""
    written = text[start:end]
    return "+down" if a > b and "-" not in written and "−" not in written else ""


def places(text: str):
    """(wording, numbers, start, end) of every bounds wording in a text."""
    first = {}
    for v, s, e, _ in numbers_in(text):  # one value per place, the unsigned one
        if (s, e) not in first or v >= 0:
            first[(s, e)] = abs(v)
    order = sorted(first)
    out = []
    used = set()
    for i in range(len(order) - 1):
        (s1, e1), (s2, e2) = order[i], order[i + 1]
        between = text[e1:s2]
        before = text[max(0, s1 - 20):s1]
        after = text[e2:e2 + 20]
        for name, pre, mid, post in TWO:
            if re.search(mid, between, re.I) and (not pre or re.search(pre, before, re.I)) and (
                    not post or re.search(post, after, re.I)):
                a, b = first[(s1, e1)], first[(s2, e2)]
                out.append((name + _sub_form(a, text, s1, e2) + _descending(a, b, text, s1, e2), (a, b), s1, e2))
                used.update({i, i + 1})
                break
    for i, (s, e) in enumerate(order):
        if i in used:
            continue
        before, after = text[max(0, s - 20):s], text[e:e + 16]
        for name, pre, post in ONE:
            if (not pre or re.search(pre, before, re.I)) and (not post or re.search(post, after)):
                if pre or post:
                    out.append((name, (first[(s, e)],), s, e))
                    break
    return out


# (minmax27) A nominal with its two deviations (the upper first): the keys hold the range they allow about the
# nominal ('range'), the deviations themselves as a range ('deviations'), the nominal with a tolerance or as a value.
_DNUM = r"[-−+]?\s?\d+(?:[ ]\d{3})*(?:[.,]\d+)?"
_DUNIT = r"(?:\s?[^\d\s,，。;；、()（）/~～]{1,6})?"
DEVIATIONS = (
    ("dev_plus_slash_minus", re.compile(rf"(?<![\d.,])(?P<n>{_DNUM}){_DUNIT}\s*[(（]?\s*(?P<a>\+\s?\d+(?:[.,]\d+)?){_DUNIT}\s*"
                                        rf"/\s*(?P<b>[-−]\s?\d+(?:[.,]\d+)?)")),
    ("dev_zero_slash_minus", re.compile(rf"(?<![\d.,])(?P<n>{_DNUM}){_DUNIT}\s+(?P<a>0)\s*/\s*(?P<b>[-−]\s?\d+(?:[.,]\d+)?)")),
    ("dev_upper_lower_zh", re.compile(rf"(?<![\d.,])(?P<n>{_DNUM}){_DUNIT}\s*[(（，,]\s*(?:其)?上(?:极限)?偏差\s*(?:为)?\s*"
                                      rf"(?P<a>[+]?\d+(?:[.,]\d+)?){_DUNIT}\s*[，,、]\s*下(?:极限)?偏差\s*(?:为)?\s*"
                                      rf"(?P<b>[-−]?\s?\d+(?:[.,]\d+)?)")),
    ("dev_span_zh", re.compile(rf"(?<![\d.,])(?P<n>{_DNUM}){_DUNIT}\s*[，,][^，,;；。\d]{{0,8}}?(?:偏差|允差|公差)\s*(?:为|是)?\s*"
                               rf"(?P<a>[+]?\d+(?:[.,]\d+)?){_DUNIT}\s*[~～]\s*(?P<b>[-−+]\s?\d+(?:[.,]\d+)?)")),
    ("dev_words_en", re.compile(rf"(?<![\d.,])(?P<n>{_DNUM}){_DUNIT}\s*,\s*(?:permissible\s+)?(?:tolerances?|deviations?)\s*"
                                rf"(?:of\s*)?(?P<a>[+]?\d+(?:[.,]\d+)?){_DUNIT}\s*(?:and|/|,)\s*(?P<b>[-−]\s?\d+(?:[.,]\d+)?)",
                                re.I)),
)


def _signed(written: str) -> float:
    w = written.replace("−", "-").replace(" ", "")
    sign = -1 if w.startswith("-") else 1
    w = w.lstrip("+-")
    if "," in w and "." not in w and re.fullmatch(r"\d+,\d{1,2}|\d+,\d{4,}", w):
        w = w.replace(",", ".")
    return sign * float(w.replace(",", ""))


def deviation_places(text: str):
    """(wording, nominal, upper, lower, start, end) of each nominal written with its two deviations."""
    out, seen = [], set()
    for name, pattern in DEVIATIONS:
        for m in pattern.finditer(text):
            if any(a <= m.start() < b for a, b in seen):
                continue
            try:
                n, a, b = _signed(m.group("n")), _signed(m.group("a")), _signed(m.group("b"))
            except ValueError:
                continue
            seen.add(m.span())
            out.append((name, n, a, b, m.start(), m.end()))
    return out


def holds_deviations(sides, n: float, a: float, b: float) -> str:
    lo, hi = n + min(a, b), n + max(a, b)
    for names, got in sides:
        if names == ("low", "high") and _same(got["low"], lo) and _same(got["high"], hi):
            return "range"
    for names, got in sides:
        if names == ("low", "high") and _same(got["low"], min(a, b)) and _same(got["high"], max(a, b)):
            return "deviations"
    for names, got in sides:
        if names == ("value", "tolerance") and _same(got["value"], n):
            return "tolerance"
    if any(names != ("low", "high") and _same(got.get("value"), n) for names, got in sides):
        return "value"
    return "none"


# (minmax27) A nominal written beside the quantity's maximum and minimum ('h 0,8 nom., 0,9 max., 0,7 min.', 'h 公称
# 0.8，max 0.9，min 0.7', 'h is 1,6 mm nominal, with 1,8 mm max. and 1,4 mm min.', '1.4 mm～1.8 mm（公称1.6 mm）'):
# whether the key holds the nominal as a value of its own.
_NOMINAL_NUMBER = re.compile(r"(?:公称|(?<![A-Za-z])nom(?:inal|\.)?)\s*(?:[(（][^)）]{0,6}[)）])?\s*(?:[:：=为]|is)?\s*"
                             r"(?P<v1>\d+(?:[.,]\d+)?)|(?P<v2>\d+(?:[.,]\d+)?)\s*(?:mm|µm|m)?\s*(?:nom(?:inal|\.)?)(?![A-Za-z])",
                             re.I)
_BOTH_BOUNDS = (re.compile(r"max|最大", re.I), re.compile(r"(?<![A-Za-z])min(?!ute)|最小", re.I))
_BAND = re.compile(r"\d\s*\S{0,4}\s*[~～]\s*\d")


def nominal_places(text: str):
    """(nominal, start, end) of each nominal written in one item with the quantity's maximum and minimum, or its band."""
    out = []
    for item in re.finditer(r"[^;；。]+", text):
        part = item.group(0)
        bounded = all(p.search(part) for p in _BOTH_BOUNDS) or _BAND.search(part)
        if not bounded:
            continue
        for m in _NOMINAL_NUMBER.finditer(part):
            written = m.group("v1") or m.group("v2")
            try:
                out.append((_signed(written), item.start() + m.start(), item.start() + m.end()))
            except ValueError:
                continue
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=",".join(OPEN_SETS))
    parser.add_argument("--show", help="list the places of this wording ('every': of all) where the reader and the key differ")
    parser.add_argument("--all", action="store_true", help="with --show: every place, agreeing ones too")
    parser.add_argument("--misreads", action="store_true", help="list the key sides read in the other shape")
    args = parser.parse_args(argv)
    if args.misreads:
        for row in misread_sides(args.sets.split(",")):
            print(" | ".join(row))
        return 0
    table: dict[str, Counter] = defaultdict(Counter)
    shown = []
    for name in args.sets.split(","):
        if name not in OPEN_SETS:
            raise SystemExit(f"{name}: not an open set")
        for case in read_cases(SETS[name]):
            for side in ("domestic", "international"):
                text = case.get(side) or ""
                if not text:
                    continue
                key = _sides_of_key(case, side)
                found = places(text)
                if not found and not deviation_places(text) and not nominal_places(text):
                    continue
                read = _sides_read(extract(text))
                for wording, n, a, b, s, e in deviation_places(text):
                    k, r = holds_deviations(key, n, a, b), holds_deviations(read, n, a, b)
                    table[wording][("key", k)] += 1
                    table[wording][("read", k, r)] += 1
                    if args.show and (args.show == "every" or wording in args.show.split(",")) and (args.all or (k != r and k != "none")):
                        shown.append((wording, case["id"], side, k, r, text[max(0, s - 60):e + 40].replace("\n", " ")))
                for n, s, e in nominal_places(text):
                    k, r = holds(key, (n,)), holds(read, (n,))
                    table["nominal_beside_bounds"][("key", k)] += 1
                    table["nominal_beside_bounds"][("read", k, r)] += 1
                    if args.show and (args.show == "every" or "nominal_beside_bounds" in args.show.split(",")) and (args.all or k != r):
                        shown.append(("nominal_beside_bounds", case["id"], side, k, r, text[max(0, s - 60):e + 40].replace("\n", " ")))
                for wording, numbers, s, e in found:
                    k, r = holds(key, numbers), holds(read, numbers)
                    table[wording][("key", k)] += 1
                    table[wording][("read", k, r)] += 1
                    if args.show and (args.show == "every" or wording in args.show.split(",")) and (args.all or (k != r and k != "none")):
                        shown.append((wording, case["id"], side, k, r, text[max(0, s - 60):e + 40].replace("\n", " ")))
    kinds = ("range", "limits", "value", "none")
    for wording in [w for w in table if w.startswith("dev_")]:
        c = table[wording]
        print(f"{wording:<24}" + "  ".join(f"key {k} {c[('key', k)]} (read so {c[('read', k, k)]})"
                                          for k in ("range", "deviations", "tolerance", "value", "none")))
        del table[wording]
    print(f"{'wording':<24}" + "".join(f"{'key ' + k:>13}" for k in kinds) + "   reader agrees (range/limits/value)")
    for wording in sorted(table, key=lambda w: -sum(table[w][("key", k)] for k in kinds)):
        c = table[wording]
        agree = "/".join(f"{c[('read', k, k)]}" for k in kinds[:3])
        print(f"{wording:<24}" + "".join(f"{c[('key', k)]:>13}" for k in kinds) + f"   {agree}")
    for row in shown:
        print(" | ".join(row))
    return 0



def misread_sides(set_names: list[str]):
    """Every key side the reader holds in the other shape: (set, id, side, how, expected, context): a range expected
    and only its ends read as values ('value for range'), or one value expected and read only as a range's end
    ('range for value')."""
    out = []
    for name in set_names:
        for case in read_cases(SETS[name]):
            for side in ("domestic", "international"):
                text = case.get(side) or ""
                key = _sides_of_key(case, side)
                if not text or not key:
                    continue
                read = _sides_read(extract(text))
                for names, got in key:
                    if names == ("low", "high"):
                        if None in (got["low"], got["high"]) or holds(read, (got["low"], got["high"])) == "range":
                            continue
                        if holds(read, (got["low"], got["high"])) in ("limits", "value"):
                            x = got["low"]
                            out.append((name, case["id"], side, "value for range", f"{got['low']}-{got['high']}",
                                        _around(text, x if x else got["high"])))
                    elif names == ("value",) and got["value"] is not None:
                        as_value = any(n != ("low", "high") and _same(g.get("value"), got["value"]) for n, g in read)
                        if not as_value and holds(read, (got["value"],)) == "range":
                            out.append((name, case["id"], side, "range for value", str(got["value"]),
                                        _around(text, got["value"])))
    return out


def _around(text: str, x: float) -> str:
    for v, s, e, w in numbers_in(text):
        if _same(v, x):
            return text[max(0, s - 50):e + 40].replace("\n", " ")
    return ""


if __name__ == "__main__":
    raise SystemExit(main())
