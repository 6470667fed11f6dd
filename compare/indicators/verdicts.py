"""Compare the key technical indicators of a domestic clause with those of its international counterpart.

Pairs the indicators of the two clauses by parameter (the termbase's concepts first, the unit's dimension, and the
encoder's similarity of the parameter names when that is not enough), gives each pair a verdict from the
domestic side (design.md: consistent, stricter, looser, different, missing_domestic, missing_international),
then the clause's overall verdict and a 0-100 consistency score.
"""

from __future__ import annotations

from compare.core.vocabulary import NO_VERDICT, Comparator, Verdict
import functools
import math
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Sequence

import numpy as np

from compare.terms.termbase import Termbase, load_termbase
from compare.indicators.band_pairing import band_agreement
from compare.indicators.classes_restated import members_described, rows_restated
from compare.indicators.coverage_ranges import spans_to_cover
from compare.indicators.constructions import level_measures_differ, period_distance, period_keys, periods_apart
from compare.indicators.broadcast import counterpart_stated, grade_row_heads, grade_row_pairs
from compare.indicators.content_bases import content_leftovers
from compare.indicators.sibling_items import share_with_sibling_items
from compare.indicators.harmonic_parity import share_by_parity
from compare.indicators.preferred_values import alternative_flags, preferred_of, prefer_the_preferred
from compare.indicators.repeated_values import repeated_value_pairs
from compare.indicators.plain_numbers import yield_to_stated_units
from compare.indicators.element_symbols import composition_symbols, symbols_apart
from compare.indicators.condition_values import conditions_held, restates_a_condition, states_its_condition
from compare.indicators.clausetext import fold, numerals_to_digits, plural_counts_to_digits
from compare.indicators.extract import Extraction, Indicator, conditions_shown, extract
from compare.indicators.guided import may_recover, recover_pairs, without_recovered
from compare.indicators.immunity_levels import immunity_levels_ranked
from compare.indicators.natures import (CEILING_FIELDS, CEILINGS_BY_NATURE, FLOOR_UNITS,
                                       RENDERING_SYMBOL as _RENDERING_SYMBOL, UNIFORMITY_SYMBOL as _UNIFORMITY_SYMBOL)
from compare.indicators.nominal_tolerance import same_nominal_one_tolerance
from compare.indicators.named_extremes import named_extreme
from compare.indicators.overlapping_bands import row_bands_overlap
from compare.indicators.one_concept_crossings import one_concept_only
from compare.indicators.numbers import read_number, scan_numbers
from compare.indicators.phrases import basis_parts
from compare.indicators.requirements import no_requirement_stated, statement_kinds
from compare.indicators.row_labels import designations, row_labels
from compare.indicators.value_labels import materials, same_material, value_labels
from compare.indicators.statements import classification_spans
from compare.indicators.units import Normalized, level_unit, normalise, ratio_kind
from compare.indicators.water_units import turbidity_units_apart
from compare.indicators.toleranced_crossings import toleranced_values_cross
from compare.indicators.range_midpoints import range_against_point
from compare.indicators.enumerated_bands import enumerated_band
from compare.indicators.written_precision import power_of_ten, same_value
from compare.indicators.spelt_units import one_unit_spelt_apart, rounded_constant
from compare.indicators.share_of_reference import shares_compared
from compare.indicators.conditions_stated_apart import conditions_stated_apart

VERDICTS = tuple(Verdict)
INTERVALS = (Comparator.RANGE, Comparator.TOLERANCE)
# The encoder's similarity of two parameter names only weighs a pair, never forbids it. Measured on
# data/indicator_eval/dev.jsonl, a floor of 0.2 or 0.35 forbade more right pairs than wrong ones (per-indicator
# 334/473 at 0.35 against 373/473 with none); a floor of 0.0, kept until the ninth round, still forbade names whose
# vectors point apart in two languages ('平衡回流沸点' / 'class', cosine -0.04), leaving both limits unpaired.
# Weight of that similarity in a pair's score: names in two languages are a weak signal beside concepts and keys.
ENCODER_WEIGHT = 0.3
# The same value written on both sides (after units are brought together) is the likelier partner of a limit: a
# bonus beside the closeness, which hardly tells 2 550 mm from 2,60 m.
SAME_VALUE = 0.2
# Indicators of one clause that are paired; a clause has a handful, a pasted document thousands, and
# pairing grows with the product of the two counts.
MAX_INDICATORS = 200


@dataclass(frozen=True)
class IndicatorPair:
    """One domestic indicator and its international partner (either may be missing), with the verdict."""

    domestic: Indicator | None
    international: Indicator | None
    verdict: str
    score: float
    reason: str = ""
    # False for a one-sided reading the overall verdict does not rest on (see `count_established`): listed, judged
    # missing, but the other clause writes its number too.
    counted: bool = True

    @property
    def parameter(self) -> str:
        return (self.domestic or self.international).parameter

    @property
    def confidence(self) -> float:
        """The lower confidence of the two readings (compare.indicators.extract.Indicator.confidence)."""
        return min(ind.confidence for ind in (self.domestic, self.international) if ind is not None)

    def to_dict(self) -> dict[str, Any]:
        out = {"parameter": self.parameter, "domestic": _side(self.domestic),
               "international": _side(self.international), "verdict": self.verdict, "reason": self.reason,
               "confidence": self.confidence}
        if not self.counted:
            out["counted"] = False
        return out


@dataclass(frozen=True)
class ClauseComparison:
    """The indicator comparison of two clauses."""

    overall: str  # a Verdict of the four, or NO_VERDICT when no indicator was read on either side
    score: float | None  # 0-100; None with NO_VERDICT
    pairs: tuple[IndicatorPair, ...]
    notes: tuple[str, ...] = ()
    # Numbers of each clause read as no value nor condition ('23/50', '60227'): for the reviewer to check.
    unread_domestic: tuple[str, ...] = ()
    unread_international: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"overall": self.overall, "score": self.score,
                               "indicators": [p.to_dict() for p in self.pairs]}
        if self.notes:
            out["notes"] = list(self.notes)
        if self.unread_domestic or self.unread_international:
            out["unread"] = {"domestic": list(self.unread_domestic),
                             "international": list(self.unread_international)}
        return out

    @property
    def unread_text(self) -> str:
        """'unread: domestic 23/50, 60227; international 5.2' or '' (for a report cell)."""
        parts = [f"{side} {', '.join(numbers)}" for side, numbers in
                 (("domestic", self.unread_domestic), ("international", self.unread_international)) if numbers]
        return "unread: " + "; ".join(parts) if parts else ""


def _side(ind: Indicator | None) -> dict[str, Any] | None:
    if ind is None:
        return None
    n = ind.normalized
    if ind.comparator == "range":
        value, normal = [ind.low, ind.high], [n.low, n.high]
    else:
        value, normal = ind.value, n.value
    out: dict[str, Any] = {"parameter": ind.parameter, "comparator": ind.comparator, "value": value,
                           "unit": ind.unit, "basis": ind.basis, "text": ind.text, "span": list(ind.span),
                           "confidence": ind.confidence, "normalized": {"value": normal, "unit": n.unit}}
    if ind.comparator == "tolerance":
        out["tolerance"] = ind.tolerance
        out["normalized"]["tolerance"] = n.tolerance
    if ind.conditions:
        out["conditions"] = conditions_shown(ind)
    if ind.form:
        out["form"] = ind.form
    if ind.recovered:
        out["recovered"] = True
    if not n.known:
        out["unit_known"] = False
    return out


# ------------------------------------------------------------------------------------------- verdicts


def judge(domestic: Indicator, international: Indicator) -> tuple[str, float, str]:
    """The verdict for one pair, its 0-100 score, and the reason in a few words."""
    d, i = domestic, international
    d_basis, i_basis = basis_parts(d.basis), basis_parts(i.basis)
    for kind in ("chemical", "state", "fraction", "reference", "side"):
        if kind in d_basis and kind in i_basis and d_basis[kind] != i_basis[kind]:
            return Verdict.DIFFERENT, 0.0, f"another basis: {d_basis[kind]} vs {i_basis[kind]}"
    if ("side" in d_basis) != ("side" in i_basis) and "±" in (i.text if "side" in d_basis else d.text):
        # ('+3 g' against '± 3 g': a deviation allowed on one side against one allowed on both)
        return Verdict.DIFFERENT, 0.0, "a deviation on one side against one on both sides"
    fractions = _fraction_taken(d, d_basis), _fraction_taken(i, i_basis)
    if None not in fractions and fractions[0] != fractions[1]:
        return Verdict.DIFFERENT, 0.0, f"another basis: {fractions[0]} vs {fractions[1]}"
    if ("group" in d_basis) != ("group" in i_basis):
        # ('ADI 0–1 mg/kg bw (group ADI for glyphosate, AMPA and their salts)' against '草甘膦 ADI为1 mg/kg bw')
        return Verdict.DIFFERENT, 0.0, "another residue definition: a group limit against one substance's"
    if (d.form or i.form) and d.form != i.form:
        return Verdict.DIFFERENT, 0.0, f"another chemical form: {d.form or d.concept} vs {i.form or i.concept}"
    group = _group_and_member(d, i) or portion_difference(d, i)
    if group:
        return Verdict.DIFFERENT, 0.0, group
    d, i = in_comparable_units(d, i)
    if not in_one_dimension(d, i):
        return Verdict.DIFFERENT, 0.0, f"units not comparable: {d.unit or 'none'} vs {i.unit or 'none'}"
    condition = _level_difference(d, i, d_basis, i_basis) or _condition_difference(d, i) or _period_difference(d, i)
    if condition:
        return Verdict.DIFFERENT, 0.0, condition
    d, i = restatements_compared(d, i)
    dk, ik = _kinds(d, i)
    # A limit converted into another unit is often rounded there ('60 kcal (251 kJ)'): between units written
    # differently, values within ROUNDING of each other are the same limit.
    # (one unit spelt two ways, 千伏 against kV, is not converted, so not rounded either: `spelt_units`)
    spelt = _written_apart(d, i) and one_unit_spelt_apart(d.unit, i.unit)
    rounding = ROUNDING if _written_apart(d, i) and not spelt else 0.0
    if dk == ik == Comparator.TOLERANCE and _other_nominal(d, i, rounding):
        return Verdict.DIFFERENT, 0.0, "another nominal value, each with its tolerance"
    if dk in INTERVALS and ik in INTERVALS:
        judged = _judge_intervals(_scaled_interval(d), _scaled_interval(i), rounding)
        span = dk == ik == Comparator.RANGE and judged[0] in (Verdict.STRICTER, Verdict.LOOSER) and spans_to_cover(d, i)
        return (Verdict.DIFFERENT, 0.0, span) if span else judged
    a = _scaled(d.normalized.value, d)
    b = _scaled(i.normalized.value, i)
    if dk != ik:
        if {dk, ik} == {Comparator.MAX, Comparator.MIN} and a is not None and b is not None and _same(a, b, rounding):
            return Verdict.CONSISTENT, 100.0, OPPOSITE_WORDS
        if a is not None and b is not None and same_nominal_one_tolerance(
                (dk, ik), math.isclose(a, b, rel_tol=1e-9), _set_dimension(d)):
            return Verdict.CONSISTENT, 100.0, "same value, its tolerance stated on one side only"
        return Verdict.DIFFERENT, 0.0, f"another kind of limit: {dk} vs {ik}"
    if a is None or b is None:
        return Verdict.DIFFERENT, 0.0, "a value could not be read"
    # ('标称值的120 %' against 'by more than 20 %': one ceiling, a share of the value and the excess over it)
    a, b = shares_compared(d, a, i, b, (str(dk), str(ik)))
    if _same(a, b) or _same(a, b, rounding) and _rounded_apart(d, a, i, b):
        return Verdict.CONSISTENT, 100.0, "same limit" if _same(a, b) else "same limit, rounded in another unit"
    if spelt and rounded_constant(a, _written_digits(d), b, _written_digits(i)):
        return Verdict.CONSISTENT, 100.0, "same constant, rounded to fewer digits"
    closeness = _closeness(a, b)
    if dk == "equal":
        return Verdict.DIFFERENT, 0.0, "another required value"
    lower = a < b
    stricter = lower if dk == Comparator.MAX else not lower
    word = "lower maximum" if dk == Comparator.MAX and lower else "higher maximum" if dk == Comparator.MAX else \
        "higher minimum" if not lower else "lower minimum"
    return (Verdict.STRICTER if stricter else Verdict.LOOSER), closeness, word


# The kinds of fraction whose values cannot be compared without a density: by mass and by volume.
_MASS_OR_VOLUME = frozenset({"mass fraction", "volume fraction"})


def _fraction_taken(ind: Indicator, basis: dict[str, str]) -> str | None:
    """How a fraction is taken, by mass or by volume: the kind its basis states ('% (V/V)') or, where it states none,
    the kind its unit implies ('mL/100 mL', 'mg/kg': `ratio_kind`); None when neither says."""
    kind = basis.get("fraction") or ratio_kind(ind.unit)
    return kind if kind in _MASS_OR_VOLUME else None


def _other_nominal(d: Indicator, i: Indicator, rounding: float = 0.0) -> bool:
    """True when two tolerances are set about different values ('(4±1) mm' against '6 mm ± 3 mm', '(55±2) ℃' against
    '57 °C ± 4 °C'): each states the value to aim at, and another aim is another required value, as with two equal
    values, not a narrower or wider range. (Ranges are judged by their ends, as before.)"""
    a, b = _scaled(d.normalized.value, d), _scaled(i.normalized.value, i)
    return a is not None and b is not None and not _same(a, b, rounding)


# One value of one quantity, read as a maximum on one side and a minimum on the other: a requirement has one
# direction, and where the two clauses write the same number the words were read apart (a negation: 'shall not
# separate with a torque of less than 0,02 N·m' against '不小于0.02 N·m'; 'shall not move by more than 12,7 cm' against
# '不得大于127 mm'; a prohibition above a value). In the nine open evaluation sets' answer keys no indicator states one
# value as a maximum on one side and a minimum on the other; the reader produced 15 such pairs, none of them right.
OPPOSITE_WORDS = "same value, read as a maximum on one side and a minimum on the other: check the wording"


# Fields whose broader concepts are groups of substances limited together ('sulfonamides', 'tetracyclines'): a
# limit of the group (the sum of its members, or any one of them) and a limit of one member are two residue
# definitions.
GROUP_FIELDS = frozenset({"veterinary drug"})


def _group_and_member(d: Indicator, i: Indicator) -> str:
    """A reason when one limit is of a group of substances and the other of one member of it ('磺胺类 100 µg/kg'
    against 'sulfadimidine 100 µg/kg'): another residue definition, never the same limit, stricter or looser."""
    if not d.concept or not i.concept or d.concept == i.concept:
        return ""
    termbase = load_termbase()
    if not termbase.related(d.concept, i.concept) or not {termbase.fields.get(d.concept),
                                                           termbase.fields.get(i.concept)} & GROUP_FIELDS:
        return ""
    return f"another residue definition: {d.concept} vs {i.concept}"


# The part of a substance a limit counts: what dissolves or migrates out of the material under a test ('可溶性重金属：
# 铅 ≤ 90 mg/kg', 'soluble barium', 'migratable lead'), or all of it ('total lead', '总铅'). Each is measured another way,
# so a soluble limit against a total one is another requirement. A name with both ('total soluble solids',
# '溶解性总固体') states neither.
_SOLUBLE = re.compile(r"可溶|水溶|溶解性|可萃取|可迁移|(?<![A-Za-z])(?:soluble|dissolved|extractable|migratable|leachable)(?![A-Za-z])",
                      re.I)
# (a share 'of total ash', '占总灰分' names what it is a share of, not the part counted)
_TOTAL = re.compile(r"(?<!占)总(?=[\u4e00-\u9fff])|(?<![A-Za-z])(?<!of\s)total(?![A-Za-z])", re.I)


def _portion(ind: Indicator) -> str:
    name = ind.parameter or ""
    soluble, total = _SOLUBLE.search(name), _TOTAL.search(name)
    return "soluble" if soluble and not total else "total" if total and not soluble else ""


def portion_difference(d: Indicator, i: Indicator) -> str:
    """A reason when one limit is of the soluble part of a substance and the other of all of it."""
    portions = {_portion(d), _portion(i)}
    return "another part of the substance: soluble vs total" if portions == {"soluble", "total"} else ""


# A temperature difference in kelvin ('within ± 1 K', 'rise of 65 K') is the same number of degrees Celsius: it meets a
# difference written in ℃ ('温度波动±1 ℃', '温升65 ℃'). Kelvin values this large are absolute temperatures, not
# differences, and stay apart.
KELVIN_DIFFERENCE_BELOW = 200.0


def dimension_of(ind: Indicator) -> str:
    """The dimension two indicators are compared in: their normalised one, a temperature difference in kelvin
    counting as a temperature in degrees Celsius."""
    return compared_dimension(ind.normalized)


def compared_dimension(n: Normalized) -> str:
    """`dimension_of` for a normalised value (bench/eval_indicators.py scores in it)."""
    if n.dimension == "temperature difference" and all(
            abs(x) < KELVIN_DIFFERENCE_BELOW for x in (n.value, n.low, n.high) if x is not None):
        return "[temperature]"
    return n.dimension


# A plain number and a bare multiple ('12 次' and 'repeated 12 times'; '1,3' and '1.3倍') are one ratio, and so is a
# multiple of a named quantity against either: one writer says what the figure multiplies ('0,58 × d', '0.7倍～1.2倍
# the nominal voltage'), the other leaves it to the name ('fu ≤ 0.58 for a tube of diameter d'). Two multiples of two
# named quantities stay apart (0,005 Ib is no 0,005 In). A plain number is often no limit at all (a clause number, a
# count of pulses, 'cosφ = 1'), so only the same figure on both sides shows the two are one ratio.
BARE_RATIOS = frozenset({"number", "multiple"})


def one_ratio(d: Indicator, i: Indicator) -> bool:
    """True when the two readings state the same figure as one dimensionless ratio written two ways (see BARE_RATIOS):
    a plain number, a bare multiple, or a multiple of a named quantity against one of the first two."""
    a, b = dimension_of(d), dimension_of(i)
    if a == b or not (a in BARE_RATIOS or b in BARE_RATIOS) \
            or not all(x in BARE_RATIOS or x.startswith("multiple of ") for x in (a, b)):
        return False
    m, n = d.normalized, i.normalized
    figures = [(m.value, n.value), (m.low, n.low), (m.high, n.high)]
    return all((x is None) == (y is None) for x, y in figures) and any(x is not None for x, _ in figures) \
        and all(_same(x, y) for x, y in figures if x is not None)


def in_one_dimension(d: Indicator, i: Indicator) -> bool:
    """Whether two readings are compared in one dimension: the same one, or one ratio written two ways."""
    return dimension_of(d) == dimension_of(i) or one_ratio(d, i)


def in_comparable_units(d: Indicator, i: Indicator) -> tuple[Indicator, Indicator]:
    """The two limits as they compare: when their units are of different kinds and one clause restates its limit in
    the other's unit ('0,1 ppm (0,124 mg/m³)' against '0.124 mg/m³'), that restatement; else the two as read."""
    if dimension_of(d) == dimension_of(i):
        return d, i
    return _restated_in(d, i.unit) or d, _restated_in(i, d.unit) or i


def restatements_compared(d: Indicator, i: Indicator) -> tuple[Indicator, Indicator]:
    """Two limits of one dimension written in different units, as they are compared: a side that restates its limit
    in brackets in the unit the other clause writes ('1.8 g/100 kcal (0.45 g/100 kJ)' against '0.45 g/100 kJ'), or
    in a metric unit when its own is an inch-pound one and the other clause's is not ('42 inches (1067 mm)' against
    '1.05 m'), is compared by that restatement, as the standard itself gives it, rather than by a conversion of it."""
    if not _written_apart(d, i):
        return d, i
    return (_restated_in(d, i.unit) or _metric_restatement(d, i) or d,
            _restated_in(i, d.unit) or _metric_restatement(i, d) or i)


# Units of the inch-pound system: a limit in one of them, restated in brackets in a metric unit, was converted by
# the standard's own writers ('36 inches (915 mm)', '100 ft/min (0.51 m/s)'). Not kcal: nutrition standards give
# kcal and kJ side by side, both as written, and the sets' writers key either one.
CUSTOMARY_UNIT = re.compile(r"(?<![A-Za-z])(?:inch(?:es)?|in|ft|feet|foot|yd|yards?|miles?|lbf?|pounds?|oz|ounces?"
                            r"|gal|gallons?|psi|°F|℉)(?![A-Za-z])", re.IGNORECASE)


def _metric_restatement(ind: Indicator, other: Indicator) -> Indicator | None:
    """`ind` as its clause restates it in a metric unit of `other`'s dimension, when `ind` is written in a customary
    unit and `other` is not; else None."""
    if not CUSTOMARY_UNIT.search(ind.unit or "") or CUSTOMARY_UNIT.search(other.unit or ""):
        return None
    for _, _, _, written in ind.restated:
        if not CUSTOMARY_UNIT.search(written) and normalise(1.0, written).dimension == other.normalized.dimension:
            return _restated_in(ind, written)
    return None


