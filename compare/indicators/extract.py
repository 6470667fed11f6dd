"""Extract key technical indicators from Chinese and English clause text.

`extract(text)` finds each stated limit: the parameter as written, the comparator (max, min, range, equal,
tolerance), the value or [low, high], the unit as written and normalised, the basis ("以N计", "as N", "dry
basis") and test conditions ("at 23 °C"), and the span of text it came from. Pure functions: strings in,
frozen dataclasses out; results are cached per text because matching compares the same clauses many times.

How it reads a clause: the text is folded (full-width to ASCII, Chinese numerals to digits) with a map back to
the original offsets; clause references, standard numbers, dates and table numbers are blanked; every value
expression (a tolerance, a range, a number with its unit) is found; the words between one value and the one
before it give the parameter, the comparator and the basis.
"""

from __future__ import annotations

from compare.core.vocabulary import Comparator
import bisect
import functools
import math
import re
from dataclasses import dataclass, field, replace

from compare.indicators.clausetext import (CLOCK_AND_THREADS, RATIO_TO_ONE_LEAD, cas_numbers, DESIGNATION_HINTS, DESIGNATIONS, SCOPE, LEADING_NUMBER, MALFORMED, NOT_VALUES, blank, fold, format_number,
                                           entry_cross_references, hide_digits, numerals_to_digits, show_digits)
from compare.terms.lexicon import is_english_word
from compare.terms.termbase import Termbase, load_termbase, trie_pattern
from compare.indicators.phrases import (
    AFTER,
    AFTER_KIND,
    basis_in,
    basis_parts,
    BEFORE,
    clean_parameter,
    FRACTION_WORDS,
    CONDITION_AFTER,
    CONDITION_BEFORE,
    CONDITION_LINK,
    EDGE,
    bound_words,
    has_stated_limit,
    state_before,
    states_named,
    join_basis,
    kind_of,
    SENTENCE_END,
    strip_basis,
    GROUP_BASIS,
    GROUP_LIMIT,
    TRAILING_BASIS,
    TRIM,
)
from compare.indicators.tolerance_apart import tolerance_stated_apart
from compare.indicators.capped_values import capped_before
from compare.indicators.and_beyond import open_end_after
from compare.indicators.publication_years import history_year_spans, may_name_a_history_year, without_history_years
from compare.indicators.negated_excess import forbidden_excess_kind
from compare.indicators.en_forms31 import restated_after_bound, restated_tolerance
from compare.indicators.excess_threshold import closes_its_value, excess_threshold_kind
from compare.indicators.constructions import (says_each_after, PERIOD_WORDS as _PERIOD_WORDS, names_a_count, NUMBERED_CLASS_LETTER, per_period_headings, per_amount_headings, alternative_points, compound_quantity, counted_thing, thing_in_a_row,
                                               percentage_per_time, alternative_reference, averaging_periods, level_measure, multiple_reference, symbol_multiple, glued_length_symbol, counters_as_pieces, symbol_fractions, kelvin_restated, formula_terms, symbol_units, upper_end_after_symbol, defined_symbols,
                                              names_an_index, one_sided_deviation, period_keys, within,
                                              reference_before, reference_oxygen, restated_in_air, restated_value, shared_value, given_respectively, respectively_after,
                                              CONDITION_MARK, without_condition_names,
                                              grid_cell, row_cells, labels_before, heading_row_end, list_continues,
                                              stated_tolerance, unsigned_tolerance, bracketed_tolerance, shared_tolerance, tolerance_column, heading_rows, stated_table_unit, keyed_rows, label_keys, item_after_aside,
                                              line_breaks_as_row_ends, spaced_cells_as_grid, grid_rows_after, MIN_SERIES,
                                              monotonic_runs, minimum_then_maximum, bound_columns, colon_unit_headings,
                                              cells_under, low_high_rows, period_before_count, per_unit_before, count_per_amount, per_spelt_area_or_volume,
                                              per_time_after_number, ratio_unit_in_brackets, symbol_then_bound,
                                              titrant_per_amount,
                                              declared_units, may_declare_unit, listed_symbol)
from compare.indicators.compnames import reference_quantity
from compare.indicators.bounds import (negation_carried_by_or, signed_floor_and_ceiling, unit_said_once_fails,
                                       zero_dash_band_as_maximum)
from compare.indicators.named_amounts import amounts_named_after
from compare.indicators.named_rows import list_items, values_in_named_rows
from compare.indicators.references import Reference, reference_conditions
from compare.indicators.compound_units import units_continued, values_parted_by_slash
from compare.indicators.units_written31 import counter_restated, level_tolerance_in_db, symbol_then_unit, units_written31
from compare.indicators.units_unread import composition_in_mass_percent, counts_per_amount, minutes_closing_settings
from compare.indicators.water_units import CN_DEGREE, degrees_of_water
from compare.indicators.reference_shares import share_of_reference_after
from compare.indicators.magnetic_units import teslas_of_a_field
from compare.indicators.constructions import COUNTED_THINGS
from compare.indicators.counts_in_area import count_in_an_area
from compare.indicators.units_running import substances_per_amount, worded_units_after
from compare.indicators.units_spread import amounts_in_words, body_weight_in_headings, heading_unit_in_item
from compare.indicators.units_taken import (compound_noun_after, degrees_of_a_temperature, noun_before_colon,
                                             powered_units_after, symbol_as_subject)
from compare.indicators.tolerance_points import stated_point, tolerance_point
from compare.indicators.two_sided import two_sided_bands
from compare.indicators.symbol_after_bound import bound_before_symbol
from compare.indicators.mains_cycles import fifty_hertz_cycles
from compare.indicators.degree_words import degree_words_blanked
from compare.indicators.annum import year_symbol
from compare.indicators.capital_names import capital_name_before, symbol_not_unit
from compare.indicators.arc_minutes import errors_with_minutes
from compare.indicators.scaled_headings import may_head_in_a_scaled_unit, scaled_heading_units
from compare.indicators.minmax import (bound_in_nominal_brackets, bound_word_after_each, deviation_not_nominal,
                                       deviations_worded_apart, may_write_a_nominal, nominal_beside_its_bounds)
from compare.indicators.unit_free import unit_free_quantities
from compare.indicators.unit_roots import ROOT_SIGN
from compare.indicators.stated_at import conditions_stated_at
from compare.indicators.measured_at import measured_at_temperature
from compare.indicators.reference_lists import reference_heads_list
from compare.indicators.excepted_values import excepted_values
from compare.indicators.substance_after import substances_named_after
from compare.indicators.magnitudes import restated_formulas, signed_magnitudes
from compare.indicators.translation_limits import may_list_translation_limits, translation_limits
from compare.indicators.list_limits import (bound_over_named_series, ceilings_by_nature, composition_maxima,
                                            distillation_points, footnote_marks, lighting_bounds)
from compare.indicators.zh_forms30 import zh_forms30
from compare.indicators.per_polarity import counts_per_polarity, may_count_per_polarity, polarity_pair_spans
from compare.indicators.clausetext import may_hold_non_values, may_state_scope
from compare.indicators.scope_quantities import readable_runs
from compare.indicators.attributive_values import names_its_own_value
from compare.indicators.defined_thresholds import bounded_runs, defines_a_term
from compare.indicators.scope_ratings import outside, states_a_scope
from compare.indicators.same_counts import taken_as_values
from compare.indicators.approximate_values import approximate_values
from compare.indicators.parts_of_a_whole import names_its_whole
from compare.indicators.minutes_stated import minutes_after_stated_kind
from compare.indicators.statements import class_list_end, classification_spans, no_requirement_spans, \
    values_name_classes
from compare.indicators.lists import comma_cells_as_grid, names_an_error_bound
from compare.indicators.series import FEWEST_OFFERED, dash_chains_as_lists, offering_clause, parted_into_rows
from compare.indicators.within import times_allowed
from compare.indicators.row_bands import rows_keyed_by_bands
from compare.indicators.numbered_rows import label_number_rows
from compare.indicators.tuples import dimension_tuples, is_tuple_of_names
from compare.indicators.row_cells import first_cell_units
from compare.indicators.numbers import DIGIT_RUN, NUMBER, ambiguous_comma, read_number, writes_decimal_comma
from compare.indicators.quick import caseless, starting_with, word_starts
from compare.indicators.records import stored_at_once
from compare.indicators.method_ranges import may_state_a_working_range, working_range
from compare.indicators.restated_limits import may_restate_a_limit, without_restated_limits
from compare.indicators.detection_limits import detection_limits_as_floors, may_state_a_detection_limit
from compare.indicators import units_vocab
from compare.indicators.falling_bands import falling_ends
from compare.indicators.carried_bounds import several_value_bounds
from compare.indicators.bound_headings import values_under_a_bound_heading
from compare.indicators.up_to_ends import lower_end_up_to, range_up_to
from compare.indicators.per_time_bands import per_time_band_ends
from compare.indicators.named_floor import ceiling_then_named_floor
from compare.indicators.rows_by_position import bands_restated_by_position
from compare.indicators.size_columns import head_bound, size_columns
from compare.indicators.slashed_deviations import slashed_deviation_pairs
from compare.indicators.nominal_glued import after_nominal_word
from compare.indicators.class_deviations import bands_heading_class_rows, class_deviation_pairs, may_head_class_rows
from compare.indicators.percent_deviations import percent_deviation_pairs
from compare.indicators.band_selectors import bands_beside_values, bounds_selecting_a_thing, zh_bands_heading_a_row
from compare.indicators.selecting_bands import bands_selecting_things
from compare.indicators.trailing_bands import bands_after_values
from compare.indicators.item_ratings import class_label_before, class_numbers, ratings_of_the_item
from compare.indicators.range_words import averaged_over_a_period, range_words
from compare.indicators.scale_designations import hardness_scale_designations
from compare.indicators.alternatives import glued_plus_minus, offered_as_alternatives
from compare.indicators.bracketed_ranges import bracketed_ends
from compare.indicators.unit_statements import unit_statement_numbers, units_named_after
from compare.indicators.referred_elsewhere import referred_elsewhere
from compare.indicators.existential_counts import at_least_one_thing
from compare.indicators.of_heads import head_before_of
from compare.indicators.step_counts import counted_by_the_step
from compare.indicators.units import (DIFFERENCE_DIMENSIONS, REFERENCE_QUANTITY, Normalized, fraction_kind, is_known,
                                      level_unit, multiple_unit, normalise, reads_as_unit, value_in_unit, vickers_scale)

COMPARATORS = (Comparator.MAX, Comparator.MIN, Comparator.RANGE, Comparator.EQUAL, Comparator.TOLERANCE)
MAX_TEXT = 200_000  # longer text is cut (with a note): a clause is never this long; a pasted book is
LONG_TEXT = 20_000  # longer text is read, with a note that it should be split into clauses


@stored_at_once  # (speed: records.py)
@dataclass(frozen=True)
class Condition:
    """A test condition attached to an indicator ("at 23 °C", "在(23±2)℃下")."""

    parameter: str
    text: str
    normalized: Normalized
    # The condition as written, for showing it as the counterpart of a limit the other clause states
    # (compare.indicators.verdicts.paired_with_conditions); not part of what makes two conditions the same.
    value: float | None = field(default=None, compare=False)
    low: float | None = field(default=None, compare=False)
    high: float | None = field(default=None, compare=False)
    tolerance: float | None = field(default=None, compare=False)
    unit: str = field(default="", compare=False)
    span: tuple[int, int] = field(default=(0, 0), compare=False)


@stored_at_once  # (speed: records.py)
@dataclass(frozen=True)
class Indicator:
    """One key technical indicator of a clause. `value` is the stated number (the nominal one for a
    tolerance); `low`/`high` bound a range; `unit` is as written; `normalized` is in the canonical unit."""

    parameter: str
    comparator: str
    value: float | None
    unit: str
    span: tuple[int, int]
    text: str
    normalized: Normalized
    low: float | None = None
    high: float | None = None
    tolerance: float | None = None
    basis: str | None = None
    conditions: tuple[Condition, ...] = ()
    concept: str | None = None
    # The termbase concept when it is one form of a substance ('inorganic_arsenic', 'hexavalent_chromium').
    form: str | None = None
    # Words after the value that narrow it ('0.5 mA for class 0I appliances' -> 'for class 0I appliances').
    qualifier: str = ""
    # False when no comparator word was written ("cadmium 0.4 mg/kg"): the limit then takes its kind from
    # the clause it is compared with.
    explicit: bool = True
    # True when no word at all states the kind, not even 'is' / '为' ('铜 1.0 mg/L', 'CO, 1 000 mg/km'): a value
    # standing in a list of limits, read as a maximum when the other side does not say otherwise.
    bare: bool = False
    # 0-1: how sure the reading is; lowered when the name names no known concept, no word states the kind of
    # limit, or the unit is missing or unknown. A reviewer checks the low ones first.
    confidence: float = 1.0
    # The same limit restated in another unit in brackets ('60 kcal (251 kJ)' -> ((251.0, None, None, 'kJ'),)):
    # (value, low, high, unit), compared instead when the other clause writes that unit.
    restated: tuple[tuple[float | None, float | None, float | None, str], ...] = ()
    # A number whose comma could be a thousands or a decimal one, with nothing in its clause to tell ('101,325 kPa'
    # read as 101325): (value, low, high, tolerance) read with a decimal comma, for the comparison to take when the
    # other clause states that value (compare.indicators.verdicts.settle_decimal_commas).
    decimal_comma: tuple[float | None, float | None, float | None, float | None] | None = None
    # True when the rule reader did not read this value: compare.indicators.guided took an unread number of the
    # clause for the partner of a limit the other clause states. A reviewer checks these first.
    recovered: bool = False
    # True for a setting of a procedure's step, read from a condition's words in a sentence that states no limit
    # ('stir for 5 min at 1 500 r/min', '在700 nm波长下测定吸光度'): a value set, never a bound (`step_settings`).
    setting: bool = False

    @property
    def interval(self) -> tuple[float, float] | None:
        """Normalised [low, high] for a range or tolerance."""
        n = self.normalized
        if self.comparator == Comparator.RANGE and n.low is not None and n.high is not None:
            return (n.low, n.high)
        if self.comparator == Comparator.TOLERANCE and n.tolerance is not None:
            centre = n.value or 0.0
            return (centre - n.tolerance, centre + n.tolerance)
        return None


@stored_at_once  # (speed: records.py)
@dataclass(frozen=True)
class Extraction:
    """The indicators of a text, notes about what could not be read (unknown units, malformed numbers, long
    text), and the numbers of the text read as no value nor condition ('23/50', '60227'), as written, for a
    reviewer to check by hand."""

    indicators: tuple[Indicator, ...]
    notes: tuple[str, ...] = field(default=())
    unread: tuple[str, ...] = field(default=())
    # Where each of `unread` stands in the clause (start, end), and the clause itself: what
    # compare.indicators.guided reads again when the other clause states a limit this one seems to lack.
    unread_spans: tuple[tuple[int, int], ...] = field(default=())
    text: str = ""
    # Where the clause names a designation or class ('PN 16', 'Type 2', 'IP54', '60245 IEC 53'): its digits stay in
    # `unread` for the reviewer, but they are a name, never a value that compare.indicators.guided may take.
    designation_spans: tuple[tuple[int, int], ...] = field(default=())
    # Whether a classification's rows were left unread as no requirement (`statements.classification_spans`), which
    # `verdicts.classes_listed_alike` may read again.
    classified: bool = False


# ------------------------------------------------------------------------------------------------ values

# A bound word before a colon, cheaply: the heading of a list of bounds (bound_headings).
_BOUND_HEADING_HINT = re.compile(r"(?:[Bb]ounds?|[Ll]imits?|ima|values|限|值)\s*[:：]")
# A word that may open a band written after a value ('0,4 dB/km from 1 310 nm to 1 625 nm': trailing_bands).
_MAY_TRAIL_A_BAND = re.compile(r"\b(?:from|between|range|sizes?)\s", re.I)
_NUM = NUMBER
# A number right after '/' is the reference amount of a unit ('g/100 g', 'MPN/100 ml') or the second of a rating
# ('300/500 V'), never a value; a sign parted from its digits by a space leads a value after a word or a bracket
# ('between − 40 °C and + 85 °C', 'equal to − 40 ± 2 °C').
_SIGN = r"(?:(?=[-+] \d)(?:(?<=[(:,;=] )|(?<=to )|(?<=of )|(?<=at )|(?<=and )|(?<=between )|(?<=^))[-+] )?"
# ('mm²，12.1 Ω/km' folds to 'mm2,12.1': a comma after a unit's power is no thousands comma.)
_NUMBER = rf"(?<![A-Za-z0-9_.^/])(?<!/ )(?:(?<=[A-Za-z]\d,)|(?<!\d,)){_SIGN}(?:{_NUM})(?![.,]\d)(?!-[A-Za-z])"
# (Bits and bytes, 比特 and 字节, as one character class at the end: two more alternatives here cost the reader 3 %.)
# (units_vocab's names first, longest first, so '毫米汞柱' is no '毫米')
# (批 counts the lots of a sampling scheme, '累计数达到5批', and 轮 the rounds of an algorithm, '采用32轮': counters as 件
# is; not 批号, 批准, 轮胎, 轮廓: fixcount38)
# (日 is a number of days where it ends the clause or a bound follows, '每周至少休息一日。', '30日以内'; fixcount39: not
# a date's day, '1月1日', read apart as a date, nor a name, '五日生化需氧量', nor a period before a value, '一日8 h')
_CN_UNITS = units_vocab.CN_UNITS_PATTERN + "|" \
    "摄氏度|开尔文|毫克|微克|纳克|千克|公斤|克|毫升|微升|升|立方米|平方毫米|平方厘米|平方米|纳米|微米|毫米|厘米|千米|米|" \
    "千伏|毫伏|伏特|伏|毫安|安培|安|千瓦|瓦特|瓦|兆欧|欧姆|欧|赫兹|兆帕|千帕|帕|牛顿|牛|焦耳|焦|小时|分钟|秒|分贝|" \
    "千卡|千焦|个月|个?周期|个|帧(?= ?/)|次|" + CN_DEGREE + "|滴(?!定|加|入|下|管|瓶)|转(?![/\u4e00-\u9fff])|倍|片|块|根|处|例|粒|件|批(?![号次量准])|轮(?![胎廓辋毂距齿盘椅轴系缘周])|极(?!限|性|差|值)|体重|月|周岁|岁|年|天|周(?!期|波)|[比字][特节]|" \
    r"(?<!月\d)(?<!月\d\d)(?<!月 \d)(?<!月 \d\d)日(?=以内|以上|以下|[。，；;,]|$)"
_SYM = r"[A-Za-zμΩ°][A-Za-zμΩ0-9°]*"
# A unit: '%', '°C', 'mg/kg', '毫克/千克', 'CFU/100 mL', 'mg/kg bw/day', and 'mg·kg-1' / 'mg kg-1' (power -1).
# Vitamin equivalents written inside a unit ('µg RE/100 kJ', 'mg α-TE/100 kcal', 'mg NE/100 kcal').
_EQUIVALENT = r"(?:\s(?:RE|α-TE|TE|NE|DFE|KOH|NaOH|O2|(?:I-|WHO-)?TEQ)(?=\s?/))?"
# ':1' after a number makes it a ratio ('5:1', '1.2:1～2:1'): read as the number, with no unit.
# A percentage may say how the fraction is taken ('% (m/m)', '% vol', '%vol', '% mass fraction', '% by weight'), and a
# level in decibels its weighting or reference ('dB(A)', 'dB (C)', 'dB(µV)', and a current or a magnetic field's
# 'dB(µA)', 'dB(µA/m)', as units.level_unit reads them: the A after µ is the ampere, no A-weighting).
_PERCENT_KIND = (r"(?:\s?\(\s?(?:[mMwWvV]\s?/\s?[mMwWvV]|mol\s?/\s?mol)\s?\)|\s?(?:[mMwW]/[mMwW]|[vV]/[vV])(?![A-Za-z/])"
                 r"|\s?vol\b\.?|\s(?:mass|volume|mole) fraction\b|\sby (?:weight|mass|volume)\b|\s?RH(?![A-Za-z]))?")
# ... or before it: 'volume %', 'mass %', 'mol %', 'weight %', 'wt. %' (ASTM's '(weight %)' heading a composition).
_KIND_PERCENT = r"(?i:mass|weight|wt\.?|volume|vol\.?|mole?)\s?%"
_LEVEL = r"dB\s?\(\s?(?:[ACZ]|[μu][VA](?:/m)?|mW|pW)\s?\)"
# A rate written as an amount in one period ('1,0 mGy in one hour'), and a pressure as a column of water
# ('35 mm water-column height', '35 mmH2O'), are part of the unit.
_UNIT_TAIL = (r"(?:(?<=[A-Za-z])\s+in\s+(?:one|an?|1)\s+(?:hours?|minutes?|seconds?|days?|years?|h|min|s|d)(?![A-Za-z])"
              # ... or 'a' period: '6,25 mm a year', '2 mg a day' (a rate, as 'mm/a')
              r"|(?<=[A-Za-z])\s+an?\s+(?:hour|minute|second|day|week|month|year)(?![A-Za-z])"
              r"|(?<=mm|cm)\s?(?:H2O|Hg(?![A-Za-z])|(?:of\s+)?water(?:[\s-]column)?(?:\s+height)?)"
              # ... and a filtration or shielding as a thickness of metal ('2,5 mm Al', '0,25 mm Pb': units.py)
              r"|(?<=mm)\s?(?:Al|Cu|Pb)(?![A-Za-z\u4e00-\u9fff])"
              # per gram, or per millilitre for a liquid: 'CFU/g或CFU/mL', 'CFU per g or ml'
              r"|(?<=g)\s?(?:或|\sor\s)\s?(?:(?:CFU|cfu|MPN)\s?/\s?|per\s+)?(?:mL|ml)(?![A-Za-z])"
              # the test force of a Vickers hardness written after a space ('270 HV 5 to 390 HV 5', '450 HV 0,3
              # minimum'), as 'HV5' and 'HV0.3' glued are: part of the scale, no value of its own
              r"|(?<=HV)\s(?:0[.,]\d+|[1-9]\d?)(?![\d.,]|\s?(?:[A-Za-zµμ%°]{1,3}(?![A-Za-z])(?<!to)(?<!or)(?<!and)|\d)))?")
# A denominator that is a product, in brackets after the slash: 'W/(m²·K)', 'µg/(cm²·week)', 'mL/(g·h)', 'kg/(s·m²)',
# 'µg/(cm²·周)'.
# A magnification written with the times sign after the number ('at a magnification of 100 ×', 'usually less than 50 ×',
# '50 × to 500 ×'), as '100倍' is: the sign closes the value, no factor or size follows it ('20 mm × 10 mm', '5 × C',
# '6,0 × 10¹¹', '10× loupe').
_MAGNIFICATION = r"×(?=\s*(?:$|[;；,，.。:：)）]|(?:to|and|or)\s|[~至到]))"
_PRODUCT_DENOMINATOR = (rf"\(\s?(?:{_CN_UNITS}|{_SYM})(?:\s?[·*]\s?(?:{_CN_UNITS}|{_SYM}))+\s?\)")
# A unit of volume or area after 'per' written in words, after what is counted ('20 g of water vapour per cubic metre of
# air'), as 'g/m³' is ('2 kg per cubic metre' alone is read so by `units_running`).
_POWER_WORD = r"(?:(?:cubic|square)\s+(?=[a-z]))?"
_UNIT = (rf"(?::1(?![\d:]|[.,]\d)(?!\s\d)|{_MAGNIFICATION}|′′?|″|[△Δ](?![A-Za-z\u0391-\u03c9\d])|{_LEVEL}|%{_PERCENT_KIND}(?:\s?/\s?(?:min|s|h)(?![A-Za-z]))?|{_KIND_PERCENT}|‰|°\s?[CF](?:\s?/\s?(?:h|min|s)(?![A-Za-z]))?|(?:1|#)\s?/\s?{_SYM}|(?i:per)\s+(?:\d+\s?)?{_SYM}"
         rf"|(?:{_CN_UNITS}|{_SYM}(?:-[1-4](?!\d|\.\d))?){_EQUIVALENT}"
         rf"(?:\s?·?\s?{_SYM}-[1-4](?!\d|\.\d)|\s?[/·]\s?(?:(?:\d+\s?)?(?:{_CN_UNITS}|(?:{ROOT_SIGN})?{_SYM})|{_PRODUCT_DENOMINATOR})"
         rf"|\s+per\s+(?:\d+\s?)?(?:{_SYM})"
         # a Chinese unit per another in words ('50毫克每升', '0.2毫克每千克', '3米每秒'), as '毫克/升'
         rf"|(?<=[克升米秒时钟])每(?:毫升|升(?![高温])|千克|公斤|克|立方米|平方米|平方厘米|小时|分钟|秒|天)"
         rf"|(?:(?<=degrees)|(?<=degree))\s+(?i:Celsius|centigrade|Fahrenheit)"  # '40 degrees Celsius'
         # '20 mg of iodine per kg of salt', '10 mg of histamine per 100 g': what is counted, per what
         # (an example in brackets among those words: '14 ml of anticoagulant solution (e.g. CPD) per 100 ml of blood')
         rf"|(?:\s+of|(?<=equivalents))\s+(?:[A-Za-z][\w-]*\s+){{1,4}}?(?:\((?:e\.g\.|i\.e\.|such as)[^()]{{1,30}}\)\s+)?"
         rf"per\s+(?:\d+\s?)?{_POWER_WORD}{_SYM}(?:\s+of\s+[a-z][\w-]*(?![\w-]*\s+\d))?"
         # ... or with a slash: 'milliequivalents of active oxygen/kg', 'milliequivalents active oxygen/kg fat'
         rf"|(?:\s+of|(?<=equivalents))\s+(?:[A-Za-z][\w-]*\s+){{0,3}}?[A-Za-z][\w-]*\s?/\s?(?:\d+\s?)?{_SYM})*"
         rf"(?:\s?(?:kg\s?)?(?:bw|b\.w\.|体重(?=\s?/\s?(?:day|d)(?![A-Za-z]))))?(?:\s?/\s?(?:day|d)|(?<=bw)\s(?:per|a)\s(?:day|week|month)(?![A-Za-z]))?(?:(?<=g)\((?:mL|ml)\))?{_UNIT_TAIL})")
_GAP = r"\s*(?:\|\s*)?(?:\(\s*[A-Z](?:\s*,\s*[A-Z]){0,3}\s*\)\s*(?=[a-zμ%]))?"
# Speed, not meaning: a value starts with one of these characters (a digit, a sign, '(', '±', between, from, 介于,
# 在), so every other position is passed over at once; each form that needs a '±', two bounds or a range word
# looks ahead for it first, instead of reading its number and unit again where the text holds none. A new form
# starting with another character must add it here (tests/compare/indicators/test_reading_speed.py compares the
# pattern with and without these). The look-aheads scan to the end of the text: a text over _GATED_TEXT
# characters is read by the same pattern without them (`_values`). Each scan is possessive ('*+': a run of the
# characters it passes over is never given back, where the one after it, in the class the run excludes, cannot
# match earlier): the same answer, without trying the class again at every character of a text that lacks it.
_VALUE_START = r"(?=[\d(±+\-介在bBfF])"
_NEEDS_PLUS_MINUS = r"(?=[^±]*+±)"
_NEEDS_TWO_BOUNDS = r"(?=[^<≤>≥]*+[<≤>≥][^<≤>≥]*+[<≤>≥])"
# A band around a symbol written from its top down ('2000 ≥ C > 300', '类别2 2000≥C＞1000', GHS's guidance ranges): the
# second sign points the way of the first, and the ends are read in order (`_read_value` puts the low end first).
_BAND_SIGNS = r"(?:(?P<ddown>[>≥])|[<≤])\s*(?P<dvar>{symbol})\s*(?(ddown)[>≥]|[<≤])"
# A plus sign parted by a space from the band's top end ('−0,2 < PMV < + 0,2', '-5 < t < + 40 °C'): the sign of a
# positive end, written to set it against the negative one; the number is read as it stands.
_PLUS_SPACED = r"(?:\+\s(?=\d))?"
_BAND_SYMBOL = r"(?P<abs>\|)?[A-Za-z\u0391-\u03a9\u03b1-\u03c9][A-Za-z0-9\u03b1-\u03c9]{0,5}(?(abs)\|)"
_NEEDS_RANGE_WORD = r"(?=[^~\-至到t]*+[~\-至到t])"
# A band open at its top written in words ('SAE 30 — 9.3 to less than 12.5 mm²/s'), as '9.3 to < 12.5' is.
_OPEN_TOP_WORDS = r"(?<=to\s)(?i:less\s+than|under|below)\s+"
# A band's ends said to be approximate ('between about 1° and 4°', 'from approximately 5 Hz to 50 Hz', '在约1°与约4°之间'):
# the word qualifies the end, the band is the one written.
_ABOUT = r"(?:(?i:about|approximately|approx\.|roughly)\s+|约\s*)?"
# A remark in brackets on a band's first end, before 'and' ('between 1,5 m (the breathing zone) and 4 m', 'between 20 °C
# (room temperature) and 40 °C'): it says what the end is, the band runs on to the second end. Words only, no number:
# '(50 Hz)' after an end would be a second value.
_END_ASIDE = r"(?:(?<=\s)\([^()\d]{2,40}\)\s*(?=and\s))?"
# The kind of current after a voltage's unit at a band's first end ('from −40,5 V DC to −57,0 V DC', '10 V d.c. to
# 30 V d.c.'): it names the supply, the band runs on to the second end. So does the kind of value written after each
# end ('100 V r.m.s. to 240 V r.m.s.', '2 kV peak to 4 kV peak', '−9 °C dew point to 15 °C dew point').
_CURRENT_KIND = r"(?:\s+(?:DC|AC|d\.c\.|a\.c\.|r\.m\.s\.|rms|peak|dew\s+point)(?![A-Za-z]))?"
_VALUE = re.compile(
    _VALUE_START + "(?:"
    # (23 ± 2) °C, (50±10)%
    rf"{_NEEDS_PLUS_MINUS}(?P<tol1>\(\s*(?P<t1n>{_NUMBER})\s*(?P<t1u1>{_UNIT})?\s*±\s*(?P<t1t>{_NUM})\s*(?P<t1u2>{_UNIT})?\s*\)"
    rf"\s*(?P<t1u3>{_UNIT})?)"
    # 220 V ± 10 %, 23 ± 2 °C
    rf"|{_NEEDS_PLUS_MINUS}(?P<tol2>(?P<t2n>{_NUMBER})\s*(?P<t2u1>{_UNIT})?\s*±\s*(?P<t2t>{_NUM})\s*(?P<t2u2>{_UNIT})?)"
    # ± 0.05 mm
    rf"|(?P<tol3>±\s*(?P<t3t>{_NUM})\s*(?P<t3u>{_UNIT})?)"
    # 65 N ≤ f ≤ 500 N, 3 mm < t ≤ 40 mm, 11≤n≤39: a band around a symbol, Greek ('0,1 ≤ β ≤ 0,75') or an absolute
    # value ('2,0 < |z| < 3,0') too, and from its top down ('2000 ≥ C > 300')
    rf"|{_NEEDS_TWO_BOUNDS}(?P<dbl>(?P<dl>{_NUMBER})\s*(?P<du1>{_UNIT})?\s*" + _BAND_SIGNS.format(symbol=_BAND_SYMBOL) + r"\s*"
    rf"{_PLUS_SPACED}(?P<dh>{_NUM})(?![.,]\d)\s*(?P<du2>{_UNIT})?)"
    # between 5 mm and 10 mm, 介于5 mm与10 mm之间; '在…和…' is a band only when 之间 or 范围内 closes it ('在232 nm和268
    # nm处测定', '在20 ℃和101.3 kPa下': two points, or two conditions)
    rf"|(?P<btw>(?:(?i:between|from|介于)|(?P<zai>在))\s*{_ABOUT}(?P<bl>{_NUMBER})\s*(?P<bu1>{_UNIT})?(?(bu1){_CURRENT_KIND})\s*"
    rf"{_END_ASIDE}"
    rf"(?(zai)(?:(?P<bzh>与|和)|至|到|~|-|(?i:and|to))|(?i:and|与|和|至|到|to|~|-))"
    rf"\s*{_ABOUT}(?:(?<![-])[<＜]\s*)?(?P<bh>{_NUMBER})\s*(?P<bu2>{_UNIT})?"
    rf"(?(bzh)\s*(?:之间|范围内|的范围内)|(?:\s*(?:之间|范围内|的范围内))?))"
    # 5 mm to 10 mm, 12%~14%, 6.5-8.5, and a band open at its top: '6.9 mm²/s～<9.3 mm²/s', '2.0 to < 5.0'
    # and in brackets with the unit after them: '(19 to 21) °C', '(20～25)℃'
    rf"|{_NEEDS_RANGE_WORD}(?P<rng>(?P<ro>(?<=\())?(?P<rl>{_NUMBER})\s*(?P<ru1>{_UNIT})?(?(ru1){_CURRENT_KIND})\s*(?:~|(?<![A-Za-z])-|至|到|\bto\b)\s*(?:(?<![-])[<＜]\s*|{_OPEN_TOP_WORDS})?(?P<rh>{_NUM})(?![.,]\d)"
    rf"(?(ro)(?:\s*\)(?=\s*{_UNIT}))?){_GAP}(?P<ru2>{_UNIT})?)"
    # 0.2 mg/kg
    rf"|(?P<one>(?P<v>{_NUMBER}){_GAP}(?P<u>{_UNIT})?))"
)

_GATES = (_VALUE_START, _NEEDS_PLUS_MINUS, _NEEDS_TWO_BOUNDS, _NEEDS_RANGE_WORD)
_GATED_TEXT = 2_000


@functools.lru_cache(maxsize=1)
def ungated_value_pattern() -> re.Pattern:
    """_VALUE without its look-aheads: the same matches, for long texts (and for tests to compare)."""
    pattern = _VALUE.pattern
    for gate in _GATES:
        pattern = pattern.replace(gate, "")
    return re.compile(pattern)


def _values(text: str, comma: bool = False):
    """The value expressions of a text, in order (`_VALUE.finditer`, without its look-aheads on long text). A
    'range' whose two ends are in units of different dimensions is two values side by side ('15 kW – 93,9 %': a
    rating and its efficiency): its first end is read alone (`_read_value`), and reading goes on at the second. So
    is a band written from its higher end down ('from 6° to 3°': `falling_bands`)."""
    pattern = _VALUE if len(text) <= _GATED_TEXT else ungated_value_pattern()
    position = 0
    while (m := pattern.search(text, position)) is not None:
        yield m
        falling = falling_ends(m, comma) if m.group("rng") or m.group("btw") else None
        position = _second_start(m, text) if m.group("rng") and (falling or _mixed_range(m)) \
            else m.start(falling[2]) if falling else max(m.end(), m.start() + 1)


def _second_start(m: re.Match, text: str) -> int:
    """Where the second of two values side by side starts: at its number, or at the minus sign glued to it when a
    space parts the sign from the first value ('2 000 Hz −1,3 dB', '40 °C -5 %'): a dash between two quantities of
    different kinds joins no band, so it is the sign of the number it touches."""
    at = m.start("rh")
    return at - 1 if at >= 2 and text[at - 1] == "-" and text[at - 2].isspace() else at


def _mixed_range(m: re.Match) -> bool:
    """True when both ends of a range match carry a unit, of different dimensions ('15 kW – 93,9 %')."""
    first, second = _accept_unit(m.group("ru1")), _accept_unit(m.group("ru2"))
    if not (first and second) or first == second or _referred_end(first, second):
        return False
    a, b = normalise(1.0, first), normalise(1.0, second)
    return a.known and b.known and a.dimension != b.dimension


def _referred_end(first: str, second: str) -> bool:
    """True when a range's second end writes its first end's unit with what it is per ('4 ml to 5 ml per minute',
    '1,2 mg to 2,0 mg of anhydrous EDTA per millilitre of blood'): both ends are in the second end's unit."""
    return second.startswith(first) and bool(_REFERENCE_TAIL.match(second, len(first)))


_REFERENCE_TAIL = re.compile(r"\s*/|\s+(?:of\s+(?:[A-Za-z][\w-]*\s+){1,4}?)?per\s")


_UNIT_AFTER = re.compile(rf"\s*({_UNIT})?")

# Words that can follow a number without being its unit.
_NOT_UNITS = {"to", "and", "or", "at", "in", "of", "for", "the", "max", "as", "is", "are", "be", "by",
              "on", "per", "with", "from", "than", "shall", "when", "if", "not", "no", "a", "an", "under", "each",
              "maximum", "minimum", "max.", "min.", "R", "th", "st", "nd", "rd", "lg", "ln", "log", "logs"}


# Chemical symbols that pint would read as units ('Pb' a petabarn, 'Cd' a candela-day): after a name they restate it.
_ELEMENT_SYMBOLS = frozenset("Pb Cd Hg Cr Ni Zn Cu Sb Ba Se Sn Fe Mn Co Mo Al Tl Be As Ag Au Pt Pd".split())
_FIT_CLASS = re.compile(r"[A-Za-z]{1,2}\d{1,2}|IT\d{1,2}")


# A standards body after a number ('60245 IEC 53') names a standard, never a unit.
_STANDARDS_BODY = re.compile(r"IEC|ISO|EN|GB|DIN|ASTM|JIS|CEN|CISPR|ITU|UL|SAE")
# A lower-case word that is no unit of the system, with more words after it ('16 to 18 who use', '3.1 city and
# trekking bicycle'), is the sentence going on; one that ends the phrase ('不超过 5 qux。') is an unknown unit, kept.
_LOWER_WORD = re.compile(r"[a-z]{2,}")
_WORDS_FOLLOW = re.compile(r"\s+[A-Za-z(]")


def _sentence_word(unit: str, text: str, end: int) -> bool:
    return bool(_LOWER_WORD.fullmatch(unit)) and not reads_as_unit(unit) and bool(_WORDS_FOLLOW.match(text, end))




@functools.lru_cache(maxsize=8192)  # the same unit tokens come back in clause after clause
def _accept_unit(token: str | None) -> str:
    """The unit token if it reads as a unit (known to pint, or short and not an English word); else ''. A reference
    quantity's symbol ('In') makes the value its multiple: '× In'."""
    if not token:
        return ""
    token = token.strip()
    if token == "×":
        return token  # a magnification ('100 ×', `_MAGNIFICATION`), as '100倍'
    if token.startswith("HV") and vickers_scale(token) == "HV":
        return token  # ('HV 0,3': a Vickers scale with its test force)
    if REFERENCE_QUANTITY.fullmatch(token):
        return f"× {token}"
    # 'A' is an ampere and 'a' an article; longer words are words in any case ('Max', 'AND').
    if token in _NOT_UNITS or (len(token) > 1 and token.lower() in _NOT_UNITS) or token in _ELEMENT_SYMBOLS:
        return ""
    if is_known(token):
        # Known to pint is not enough: 'poles', 'b' (barn), 'P' (poise) and 'city' are words and grades here.
        return token if reads_as_unit(token) else ""
    if _FIT_CLASS.fullmatch(token) or _STANDARDS_BODY.fullmatch(token):
        return ""
    if token in {"个", "次", "倍", "片", "块", "根", "处", "例", "粒", "件"} or "/" in token or len(token) <= 4:
        return token
    return ""


def unit_written_after(text: str, end: int) -> str:
    """The unit the rule reader reads right after a number ending at `end` of folded text ('5 mg/kg' -> 'mg/kg'),
    or '' (for compare.indicators.guided, which reads numbers this reader left)."""
    m = _UNIT_AFTER.match(text, end)
    unit = _accept_unit(m.group(1)) if m else ""
    return "" if unit and _sentence_word(unit, text, m.end(1)) else unit


# ------------------------------------------------------------------------------------------ extraction


@dataclass
class _Raw:
    start: int
    end: int
    comparator: str
    value: float | None
    low: float | None
    high: float | None
    tolerance: float | None
    unit: str
    explicit: bool = False
    worded: bool = False
    condition: bool = False
    condition_start: int = 0
    left_start: int = 0
    basis: str | None = None
    unit_span: tuple[int, int] | None = None
    restated: tuple[float | None, float | None, float | None, str] | None = None  # (value, low, high, unit)
    referred: str = ""  # the reference amount put after the unit ('/100 mL' from '每100 mL')
    name_after: tuple[int, int] | None = None
    repeated: bool = False  # 'dropped three times': a number of repetitions, not a multiple
    trails: bool = False  # a condition after the limit it qualifies ('± 2 % for temperatures from 0,1 °C to 30 °C')
    closed: bool = False  # a condition closed by 时 / 的 ('小于2 m时'): what follows is the limit, not more condition
    own_case: bool = False  # closed, and the case of the value straight after it alone ('（如20 ℃时为90 %）')
    opened: bool = False  # a condition opened by for / when ('for rises not exceeding 6 m'), which 'and' continues
    listed: bool = False  # a row under a heading that wrote the unit once ('/(g/L)：1等 ≥ 790；2等 ≥ 770')
    decimal_comma: tuple | None = None  # the numbers read with a decimal comma, when their comma is ambiguous
    column: str = ""  # the label of a grid's column the value stands in ('二级', 'Grade B'): what it holds for
    series: bool = False  # one of a series of values to choose from ('优选值为：0.08 kV、0.09 kV、…'): no requirement
    multiplied: tuple[int, int] | None = None  # where the quantity a multiple multiplies is written ('times the X')
    setting: bool = False  # a setting of a procedure's step ('measure the absorbance at 880 nm'): `step_settings`
    upper_end: bool = False  # the upper bound of a row whose lower bound stands in the column before ('最小值 | 最大值')
    lower_end: bool = False  # the lower bound of such a pair: never the end of a range with the value before it
    refused: bool = False  # an amount read as a reference that a value after it is no amount per ('at 23 °C')
    item_of: "_Raw | None" = None  # the value a listed item after an aside shares its name with (`_items_after_asides`)
    of_symbol: str = ""  # the reference quantity a percentage is of, its symbol glued after '%' ('40 %UT': 'UT')
    formula: bool = False  # a constant of a formula ('Ri = 100 − 4,6 ΔEi'): `_formula_constants`, never a condition
    key: str = ""  # the label of the row or list item the value stands in ('A1S' in 'A1S：温度 40 ℃，液量 150 mL'): `label_keys`
    symbol: str = ""  # the symbol naming the value in a list of symbol-value items ('D' of 52 in 'd 25, D 52'): `listed_symbol`


@functools.lru_cache(maxsize=4)  # asked of the clause being read, about stretch after stretch of it
def _sentence_marks(text: str) -> tuple[list[int], list[int], list[int]] | None:
    """Every SENTENCE_END of `text`, found once: (starts, ends, reaches), the reach being how far a stretch of text
    must go for the mark to be found in it (one character past a full stop, which needs the capital after it).
    None for text with a line break, which a full stop's spaces can take in ('.\n' could be one mark or two)."""
    if "\n" in text:
        return None
    starts, ends, reaches = [], [], []
    for m in SENTENCE_END.finditer(text):
        starts.append(m.start())
        ends.append(m.end())
        reaches.append(m.end() + 1 if text[m.start()] == "." else m.end())
    return starts, ends, reaches


def _sentence_start(text: str, lo: int, hi: int, default: int) -> int:
    """Where the last sentence ending in text[lo:hi] ends, else `default`: max(m.end() for m in
    SENTENCE_END.finditer(text, lo, hi)), without a search of each stretch."""
    marks = _sentence_marks(text)
    if marks is None:
        return max((m.end() for m in SENTENCE_END.finditer(text, lo, hi)), default=default)
    starts, ends, reaches = marks
    k = bisect.bisect_right(reaches, hi) - 1
    return ends[k] if k >= 0 and starts[k] >= lo else default


def _sentence_end_starts(text: str) -> list[int]:
    """Where each SENTENCE_END of `text` starts ([m.start() for m in SENTENCE_END.finditer(text)]), from the marks
    found once for the clause being read (not to be changed: the list is the cache's)."""
    marks = _sentence_marks(text)
    return marks[0] if marks is not None else [m.start() for m in SENTENCE_END.finditer(text)]


def _ends_sentence(text: str, lo: int, hi: int | None = None) -> bool:
    """Whether a sentence ends in text[lo:hi] (SENTENCE_END.search(text, lo, hi) finds one)."""
    return _sentence_end_from(text, lo, len(text) if hi is None else hi) is not None


def _sentence_end_from(text: str, lo: int, hi: int) -> int | None:
    """Where the first sentence ending in text[lo:hi] starts (SENTENCE_END.search(text, lo, hi).start()), or None."""
    marks = _sentence_marks(text)
    if marks is None:
        m = SENTENCE_END.search(text, lo, hi)
        return m.start() if m else None
    starts, _, reaches = marks
    k = bisect.bisect_left(starts, lo)
    return starts[k] if k < len(starts) and reaches[k] <= hi else None


# The symbol of a fraction before its unit in a heading ('干燥减量，w/% ≤1.0', '（以NaHCO3计，w/%）', '乙醇，φ/% ≥ 95'):
# w a mass fraction, φ a volume fraction, written in per cent (GB/T 1.1's 'quantity symbol/unit' column heads). The
# unit is the heading's: the symbol is blanked (same length), so that '%' heads the value as '，% ≤1.0' would.
_FRACTION_SYMBOL = re.compile(r"(?<![A-Za-z0-9_])[wφω]\s?/(?=\s?%)")


def extract_indicators(text: str, lang: str | None = None, termbase: Termbase | None = None) -> tuple[Indicator, ...]:
    """The indicators of a clause, in text order (see `extract` for notes about what could not be read)."""
    return extract(text, lang, termbase).indicators


@functools.lru_cache(maxsize=50_000)
def extract(text: str, lang: str | None = None, termbase: Termbase | None = None,
            classifications: bool = True) -> Extraction:
    """Indicators and notes of a clause. `lang` is accepted for symmetry with matching; both languages'
    phrases are always tried, since standards text mixes them ("铅（以Pb计）≤0.2 mg/kg"). `termbase` names the
    concept of each parameter (the built-in one when None; pass a user's, from `load_termbase(path)`).
    `classifications=False` reads the rows of a classification as limits (`verdicts.classes_listed_alike`: the
    other clause lists the same classes with their values)."""
    if not isinstance(text, str) or not text.strip():
        return Extraction(())
    notes: list[str] = []
    if len(text) > MAX_TEXT:
        notes.append(f"text cut to its first {MAX_TEXT:,} characters")
        text = text[:MAX_TEXT]
    elif len(text) > LONG_TEXT:
        notes.append(f"long text ({len(text):,} characters): a clause is rarely this long; split the document "
                     "into clauses so that indicators pair with their counterparts")
    source = text
    if "\n" in text and ("|" in text or "\t" in text):
        text = line_breaks_as_row_ends(text)  # (a table pasted one row a line: read as rows; same length)
    if ":" in text or "：" in text:
        text = spaced_cells_as_grid(text)  # (a table's cells parted by spaces: read as cells; same length)
        text = comma_cells_as_grid(text)  # (a table's cells parted by commas: read as cells; same length)
    text = dash_chains_as_lists(text)  # ('1,00 – 1,25 – 1,60': a list, not ranges of neighbours; same length)
    if " — " in text:
        text = item_dashes(text)  # ('8 hours: 1 mg/m³ — Short-term: 2 mg/m³': items parted by dashes)
        # ('symbol 42 — 420 MPa minimum …': a spaced em dash between two numbers parts a key from its value, never
        # a range's ends; same length)
        text = _KEY_DASH.sub(_key_dash, text)
    text = degree_words_blanked(text)  # ('明显大于5 %，但不能明显大于15 %': the comparison read through; same length)
    text = negation_carried_by_or(text)  # ('not less than 50 m or more than 75 m': one range; same length)
    text = bound_word_after_each(bound_in_nominal_brackets(text))  # ('9 max., 8,64 min.': one range; minmax)
    text = two_sided_bands(text)  # ('exceeding 2 t but not exceeding 3,5 t', 'X倍和Y倍额定电压之间': one range; bands28)
    text = range_words(text)  # ('with limits 2,090 mm and 2,100 mm', 'from 85 % and up to 110 %': one range)
    text = bound_before_symbol(text)  # ('group I: 600 ≤ CTI;': read as 'CTI ≥ 600'; symbol_after_bound; same length)
    text = fifty_hertz_cycles(text)  # ('40 %, 10/12 cycles': the 50 Hz duration; mains_cycles; same length)
    text = lower_end_up_to(text)  # ('15 m up to but not including 24 m': one range; up_to_ends; same length)
    text = range_up_to(text)  # ('the frequency range 150 kHz up to 80 MHz': one range; up_to_ends; same length)
    text = body_weight_in_headings(text)  # ('，mg/kg体重：类别1 C≤300': the heading's unit; units_spread; same length)
    text = counter_restated(text)  # ('MPN/mL或CFU/mL': one count per one amount; units_written31; same length)
    if "/" in text:
        text = per_time_band_ends(text)  # ('≥10⁻⁸/h～＜10⁻⁷/h': one band of rates per hour; per_time_bands)
    folded, where = fold(text)
    folded, where = numerals_to_digits(folded, where)
    if "+" in folded or "minus" in folded or "正负" in folded:
        # ('40 °C +/- 2 °C', '(40+-2) °C', '40 °C plus or minus 2 °C', '正负2 ℃': '±' spelt otherwise; same length)
        folded = _PLUS_MINUS_SPELT.sub(_as_plus_minus, folded)
    folded = taken_as_values(folded)  # ('幂律指数α取0.2。': the value taken, as '为' states it; same length)
    folded = approximate_values(folded)  # ('G = 10^(3/10) ≈ 1,995 26', 'ratio approximately 1,25': the decimal)
    if "以上" in folded or "以下" in folded:
        folded = counters_as_pieces(folded)  # ('由6名以上嗅辨员组成': a count of people, read as '6个以上'; same length)
    if "/" in folded:
        folded = _CLIMATE_SLASH.sub(" ", folded)  # ('25 °C ± 2 °C/60 % RH ± 5 % RH': two values, same length)
    if "-" in folded:
        folded = _HYPHENATED_UNIT.sub(_unit_apart, folded)  # ('a 128-bit key', 'a 230-V supply'; same length)
    spans = [m.span() for m in NOT_VALUES.finditer(folded)] if may_hold_non_values(folded) else []
    for m in MALFORMED.finditer(folded) if ".." in folded or ",," in folded else ():  # (none without either)
        notes.append(f"malformed number '{text[where[m.start()]:where[m.end() - 1] + 1]}' ignored")
        spans.append(m.span())
    ratio_leads = [m.span() for m in RATIO_TO_ONE_LEAD.finditer(folded)] if "1:" in folded else []
    spans += ratio_leads  # ('taper 1:19.922': the ratio read as 19.922, `_ratio_to_one`)
    if "-" in folded:
        spans += cas_numbers(folded)  # ('氯 | 7782-50-5 | 5': a registry number, its check digit right)
    if "–" in text or "—" in text:
        spans += _list_dashes(text, folded, where)
    leading = LEADING_NUMBER.match(folded)
    if leading and not _accept_unit(_UNIT_AFTER.match(folded[leading.end():]).group(1)) \
            and not text[where[leading.start(1)]].isalpha():  # ('Three tests shall …': a number in words numbers nothing)
        spans.append(leading.span(1))
    # ('random sample (1.6)' in entry 1.15 of a vocabulary: the number of another entry, neither value nor unread;
    # and the entry's own number is one, whatever word follows it: '1.15 sample mean')
    crossed = entry_cross_references(folded) if leading else []
    if crossed:
        spans += crossed + [leading.span(1)]
    spans += footnote_marks(folded)  # ('4,5 (2);', '0.05a mg/kg': list_limits)
    existential = at_least_one_thing(folded)  # ('至少一只动物', 'at least one animal': a thing exists; existential_counts)
    spans += existential
    spans += restated_formulas(folded)  # ('SHRT_MAX +32767 // 2^15 − 1': the value again; magnitudes)
    history = [(a, b) for a, b in history_year_spans(folded) if not _accept_unit(_UNIT_AFTER.match(folded[b:]).group(1))
               ] if may_name_a_history_year(folded) else []
    spans += history  # ('The limit was amended in 2015.': publication_years; no value, nor listed unread)
    masked = blank(folded, spans) if spans else folded
    if "/%" in masked or "/ %" in masked:
        masked = _FRACTION_SYMBOL.sub(lambda m: " " * len(m.group()), masked)
    lowered = masked.lower()
    designations = [m.span() for m in DESIGNATIONS.finditer(masked)] \
        if _may_name_designation(lowered) else []
    declared = _symbols_declared_units(masked)
    if declared and designations:
        # ('SDR 11: PN 16 … (PN in bar)': the list's values of PN are pressures, no designations)
        designations = [(a, b) for a, b in designations if _SYMBOL_BEFORE.match(masked, a) is None
                        or _SYMBOL_BEFORE.match(masked, a).group(1) not in declared]
    named = tuple((where[a], where[b - 1] + 1) for a, b in designations)
    designations += [m.span() for m in CLOCK_AND_THREADS.finditer(masked)] if ":" in masked or "M" in masked else []
    designations += _scope_sentences(masked)
    # (before blanking: a term entry starts with its clause number)
    classes = classification_spans(folded) if classifications else []
    designations += classes + no_requirement_spans(folded, classifications=False)
    designations += averaging_periods(masked)
    designations += averaged_over_a_period(masked)  # ('its average over a period of 24 h': range_words)
    designations += hardness_scale_designations(masked)  # ('(HV 0,2 to < HV 5)': a scale's name, no value)
    designations += unit_statement_numbers(masked)  # ('expressed in grams per 10 min': a unit's number)
    designations += referred_elsewhere(folded)  # ('小于250 kg/m³的泡沫材料按ISO 9772进行试验': outside the scope)
    designations += distillation_points(masked)  # ('10 volume % evaporated, max 70': list_limits)
    designations += [m.span() for m in _SUBSCRIPTED_SYMBOL.finditer(masked)] if _SUBSCRIPT_HINT.search(masked) else []
    reference, reference_spans = reference_oxygen(folded) if "%" in folded else (None, [])
    references = reference_conditions(folded)
    reference_spans = reference_spans + [span for r in references for span in r.spans]
    if "/10^" in masked or "/10-" in masked:
        reference_spans += [m.span(1) for m in _POWER_COLUMN.finditer(masked)]  # ('/10⁻⁶ ≤ 5': a heading's unit)
    designations += reference_spans
    if "bsen" in masked or "detect" in masked or "检出" in masked:
        designations += [m.span(1) for m in _SAMPLE_AMOUNT.finditer(masked)]
    if designations:
        masked = hide_digits(masked, designations)

    comma = writes_decimal_comma(masked)
    powers = unit_power_spans(masked) if "-" in masked else []  # ('[h⁻¹]', folded to '[h-1]': read as the unit)
    raws = []
    for m in _values(masked, comma):
        raw = _read_value(m, masked, comma)
        if raw is None:
            continue
        if ratio_leads:
            _ratio_to_one(raw, ratio_leads)
        if not comma and "," in m.group(0) and ambiguous_comma(m.group(0)):
            other = _read_value(m, masked, True)
            if other is not None and other.comparator == raw.comparator:
                raw.decimal_comma = (other.value, other.low, other.high, other.tolerance)
        if powers and any(raw.start <= a < raw.end for a, _ in powers):
            continue
        if raw.comparator == Comparator.TOLERANCE and m["tol2"] and (parts := _relative_tolerance_apart(m, raw)
                                                                    or _tolerance_of_a_root(m, raw)):
            raws.extend(parts)
            continue
        raws.append(raw)
    units_continued(raws, masked)  # ('J s', 'dB microvolts/m', '°C⁻¹': compound_units)
    if "^" in masked:
        powered_units_after(raws, masked)  # ('50 (m·s)^0.5': units_taken)
    raws = units_written31(raws, masked)  # ('× 10⁻⁶/K', 'g/(m²·24 h)', 'log cfu/cm²', '0.840 in;': units_written31)
    units_named_after(raws, masked)  # ('e to be 1.602 176 634 × 10⁻¹⁹ when expressed in the unit C': unit_statements)
    if "度" in masked:
        degrees_of_water(raws, masked)  # ('最低检测浊度为3度': the degree of turbidity or colour only; water_units)
    if "T" in masked:
        teslas_of_a_field(raws, masked)  # ('静磁场不超过2 T': the tesla of a magnetic field; magnetic_units)
    if declared:
        _values_of_declared_symbols(raws, masked, declared)
    if "between" in masked or "之间" in masked:
        _upper_ends_after_symbols(raws, masked)
    if "/" in masked and _SLASH_NUMBER.search(masked):
        raws = _symbol_fractions(raws, masked)  # ('S/2'; not run on 'mg/kg')
    if "=" in masked or "＝" in masked:
        raws = _formula_constants(raws, masked, comma)
    if "+" in masked or "偏差" in masked or "/-" in masked or "/ -" in masked or ("差" in masked and "~" in masked) \
            or deviations_worded_apart(masked):
        raws = _unequal_tolerances(raws, masked, comma)
    if ("偏差" in masked or "L" in masked or "ower" in masked or "EI" in masked or "ei" in masked) \
            and _DEVIATION_PAIR_HINT.search(masked):
        raws = _deviation_pairs(raws, masked, comma)
    if "/" in masked and ("偏差" in masked or "eviation" in masked):
        raws = _slashed_deviations(raws, masked, comma)  # ('极限偏差为+25 μm/0': slashed_deviations)
    if "+" in masked and ("size" in masked or "fraction" in masked):
        raws = _size_fractions(raws, masked, comma)
    if "+" in masked and "%" in masked and "/" in masked:
        raws = _percent_deviations(raws, masked, comma)  # ('+2 % / −1 %', '（+2/−1）%': percent_deviations)
    if "/" in masked and ("min" in masked or "最小" in masked):
        raws = _slash_bounds(raws, masked, comma)
    if "Hz" in masked and "/" in masked:
        raws = _values_per_frequency(raws, masked, comma)
    if "..." in masked or "inclusive" in masked:
        raws = _bands_of_two_values(raws, masked)  # ('49,5 Hz … 50,5 Hz', folded to '...'; '+12 °C and 0 °C inclusive')
    if "max" in masked and "min" in masked:
        raws = _subscript_bounds(raws, masked)  # ('Umin 6 V, Umax 16 V', 'λ0min 1300 nm, λ0max 1324 nm')
    if len(raws) > 3 and ("=" in masked or "＝" in masked):
        raws = _bands_with_bracketed_ends(raws, masked)  # ('1 kV（Um=1.2 kV）到3 kV（Um=3.6 kV）': bracketed_ranges)
    raws = _join_values(raws, masked)
    taken: list[tuple[int, int]] = []  # (tolerances stated apart and given to their values: read, no number left)
    if _may_name_a_tolerance(masked) and _TOLERANCE_NAMED_HINT.search(masked):
        raws = _named_tolerances(raws, masked, taken)
    if "+" in masked or "-" in masked:
        raws = _one_sided_deviations(raws, masked)
    if "%U" in masked or "% U" in masked or "%I" in masked or "% I" in masked or "% of " in masked:
        _percentages_of_symbols(raws, masked)
    if "each" in masked:
        _values_for_each(raws, masked)
    if len(raws) > 1 and masked.count("±") > 1:
        _plus_minus_lists(raws, masked)
    if len(raws) > 1:
        _unit_after_the_last(raws, masked)  # (no scan of the text: a look between neighbouring values only)
    if " per " in masked or "/" in masked:
        counts_per_amount(raws, masked)
    if " of " in masked and " per " in masked:
        substances_per_amount(raws, masked)  # ('200 ml of 75 % sulfuric acid per gram': units_running)
    if "mile" in masked:
        worded_units_after(raws, masked)  # ('3 nautical miles', '3 n mile': units_running)
    amounts_in_words(raws, masked)  # ('每千克物质每小时 20 L', '102 mm (4 inches) per minute': units_spread)
    _mark_context(raws, masked)
    if len(raws) > 1 and "/" in masked:
        heading_unit_in_item(raws, masked)  # ('/(%) ≥ 1.0，≤ 3.0': units_spread)
    if len(raws) > 1 and ("×" in masked or " x " in masked or " X " in masked or " * " in masked):
        dimension_tuples(raws, masked)  # ('7680×4320', '10×8 mm', 'N × d × D = 6 × 23 × 26': each member a value)
    if "/" in masked:
        raws = values_parted_by_slash(raws, masked, comma)  # ('12 J / 9 J', '3.2 mm/3.4 mm': compound_units)
    if ":" in masked:
        _bands_keying_a_deviation(raws, masked)
    if len(raws) > 2:  # (two rows, each a band and its value, share at most one number: three at the least)
        rows_keyed_by_bands(raws, masked)  # ('over 0,04 mm up to 0,13 mm: 0,25 mm; over 0,13 mm …': row_bands)
    if len(raws) > 3 and (";" in masked or "；" in masked) and (":" in masked or "时" in masked):
        label_number_rows(raws, masked)  # ('2 and 3: 0,9; 4 and 5: 0,8; 6 to 9 inclusive: 0,7': numbered_rows)
    if ":" in masked:
        _values_keyed_by_a_condition(raws, masked)
        _values_listed_by_name(raws, masked)
        if ";" in masked:
            values_in_named_rows(raws, masked)  # ('thermostats, 10 000; temperature limiters, 1 000': named_rows)
        _heading_bound(raws, masked)
    _grid_rows(raws, masked)
    if len(raws) > 3:  # (two rows of a value and a bare cell at the least: `row_cells`)
        first_cell_units(raws, masked, _column_head_unit)  # ('kitchen, 500 lx, 22, 80; corridors, 100 lx, 25, 80')
    if "(" in masked:
        _items_after_asides(raws, masked)
    if ":" in masked:
        _label_keyed_items(raws, masked)
    if "|" in masked:
        _column_units(raws, masked)
        _keyed_row_cells(raws, masked)
        _bound_column_ranges(raws, masked)
        _low_high_row_ranges(raws, masked)
        _caption_bound(raws, masked)
    read: list[tuple[int, int]] = [(where[a], where[b - 1] + 1) for a, b in reference_spans + crossed + powers + taken]
    if len(raws) >= FEWEST_OFFERED and _CHOICE.search(masked):
        for raw in _series_of_values(raws, masked):
            raw.series = True
            read.append((where[raw.start], where[raw.end - 1] + 1))
    indicators = _assemble(raws, masked, text, where, notes, termbase or load_termbase(), read, reference, references)
    if _may_say_what_limits_apply_to(text) and _APPLIES_TO.search(text):
        indicators = form_the_limits_apply_to(indicators, text, termbase or load_termbase())
    if len(indicators) > 1 and _may_name_a_setting(text) and _TEST_SETTING.search(text):
        indicators = setting_for_the_clause(indicators, text)
    if any(i.unit in _MINUTE_WORDS for i in indicators) and (_ANGLE_QUANTITY.search(text) or errors_with_minutes(text)):
        indicators = minutes_of_arc(indicators)
    if len(indicators) >= 3:
        indicators = composition_in_mass_percent(indicators, text)
    if len(indicators) > 1:
        indicators = several_value_bounds(indicators, text)  # (a bound written once for several values: carried_bounds)
    if len(indicators) > 1 and _BOUND_HEADING_HINT.search(text):
        indicators = values_under_a_bound_heading(indicators, text)  # ('upper bounds: …; …': bound_headings)
    if len(indicators) >= 4 and (";" in text or "；" in text) and (":" in text or "：" in text):
        indicators = bands_restated_by_position(indicators, text)  # ('class E: 85 °C, …, 130 °C': rows_by_position)
    if len(indicators) > 1 and "up to" in text:
        indicators = bands_beside_values(indicators, text, _reading_as_condition)  # ('±0,2 mm over 6 mm up to 30 mm')
    if len(indicators) > 1 and "至" in text and ("大于" in text or "超过" in text):
        indicators = zh_bands_heading_a_row(indicators, text, _reading_as_condition)  # ('大于50 mm至80 mm，IT6为19 μm')
    if len(indicators) > 1 and may_head_class_rows(text):
        indicators = bands_heading_class_rows(indicators, text, _reading_as_condition)  # ('大于30 mm至50 mm的轴的极限偏差：f7为…')
    if len(indicators) > 1 and _MAY_TRAIL_A_BAND.search(text):
        indicators = bands_after_values(indicators, text, _reading_as_condition)  # ('0,4 dB/km from 1 310 nm to …')
    if len(indicators) > 1 and "对" in text:
        indicators = bounds_selecting_a_thing(indicators, text, _reading_as_condition)  # ('对面积大于0.1 m²的组件，…')
    if len(indicators) > 1 and "的" in text:
        indicators = bands_selecting_things(indicators, text, _reading_as_condition)  # ('大于10 A且不大于16 A的器具，')
    if len(indicators) > 1 and "for " in text.lower():
        indicators = ratings_of_the_item(indicators, text, _reading_as_condition)  # ('for a 50 kg package': item_ratings)
    if len(indicators) > 1 and ("class" in text or "grade" in text):
        indicators = class_numbers(indicators, text)  # ('For property class 8.8 the …': item_ratings)
    indicators = tuple(zero_dash_band_as_maximum(i, text) for i in indicators)  # ('ADI 0–1 mg/kg bw': a maximum)
    if len(indicators) > 1 and may_write_a_nominal(text):
        indicators = nominal_beside_its_bounds(indicators, text)  # ('h 0,8 nom., 0,9 max., 0,7 min.': the range alone)
    if any(i.unit for i in indicators):
        indicators = unit_free_quantities(indicators, text)  # (a pH, a loss factor, a count: no heading unit)
    if len(indicators) > 1 and (" at " in text or "sea" in text):
        indicators = conditions_stated_at(indicators, text, Condition)  # ('200 bar settled at 15 °C': stated_at)
    if len(indicators) > 1 and "±" in text:
        indicators = measured_at_temperature(indicators, text, Condition)  # ('pH 6,5 to 7,2 at 25 °C ± 2 °C')
    if " of " in text and any(i.qualifier for i in indicators):
        indicators = substances_named_after(indicators, text, termbase or load_termbase())  # ('0,2 mg/kg of lead')
    if any(not i.explicit for i in indicators):
        indicators = ceilings_by_nature(indicators)  # ('Lead (as Pb), mg/kg: 0,1', 'CO（mg/km）700': list_limits)
        indicators = lighting_bounds(indicators)  # ('Ēm (lx) 500; UGRL 19; Ra 80': list_limits)
        indicators = composition_maxima(indicators, text)  # ('化学成分/%：C 0.030，Cr 16.00～18.00': list_limits)
        if "xcept" in text:
            indicators = excepted_values(indicators, text)  # ('Lead: 10 µg/l, except that the value of 5 µg/l')
    indicators = signed_magnitudes(indicators, text)  # ('greater in magnitude, same sign: SCHAR_MIN −127': magnitudes)
    if len(indicators) > 1 and " for " in text:
        indicators = bound_over_named_series(indicators, text)  # ('max 3 mg/L for X and 1 mg/L for Y': list_limits)
    if any(i.unit for i in indicators):
        indicators = symbol_as_subject(indicators)  # ('当…时，N应不小于2.2': the symbol is no newton; units_taken)
        if "°" in text:
            indicators = degrees_of_a_temperature(indicators)  # ('Freezing point: not less than 69.2°': units_taken)
        if "-" in text:
            indicators = compound_noun_after(indicators, text)  # ('6 666 curb-drops': units_taken)
    indicators = zh_forms30(indicators, text)  # ('±8 kV接触放电' equal, '2粒/罐', '允许误差的1/2': zh_forms30)
    if may_count_per_polarity(text):
        indicators = counts_per_polarity(indicators, text, Indicator)  # ('正、负极性的浪涌各5次', 'five positive and five negative')
        read = read + polarity_pair_spans(text)
    if indicators and "/" in text:
        indicators = symbol_then_unit(indicators, text)  # ('抗拉强度Rm/MPa ≥ 800', 'Rm,min/MPa：800': units_written31)
    if indicators and may_name_a_history_year(text):
        indicators = without_history_years(indicators, text)  # ('was prepared in 2019': publication_years)
    if len(indicators) > 1 and may_state_a_working_range(text):
        indicators = working_range(indicators, text, _merge_bounds)  # ('测定下限为16 mg/L … 测定上限为700 mg/L': method_ranges)
    if len(indicators) > 1 and may_restate_a_limit(text):
        indicators = without_restated_limits(indicators, text)  # ('≤ 60 V；若超过60 V，…': restated_limits)
    if indicators and may_state_a_detection_limit(text):
        indicators = detection_limits_as_floors(indicators, text)  # ('检出限为4 mg/L' a minimum: detection_limits)
    if indicators and may_head_in_a_scaled_unit(text):
        indicators, scales = scaled_heading_units(indicators, text)  # ('针入度/(0.1 mm) 60～80': scaled_headings)
        read = read + scales
    if history:
        read = read + [(where[a], where[b - 1] + 1) for a, b in history]
    if existential:
        read = read + [(where[a], where[b - 1] + 1) for a, b in existential]  # (no value, nor left unread)
    if may_list_translation_limits(text):
        indicators, listed = translation_limits(indicators, text, _listed_count)  # ('at least … the following
        read = read + listed  # limits: — 63 nesting levels …': minima; translation_limits)
    unread = _unread(folded, where, read, leading)
    return Extraction(indicators, tuple(notes), tuple(number for number, _ in unread),
                      tuple(span for _, span in unread if span is not None), source, named, bool(classes))


def _listed_count(name: str, value: float, span: tuple[int, int], text: str, bare: bool) -> Indicator:
    """A count of a list of translation limits: a minimum with no unit, or with no bound word where the list has no
    lead (compare.indicators.translation_limits)."""
    return Indicator(parameter=name, comparator=Comparator.EQUAL if bare else Comparator.MIN, value=value, unit="",
                     span=span, text=text, normalized=normalise(value, ""), explicit=not bare, bare=bare)


def _reading_as_condition(band: Indicator) -> Condition:
    """A reading as the condition of another value, its number formatted anew: a band or a bound that selects it
    (`band_selectors`, `item_ratings`), a test setting heading a list. (`stated_at` keeps the text as written, a sign
    or a tolerance with it.)"""
    written = f"{format_number(band.low)}～{format_number(band.high)}" if band.low is not None and band.high is not None \
        else format_number(band.value)
    return Condition(parameter=band.parameter, text=f"{written} {band.unit}".strip(), normalized=band.normalized,
                     value=band.value, low=band.low, high=band.high, unit=band.unit, span=band.span)


# An angle named in a clause: a phase displacement or phase difference (of a transformer, a meter), a phase or
# polarisation angle, an angular deviation, an angle of a surface or a fold. Minutes ('± 30 minutes', '±30分') said of
# such a quantity are minutes of arc, sixtieths of a degree (′), never of time.
_ANGLE_QUANTITY = re.compile(r"(?i:phase\s+(?:displacement|difference|error|angle|shift)|angular|angle)|相位差|相位误差|相位角|"
                             r"相角|角差|角度|夹角|偏角")
_MINUTE_WORDS = frozenset({"minutes", "minute", "min", "mins", "分", "分钟"})
# What a time is named by: those minutes stay minutes ('phase angle measured after 30 min of warm-up' is a duration).
_TIME_NAMED = re.compile(r"(?i:time|duration|period|interval|after|within|warm|hold|during|for\b|exposure|dwell)|时间|"
                         r"时长|保持|持续|之后|以后|后$|内$|预热")


_PLUS_MINUS_MINUTES = re.compile(r"±\s*\d[\d.,]*(?:\s\d{3})*\s*(?:minutes?|mins?|分钟|分)\s*$")


def minutes_of_arc(indicators: tuple[Indicator, ...]) -> tuple[Indicator, ...]:
    """Values in minutes in a clause that names an angle (`_ANGLE_QUANTITY`): minutes of arc (′) when the value is
    a limit given with '±' (the deviation of an angle: 'phase displacement ± 30 minutes'; 'at 5 %, ± 0,35 % and ± 15
    minutes', the second of the pair) or its name is the angle's; a time stays one (its name says a duration, or no
    '±' and no angle name)."""
    out = []
    for indicator in indicators:
        if indicator.unit in _MINUTE_WORDS and not _TIME_NAMED.search(indicator.parameter) and (
                _ANGLE_QUANTITY.search(indicator.parameter) or _PLUS_MINUS_MINUTES.search(indicator.text)):
            norm = normalise(indicator.value, "′", low=indicator.low, high=indicator.high,
                             tolerance=indicator.tolerance)
            indicator = replace(indicator, unit="′", normalized=norm)
        out.append(indicator)
    return tuple(out)


# A sentence saying what a clause's limits are of ('The ML applies to inorganic arsenic.', 'The maximum levels refer
# to methylmercury.', '限量适用于无机砷'): the form of the substance the limits before it name.
_APPLIES_TO = re.compile(r"(?:(?<![A-Za-z])(?:the\s+)?(?:MLs?|maximum\s+levels?|maximum\s+limits?|limits?|levels?)\s+"
                         r"(?:applies|apply|refers?)\s+to\s+(?:the\s+)?|限量(?:值)?(?:适用于|指))"
                         r"(?P<name>[^.;:。；：,，()（）]{2,40})", re.I)


def _may_say_what_limits_apply_to(text: str) -> bool:
    """False when `text` has no sentence _APPLIES_TO reads. (Speed: the pattern is tried at every letter of a clause;
    its words are looked for first, in lower case with the letters its case-ignoring match also takes folded.)"""
    if "限量" in text:
        return True
    low = caseless(text)
    return ("appl" in low or "refer" in low) and ("ml" in low or "limit" in low or "level" in low)


def form_the_limits_apply_to(indicators: tuple[Indicator, ...], text: str, termbase: Termbase
                             ) -> tuple[Indicator, ...]:
    """The limits written before a sentence that says which form of their substance they apply to ('Arsenic —
    rice, husked, 0.35 mg/kg … The ML applies to inorganic arsenic.') take that form; a limit already of a form, of
    another substance, or after the sentence is left as read. Not a product or a state ('the ML applies to the
    product as consumed', 'to peeled potato'): only a named form of the limits' own substance."""
    out = list(indicators)
    for m in _APPLIES_TO.finditer(text):
        form = termbase.concept_of(m.group("name"))
        if not form or not termbase.form_of(form):
            continue
        for k, ind in enumerate(out):
            if ind.span[0] < m.start() and not ind.form and ind.concept and ind.concept != form \
                    and ind.concept in termbase.lineage(form):
                out[k] = replace(ind, concept=form, form=termbase.form_of(form))
    return tuple(out)


# A name that says its value sets the test, not a limit on its result ('制动初速度', '试验温度', 'tested at v',
# 'prescribed test speed').
_TEST_SETTING = re.compile(r"试验|检验|测试|初速度|(?<![A-Za-z])(?:test(?:ed)?|prescribed)(?![A-Za-z])", re.I)


def _may_name_a_setting(text: str) -> bool:
    """False when `text` has no word _TEST_SETTING reads. (Speed: a case-ignoring alternation is tried at every
    letter of a clause; its words are looked for first as plain substrings, the letters folded as its match folds them.)"""
    if "试验" in text or "检验" in text or "测试" in text or "初速度" in text:
        return True
    low = caseless(text)
    return "test" in low or "prescribed" in low


# What ends a sentence for a setting at its head: a full stop, not the semicolons that part its limits.
_FULL_STOP = re.compile(r"。|\.(?=\s|$)")
# What parts a setting at a clause's head from the limits after it ('制动初速度50 km/h，…', 'tested at 100 km/h; …').
_AFTER_A_SETTING = re.compile(r"\s*(?:时|下)?\s*[,，;；:：]")


def setting_for_the_clause(indicators: tuple[Indicator, ...], text: str) -> tuple[Indicator, ...]:
    """A test setting stated once at the head of a clause ('制动初速度50 km/h，满载检验制动距离≤20.0 m；…平均减速度≥5.9 m/s²',
    'the vehicle shall be tested at v = 100 km/h; stopping distance …; mean deceleration ≥ 6,43 m/s²') is the condition
    of every limit after it up to the full stop, past the semicolons that part them: a limit measured at another
    setting is another requirement. The setting is the clause's first value, named as a setting and stated as one
    value, read as a value of its own (then a set value, `Indicator.setting`) or as a heading condition of the first
    limit. A sentence that states another value of the setting's quantity (a limit, or the condition of one:
    '冲击试验温度20 ℃，…；0 ℃，…') sets each row its own: it is left as read."""
    first = min(indicators, key=lambda ind: ind.span[0])
    setting = None
    if first.comparator == Comparator.EQUAL and first.low is None and first.high is None and first.tolerance is None \
            and not first.conditions and first.value is not None and _TEST_SETTING.search(first.parameter) \
            and _AFTER_A_SETTING.match(text, first.span[1]):
        setting = _reading_as_condition(first)
    else:
        heads = [c for c in first.conditions if c.span[1] <= first.span[1] and _TEST_SETTING.search(c.parameter)
                 and c.low is None and c.high is None and c.tolerance is None and _AFTER_A_SETTING.match(text, c.span[1])]
        setting = heads[0] if len(heads) == 1 else None
    if setting is None:
        return indicators
    stop = _FULL_STOP.search(text, setting.span[1])
    end = stop.start() if stop else len(text)
    dimension = setting.normalized.dimension
    reach = [k for k, ind in enumerate(indicators) if ind is not first and setting.span[1] <= ind.span[0] < end]
    if any(indicators[k].normalized.dimension == dimension or any(
            c != setting and c.normalized.dimension == dimension for c in indicators[k].conditions) for k in reach):
        return indicators  # another value of its quantity: rows of settings ('20 ℃ … ；0 ℃ …'), not one for all
    out = list(indicators)
    for k in reach:
        out[k] = replace(out[k], conditions=out[k].conditions + (setting,))
    if reach and setting.span == first.span:
        # (the setting read as a value of its own is set, not bounded: another speed is another test, not a lower one)
        out[indicators.index(first)] = replace(first, setting=True)
    return tuple(out)


# Between two values of a list: separators only, and the brackets of a value not preferred ('80，（90），100').
_SERIES_JOINT = re.compile(r"[\s)）]*(?:[,，、;；]|和|及|或|(?<![A-Za-z])(?:and|or)(?![A-Za-z]))?[\s(（]*")
_EACH_OWN = re.compile(r"分别|各自|依次|(?<![A-Za-z])respectively(?![A-Za-z])", re.I)
# Words saying that a list is one to choose from: a series, preferred values, 'one of the following', an R series.
_CHOICE = re.compile(r"系列|数系|优选|优先|选用|选取|选择|(?<![A-Za-z])(?:series|preferred|one of the following|chosen|"
                     r"selected)(?![A-Za-z])|(?<![A-Za-z])R\s?(?:5|10|20|40|80)(?![\d.,])", re.I)


def _series_of_values(raws: list[_Raw], text: str) -> list[_Raw]:
    """The values of a series a standard lists to choose from ('优选值为：0.08 kV、0.09 kV、0.10 kV…', '缸径（mm）：8，10，
    12，16…', 'Basic series R5: 1,00 1,60 2,50 4,00 6,30 10,00'): at least MIN_SERIES bare values of one unit, parted by
    separators only, each larger (or each smaller) than the one before (`monotonic_runs`). No word states a limit of
    them, no name stands between them, the sentence before them says they are a series or values to choose from
    (`_CHOICE`), and it does not give them out one by one to items named before ('分别', 'respectively'): they are no
    requirement, and read as none (nor as unread numbers; they still end the words that name the value after them)."""
    out: list[_Raw] = []
    k = 0
    while k < len(raws):
        run = [raws[k]]
        while k + len(run) < len(raws) and _bare_member(raws[k + len(run)]) and _bare_member(run[0]) \
                and raws[k + len(run)].unit == run[0].unit and raws[k + len(run)].condition == run[0].condition \
                and _SERIES_JOINT.fullmatch(text, run[-1].end, raws[k + len(run)].start):
            run.append(raws[k + len(run)])
        k += len(run)
        if len(run) < FEWEST_OFFERED or parted_into_rows([text[a.end:b.start] for a, b in zip(run, run[1:])]):
            continue  # (too few, or rows of a flattened table: 'thread diameter 3 mm, 3,2 mm, 3,4 mm; 4 mm, …')
        short = len(run) < MIN_SERIES  # ('chosen from 168 h, 504 h and 1 000 h': the choice said in its own clause)
        sentence = offering_clause(text, run[0].start, run[-1].end) if short else _since_full_stop(text, run[-1].end)
        if _EACH_OWN.search(sentence) or not _CHOICE.search(sentence):
            continue
        for a, b in monotonic_runs([r.value for r in run], FEWEST_OFFERED if short else MIN_SERIES):
            out += run[a:b]
    return out


def _series_runs(raws: list[_Raw]) -> list[tuple[int, int]]:
    """Where each run of series values (`_series_of_values`) starts and ends, in text order."""
    runs: list[tuple[int, int]] = []
    for k, raw in enumerate(raws):
        if raw.series:
            if k and raws[k - 1].series:
                runs[-1] = (runs[-1][0], raw.end)
            else:
                runs.append((raw.start, raw.end))
    return runs


def _bare_member(raw: _Raw) -> bool:
    """A value no word makes a limit of, with no range, tolerance or restatement of its own (it may have been read as
    a condition: '在下列数系中选择：0.13 mm，0.18 mm，…' reads as where the choice is made)."""
    return raw.comparator == Comparator.EQUAL and not raw.explicit and raw.value is not None \
        and raw.restated is None and raw.name_after is None


# A quantity written as a compound adjective before its noun ('a 128-bit key', 'a 230-V supply', 'a 10-mm ball', 'a
# 24-h period'): the hyphen joins the value to its unit as a space would. An averaging time ('24-hour AQG level',
# '30-minute average concentration', '10-minute guideline') qualifies the limit it goes with, as '1 h平均' does: left.
_HYPHENATED_UNIT = re.compile(r"(?<=\d)-([A-Za-zµμΩ°][A-Za-zµμΩ°/²³]*)"
                              r"(?=\s+[a-z])(?!\s+(?:average|mean|aqg|guideline|time-weighted|twa|rolling|moving)\b)")


def _unit_apart(m: re.Match) -> str:
    unit = m.group(1)
    return f" {unit}" if unit not in _NOT_UNITS and reads_as_unit(unit) else m.group(0)


# A temperature and a relative humidity written as one climate ('25 °C/60 % RH', '40 °C ± 2 °C/75 % RH ± 5 % RH',
# '23 °C/50 %'): the slash parts two values, it is no rating ('300/500 V') nor a unit's reference amount.
# A unit with a negative power alone in brackets, as a column head writes a rate or a coefficient ('[h⁻¹]', '(min⁻¹)',
# '[K⁻¹]', folded to '[h-1]'): the power's digit is part of the unit, never a value of 1.
_BRACKETED_POWER = re.compile(r"[(\[]\s*([a-zµμ][A-Za-z]{0,2}|K)\s?-([1-4])\s*[)\]]")


def unit_power_spans(folded: str) -> list[tuple[int, int]]:
    """The spans of the power digits of units written alone in brackets with a negative power ('[h-1]'), for a unit
    the system reads (not '(a-1)', an item)."""
    return [m.span(2) for m in _BRACKETED_POWER.finditer(folded) if reads_as_unit(m.group(1))]


# '±' spelt with ASCII signs or in words, before a number: read as '±' (`_as_plus_minus`, same length). A '+' and a
# minus sign run together only before a number ('+-2', '+/- 0,5'), never a sign and a range's dash ('+5-+10').
_PLUS_MINUS_SPELT = re.compile(r"(?:\+\s?/\s?[-−–]|\+[-−]|(?i:plus\s+or\s+minus|plus\s?/\s?minus)|正负)(?=\s?\d)")


def _as_plus_minus(m: re.Match) -> str:
    return "±" + " " * (len(m.group()) - 1)


_CLIMATE_SLASH = re.compile(r"(?<=°C)/(?=\s?\d+(?:[.,]\d+)?\s?%)")


# (Text without any of DESIGNATION_HINTS, nor a digit, letters and a digit run together ('3k3'), has no designation.
# Speed: the hints that stand in most clauses for other reasons ('/' in 'mg/kg', '-', 'ie' in 'applies', 'pl' in
# 'sample', 'level') are asked for with what must stand next to them in a designation they are the hint of ('300/500
# V', '4-pole', 'AC-15', 'IP 54', 'level 1:'), each once its letters are found; the other words in one search, shaped
# as a trie. A broad hint
# alone still lets through the shapes no word hints, as it did: a cement's class with a dot ('P.O 42,5'), a Roman
# numeral past Ⅴ, a word spelt with a dotless or dotted i or a long s, which the pattern takes for i and s. (One
# search for all of them was slower: the engine tried each shape at every digit.)
_BROAD_DESIGNATION_HINTS = ("/", "-", "ie", "ip", "ik", "pl", "sil", "level")
_DESIGNATION_WORD = re.compile(trie_pattern([h for h in DESIGNATION_HINTS if h not in _BROAD_DESIGNATION_HINTS]))
_CODE_HINT = re.compile(r"\d[a-z]{1,2}\d")
_NARROWED_HINTS = (("/", re.compile(r"\d\s*/\s*\d")), ("-", re.compile(r"\d-|-\d")), ("level", re.compile(r"level [1-9]")),
                   ("i", re.compile(r"(?:ie|ip|ik)\s?\d")), ("l", re.compile(r"(?:pl|sil)\s?\d")))
_BROAD_DESIGNATION_HINT = re.compile("|".join(map(re.escape, _BROAD_DESIGNATION_HINTS)))
_UNHINTED_DESIGNATION = re.compile(r"p\s*[·.]\s*[a-z]|[ⅰ-ⅻıſ\u0307]")


def _may_name_designation(lowered: str) -> bool:
    """False when `lowered` (a clause in lower case) has no designation DESIGNATIONS would find."""
    if _DESIGNATION_WORD.search(lowered) or _CODE_HINT.search(lowered):
        return True
    for letters, narrowed in _NARROWED_HINTS:  # (asked of every clause: a loop, no generator)
        if letters in lowered and narrowed.search(lowered):
            return True
    return _UNHINTED_DESIGNATION.search(lowered) is not None and _BROAD_DESIGNATION_HINT.search(lowered) is not None


# An en or em dash opening an item of a list ('…; – 125 °C ± 2 °C, for parts …', '—— 对外部零件'), folded to '-' like
# every dash: followed by a space and a number it would read as a minus sign, which is written '−' or '-'.
# Items of a list parted by spaced em dashes, each a label, a colon and its values, as the EU limit-value directives
# lay out a substance's limits ('… — 8 hours: 1 mg/m³ — Short-term: 2 mg/m³'): the dash after an item's values parts
# it from the next labelled item as ';' would, so that its value is never read as a condition of the next one. A dash
# after a value that keys what follows ('10 < ln ≤ 25 mm — grade K: …', 'nominal value 1 kg — class E2: 1,6') stays.
# A spaced em dash between two numbers ('symbol 42 — 420 MPa', 'Class 2 — 0,50', '7664-38-2 — 8 h'): in the open sets'
# keys never the two ends of a range (none of some sixty), which an en dash, 'to' or '～' writes.
# (Not after a registry number, 'CAS 7664-38-2 — 8 hours: …': an item's dash, `item_dashes`.)
_KEY_DASH = re.compile(r"(?<=\d )—(?= [-−]?\d)")


def _key_dash(m: re.Match) -> str:
    text = m.string
    before = text[text.rfind(" ", 0, m.start() - 1) + 1:m.start() - 1]
    return "—" if "-" in before else ":"
_ITEM_DASH = re.compile(r" (—) (?=[A-Za-z\u4e00-\u9fff][^:;—\n]{0,30}:)")
_ITEM_VALUES = re.compile(r":\s*(?:[-+]?\d[\d\s.,]*\s?([^\s\d,:;][^\s,:;]{0,9})\s*,\s*)*"
                          r"[-+]?\d[\d\s.,]*\s?([^\s\d,:;][^\s,:;]{0,9})\s*$")


def item_dashes(text: str) -> str:
    """`text` with each spaced em dash that closes a labelled item's values ('8 hours: 1 mg/m³ — Short-term: …')
    written '；' (same length)."""
    marks = []
    for m in _ITEM_DASH.finditer(text):
        colon = max(text.rfind(":", 0, m.start()), text.rfind("：", 0, m.start()))
        values = _ITEM_VALUES.match(text, colon, m.start()) if colon != -1 else None
        if values and all(reads_as_unit(unit) for unit in values.groups() if unit):
            marks.append(m.start(1))
    if not marks:
        return text
    chars = list(text)
    for k in marks:
        chars[k] = "；"
    return "".join(chars)


_LIST_DASH = re.compile(r"(?:^|(?<=[;:；：\n])|(?<=[;:,] ))-(?= \d)")
# The doubled em dash that opens an item of a Chinese list ('进行：——24 h±15 min；——48 h±30 min', GB/T 1.1's list
# mark), folded to '--': written right before the number, with no space, it is never a minus sign, which is one
# character ('−15 ℃', '-15 ℃').
_DOUBLED_DASH = re.compile(r"--(?=\s?\d)")


def _list_dashes(original: str, folded: str, where: list[int]) -> list[tuple[int, int]]:
    spans = [m.span() for m in _LIST_DASH.finditer(folded) if original[where[m.start()]] in "–—"]
    if "——" in original:
        spans += [m.span() for m in _DOUBLED_DASH.finditer(folded)
                  if original[where[m.start()]] == original[where[m.start() + 1]] == "—"]
    return spans


# A symbol with a decimal subscript ('Rp0,2', 'Rp0.2', 'FIGRA0,2'): a name, its digits no value.
_SUBSCRIPTED_SYMBOL = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Za-z]{0,5}\d+[.,]\d+(?![\d.,])")
_SUBSCRIPT_HINT = re.compile(r"[A-Za-z]\d+[.,]\d")


# 'absence in 1 g or 1 ml', 'not detected in 25 g', '不得检出/25 g': the amount of sample looked in, no limit. A
# limit stated as not detected has no value to compare: what is left is the name, with nothing to pair.
_SAMPLE_AMOUNT = re.compile(r"((?:(?i:absen(?:ce|t)|not\s+(?:be\s+)?detected|none\s+detected)\s+in(?:\s+each)?|检出\s*/)"
                            r"\s*\d+(?:[.,]\d+)?\s*(?:g|ml|mL|L|kg|cm2|cm²|克|毫升)"
                            r"(?:\s*(?:or|或)\s*\d+(?:[.,]\d+)?\s*(?:g|ml|mL|L|kg|克|毫升))?)")


def aside_end(text: str, start: int, at: int, end: int) -> int:
    """Where the scope words at `at` stop when they open inside brackets ('第二类海水（适用于海水浴场…）：粪大肠菌群 ≤
    2000 个/L', 'Class 2 (applies to bathing waters): E. coli 500 cfu/100 ml'): at the bracket that closes the aside,
    which says what a class or a name is for; the values after it are the class's. `end` otherwise."""
    opened = text.rfind("(", start, at)
    if opened < 0 or text.find(")", opened, at) >= 0:
        return end
    closed = text.find(")", at, end)
    return closed + 1 if closed >= 0 else end


def _scope_sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences that state a scope or a designation example (clausetext.SCOPE)."""
    out = []
    for m in SCOPE.finditer(text) if may_state_scope(text) else ():
        start = _sentence_start(text, 0, m.start(), 0) \
            if len(text) < 5000 else max(0, m.start() - 200)
        # A table's cells are read apart: '玩具材料: 指画颜料 | 锑(Sb): 10' is a cell naming finger paint, not a
        # definition ('X：指…') hiding the numbers of the cells after it.
        cell = text.rfind(CELL_BREAK, start, m.start())
        start = cell + len(CELL_BREAK) if cell >= 0 else start
        if any(ch.isdigit() for ch in text[start:m.start()]):
            continue  # '…为－7 μm，适用于所有标准公差等级': the scope words follow a requirement
        # A classification ('分为0、1、2级：0级…') ends at its colon, or where the names of its classes end
        # ('分为A15、B125、C250三个等级，各等级的试验荷载分别为…'): the requirements of each class follow.
        dividing = m.group(0) in ("分为", "are classified into", "is divided into")
        if dividing and values_name_classes(text, m.end()):
            continue  # ('分为5 K、10 K和15 K三级': the classes are the values listed)
        listed = class_list_end(text, m.end()) if dividing else None
        end = (_CLASSIFICATION_END if dividing else SENTENCE_END).search(text, m.end())
        end = listed if listed is not None else end.start() if end else len(text)
        end = aside_end(text, start, m.start(), end)
        cell = text.find(CELL_BREAK, m.end(), end)
        span = (start, cell if cell >= 0 else end)
        runs = readable_runs(text, *span, m.start(), cell >= 0) if states_a_scope(m.group(0)) \
            else bounded_runs(text, *span) if defines_a_term(m.group(0)) else []
        # ('Large cell means a cell with a gross mass of more than 500 g': defined_thresholds)
        out += outside(span, runs) if runs else [span]  # ('适用于额定电压不超过440 V…': scope_ratings, scope_quantities)
    return out


CELL_BREAK = " | "  # between the cells of a table row (compare/documents/tables.py), and what a tab folds to
# A table row as a document's row unit writes it (compare/documents/tables.py): the caption, ' — ' (folded '-'), then
# the cells 'column head: value' parted by ' | ' ('Table 1 Maximum element migration — Toy material: Any toy material
# | Element (mg/kg) Sb: 60 | Element (mg/kg) As: 25'); the label 'Table 1' is blanked by then.
_ROW_CAPTION = re.compile(r"^([^|:;。\n]{1,160}?) - (?=[^|\n]{1,200}:[^|\n]*\|)")


def _caption_bound(raws: list[_Raw], text: str) -> None:
    """A bound word in a table's caption ('Maximum element migration', '最大迁移限量') is said of every cell under
    it: a value of the row whose own cell states no bound takes the caption's kind of limit (when the caption
    states one kind only). Before, only the first cell, whose sentence the caption starts, read 'max'."""
    caption = _ROW_CAPTION.match(text)
    if caption is None:
        return
    kinds = {kind for _, kind in bound_words(caption.group(1))} - {Comparator.EQUAL}
    if len(kinds) != 1:
        return
    kind = kinds.pop()
    for raw in raws:
        if raw.start < caption.end() or raw.comparator != Comparator.EQUAL or raw.explicit or raw.condition:
            continue
        cell = max(text.rfind(CELL_BREAK, 0, raw.start), caption.end())
        if any(own != Comparator.EQUAL for _, own in bound_words(text[cell:raw.start])):
            continue
        raw.comparator, raw.explicit, raw.worded = kind, True, True


# A heading that states the kind of limit once, before a colon, for the items of its paragraph: 'Deoxynivalenol —
# maximum levels: cereal grains …, 2 mg/kg; flour …, 1 mg/kg', 'Minimum breaking strength, all grades: wire rope
# 1770 MPa; fibre rope 500 MPa'. The heading opens the text or a sentence and holds no number of its own.
_BOUND_HEADING = re.compile(r"(?:^|(?<=[。\n])|(?<=\.\s))([^\d:：;；。\n|]{3,200}?)[:：]")
_HEADED_ITEM_BREAK = re.compile(r"[;；|]|[.。](?:\s|$)")
# (a Chinese full stop ends the list: '最高允许含量：镉 0.2。铅含量为0.5 mg/kg')
_PARAGRAPH_END = re.compile(r"[。\n]")


def _heading_bound(raws: list[_Raw], text: str) -> None:
    """Values after a `_BOUND_HEADING` whose words state one kind of bound (max or min), to the end of the
    paragraph, take that kind when their own item states none; only values of the dimension of the first such value
    (a test condition in another unit is not one of the limits).

    `_listed_bound` also carries a bound word said before a colon to the values after it. Both read 'Minimum breaking
    strength: wire rope 1770 MPa; fibre rope 500 MPa' alike, but each reads lists the other cannot, and neither can
    take the other's place with results unchanged (left out alone, this one changes the readings of 58 of the open
    sets' clause texts at a4e27ec, `_listed_bound`'s list 96). How they differ:
    - here the heading is a whole stretch with no digit, from the start of the text or after '。', a new line or
      '. ', to the colon, its bound word anywhere in it; and the items may hold digits before their values
      ('大气污染物浓度限值：二氧化氮（NO2）1小时平均 200 µg/m³；24小时平均 80 µg/m³', read here only), which
      `_listed_bound` does not allow between the colon and the first value.
    - only values with a unit share the bound, of the dimension of the first value read with no bound; a bare
      number is a name's or a row key's ('level 1: 20'), and an item with a bound of its own ('DN ≤ 50, 15 s') is
      left as read.
    - the list runs to '。' or a new line; '. ' and ';' only part its items.
    - it runs once, after every value is read and joined, over the whole clause."""
    for head in _BOUND_HEADING.finditer(text):
        kinds = {kind for _, kind in bound_words(head.group(1))} - {Comparator.EQUAL}
        if len(kinds) != 1 or Comparator.RANGE in kinds:
            continue
        kind = kinds.pop()
        end = _PARAGRAPH_END.search(text, head.end())
        end = len(text) if end is None else end.start()
        # (a value with a bound of its own is a row's key, 'DN ≤ 50, 15 s': the first without one sets the dimension)
        within = [raw for raw in raws if head.end() <= raw.start < end]
        bounded = [raw.start for raw in within if raw.comparator != Comparator.EQUAL]
        # (a bare number is a name's or a row key's, 'benzophenone-3 10 %', 'level 1: 20': only values with a unit)
        items = [raw for raw in within if raw.comparator == Comparator.EQUAL and raw.unit
                 and not raw.explicit and not raw.condition]
        if not items:
            continue
        dimension = _dimension_of(items[0])
        for raw in items:
            if _dimension_of(raw) != dimension:
                continue
            breaks = _HEADED_ITEM_BREAK.finditer(text, head.end(), raw.start)
            item = max((m.end() for m in breaks), default=head.end())
            if any(item <= start < raw.start for start in bounded) \
                    or any(own != Comparator.EQUAL for _, own in bound_words(text[item:raw.start])):
                continue  # ('at least 25 µg/kg'; 'DN ≤ 50, 15 s': a row keyed by a bound, joined to the value after)
            raw.comparator, raw.explicit, raw.worded = kind, True, True


_CLASSIFICATION_END = re.compile(r"[:;。\n]")


MAX_UNREAD = 50


def _unread(folded: str, where: list[int], read: list[tuple[int, int]], leading
            ) -> list[tuple[str, tuple[int, int] | None]]:
    """Numbers of the text outside every value and condition read, as written (the clause number excepted), each
    with its span in the clause ('…' closes a list cut at MAX_UNREAD, with no span)."""
    if not read and not any(map(str.isdigit, folded)):
        return []
    spans = sorted(read)
    starts = [a for a, _ in spans]
    out: list[tuple[str, tuple[int, int] | None]] = []
    # (Speed: the runs are read from DIGIT_RUN's matches as scan_numbers would give them, without building a Written
    # for each; most are inside a value read and skipped at once.)
    for m in DIGIT_RUN.finditer(folded):
        at = m.start()
        if leading and at < leading.end():
            continue
        start, end = where[at], where[m.end() - 1] + 1
        # Spans read never overlap much: the ones starting just before this number are enough to look at.
        k = bisect.bisect_right(starts, start)
        if _overlaps_one(spans, max(0, k - 3), k + 1, start, end):
            continue
        if _is_reference(folded, at):
            continue
        out.append((m.group(0), (start, end)))
        if len(out) >= MAX_UNREAD:
            out.append(("…", None))
            break
    return out


def _overlaps_one(spans: list[tuple[int, int]], lo: int, hi: int, start: int, end: int) -> bool:
    """True when a span of spans[lo:hi] holds the start or the end of start..end. (Speed: asked of every number of a
    clause; a loop, no generator.)"""
    for a, b in spans[lo:hi]:
        if a <= start < b or a < end <= b:
            return True
    return False


# A number glued to a Latin letter is part of a name or designation (B1, G2, IE2, NO2, PM2.5), and one after
# 表, 图, 式, 附录, "Table", "Figure", "Annex", "Clause" refers to a part of a standard, and one after a standards
# body ("GB/T 5009.12", "IEC 53") names a standard or a designation: none is a value a reviewer must check.
_REFERENCE_BEFORE = starting_with("A-Za-zſıİK表图式附", r"(?:[A-Za-z]|[表图式]\s?|附录\s?[A-Z]?\.?|(?:table|figure|annex|clause|formula)\s"
                               r"|(?:GB(?:/[TZ])?|[A-Z]{2,4}/T|ISO(?:/IEC)?|IEC|EN|ASTM|CXS|CAC/GL|ITU-T)\s?)$",
                               re.IGNORECASE)


def _is_reference(folded: str, start: int) -> bool:
    return bool(_REFERENCE_BEFORE.search(folded[max(0, start - 9):start]))


def _deviation_restated(previous: _Raw, raw: _Raw) -> bool:
    """True when a deviation written with '±' alone is restated in brackets with '±' in another unit ('±0.7 kPa
    （±5 mmHg）', '± 0,83 mmol/l (± 15 mg/dl)'): the second is the first in the other unit, as a value restated in
    brackets is, and the comparison takes it when the other clause writes that unit."""
    return (raw.comparator == previous.comparator == Comparator.TOLERANCE and raw.tolerance is not None
            and not raw.value and not previous.value)


def _number(text: str | None, decimal_comma: bool = False) -> float | None:
    """The value of a number the reader matched; ValueError for one no float holds ('8E711', a code such as a disease
    class read as 8×10⁷¹¹, '10^999': infinite, no quantity), which is left unread."""
    if text is None:
        return None
    value = read_number(text, decimal_comma)
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {text!r}")
    return value


def _number_or_none(text: str | None, decimal_comma: bool = False) -> float | None:
    """`_number`, or None for no text, text that is no number or a number no float holds."""
    try:
        return _number(text, decimal_comma)
    except ValueError:
        return None


# A word that ends the phrase after a number: end of text, a clause mark or a closing bracket.
_PHRASE_END = re.compile(r"\s*(?:$|[.;,:)\]|。；，：）])")
_LONG_LOWER_WORD = re.compile(r"[a-z]{5,}")


def unknown_word_unit(token: str | None, text: str, end: int) -> str:
    """A lower-case word after a number that ends its phrase and is neither a unit of the system nor an English
    word ('不超过 5 zorks。', 'max. 5 zorks'): an unknown unit, kept as written so that the comparison reports it;
    '' otherwise. English words there are counted things ('at least 3 specimens', '2 poles') and stay bare
    numbers; without the dictionary nothing is taken."""
    word = (token or "").strip()
    if not _LONG_LOWER_WORD.fullmatch(word) or word in _NOT_UNITS or is_known(word) \
            or not _PHRASE_END.match(text, end):
        return ""
    return word if is_english_word(word) is False else ""


# A star right after a unit's letters, with no second unit after it ('s*', 'x*'): the letters are a statistic's
# symbol (ISO 13528's robust estimates), no unit.
_STARRED = re.compile(r"\*(?![A-Za-zµμ])")


def _unit_of(m: re.Match, *groups: str) -> tuple[str, tuple[int, int] | None]:
    """The first of `groups` that reads as a unit, with its span."""
    for name in groups:
        written = m.group(name)  # (asked of every value: the group taken once)
        unit = _accept_unit(written) or unknown_word_unit(written, m.string, m.end(name))
        if not unit and written == "a" and year_symbol(m.string, m.start(name), m.end(name)):
            unit = "a"  # ('half-life 432 a,': the year, annum, not the article; annum)
        if not unit and written and " per " in written:
            # 'liters per flush', 'gallons per cycle': per a thing no unit counts, the unit before it is the value's
            head = written.split(" per ", 1)[0]
            unit = _accept_unit(head) if reads_as_unit(head) else ""
            if unit:
                start = m.start(name)
                return unit, (start, start + len(head))
        if unit and _sentence_word(unit, m.string, m.end(name)):
            continue
        if unit and _STARRED.match(m.string, m.end(name)):
            continue  # ('δ = 1,5 s*': a symbol marked with a star, the robust standard deviation, is no second)
        if unit:
            start = m.start(name)
            return unit, (start, start + len(written.rstrip()))
    return "", None


# A nominal value with unequal deviations, read as the range they allow: '1,6 mm + 0,6 / − 0 mm', '45 mm +0/−2 mm',
# '50 + 0/− 2 km/h', '45 mm（上偏差0，下偏差−2 mm）', '50 km/h（允差+0 km/h，−2 km/h）', '1.6 mm，其偏差为+0.6 mm和0 mm'.
_DEVIATION_WORD = r"(?:其)?(?:上偏差|下偏差|允差|偏差|公差|(?i:tolerances?|deviations?))?\s*(?:为|是|of)?"
# (Each number whole: '上偏差+0.02 mm' is no nominal '+0.0' with a deviation '2'.)
_UNEQUAL = re.compile(
    rf"(?P<n>{_NUM})(?!\d)\s*(?P<u1>{_UNIT})?\s*"
    rf"(?:(?P<open>[(（])\s*{_DEVIATION_WORD}\s*|[,，]\s*{_DEVIATION_WORD}\s*)?"
    rf"(?P<plus>\+\s*)?(?<![\d.,])(?P<p>{_NUM})\s*(?P<u2>{_UNIT})?\s*(?:/|,|，|、|和|与|and)\s*"
    rf"(?:下偏差\s*(?:为)?\s*)?(?P<minus>-\s*)?(?P<m>{_NUM})\s*(?P<u3>{_UNIT})?\s*(?(open)[)）])")


_DEVIATION_WORDS = re.compile(r"偏差|允差|公差|(?i:tolerance|deviation)")
_BAND_BEFORE = re.compile(r"[~至到<>≤≥]\s*$")
# Deviations stated after their nominal as the span they allow: '外部长度为12 192 mm，公差为0 mm～-10 mm',
# '碰撞速度为56 km/h，速度偏差为0～+1 km/h'.
_DEVIATION_SPAN = re.compile(
    rf"(?P<n>{_NUM})\s*(?P<u1>{_UNIT})?\s*[,，]\s*[^,，;；。:：\d]{{0,8}}?(?:偏差|允差|公差)\s*(?:为|是)?\s*"
    rf"(?P<p>{_NUM})\s*(?P<u2>{_UNIT})?\s*[~～]\s*(?P<m>{_NUM})\s*(?P<u3>{_UNIT})?")
_AFTER_BRACKET_UNIT = re.compile(rf"\s*[)）]\s*({_UNIT})")


def signed_deviations(upper: str, lower: str, upper_sign: str = "", lower_sign: str = "",
                      slash: bool = False) -> tuple[float, float] | None:
    """The two deviations of a nominal written as a pair ('+0,5/0', '0/−10', '−0/+1', '+0.6 mm和0 mm'), signed,
    as numbers to add to the nominal; None when the pair is not marked as deviations by its signs. Without a sign the
    first is the upper deviation and the second the lower one. Both must carry a sign, but after a slash a zero needs
    none ('+0,5/0', '0/−10'): written like that, the pair is no list of two values."""
    def sign(written: str, mark: str) -> str:
        mark = mark.strip() or (written.strip()[:1] if written.strip()[:1] in "+-" else "")
        return mark

    def magnitude(written: str) -> float:
        return abs(read_number(written.strip().lstrip("+-")))

    s1, s2 = sign(upper, upper_sign), sign(lower, lower_sign)
    a, b = magnitude(upper), magnitude(lower)
    if not (s1 and s2):
        if not (slash and (s1 or s2) and (s1 or a == 0) and (s2 or b == 0)):
            return None
    return (-a if s1 == "-" else a), (b if s2 == "+" else -b)


_RELATIVE_DEVIATION = frozenset({"%"})


def _in_place_of(raws: list[_Raw], found: list[_Raw]) -> list[_Raw]:
    """`raws` with each value read inside one of `found` (the values a construction reads as one) replaced by it, in
    the clause's order; `raws` itself when nothing was found."""
    if not found:
        return raws
    kept = [r for r in raws if not any(f.start <= r.start < f.end for f in found)]
    return sorted(kept + found, key=lambda r: r.start)


def _unequal_tolerances(raws: list[_Raw], text: str, comma: bool) -> list[_Raw]:
    """Replace the values of each nominal written with unequal deviations ('45 mm +0/−2 mm') by one range
    [nominal − lower, nominal + upper], read from its span; other values are kept."""
    found = []
    for m in _UNEQUAL.finditer(text):
        if _BAND_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # ('d＞18 mm～30 mm，上偏差0，下偏差-10': the end of a band is no nominal, the pair is the band's)
        # The deviations must be marked as such: '+a / −b', a deviation word in brackets or after a comma; after a
        # slash, a zero needs no sign ('3 +0,5/0 mm/min', '12 192 0/−10', '56 −0/+1 km/h').
        worded = m.group("open") or _DEVIATION_WORDS.search(m.group(0))
        end, unit3 = m.end(), m.group("u3")
        if not (m.group("plus") and (m.group("minus") or worded)) and not (worded and m.group("minus")):
            slash = "/" in text[m.end("p"):m.start("m")]
            pair = None if worded or not slash else signed_deviations(m.group("p"), m.group("m"), m.group("plus") or "",
                                                                      m.group("minus") or "", slash)
            if pair is None:
                continue
            deviations = pair
            if not (m.group("u1") or m.group("u2") or unit3) and text[:m.start()].rstrip()[-1:] in "(（":
                after = _AFTER_BRACKET_UNIT.match(text, end)  # '（1 +0.5/0）mm/min'
                if after and _accept_unit(after.group(1)):
                    unit3, end = after.group(1), after.end()
        else:
            upper, lower = _number_or_none(m.group("p"), comma), _number_or_none(m.group("m"), comma)
            if upper is None or lower is None:
                continue  # (a number no float holds, '10^999': no deviation)
            deviations = (abs(upper), -abs(lower))
        unit = next((u for u in (_accept_unit(g) for g in (m.group("u1"), m.group("u2"), unit3)) if u), "")
        nominal = _number_or_none(m.group("n"), comma)
        if nominal is None:
            continue
        if unit and unit not in _RELATIVE_DEVIATION and (m.group("u2") or unit3 or "").strip() in _RELATIVE_DEVIATION:
            # deviations in per cent of a nominal in its own unit ('230 V +10 % and −15 %'): amounts in that unit
            deviations = tuple(nominal * d / 100 for d in deviations)
        found.append(_Raw(m.start(), end, Comparator.RANGE, None, nominal + min(deviations), nominal + max(deviations),
                          None, unit, explicit=True))
    if "~" in text and ("偏差" in text or "公差" in text or "允差" in text):
        for m in _DEVIATION_SPAN.finditer(text):
            units = {_accept_unit(g) for g in (m.group("u1"), m.group("u2"), m.group("u3")) if g} - {""}
            pair = signed_deviations(m.group("p"), m.group("m"), slash=True)
            if pair is None or len(units) > 1 or any(f.start <= m.start() < f.end for f in found) \
                    or deviation_not_nominal(text, m.start()):
                continue
            nominal = read_number(m.group("n"), comma)
            found.append(_Raw(m.start(), m.end(), Comparator.RANGE, None, nominal + min(pair), nominal + max(pair),
                              None, units.pop() if units else "", explicit=True))
    return _in_place_of(raws, found)


# The upper and the lower deviation of one quantity stated as a pair with no nominal before them, the lower one
# after the upper ('单一平面平均内径偏差：上偏差0，下偏差-10', '上偏差+0.02 mm，下偏差-0.01 mm', 'upper deviation +5 µm, lower
# deviation -5 µm', and ISO's table columns 'U 0, L −10'): the range of deviations the quantity may take.
# (A sign, then a whole number; a word of deviation, then what joins it to its value; a column's letter before a value.)
_SIGNED = rf"(?:[+-]\s?)?(?<![\d.,]){_NUM}(?!\d)"
_SAYS = r"\s*(?:为|是|of|is|[:：=])?\s*"
# ('上极限偏差', 'upper limit deviation': the terms of GB/T 1800 and ISO 286; 'ES = +21 µm, EI = 0' for a hole,
# 'es = −7 µm, ei = −20 µm' for a shaft, the symbols of those standards, upper first.)
_UPPER_LOWER = {end: rf"(?:{zh}|(?<![A-Za-z])(?i:{end}\s+(?:limit\s+)?deviation)|(?<![A-Za-z])(?:{sym})\s*(?==)){_SAYS}"
                for end, zh, sym in (("upper", "上(?:极限)?偏差", "ES|es"), ("lower", "下(?:极限)?偏差", "EI|ei"))}
_COLUMN = r"(?<![A-Za-z0-9_]){}(?=\s?[-+\d])\s*"
_DEVIATION_PAIR = re.compile(rf"(?:(?P<word>{_UPPER_LOWER['upper']})|{_COLUMN.format('U')})(?P<p>{_SIGNED})\s*"
                             rf"(?P<u1>{_UNIT})?\s*(?(word)(?:[,，;；、]\s*(?:and\s)?|and\s|和|及)|[,，;；、])\s*(?(word)(?:the\s+)?{_UPPER_LOWER['lower']}|{_COLUMN.format('L')})"
                             rf"(?P<m>{_SIGNED})\s*(?P<u2>{_UNIT})?")
_DEVIATION_PAIR_HINT = re.compile(r"下(?:极限)?偏差|(?i:lower\s+(?:limit\s+)?deviation)|(?<![A-Za-z])L\s?[-+\d]"
                                  r"|(?<![A-Za-z])(?:EI|ei)\s*=")


# A size fraction in the sieve notation of mineral and aggregate standards: '−12,5 mm +10,0 mm' passes the upper
# sieve and stays on the lower one, the sizes between; named a size or a fraction ('pellets of size −12,5 mm +10,0 mm',
# 'the −40 mm +20 mm fraction'), so no deviations of a nominal.
_SIZE_FRACTION = re.compile(rf"(?:(?i:size[sd]?|fractions?)\s+(?:of\s+)?(?:the\s+)?)?-\s?(?P<a>{_NUM})\s*(?P<u1>mm|µm|μm|cm)"
                            rf"\s*\+\s?(?P<b>{_NUM})\s*(?P<u2>mm|µm|μm|cm)(?P<after>\s+(?i:size\s+)?fractions?\b)?")


def _size_fractions(raws: list[_Raw], text: str, comma: bool) -> list[_Raw]:
    """Each size fraction '−A mm +B mm' named a size or a fraction, B below A in the same unit, replaces the values
    read from it by one range, B to A."""
    found = []
    for m in _SIZE_FRACTION.finditer(text):
        if not (m.group(0)[:1].isalpha() or m.group("after")) or m.group("u1") != m.group("u2"):
            continue
        upper, lower = (read_number(m.group(g).replace(" ", ""), comma) for g in ("a", "b"))
        if upper is None or lower is None or lower >= upper:
            continue
        found.append(_Raw(m.start("a") - 1, m.end("u2"), Comparator.RANGE, None, lower, upper, None, m.group("u1"),
                          explicit=True))
    return _in_place_of(raws, found)


def _deviation_range(start: int, end: int, lower: float, upper: float, written: tuple) -> _Raw | None:
    """The range, lower deviation to upper, of one pair of limit deviations whose units (`written`, '' where none is
    written) name one unit at most; None when they name two."""
    units = {_accept_unit(u) for u in written} - {""}
    if len(units) > 1:
        return None
    return _Raw(start, end, Comparator.RANGE, None, lower, upper, None, units.pop() if units else "", explicit=True)


def _deviation_pairs(raws: list[_Raw], text: str, comma: bool) -> list[_Raw]:
    """Each upper and lower deviation written as a pair after their quantity's name ('上偏差0，下偏差-10', 'U 0, L −10')
    replaces the values read from it by one range, lower deviation to upper. Not a pair inside a value already read,
    the deviations of a nominal that `_unequal_tolerances` reads as the range about it ('45 mm（上偏差0，下偏差−2 mm）');
    not letters whose lower value is above the upper ('U 230, L 400' are a voltage and a length)."""
    found = []
    for m in _DEVIATION_PAIR.finditer(text):
        if any(r.start <= m.start() < r.end for r in raws):
            continue
        upper, lower = (_number_or_none(m.group(g).replace(" ", ""), comma) for g in ("p", "m"))
        if upper is None or lower is None or lower > upper \
                or not m.group("word") and not m.group("m").startswith("-") and lower != 0:
            continue
        deviations = _deviation_range(m.start(), m.end(), lower, upper, (m.group("u1") or "", m.group("u2") or ""))
        if deviations is not None:
            found.append(deviations)
    return _in_place_of(raws, found)


def _slashed_deviations(raws: list[_Raw], text: str, comma: bool) -> list[_Raw]:
    """Each pair of limit deviations 'upper/lower' after its deviation word (`slashed_deviation_pairs`) in one unit
    replaces the values read from it by one range, lower deviation to upper."""
    found = []
    for start, end, lower, upper, written in slashed_deviation_pairs(text, _NUM, _UNIT,
                                                                     lambda n: read_number(n, comma)):
        deviations = _deviation_range(start, end, lower, upper, written)
        if deviations is not None and not any(r.start < start < r.end for r in raws):
            found.append(deviations)
    raws = _in_place_of(raws, found)
    # rows of a class each ('K7 +7/−18; N7 −8/−33', 'K7为+7/−18': class_deviations); the class's grade is no value
    found, labels = [], []
    for label, start, end, lower, upper, written in class_deviation_pairs(text, _NUM, _UNIT,
                                                                          lambda n: read_number(n, comma)):
        deviations = _deviation_range(start, end, lower, upper, written)
        if deviations is None or any(r.start < label < r.end or r.start < start < r.end and r.start < label
                                     for r in raws):
            continue
        found.append(deviations)
        labels.append((label, start))
    if labels:
        raws = [r for r in raws if not any(a <= r.start < b for a, b in labels)]
    return _in_place_of(raws, found)


def _percent_deviations(raws: list[_Raw], text: str, comma: bool) -> list[_Raw]:
    """Each pair of unequal deviations in per cent with no nominal before it (`percent_deviation_pairs`) replaces
    the values read from it by one range, the lower deviation to the upper; not a pair inside a value already read
    (a nominal's deviations: `_unequal_tolerances`)."""
    found = []
    for start, end, lower, upper in percent_deviation_pairs(text, _NUM, lambda n: read_number(n, comma)):
        if any(r.start < start < r.end for r in raws):
            continue
        found.append(_Raw(start, end, Comparator.RANGE, None, lower, upper, None, "%", explicit=True))
    return _in_place_of(raws, found)


# A heading that announces each pair of numbers after it as the lower and the upper limit, parted by a slash, with a
# dash for a limit not set: 'limits (min. / max.)', 'limits (minimum / maximum)', 'min./max.', '最小值/最大值'.
_MIN_MAX_HEAD = re.compile(r"(?<![A-Za-z])(?i:min(?:imum|\.)?\s*/\s*max(?:imum|\.)?)(?![A-Za-z])|最小值?\s*/\s*最大值?")
_NO_LIMIT = r"-(?![\d\s]*[.,]?\d)"
_SLASH_BOUNDS = re.compile(rf"(?<![\d.,/\w])(?:(?P<a>{_NUM})|(?P<no_a>{_NO_LIMIT}))\s*/\s*"
                           rf"(?:(?P<b>{_NUM})|(?P<no_b>-))(?![\d/]|[.,]\d|\s*[A-Za-zµμ%°\u4e00-\u9fff(])")


def slash_bound_pairs(text: str, comma: bool) -> list[tuple[int, int, str, float | None, float | None]]:
    """The limit pairs written after a heading that says they are a minimum and a maximum ('limits (min. / max.): …
    Urea content, % (m/m), 31,8 / 33,2; Biuret, % (m/m), — / 0,3; Oxidation stability, minutes, 360 / —'): for each,
    its span and what it states, a range, a maximum (no minimum) or a minimum (no maximum), read as (start, end,
    comparator, low or value, high). A pair with a unit after it ('300/500 V') is a rating, not limits."""
    head = _MIN_MAX_HEAD.search(text)
    if head is None:
        return []
    out = []
    for m in _SLASH_BOUNDS.finditer(text, head.end()):
        a = read_number(m.group("a"), comma) if m.group("a") else None
        b = read_number(m.group("b"), comma) if m.group("b") else None
        if a is not None and b is not None:
            if a <= b:
                out.append((m.start(), m.end(), Comparator.RANGE, a, b))
        elif b is not None:
            out.append((m.start(), m.end(), Comparator.MAX, b, None))
        elif a is not None:
            out.append((m.start(), m.end(), Comparator.MIN, a, None))
    return out


def _slash_bounds(raws: list[_Raw], text: str, comma: bool) -> list[_Raw]:
    """Replace the values read inside each pair of `slash_bound_pairs` by the limits it states."""
    found = []
    for start, end, comparator, first, second in slash_bound_pairs(text, comma):
        if comparator == Comparator.RANGE:
            found.append(_Raw(start, end, comparator, None, first, second, None, "", explicit=True))
        else:
            found.append(_Raw(start, end, comparator, first, None, None, None, "", explicit=True))
    return _in_place_of(raws, found)


# A pair of supply frequencies written with a slash ('(50 Hz/60 Hz)', '50/60 Hz'), and a pair of counts of cycles
# written so for them ('25/30 cycles', '250/300个周期'), as IEC 61000-4-11 and GB/T 17626.11 write a dip's duration.
_FREQUENCY_PAIR = re.compile(r"(?<![\d.,/])(\d{2,3})\s*(?:Hz)?\s*/\s*(\d{2,3})\s*Hz(?![A-Za-z])")
_CYCLES_PAIR = re.compile(rf"(?<![\d.,/A-Za-z])({_NUM})\s*/\s*({_NUM})\s*(?:个)?(周期|cycles?|periods?)(?![A-Za-z])")


def _values_per_frequency(raws: list[_Raw], text: str, comma: bool) -> list[_Raw]:
    """'70 % UT for 25/30 cycles (50 Hz/60 Hz)', '70 % UT，持续25/30个周期（50 Hz/60 Hz）': where a clause writes a pair of
    supply frequencies, a pair of counts of cycles is one count for each frequency, in their order: two values,
    each with its frequency as basis. The frequency pair itself is their condition, no value of its own."""
    frequencies = _FREQUENCY_PAIR.search(text)
    if frequencies is None:
        return raws
    first, second = f"{frequencies.group(1)} Hz", f"{frequencies.group(2)} Hz"
    found, spans = [], [frequencies.span()]
    for m in _CYCLES_PAIR.finditer(text):
        unit = m.group(3)
        for group, basis in ((1, first), (2, second)):
            found.append(_Raw(m.start(group), m.end(group), Comparator.EQUAL, read_number(m.group(group), comma),
                              None, None, None, unit, basis=basis, unit_span=(m.start(3), m.end(3))))
        spans.append(m.span())
    if not found:
        return raws
    kept = [r for r in raws if not any(a <= r.start < b for a, b in spans)]
    return sorted(kept + found, key=lambda r: r.start)


def _in_unit_of(value: float | None, written: str, unit: str) -> float | None:
    """`value`, written in `written`, expressed in `unit` of the same dimension ('100 kΩ' in MΩ is 0.1); unchanged
    when either unit is missing or the two are not of one dimension."""
    if value is None or not written or not unit or written == unit:
        return value
    converted = value_in_unit(value, written, unit)
    return value if converted is None else round(converted, 12)


def _tolerance_in_unit_of(value: _Raw, tolerance: float | None, unit: str) -> float | None:
    """A tolerance written after a value (or naming it), in the value's unit: a percentage of the value ('230 V,
    tolerance ±10 %': 23 V; '0.50 A（允差±10 %）': 0.05 A), else the same amount in the value's unit ('100 g，允差±0.5 mg':
    0.0005 g)."""
    if tolerance is not None and unit == "%" and value.unit and value.unit != "%" and value.value:
        return abs(value.value * tolerance / 100.0)
    return _in_unit_of(tolerance, unit, value.unit)


def nominal_in_tolerance_unit(nominal: float | None, unit: str, tolerance_unit: str) -> float | None:
    """A nominal and its tolerance written in two units of one dimension ('2 h ± 5 min', '1 kg ± 1 g'): the nominal
    in the tolerance's unit (120 min ± 5 min, 1 000 g ± 1 g), so that one unit states both; None when the two are not
    two units of one dimension ('23 °C ± 2 K': a temperature and a difference; '220 V ± 10 %')."""
    if nominal is None or not unit or not tolerance_unit or unit == tolerance_unit:
        return None
    a, b = normalise(nominal, unit), normalise(1.0, tolerance_unit)
    if not (a.known and b.known) or a.dimension != b.dimension or a.dimension == "number" or not b.value \
            or a.value is None or a.unit != b.unit:
        return None
    return round(a.value / b.value, 12)


def _read_value(m: re.Match, text: str, comma: bool = False) -> _Raw | None:
    """The raw value a match of the value pattern states, or None; None too for a number no float holds ('8E711', a
    code such as a disease class read as 8×10⁷¹¹: `_number` refuses it), which stays among the unread numbers."""
    try:
        return _read_match(m, text, comma)
    except ValueError:
        return None


def _read_match(m: re.Match, text: str, comma: bool = False) -> _Raw | None:
    g = m  # (m["name"] reads one group; m.groupdict() would build all forty-odd for each value)
    start, end = m.span()
    if g["tol1"] or g["tol2"]:
        k = "t1" if g["tol1"] else "t2"
        groups = (f"{k}u3", f"{k}u1", f"{k}u2") if k == "t1" else (f"{k}u1", f"{k}u2")
        unit, where = _unit_of(m, *groups)
        nominal, tol = _number(g[f"{k}n"], comma), _number(g[f"{k}t"], comma)
        if _accept_unit(g[f"{k}u2"]) == "%" and unit and unit != "%":
            tol = nominal * tol / 100.0  # 220 V ± 10 %: a relative tolerance
        else:
            restated = nominal_in_tolerance_unit(nominal, _accept_unit(g[f"{k}u1"]), _accept_unit(g[f"{k}u2"]))
            if restated is not None:
                nominal, unit, where = restated, _accept_unit(g[f"{k}u2"]), m.span(f"{k}u2")
        return _Raw(start, end, Comparator.TOLERANCE, nominal, None, None, abs(tol), unit, explicit=True, unit_span=where)
    if g["tol3"]:
        unit, where = _unit_of(m, "t3u")
        return _with_minutes(_Raw(start, end, Comparator.TOLERANCE, 0.0, None, None, abs(_number(g["t3t"], comma)), unit,
                                  explicit=True, unit_span=where), text)
    if g["rng"] and _mixed_range(m):
        return _one(m, "rl", "ru1", comma)  # two values side by side, read one by one (`_values`)
    if (g["rng"] or g["btw"]) and (falling := falling_ends(m, comma)):
        return _one(m, falling[0], falling[1], comma)  # ('from 6° to 3°': two values, `falling_bands`)
    if g["btw"] or g["rng"] or g["dbl"]:
        lo, hi, u1, u2 = (("bl", "bh", "bu1", "bu2") if g["btw"] else ("dl", "dh", "du1", "du2") if g["dbl"]
                          else ("rl", "rh", "ru1", "ru2"))
        unit, where = _unit_of(m, u2, u1)
        low, high = _number(g[lo], comma), _number(g[hi], comma)
        low = _in_unit_of(low, _accept_unit(g[u1]), unit)  # '100 kΩ～1 000 MΩ': the low end in the range's unit
        if g["rng"] and not unit and not _RANGE_MARK.search(text[start:end]) \
                and not (comma and "," in text[start:end]) \
                and not _DIMENSIONLESS_NAME.search(text, max(0, start - 12), start):
            # '6-8' alone is too often an item or an id; '6.5-8.5' is a range, and so is '0,40 – 0,8' where the
            # text writes decimal commas
            return _one(m, "rl", "ru1", comma)
        if low is not None and high is not None and low > high:
            low, high = high, low
        return _Raw(start, end, Comparator.RANGE, None, low, high, None, unit, explicit=True, unit_span=where)
    if g["u"] and text[start + len(g["v"])].isalpha() and g["u"] != "度" \
            and (not is_known(g["u"]) or _glued_into_noun(m, text)
                                                           or g["u"] in _ORDINAL_SUFFIXES) \
            and not REFERENCE_QUANTITY.fullmatch(g["u"].strip()) \
            and not (_accept_unit(g["u"]) == g["u"] and glued_length_symbol(text, start, m.end("u"))):
        # '0I', '3MCPD', '22K金': a number glued to letters that are no unit is part of a name; '99th percentile',
        # 'the 3rd harmonic': an ordinal counts a place, never a quantity
        return None
    return _with_minutes(_one(m, "v", "u", comma), text)


# The minutes of an angle written in degrees and minutes ('1°30′', '0°30′'), which the unit token reads as '°30'.
_DEGREES_AND_MINUTES = re.compile(r"°([0-5]?\d)$")


def _with_minutes(raw: _Raw, text: str) -> _Raw:
    """An angle written in degrees and minutes ('±1°30′', '12°30′'), read in degrees (1.5°, 12.5°), the prime
    taken into the value; any other value as read."""
    if not raw.unit_span or not raw.unit.startswith("°") or text[raw.end:raw.end + 1] not in ("′", "'") \
            or not (minutes := _DEGREES_AND_MINUTES.match(raw.unit)):
        return raw
    part = int(minutes.group(1)) / 60
    if raw.comparator == Comparator.TOLERANCE and not raw.value:
        raw.tolerance = (raw.tolerance or 0.0) + part
    elif raw.value is not None:
        raw.value = math.copysign(abs(raw.value) + part, raw.value)
    else:
        return raw
    raw.unit, raw.unit_span, raw.end = "°", (raw.unit_span[0], raw.unit_span[0] + 1), raw.end + 1
    return raw


_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


_SYMBOL_BEFORE = re.compile(r"([A-Za-z]{1,4})\s?[=:]?\s?(?=\d)")
_SYMBOL_RIGHT_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]{1,4})\s?[=:]?\s?$")


def _symbols_declared_units(text: str) -> dict[str, str]:
    """The units the clause declares for its symbols ('(PN in bar)'), those that read as units."""
    if "(" not in text or " in " not in text and "单位为" not in text:
        return {}
    return {symbol: unit for symbol, unit in symbol_units(text).items() if _accept_unit(unit) == unit}


def _values_of_declared_symbols(raws: list[_Raw], text: str, declared: dict[str, str]) -> None:
    """A number with no unit written right after a symbol whose unit the clause declares ('PN 16' with '(PN in bar)')
    is a value in that unit (`constructions.symbol_units`)."""
    for raw in raws:
        if raw.unit or raw.comparator not in (Comparator.EQUAL, Comparator.RANGE):
            continue
        m = _SYMBOL_RIGHT_BEFORE.search(text, max(0, raw.start - 8), raw.start)
        if m and m.group(1) in declared:
            raw.unit = declared[m.group(1)]


def _upper_ends_after_symbols(raws: list[_Raw], text: str) -> None:
    """A value between a symbol and it ('between e and 0,05D') is a maximum (`constructions.upper_end_after_symbol`)."""
    for raw in raws:
        if raw.comparator == Comparator.EQUAL and upper_end_after_symbol(text[max(0, raw.start - 16):raw.start],
                                                                         text[raw.end:raw.end + 4]):
            raw.comparator, raw.explicit = Comparator.MAX, True


def _formula_constants(raws: list[_Raw], text: str, comma: bool) -> list[_Raw]:
    """A range read across a formula's sign ('Ri = 100 − 4,6 ΔEi' as 4.6–100) is the formula's two constants, each a
    value of its own (`constructions.formula_terms`)."""
    terms = formula_terms(text)
    if not terms:
        return raws
    out = []
    for raw in raws:
        term = next(((a, b) for a, b in terms if raw.comparator == Comparator.RANGE and raw.start <= a[0]
                     and b[1] <= raw.end), None)
        if term is None:
            out.append(raw)
            continue
        number = comma or "," in text[term[1][0]:term[1][1]] and "." not in text[term[1][0]:term[1][1]]
        out.extend(_Raw(a, b, Comparator.EQUAL, _number(text[a:b], number), None, None, None, "", explicit=True,
                        formula=True) for a, b in term)  # (the formula's "=" states both)
    return out


_SLASH_NUMBER = re.compile(r"/\s?[1-9]")


def _symbol_fractions(raws: list[_Raw], text: str) -> list[_Raw]:
    """The values written as a fraction of a symbol's quantity ('保护导体截面积为S/2': 0.5 × S), among the others in
    the order of the text (`constructions.symbol_fractions`)."""
    found = symbol_fractions(text)
    if not found:
        return raws
    taken = [(raw.start, raw.end) for raw in raws]
    added = [_Raw(start, end, Comparator.EQUAL, fraction, None, None, None, f"× {symbol}")
             for start, end, symbol, fraction in found if not any(a < end and start < b for a, b in taken)]
    return sorted(raws + added, key=lambda raw: raw.start)


def _glued_into_noun(m: re.Match, text: str) -> bool:
    """'22K金', '18K金', '5G网络': one capital letter glued to a number and to the Chinese noun after it names a grade
    (karat, generation), no unit."""
    unit = m.group("u")
    return len(unit) == 1 and unit.isupper() and bool(_CJK_CHAR.match(text, m.end("u"))) \
        and not _BAND_WORD.match(text, m.end("u"))


# Words that end a band or a bound after a value ('0.05D之间', '5t以下'): the letter before them is a unit or a symbol.
_BAND_WORD = re.compile(r"之间|以[上下内]")


_RANGE_MARK = re.compile(r"[~至到.]|\bto\b")


def _one(m: re.Match, value_group: str, unit_group: str, comma: bool = False) -> _Raw:
    unit, where = _unit_of(m, unit_group)
    start = m.start(value_group)
    end = where[1] if where else m.end(value_group)
    return _Raw(start, end, Comparator.EQUAL, _number(m.group(value_group), comma), None, None, None, unit, unit_span=where)


_PER_AFTER = re.compile(r"\s*(?:per|/|每)\s*(\d+\s?(?:mL|ml|L|g|kg|kJ|kcal|毫升|克|千克))(?![A-Za-z])")


# IEC's way of writing a band with an ellipsis between its ends ('50 Hz ± 1 % (i.e. 49,5 Hz … 50,5 Hz)', '−25 °C …
# +55 °C'; the fold writes '…' as '...'). Not a list that leaves items out: a doubled ellipsis ('……', '......' folded),
# or one after a value that ends a list ('550 °C, 650 °C … 960 °C': the values before it are parted by commas),
# or a falling run ('1 000 °C … 70 °C').
_ELLIPSIS_BETWEEN = re.compile(r"\s*\.\.\.\s*")
_LIST_COMMA = re.compile(r"\s*[,;、]\s*")
# Two ends joined by 'and' that 'inclusive' closes ('Class B: +12 °C and −10 °C inclusive', 'between' left out, as
# '23 °C and 60 °C, inclusive' after it): the word says both ends are in one band, in either order.
_AND_BETWEEN = re.compile(r"\s+and\s+")
_INCLUSIVE_AFTER = re.compile(r"\s*,?\s*inclusive\b(?!\s+of\b)")  # (not 'inclusive of': including)


def _bands_of_two_values(raws: list[_Raw], text: str) -> list[_Raw]:
    """Two values parted by an ellipsis alone, the second higher and in the first's unit (or the first bare), are the
    ends of one band: a range. So are two values in one unit joined by 'and' and closed by 'inclusive'."""
    out: list[_Raw] = []
    for raw in raws:
        first = out[-1] if out else None
        if first is None or not (first.comparator == raw.comparator == Comparator.EQUAL and raw.unit
                                 and first.value is not None and raw.value is not None):
            out.append(raw)
            continue
        rising = first.value < raw.value and first.unit in ("", raw.unit) \
            and _ELLIPSIS_BETWEEN.fullmatch(text, first.end, raw.start) \
            and not (len(out) > 1 and _LIST_COMMA.fullmatch(text, out[-2].end, first.start))
        inclusive = not rising and first.unit == raw.unit and first.value != raw.value \
            and _AND_BETWEEN.fullmatch(text, first.end, raw.start) and _INCLUSIVE_AFTER.match(text, raw.end)
        if rising or inclusive:
            low, high = sorted((first.value, raw.value))
            out[-1] = _Raw(first.start, raw.end, Comparator.RANGE, None, low, high, None, raw.unit,
                           explicit=True, unit_span=raw.unit_span)
            continue
        out.append(raw)
    return out


def _bands_with_bracketed_ends(raws: list[_Raw], text: str) -> list[_Raw]:
    """A band whose two ends each carry a symbol's value in brackets ('额定电压1 kV（Um=1.2 kV）到3 kV（Um=3.6 kV）',
    `bracketed_ranges`): two ranges, the first end to the second, and the bracketed symbol's first value to its
    second (which is read over the second end, so that each range is named by the words before it)."""
    out: list[_Raw] = []
    k = 0
    while k < len(raws):
        four = raws[k:k + 4]
        if len(four) == 4 and all(r.comparator == Comparator.EQUAL and r.value is not None and r.unit == four[0].unit
                                  and not r.condition for r in four) and four[0].unit \
                and four[0].value < four[2].value and four[1].value < four[3].value \
                and (found := bracketed_ends(text, [(r.start, r.end) for r in four])):
            first, symbol, second, symbol_second = four
            out.append(replace(first, comparator=Comparator.RANGE, value=None, low=first.value, high=second.value,
                               explicit=True, decimal_comma=None))
            out.append(replace(symbol, comparator=Comparator.RANGE, value=None, low=symbol.value,
                               high=symbol_second.value, end=symbol_second.end, explicit=True, decimal_comma=None))
            k += 4
            continue
        out.append(raws[k])
        k += 1
    return out


# A symbol with the subscript 'min', its value, then the same symbol with 'max' and its value ('Umin 6 V, Umax 16 V',
# 'λ0min 1300 nm, λ0max 1324 nm', 'T_min = 5 °C; T_max = 40 °C'): the two ends of the quantity's band. The symbol is
# short and starts a word; 'max' must repeat it, so a word that ends in 'min' ('admin') never starts one.
_SUBSCRIPT_MIN = re.compile(r"(?<![A-Za-z0-9])(?P<symbol>[A-Za-zα-ωΑ-Ω][A-Za-z0-9]{0,2}?)_?min\s*[=:]?\s*$")
_SUBSCRIPT_MAX_AFTER = r"\s*[,;]\s*(?:and\s+)?{symbol}_?max\s*[=:]?\s*"


def _subscript_bounds(raws: list[_Raw], text: str) -> list[_Raw]:
    """A value after a symbol subscripted 'min' and a higher value after the same symbol subscripted 'max', in one
    unit (or the first bare), are one range. A number written inside the first symbol ('λ0min', read as '0 min')
    is no value of its own."""
    out: list[_Raw] = []
    i = 0
    while i < len(raws):
        raw = raws[i]
        low_label = _SUBSCRIPT_MIN.search(text, max(0, raw.start - 12), raw.start)
        high = next((r for r in raws[i + 1:] if r.start >= raw.end), None) if low_label else None
        if high is not None and raw.value is not None and high.value is not None \
                and raw.comparator in (Comparator.EQUAL, Comparator.MIN) \
                and high.comparator in (Comparator.EQUAL, Comparator.MAX) \
                and raw.unit in ("", high.unit) and high.unit and raw.value < high.value \
                and re.fullmatch(_SUBSCRIPT_MAX_AFTER.format(symbol=re.escape(low_label.group("symbol"))),
                                 text[raw.end:high.start]):
            while out and out[-1].end > low_label.start():
                out.pop()  # ('λ0min': the '0' read as minutes)
            out.append(_Raw(raw.start, high.end, Comparator.RANGE, None, raw.value, high.value, None, high.unit,
                            explicit=True, unit_span=high.unit_span))
            i = raws.index(high) + 1
            continue
        out.append(raw)
        i += 1
    return out


def _lone_deviation(raw: _Raw, text: str) -> bool:
    """True for a '± T' with no value of its own ('±1°', '± 0,5 mm'), as read before its place is found
    (`_place_lone_tolerances`): a tolerance of zero written with '±' first."""
    return raw.comparator == Comparator.TOLERANCE and raw.value == 0.0 and raw.tolerance is not None \
        and text[raw.start] == "±"


def _join_values(raws: list[_Raw], text: str) -> list[_Raw]:
    """Apply the constructions that join values: a tolerance stated apart ('65 %，允差为±5 %'), a value
    restated in brackets ('60 kcal (251 kJ)'), a reference amount before a value ('每100 kJ … 0.45 g')."""
    out: list[_Raw] = []
    reference = None
    reference_end = 0  # where the reference's amount ends ('per 100 kcal', heading a list: reference_lists)
    unclaimed: _Raw | None = None  # the amount of the reference, while no value has been read per it
    sentence_start = scanned = 0
    for raw in raws:
        # Where the sentence of this value starts, scanning each stretch of text once.
        sentence_start = _sentence_start(text, scanned, raw.start, sentence_start)
        scanned = max(scanned, raw.start)
        previous = out[-1] if out else None
        if previous and raw.start < previous.end:
            continue  # taken into the value before it
        between = text[previous.end:raw.start] if previous else ""
        if previous and raw.comparator == previous.comparator == Comparator.EQUAL and raw.value is not None \
                and previous.value is not None and not raw.explicit \
                and (factor := compound_quantity(previous.unit, between, raw.unit, raw.value)):
            # '1 h 30 min', '2 min 30 s', '1° 30′': one time or angle in the smaller unit
            previous.value = previous.value * factor + raw.value
            previous.unit, previous.unit_span, previous.end = raw.unit, raw.unit_span, raw.end
            continue
        if previous and raw.comparator == Comparator.EQUAL and raw.value is not None and not raw.explicit \
                and _lone_deviation(previous, text) \
                and (factor := compound_quantity(previous.unit, between, raw.unit, raw.value)):
            # '±1° 30′', '± 0°30′': a deviation either way written in two units, one angle or time in the smaller
            previous.tolerance = previous.tolerance * factor + raw.value
            previous.unit, previous.unit_span, previous.end = raw.unit, raw.unit_span, raw.end
            continue
        if raw.comparator == Comparator.TOLERANCE and raw.value is not None \
                and (plus_minus := glued_plus_minus(text, raw.start, raw.end)) is not None \
                and _alternatives(out[-2:], raw.unit, text, raw.start, plus_minus):
            # '100, 1 000 or 4 000 ± 10': the last of the alternatives, and a '± T' alone that holds for each of them
            out.extend(_tolerance_parted(raw, plus_minus, text, out[-1]))
            continue
        if (previous and raw.comparator == Comparator.TOLERANCE and text[raw.start] == "±"
                and previous.comparator == Comparator.EQUAL and shared_tolerance(between)
                and _share_tolerance(out, raw, text)):
            continue
        if (previous and raw.comparator == Comparator.TOLERANCE and text[raw.start] == "±"
                and previous.comparator == Comparator.EQUAL and previous.unit and previous.value
                and (fraction := _fraction_of_value(raw.unit, text[raw.start:raw.end], raw.tolerance)) is not None
                and (stated_tolerance(between) or tolerance_stated_apart(between)
                     or bracketed_tolerance(between, text[raw.end:raw.end + 4]))):
            # '标称比特率为2 048 kbit/s，容差为±50×10⁻⁶': the nominal takes the tolerance in its unit (±0.1024 kbit/s);
            # the fraction stays a limit of its own, as where it is written right after the value
            previous.comparator, previous.explicit = Comparator.TOLERANCE, True
            previous.tolerance = _of_the_value(previous.value, fraction)
            if not raw.unit:
                raw.restated = (float(f"{raw.tolerance * 1e6:.12g}"), None, None, "ppm")
            out.append(raw)
            continue
        if (previous and raw.comparator == Comparator.TOLERANCE and text[raw.start] == "±"
                and previous.comparator == Comparator.EQUAL and previous.unit
                and (bracket := bracketed_tolerance(between, text[raw.end:raw.end + 4]))
                and _tolerance_fits(previous, raw)):
            # '0.50 A（允差±10 %）', '3,5 m/s (± 10 %)', '1 octave/min (tolerance ±10 %)': the bracket right after the
            # value holds its tolerance
            tolerance = _tolerance_in_unit_of(previous, raw.tolerance, raw.unit)
            previous.comparator, previous.tolerance, previous.explicit = Comparator.TOLERANCE, tolerance, True
            previous.end = raw.end + bracket
            continue
        if (previous and raw.comparator == Comparator.TOLERANCE and text[raw.start] == "±"
                and previous.comparator == Comparator.EQUAL and _tolerance_fits(previous, raw)
                and not _ends_a_list(out, text)
                and not tolerance_point(text[max(0, previous.start - 40):previous.start], between)
                and (stated_tolerance(between, _since_full_stop(text, previous.start)) or tolerance_stated_apart(between)
                     or grid_cell(between) == 1 and tolerance_column(text, raw.start)
                     and not _cell_states_bound(text, previous.start))):
            tolerance = _tolerance_in_unit_of(previous, raw.tolerance, raw.unit)
            previous.comparator, previous.tolerance, previous.explicit = Comparator.TOLERANCE, tolerance, True
            previous.end = raw.end
            continue
        if (previous and raw.comparator == Comparator.EQUAL == previous.comparator and not raw.explicit
                and previous.unit and raw.unit and previous.value is not None and raw.value and raw.value > 0
                and unsigned_tolerance(between) and _tolerance_fits(previous, raw)):
            # '40 °C with a tolerance of 2 °C', '40 ℃，允差为2 ℃': a tolerance named without '±' is one either way
            tolerance = _tolerance_in_unit_of(previous, raw.value, raw.unit)
            previous.comparator, previous.tolerance, previous.explicit = Comparator.TOLERANCE, tolerance, True
            previous.end = raw.end
            continue
        if previous and previous.comparator == Comparator.RANGE and previous.restated \
                and previous.restated[2] is None and raw.value is not None and restated_value(between, text[raw.end:raw.end + 3]) \
                and _spelt_alike(raw.unit + previous.referred if previous.referred and "/" not in raw.unit else raw.unit,
                                 previous.restated[3]):
            close = text.find(")", raw.end)
            close = close if close != -1 and close - raw.end < 3 else text.find("）", raw.end)
            previous.restated = (None, previous.restated[1], raw.value, previous.restated[3])
            previous.end = close + 1 if close != -1 and close - raw.end < 3 else raw.end
            _reference_after(previous, text)
            continue
        if previous and restated_tolerance((previous.comparator, previous.value, previous.unit),
                                           (raw.comparator, raw.value, raw.unit), between, text[raw.start:raw.end]):
            previous.end = raw.end  # '0.25 ± 0.05 MPa/s (35 ± 7 psi/s)': one tolerance, restated (en_forms31)
            continue
        if previous and raw.unit and previous.unit and raw.comparator == Comparator.EQUAL and raw.value is not None \
                and restated_after_bound(between, text[raw.end:raw.end + 3]) \
                and normalise(1.0, raw.unit).dimension == normalise(1.0, previous.unit).dimension:
            previous.restated = (raw.value, None, None, raw.unit)  # '30 mg/kg maximum (30 ppm)' (en_forms31)
            continue
        # ('每100 mL … 250 kJ（60 kcal）': the reference the value took holds for its restatement too)
        restating = raw.unit + previous.referred if previous and previous.referred and "/" not in raw.unit else raw.unit
        if previous and raw.unit and previous.unit and restated_value(between, text[raw.end:raw.end + 3]) \
                and (normalise(1.0, restating).dimension == normalise(1.0, previous.unit).dimension
                     or restated_in_air(previous.unit, raw.unit)
                     or kelvin_restated(previous.unit, previous.value, raw.unit, raw.value)):
            close = text.find(")", raw.end)
            close = close if close != -1 and close - raw.end < 3 else text.find("）", raw.end)
            previous.end = close + 1 if close != -1 and close - raw.end < 3 else raw.end
            if raw.value is not None and raw.comparator == Comparator.EQUAL:
                previous.restated = (raw.value, None, None, restating)
            elif _deviation_restated(previous, raw):
                previous.restated = (raw.tolerance, None, None, restating)
            _reference_after(previous, text)
            continue
        if previous and raw.comparator == Comparator.EQUAL and previous.comparator != Comparator.TOLERANCE \
                and alternative_reference(previous.unit, raw.value, raw.unit, between):
            # '≤120 mg/100 g或100 mL': the same limit per 100 mL of a liquid; its bracketed basis goes with it
            basis = _BRACKET_AFTER.match(text, raw.end)
            previous.end = basis.end() if basis else raw.end
            continue
        if previous and _alternative_unit(previous, raw, between):
            # '500 CFU/g或500 CFU/mL', '1 000 mg/kg or 1 000 mg/L': one limit, for a solid or a liquid sample
            previous.restated, previous.end = (raw.value, None, None, raw.unit), raw.end
            continue
        if previous and previous.restated and _restated_ends(previous, raw, between):
            # '250 kJ（60 kcal）～295 kJ（70 kcal）': two restated values joined by a range mark are one range, restated
            previous.comparator, previous.low, previous.high, previous.value = \
                Comparator.RANGE, previous.value, raw.value, None
            previous.restated = (None, previous.restated[0], None, previous.restated[3])
            previous.explicit, previous.end = True, raw.end
            continue
        if raw.comparator == Comparator.EQUAL and raw.value is not None and raw.unit and \
                reference_before(text[max(sentence_start, previous.end if previous else 0):raw.start], raw.unit) \
                and not (previous and not text[previous.end:raw.start].strip(" ,，")):
            _amount_taken_by_none(out, unclaimed)
            reference, unclaimed = (f"/{format_number(raw.value)} {raw.unit}", sentence_start, None), raw
            reference_end = raw.end
            continue
        if not raw.unit and text[raw.start:raw.end] == "1" and per_time_after_number(text[raw.end:raw.end + 8]):
            continue  # ('PFHD in 1/h: PL a, …'): the unit of the values after it, written alone, no value of one
        if raw.unit and "/" not in raw.unit and not raw.referred \
                and (per := per_unit_before(text[max(sentence_start, previous.end if previous else 0):raw.start],
                                         raw.unit)):
            raw.unit, raw.unit_span = f"{raw.unit}/{per}", None  # '每分钟4 mL～5 mL': millilitres per minute
        elif ("×" in text or "x" in text) and (per := count_in_an_area(text, raw.start, raw.unit or "")):
            raw.unit, raw.unit_span = per, None  # '任何50 mm×50 mm区域内的最少碎片数…30片': per the square (counts_in_area)
        elif (not raw.unit or raw.unit in COUNTED_THINGS) and "每" in text \
                and (per := count_per_amount(text, raw.start, raw.unit or "")):
            raw.unit, raw.unit_span = f"{raw.unit or 1}/{per}", None  # '每立方米中…的颗粒数不大于20 000个': per m³
        elif raw.unit and "/" not in raw.unit and (per := per_spelt_area_or_volume(text[raw.end:raw.end + 40])):
            raw.unit, raw.unit_span = f"{raw.unit}/{per}", None  # '250 kg per square metre': kilograms per m²
        elif raw.unit in ("ml", "mL") and (per := titrant_per_amount(text[raw.end:raw.end + 70])):
            raw.unit, raw.unit_span = f"{raw.unit}/{per}", None  # '0,27 ml 0,1 N sodium hydroxide per g'
        elif raw.unit == ":1" and (quotient := ratio_unit_in_brackets(text[raw.end:raw.end + 16])):
            raw.unit, raw.unit_span = quotient, None  # '10:1（L/kg）': ten litres per kilogram
        elif not raw.unit and (per := per_time_after_number(text[raw.end:raw.end + 8])):
            raw.unit, raw.unit_span = per, None  # '<10⁻⁸/h': a rate per hour
        elif raw.unit == "%" and (per := percentage_per_time(text[raw.end:raw.end + 80])):
            raw.unit, raw.unit_span = f"%/{per}", None  # '10 % of its initial thickness per minute': a rate
        elif reference and (reference[1] == sentence_start or reference_heads_list(text, reference_end, raw.start)) \
                and raw.unit and "/" not in raw.unit \
                and reference[2] in (None, _dimension_of(raw)):
            if raw.unit == "%" and share_of_reference_after(text, raw.end):
                # ('每100 mL的含量≥10 % NRV': a share of a reference value, stated per the amount, which stays a basis)
                reference, unclaimed = (*reference[:2], _dimension_of(raw)), None
            elif amount_of_reference(_dimension_of(raw)):
                # ('per 100 ml not less than 60 kcal … and not more than 70 kcal': every amount of the first one's
                # kind in the sentence is per 100 ml)
                reference, unclaimed = (*reference[:2], _dimension_of(raw)), None
                raw.unit, raw.unit_span, raw.referred = raw.unit + reference[0], None, reference[0]
            elif unclaimed is not None:
                unclaimed.refused = True
        out.append(raw)
    _amount_taken_by_none(out, unclaimed)
    return out


_CELL_START = re.compile(r"[|;；:：]")


def _cell_states_bound(text: str, start: int) -> bool:
    """Whether the words of a grid cell before its value at `start` state a bound ('above 15 m³/min', '大于 15 m³/min'):
    the cell keys a band of a row ('above 15 m³/min | ± 4 %'), it is no nominal value that the '±' in a tolerance column
    after it is the tolerance of."""
    cell = max((m.end() for m in _CELL_START.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
    return any(kind != Comparator.EQUAL for _, kind in bound_words(text[cell:start]))


def _amount_taken_by_none(out: list[_Raw], amount: _Raw | None) -> None:
    """An amount read as a reference ('in 100 ml') that a value after it refused and no value of its sentence is an
    amount per: a value of its own ('Pour in 100 ml of water at 23 °C ± 1 °C': the water's volume, and a
    temperature, never a temperature per 100 ml), put back among the values in the order of the text. (An amount
    no value came after stays a reference, its number listed unread.)"""
    if amount is not None and amount.refused:
        bisect.insort(out, amount, key=lambda raw: raw.start)


# Dimensions no value is stated per an amount of food or liquid in: a temperature, a time.
_NOT_PER_AMOUNT = frozenset({"[temperature]", "temperature difference", "[time]"})


def amount_of_reference(dimension: str) -> bool:
    """Whether a value of `dimension` can be stated per a reference amount ('每100 kJ … 0.45 g', 'per 100 ml … 60
    kcal'): a content, an energy, a count; never a temperature or a time ('Pour in 100 ml of water at 23 °C')."""
    return dimension not in _NOT_PER_AMOUNT


_CLAUSE_STOP = re.compile(r"[;；。\n]|\.\s")


# What parts the members of a list of values ('70 kPa、84 kPa', '−10 °C, −5 °C or +5 °C').
_LIST_SEPARATOR = re.compile(r"\s*(?:[、,，]|[、,，]?\s*(?:或|和|及|or|and))\s*", re.I)


def _ends_a_list(out: list[_Raw], text: str) -> bool:
    """True when the last value read closes a list of values in one unit to choose from (`_CHOICE`: '从下列数值中选取：
    …、70 kPa、84 kPa，允差为±5 %', 'selected from: …, 70 kPa, 84 kPa, with a tolerance of ± 5 %'): a tolerance
    written after it holds for whichever value is chosen, not for the last one alone, and stands alone. (A list that
    is no choice, '试验温度：−10 ℃、−5 ℃，允差为±3 ℃', leaves the tolerance the last value's.) Three values or more
    whose last joint is 'or' ('夹角为20°、60°或85°，允差为±0.1°', 'at 20°, 60° or 85°, within ± 0,1°') are offered as
    alternatives in their own words: a choice too (`alternatives`)."""
    if len(out) < 2:
        return False
    member, last = out[-2], out[-1]
    if member.comparator != Comparator.EQUAL or member.unit != last.unit \
            or _LIST_SEPARATOR.fullmatch(text, member.end, last.start) is None:
        return False
    if last.unit and _CHOICE.search(_since_full_stop(text, member.start)) is not None:
        return True
    return _alternatives(out[-3:-1], last.unit, text, last.start, last.end)  # (`alternatives`: 'or' before the last)


def _tolerance_parted(raw: _Raw, plus_minus: int, text: str, member: _Raw) -> list[_Raw]:
    """A value read with its '± T' ('4 000 ± 10') parted at the '±' into the value stated, one more of the list the
    `member` before it is in (a bare number too: a value the list's words name, as its members are), and the bound the
    '± T' puts on the deviation from whichever value is taken (a maximum of T, as a '± T' alone that joins no value)."""
    value_end = len(text[:plus_minus].rstrip())
    comma = raw.decimal_comma
    value = replace(raw, end=value_end, comparator=Comparator.EQUAL, tolerance=None, explicit=member.explicit,
                    worded=member.worded or not raw.unit,
                    unit_span=raw.unit_span if raw.unit_span and raw.unit_span[1] <= value_end else None,
                    decimal_comma=(comma[0], None, None, None) if comma else None)
    bound = replace(raw, start=plus_minus, comparator=Comparator.MAX, value=raw.tolerance, tolerance=None,
                    explicit=True, unit_span=raw.unit_span if raw.unit_span and raw.unit_span[0] >= plus_minus
                    else None, decimal_comma=(comma[3], None, None, None) if comma else None)
    return [value, bound]


def _alternatives(members: list[_Raw], unit: str, text: str, start: int, end: int) -> bool:
    """True when `members` (two stated values, no tolerance of their own, in `unit`) and the value at text[start:end]
    are one list of alternatives ('20°、60°或85°', '100, 1 000 or 4 000': `alternatives.offered_as_alternatives`)."""
    return len(members) == 2 and all(m.comparator == Comparator.EQUAL and m.unit == unit for m in members) \
        and offered_as_alternatives(text, [(m.start, m.end) for m in members] + [(start, end)])


# A tolerance in parts of the value ('34 368 kbit/s ± 20 ppm', '10 MHz±50×10⁻⁶'): no amount of the value's unit.
_PARTS_OF = frozenset({"ppm", "ppb", "‰"})


def _relative_tolerance_apart(m: re.Match, raw: _Raw) -> list[_Raw]:
    """A value and its tolerance written as a fraction of it in parts per million or a power of ten ('bit rate
    34 368 kbit/s ± 20 ppm', '比特率为34 368 kbit/s±20×10⁻⁶', '10 MHz ± 50 ppm'): the nominal value, and the
    relative tolerance as a limit of its own (max 20 ppm, max 2×10⁻⁵), which is what the two sides compare; else []."""
    written, unit = m["t2t"], _accept_unit(m["t2u2"])
    if unit not in _PARTS_OF and not (not unit and "10^-" in written):
        return []
    if not raw.unit or raw.unit in _PARTS_OF:
        return []
    nominal_end = m.end("t2u1") if m["t2u1"] else m.end("t2n")
    # The nominal takes the tolerance in its own unit (2 048 kbit/s ± 50 ppm is 2 048 ± 0.1024 kbit/s), what a
    # clause writing the tolerance in that unit or in another fraction compares with.
    fraction = _fraction_of_value(unit, written, raw.tolerance)
    nominal = _Raw(raw.start, nominal_end, Comparator.TOLERANCE, raw.value, None, None,
                   _of_the_value(raw.value, fraction), raw.unit, explicit=True,
                   unit_span=m.span("t2u1") if m["t2u1"] else None)
    tolerance = _Raw(m.string.rfind("±", nominal_end, m.start("t2t")), raw.end, Comparator.TOLERANCE, 0.0, None,
                     None, raw.tolerance, unit, explicit=True, unit_span=m.span("t2u2") if m["t2u2"] else None)
    if not unit:
        # (2×10⁻⁵ is 20 ppm: the restatement the other clause's parts per million pair with)
        tolerance.restated = (float(f"{raw.tolerance * 1e6:.12g}"), None, None, "ppm")
    return [nominal, tolerance]


_FRACTION_SCALE = {"ppm": 1e-6, "ppb": 1e-9, "‰": 1e-3}


def _fraction_of_value(unit: str, written: str, tolerance: float | None) -> float | None:
    """The tolerance `tolerance` (written `written`, in `unit`) as a fraction of its value when it is written so:
    parts per million, billion or thousand ('± 50 ppm': 5×10⁻⁵), a power of ten with no unit ('±50×10⁻⁶'); else
    None (a percentage is `%` and read where it is joined)."""
    if tolerance is None:
        return None
    if unit in _FRACTION_SCALE:
        return tolerance * _FRACTION_SCALE[unit]
    if not unit and "10^-" in written:
        return tolerance
    return None


def _of_the_value(value: float | None, fraction: float | None) -> float | None:
    """A fraction of a value as an amount in the value's unit (2 048 × 5×10⁻⁵ = 0.1024), rounded off float noise."""
    if value is None or fraction is None:
        return None
    return float(f"{abs(value * fraction):.12g}")


def _tolerance_of_a_root(m: re.Match, raw: _Raw) -> list[_Raw]:
    """A tolerance in percent on a nominal written as a root ('the ratio of peak to r.m.s. shall be √2 ± 5 %',
    '峰值与方均根值之比应在√2±5 %以内'): the digit after '√' is no value of its own, the tolerance is the limit
    (max 5 %); else []."""
    if m.start("t2n") == 0 or m.string[m.start("t2n") - 1] != "√" or m["t2u1"] or _accept_unit(m["t2u2"]) != "%":
        return []
    start = m.string.rfind("±", m.end("t2n"), m.start("t2t"))
    return [_Raw(start, raw.end, Comparator.TOLERANCE, 0.0, None, None, raw.tolerance, "%", explicit=True,
                 unit_span=m.span("t2u2"))]


# A tolerance stated apart from its values, naming the quantity it is of: 'the tolerance on the peak acceleration
# is ±15 %', '… and on the duration ±15 %', 'Tolerances: front time ± 30 %; time to half-value ± 20 %',
# '脉冲持续时间的容差为±15 %', '允差：波前时间±30 %；半峰值时间±20 %'. (`_named_tolerances`)
_TOLERANCE_NAMED_HINT = re.compile(r"容差|允差|允许偏差|(?i:tolerances?(?:\s+(?:on|for|of)\s|\s*:))")
_NAMED_BEFORE_PLUS_MINUS = re.compile(
    r"(?:(?:(?<![A-Za-z])(?i:tolerances?)\s+(?:on|for|of)\s+|(?<![A-Za-z])(?i:and)\s+(?:on|for)\s+)(?:the\s+)?"
    r"(?P<en>[A-Za-z][A-Za-z -]{1,40}?)\s+(?:(?i:is|are|shall\s+be)\s+)?(?:(?i:within)\s+)?"
    r"|(?P<zh>[\u4e00-\u9fff]{2,12}?)的?(?:容差|允差|允许偏差)\s*(?:均)?\s*(?:为|是)?\s*(?:标称值的)?\s*)$")
_LISTED_BEFORE_PLUS_MINUS = re.compile(r"[:：;；,，、]\s*(?P<name>[A-Za-z][A-Za-z -]{1,40}?|[\u4e00-\u9fff]{2,12})\s*$")
_TOLERANCES_HEADING = re.compile(r"(?:容差|允差|(?<![A-Za-z])(?i:tolerances?))\s*[:：]")
_NAME_FILLER = re.compile(r"^(?:the\s+|its\s+|actual\s+|实际|其)+|(?:值|\s+values?)$", re.I)
_NAME_BEFORE_VALUE = re.compile(r"(?:[A-Za-z][A-Za-z -]{1,40}?|[\u4e00-\u9fff]{2,12}?)\s*(?:为|是|(?i:of|is|:)|[:：=])?\s*$")
_HEADING_NAMES = re.compile(r"[(（]([^()（）]{3,80})[)）]\s*[:：]")
_ROW_BREAK = re.compile(r"[;；]")
_LABELS_WHAT_FOLLOWS = re.compile(r"\s*[:：]")


def _core_name(name: str) -> str:
    """A quantity's name without the words that do not tell it apart ('the actual peak acceleration', '试验电压值'),
    lower-cased."""
    return _NAME_FILLER.sub("", name.strip().lower()).strip()


def _names_alike(tolerance: str, value: str) -> bool:
    """The name a tolerance gives is the name of a value: the value's name holds it, once the words that do not tell
    a quantity apart are left off ('the actual peak acceleration' for 'peak acceleration', 'rinse time' for 'and the
    rinse time'); at least two Chinese characters or four letters. A value's name that is only part of the tolerance's
    ('抗凝剂' of '抗凝剂容量', a nominal capacity of 'capacity') is another quantity."""
    tolerance, value = _core_name(tolerance), _core_name(value)
    if not tolerance or len(tolerance) < (2 if _CJK_CHAR.match(tolerance) else 4):
        return False
    return tolerance in value


def _tolerance_name(raw: _Raw, text: str, last_stop: int) -> str:
    """The name of the quantity a lone '± T' is the tolerance of, when the words before it name it
    ('the tolerance on the duration is', '脉冲持续时间的容差为', and in a list under 'Tolerances:' or '允差：' the item's
    name), else ''."""
    before = text[max(last_stop, raw.start - 80):raw.start]
    m = _NAMED_BEFORE_PLUS_MINUS.search(before)
    if m:
        return (m["en"] or m["zh"]).strip()
    m = _LISTED_BEFORE_PLUS_MINUS.search(before)
    if m and _TOLERANCES_HEADING.search(text, last_stop, raw.start):
        return m["name"].strip()
    return ""


def _value_name(raws: list[_Raw], k: int, text: str, start: int) -> list[str]:
    """The names a stated value may go by: the words right before it ('front time 1,2 µs', '波前时间1.2 µs'), and
    for a value in rows under a bracketed heading of names ('(peak acceleration, duration): 150 m/s² 11 ms; 300 m/s²
    18 ms') the heading's name of its place in its row."""
    raw = raws[k]
    lo = raws[k - 1].end if k else 0
    stop = max(text.rfind(c, lo, raw.start) for c in ",，、;；:：。(（")
    left = text[max(lo, stop + 1):raw.start]
    names = []
    m = _NAME_BEFORE_VALUE.search(left)
    if m and m.group(0).strip():
        names.append(re.sub(r"\s*(?:为|是|(?i:of|is)|[:：=])?\s*$", "", m.group(0)))
    heading = None
    for heading in _HEADING_NAMES.finditer(text, start, raw.start):
        pass
    if heading is not None:
        place = 0
        for earlier in reversed(raws[:k]):
            if earlier.end <= heading.end() or _ROW_BREAK.search(text, earlier.end, raw.start):
                break
            place += 1
        parts = re.split(r"\s*[,，、]\s*", heading.group(1))
        if place < len(parts):
            names.append(parts[place])
    return names


def _named_tolerances(raws: list[_Raw], text: str, taken: list[tuple[int, int]]) -> list[_Raw]:
    """Give a tolerance stated apart, naming its quantity ('The tolerance on the peak acceleration is ±15 % of the
    nominal value and on the duration ±15 %', 'Tolerances: front time ± 30 %; time to half-value ± 20 %', '波前时间
    ±30 %'), to each stated value before it in the clause that goes by that name: by the words right before the value
    or by its place under a heading of names. A value takes the first such tolerance after it; a tolerance that names
    no value stays where it is (a limit of its own); the spans of those given are added to `taken`."""
    named: list[tuple[int, str]] = []
    stops = [0] + [m.end() for m in _FULL_STOP.finditer(text)]
    for k, raw in enumerate(raws):
        if _lone_deviation(raw, text):
            last_stop = max(p for p in stops if p <= raw.start)
            if name := _tolerance_name(raw, text, last_stop):
                named.append((k, name))
    if not named:
        return raws
    used: set[int] = set()
    for k, raw in enumerate(raws):
        if raw.comparator != Comparator.EQUAL or raw.value is None or not raw.unit or raw.unit == "%" \
                or raw.condition or _LABELS_WHAT_FOLLOWS.match(text, raw.end):
            continue  # ('标称容量50 mL：容量允差±0.05 mL': the capacity keys the row of a table of tolerances)
        if stated_point("", text[raw.end:raw.end + 40]):
            continue  # ('试验温度不超过200 ℃时，温度允差为±2 ℃': the point the tolerance holds at, `tolerance_points`)
        names = None
        for t, name in named:
            if t <= k:
                continue
            if names is None:
                names = _value_name(raws, k, text, max(p for p in stops if p <= raw.start))
            if not any(_names_alike(name, own) for own in names):
                continue
            tolerance = raws[t]
            if tolerance.unit != "%" and not _tolerance_fits(raw, tolerance):
                continue
            amount = _tolerance_in_unit_of(raw, tolerance.tolerance, tolerance.unit)
            if amount is None:
                continue
            raw.comparator, raw.tolerance, raw.explicit = Comparator.TOLERANCE, float(f"{amount:.12g}"), True
            used.add(t)
            break
    taken.extend((raws[t].start, raws[t].end) for t in sorted(used))
    return [raw for t, raw in enumerate(raws) if t not in used]


def _tolerance_fits(value: _Raw, tolerance: _Raw) -> bool:
    """A tolerance written after a value is that value's only in its dimension or as a percentage of it: '≤ 630 Hz,
    ± 1,5 dB' is a band and the limit for it, not 630 Hz ± 1,5 dB. (A percentage of a named length, '车宽的40 %，允差±20
    mm', takes a tolerance in that length.)"""
    if not tolerance.unit and tolerance.restated and tolerance.restated[3] == "ppm":
        return False  # ('34 368 kbit/s±20×10⁻⁶': a fraction of the value, `_relative_tolerance_apart`)
    if not value.unit or not tolerance.unit or "%" in (value.unit, tolerance.unit) \
            or level_tolerance_in_db(value.unit, tolerance.unit):  # ('23 dBm，允差为±2 dB': units_written31)
        return True
    scale, difference = _dimension_of(value), _dimension_of(tolerance)
    # (a value on a scale takes a tolerance in the scale's difference unit: '−24 LKFS，允差为±2 LU')
    return scale == difference or DIFFERENCE_DIMENSIONS.get(scale) == difference


def _share_tolerance(out: list[_Raw], raw: _Raw, text: str) -> bool:
    """Give a '± T' written once for several values ('110 ℃、150 ℃或200 ℃，允差均为±2 ℃') to each stated value
    before it back to the last stop (';', '。'): those of its unit's dimension, or any when T is a percentage of a
    value of another unit ('2.9 m/s … 3.8 m/s，速度允差均为±10 %'). False (nothing changed) when fewer than two
    values take it."""
    relative = raw.unit == "%"
    taking = []
    for earlier in reversed(out):
        if _CLAUSE_STOP.search(text, earlier.end, raw.start):
            break
        if earlier.comparator != Comparator.EQUAL or earlier.value is None or earlier.condition:
            continue
        if relative and earlier.unit and earlier.unit != "%":
            taking.append(earlier)
        elif raw.unit and earlier.unit and _dimension_of(earlier) == _dimension_of(raw) and not \
                (relative and earlier.unit != "%"):
            taking.append(earlier)
    if len(taking) < 2:
        return False
    for earlier in taking:
        tolerance = earlier.value * raw.tolerance / 100.0 if relative and earlier.unit != "%" else raw.tolerance
        earlier.comparator, earlier.tolerance, earlier.explicit = Comparator.TOLERANCE, abs(tolerance), True
    taking[0].end = raw.end
    return True


_FULL_STOP = re.compile(r"。|\.\s+(?=[A-Z\u4e00-\u9fff])")  # ('r.m.s. values' goes on)


def _since_full_stop(text: str, position: int, reach: int = 600) -> str:
    """The text before `position` back to the last full stop ('。', '. ' before a capital), across semicolons: the
    heading of the rows of a list ('容量允差：100 mL为±0.5 mL；250 mL为±1.0 mL') stays in view for every row; at
    most `reach` characters."""
    start = max(0, position - reach)
    stop = start
    for m in _FULL_STOP.finditer(text, start, position):
        stop = m.end()
    return text[stop:position]


_SIDES_JOINED = re.compile(r"\s*(?:[,，、/])\s*[+-]?\s*")  # (with the sign of a spaced '− 15 %')
_LOWER_SIDE_JOINED = re.compile(r"\s*(?:[,，、/]|and|和|与|及)\s*-")
SIDE_BASES = {1: "+", -1: "−"}
# A limit deviation named on its own ('上极限偏差es为−7 μm', 'the upper limit deviation es is −7 µm', 'ei = −20 µm'):
# its sign places the tolerance zone, it is the signed value itself, not a deviation allowed on one side.
_NAMED_LIMIT_DEVIATION = re.compile(r"(?:[上下](?:极限)?偏差|(?i:(?:upper|lower)\s+(?:limit\s+)?deviation)"
                                    r"|(?<![A-Za-z])(?:ES|EI|es|ei))\s*(?:ES|EI|es|ei)?\s*(?:为|是|of|is|[:：=])?\s*"
                                    r"[+\-−－＋]?\s*$")


def _one_sided_deviations(raws: list[_Raw], text: str) -> list[_Raw]:
    """Read each deviation allowed on one side only (`one_sided_deviation`) as the open sets' keys hold it, the way
    they hold '± 4 %' alone: '+4 %' is a maximum of 4 % on the side '+' (its basis), '−3 %' a maximum of 3 % on the
    side '−'; an upper and a lower deviation written 'and'/'和' ('+0,1 °C and −0,15 °C') are two such maxima. An upper
    and a lower deviation side by side in one unit, parted by a comma or a slash only ('+7 %，−10 %',
    '+ 10 % / − 15 %'), are the two ends of one range [−10, 7] %."""
    out: list[_Raw] = []
    sides: dict[int, int] = {}
    for raw in raws:
        digit = raw.start + (1 if text[raw.start] in "+-" else 0)
        side = 0
        if raw.comparator == Comparator.EQUAL and raw.value is not None and not raw.restated \
                and ("+" in text[digit - 2:digit] or "-" in text[digit - 2:digit]) \
                and not _NAMED_LIMIT_DEVIATION.search(text, max(0, raw.start - 40), digit):
            side = one_sided_deviation(text[max(0, digit - 3):digit + 1], _since_full_stop(text, raw.start), raw.unit)
        previous = out[-1] if out else None
        previous_side = sides.get(id(previous), 0) if previous is not None else 0
        if not side and previous_side > 0 and raw.value is not None and raw.value < 0 and not raw.restated \
                and raw.comparator in (Comparator.EQUAL, Comparator.MAX) and raw.unit == previous.unit \
                and _LOWER_SIDE_JOINED.fullmatch(text[previous.end:raw.start + 1]):
            side = -1  # the lower deviation after an upper one, in any unit: '+0,02 mm and −0,01 mm'
        if not side:
            out.append(raw)
            continue
        size = abs(raw.value)
        if previous is not None and previous_side and previous.unit == raw.unit \
                and _SIDES_JOINED.fullmatch(text[previous.end:raw.start]) and previous_side != side:
            previous.comparator, previous.basis = Comparator.RANGE, None
            previous.low, previous.high = (-size, previous.value) if side < 0 else (-previous.value, size)
            previous.value, previous.end = None, raw.end
            sides[id(previous)] = 0
            continue
        raw.comparator, raw.value, raw.explicit = Comparator.MAX, size, True
        raw.basis = join_basis(raw.basis, SIDE_BASES[side])
        sides[id(raw)] = side
        out.append(raw)
    return out


def _reference_after(raw: _Raw, text: str) -> None:
    """'60 kcal (251 kJ) per 100 mL': a reference after a restatement holds for the value and its restatement."""
    per = _PER_AFTER.match(text, raw.end)
    if per and "/" not in raw.unit:
        raw.unit, raw.unit_span = f"{raw.unit}/{per.group(1)}", None
        if raw.restated and "/" not in raw.restated[3]:
            raw.restated = (*raw.restated[:3], f"{raw.restated[3]}/{per.group(1)}")
        raw.end = per.end()


_BRACKET_AFTER = re.compile(r"\s*[(（][^()（）]{1,12}[)）]")
_OR = re.compile(r"\s*(?:或|或者|(?i:or))\s*")


def _alternative_unit(previous: _Raw, raw: _Raw, between: str) -> bool:
    """True when a value is restated at once in another unit as an alternative ('500 CFU/g或500 CFU/mL'): the same
    number, the same kind of limit, joined by 'or' alone, in units with the same numerator."""
    return previous.comparator == raw.comparator and raw.value is not None and previous.value == raw.value \
        and previous.restated is None and bool(previous.unit and raw.unit) and previous.unit != raw.unit \
        and "/" in previous.unit and "/" in raw.unit \
        and previous.unit.split("/")[0].strip() == raw.unit.split("/")[0].strip() and bool(_OR.fullmatch(between))


_RANGE_JOINT = re.compile(r"\s*(?:~|至|到|-|(?i:to))\s*")


def _restated_ends(previous: _Raw, raw: _Raw, between: str) -> bool:
    """True when a restated value and the value after it are the two ends of one range ('250 kJ（60 kcal）～295 kJ'):
    both plain values, joined by a range mark only, the second in the first's unit (its reference aside)."""
    return previous.comparator == raw.comparator == Comparator.EQUAL and previous.restated[1] is None \
        and previous.value is not None and raw.value is not None and bool(_RANGE_JOINT.fullmatch(between)) \
        and bool(raw.unit) and _spelt_alike(raw.unit + previous.referred if previous.referred and "/" not in raw.unit
                                            else raw.unit, previous.unit)


def _spelt_alike(a: str, b: str) -> bool:
    return a.replace(" ", "").lower() == b.replace(" ", "").lower()


def _mark_context(raws: list[_Raw], text: str) -> None:
    """Comparator, basis and condition of each value from the words around it."""
    previous_end = 0
    carried = None  # the bound word of a value read as the condition of this one
    listed_bound = None  # (kind, where) of a bound word heading a list: 'shall be at least: a) 12 …; b) 16 …'
    heading = None  # (unit, where, for limits only) of a unit written once for a table row or list ('/(mg/kg)：鱼类 0.1；甲壳类 0.5')
    stated = _unit_statements(text, raws) + (_dash_heading_unit(text, raws) if "-" in text else [])
    listed_units = _colon_units(text) if ":" in text or "：" in text else []
    bracketed = _closing_units(text, raws) if ")" in text or "）" in text else []
    named_after = _items_named_after(raws, text) if ":" in text or "：" in text else {}
    if (" than " in text or "±" in text or "up to" in text) and len(raws) > 1:
        named_after.update(_limits_named_after(raws, text))
    named_after.update({k: span for k, span in amounts_named_after(raws, text).items() if k not in named_after})
    declared = _declared_units(text) if may_declare_unit(text) else []
    breaches = "下列" in text or "ollowing" in text  # (a list of breaches may head the values: `_breach_listed`)
    operations = "cycles" in text or "操作" in text or "关合" in text or "开断" in text  # (`_operations_counted`)
    for k, raw in enumerate(raws):
        boundary = _sentence_start(text, previous_end, raw.start, previous_end)
        raw.left_start = boundary
        left = text[boundary:raw.start]
        _minimum_not_minutes(raw, text, left)
        _unknown_unit_before_bound(raw, text)
        _multiple_of(raw, text, left)
        first = _value_first(raw, text)
        if not first and k in named_after:
            raw.name_after, raw.end = named_after[k], named_after[k][1]  # '…, mg/kg: 60 Sb, 25 As, 1 000 Ba'
            if raw.unit_span == raw.name_after:
                raw.unit, raw.unit_span = "", None  # ('1,0 CO': the unit is the heading's)
        after = None if first else AFTER.match(text, raw.end)
        if after and _value_follows(text, after.end(), raws[k + 1] if k + 1 < len(raws) else None) \
                and not AFTER.match(text, raws[k + 1].end) and not closes_its_value(after.group(1), text[after.end():after.end() + 10]):
            # 'at 40 °C min. 2,0': the bound word is the next value's, unless that one writes its own after it
            # ('4 cd min., 140 cd max.': a minimum and a maximum)
            after = None
        # 'minimum insulation resistance at 70 °C 0,011 MΩ·km': a value after 'at' with the next value right
        # behind it is the condition of that value, which the bound word before 'at' belongs to.
        at = CONDITION_BEFORE.search(left) if _may_end_in_condition(left) else None
        ahead = bool(at) and _value_follows(text, raw.end, raws[k + 1] if k + 1 < len(raws) else None)
        named_at = not ahead and _named_before_at(left, at)
        beyond = None if first or after or at else open_end_after(text, raw.end)  # ('8 years and above': and_beyond)
        if raw.comparator == "equal":
            # ('for cables of rated voltage up to and including 300/500 V and of 2 500 V': a bound word right before a
            # number read as a designation is that number's, not the value's.)
            multiplied = reference_quantity(left, raw.unit, text[_sentence_start(text, 0, raw.start, 0):raw.start]
                                            if left.endswith("的") else "")  # (compnames: '不应超过…最低点燃温度的2/3')
            words = [(w, kind) for w, kind in bound_words(left) if not ((ahead or named_at) and w.end() <= at.start())
                     and not _HIDDEN_NUMBER_AFTER.match(left, w.end())
                     and not (multiplied and w.start() >= multiplied[0])]
            if after:
                raw.comparator = AFTER_KIND[after.group(1).lower()]
                raw.explicit = True
                raw.end = after.end()
            elif beyond:
                (raw.comparator, raw.end), raw.explicit = beyond, True
            elif carried and not words:
                raw.comparator, raw.explicit, raw.worded = carried, True, True
            elif capped_before(left):  # 'shall be limited to 6 km/h': a maximum (capped_values)
                raw.comparator, raw.explicit, raw.worded = Comparator.MAX, True, True
            elif words:
                kinds = [kind for _, kind in words]
                # 'a maximum of 5 mm': the bound word decides, not the nearer 'of'.
                bounds = [k for k in kinds if k != Comparator.EQUAL]
                raw.comparator = bounds[-1] if bounds else Comparator.EQUAL
                # 'is', '为' state a value without saying which kind of limit it is.
                raw.explicit = bool(bounds)
                raw.worded = True
        else:
            if after:
                raw.end = after.end()
        closes = within(left, text[raw.end:raw.end + 3]) if raw.comparator == Comparator.EQUAL and raw.unit else 0
        if closes and k + 1 < len(raws) and not _CLAUSE_BREAK.search(text, raw.end, raws[k + 1].start):
            closes = 0  # '在10 min内输出的溶液应不少于1 000 mL': the period of the limit after it, its condition
        if closes:
            raw.comparator, raw.explicit, raw.end = Comparator.MAX, True, raw.end + closes  # '应在2 s内熄灭'
        if raw.comparator == Comparator.EQUAL and not (raw.unit or raw.explicit or raw.worded) \
                and (names_an_index(left) or names_a_count(left) or capital_name_before(left, text, raw.end)):
            raw.worded = True  # '统一眩光值UGR 19', 'Ra 80': a value on a scale of its own; '极数4': a count; no unit written
        elif raw.comparator == Comparator.EQUAL and not (raw.unit or raw.explicit or raw.worded) \
                and names_its_whole(raw.value, left, text, raw.end):
            raw.worded = True  # 'shall cover approximately 0.1 of the cell layer surface': a part of a whole
        listed_bound = _listed_bound(raw, text, left, listed_bound, raws[k - 1] if k else None)
        if (turned := forbidden_excess_kind(raw.comparator, left, after is not None)) != raw.comparator:
            raw.comparator, raw.explicit, raw.worded = turned, True, True  # 'shall not contain … more than 15 %'
        elif "xce" in text[max(0, raw.start - 24):raw.start].lower() and (turned := excess_threshold_kind(
                raw.comparator, text[_sentence_start(text, 0, raw.start, 0):raw.start], text[raw.end:raw.end + 160],
                after is not None)) != raw.comparator:  # (only 'exceeding' / 'in excess of' can end the 24 before it)
            # ('in excess of 1 000 V a.c.': a threshold, no bound word written; a rejected excess is a written maximum)
            raw.comparator, raw.explicit, raw.worded = turned, turned == Comparator.MAX, True
        as_worded = raw.comparator
        _prohibited_above(raw, text, boundary)
        if breaches and raw.comparator == as_worded:
            _breach_listed(raw, text)
        bounds_before_at = [kind_of(w, left) for w in BEFORE.finditer(left, 0, at.start())] if ahead or named_at else []
        carried = next((b for b in reversed(bounds_before_at) if b != Comparator.EQUAL), None)
        if operations and (not raw.unit or raw.unit == "次"):
            _operations_counted(raw, text)
        if raw.unit in _CLASSIFIERS and not raw.explicit and _CJK_NEXT.match(text, raw.end):
            # '3次谐波', '1个方便值': a numeral with its classifier inside a noun phrase counts nothing required
            raw.unit, raw.unit_span = "", None
        elif raw.unit in _CLASSIFIERS and k + 1 < len(raws) and not text[raw.end:raws[k + 1].start].strip():
            # '最大谐波电流：3次 3.4 mA/W': an ordinal heading the value after it, which the bound word is for
            if raw.explicit and raw.comparator in (Comparator.MAX, Comparator.MIN):
                carried = raw.comparator
            raw.unit, raw.unit_span, raw.comparator, raw.explicit = "", None, Comparator.EQUAL, False
            raw.condition, raw.condition_start = True, raw.start
        if raw.unit in _COUNTED_BEFORE_PER and (per := period_before_count(left)):
            raw.unit, raw.unit_span = f"{raw.unit}/{per}", None  # '每小时3次～10次': a count per hour
        # (a basis set where the value was found stays: `_values_per_frequency` gives each count its frequency)
        raw.basis = join_basis(raw.basis, basis_in(left), _basis_after(text, raw), _level_basis(raw, text, left))
        raw.symbol = listed_symbol(text, raw.start)
        # ('d 25, D 52': D names 52; '管径 d<0.58λu': d names the diameter bounded)
        written_before = _unit_before(left) if not raw.symbol and not symbol_then_bound(left) else ""
        if written_before and element_of_a_composition(written_before, left, text, raw.start - len(left)):
            written_before = ""  # ('Fe≤0.35，Mg 0.45～0.9': magnesium, no megagrams)
        item, heads = ("", False) if written_before else heading_item_unit(left)
        if item and noun_before_colon(left, item):
            item, heads = "", False  # ('during the day: Ēm 200 lx; UGRL 22': units_taken)
        if written_before:
            heading = None if _unit_of_row_only(left) else (written_before, raw.start, False)
        elif item:
            heading = (item, raw.start, True) if heads else None
            written_before = item if raw.explicit or raw.worded or _sole_number(left, text, raw) else ""
        elif _OTHER_HEADING.search(left):
            heading = None  # '酸度/(°T)': a heading of its own, in a unit not read, ends the one before
        if not raw.unit and (written_before or heading) and (_labels_the_limit_after(raw, text, raws, k)
                                                             or _GLUED_NAME.match(text, raw.end)):
            # ('经口LD50（mg/kg体重）：类别1 ≤5': the class's number keys the row, the heading's unit is the limit's;
            # '…, % (mass fraction): 62,0 to 68,5; 10-HDA': a number inside a name is no value)
            pass
        elif not raw.unit:
            raw.unit = written_before or _heading_unit(heading, text, raw) or _stated_unit(stated, raw) \
                or (_stated_unit(listed_units, raw) if listed_units and not _DIMENSIONLESS_NAME.search(
                    text, max(0, raw.start - 12), raw.start) else "") \
                or (_stated_unit(bracketed, raw) if _stands_apart(text, raw.start) else "") \
                or (_stated_unit(declared, raw) if declared and _stands_apart(text, raw.start)
                    and not names_an_index(left)
                    and not _DIMENSIONLESS_NAME.search(text, max(0, raw.start - 12), raw.start) else "")
            raw.listed = bool(raw.unit) and not written_before
            if raw.unit and raw.comparator == Comparator.EQUAL and not raw.explicit:
                _dash_range_in_stated_unit(raw, text)
        prev = raws[k - 1] if k else None
        linked = prev is not None and prev.condition and not (prev.closed or prev.opened) \
            and CONDITION_LINK.match(text[prev.end:raw.start])
        before = at  # CONDITION_BEFORE.search(left), as above
        if raw.comparator in (Comparator.EQUAL, Comparator.TOLERANCE, Comparator.RANGE) and (
                before and (not has_stated_limit(left[-12:]) or ahead) or linked or CONDITION_AFTER.match(text, raw.end)):
            # 'minimum insulation resistance at 70 °C 0,011 MΩ·km': the limit word is the next value's.
            raw.condition = not has_stated_limit(left) or ahead or _named_before_at(left, before)
            # Where the condition's words start: 'at a temperature of', '在', or the end of the condition
            # it continues ('(23±2)℃、相对湿度(50±10)%').
            raw.condition_start = prev.end if linked else boundary + before.start() if before else raw.start
            closing = CONDITION_AFTER.match(text, raw.end) if raw.condition else None
            if closing:
                raw.end = closing.end()
                raw.closed = raw.own_case = _HEADS_ITS_VALUE.match(text, raw.start - 1, raw.end + 8) is not None
            elif raw.condition and before:
                _trailing_scope(raw, text, left, boundary, prev)
        if raw.comparator == Comparator.EQUAL and not raw.explicit and not raw.condition and raw.unit in ("%", "‰") \
                and _MODIFIER_AFTER.match(text, raw.end):
            # '规定非比例延伸0.2 %的应力', '以干物质含量88 %的饲料为基础': a share modifying a noun names what is
            # measured or on what basis, it is no requirement of its own ('10 N的力' is a force of 10 N: a value).
            raw.condition, raw.condition_start = True, raw.start
        following = raws[k + 1] if k + 1 < len(raws) else None
        _place_of_measurement(raw, text, following)
        if _range_before_value(raw, text, left, following):
            # 'Maximum from 1310 nm to 1625 nm 0.4 dB/km': the bound word before the band is the value's
            carried = next((kind for _, kind in reversed(bound_words(left)) if kind != Comparator.EQUAL), carried)
        _bracketed_temperature(raw, text, left, boundary)
        _bracketed_conditions(raw, text, raws[k - 1] if k else None, raws[k + 1:k + 6])
        _bracketed_constraint(raw, text, left, boundary, raws[k + 1] if k + 1 < len(raws) else None)
        _heading_constraint(raw, text, left, boundary, raws[k + 1] if k + 1 < len(raws) else None,
                            raws[k - 1] if k else None)
        _bound_when(raw, text, left, boundary, raws[k + 1] if k + 1 < len(raws) else None, raws[k - 1] if k else None,
                    raws[k + 1:k + 8])
        if raw.condition and not raw.trails and _COLON_AFTER.match(text, raw.end):
            raw.closed = True  # 'at 200 °C: ≥ 20 min': a condition closed by a colon heads the limits after it
        _reference_temperature_of_name(raw, text, left, boundary, following)
        previous_end = raw.end


_CLAUSE_BREAK = re.compile(r"[,，;；。]")
# A value closed by 时 with the value it is the case of straight after ('（如20 ℃时为90 %）', '，40 ℃时为1.5 h'), opened by
# a bracket, a comma or an 'e.g.': a condition of that value alone, which ends the reach of a heading of its quantity
# earlier in the sentence ('最高温度为40 ℃时，相对湿度不超过50 %，…（如20 ℃时为90 %）').
_HEADS_ITS_VALUE = re.compile(r"[(（,，;；如][^时]*时\s*(?:为|是)?\s*[-+±≤≥<>]?\s*\d")
_GLUED_NAME = re.compile(r"\d|-[A-Za-z]|-\d+[A-Za-z]")
# The high end of an integer range written with a hyphen ('silver 55–57', folded '55-57'), which the value pattern
# leaves unread when no unit is written after it ('6-8' alone is too often an item or an id).
_DASH_HIGH = re.compile(r"-(\d{1,6})(?![\d.,A-Za-z\-])")


def _dash_range_in_stated_unit(raw: _Raw, text: str) -> None:
    """A whole number joined by a hyphen to a larger one, under a unit a heading, list or declaration states for it
    ('Filler metal (weight %): silver 55–57; copper 21–23'), is a range in that unit, as '5.5–6.75' is."""
    m = _DASH_HIGH.match(text, raw.end)
    if m is None or raw.value is None or float(m.group(1)) <= raw.value:
        return
    raw.comparator, raw.low, raw.high, raw.value, raw.explicit = Comparator.RANGE, raw.value, float(m.group(1)), None, True
    raw.end = m.end()


_ROW_OPENS = re.compile(r"[:：;；]\s*$")
_LABEL_COMMA_BOUND = re.compile(r"[,，]\s{0,2}(?:[≤≥<>]|不大于|不小于|不超过|不低于|不高于)")
_BOUND_NEXT = re.compile(r"\s{0,2}(?:[≤≥<>]|不大于|不小于|不超过|不低于|不高于)")


def _labels_the_limit_after(raw: _Raw, text: str, raws: list[_Raw], k: int) -> bool:
    """True when a bare number keys the limit right after it, glued to the word before it ('类别1 ≤5', 'Class2 ≤ 50')
    or with a comma ('mg/m3: 1, ≤ 0,01'): a row's label, no value in the unit its heading states."""
    following = raws[k + 1] if k + 1 < len(raws) else None
    if following is None or raw.comparator != Comparator.EQUAL or raw.unit or following.start - raw.end > 5:
        return False
    if _LABEL_COMMA_BOUND.match(text, raw.end) and _ROW_OPENS.search(text, max(0, raw.start - 4), raw.start):
        return True  # ('… mg/m3: 1, ≤ 0,01; 2, ≤ 0,1': a row opened by its class, a comma, its limit)
    return not (raw.explicit or raw.worded) and raw.start > 0 and text[raw.start - 1].isalpha() \
        and _BOUND_NEXT.match(text, raw.end) is not None


# ('number of threads per 25,4 mm, 14': the amount a count is per is no value a list goes on from.)
_PER_BEFORE = re.compile(r"(?:(?<![A-Za-z])per|每)\s*$")


def _grid_rows(raws: list[_Raw], text: str) -> None:
    """A row of a grid ('总砷/(mg/L) ≤ 0.05 | 0.1 | 0.05' under '项目 | 水田作物 | 旱地作物 | 蔬菜：', 'water, %, max.
    12,0 | 14,0' under 'Property | Grade A | Grade B:'): the cells after the first hold the same quantity, with the
    first cell's unit and kind of limit unless they write their own, one per column; each value is labelled with its
    column (`column_labels`), which names what it holds for."""
    k = 0
    headings = None  # (the heading rows of the text, found when a row first needs its columns' labels)
    while k < len(raws):
        first = raws[k]
        row = [(first, 0)]
        column = 0
        listed = False
        while k + len(row) < len(raws) and not first.condition:
            cell = raws[k + len(row)]
            between = text[row[-1][0].end:cell.start]
            moved = grid_cell(between)
            if (not moved and len(row) == 1 or listed) and not _PER_BEFORE.search(text, max(0, first.start - 6), first.start):
                # 'tear resistance (N) 10, 25, 50, 75': a list of bare numbers after a value, in its unit
                listed = list_continues(between, text[cell.end:cell.end + 6]) \
                    and not (cell.unit or cell.explicit or cell.worded)
                moved = int(listed)
            if not moved or cell.condition:
                break
            column += moved
            row.append((cell, column))
        k += len(row)
        if len(row) < 2 or not _is_indicator(first):
            continue
        if not listed and headings is None:
            headings = heading_rows(text) if "|" in text else []
        labels = [] if listed else labels_before(text, headings, first.start, row_cells(text, first.start))
        for cell, at in row:
            if cell is not first and not cell.unit:
                # ('频率降/% ≤5 | ≤3': a cell that writes its own bound and no unit is in the row's unit too)
                if not (cell.explicit or cell.worded) and _single_kind(first.comparator):
                    cell.comparator, cell.explicit, cell.worded = first.comparator, first.explicit, first.worded
                cell.unit, cell.unit_span, cell.listed = first.unit, first.unit_span, True
                cell.basis = cell.basis or first.basis
            if labels and at < len(labels):
                cell.column = show_digits(labels[at])  # (a class's digits were hidden as a designation's)


def _items_after_asides(raws: list[_Raw], text: str) -> None:
    """A bare number listed after a value and that value's aside in brackets ('shall be 10 (50 Hz systems) or 12 (60 Hz
    systems) fundamental periods', `item_after_aside`): one more value of the list, with the first one's name, kind of
    limit and unit, as a bare number listed right after a value is (`list_continues`), not named by the aside's last
    words ('systems'); the aside's value stays its own."""
    for k in range(len(raws) - 2):
        first, aside, item = raws[k:k + 3]
        if item.unit and item.unit != first.unit or item.explicit or item.worded or item.condition or first.condition \
                or not _is_indicator(first) or not _single_kind(first.comparator) \
                or not item_after_aside(text[first.end:aside.start], text[aside.end:item.start]):
            continue
        item.comparator, item.explicit, item.worded = first.comparator, first.explicit, first.worded
        item.listed, item.item_of = True, first
        if not item.unit:
            item.unit, item.unit_span = first.unit, first.unit_span


# The symbol of a reference voltage or current written right after a percentage ('40 %UT', '110 % Un', '80 %In'):
# what the percentage is of, as '40 % of UT' writes it ('% IACS', '% RH' are units of their own, no symbol of a
# voltage or current).
_PERCENT_OF_SYMBOL = re.compile(r" ?((?:U[A-Za-z]{1,3}|I[a-z]{1,2})(?![A-Za-z]))")


# The same symbol written once after the last percentage of a list ('40 % and 70 % of UT').
_OF_SYMBOL_AFTER = re.compile(r"\s*of\s+(?:the\s+)?((?:U[A-Za-z]{1,3}|I[a-z]{1,2})(?![A-Za-z]))")


def _percentages_of_symbols(raws: list[_Raw], text: str) -> None:
    """A percentage with the symbol of what it is of glued after it ('电压暂降的试验等级为 40 %UT 和 70 %UT'): the symbol
    is the value's own ('of UT'), never the name of the value after it, which is then named by the list (the second
    item was named 'UT'). Written once after a list of percentages ('Test levels: 40 % and 70 % of UT'), it is every
    item's, so that both lists give each value the same key."""
    run: list[_Raw] = []
    for raw in raws:
        if raw.unit != "%":
            run = []
            continue
        if (m := _PERCENT_OF_SYMBOL.match(text, raw.end)):
            raw.of_symbol, raw.end = m.group(1), m.end()
        if run and not _VALUE_JOINT.fullmatch(text, run[-1].end, raw.start):
            run = []
        run.append(raw)
        if len(run) > 1 and (m := _OF_SYMBOL_AFTER.match(text, raw.end)):
            for item in run:
                item.of_symbol = item.of_symbol or m.group(1)


# A list of bare numbers with the unit written once, after the last ('5, 10, 20, 50 and 100 cm', '2、4、8和16 h',
# '0,5, 1 or 2 mm'): the items are parted by commas, the last by 'and', 'or', 和, 及 or 或.
_LAST_JOINT = re.compile(r"\s*[,，]?\s*(?:和|及|或|(?<![A-Za-z])(?:and|or)(?![A-Za-z]))\s*")
_ITEM_JOINT = re.compile(r"\s*[,，、]\s*")


def _unit_after_the_last(raws: list[_Raw], text: str) -> None:
    """Bare numbers listed before a value and its unit, at least two of them, the last joined by a word
    (`_LAST_JOINT`) or, in a Chinese list parted by '、' throughout, by '、' ('0.1、0.2、0.5 mg/kg'): each is a value in
    that unit, with the last value's kind of limit. Two bare numbers and a value are a list, not an item's number
    ('method 2 and 5 mm' names a method); a number with its own unit or bound, or a condition, stops the list.
    The list's first number may carry the bound the list is stated under ('shall not exceed 0,2 and 0,1 mg/kg
    respectively', '分别不大于0.2和0.1 mg/kg', '检出限分别为0.1、0.2、0.5 mg/kg'): a bound word before a list is the
    list's, so one bare number after it is enough, and a last value that writes no bound of its own takes it."""
    for j in range(1, len(raws)):
        last = raws[j]
        if not last.unit or last.condition or not _single_kind(last.comparator):
            continue
        joint = _LAST_JOINT.fullmatch(text, raws[j - 1].end, last.start)
        enumeration = not joint and text[raws[j - 1].end:last.start].strip() == "、"
        if not joint and not enumeration:
            continue
        item_joint = _ENUMERATION_JOINT if enumeration else _ITEM_JOINT
        i = j - 1
        while i > 0 and item_joint.fullmatch(text, raws[i - 1].end, raws[i].start):
            i -= 1
        run = raws[i:j]
        if any(r.unit or r.condition for r in run):
            continue
        first = run[0]
        if all(not (r.explicit or r.worded) and r.comparator == Comparator.EQUAL for r in run):
            if len(run) < 2 and not _RESPECTIVELY.search(text, max(0, first.start - 24), last.end + 16):
                continue
            kind = last
        elif (first.explicit or first.worded) and _single_kind(first.comparator) \
                and all(not (r.explicit or r.worded) and r.comparator == Comparator.EQUAL for r in run[1:]) \
                and (last.comparator == first.comparator
                     or (last.comparator == Comparator.EQUAL and not last.explicit and not last.worded)) \
                and (len(run) >= 2 or first.comparator != Comparator.EQUAL or _RESPECTIVELY.search(text)):
            kind = first
            last.comparator, last.explicit, last.worded = first.comparator, first.explicit, first.worded
        else:
            continue
        for r in run:
            r.unit, r.unit_span, r.comparator, r.listed = last.unit, last.unit_span, kind.comparator, True
            r.explicit, r.worded, r.basis = kind.explicit, kind.worded, r.basis or last.basis


_ENUMERATION_JOINT = re.compile(r"\s*、\s*")
_RESPECTIVELY = re.compile(r"respectively|分别|依次")


# One deviation of a list written '±' each, up to the next: its number, then a comma or a joining word.
_PLUS_MINUS_ITEM = re.compile(r"±\s*\d[\d.,]*(?:\s\d{3})*\s*[,，、;；]?\s*(?:(?:and|or)\s+|和|及|或)?\s*")


def _plus_minus_lists(raws: list[_Raw], text: str) -> None:
    """Deviations written '±' each, the unit after the last only ('± 180, ± 90, ± 60 and ± 60 minutes', '±0,5 and
    ±1 mm', '±1、±2和±3 ℃'): one list of the same quantity, each deviation in that unit."""
    k = 0
    while k < len(raws):
        j = k
        while j + 1 < len(raws) and not raws[j].unit and text.startswith("±", raws[j].start) \
                and _PLUS_MINUS_ITEM.fullmatch(text, raws[j].start, raws[j + 1].start):
            j += 1
        last = raws[j]
        if j > k and last.unit and text.startswith("±", last.start) and not last.condition:
            for r in raws[k:j]:
                if r.comparator == last.comparator and not r.condition:
                    r.unit, r.unit_span, r.listed = last.unit, last.unit_span, True
        k = j + 1


def _values_for_each(raws: list[_Raw], text: str) -> None:
    """A bare number followed by 'each' ('lung, stomach, colon: 0,12 each'; 'each' is no unit,
    `constructions.says_each_after`): a value stated for each item named before it, as '均为0.12' is."""
    for raw in raws:
        if not raw.unit and not raw.condition and says_each_after(text[raw.end:raw.end + 16]):
            raw.worded = True


def _single_kind(comparator: str) -> bool:
    """Whether a kind of limit can pass from a row's first value to a single number after it: a bound or a stated
    value can, a range or a tolerance cannot ('75≤Pmax<130 | 5.0 | 4.0' keys its row with a band; '+0.2 mm、0' is no
    list of ranges): a single number given a range's kind would be a range with no ends."""
    return comparator in (Comparator.MAX, Comparator.MIN, Comparator.EQUAL)


def _column_units(raws: list[_Raw], text: str) -> None:
    """Rows of a grid under a heading row whose columns state their units ('等级 | 试验场强/(V/m)：1 | 1；2 | 3',
    't/min | T/℃：30 | 842；60 | 945', 'Level | Voltage/V | Level/dB(µV): 1 | 1 | 120'): a number standing alone in
    a later column headed by a unit is a value in that unit, named by the column and keyed by the row's first cell
    (the first column keys the row: its numbers stay its label). Values that write a unit of their own keep it."""
    by_start = {raw.start: raw for raw in raws}
    starts = sorted(by_start)
    table_unit = None  # (the unit the clause states for its table, '（单位为毫米）', looked for once)
    for end, labels in heading_rows(text):
        units = [_column_head_unit(text[a:b]) for a, b in labels]
        sized = size_columns([text[a:b] for a, b in labels]) if any(units[1:]) else None
        if sized is not None:
            # columns headed by sizes ('（pc/m³）0.1 µm | 0.5 µm'): each holds for its size, in the unit stated once
            units[1:] = [sized.unit] * (len(labels) - 1)
        elif len(labels) >= 2 and not all(units[1:]):
            # columns that state no unit of their own are in the unit stated for the table
            table_unit = stated_table_unit(text) if table_unit is None else table_unit
            units[1:] = [unit or table_unit for unit in units[1:]]
        if len(labels) < 2 or not any(units[1:]):
            continue
        key = _KEY_LABEL.split(text[labels[0][0]:labels[0][1]])[-1].strip()
        paired = {k + d for k in bound_columns([text[a:b] for a, b in labels]) for d in (0, 1)}  # (two ends of a range)
        for cells in grid_rows_after(text, end):
            if len(cells) != len(labels):
                continue  # (cells missing or merged: which column a number stands in is unknown)
            row_key = show_digits(f"{key} {text[cells[0][0]:cells[0][1]]}".strip())
            for column, ((a, b), unit, label) in enumerate(zip(cells, units, labels)):
                k = bisect.bisect_left(starts, a)
                inside = [by_start[x] for x in starts[k:bisect.bisect_left(starts, b)]]
                if len(inside) > 1 and not inside[0].condition and all(
                        x.condition and _CELL_BRACKET.search(text, inside[0].start, x.start) for x in inside[1:]):
                    inside = inside[:1]  # (its condition in brackets after the value: '6 200（−35 ℃）')
                if column == 0 and len(inside) == 1 and _CODE_KEY.fullmatch(text, a, b):
                    # a designation keying the row ('0W', '10W', '08A': a grade, a chain number), no value in watts or
                    # amperes
                    inside[0].unit, inside[0].unit_span, inside[0].listed = "", None, False
                    inside[0].comparator, inside[0].explicit, inside[0].worded = Comparator.EQUAL, False, False
                    continue
                if len(inside) != 1 or inside[0].condition or _unit_in(inside[0], a, b):
                    continue  # (a unit written in the cell is the cell's own)
                raw = inside[0]
                if raw.comparator in (Comparator.MAX, Comparator.MIN) and not _CELL_BOUND.search(text, a, b) \
                        and not bound_words(text[a:b]):
                    # no bound in the cell: a kind read in the heading ('转速/(r/min)' is no minimum) is not its own
                    # (a range or a tolerance in the cell stays one: '66～56' made a stated value would have no value)
                    raw.comparator, raw.explicit, raw.worded = Comparator.EQUAL, False, False
                if column and column not in paired and (unit or raw.unit) and raw.comparator == Comparator.EQUAL \
                        and not raw.explicit and (bound := head_bound(text[label[0]:label[1]])) is not None:
                    # the bound its column's head states ('黏度/(mPa·s) 不大于', 'viscosity, mm²/s min.'): `head_bound`
                    # (a bare number stays as read: no limit without its unit)
                    raw.comparator, raw.explicit = bound, True
                if column == 0:
                    if not raw.explicit:  # the row's key, not a value in a heading's unit ('1 | 800')
                        raw.unit, raw.unit_span, raw.listed = "", None, False
                    continue
                if unit:
                    raw.unit, raw.unit_span, raw.listed = unit, None, True
                    if sized is not None and sized.bound and raw.comparator == Comparator.EQUAL and not raw.explicit:
                        raw.comparator, raw.explicit = sized.bound, True  # (the heading's '最大…限值', 'maximum')
                    if raw.comparator == Comparator.EQUAL and not raw.explicit and _PLUS_MINUS_HEAD.search(text, *label):
                        # under '电压误差 ±%' a bare number is the largest deviation allowed either way, as '±0.2 %'
                        raw.comparator, raw.explicit = Comparator.MAX, True
                    if raw.comparator == Comparator.TOLERANCE and not raw.value and raw.tolerance:
                        # a cell '±0.05' under '零点相对误差f0/%' is that column's own bound, never the tolerance of a
                        # value in another column
                        raw.comparator, raw.value, raw.tolerance, raw.explicit = \
                            Comparator.MAX, raw.tolerance, None, True
                    if not _NAMING_WORD.search(text, cells[0][0], a):
                        # no words in the row before it ('1 | 1 | 120'): the column names it, the first cell keys it;
                        # a row that names its item ('1 | 苯 | ≤0.11', '总砷（As） | ≤15') keeps its own name
                        raw.name_after, raw.column = label, row_key


_MINUTES_CELL = re.compile(r"[\d.,\s]+(min)\.?\s*")
_CELL_BRACKET = re.compile(r"[(（]")
# A row's first cell that is a designation: digits glued to one or two capitals ('0W', '10W', '08A').
_CODE_KEY = re.compile(r"\d{1,3}[A-Z]{1,2}")
_MINUTES = normalise(1.0, "min").dimension


def _keyed_row_cells(raws: list[_Raw], text: str) -> None:
    """Rows of a table keyed by their first cell under a heading that names a quantity a column ('Test No. | Temperature
    | Liquor volume | Steel balls: A1S | 40 °C | 150 ml | 10; C2S | 60 °C | 50 ml | 25', `keyed_rows`): when the cells
    of a row write units of two dimensions or more, the columns hold different quantities, so a value is named by its
    column and keyed by its row ('Temperature', 'Test No. A1S'), in its own unit or none: never the unit or kind of
    limit of the row's first value ('10' under 'Steel balls' is no 10 °C). A row whose cells write one dimension may be
    a quantity's values per class, its unit written once ('Item | Class 1 | Class 2: P1 | 0,5 mg/l | 1'): left as read."""
    if not raws:
        return
    by_start = {raw.start: raw for raw in raws}
    starts = sorted(by_start)
    for key, cells in keyed_rows(text):
        row = []
        for (a, b), label in cells:
            k = bisect.bisect_left(starts, a)
            inside = [by_start[x] for x in starts[k:bisect.bisect_left(starts, b)]]
            if len(inside) == 1 and not inside[0].condition:
                row.append((inside[0], a, b, label))
        minutes = {id(raw): m for raw, a, b, label in row if not _unit_in(raw, a, b) and raw.comparator == Comparator.MIN
                   and (m := _MINUTES_CELL.fullmatch(text, a, b)) and _DURATION_NAME.search(text, *label)}
        kinds = {_MINUTES if id(raw) in minutes else _dimension_of(raw) for raw, a, b, _ in row
                 if _unit_in(raw, a, b) or id(raw) in minutes}
        if len(kinds) < 2:
            continue
        for raw, a, b, label in row:
            if _column_head_unit(text[label[0]:label[1]]):
                continue  # (a unit the column states: `_column_units` read it)
            if not _unit_in(raw, a, b):
                if id(raw) in minutes:
                    # ('30 min.' ending the row under 'Time': minutes, not a minimum)
                    raw.unit, raw.unit_span = "min", minutes[id(raw)].span(1)
                    raw.comparator, raw.explicit, raw.worded = Comparator.EQUAL, False, False
                else:
                    raw.unit, raw.unit_span = "", None
                raw.listed = False
                if not _CELL_BOUND.search(text, a, b) and not bound_words(text[a:b]):
                    raw.comparator, raw.explicit, raw.worded = Comparator.EQUAL, False, False
            raw.name_after, raw.column = label, show_digits(key)


# Between a condition closed by a colon and the bare number it keys: the colon alone ('3 000 m: 1,14'). (With a name
# between, 'sampling period of 30 minutes to 8 hours: Cd + Tl 0,05', the number is a listed item's, read as such.)
_KEYED_BY_CONDITION = re.compile(r"\s*:\s*$")


# A band of one quantity closed by a colon, then a deviation: signed or '±', the words of a deviation between them
# ('Nominal size over 30 mm up to 50 mm: ± 0,3 mm', 'Capacity up to 10 ml: maximum permissible error ± 0,02 ml',
# '公称容量不大于10 mL：允差±0.02 mL').
_KEYS_A_DEVIATION = re.compile(r"\s*[:：]\s*(?:(?:[^\W\d_][^\d:：;；。=<>≤≥]{0,40}?)?(?:允差|允许偏差|偏差|误差|容差|公差|"
                               r"(?i:tolerance|deviation|variation|error))[^\d:：;；。=<>≤≥]{0,12}?)?(?:为|is|of)?\s*[:：]?\s*$")


_BAND_JOINED = re.compile(r"\s*(?:(?i:up\s+to(?:\s+and\s+including)?|and|to|but\s+not\s+(?:over|exceeding))|且|至|[,，])?\s*",
                          re.I)


def _bands_keying_a_deviation(raws: list[_Raw], text: str) -> None:
    """A band or bound of a quantity right before a colon, followed by a deviation of a quantity ('±' or a sign,
    `_KEYS_A_DEVIATION`): the band keys the row, it is the deviation's condition, no limit of its own (the keys hold
    the deviation alone, the band in its name)."""
    for prev, raw in zip(raws, raws[1:]):
        if prev.condition or prev.comparator not in (Comparator.RANGE, Comparator.MAX, Comparator.MIN) \
                or not prev.unit or raw.condition or not text.startswith("±", raw.start):
            continue
        if _KEYS_A_DEVIATION.match(text[prev.end:raw.start]):
            prev.condition, prev.closed, prev.condition_start = True, True, prev.left_start
            first = next((r for r in raws if r.end <= prev.start and _BAND_JOINED.fullmatch(text, r.end, prev.start)),
                         None)
            if first is not None and first.comparator == Comparator.MIN and first.unit in (prev.unit, "") \
                    and not first.condition:
                # ('over 30 mm up to 50 mm:': the band's lower end keys the row too)
                first.condition, first.closed, first.condition_start = True, True, first.left_start


def _values_keyed_by_a_condition(raws: list[_Raw], text: str) -> None:
    """A bare number right after a condition closed by a colon ('Altitude 2 000 m: factor 1,00; 3 000 m: 1,14', 'at
    20 °C: index 95; at 40 °C: 90') is the value that condition keys: read as stated, as '3 000 m时为1.14' is. Without
    the condition it is a count or an item, and stays unread."""
    for prev, raw in zip(raws, raws[1:]):
        if raw.unit or raw.explicit or raw.worded or raw.condition or not (prev.condition and prev.closed):
            continue
        if _KEYED_BY_CONDITION.match(text, prev.end, raw.start) and _ITEM_ENDS.match(text, raw.end):
            raw.worded = True


# What may follow a keyed value: the end of its item or of the text.
_ITEM_ENDS = re.compile(r"\s*(?:[;；。]|\.(?:\s|$)|$)")


# A list opened by a colon and run to the end of its clause, of its sentence or to the next colon ('每行有效样点数：亮度720，
# 色差360。', '10-bit: black level 64, nominal peak 940; 12-bit: …'), and one item of it: a name of words alone, then a
# number. Items parted by semicolons are not taken: those are rows, and a row may hold more than one name and number
# ('potassium tetraoxalate 0.05 M, 1.68; …').
_NAMED_LIST = re.compile(r"[:：](?P<items>[^:：。;；]*?)(?=[:：。;；]|\.\s|\.?$)")
_NAMED_ITEM = re.compile(r"\s*(?P<name>[^\W\d_](?:[^\d,，;；、()（）<>≤≥=±~～]*(?:[^\W\d_]|[′']))?)\s*"
                         r"(?P<number>[-−]?\d[\d\s]*(?:[.,]\d+)?(?:\s*×\s*10\^-?\d+)?)\s*$")  # ('200×10⁻⁹')
_ITEM_BREAK = re.compile(r"[,，、]")


def _values_listed_by_name(raws: list[_Raw], text: str) -> None:
    """A list after a colon whose items are each a name and a bare number, parted by commas ('每行有效样点数：亮度720，
    色差360', 'black level 256, nominal peak 3760', 'Seats per row: front 3, rear 4'): the quantity or
    unit is written once for them all, so each number is the value its name states, read as stated. A list with an
    item that is not a name and a number (a bare number, a band, a unit) is left as read: its numbers may be ids or
    the ends of a row."""
    by_start = {raw.start: raw for raw in raws if not (raw.unit or raw.condition)}
    if not by_start:
        return
    for pieces in list_items(text, _NAMED_LIST, _ITEM_BREAK):
        found = []
        for x, y in pieces:
            item = _NAMED_ITEM.fullmatch(text, x, y)
            raw = by_start.get(item.start("number")) if item else None
            if raw is None or raw.end != item.end("number"):
                if _named_band(raws, text, x, y):
                    continue  # ('colour difference 64 to 960': a band of its own name, read as a range already)
                break
            found.append(raw)
        else:
            if len(found) >= 2:
                for raw in found:
                    if not raw.explicit:
                        raw.worded = True


_BAND_ITEM = re.compile(r"\s*[^\W\d_][^\d,，;；、()（）<>≤≥=±]*?\s*(?=[-−]?\d)")


def _named_band(raws: list[_Raw], text: str, x: int, y: int) -> bool:
    """True when the item text[x:y] of a list is a name and a band read as one range ('colour difference 64 to 960',
    '色差信号标称范围64～960', 'operating band 10–20'): an item of the list by name as a value is, the band's two
    numbers its own ends, so the names and numbers beside it in the list still state their values."""
    item = _BAND_ITEM.match(text, x, y)
    if item is None:
        return False
    end = len(text[x:y].rstrip()) + x
    return any(raw.start == item.end() and raw.end == end and raw.comparator == Comparator.RANGE
               and raw.low is not None and raw.high is not None for raw in raws)


def _label_keyed_items(raws: list[_Raw], text: str) -> None:
    """Values in the stretch a label keys ('A1S：温度 40 ℃，液量 150 mL。C2S：温度 60 ℃，液量 50 mL', `label_keys`) carry
    the label as their key, the item a later value is for once the label is no longer in its name."""
    stretches = label_keys(text)
    if not stretches:
        return
    starts = [start for start, _, _ in stretches]
    for raw in raws:
        k = bisect.bisect_right(starts, raw.start) - 1
        if k >= 0 and raw.start < stretches[k][1] and not raw.key:
            raw.key = show_digits(stretches[k][2])


def _bound_column_ranges(raws: list[_Raw], text: str) -> None:
    """Rows of a grid whose heading gives a quantity's minimum and maximum in two columns ('灯具类型 | 最小值/cd |
    最大值/cd；前位灯 | 4 | 140', 'Category | Minimum (cd) | Maximum (cd)；1 (front) | 175 | 700'): the two numbers of a
    row there are the ends of one range (`bound_columns`), the lower one a minimum, the upper one a maximum, in the
    unit either writes."""
    by_start = {raw.start: raw for raw in raws}
    starts = sorted(by_start)

    def alone_in(a: int, b: int) -> _Raw | None:
        k = bisect.bisect_left(starts, a)
        inside = [by_start[x] for x in starts[k:bisect.bisect_left(starts, b)]]
        if len(inside) != 1 or inside[0].condition or inside[0].comparator not in _ONE_NUMBER:
            return None
        return inside[0]

    for end, spans in heading_rows(text):
        labels = [text[a:b] for a, b in spans]
        pairs = bound_columns(labels)
        if not pairs:
            continue
        for cells in grid_rows_after(text, end):
            cells = cells_under(text, cells, len(labels))
            if cells is None:
                continue  # (cells missing or merged: which column a number stands in is unknown)
            for k in pairs:
                low, high = alone_in(*cells[k]), alone_in(*cells[k + 1])
                if low is None or high is None:
                    continue
                low.comparator, high.comparator = Comparator.MIN, Comparator.MAX
                low.explicit = high.explicit = True
                low.lower_end, high.upper_end = True, True
                if not high.unit:
                    high.unit = low.unit
                elif not low.unit:
                    low.unit = high.unit


def _low_high_row_ranges(raws: list[_Raw], text: str) -> None:
    """Two rows of a grid giving a quantity's low and high end ('低温 | ℃ | +5；高温 | ℃ | +40', 'a) Low air temperature
    | °C | +5', 'b) High air temperature | °C | +40': `low_high_rows`): their values are one range, the first a
    minimum, the second a maximum, when the first is the lower."""
    for low_cell, high_cell in low_high_rows(text):
        low = [raw for raw in raws if low_cell[0] <= raw.start < low_cell[1]]
        high = [raw for raw in raws if high_cell[0] <= raw.start < high_cell[1]]
        if len(low) != 1 or len(high) != 1:
            continue
        low, high = low[0], high[0]
        if low.condition or high.condition or low.comparator != Comparator.EQUAL or high.comparator != Comparator.EQUAL \
                or low.value is None or high.value is None or low.value >= high.value or low.unit != high.unit:
            continue
        low.comparator, high.comparator = Comparator.MIN, Comparator.MAX
        low.explicit = high.explicit = True
        low.lower_end, high.upper_end = True, True


_ONE_NUMBER = (Comparator.EQUAL, Comparator.MIN, Comparator.MAX)
_CELL_BOUND = re.compile(r"[≤≥<>±]")
_PLUS_MINUS_HEAD = re.compile(r"±\s*\S+\s*$")
_NAMING_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-z]{2,}")


def _unit_in(raw: _Raw, start: int, end: int) -> bool:
    return raw.unit_span is not None and start <= raw.unit_span[0] < end


_KEY_LABEL = re.compile(r"[-—–:：)）]")
# A column head written 'quantity/unit' ('U₀/V', 'U₀/dB(µV)', 'T/℃', '场强/(V/m)'): what follows its last '/'.
_COLUMN_HEAD_UNIT = re.compile(r"/\s*(?:\(\s*([^()]+?)\s*\)|([^/\s(][^/\s]*))\s*$")


_RECIPROCAL_ONE = re.compile(r"(?<![\w.,])1\s*$")
_PREFIXED_SYMBOL_BEFORE = re.compile(r"(?:^|(?<=[\s|:：]))([a-zµμ][A-Za-zΩ]{1,3})\s*$")


def closes_unopened_bracket(token: str) -> bool:
    """True when a token closes a bracket it did not open ('kg)', 'g(mL)]'): the tail of a bracketed unit."""
    depth = 0
    for ch in token:
        if ch in "(（[":
            depth += 1
        elif ch in ")）]":
            if depth == 0:
                return True
            depth -= 1
    return False


def _column_head_unit(label: str) -> str:
    """The unit a grid's column head states ('试验场强/(V/m)' -> 'V/m', 'U₀/dB(µV)' -> 'dB(µV)', '噪声级（A声级，dB）'
    -> 'dB(A)'), or ''."""
    m = _COLUMN_HEAD_UNIT.search(label)
    if m:
        token = (m.group(1) or m.group(2)).strip()
        # A token that closes a bracket it did not open ('MRL (µg/kg)' -> 'kg)') is the tail of a bracketed unit:
        # the '/' was inside the bracket, and the whole bracket is read below.
        if not closes_unopened_bracket(token) and (level_unit(token) or (
                reads_as_unit(token) and not (len(token) > 1 and _ACRONYM.fullmatch(token)))):
            # A '1' before the slash is no quantity: '（PFHD）1/h' heads a column of rates per hour. Nor is a prefixed
            # unit's symbol ('kJ/g：蛋白质 | 17', 'mg/L | 0.5'): the head is that unit per the one after the slash.
            if _RECIPROCAL_ONE.search(label, 0, m.start()):
                return f"1/{token}"
            numerator = _PREFIXED_SYMBOL_BEFORE.search(label, 0, m.start())
            return f"{numerator.group(1)}/{token}" if numerator and reads_as_unit(numerator.group(1)) else token
    return spaced_head_unit(label) or _unit_before(label) or heading_item_unit(label)[0]


# A column head that writes its unit after a space ('相对示值误差 %', '绝对示值误差 µm', '准峰值 dB(µV)', 'Frequency MHz'):
# the last token, when it is a unit's symbol. A single letter there is a quantity's symbol ('Thread size d', 'm max'),
# and capitals alone an acronym.
_LAST_TOKEN = re.compile(r"(?<=[\w)）\u4e00-\u9fff])\s+(\S+)\s*$")
_SYMBOL_LETTERS = re.compile(r"[A-Za-zµμΩ°℃%‰′]")
_IN_BRACKETS = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]")


def spaced_head_unit(label: str) -> str:
    """The unit a column head writes as its last word after a space ('相对示值误差 %' -> '%', '准峰值 dB(µV)' ->
    'dB(µV)'), or ''."""
    m = _LAST_TOKEN.search(label)
    if not m:
        return ""
    token = m.group(1)
    if (bracketed := _IN_BRACKETS.fullmatch(token)) is not None:
        token = bracketed.group(1)  # ('Limit (mg/l)')
    token = token.removeprefix("±")  # ('电压误差 ±%', '相位差 ±′': the column's values are deviations either way)
    if level_unit(token):
        return token
    if (len(token) < 2 and token not in ("%", "‰", "℃", "′")) or _ACRONYM.fullmatch(token) or token.lower() in _NOT_UNITS \
            or not _SYMBOL_LETTERS.search(token) or _UNIT_WORD_ONLY.fullmatch(token):
        return ""
    return token if reads_as_unit(token) else ""


_UNIT_WORD_ONLY = re.compile(r"[A-Za-z]{4,}")  # ('times', 'cycles', 'hours': words a heading names, no symbols)


def _trailing_scope(raw: _Raw, text: str, left: str, boundary: int, prev: _Raw | None) -> None:
    """'18 L for items with widths from 50 mm to 56 mm, and 22 L for …': a condition inside a 'for …' phrase that
    follows a limit at once is that limit's scope: it trails the limit, and, opened by 'for', it is no requirement
    of its own, nor does the 'and' after it carry the next limit into it."""
    if prev is None or prev.condition or prev.end < boundary:
        return
    opening = _FOR_BEFORE.search(left) if _may_say_for(left) else None
    if not opening or _JOINED_LIMIT.search(left, opening.start()):
        return
    gap = text[prev.end:boundary + opening.start()]
    if len(gap) <= 12 and not re.search(r"[\d;:]", gap) and not BEFORE.search(gap):
        raw.trails, raw.opened = True, True
        raw.condition_start = boundary + opening.start()


# '1 310 nm处', '1 550 nm处的': a value closed by 处 ('at') names where a limit after it is measured.
_AT_PLACE = re.compile(r"\s*处(?:的)?")


def _place_of_measurement(raw: _Raw, text: str, following: _Raw | None) -> None:
    """'1 310 nm处不大于0.36 dB/km', '距地面2 m处的风速': a value with its unit closed by 处 ('at'), with a limit of
    another quantity after it in the sentence, is where that limit is measured: its condition, even after a
    bound word that names the quantity ('最大衰减系数：1 310 nm处…')."""
    if raw.condition or not raw.unit or raw.unit in _CLASSIFIERS or following is None:
        return
    closing = _AT_PLACE.match(text, raw.end)
    if not closing or SENTENCE_END.search(text, raw.end, following.start) \
            or _dimension_of(raw) == _dimension_of(following):
        return
    raw.condition, raw.condition_start, raw.closed = True, raw.start, True
    raw.comparator, raw.explicit = Comparator.EQUAL, False
    raw.end = closing.end()


_BOUND_THEN_BAND = re.compile(r"(?:值|\s*(?:value\s+)?(?:from|between|over|在))?\s*$", re.I)


def _range_before_value(raw: _Raw, text: str, left: str, following: _Raw | None) -> bool:
    """'Maximum from 1310 nm to 1625 nm 0.4 dB/km', '最大值 1 300 nm～1 550 nm 0.5 dB/km': a bound word, then a band,
    then a value of another quantity right behind it (nothing between but punctuation): the bound word cannot be the
    band's (a band has both its bounds), so it is the value's, and the band is what the value holds over."""
    if raw.condition or raw.comparator != Comparator.RANGE or not raw.unit or following is None or not following.unit:
        return False
    words = bound_words(left)
    if not words or words[-1][1] == Comparator.EQUAL \
            or not _BOUND_THEN_BAND.fullmatch(left, words[-1][0].end()):
        return False
    if _value_follows(text, raw.end, following) and _dimension_of(raw) != _dimension_of(following):
        raw.condition, raw.condition_start, raw.closed = True, raw.start, True
        return True
    return False


_HIDDEN_NUMBER_AFTER = re.compile(r"\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]")
_MODIFIER_AFTER = re.compile(r"\s*的[\u4e00-\u9fff]")
_VALUE_FIRST = re.compile(
    r"\s*(?:(?:is|are|being)\s+)?(?:the\s+)?(?P<word>maximum|minimum|max\.|min\.|upper limit|lower limit|limit|"
    r"limiting value)(?![A-Za-z])(?:\s+(?!(?:for|of|in|at|when|and|or|if|per|to|value|values|shall|is|are)\b)"
    r"(?P<name>[A-Za-z][A-Za-z\-]*(?:\s+(?!(?:and|at|for|after|when|if|shall|is|are)\b)[A-Za-z][A-Za-z\-]*){0,5}))?",
    re.I)
_FIRST_KIND = {"maximum": Comparator.MAX, "max.": Comparator.MAX, "upper limit": Comparator.MAX,
               "limit": Comparator.MAX, "limiting value": Comparator.MAX, "minimum": Comparator.MIN,
               "min.": Comparator.MIN, "lower limit": Comparator.MIN}


_REPETITION_AFTER = re.compile(r"\s*(?:$|[.,;:)]|(?:from|at|in|on|onto|with|per|each|during|and|or|to|until)\b)", re.I)
_MULTIPLE_OF = re.compile(r"\s*(?:the\s+)?(?P<name>[A-Za-z][A-Za-z\-]*(?:\s+(?!(?:of|or|and|for|at|is|shall)\b)"
                          r"[A-Za-z][A-Za-z\-]*){0,3})", re.I)


# (The bound word may lead a heading: '最高允许浓度/(mg/L)：铝 0.01；铜 0.1', 'Maximum concentration (mg/l): Aluminium
# 0,01; Copper 0,1', 'limits (SRL), mg/kg food: arsenic 0,002; lead 0,010'.)
# ('minimum values shall be supported by all conforming implementations:', 'equal or greater in magnitude (absolute
# value) to those shown, with the same sign:': a bound word before 'values' or 'in magnitude' heads the list from
# further off.)
_LIST_HEAD = re.compile(r"\s*(?:下列值|下列数值|以下数值|(?i:the following(?: values)?))?(?:(?i:\s+(?:values|in\s+magnitude)\s)[^\d:：;；。<>≤≥]{0,60}?|"
                        r"[^\d:：;；。<>≤≥]{0,30}?)(?:[:：])[^\d;；。]{0,40}$")
_VALUE_JOINT = re.compile(r"\s*(?:、|,|，|和|及|或|(?i:and|or))\s*")


_PROHIBITION = re.compile(r"(?<![A-Za-z])(?:shall|must|may)\s+not\s+be\s+(?:used|placed on the market|sold|"
                          r"marketed|manufactured|imported|supplied)|(?<![A-Za-z])(?:is|are)\s+prohibited"
                          r"|不得(?:使用|销售|生产|进口|投放)|禁止(?:使用|销售|生产)", re.I)


def _prohibited_above(raw: _Raw, text: str, boundary: int) -> None:
    """'Azo dyes which may release amines above 30 mg/kg … shall not be used', 'articles containing chromium VI
    in concentrations equal to or greater than 3 mg/kg shall not be placed on the market': what is banned at or
    above a value makes that value a maximum."""
    if raw.comparator != Comparator.MIN or not raw.explicit or not _states_prohibition(text):
        return
    end = _sentence_end_from(text, raw.end, len(text))
    if _PROHIBITION.search(text, boundary, len(text) if end is None else end) or \
            _PROHIBITION.search(text, _sentence_start(text, 0, raw.start, 0), raw.start):
        raw.comparator = Comparator.MAX


# The head of a list of breaches ('驾驶机动车不得有下列行为：…', '有下列情形之一的，…', 'The following practices are
# prohibited: …'): each item is conduct that breaks the rule, so a bound in it is the edge the rule keeps on the other
# side ('连续驾驶超过4小时' breaks a maximum of 4 h; '休息时间少于20分钟' breaks a minimum of 20 min).
_BREACH_HEAD = re.compile(r"不得有下列(?:行为|情形)|禁止下列(?:行为|情形)|有下列(?:行为|情形)之一"
                          r"|(?i:the following (?:acts|practices|conduct) (?:are|is|shall be) prohibited)")


def _breach_listed(raw: _Raw, text: str) -> None:
    """A bound stated in a list of breaches (`_BREACH_HEAD` before it, in its paragraph) is the rule's opposite bound:
    'more than' a maximum, 'less than' a minimum."""
    if raw.comparator not in (Comparator.MAX, Comparator.MIN) or not raw.explicit:
        return
    head = None
    for head in _BREACH_HEAD.finditer(text, 0, raw.start):
        pass
    if head is None or "\n" in text[head.end():raw.start]:
        return
    raw.comparator = Comparator.MIN if raw.comparator == Comparator.MAX else Comparator.MAX


@functools.lru_cache(maxsize=8)
def _states_prohibition(text: str) -> bool:
    """Whether the text bans anything at all: when not, no stretch of it does (the pattern looks at nothing after
    its match), and a long text is not searched again for each minimum in it."""
    return _PROHIBITION.search(text) is not None


# A Chinese count followed straight by the noun of what it counts ('至少放电3次，两次放电间隔至少5 s', '，3个样品的平均值'):
# it opens another statement, which names the next value; it is no value of the list before it.
# (Not a bound or a joint after the count: '3次以上', '5个及以上', '3次或5次'.)
_COUNT_BEFORE_ITS_NOUN = re.compile(r"[次个块片只件份](?![以及或和与至到上下内])[\u4e00-\u9fff]")


def _listed_bound(raw: _Raw, text: str, left: str, state: tuple | None, previous: _Raw | None) -> tuple | None:
    """Bound words said once for a list: 'shall be at least: a) 12 …; b) 16 …', '不应小于下列值：…为12；…为16',
    '/(mg/L) ≤：二级 0.08，三级 0.4' (each value after the colon, to the end of the paragraph, is a limit of that kind),
    and 'H15、H10、H5分别…不大于15 mL、10 mL、5 mL' (values listed after one bound word share it, and the
    reference amount of the first: mL/100 g). Returns the list's bound for the values after this one.

    It runs in the reading loop, value by value, with the words before each value (`left`). `_heading_bound` reads a
    bound heading too; each reads lists the other cannot, and neither can take the other's place with results
    unchanged (left out alone, this one's list changes the readings of 96 of the open sets' clause texts at a4e27ec,
    `_heading_bound` 58). How they differ:
    - here the bound word is the first value's own, read from its own words: within 30 digit-free characters before
      the colon, the value within 40 digit-free characters after it. What comes before the bound word may hold
      digits ('额定电压不超过1 000 V时的最小爬电距离：基本绝缘 3.2 mm；加强绝缘 6.4 mm', read here only), where
      `_BOUND_HEADING` (a stretch with no digit) finds no heading.
    - the values that share it are those of the first value's dimension, bare numbers too ('氟化物/(mg/L) ≤：一级
      1.0，二级 1.5', the unit in the heading: read here only).
    - the list ends at `_ROW_END` ('。', a new line, or '. ' before a capital or a Chinese character).
    - the values it bounds are bounded before the later steps of the loop (`_prohibited_above`, `_breach_listed`)
      look at them."""
    if state is not None and _ROW_END.search(text, state[1], raw.start):
        state = None
    own = [w for w, kind in bound_words(left) if kind in (Comparator.MAX, Comparator.MIN)]
    if raw.comparator == Comparator.EQUAL and not raw.explicit and not own:
        if previous is not None and previous.explicit and previous.comparator in (Comparator.MAX, Comparator.MIN) \
                and _VALUE_JOINT.fullmatch(text, previous.end, raw.start) and raw.unit \
                and not _COUNT_BEFORE_ITS_NOUN.match(text, raw.end - 1) \
                and (_dimension_of(previous) == _dimension_of(raw) or previous.unit.split("/")[0].strip() == raw.unit):
            raw.comparator, raw.explicit, raw.worded = previous.comparator, True, True
            if "/" in previous.unit and "/" not in raw.unit and previous.unit.split("/")[0].strip() == raw.unit:
                raw.unit, raw.unit_span = previous.unit, None
        elif state is not None and state[2] == _dimension_of(raw):
            raw.comparator, raw.explicit, raw.worded = state[0], True, True
    if own and _LIST_HEAD.match(left, own[-1].end()) and raw.explicit and raw.comparator == kind_of(own[-1], left):
        return (raw.comparator, raw.start, _dimension_of(raw))
    return state


def _multiple_of(raw: _Raw, text: str, left: str) -> None:
    """'equal to 1,5 times rated current of the appliance': an English multiple with no name before it is named by
    the quantity it multiplies; 'the burst pressure shall be at least 1,6 times the test pressure' is the burst
    pressure's, and the test pressure only what it is a multiple of."""
    if raw.unit.lower() in ("times", "×") and raw.name_after is None:
        if raw.unit != "×" and _REPETITION_AFTER.match(text, raw.end):  # (a sign repeats nothing: '100 ×.')
            raw.repeated = True  # 'dropped three times from a height', 'repeated 10 times.'
            return
        m = _MULTIPLE_OF.match(text, raw.end)
        if m:
            if not _names_a_subject(left):
                raw.name_after = m.span("name")
            raw.multiplied = m.span("name")
            raw.end = m.end()


_SUBJECT_WORD = re.compile(r"[A-Za-z]{3,}")
_QUANTITY_AFTER = re.compile(r"\s*(?:的)?\s*([\u4e00-\u9fff]{2,12})")


_HAN_BEFORE = re.compile(r"[\u4e00-\u9fff]{2,12}$")


# A number with no unit followed by 'of' and a reference quantity ('0,85 to 1,15 of nominal voltage', '0,5 of the
# rated current'): a fraction of that quantity, written in Chinese as a multiple ('标称电压的0.85倍').
_OF_QUANTITY = re.compile(r"\s*of\s+((?:the\s+)?[A-Za-z][A-Za-z -]{2,40})")
_QUANTITY_WORDS = re.compile(r"\s*((?:the\s+)?[A-Za-z][A-Za-z -]{2,40})")


def fraction_of_quantity(after: str, of_before: bool = False, termbase=None) -> str:
    """'× <quantity>' for a unitless number followed by 'of' and a quantity the termbase knows ('' otherwise: '10 of
    the 12 samples' multiplies nothing). `of_before`: the reading took the 'of' in already (a range '0,85 to 1,15
    of'), and `after` starts with the quantity."""
    m = (_QUANTITY_WORDS if of_before else _OF_QUANTITY).match(after)
    if not m:
        return ""
    unit = multiple_unit("×", m.group(1), termbase)
    return unit if unit.startswith("× ") else ""


def _multiplied_words(raw: _Raw, text: str, after: str, termbase=None) -> str:
    """The words naming the quantity a multiple multiplies: 'the maximum working pressure' after 'times', '水压试验压力'
    before '的1.6倍', '额定电压' right after '1.1倍', or a quantity the termbase knows written straight before the
    number ('额定电流1.5倍', no 的) ('' when none is written)."""
    if raw.multiplied:
        return show_digits(text[raw.multiplied[0]:raw.multiplied[1]])
    if raw.unit != "倍":
        return ""
    m = _QUANTITY_AFTER.match(after)
    if m and not m.group(0).lstrip().startswith("的"):
        return m.group(1)
    # '额定电流1.5倍的电流': what comes after '的' is what the multiple gives, the quantity before it what it multiplies
    return _quantity_right_before(text[:raw.start], termbase) or (m.group(1) if m else "")


def _quantity_right_before(left: str, termbase=None) -> str:
    """'电源取得额定电流' before '1.5倍' -> '额定电流': the last term the termbase knows, when it ends right where the
    number begins (a term further back is the limit's subject or a condition, not what the number multiplies)."""
    m = _HAN_BEFORE.search(left)
    if not m:
        return ""
    if termbase is None:
        from compare.terms.termbase import load_termbase

        termbase = load_termbase()
    words = m.group(0)
    ends = [(start, end) for start, end, _ in termbase.hits(words) if end == len(words)]
    return words[min(start for start, _ in ends):] if ends else ""


def _names_a_subject(left: str) -> bool:
    """Whether the words before a value name the quantity it is for ('The actual burst pressure pb shall be greater
    than or equal to'), rather than leading straight into it ('equal to', 'of')."""
    return bool(_SUBJECT_WORD.search(clean_parameter(strip_basis(left))))


def _value_first(raw: _Raw, text: str) -> bool:
    """'830 MPa minimum tensile strength', '175 % is the maximum elongation under load', '15 W is the limit for PS1':
    the bound word, and the name when one follows, come after the value. Sets the kind and where the name is."""
    if raw.comparator != Comparator.EQUAL or not raw.unit and class_label_before(text, raw.start):
        return False  # ('For property class 8.8 the minimum tensile strength is …': a label, `item_ratings`)
    m = _VALUE_FIRST.match(text, raw.end)
    if m and m.group("name") and m.group("word").endswith(".") and m.group("name")[0].isupper() \
            and m.start("name") > m.end("word"):
        return False  # 'pHe 6.5 min, 9.0 max. Sulfur, mg/kg, max 30': after 'max.' a capital starts the next item
    if not m or not (m.group("name") or m.group(0).lstrip().lower().startswith(("is ", "are ", "the "))):
        return False
    raw.comparator, raw.explicit = _FIRST_KIND[m.group("word").lower()], True
    if m.group("name"):
        raw.name_after = m.span("name")
    raw.end = m.end()
    return True


# An item of a list that writes its value first and its name after ('mg/kg: 60 Sb, 25 As, 1 000 Ba'): the item opens
# after the list's colon or a separator, and the name, one to three words, closes it.
_ITEM_OPENS = re.compile(r"[:：,;，；]\s*$")
_ITEM_NAME_AFTER = re.compile(r"\s+(?P<name>[A-Za-z][A-Za-z0-9+\-]*(?:\s+[A-Za-z][A-Za-z0-9+\-]*){0,2})\s*"
                             r"(?=[,;，；]|[.。](?:\s|$)|$)")
_FORMULA = re.compile(r"[A-Z][A-Za-z0-9]{0,5}")
_ITEM_CLOSES = re.compile(r"\s*(?:[,;，；]|[.。](?:\s|$)|$)")
_NOT_ITEM_NAMES = frozenset({"max", "min", "maximum", "minimum", "each", "total", "and", "or", "only", "max.", "min",
                             "approx", "nominal", "typical", "respectively"})


def _items_named_after(raws: list[_Raw], text: str) -> dict[int, tuple[int, int]]:
    """{index: name span} of the values of a list whose items write the value first and the name after it ('Maximum
    soluble element, mg/kg: 60 Sb, 25 As, 1 000 Ba', 'limits (g/km): 1,0 CO, 0,06 NOx'): values without a unit of
    their own (the heading wrote it once), two such items side by side at least, after the list's colon, so that a
    value followed by a word in running text keeps the name before it."""
    fits = {}
    for k, raw in enumerate(raws):
        if raw.comparator != Comparator.EQUAL or raw.value is None \
                or not _ITEM_OPENS.search(text, max(0, raw.start - 3), raw.start):
            continue
        if raw.unit:
            # '1,0 CO': a formula taken for a unit is the item's name, when nothing follows it but the separator;
            # a real unit keeps the words after it as its qualifier ('10 µg/kg in muscle', '1,5 mg/kg dry matter')
            if raw.unit_span and _FORMULA.fullmatch(raw.unit) and not is_known(raw.unit) \
                    and _ITEM_CLOSES.match(text, raw.unit_span[1]):
                fits[k] = raw.unit_span
            continue
        m = _ITEM_NAME_AFTER.match(text, raw.end)
        if m and not set(m.group("name").lower().split()) & _NOT_ITEM_NAMES:
            fits[k] = m.span("name")
    return {k: span for k, span in fits.items() if k - 1 in fits or k + 1 in fits}


# A limit that writes its bound and value first and the substance after its unit ('Residual solvents: not more than
# 200 mg/kg methanol and not more than 5 000 mg/kg ethanol'): one to three words, then 'and', a separator or the end.
_WORD_NOT_LINK = r"(?!(?:and|or|of|in|at|for|on|as|to|by|per|with|from|after|before|when|the)\b)[A-Za-z][A-Za-z0-9+\-]*"
_LIMIT_NAME_AFTER = re.compile(rf"\s+(?P<name>{_WORD_NOT_LINK}(?:\s+{_WORD_NOT_LINK}){{0,2}})\s*"
                               r"(?=\band\b|(?:at|for|with|in)\s|[,;，；]|[.。](?:\s|$)|$)")
_BOUND_RIGHT_BEFORE = re.compile(r"(?:not\s+(?:more|less|greater|lower|higher)\s+than|(?P<up>up\s+to))\s*$", re.I)


def _limits_named_after(raws: list[_Raw], text: str) -> dict[int, tuple[int, int]]:
    """{index: name span} of bounded values whose name follows their unit ('not more than 200 mg/kg methanol and not
    more than 5 000 mg/kg ethanol', 'not less than 12 % protein; not less than 3 % fat', 'up to 250 V single-phase and
    up to 480 V three-phase'), and of toleranced ones so written, the parts of a mixture ('a gas of 30 % ± 1 % CO and
    70 % ± 1 % N2'): two such limits side by side at least, so that a single value followed by words keeps the name
    before it ('1,5 mg/kg dry matter'). After 'up to' or a tolerance, a word after a unit of a ratio is what the ratio
    is taken of ('up to 10 meq of active oxygen/kg oil'), no name."""
    fits = {}
    for k, raw in enumerate(raws):
        if not raw.unit_span or raw.value is None:
            continue
        toleranced = raw.tolerance is not None and raw.comparator == Comparator.TOLERANCE
        bound = None if toleranced else _BOUND_RIGHT_BEFORE.search(text, max(0, raw.start - 24), raw.start)
        if not (toleranced or bound) or (toleranced or bound.group("up")) and "/" in raw.unit:
            continue
        m = _LIMIT_NAME_AFTER.match(text, raw.end if toleranced else raw.unit_span[1])
        if m and not set(m.group("name").lower().split()) & _NOT_ITEM_NAMES:
            fits[k] = m.span("name")
    return {k: span for k, span in fits.items() if k - 1 in fits or k + 1 in fits}


_NAME_WORD = re.compile(r"[A-Za-z]{3,}|[\u4e00-\u9fff]")


def _named_before_at(left: str, at: re.Match | None) -> bool:
    """'maximum resistance of conductor at 20 °C': a name stands between the bound word and 'at', so the bound
    word is that name's and the value after 'at' is the condition it is measured at."""
    if at is None:
        return False
    words = list(BEFORE.finditer(left, 0, at.start()))
    if not words:
        return False
    return bool(_NAME_WORD.search(_FILLER_WORDS.sub(" ", left[words[-1].end():at.start()])))


_FILLER_WORDS = re.compile(r"(?<![A-Za-z])(?:the|of|shall|be|is|are|not|value|values)(?![A-Za-z])", re.I)
# A property's name with the temperature it is stated at, then a comma and its value, possibly after the unit of a
# table row ('density at 15 °C, 820 kg/m³ to 845 kg/m³', 'Density at 15 °C, kg/m³: 775 to 840', 'viscosity at 40 °C,
# mm²/s, 2,0 / 4,5'): the reference temperature of the property (a basis of the value; another one is another
# requirement), never a value of its own nor the first of a run of conditions ('at 23 °C, 50 % RH').
_NAME_AT = re.compile(r"[A-Za-z)]\s+at\s*$")
_TEMPERATURE_UNIT = re.compile(r"\s*(?:°\s?C|℃|K)\s*$")
_ROW_UNIT_GAP = re.compile(r"\s*,\s*(?:[^\d\s,;:][^,;:]{0,11}[,:]\s*)?")
# (a verb before 'at' says how a test is done, 'tested at 23 °C, 50 % RH': a run of conditions)
_VERB_AT = re.compile(r"(?:ed|ing)\s+at\s*$")


def _reference_temperature_of_name(raw: _Raw, text: str, left: str, boundary: int, following: _Raw | None) -> None:
    if following is None or raw.comparator != Comparator.EQUAL or raw.explicit or not raw.unit \
            or not _TEMPERATURE_UNIT.match(raw.unit) or (following.unit and _TEMPERATURE_UNIT.match(following.unit)):
        return
    at = _NAME_AT.search(left)
    if at is None or _VERB_AT.search(left):
        return
    gap = _ROW_UNIT_GAP.match(text, raw.end)
    if gap is None or gap.end() != following.start:
        return
    raw.condition, raw.closed = True, True
    raw.condition_start = boundary + at.start() + 1


_GAP_WORDS = re.compile(r"[\s,:;，：|]*")


def _value_follows(text: str, position: int, following: _Raw | None) -> bool:
    """True when the next value comes right after `position`, with nothing between but punctuation and
    comparator words ('at 40 °C min. 2,0', 'at 70 °C 0,011 MΩ·km', '在20 ℃时不大于')."""
    if following is None or following.start - position > 30:
        return False
    gap = BEFORE.sub(" ", text[position:following.start])
    return bool(_GAP_WORDS.fullmatch(gap))


_TIME_WORDS = re.compile(r"(?i:time|duration|period|interval|for|during|after|within|hold|kept|maintain)|时间|持续|保持|历时")


def _minimum_not_minutes(raw: _Raw, text: str, left: str) -> None:
    """'pH 6.5 min.': 'min.' after a number is a minimum, unless the words before speak of time ('for 5 min.')."""
    # After a bound already written ('≥ 60 min.'), 'min.' is minutes ending the sentence; so it is after a tolerance
    # ('24 h ± 30 min.'), which is a difference of its value's quantity, never a minimum.
    dot = text[raw.end:raw.end + 1] == "."
    if raw.unit == "min" and raw.tolerance is None and (dot or minimum_then_maximum(text[raw.end:raw.end + 40])) \
            and not _TIME_WORDS.search(left) and not _bound_right_before(left) \
            and not minutes_closing_settings(text, raw.start, left) and not minutes_after_stated_kind(left):
        # ('pHe 6.5 min, 9.0 max.': a minimum with the maximum after it, dot or no dot)
        raw.unit, raw.unit_span = "", None
        raw.comparator, raw.explicit = Comparator.MIN, True
        raw.end += dot


def _bound_right_before(left: str) -> bool:
    """True when a word of a maximum or a minimum stands right before the value ('≥ 60 min.', 'shall be not less than
    1,5 min.'): a 'min.' after the value is then minutes, the bound being written already."""
    tail = left[-30:]
    words = bound_words(tail)
    return bool(words) and words[-1][1] in (Comparator.MAX, Comparator.MIN) and not tail[words[-1][0].end():].strip()


_BRACKET_OPEN = re.compile(r"[(（]\s*(?:(?i:at|measured at|在)\s*)?$")
_BRACKET_CLOSE = re.compile(r"\s*(?:时|下)?\s*[)）]")


_BRACKET_LIMIT_WORDS = re.compile(r"[<>≤≥=]|为|是|以上|以下|不|除外|(?<![A-Za-z])(?:except|excluding|or|less|more|max|min|maximum|minimum|"
                                  r"than|up|not|above|below|over|under|is|shall)(?![A-Za-z])", re.I)


_BRACKET = re.compile(r"[()（）]")
_WORD_CHAR = re.compile(r"[A-Za-z.\u4e00-\u9fff]")


def _bracketed_conditions(raw: _Raw, text: str, previous: _Raw | None, later: list[_Raw]) -> None:
    """'吸光度（254 nm，1 cm光程）≤：…', '蒸发残渣（(105±2) ℃）含量', '熔体质量流动速率（190 ℃/5 kg）：': values in brackets
    after a name, with no word of a limit in the brackets and a limit after them in the sentence, are the conditions
    that limit is measured under, whatever their quantity (temperature alone was read so before)."""
    if raw.condition or not raw.unit or raw.explicit and raw.comparator in (Comparator.MAX, Comparator.MIN):
        return
    if text[raw.start] == "±":
        return  # ('kept constant (± 1 °C) and … in the range of 20-25 °C': a deviation allowed, never a point measured at)
    opening = max(text.rfind("(", max(0, raw.start - 30), raw.start), text.rfind("（", max(0, raw.start - 30), raw.start))
    if opening <= 0:
        return
    closing = min((p for p in (text.find(")", raw.end, raw.end + 25), text.find("）", raw.end, raw.end + 25)) if p != -1),
                  default=-1)
    if closing == -1 or _BRACKET.search(text, opening + 1, raw.start) and text[opening + 1] not in "(（":
        return
    inside = text[opening + 1:closing]
    before = text[max(0, opening - 12):opening].rstrip()[-1:]
    if not _WORD_CHAR.match(before) or _BRACKET_LIMIT_WORDS.search(BEFORE.sub(" ", inside)) \
            or BEFORE.search(inside) or SENTENCE_END.search(inside):
        return
    if previous is not None and previous.end <= opening and not text[previous.end:opening].strip():
        return  # '30 mg/kg (0,003 %)': a restatement of the value before, not a condition
    if _reagent_strength(raw, text, opening):
        return
    if not any(r.start > closing and not _ends_sentence(text, closing, r.start) for r in later):
        return
    raw.condition, raw.condition_start, raw.closed = True, opening, True
    if not text[raw.end:closing].strip():
        raw.end = closing + 1


# A solution or a reagent named right before a bracket ('sodium chloride solution (20 g/l)', '氯化钠溶液（20 g/L）', 'phenol
# reagent (10 %)', 'extraction mixture (70 %)'); in Chinese any word ending in 液 names a liquid made up for the step
# ('浸提液', '缓冲液', '吸收液', '提取液'), as 'extracting solution', 'buffer' do.
_REAGENT_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?:solution|reagent|mixture|buffer|extractant)|试剂|[\u4e00-\u9fff]液)\s*$",
                             re.I)
_STRENGTHS = frozenset({"[mass] / [length] ** 3", "[substance] / [length] ** 3", "dimensionless"})


def _reagent_strength(raw: _Raw, text: str, opening: int) -> bool:
    """'add 4,8 ml of sodium chloride solution (20 g/l)', '加入4.8 mL氯化钠溶液（20 g/L）': a concentration in brackets after
    a solution or a reagent is how strong the reagent is, a value the step sets, not a condition of what follows."""
    return bool(_REAGENT_BEFORE.search(text, max(0, opening - 12), opening)) \
        and (_dimension_of(raw) in _STRENGTHS or raw.unit == "pH")  # ('（0.5 mol/L，pH 8.5）': its pH is made up too)


def _bracketed_temperature(raw: _Raw, text: str, left: str, boundary: int) -> None:
    """'密度（20 ℃）', 'Density (at 15 °C)', '运动黏度（40 ℃）': a temperature in brackets after a name is the
    condition the limit holds at, not a limit."""
    if raw.condition or raw.comparator != Comparator.EQUAL or not raw.unit:
        return
    opening, closing = _BRACKET_OPEN.search(left), _BRACKET_CLOSE.match(text, raw.end)
    if opening and closing and "temperature" in normalise(1.0, raw.unit).dimension:
        raw.condition, raw.condition_start, raw.end = True, boundary + opening.start(), closing.end()


_OPEN_BRACKET = re.compile(r"[(（][^()（）]*$")
_CONSTRAINT_CLOSE = re.compile(r"\s*(?:or more|or less|及以上|及以下|以上|以下)?\s*[)）]", re.I)
_CONSTRAINT_WORDS = re.compile(r"[<>≤≥]|(?<![A-Za-z])(?:less than|more than|or more|or less|up to|not exceeding|"
                               r"above|below|over|under)(?![A-Za-z])|小于|大于|以上|以下|不超过|不大于|不小于", re.I)


def _bracketed_constraint(raw: _Raw, text: str, left: str, boundary: int, following: _Raw | None) -> None:
    """'小空心制品（<600 mL）Pb 1.5 mg/L', 'Small hollowware (less than 600 ml): lead 1,5 mg/l', '(d ≤ 16 mm)',
    '(600 ml or more)': a bound in brackets after a name, with a limit after it in the same sentence, says which
    items the limit is for: the condition of that limit, not a requirement of its own."""
    if raw.condition or following is None or not raw.unit:
        return
    opening = _OPEN_BRACKET.search(left)
    closing = _CONSTRAINT_CLOSE.match(text, raw.end)
    if not opening or not closing:
        return
    prefix = text[max(0, boundary + opening.start() - 12):boundary + opening.start()].rstrip()
    if not prefix or prefix[-1] in ";。:\n" or not prefix.strip(TRIM + " "):
        return  # the bracket names nothing: '(≤ 0.2 mg/kg)' after a sentence is the value itself
    inside = text[boundary + opening.start():closing.end()]
    if not _CONSTRAINT_WORDS.search(inside) or _ends_sentence(text, raw.end, following.start):
        return
    raw.condition, raw.condition_start = True, boundary + opening.start()


_BOUND_AT_END = re.compile(r"[<>≤≥]\s*$")
_COLON_AFTER = re.compile(r"\s*(?:[:：]|-\s)")
# What a row's heading may write between its value and the colon that closes it, of the supply or the product it is
# for: the kind of current ('120 V < U0 ≤ 230 V, a.c.:'), a designation ('for 50 Hz IE3:', its digits hidden). The
# value is still the heading's key, no requirement of its own. (A count, '11 kW, 4 poles:', is left out: its number
# would be read as a value of its own.)
ROW_DESCRIPTOR = re.compile(r"(?:\s*,?\s*(?:[ad]\.c\.|r\.m\.s\.|AC|DC|[A-Z]{1,4}[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![\w.]))+\s*[:：]")


def closed_by_colon(text: str, end: int) -> bool:
    """True when a colon closes the value ending at `end`, right after it or after a row descriptor (ROW_DESCRIPTOR)."""
    return bool(_COLON_AFTER.match(text, end) or ROW_DESCRIPTOR.match(text, end))


_BOUND_JOINT = re.compile(r"\s*(?:且|和|and|,|&)?\s*$", re.I)
_LABEL_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]\s*=\s*$")


def _heading_constraint(raw: _Raw, text: str, left: str, boundary: int, following: _Raw | None,
                        previous: _Raw | None = None) -> None:
    """'d ≤ 16 mm: tensile strength …', 'HV, F ≥ 98 N: min. 250', 'n = 3: 3,4 mA/W': a bound or a value set to a
    symbol, closed by a colon with limits after it in the sentence, heads them: their condition or their label."""
    if raw.condition or raw.formula or following is None or not closed_by_colon(text, raw.end):
        return
    if _ends_sentence(text, raw.end, following.start):
        return
    if raw.explicit and raw.comparator in (Comparator.MAX, Comparator.MIN) and _BOUND_AT_END.search(left):
        raw.condition, raw.condition_start = True, raw.start
        if previous is not None and not previous.condition and previous.explicit \
                and previous.comparator in (Comparator.MAX, Comparator.MIN) and previous.comparator != raw.comparator \
                and _BOUND_JOINT.match(BEFORE.sub(" ", text[previous.end:raw.start])):
            # '>10 A且≤16 A：1.5 mm²': both bounds of the band head the value
            previous.condition, previous.condition_start, previous.closed = True, previous.start, True
            previous.unit = previous.unit or raw.unit
    elif not raw.unit and _LABEL_BEFORE.search(left):
        raw.condition, raw.condition_start = True, raw.start
    elif raw.unit and raw.comparator in (Comparator.EQUAL, Comparator.MAX, Comparator.MIN, Comparator.RANGE) \
            and not _SIGN_AT_END.search(left) and (
                raw.comparator == Comparator.RANGE or not has_stated_limit(left[-15:])
                or _dimension_of(raw) != _dimension_of(following)):
        # 'Rated load 1 000 kg: maximum available car area 2,40 m²', '标称容量100 mL：A级 ±0.10': a value closed
        # by a colon, with limits after it, is the key of their row; so is a band ('sizes above 18 mm up to 30 mm:').
        raw.condition, raw.condition_start, raw.closed = True, raw.start, True
        if previous is not None and not previous.condition and previous.explicit and previous.end >= raw.left_start \
                and previous.comparator in (Comparator.MAX, Comparator.MIN) and previous.comparator != raw.comparator \
                and _BOUND_JOINT.match(BEFORE.sub(" ", text[previous.end:raw.start])):
            previous.condition, previous.condition_start, previous.closed = True, previous.start, True


# A bound closed by 'when' ('小于2 m时', '≥15 mm时', '2.5 gn以上的减速度', '小于或等于1 m/s的渐进式安全钳'):
# it says which items or cases the limit after it is for.
_WHEN_AFTER = re.compile(r"\s*(?:及以上|及以下|以上|以下|以内)?\s*(?:(?P<when>时|的时候|条件下)|的(?=\s*[\u4e00-\u9fff<>≤≥]))")
def _states_bound(words: str) -> bool:
    """True when any word of `words` states a maximum or a minimum ('轿厢最大有效面积为')."""
    return any(kind_of(w, words) in (Comparator.MAX, Comparator.MIN) for w in BEFORE.finditer(words))


_ITEMS_HEADING = re.compile(r"[\u4e00-\u9fff]{1,10}[:：]\s*[A-Za-z\u4e00-\u9fff()（）0-9.]{0,12}\s*")
_DESCRIBED_NOUN = re.compile(r"[\u4e00-\u9fff]{0,6}的")
# What may stand between a bound closed by 的 and the limit it heads: a short noun and the limit's words.
_OF_NOUN = re.compile(r"[^\d,，:：;；。()（）]{0,16}")
# A bound joined to another bound of one condition ('不大于6 m且名义速度不大于', 'and a nominal speed not exceeding').
_CONDITION_JOINT = re.compile(r"^\s*(?:且|并|和|及|或|and|or)\s*[^\d,，;:。：；]{0,32}$", re.I)
# A bound sign alone after 'and' ('< 0,5 W/m² for 250 nm < λ ≤ 320 nm and ≥ 0,15 W/m² for …'): with no quantity
# named, a value of another dimension than the band before it is the next limit of the list, not the band's mate.
_SIGN_ONLY_JOINT = re.compile(r"\s*(?:and|or|和|或)\s*[<>≤≥]\s*", re.I)
# 'for temperatures greater than', 'when the value is ≥', never a duration ('for at least six hours').
_FOR_BEFORE = re.compile(r"(?<![A-Za-z])(?:for|when|where)\s+(?!(?:at\s+least|at\s+most|not|no|more|less|up\s+to|a\s+)?"
                         r"(?:maximum|minimum|max|min|least|most|than)?\b\s*$)(?!(?:at\s+least|not\s+less|not\s+more|up\s+to|"
                         r"more\s+than|less\s+than)\b)(?:[^,;:]{0,60}?)$"
                         # 'On a load receptor having n ≤ 4 points of support, …' opening the sentence: the thing a
                         # requirement is for, as 'for' says
                         r"|^\s*(?-i:On|In)\s+(?:an?|each|any)\s+[^,;:\d]{0,40}?\b(?:having|with)\s+[^,;:\d]{0,20}$", re.I)
# Two bounds that are the objects of one requirement, joined by 和 / 及 / 与 ('应能防护能量至少为100 J的冲击和至少为
# 10 kN的压力'): the noun of the first, the joint, then the bound word of the second. A list of two limits, neither
# the case of the other.
_COORDINATED_BOUND = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:和|及|以及|与)\s*(?:应)?\s*(?:至少|最少|最多|不小于|不低于|不少于|"
                                r"不大于|不超过|不高于|不多于)\s*为?\s*")
# 'tested at an energy of at least 100 J and against compression when tested with a load of at least 10 kN': the
# next bound opened by a 'when' / 'for' of its own after 'and' is a case of its own, parallel to this one, which
# therefore does not head it.
_PARALLEL_CASE = re.compile(r"\s*(?<![A-Za-z])and\s+[^,;:\d]{0,40}?(?<![A-Za-z])(?:for|when|where)(?![A-Za-z])", re.I)
_BAND_JOINT = re.compile(r"\s*(?:且|和|并|及|或|and|or|,|，|、|&)?\s*$", re.I)


_SIGN_AT_END = re.compile(r"[<>≤≥=]\s*$")
_BOUND_SIGN_AT_END = re.compile(r"[<>≤≥]\s*$")
_COMMA_ONLY = re.compile(r"\s*[,，]\s*$")
_DIGIT_OR_STOP = re.compile(r"[\d;:]")
_COMMA = re.compile(r"[,，]")


def _bound_when(raw: _Raw, text: str, left: str, boundary: int, following: _Raw | None,
                previous: _Raw | None, later: list[_Raw] = ()) -> None:
    """'距基准面高度小于2 m时，防护栏杆高度应不低于900 mm', '厚度 ≥ 7.5 mm，≥ 1 300 N', 'conventional time 1 h
    for In ≤ 63 A': a bound that says when or for what a limit holds is the condition of that limit, not a limit.
    Chinese closes it with 时 / 条件下 / 以上的 + noun, before the limit; English opens it with for / when / where,
    after the limit it qualifies or before one in the same sentence; a bound closed by a comma and followed at
    once by a bound of another quantity heads it. The bound before it in a band ('大于等于2 m并小于20 m时') goes with
    it."""
    if _band_closed_by_when(raw, text, boundary, following):
        return
    if raw.condition:
        return
    if raw.comparator == Comparator.EQUAL and not raw.explicit and raw.unit and following is not None:
        # '额定载重量1 000 kg的电梯，轿厢最大有效面积为2.40 m²', '1 kg砝码的最大允许误差（±mg）：E1 0.5': a value that
        # describes the items ('lifts of 1 000 kg') of a limit stated right after it is their key.
        noun = _DESCRIBED_NOUN.match(text, raw.end)
        if noun and following.start - noun.end() <= 25 and not _ends_sentence(text, raw.end, following.start) \
                and _states_bound(text[noun.end():following.start]) \
                and not names_its_own_value(text[max(0, raw.start - 12):raw.start],
                                            _dimension_of(raw) == _dimension_of(following), text[following.end:]):
            # (not '标称厚度为3 mm的地板砖覆盖在厚度至少为60 mm的混凝土上': attributive_values)
            raw.condition, raw.condition_start = True, raw.start
        return
    if raw.comparator not in (Comparator.MAX, Comparator.MIN, Comparator.RANGE) or not raw.explicit:
        return
    same_sentence = following is not None and not _ends_sentence(text, raw.end, following.start)
    start = None
    closing = _WHEN_AFTER.match(text, raw.end)
    if closing and same_sentence and ("：" not in text[raw.end:following.start] and ":" not in
                                      text[raw.end:following.start]) and (
            closing.group("when") or _OF_NOUN.fullmatch(text, closing.end(), following.start)
            and not _COORDINATED_BOUND.fullmatch(text, closing.end(), following.start)
            and (_states_bound(text[closing.end():following.start])
                 or "为" in text[closing.end():following.start].replace("为期", ""))):
        start, raw.end = boundary, closing.end()
    elif closing and not closing.group("when") and same_sentence \
            and _ITEMS_HEADING.fullmatch(text, closing.end(), following.start):
        # 'Vmax≥130 km/h的两轮摩托车：CO 1 140 mg/km': the items a list of limits after the colon is for.
        start, raw.end = boundary, closing.end()
    elif previous is not None and previous.opened and previous.end >= boundary \
            and _CONDITION_JOINT.match(text[previous.end:raw.start]) and has_stated_limit(text[previous.end:raw.start]) \
            and not (_SIGN_ONLY_JOINT.fullmatch(text, previous.end, raw.start)
                     and _dimension_of(previous) != _dimension_of(raw)):
        start = previous.end  # 'for rises not exceeding 6 m and a nominal speed not exceeding 0,50 m/s'
    elif previous is not None and previous.opened and previous.end >= boundary \
            and _BAND_JOINT.match(BEFORE.sub(" ", text[previous.end:raw.start])) \
            and _dimension_of(previous) == _dimension_of(raw):
        start = previous.end  # the upper end of the band: 'for sizes above 18 mm up to and including 30 mm'
    elif same_sentence and _COMMA_ONLY.match(BEFORE.sub(" ", text[raw.end:following.start])) \
            and BEFORE.search(text, raw.end, following.start) and _BOUND_SIGN_AT_END.search(left) \
            and _dimension_of(raw) != _dimension_of(following):
        start = raw.start
    else:
        opening = _FOR_BEFORE.search(left) if _may_say_for(left) else None
        if opening and _JOINED_LIMIT.search(left, opening.start()):
            opening = None  # 'for packing group I and not less than 100 kPa': a limit of its own joined by 'and'
        if opening and (has_stated_limit(left[opening.start():]) or _BOUND_SIGN_AT_END.search(left)
                        or raw.comparator == Comparator.RANGE):
            gap = text[previous.end:boundary + opening.start()] if previous is not None else ""
            # '±7,5 % of the declared value when the value is ≥ 10 %': a few words of the value's own may come between.
            after_previous = previous is not None and previous.end >= boundary and not previous.condition and \
                len(gap) <= 40 and not _DIGIT_OR_STOP.search(gap) and not BEFORE.search(gap) \
                and not _PARALLEL_CASE.match(text, previous.end, raw.start)
            heads_next = same_sentence and has_stated_limit(text[raw.end:following.start]) \
                and _dimension_of(raw) != _dimension_of(following) \
                and not _PARALLEL_CASE.match(text, raw.end, following.start)
            if not heads_next and (previous is None or previous.end < boundary or _ends_sentence(
                    text, previous.end, raw.start)) and opening.start() < 3:
                # 'For nominal sizes above 18 mm up to and including 30 mm, the standard tolerance … is 21 µm': a
                # sentence opened by the scope, with a limit of another quantity later in it.
                for other in later:
                    if _ends_sentence(text, raw.end, other.start):
                        break
                    if _COMMA.search(text, raw.end, other.start):
                        heads_next = True
                        break
            if after_previous or heads_next:
                start = boundary + opening.start()
                raw.trails = after_previous and not heads_next
    if start is None:
        return
    raw.condition, raw.condition_start = True, start
    raw.opened = closing is None
    raw.closed = closing is not None and start == boundary and not raw.opened
    gap = text[previous.end:raw.start] if previous is not None else ""
    if previous is not None and not previous.condition and previous.explicit and previous.end >= boundary \
            and previous.comparator in (Comparator.MAX, Comparator.MIN, Comparator.EQUAL) and (
                _BAND_JOINT.match(BEFORE.sub(" ", gap)) and _dimension_of(previous) in (_dimension_of(raw), "dimensionless")
                or _CONDITION_JOINT.match(gap) and has_stated_limit(gap)):
        previous.condition, previous.condition_start = True, min(previous.left_start, start)


_WHEN_ONLY = re.compile(r"\s*(?:时|的时候|条件下)")
# '35.3 ℃～42.0 ℃测量范围内的最大允许误差', '在0 ℃～40 ℃温度范围内，…': the band a limit after it holds in, as a band
# closed by 时 is.
_WITHIN_THE_BAND = re.compile(r"\s*[\u4e00-\u9fff]{0,4}?范围内(?:的)?")
_WHEN_ENDING = re.compile(r"(?:时|的时候|条件下)$")


def _band_closed_by_when(raw: _Raw, text: str, boundary: int, following: _Raw | None) -> bool:
    """'1 min≤t<10 min时为48 ℃', '10 ℃～30 ℃时的偏差': a band closed by 时 ('when') says in which case something holds;
    with a limit after it in its sentence, it is the case that limit is for, never a requirement itself. (With no
    limit after it, '100 Ω/V < R ≤ 500 Ω/V时宜报警', the band is what the requirement is about, and stays one.)
    Returns True when it marked one."""
    if raw.comparator != Comparator.RANGE or not raw.unit or raw.closed or raw.opened or following is None \
            or SENTENCE_END.search(text, raw.end, following.start):
        return False
    if raw.condition and _WHEN_ENDING.search(text, raw.start, raw.end):
        raw.closed = True  # (its 时 already read as the end of a condition: 'A≤t<B时')
        return True
    closing = _WHEN_ONLY.match(text, raw.end) or _WITHIN_THE_BAND.match(text, raw.end)
    if closing and closing.re is _WITHIN_THE_BAND and following.comparator == Comparator.RANGE \
            and following.unit == raw.unit and _WITHIN_THE_BAND.match(text, following.end):
        return False  # ('在−40 ℃～+100 ℃温度范围内输送液压油，以及在−40 ℃～+60 ℃温度范围内输送水基液压液': two bands side by side)
    if raw.condition and closing and closing.re is _WITHIN_THE_BAND:
        raw.closed, raw.end = True, closing.end()  # ('在35.3 ℃～42.0 ℃测量范围内的': opened by 在, closed here)
        return True
    if raw.condition or not closing:
        return False
    raw.condition, raw.condition_start, raw.closed = True, boundary, True
    raw.end = closing.end()
    return True


_WORD_UNIT = re.compile(r"\s?([A-Za-z][A-Za-z]{1,11})(?=\s*(?:max\b|max\.|min\b|min\.|maximum|minimum|or less|or more))")


_OTHER_HEADING = re.compile(r"/\s*[(（\[]")
# The operations a switch or a device endures, counted ('1 000次操作循环', '5 000次分合操作', '10 000 operating cycles',
# '2 000 mechanical operating cycles'): a count of cycles, as '200 cycles' is, no ordinal as in '3次谐波'.
# A switch's short-circuit making or breaking operations are counted alike ('具有两次短路关合能力', 'making capability of
# two operations'; fixwords34).
_OPERATIONS_AFTER = re.compile(r"(?:(?<=次)(?:(?:分合|合分|机械)?操作(?:循环)?|(?:短路)?(?:关合|开断))"
                               r"|\s*(?<![A-Za-z])(?:(?:mechanical|electrical|switching|load|no-load)\s+)?operating\s+cycles(?![A-Za-z]))")


def _operations_counted(raw: _Raw, text: str) -> None:
    """A count of operations (`_OPERATIONS_AFTER`) read in cycles: '1 000次操作循环' as '1 000 operating cycles'."""
    if text[raw.start - 1:raw.start] == "第":
        return  # ('第3次操作后': the third operation, an ordinal)
    at = raw.unit_span[1] if raw.unit and raw.unit_span else raw.name_after[0] if raw.name_after else raw.end
    m = _OPERATIONS_AFTER.match(text, at)  # (after the value, or where the words that name it start)
    if m:
        raw.unit, raw.unit_span, raw.end = "cycles", (m.start(), m.end()), max(raw.end, m.end())
_COUNTED_BEFORE_PER = frozenset({"次", "个", "滴"})  # things counted that a period written before them is a rate of
_CLASSIFIERS = frozenset("个次滴片块根处例粒件极")  # (极: poles or pins, '2极 91.2' a motor's row)
# (or a bracketed part of the noun first: '己脒定二个（羟乙基磺酸）盐', the di(isethionate))
_CJK_NEXT = re.compile(r"[\u4e00-\u9fff]|[(（][^()（）]{1,12}[)）][\u4e00-\u9fff]")
_ROW_END = re.compile(r"。|\n|(?<!max)(?<!min)(?<!e\.g)(?<!i\.e)\.\s+(?=[A-Z\u4e00-\u9fff]|pH)")
_DIMENSIONLESS_NAME = re.compile(r"(?<![A-Za-z])pH(?![A-Za-z])")


# A row that opens a list of its own ('；吸光度（254 nm）≤：一级 0.001'): a heading without a unit, which ends the one before.
_NEW_HEADING = re.compile(r"[;；][^;；:：。]{1,40}?(?:[≤≥<>]|不大于|不小于|不超过|不低于|不高于|(?<![A-Za-z])(?i:max\.?|min\.?))\s*[:：]")


_DOT_SPACE = re.compile(r"\.\s")


def _may_end_row(text: str) -> bool:
    """False when text holds nothing _ROW_END could match ('。', a line break, a full stop and a space): a quick test
    that spares the pattern's search of every position of a one-sentence clause."""
    return "。" in text or "\n" in text or _DOT_SPACE.search(text) is not None


def _unit_statements(text: str, raws: list[_Raw]) -> list[tuple[int, int, str]]:
    """(start, end, unit) of the stretches a unit stated in a sentence of its own covers: 'All values are in mg/kg.
    Lead 0.1; cadmium 0.05.', 'Table 2 — Limits (µg/kg). Aflatoxin B1: 2; …', '单位：mg/kg。铅 0.1；…'. A sentence that
    states a unit and no value heads the sentences after it, up to the end of the paragraph or the next sentence
    that writes a unit of its own."""
    if len(raws) < 1 or not _may_end_row(text) or not _HEADING_HINT.search(text):
        return []
    ends = list(_ROW_END.finditer(text))  # (found once: the search for a first one is no cheaper)
    if not ends:
        return []
    valued = [r.start for r in raws]
    out: list[tuple[int, int, str]] = []
    start = 0
    for m in ends + [None]:
        end = m.start() if m else len(text)
        if out and out[-1][1] == -1:  # the open statement ends where a sentence writes a unit of its own
            if _heading_unit_match(text[start:end]):
                out[-1] = (out[-1][0], start, out[-1][2])
            elif m and "\n" in m.group(0):  # or with its paragraph
                out[-1] = (out[-1][0], end, out[-1][2])
        if not (out and out[-1][1] == -1) and not any(start <= v < end for v in valued):
            unit_match = _heading_unit_match(text[start:end])
            unit = _unit_before(text[start:end]) if unit_match else ""
            if unit:
                out.append((m.end() if m else len(text), -1, unit))
        start = m.end() if m else len(text)
    return [(a, b if b != -1 else len(text), unit) for a, b, unit in out]


# A heading that states its unit and closes with a dash before its rows ('Perpendicularity …, in mm — class H: up to
# 100: 0,2; …', 'Vibration velocity, r.m.s., mm/s — Class I: …. Class II: …', '垂直度未注公差值（mm）——H级：…'; folded,
# ' - ' and '--').
_HEADING_DASH = re.compile(r"\s+-\s+|--")


def _dash_heading_unit(text: str, raws: list[_Raw]) -> list[tuple[int, int, str]]:
    """(start, end, unit) of the rows after a heading that ends with its unit and a dash, before any value: the unit of
    each of them written without one, to the end of the paragraph, as a heading sentence of its own states it
    (`_unit_statements`); its sentences after the first ('Class II: A/B 1,12') are rows of the same table."""
    m = _HEADING_DASH.search(text)
    if m is None or not raws or raws[0].start < m.start():
        return []
    head = text[:m.start()]
    unit_match = _heading_unit_match(head)
    if unit_match is None or head[unit_match.end():].strip(" ,，)）"):
        return []
    unit = _unit_before(head)
    end = text.find("\n", m.end())
    return [(m.end(), len(text) if end == -1 else end, unit)] if unit else []


# A unit in brackets closing a sentence ('…; Ni 8,0 to 10,5 (% by mass).', '… 0,3 (in mg/kg)', '…（单位：mg/kg）。'); the
# bracket may hold one bracket of its own ('（g/(m²·a)）').
_CLOSING_UNIT = re.compile(r"[(（]\s*((?:[^()（）]|[(（][^()（）]*[)）]){1,40}?)\s*[)）]\s*(?=[.。]|$)")
_NOTE_LEAD = re.compile(r"(?:in|单位\s*[:：为]?)\s*", re.I)
_NOTE_PARTS = re.compile(r"\s*[,，;；]\s*|\s+in\s+(?=%)", re.I)
# The words a unit note may add beside its unit: how the sample was analysed ('cast analysis', '熔炼分析'), at most three
# words or eight characters with no digit.
_NOTE_WORDS = re.compile(r"(?:[A-Za-z][A-Za-z\-]*(?:\s+[A-Za-z][A-Za-z\-]*){0,2}|[\u4e00-\u9fff]{1,8})")


_PER_CENT = re.compile(r"(?<![A-Za-z])(?i:per\s?cent)(?![A-Za-z])")


def note_unit(note: str) -> str:
    """The unit a closing note states for a list of values written without one, or '': the unit alone ('mg/kg', 'in
    mg/kg', '单位：mg/kg', 'g/(m²·a)'), a percentage of a kind ('% by mass', '% of total fatty acids'), the kind and
    the unit as parts of a list ('质量分数，%', 'mass fraction, %', 'mass fraction in %', 'cast analysis, % by mass';
    the kind then stays with the percentage: '% mass fraction'). A note with digits or more than one unit states none
    ('(see 5.2)', '(20 min)', '(real, dry)')."""
    note = _PER_CENT.sub("%", note.strip())  # ('(per cent)', as ISO writes it)
    lead = _NOTE_LEAD.match(note)
    if lead and lead.end() < len(note):
        note = note[lead.end():]
    units, kinds = [], []
    for part in _NOTE_PARTS.split(note):
        if units == [] and part.startswith("单位"):
            part = _NOTE_LEAD.sub("", part, count=1)  # ('危险失效平均频率，单位为每小时': the quantity's name, its unit)
        if is_tuple_of_names(part):
            continue  # ('（N×d×D，单位为毫米）': the names of a size's members, no unit)
        kind = next((name for pattern, name in FRACTION_WORDS if pattern.fullmatch(part)), None)
        unit = "" if kind else _accept_unit(part) if " " not in part or part.startswith("%") else ""
        if kind:
            kinds.append(kind)
        elif unit and (unit.startswith("%") or "/" in unit or is_known(unit)):
            units.append(unit)
        elif not _NOTE_WORDS.fullmatch(part):
            return ""
    if len(units) != 1 or len(kinds) > 1:
        return ""
    unit = units[0]
    if kinds and unit == "%":
        return f"% {kinds[0]}"
    return "" if kinds and not unit.startswith("%") else unit


def _closing_units(text: str, raws: list[_Raw]) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each sentence closed by a unit in brackets right after its last value ('C max. 0,07;
    Si max. 1,00; Ni 8,0 to 10,5 (% by mass).', '…，Cr 0.80～1.10（质量分数，%）。'): the unit was written once, last,
    for every value of the sentence written without one (`note_unit`)."""
    out = []
    ends = [r.end for r in raws]
    for m in _CLOSING_UNIT.finditer(text):
        unit = note_unit(m.group(1))
        k = bisect.bisect_right(ends, m.start()) - 1
        if not unit or k < 0 or text[ends[k]:m.start()].strip():
            continue  # not a unit, or words between the last value and the bracket: a name's, not the list's
        start = m.start() - len(_since_full_stop(text, m.start()))
        out.append((start, m.start(), unit))
    return out


def _declared_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of the stretches a unit declared once for a clause's values covers (`declared_units`): the
    rest of the declaration's paragraph, before it and after it ('Thread size M12: s nom. = 18; k nom. = 7,5 (dimensions
    in millimetres).' gives both values millimetres). Only a unit the system reads; a paragraph that declares two
    units declares none (which values each is for is not said). The last resort of a value written without a unit:
    a unit written at the value, or by a heading, a list or a note nearer to it, comes first."""
    paragraphs: dict[int, list[tuple[int, int, str]]] = {}
    for a, b, written in declared_units(text):
        unit = _accept_unit(written)
        if unit and is_known(unit) and reads_as_unit(unit):
            paragraphs.setdefault(text.rfind("\n", 0, a) + 1, []).append((a, b, unit))
    out: list[tuple[int, int, str]] = []
    for start, found in paragraphs.items():
        if len({(n.unit, n.value) for _, _, unit in found for n in [normalise(1.0, unit)]}) != 1:
            continue
        end = text.find("\n", start)
        edges = [start] + [x for a, b, _ in found for x in (a, b)] + [len(text) if end == -1 else end]
        out += [(edges[k], edges[k + 1], found[0][2]) for k in range(0, len(edges), 2)]
    return out


def _colon_units(text: str) -> list[tuple[int, int, str]]:
    """The lists whose heading states their unit before the colon (`colon_unit_headings`), for the units the system
    reads ('Designation and size (mm):'; not '(see Note):')."""
    return [(a, b, unit) for a, b, written in colon_unit_headings(text)
            if (unit := _accept_unit(written)) and is_known(unit) and reads_as_unit(unit)] + per_period_headings(text) \
        + per_amount_headings(text)


def _stands_apart(text: str, start: int) -> bool:
    """False for a number glued to the name before it ('M12-8', 'X5CrNi18-10', 'C18:2'): part of the name, no value in
    a unit a note or a declaration states for the values of a list."""
    if start > 1 and text[start - 1] == "称" and after_nominal_word(text, start):
        return True  # ('k公称12.5': the nominal's value; nominal_glued)
    return start > 0 and not text[start - 1].isalnum() and text[start - 1] != "-" and not _after_digit_colon(text, start)


def _after_digit_colon(text: str, start: int) -> bool:
    """'X5CrNi18-10', 'C18:2': a number glued to a designation by '-' or to digits by ':' is a part of its name."""
    return start > 1 and text[start - 1] == ":" and text[start - 2].isdigit()


def _stated_unit(stated: list[tuple[int, int, str]], raw: _Raw) -> str:
    return next((unit for a, b, unit in stated if a <= raw.start < b), "")


def _heading_unit(heading: tuple[str, int, bool] | None, text: str, raw: _Raw) -> str:
    """The unit a heading wrote once for the values after it ('/(mg/kg)：鱼类 0.1；甲壳类 0.5；…'), up to the end of
    the paragraph or to a row that opens a list of its own; never for pH, which has no unit."""
    if heading is None or _NEW_HEADING.search(text, heading[1], raw.start):
        return ""
    if any(not _row_group_continues(text, heading[1], end) and not _labelled_row_continues(text, end)
           for end in _ROW_END.finditer(text, heading[1], raw.start)):
        return ""
    if heading[2] and not (raw.explicit or raw.worded or _named_item(text, raw)):
        return ""  # a heading's item unit ('（压力露点，℃）：1级 ≤ −70') is for the limits, not the rows' labels
    if _DIMENSIONLESS_NAME.search(text, max(heading[1], raw.start - 12), raw.start):
        return ""
    return heading[0]


# A group of a table's rows opened by a word and a code ('Thread M12 (84,3 mm²): 8.8: 48 900', 'Grade B: 0,7; 1,1').
# (a code's digits may stand masked as superscripts: 'M¹²'.) The word may follow another ('ISO Class 6: ≥ 0,5 µm 35 200.
# ISO Class 8: …'): the word right before the code is the one compared.
_ROW_GROUP = re.compile(r"(?:[A-Za-z]{2,}\s+)?([A-Za-z]{3,})\s+[A-Z]{0,2}[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+[\d⁰¹²³⁴⁵⁶⁷⁸⁹.,]*(?![\w.])")


def _row_group_continues(text: str, heading_end: int, row_end: re.Match) -> bool:
    """A sentence that opens a group of rows with the word that opened one in the heading's sentence ('…, in newtons:
    thread M10 (58,0 mm²): 8.8: 33 700. Thread M12 (84,3 mm²): 8.8: 48 900') is that table's next group: the unit the
    heading wrote once holds on into it."""
    m = _ROW_GROUP.match(text, row_end.end())
    if not m:
        return False
    word = m.group(1).lower()
    before = text[max(0, heading_end - 200):row_end.start()]
    return any(g.group(1).lower() == word for g in _ROW_GROUP.finditer(before))


# A row that is a label, a colon and its bare numbers alone ('Smoked meat: 2,0 / 12,0.'), one after another: the rows of
# one list under a heading that wrote their unit once ('Maximum levels (mg/kg): Pike: 0,5. Trout: 0,3.').
_BARE_ROW_TAIL = re.compile(r"[:：]\s*\d[\d.,]*(?:\s*/\s*\d[\d.,]*)*\s*$")
_BARE_ROW = re.compile(r"[^:：;；。\d]{3,80}[:：]\s*\d[\d.,]*(?:\s*/\s*\d[\d.,]*)*\s*(?:\.(?:\s|$)|。|$)")


def _labelled_row_continues(text: str, row_end: re.Match) -> bool:
    """A sentence 'label: number' after a sentence that ended 'label: number' is the same list's next row: the unit
    its heading wrote once holds on into it. Words or a unit after the number end the list (a new sentence)."""
    return bool(_BARE_ROW.match(text, row_end.end())) \
        and bool(_BARE_ROW_TAIL.search(text, max(0, row_end.start() - 40), row_end.start()))


# An item of a list under a heading that states its unit: a name, then the value alone up to the item's end
# ('（PDE，µg/天）：镉 5，铅 5，砷 15。', '(PDE, µg/day): cadmium 5, lead 5'); a row's label is no such item ('1级 ≤ −70').
_NAME_BEFORE_ITEM = re.compile(r"(?:[\u4e00-\u9fff]|[A-Za-z]{2,})\s*$")
_ITEM_END = re.compile(r"\s*(?:[,，;；。]|\.(?:\s|$)|$)")


def _named_item(text: str, raw: _Raw) -> bool:
    return bool(_ITEM_END.match(text, raw.end)) and bool(_NAME_BEFORE_ITEM.search(text, max(0, raw.start - 12), raw.start))


def _unknown_unit_before_bound(raw: _Raw, text: str) -> None:
    """'15 Hazen max.': a word between a number and a bound word is its unit, known or not (then reported)."""
    if raw.unit or raw.comparator != Comparator.EQUAL:
        return
    m = _WORD_UNIT.match(text, raw.end)
    if m and m.group(1).lower() not in _NOT_UNITS:
        raw.unit, raw.unit_span, raw.end = m.group(1), m.span(1), m.end()


def _level_basis(raw: _Raw, text: str, left: str) -> str | None:
    """'53 dB Lden', 'LEX,8h = 87 dB(A)': the measure a sound level is on, as its basis; a symbol right after the
    unit is read with the value (it names no next value)."""
    if not raw.unit or "dB" not in raw.unit and "分贝" not in raw.unit:
        return None
    level = level_unit(raw.unit)
    if not level or level[1] != "level":
        return None
    measure, length = level_measure(left, text[raw.end:raw.end + 40])
    raw.end += length
    return f"level {measure}" if measure else None


def states_of_the_clause(states: list[tuple[int, str]], raws: list[_Raw]) -> list[tuple[int, str]]:
    """The states of `states_named` that may hold for other values: not one written in brackets right after its
    value ('0.15 mg/kg（以粉状产品计），液态产品 0.02 mg/kg（以即食状态计）'), which is that value's own basis (read into its
    span by `_basis_after`), never a heading of the values after it nor the clause's."""
    return [s for s in states if not any(r.start <= s[0] < r.end for r in raws)]


def _basis_after(text: str, raw: _Raw) -> str | None:
    m = TRAILING_BASIS.match(text, raw.end)
    if not m:
        group = GROUP_LIMIT.match(text, raw.end) if "roup" in text[raw.end:raw.end + 12] else None
        if group:
            raw.end = group.end()
            return GROUP_BASIS
        return None
    raw.end = m.end()
    return basis_in(m.group(1))


_LEADS_INTO_VALUE = re.compile(r"(?:\b(?:of|is|are|be|equal to)|[:=])\s*$", re.I)
# The words after a value that narrow it, up to a bracket left open (a long note or definition of them): 'for class 0I appliances',
# '(8 h)', and after a value stated first, 'is the AQG level for the maximum daily 8-hour mean' (what it limits).
# 'and not less than', 'or at most', ', and max.': a coordinator opening the next limit of a list ('250 kPa for packing
# group I and not less than 100 kPa for packing groups II and III'), and a symbol with its bound sign, as a formula
# writes the next limit ('d < 0,58 λu for circular tubes and d < 0,50 λu for rectangular tubes').
_JOINED_LIMIT = re.compile(r"(?:[,;]\s*)?(?<![A-Za-z])(?:and|or)\s+(?=(?:not\s+|no\s+)?(?:less|more|greater|lower|higher)\s+"
                           r"than|at\s+(?:least|most)\b|min(?:imum|\.)?(?![A-Za-z])|max(?:imum|\.)?(?![A-Za-z])|up\s+to\b"
                           r"|[A-Za-z][A-Za-z0-9]?\s?[<>≤≥])", re.I)


def _before_joined_limit(words: str) -> str:
    """The words after a value up to where 'and'/'or' opens the next limit ('for packing group I and not less than'
    -> 'for packing group I'): they qualify this value; what follows the coordinator belongs to the next one."""
    joined = _JOINED_LIMIT.search(words)
    return words[:joined.start()] if joined else words


_QUALIFIER = re.compile(r"\s*(?:(?:is|are)\s+(?:the\s+|an?\s+)?(?:[A-Za-z]+\s+){0,3}?(?=(?:for|of)\s))?"
                        r"((?:for|of|in|on|per|from)\s+[^;。(（]{1,80}(?:[(（][^()（）;。]{0,80}[)）][^;。(（]{0,40})?"
                        r"|[(（]\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+\s?-?\s?(?:hours?|minutes?|min|h|days?)\s*[)）])", re.I)


def _after(raws: list[_Raw], k: int, text: str) -> str:
    """The words after value k, up to the next value or the end of the sentence."""
    stop = raws[k + 1].start if k + 1 < len(raws) else len(text)
    after = text[raws[k].end:stop]
    end = SENTENCE_END.search(after)
    return after[:end.start()] if end else after


# The marks that part a name's conditions from its own quantity ('避孕套宽度小于50.0 mm时，爆破体积': the volume's).
_NAME_PARTS = re.compile(r"[,，;；:：时]")
def _symbols_defined(text: str) -> frozenset[str]:
    """The letters the clause defines as symbols ('m为模数', 'where m is the module', 'thickness h 4,0 mm')."""
    return defined_symbols(text) if _MAY_DEFINE_SYMBOL.search(text) else frozenset()


_MAY_DEFINE_SYMBOL = re.compile(r"[A-Za-z]\s?(?:为|是|——)|where|in which|(?:厚度|直径|半径|宽度|长度|间距|深度|高度)\s?[A-Za-z]"
                                r"|(?i:thickness|diameter|radius|width|length|spacing|depth|height)\s[A-Za-z](?![A-Za-z])")


def _assemble(raws: list[_Raw], masked: str, original: str, where: list[int], notes: list[str],
              termbase: Termbase, read: list[tuple[int, int]], reference: str | None = None,
              references: list[Reference] | None = None) -> tuple:
    """Turn raw values into Indicators: name them, attach conditions, merge min+max pairs into ranges."""
    mains = [r for r in raws if not r.condition and not r.series and _is_indicator(r)]
    defined: frozenset[str] | None = None  # (the letters the clause defines as symbols, found at the first one-letter unit)
    read.extend((where[r.start], where[r.end - 1] + 1) for r in raws if not r.condition and _is_indicator(r))
    conditions = [r for r in raws if r.condition and not r.series]
    runs = _series_runs(raws)
    run_ends = [end for _, end in runs]
    # A step of a procedure ('stir for 5 min at 1 500 r/min', '在700 nm波长下测定吸光度'): its settings qualify no
    # limit, each is one the step requires.
    settings = step_settings(conditions, mains, masked) if conditions else []
    for setting in settings:
        setting.setting = True
    if conditions and not mains:
        # A clause of test conditions only: the conditions are its indicators.
        mains, conditions = conditions, []
    elif conditions:
        # A sentence of conditions only ('… shall be regarded as affected by wind at a speed of 12,5 m/s.'): they
        # qualify no limit of theirs, they are what the sentence requires.
        alone = _conditions_alone(conditions, mains, masked)
        if alone:
            mains = sorted(mains + alone, key=lambda r: r.start)
            conditions = [c for c in conditions if all(c is not x for x in alone)]
        settings = [c for c in settings if any(c is x for x in conditions)]
        if settings:
            mains = sorted(mains + settings, key=lambda r: r.start)
            conditions = [c for c in conditions if all(c is not x for x in settings)]
        # A condition stated with its tolerance or range ('at 70 °C ± 2 °C', '在（23±2）℃下') is itself a
        # requirement of the test: it is read as an indicator too, in text order.
        stated = [c for c in conditions if c.comparator in (Comparator.TOLERANCE, Comparator.RANGE)
                  and not (c.opened or c.closed)]  # not the band a limit is for ('水温0.1 ℃～30 ℃时')
        if stated:
            mains = sorted(mains + stated, key=lambda r: r.start)
            conditions = [c for c in conditions if all(c is not x for x in stated)]
        levels = levels_beside_a_bound(conditions, mains, masked) if _AND_THEN.search(masked) else []
        if levels:
            mains = sorted(mains + levels, key=lambda r: r.start)
            conditions = [c for c in conditions if all(c is not x for x in levels)]
        allowed = times_allowed(conditions, masked) if "在" in masked else []  # ("能在90秒钟内撤离", "在暗处放置1 h")
        if allowed:
            mains = sorted(mains + allowed, key=lambda r: r.start)
            conditions = [c for c in conditions if all(c is not x for x in allowed)]
    # What a step adds, takes or sets ('Add 0,5 ml', '移取1 mL') is one value, never the maximum of a list of limits.
    for amount in step_amounts(mains, conditions, masked):
        amount.setting = True
    counts, counted_out_of = _counts_of_things(raws, mains, conditions, masked)
    if counts:  # ('Cut four specimens', '剪取4块试样', '分三层装入': what a step counts)
        mains = sorted([m for m in mains if all(m is not r for r in counted_out_of)] + [r for r in counts if all(
            r is not m for m in mains)], key=lambda r: r.start)
        read.extend((where[r.start], where[r.end - 1] + 1) for r in counts)
    blocked = [(c.condition_start, c.end) for c in conditions]
    # (The conditions by where they start, to find those inside a value's words without going through all of them:
    # a long one-sentence table has as many as it has limits.)
    by_start = sorted(range(len(blocked)), key=blocked.__getitem__)
    blocked_starts = [blocked[i][0] for i in by_start]
    clause_basis = basis_in(masked)
    named_states = states_named(masked) if clause_basis else []
    states = states_of_the_clause(named_states, raws) if named_states else []
    clause_state = basis_parts(clause_basis).get("state") if states or not named_states else None
    indicators: list[Indicator] = []
    previous_end = 0
    previous_param = ""
    item_names: dict[int, str] = {}  # (the name each value was given, for the items listed after it)
    position = {id(raw): k for k, raw in enumerate(raws)}
    # (where the sentences end: what the three steps below ask, found once, and only when they ask it)
    ends = _sentence_end_starts(masked) if mains and conditions else []
    headed = _headed_conditions(mains, conditions, masked, where, original, ends)
    read.extend(_conditions_read(raws, mains, conditions, where, ends))
    alternatives = _alternative_readings(mains, conditions, headed, masked, where, original, ends)
    respective: dict[int, tuple[str, str, str | None]] = {}  # (a value's own name, given out 'respectively')
    main_ids = {id(raw) for raw in mains}
    for raw in mains:
        after = _after(raws, position[id(raw)], masked)
        qualifier = _QUALIFIER.match(after)
        if qualifier and _LEADS_INTO_VALUE.search(after) and position[id(raw)] + 1 < len(raws) \
                and raws[position[id(raw)] + 1].start == raw.end + len(after):
            qualifier = None  # 'dropped three times from a height of 1,0 m': the words name the next value
        if qualifier:
            # '1 750 V for supplementary insulation and 3 000 V ...': the words after the value are its own,
            # not the name of the next value.
            text = EDGE.sub("", _before_joined_limit(qualifier.group(1)).strip(TRIM + " ")).strip(TRIM + " ")
            raw.end = masked.index(text, raw.end) + len(text) if text else raw.end
            qualifier = show_digits(text)  # 'for the maximum daily 8-hour mean': a period's digits were hidden
        else:
            qualifier = ""
        if raw.column:
            qualifier = f"{raw.column} {qualifier}".strip()  # '总砷 ≤ 0.05 | 0.1 | 0.05' under '水田作物 | 旱地作物 | 蔬菜'
        cut = raw.start
        if runs and (before := bisect.bisect_right(run_ends, raw.start)) and run_ends[before - 1] > previous_end:
            # A series' numbers name no value after it: the words after the series do ('…、960 ℃，温度允差…'), or,
            # when none stand between ('−10 ℃、−5 ℃±3 ℃') or only the word tolerance ('…、84 kPa，允差为±5 %'), the
            # words before it.
            start, end = runs[before - 1]
            if _NAME_WORD.search(masked, end, raw.start) and not stated_tolerance(masked[end:raw.start]):
                previous_end = end
            else:
                cut = start
        left_start = _sentence_start(masked, previous_end, cut, previous_end)
        left = masked[left_start:cut]
        marked = ""  # (the same words with each condition taken out marked: what names a condition, not the limit)
        if blocked:
            first = bisect.bisect_left(blocked_starts, left_start)
            inside = by_start[first:bisect.bisect_left(blocked_starts, raw.start, first)]
            for start, end in (blocked[i] for i in sorted(inside)):  # (in the conditions' order, as they were)
                marked = (marked or left).replace(masked[start:end], CONDITION_MARK)
                left = left.replace(masked[start:end], " ")
        if raw.name_after:
            left = masked[raw.name_after[0]:raw.name_after[1]]  # '830 MPa minimum tensile strength'
        elif raw.unit == "倍" and (multiplied := multiple_reference(left)):
            raw.multiplied = (left_start + multiplied[0], left_start + multiplied[1]) if left == masked[left_start:cut] \
                else None
            left = left[:multiplied[0]]  # '爆破压力不应小于水压试验压力的1.6倍': the burst pressure's, not the test pressure's
        if "|" in left and (heading := heading_row_end(left)) and _NAME_WORD.search(left, heading):
            left = left[heading:]  # '项目 | 一级 | 二级：总磷 ≤ 0.5 | 1': the row's name follows the columns' heading
        if marked and marked.replace(CONDITION_MARK, " ") == left and \
                _name_words(named := _without_condition_names(marked, termbase))[1]:
            left = named  # ('…误差，温度为0.1 ℃～30 ℃时为±2 %': the error's, stated for a band of temperature)
        sharing = _shared_value(left, after, termbase)
        if not sharing and id(raw) not in respective and (words := _respectively_after_run(raw, raws, position, masked)):
            sharing = _shared_value(left, words, termbase)  # ('…are 5 mg/kg and 2 mg/kg respectively')
        if id(raw) in respective:
            sharing = (respective.pop(id(raw)),)  # ('…0.25 %和0.30 %': the second value is the second name's)
        elif len(sharing) > 1 and (run := _respective_run(raw, raws, position, main_ids, masked, left, sharing)):
            respective.update((id(later), share) for later, share in zip(run[1:], sharing[1:]))
            sharing = sharing[:1]
        words_before = left
        left, name = _name_words(left)
        if not name and (symbol := _LAST_SYMBOL.search(words_before)) \
                and element_of_a_composition(symbol.group(1), words_before, masked, cut - len(words_before)):
            name = symbol.group(1)  # ('Mn≤0.10，Mg 0.45～0.9', 'Mn 0.8～1.6，S≤0.030': the element's, not a unit)
        if raw.symbol and not name.endswith(raw.symbol):
            name = raw.symbol  # ('d 25, D 52, T 16,25': 52 is D's, though D also spells a dioptre)
        if raw.name_after and not name:
            name = left.strip()  # ('25 As': a symbol, not the word 'as')
        parameter = name or (previous_param if indicators and indicators[-1].normalized.dimension
                             == _dimension_of(raw) else _named_past_asides(indicators, _dimension_of(raw)))
        if raw.item_of is not None and id(raw.item_of) in item_names:
            parameter = item_names[id(raw.item_of)]  # ('10 (50 Hz systems) or 12 (60 Hz systems)': the list's name)
        item_names[id(raw)] = parameter
        # The unit as written in the clause ('℃', 'ｍｇ／ｋｇ'), not as folded.
        unit = _written_unit(raw, original, where)
        if unit in ("倍", "times", "×") and not raw.repeated:
            unit = multiple_unit(unit, _multiplied_words(raw, masked, after, termbase), termbase)
        elif not unit and ((of_before := masked.endswith(" of", 0, raw.end)) or "of " in after[:6]) \
                and (of := fraction_of_quantity(after, of_before, termbase)):
            unit = of  # ('0,85 to 1,15 of nominal voltage': fractions of the nominal voltage, as '0.85倍～1.15倍' are)
        elif len(unit) == 1 and unit in (defined := _symbols_defined(masked) if defined is None else defined):
            unit = f"× {unit}"  # ('hfP = 1.25m（m为模数）': 1.25 times the module m, no metres)
        elif len(unit) == 1 and (symbol := symbol_multiple(unit, _NAME_PARTS.split(parameter)[-1], _dimension_of(raw))):
            unit = symbol  # ('0.005D' after a thickness's name: a multiple of the diameter D, no dioptre)
        own_conditions = alternatives[id(raw)][0] if id(raw) in alternatives else headed.get(id(raw), ())
        if own_conditions and position[id(raw)] and (case := raws[position[id(raw)] - 1]).own_case:
            own_conditions = _own_case_only(own_conditions, case)
        span = (where[left_start + _lead_space(masked[left_start:raw.start])] if raw.start > left_start
                else where[raw.start], where[raw.end - 1] + 1)
        norm = normalise(raw.value, "cycles" if raw.repeated else unit, low=raw.low, high=raw.high,
                         tolerance=raw.tolerance)
        if unit and not norm.known:
            notes.append(f"unknown unit '{unit}' kept as written")
        if raw.of_symbol and raw.of_symbol not in qualifier:
            qualifier = f"{raw.of_symbol} {qualifier}".strip()  # ('40 %UT' as '40 % of UT')
        if raw.key and raw.key not in f"{parameter} {qualifier}":
            qualifier = f"{raw.key} {qualifier}".strip()  # ('C2S：温度 60 ℃，液量 50 mL': the label keys '液量' too)
        concept = _concept(termbase, parameter, left, after)
        if (head := head_before_of(termbase, words_before, concept)) and _fits_quantity(termbase, head, norm.dimension):
            concept = head  # ('the total harmonic distortion of the supply voltage shall…': the distortion's; fixpair38)
        if concept and not _fits_quantity(termbase, concept, norm.dimension):
            # '电压…持续1 min', 'a voltage … at 50 Hz': the name's quantity is not this value's; after a heading
            # break ('Benzoates – … 'energy' drinks: 250 mg/kg') the heading may name it.
            heading = termbase.concept_of(_HEADING_BREAK.split(parameter)[0]) if _HEADING_BREAK.search(parameter) else None
            concept = heading if heading and _fits_quantity(termbase, heading, norm.dimension) else None
        if concept is None and " of " in unit:
            concept = termbase.concept_of(unit)  # '10 mg of histamine per 100 g': the unit names the substance
        previous = indicators[-1].concept if indicators else None
        if concept and previous and termbase.roles.get(concept) == "component" and concept != previous \
                and termbase.fields.get(previous) in _LIMITED_PER_TISSUE \
                and _names_only_context(termbase, parameter, concept) \
                and indicators[-1].normalized.dimension == norm.dimension:
            # '肌肉 50 µg/kg，脂肪 50 µg/kg' after a drug's name: fat is a tissue of the list, not a limit on fat.
            concept = previous
        if concept is None and indicators and indicators[-1].normalized.dimension == norm.dimension and \
                not _sibling_row(termbase, indicators[-1], parameter) and \
                (_names_only_context(termbase, parameter) or raw.listed and _names_no_quantity(termbase, parameter)):
            # A list of limits of one quantity ('II类器具 0.25 mA；0类器具 0.5 mA', '铅：大米 0.2；小麦 0.2'):
            # the name is said once; an item naming something else ('toluene') is not taken for it.
            concept = indicators[-1].concept
        # A state basis said once for the clause ('The ML applies to the formula as consumed') holds for all; one of
        # several holds from where it is named up to the next ('总尘 … 1；… 0.7。呼尘 … 0.7').
        state = state_before(states, raw.start) if len(states) > 1 else None
        basis = join_basis(raw.basis, state or clause_state)
        if "chemical" not in basis_parts(basis):
            basis = join_basis(_substance_basis(f"{left} {_own_words_after(after)}", termbase, concept), basis)
        unit, basis = fraction_basis(unit, basis, norm.dimension)
        if reference and norm.dimension == _MASS_CONCENTRATION:
            basis = join_basis(basis, reference)  # 'ref. O2 11 %': what the clause's concentrations are corrected to
        for other in references or ():
            if other.basis and other.applies_to(norm.dimension, raw.start):
                basis = join_basis(basis, other.basis)  # 'ref. moisture 12 %', 'ref. simulant acetic acid 4 %'
        confidence = _confidence(raw, parameter, concept, unit, norm)
        ind = Indicator(parameter=parameter, comparator=raw.comparator, value=raw.value, unit=unit, span=span,
                        text=original[span[0]:span[1]].strip(), normalized=norm, low=raw.low, high=raw.high,
                        tolerance=raw.tolerance, basis=basis, conditions=own_conditions, concept=concept,
                        form=termbase.form_of(concept), qualifier=qualifier, explicit=raw.explicit,
                        bare=not raw.explicit and not raw.worded, confidence=confidence,
                        restated=(raw.restated,) if raw.restated else (),
                        decimal_comma=raw.decimal_comma if _unchanged_reading(raw) else None,
                        setting=raw.setting)
        merged = _merge_bounds(indicators[-1], ind, original) if indicators and not raw.lower_end and (
            raw.upper_end or (not _own_name(left) or _other_end_named(left, parameter, indicators[-1])
                              or _same_things_again(left, masked, raw.end, ind.unit)) and not raw.column) else None
        # (bounds in two columns are two limits, not a range, unless the columns are a minimum's and a maximum's)
        if merged:
            indicators[-1] = merged
        elif sharing:
            # '镍和铜均不得超过20 mg/L': one indicator per parameter named, each with the shared value.
            indicators += [replace(ind, parameter=name, concept=c or ind.concept, form=termbase.form_of(c or ind.concept),
                                   basis=join_basis(chemical, *[p for k, p in basis_parts(basis).items()
                                                                if k != "chemical" or not chemical]))
                           for name, c, chemical in sharing]
        elif len(cases := _each_case(qualifier)) > 1:
            # '70 per cent in the case of windscreens, and in the case of other panes': the limit holds in each case
            indicators += [replace(ind, qualifier=case) for case in cases]
        elif len(alternatives.get(id(raw), ())) > 1:
            # 'impact energy 27 J at +20 °C, at 0 °C and at −20 °C': one limit required at each of the points
            indicators += [replace(ind, conditions=reading) for reading in alternatives[id(raw)]]
        else:
            indicators.append(ind)
        previous_end = raw.end
        previous_param = parameter
    return _place_lone_tolerances(indicators, termbase, original)


# ', and in the case of', 'and for', 'or for': the opening words of a case repeated after a coordinator.
_NEXT_CASE = re.compile(r",?\s+(?:and|or)\s+(?:in\s+the\s+case\s+of|for)\s+", re.I)
_CASE_OPENING = re.compile(r"^(?:in\s+)?the\s+case\s+of\s+", re.I)


def _each_case(qualifier: str) -> list[str]:
    """The cases a value's qualifier names one by one, each opened by the same words ('in the case of windscreens, and
    in the case of other panes' -> ['windscreens', 'other panes']; 'for adults and for children'): one limit that
    holds in each of them. A single case ('for adults and children': one group) is not split."""
    if not qualifier or not _NEXT_CASE.search(qualifier):
        return []
    return [_CASE_OPENING.sub("", part).strip() for part in _NEXT_CASE.split(qualifier) if part.strip()]


def _respectively_after_run(raw: _Raw, raws: list[_Raw], position: dict, masked: str) -> str:
    """The words after a run of values starting with this one and ending in 'respectively' ('5 mg/kg and 2 mg/kg
    respectively'), '' when no such run starts here. (A cheap guard first: the word must be in the text.)"""
    if "respectively" not in masked:
        return ""
    at = position[id(raw)]
    end = at
    while end + 1 < len(raws) and end - at < 12 and _SERIES_JOINT.fullmatch(masked, raws[end].end, raws[end + 1].start):
        end += 1
    joints = [masked[a.end:b.start] for a, b in zip(raws[at:end], raws[at + 1:end + 1])]
    after = masked[raws[end].end:raws[end].end + 20]
    return after if respectively_after(joints, after) else ""


def _respective_run(raw: _Raw, raws: list[_Raw], position: dict, main_ids: set, masked: str, left: str,
                    sharing) -> list[_Raw]:
    """The values, this one first, that the names before it share out one by one ('铬和镍分别不大于0.25 %和0.30 %'):
    as many values of one quantity in a row as names (`given_respectively`); [] when they are not so written."""
    at = position[id(raw)]
    run = raws[at:at + len(sharing)]
    if len(run) < len(sharing) or any(id(r) not in main_ids or _dimension_of(r) != _dimension_of(raw) for r in run):
        return []
    last = sharing[-1][0]
    tail = left[left.rfind(last) + len(last):]
    joints = [masked[a.end:b.start] for a, b in zip(run, run[1:])]
    return run if given_respectively(tail, joints, masked[run[-1].end:run[-1].end + 20]) else []


@functools.lru_cache(maxsize=50_000)  # the same words before and after a value, row after row and clause after clause
def _shared_value(left: str, after: str, termbase: Termbase) -> tuple[tuple[str, str, str | None], ...]:
    """`shared_value`, read once for the same words."""
    return tuple(shared_value(left, after, termbase))


@functools.lru_cache(maxsize=4096)  # (the same words row after row)
def _without_condition_names(marked: str, termbase: Termbase) -> str:
    return without_condition_names(marked, termbase)


@functools.lru_cache(maxsize=50_000)  # a table or a list names the same quantity in the same words row after row
@functools.lru_cache(maxsize=50_000)  # (pure in `left`: the same words head value after value)
def _name_words(left: str) -> tuple[str, str]:
    """The words before a value without their basis and unit headings, and the parameter name they give. Only a
    multiplication sign before it ('DL 220 × 110', '841 mm × 1 189 mm') names nothing: the second of two dimensions
    of one item is named as the first is."""
    if "-" in left and (cell := dash_cell_end(left)):
        left = left[cell:]
    left = _strip_units(strip_basis(left))
    if _DIMENSION_SIGN.fullmatch(left):
        return left, ""
    return left, show_digits(clean_parameter(left))


_DIMENSION_SIGN = re.compile(r"\s*[×xX*]\s*")


# A row's item given a dash for its value, a limit the table does not set ('收款台：照度标准值500 lx，UGR —，Ra 80',
# 'Sulphated ash, % —; Water, % 0,05'): the dash closes that item as a value would, and the next value is named by the
# words after it alone. The dash follows a word, not a number (a range '10-, …' is not written so).
_DASH_CELL = re.compile(r"[A-Za-z\u4e00-\u9fff)）%]\s*[-—–]\s*[,，;；]")


def dash_cell_end(left: str) -> int:
    """Where the words naming the next value start, past the last item given a dash for its value (0 when none is)."""
    end = 0
    for m in _DASH_CELL.finditer(left):
        end = m.end()
    return end


def _named_past_asides(indicators: list[Indicator], dimension: str) -> str:
    """The name of the last value of this quantity when only unnamed values of another stand between
    ('偏差应在＋5 %（或20 W，取较大者）至－10 %': the −10 % is the deviation's, past the aside '或20 W')."""
    for earlier in reversed(indicators):
        if earlier.normalized.dimension == dimension:
            return earlier.parameter
        if earlier.parameter:
            return ""
    return ""


_TOLERANCE_WORD = re.compile(r"允差|公差|容差|偏差|(?i:tolerances?|deviations?)")
_WRITTEN_ZERO = re.compile(r"(?<![\d.,])0(?:[.,]0+)?(?![\d.,])\s*(?:°\s?[CF]|℃|℉)?\s*±")


def _zero_on_a_scale(ind: Indicator) -> bool:
    """'(0±1.5)℃', '0 °C ± 1,5 °C': a nominal of zero written on a temperature scale is a point of it (the freezing
    point), not the '± T' of a deviation with no value of its own."""
    return ind.normalized.dimension == "[temperature]" and bool(_WRITTEN_ZERO.search(ind.text))


def _place_lone_tolerances(indicators: list[Indicator], termbase: Termbase, text: str = "") -> tuple[Indicator, ...]:
    """A '± T' with no value of its own: the tolerance of an earlier value of the same quantity ('温度为20.0 ℃
    … 温度允差为±2.0 ℃', 'The tolerance limits are ± 2,0 °C for temperature'), else a bound on a deviation
    ('偏差应在±2 ℃以内', 'within ± 2 mm of the nominal width'): a maximum of T."""
    out: list[Indicator] = []
    # Where the values a tolerance may belong to are in `out` (a stated value with a concept), by dimension: a long
    # table of tolerances is not searched back through every row for each of them.
    stated: dict[str, list[int]] = {}
    for ind in indicators:
        lone = ind.comparator == Comparator.TOLERANCE and ind.value == 0.0 and ind.tolerance \
            and not _zero_on_a_scale(ind)
        if not lone:
            if ind.comparator == Comparator.EQUAL and ind.value is not None and ind.concept \
                    and not stated_point(ind.text, text[ind.span[1]:ind.span[1] + 40]):
                stated.setdefault(ind.normalized.dimension, []).append(len(out))
            out.append(ind)
            continue
        # The quantity the tolerance is of: named after it ('± 2 °C for temperature') or beside the word
        # tolerance ('温度允差'), which itself names no quantity.
        concept = termbase.concept_of(ind.qualifier) or termbase.concept_of(_TOLERANCE_WORD.sub(" ", ind.parameter)) \
            or ind.concept
        candidates = stated.get(ind.normalized.dimension, []) if concept and not names_an_error_bound(ind.parameter) \
            else []  # ('…5 %时，电流误差为±3.0 %': an error's bound, `lists.names_an_error_bound`)
        target = next((j for j in range(len(candidates) - 1, -1, -1)
                       if termbase.related(out[candidates[j]].concept, concept)), None)
        if target is not None:
            base = out[candidates[target]]
            out[candidates.pop(target)] = replace(base, comparator=Comparator.TOLERANCE, tolerance=ind.tolerance,
                                                  explicit=True,
                                                  normalized=normalise(base.value, base.unit, tolerance=ind.tolerance))
            continue
        out.append(replace(ind, comparator=Comparator.MAX, value=ind.tolerance, tolerance=None, explicit=True,
                           normalized=normalise(ind.tolerance, ind.unit)))
    return tuple(out)


def _unchanged_reading(raw: _Raw) -> bool:
    """True when the decimal-comma reading kept on a value still describes it: joining ('65 %，允差为±5 %'), a
    multiple's unit or a restatement change what the numbers mean."""
    if raw.decimal_comma is None:
        return False
    value, low, high, tolerance = raw.decimal_comma
    return (value is None) == (raw.value is None) and (low is None) == (raw.low is None) \
        and (tolerance is None) == (raw.tolerance is None) and raw.restated is None


def _confidence(raw: _Raw, parameter: str, concept: str | None, unit: str, norm: Normalized) -> float:
    score = 1.0
    if concept is None:
        score -= 0.25
    if not parameter:
        score -= 0.2
    if not raw.explicit:
        score -= 0.15 if raw.worded else 0.2
    if not unit:
        score -= 0.15
    elif not norm.known:
        score -= 0.3
    return _two_places(score)


@functools.lru_cache(maxsize=64)  # the score is one of a few sums: round each once (round(x, 2) is slow)
def _two_places(score: float) -> float:
    return round(max(0.05, score), 2)


_LIST_ITEM_WORDS = re.compile(r"(?<![A-Za-z])(?:AQG|guidelines?|guideline values?|levels?|interim targets?|"
                              r"existing|mean|average|values?|limits?)(?![A-Za-z])|平均|限值|浓度", re.I)


# Physical quantities whose values have one dimension (besides multiples and percentages of them).
_QUANTITY_UNITS = {"voltage": "V", "current": "A", "power": "W", "resistance": "ohm", "temperature": "degC",
                   "frequency": "Hz", "energy": "kJ",
                   # a dielectric strength is a withstand voltage or a field strength ('耐压' inside '耐压力性能' is neither)
                   "electric_strength": ("V", "V/mm")}
_LOOSE_DIMENSIONS = ("multiple", "dimensionless", "number")


def _fits_quantity(termbase: Termbase, concept: str, dimension: str) -> bool:
    """False when the concept is a physical quantity (or a narrower one: test voltage) of another dimension than
    the value's; such a name describes something else in the sentence."""
    root = termbase.lineage(concept)[-1]
    units = _QUANTITY_UNITS.get(root)
    if units is None or dimension in _LOOSE_DIMENSIONS or dimension.startswith("multiple of "):
        return True
    return any(normalise(1.0, unit).dimension == dimension for unit in ((units,) if isinstance(units, str) else units))


# Substances whose limits are listed tissue by tissue ('肌肉 50 µg/kg，脂肪 50 µg/kg', 'muscle, fat, liver'): after one
# of them a row naming only fat is a tissue of its list. After a fuel's hydrogen sulfide, 'acid number' is its own.
_LIMITED_PER_TISSUE = frozenset({"veterinary drug", "pesticide", "contaminant", "mycotoxin"})


def _names_only_context(termbase: Termbase, parameter: str, also: str | None = None) -> bool:
    """True when a name is empty or names only context (a food, a kind of appliance) or an averaging period
    ('24小时平均', '8-hour AQG level', 'annual'), no quantity."""
    if parameter and period_keys(parameter):
        rest = _LIST_ITEM_WORDS.sub(" ", _PERIOD_WORDS.sub(" ", parameter)).strip(TRIM + " ")
        if not rest:
            return True
        parameter = rest
    hits = termbase.hits(parameter)
    return not parameter or bool(hits) and all(termbase.is_context(c) or c == also for _, _, c in hits)


_GRADE_LABEL = re.compile(r"(?<![A-Za-z0-9])(?:[0-9]|0I|I{1,3}|IV|V|[一二三四五六七八九十])\s*(?:等|级|类|型)(?:品)?"
                          r"|(?i:grade|class|type|quality)\s+[A-Z0-9]{1,3}(?![A-Za-z0-9])")


_ROW_PART = re.compile(r"[:：|]")


def _sibling_row(termbase: Termbase, previous: Indicator, parameter: str) -> bool:
    """True when the row before named its substance and nothing else ('铝 0.01；总氯 0.1', 'Mn 1,60; P 0,035'): a
    row after it with a name the termbase does not know names another substance, not a case of the one before
    (as '铅：大米 0.2；粳米 0.2' or 'II类器具 0.25 mA；0类器具 0.5 mA' do)."""
    row = _ROW_PART.split(previous.parameter)[-1]
    hits = termbase.hits(row)
    if not hits or any(c != previous.concept for _, _, c in hits) or _names_only_context(termbase, parameter):
        return False
    rest = "".join(row[end:start] for (_, end, _), (start, _, _) in zip([(0, 0, "")] + hits, hits + [(len(row), 0, "")]))
    return not _ROW_REST.sub("", strip_basis(rest))


_ROW_REST = re.compile(r"[\s()（）\[\]:：,，.;；]+")


def _names_no_quantity(termbase: Termbase, parameter: str) -> bool:
    """True when a row's name names no quantity of its own: a grade or class ('2等', '三级', 'class B') or words the
    termbase does not know ('粳米'), under a heading that named the quantity and wrote its unit once."""
    rest = _GRADE_LABEL.sub(" ", parameter)
    return all(termbase.is_context(c) for _, _, c in termbase.hits(rest))


# '绕组平均（用电阻法测量）', '(by winding resistance variation)': how a value is measured, not what it is of.
_METHOD_NOTE = re.compile(r"[(（]\s*(?:用|按|采用|以|(?i:by|using|measured|determined))[^()（）]*[)）]?")
_CONDITION_TAIL = re.compile(r"\s(?:at|under|during|when|if|after)\s", re.I)
_HEADING_BREAK = re.compile(r"\s[-—–]\s|\|")


# Words in quotation marks written before a noun, as its attribute ("'sport', 'energy' or 'electrolyte' drinks",
# '"low-fat" spreads'): they cite the name of a kind of product, they do not name the quantity measured.
_QUOTED = r"(?<![A-Za-z])['‘\"“][A-Za-z][\w -]{0,30},?['’\"”]"
QUOTED_ATTRIBUTE = re.compile(rf"{_QUOTED}(?:\s*,?\s*(?:(?:or|and)\s+)?{_QUOTED})*(?=\s+(?!(?:of|for|in|at|to|on|by|as|is|are|shall|must)\b)[a-z])")


# A sum or total of several substances ('黄曲霉毒素G2、G1、B2和B1的总量', 'sum of aflatoxins B1, B2, G1 and G2').
_SUM_WORDS = re.compile(r"总量|总和|之和|合计|(?<![A-Za-z])(?:sum|total)(?![A-Za-z])", re.I)


def summed_group(termbase: Termbase, parameter: str, named: str) -> str:
    """The group a name sums when it names two or more substances of one group and says it is their sum or total
    ('含黄曲霉毒素G2、黄曲霉毒素G1、黄曲霉毒素B2和黄曲霉毒素B1的总量': aflatoxins, not the B1 written last, which would
    make it another chemical form than 'total aflatoxins'); else the concept named."""
    if not _SUM_WORDS.search(parameter):
        return named
    lineage = termbase.lineage(named)
    group = lineage[-1] if len(lineage) > 1 else named
    members = [c for _, _, c in termbase.hits(parameter)]
    if len(members) < 2 or group == named and named not in members[:-1]:
        return named
    return group if all(group in termbase.lineage(c) for c in members) else named


# A bracket that names what a row leaves out ('Oils and fats (excluding coconut oil)', '乳制品（不包括黄油）'): its words
# name no concept of the row's value.
_EXCLUSION = re.compile(r"[(（]\s*(?:(?i:excluding|except|other than|not including)\s|不包括|不含|除)[^()（）]*[)）]")


@functools.lru_cache(maxsize=16)  # (the termbase is hashed by identity)
def broader_than_a_form(termbase: Termbase) -> frozenset[str]:
    """Every concept some form (`Termbase.form_of`: 'inorganic_arsenic') is narrower than ('arsenic'): the only
    concepts whose narrower form `_concept` looks for in the words around a value."""
    return frozenset(broader for concept in termbase.parents if termbase.form_of(concept)
                     for broader in termbase.lineage(concept)[1:])


@functools.lru_cache(maxsize=50_000)  # (the termbase is hashed by identity)
def _concept(termbase: Termbase, parameter: str, left: str, after: str) -> str | None:
    """The concept of a parameter; the words around the value may name a narrower form of it that cleaning
    cut or that follows the value ('Mercury (inorganic):', '铬（六价）', '0.2 mg/kg of inorganic arsenic')."""
    parameter, left = QUOTED_ATTRIBUTE.sub(" ", parameter), QUOTED_ATTRIBUTE.sub(" ", left)
    if "(" in parameter or "（" in parameter:
        parameter = _EXCLUSION.sub(" ", parameter)
    if "(" in left or "（" in left:
        left = _EXCLUSION.sub(" ", left)
    # After a heading ('蛋白质、脂肪和碳水化合物指标 — 蛋白质', 'Lead — Meat: …'), the row's own words name it.
    parameter = _METHOD_NOTE.sub(" ", parameter)
    parts = _HEADING_BREAK.split(parameter)
    # English names the quantity before the conditions it is measured under ('leakage current at 1.06 times the
    # rated voltage', 'temperature-rise limits at continuous rated power').
    head = _CONDITION_TAIL.split(parts[-1], 1)[0] if " " in parts[-1] else ""
    if head and any(a < len(head) < b for a, b, _ in termbase.hits(parts[-1])):
        head = ""  # 'elongation at break' is one term: 'at' does not start a condition inside it
    row = len(parts) > 1 and termbase.concept_of(parts[-1])
    if row and termbase.roles.get(row) == "component" and any(termbase.is_context(c) for _, _, c in termbase.hits(parts[-1])):
        row = termbase.concept_of(parameter)  # '阿莫西林 — 肌肉、脂肪、肝': fat is a tissue here, the drug is named
    named = (head != parts[-1] and termbase.concept_of(head)) or row \
        or termbase.concept_of(parameter) or termbase.concept_of(_METHOD_NOTE.sub(" ", left))
    if not named:
        return named  # (no narrower form of nothing: the words around are not looked up)
    group = summed_group(termbase, parameter, named)
    if group != named:
        return group  # (the sum of its forms: no one form of it, whatever the words around name)
    if named not in broader_than_a_form(termbase):
        return named  # (speed: no form of it in the termbase, so the words around name none; not looked up)
    for words in (left, after):
        around = termbase.concept_of(words)
        if around and around != named and named in termbase.lineage(around) and termbase.form_of(around):
            return around
    return named


_MASS_CONCENTRATION = "[mass] / [length] ** 3"


def fraction_basis(unit: str, basis: str | None, dimension: str) -> tuple[str, str | None]:
    """The unit and basis of a value: the kind a percentage states ('% (V/V)', '%vol', '% mass fraction') moves to
    the basis, so the unit is the percentage ('%') and 'mass fraction' meets '质量分数'; a fraction kind read from
    the words around a value that is no fraction ('µm', '°C' beside '（质量分数）') is dropped."""
    plain, kind = fraction_kind(unit)
    if kind:
        unit, basis = plain, join_basis(basis, kind)
    if dimension != "dimensionless" and "fraction" in basis_parts(basis):
        basis = join_basis(*[p for k, p in basis_parts(basis).items() if k != "fraction"])
    return unit, basis


def _written_unit(raw: _Raw, original: str, where: list[int]) -> str:
    if not raw.unit_span or raw.unit.startswith("× "):
        return raw.unit
    written = original[where[raw.unit_span[0]]:where[raw.unit_span[1] - 1] + 1]
    if written == raw.unit:
        return written  # (speed: most units are written as read, and then both are known or neither: no pint look-up)
    # '百分之五' became '5%': its '%' has no characters of its own in the original.
    return written if is_known(written) == is_known(raw.unit) else raw.unit


def _ratio_to_one(raw: _Raw, leads: list[tuple[int, int]]) -> None:
    """A number right after a blanked '1:' (RATIO_TO_ONE_LEAD: 'taper 1:19.922', '1∶9') is a ratio to one, its unit
    '1:' a plain number as the ':1' of '5:1' is: '1:100' meets '100:1', and a ratio with no word stating it is a
    value still."""
    if not raw.unit and any(b == raw.start for _, b in leads):
        raw.unit = "1:"


def _is_indicator(raw: _Raw) -> bool:
    # A bare number with neither unit nor comparator is a count, an item or an id, not a limit; unless a table's
    # column names what it is and its row keys it ('Steel balls' over '10' in row 'A1S': `_keyed_row_cells`).
    return bool(raw.unit) or raw.explicit or raw.worded or bool(raw.column and raw.name_after)


def _lead_space(text: str) -> int:
    stripped = text.lstrip(TRIM + " ")
    return len(text) - len(stripped) if stripped else len(text) - 1 if text else 0


def _dimension_of(raw: _Raw) -> str:
    return normalise(raw.value, raw.unit, low=raw.low, high=raw.high, tolerance=raw.tolerance).dimension


# A basis named by a substance rather than a formula: '以苯甲酸计', '以乙酸计', 'as benzoic acid', 'calculated as acetic
# acid', 'as residual sulfur dioxide'.
_NAMED_BASIS = re.compile(r"以\s*([\u4e00-\u9fff][\u4e00-\u9fff0-9A-Za-z]{1,11}?)\s*计"
                          r"|(?<![A-Za-z])as\s+(?:residual\s+)?([a-z][a-z\-]+(?:\s+[a-z][a-z\-]+){0,2})", re.I)


def _substance_basis(words: str, termbase: Termbase, own: str | None = None) -> str | None:
    """'as <concept>' when the words express a value as another substance the termbase knows ('以乙酸计' and
    'calculated as acetic acid' for total acid both give 'as acetic_acid', so the two compare); None for anything
    else ('as consumed', '以干基计'), and for the limit's own substance or a form of it ('expressed as inorganic
    arsenic' names the form, which the concept already carries)."""
    if "以" not in words and "as " not in words.lower():
        return None
    known = basis_parts(basis_in(words)).get("chemical")
    if known:
        return known  # 'calculated as nitrate' is 'as NO3', as '以NO3⁻计' is
    for m in _NAMED_BASIS.finditer(words):
        concept = termbase.concept_of(m.group(1) or m.group(2))
        if concept and own and termbase.related(concept, own):
            continue
        if concept and termbase.fields.get(concept) in _SUBSTANCE_BASES:
            return f"as {concept}"
    return None


# Where the words after a value stop being its own: a semicolon, or a comma before Chinese words, opens the next item
# of a list, whose name and basis follow ('氟化物1.0 mg/L，硝酸盐（以N计）10 mg/L': 以N计 is the nitrate's); an English
# comma before 'as nitrate' does not.
_NEXT_ITEM = re.compile(r"[；;]|[，,](?=\s*[\u4e00-\u9fff])")


def _own_words_after(after: str) -> str:
    """The words after a value up to where the next item of a list opens (`_NEXT_ITEM`)."""
    return _NEXT_ITEM.split(after, 1)[0]


_SUBSTANCE_BASES = frozenset({"contaminant", "food additive", "nutrient", "pollutant", "composition", "water",
                              "pesticide", "veterinary drug", "mycotoxin"})


def _heads(condition: _Raw, raw: _Raw, conditions: list[_Raw], mains: list[_Raw]) -> bool:
    """Whether a condition qualifies this limit. A condition that heads what follows it ('（200 ℃）≥ 20 min',
    'rated load 1 000 kg: …', '小于2 m时，…') qualifies the limits after it, up to the next such condition of its
    quantity; one that trails its limit ('± 2 % for temperatures from 0,1 °C to 30 °C and ± 3 % for …') only the
    limit right before it; any other qualifies every limit of its sentence."""
    if condition.trails:
        return raw.start < condition.start and not any(raw.start < m.start < condition.start for m in mains)
    if not condition.closed:
        return True
    if condition.start > raw.start:
        return False
    # A later heading of the same quantity, after a limit of the first, takes over ('小于2 m时，…；大于等于2 m时，…').
    dimension = _dimension_of(condition)
    return not any(c is not condition and c.closed and condition.start < c.start < raw.start
                   and _dimension_of(c) == dimension and any(condition.start < m.start < c.start for m in mains)
                   for c in conditions)


# Points of one quantity written as one list after its name ('pH 4.0、7.0和9.0', 'pH 4,0, 7,0 and 9,0').
_POINT_LIST_JOINT = re.compile(r"\s*(?:[,、]|和|及|或|,?\s*(?:and|or))\s*")


def _alternative_readings(mains: list[_Raw], conditions: list[_Raw], headed: dict[int, tuple[Condition, ...]],
                          masked: str, where: list[int], original: str, ends: list[int] | None = None
                          ) -> dict[int, list[tuple[Condition, ...]]]:
    """The limits (by id) whose sentence states points of one quantity that cannot all hold at once
    (`alternative_points`), each with its readings: the conditions `_headed_conditions` gave it less the points
    that are another limit's or another reading's. Only conditions that qualify every limit of their sentence
    (neither closed nor trailing) are points here; one reading is an ordinary limit, several are one limit each."""
    if len(conditions) < 2 or not mains:
        return {}
    if ends is None:
        ends = _sentence_end_starts(masked)
    sentences: dict[int, tuple[list[_Raw], list[_Raw]]] = {}
    for raw in mains:
        sentences.setdefault(bisect.bisect_left(ends, raw.start), ([], []))[0].append(raw)
    for c in conditions:
        if not (c.closed or c.trails) and c.comparator == Comparator.EQUAL and c.low is None and c.high is None \
                and c.tolerance is None and bisect.bisect_left(ends, c.start) in sentences:
            sentences[bisect.bisect_left(ends, c.start)][1].append(c)
    out: dict[int, list[tuple[Condition, ...]]] = {}
    for limits, points in sentences.values():
        if len(points) < 2:
            continue
        limits.sort(key=lambda r: r.start)
        points.sort(key=lambda r: r.start)
        dimensions = [_dimension_of(p) for p in points]
        if len(set(dimensions)) == len(dimensions):
            continue
        listed = frozenset(k for k, (p, q) in enumerate(zip(points, points[1:]))
                           if _POINT_LIST_JOINT.fullmatch(masked, p.end, q.start))
        found = alternative_points([r.start for r in limits], [(p.start, d) for p, d in zip(points, dimensions)], listed)
        made = [_condition(p, masked, where, original) for p in points]
        points_made = set(made)
        layouts: dict[int, tuple[list[int], dict[Condition, list[int]]]] = {}
        for raw, readings in zip(limits, found):
            if len(readings) == 1 and len(readings[0]) == len(points):
                continue
            own = headed.get(id(raw), ())
            if id(own) not in layouts:  # (the limits of a sentence share their conditions' tuple: laid out once)
                layouts[id(own)] = _own_layout(own, points_made)
            out[id(raw)] = [_reading_of(own, *layouts[id(own)], {made[j] for j in reading}) for reading in readings]
    return out


def _own_layout(own: tuple[Condition, ...], points: set[Condition]) -> tuple[list[int], dict[Condition, list[int]]]:
    """Where in a limit's conditions are those that are no point (kept in every reading), and each point."""
    kept: list[int] = []
    at: dict[Condition, list[int]] = {}
    for k, c in enumerate(own):
        if c in points:
            at.setdefault(c, []).append(k)
        else:
            kept.append(k)
    return kept, at


def _reading_of(own: tuple[Condition, ...], kept: list[int], at: dict[Condition, list[int]],
                reading: set[Condition]) -> tuple[Condition, ...]:
    """The conditions of `own` that are no point or one of the reading's points, in their order: `own` itself when
    that is all of them (a one-sentence table repeating one condition row after row is not copied for each row)."""
    groups = [at[c] for c in reading if c in at]
    if len(kept) + sum(map(len, groups)) == len(own):
        return own
    return tuple(own[k] for k in sorted(kept + [k for group in groups for k in group]))


def _conditions_read(raws: list[_Raw], mains: list[_Raw], conditions: list[_Raw], where: list[int], ends: list[int]
                     ) -> list[tuple[int, int]]:
    """The spans of the conditions that were read: those that became limits, those of a series, and those in a
    sentence that holds a limit they can qualify. A condition alone in a sentence with no limit ('At each normal
    stress, measure the flow at hydraulic gradients of 0,1 and 1,0.') qualifies nothing: its numbers stay unread,
    listed for the reviewer, never silently dropped. `ends`: where the sentences of the text end (SENTENCE_END),
    needed only when there are both limits and conditions (with no limit, no condition left is read)."""
    kept = {id(r) for r in conditions}
    with_limit = {bisect.bisect_left(ends, r.start) for r in mains} if kept else set()
    return [(where[r.start], where[r.end - 1] + 1) for r in raws if r.condition and (
        id(r) not in kept or bisect.bisect_left(ends, r.start) in with_limit)]


def _headed_conditions(mains: list[_Raw], conditions: list[_Raw], masked: str, where: list[int],
                       original: str, ends: list[int] | None = None) -> dict[int, tuple[Condition, ...]]:
    """The conditions of each limit (by id), in the order of `conditions`: those of its sentence that qualify it
    (`_heads`). The same answer as asking `_heads` of every limit and every condition, without its cost on a long
    one-sentence table (which made it grow with the cube of the table's length): each condition is read once, a
    heading's reach is found once (up to the next heading of its quantity after a limit), a trailing condition's
    limit is the last one before it, and the limits of a sentence whose conditions all qualify every limit share
    one tuple."""
    if not conditions or not mains:
        return {}
    if ends is None:  # (where the sentences end, unless the caller found it)
        ends = _sentence_end_starts(masked)
    ordered = sorted(mains, key=lambda r: r.start)
    starts = [r.start for r in ordered]
    main_sentence = [bisect.bisect_left(ends, a) for a in starts]
    groups: dict[int, list[int]] = {}  # sentence -> indices into `conditions`
    for k, c in enumerate(conditions):
        groups.setdefault(bisect.bisect_left(ends, c.start), []).append(k)
    # Closed conditions by dimension, their starts sorted: where the next heading of a quantity takes over (a
    # closed condition that trails its own limit still ends the reach of an earlier heading, as in `_heads`).
    dimension = {k: _dimension_of(c) for k, c in enumerate(conditions) if c.closed}
    closed_starts: dict[str, list[int]] = {}
    for k, dim in dimension.items():
        closed_starts.setdefault(dim, []).append(conditions[k].start)
    for values in closed_starts.values():
        values.sort()
    made: dict[int, Condition] = {}
    out: dict[int, tuple[Condition, ...]] = {}
    for number, members in groups.items():
        lo, hi = bisect.bisect_left(main_sentence, number), bisect.bisect_right(main_sentence, number)
        if lo == hi:
            continue  # no limit in this sentence
        every = [k for k in members if not conditions[k].trails and not conditions[k].closed]
        extra: dict[int, list[int]] = {}  # position in `ordered` -> further condition indices
        for k in members:
            c = conditions[k]
            if c.trails:
                # the limits right before it: start below the condition's, with no limit between
                last = bisect.bisect_left(starts, c.start) - 1
                if last < 0:
                    continue
                first = bisect.bisect_left(starts, starts[last])
                reach = range(max(first, lo), min(last + 1, hi))
            elif c.closed:
                # from the condition on, up to (and at) the next closed heading of its quantity that comes after
                # a limit following this condition
                after = bisect.bisect_right(starts, c.start)
                cut = None
                if after < len(starts):
                    later = closed_starts[dimension[k]]
                    j = bisect.bisect_right(later, starts[after])
                    cut = later[j] if j < len(later) else None
                first = bisect.bisect_left(starts, c.start)
                last = bisect.bisect_right(starts, cut) if cut is not None else len(starts)
                reach = range(max(first, lo), min(last, hi))
            else:
                continue
            for position in reach:
                extra.setdefault(position, []).append(k)
        shared = None
        for position in range(lo, hi):
            chosen = sorted(every + extra[position]) if position in extra else every
            if not chosen:
                continue
            for k in chosen:
                if k not in made:
                    made[k] = _condition(conditions[k], masked, where, original)
            if chosen is every:
                if shared is None:
                    shared = tuple(made[k] for k in every)
                out[id(ordered[position])] = shared
            else:
                out[id(ordered[position])] = tuple(made[k] for k in chosen)
    return out


def _own_case_only(conditions: tuple[Condition, ...], case: _Raw) -> tuple[Condition, ...]:
    """The conditions of a limit less those of the quantity of `case`, the case written right before it for it alone,
    other than that case: '最高温度为40 ℃时，相对湿度不超过50 %，…（如20 ℃时为90 %）' states the 90 % at 20 ℃, not at
    40 ℃ and 20 ℃."""
    norm = normalise(case.value, case.unit, low=case.low, high=case.high, tolerance=case.tolerance)
    return tuple(c for c in conditions if c.normalized.dimension != norm.dimension or c.normalized == norm)


def _conditions_alone(conditions: list[_Raw], mains: list[_Raw], text: str) -> list[_Raw]:
    """The conditions of sentences that state no limit of their own, nor trail one ('wind at a speed of 12,5 m/s.')."""
    starts = [m.start for m in mains]  # (in text order: only the nearest limit on each side can share the sentence)

    def shares(c: _Raw) -> bool:
        k = bisect.bisect_left(starts, c.start)
        return any(_same_sentence(text, c, mains[j]) for j in (k - 1, k) if 0 <= j < len(mains))

    return [c for c in conditions if c.unit and not (c.trails or c.opened or c.closed)
            and not shares(c)]  # ('在两个平面间': a count, no quantity)


# A joint of two requirements of one sentence: 'and', '并', '且', '同时' (after a comma or not).
_AND_THEN = re.compile(r"(?<![A-Za-z])and(?![A-Za-z])|并|且|同时")


def levels_beside_a_bound(conditions: list[_Raw], mains: list[_Raw], text: str) -> list[_Raw]:
    """'exposed at a field strength of 30 V/m in over 90 % of the band and a minimum of 25 V/m over the whole band',
    '在…频点上承受有效值为30 V/m的场强，并在整个频率范围内承受不低于25 V/m的场强': a plain value read as a condition
    ('at', '在'), joined by 'and' / '并' to a maximum or minimum of the same quantity later in its sentence, is a
    level the clause requires of that quantity, not the condition of a limit on it: a quantity does not qualify
    itself. A condition that closes a case ('在环境温度为40 ℃时，…不超过70 ℃') or trails a value as its scope stays a
    condition, and so does one after a value of its quantity, or before one with no 'and' between them."""
    found = []
    dimensions: dict[int, str] = {}  # (each limit's dimension, worked out once for all the conditions)
    for c in conditions:
        if c.comparator != Comparator.EQUAL or c.explicit or not c.unit or c.trails or c.opened or c.closed \
                or c.value is None or _CLOSES_A_CASE.search(text, c.start, c.end):
            continue
        dimension = _dimension_of(c)
        # (The first value of its quantity on each side in its sentence: one before it is the limit it qualifies,
        # 'shall not exceed 70 °C at an ambient of 40 °C'; one after it with no 'and' between is too, 'at 40 °C,
        # the enclosure shall not exceed 70 °C and …'.)
        alike = [m for m in mains if m.unit and (dimensions.get(id(m)) or dimensions.setdefault(
            id(m), _dimension_of(m))) == dimension and _same_sentence(text, c, m)]
        if any(m.start < c.start for m in alike):
            continue
        m = next((m for m in alike if m.start > c.end), None)
        if m is not None and m.explicit and m.comparator in (Comparator.MAX, Comparator.MIN) \
                and _AND_THEN.search(text, c.end, m.start):
            found.append(c)
    return found


# A condition closed by 时 / 下 / 条件下 says when a limit holds ('在环境温度为40 ℃时'), whatever follows.
_CLOSES_A_CASE = re.compile(r"(?:时|下|环境)$")


_RATE_THEN_STOP = re.compile(r"(?<=/min)\.\s+(?=[A-Z])")
_STEP_BREAK = re.compile(r"[,，;；。]|\.\s")  # (a colon leads a heading's value: '密度（20 ℃）：720 kg/m³')


def step_settings(conditions: list[_Raw], mains: list[_Raw], text: str) -> list[_Raw]:
    """The conditions that are settings of a procedure's step: 'Stir for 5 min at 1 500 r/min', 'measure the
    absorbance at 880 nm', '转种于10 mL TTB内', '在700 nm波长下，以水做参比，测定吸光度'. A value introduced as a
    condition ('at', 'for', '在', '于') qualifies a limit ('insulation resistance at 70 °C not less than …'); in a
    sentence that states no limit (none of its values a maximum or minimum, no word of limit in it) there is none to
    qualify: the value is a setting the step requires, read as an indicator of its own. A condition that trails a
    value as its scope ('18 L for items with widths from 50 mm to 56 mm'), or closes a case ('小于2 m时'), or has no
    unit, stays a condition; so does one that says when ('额定功率30 kW时效率为92.9 %') or heads the value right after it
    in its clause ('密度（20 ℃）：720 kg/m³', 'efficiency at 30 kW 92.9 %'), or stands in brackets after a name
    ('density (at 15 °C), 720 kg/m³ to 775 kg/m³'): it is that value's case, or that name's."""
    starts = sorted(r.start for r in (*mains, *conditions))
    is_main = {r.start for r in mains}

    def heads_a_value(c: _Raw) -> bool:
        k = bisect.bisect_right(starts, c.start)
        return k < len(starts) and starts[k] in is_main and not _STEP_BREAK.search(text, c.end, starts[k]) \
            and not _FOR_ITS_DURATION.fullmatch(text, c.end, starts[k]) and not under_for_a_step(c)

    def under_for_a_step(c: _Raw) -> bool:
        return _UNDER_FOR_A_STEP.search(text, c.start, c.end + 8) is not None \
            or _STEP_VERB_AFTER.match(text, c.end) is not None

    def says_when(c: _Raw) -> bool:
        # ('喇叭声级在距车前2 m、离地高1.2 m处测量时，其值应为…': the case closes after the words of its place)
        # ('在1级为0.004Ib、2级为0.005Ib（cosφ=1）时': up to the end of its clause)
        stop = _STEP_BREAK.search(text, c.end)
        if under_for_a_step(c):
            return False  # ('在130 ℃～133 ℃条件下烘干1 h': the step is done under the setting)
        return bool(_WHEN_ENDING.search(text, c.start, c.end) or _CASE_CLOSING.search(
            text, c.end, stop.start() if stop else len(text)))

    # (a wavelength read at, a pH a step is done at, is the setting of its own step, though it trails a time or the
    # sentence states a limit)
    out = [c for c in conditions if (c.unit or _done_at_a_ph(c, text)) and not says_when(c) and not heads_a_value(c)
           and not _bracketed(text, c.start)
           and (_measured_at_a_wavelength(c, text) or _done_at_a_ph(c, text)
                or c.unit and not (c.trails or c.closed and not under_for_a_step(c))
                and _states_no_limit(c, mains, conditions, text))]
    return _listed_with_a_setting(out, conditions, text) if out else out


# The wavelength a reading is taken at ('于540 nm波长处测量吸光度', '在700 nm波长下测定', 'measure the absorbance at 540 nm',
# 'absorbance is read at 410 nm'): the setting of its own step, even when another step of the sentence states a limit
# ('allow at least 15 min for colour development and measure the absorbance at 540 nm').
_WAVELENGTH_THEN_READING = re.compile(r"\s*(?:的)?波长(?:处|下)")
_READING_AT = re.compile(r"(?:measur\w*|read\w*|determin\w*)(?:\s+(?:the|its|of|is|are|be))*\s+(?:absorbance|transmittance|"
                         r"fluorescence|emission|intensity|optical\s+density)[^,;.]{0,30}?\s+at\s*$|(?:absorbance|"
                         r"transmittance|fluorescence)\s+(?:is|are|shall\s+be)\s+(?:measured|read|determined)\s+at\s*$", re.I)


# The pH a step is done at ('develop the colour at pH 1,9 ± 0,1', '在pH 1.8±0.3下显色'): the setting the step requires, as
# 'adjust to pH 6,5' is, not the case of the time the step takes.
# (Not the first of a list of points, 'at pH 4.0, 7.0 and 9.0', '在pH 4.0、7.0和9.0的缓冲溶液中': the cases a test is run in.)
_AT_A_PH = re.compile(r"(?:(?<![A-Za-z])at|在|于)\s*(?:a\s+)?pH\s*(?:of\s*)?$")
_MORE_POINTS = re.compile(r"\s*(?:[、,，]|和|或|and\s|or\s)\s*\d")


def _done_at_a_ph(c: _Raw, text: str) -> bool:
    """True when condition `c` is a pH with no unit introduced by 'at', 在 or 于, no list of points."""
    return not c.unit and "pH" in text[max(0, c.start - 12):c.start] \
        and _AT_A_PH.search(text[max(0, c.start - 16):c.start]) is not None and not _MORE_POINTS.match(text, c.end)


def _measured_at_a_wavelength(c: _Raw, text: str) -> bool:
    """True when condition `c` is a wavelength in nm that a reading is taken at, by the words either side of it."""
    if c.unit != "nm":
        return False
    return _WAVELENGTH_THEN_READING.match(text, c.end) is not None \
        or _READING_AT.search(text[max(0, c.start - 70):c.start]) is not None


_AND_ONLY = re.compile(r"\s*(?:,\s*)?(?:and|或|和|及|、)\s*", re.I)


def _listed_with_a_setting(settings: list[_Raw], conditions: list[_Raw], text: str) -> list[_Raw]:
    """'measure the absorbance at 232 nm and 268 nm in a 1 cm cell': a point listed with a setting by 'and', in its
    dimension, is a setting of the step too, whatever value comes after it."""
    chosen = {id(c) for c in settings}
    for c in conditions:
        if id(c) in chosen or not c.unit:
            continue
        mate = next((s for s in settings if s.end <= c.start and _AND_ONLY.fullmatch(text, s.end, c.start)), None)
        if mate is not None and _dimension_of(mate) == _dimension_of(c):
            settings.append(c)
            chosen.add(id(c))
    return sorted(settings, key=lambda r: r.start)


_CASE_CLOSING = re.compile(r"时|的时候|条件下")
# '在X条件下' followed at once by the verb of a step ('在130 ℃～133 ℃条件下烘干1 h', '于105 ℃条件下干燥2 h'): a setting
# the step is done under, in a sentence with no limit, not the case a limit holds in.
_UNDER_FOR_A_STEP = re.compile(r"\s*(?:的)?条件下\s*(?:烘干|干燥|加热|保温|培养|放置|浸泡|搅拌|振荡|振摇|离心|灼烧|灰化|煮沸|回流|蒸馏|静置|存放|贮存|处理|老化|测定|进行)")
# The same with 下 alone, a vessel (…中) or nothing between the setting and the verb ('在550 ℃下灼烧3 h', '在98 ℃水浴中
# 加热60 min', '在103 ℃烘干后'): the setting of the step the verb names, not the case of the time after it.
_STEP_VERB_AFTER = re.compile(r"\s*(?:下|[\u4e00-\u9fff]{1,4}?中)?\s*(?:烘干|干燥|加热|保温|培养|浸泡|搅拌|振荡|振摇|离心|灼烧|"
                              r"灰化|煮沸|回流|蒸馏|静置|老化)")
# A setting and then the time the step lasts ('Centrifuge at 3 500 r/min for 10 min', 'heat at 70 °C for a period of
# 10 min'): two settings of one step, the first no case of the second, as in 'Stir for 5 min at 1 500 r/min'.
_FOR_ITS_DURATION = re.compile(r"\s*(?:and\s+)?for\s+(?:a\s+(?:total|period)\s+of\s+|at\s+least\s+)?", re.I)


def _bracketed(text: str, start: int) -> bool:
    """True when `start` stands inside brackets opened a few words before it ('density (at 15 °C)')."""
    opening = max(text.rfind("(", max(0, start - 30), start), text.rfind("（", max(0, start - 30), start))
    return opening != -1 and not _BRACKET_CLOSING.search(text, opening, start)


_BRACKET_CLOSING = re.compile(r"[)）]")


# The verb of a procedure's step right before the amount or the setting it takes ('Add 0,5 ml', 'Immediately add 30
# ml', 'Transfer 1 ml', '加入30 mL', '移取1 mL', '取出加100 mL水', '再注入5 mL浓硫酸').
_STEP_VERBS_EN = ("add", "transfer", "pipette", "weigh", "pour", "inject", "introduce", "dilute", "dissolve", "fill", "heat",
                  "incubate", "stir", "shake", "swirl", "centrifuge", "boil", "rinse", "wash", "immerse", "titrate",
                  "set", "raise", "wait", "dry", "cool", "keep", "maintain", "leave", "place", "apply", "adjust")
_STEP_VERBS_ZH = ("加入", "加至", "移取", "吸取", "量取", "称取", "另取", "注入", "转种", "接种", "放置", "保持", "加热", "培养", "搅拌",
                  "振摇", "摇动", "离心", "煮沸", "稀释", "溶解", "滴定", "浸泡", "浸没", "冲洗", "洗涤", "干燥", "冷却", "施加", "调节")
_STEP_VERB = starting_with(word_starts(_STEP_VERBS_EN + _STEP_VERBS_ZH, re.I),
                           r"(?<![A-Za-z])(?:" + "|".join(_STEP_VERBS_EN) + r")(?![A-Za-z])|"
                           + "|".join(_STEP_VERBS_ZH) + r"|加(?=\s*\d)", re.I)
_CLAUSE_MARK = re.compile(r"[,，;；:：。]")


def step_amounts(mains: list[_Raw], conditions: list[_Raw], text: str) -> list[_Raw]:
    """The stated values that are settings of a procedure's step: 'Add 0,5 ml of saturated potassium iodide
    solution', '准确加入1.00 mL饱和碘化钾溶液', 'Transfer 1 ml of the culture', '移取1 mL': a value with no word of kind
    and its unit, taken by the step's verb in its own clause, in a sentence that states no limit. What a step adds,
    takes or sets is one value, never the maximum of a list of limits (`Indicator.setting`)."""
    out = []
    for raw in mains:
        if raw.comparator != Comparator.EQUAL or raw.explicit or raw.setting or not raw.unit:
            continue
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, max(0, raw.start - 80), raw.start)]
        clause = text[marks[-1] if marks else max(0, raw.start - 80):raw.start]
        if _STEP_VERB.search(clause) and _states_no_limit(raw, mains, conditions, text):
            out.append(raw)
    return out


_NUMBER_AT = re.compile(_NUM)


def _counts_of_things(raws: list[_Raw], mains: list[_Raw], conditions: list[_Raw], text: str
                      ) -> tuple[list[_Raw], list[_Raw]]:
    """The counts of things a procedure's step takes, parts or repeats ('Cut four specimens', 'Normally tear four plies
    together', 'Fill the mould in three layers', 'Three replicate test groups, each of ten bees', '剪取4块试样', '分别加入三块平板',
    '共进行6次击穿'), and the things a rule counts in a run in a row ('连续9点落在…', 'nine points in a row', 'two out of
    three points in a row', `constructions.thing_in_a_row`): a whole number of two or more with no unit nor word of
    kind, before the things it counts (`constructions.counted_thing`), in a sentence that states no limit. Each is one
    value the step requires (`Indicator.setting`), in the counter's unit when the unit system knows it ('块', 'plies'),
    else a plain number. Also the values that are the length of a run things are counted out of ('out of three'),
    which are none."""
    out: list[_Raw] = []
    runs: list[_Raw] = []
    for raw in raws:
        if raw.condition or raw.series or raw.comparator != Comparator.EQUAL or raw.explicit \
                or raw.worded and not _OF_BEFORE.search(text, max(0, raw.start - 6), raw.start) \
                or raw.value is None or raw.value < 2 or raw.value != int(raw.value):
            continue  # ('each of ten bees', 'groups of five animals': the 'of' of the things, no word of a limit)
        number = _NUMBER_AT.match(text, raw.start)
        # (not an ordinal, '第4次'; nor the parts a heading lists, '电极：两个金属圆柱体', but a run a labelled rule
        # counts, 'Test 2: nine points in a row', whose length, when the things are counted out of it, is no value)
        thing, run = thing_in_a_row(text, number.end(), raw.start) if number else ("", None)
        if not thing and number and text[raw.start - 1:raw.start] != "第" \
                and not text[max(0, raw.start - 3):raw.start].rstrip().endswith(":"):
            thing = counted_thing(text, number.end(), raw.start)
        # (a counter the unit system does not know, '试样3份', is no unit; nor the things taken for one, '10 bees')
        if raw.unit and not (len(raw.unit) == 1 and not is_known(raw.unit)) and raw.unit != thing:
            continue
        if thing and (_states_no_limit(raw, mains, conditions, text) or counted_by_the_step(
                text, raw.start, text.find(thing, number.end()) + len(thing))):  # ('测量5次', 'Make five': step_counts)
            raw.unit = thing if is_known(thing) and _COUNTED_UNIT.fullmatch(thing) else ""
            raw.end = max(raw.end, number.end() + (len(thing) + (text[number.end()] == " ") if thing in text[
                number.end():number.end() + 2] else 0))
            raw.worded = raw.setting = True
            out.append(raw)
            runs.extend(r for r in raws if run and r.start == run[0])
    return out, runs


_OF_BEFORE = re.compile(r"(?<![A-Za-z])of\s+$")
_COUNTED_UNIT = re.compile(r"[块片个只根粒件次]|plies|layers|plates|discs|hammers|tablets|capsules|doses|breakdowns|"
                           r"specimens|samples|pieces|strokes")


def _states_no_limit(raw: _Raw, mains: list[_Raw], conditions: list[_Raw], text: str) -> bool:
    """True when the sentence of `raw` states no limit: none of its values is a maximum or a minimum, and no word of
    limit stands between them."""
    start = _sentence_start(text, 0, raw.start, 0)
    end = _sentence_end_from(text, raw.end, len(text))
    end = len(text) if end is None else end
    # ('… at 1 500 r/min. For oils …': a rate's 'min.' ends its sentence, though 'min.' alone may be a minimum)
    start = max((m.end() for m in _RATE_THEN_STOP.finditer(text, start, raw.start)), default=start)
    stop = _RATE_THEN_STOP.search(text, raw.end, end)
    end = stop.start() + 1 if stop else end
    if any(start <= m.start < end and m.comparator in (Comparator.MAX, Comparator.MIN) for m in mains):
        return False
    # (the words between the values: a unit after a number, '30 min', is no minimum)
    words, at = [], start
    for r in sorted((r for r in (*mains, *conditions) if start <= r.start < end), key=lambda r: r.start):
        words.append(text[at:r.start])
        at = max(at, r.end)
    words.append(text[at:end])
    return not any(kind in (Comparator.MAX, Comparator.MIN) for _, kind in bound_words(" ".join(words)))


def _same_sentence(text: str, a: _Raw, b: _Raw) -> bool:
    lo, hi = sorted((a.start, b.start))
    return not _ends_sentence(text, lo, hi)


_CONDITION_WORDS_AFTER = re.compile(r"\s*(?:的时候|条件下|时|的)$")


def _condition(raw: _Raw, masked: str, where: list[int], original: str) -> Condition:
    name = show_digits(clean_parameter(masked[raw.left_start:raw.start])) or "condition"
    norm = normalise(raw.value, raw.unit, low=raw.low, high=raw.high, tolerance=raw.tolerance)
    text = original[where[raw.start]:where[raw.end - 1] + 1]
    if text[-1:] in ")）" and text.count("(") + text.count("（") < text.count(")") + text.count("）"):
        text = text[:-1].rstrip()  # the bracket a condition was read in closes after it ('（200 ℃）')
    text = _CONDITION_WORDS_AFTER.sub("", text) or text  # '小于2 m时', '130 km/h的': the value alone
    return Condition(parameter=name, text=text, normalized=norm, value=raw.value, low=raw.low, high=raw.high,
                     tolerance=raw.tolerance, unit=raw.unit or "", span=(where[raw.start], where[raw.end - 1] + 1))


# A grade, class or type named by a letter in brackets ('（A级）', '（B类）', '（S型）'): the letter is no unit.
_NOT_A_CLASS = r"(?!(?<=[(（\[][A-Z])[级类型等号]|(?<=[(（\[][A-Z]{2})[级类型等号])"
# A numbered grade's letter name in brackets ('4级（A）3.5～4.0', 'class 130 (B):'): no unit (see the construction).
_GRADE_LETTER = NUMBERED_CLASS_LETTER


# (A unit label, '单位：dB(A)', 'Units: mg/L', is group 5; a weighting in brackets after 'dB' is no unit of its own.)
# A unit heading in brackets may carry the conditions or basis after it ('(mg/Nm³, standardised at 11 % oxygen)',
# '(g/l ready to use)'); a unit after the '/' of another unit ('mg/Nm³') is its denominator, no heading.
# (Speed: `starting_with` names the characters a match can start with, a new branch must keep to them.)
_UNIT_IN_NAME = starting_with(r"/,，\s(（\[ieH单uU|", rf"(?:/|,|，)?\s*(?<!dB)(?<!dB ){_GRADE_LETTER}[(（\[]\s*(?:±\s*)?(?:in\s+)?({_UNIT})"
                           # (or what the unit is per, right after it: '（mg/kg干污泥）', '（mg/kg体重）', '(mg/l NH3)';
                           # not the word of a class after a letter: '（A级）', '（B类）', '（S型）' name a grade, no ampere)
                           r"(?:(?:\s*[,，;]\s*[^()（）\[\]]{1,60}?|\s+[a-z][^()（）\[\]]{0,60}?|" + _NOT_A_CLASS +
                           r"[\u4e00-\u9fff]{1,8}"
                           r"|\s+[A-Z][A-Za-z]?\d{0,2}[A-Za-z]?\d?)?\s*[)）\]]"
                           r"|\s*[,，;]\s*[^()（）\[\]]{1,60}$)"
                           rf"|(?:(?<![A-Za-zμ0-9²³])/|,(?!\s*(?:(?:values?|dimensions?)\s+)?in\s)(?:\s*(?:total|sum|content)(?=\s))?|\|(?=[^|]{{1,14}}\|)|(?<=[\u4e00-\u9fff)）])\s(?=[A-Za-zμµ%°Ω][^\u4e00-\u9fff\d]{{0,14}}?\s*(?:[≤≥<>]|不低于|不高于|不大于|不小于|不超过)))\s*({_UNIT})(?:\s+(?:of\s+)?[a-z]{{2,12}}){{0,3}}\s*(?=[,:|]|\s*[≤≥<>]|\s+-\s|$"
                           # a qualifier in brackets between the unit and the colon or bound ('Moisture, % (mass
                           # fraction): 62,0 to 68,5', '不皂化物/%（压榨可可脂）≤0.35')
                           r"|[(（][^()（）\d]{1,24}[)）]\s*(?:[:：≤≥<>]|不低于|不高于|不大于|不小于|不超过)"
                           r"|\s*(?:不低于|不高于|不大于|不小于|不超过|不得超过|不应超过)"
                           # a row's item between the unit and its bound ('/% 煎炸过程中的食用植物油 ≤ 27', '/℃ 冬季不高于−6')
                           r"|\s*[\u4e00-\u9fff]{1,16}\s*[≤≥<>]|\s*[\u4e00-\u9fff]{1,12}?(?:不低于|不高于|不大于|不小于|不超过))"
                           rf"|(?<![A-Za-z])(?:in|expressed in)\s+({_UNIT})(?=\s*[,:;()（）]|\s*$|\s+(?:relative|on|of|for)\b)"
                           r"|(?<![A-Za-z])(HV|HBW|HRC|HRB)\s*(?:,[^:;]{0,20})?[:：]?\s*$"
                           rf"|(?:单位|(?<![A-Za-z])(?i:units?))\s*[:：为]\s*({_UNIT})")
# Text without any of these holds no unit written before a value: the full pattern is not run on it.
_HEADING_HINT = re.compile(r"[(（\[/|]|[\u4e00-\u9fff)）]\s+[A-Za-zμµ%°]|,\s*\S|(?<![A-Za-z])in\s|H[VBR]|单位|(?i:units?)\s*[:：]")
# How a fraction is taken, not a unit of the value ('(V/V)', 'm/m').
_NOT_HEADING_UNITS = {"V/V", "v/v", "m/m", "w/w", "m/V", "V/m", "mol/mol"}


def _strip_units(text: str) -> str:
    if not _HEADING_HINT.search(text):
        return text  # no unit in brackets, after '/' or ',', 'in' or a hardness scale: nothing to strip
    if "/10" in text or "/¹⁰" in text:
        text = _POWER_HEADING.sub(" ", text)
    # A unit in brackets ('(mg/kg)') is taken as written; after a comma only a unit known as such (', mg/kg'),
    # never a name ('，HC', '，Ra' the colour rendering index).
    return _UNIT_IN_NAME.sub(lambda m: " " if m.group(1) and _accept_unit(m.group(1))
                             or m.group(2) and is_known(m.group(2).strip()) and not names_an_index(m.group(2).strip())
                             and not symbol_not_unit(m.group(2))  # (',PM 0.025 g/kWh': a symbol; fixpair38)
                             or m.group(4) or m.group(5)
                             else m.group(0), text)


def _unit_before(text: str) -> str:
    """A unit written in a table heading or before the value ('铅(以Pb计)/(mg/kg) ≤ 0.2', '锌(Zn)/(mg/kg) ≤ 25',
    'maximum content in mg/kg (ppm) ...: cadmium 0,5', '水（质量分数）/10⁻⁶ ≤ 5')."""
    m = _heading_unit_match(text)
    if m:
        unit = _accept_unit(m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5))
        # A reference quantity's symbol before a number names the value ('UGR 19, U0 0.60': the uniformity U0),
        # never its multiple: that is written after the number ('0,9 Un').
        return "" if unit.startswith("× ") else unit
    power = _POWER_HEADING.search(text) if "/10" in text or "/¹⁰" in text else None
    return show_digits(power.group(1)) if power else ""


# A unit a heading states as one of its items: the last item of a bracketed list ('铅限量指标（以Pb计，mg/kg）：',
# '噪声级（A声级，dB）：', '(daily mean, mg/L), grade A:'), an item between dashes ('Evaporation residue — mg/kg —
# max.'), or the last word before the heading's colon ('pressure dew point °C: 1, ≤ −70', 'concentration mg/m3:',
# '% max.: C 0,17'). After it comes only the rest of the heading: words with no number, or a colon and the first
# row's label ('1级 ≤', 'C ').
_ITEM_OPEN = r"(?:(?:(?<=[(\[])|(?<=,)|(?<=\s-))\s*|(?<=[A-Za-z\u4e00-\u9fff)])\s+)"
_HEADING_ITEM = re.compile(
    rf"{_ITEM_OPEN}(?P<u>{_UNIT})\s*(?:(?P<shut>[)\]])|(?P<item>,|\s-(?=\s))|(?P<colon>(?:\s*(?i:max|min)\.?)?\s*:))")
# Capitals alone name things in a heading ('(AQL)', 'DMA:', 'TN'), however a unit system would read them: a heading's
# unit writes a small letter or a sign ('mg/L', 'MPa', '%', '℃', 'µm'); and a longer word is a word ('Number of
# specimens:'), however it counts.
_ACRONYM = re.compile(r"[A-Z]+\d*")
_AFTER_HEADING_ITEM = re.compile(r"[^\d:]*(?::[^:]*)?")
_SPOKEN_WEIGHTING = re.compile(r"(?<![A-Za-z])([ACZ])\s?(?:声级|计权|-?weighted)")


_ROW_STOP = re.compile(r"[;；。\n]")
# The word of a class, grade or type right before a letter or two ('class m', 'tolerance classes f and m', 'grade C',
# 'type S', 'category N'): the letters label the class, whatever unit they spell.
_LABEL_WORD_BEFORE = re.compile(r"(?<![A-Za-z])(?i:class(?:es)?|grades?|types?|categor(?:y|ies)|groups?|series|"
                                r"levels?|sizes?|forms?|kinds?)\s+(?:[A-Za-z]{1,2}\s+(?:and|or)\s+|[A-Za-z]{1,2},\s*)?\s*$")


def _sole_number(left: str, text: str, raw: _Raw) -> bool:
    """True when a value is the only number of its row after a heading's colon ('Speed, r/min: 1 400'): no label
    before it ('1, ≤ −70' is a class and its limit) nor another number after it in the row."""
    colon = max(left.rfind(":"), left.rfind("："))
    if colon < 0 or any(ch.isdigit() for ch in left[colon:]):
        return False
    stop = _ROW_STOP.search(text, raw.end)
    return not any(ch.isdigit() for ch in text[raw.end:stop.start() if stop else len(text)])


@functools.lru_cache(maxsize=50_000)  # (the words before a clause's first value come back clause after clause)
def heading_item_unit(left: str) -> tuple[str, bool]:
    """The unit a heading states as one of its items for the values after it (see _HEADING_ITEM), or '', and
    whether it heads the rows after this one too (a heading closed by a colon) or only its own row ('Evaporation
    residue — mg/kg — max. 60'). A weighting the heading names ('A声级', 'A-weighted') goes with a level in
    decibels: 'dB(A)'."""
    if "（" in left or "：" in left or "，" in left or "—" in left:
        left = fold(left)[0]  # (text as written; the reader passes it folded)
    if ":" not in left and ")" not in left and " -" not in left:
        return "", False
    for m in reversed(list(_HEADING_ITEM.finditer(left))):
        rest = left[m.end():]
        if ":" in rest if m.group("colon") else not _AFTER_HEADING_ITEM.fullmatch(rest):
            continue  # (after the heading's colon, the first row's label: '1级 ≤', 'grade 1,')
        if m.group("item") and ":" not in rest and len(rest.strip()) > 12:
            continue  # ('lead, mg/kg, in fish and …': running words, no heading closed before the value)
        if not left[m.start():m.start("u")].strip() and not m.group("colon") and m.start() \
                and left[m.start() - 1].isalnum():
            continue  # a word then a unit is a heading item only right before the heading's colon
        if len(m.group("u").strip()) <= 2 and m.group("u").strip().isalpha() \
                and _LABEL_WORD_BEFORE.search(left, max(0, m.start("u") - 24), m.start("u")):
            continue  # ('class m: ± 0,1', 'grade A:', 'type S:': a letter after a class's word is its label, no unit)
        unit = _accept_unit(m.group("u").strip())
        if not unit or unit in _NOT_HEADING_UNITS or unit.startswith("×") or not reads_as_unit(unit) \
                or _ACRONYM.fullmatch(unit) or (unit.isalpha() and len(unit) > 5):
            continue
        if unit == "dB" and (weighting := _SPOKEN_WEIGHTING.search(left, max(0, m.start() - 24), m.end())):
            unit = f"dB({weighting.group(1)})"
        return unit, bool(m.group("colon")) or ":" in rest
    return "", False


_POWER_COLUMN = re.compile(r"/\s*(10\^?\s?-\s?\d{1,2})(?![\d.,])(?=\s*(?:[≤≥<>:：;；]|不|$))")
# A column head's unit written as a power of ten ('四氟化碳（质量分数）/10⁻⁶ ≤ 100', folded to '/10^-6'): the values are
# in millionths (a mass fraction in mg/kg when the heading says 质量分数), the heading's digits no value of their own.
# (Its digits may be hidden as a designation's: '/¹⁰^-⁶'.)
_POWER_HEADING = re.compile(r"/\s*((?:10|¹⁰)\^?\s?-\s?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹.,])(?=[^\d/]{0,24}$)")


@functools.lru_cache(maxsize=50_000)  # asked of the same words for the unit and for the row (_unit_of_row_only)
def _heading_unit_match(text: str) -> re.Match | None:
    """The last place in `text` that writes a unit for the value after it (see `_unit_before`), or None."""
    if not _HEADING_HINT.search(text):
        return None
    for m in reversed(list(_UNIT_IN_NAME.finditer(text))):
        unit = _accept_unit(m.group(1) or m.group(2) or m.group(3) or m.group(4) or m.group(5))
        if unit and unit not in _NOT_HEADING_UNITS and (is_known(unit) or _UNIT_COLUMN.match(m.group(0))) \
                and not _bound_word_before_value(unit, text, m) and not _index_named_last(unit, text, m):
            return m
    return None


# The symbols of the chemical elements. In a composition ('Si 0.20～0.6，Fe≤0.35，Mg 0.45～0.9', 'C≤0.030，Cr 21.00～
# 23.00，N 0.08～0.20') a symbol before a value names the element, though it spells a unit ('Mg' megagrams, 'N' newtons,
# 'Pa', 'T', 'S', 'C').
ELEMENTS = frozenset(
    "H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se Br Kr Rb Sr Y Zr Nb "
    "Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au "
    "Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu".split())
# Another element's value earlier in the list: its symbol, then a bound or a number ('Fe≤0.35', 'Cu max. 0,10',
# 'Si 0,20').
_ELEMENT_VALUE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]?)\s*(?:[≤<≥>]|(?:max|min)\.?\s*|(?=\d))\s*\d")


_LAST_SYMBOL = re.compile(r"(?<![A-Za-z])([A-Z][a-z]?)\s*(?:[≤<≥>]|(?:max|min)\.?)?\s*$")


def element_of_a_composition(unit: str, left: str, text: str, start: int) -> bool:
    """'，Mg 0.45～0.9' after 'Fe≤0.35，Cu≤0.10': the symbol of an element right before a value (`left` ends with it)
    in a list of elements' contents is the value's name, never a unit written before it. The list shows itself by
    two other elements' symbols before values earlier in the text (up to `start`, where the symbol's words begin)."""
    if unit not in ELEMENTS or not re.search(rf"(?<![A-Za-z]){unit}\s*(?:[≤<≥>]|(?:max|min)\.?)?\s*$", left):
        return False
    return len({e.group(1) for e in _ELEMENT_VALUE.finditer(text, max(0, start - 400), start)
                if e.group(1) in ELEMENTS and e.group(1) != unit}) >= 2  # (two: 'F≥5 kN，N 500' is a force)


def _index_named_last(unit: str, text: str, m: re.Match) -> bool:
    """'(0,5 mol/l, pH 8,5)', '，Ra 80': after a comma, the name of a quantity on a scale of its own right before the
    value ('pH', 'Ra', `names_an_index`) is the value's name, never a heading unit (pH is no picohenry)."""
    return m.group(2) is not None and unit == m.group(2).strip() and names_an_index(unit) \
        and not text[m.end():].strip()


# A column head's unit in brackets after '/' ('酸度/(°T)'): a unit as written, even one the reader does not know (it is
# then reported as unknown), never a name.
_UNIT_COLUMN = re.compile(r"/\s*[(（]")
_BOUND_UNIT_WORDS = frozenset({"min", "min."})
_UP_TO_VALUE = re.compile(r"[\s.:：]*")


def _bound_word_before_value(unit: str, text: str, m: re.Match) -> bool:
    """'Flash point, °C, min: 38', 'Cetane index, min 40': 'min' right before the value is its bound word
    (a minimum), never a heading in minutes; the unit, if any, is the one written before it."""
    return unit in _BOUND_UNIT_WORDS and bool(_UP_TO_VALUE.fullmatch(text, m.end())) \
        and not _DURATION_NAME.search(text, max(0, m.start() - 40), m.start())


_DURATION_NAME = re.compile(r"(?i:time|duration|period|interval)|时间|时长")


# ('Flash point, °C, min: 38': a unit between commas, then the bound word, is the row's own too.)
_ROW_OWN_TAIL = re.compile(r"[\s)）\],，]*(?:(?:不低于|不高于|不大于|不小于|不超过|不得超过|不应超过|应不大于|应不小于|"
                           r"(?i:max\.?|min\.?|maximum|minimum))[:：]?)?\s*[≤≥<>=]?\s*")


def _unit_of_row_only(left: str) -> bool:
    """'润滑性 校正磨痕直径（60 ℃）/μm ≤ 460；十六烷值 ≥ 51': a unit written right before the bound and the value
    is that value's own, not a heading for the rows after it, as '/(mg/kg)：鱼类 0.1；甲壳类 0.5' or
    '水分含量/% 籼米 ≤ 14.5；粳米 ≤ 15.5' are."""
    m = _heading_unit_match(left)
    if m is None:
        return False
    unit_end = next(m.end(g) for g in range(1, 6) if m.group(g))
    return bool(_ROW_OWN_TAIL.fullmatch(left, unit_end))


@functools.lru_cache(maxsize=50_000)  # (pure in `left`: asked of the same words row after row of a table)
def _own_name(left: str) -> bool:
    return bool(clean_parameter(_strip_units(strip_basis(left))))


# A bound word closing the words before a value: '最大值', '最小', 'MAX', 'min.', 'maximum:'.
_BOUND_WORD_LAST = re.compile(r"(?:最[大小]值?|(?<![A-Za-z])(?i:max(?:imum)?|min(?:imum)?)\.?)\s*[:：]?\s*$")
_BOUND_WORD_ALONE = re.compile(r"[\s,，;；:：]*(?:最[大小]值?|(?i:max(?:imum)?|min(?:imum)?)\.?)\s*[:：]?\s*")


def _other_end_named(left: str, parameter: str, previous: Indicator) -> bool:
    """'蛋白质：最小值 0.45，最大值 0.70', '直径最大值20.0 mm，最小值19.7 mm', 'mean launched power MIN +1.5 dBm; mean
    launched power MAX +5 dBm': after a bound of a quantity, a bound word alone (its name said once) or with the
    same name said again names the other end of that quantity: the two are one range (`_merge_bounds` checks that
    one is a minimum and the other a maximum)."""
    if previous.comparator not in (Comparator.MIN, Comparator.MAX) or not _BOUND_WORD_LAST.search(left):
        return False
    if _BOUND_WORD_ALONE.fullmatch(left):
        return True
    return bool(parameter) and (previous.parameter == parameter or previous.parameter.endswith(f": {parameter}")
                                or previous.parameter.endswith(f":{parameter}"))


# The words between two bounds of one count or amount: the things the first counts, the coordinator, the second bound
# word, and 'the equivalent of' before an amount stated as another substance's ('not less than 50 flashes and not more
# than 70 flashes', 'not less than 99.0 % and not more than the equivalent of 101.0 %').
_BETWEEN_BOUNDS = re.compile(r"\s*(?P<things>[a-z][a-z\-]*(?:\s+[a-z][a-z\-]*)?)?\s*,?\s*and\s+(?:shall\s+|should\s+|"
                             r"must\s+)?(?:be\s+)?(?:not\s+(?:more|greater|higher|less|fewer|lower)\s+than|no\s+(?:more|"
                             r"less|fewer)\s+than|not\s+exceed(?:ing)?|at\s+(?:most|least))\s+"
                             r"(?P<equivalent>the\s+equivalent\s+of\s+)?$", re.I)


def _same_things_again(left: str, text: str, end: int, unit: str) -> bool:
    """'not less than 50 flashes and not more than 70 flashes per minute', 'not less than 99.0 % and not more than the
    equivalent of 101.0 %': the words before the second bound are the things the first counts, said again after the
    second value (or the amount restated as another's), no name of a quantity of their own: the two bounds are one
    quantity's (`_merge_bounds` checks that one is a minimum and the other a maximum)."""
    m = _BETWEEN_BOUNDS.fullmatch(left)
    if m is None or not (m.group("things") or m.group("equivalent")):
        return False
    things = m.group("things")
    return things is None or text[end:end + len(things) + 2].lstrip().lower().startswith(things.lower()) \
        or unit.lower().startswith(things.lower())  # ('70 flashes per minute' read as its unit)


# 'shall not exceed 40 °C and shall not be less than −15 °C', '不超过40 ℃，且不低于-15 ℃': a ceiling, then a floor
# added to it in words that deny each side. The keys hold these as two limits, a maximum and a minimum (the order
# of a range, low then high, 'not less than X and not more than Y', stays one range).
_CEILING_THEN_FLOOR = re.compile(r"(?:not\s+(?:be\s+)?(?:exceed|more\s+than|greater\s+than|higher\s+than)|不超过|不大于|不高于|"
                                 r"不多于)\s*[-−–+]?\d[^,，;；。]*?[,，]?\s*(?:and|且|并且)\s*(?:shall\s+|should\s+|must\s+|应\s*)?"
                                 r"(?:not\s+(?:be\s+)?(?:less|lower|fewer)\s+than|不低于|不小于|不少于)", re.I)


_PERIOD_AFTER = re.compile(r"\s*(?:per\s+\S|/\s*\S)")


def _merge_bounds(first: Indicator, second: Indicator, original: str) -> Indicator | None:
    """'不低于6.5且不高于8.5': a minimum then a maximum of the same quantity is one range."""
    bounds = {first.comparator, second.comparator}
    if bounds != {Comparator.MIN, Comparator.MAX}:
        return None
    if first.unit and second.unit != first.unit and _PERIOD_AFTER.match(second.unit, len(first.unit)) \
            and second.unit.startswith(first.unit):
        # 'not less than 40 times and not more than 60 times per minute': the period, said once at the end, is the
        # first count's too
        first = replace(first, unit=second.unit, normalized=normalise(first.value, second.unit))
    # '> 10 and ≤ 16 A': the unit written once, after the second bound, holds for both.
    if first.normalized.dimension != second.normalized.dimension and (first.unit and second.unit):
        return None
    if first.comparator == Comparator.MAX and (_CEILING_THEN_FLOOR.search(original, first.span[0], second.span[1])
                                               or ceiling_then_named_floor(original, first.span[0], second.span[1])):
        return None  # ('does not exceed +35 °C; the lower limit is −5 °C': two limits; named_floor)
    if first.comparator == Comparator.MIN and signed_floor_and_ceiling(original, first.span[0], second.span[1]):
        return None  # ('≥ 42,5 MPa and ≤ 62,5 MPa': two limits, as the keys hold them)
    if unit_said_once_fails(first, second, original):
        return None  # ('does not exceed 6 000 per container equal to or greater than 10 µm': two, not one range)
    low, high = (first, second) if first.comparator == Comparator.MIN else (second, first)
    unit = second.unit or first.unit
    low_value = _in_unit_of(low.value, low.unit, unit)  # 'greater than 100 kΩ and … 1 000 MΩ'
    high_value = _in_unit_of(high.value, high.unit, unit)
    if low_value is not None and high_value is not None and low_value > high_value:
        return None  # ('< 0,000 5 W/m² for …, ≥ 0,15 W/m² for …': a maximum below the minimum, two cases' limits)
    span = (first.span[0], second.span[1])
    return Indicator(parameter=first.parameter, comparator=Comparator.RANGE, value=None, unit=unit, span=span,
                     text=original[span[0]:span[1]].strip(),
                     normalized=normalise(None, unit, low=low_value, high=high_value), low=low_value,
                     high=high_value, basis=first.basis or second.basis,
                     conditions=first.conditions or second.conditions, concept=first.concept,
                     restated=tuple((None, lo[0], hi[0], lo[3]) for lo in low.restated for hi in high.restated
                                    if lo[3] == hi[3]))


_SYMBOL = {"max": "≤", "min": "≥", "equal": "="}


def describe(ind: Indicator) -> str:
    """A short reading of an indicator: '≤ 0.2 mg/kg (as Pb)', '6.5–8.5', '(23 ± 2) °C at 23 °C'."""
    unit = f" {ind.unit}" if ind.unit else ""
    if ind.comparator == "range":
        text = f"{format_number(ind.low)}–{format_number(ind.high)}{unit}"
    elif ind.comparator == "tolerance":
        text = f"({format_number(ind.value or 0.0)} ± {format_number(ind.tolerance)}){unit}"
    else:
        symbol = _SYMBOL[ind.comparator] if ind.explicit else ""
        text = f"{symbol} {format_number(ind.value)}{unit}".strip()
    if ind.basis:
        text += f" ({ind.basis})"
    for condition in conditions_shown(ind):
        text += f" at {condition}"
    return text


# The words between the two ends of a band of conditions ('above 120 mm up to and including 180 mm').
_BAND_ENDS_JOINT = re.compile(r"\s*(?:up\s+to\s+and\s+including|up\s+to|to|至|～|~)\s*", re.I)


def conditions_shown(ind: Indicator) -> list[str]:
    """The conditions of `ind` as shown: two ends of one band that the clause writes 'X up to and including Y' (each
    a condition of its own) shown as one band, 'X–Y mm', as a band read whole is; any other condition as written."""
    shown: list[str] = []
    conditions = ind.conditions
    k = 0
    while k < len(conditions):
        first = conditions[k]
        second = conditions[k + 1] if k + 1 < len(conditions) else None
        if second is not None and first.value is not None and second.value is not None and first.low is None \
                and second.low is None and first.tolerance is None and second.tolerance is None \
                and first.unit == second.unit and first.value < second.value \
                and ind.span[0] <= first.span[1] <= second.span[0] <= ind.span[1] \
                and _BAND_ENDS_JOINT.fullmatch(ind.text, first.span[1] - ind.span[0], second.span[0] - ind.span[0]):
            unit = f" {first.unit}" if first.unit else ""
            shown.append(f"{format_number(first.value)}–{format_number(second.value)}{unit}")
            k += 2
            continue
        shown.append(_without_frame_end(first.text))
        k += 1
    return shown


# The end of a Chinese condition's frame left on its text: the 下 of '在140 ℃下' and the 的 of '相对湿度为75%的条件下'
# (never the 下 of 以下, 'or below', which is part of the condition).
_FRAME_END = re.compile(r"(?<=[0-9A-Za-z%℃°Ωμµ²³])\s*(?:下|的)$")


def _without_frame_end(text: str) -> str:
    """`text` without the 下 or 的 that closes the frame around it ('140 ℃下' -> '140 ℃', '75%的' -> '75%')."""
    return _FRAME_END.sub("", text) or text


# ------------------------------------------------------------------------------------------ quick tests (speed)


def _may_name_a_tolerance(text: str) -> bool:
    """False when `text` has no word _TOLERANCE_NAMED_HINT finds: '容差', '允差' or 'tolerance' in any case (asked of
    every clause; the case-ignoring pattern is tried at every letter, the words are looked for as substrings)."""
    return "容差" in text or "允差" in text or "允许偏差" in text or "toleranc" in caseless(text)


def _may_end_in_condition(left: str) -> bool:
    """False when CONDITION_BEFORE finds nothing in `left`: its English branches end in a space ('at ', 'under the '),
    its Chinese ones hold 在 or 于 (asked of the words before every value; the pattern is tried at every a, u, w, m, d,
    r and t)."""
    return left[-1:].isspace() or "在" in left or "于" in left


def _may_say_for(left: str) -> bool:
    """False when _FOR_BEFORE finds nothing in `left`: it holds no 'for', 'when' nor 'where' in any case (the
    case-ignoring pattern is tried at every position), and it does not open with 'On' or 'In' followed later by
    'having' or 'with' (the pattern's other branch, anchored at the start)."""
    low = caseless(left)
    return "for" in low or "whe" in low or bool(_OPENS_ON_IN.match(low)) and ("having" in low or "with" in low)


_OPENS_ON_IN = re.compile(r"\s*(?:on|in)\s")
