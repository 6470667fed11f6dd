"""Standard-level roll-up: how the indicators of a domestic standard compare with an international one, and
the degree of correspondence that suggests (GB/T 1.2-2020, after ISO/IEC Guide 21-1).

IDT (identical): the same technical content, only editorial changes, so every indicator consistent and none
missing. MOD (modified): technical deviations that can be identified and explained, while most of the
international content is kept. NEQ (not equivalent): the deviations outweigh what is kept. The suggestion is
a starting point for the reviewer, who knows whether each deviation is declared and explained; the reasons
say what it rests on.

An indicator read on one side only (missing on the other) is a deviation beside compared ones: an addition or an
omission is a technical deviation in GB/T 1.2-2020 (MOD when identified and explained), so it keeps a pair from
IDT and counts against the share kept. When no indicator was read on both sides, nothing was compared: one side's
limits facing none may be additions, omissions, or limits the other text states in a form not read (a table,
another clause), so no degree is suggested (as when no indicator is read at all), and the pair stays out of the
suggested rate. Suggesting NEQ there would be a judgement the comparison did not make.
"""

from __future__ import annotations

from compare.core.vocabulary import Degree, Verdict
from dataclasses import dataclass
from typing import Any, Iterable

from compare.indicators.verdicts import VERDICTS, ClauseComparison
from compare.terms.stdnumber import standard_label

# Share of indicators kept as they are (consistent) at or above which deviations read as modifications.
MOD_MIN_CONSISTENT = 0.5
MISSING = (Verdict.MISSING_DOMESTIC, Verdict.MISSING_INTERNATIONAL)
# The share a roll-up gives for both kinds of missing together, and the shares it reports, in order.
MISSING_SHARE = "missing"
SHARES = (Verdict.CONSISTENT, Verdict.STRICTER, Verdict.LOOSER, Verdict.DIFFERENT, MISSING_SHARE)


@dataclass(frozen=True)
class Rollup:
    """Counts and shares of indicator verdicts for one domestic/international standard pair."""

    domestic: str
    international: str
    clauses: int
    counts: dict[str, int]
    degree: str
    reasons: tuple[str, ...]

    @property
    def indicators(self) -> int:
        return sum(self.counts.values())

    def share(self, verdict: str) -> float:
        """Share (0-1) of indicators with this verdict; 'missing' adds both kinds of missing."""
        total = self.indicators
        if not total:
            return 0.0
        count = sum(self.counts[v] for v in MISSING) if verdict == MISSING_SHARE else self.counts.get(verdict, 0)
        return count / total

    @property
    def at_international_level(self) -> float:
        """Share consistent or stricter: how reported consumer-goods comparisons count 'at the level'."""
        total = self.indicators
        return (self.counts[Verdict.CONSISTENT] + self.counts[Verdict.STRICTER]) / total if total else 0.0

    def to_dict(self) -> dict[str, Any]:
        shares = {str(v): round(self.share(v), 4) for v in SHARES}
        return {"domestic": self.domestic, "international": self.international, "clauses": self.clauses,
                "indicators": self.indicators, "counts": dict(self.counts), "shares": shares,
                "at_international_level": round(self.at_international_level, 4),
                "suggested_degree": self.degree, "reasons": list(self.reasons)}


def roll_up(comparisons: Iterable[ClauseComparison], *, domestic: str = "", international: str = "") -> Rollup:
    """Add up the indicator verdicts of the matched clause pairs of two standards and suggest a degree."""
    counts = {v: 0 for v in VERDICTS}
    clauses = 0
    examples: dict[str, list[str]] = {v: [] for v in VERDICTS}
    for comparison in comparisons:
        clauses += 1
        for pair in comparison.pairs:
            counts[pair.verdict] += 1
            if len(examples[pair.verdict]) < 3:
                examples[pair.verdict].append(pair.parameter or "?")
    degree, reasons = suggest_degree(counts, examples)
    return Rollup(domestic, international, clauses, counts, degree, tuple(reasons))


def suggest_degree(counts: dict[str, int], examples: dict[str, list[str]] | None = None) -> tuple[str, list[str]]:
    """IDT, MOD or NEQ from verdict counts, with the reasons in plain words."""
    examples = examples or {}
    total = sum(counts.values())
    if total == 0:
        # Nothing to rest a degree on: 'NEQ' here read as a finding, and made an aligned IDT pair (GB/T 19001 and
        # ISO 9001, 56 of 56 clauses) count as not adopted.
        return Degree.UNDETERMINED.value, ["no key technical indicators were found to compare, so no degree is "
                                           "suggested; judge the degree from the text"]
    consistent = counts.get(Verdict.CONSISTENT, 0)
    deviations = {v: counts.get(v, 0) for v in VERDICTS if v != Verdict.CONSISTENT and counts.get(v, 0)}

    def described(verdict: str) -> str:
        names = ", ".join(examples.get(verdict, []))
        return f"{deviations[verdict]} {verdict.replace('_', ' ')}" + (f" (e.g. {names})" if names else "")

    if not any(counts.get(v, 0) for v in VERDICTS if v not in MISSING):
        one_side = ", ".join(described(v) for v in deviations)
        return Degree.UNDETERMINED.value, [
            f"{total} indicators read on one side only ({one_side}), none on both sides: nothing was compared, "
            "so no degree is suggested; they may be added or left-out requirements (technical deviations: MOD at "
            "most, if identified and explained in the foreword) or limits the other text states in a form not "
            "read (a table, another clause): judge the degree from the text"]

    reasons = [f"{consistent} of {total} indicators consistent ({100 * consistent / total:.0f} %)"]
    if not deviations:
        reasons.append("no technical deviation found: only editorial differences can remain")
        return "IDT", reasons
    reasons += [f"technical deviation: {described(v)}" for v in deviations]
    if consistent / total >= MOD_MIN_CONSISTENT:
        reasons.append(f"most indicators are kept (at least {MOD_MIN_CONSISTENT:.0%}); the deviations must be "
                       "identified and explained in the foreword for MOD")
        return "MOD", reasons
    reasons.append(f"fewer than {MOD_MIN_CONSISTENT:.0%} of the indicators are kept as they are")
    return "NEQ", reasons


def roll_up_matches(results: Iterable[Any]) -> list[Rollup]:
    """One roll-up per (domestic standard, international standard), from the best match of each row that
    carries an indicator comparison (compare.matching.lists.attach_comparisons); most clauses first."""
    groups: dict[tuple[str, str], list[ClauseComparison]] = {}
    for result in results:
        best = result.matches[0] if result.matches else None
        if best is None or best.comparison is None:
            continue
        query, found = standard_label(result.row.standard) or "(no standard)", best.clause.standard
        key = (query, found) if best.clause.side == "international" else (found, query)
        groups.setdefault(key, []).append(best.comparison)
    rollups = [roll_up(items, domestic=d, international=i) for (d, i), items in groups.items()]
    return sorted(rollups, key=lambda r: (-r.clauses, r.domestic, r.international))
