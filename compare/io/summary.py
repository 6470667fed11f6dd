"""The figures of a matched list, each for what it is: match coverage, indicator verdicts (the four-way table of
the 2015 national comparison, overall, by international body and by field), the degree suggested per standard,
and an adoption rate computed under a stated rule beside the Outline's 85 % target.

Only the adoption rate is set beside the target: coverage ("rows with a counterpart") and indicator shares are
other figures and carry none. The rate here is suggested (degrees come from the indicator comparison, for the
reviewer to confirm) and covers only the international standards this list corresponds to; the rate of a whole
field comes from catalogues (`compare.adoption`). The result workbook, the DOCX report, the CLI and the API
all read the same `Summary`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from compare.core.adoption_rule import RULE_2025, AdoptionRule, body_roots, level_of
from compare.core.policy import ADOPTION_TARGET_PERCENT, MATCH_SCORE
from compare.core.text import header_key
from compare.core.vocabulary import FOUR_WAY, Degree, Verdict
from compare.terms.stdnumber import parse_number, standard_label

VERDICT_ZH = {Verdict.CONSISTENT: "一致", Verdict.STRICTER: "严于国际", Verdict.LOOSER: "宽于国际",
              Verdict.DIFFERENT: "不同", Verdict.MISSING_DOMESTIC: "国内缺项",
              Verdict.MISSING_INTERNATIONAL: "国际缺项"}
# Headers of a list column that names the field of each row (used for the four-way table by field).
FIELD_HEADERS = ("领域", "专业领域", "行业", "行业领域", "所属领域", "field", "sector", "ics", "ics分类", "ics号",
                 "ics code")
_CODEX = ("CXS", "CXC", "CXG", "CAC")
NO_STANDARD = "(no standard)"


# Beside the verdict of a pair the clause's overall verdict does not rest on (compare.indicators.verdicts.
# count_established: a one-sided reading whose numbers the other clause writes too), on the Indicators sheet; the
# report read back from a workbook leaves such a pair out of the clause's overall verdict, as the match did.
NOT_COUNTED_MARK = "（不计入整体结论 / not counted in the overall verdict）"


def verdict_label(verdict: str | None) -> str:
    """'严于国际 / stricter', '国际缺项 / missing international' (words, not the identifier); '' for no verdict."""
    if not verdict:
        return ""
    try:
        return f"{VERDICT_ZH[Verdict(verdict)]} / {Verdict(verdict).value.replace('_', ' ')}"
    except ValueError:
        return str(verdict)


def _verdict_words() -> dict[str, Verdict]:
    words = {}
    for verdict, zh in VERDICT_ZH.items():
        chinese = (zh, zh.removesuffix("国际"), zh.removesuffix("项"))
        for word in (*chinese, verdict.value, *(c + verdict.value for c in chinese)):
            words[header_key(word)] = verdict  # header_key drops spaces, '_' and '/': '严于 / stricter' too
    return words


_VERDICT_WORDS = _verdict_words()


def read_verdict(text) -> Verdict | None:
    """The verdict a reviewer wrote in a verdict cell, as Excel or WPS leave it: the label stdcompare wrote
    ('严于国际 / stricter'), either half of it ('严于国际', 'stricter'), the short word ('严于', '宽于', '国内缺'),
    in any case, spacing or full-width form; None when the text names no verdict, or two."""
    key = header_key(str(text or "").removesuffix(NOT_COUNTED_MARK))
    if key in _VERDICT_WORDS:
        return _VERDICT_WORDS[key]
    found = {_VERDICT_WORDS.get(header_key(part)) for part in re.split(r"[/／]", str(text)) if header_key(part)}
    return found.pop() if len(found) == 1 and None not in found else None


VERDICT_CHOICES = tuple(verdict_label(v) for v in VERDICT_ZH)


@lru_cache(maxsize=8192)  # a list's rows name the same few hundred standards again and again
def body_of(standard: str) -> str:
    """The international body a standard number belongs to, as reports group them: 'ISO', 'IEC', 'ISO/IEC',
    'ITU', 'Codex', or the body as written; for a name that is not a number ('WHO GDWQ') its first word."""
    number = parse_number(standard or "")
    if number is None:
        word = (standard or "").strip().split(" ")[0].split("/")[0]
        word = word.upper()
        if word in _CODEX or word == "CODEX":
            return "Codex"
        return word if word.isascii() and word.isalpha() else "other"
    roots = body_roots(number.body)
    if roots and roots[0] in _CODEX:
        return "Codex"
    if roots and roots[0] == "ITU":
        return "ITU"
    if len(roots) > 1 and roots[0] == "ISO" and roots[1] == "IEC":
        return "ISO/IEC"
    return roots[0] if roots else number.body


@dataclass(frozen=True)
class FourWayRow:
    verdict: Verdict
    count: int
    share: float | None  # of the four-way total, 0-1

    @property
    def label(self) -> str:
        return verdict_label(self.verdict)


def four_way(counts: Counter | dict) -> tuple[tuple[FourWayRow, ...], int]:
    """The four-way table (stricter, consistent, looser, different), counts and shares of their total, as the
    2015 comparison reported it; missing indicators are not among the four. Returns (rows, total)."""
    total = sum(counts.get(v, 0) for v in FOUR_WAY)
    return tuple(FourWayRow(v, counts.get(v, 0), counts.get(v, 0) / total if total else None)
                 for v in FOUR_WAY), total


@dataclass(frozen=True)
class DegreeRow:
    """The suggested degree of one listed standard, against the international standard most of its matched
    clauses point to."""

    domestic: str
    international: str
    degree: Degree
    clauses: int
    indicators: int
    reasons: tuple[str, ...]
    in_rate: bool      # the international body counts and the domestic standard's level adopts, under the rule
    why_outside: str   # '' when in_rate
    counts: dict = field(default_factory=dict)  # indicator verdict -> count


@dataclass(frozen=True)
class AdoptionFigures:
    """The adoption rate of the international standards a list corresponds to, under `rule`, suggested from the
    indicator comparison (to confirm)."""

    rule: AdoptionRule
    in_rate: tuple[str, ...]        # international standards in the rate (main counterparts of listed standards)
    adopted: tuple[str, ...]        # of those, suggested IDT or MOD by a listed standard of an adopting level
    outside: tuple[str, ...]        # main counterparts left out by the rule (body or level), with the reason
    target: float = ADOPTION_TARGET_PERCENT

    @property
    def rate(self) -> float | None:
        return round(100.0 * len(self.adopted) / len(self.in_rate), 1) if self.in_rate else None

    @property
    def meets_target(self) -> bool | None:
        return None if self.rate is None else 100.0 * len(self.adopted) / len(self.in_rate) >= self.target

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule.to_dict(), "in_rate": len(self.in_rate), "adopted_idt_mod": len(self.adopted),
                "rate": self.rate, "target": self.target, "meets_target": self.meets_target,
                "outside_rule": list(self.outside), "suggested": True}


@dataclass(frozen=True)
class Difference:
    """One indicator that is not consistent, for the table of differences."""

    row: int
    domestic_standard: str
    domestic_clause: str
    international_standard: str
    international_clause: str
    parameter: str
    domestic_value: str
    international_value: str
    verdict: str


@dataclass(frozen=True)
class Check:
    """Something a reviewer must still check on one row: a low score, numbers not read, no counterpart."""

    row: int
    standard: str
    clause: str
    kind: str      # 'low score', 'unread', 'no counterpart', 'rejected' (by the reviewer)
    detail: str


# What each kind of check is called where the rows to check are listed (the Summary sheet, the report's 七).
CHECK_ZH = {"low score": "相似度低 / low score", "unread": "数值未读出 / numbers not read",
            "no counterpart": "未找到对应 / no counterpart", "rejected": "已驳回 / rejected",
            "verdict edited": "结论改在匹配表 / verdict changed on Matches"}


@dataclass(frozen=True)
class ReviewNote:
    """A reviewer's note (审核意见) typed on one row of the Matches sheet, with the decision beside it."""

    row: int
    standard: str
    clause: str
    counterpart: str
    decision: str  # as typed: 确认, 驳回, 待定, or ''
    note: str