def as_compared(d: Indicator, i: Indicator) -> tuple[Indicator, Indicator]:
    """The two sides a pair holds: a restatement in the other's unit when the units are of different kinds, and a
    limit in an inch-pound unit by its metric restatement when the other clause writes a metric unit, as the verdict
    compared them. Any other limit is shown as written, and so is a temperature in kelvin restated in degrees Celsius
    ('858 K (585 °C)'): one kind of unit, which only the normaliser reads as a difference."""
    written_d, written_i = d, i
    d, i = in_comparable_units(d, i)
    d, i = (written_d if _kelvin_shown_in_celsius(written_d, d) else d,
            written_i if _kelvin_shown_in_celsius(written_i, i) else i)
    if dimension_of(d) != dimension_of(i) or not _written_apart(d, i):
        return d, i
    return _metric_restatement(d, i) or d, _metric_restatement(i, d) or i


def _kelvin_shown_in_celsius(written: Indicator, shown: Indicator) -> bool:
    return shown is not written and _spelling(written.unit) == "k" and _spelling(shown.unit) == "°c"


def _spelling(unit: str) -> str:
    return unicodedata.normalize("NFKC", unit).lower().replace(" ", "")


def _restated_in(ind: Indicator, unit: str) -> Indicator | None:
    """The indicator as its own clause restates it in `unit`, or None when it does not."""
    for value, low, high, written in ind.restated:
        if _spelling(written) == _spelling(unit):
            value = value if ind.comparator not in INTERVALS else None
            return replace(ind, value=value, low=low, high=high, unit=written,
                           normalized=normalise(value, written, low=low, high=high))
    return None


def _kinds(d: Indicator, i: Indicator) -> tuple[str, str]:
    """Comparator kinds, a value with no bound word ('cadmium 0.4 mg/kg') taking the kind of the limit it
    faces; two values with no word at all ('铜 1.0 mg/L' / 'copper 2 mg/L') are limits in a list: maxima, unless
    the quantity is one whose requirement is always a floor ('额定短时外施耐受电压为35 kV' / 'withstand voltage
    28 kV', '照度标准值 300 lx' / 'Ēm 500 lx'): minima; or a name calls the value the shortest or the longest
    ('最短灭菌时间20 min': `named_extremes`): minima or maxima. Two wavelengths in nanometres (`_wavelength`) stay
    equal values, whatever the clause says it measures."""
    dk, ik = d.comparator, i.comparator
    if dk == Comparator.EQUAL and not d.explicit and ik in (Comparator.MAX, Comparator.MIN) and not _stated_value(d) \
            and not _one_value_under_a_ceiling(d, i):
        dk = ik
    if ik == Comparator.EQUAL and not i.explicit and dk in (Comparator.MAX, Comparator.MIN) and not _stated_value(i):
        ik = dk
    if dk == ik == Comparator.EQUAL and not d.explicit and not i.explicit:
        named = {named_extreme(d), named_extreme(i)} - {None}
        if len(named) == 1:
            dk = ik = named.pop()
        elif _wavelength(d) and _wavelength(i):
            pass  # the wavelengths a method measures at: set values, neither floors nor ceilings
        elif _floor_by_nature(d) or _floor_by_nature(i):
            dk = ik = Comparator.MIN
        elif (_ceiling_by_nature(d) or _ceiling_by_nature(i)) and not amounts_of_one_step(d, i):
            dk = ik = Comparator.MAX
        elif (d.bare or i.bare) and not (_nominal(d) or _nominal(i) or _set_in_a_procedure(d, i)
                                         or d.setting or i.setting or _sieve_aperture(d) or _sieve_aperture(i)
                                         or _stated_value(d) or _stated_value(i)):
            dk = ik = Comparator.MAX
    return dk, ik


# A ceiling of what a clause covers or rates, written 'up to (and including)': not a limit a product must keep below.
_UP_TO = re.compile(r"(?<![A-Za-z])up\s+to(?![A-Za-z])", re.I)


def _one_value_under_a_ceiling(d: Indicator, i: Indicator) -> bool:
    """True when the domestic clause states one value with no word of kind ('频率50 Hz') below the ceiling the
    international clause sets ('service frequencies up to and including 60 Hz'): the domestic clause covers that one
    value, the other every value up to its ceiling, which is another requirement, not a lower maximum. On all open
    sets' keys a domestic unworded value strictly below an international maximum is judged different in every case
    (5 cases, 6 indicators, first and second keys alike); an international value below a domestic maximum is judged
    looser (2 indicators) and a value above or below a minimum is split, so neither is read so. Only a ceiling
    written 'up to': against other maxima ('max.', 'shall not exceed') the keys read an unworded value as a limit in a
    list of maxima, as before."""
    if i.comparator != Comparator.MAX or not _UP_TO.search(i.text or ""):
        return False
    a, b = _scaled(d.normalized.value, d), _scaled(i.normalized.value, i)
    return a is not None and b is not None and a < b and not _same(a, b, ROUNDING)


# Dimensions in which a value written with no word at all on both sides is set, not bounded: a procedure's duration
# and temperature ('沸水浴中加热30 min' / 'in the boiling water bath for 10 min', '换算到20 ℃下的密度' / 'converted to
# density at 15 °C'). Two that differ are another required value, never a lower maximum. (Lengths are not among them:
# on the open sets a bare length is as often a limit in a list of dimensions.)
SET_VALUE_DIMENSIONS = frozenset({"[time]", "[temperature]"})


def _set_in_a_procedure(d: Indicator, i: Indicator) -> bool:
    """True when two values with no word of kind are a duration or a temperature on both sides: a procedure's set
    values, compared as equal values, not as the maxima of a list of limits. (A value either clause reads as a step's
    setting, `Indicator.setting`, is one in any dimension.) A temperature in kelvin on the absolute scale ('293.15 K',
    which the normaliser keeps apart as a difference) is a temperature here too."""
    return _set_dimension(d) and _set_dimension(i)


def _set_dimension(ind: Indicator) -> bool:
    dimension = dimension_of(ind)
    return dimension in SET_VALUE_DIMENSIONS or dimension == "temperature difference" and ind.value is not None \
        and ind.value >= KELVIN_DIFFERENCE_BELOW


# A sieve named with a length ('过孔径0.15 mm筛', 'passes a sieve of 250 µm', 'sieve on the 75 µm sieve') is the
# sieve a procedure uses: its aperture is set, not bounded, and another aperture is another sieve, never a lower
# maximum. (A residue on a sieve, '45 µm筛筛余 10 %', is a fraction, not a length, and stays a limit.)
_SIEVE = re.compile(r"筛|孔径|(?<![A-Za-z])sieves?(?![A-Za-z])", re.I)


def _sieve_aperture(ind: Indicator) -> bool:
    """True for a length whose name names a sieve: the aperture of the sieve a step uses."""
    return dimension_of(ind) == "[length]" and bool(_SIEVE.search(ind.parameter))


# A length in nanometres with no word of kind on either side ('在697 nm处测量吸光度' / 'measure the absorbance at 655 nm')
# is the wavelength a method measures at: a setting of the method, and another wavelength is another required value,
# never a higher maximum. (A nanometre bound with its word, '粒径不大于100 nm', keeps its kind: this reads bare values.)
_NANOMETRE = re.compile(r"^\s*nm\s*$")


def _wavelength(ind: Indicator) -> bool:
    """True for a length written in nanometres: the wavelength of a spectrometric step."""
    return dimension_of(ind) == "[length]" and bool(_NANOMETRE.match(ind.unit or ""))


# A nominal or rated value ('标称电压 220 V', 'nominal voltage 230 V', 'rated current 16 A', '公称直径 20 mm') names
# what a thing is, not a bound on it: two of them that differ are another required value, never a lower maximum.
_NOMINAL = re.compile(r"标称|额定|公称|(?<![A-Za-z])(?:nominal|rated)(?![A-Za-z])", re.I)
# A value said to be approximate ('质量约45 g', 'approximately 5,1 m/s') is a nominal value of the test, not a bound:
# it does not take the kind of the minimum or maximum it faces.
# ('≈', the sign of an approximate value: '1 eV ≈ 1.602 177 33×10⁻¹⁹ J', a constant given to some digits)
_APPROXIMATE = re.compile(r"(?:约|近似|大约|≈|(?<![A-Za-z])(?:approximately|approx\.?|about|circa|ca\.))\s*$", re.I)


def _nominal(ind: Indicator) -> bool:
    """True when the name's last part, nearest the value, says nominal or rated ('…系统的标称电压') or the quantity is
    a rating by nature ('设备最高电压', Um: `RATINGS_BY_NATURE`); not when the rated value is only the condition of
    another quantity ('额定电压300/500 V及以下电缆施加 2 000 V')."""
    last = _NAME_PARTS.split(ind.parameter)[-1]
    return bool(_NOMINAL.search(last) or _rating_by_nature(ind)) and not re.search(r"\d", last)


# Quantities that are a rating whatever the wording, though their name may hold a bound word: the highest voltage
# for equipment (Um, IEC 60038; '设备最高电压' in GB/T 156) is the voltage the equipment is designed for, not a
# maximum on the value given. Two of them that differ are another required value, never a lower maximum.
RATINGS_BY_NATURE = frozenset({"highest_voltage_for_equipment"})


def _rating_by_nature(ind: Indicator) -> bool:
    """True when the termbase names the indicator's concept a rating (see RATINGS_BY_NATURE)."""
    return bool(ind.concept) and any(c in RATINGS_BY_NATURE for c in load_termbase().lineage(ind.concept))


_NAME_PARTS = re.compile(r"[:：,，;；]")


def _stated_value(ind: Indicator) -> bool:
    return bool(_APPROXIMATE.search(ind.parameter))


# Quantities whose requirement is a floor whatever the wording: a higher value is the more demanding one (a test
# or withstand voltage, an insulation resistance, a creepage distance, a strength, an efficiency, an illuminance,
# a flash point, an octane number). Narrower concepts of these (impulse withstand voltage) are floors too.
FLOORS_BY_NATURE = frozenset({
    "electric_strength", "test_voltage", "withstand_voltage", "insulation_resistance", "creepage_distance",
    "clearance", "insulation_thickness", "efficiency", "tensile_strength", "yield_strength", "proof_stress",
    "elongation_after_fracture", "elongation_at_break", "impact_energy", "compressive_strength", "flexural_strength",
    "flash_point", "cetane_number", "cetane_index", "research_octane_number", "motor_octane_number",
    "oxidation_stability", "oxidation_induction_time", "luminous_efficacy", "colour_rendering_index", "illuminance",
    "filtration_efficiency", "burst_pressure", "mean_deceleration"})


def _floor_by_nature(ind: Indicator) -> bool:
    if FLOOR_UNITS.match(ind.unit or "") or not ind.unit and (_RENDERING_SYMBOL.search(ind.parameter)
                                                             or _UNIFORMITY_SYMBOL.search(ind.parameter)):
        return True
    return bool(ind.concept) and any(c in FLOORS_BY_NATURE for c in load_termbase().lineage(ind.concept))


# (CEILINGS_BY_NATURE, CEILING_FIELDS, FLOOR_UNITS and the lighting symbols: compare/indicators/natures.py)


# A value named as a tolerance ('每一种纤维含量允差为5 %', 'a manufacturing tolerance of 3 %', '允许偏差 2 mm'): the
# deviation allowed, a ceiling whatever the wording; a wider tolerance is the looser one.
_TOLERANCE_NAME = re.compile(r"(?:允差|公差|允许偏差|容许偏差|(?<![A-Za-z])(?:tolerance|permissible\s+deviation))\s*$", re.I)


# How long a certificate, a qualification or a test holds before it is renewed ('焊工合格项目有效期为4年', 'valid for
# 5 years', 're-tested every three years', '每2年复审'): a ceiling whatever the wording; a longer period is the looser
# requirement. Only periods counted in years or months: 'every 5 min' is a step of a procedure.
_VALIDITY_NAME = re.compile(r"有效期|每$|(?<![A-Za-z])(?:valid(?:ity)?(?:\s+period)?|valid\s+for|period\s+of\s+validity"
                            r"|every)\s*$", re.I)
_LONG_PERIOD_UNIT = re.compile(r"^\s*(?:年|个月|月|a|years?|months?)\s*$", re.I)


def validity_period(ind: Indicator) -> bool:
    """True when the value is the period a certificate, qualification or test holds for (see _VALIDITY_NAME)."""
    return bool(_LONG_PERIOD_UNIT.match(ind.unit or "")) and bool(_VALIDITY_NAME.search(ind.parameter))


def _ceiling_by_nature(ind: Indicator) -> bool:
    return bool(_TOLERANCE_NAME.search(ind.parameter)) or validity_period(ind) or _ceiling_concept(ind)


def _ceiling_concept(ind: Indicator) -> bool:
    """True when the termbase limits the indicator's concept as a ceiling (see CEILINGS_BY_NATURE)."""
    if not ind.concept:
        return False
    termbase = load_termbase()
    return termbase.fields.get(ind.concept) in CEILING_FIELDS and not amount_taken(ind) or any(
        c in CEILINGS_BY_NATURE for c in termbase.lineage(ind.concept))


def _scaled(x: float | None, ind: Indicator) -> float | None:
    return None if x is None else x * ind.normalized.ratio_scale


def _same(a: float, b: float, rounding: float = 0.0) -> bool:
    return same_value(a, b, rounding)


ROUNDING = 0.025


def _rounded_apart(d: Indicator, a: float, i: Indicator, b: float) -> bool:
    """True when two values in different units may be one limit rounded in each: they differ by no more than half
    the step of the last digit each is written with, added ('70 kcal' and '295 kJ': 1 kcal and 1 kJ; '2,60 m' and
    '2 550 mm' differ by 50 mm, more than 5 mm; '500 daN' and '4 900 N' by 100 N, more than 5,5 N). When a step
    cannot be read, the values within ROUNDING are taken as the same."""
    steps = [_written_step(d), _written_step(i)]
    if None in steps:
        return True
    return abs(a - b) <= (steps[0] + steps[1]) / 2 * (1 + 1e-9)


def _written_step(ind: Indicator) -> float | None:
    """The step of the last digit of the value as written ('2,60 m' -> 0.01 m, '4 900 N' -> 1 N), in the scaled
    normalised unit of the comparison; None when the value is not found written in the indicator's text."""
    written = _written_digits(ind)
    return None if written is None else written[0]


def _written_digits(ind: Indicator) -> tuple[float, int] | None:
    """The step of the last digit written (as `_written_step`) and the power of ten the written number is scaled by
    ('2 997 925 × 10²': 2; a number written out: 0); None when the value is not found written in the text."""
    if not ind.value or ind.normalized.value is None or ind.comparator in INTERVALS:
        return None
    folded = fold(ind.text)[0]
    step, scaled_by = None, 0
    for m in _WRITTEN_NUMBER.finditer(folded):
        token = _GROUP_SPACE.sub("", m.group(0))
        for comma in (False, True):
            try:
                # (a mantissa times a power of ten, '3.986 004 418×10¹⁴': the step of its last digit, scaled)
                power = power_of_ten(read_number(token, comma), ind.value, folded[m.end():m.end() + 8])
            except ValueError:
                power = None
            if power is not None:
                separator = token.rfind(".") if not comma or "." in token else token.rfind(",")
                if separator == -1 and comma is False and _THOUSANDS.fullmatch(token) is None and "," in token:
                    separator = token.rfind(",")
                decimals = len(token) - separator - 1 if separator != -1 else 0
                step, scaled_by = 10.0 ** (power - decimals), power
                break
    if step is None:
        return None
    return step * abs(ind.normalized.value / ind.value) * ind.normalized.ratio_scale, scaled_by


_WRITTEN_NUMBER = re.compile(r"\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+(?:[ \u00a0\u202f]\d{1,3})*)?")
_GROUP_SPACE = re.compile(r"[ \u00a0\u202f]")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")


def _written_apart(d: Indicator, i: Indicator) -> bool:
    """True when the two units are written differently in a way that needs converting (kcal vs kJ, µg vs mg),
    not only spelt differently (mg/L vs mg/l); 'dB' and 'dB(A)' are one level written with and without its
    weighting, never converted (so never rounded: 39 dB(A) is below 40 dB)."""
    if d.normalized.dimension == i.normalized.dimension == "level":
        return False
    return unicodedata.normalize("NFKC", d.unit).lower().replace(" ", "") != \
        unicodedata.normalize("NFKC", i.unit).lower().replace(" ", "")


def _closeness(a: float, b: float) -> float:
    big = max(abs(a), abs(b))
    return 100.0 if big == 0 else round(100.0 * min(abs(a), abs(b)) / big, 1)


def _scaled_interval(ind: Indicator) -> tuple[float, float] | None:
    interval = ind.interval
    return None if interval is None else (interval[0] * ind.normalized.ratio_scale,
                                          interval[1] * ind.normalized.ratio_scale)


def _judge_intervals(d: tuple[float, float] | None, i: tuple[float, float] | None,
                     rounding: float = 0.0) -> tuple[str, float, str]:
    if d is None or i is None:
        return Verdict.DIFFERENT, 0.0, "a range could not be read"
    (dl, dh), (il, ih) = d, i
    if _same(dl, il, rounding) and _same(dh, ih, rounding):
        return Verdict.CONSISTENT, 100.0, "same range"
    overlap = max(0.0, min(dh, ih) - max(dl, il))
    union = max(dh, ih) - min(dl, il)
    closeness = round(100.0 * overlap / union, 1) if union > 0 else 0.0
    if dl >= il and dh <= ih:
        return Verdict.STRICTER, closeness, "narrower range"
    if dl <= il and dh >= ih:
        return Verdict.LOOSER, closeness, "wider range"
    return Verdict.DIFFERENT, 0.0, "shifted range"


def _condition_difference(d: Indicator, i: Indicator) -> str:
    """A reason when both clauses state a test condition of one kind with different values."""
    # Per dimension, the values each side states ('>10 A and ≤16 A' is the band 10 A, 16 A on both sides).
    # A band read as one range ('18 mm至30 mm') states the same numbers as its two bounds read apart ('above 18 mm
    # up to and including 30 mm'). The values are compared as sets: a bound read twice on one side ('额定起重量≤5 000 kg时
    # 为4 %，额定起重量>5 000 kg且<50 000 kg时…' gives the first row 5 000 kg twice) is one condition.
    def by_dimension(conditions):
        out: dict[str, tuple[list, list]] = {}
        for c in conditions:
            n = c.normalized
            numbers, texts = out.setdefault(n.dimension, ([], []))
            numbers += [round(x, 9) for x in (n.value, n.low, n.high) if x is not None]
            numbers += [("±", round(n.tolerance, 9))] if n.tolerance is not None else []
            texts.append(c.text)
        return out

    mine, theirs = by_dimension(d.conditions), by_dimension(i.conditions)
    for dimension in mine.keys() & theirs.keys():
        (a, a_text), (b, b_text) = mine[dimension], theirs[dimension]
        if other_quantities(d.conditions, i.conditions, dimension) or row_bands_overlap(d, i, dimension):
            continue
        if set(a) != set(b) and not band_covers(d.conditions, i.conditions, dimension) \
                and not band_covers(i.conditions, d.conditions, dimension) and not lower_end_unstated(set(a), set(b)):
            return f"{CONDITION_REASON}: {', '.join(a_text)} vs {', '.join(b_text)}"
    return ""


def other_quantities(mine, theirs, dimension: str) -> bool:
    """True when the two sides' conditions of `dimension` name quantities the termbase knows apart ('标称容量100 mL'
    against 'smallest scale division 1 ml', both volumes): a condition is compared with one of the same quantity,
    not with any of its unit's dimension. Unnamed or unknown conditions are still compared by dimension."""
    # (The matching termbase: it also knows the quantities of a field that only set a test or a size, such as a
    # vessel's nominal capacity and its scale division, which the reader's termbase leaves out so that they never
    # name a limit's parameter.)
    termbase = load_termbase().matching

    def concepts(conditions) -> set[str | None]:
        return {termbase.concept_of(c.parameter) if c.parameter else None
                for c in conditions if c.normalized.dimension == dimension}

    a, b = concepts(mine), concepts(theirs)
    if None in a or None in b:
        return False
    return not any(termbase.related(x, y) for x in a for y in b)


def lower_end_unstated(mine: set, theirs: set) -> bool:
    """True when one side states a condition's band up to a value ('公称厚度或直径≤100 mm时') and the other the same
    band with its lower end too ('for nominal thickness ≥ 3 mm ≤ 100 mm'): the lower end is where the product range
    starts, which the first side leaves to its scope; the two limits are on one footing. Only one value more, and
    below every shared one: '≤16 mm' against '>16 mm ≤40 mm' (the extra value above) stays another condition."""
    fewer, more = (mine, theirs) if len(mine) < len(theirs) else (theirs, mine)
    if not fewer or not fewer < more or len(more - fewer) != 1:
        return False
    extra = next(iter(more - fewer))
    return not isinstance(extra, tuple) and all(not isinstance(x, tuple) and extra < x for x in fewer)


