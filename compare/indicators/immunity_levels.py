"""Immunity test levels ranked: a higher level is the more demanding test (thirty-sixth round, fixverdict36).

An immunity test applies a disturbance at a stated level ('接触放电±8 kV', 'power frequency magnetic field 30 A/m',
'射频电磁场 10 V/m') and the equipment must keep working through it. The level is a set value of the test, written
with no bound word, so two clauses that set it apart were judged 'another required value' (different), as two
sieve apertures or two heating times are, or, standing bare in a list, taken for two maxima (a higher level then
read 'looser'). But an immunity level is not a procedure's setting: it is the severity the
equipment must withstand, and the equipment that passes 30 A/m passes 3 A/m. So where either clause speaks of
immunity (抗扰度, immunity) and the two sides set the level of one disturbance apart, in a voltage, an electric field
strength or a magnetic field strength, the higher domestic level is `stricter`, the lower one `looser`.

The sets' conventions say so from dev26 on ("immunity test levels are keyed `equal`; a lower domestic test level is
`looser`", dev26_SOURCES.md; "a higher withstand or immunity test level = stricter", dev27 onwards): dev26 AM009,
dev27 AN053 (three levels) and dev29 AP098 are keyed so. The one earlier key that differs, dev10 W080 (6 kV against
8 kV, keyed `different`), was written before that convention.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator, Verdict

# A clause that speaks of an immunity test.
_IMMUNITY = re.compile(r"抗扰|(?<![A-Za-z])immunity(?![A-Za-z])", re.I)
# The canonical units of the levels such a test applies: a voltage (a discharge, a burst, a surge, a conducted
# disturbance), an electric field strength (radiated fields), a magnetic field strength (power-frequency fields).
LEVEL_UNITS = frozenset({"V", "V/m", "A/m"})
# The reasons `judge` gives two values written with no bound word that differ: as set values ('another required
# value'), or as the limits of a list, taken for maxima or minima: the only pairs this reading revisits.
REVISITED_REASONS = frozenset({"another required value", "higher maximum", "lower maximum", "higher minimum",
                               "lower minimum"})


def immunity_levels(d, i, domestic_text: str, international_text: str) -> str | None:
    """'stricter' or 'looser' when the pair `d`, `i` (two Indicators read as set values, `equal`) are the levels
    of an immunity test that differ, in a clause pair that speaks of immunity; None otherwise."""
    if d.comparator != Comparator.EQUAL or i.comparator != Comparator.EQUAL:
        return None
    if not (_IMMUNITY.search(domestic_text or "") or _IMMUNITY.search(international_text or "")):
        return None
    a, b = d.normalized, i.normalized
    if a.unit != b.unit or a.unit not in LEVEL_UNITS or a.value is None or b.value is None or a.value == b.value:
        return None
    return Verdict.STRICTER if a.value > b.value else Verdict.LOOSER


def immunity_levels_ranked(pairs, domestic_text: str, international_text: str):
    """The pairs (verdicts.IndicatorPair) with every pair of immunity test levels set apart ranked: the higher
    domestic level `stricter`, the lower `looser` (see the module's docstring); None when no pair changed (the caller
    then keeps its overall verdict, else takes it again)."""
    out, changed = list(pairs), False
    for k, p in enumerate(out):
        if p.domestic is None or p.international is None or p.reason not in REVISITED_REASONS:
            continue
        verdict = immunity_levels(p.domestic, p.international, domestic_text, international_text)
        if verdict is None:
            continue
        a, b = p.domestic.normalized.value, p.international.normalized.value
        word = "higher" if verdict == Verdict.STRICTER else "lower"
        out[k] = replace(p, verdict=verdict, score=round(100.0 * min(abs(a), abs(b)) / max(abs(a), abs(b)), 1),
                         reason=f"{word} immunity test level")
        changed = True
    return tuple(out) if changed else None