def other_counterparts_note(others: list[tuple[str, str, int]]) -> str:
    """The line under the suggested degrees naming the clauses compared with another international standard."""
    pairs = "；".join(f"{d} → {i}（{n} 条 clause{'s' if n > 1 else ''}）" for d, i, n in others)
    return (f"另有条款对应其他国际标准，不计入上表的建议程度 / Clauses compared with another international standard, "
            f"not in the degrees above: {pairs}。")


CLAUSES_COLUMN_NOTE = ("条款数：四类各行为整体结论属该类的条款；缺项两行为含至少一个缺项指标的条款（其整体结论计入“不同”，"
                       "标为“不计入整体结论”的缺项除外）。"
                       "Clauses: in the four rows, clauses whose overall verdict it is; in the two missing rows, "
                       "clauses with at least one missing indicator (their overall verdict counts as different, unless "
                       "the missing indicator is marked not counted in the overall verdict).")


@dataclass
class Summary:
    """The figures of a run, filled row by row (`add_row`, `add_indicator`) and returned to the caller."""

    rows: int = 0
    empty: int = 0          # rows with no text, the list's total rows (合计) among them
    totals: int = 0         # rows that total the list: not clauses, shown apart from the blank ones
    with_counterpart: int = 0
    verdicts: Counter = field(default_factory=Counter)            # compared clauses by their overall verdict
    clauses_with: Counter = field(default_factory=Counter)        # compared clauses holding >= 1 indicator of a verdict
    indicator_verdicts: Counter = field(default_factory=Counter)
    standards: set = field(default_factory=set)
    standards_with_counterpart: set = field(default_factory=set)
    confirmed: int = 0
    candidate_rows: int = 0
    indicator_rows: int = 0
    # (domestic standard, international standard) -> (indicator verdict counts, clauses), for the suggested degree
    pairs: dict = field(default_factory=dict)
    by_body: dict = field(default_factory=dict)    # international body -> indicator verdict counts
    by_field: dict = field(default_factory=dict)   # the list's field column -> indicator verdict counts
    field_column: str = ""
    differences: list = field(default_factory=list)
    checks: list = field(default_factory=list)
    review_notes: list = field(default_factory=list)  # ReviewNote, read back from a reviewed workbook
    rule: AdoptionRule = RULE_2025
    low_score: float = MATCH_SCORE
    # a list of whole standards: domestic standard -> (international counterpart, degree stated or '', where)
    stated: dict = field(default_factory=dict)

    # ------------------------------------------------------------------ filling

    def add_listed(self, standard: str, *, with_counterpart: bool = False) -> None:
        """Count a listed standard (by its `standard_label`), and whether a row of it has a counterpart."""
        if standard:
            self.standards.add(standard_label(standard))
            if with_counterpart:
                self.standards_with_counterpart.add(standard_label(standard))

    def add_pair(self, domestic: str, international: str) -> Counter:
        """Count one compared clause of a standard pair; returns the pair's verdict counter."""
        key = (standard_label(domestic) or NO_STANDARD, standard_label(international) or NO_STANDARD)
        counts, clauses = self.pairs.get(key, (Counter(), 0))
        self.pairs[key] = (counts, clauses + 1)
        return counts

    def add_stated(self, domestic: str, international: str, degree: str, source: str) -> None:
        """Count the counterpart of a listed whole standard, with the degree stated of it ('' when none is)."""
        self.stated.setdefault(standard_label(domestic) or NO_STANDARD, (international, degree, source))

    def add_clause(self, overall: str, indicator_verdicts) -> None:
        """Count one compared clause: by its overall verdict (one of the four) and by every verdict its
        indicators carry, so a clause with a missing indicator is counted among the clauses with one."""
        if overall:
            self.verdicts[overall] += 1
        for verdict in {v for v in indicator_verdicts if v}:
            self.clauses_with[verdict] += 1

    def add_indicator(self, verdict: str, pair_counts: Counter, *, international: str, field_value: str = "",
                      difference: Difference | None = None) -> None:
        if not verdict:
            return
        self.indicator_verdicts[verdict] += 1
        pair_counts[verdict] += 1
        self.indicator_rows += 1
        self.by_body.setdefault(body_of(international), Counter())[verdict] += 1
        if self.field_column:
            self.by_field.setdefault(field_value or "-", Counter())[verdict] += 1
        if difference is not None and verdict != Verdict.CONSISTENT:
            self.differences.append(difference)

    # ------------------------------------------------------------------ figures

    @property
    def share_with_counterpart(self) -> float:
        judged = self.rows - self.empty
        return self.with_counterpart / judged if judged else 0.0

    @property
    def share_standards_with_counterpart(self) -> float:
        return len(self.standards_with_counterpart) / len(self.standards) if self.standards else 0.0

    @property
    def share_at_international_level(self) -> float | None:
        """Indicators consistent or stricter, out of the four-way total (the consumer-goods convention)."""
        _, total = four_way(self.indicator_verdicts)
        if not total:
            return None
        return (self.indicator_verdicts[Verdict.CONSISTENT] + self.indicator_verdicts[Verdict.STRICTER]) / total

    def four_way(self) -> tuple[tuple[FourWayRow, ...], int]:
        return four_way(self.indicator_verdicts)

    def four_way_by(self, group: str) -> dict[str, tuple[tuple[FourWayRow, ...], int]]:
        """'body' or 'field' -> {group: (rows, total)}, groups with no four-way verdict left out."""
        source = self.by_body if group == "body" else self.by_field
        tables = {name: four_way(counts) for name, counts in sorted(source.items())}
        return {name: t for name, t in tables.items() if t[1]}

    def degree_rows(self) -> list[DegreeRow]:
        """Per listed domestic standard: its main international counterpart (the one most of its matched clauses
        point to), the degree suggested by the indicators, and whether the pair is in the rate under the rule."""
        from compare.indicators.rollup import suggest_degree

        rows = []
        for domestic, (international, counts, clauses) in sorted(self._main_counterparts().items()):
            degree, reasons = suggest_degree(dict(counts))
            why = self._why_outside(domestic, international)
            if not why and degree == Degree.UNDETERMINED:
                why = "no degree suggested: no key indicator compared"  # judged from the text, not counted here
            rows.append(DegreeRow(domestic, international, Degree(degree), clauses, sum(counts.values()),
                                  tuple(reasons), not why, why, dict(counts)))
        for domestic, (international, degree, source) in sorted(self.stated.items()):
            # a whole standard: the degree as stated (list, catalogue, number or title), never suggested
            why = self._why_outside(domestic, international)
            if not why and not degree:
                why = "degree not stated: found by title, to confirm"
            rows.append(DegreeRow(domestic, international, Degree(degree or Degree.UNDETERMINED), 0, 0,
                                  (source,) if source else (), not why, why))
        return rows

    def _main_counterparts(self) -> dict[str, tuple[str, Counter, int]]:
        """domestic standard -> (the international standard most of its compared clauses point to, its indicator
        verdict counts, clauses)."""
        best: dict[str, tuple[str, Counter, int]] = {}
        for (domestic, international), (counts, clauses) in self.pairs.items():
            if domestic not in best or clauses > best[domestic][2]:
                best[domestic] = (international, counts, clauses)
        return best

    def other_counterparts(self) -> list[tuple[str, str, int]]:
        """(domestic, international, clauses) of the standard pairs left out of the suggested degrees: clauses of
        a listed standard compared with another international standard than its main counterpart. The printed
        roll-up lists them as pairs of their own; the Summary sheet and the report name them under the degrees,
        so that the clauses of each standard add up."""
        main = {domestic: international for domestic, (international, _, _) in self._main_counterparts().items()}
        return sorted((domestic, international, clauses)
                      for (domestic, international), (_, clauses) in self.pairs.items()
                      if main.get(domestic) != international)

    def _why_outside(self, domestic: str, international: str) -> str:
        number = parse_number(international)
        if not self.rule.counts_body(number.body if number else None):
            return f"{body_of(international)} not counted by the rule"
        number = parse_number(domestic)
        level = level_of(number.body if number else None)
        if level not in self.rule.levels:
            return f"{level} standard" if level else "number not read"
        return ""

    def degrees(self) -> dict[str, tuple[str, str, int]]:
        """Per listed domestic standard: (main international counterpart, suggested degree, clauses)."""
        return {r.domestic: (r.international, str(r.degree), r.clauses) for r in self.degree_rows()}

    def adoption(self) -> AdoptionFigures:
        rows = self.degree_rows()
        in_rate = sorted({r.international for r in rows if r.in_rate})
        adopted = sorted({r.international for r in rows if r.in_rate and r.degree.adopts})
        outside = sorted({f"{r.international} ({r.why_outside})" for r in rows if not r.in_rate})
        return AdoptionFigures(self.rule, tuple(in_rate), tuple(adopted), tuple(outside))

    @property
    def adopted(self) -> int:
        """Listed standards whose suggested degree is IDT or MOD."""
        return sum(1 for r in self.degree_rows() if r.degree.adopts)

    def to_dict(self) -> dict[str, Any]:
        rows, total = self.four_way()
        return {
            "rows": self.rows, "empty_rows": self.empty, "total_rows": self.totals,
            "with_counterpart": self.with_counterpart,
            "share_with_counterpart": round(self.share_with_counterpart, 4),
            "verdicts": dict(self.verdicts), "clauses_with": dict(self.clauses_with),
            "indicator_verdicts": dict(self.indicator_verdicts),
            "four_way": {"total": total, **{str(r.verdict): {"count": r.count, "share": _round(r.share)}
                                            for r in rows}},
            "four_way_by_body": {name: {str(r.verdict): r.count for r in t[0]}
                                 for name, t in self.four_way_by("body").items()},
            "four_way_by_field": {name: {str(r.verdict): r.count for r in t[0]}
                                  for name, t in self.four_way_by("field").items()},
            "share_indicators_at_international_level": _round(self.share_at_international_level),
            "standards": len(self.standards), "standards_with_counterpart": len(self.standards_with_counterpart),
            "share_standards_with_counterpart": round(self.share_standards_with_counterpart, 4),
            "confirmed": self.confirmed,
            "suggested_degrees": {r.domestic: {"international": r.international, "degree": str(r.degree),
                                               "clauses": r.clauses, "in_rate": r.in_rate}
                                  for r in self.degree_rows()},
            "other_counterparts": [{"domestic": d, "international": i, "clauses": n}
                                   for d, i, n in self.other_counterparts()],
            "adopted_idt_mod": self.adopted,
            "adoption": self.adoption().to_dict(),
            "to_check": len(self.checks),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