def band_covers(band_side, point_side, dimension: str) -> bool:
    """True when `band_side` states one band of `dimension` ('from 1310 nm to 1625 nm') and every condition of
    that dimension on `point_side` is a point inside it ('1 310 nm处'): a limit that holds over the band holds at
    each point of it, so the two limits are on one footing."""
    bands = [c.normalized for c in band_side if c.normalized.dimension == dimension]
    points = [c.normalized for c in point_side if c.normalized.dimension == dimension]
    if len(bands) != 1 or bands[0].low is None or bands[0].high is None or not points:
        return False
    low, high = sorted((bands[0].low, bands[0].high))
    slack = 1e-9 * max(abs(low), abs(high), 1.0)
    return all(p.value is not None and p.low is None and p.high is None and p.tolerance is None
               and low - slack <= p.value <= high + slack for p in points)


_WEIGHTED = ("dB(A)", "dB(C)", "dB(Z)")


def _level_difference(d: Indicator, i: Indicator, d_basis: dict[str, str], i_basis: dict[str, str]) -> str:
    """A reason when two sound levels are not on one footing: another frequency weighting ('140 dB(A)' vs
    '140 dB(C)'), or another measure ('53 dB Lden' vs a daytime '60 dB(A)', 'LAeq' vs 'LAFmax')."""
    if d.normalized.dimension != "level":
        return ""
    a, b = level_unit(d.unit), level_unit(i.unit)
    if a and b and a[0] in _WEIGHTED and b[0] in _WEIGHTED and a[0] != b[0]:
        return f"another frequency weighting: {a[0]} vs {b[0]}"
    mine, theirs = d_basis.get("level"), i_basis.get("level")
    if level_measures_differ(mine and mine[len("level "):], theirs and theirs[len("level "):]):
        return f"another measure of the level: {mine or 'none named'} vs {theirs or 'none named'}"
    return ""


def _period_difference(d: Indicator, i: Indicator) -> str:
    """A reason when both limits are means over stated periods that differ (a 1-hour mean vs a 10-minute mean)."""
    a = {k for k in period_keys(f"{d.parameter} {d.qualifier}")}
    b = {k for k in period_keys(f"{i.parameter} {i.qualifier}")}
    if a and b and not a & b:
        return f"another averaging period: {', '.join(sorted(a))} vs {', '.join(sorted(b))}"
    return ""


def overall_and_score(pairs: Sequence[IndicatorPair]) -> tuple[str, float | None]:
    """A clause's overall verdict and its 0-100 consistency score (the mean of its pairs' scores); with no pair at
    all, nothing was compared: NO_VERDICT and no score, never 'consistent' 100 (every surface shows this one)."""
    if not pairs:
        return NO_VERDICT, None
    return overall_verdict([p.verdict for p in pairs]), round(sum(p.score for p in pairs) / len(pairs), 1)


def overall_verdict(verdicts: Sequence[str]) -> str:
    """design.md: consistent if every pair is; else stricter (or looser) if all the others are; else different."""
    others = [v for v in verdicts if v != Verdict.CONSISTENT]
    if not others:
        return Verdict.CONSISTENT
    for word in (Verdict.STRICTER, Verdict.LOOSER):
        if all(v == word for v in others):
            return word
    return Verdict.DIFFERENT


# -------------------------------------------------------------------------------------------- pairing


class NameVectors:
    """Vectors of parameter names, encoded in batches and kept: names repeat across thousands of clauses."""

    def __init__(self, encoder, limit: int = 100_000):
        self.encoder = encoder
        self.limit = limit
        self._vectors: dict[str, np.ndarray] = {}
        self.encoded = 0

    def ensure(self, names: Sequence[str]) -> None:
        """Encode, in one call, the names not seen yet."""
        missing = list(dict.fromkeys(n for n in names if n not in self._vectors))
        if not missing:
            return
        if len(self._vectors) + len(missing) > self.limit:
            self._vectors.clear()
        vectors = np.asarray(self.encoder.encode(missing, role="document"), dtype=np.float32)
        self.encoded += len(missing)
        for name, vector in zip(missing, vectors):
            self._vectors[name] = vector

    def similarity(self, a: str, b: str) -> float:
        self.ensure([a, b])
        return float(np.dot(self._vectors[a], self._vectors[b]))


@functools.lru_cache(maxsize=4)
def vectors_for(encoder) -> NameVectors:
    """One name-vector cache per encoder for the life of the process."""
    return NameVectors(encoder)


def _name(ind: Indicator) -> str:
    return f"{ind.parameter} {ind.qualifier}".strip() or ind.text


# Concepts that name no more than the dimension of their value: 'temperature' beside a value in ℃, 'test duration'
# beside one in hours. A procedure writes the word beside one of its temperatures and not another ('将试样加热至100 ℃'
# and '置于温度(50±2)℃' against 'High temperature test: heat to 100 °C' and 'keep at 50 °C ± 2 °C'), so the word
# tells nothing the unit does not: it must not pull a 100 °C reading to a 50 °C one past its same-valued partner.
DIMENSION_CONCEPTS = {"temperature": frozenset({"[temperature]"}), "test_duration": frozenset({"[time]"})}


def names_its_dimension(ind: Indicator, termbase: Termbase) -> bool:
    """True when the reading's concept is only the quantity its unit already states (a temperature in ℃, a duration
    in hours): for pairing, such a concept is no more evidence than the dimension itself."""
    if not ind.concept:
        return False
    dimension = dimension_of(ind)
    return any(dimension in DIMENSION_CONCEPTS.get(c, ()) for c in termbase.lineage(ind.concept))


def _same_concept(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    return bool(d.concept and i.concept) and termbase.related(d.concept, i.concept)


def _allowed(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    if shortfall_against_level(d, i):
        return False
    if d.concept and i.concept:
        # The termbase knows both names: for a substance it decides, whatever the units say (nitrate in mg/L vs
        # mg/kg pairs, and is then judged 'different'); a form pairs with its substance (inorganic arsenic,
        # arsenic). A physical quantity ('voltage') is also named beside values of other kinds ('持续1 min'):
        # it pairs only in its own dimension.
        if not termbase.related(d.concept, i.concept):
            if names_the_same_substances(d, i, termbase) or lists_the_other_substance(d, i, termbase):
                return dimension_of(d) == dimension_of(i)
            # A substance named in a step's words before a value that is no amount of it (the reagent of '…与副玫瑰苯胺
            # 显色，于577 nm波长处测量吸光度', the solvent of '用丙酮提取30 min') is not the value's quantity: it forbids
            # no pair in the value's own dimension. Nor does a reagent named beside the amount a step weighs or measures
            # out ('称取1.000 g硫酸肼', read as sulfur; 'dissolve 1,000 g of hydrazinium sulfate', read as sulfate):
            # values and order settle which amount is whose (`amounts_of_one_step`; fixpair35).
            if not (reagent_of_a_step(d, termbase) or reagent_of_a_step(i, termbase) or amounts_of_one_step(d, i)):
                return False
        if (termbase.fields.get(d.concept) in SUBSTANCE_FIELDS or termbase.fields.get(i.concept) in SUBSTANCE_FIELDS) \
                and states_an_amount(d) and states_an_amount(i):
            return True
    return in_one_dimension(d, i) or restated_alike(d, i) or turbidities_apart(d, i)


def turbidities_apart(d: Indicator, i: Indicator) -> bool:
    """Two turbidities in units that do not convert ('0度～40度' against '0 FNU to 40 FNU'; `water_units`), stated as the
    same kind of limit (two ranges, two maxima): with the units apart, the kind is what shows the two state one
    requirement. The pair is then judged 'different' for its units."""
    return d.comparator == i.comparator and turbidity_units_apart(dimension_of(d), d.unit, dimension_of(i), i.unit)


# A name that ends on the value its limit is reckoned from ('…shall not be lower than the rated value by more than 3',
# read 'colour rendering index rated'; '低于标称值'): the limit bounds a shortfall or an excess from that value, a
# maximum, and a limit of the other kind on the quantity itself ('显色指数Ra不应低于80') is another requirement.
_FROM_A_REFERENCE = re.compile(r"(?:(?<![A-Za-z])(?:rated|declared|nominal|marked)|额定值|标称值|标示值)\s*$", re.I)


def shortfall_against_level(d: Indicator, i: Indicator) -> bool:
    """True when one limit bounds the shortfall or excess from a reference value and the other, of the other kind,
    the quantity itself (see _FROM_A_REFERENCE): two requirements, never one pair."""
    return _opposite_kinds(d, i) and bool(_FROM_A_REFERENCE.search(d.parameter)) \
        != bool(_FROM_A_REFERENCE.search(i.parameter))


def names_the_same_substances(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    """True when both names state the same two or more substances ('铜或黄铜镀银或镀镍' and 'silver plated or nickel
    plated copper or brass'; '锡或铅' and 'lead or tin'): one item of a list, written in another order, so that
    the concept each reading took (the last substance named on one side, the first on the other) differs while the
    item is one."""
    if not (d.concept and i.concept):
        return False
    mine = {c for c in termbase.concepts_in(d.parameter) if termbase.fields.get(c) in SUBSTANCE_FIELDS}
    if len(mine) < 2:
        return False
    return mine == {c for c in termbase.concepts_in(i.parameter) if termbase.fields.get(c) in SUBSTANCE_FIELDS}


def restated_alike(d: Indicator, i: Indicator) -> bool:
    """True when one side restates its limit in brackets in the other's unit, of the other's dimension ('858 K (585
    °C)' against '585 ℃', the kelvin figure a temperature difference to the normaliser): the two pair in that unit,
    as `judge` compares them."""
    if not (d.restated or i.restated):
        return False
    d, i = in_comparable_units(d, i)
    return dimension_of(d) == dimension_of(i)


# Dimensions in which no amount of a substance is stated: a time, a length or a temperature written after its name
# ('Xylene: 8 hours 221 mg/m³', '硫化氢 … 25 ℃') is the period, size or condition of its limit, not the limit; a
# volume is the portion a method takes ('吸取苯标准溶液 1.0 mL'), and a wavenumber or spatial frequency ('2170 cm⁻¹',
# 'n0 = 0,1 cycles/m') a property measured, not how much of the substance there may be.
NO_AMOUNT_DIMENSIONS = frozenset({"[time]", "[length]", "[temperature]", "temperature difference", "[length] ** 3",
                                  "1 / [length]"})


def reagent_of_a_step(ind: Indicator, termbase: Termbase) -> bool:
    """True when the reading's concept is a substance and its value states no amount of it (a wavelength, a time, a
    temperature or a length after '加入氨磺酸钠…显色', 'extract with acetone'): the substance is what the step uses, so
    its concept tells nothing of which value on the other side this one is."""
    return termbase.fields.get(ind.concept) in SUBSTANCE_FIELDS and not states_an_amount(ind)


def states_an_amount(ind: Indicator) -> bool:
    """Whether a value can be an amount of a substance (mg/kg, mg/L, %, CFU/g, a plain number): the reading of a
    substance pairs across such dimensions ('nitrate' in mg/L against mg/kg, then judged 'different'), never with
    a time, length, temperature, volume or wavenumber named after the same substance."""
    return dimension_of(ind) not in NO_AMOUNT_DIMENSIONS


# Termbase fields whose concepts are substances measured in several ways (mg/L, mg/kg, %).
SUBSTANCE_FIELDS = frozenset({"contaminant", "mycotoxin", "pesticide", "veterinary drug", "nutrient", "water",
                              "pollutant", "food additive", "microbe", "composition", "fuel"})


def _candidates(domestic: Sequence[Indicator], international: Sequence[Indicator],
                termbase: Termbase) -> tuple[set, set]:
    """Pairs that may go together, and those among them that the termbase and units leave open."""
    allowed = {(a, b) for a, d in enumerate(domestic) for b, i in enumerate(international)
               if _allowed(d, i, termbase)}
    rows: dict[int, int] = {}
    cols: dict[int, int] = {}
    for a, b in allowed:
        rows[a] = rows.get(a, 0) + 1
        cols[b] = cols.get(b, 0) + 1
    return allowed, {(a, b) for a, b in allowed if rows[a] > 1 or cols[b] > 1}


def names_to_encode(domestic: Sequence[Indicator], international: Sequence[Indicator],
                    termbase: Termbase | None = None) -> list[str]:
    """The parameter names pairing these indicators will ask the encoder about (none when the termbase and
    units settle every pair): collect them over many clause pairs to encode them in one batch."""
    _, ambiguous = _candidates(domestic, international, termbase or load_termbase())
    return [_name(domestic[a]) for a, _ in ambiguous] + [_name(international[b]) for _, b in ambiguous]


def pair_indicators(domestic: Sequence[Indicator], international: Sequence[Indicator],
                    vectors: NameVectors | None = None,
                    termbase: Termbase | None = None,
                    texts: tuple[str, str] | None = None) -> list[tuple[int | None, int | None]]:
    """Pairs of positions (domestic, international); None on one side for an indicator with no partner.

    Solved as an assignment (the pairing with the largest total score) over the pairs the termbase and units
    allow. A pair's score adds: the same concept (the termbase), the share of qualifier keys both names carry
    (foods, tissues, appliance classes, codes: 'Ⅱ类器具' and 'class II appliances'), the same unit dimension,
    the closeness of the two values, and, when an encoder is given and the termbase leaves a choice, the
    similarity of the parameter names; the position in the clause only breaks ties. Given the two clauses'
    `texts`, the labels of a flattened table's rows weigh too (`row_keys`, `row_agreement`): values of one row pair
    first, by their names and values within it.
    """
    termbase = termbase or load_termbase()
    allowed, ambiguous = _candidates(domestic, international, termbase)
    if vectors is not None and ambiguous:
        vectors.ensure(names_to_encode(domestic, international, termbase))
    keys_d, rows_d = row_keys(domestic, texts[0] if texts else "", termbase)
    keys_i, rows_i = row_keys(international, texts[1] if texts else "", termbase)
    allowed |= same_material_pairs(domestic, international, rows_d, rows_i)
    # (each reading's concept asked once, not once per candidate pair)
    plain_d = [names_its_dimension(d, termbase) for d in domestic]
    plain_i = [names_its_dimension(i, termbase) for i in international]
    held_d, held_i = conditions_held(domestic), conditions_held(international)  # (fixpair33)
    symbols_d = composition_symbols(domestic, dimension_of)  # (fixpair36)
    symbols_i = composition_symbols(international, dimension_of)
    scores: dict[tuple[int, int], float] = {}
    for a, b in allowed:
        d, i = domestic[a], international[b]
        if periods_apart(keys_d[a], keys_i[b]) or transitional_apart(keys_d[a], keys_i[b]):
            continue  # an 8-hour mean and a ceiling, a standing and a transitional limit: two requirements
        if _excludes(d, keys_i[b], termbase) or _excludes(i, keys_d[a], termbase):
            continue  # '水产动物（肉食性鱼类除外）' is no limit for sharks
        if unit_alone_far_apart(d, i) or substance_against_unknown_chemical(d, i, termbase):
            continue  # '杂质度 ≤16 mg/kg' is no partner of 'milkfat max. 42 % m/m', '二噁烷' none of 'antimony'
        if d.concept and d.concept == i.concept and restates_a_condition(d, i, held_d, held_i):
            continue  # 'at 5 % of rated current' read as a value is the other side's condition, no limit's partner
        if symbols_apart(symbols_d[a], symbols_i[b]):
            continue  # 'Si 0.35 %' is no partner of 'S 0,035' in a steel's composition
        same_concept = (_same_concept(d, i, termbase) or names_the_same_substances(d, i, termbase)) \
            and not (plain_d[a] and plain_i[b])
        same_concept = same_material(rows_d[a], rows_i[b], same_concept)
        shared = _jaccard(keys_d[a] - rows_d[a], keys_i[b] - rows_i[b]) if rows_d[a] and rows_i[b] \
            else _jaccard(keys_d[a], keys_i[b])  # (two rows' labels weigh apart: `row_agreement`)
        # Lists of limits often run in the same order on both sides: a tie-break, never more.
        order = abs(a / max(len(domestic), 1) - b / max(len(international), 1))
        # Between two readings of one concept, the one in the same dimension is the likelier partner; a
        # concept met in another dimension pairs only when nothing else is left ('nitrate mg/L vs mg/kg').
        same_dimension = 0.5 if in_one_dimension(d, i) else -1.0
        closeness = _value_closeness(d, i)
        score = (2.0 if same_concept else 0.3) + 1.5 * shared + same_dimension + 0.3 * closeness \
            + SAME_VALUE * (closeness > 1.0 - 1e-9 and not range_against_point(d, i)) \
            - 0.05 * order - 1.0 * _conflicting(keys_d[a], keys_i[b]) \
            - 0.2 * period_distance(keys_d[a], keys_i[b]) - OPPOSITE_KINDS * (_opposite_kinds(d, i) and closeness < 1.0 - 1e-9) \
            + BASIS_WEIGHT * _basis_agreement(d, i) + row_agreement(rows_d[a], rows_i[b]) \
            + BAND_ROW_WEIGHT * band_agreement(d.conditions, i.conditions, texts)  # (a row keyed by a band; bands28)
        if vectors is not None and (a, b) in ambiguous:
            score += ENCODER_WEIGHT * vectors.similarity(_name(d), _name(i))
        scores[(a, b)] = score
    pairs = uncross_values(_assign(scores, len(domestic), len(international)), domestic, international, termbase)
    pairs, aside_d, aside_i = _preferred_first(pairs, domestic, international, texts, scores)  # (fixpair34)
    pairs = yield_to_stated_units(pairs, domestic, international, aside_d, aside_i, dimension_of, _value_closeness,
                                  lambda a, b: (a, b) in scores)  # a plain number yields to a unit's limit (fixpair36)
    used_d = {a for a, _ in pairs} | aside_d
    used_i = {b for _, b in pairs} | aside_i
    _pair_leftovers(domestic, international, used_d, used_i, pairs, termbase)
    _pair_same_values(domestic, international, used_d, used_i, pairs, termbase)
    _pair_contents_on_two_bases(domestic, international, used_d, used_i, pairs, termbase)
    _share_lone_limits(domestic, international, used_d, used_i, pairs, keys_d, keys_i, termbase)
    _share_with_grade_rows(domestic, international, used_d, used_i, pairs, keys_d, keys_i, termbase)
    _share_listed_items(domestic, international, used_d, used_i, pairs, keys_d, keys_i, termbase)
    _part_from_counterparts(domestic, international, used_d, used_i, pairs, keys_d, keys_i)
    share_with_sibling_items(domestic, international, used_d, used_i, pairs, keys_d, keys_i, dimension_of,
                             lambda x, y, kx, ky: _may_share(x, y, kx, ky, termbase))  # (fixpair31)
    share_by_parity(domestic, international, used_d, used_i, pairs, dimension_of,
                    lambda d, i: _compatible_keys(d, i, termbase))  # (fixpair31)
    for a, b in [p for p in pairs if symbols_apart(symbols_d[p[0]], symbols_i[p[1]])
                 or enumerated_band(domestic[p[0]], international[p[1]], domestic, international, dimension_of,
                                    _scaled)]:
        pairs.remove((a, b))  # (no later rule pairs two elements, nor a band with one of its listed points; fixpair37)
        if not any(p[0] == a for p in pairs):
            used_d.discard(a)
        if not any(p[1] == b for p in pairs):
            used_i.discard(b)
    pairs.sort(key=lambda p: p[0])
    pairs += [(a, None) for a in range(len(domestic)) if a not in used_d or a in aside_d]
    pairs += [(None, b) for b in range(len(international)) if b not in used_i or b in aside_i]
    return pairs


def _preferred_first(pairs: list, domestic: Sequence[Indicator], international: Sequence[Indicator],
                     texts: tuple[str, str] | None, scores: dict) -> tuple[list, set, set]:
    """A value one clause allows instead of the one it prefers is not the counterpart of the other clause's only
    value while the preferred one is left unpaired (`preferred_values`); the pairs, and the alternatives so set aside
    (left one-sided: no later rule shares the other value with them)."""
    if not texts or not pairs:
        return pairs, set(), set()
    flags_d = alternative_flags([ind.span for ind in domestic], texts[0])
    flags_i = alternative_flags([ind.span for ind in international], texts[1])
    if not any(flags_d) and not any(flags_i):
        return pairs, set(), set()
    return prefer_the_preferred(pairs, flags_d, flags_i, preferred_of(flags_d, [dimension_of(d) for d in domestic]),
                                preferred_of(flags_i, [dimension_of(i) for i in international]),
                                lambda a, b: (a, b) in scores)


def row_keys(readings: Sequence[Indicator], text: str,
             termbase: Termbase) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Each reading's qualifier keys, and the label of its row in a flattened table (`row_labels.row_labels`:
    'M20（螺距2.5 mm）：中径18.376 mm' -> '中径' is in M20's row; empty without the clause's text)."""
    own = [qualifier_keys(ind, termbase) for ind in readings]
    if not text:
        return own, [frozenset()] * len(readings)
    heads = [designations(qualifier_keys(replace(ind, qualifier=""), termbase)) for ind in readings]
    rows = row_labels(readings, own, heads, text)
    # (a value with no row label takes the label written beside it in a running clause: `value_labels`)
    return own, [row or beside for row, beside in zip(rows, labels_beside(readings, text, termbase))]


def same_material_pairs(domestic: Sequence[Indicator], international: Sequence[Indicator],
                        rows_d: Sequence[frozenset[str]], rows_i: Sequence[frozenset[str]]) -> set[tuple[int, int]]:
    """Pairs of values labelled with one material ('铝16 mm²', '16 mm² Al') in one dimension: allowed whatever
    concepts their names took ('Cu' names 16 mm² in '2,5 mm² Cu or 16 mm² Al', a label written after its value)."""
    return {(a, b) for a, mine in enumerate(rows_d) if materials(mine)
            for b, theirs in enumerate(rows_i) if materials(mine) & materials(theirs)
            and in_one_dimension(domestic[a], international[b])}


def labels_beside(readings: Sequence[Indicator], text: str, termbase: Termbase) -> list[frozenset[str]]:
    """`value_labels.value_labels` for readings: a material or designation written beside each value ('铜2.5 mm²',
    '2,5 mm² Cu', 'vehicles of category N1 …: 76')."""
    if len(readings) < 2:
        return [frozenset()] * len(readings)
    blank = readings[0]
    return value_labels(text, [ind.span for ind in readings], [(ind.value, ind.low) for ind in readings],
                        [dimension_of(ind) for ind in readings],
                        lambda words: qualifier_keys(replace(blank, parameter=words, qualifier=""), termbase))


# Two values of rows with one label (a flattened table's 'M20' row on both sides) are likelier partners, as much
# as two names sharing all their qualifier keys; two of rows with two labels are as unlikely as two conflicting
# classes.
ROW_WEIGHT = 1.5
ROW_CONFLICT = 1.0


def row_agreement(mine: frozenset[str], theirs: frozenset[str]) -> float:
    """+ROW_WEIGHT when two values' rows have one label, -ROW_CONFLICT when both rows are labelled apart by labels of
    one kind, else 0 ('class 2' against 'code II': two ways of naming, no conflict)."""
    if not mine or not theirs:
        return 0.0
    if mine & theirs:
        return ROW_WEIGHT
    kinds = {k.split(" ", 1)[0] for k in mine} & {k.split(" ", 1)[0] for k in theirs}
    return -ROW_CONFLICT if kinds else 0.0


def uncross_values(pairs: list[tuple[int, int]], domestic: Sequence[Indicator], international: Sequence[Indicator],
                   termbase: Termbase) -> list[tuple[int, int]]:
    """Two pairs whose values cross: each side's value is the value of the other pair's partner ('（40±2）℃ … 但该温度
    至少应为：——对外部零件：（75±2）℃' against '40 °C ± 2 °C plus the maximum temperature rise … but at least – 75 °C ± 2 °C,
    for external parts': 40 paired with 75 and 75 with 40). One language writes an item before its value, the other
    after it ('75 °C, for external parts'), so the names, and the concepts read from them, are shifted by one value
    and pull two limits onto each other's partner; the values written are the surer guide. The two pairs are swapped
    when neither states the same value as assigned, and both swapped pairs state the same value and kind of limit in
    one dimension, on no other basis, with no conflicting keys, and not two substances ('甲醇 ≤ 0.5 %；苯甲醇 ≤ 0.1 %'
    against 'Benzyl alcohol: max. 0,5 %. Methanol: max. 0,1 %' stays as named). A pair whose two names state one
    concept of the termbase is not undone, unless the concept only repeats its unit's dimension ('temperature' beside
    ℃: `names_its_dimension`): the user's or the field's terms pair '顶破强力' with 'bursting strength' whatever the values
    say (the two may differ: that is what the comparison is for)."""
    def named_alike(a: int, b: int) -> bool:
        d, i = domestic[a], international[b]
        return bool(d.concept) and d.concept == i.concept and not names_its_dimension(d, termbase)

    def alike(a: int, b: int) -> bool:
        d, i = domestic[a], international[b]
        two_substances = bool(d.concept and i.concept) and not termbase.related(d.concept, i.concept) \
            and _substance(d, termbase) and _substance(i, termbase) and not names_the_same_substances(d, i, termbase)
        return (_value_closeness(d, i) > 1.0 - 1e-9 and d.comparator == i.comparator and not two_substances
                and _basis_agreement(d, i) >= 0 and _compatible_keys(d, i, termbase))

    def same_limit(a: int, b: int) -> bool:
        # The same number stated as another kind of limit does not hold a pair ('预热至40 ℃' against '40 °C ± 0,5 °C'
        # while '(40±0.5)℃' faces '40 °C': the set value and the toleranced one are crossed).
        d, i = domestic[a], international[b]  # (a range's middle is no value it states: range_midpoints, fixpair39)
        return _value_closeness(d, i) > 1.0 - 1e-9 and not range_against_point(d, i) and (d.comparator == i.comparator
                                                        or Comparator.TOLERANCE not in (d.comparator, i.comparator))

    pairs = list(pairs)
    for k in range(len(pairs)):
        for m in range(k + 1, len(pairs)):
            (a, b), (c, e) = pairs[k], pairs[m]
            if toleranced_values_cross(domestic[a], international[b], domestic[c], international[e], _scaled,
                                       lambda ind: ind.concept):
                pairs[k], pairs[m] = (a, e), (c, b)  # (one concept names both parts: toleranced_crossings; fixpair37)
                continue
            if same_limit(a, b) or same_limit(c, e):
                continue
            if (named_alike(a, b) or named_alike(c, e)) and not one_concept_only(
                    (domestic[a].concept, international[b].concept, domestic[c].concept, international[e].concept)):
                continue  # (four readings of one concept only: the values tell them apart; fixpair40)
            if alike(a, e) and alike(c, b):
                pairs[k], pairs[m] = (a, e), (c, b)
    return pairs


# Two limits keyed by one band of another quantity (the same band, or a point inside it: `band_pairing`) are one row
# of a table keyed by bands: as likely partners as two values of rows with one label.
BAND_ROW_WEIGHT = ROW_WEIGHT

# A stated maximum and a stated minimum of one quantity are two requirements, hardly one restated: as much against
# their pairing as a conflicting class or period key (the floor at the plant and the ceiling at the tap of residual
# chlorine, written in another order on the other side, are not crossed). Not at the same value: that is one limit
# whose words were read apart (OPPOSITE_WORDS), and the penalty would cross it with another limit.
OPPOSITE_KINDS = 1.0


# The basis two limits hold on ('以即食状态计' and 'as consumed' against '以粉状产品计'; 'as N' against 'as NO3-'): between
# two limits of one quantity, the one on the same basis is the likelier partner; on another basis they stay
# comparable (and are judged 'different') when nothing else is left.
BASIS_WEIGHT = 1.0


def _basis_agreement(d: Indicator, i: Indicator) -> int:
    """+1 when the two limits state a basis of one kind (the state of the product, a fraction, a reference
    condition) and agree on each they both state, -1 when they differ on one, 0 when they state none of a kind in
    common. A chemical basis ('as Hg', 'as TOC') is left out: between two substances it says nothing more than
    their names, and one substance on two bases is settled apart (_restated_on_another_basis)."""
    mine, theirs = basis_parts(d.basis), basis_parts(i.basis)
    shared = [kind for kind in ("state", "fraction", "reference", "side") if kind in mine and kind in theirs]
    if not shared:
        return 0
    return -1 if any(mine[k] != theirs[k] for k in shared) else 1


def _opposite_kinds(d: Indicator, i: Indicator) -> bool:
    """True when one limit states a maximum in words and the other a minimum (a value with no word takes either)."""
    return d.explicit and i.explicit and {d.comparator, i.comparator} == {Comparator.MAX, Comparator.MIN}


def _assign(scores: dict[tuple[int, int], float], rows: int, cols: int) -> list[tuple[int | None, int | None]]:
    """The allowed pairs of largest total score, each indicator in at most one pair (Hungarian method)."""
    if not scores:
        return []
    from scipy.optimize import linear_sum_assignment

    # Shift scores to be positive so that every allowed pair is worth taking over leaving both unpaired.
    low = min(scores.values())
    matrix = np.zeros((rows, cols))
    for (a, b), score in scores.items():
        matrix[a, b] = score - low + 1.0
    chosen_rows, chosen_cols = linear_sum_assignment(matrix, maximize=True)
    return [(int(a), int(b)) for a, b in zip(chosen_rows, chosen_cols) if (int(a), int(b)) in scores]


# A class is named by a figure, a roman numeral or a small letter ('a级（很轻）' = 'class a (very light)'). A capital
# ('A级', 'product grade A') is left to the codes: such grades qualify a column or a note as often as they key a row.
# An accuracy class may be a decimal ('0.2级' = 'accuracy class 0,2'; fixpair33): read whole, never as its last digit.
_CLASS_ZH = re.compile(r"(?<![A-Za-z0-9])(?<!\d[.,])(\d[.,]\d{1,2}|0I|0|I{1,3}|IV|V|\d|[一二三四五六]|[a-z])\s*(?:类|级|等)")
_CLASS_EN = re.compile(r"(?i:class(?:es)?|grade|quality)\s+(\d[.,]\d{1,2}|0I|0|I{1,3}|IV|V|\d|[a-z])(?![A-Za-z0-9]|[.,]\d)")
_CN_ORDINALS = {"一": "1", "二": "2", "三": "3", "四": "4", "五": "5", "六": "6", "I": "1", "II": "2", "III": "3",
                "IV": "4", "V": "5"}
_LIST_EN = re.compile(r"(?<=,|d)\s+(?:(?i:and|or)\s+)?(0I|0|I{1,3}|IV|V)(?![A-Za-z0-9])")
_TYPE = re.compile(r"(?<![A-Za-z0-9])([A-Z]|\d)\s*型|(?i:type)\s+([A-Z]|\d)(?![A-Za-z0-9])")
_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{1,4}\d{1,3}[A-Za-z]?|[A-Z]{2,5}x?)(?![A-Za-z0-9])")


# A row of a list keyed by a designation: a letter named by the word of a code or grade ('代码A', 'code A',
# 'grade B', 'A级'), a numbered grade's letter in brackets ('4级（A）', which the text itself names A), a lone letter
# that labels its row ('Symbol grade: A', 'B'), or capitals spaced from their number ('SDR 11', written 'SDR11' on the
# other side; `_CODE` reads the glued one). A letter keys the row only as the last words of its name, the label right
# before the value: 'A级用于d≤24 mm和l≤150 mm' keys the first of its two values, not both.
_ROW_LETTER = re.compile(r"(?:(?:代码|(?<![A-Za-z])(?i:code|grade)\s+)([A-Z])|(?<![A-Za-z0-9])([A-Z])\s*级"
                         r"|\d\s*[级类]\s*[(（]([A-Z])[)）]|(?:^|:)\s*([A-Z]))(?![A-Za-z0-9])\s*[)）]?\s*:?\s*$")
_SPACED_CODE = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2,4})\s(\d{1,3})(?![\d.,])")
# A designation named by its word and followed by the symbol of the row's first quantity ('code A: Umin 6 V, Umax
# 16 V' against '代码A，6 V～16 V'): the symbol after the colon is what the value is, the row is still code A's.
_CODE_BEFORE_SYMBOL = re.compile(r"(?:代码|(?<![A-Za-z])(?i:code|grade)\s+)([A-Z])\s*[:：]\s*[A-Za-z][A-Za-z0-9]{0,5}\s*$")


def row_designations(text: str) -> set[str]:
    """The designations keying a row ('code A', 'code SDR11'), written alike whatever the language: 'code A' for
    '代码A', 'A级', '4级（A）' and a row labelled 'A:'; 'code SDR11' for 'SDR 11' (and, by `_CODE`, for 'SDR11'). Rows of
    two lists keyed alike pair by their designation rather than by their order or their values."""
    keys = set()
    if any(ch.isupper() for ch in text):
        keys |= {f"code {next(g for g in m.groups() if g)}" for m in _ROW_LETTER.finditer(text)}
        keys |= {f"code {a}{b}" for a, b in _SPACED_CODE.findall(text)}
        keys |= {f"code {m}" for m in _CODE_BEFORE_SYMBOL.findall(text)}
    return keys


# A letter a comparison sign follows ('S ≤ 16 mm²', 'S＞35 mm²') is the symbol of the quantity compared, not the label of
# a row: 'S ≤ 16 mm²: S' on one side and 'S＞35 mm²' on the other share no row.
_COMPARED_SYMBOL = re.compile(r"(?<![A-Za-z])([A-Z])\s*[<>≤≥=]")


def compared_symbols(text: str) -> set[str]:
    """The keys `row_designations` would take from letters that are the symbols of compared quantities in `text`."""
    return {f"code {m}" for m in _COMPARED_SYMBOL.findall(unicodedata.normalize("NFKC", text))}


_EXCLUDED = re.compile(r"[(（][^()（）]*(?:除外|不包括|(?i:except|other than|excluding))[^()（）]*[)）]?"
                       r"|(?:,|，)?\s(?i:except|other than|excluding)\s[^;:()（）]*$")


def _excludes(ind: Indicator, other_keys: frozenset, termbase: Termbase) -> bool:
    """True when the name of `ind` excludes an item ('水产动物及其制品（肉食性鱼类及其制品除外）', 'cereals (other than
    rice)') that the other limit is for, or a narrower one of it (a shark is a predatory fish)."""
    name = unicodedata.normalize("NFKC", f"{ind.parameter} {ind.qualifier}")
    if not _EXCLUDED.search(name):
        return False
    excluded = {concept for m in _EXCLUDED.finditer(name) for _, _, concept in termbase.hits(m.group(0))
                if termbase.is_context(concept)}
    # The item the limit is for ('新鲜蔬菜' in '新鲜蔬菜（…茎类蔬菜除外）') and what is broader than it are not excluded.
    excluded -= termbase.concepts_in(_EXCLUDED.sub(" ", name))
    return any(e in termbase.lineage(k) for k in other_keys for e in excluded)


def qualifier_keys(ind: Indicator, termbase: Termbase) -> frozenset[str]:
    """Language-free keys of what narrows an indicator: termbase concepts in its name and qualifier (foods,
    tissues, kinds of appliance), classes ('Ⅱ类' = 'class II'), types ('A型' = 'type A') and codes (PS1)."""
    text = unicodedata.normalize("NFKC", f"{ind.parameter} {ind.qualifier}")
    # What a limit excludes ('谷物（稻谷除外）', 'foods (other than infant formula)') is no key of it.
    text = _EXCLUDED.sub(" ", text)
    keys = set(termbase.concepts_in(text))
    keys.discard(ind.concept)
    # 'Ⅱ类' and 'class II' and 'class 2', '二级' and 'grade 2' are one class.
    keys |= {f"class {_CN_ORDINALS.get(m, m.replace(',', '.'))}"
             for m in _CLASS_ZH.findall(text) + _CLASS_EN.findall(text)}
    if _CLASS_EN.search(text):
        keys |= {f"class {_CN_ORDINALS.get(m, m)}" for m in _LIST_EN.findall(text)}
    keys |= {f"type {a or b}" for a, b in _TYPE.findall(text)}
    keys |= {f"code {m}" for m in _CODE.findall(text)}
    keys |= row_designations(text) - compared_symbols(ind.text)
    keys |= period_keys(text)
    keys |= sex_keys(text)
    keys |= phase_keys(text)
    if _SUM_NAME.search(text) and _COORDINATED.search(_without_terms(text, termbase)):
        keys.add("sum")
    if _TRANSITIONAL.search(text):
        keys.add("transitional")
    return frozenset(keys)


# A limit that holds for a transition only ('Transitional limit value 0,004 mg/m³ until 11 July 2027', '过渡期限值'):
# no counterpart of a standing limit (an 8-hour or a short-term one) on the other side.
# ('the transitional flowrate' of a water meter, 'transitional waters' are names, no transition of a limit)
_TRANSITIONAL = re.compile(r"(?<![A-Za-z])transitional(?=\s*$|\s+(?:limit\s+)?(?:values?|periods?)(?![A-Za-z]))|过渡期",
                           re.I)


def transitional_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """True when one of two limits (by their qualifier keys) holds for a transition only and the other does not: the
    standing limit and the transitional one are two requirements, never counterparts."""
    return ("transitional" in a) != ("transitional" in b)


# A name stating a sum of substances it lists ('sum of benzo(a)pyrene, benz(a)anthracene, …', '…之和'): not any one of
# them, though the termbase finds the first. A list inside one term ('sum of fructose and glucose') is that term's.
_SUM_NAME = re.compile(r"(?<![A-Za-z])sum(?![A-Za-z])|总和|之和|合计", re.I)
def _without_terms(text: str, termbase: Termbase) -> str:
    for start, end, _ in sorted(termbase.hits(text), reverse=True):
        text = f"{text[:start]} {text[end:]}"
    return text


_COORDINATED = re.compile(r"和|及|与|、|,|，|\+|(?<![A-Za-z])(?:and|plus)(?![A-Za-z])", re.I)


_EXCLUSIVE_KEYS = ("period ", "class ", "type ", "sex ", "phase ")


# Limits stated apart for men and women ('血红蛋白：男≥120 g/L；女≥115 g/L', 'Females: ≥ 125 g/l; Males: ≥ 135 g/l').
_SEXES = (("sex female", re.compile(r"女(?:性|子|职工)?|(?<![A-Za-z])(?:females?|women|woman)(?![A-Za-z])", re.I)),
          ("sex male", re.compile(r"(?<!女)男(?:性|子)?|(?<![A-Za-z])(?:males?|men|man)(?![A-Za-z])", re.I)))


# Ratings stated apart for one-phase and three-phase supplies ('单相250 V、三相440 V', 'up to 250 V single-phase and up to
# 480 V three-phase'): a key of its own kind, so that each stays with its own supply whatever the order.
_PHASES = (("phase 1", re.compile(r"单相|(?<![A-Za-z])(?:single|one|1)[- ]?phase(?![A-Za-z])", re.I)),
           ("phase 3", re.compile(r"三相|(?<![A-Za-z])(?:three|3)[- ]?phase(?![A-Za-z])", re.I)))


def phase_keys(text: str) -> set[str]:
    """The supply a rating is stated for ('单相', 'single-phase' -> 'phase 1'; '三相', 'three-phase' -> 'phase 3')."""
    if "相" not in text and "hase" not in text:
        return set()
    return {key for key, pattern in _PHASES if pattern.search(text)}


def sex_keys(text: str) -> set[str]:
    """The sex a limit is stated for ('男', 'males' -> 'sex male'; '女', 'females' -> 'sex female'): a key of its
    own kind, so that the men's limit pairs with the men's, never with the women's, whatever the order on each side."""
    return {key for key, pattern in _SEXES if pattern.search(text)}


def _conflicting(a: frozenset, b: frozenset) -> int:
    """Kinds of key that both sides state with no value in common: an annual mean is not a 24-hour mean, a class
    I appliance not a class II one; nor is a sum of substances one substance, nor a transitional limit a standing
    one."""
    return sum(1 for kind in _EXCLUSIVE_KEYS
               if (x := {k for k in a if k.startswith(kind)}) and (y := {k for k in b if k.startswith(kind)})
               and not x & y) + (("sum" in a) != ("sum" in b)) + transitional_apart(a, b)


def _jaccard(a: frozenset, b: frozenset) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def _value_closeness(d: Indicator, i: Indicator) -> float:
    """0-1: how close the two values are (the ratio of the smaller to the larger), 0 across dimensions."""
    if not in_one_dimension(d, i):
        return 0.0
    a, b = _representative(d), _representative(i)
    if a is None or b is None:
        return 0.0
    big = max(abs(a), abs(b))
    return 1.0 if big == 0 else min(abs(a), abs(b)) / big


# Values of one quantity in two standards are seldom more than 25 times apart; two readings that only their unit
# dimension joins and whose values are further apart are limits of two things (over the open sets at 9f80403, the
# nearest right pair of this kind is 24 times apart: '四氟化碳 100×10⁻⁶' by volume against 'CF4 2400 mg/kg').
FAR_APART = 1 / 25
# Two readings neither of whose names states a concept have only their dimension and values to go by: a cell's 30 mm
# path and a 60 nm spectral bandwidth are both lengths, half a million times apart. Over the open sets at 7b3cea7 the
# right pairs of two such names are at most some 200 times apart (a magnetic field strength of 0.1 A/m against 21 A/m;
# 'KN100 99.97 %' against 'FFP3 1 %'), so a pair a thousand times apart or more is two requirements, each one-sided
# (fixpair35). Only when the two write their values in units of their own (mm and nm): in one unit as written, values so far
# apart are rather a value misread beside its restatement ('mass % (mg/L), max 0.007 (56)', 0.007 read in mg/L) than two
# quantities, and the pair is left to the other rules.
NAMELESS_FAR_APART = 1 / 1000


def unit_alone_far_apart(d: Indicator, i: Indicator) -> bool:
    """True when only the unit dimension joins two readings and their values say they are two things: one name
    states a concept of the termbase, the other none, and the values are more than 25 times apart ('杂质度 ≤16
    mg/kg' against 'Whole milk powder - milkfat max. 42 % m/m'; '透光率 ≥98 %' against 'Lead ≤1 mg/kg'). Such a pair
    is worth taking in the assignment only because every allowed pair is (`_assign` adds one to each), so two
    one-sided limits became one pair judged stricter or looser. A zero value, one restated in another unit, or a
    value with its tolerance (whose centre and width are of two sizes: '15 D ± 0,3 D' against a tolerance of 0,3 D)
    is left to the other rules. Two names of which neither states a concept are two things when their values are a
    thousand times apart or more, each written in a unit of its own (NAMELESS_FAR_APART: '用30 mm比色皿' against 'a
    spectral bandwidth of not more than 60 nm')."""
    if (d.concept and i.concept) or d.restated or i.restated or dimension_of(d) != dimension_of(i) \
            or Comparator.TOLERANCE in (d.comparator, i.comparator):
        return False
    a, b = _representative(d), _representative(i)
    if not a or not b:
        return False
    if d.concept or i.concept:
        return min(abs(a), abs(b)) / max(abs(a), abs(b)) < FAR_APART
    # Two names of no concept: values a thousand times apart and more, each written in a unit of its own (fixpair35).
    return _spelling(d.unit) != _spelling(i.unit) and min(abs(a), abs(b)) / max(abs(a), abs(b)) < NAMELESS_FAR_APART


def _representative(ind: Indicator) -> float | None:
    n = ind.normalized
    if n.value is not None:
        return n.value * n.ratio_scale
    if n.low is not None and n.high is not None:
        return (n.low + n.high) / 2 * n.ratio_scale
    return None


def _pair_leftovers(domestic, international, used_d: set, used_i: set, pairs: list, termbase: Termbase) -> None:
    """After the names have spoken: one unpaired indicator on each side in the same dimension, with no
    termbase conflict, are the same requirement worded too differently to pair by name."""
    left_d = [a for a in range(len(domestic)) if a not in used_d]
    left_i = [b for b in range(len(international)) if b not in used_i]
    for a in left_d:
        d = domestic[a]
        options = [b for b in left_i if b not in used_i and _compatible_leftover(d, international[b], termbase)]
        if len(options) != 1:
            continue
        b = options[0]
        rivals = [x for x in left_d if x not in used_d and _compatible_leftover(domestic[x], international[b], termbase)]
        if rivals == [a]:
            used_d.add(a)
            used_i.add(b)
            pairs.append((a, b))


def _pair_same_values(domestic, international, used_d: set, used_i: set, pairs: list, termbase: Termbase) -> None:
    """'声功率级的基准值为1 pW' against 'sound power level, 1 pW', left apart because the termbase read another concept on
    one side ('sound power'): one unpaired limit on each side stating the same value in the same unit dimension, and
    no other unpaired limit of the other side stating it, are one requirement, whatever concepts the names gave.
    Not for two substances each names (lead and cadmium both at 0.1 mg/kg are two limits), nor against a conflicting
    class, period or excluded item, nor a stated maximum against a stated minimum. A substance the reading's own name
    does not state (taken from the limit before it: '一氧化碳 ≤10 μL/L；油脂 ≤5 mg/kg'), or one of the words that name
    the other side's quantity ('Ironing: iron at a maximum sole-plate temperature of 110 °C'), is `named_apart`."""
    left_d = [a for a in range(len(domestic)) if a not in used_d]
    left_i = [b for b in range(len(international)) if b not in used_i]

    def same(d: Indicator, i: Indicator) -> bool:
        a, b = _representative(d), _representative(i)
        return (a is not None and b is not None and in_one_dimension(d, i) and _same(a, b)
                and not range_against_point(d, i) and not _opposite_kinds(d, i) and not named_apart(d, i, termbase)
                and _compatible_keys(d, i, termbase))

    for a in left_d:
        options = [b for b in left_i if b not in used_i and same(domestic[a], international[b])]
        if len(options) != 1:
            continue
        if [x for x in left_d if x not in used_d and same(domestic[x], international[options[0]])] == [a]:
            used_d.add(a)
            used_i.add(options[0])
            pairs.append((a, options[0]))

    # A value stated as often on each side, twice or more: in the order written (fixpair33, `repeated_values`).
    def value_of(side: int, k: int):
        ind = (domestic, international)[side][k]
        value = _representative(ind)
        return None if value is None else (dimension_of(ind), round(value, 9))

    for a, b in repeated_value_pairs([a for a in left_d if a not in used_d], [b for b in left_i if b not in used_i],
                                     value_of, lambda a, b: same(domestic[a], international[b])):
        used_d.add(a)
        used_i.add(b)
        pairs.append((a, b))


def _pair_contents_on_two_bases(domestic, international, used_d: set, used_i: set, pairs: list,
                                termbase: Termbase) -> None:
    """'咖啡因 … 0.15 g/kg' against 'caffeine … in excess of 150 mg/l': one unpaired content per mass on one side and
    one per volume of liquid on the other, each the other's only such option (`content_bases.content_leftovers`), are
    one requirement on two bases (judged 'different'), unless their names or keys set them apart."""
    left_d = [a for a in range(len(domestic)) if a not in used_d]
    left_i = [b for b in range(len(international)) if b not in used_i]

    def compatible(a: int, b: int) -> bool:
        d, i = domestic[a], international[b]
        return not (d.concept and i.concept and not termbase.related(d.concept, i.concept)) \
            and not _opposite_kinds(d, i) and not shortfall_against_level(d, i) \
            and not substance_against_unknown_chemical(d, i, termbase) and _compatible_keys(d, i, termbase)

    found = content_leftovers(left_d, left_i, [d.unit for d in domestic], [i.unit for i in international],
                              [dimension_of(d) for d in domestic], [dimension_of(i) for i in international], compatible)
    for a, b in found:
        used_d.add(a)
        used_i.add(b)
        pairs.append((a, b))


def _substance(ind: Indicator, termbase: Termbase) -> bool:
    return bool(ind.concept) and termbase.fields.get(ind.concept) in SUBSTANCE_FIELDS


def _names_its_substance(ind: Indicator, termbase: Termbase) -> bool:
    """A substance the reading's own name states (not one it took from the reading before it)."""
    return _substance(ind, termbase) and ind.concept in termbase.concepts_in(ind.parameter)


# The last character of a Chinese chemical name states its class (alkane, alkene, alcohol, ether, aldehyde, ketone,
# ester, phenol, amine, nitrile, benzene, acid): '二噁烷', '10-羟基-2-癸烯酸', '正己烷'. A trailing bracket ('（以X计）')
# is no part of it.
_CHEMICAL_NAME_END = re.compile(r"[\u4e00-\u9fff][烷烯炔醇醚醛酮酯酚胺腈苯酸]\s*(?:[（(][^（）()]*[）)]\s*)?$")


def names_an_unknown_chemical(ind: Indicator) -> bool:
    """True when the reading's name, which the termbase reads no concept from, ends in a chemical name (the class
    character of Chinese nomenclature): a substance, though not one the termbase knows."""
    return not ind.concept and bool(_CHEMICAL_NAME_END.search(ind.parameter))


def substance_against_unknown_chemical(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    """True when one name states a substance of the termbase and the other a chemical the termbase does not know
    ('antimony ≤5 ppm' against '二噁烷 ≤30 mg/kg'; 'cobalt' against '环己酮'): two substances, each limit one-sided
    however alike their units. Were the chemical the same substance, the termbase would have read it."""
    # (the cheap test of the name first: the termbase is asked only when one name ends in a chemical name)
    return (names_an_unknown_chemical(i) and _names_its_substance(d, termbase)) \
        or (names_an_unknown_chemical(d) and _names_its_substance(i, termbase))


def named_apart(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    """True when two limits of the same value are limits of two things: each name states its own substance (lead and
    cadmium both at 0.1 mg/kg). A substance named on one side only ('iron' in 'Ironing: iron … sole-plate
    temperature of 110 °C' against '熨斗底板最高温度110 ℃'), or one taken from the limit before it ('油脂' after
    '一氧化碳'), does not set them apart."""
    return _names_its_substance(d, termbase) and _names_its_substance(i, termbase)


def _compatible_keys(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    keys_d, keys_i = qualifier_keys(d, termbase), qualifier_keys(i, termbase)
    return not (periods_apart(keys_d, keys_i) or _conflicting(keys_d, keys_i) or _excludes(d, keys_i, termbase)
                or _excludes(i, keys_d, termbase))


def _share_lone_limits(domestic, international, used_d: set, used_i: set, pairs: list,
                       keys_d: list, keys_i: list, termbase: Termbase) -> None:
    """'肉类中铅不得超过0.2 mg/kg' against 'Lead – Meat of cattle: 0.1 mg/kg; Poultry meat: 0.1 mg/kg': a limit the
    one side states once, for a whole quantity, holds for each of the several limits of that quantity (same concept,
    same dimension) the other side states, grade by grade or item by item. Each left unpaired pairs with it too,
    unless their keys conflict (class I against class II, an annual mean against a 24-hour one)."""
    partners_d: dict[int, list[int]] = {}
    partners_i: dict[int, list[int]] = {}
    for a, b in pairs:
        partners_d.setdefault(a, []).append(b)
        partners_i.setdefault(b, []).append(a)
    added = []
    beside: dict[tuple[bool, int], list[tuple[int, int]]] = {}
    for mine, other, used, other_partners, keys_mine, keys_other, flip in (
            (domestic, international, used_d, partners_i, keys_d, keys_i, False),
            (international, domestic, used_i, partners_d, keys_i, keys_d, True)):
        own_partners = partners_d if not flip else partners_i
        for x, ind in enumerate(mine):
            if x in used:
                continue
            if ind.concept:
                same = [y for y, o in enumerate(other) if o.concept == ind.concept
                        and dimension_of(o) == dimension_of(ind)]
                if not same:
                    same = _unnamed_lone_limit(ind, mine, other, other_partners)
                if len(same) != 1 or same[0] not in other_partners:
                    continue
                y = same[0]
                # The lone limit is paired already, with another limit of this quantity on this side.
                if not any(mine[p].concept in (ind.concept, None) for p in other_partners[y]):
                    continue
            else:
                # A name the termbase does not know, said again word for word for other cases ('防护栏杆高度' after
                # '小于2 m时', '大于等于2 m时' …): the quantity of the limit its namesake paired with.
                namesakes = {b for p, found in own_partners.items() for b in found
                             if ind.parameter and mine[p].parameter == ind.parameter}
                if not namesakes:
                    namesakes = set(unnamed_list_item(ind, mine, other, other_partners))
                if len(namesakes) != 1:
                    continue
                y = next(iter(namesakes))
                if bare_number(other[y]):
                    continue  # ('156', a country code in a table of bit positions, is no limit of every row)
                if dimension_of(other[y]) != dimension_of(ind) \
                        or sum(1 for o in other if o.parameter == other[y].parameter) > 1:
                    continue
            if not _may_share(ind, other[y], keys_mine[x], keys_other[y], termbase):
                continue
            if _context(keys_mine[x], termbase) and not _context(keys_other[y], termbase) and any(
                    _context(keys_mine[p], termbase) for p in other_partners[y]):
                # 'Sum of fructose and glucose: blossom honey 60 g/100 g; honeydew honey 45 g/100 g' against one
                # unscoped minimum: it is the blossom honey's counterpart, the other item has none.
                if counterpart_stated(_as_stated(other[y]), [_as_stated(mine[p]) for p in other_partners[y]]):
                    continue
            if has_its_counterpart(ind, other[y], [(mine[p], keys_mine[p]) for p in other_partners[y]], keys_mine[x]):
                beside.setdefault((flip, y), []).append((y, x) if flip else (x, y))
                continue
            added.append((y, x) if flip else (x, y))
    # One reading beside the counterpart is something else the clause writes; several are a list the limit holds for.
    added += [pair for found in beside.values() if len(found) > 1 for pair in found]
    for a, b in added:
        used_d.add(a)
        used_i.add(b)
        pairs.append((a, b))


def _share_with_grade_rows(domestic, international, used_d: set, used_i: set, pairs: list,
                           keys_d: list, keys_i: list, termbase: Termbase) -> None:
    """'容重：二等小麦不小于770 g/L，三等不小于750 g/L' against 'a minimum test weight of 68 kg/hl': the rows that name
    only their grade take the single limit their head paired with (`broadcast.grade_row_heads`)."""
    for flip in (False, True):
        mine, other, used, keys_mine, keys_other = (domestic, international, used_d, keys_d, keys_i) if not flip \
            else (international, domestic, used_i, keys_i, keys_d)
        heads = grade_row_heads(mine, keys_mine, dimension_of)
        own = [(a, b) if not flip else (b, a) for a, b in pairs]
        for x, y in grade_row_pairs(heads, own, used, mine, other, dimension_of, _as_stated):
            if _may_share(mine[x], other[y], keys_mine[x], keys_other[y], termbase):
                used.add(x)
                pairs.append((x, y) if not flip else (y, x))


def _part_from_counterparts(domestic, international, used_d: set, used_i: set, pairs: list,
                            keys_d: list, keys_i: list) -> None:
    """A reading paired, by the assignment or by sharing, both with a limit of its own value and with one other reading
    of that limit's keys and another value (`has_its_counterpart`): the second pair goes, the other reading is left
    unpaired ('中准确度级秤误差 0 ≤ m ≤ 500e，±0.5e' against '± 0,5 e for 0 ≤ m ≤ 500': the 500 is the band's bound, not
    a second error limit; '额定电流不超过32 A的插座回路 … 不超过30 mA的RCD' against '… rated current up to 32 A: RCDs
    … not exceeding 30 mA')."""
    for flip in (False, True):
        mine, other, keys_mine = (domestic, international, keys_d) if not flip else (international, domestic, keys_i)
        partners: dict[int, list[int]] = {}
        for a, b in pairs:
            if a is not None and b is not None:
                x, y = (a, b) if not flip else (b, a)
                partners.setdefault(y, []).append(x)
        for y, found in partners.items():
            if len(found) < 2:
                continue
            apart = [x for x in found if has_its_counterpart(
                mine[x], other[y], [(mine[p], keys_mine[p]) for p in found if p != x], keys_mine[x])]
            if len(apart) != 1:
                continue
            x = apart[0]
            pairs.remove((x, y) if not flip else (y, x))
            if not any((p[0] if not flip else p[1]) == x for p in pairs):
                (used_d if not flip else used_i).discard(x)


def has_its_counterpart(ind: Indicator, lone: Indicator, partners: Sequence[tuple[Indicator, frozenset]],
                        keys: frozenset) -> bool:
    """True when the limit one side states once is paired already with a limit of the same value that carries the same
    keys as `ind`, a reading of another value that would share it: that pair is the limit and its counterpart, and
    `ind`, which names no other item, is something else the clause writes (the 300 % of '300 %定伸负荷' beside
    '扯断伸长率 ≥ 550 %', the other side of '600 mm × 300 mm'), not one more item the lone limit holds for. Items of a
    list ('牛肉 0.1；禽肉 0.2' against one limit for meat) carry keys of their own and still share it, and so does the
    same value written again ('… 3 ms' for each of two tests against one '3 ms'); several readings of the same keys
    beside one counterpart are left sharing by the caller (a series of values, not one thing written beside it)."""
    value, own = _as_stated(lone), _as_stated(ind)
    return value is not None and own is not None and not _same(own, value) and any(
        k == keys and dimension_of(p) == dimension_of(lone) and _as_stated(p) is not None
        and _same(_as_stated(p), value) for p, k in partners)


def _as_stated(ind: Indicator) -> float | None:
    """The value `_representative` compares, or, in a unit the reader does not know ('±0.5e'), the number written."""
    value = _representative(ind)
    if value is None and ind.unit.strip():
        value = ind.value if ind.value is not None else \
            (ind.low + ind.high) / 2 if ind.low is not None and ind.high is not None else None
    return value


def bare_number(ind: Indicator) -> bool:
    """True for a reading that states neither a unit nor a quantity the termbase knows ('国家代码（中国为156）', a
    column's number): it may be compared where it stands, but it is no limit one side states once for the several
    readings of one name on the other side."""
    return not ind.unit and not ind.concept


def _unnamed_lone_limit(ind: Indicator, mine, other, other_partners: dict) -> list[int]:
    """'婴幼儿配方食品（液态产品除外）：铅 0.15 mg/kg；液态产品 0.02 mg/kg' against 'Infant formula …: 0.01 mg/kg': the
    other clause's only limit in this dimension, its name naming no quantity, paired with a limit of this side that
    names none either: the one limit this side's named one faces too. Empty when the other clause states several
    limits in the dimension, or the lone one is paired with a limit of another named quantity."""
    lone = [y for y, o in enumerate(other) if dimension_of(o) == dimension_of(ind)]
    if len(lone) != 1 or other[lone[0]].concept is not None or lone[0] not in other_partners:
        return []
    partners = [mine[p] for p in other_partners[lone[0]]]
    return lone if all(p.concept is None for p in partners) else []


def unnamed_list_item(ind: Indicator, mine, other, other_partners: dict) -> list[int]:
    """'噪声级（A声级，dB）：语言教室 ≤40；普通教室 ≤45；舞蹈教室 ≤50' against 'School class rooms, indoors: LAeq 35 dB':
    the other clause states one value in this dimension, for the whole, and it is paired with an item of this side's
    list; the list's other items, which name no quantity either (only the rooms, products or classes they hold for),
    each face that one value too. Empty when the other clause states several values in the dimension, when the lone
    one or its partner names a quantity, when this reading states another unit or another kind of limit than the
    partner (another list), or when the partner's name is no heading followed by its item."""
    if ind.concept is not None:
        return []
    lone = [y for y, o in enumerate(other) if dimension_of(o) == dimension_of(ind)]
    if len(lone) != 1 or other[lone[0]].concept is not None or lone[0] not in other_partners:
        return []
    partners = [mine[p] for p in other_partners[lone[0]]]
    if len(partners) != 1 or partners[0].concept is not None or partners[0].unit != ind.unit \
            or partners[0].comparator != ind.comparator:
        return []
    # The partner opens the list: its name is a heading and its item ('噪声级（A声级，dB）：语言教室'), the others
    # items alone ('普通教室'). Items that each name their quantity again ('摩托车轮胎胎冠上花纹深度') are limits of
    # their own, which the other clause may lack.
    if not _LIST_HEADING.search(partners[0].parameter) or _LIST_HEADING.search(ind.parameter):
        return []
    return lone


_LIST_HEADING = re.compile(r"[:：]")


_ITEM_SEPARATOR = re.compile(r"、|，|,|;|(?<![A-Za-z])(?:and|or)(?![A-Za-z])|和|及|与")
_REST = re.compile(r"除外|其他|其它|其余|(?<![A-Za-z])(?:except|other|excluding|others)(?![A-Za-z])", re.I)


def _listed_items(ind: Indicator) -> tuple[int, bool]:
    """How many items a limit's name lists ('小空心制品、烹饪器皿' -> 2), and whether it is the rest of a list
    ('新鲜蔬菜（叶菜蔬菜…除外）', 'other vegetables'), which stands for any item not named apart."""
    name = ind.parameter.rsplit(":", 1)[-1]
    rest = bool(_REST.search(name))
    name = _EXCLUDED.sub(" ", name)
    return len([p for p in _ITEM_SEPARATOR.split(name) if p.strip(" ()（）")]), rest


def rest_of_own_list(ind: Indicator) -> bool:
    """True when the reading is the rest of a list its own side writes ('其余轮胎 ≥1.6 mm' after '乘用车和挂车轮胎
    ≥1.6 mm', 'other cereals'): it holds for the items its side does not name apart. Those are not the items a list
    limit of the other side names, which already paired with one this side does name; the same value alone does not
    make the rest one of them. The whole name is read: 'Other ladders: rung spacing' is the rest of a list of ladders."""
    return bool(_REST.search(ind.parameter))


def _narrowest(keys: set[str], termbase: Termbase) -> set[str]:
    """The keys no other key of the set narrows ('poultry meat', not 'meat' beside it)."""
    broader = {b for k in keys for b in termbase.lineage(k)[1:]}
    return keys - broader


def _share_listed_items(domestic, international, used_d: set, used_i: set, pairs: list,
                        keys_d: list, keys_i: list, termbase: Termbase) -> None:
    """'小空心制品、烹饪器皿 ≤ 0.3 mg/L' against 'cookware 0,30 mg/l; … small hollowware 0,30 mg/l': a limit stated
    for a list of items holds for each item, so each unpaired limit of the other side that names one of them pairs
    with it too: by a food or item key both share, or, for items the termbase does not know, by the same value of the
    same quantity (at most as many as the list names; the rest of a list, '其他' / 'except …', takes any). A list of
    substances is read the same way ('铜和锰均不大于8 mg/kg', whose concept is the last named, against 'copper 8 mg/kg;
    manganese 8 mg/kg'): the substance the unpaired limit names is among those the list's name names."""
    count: dict[tuple[int, int], int] = {}
    for a, b in pairs:
        count[(0, a)] = count.get((0, a), 0) + 1
        count[(1, b)] = count.get((1, b), 0) + 1
    added = []
    for mine, other, used, keys_mine, keys_other, flip, other_side in (
            (domestic, international, used_d, keys_d, keys_i, False, 1),
            (international, domestic, used_i, keys_i, keys_d, True, 0)):
        paired_other = {b if not flip else a for a, b in pairs}
        for x, ind in enumerate(mine):
            if x in used:
                continue
            best = None
            for y in paired_other:
                target = other[y]
                if dimension_of(target) != dimension_of(ind):
                    continue
                same_value = _value_closeness(ind, target) > 0.999
                listed = bool(ind.concept) and ind.concept != target.concept and any(
                    termbase.related(ind.concept, k) for k in keys_other[y] if not termbase.is_context(k))
                if target.concept != ind.concept and not (same_value and not (target.concept and ind.concept)) \
                        and not listed:
                    continue  # another quantity; a row whose name the termbase does not know may be the list's
                items, rest = _listed_items(target)
                if not rest and (items < 2 or count.get((other_side, y), 0) >= items):
                    continue
                if not _may_share(ind, target, keys_mine[x], keys_other[y], termbase):
                    continue
                shared = _narrowest(_context(keys_mine[x], termbase), termbase) & keys_other[y]
                if not (same_value or shared and ind.concept):
                    continue
                if not shared and rest_of_own_list(ind):
                    continue
                score = (len(shared), same_value)
                if best is None or score > best[0]:
                    best = (score, y)
            if best is not None:
                y = best[1]
                count[(other_side, y)] = count.get((other_side, y), 0) + 1
                added.append((y, x) if flip else (x, y))
    for a, b in added:
        used_d.add(a)
        used_i.add(b)
        pairs.append((a, b))


def _may_share(x: Indicator, y: Indicator, keys_x: frozenset, keys_y: frozenset, termbase: Termbase) -> bool:
    """Whether the lone limit y can stand for x too: the same kind of limit (a maximum does not cover a minimum), no
    conflicting class or type, the same averaging period, no other quantity named in x ('HC + NOx' is not NOx), and,
    when both name foods or items, at least one in common ('meat' and 'poultry meat'; not 'wine' and 'apple juice')."""
    kinds = {x.comparator, y.comparator}
    if len(kinds) > 1 and not ((x.comparator == Comparator.EQUAL and not x.explicit)
                               or (y.comparator == Comparator.EQUAL and not y.explicit)):
        return False
    if _conflicting(keys_x, keys_y) or _excludes(x, keys_y, termbase) or _excludes(y, keys_x, termbase):
        return False
    if states_its_condition(x, y) or states_its_condition(y, x):
        return False  # 'at 5 % of rated voltage' read as a value is x's condition, no limit to share (fixpair33)
    if {k for k in keys_x if k.startswith("period ")} != {k for k in keys_y if k.startswith("period ")}:
        return False
    context_x, context_y = _context(keys_x, termbase), _context(keys_y, termbase)
    if any(not k.startswith(_KEY_PREFIXES) for k in keys_x - context_x - keys_y):
        return False
    return not context_x or not context_y or bool(context_x & context_y)


def _context(keys: frozenset, termbase: Termbase) -> set[str]:
    return {k for k in keys if termbase.is_context(k)}


_KEY_PREFIXES = ("period ", "class ", "type ", "code ")


CONDITION_PAIRED_REASON = "the same value, which the other clause states as the condition of its limit '{}'"


def _shape(n) -> tuple:
    """What a reading or a condition states, in the canonical unit: a band, a value with its tolerance, or a value."""
    if n.low is not None and n.high is not None:
        return ("range", n.dimension, round(n.low, 9), round(n.high, 9))
    if n.tolerance is not None:
        return ("tolerance", n.dimension, round(n.value, 9), round(n.tolerance, 9))
    if n.value is not None and n.low is None and n.high is None:
        return ("value", n.dimension, round(n.value, 9))
    return ()


def as_indicator(condition, owner: Indicator) -> Indicator:
    """A condition of `owner` (a limit of its clause) as an indicator of its own: the value a test or a limit is set
    at, written as the clause writes it, with no word of limit."""
    if condition.low is not None and condition.high is not None:
        comparator = Comparator.RANGE
    elif condition.tolerance is not None:
        comparator = Comparator.TOLERANCE
    else:
        comparator = Comparator.EQUAL
    name = condition.parameter if condition.parameter != "condition" else f"condition of {owner.parameter}"
    return Indicator(parameter=name, comparator=comparator, value=condition.value, unit=condition.unit,
                     span=condition.span, text=condition.text, normalized=condition.normalized, low=condition.low,
                     high=condition.high, tolerance=condition.tolerance, explicit=False,
                     confidence=min(owner.confidence, 0.6))


def paired_with_conditions(domestic: Sequence[Indicator], international: Sequence[Indicator], pairs: list
                           ) -> tuple[list, list, list, dict]:
    """A limit with no partner that the other clause reads as the condition of its limits, in one pass over the
    conditions of both clauses:
    - paired with that condition where it states the same band, tolerance or value in the same dimension ('晾置时间不
      小于20 min' against 'after an open time of 20 min, the tensile adhesion strength shall be at least 0,5 MPa'): one
      value written as a requirement on one side and as a condition on the other. The condition becomes an indicator of
      its clause (`as_indicator`), appended to that clause's list; each condition is taken once;
    - else dropped when all its numbers are among the other clause's conditions in its dimension ('公称尺寸大于18 mm至30
      mm，…' read as one value against a band): no missing requirement;
    - else kept, one-sided.
    Returns the lists, the pairs and, for each new pair, the name of the limit its condition belongs to."""
    domestic, international = list(domestic), list(international)
    by_shape: dict[int, dict[tuple, list]] = {0: {}, 1: {}}
    numbers: dict[int, dict[str, set]] = {0: {}, 1: {}}
    for side, found in ((0, domestic), (1, international)):
        for ind in found:
            for c in ind.conditions:
                n = c.normalized
                numbers[side].setdefault(n.dimension, set()).update(
                    round(x, 9) for x in (n.value, n.low, n.high) if x is not None)
                shape = _shape(n)
                if shape:
                    by_shape[side].setdefault(shape, []).append((c, ind))
    out, owners = [], {}
    for a, b in pairs:
        if (a is None) == (b is None):
            out.append((a, b))
            continue
        ind, other = (domestic[a], 1) if b is None else (international[b], 0)
        shape = _shape(ind.normalized)
        waiting = by_shape[other].get(shape, []) if shape else []
        if waiting:
            condition, owner = waiting.pop(0)
            if other == 0:
                domestic.append(as_indicator(condition, owner))
                pair = (len(domestic) - 1, b)
            else:
                international.append(as_indicator(condition, owner))
                pair = (a, len(international) - 1)
            owners[pair] = owner.parameter
            out.append(pair)
            continue
        n = ind.normalized
        mine = {round(x, 9) for x in (n.value, n.low, n.high) if x is not None}
        if mine and mine <= numbers[other].get(n.dimension, set()):
            continue
        out.append((a, b))
    return domestic, international, out, owners


def _unstated(ind: Indicator) -> bool:
    """A value that states no requirement by itself: no word of limit before or after it (not even 'is' / '为')
    and no quantity the termbase knows in its name ('代码 01', 'T50: 0,1 °C', 'A1～A8共八个级别')."""
    return not ind.explicit and not ind.concept


def _unstated_leftovers(domestic, international, pairs: list) -> tuple[list, list[str]]:
    """A clause that states no indicator at all, facing one whose values all state none by themselves (a
    classification, a definition, a worked example): no requirement is missing on either side, so nothing is
    compared; the values are named in a note for the reviewer. Any word of limit or known quantity among them
    keeps them all as requirements the other clause lacks."""
    if not pairs or any(a is not None and b is not None for a, b in pairs):
        return pairs, []
    sides = {a is None for a, _ in pairs}
    values = [domestic[a] if a is not None else international[b] for a, b in pairs]
    if len(sides) != 1 or not all(_unstated(ind) for ind in values):
        return pairs, []
    side, other = ("international", "domestic") if sides == {True} else ("domestic", "international")
    written = ", ".join(_as_written(ind) for ind in values)
    return [], [f"{side}: {written}: no limit word and no named quantity, and the {other} clause states no "
                f"indicator: not compared"]


def _as_written(ind: Indicator) -> str:
    numbers = (ind.low, ind.high) if ind.comparator == Comparator.RANGE else (ind.value,)
    return f"{'–'.join(f'{x:g}' for x in numbers if x is not None)} {ind.unit}".strip()


def _chemical(ind: Indicator) -> str | None:
    return basis_parts(ind.basis).get("chemical")


def _restated_on_another_basis(domestic, international, pairs: list) -> tuple[list, list[str]]:
    """'50 mg/l as nitrate ion (or 11 mg/l as nitrate-nitrogen)' against '硝酸盐（以N计）10 mg/L': one limit written
    on two chemical bases. When a limit of the other clause is paired with the one on its own basis, the restatement
    on the other basis is no second requirement: it is neither compared with it ('another basis') nor reported
    missing, and a note names it."""
    if not any(_chemical(ind) for ind in (*domestic, *international)):
        return pairs, []
    notes, drop = [], set()
    for mine, other, me, them in ((domestic, international, 0, 1), (international, domestic, 1, 0)):
        for k, pair in enumerate(pairs):
            x = pair[me]
            if x is None:
                continue
            ind = mine[x]
            basis = _chemical(ind)
            if not basis:
                continue
            # the other clause's limits this one faces, or, unpaired, those its siblings on this side face
            for j, sibling in enumerate(pairs):
                y, z = sibling[me], sibling[them]
                if j == k or y is None or z is None:
                    continue
                twin, counterpart = mine[y], other[z]
                if twin.concept != ind.concept or not ind.concept and twin.parameter != ind.parameter \
                        or dimension_of(twin) != dimension_of(ind) \
                        or not _chemical(twin) or _chemical(twin) == basis or _chemical(counterpart) != _chemical(twin):
                    continue
                if pair[them] is None or pair[them] == z:
                    drop.add(k)
                    side = "domestic" if me == 0 else "international"
                    notes.append(f"{side}: {_as_written(ind)} {basis} restates {_as_written(twin)} "
                                 f"{_chemical(twin)}: compared once, on the other clause's basis")
                    break
    return [p for k, p in enumerate(pairs) if k not in drop], notes


def _compatible_leftover(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    if not in_one_dimension(d, i) or unit_alone_far_apart(d, i) \
            or substance_against_unknown_chemical(d, i, termbase) or shortfall_against_level(d, i):
        return False
    keys_d, keys_i = qualifier_keys(d, termbase), qualifier_keys(i, termbase)
    if periods_apart(keys_d, keys_i) or transitional_apart(keys_d, keys_i) or _excludes(d, keys_i, termbase) \
            or _excludes(i, keys_d, termbase):
        return False
    return not (d.concept and i.concept and not termbase.related(d.concept, i.concept))


def settle_decimal_commas(mine: Sequence[Indicator], other: Sequence[Indicator],
                          termbase: Termbase | None = None) -> tuple[Indicator, ...]:
    """'static pressure 101,325 kPa' against '静压 101.325 kPa': a comma before three digits, in a clause that writes
    no other number to tell, reads as thousands (101 325 kPa). When the other clause states the decimal reading's
    value for the same quantity (same dimension, related or unnamed concepts) and nothing near the thousands one, the
    comma was decimal: the indicator takes that reading."""
    if not any(ind.decimal_comma for ind in mine):
        return tuple(mine)
    termbase = termbase or load_termbase()
    out = []
    for ind in mine:
        if ind.decimal_comma is None:
            out.append(ind)
            continue
        value, low, high, tolerance = ind.decimal_comma
        decimal = replace(ind, value=value, low=low, high=high, tolerance=tolerance, decimal_comma=None,
                          normalized=normalise(value, ind.unit, low=low, high=high, tolerance=tolerance))
        peers = [o for o in other if dimension_of(o) == dimension_of(ind)
                 and not (ind.concept and o.concept and not termbase.related(ind.concept, o.concept))]
        states = [_states_value(o, decimal) for o in peers]
        out.append(decimal if any(states) and not any(_states_value(o, ind) for o in peers) else ind)
    return tuple(out)


def ceilings_from_zero(mine: Sequence[Indicator]) -> tuple[Indicator, ...]:
    """'ADI 0–0,01 mg/kg bw', 'TDI 0–2 µg/kg bw': a range from zero of a quantity the termbase limits as a ceiling (an
    intake of a residue, a contaminant) states its maximum; its zero end is no requirement, the quantity is never
    below it. Read as that maximum, it meets '每日允许摄入量为0.01 mg/kg bw' as one limit. A range from zero of another
    quantity ('0 °C to 12 °C', a deviation '0 to +2 %', a tolerance named by its words) stays whole."""
    if not any(ind.comparator == Comparator.RANGE and ind.low == 0 for ind in mine):
        return tuple(mine)
    return tuple(_bound_of(ind, Comparator.MAX) if ind.comparator == Comparator.RANGE and ind.low == 0
                 and ind.high is not None and ind.high > 0 and _ceiling_concept(ind) else ind for ind in mine)


def _states_value(o: Indicator, ind: Indicator) -> bool:
    a, b = _representative(o), _representative(ind)
    return a is not None and b is not None and _same(a, b, ROUNDING)


def split_ranges_facing_bounds(mine: Sequence[Indicator], other: Sequence[Indicator],
                               termbase: Termbase | None = None) -> tuple[Indicator, ...]:
    """'minimum 26 % and less than 42 %' (read as one range) against '≥ 26.0' alone, '0.05 %～0.15 %' against 'shall
    not exceed 0,15 %': where the other clause states only one bound of a quantity, a range of it is compared bound
    by bound. The range is split into its minimum and its maximum; the one the other side states pairs with it, the
    other is a requirement the other side lacks. A range the other side meets with a range or a tolerance of the same
    quantity, or with no bound of it, is kept whole."""
    termbase = termbase or load_termbase()
    if not any(ind.comparator == Comparator.RANGE for ind in mine):
        return tuple(mine)
    facing = [k for k, ind in enumerate(mine) if ind.comparator == Comparator.RANGE and ind.low is not None
              and ind.high is not None and _faces_bound_only(ind, other, termbase)]
    if len(facing) > 1:
        # Several ranges of the quantity against one bound ('含氟牙膏 0.05 %～0.15 %；儿童含氟牙膏 0.05 %～0.11 %' against
        # 'shall not exceed 0,15 %'): the one ending where that bound stands is its counterpart; the others stay whole.
        facing = [k for k in facing if any(o.comparator in (Comparator.MIN, Comparator.MAX) and o.explicit
                                           and dimension_of(o) == dimension_of(mine[k])
                                           and _matches_an_end(mine[k], o) for o in other)]
    out: list[Indicator] = []
    for k, ind in enumerate(mine):
        out += [_bound_of(ind, Comparator.MIN), _bound_of(ind, Comparator.MAX)] if k in facing else [ind]
    return tuple(out)


def _faces_bound_only(ind: Indicator, other: Sequence[Indicator], termbase: Termbase) -> bool:
    """True when the other clause states a single bound (an explicit minimum or maximum) of the range's quantity and
    no range or tolerance of it. The quantity is the termbase concept when both sides name one; else a bound of the
    same dimension equal to one end of the range ('Rm/ReH 1,15 min.' against '1,15 min. and 1,35 max.')."""
    dimension = dimension_of(ind)
    bound = False
    for o in other:
        if dimension_of(o) != dimension:
            continue
        if ind.concept and o.concept:
            same = termbase.related(ind.concept, o.concept)
        elif o.comparator in INTERVALS:
            same = _scaled_interval(o) == _scaled_interval(ind)  # the same range, unnamed, meets it whole
        else:
            same = o.comparator in (Comparator.MIN, Comparator.MAX) and o.explicit and _matches_an_end(ind, o)
        if not same:
            continue
        if o.comparator in INTERVALS:
            return False
        bound = bound or (o.comparator in (Comparator.MIN, Comparator.MAX) and o.explicit)
    return bound


def _matches_an_end(ind: Indicator, o: Indicator) -> bool:
    n, m = ind.normalized, o.normalized
    end = n.low if o.comparator == Comparator.MIN else n.high
    if end is None or m.value is None:
        return False
    return _same(end * n.ratio_scale, m.value * m.ratio_scale, ROUNDING)


def _bound_of(ind: Indicator, kind: str) -> Indicator:
    """The minimum (low end) or the maximum (high end) of a range, as a limit of its own."""
    value = ind.low if kind == Comparator.MIN else ind.high
    restated = tuple((lo if kind == Comparator.MIN else hi, None, None, unit)
                     for _, lo, hi, unit in ind.restated if (lo if kind == Comparator.MIN else hi) is not None)
    return replace(ind, comparator=kind, value=value, low=None, high=None, explicit=True,
                   normalized=normalise(value, ind.unit), restated=restated)


# ----------------------------------------------------------------------------------------------- entry


def compare_indicators(domestic: Sequence[Indicator], international: Sequence[Indicator], *,
                       vectors: NameVectors | None = None, notes: Sequence[str] = (),
                       termbase: Termbase | None = None, texts: tuple[str, str] | None = None) -> ClauseComparison:
    """Pair two lists of indicators and judge each pair. `termbase` must be the one the indicators were
    extracted with (the built-in one when None); `texts`, the two clauses the indicators' spans index, if known."""
    notes = list(notes)
    for side, found in (("domestic", domestic), ("international", international)):
        if len(found) > MAX_INDICATORS:
            notes.append(f"{side}: {len(found)} indicators; only the first {MAX_INDICATORS} were compared "
                         "(split long text into clauses)")
    domestic, international = domestic[:MAX_INDICATORS], international[:MAX_INDICATORS]
    domestic, international = (settle_decimal_commas(domestic, international, termbase),
                               settle_decimal_commas(international, domestic, termbase))
    domestic, international = ceilings_from_zero(domestic), ceilings_from_zero(international)
    domestic, international = (split_ranges_facing_bounds(domestic, international, termbase),
                               split_ranges_facing_bounds(international, domestic, termbase))
    pairs = []
    own = (tuple(domestic), tuple(international))
    domestic, international, found, from_conditions = paired_with_conditions(
        domestic, international, pair_indicators(domestic, international, vectors, termbase, texts))
    found, dropped = _unstated_leftovers(domestic, international, found)
    notes += dropped
    found, restated = _restated_on_another_basis(domestic, international, found)
    notes += restated
    for a, b in found:
        d = domestic[a] if a is not None else None
        i = international[b] if b is not None else None
        if d is None:
            pairs.append(IndicatorPair(None, i, Verdict.MISSING_DOMESTIC, 0.0, "no domestic counterpart"))
        elif i is None:
            pairs.append(IndicatorPair(d, None, Verdict.MISSING_INTERNATIONAL, 0.0, "no international counterpart"))
        elif (a, b) in from_conditions:
            pairs.append(IndicatorPair(d, i, Verdict.CONSISTENT, 100.0,
                                       CONDITION_PAIRED_REASON.format(from_conditions[(a, b)])))
        else:
            verdict, score, reason = judge(d, i)
            if reason.startswith(CONDITION_REASON):
                verdict, score, reason = _judged_without_conditions_stated_apart(d, i, own, (verdict, score, reason))
            pairs.append(IndicatorPair(*as_compared(d, i), verdict, score, reason))
    overall, score = overall_and_score(pairs)
    return ClauseComparison(overall, score, tuple(pairs), tuple(notes))


CONDITION_REASON = "another test condition"


def _judged_without_conditions_stated_apart(d: Indicator, i: Indicator,
                                            own: tuple[Sequence[Indicator], Sequence[Indicator]],
                                            judged: tuple[str, float, str]) -> tuple[str, float, str]:
    """`judged` (a pair the conditions set apart), judged again without the conditions the other clause states as
    values of its own (`conditions_stated_apart`) when they alone set the pair apart."""
    apart = conditions_stated_apart(d, i, *own)
    if apart is None:
        return judged
    verdict, score, reason = judge(*apart)
    if reason.startswith(CONDITION_REASON):
        return judged
    return verdict, score, f"{reason}; a condition the other clause states as a value of its own"


def compare_clauses(domestic_text: str, international_text: str, *, encoder=None,
                    vectors: NameVectors | None = None, termbase: Termbase | None = None) -> ClauseComparison:
    """Compare the indicators of a domestic clause with those of an international one.

    `encoder` (optional) pairs parameter names the termbase and units leave open; pass `vectors` to share
    its cache of encoded names across many comparisons. `termbase` (a user's, from `load_termbase(path)`;
    the built-in one when None) names the concepts that pair indicators across languages.
    """
    if vectors is None and encoder is not None:
        vectors = vectors_for(encoder)
    return compare_extractions(extract(domestic_text or "", None, termbase),
                               extract(international_text or "", None, termbase), vectors=vectors, termbase=termbase)


def compare_extractions(domestic: Extraction, international: Extraction, *,
                        vectors: NameVectors | None = None, termbase: Termbase | None = None) -> ClauseComparison:
    """Compare two extractions, carrying their notes (unknown units, malformed numbers) into the result."""
    termbase = termbase or load_termbase()
    domestic, international = classes_listed_alike(domestic, international, termbase)
    notes = [f"domestic: {n}" for n in domestic.notes] + [f"international: {n}" for n in international.notes]
    result = compare_indicators(with_trailing_periods(domestic), with_trailing_periods(international),
                                vectors=vectors, notes=notes, termbase=termbase,
                                texts=(domestic.text, international.text))
    result = replace(result, unread_domestic=domestic.unread, unread_international=international.unread)
    result = set_aside_unsure(read_by_pairing(result, domestic, international, termbase or load_termbase(), vectors))
    ranked = immunity_levels_ranked(result.pairs, domestic.text, international.text)
    if ranked is not None:
        overall, score = overall_and_score(ranked)
        result = replace(result, overall=overall, score=score, pairs=ranked)
    return without_requirement(count_established(result, domestic.text, international.text), domestic.text,
                               international.text)


def _designations(readings: Sequence[Indicator], termbase: Termbase) -> set[str]:
    return {key for ind in readings for key in qualifier_keys(ind, termbase) if key.startswith(("code ", "class "))}


def classes_listed_alike(domestic: Extraction, international: Extraction,
                         termbase: Termbase) -> tuple[Extraction, Extraction]:
    """The two extractions, one read again with the rows of its classification as limits when the other clause reads
    the same classes with their values ('车外空气温度等级：T1为-25 ℃～40 ℃；T2为-40 ℃～35 ℃' against 'Outside air
    temperature: class T1: −25 °C to 40 °C; class T2: −40 °C to 35 °C'): two lists of the same classes compare row by
    row, by their designation. Kept only when the rows read anew carry two designations or more that the other
    side's readings carry too. A classification stays no requirement where the other clause does not list its
    classes with values, where the other clause is written as a classification too ('Temperature classes of water
    meters — … T30: 0,1 °C; 30 °C'), or where either clause says how the classes are made ('按质量分为以下组别：…', a
    shape of `requirements.statement_kinds`), unless the other clause, no classification, states the rows' very values
    (classes named by words, '超轻型0.5 J；轻型1 J' against 'very light, 0,5 J; light, 1 J': `classes_restated`)."""
    def reread(mine: Extraction, theirs: Extraction) -> Extraction:
        if not mine.classified or len(theirs.indicators) < 2:
            return mine
        if classification_spans(fold(theirs.text)[0]):
            return mine
        wanted = _designations(theirs.indicators, termbase)
        kinds = set(statement_kinds(mine.text)) | set(statement_kinds(theirs.text))
        by_designation = len(wanted) >= 2 and not kinds
        if not by_designation and not kinds <= {"classification"}:
            return mine  # (neither way below can hold: read the clause again only when one may)
        again = extract(mine.text, None, termbase, classifications=False)
        if len(again.indicators) <= len(mine.indicators):
            return mine
        known = {ind.span for ind in mine.indicators}
        anew = [ind for ind in again.indicators if ind.span not in known]
        if by_designation and len(_designations(anew, termbase) & wanted) >= 2:
            return again
        # (classes named by words: the counterpart, no designation, code or series, states the rows' very values and
        # keys them by no designations the rows lack; classes_restated)
        if kinds <= {"classification"} and len(wanted - _designations(anew, termbase)) < 2 \
                and rows_restated(anew, theirs.indicators) and not members_described(anew, mine.text) and not members_described(theirs.indicators, theirs.text):
            return again
        return mine

    return reread(domestic, international), reread(international, domestic)


def without_requirement(result: ClauseComparison, domestic_text: str, international_text: str) -> ClauseComparison:
    """The comparison with nothing compared when neither clause states a requirement (compare.indicators.requirements:
    both take the shape of a designation, an example, a classification, a series or a definition, or one reads nothing
    and either takes such a shape, and no reading of either stands in a sentence with a word of limit or a modal
    verb): no verdict, every reading listed as unread
    for the reviewer, with a note saying why. 'EAN-13代码由…组成，共13位数字…如690～699分配给中国' against 'GS1 Prefixes
    690 – 699 are allocated to GS1 China' compared ranges of codes and said 'different'."""
    if not result.pairs:
        return result
    readings = {"domestic": [p.domestic for p in result.pairs if p.domestic is not None],
                "international": [p.international for p in result.pairs if p.international is not None]}
    kinds = no_requirement_stated(domestic_text, [ind.span[0] for ind in readings["domestic"]],
                                  international_text, [ind.span[0] for ind in readings["international"]])
    if kinds is None:
        return result
    unread = {side: tuple(getattr(result, f"unread_{side}")) + tuple(_as_written(ind) for ind in readings[side])
              for side in readings}
    note = (f"neither clause states a requirement (domestic: {kinds[0]}; international: {kinds[1]}; no number read "
            f"stands in a sentence with a word of limit or a modal verb): the numbers read are listed as unread, "
            f"not compared")
    return replace(result, overall=NO_VERDICT, score=None, pairs=(), notes=result.notes + (note,),
                   unread_domestic=unread["domestic"], unread_international=unread["international"])


# Where the words after a limit end: the next limit, or the end of its list item or sentence.
_ITEM_END = re.compile(r"[;；。\n]|\.(?:\s|$)")
# Words after a value longer than this are another statement, not the period of the value.
MAX_TRAILING_PERIOD = 40


def with_trailing_periods(extraction: Extraction) -> tuple[Indicator, ...]:
    """The indicators of a clause, each whose name states no averaging period taking the one written right after
    its value, before the next limit or the end of its item ('甲醛 0.08 mg/m³（1 h平均）', 'Formaldehyde: 0.1 mg/m³ —
    30-minute average concentration', '200 µg/m³ 1-hour average; 40 µg/m³ annual average'): it joins the qualifier,
    where pairing and verdicts read periods (a 1-hour mean is not a 30-minute mean)."""
    text, found = extraction.text, extraction.indicators
    if not text or not found or not _states_period(text):
        return found
    starts = sorted(ind.span[0] for ind in found)
    out = []
    for ind in found:
        leading = period_before_value(ind)
        if leading:
            ind = replace(ind, qualifier=f"{ind.qualifier} {leading}".strip())
        end = ind.span[1]
        stop = min((s for s in starts if s >= end), default=len(text))
        tail = text[end:stop]
        cut = _ITEM_END.search(tail)
        tail = (tail[:cut.start()] if cut else tail).strip(" ，,()（）—–-")
        if tail and len(tail) <= MAX_TRAILING_PERIOD and not period_keys(f"{ind.parameter} {ind.qualifier}") \
                and period_keys(tail):
            ind = replace(ind, qualifier=f"{ind.qualifier} {tail}".strip())
        out.append(ind)
    return tuple(out)


# A duration written between a limit's name and its value, a colon after it ('Ethylbenzene — CAS 100-41-4 — 8 hours:
# 442 mg/m³'): the period the value is averaged over, the value straight after the colon.
_PERIOD_BEFORE_VALUE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s?(?:hours?|minutes?|h|min|小时|分钟)\s*[:：]\s*"
                                  r"(?:[≤<]\s*)?(?=\d)[^:：]*$", re.I)


def period_before_value(ind: Indicator) -> str:
    """The averaging period written right before the value of an indicator whose name states none ('8 hours' in
    'Hydrogen chloride — CAS 7647-01-0 — 8 hours: 8 mg/m³'), or ''. The name is read without it, so that an 8-hour
    mean would otherwise pair with a ceiling as freely as with another 8-hour mean."""
    if period_keys(f"{ind.parameter} {ind.qualifier}"):
        return ""
    m = _PERIOD_BEFORE_VALUE.search(ind.text or "")
    if not m:
        return ""
    return re.split(r"\s*[:：]", m.group(0), maxsplit=1)[0]


@functools.lru_cache(maxsize=4096)  # a clause is compared with many candidates: read its text once
def _states_period(text: str) -> bool:
    return bool(period_keys(text))


# Confidence below which a reading with nothing to pair on the other side is no requirement the other clause lacks:
# it misses on three of the four counts of Indicator.confidence (a name, a quantity the termbase knows, a word of
# limit, a known unit), e.g. a bare '4 %' or '50 Hz' after a list of limits. Chosen leave-one-set-out on the eight
# open evaluation sets (0.45 from any seven of them: +0 or +1 overall on the eighth, no indicator lost); from 0.5 up
# real one-sided limits go too ('复原乳酸度 18 °T', confidence 0.45).
UNSURE_READING = 0.45


def set_aside_unsure(result: ClauseComparison) -> ClauseComparison:
    """The comparison without the one-sided readings the reader is unsure of (confidence below UNSURE_READING):
    each goes back to its clause's unread numbers, for the reviewer to check, with a note, and no longer makes the
    clause 'different' by itself. Pairs with both sides, and sure one-sided readings, are kept as they are."""
    unsure = [p for p in result.pairs if (p.domestic is None) != (p.international is None)
              and p.confidence < UNSURE_READING]
    if not unsure:
        return result
    pairs = [p for p in result.pairs if not any(p is u for u in unsure)]
    unread = {"domestic": list(result.unread_domestic), "international": list(result.unread_international)}
    notes = list(result.notes)
    for p in unsure:
        side, other = ("domestic", "international") if p.domestic is not None else ("international", "domestic")
        ind = p.domestic or p.international
        unread[side].append(_as_written(ind))
        notes.append(f"{side}: {_as_written(ind)} read with confidence {ind.confidence:.2f} ('{ind.text}') and "
                     f"nothing in the {other} clause to pair it with: listed as unread, not compared")
    overall, score = overall_and_score(pairs)
    return replace(result, overall=overall, score=score, pairs=tuple(pairs), notes=tuple(notes),
                   unread_domestic=tuple(unread["domestic"]), unread_international=tuple(unread["international"]))


@functools.lru_cache(maxsize=50_000)  # a clause is compared with many candidates: read its numbers once
def written_numbers(text: str) -> tuple[tuple[float, int, int], ...]:
    """Every number a clause writes, as (value, start, end) in the clause: a comma read both ways ('1,500' is 1.5
    and 1 500), numerals in words ('六个月', 'three months', 'three shocks'), signs dropped."""
    folded, where = fold(text)
    folded, where = numerals_to_digits(folded, where)
    folded, where = plural_counts_to_digits(folded, where)  # ('three shocks': 3 is written, though no value is read)
    out = []
    for number in scan_numbers(folded, where):
        values = set()
        for comma in (False, True):
            try:
                values.add(abs(read_number(number.text, comma)))
            except ValueError:
                pass
        out += [(value, number.start, number.end) for value in sorted(values) if math.isfinite(value)]
    return tuple(out)


def _writes(numbers, value: float) -> bool:
    return any(_same(value, n, 1e-6) for n in numbers)


def count_established(result: ClauseComparison, domestic_text: str, international_text: str) -> ClauseComparison:
    """The comparison whose overall verdict rests only on what the reader established: a one-sided reading (missing
    on the other side) whose every number the other clause also writes, outside the limits compared there ('50 Hz'
    read as a limit in one clause, written as the frequency of a test in the other; '12 次' against '12 times' read
    in another dimension), or one written beside a compared reading of its own clause that it restates, conditions or
    times (`_BESIDE_A_COMPARED_READING`: in brackets straight after it, as the period before it, after 'i.e.' or '即'),
    is no requirement the other clause was shown to lack. It stays listed, judged missing,
    with a note for the reviewer, and the overall verdict and score are taken without it; when nothing else is left,
    they are taken over every pair as before. On the nine open evaluation sets, of the one-sided readings whose
    number the other clause writes, 38 were limits the other clause does lack and about 490 were not."""
    texts = {"domestic": domestic_text, "international": international_text}
    compared = [p for p in result.pairs if p.domestic is not None and p.international is not None]
    aside: list[int] = []
    notes = list(result.notes)
    for k, p in enumerate(result.pairs):
        if p.domestic is not None and p.international is not None:
            continue
        side, other = ("domestic", "international") if p.domestic is not None else ("international", "domestic")
        ind = p.domestic or p.international
        beside = next(((getattr(q, side), why) for q in compared for test, why in _BESIDE_A_COMPARED_READING
                       if test(ind, getattr(q, side), texts[side])), None)
        if beside is None:
            readings = [getattr(q, side) for q in result.pairs if getattr(q, side) is not None]
            beside = next(((getattr(q, side), WRITTEN_AGAIN) for q in compared
                           if written_again(ind, getattr(q, side), texts[side])
                           and states_its_item(ind, texts[side], readings)), None) \
                or next(((getattr(q, side), WRITTEN_BEFORE) for q in compared
                         if written_again(getattr(q, side), ind) and written_again(ind, getattr(q, side), later=False)),
                        None)
        if beside is not None:
            aside.append(k)
            notes.append(f"{side}: {_as_written(ind)} ('{ind.text}') is written {beside[1].format(_as_written(beside[0]))}"
                         f", not counted in the overall verdict")
            continue
        if beyond_the_bands(ind, [getattr(q, side) for q in compared], [getattr(q, other) for q in compared]):
            aside.append(k)
            notes.append(f"{side}: {_as_written(ind)} ('{ind.text}') is the rest of the scale beyond the last band "
                         f"both clauses compare: not counted in the overall verdict")
            continue
        if describes_an_item(ind, texts[side], [getattr(q, side) for q in compared]):
            aside.append(k)
            notes.append(f"{side}: {_as_written(ind)} ('{ind.text}') is written in brackets that describe the item "
                         f"a compared limit after it is for: not counted in the overall verdict")
            continue
        why = part_of_a_substance_name(ind, texts[side]) or assumed_for_a_calculation(ind)
        if why:
            aside.append(k)
            notes.append(f"{side}: {_as_written(ind)} ('{ind.text}') is {why}, no requirement: not counted in the "
                         f"overall verdict")
            continue
        reagent = buffer_of_its_ph(ind, texts[side])
        if reagent:
            aside.append(k)
            notes.append(f"{side}: {_as_written(ind)} ('{ind.text}') is written straight after '{reagent}', as the "
                         f"name of a reagent, with no word of limit: not counted in the overall verdict")
            continue
        noun = attribute_of_a_noun(ind, texts[side]) or vessel_of_its_size(ind, texts[side]) \
            or plane_at_its_height(ind, texts[side])
        if noun:
            aside.append(k)
            notes.append(f"{side}: {_as_written(ind)} ('{ind.text}') is written straight before '{noun} …', as an "
                         f"attribute of what follows it, with no word of limit: not counted in the overall verdict")
            continue
        values = [abs(x) for x in (ind.value, ind.low, ind.high) if x is not None]
        if not values or not texts[other]:
            continue
        used = [getattr(q, other) for q in compared]
        free = [n for n, start, _ in written_numbers(texts[other])
                if not any(u.span[0] <= start < u.span[1] and _writes(
                    [abs(x) for x in (u.value, u.low, u.high, u.tolerance) if x is not None], n) for u in used)]
        if all(_writes(free, v) for v in values):
            aside.append(k)
            notes.append(f"{side}: {_as_written(ind)} ('{ind.text}') has no {other} counterpart read, but the {other} "
                         f"clause writes {', '.join(f'{v:g}' for v in values)} too: not counted in the overall verdict")
    if not aside or len(aside) == len(result.pairs):
        return result
    pairs = tuple(replace(p, counted=False) if k in aside else p for k, p in enumerate(result.pairs))
    overall, score = overall_and_score([p for p in pairs if p.counted])
    return replace(result, overall=overall, score=score, pairs=pairs, notes=tuple(notes))


# Words that follow a quantity without making it an attribute of a noun: prepositions, conjunctions, articles, verbs
# and adverbs of a requirement, the words of a bound, dimensions written as adjectives ('50 mm wide').
_NOT_A_NOUN = frozenset("""of to and or at for in on per with from by as than into onto over under above below during
between within after before until when where while which that the a an not nor then plus minus each both either shall
should must may might will would can could need does do is are was were be been being has have had max min maximum
minimum approx approximately about apart
away later earlier total respectively wide long high thick deep tall diameter across only at least most less more
greater lower higher""".split())
_WORD_AFTER = re.compile(r"\s*(?:[-–]\s*)?([a-z][a-z-]{2,})")


def attribute_of_a_noun(ind: Indicator, text: str) -> str:
    """The noun an English quantity is written before as its attribute ('through a 200 Ω non-inductive resistor',
    'dirt retained on 45 µm sieve', 'Annealed: 0,2 % proof strength min. 190 MPa'), or '': the quantity says which
    resistor, sieve or kind of strength a requirement is about (a setting of the method, the name of a quantity), it
    is no requirement of its own. Only a quantity with a unit and no word of limit ('shall not exceed 5 mm wide' is a
    limit; '5 tablets', a count, has no unit), followed straight by a lower-case word that is no preposition,
    conjunction, verb of a requirement or adjective of size (`_NOT_A_NOUN`)."""
    if ind.explicit or not ind.unit.strip() or not text or dimension_of(ind) == "number":
        return ""  # (a count's unit is the noun counted: '5 tablets')
    m = _WORD_AFTER.match(text, ind.span[1])
    if not m or m.group(1) in _NOT_A_NOUN:
        return ""
    return m.group(1)


# Laboratory vessels a Chinese method names by their capacity or light path ('置于100 mL离心管中', '置250 mL烧杯中',
# '于干燥的150 mL具塞锥形瓶中', '50 mL的高型烧杯'), with the words that may stand between the size and the vessel.
_VESSELS = ("离心管|比色管|具塞试管|试管|反应管|消化管|烧杯|锥形瓶|三角瓶|容量瓶|碘量瓶|圆底烧瓶|烧瓶|称量瓶|试剂瓶|广口瓶|"
            "量筒|量杯|坩埚|蒸发皿|培养皿|比色皿|分液漏斗|审评杯|移液管|吸量管|滴定管")
_VESSEL_MODIFIERS = "具塞|带塞|磨口|高型|低型|棕色|干燥|石英|玻璃|塑料|聚乙烯|聚丙烯|聚四氟乙烯|洁净|灭菌|刻度"
_VESSEL_AFTER = re.compile(rf"\s*的?((?:{_VESSEL_MODIFIERS})*(?:{_VESSELS}))")


def vessel_of_its_size(ind: Indicator, text: str) -> str:
    """The vessel a Chinese volume or length is written straight before as its size ('置于100 mL离心管中', '用1 cm比色皿'),
    or '': the size says which tube, beaker or cell a step uses (the other clause often names it with no size: 'into
    a centrifuge tube'), it is no amount put in and no requirement of its own. Only a reading with no word of limit,
    followed straight by a vessel's name (`_VESSELS`, after an optional '的' and words of its kind: '具塞', '高型');
    not an amount followed by what holds it ('盛有200 mL水的烧杯': the water is named first)."""
    if ind.explicit or not text or dimension_of(ind) not in ("[length] ** 3", "[length]"):
        return ""
    m = _VESSEL_AFTER.match(text, ind.span[1])
    return m.group(1) if m else ""


# A bracket closed before '的' (after a few words of a verb at most: '（超过2 h）存放的'): what it holds describes the noun
# that follows.
_BRACKET_THEN_OF = re.compile(r"[)）][\u4e00-\u9fff]{0,4}的")
_SENTENCE_STOP = re.compile(r"[。;；]|\.\s")


def _band_ends(readings: Sequence[Indicator], dimension: str) -> list[tuple[float, float]]:
    return [(r.normalized.low, r.normalized.high) for r in readings
            if r.comparator == Comparator.RANGE and r.normalized.low is not None and r.normalized.high is not None
            and r.normalized.dimension == dimension]


def beyond_the_bands(ind: Indicator, own: Sequence[Indicator], other: Sequence[Indicator]) -> bool:
    """True when a one-sided bound is the rest of a scale of bands that both clauses list and compare: a last row
    below the lowest band or above the highest ('Symbol grade: A: 3,5 to 4,0; …; D: 0,5 to < 1,5; F: < 0,5' against
    four grades from '4级 3.5～4.0' to '1级 0.5～1.5'). Its bound is where its own clause's outermost band ends and
    where the other clause's ends too: the other list leaves the rest unnamed, and states no other limit there."""
    if ind.comparator not in (Comparator.MAX, Comparator.MIN) or ind.normalized.value is None:
        return False
    dimension = ind.normalized.dimension
    mine, theirs = _band_ends(own, dimension), _band_ends(other, dimension)
    if len(mine) < 2 or len(theirs) < 2:
        return False
    end = min if ind.comparator == Comparator.MAX else max
    side = 0 if ind.comparator == Comparator.MAX else 1
    value = ind.normalized.value
    return _same(value, end(b[side] for b in mine)) and _same(value, end(b[side] for b in theirs))


def describes_an_item(ind: Indicator, text: str, compared: Sequence[Indicator]) -> bool:
    """True when `ind` is written in brackets that describe the item a compared limit later in its sentence is for
    ('YSP35.5型钢瓶（公称容积35.5 L，最大充装量15 kg）的水压试验压力为3.2 MPa', '需要较长时间（超过2 h）存放的食品，应在
    高于60 ℃…的条件下存放'): the brackets close before '的' and the noun they qualify; the values in them say which
    cylinder or which food, they are no requirement of their own."""
    if not text or "的" not in text:
        return False
    end = ind.span[1]  # (its span may start with its name, before the brackets: the value ends it)
    opened = max(text.rfind("（", 0, end), text.rfind("(", 0, end))
    if opened < 0 or any(c in text[opened + 1:end] for c in ")）"):
        return False
    closes = [k for k in (text.find("）", end), text.find(")", end)) if k >= 0]
    if not closes or any(c in text[end:min(closes)] for c in "(（"):
        return False
    close = min(closes)
    if not _BRACKET_THEN_OF.match(text, close):
        return False
    stop = _SENTENCE_STOP.search(text, close)
    stop = stop.start() if stop else len(text)
    return any(close < q.span[1] <= stop for q in compared)


# The registry number that closes a substance's name in a list ('…, more than 60 % C9 (CAS 0068515-48-0)'), a few
# words of the name at most before it.
_CAS_AFTER = re.compile(r"\s*[A-Za-z0-9,\-]{0,12}\s*[(（]\s*CAS\b")
# Words that set out an assumption a calculation rests on ('assuming a product mass of 10 g administered daily',
# '假定每日摄入量为10 g').
_ASSUMING = re.compile(r"(?<![A-Za-z])(?:assuming|assumed|on\s+the\s+assumption)(?![A-Za-z])|假定|假设", re.I)


def part_of_a_substance_name(ind: Indicator, text: str) -> str:
    """'part of a substance's name' when `ind` is written inside the name of a substance, right before its CAS number
    ('phthalic acid, diesters with … C8-C10 branched alcohols, more than 60 % C9 (CAS 0068515-48-0)'): the share says
    which substance the limit after the name is for; it is no requirement of its own. Else ''."""
    if "CAS" not in text or not _CAS_AFTER.match(text, ind.span[1]):
        return ""
    return "part of a substance's name, before its CAS number"


def assumed_for_a_calculation(ind: Indicator) -> str:
    """'an assumption of a calculation' when the words of `ind` set out what a calculation assumes ('the concentration
    limits in ppm … can be used, assuming a product mass of 10 g administered daily'): the other clause states the
    limits the assumption gives, not the assumption. Else ''."""
    return "an assumption of a calculation" if _ASSUMING.search(ind.text or "") else ""


# A buffer or a solution named by its pH ('phosphate buffer solution pH 6,8', '磷酸盐缓冲液（pH 6.8）'): the words
# between the reagent's name and the number.
_BUFFER_BEFORE_PH = re.compile(r"(buffer(?:\s+solution)?|缓冲(?:溶)?液)\s*[(（]?\s*(?:at\s+)?pH\s*(?:of\s+)?$", re.I)


_NUMBER_IN = re.compile(r"\d[\d.,]*")


def buffer_of_its_ph(ind: Indicator, text: str) -> str:
    """The reagent a pH is written straight after as its name ('then, in phosphate buffer solution pH 6,8,
    disintegration within 60 min', '在磷酸盐缓冲液（pH 6.8）中'), or '': the pH says which buffer a step uses (the other
    clause often names it another way: '人工肠液'), it is no requirement of its own. Only a reading with no word of
    limit ('adjust the buffer to pH 6,8 ± 0,1' states a tolerance)."""
    if ind.explicit or not text or "pH" not in text:
        return ""
    numbers = list(_NUMBER_IN.finditer(text, ind.span[0], ind.span[1]))  # (the value is the last number read)
    if not numbers:
        return ""
    m = _BUFFER_BEFORE_PH.search(text, max(0, numbers[-1].start() - 40), numbers[-1].start())
    return "" if m is None else f"{m.group(1)} pH"


# The planes a Chinese clause names by their height ('0.75 m水平面', '0.8 m高的工作面', '地面上1 m的水平面' is named first).
_PLANE_AFTER = re.compile(r"\s*(?:高)?的?(水平面|工作面|台面)")


def plane_at_its_height(ind: Indicator, text: str) -> str:
    """The plane a Chinese length is written straight before as its height ('0.8 m高的工作面', '0.75 m的水平面'), or '':
    the height says on which plane the limits of its item are measured (a lighting standard's reference plane, which
    the other clause often leaves to a general clause); it is no requirement of its own. Only a reading with no word
    of limit. The commonest form, '0.75 m水平面', is read earlier as the basis of the illuminance limits
    (references.plane_reference) and never reaches here; this sets aside the forms that pattern leaves."""
    if ind.explicit or not text or dimension_of(ind) != "[length]":
        return ""
    m = _PLANE_AFTER.match(text, ind.span[1])
    return m.group(1) if m else ""


# Brackets opened straight after a value ('60 kcal (251 kJ)', '(6,0 ± 0,3) kPa/min [(60 ± 3) cm H2O/min]', '≤100 mW
# （e.i.r.p.，天线增益<10 dBi时）'), and a list item's mark inside them ('(b) the …'), which starts another requirement.
_BRACKET_AFTER = re.compile(r"\s*[(（\[【]{1,2}\s*")
_ITEM_MARK = re.compile(r"[A-Za-z0-9ivx]{1,3}[)）]")


def bracketed_after(ind: Indicator, before: Indicator, text: str) -> bool:
    """True when `ind` is written in brackets opened straight after `before`, a reading of the same clause: what a
    clause writes in brackets after a value restates it in another unit or states the condition it holds under
    ('3 mm < t ≤ 40 mm', '4 h'); it is no requirement of its own that the other clause lacks. Not a list item
    marked '(b)' nor a reading that starts before the brackets."""
    if not text or before.span[1] > ind.span[0]:
        return False
    opened = _BRACKET_AFTER.match(text, before.span[1])  # the reading's own span may start with the bracket
    return bool(opened) and before.span[1] + len(text[before.span[1]:ind.span[0]].rstrip()) <= opened.end() \
        and not text[before.span[1]:ind.span[0]].strip(" \t\n([（【") and not _ITEM_MARK.match(text, opened.end())


def restated_in_brackets(ind: Indicator, compared: Indicator, text: str) -> bool:
    """True when `compared`, a reading of the same clause with no name of its own, is written in brackets straight
    after `ind` ('Applied load: 1,96 N ± 0,01 N (200 g ± 1 g)', '…不超过5 m/s（18 km/h）'): the brackets restate `ind`
    in the unit the other clause uses, which paired them; `ind` is the same requirement, not one the other clause
    lacks. A bracketed reading with a name ('50 mg/kg (for infants 10 mg/kg)') states a limit of its own."""
    return not compared.parameter.strip() and bracketed_after(compared, ind, text)


# The second term of a ratio and the bracket that restates it ('1:100 (1 %)': '100 (').
_RATIO_TERM = re.compile(r"\s*(\d[\d\s]*)\s*[(（]")


def ratio_in_per_cent(ind: Indicator, compared: Indicator, text: str) -> bool:
    """True when `ind` is the first term of a ratio ('should not exceed 1:100 (1 %)', read as 1) whose second term
    and the per cent in brackets after it are `compared`, a reading of the same clause ('100 (1 %', read as 1 %), or
    `ind` is the ratio read whole ('1:100', unit '1:') and `compared` the per cent in brackets after it: the ratio and
    the per cent are one slope or share written twice. The per cent must be the ratio's (1/100 = 1 %)."""
    if ind.value is None or compared.value is None or compared.unit.strip() != "%" or not text:
        return False
    if ind.unit == "1:":
        # the ratio read whole as its second term ('1:200', numbers.RATIO_TO_ONE_LEAD), the per cent in brackets
        # straight after it ('1:200 (0.5 %)')
        between = text[ind.span[1]:compared.span[0]] if compared.span[0] >= ind.span[1] else "?"
        return ind.value > 0 and not between.strip(" (（") and _same(100 / ind.value, compared.value, 1e-6)
    if text[ind.span[1]:ind.span[1] + 1] not in (":", "："):
        return False
    term = _RATIO_TERM.match(compared.text or "")
    if term is None or compared.span[0] - ind.span[1] > 2:
        return False
    second = float(term.group(1).replace(" ", ""))
    return second > 0 and _same(100 * ind.value / second, compared.value, 1e-6)


_NAME_BEFORE_NUMBER = re.compile(r"[^\d±≤≥<>＜＞]*")


def period_of_next_value(ind: Indicator, after: Indicator, text: str) -> bool:
    """True when `ind`, a duration, is written straight before `after`, a reading of the same clause with no name of
    its own ('Xylene, mixed isomers, pure: 8 hours 221 mg/m³ (50 ppm)', read as xylene 8 hours, then 221 mg/m³): the
    duration is the period the value is stated over ('8 hours' as the period of a limit, not a limit), no requirement
    the other clause lacks."""
    if dimension_of(ind) != "[time]" or after.span[0] < ind.span[1] or after is ind:
        return False
    gap = after.text[:_NAME_BEFORE_NUMBER.match(after.text).end()] if after.text else ""
    return after.span[0] - ind.span[1] <= 3 and not text[ind.span[1]:after.span[0]].strip() and not gap.strip() \
        and not after.parameter.strip()


def stated_again(ind: Indicator, compared: Indicator, text: str) -> bool:
    """True when `ind`, a value with no word of limit and no concept the termbase knows in its name, is the same value
    in the same dimension as `compared`, another reading of its clause that is compared: a step's setting stated
    again where its result is judged ('…避光放置5 d。若5 d后水解率小于10 %' against 'after 5 days … less than 10 %'),
    once a requirement, not two. A value naming a substance or a tissue ('脂肪 50 µg/kg' beside '肌肉 50 µg/kg') is a
    limit of its own."""
    if ind is compared or ind.explicit or ind.concept or ind.comparator != Comparator.EQUAL \
            or compared.comparator != Comparator.EQUAL:
        return False
    a, b = ind.normalized, compared.normalized
    return dimension_of(ind) == dimension_of(compared) and a.value is not None and b.value is not None \
        and a.tolerance is None and b.tolerance is None and math.isclose(a.value, b.value, rel_tol=1e-9)


# Words that say the same again in other terms, written straight after a value: 'i.e.', 'that is', 'namely', '即',
# '也就是'. Not '立即', '随即' (at once), '即可', '即使', '即将'.
_THAT_IS = re.compile(r"[\s,，(（]*(?:i\.\s?e\.|(?<![A-Za-z])(?:that\s+is|namely)(?![A-Za-z])"
                      r"|(?<![立随旋亦])即(?![可使将便时刻])|也就是(?:说)?)", re.I)
# A sentence or an item ends between two readings: neither restates the other.
_STATEMENT_END = re.compile(r"[。;；\n]|(?<!i\.e)(?<!e\.g)\.\s+(?=[A-Z\u4e00-\u9fff])")


def restated_that_is(ind: Indicator, other: Indicator, text: str) -> bool:
    """True when one of two readings of a clause is written straight after the other behind 'i.e.', 'that is', '即'
    ('shall be 1,5 times the working pressure, i.e. 300 bar', '不小于标称值的90 %减0.1 mm … i.e. tmin ≥ 0,9 tn − 0,1',
    '时间间隔为(100±20)ms，即每秒撞击10次'): the second says the first again in other terms, a value or a formula, so
    it is one requirement. Only punctuation may stand between the first reading and the word; no sentence or item
    ends before the second."""
    if ind is other:
        return False
    first, second = (ind, other) if ind.span[0] < other.span[0] else (other, ind)
    if first.span[1] > second.span[0] or _STATEMENT_END.search(text, first.span[1], second.span[0]):
        return False
    return _THAT_IS.match(text, first.span[1], second.span[1]) is not None


# Dimensions of the settings of a test or a product (a time, a length, a temperature, a volume): the same setting
# written twice in a clause is one setting. Amounts of substances are left out: a list gives the same limit to several
# substances or foods ('鱼类 50 µg/kg；酒类 50 µg/kg'), each a requirement of its own.
SETTING_DIMENSIONS = frozenset({"[time]", "[length]", "[temperature]", "temperature difference", "[length] ** 3",
                                "1 / [time]"})
WRITTEN_AGAIN = "again after {}, which is compared: the same setting written twice"
WRITTEN_BEFORE = "before {}, which is compared and writes the same setting again"


def written_again(ind: Indicator, before: Indicator, text: str = "", later: bool = True) -> bool:
    """True when `ind` writes again, later in its clause, the value of `before`, a reading of the same clause, in a
    dimension of a setting (`SETTING_DIMENSIONS`): a condition that refers back to it ('在(20±0.5)℃下测定；若不在20 ℃下
    测定，应…校正'), the edge it names ('试样尺寸为(25±0.5)mm×(100±0.5)mm，瓦楞方向与25 mm边平行'), the same size for
    a second dimension ('长(50±1) mm、宽(50±1) mm' against 'square with a side of 50 mm ± 1 mm'), the same duration for
    an alternative ('…放置12个月，或在…条件下放置12个月'). The other clause states that setting once; the second writing
    is no requirement it lacks. Every number of `ind` must be one of `before`'s (its tolerance may be left out), and
    `ind` states a value or a band, not a bound: a bound written again ('草场…的转换期至少为…24个月' after '一年生植物的
    转换期至少为…24个月') is the limit of another item. With `later` False, `ind` may be written first: the caller
    asks both ways when the first writing is the one left unpaired ('…over 90 per cent of the 20 to 2 000 MHz
    frequency band and … over the whole 20 to 2 000 MHz frequency band')."""
    if ind is before or later and ind.span[0] < before.span[1] or ind.comparator in (Comparator.MIN, Comparator.MAX) \
            or dimension_of(ind) != dimension_of(before) or dimension_of(ind) not in SETTING_DIMENSIONS:
        return False
    mine, theirs = _nominal_numbers(ind), _nominal_numbers(before)
    return bool(mine) and all(any(_same(x, y, 1e-9) for y in theirs) for x in mine)


def _nominal_numbers(ind: Indicator) -> list[float]:
    n = ind.normalized
    return [x for x in (n.value, n.low, n.high) if x is not None]


# Where a list item or a sentence ends.
_ITEM_ENDS = re.compile(r"[。;；\n]|\.(?:\s|$)")


def states_its_item(ind: Indicator, text: str, readings: Sequence[Indicator]) -> bool:
    """True when no number left unread follows `ind` in its list item or sentence: an item that goes on to write a
    number no reading of the clause took ('potassium hydrogen tartrate, saturated at 25 °C, 3.56;') has its value
    there, and `ind` is only its condition, read in its place."""
    end = _ITEM_ENDS.search(text, ind.span[1])
    stop = end.start() if end else len(text)
    return not any(ind.span[1] <= start < stop and not any(r.span[0] <= start < r.span[1] for r in readings)
                   for _, start, _ in written_numbers(text))


# A one-sided reading written beside a compared reading of its clause that it restates, conditions or times: the
# test, and what the note says of it.
_BESIDE_A_COMPARED_READING = (
    (bracketed_after, "in brackets straight after {}, which is compared: read as its restatement or condition"),
    (restated_in_brackets, "straight before {}, which is compared and restates it in brackets"),
    (ratio_in_per_cent, "as the first term of a ratio that {}, which is compared, restates in per cent"),
    (stated_again, "with the value of {}, which is compared: read as the same requirement stated again"),
    (period_of_next_value,
     "straight before {}, which is compared and has no name of its own: read as the period of that value"),
    (restated_that_is, "beside {}, which is compared, joined to it by 'i.e.' or '即': read as its restatement"),
)


RECOVERED_REASON = "value read from a number the reader left unread, guided by the other clause: check it"


def read_by_pairing(result: ClauseComparison, domestic: Extraction, international: Extraction,
                    termbase: Termbase, vectors: NameVectors | None = None) -> ClauseComparison:
    """The comparison with the limits that lack a partner paired, where they clearly can be, with numbers the
    other clause left unread (compare.indicators.guided); complete pairs are kept as they are."""
    missing = [(k, p.domestic, "international") if p.verdict == Verdict.MISSING_INTERNATIONAL
               else (k, p.international, "domestic") for k, p in enumerate(result.pairs)
               if p.verdict in (Verdict.MISSING_INTERNATIONAL, Verdict.MISSING_DOMESTIC)]
    if not missing or not (may_recover(domestic) if any(s == "domestic" for *_, s in missing) else ()) \
            and not (may_recover(international) if any(s == "international" for *_, s in missing) else ()):
        return result
    found = recover_pairs(missing, domestic, international, termbase, vectors)
    if not found:
        return result
    pairs = list(result.pairs)
    taken = {"domestic": [], "international": []}
    for k, ind in found:
        old = pairs[k]
        d, i = (old.domestic, ind) if old.domestic is not None else (ind, old.international)
        taken["domestic" if old.domestic is None else "international"].append(ind)
        verdict, score, reason = judge(d, i)
        pairs[k] = IndicatorPair(*as_compared(d, i), verdict, score, f"{reason}; {RECOVERED_REASON}")
    overall, score = overall_and_score(pairs)
    return replace(result, overall=overall, score=score, pairs=tuple(pairs),
                   unread_domestic=without_recovered(domestic.unread, domestic.unread_spans, taken["domestic"]),
                   unread_international=without_recovered(international.unread, international.unread_spans,
                                                          taken["international"]))


def comparison_function(encoder=None, termbase: Termbase | None = None):
    """(domestic text, international text) -> the JSON shape of `stdcompare compare --json`; what result
    workbooks apply to each matched row. Extraction is cached per text, so repeated clauses cost nothing more."""
    def compare(domestic: str, international: str) -> dict:
        return compare_clauses(domestic, international, encoder=encoder, termbase=termbase).to_dict()

    return compare


# ---------------------------------------------------------------------------------------------------------------
# Twenty-sixth round (pairs26): a name listing several substances.


def listed_substances(ind: Indicator, termbase: Termbase) -> frozenset[str]:
    """The substances a reading's name lists, two or more joined by a list's words ('锑、汞、镉（分别计）', 'arsenic,
    cadmium and mercury'), or none: one limit of a list written once for all its substances, whose concept the
    termbase took from the last of them."""
    name = unicodedata.normalize("NFKC", ind.parameter or "")
    found = {concept for _, _, concept in termbase.hits(name) if termbase.fields.get(concept) in SUBSTANCE_FIELDS}
    if len(found) < 2 or not _COORDINATED.search(_without_terms(name, termbase)):
        return frozenset()
    return frozenset(found)


def lists_the_other_substance(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    """True when one name lists several substances and the other reading's concept is one of them ('锑、汞、镉（分别计）：
    ≤2、≤1、≤1' against 'Antimony: not more than 2 mg/kg'): the list's values are its substances' limits, each the
    counterpart of one of them, though every value took the concept of the last substance named."""
    for mine, other in ((d, i), (i, d)):
        if other.concept and not listed_substances(other, termbase) \
                and any(termbase.related(c, other.concept) for c in listed_substances(mine, termbase)):
            return True
    return names_a_salt_of(d, i, termbase)


def names_a_salt_of(d: Indicator, i: Indicator, termbase: Termbase) -> bool:
    """True when both readings are amounts of substances and one's name names the other's substance among its own
    ('六水合氯化钴' against 'cobalt chloride hexahydrate'): a compound is named in the two languages in opposite orders
    (氯化钴, the anion first; 'cobalt chloride', the cation first), so the concept each took, the last one named,
    differs while the compound is one."""
    if termbase.fields.get(d.concept) not in SUBSTANCE_FIELDS or termbase.fields.get(i.concept) not in SUBSTANCE_FIELDS:
        return False
    if not (states_an_amount(d) and states_an_amount(i)) or listed_substances(d, termbase) \
            or listed_substances(i, termbase):
        return False  # (a list of substances against one of them: `lists_the_other_substance`)
    return d.concept in termbase.concepts_in(i.parameter) or i.concept in termbase.concepts_in(d.parameter)


def amount_taken(ind: Indicator) -> bool:
    """True for what a procedure's step adds or takes ('加入20 mL硫酸', 'add 15 g of potassium sulfate': a setting,
    `Indicator.setting`, of mass or volume): an amount of a reagent, a set value of the method, never a contaminant's
    limit, though the reagent's name reads as one (sulfuric acid as sulfur). 20 mL against 25 ml is another amount of
    the method (different), not a stricter ceiling."""
    return ind.setting and dimension_of(ind) in ("[mass]", "[length] ** 3")


def amounts_of_one_step(d: Indicator, i: Indicator) -> bool:
    """True when one side's value is an amount a procedure's step adds or takes (`amount_taken`: 'add 2 ml of dilute
    sulfuric acid') and the other's is in the same dimension: both are amounts of the method, whatever the other
    side's wording ('加稀硫酸溶液3 mL', where the reagent is named before its amount and the reader sees no step's
    setting). The reagent's name read as a contaminant (sulfuric acid as sulfur) makes no ceiling of it: 3 mL against
    2 ml is another amount (different), not a looser maximum. (fixproc34)"""
    return (amount_taken(d) or amount_taken(i)) and dimension_of(d) == dimension_of(i) \
        and not (_TOLERANCE_NAME.search(d.parameter) or _TOLERANCE_NAME.search(i.parameter))
