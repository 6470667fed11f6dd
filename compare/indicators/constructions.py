"""Small named constructions that attach quantities to parameters, each a pure function with its own tests.

The extractor (compare.indicators.extract) finds values and reads the words around each; these functions
recognise the ways standards share, restate or split a quantity:

- `shared_value`:      "镍和铜均不得超过20 mg/L", "arsenic, lead and cadmium: 0.05 mg/kg each" -> one
                       indicator per parameter named, all with the one value.
- `without_condition_names`: "热效率，温度为10 ℃～30 ℃时为85 %" -> the limit is named '热效率'; '温度' names the band of
                       its condition, no quantity of the limit nor one more sharing its value.
- `stated_tolerance`:  "相对湿度为65 %，允差为±5 %", "65 %, tolerance ± 5 %" -> one tolerance (65 ± 5) %.
- `one_sided_deviation`: "输入功率 +4 %", "efficiency − 3 %" -> deviations allowed on one side: [0, 4] %, [−3, 0] %;
                       "+7 %，−10 %" -> one range [−10, 7] %.
- `alternative_reference`: "≤120 mg/100 g或100 mL", "0,5 g per 100 g (solids) or 100 ml (liquids)" -> one limit,
                       per 100 g or per 100 mL; the second amount is no value of its own.
- `within`:            "火焰应在2 s内熄灭" -> '在 V 内' bounds a time or distance: a maximum.
- `names_an_index`:    "统一眩光值UGR 19", "Ra 80", "safety factor 5", "换算系数6.25" -> a bare number after the name of a quantity
                       measured on a scale of its own is its value.
- `row_label_tolerance`: "容量允差：100 mL为±0.5 mL", "deviation: up to 500 g, ± 5 g" -> the value labels a row;
                       the tolerance is a maximum deviation of its own.
- `restated_value`:    "60 kcal (251 kJ)" -> the second value restates the first in another unit: one indicator.
- `restated_in_air`:   "0,37 mg/m³ (0,3 ppm)", "0,1 ppm (0,124 mg/m³)" -> a concentration in air restated as a volume
                       ratio, or the other way round: one indicator.
- `reference_before`:  "每100 kJ不低于0.45 g", "per 100 kcal: protein 1.8 g" -> the amount the value refers to
                       ('/100 kJ') belongs to the next value's unit.
- `reference_oxygen`:  "按基准含氧量9 %折算", "以11 % O₂作为换算基准", "at a standardised O2 content of 6 %",
                       "standardised at 11 % oxygen" -> the oxygen content a flue-gas concentration is corrected to:
                       a basis of the clause's concentrations ('ref. O2 9 %'), never a limit of its own.
- `averaging_periods`: "24小时平均", "日最大8小时平均", "24-hour", "LAeq,16h", "(8 h)" -> the time a concentration or a
                       level is averaged over: part of the limit's name (a key for pairing), never a value.
- `period_distance`:   'period ceiling' vs 'period 0.25h' -> 1.2 decades, vs 'period 8h' -> 2.7: of limits over other
                       periods, the nearest is the likelier counterpart; more than two decades apart (`periods_apart`),
                       none is.
- `multiple_reference`: "爆破压力不应小于水压试验压力的1.6倍" -> the quantity a multiple multiplies ('水压试验压力'): neither
                       the limit's name nor its bound ('最大工作压力的4倍' is no maximum).
- `level_measure`:     "53 dB Lden", "45 dB Lnight", "LEX,8h = 87 dB(A)", "声压级峰值140 dB(A)", "等效声级" -> which
                       measure of a sound level a limit is on: a basis ('level Lden'), so a day-evening-night level
                       never reads as stricter or looser than a daytime LAeq.
- `symbol_multiple`, `defined_symbols`, `symbol_fractions`, `upper_end_after_symbol`: "节流孔厚度e应在0.005D与0.02D之间",
                       "hfP = 1.25m（m为模数）", "保护导体截面积为S/2", "between e and 0,05D" -> multiples of a symbol
                       ('× D', '× m', 0.5 × S) and a maximum whose lower end is another quantity.
- `formula_terms`:     "Ri = 100 − 4,6 ΔEi" -> two constants of a formula, no range.
- `kelvin_restated`, `symbol_units`: "858 K (585 °C)" -> one temperature; "PN 16 … (PN in bar)" -> 16 bar.
"""

from __future__ import annotations

import bisect
import functools
import math
import re

from compare.terms.termbase import Termbase
from compare.indicators.tuples import opens_with_tuple_names
from compare.indicators.each_pair import two_definite_names, without_opening_phrase
from compare.indicators.step_counts import verb_straight_before

# Between two parameters of one shared value: a coordinator, possibly after a basis in brackets.
_COORDINATION = re.compile(r"^\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:和|及|与|、|以及|,|，|;|and|&|or|,\s*and)\s*"
                           r"(?:the\s+)?$", re.I)
_SUM = re.compile(r"总和|之和|总量|合计|(?<![A-Za-z])(?:sum|total) of(?![A-Za-z])", re.I)
_ANY_COORDINATOR = re.compile(r"和|及|与|、|,|，|;|&|(?<![A-Za-z])(?:and|or)(?![A-Za-z])", re.I)
# Words saying that one value holds for each parameter named.
_EACH_BEFORE = re.compile(r"均|各|都|皆|分别不|(?<![A-Za-z])(?:all|both|each)(?![A-Za-z])", re.I)
_EACH_AFTER = re.compile(r"^\s*(?:[)）])?\s*(?:each|apiece|for each|per substance|for both|for all)\b", re.I)
_BASIS = re.compile(r"以\s*([A-Za-z][A-Za-z0-9+\-]*)\s*计|\bas\s+([A-Z][A-Za-z0-9]*[+\-]?)")
_NAME_ONLY = re.compile(r"^[\s:：,，()（）、的限值量为是应不得超过均各都皆]*$")


# ------------------------------------------------------------------------------------------------ a condition's name

# Put by the caller where it took a condition's value out of the words before a limit: '…误差，温度为0.1 ℃～30 ℃时为±2 %'
# leaves '…误差，温度为⁣为'.
CONDITION_MARK = "\u2063"
# A name straight before such a mark, with '为', '是', ':' or '=' between: the quantity of that condition. (A name with
# nothing between is the limit's own: the condition taken out starts with its opening word or bracket, 'plate count at
# 30 °C', '持续时间（50 Hz）'.)
_BEFORE_A_CONDITION = re.compile(rf"\s*(?:为|是|[:：=])\s*{CONDITION_MARK}")


def without_condition_names(marked: str, termbase: Termbase) -> str:
    """The words before a limit (`marked`, a condition's value taken out at each CONDITION_MARK) without the names of
    those conditions' quantities, each mark a space ('最大允许误差，温度为⁣为' -> '最大允许误差，   为 为'; 'efficiency,
    temperature = ⁣: ' -> 'efficiency,   =  : '): '温度' names the band the error is stated for, not the quantity of
    the limit, nor one more quantity sharing its value. A name is one the termbase knows, with '为', '是', ':' or '='
    between it and the mark. Same length as `marked`."""
    chars = list(marked)
    for start, end, concept in termbase.hits(marked):
        if not termbase.is_context(concept) and _BEFORE_A_CONDITION.match(marked, end):
            words = _WORDS_OF_A_NAME.search(marked, max(0, start - 6), start)
            start = words.start() if words else start  # ('试验温度': the whole name, not '试验' left over)
            chars[start:end] = " " * (end - start)
    return "".join(chars).replace(CONDITION_MARK, " ")


# The Chinese words glued before a name the termbase knows, up to '的' or a mark ('试验' in '试验温度').
_WORDS_OF_A_NAME = re.compile(r"(?:(?!的)[\u4e00-\u9fff])+$")


def shared_value(left: str, after: str, termbase: Termbase) -> list[tuple[str, str, str | None]]:
    """The parameters that share one value, as (name as written, concept, chemical basis 'as Pb' or None);
    an empty list when the words before the value name fewer than two, or do not share it.

    `left` is the text from the start of the sentence to the value; `after` the words after it. The names the
    termbase knows are found first; a list of names it does not all know ('钙、铁、铝、镁、钠、钾 均≤0.5') is taken
    as written (`enumerated_names`) when it names more.
    """
    if not _ANY_COORDINATOR.search(left) or _SUM.search(left):
        return []  # '三卤甲烷（三氯甲烷、…的总和）', 'the sum of lead and cadmium': one value for all together
    found = _shared_by_terms(left, after, termbase)
    if found and not any(concept for _, concept, _ in found):
        return found  # foods or tissues the termbase lists ('肌肉、脂肪、肝'): its list is the one to trust
    listed = without_opening_phrase(enumerated_names(left, after)) or two_definite_names(left, says_each_after(after))
    listed = listed if len(listed) >= 2 else []  # ('For toys, lead and …': the opening phrase is no name, `each_pair`)
    concepts = [termbase.concept_of(name) or "" for name in listed]
    if len(listed) == 2 and not any(concepts):
        return found  # two words of no known quantity ('纵向和横向', 'warp and weft'): directions, sides, not names
    if len(listed) > len(found):
        known = {name: (concept, chemical) for name, concept, chemical in found}
        return [(name, *known.get(name, (concept, None))) for name, concept in zip(listed, concepts)]
    return found


def _shared_by_terms(left: str, after: str, termbase: Termbase) -> list[tuple[str, str, str | None]]:
    inside_basis = [m.span() for m in _BASIS.finditer(left)]
    hits = [h for h in termbase.hits(left) if not termbase.is_context(h[2])
            and not any(a <= h[0] < b for a, b in inside_basis)]
    concepts = [h[2] for h in hits]
    if len(set(concepts)) < 2 or len(set(concepts)) != len(concepts):
        return _shared_by_items(left, after, termbase)
    # The named parameters must stand together, joined by coordinators only.
    last_run = [hits[-1]]
    for previous in reversed(hits[:-1]):
        if not _COORDINATION.match(left[previous[1]:last_run[0][0]]):
            break
        last_run.insert(0, previous)
    if len(last_run) < 2:
        return _shared_by_items(left, after, termbase)
    tail = left[last_run[-1][1]:]
    if not (_EACH_BEFORE.search(tail) or _EACH_AFTER.match(after) or _NAME_ONLY.match(_BASIS.sub("", tail))
            or _RESPECTIVELY.search(tail) and _NAME_ONLY.match(_RESPECTIVELY.sub("", _BASIS.sub("", tail)))
            or _RESPECTIVELY.match(after.lstrip(" ,")) and _COPULA.fullmatch(tail)):
        return []  # ('铜、锌和铅分别为…': names the values after give out one by one, `given_respectively`)
    out = []
    for k, (start, end, concept) in enumerate(last_run):
        stop = last_run[k + 1][0] if k + 1 < len(last_run) else len(left)
        basis = _BASIS.search(left, end, stop)
        chemical = f"as {(basis.group(1) or basis.group(2)).rstrip('+-')}" if basis else None
        out.append((left[start:end], concept, chemical))
    return out


def _shared_by_items(left: str, after: str, termbase: Termbase) -> list[tuple[str, str, str | None]]:
    """'肌肉、脂肪、肝、肾的最大残留限量均为50 µg/kg', 'muscle, liver and kidney: 50 µg/kg each': one limit for each
    food or tissue listed. The items come back with an empty concept: the limit keeps its own."""
    hits = [h for h in termbase.hits(left) if termbase.is_context(h[2]) or termbase.roles.get(h[2]) == "component"]
    if len(hits) < 2:
        return []
    run = [hits[-1]]
    for previous in reversed(hits[:-1]):
        if not _COORDINATION.match(left[previous[1]:run[0][0]]):
            break
        run.insert(0, previous)
    tail = left[run[-1][1]:]
    if len(run) < 2 or not (_EACH_BEFORE.search(tail) or _EACH_AFTER.match(after)):
        return []
    return [(left[start:end], "", None) for start, end, _ in run]


# Words giving values out one by one, in order, to the names before them ('铬和镍分别不大于0.25 %和0.30 %', 'lead and
# cadmium are 5 mg/kg and 2 mg/kg respectively').
_RESPECTIVELY = re.compile(r"分别|依次|(?<![A-Za-z])respectively(?![A-Za-z])", re.I)
# Only a verb between the names and their values ('lead and cadmium are 5 mg/kg and 2 mg/kg respectively').
_COPULA = re.compile(r"\s*(?:,\s*)?(?:are|is|shall\s+be|should\s+be|:)?\s*(?:(?:not|no)\s+(?:more|less|greater)\s+than|"
                     r"(?:more|less|greater)\s+than|at\s+(?:most|least)|(?:maximum|minimum)(?:\s+of)?)?\s*", re.I)
# Between two values of such a list: a separator or a coordinator only.
_RESPECTIVE_JOINT = re.compile(r"\s*(?:[,，、]|和|及|与|或|,?\s*(?:and|or))\s*", re.I)


def respectively_after(joints: list[str], after: str) -> bool:
    """Whether a run of values parted by `joints` (separators only) is followed by 'respectively' (`after`, the words
    after its last value): 'are 5 mg/kg and 2 mg/kg respectively'."""
    return bool(joints) and all(_RESPECTIVE_JOINT.fullmatch(j) for j in joints) \
        and bool(_RESPECTIVELY.match(after.lstrip(" ,")))


def given_respectively(tail: str, joints: list[str], after: str) -> bool:
    """Whether values listed after names go to those names one by one, in order: '铬和镍分别不大于0.25 %和0.30 %',
    'X、Y和Z分别为A、B和C', 'the limits for lead and cadmium are 5 mg/kg and 2 mg/kg respectively'. `tail` is the
    words between the last name and the first value, `joints` the words between the values (one fewer than the names),
    `after` the words after the last value. The word 'respectively' stands before the values or right after them, and
    only separators part the values."""
    if not joints or not all(_RESPECTIVE_JOINT.fullmatch(j) for j in joints):
        return False
    return bool(_RESPECTIVELY.search(tail) or _RESPECTIVELY.match(after.lstrip(" ,，")))


# The kind of a voltage or current written between its value and its tolerance ('500 V d.c. ± 50 V', '230 V a.c. ±
# 10 %', '10 A (r.m.s.) ± 0,5 A', '220 V交流±22 V'), or a bracket saying the value is the nominal or peak one ('100 N
# (nominal) ± 2 N', '100 N（标称值）±2 N').
_KIND_OF_CURRENT = (r"(?:[(（]?(?:a\.\s?c\.|d\.\s?c\.|r\.\s?m\.\s?s\.|(?-i:AC|DC)|rms|交流|直流|有效值)[)）]?\s*"
                    r"|[(（](?:nominal|peak|标称值?|峰值)[)）]\s*)?")

# ('，允差为', '，其极限偏差为', '，相对误差', ', tolerance', ', with a relative tolerance of', ', tolerance on gauge
# length', '; a deviation of')
_TOLERANCE_WORDS = re.compile(r"^\s*" + _KIND_OF_CURRENT +
                              r"[,，;；、]?\s*(?:其)?(?P<words>(?:极限|相对|允许)?(?:允差|偏差|容差|公差|误差)|"
                              r"(?:(?:with|and)\s+)?(?:an?\s+)?(?:relative\s+|permissible\s+|permitted\s+)?"
                              r"(?:tolerance|deviation)"
                              r"(?:\s+on\s+(?:the\s+)?[A-Za-z]+(?:\s+[A-Za-z]+){0,2}?)?|(?:to\s+)?within)?"
                              r"\s*(?:为|是|of|is|shall be)?\s*[:：]?\s*$", re.I)


# A tolerance named by its word and written without '±' right after its value: '40 °C with a tolerance of 2 °C', '40 ℃，
# 允差为2 ℃', '50 mm, tolerance 0,5 mm'. Only the words that mean a deviation either way (a bare 'deviation' or '偏差'
# may be one-sided, '误差' is an error).
_UNSIGNED_TOLERANCE = re.compile(r"\s*[,，]?\s*(?:其)?(?:(?:允许)?(?:允差|容差|公差)\s*(?:为|是)?|"
                                 r"(?:with\s+)?(?:an?\s+)?tolerance\s*(?:of|is)?)\s*[:：]?\s*", re.I)


def unsigned_tolerance(between: str) -> bool:
    """True when the words between a value and a following number name that number the value's tolerance, written
    without '±' ('with a tolerance of', '，允差为')."""
    return bool(_UNSIGNED_TOLERANCE.fullmatch(between))


def stated_tolerance(between: str, before: str = "") -> bool:
    """True when the words between a value and a following '± T' state T as that value's tolerance
    ('，允差为', ', tolerance', ' '), unless the value labels a row of a table of tolerances (`row_label_tolerance`;
    `before` is the sentence up to the value)."""
    m = _TOLERANCE_WORDS.match(between)
    if m and _ITEM_BREAK.search(between) and not m.group("words"):
        return False  # '± 1 km/h for speeds up to 100 km/h; ± 1 % of …': a semicolon alone parts two items of a list
    return bool(m) and not row_label_tolerance(before, between)


_ITEM_BREAK = re.compile(r"[;；]")


# A tolerance in a bracket right after its value: '0.50 A（允差±10 %）', '3,5 m/s (± 10 %)', '1 octave/min (tolerance
# ±10 %)', '20 ℃（容差为±2 ℃）'. The bracket holds the tolerance alone: it closes right after it.
_BRACKET_TOLERANCE = re.compile(r"\s*[(（]\s*(?:(?:极限|相对|允许)?(?:允差|偏差|容差|公差)|(?i:tolerance|deviation))?"
                                r"\s*(?:为|是|(?i:of|is)|[:：])?\s*", re.I)
_BRACKET_CLOSES = re.compile(r"\s*[)）]")


def bracketed_tolerance(between: str, after: str) -> int:
    """How many characters after a '± T' close the bracket that holds it as the tolerance of the value right before
    the bracket (`between`, the words from the value to the '±'; `after`, those after T): '（允差' … '）'; 0 when the
    '± T' is not so written."""
    if not _BRACKET_TOLERANCE.fullmatch(between):
        return 0
    close = _BRACKET_CLOSES.match(after)
    return close.end() if close else 0


# A tolerance written once for every value before it: '110 ℃、150 ℃或200 ℃，允差均为±2 ℃', '…为3.8 m/s，速度允差均为
# ±10 %', '20 °C and 23 °C, each with a tolerance of ± 2 °C', '40 °C, 55 °C or 70 °C, each ± 2 °C', '40 ℃、55 ℃或70 ℃，
# 均为±2 ℃'. ('公称厚度2 mm、3 mm的厚度偏差均为±0.2 mm' is no such:
# the values are row labels of a table of deviations, joined to the tolerance by 的.)
_SHARED_TOLERANCE = re.compile(
    r"^\s*[,，;；]\s*(?:(?!的)[\u4e00-\u9fff]){0,6}?(?:允差|允许偏差|容差|公差|偏差)\s*均\s*(?:为|是)?\s*[:：]?\s*$"
    # (after the dimension the last value gives: '25,00 mm wide and 15,00 mm high, each with a tolerance of ±0,10 mm')
    r"|^\s*(?:(?:long|wide|thick|high|deep|tall)\s*)?[,;]?\s*(?:each\s+with\s+a\s+tolerance\s+of|with\s+a\s+tolerance\s+of\s+each|tolerances?\s+(?:of\s+)?each"
    r"|each|all|in\s+(?:each|every)\s+case|in\s+all\s+cases)\s*$"
    r"|^\s*[,，;；]\s*均\s*(?:为|是)?\s*$", re.I)


def shared_tolerance(between: str) -> bool:
    """True when the words between a value and a following '± T' state T as the tolerance of every value before it
    in its sentence ('，允差均为', '，速度允差均为', ', each with a tolerance of'), not of the last one alone."""
    return bool(_SHARED_TOLERANCE.match(between))


# A column that holds the tolerance of the column before it: its head is the word tolerance alone ('容差',
# 'Tolerance', '允许偏差/mm'), not a quantity's error ('示值相对误差q/%').
_TOLERANCE_HEAD = re.compile(r"(?:允差|容差|公差|偏差|允许偏差|极限偏差|(?:permissible\s+|permitted\s+)?(?:tolerances?|deviations?))"
                             r"(?:\s*/\s*\S+|\s*[(（][^()（）]{1,12}[)）])?", re.I)


def tolerance_column(text: str, start: int) -> bool:
    """True when the grid cell starting at `start` (a '± T') stands in a column headed by the word tolerance alone
    ('牢度等级 | CIELAB色差 | 容差；4 | 1.7 | ±0.3'): T is the tolerance of the value in the cell before it."""
    labels = column_labels(text[:start], row_cells(text, start))
    return bool(labels) and bool(_TOLERANCE_HEAD.fullmatch(labels[0]))


_BARE_SEPARATOR = re.compile(r"^\s*(?:[,，:：]|为|均为|时为|is|are)\s*[:：]?\s*$", re.I)
# A row keyed by a band of its own quantity, the band's end right before the value and a colon after it ('Nominal
# size over 30 mm up to 50 mm: ± 0,3 mm', 'Capacity up to 10 ml: ± 0,02 ml', '公称容量不大于10 mL：±0.02 mL'): the
# value ends the band that keys the row, the deviation after the colon is the row's value.
_KEY_SEPARATOR = re.compile(r"^\s*[:：]\s*$")
_BAND_END_BEFORE = re.compile(r"(?:(?i:(?<![A-Za-z])(?:up\s+to(?:\s+and\s+including)?|not\s+exceeding|over|above|below|"
                              r"under|less\s+than|more\s+than))|[≤<≥>~～]|不大于|不超过|不小于|大于|小于|超过|以下|以上|至|到)\s*$")
_NAMES_DEVIATIONS = re.compile(r"允差|允许偏差|偏差|误差|容差|公差|tolerance|deviation|variation|error", re.I)


def row_label_tolerance(before: str, between: str) -> bool:
    """True when a value followed by '± T' after a bare separator only labels a row of a table of tolerances: the
    sentence names deviations before it ('容量允差：100 mL为±0.5 mL；250 mL为±1.0 mL', 'Permissible deviation of
    the mass: up to 500 g, ± 5 g', 'Maximum permissible errors: nominal capacity 10 ml, ± 0,020 ml'), so the
    value is a nominal size or the end of a band and T is the deviation allowed in that row, a maximum of its own.
    'Width 20 mm, ± 0,3 mm' names a width: 20 mm is the nominal of the tolerance. Under a heading that names the
    deviations (`_DEVIATIONS_HEADING`), a row named by its nominal size may name its tolerance again ('容量允差：标称容量
    5 mL，允差±0.030 mL'); a row named otherwise is a value and its tolerance ('容量允差：…为20 mL，允差为±0.1 mL')."""
    if _BARE_SEPARATOR.match(between):
        return bool(_NAMES_DEVIATIONS.search(before)) or (
            bool(_KEY_SEPARATOR.match(between)) and bool(_BAND_END_BEFORE.search(before[-40:])))
    return (bool(_TOLERANCE_WORDS.match(between)) and bool(_NOMINAL_SIZE_BEFORE.search(before))
            and bool(_DEVIATIONS_HEADING.search(before)))


# A heading naming the deviations its rows give, closed by a colon ('分度吸量管的容量允差（A级）：', 'Tolerances on
# mass (extract):'), and a row named by its nominal size or design value ('标称容量', 'nominal mass', '坍落度 设计值≤'),
# or a row that is a band's end ('0 D～≤'): that value labels the row.
_NOMINAL_SIZE_BEFORE = re.compile(r"(?:标称|公称|设计值|(?i:nominal\s|target\s+value))[\w\u4e00-\u9fff ]{0,12}[≤<≥>]?\s*$"
                                  r"|[～~][≤<]?\s*$")
_DEVIATIONS_HEADING = re.compile(r"(?:允差|允许偏差|容差|公差|(?i:tolerances|permissible\s+deviations|maximum\s+"
                                 r"permissible\s+errors))(?:[(（][^()（）]{0,16}[)）])?\s*[:：]")


_SIGN_BEFORE = re.compile(r"([+-])\s?$")
_RELATIVE_UNITS = frozenset({"%", "‰"})
# Units of quantities that are never below zero (a length, a mass, a volume, a time): written with '−' in a sentence of
# deviations, such a value is a deviation, never a value of its own ('允许偏差为−3 g'); a temperature, a level or a
# potential may be negative and stays a value.
_NEVER_BELOW_ZERO = frozenset({"mm", "µm", "μm", "um", "cm", "m", "km", "nm", "g", "kg", "mg", "µg", "μg", "t", "mL", "ml",
                               "L", "l", "µL", "μL", "s", "ms", "min", "h", "d"})


def one_sided_deviation(number_and_before: str, sentence: str, unit: str) -> int:
    """+1 or -1 when a value written with its sign is a deviation allowed on one side only ('输入功率 +4 %',
    'pump efficiency − 3 %', '偏差为标称电压的+7 %，−10 %'), 0 otherwise. `number_and_before` is the text up to and
    including the value's first digit; `sentence` the sentence up to the value. The sentence must name
    tolerances or deviations, or write another value with '±'; a relative unit, or a plus sign (which no plain
    value carries), keeps '-18 ℃' a temperature."""
    sign = _SIGN_BEFORE.search(number_and_before[:-1])
    if not sign or not (_NAMES_DEVIATIONS.search(sentence) or "±" in sentence):
        return 0
    if unit not in _RELATIVE_UNITS and unit not in _NEVER_BELOW_ZERO and sign.group(1) != "+":
        return 0
    return 1 if sign.group(1) == "+" else -1


# Quantities measured on a scale of their own, written as a bare number after their name or symbol: a glare rating,
# a colour rendering index, a uniformity, a safety factor, an octane or cetane number, a viscosity or refractive
# index, pH, a Ringelmann blackness; any factor or coefficient ('by the factor 6,25', '乘以换算系数6.25': a conversion
# factor is a number of its own), but a power factor, the condition of a meter's error limits ('power factor 1: ...').
_INDEX_NAMES = (r"统一眩光值|眩光值|显色指数|照度均匀度|安全系数|研究法辛烷值|马达法辛烷值|抗爆指数|辛烷值|十六烷值|十六烷指数|"
                r"黏度指数|粘度指数|折射率|折光率|林格曼黑度|系数|"
                r"(?i:unified glare rating|glare rating|colou?r rendering index|illuminance uniformity|uniformity|"
                r"(?<!power )factor|factor of safety|octane number|cetane number|cetane index|viscosity index|refractive index)|"
                r"(?<![A-Za-z])(?:UGRL?|CRI|Ra|RON|MON|pH|U[0₀o])")
_INDEX_BEFORE = re.compile(rf"(?:{_INDEX_NAMES})(?:\s*[A-Z][A-Za-z]{{0,3}}[0-9₀-₉]?)?(?:值)?\s*[:：=]?\s*$")


def names_an_index(before: str) -> bool:
    """True when the words right before a bare number name a quantity measured on a scale of its own, which a
    standard writes without a unit ('统一眩光值UGR 19', '显色指数Ra 80', 'UGRL 19; Ra 80', 'safety factor 5',
    'research octane number 95', 'pH 7,5'): the number is its value. `before` is the text up to the number."""
    return bool(_INDEX_BEFORE.search(before[-40:]))


# A count named by its noun in 数 ('每帧行数625', '电机极数4', '齿数32', '叶片数6', '试样数量5'): the number is the
# count, written with no classifier after it. Not the nouns in 数 that name no count ('参数', '函数', '代数', '序数',
# '小数', '倍数', '读数', '分数', '数值').
_COUNT_NOUN_BEFORE = re.compile(r"[\u4e00-\u9fff](?<![参函代序小倍读分系指因常])数(?:量)?\s*[:：=]?\s*$")


def names_a_count(before: str) -> bool:
    """True when the words right before a bare number are the noun of what it counts (`_COUNT_NOUN_BEFORE`):
    the number is that count's value. `before` is the text up to the number."""
    return "数" in before[-4:] and bool(_COUNT_NOUN_BEFORE.search(before[-6:]))


_PER_REFERENCE = re.compile(r"(?:/|\bper\s+)\s*(\d+(?:[.,]\d+)?)\s*(g|kg|mL|ml|L|l|kJ|kcal)\s*$", re.I)
_OTHER_REFERENCE = re.compile(r"^(?:g|kg|mL|ml|L|l|kJ|kcal)$", re.I)
_OR_BETWEEN = re.compile(r"^\s*(?:[(（][^()（）]{1,12}[)）])?\s*(?:或|或者|(?i:or))\s*$")


def alternative_reference(unit: str, value: float | None, other_unit: str, between: str) -> bool:
    """True when an amount after 'or' is another reference for the same limit ('≤120 mg/100 g或100 mL', '0,5 g per
    100 g (solids) or 100 ml (liquids)'): the limit holds per 100 g of a solid or per 100 mL of a liquid, one
    requirement, and '100 mL' is no value of its own."""
    per = _PER_REFERENCE.search(unit)
    if not per or value is None or not _OTHER_REFERENCE.match(other_unit.strip()) or not _OR_BETWEEN.match(between):
        return False
    return float(per.group(1).replace(",", ".")) == value


# ('在采集后24 h内', '在开封后30 d内': the time after an event within which a thing is done, a maximum too)
_WITHIN_OPENS = re.compile(r"在\s*(?:约\s*)?$|在[^\d,，;；:：。]{1,10}?后\s*$")
_WITHIN_CLOSES = re.compile(r"\s*内(?![径部容衬壁侧层表胎腔圈孔外])")


def within(before: str, after: str) -> int:
    """How many characters after a value close '在 … 内' ('火焰应在2 s内熄灭', '在3 m内', '应在采集后24 h内测定'): the value bounds the time
    or distance within which something must happen, a maximum; 0 when the words around it are not that frame
    ('在10 mm内径处' names an inner diameter). `before` is the text up to the value, `after` the text after it."""
    if not _WITHIN_OPENS.search(before[-16:]):
        return 0
    m = _WITHIN_CLOSES.match(after)
    return m.end() if m else 0


_RESTATED = re.compile(r"^\s*[(（]\s*$")


def restated_value(between: str, after: str) -> bool:
    """True when a value in brackets right after another ('60 kcal (251 kJ)') restates it."""
    return bool(_RESTATED.match(between)) and after.lstrip().startswith((")", "）"))


# Kelvin and degrees Celsius: one temperature on two scales ('858 K (585 °C)'), the Celsius figure rounded.
_KELVIN = frozenset({"K", "开", "开尔文"})
_CELSIUS = frozenset({"°C", "℃", "ºC", "degC"})
_ZERO_CELSIUS = 273.15


def kelvin_restated(unit: str, value: float | None, restated_unit: str, restated: float | None) -> bool:
    """True when a temperature in kelvin is restated in brackets in degrees Celsius ('autoignition temperature: 858 K
    (585 °C)', '1 073 K（800 ℃）'): the bracket gives the same temperature on the Celsius scale, rounded to a degree,
    so the kelvin figure is an absolute temperature, not a difference, and the two are one indicator. A kelvin value
    beside another Celsius one ('65 K (75 °C)': a rise and the temperature it reaches) is two."""
    if value is None or restated is None or unit.strip() not in _KELVIN or restated_unit.strip() not in _CELSIUS:
        return False
    return abs(value - _ZERO_CELSIUS - restated) <= 1.0


_AIR_CONCENTRATION = re.compile(r"^[mµμun]?g\s?/\s?N?m(?:3|³|\*\*3)$")
_VOLUME_RATIO = re.compile(r"^(?:ppm|ppb|ppmv|ppbv|ppm\s?\(?V/V\)?|[mµμ]?[lL]\s?/\s?m(?:3|³))$")


def restated_in_air(unit: str, restated: str) -> bool:
    """True when a concentration in air ('0,37 mg/m³') is restated as a volume ratio ('(0,3 ppm)', '(50 ppm)'), or
    a volume ratio as a concentration in air ('0,1 ppm (0,124 mg/m³)'): the same limit in the units of a gas, which
    only the substance's molar mass converts; one indicator."""
    unit, restated = unit.strip(), restated.strip()
    return bool(_AIR_CONCENTRATION.match(unit) and _VOLUME_RATIO.match(restated)
                or _VOLUME_RATIO.match(unit) and _AIR_CONCENTRATION.match(restated))


_REFERENCE_MARK = re.compile(r"(?:每|(?<![A-Za-z])per|(?<![A-Za-z])for\s+each|(?<![A-Za-z])in)\s*$", re.I)
_REFERENCE_UNIT = re.compile(r"^(?:千焦|千卡|毫升|升|克|千克|kJ|kcal|mL|ml|L|l|g|kg|100\s*g)$", re.I)


def reference_before(before: str, unit: str) -> bool:
    """True when a value is the reference amount of the value after it ('每100 kJ … 0.45 g',
    'per 100 kcal: protein 1.8 g'): it follows 每 / per and is an amount of food or energy."""
    # (The unit first: it is short, and most values are in no unit of food or energy.)
    return bool(_REFERENCE_UNIT.match(unit.strip())) and bool(_REFERENCE_MARK.search(before))


# '每分钟4 mL～5 mL', '每毫升血液1.2 mg～2.0 mg', '每克试样加入200 mL', '以每秒不超过一次': 每 and a unit's name, then at most a
# few words (what it is of, a verb, a bound), right before the value. (Not 每日/每天, which head a daily intake's name,
# nor an hourly average's '每小时平均'.)
# An amount per a length, an area or a volume is written so too ('每米非金属材料总体积为1.5 L', '每平方米1 min',
# '每立方米试验箱容积2 kg'): litres per metre, minutes per square metre, kilograms per cubic metre.
# (升 before 高 or 温 is the verb 'rise', not the litre: '温度每升高10 ℃', '每升温1 K' is each rise of the value.)
_PER_UNIT_NAME = re.compile(r"每\s*(分钟|秒钟|秒|小时|毫升|升(?![高温])|克|千克|公斤|平方毫米|平方厘米|平方米|立方米|米)"
                            r"(?:(?!平均|均值|每)[\u4e00-\u9fff]){0,10}\s*$")
_UNIT_NAME_SYMBOLS = {"分钟": "min", "秒钟": "s", "秒": "s", "小时": "h", "毫升": "mL", "升": "L", "克": "g", "千克": "kg",
                      "公斤": "kg", "平方米": "m²", "立方米": "m³", "米": "m",
                      # (a stress per a cross-section: '不应超过每平方毫米导体截面积15 N', 15 N/mm²; misread28)
                      "平方毫米": "mm²", "平方厘米": "cm²"}


# A count per metre ('每米至少选取5个目标位置') names where the things are counted: the number of them stays a count.
_COUNT_UNITS = frozenset("个只根粒件次块片点处条")
_SPACE_SYMBOLS = frozenset(("m", "m²", "m³", "mm²", "cm²"))


def per_unit_before(before: str, unit: str = "") -> str:
    """The unit a value is per when 每 and a unit's name stand right before it ('蒸馏速度为每分钟' -> 'min', 'EDTA盐的浓度为
    每毫升血液' -> 'mL', '每克试样加入' -> 'g'), else ''. The value's unit is then per that one ('4 mL～5 mL' -> mL/min)."""
    m = _PER_UNIT_NAME.search(before) if "每" in before else None
    per = _UNIT_NAME_SYMBOLS[m.group(1)] if m else ""
    if per in ("m²", "m³", "L", "mL", "mm²", "cm²") and unit in _LENGTH_SYMBOLS:
        return ""  # ('每立方米中颗粒尺寸0.1 µm<d≤0.5 µm的颗粒数': the size of the things counted in each cubic metre)
    return "" if per in _SPACE_SYMBOLS and unit in _COUNT_UNITS else per


_LENGTH_SYMBOLS = frozenset(("nm", "µm", "μm", "mm", "cm", "m"))
# A count of things per a volume, an area or a mass stated once before the count's name ('每立方米中粒径≥0.5 µm的粒子数
# 不大于3 520个', '每平方厘米表面的菌落数不超过5个', '每克样品中的菌落总数'): 每 and the amount, then the things' count (…数)
# within the sentence, right before its bound and value.
_COUNT_PER_AMOUNT = re.compile(r"每\s*(?P<number>\d+\s?)?(?P<amount>立方米|平方米|平方厘米|毫升|升(?![高温])|千克|克|m³|m3|L|mL|ml|cm²|cm2|g)"
                               r"[^。；;]{0,60}?数")
# (the names `_UNIT_NAME_SYMBOLS` knows, and the area and the symbols written without superscripts)
_AMOUNT_SYMBOLS = {**_UNIT_NAME_SYMBOLS, "平方厘米": "cm²", "m3": "m³", "cm2": "cm²", "ml": "mL"}


# The counters of things a count per an amount is written in: '个', and the counters of particles, pieces, rods and
# items ('微粒数不得过25粒', '碎片数不少于40块'; fixunit36), each a number of things as '个' is.
COUNTED_THINGS = frozenset("个粒只根件块片条")


def count_per_amount(text: str, start: int, unit: str) -> str:
    """The amount a count of things at `start` is per ('m³', '(100 mL)') when the text before it states 每 and the
    amount before the count's name ('每立方米中…的颗粒数不大于20 000个' -> 'm³'), else ''; the counts after it that
    leave the name unsaid are of the same ('…，0.5 µm<d≤1.0 µm的不大于400个。2级：分别不大于400 000个'). Only a counter
    of things ('个', '粒', `COUNTED_THINGS`) or no unit: 'kg' after '每立方米' is another construction's (`per_unit_before`)."""
    if unit and unit not in COUNTED_THINGS:
        return ""
    amounts = [(end, amount) for end, amount in _counts_per_amount(text) if end <= start]
    if not amounts or "每" in text[amounts[-1][0]:start]:
        return ""  # ('…每个供试品容器中含…微粒数不得过6000粒': another 每 after it names what the later counts are per)
    return amounts[-1][1]


@functools.lru_cache(maxsize=4096)
def _counts_per_amount(text: str) -> tuple[tuple[int, str], ...]:
    """(end, amount) of each count per an amount a text states (`_COUNT_PER_AMOUNT`), found once per text."""
    out = []
    for m in _COUNT_PER_AMOUNT.finditer(text):
        amount = _AMOUNT_SYMBOLS.get(m.group("amount"), m.group("amount"))
        out.append((m.end(), f"({m.group('number').strip()} {amount})" if m.group("number") else amount))
    return tuple(out)


# A rate with no unit of its own, per a time ('ASIL D <10⁻⁸/h', 'λ ≤ 5×10⁻⁷/h', 'failure rate 0.001/h'): a number of
# events per hour is the reciprocal of the hour. (Only a time's symbol: '300/500 V' and '1/2' are no rates.)
# A period's Chinese name serves as its symbol ('RT=10⁻⁵/年', '0.2/天'): per year, per day.
_PER_TIME_SYMBOL = re.compile(r"\s?/\s?(h|min|s|d|a|年|天|小时)(?![A-Za-z0-9²³])")
_PERIOD_SYMBOLS = {"年": "a", "天": "d", "小时": "h"}


def per_time_after_number(after: str) -> str:
    """The reciprocal time a number with no unit is per when '/h', '/min', '/s', '/d' or '/a' (or '/年', '/天',
    '/小时') is written right after it ('1/h'), else ''."""
    m = _PER_TIME_SYMBOL.match(after) if "/" in after[:2] else None
    return f"1/{_PERIOD_SYMBOLS.get(m.group(1), m.group(1))}" if m else ""


# A volume of a titrant of a stated strength per an amount of the sample ('0,27 ml 0,1 N sodium hydroxide per g', '5 ml
# of 0,1 mol/l hydrochloric acid per 100 g'): the volume per that amount; the titrant's strength and name between say
# in what the volume is counted.
_TITRANT_PER = re.compile(r"\s+(?:of\s+)?\d+(?:[.,]\d+)?\s?(?:N|M|mol\s?/\s?[lL])\s+(?:[A-Za-z()\-]+\s+){1,4}?"
                          r"(?:solution\s+)?per\s+(\d+\s?)?(g|kg|ml|mL|l|L)(?![A-Za-z])")


def titrant_per_amount(after: str) -> str:
    """The amount a volume of titrant is per when its strength, its name and 'per' an amount follow the volume ('0,1 N
    sodium hydroxide per g' -> 'g', '… per 100 g' -> '100 g'), else ''."""
    m = _TITRANT_PER.match(after) if " per " in after else None
    return f"{m.group(1) or ''}{m.group(2)}" if m else ""


# A ratio to one whose quotient unit is named in brackets after it ('液固比为10:1（L/kg）', 'a bath ratio of 20:1 (mL/g)'):
# the ratio is that many of the first unit per one of the second, '10 L/kg' as another writer puts it.
_RATIO_UNIT_IN_BRACKETS = re.compile(r"\s?[(（]\s?([A-Za-zµμ]{1,3}\s?/\s?[A-Za-zµμ]{1,3})\s?[)）]")


def ratio_unit_in_brackets(after: str) -> str:
    """The quotient unit in brackets right after a ratio to one ('（L/kg）' -> 'L/kg'), else ''."""
    m = _RATIO_UNIT_IN_BRACKETS.match(after) if after[:2].lstrip()[:1] in "(（" else None
    return m.group(1).replace(" ", "") if m else ""


# A quantity's one-letter symbol and a bound sign right before a number ('圆形管 d<0.58λu', '间距 s ≤ 0.45λ', 'x > 2'):
# the letter names the quantity bounded, as in a formula; it is no unit written before the value (d is no day).
# (A small letter after a space or a Chinese word: 'mg/L ≤', '（N）≥' and '°C ≤' write units.)
_SYMBOL_THEN_BOUND = re.compile(r"(?<=[\s\u4e00-\u9fff])[a-z]\s?[<>≤≥]\s?$")


def symbol_then_bound(left: str) -> bool:
    """True when `left`, the text before a number, ends with a one-letter symbol and a bound sign ('管径 d <')."""
    tail = left[-5:]
    # (speed: asked of every value; a chain of `in` tests, no generator)
    return ("<" in tail or ">" in tail or "≤" in tail or "≥" in tail) and _SYMBOL_THEN_BOUND.search(tail) is not None


# The English of it after the unit: '250 kg per square metre of floor', '1 min per square metre of enclosure surface',
# '2 kg per cubic metre of the chamber' (a symbol's 'kg per m²' is read with the unit; the spelt area or volume is not).
_PER_SPELT_POWER = re.compile(r"\s*per\s+(square|cubic)\s+(kilo|centi|milli)?met(?:re|er)(?![A-Za-z])", re.I)
_POWER_SIGN = {"square": "²", "cubic": "³"}
_LENGTH_PREFIX = {"kilo": "k", "centi": "c", "milli": "m"}


def per_spelt_area_or_volume(after: str) -> str:
    """The area or volume a value's unit is per when 'per square metre' or 'per cubic metre' follows it ('m²', 'cm³'),
    else ''. The unit is then per that one ('250 kg' -> kg/m²)."""
    m = _PER_SPELT_POWER.match(after) if "per" in after else None
    if not m:
        return ""
    return _LENGTH_PREFIX.get((m.group(2) or "").lower(), "") + "m" + _POWER_SIGN[m.group(1).lower()]


# The time a limit is averaged over. Chinese: '24小时平均', '1小时平均', '日最大8小时平均', '年平均'; English: '24-hour',
# '10-minute', '8-hour mean', 'LAeq,16h', 'LAeq (16 h)'. Only the duration is matched, with the words that make it a
# period, so the digits can be hidden from the value reader.
# A concentration in air as exposure limits write it: '221 mg/m³', '1,5 mg/m³', '0,1 f/cm³', '5 ppm'.
_CONCENTRATION = r"\d+(?:[.,]\d+)?\s*(?:[mµμn]?g\s*/\s*(?:N?m\s*[³3]|m\^3)|f(?:ibres?)?\s*/\s*(?:cm|m)\s*[³3]|ppm|ppb)"
_PERIOD = re.compile(
    r"(?P<zh>\d+(?:\.\d+)?)\s*(?P<zhu>小时|分钟|min|h)\s*(?=(?:滑动)?平均|均值)"
    r"|(?<![\w.,])(?P<en>\d+)\s?-\s?(?P<enu>hours?|minutes?|min|h|days?)(?![A-Za-z])"
    r"(?=\s*(?:mean|average|AQG|guideline|level|:|,|;|\)|$|[A-Z]{2,}|L[A-Za-z]*|value|\d|[^\S\n]*[\(（]))"
    r"|(?<=L)(?:Aeq|eq|Aeq,T)\s*,\s*(?P<eq>\d+)\s*(?P<equ>h|min)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:limit|guideline|exposure)\s+(?:limit\s+)?values?\s*[,:]?\s*(?P<lv>\d+)\s?(?P<lvu>hours?|minutes?|h|min)"
    r"(?![A-Za-z])(?=\s*[:,]?\s*(?:\d|$))"
    r"|(?<=Aeq)\s*\(\s*(?P<br>\d+)\s*(?P<bru>h|min)\s*\)"
    # a duration heading an exposure limit's concentration ('8 hours 221 mg/m³', '8 hours: 1 mg/m³', 'short-term
    # (15 min): 1,5 mg/m³'): the time the concentration is averaged over
    # (not the far end of a range: 'a sampling period of 6 to 8 hours: 0,1 ng/Nm³'; a dash with a space before the
    # duration parts items: 'CAS 7647-01-0 — 8 hours: 8 mg/m³')
    rf"|(?<![\w.,])(?<!to )(?<!~ )(?<![-~])(?P<ex>\d+)\s?(?P<exu>hours?|minutes?|h|min)\s*\)?\s*[:,]?\s*"
    rf"(?={_CONCENTRATION})", re.I)
_SHOWN = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# Text without any of these has no averaging period: the full pattern is not run on it.
_PERIOD_HINT = re.compile(r"平均|均值|Aeq|[\d⁰¹²³⁴⁵⁶⁷⁸⁹]\s?(?:-\s?(?:h|m|d)|(?:h|min)\w*\s*\)?\s*[:,]?\s*\d)", re.I)
# ('limit values, 8 hours': looked for only in text that says 'value'; a name ending in a duration, only in names.)
_VALUES_PERIOD_HINT = re.compile(r"values?\s*[,:]?\s*[\d⁰¹²³⁴⁵⁶⁷⁸⁹]", re.I)


def _may_state_period(text: str) -> bool:
    return bool(_PERIOD_HINT.search(text)) or "alue" in text and bool(_VALUES_PERIOD_HINT.search(text))
_ANY_WHOLE_PERIOD = re.compile(r"年|日|季|月|annual|daily|24h|quarterly|monthly|year|season|TWA|STEL|MAC|short|ceiling|weighted|加权|短时间|最高容许",
                               re.I)
_HOURS = {"小时": 1.0, "h": 1.0, "hour": 1.0, "hours": 1.0, "分钟": 1 / 60, "min": 1 / 60, "minute": 1 / 60,
          "minutes": 1 / 60, "day": 24.0, "days": 24.0}
_WHOLE_PERIODS = [(re.compile(r"年平均|年均值|(?<![A-Za-z])(?:annual|annually|year)(?![A-Za-z])", re.I), "period year"),
                  # (a daily maximum of 8-hour means, '日最大8小时平均', 'maximum daily 8-hour mean', is no daily mean)
                  (re.compile(r"(?<!最大)日平均|日均值|(?<![A-Za-z])(?<!maximum )(?:daily|24h)(?![A-Za-z])(?! max)",
                              re.I), "period 24h"),
                  (re.compile(r"(?<![A-Za-z])peak season(?![A-Za-z])", re.I), "period season"),
                  (re.compile(r"季平均|(?<![A-Za-z])quarterly(?![A-Za-z])", re.I), "period quarter"),
                  (re.compile(r"月平均|(?<![A-Za-z])monthly(?![A-Za-z])", re.I), "period month")]


def averaging_periods(text: str) -> list[tuple[int, int]]:
    """Spans of the durations a limit is averaged over ('24小时平均' -> the span of '24小时', '8-hour AQG level'
    -> '8-hour', 'LAeq,16h' -> '16h'): the time of a mean, not a limit of time."""
    if not _may_state_period(text):
        return []
    spans = []
    for m in _PERIOD.finditer(text):
        for name in ("zh", "en", "eq", "br", "lv", "ex"):
            if m.group(name) is not None:
                spans.append((m.start(name), m.end(f"{name}u")))
    return spans


def period_keys(text: str) -> set[str]:
    """Language-free keys of the averaging periods a name states ('24小时平均' and '24-hour' -> 'period 24h';
    '年平均' and 'annual' -> 'period year')."""
    keys = set()
    if not _may_state_period(text) and not _ANY_WHOLE_PERIOD.search(text) and not _PERIOD_ENDING_NAME.search(text):
        return keys
    text = text.translate(_SHOWN)
    for m in _PERIOD.finditer(text):
        for name in ("zh", "en", "eq", "br", "lv", "ex"):
            if m.group(name) is not None:
                hours = float(m.group(name)) * _HOURS.get(m.group(f"{name}u").lower(), 1.0)
                keys.add(f"period {hours:g}h")
    ending = _PERIOD_ENDING_NAME.search(text)
    if ending:
        keys.add(f"period {float(ending.group(1)) * _HOURS.get(ending.group(2).lower(), 1.0):g}h")
    for pattern, key in _WHOLE_PERIODS:
        if pattern.search(text):
            keys.add(key)
    return keys | exposure_period(text, bool(keys))


# A name ending in a duration ('Formaldehyde: limit values, 8 hours' before '0,37 mg/m³'): the duration was hidden
# as the period of the value it heads.
_PERIOD_ENDING_NAME = re.compile(r"(?<![\w.,])(\d+)\s?(hours?|minutes?|h|min)\s*[:,]?\s*$", re.I)


# The reference periods of occupational exposure limits: a time-weighted average is over 8 hours, a short-term
# exposure limit over 15 minutes (unless the text gives its own), a ceiling (MAC) over no period at all.
_EXPOSURE_PERIODS = [
    (re.compile(r"(?<![A-Za-z])(?:PC-)?TWA(?![A-Za-z])|time[\s-]weighted\s+average|时间加权平均", re.I), "period 8h", True),
    (re.compile(r"(?<![A-Za-z])(?:PC-)?STEL(?![A-Za-z])|short[\s-]term(?:\s+exposure)?(?![A-Za-z])|短时间接触", re.I),
     "period 0.25h", False),
    (re.compile(r"(?<![A-Za-z])MAC(?![A-Za-z])|(?<![A-Za-z])ceiling(?![A-Za-z])|最高容许浓度", re.I), "period ceiling", True),
]


def exposure_period(text: str, stated: bool = False) -> set[str]:
    """The reference period an occupational exposure limit names ('PC-TWA', '8 h TWA' -> 'period 8h'; 'PC-STEL',
    'short-term' -> 'period 0.25h' unless a period is `stated` beside it ('short-term (30-minute)'); 'MAC',
    'ceiling' -> 'period ceiling'): a key for pairing and a basis, never a value."""
    return {key for pattern, key, always in _EXPOSURE_PERIODS if (always or not stated) and pattern.search(text)}


# How long each named period lasts, in hours; a ceiling holds at every instant, shorter than any mean.
_NAMED_HOURS = {"year": 8760.0, "season": 4380.0, "quarter": 2190.0, "month": 730.0, "ceiling": 1 / 60}


def _period_hours(key: str) -> float | None:
    name = key.removeprefix("period ")
    if name in _NAMED_HOURS:
        return _NAMED_HOURS[name]
    return float(name[:-1]) if name.endswith("h") and name[:-1].replace(".", "", 1).isdigit() else None


def period_distance(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """How far apart the periods of two limits are, in decades of time (0 when they share one or either states
    none): a ceiling is nearer a 15-minute limit (1.2) than an 8-hour mean (2.7), a 1-hour mean nearer a 10-minute
    one than a year. For pairing, among limits of other periods, the nearest."""
    x = [h for k in a if k.startswith("period ") and (h := _period_hours(k))]
    y = [h for k in b if k.startswith("period ") and (h := _period_hours(k))]
    if not x or not y or set(x) & set(y):
        return 0.0
    return min(abs(math.log10(p) - math.log10(q)) for p in x for q in y)


def periods_apart(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> bool:
    """True when two limits are over periods more than a hundredfold apart (an 8-hour mean and a ceiling, a 1-hour mean
    and a peak-season one, a day and a year): other requirements, never counterparts; nearer ones (1 h and 24 h, a
    ceiling and 15 minutes) are counterparts that differ."""
    return period_distance(a, b) > 2.0


# Every word of a period, digits hidden or not ('24小时平均', '8-hour', 'annual'): cut from a name to see what else it says.
PERIOD_WORDS = re.compile(r"[\d⁰¹²³⁴⁵⁶⁷⁸⁹.]+\s*(?:小时|分钟|min|h)\s*(?:滑动)?(?:平均|均值)|(?:日最大|日|年|季|月)(?:平均|均值)"
                          r"|(?<![A-Za-z])[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+\s?-\s?(?:hours?|minutes?|min|h|days?)(?![A-Za-z])"
                          r"|(?<![A-Za-z])(?:annual|daily|quarterly|monthly|peak season)(?![A-Za-z])"
                          # the reference periods of exposure limits ('PC-STEL', 'short-term', '最高容许浓度')
                          r"|(?<![A-Za-z])(?:PC-)?(?:TWA|STEL|MAC)(?![A-Za-z])|time[\s-]weighted\s+average"
                          r"|short[\s-]term(?:\s+exposure)?(?![A-Za-z])|(?<![A-Za-z])ceiling(?![A-Za-z])"
                          r"|时间加权平均|短时间接触|最高容许浓度", re.I)


# The oxygen content flue-gas concentrations are corrected to, in the ways standards state it.
_REFERENCE_O2 = re.compile(
    r"(?:基准(?:含)?氧(?:含)?量|(?:reference|standardi[sz]ed|corrected)\s+(?:O2|oxygen)\s+(?:content|concentration)\s+of)"
    r"\s*(?:为|是|of)?\s*(?P<a>\d+(?:[.,]\d+)?)\s*%"
    r"|以\s*(?P<b>\d+(?:[.,]\d+)?)\s*%\s*(?:的)?\s*(?:O2|氧气?|含氧量)\s*(?:作为|为)?\s*(?:换算)?基准"
    r"|(?P<d>\d+(?:[.,]\d+)?)\s*%\s*(?:的)?\s*基准(?:含)?氧(?:含)?量"
    r"|(?<![A-Za-z])(?:standardi[sz]ed|corrected|referred)\s+(?:at|to)\s+(?P<c>\d+(?:[.,]\d+)?)\s*%\s*(?:O2|oxygen)"
    r"(?![A-Za-z])", re.I)


def reference_oxygen(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The reference oxygen content a clause's flue-gas concentrations are corrected to, as a basis
    ('ref. O2 11 %'), and the spans of its numbers (read as the basis, never as a limit). (None, []) when the
    clause states none, or states two different ones (each then belongs to its own limits)."""
    found = [(m.group(g), m.span(g)) for m in _REFERENCE_O2.finditer(text) for g in "abcd" if m.group(g)]
    values = {float(v.replace(",", ".")) for v, _ in found}
    if len(values) != 1:
        return None, []
    value = values.pop()
    return f"ref. O2 {value:g} %", [span for _, span in found]


# ------------------------------------------------------------------------------------------ sound-level measures

# The measure of a sound level, in the symbols and words standards write it, each with its one name:
# long-term day-evening-night and night levels (annual means, with evening and night penalties), the daily exposure
# level, the peak, the maximum, and the equivalent continuous level.
_LEVEL_MEASURES = (
    (r"L\s?den|L_?den", "Lden"), (r"L\s?dn|L_?dn", "Ldn"), (r"L\s?night|L_?night", "Lnight"),
    (r"L\s?day|L_?day", "Lday"), (r"L\s?evening|L_?evening", "Levening"),
    (r"L_?EX\s?,?\s?(?:8\s?h|d)|L_?EX|L_?Aeq\s?,\s?8\s?h\s?,?\s?(?:daily|personal)|daily\s+(?:noise\s+)?exposure\s+level"
     r"|个人噪声暴露|噪声暴露级", "LEX"),
    (r"L?_?[ACZ]?peak|p_?peak|L_?p\s?,\s?C\s?peak|peak\s+sound\s+pressure|峰值", "peak"),
    (r"L_?[ACZ]?[FS]?max|(?:maximum|max\.?)\s+(?:sound\s+)?(?:pressure\s+)?level|最大声级|最大A声级", "Lmax"),
    (r"L_?[ACZ]?eq|L_?eq|equivalent\s+(?:continuous\s+)?(?:sound\s+)?(?:pressure\s+)?level|等效(?:连续)?(?:A)?声级", "Leq"),
)
_MEASURE_NAMES = [name for _, name in _LEVEL_MEASURES]
_MEASURE = re.compile("|".join(f"(?P<m{k}>{pattern})" for k, (pattern, _) in enumerate(_LEVEL_MEASURES)))
_MEASURE_AFTER = re.compile(r"\s?,?\s?(?:" + "|".join(f"(?P<m{k}>{pattern})" for k, (pattern, _)
                                                     in enumerate(_LEVEL_MEASURES)) + r")(?![A-Za-z])")
# The measures that are long-term means of their own definition: a level that names none of them is another measure.
LONG_TERM_LEVELS = frozenset({"Lden", "Ldn", "Lnight", "Lday", "Levening"})


def _measure_name(m: re.Match) -> str:
    return next(_MEASURE_NAMES[int(k[1:])] for k, v in m.groupdict().items() if v)


def level_measure(before: str, after: str) -> tuple[str | None, int]:
    """The measure a sound level is on, and how many characters of `after` state it: a symbol written right after
    the unit ("53 dB Lden": ('Lden', 5) from after=" Lden and ..."), else the last one named in the words before the
    value ("LEX,8h = 87", "非稳态噪声等效声级的限值为85": ('LEX', 0), ('Leq', 0)). (None, 0) when neither states one."""
    m = _MEASURE_AFTER.match(after)
    if m:
        return _measure_name(m), m.end()
    found = None
    for m in _MEASURE.finditer(before):
        if m.start() == 0 or not before[m.start() - 1].isalpha() or not m.group(0)[0].isascii():
            found = m
    return (_measure_name(found), 0) if found else (None, 0)


def level_measures_differ(a: str | None, b: str | None) -> bool:
    """Two sound levels on different measures: both named and not the same, or a long-term mean ('Lden', 'Lnight')
    against a level that names none (a daytime or night-time limit in dB(A) is an equivalent continuous level)."""
    if a and b:
        return a != b
    return bool(a or b) and (a or b) in LONG_TERM_LEVELS


# ------------------------------------------------------------------------------- alternative points of one quantity

def alternative_points(limits: list[int], points: list[tuple[int, str]], listed: frozenset[int] = frozenset()
                       ) -> list[list[frozenset[int]]]:
    """Which of a sentence's point conditions each of its limits keeps, when two or more points of one quantity
    cannot all hold at once ('at +20 °C …, at 0 °C … and at −20 °C', '15 kW时…，22 kW时…', 'after 3 s … after 5 s').

    `limits` are the start positions of the sentence's limits, in order; `points` the (start, dimension) of the
    point conditions that would otherwise qualify every one of them. Returns, per limit, its readings: each a set of
    indices into `points` that it keeps (points of a quantity stated once are kept by every reading).
    - One limit and several points of a quantity after it: one reading per point (the limit required at each in
      turn). Points before the limit ('after conditioning at +50 °C, at −10 °C … the force shall not exceed') are
      the steps of one test, and all qualify it; so do points written as one list after the quantity's name, on
      either side of the limit ('at 50 ± 0,5 °C and pH 4,0, 7,0 and 9,0' as '在pH 4.0、7.0和9.0的缓冲溶液中，于(50±0.5)℃'):
      `listed` holds each point joined to the next point by a comma or 'and' alone.
    - As many points of a quantity as limits, with a limit between two of the points: the k-th point is the k-th
      limit's ('15 W … after 3 s and 100 W … after 5 s').
    - Other counts, interleaved: each limit keeps the last point before it, or the first after it when none is.
    - Points standing together, with no limit between them, qualify every limit as before."""
    keep_all = frozenset(range(len(points)))
    readings = [[keep_all] for _ in limits]
    by_dimension: dict[str, list[int]] = {}
    for k, (_, dimension) in enumerate(points):
        by_dimension.setdefault(dimension, []).append(k)
    for members in by_dimension.values():
        if len(members) < 2:
            continue
        if len(limits) == 1:
            one_list = all(k in listed and n == k + 1 for k, n in zip(members, members[1:]))
            if all(points[k][0] > limits[0] for k in members) and not one_list:
                readings[0] = [r - (set(members) - {k}) for r in readings[0] for k in members]
            continue
        starts = [points[k][0] for k in members]
        interleaved = any(a < limit < b for a, b in zip(starts, starts[1:]) for limit in limits)
        if not interleaved:
            continue
        for position, limit in enumerate(limits):
            if len(members) == len(limits):
                chosen = members[position]
            else:
                before = [k for k in members if points[k][0] < limit]
                chosen = before[-1] if before else members[0]
            readings[position] = [r - (set(members) - {chosen}) for r in readings[position]]
    return readings


# ------------------------------------------------------------------------------------------ multiples

# The verb or bound word, then the quantity multiplied, then '的', right before the number of a multiple.
_MULTIPLE_REFERENCE = re.compile(r"(?:为|是|等于|小于|大于|超过|低于|高于|承受)\s*(?P<ref>[^,，;；:：。\d<>≤≥]{1,20}?)\s*的\s*$")


def multiple_reference(left: str) -> tuple[int, int] | None:
    """Where, in the words before a multiple ('…爆破压力不应小于水压试验压力的'), the quantity it multiplies is written
    ('水压试验压力'), or None. That quantity names what the value is a multiple of: the limit's name is the subject
    before the verb, and a bound word inside the quantity ('最大工作压力的4倍') is no bound of the limit."""
    m = _MULTIPLE_REFERENCE.search(left)
    return m.span("ref") if m else None


# ------------------------------------------------------------------------------------------------ grids

_CELL_BREAK = re.compile(r"\s*(?:\|\s*(?:[—–-]|/|…)?\s*)+\|\s*|\s*\|\s*")
_ROW_END = re.compile(r"[;；。\n]|\.\s")
# A heading row: two or more labels parted by '|', closed by a colon ('项目 | 一级 | 二级 | 三级：', 'Property | Grade A |
# Grade B:'); a label holds no colon, semicolon or full stop. A label keeps the spaces around it (they are stripped
# where it is read): spaces matched apart from it would let a long row with no colon ('IK代码 | IK00 | … | IK10；')
# be split in exponentially many ways before the search gives up.
# A heading row may also be closed by a semicolon, as the rows after it are ('试验机级别 | 示值相对误差q/% |
# 重复性相对误差b/%；0.5 | ±0.5 | 0.5；…'): then every label must be a column head (`column_head`), not a cell.
_HEADING_ROW = re.compile(r"([^|:：;；。\n]{1,40}?(?:\|[^|:：;；。\n]{1,48}?)+)\s*(?:(?P<colon>[:：])|[;；])")
# A label that holds a value is a cell: a number first ('0.5', '≥315', '—0.2'), a bound before a number ('θ ≤ 600',
# '±(0.1'), or a number last after a word ('撕裂力/N 10', '耐磨性（转数）100').
_VALUE_IN_LABEL = re.compile(r"^[\s≤≥<>±+\-−~]*[\d.]|[≤≥<>±]\s*[(（]?\s*\d|[\s\u4e00-\u9fff)）]\d+(?:[.,]\d+)?\s*$")
_LABEL_WORD = re.compile(r"[\u4e00-\u9fff]|[A-Za-zµμθ]")


def column_head(label: str) -> bool:
    """Whether a label of a row parted by '|' reads as a column's head ('示值相对误差q/%', '工作锥入度（25 ℃，60次）/0.1 mm',
    'Ra/µm', '型号'), not as a cell of values ('≥315', 'θ ≤ 600', '—', '撕裂力/N 10')."""
    return bool(_LABEL_WORD.search(label)) and not _VALUE_IN_LABEL.search(label)


_CLOSE = re.compile(r"[:：;；。]")
_LABEL_MAX = 40
# A label after the first, spaces around it included ('… | maximum static response temperature (°C):').
_NEXT_LABEL_MAX = 48


def _row_start(text: str, start: int, close: int) -> int | None:
    """Where _HEADING_ROW's leftmost match ending at the colon or semicolon `close` starts, the stretch from `start` to
    `close` holding no other stop (None when none can): every label after the first holds 1 to 48 characters, the first
    is the last 40 characters at most of its stretch. Worked out from the '|' marks, so that the pattern is run once, from
    where it matches: run from every place of a long row that no stop closes, it would scan the row again each time."""
    bars = [k for k in range(start, close) if text[k] == "|"]
    if not bars:
        return None
    last = text[bars[-1] + 1:close]
    label = max(len(last.rstrip()), 1)  # (the spaces after the last label, line breaks too, are before the stop)
    if not last or label > _NEXT_LABEL_MAX or "\n" in last[:label]:
        return None
    first = len(bars) - 1  # the index of the bar that opens the earliest label of the row's run of valid labels
    while first > 0 and 1 <= bars[first] - bars[first - 1] - 1 <= _NEXT_LABEL_MAX:
        first -= 1
    opening = bars[first - 1] + 1 if first > 0 else start  # the stretch the first label is the end of
    if bars[first] > opening:
        return max(opening, bars[first] - _LABEL_MAX)
    # an empty first stretch: the row starts with the next label, when a bar still follows it; that label is then
    # the first, so the last 40 characters at most of it ('|' + 41 characters + '|额定：' starts one after the bar)
    return max(bars[first] + 1, bars[first + 1] - _LABEL_MAX) if first + 1 < len(bars) else None


def _heading_row_matches(text: str):
    """The heading rows of `text` (see _HEADING_ROW): closed by a colon, or by a semicolon when all labels are heads.
    Linear in the text: the pattern is tried once for each colon or semicolon after a stretch holding a '|'."""
    if "|" not in text:
        return
    start = 0
    for stop in _CLOSE.finditer(text):
        close = stop.start()
        # (no label holds a line break: the row starts after the last one before its words end)
        opening = text.rfind("\n", start, start + len(text[start:close].rstrip())) + 1 or start
        if stop.group() != "。" and "|" in text[opening:close] \
                and (at := _row_start(text, max(start, opening), close)) is not None \
                and (heading := _HEADING_ROW.match(text, at, close + 1)) is not None \
                and (heading.group("colon") or all(column_head(label) for label in heading.group(1).split("|"))):
            yield heading
        start = stop.end()


# A bound sign the next cell writes before its value ('≤5 | ≤3', '≥ 400 | ≥ 350'): still only a cell mark between.
_CELL_BOUND = re.compile(r"\s*[≤≥<>]\s*$")


def grid_cell(between: str) -> int:
    """How many columns a value moves on from the value before it when only cell marks part them: 1 for ' | ', 3 for
    ' | — | — | ' (empty cells written '—', '-' or '/'), 1 for ' | ≤' (the next cell's own bound sign), 0 when other
    words stand between (not a row of a grid)."""
    if "|" in between and (bound := _CELL_BOUND.search(between)):
        between = between[:bound.start()]
    if not _CELL_BREAK.fullmatch(between):
        return 0
    return between.count("|")


def row_cells(text: str, start: int) -> int:
    """How many cells a grid row has from the cell starting at `start` to the row's end ('≤ 0.05 | 0.1 | 0.05；' -> 3)."""
    end = _ROW_END.search(text, start)
    return text.count("|", start, end.start() if end else len(text)) + 1


def column_labels(before: str, cells: int) -> list[str]:
    """The labels of a grid's last `cells` columns, from the last heading row in `before` (the text up to the row):
    '项目类别 | 水田作物 | 旱地作物 | 蔬菜：…' -> ['水田作物', '旱地作物', '蔬菜'] for a row of 3 values;
    'Characteristic | Grade A | Grade B: …' -> ['Grade A', 'Grade B']. [] when no heading row has that many
    columns: the values are then read without labels."""
    return labels_before(before, heading_rows(before), len(before), cells)


def labels_before(text: str, headings: list[tuple[int, list[tuple[int, int]]]], position: int, cells: int) -> list[str]:
    """`column_labels(text[:position], cells)` from the heading rows of the whole text (`heading_rows(text)`, found once
    for all the rows of a long table rather than once a row)."""
    k = bisect.bisect_right(headings, position, key=lambda heading: heading[0]) - 1
    if k < 0:
        return []
    labels = [text[a:b].strip() for a, b in headings[k][1]]
    if len(labels) < cells or not all(labels[-cells:]):
        return []
    return labels[-cells:]


def heading_rows(text: str) -> list[tuple[int, list[tuple[int, int]]]]:
    """Each heading row of a grid in `text` ('等级 | 试验场强/(V/m)：', 't/min | T/℃：'): where it ends (after its
    colon) and the span of each of its labels, first to last."""
    out = []
    for heading in _heading_row_matches(text):
        spans, start = [], heading.start(1)
        for label in heading.group(1).split("|"):
            lead = len(label) - len(label.lstrip())
            spans.append((start + lead, start + len(label.rstrip())))
            start += len(label) + 1
        out.append((heading.end(), spans))
    return out


# The names of units a Chinese table writes in words ('单位为毫米', '以毫米计').
_ZH_UNIT_WORDS = "毫米|厘米|微米|纳米|千米|米|千克|毫克|微克|克|秒|分钟|小时|千牛|牛|兆帕|千帕|帕|千伏|伏|毫安|安|千瓦|瓦|摄氏度"
# A table's unit stated once for all its values, as GB/T 1.1 and the ISO/IEC Directives have it written by the table:
# '（单位为毫米）', '单位为毫米；性能等级6、8、10', '(Dimensions in millimetres)', 'Values in grams', 'All values in mm'.
_TABLE_UNIT = re.compile(rf"单位为\s*(?P<zh>{_ZH_UNIT_WORDS}|℃|[A-Za-zµμ%][A-Za-zµμ/²³]*)"
                         r"|(?i:(?:dimensions|values)\s+(?:are\s+)?in\s+(?P<en>[a-z]+))", re.I)
_UNIT_NAMES = {"millimetres": "mm", "millimeters": "mm", "centimetres": "cm", "centimeters": "cm", "micrometres": "µm",
               "micrometers": "µm", "metres": "m", "meters": "m", "grams": "g", "grammes": "g", "kilograms": "kg",
               "milligrams": "mg", "seconds": "s", "minutes": "min", "hours": "h", "newtons": "N", "kilonewtons": "kN",
               "megapascals": "MPa", "kilopascals": "kPa", "volts": "V", "kilovolts": "kV", "amperes": "A",
               "watts": "W", "kilowatts": "kW", "percent": "%", "kelvins": "K"}


def stated_table_unit(text: str) -> str:
    """The unit a clause states for its table's values ('（单位为毫米；…）' -> '毫米', '(Dimensions in millimetres)' ->
    'mm'), or ''."""
    m = _TABLE_UNIT.search(text)
    if not m:
        return ""
    return m.group("zh") or _UNIT_NAMES.get((m.group("en") or "").lower(), "")


# A unit declared once for every value of a clause, as the tables of GB/T 1.1 and of the ISO/IEC Directives have it
# ('(dimensions in millimetres)', 'Dimensions in millimetres.', 'All values are in mm.', 'Values in %', '（单位为毫米）',
# '尺寸单位为毫米。', '（以毫米计）'), standing in a bracket or a sentence of its own: the declaration may open them
# ('(Dimensions in millimetres; property classes 6, 8, 10.)'), nothing else comes before it. '以…计' names a unit only
# as a unit's word or a symbol starting with a small letter ('以mg/kg计'); '以干基计', '以N计', '以Pb计' are bases.
_DECLARED = re.compile(
    r"(?:(?i:all\s+|the\s+)?(?i:dimensions|values)\s+(?:(?i:are)\s+)?(?:(?i:given|expressed|stated)\s+)?(?i:in)\s+"
    r"(?P<en>[A-Za-zµμ%][A-Za-zµμ/²³]*)"
    r"|(?:尺寸|数值|表中|本表)?单位(?:为|[:：])\s*(?P<zh>[^\s\d()（）;；,，。.]{1,12})"
    rf"|(?:尺寸|数值)?以\s*(?P<by>{_ZH_UNIT_WORDS}|[a-zµμ%][A-Za-zµμ/²³]{{0,10}})\s*计)\s*(?=$|[)）;；.。])")
# What may stand before a declaration in its sentence or bracket: the opening of either, and spaces.
_DECLARATION_OPENS = re.compile(r"(?:^|[(（]|[.。;；\n]|\|)\s*$")
_BRACKET_CLOSE = re.compile(r"[)）]")


_BY_UNIT = re.compile(rf"以\s*(?:{_ZH_UNIT_WORDS}|[a-zµμ%])")


def may_declare_unit(text: str) -> bool:
    """False when `text` cannot hold a unit declaration (`declared_units`): a quick test of its words, so that the
    pattern is not run on every clause."""
    return "单位" in text or "imensions" in text or "alues" in text or "IMENSIONS" in text or "ALUES" in text \
        or ("计" in text and _BY_UNIT.search(text) is not None)


def declared_units(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit as written) of each unit a clause declares for all its values in a bracket or a sentence of
    its own ('Thread size M12: s = 18; k = 7,5 (dimensions in millimetres).' -> 'millimetres', '螺栓长度 30。单位为毫米。'
    -> '毫米'); the unit's word in English as its symbol ('millimetres' -> 'mm'). Not a unit named inside a sentence
    that says more ('f为频率，单位为kHz', 'values in percent shall be rounded'); the caller checks the unit reads as
    one."""
    out = []
    for m in _DECLARED.finditer(text):
        opening = _DECLARATION_OPENS.search(text, max(0, m.start() - 8), m.start())
        if not opening:
            opening = opens_with_tuple_names(text, m.start())  # ('(N × d × D, dimensions in millimetres)')
        if not opening:
            continue
        en = m.group("en")
        unit = _UNIT_NAMES.get(en.lower(), en) if en else m.group("zh") or m.group("by")
        # (the rest of its bracket is the declaration's too: '(Dimensions in millimetres; property classes 6, 8,
        # 10.)' declares no unit for the classes)
        close = _BRACKET_CLOSE.search(text, m.end()) if opening.group(0).strip()[:1] in ("(", "（") else None
        out.append((m.start(), close.end() if close else m.end(), unit))
    return out


_STOP_AT_END = re.compile(r"[;；:：。]\s*$")
_CELLS = re.compile(r"\s\|\s|\t")  # (a cell break, or the tab that folds to one)


_SEMICOLON_IN_LINE = re.compile(r"[;；](?!\s*$)")


def semicolons_in_cells(lines: list[str]) -> list[str]:
    """The lines of a table pasted one row a line, with the semicolons inside a cell ('小麦 | BP；S | 4 | 8', 'Zea mays |
    BP; S | 4 | 7': a cell listing two substrates) made commas: a line with as many cell marks as the heading line
    above it is one row, so a semicolon in it parts a cell's items, never two rows (which `line_breaks_as_row_ends`
    then marks with '；'). A semicolon ending a line, and lines with another count of cells, stay as they are; the
    length of every line too."""
    out = list(lines)
    heading = None  # (how many cell marks the first line of the current run of lines of cells has)
    for k, line in enumerate(lines):
        marks = len(_CELLS.findall(line))
        if not marks:
            heading = None
            continue
        if heading is None:
            heading = marks
        elif marks == heading and _SEMICOLON_IN_LINE.search(line):
            out[k] = _SEMICOLON_IN_LINE.sub(lambda m: "，" if m.group() == "；" else ",", line)
    return out


def line_breaks_as_row_ends(text: str) -> str:
    """A table pasted with one row a line ('牢度等级 | CIELAB色差 | 容差\\n4 | 1.7 | ±0.3\\n3 | 3.4 | ±0.4', as a
    document's table or a spreadsheet copies, cells parted by ' | ' or a tab): each line break between two lines of
    cells ends a row as '；' does in a table written in one sentence, so that the rows after the first are read under
    the heading row. A break after a line that ends with its own stop becomes a space; breaks next to a line without
    cells, and the text's length, stay as they are."""
    if "\n" not in text:
        return text
    lines = semicolons_in_cells(text.split("\n"))
    out = [lines[0]]
    for before, after in zip(lines, lines[1:]):
        if _CELLS.search(before) and _CELLS.search(after):
            out.append(" " if _STOP_AT_END.search(before) else "；")
        else:
            out.append("\n")
        out.append(after)
    return "".join(out)


# A row of a table written with its cells parted by spaces: its key (a code or a number, `_ROW_KEY`), then its values.
_SPACED_VALUE = r"[-−]?\d+(?:[.,]\d+)?"
_SPACED_LABEL_MAX = 48


def spaced_cells_as_grid(text: str) -> str:
    """A table written in one sentence with its heading's labels parted by semicolons and each row's cells by spaces
    ('Chain number; pitch p, nom., mm; tensile strength, min., kN: 08B 12,70 17,8; 10B 15,875 22,2.', as a table is
    pasted from a document) written with cell marks ('Chain number| pitch p, nom., mm| …: 08B|12,70|17,8; …'), so that
    each value is read under its column as in a grid parted by '|'. Only where the heading has three labels or more,
    those after the first column heads (`column_head`), and every row of two or more, up to the sentence's end, holds
    a key and one number a column, no more and no fewer. Same length; other text is left as it is."""
    if "|" in text or not (";" in text or "；" in text) or not (":" in text or "：" in text):
        return text
    chars = None
    for colon in re.finditer(r"[:：]", text):
        start = max(text.rfind(stop, 0, colon.start()) for stop in ("。", ". ", "\n", ":", "：")) + 1
        labels = re.split(r"[;；]", text[start:colon.start()])
        rows = flat_table_rows(text, colon.end(), labels, rf"\s{_SPACED_VALUE}", _SPACED_LABEL_MAX)
        if not rows:
            continue
        chars = chars or list(text)
        for k in range(start, colon.start()):
            if text[k] in ";；":
                chars[k] = "|"
        for r in rows:
            cells = r.group(0).strip()
            at = r.start() + r.group(0).index(cells)
            for space in re.finditer(r"\s(?=[-−]?\d)", cells):
                if space.start() >= len(_ROW_KEY.match(cells).group(0)) - 1:
                    chars[at + space.start()] = "|"
    return "".join(chars) if chars else text


def flat_table_rows(text: str, after: int, labels: list[str], cell: str, label_max: int) -> list[re.Match]:
    """The rows of a table written in one sentence after its heading's labels and colon (`after`, where the colon
    ends), up to the sentence's end, parted by semicolons: [] unless the heading has three labels or more, each of
    at most `label_max` characters, those after the first column heads (`column_head`), and every row of two or more
    holds a key (`_ROW_KEY`) and one value a column, each after its joint (`cell`, a pattern: a space and a number in
    `spaced_cells_as_grid`, a comma and a number or dash in `lists.comma_cells_as_grid`), no more and no fewer."""
    if len(labels) < 3 or any(not 0 < len(label.strip()) <= label_max for label in labels) \
            or not all(column_head(label) for label in labels[1:]):
        return []
    end = _SENTENCE_END.search(text, after)
    stop = end.start() if end else len(text)
    row = re.compile(rf"\s*(?:{_ROW_KEY.pattern})(?:{cell}){{{len(labels) - 1}}}\s*")
    rows = list(_ROW_SPLIT.finditer(text, after, stop))
    return rows if len(rows) >= 2 and all(row.fullmatch(r.group(0)) for r in rows) else []


def grid_rows_after(text: str, start: int) -> list[list[tuple[int, int]]]:
    """The rows of a grid from `start` (after its heading row) to the end of the sentence, each as the spans of its
    cells ('1 | 1；2 | 3。' -> [[(0, 1), (4, 5)], [(6, 7), (10, 11)]]); a heading row of its own ends them."""
    end = _SENTENCE_END.search(text, start)
    stop = end.start() if end else len(text)
    rows = []
    for row in _ROW_SPLIT.finditer(text, start, stop):
        if ":" in row.group(0) or "：" in row.group(0):
            break  # ('…；表2 短时中断：…': another table)
        cells, at = [], row.start()
        for cell in row.group(0).split("|"):
            lead = len(cell) - len(cell.lstrip())
            cells.append((at + lead, at + len(cell.rstrip())))
            at += len(cell) + 1
        rows.append(cells)
    return rows


_SENTENCE_END = re.compile(r"。|\n|\.\s+(?=[A-Z\u4e00-\u9fff])|\.$")
_ROW_SPLIT = re.compile(r"[^;；]+")


# The cell that keys a row: a short code or number, no bound, no unit words ('A1S', 'C2S', '3', 'P 16').
_ROW_KEY = re.compile(r"[A-Za-z]{0,4}\s?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}[A-Za-z]{0,2}")
# What parts a heading's key column name from the words before it ('Slow damped oscillatory wave — Level').
_HEAD_PART = re.compile(r"[-—–:：)）,，]")


def keyed_rows(text: str) -> list[tuple[str, list[tuple[tuple[int, int], tuple[int, int]]]]]:
    """The rows of a table whose heading names a key column and then one quantity a column ('Test No. | Temperature |
    Liquor volume | Time: A1S | 40 °C | 150 ml | 30 min; C2S | 60 °C | 50 ml | 30 min'), each row as its key (the key
    column's head and the row's first cell: 'Test No. A1S') and, for each later cell, the cell's span and its column
    label's span. Only heading rows of three labels or more whose labels after the first are all column heads, and rows
    with one cell a label whose first cell is a code or a number (`_ROW_KEY`). Whether the columns hold quantities or
    classes ('项目 | 一级 | 二级：总磷 | 0.5 | 1') the heading does not say: the caller tells by the values."""
    out = []
    for end, spans in heading_rows(text):
        if len(spans) < 3 or not all(column_head(text[a:b]) for a, b in spans[1:]):
            continue
        head = _HEAD_PART.split(text[spans[0][0]:spans[0][1]])[-1].strip()
        for cells in grid_rows_after(text, end):
            if len(cells) != len(spans) or not _ROW_KEY.fullmatch(text[cells[0][0]:cells[0][1]]):
                continue
            out.append((f"{head} {text[cells[0][0]:cells[0][1]]}".strip(), list(zip(cells[1:], spans[1:]))))
    return out


# A label that keys the items after it: a code of letters glued to digits at the start of the text or of a sentence
# or list item, then a colon ('A1S：温度 40 ℃，液量 150 mL。C2S：…', 'Z25：平均值…', '牌号 P16：…；P40：…'); a word or two
# may head it ('牌号 P16', 'Grade B12').
_KEYING_LABEL = re.compile(r"(?:^|(?<=[;；。\n]))\s*(?:[\u4e00-\u9fff]{1,4}\s?|[A-Za-z]{2,12}\s)?"
                           r"(?P<key>[A-Za-z]{1,4}[\d⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}[A-Za-z]{0,2})\s*[:：]")


def label_keys(text: str) -> list[tuple[int, int, str]]:
    """The stretches a label keys (`_KEYING_LABEL`): from after the label's colon to the next such label or the end
    of the text, with the label's code ('A1S：温度 40 ℃，时间 30 min。C2S：温度 60 ℃' -> the two stretches, keyed 'A1S'
    and 'C2S'). Every value in a stretch is an item of that label's row; [] when fewer than two labels key the text
    (one label is a heading, not a row key)."""
    labels = list(_KEYING_LABEL.finditer(text))
    if len(labels) < 2:
        return []
    ends = [m.start() for m in labels[1:]] + [len(text)]
    return [(m.end(), end, m.group("key")) for m, end in zip(labels, ends)]


def heading_row_end(before: str) -> int:
    """Where the last heading row of a grid in `before` ends (after its colon), 0 when there is none: the words of a
    heading ('项目 | 一级 | 二级：') name the columns, never the row after it ('总磷')."""
    end = 0
    for heading in _heading_row_matches(before):
        end = heading.end()
    return end


_LIST_JOINT = re.compile(r"\s*(?:[,，、]|[,，]?\s*(?:和|及|(?<![A-Za-z])and(?![A-Za-z])))\s*", re.I)


# A value's aside in brackets, then a list's joint and the next item ('10 (50 Hz systems) or 12 (60 Hz systems)',
# '0,5 (at 20 °C) and 0,8 (at 40 °C)'): the text from the value to the aside's own value opens the bracket, the text
# from the aside's value to the next number closes it and joins.
_ASIDE_OPENS = re.compile(r"\s*[(（][^()（）\d;；:：。]{0,24}")
_ASIDE_CLOSES_THEN_JOINT = re.compile(r"[^()（）\d;；:：。]{0,24}[)）]\s*(?:[,，、]|[,，]?\s*(?:和|及|或|(?<![A-Za-z])(?:and|or)"
                                      r"(?![A-Za-z])))\s*", re.I)


def item_after_aside(opening: str, closing: str) -> bool:
    """Whether a number is the next item of a list whose item before it ends with an aside in brackets holding one
    value ('The window width shall be 10 (50 Hz systems) or 12 (60 Hz systems) periods'): `opening` is the text from
    the item's value to the aside's value (' ('), `closing` the text from the aside's value to the number
    (' systems) or '). The number is then a value of the same quantity as the item before, as in a list with no
    asides ('10 or 12 periods')."""
    return bool(_ASIDE_OPENS.fullmatch(opening)) and bool(_ASIDE_CLOSES_THEN_JOINT.fullmatch(closing))


_ITEM_ENDS = re.compile(r"\s*(?:[,，、;；。|)）]|\.(?:\s|$)|$|(?:和|及|(?i:and|or|for)(?![A-Za-z])))")


def list_continues(between: str, after: str) -> bool:
    """True when only a list's joint parts a value from a bare number after it ('tear resistance (N) 10, 25, 50, 75',
    'min. 70, 55, 40', '转速 100 r/min、200 r/min和300 r/min'): the number is one more value of the same quantity, in
    the unit and with the kind of limit the list states once. `after` is the text after the number: a number
    with words glued to it ('6 mm，6个矩形花键', '2个试样') counts something else, it is no item of the list."""
    return bool(_LIST_JOINT.fullmatch(between)) and bool(_ITEM_ENDS.match(after))


# A list of names as written: Chinese ones parted by '、' (and a last '和'/'及'/'与'), English ones by commas with a last
# 'and'/'or'. A name is a short noun: up to ten characters, or up to three words.
_ZH_NAME = r"(?![和及与的均各都])[\u4e00-\u9fff](?:(?![和及与的均各都])[\u4e00-\u9fffA-Za-z0-9]){0,9}"
_ZH_NAMES = re.compile(rf"(?:^|(?<=[:：;；，,。\s|(（]))({_ZH_NAME}(?:(?:\s*、\s*{_ZH_NAME})+(?:\s*(?:和|及|与)\s*{_ZH_NAME})?"
                       rf"|\s*(?:和|及|与)\s*{_ZH_NAME}))")
_EN_NAME = (r"[A-Za-z][A-Za-z\-]*(?:\s(?!(?:and|or|shall|must|should|be|is|are|not|each|all|both|max|min|maximum|minimum)\b)"
            r"[a-z][a-z\-]*){0,2}")
_EN_NAMES = re.compile(rf"(?:^|(?<=[:;,.\s(]))({_EN_NAME}(?:,\s*{_EN_NAME})+,?\s+(?:and|or)\s+{_EN_NAME})")
# ... and, when 'each' after the value says the list shares it, three names or more parted by commas alone ('colon,
# lung, stomach: 0,12 each'), as a Chinese list parted by '、' needs no last '和'.
_EN_COMMA_NAMES = re.compile(rf"(?:^|(?<=[:;,.\s(]))({_EN_NAME}(?:,\s*{_EN_NAME}){{2,}})")
_NAME_PARTS = re.compile(r"\s*(?:、|,|，|(?<![A-Za-z])(?:and|or)(?![A-Za-z])|和|及|与)\s*")
# Between the list and the value: only a unit, a bracket, a bound word, a colon, the quantity's own name ('的最小截面积')
# and the word saying each holds the value.
_LIST_TAIL = re.compile(r"[\s:：()（）/%A-Za-zµμ0-9.·]*?(?:的[\u4e00-\u9fff]{1,8}?)?\s*(?:均|各|都|皆)?(?:应|须|必须)?\s*"
                        r"(?:为|是|不得超过|不应超过|不超过|不大于|不小于|不低于|不高于|小于|大于|低于|高于)?\s*[≤≥<>=]?\s*$")


_DIFFERENCE = re.compile(r"之差|之比|差值|比值|(?<![A-Za-z])(?:difference|ratio)(?![A-Za-z])", re.I)


def says_each_after(after: str) -> bool:
    """True when the words right after a value say it holds for each item named ('0,12 each', 'apiece')."""
    return bool(_EACH_AFTER.match(after))


def enumerated_names(left: str, after: str) -> list[str]:
    """The names of a list that one value holds for, as written, when a word says it holds for each ('钙、铁、铝、镁、
    钠、钾/(mg/kg) 均≤0.5', '铜和钢的最小截面积均为16 mm²' is no list of three, 'calcium, iron, sodium and
    potassium: max. 0,5 mg/kg each'); [] when no such word is written, or other words stand between the list and the
    value. `left` is the text from the start of the sentence to the value; `after` the words after it."""
    if _DIFFERENCE.search(left):
        return []  # '测量值与参考值之差', 'the difference between A and B': one quantity of two names
    each_after = says_each_after(after)
    if not (each_after or _EACH_BEFORE.search(left[-16:])):
        return []
    for pattern in (_ZH_NAMES, _EN_NAMES) + ((_EN_COMMA_NAMES,) if each_after else ()):
        last = None
        for last in pattern.finditer(left):
            pass
        if last is None:
            continue
        tail = left[last.end(1):]
        if not (each_after or _EACH_BEFORE.search(tail)) or not _LIST_TAIL.match(tail):
            continue
        names = [n for n in _NAME_PARTS.split(last.group(1)) if n]
        if len(names) >= 2:
            return names
    return []


# ------------------------------------------------------------------------------------------------ series

MIN_SERIES = 5


def monotonic_runs(values: list[float], least: int = MIN_SERIES) -> list[tuple[int, int]]:
    """The stretches [i, j) of at least MIN_SERIES values that rise or fall step by step, each value another
    ('1, 1.25, 1.5, 2, 2.5, 3; 1.125, 1.375, 1.75, 2.25, 2.75' -> [(0, 6), (6, 11)]): the form of a series of
    preferred or nominal values (R10 numbers, sieve openings, cylinder bores, line widths), which a standard lists to
    choose from, not as limits. A stretch ends where the direction turns or a value repeats; `least` values at
    least (a short list offered as a choice: `series.FEWEST_OFFERED`)."""
    runs, start, direction = [], 0, 0
    for k in range(1, len(values) + 1):
        step = 0 if k == len(values) else (values[k] > values[k - 1]) - (values[k] < values[k - 1])
        if k < len(values) and step and (not direction or step == direction):
            direction = step
            continue
        if k - start >= least:
            runs.append((start, k))
        start, direction = (k - 1, step) if step else (k, 0)
    return runs


# ------------------------------------------------------------------------------------------------ bounds of one quantity

# 'pHe 6.5 min, 9.0 max.': a value, 'min' and, after a comma, a value with 'max' after it (and its unit, if any).
_MAXIMUM_NEXT = re.compile(r"\s*[,，;；]\s*[-+−]?\d[\d.,]*(?:\s?[^\s\d,，;；.]{1,10})?\s*(?i:max(?:imum)?)(?![A-Za-z])")


def minimum_then_maximum(after_min: str) -> bool:
    """Whether the text after a value's 'min' (`after_min`, from just after 'min') goes on with the same quantity's
    maximum ('pHe 6.5 min, 9.0 max.', 'front position lamp 4 cd min., 140 cd max.'): then 'min' is the minimum of a
    pair of bounds, never minutes."""
    return bool(_MAXIMUM_NEXT.match(after_min.removeprefix(".")))


# A column head that names the lower or the upper bound of a quantity ('最小值/cd', 'Minimum (cd)', '动作温度下限值/℃',
# '最小', 'min.', 'Lower limit'): the word leads the head or stands right before its unit.
_LOW_HEAD = re.compile(r"最小|下限|最低|(?<![A-Za-z])(?i:min(?:imum)?|lower(?:\s+limit)?|low)(?![A-Za-z])")
_HIGH_HEAD = re.compile(r"最大|上限|最高|(?<![A-Za-z])(?i:max(?:imum)?|upper(?:\s+limit)?|high)(?![A-Za-z])")


def bound_columns(labels: list[str]) -> list[int]:
    """The columns of a grid whose heads name a quantity's lower bound with its upper bound in the next column
    ('灯具类型 | 最小值/cd | 最大值/cd' -> [1], 'Category | Minimum (cd) | Maximum (cd)' -> [1], '… | 最小 | 最大' ->
    [k]): each row's two cells there are the two ends of one range, not two limits. The first column keys the rows;
    a pair of heads must name nothing but the one bound each ('Minimum tensile strength | Maximum elongation' names two
    quantities)."""
    out = []
    for k in range(1, len(labels) - 1):
        low, high = labels[k], labels[k + 1]
        if _LOW_HEAD.search(low) and _HIGH_HEAD.search(high) and not _HIGH_HEAD.search(low) \
                and not _LOW_HEAD.search(high) and _same_quantity(_LOW_HEAD.sub(" ", low), _HIGH_HEAD.sub(" ", high)):
            out.append(k)
    return out


# A row's first cell holding the row's key and its first value ('A1 25 | 50 | 54 | 65', 'B 40'): a key of letters and
# digits with no space, then one number.
_KEY_AND_VALUE = re.compile(r"(\S{1,12}?)\s+[-+−]?\d[\d.,]*\s*$")
# Cells written with a comma and a space between them ('A1 25, 50, 54, 65'); a decimal comma has no space after it.
_COMMA_CELLS = re.compile(r",\s+|，\s*")


def cells_under(text: str, cells: list[tuple[int, int]], columns: int) -> list[tuple[int, int]] | None:
    """The spans of a grid row's cells, one for each of the heading's `columns` labels, or None when the row cannot be
    laid under them. A row written as the heading is returned as it is; a row whose first cell holds its key and
    its first value ('A1 25 | 50 | 54 | 65' under five heads) has that cell split in two; a row with no '|' whose
    values a comma and a space part ('A1 25, 50, 54, 65') is split there first."""
    if len(cells) == columns:
        return cells
    if len(cells) == 1 and columns > 2:
        a, b = cells[0]
        split, at = [], a
        for sep in _COMMA_CELLS.finditer(text, a, b):
            split.append((at, sep.start()))
            at = sep.end()
        cells = [*split, (at, b)]
        if len(cells) == columns:
            return cells
    if len(cells) == columns - 1 and columns > 2:
        a, b = cells[0]
        m = _KEY_AND_VALUE.fullmatch(text, a, b)
        if m and not _KEY_AND_VALUE.fullmatch(m.group(1)) and re.search(r"[A-Za-z\u4e00-\u9fff]", m.group(1)):
            return [(a, m.end(1)), (m.end(1) + len(text[m.end(1):b]) - len(text[m.end(1):b].lstrip()), b), *cells[1:]]
    return None


_HEAD_NOISE = re.compile(r"[\s值/()（）\[\]:：,，.|]+")


def _same_quantity(low: str, high: str) -> bool:
    """Whether two column heads, their bound words taken out, name the same quantity in the same unit (or one of
    them names nothing: '运动粘度范围/(mm²/s) 最小 | 最大')."""
    low, high = _HEAD_NOISE.sub(" ", low).strip().casefold(), _HEAD_NOISE.sub(" ", high).strip().casefold()
    if low == high or not low or not high:
        return True
    # ('minimum static response temperature | maximum static response temperature (°C)': the last head of a row
    # states the unit of the whole heading in brackets, after the same name)
    return high.startswith(low + " ") and len(high.split()) == len(low.split()) + 1


# A grid row naming a quantity's low or high end ('低温 | ℃ | +5', 'a) Low air temperature | °C | +5', '最低气压 | kPa | 70',
# 'Minimum supply voltage | V | 198'): the bound word leads the row's first cell, after an item letter.
_ITEM_LETTER = re.compile(r"\s*(?:(?:[a-z][)）.]|[(（][a-z][)）])\s*)?")
_LOW_ROW = re.compile(r"(?:最低|下限|低|(?i:low(?:er)?|minimum)\s+)(?P<rest>.+)")
_HIGH_ROW = re.compile(r"(?:最高|上限|高|(?i:high(?:er)?|upper|maximum)\s+)(?P<rest>.+)")


def low_high_rows(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Pairs of grid rows, one after the other, that give the low and the high end of one quantity ('低温 | ℃ | +5' then
    '高温 | ℃ | +40'; 'c) Low relative humidity | % | 5' then 'd) High relative humidity | % | 85'): the spans of the
    two rows' last cells, which hold the two ends of one range. The rows name the same quantity once their bound
    words are taken out, and their other cells (a unit's column) are the same."""
    if "|" not in text:
        return []
    rows = []
    at = 0
    for line in re.split(r"(\n|[;；])", text):
        if line in ("\n", ";", "；"):
            at += len(line)
            continue
        if "|" in line:
            cells, k = [], at
            for cell in line.split("|"):
                lead = len(cell) - len(cell.lstrip())
                cells.append((k + lead, k + len(cell.rstrip())))
                k += len(cell) + 1
            rows.append(cells)
        else:
            rows.append(None)
        at += len(line)
    out = []
    for first, second in zip(rows, rows[1:]):
        if not first or not second or len(first) != len(second) or len(first) < 2:
            continue
        name_low = text[first[0][0]:first[0][1]]
        name_high = text[second[0][0]:second[0][1]]
        low = _LOW_ROW.fullmatch(name_low, _ITEM_LETTER.match(name_low).end())
        high = _HIGH_ROW.fullmatch(name_high, _ITEM_LETTER.match(name_high).end())
        if not low or not high or low.group("rest").strip().casefold() != high.group("rest").strip().casefold():
            continue
        if any(text[a:b] != text[c:d] for (a, b), (c, d) in zip(first[1:-1], second[1:-1])):
            continue
        out.append((first[-1], second[-1]))
    return out


# ------------------------------------------------------------------------------------------------ a rate written per first

# '每小时3次～10次', '每小时不少于6次', '每分钟应为60次': the period a count is made in, written before the count.
_PERIOD_FIRST = re.compile(r"每\s*(小时|分钟|分|秒|天|日|周|年)\s*(?:应|须)?\s*(?:不少于|不多于|不超过|不低于|不大于|不小于|"
                           r"至少|最多|至多|约|为|是)?\s*[:：]?\s*$")


def period_before_count(before: str) -> str:
    """The period a count is a rate in when it is written before the count ('老化箱内的空气置换次数应为每小时' -> '小时'),
    or ''. The count with it is a rate: '每小时3次～10次' is 3 to 10 per hour, as 'between three and ten times per
    hour' is."""
    m = _PERIOD_FIRST.search(before[-16:]) if "每" in before else None
    return m.group(1) if m else ""


# ------------------------------------------------------------------------------------------------ a list's unit

# A heading that states its values' unit right before the colon opening them: in brackets, alone or last after what
# the values are, after a comma or, in Chinese, a space ('Designation and size (mm):', '信封规格（长×宽，mm）：',
# 'Limits (µg/kg):', '（弹性安装，振动速度有效值 mm/s）：'), or in words ('trimmed sizes in millimetres:', 'Dimensions in
# mm:'). (A unit after '/' heads a column or a row: '排放浓度/(mg/L)：', read as
# such by the extractor.) A unit's power is the one digit it holds, right after a letter ('(kN/m²):', '（平均代谢率，
# W/m²）：', folded to 'm2').
# A class letter in brackets right after the class's number ('class 155 (F):', '155级（F）：', '4级（A）3.5～4.0', '2类
# （B）') names the class again (`verdicts.row_designations` keys the row by it), no unit of the values after it (F is
# no farad, A no ampere); a grade word with no number before it may head a unit ('电压等级（V）', 'Rated current (A):').
# (A negative lookahead, put right before the opening bracket; hidden digits are superscripts.)
NUMBERED_CLASS_LETTER = r"(?!(?:(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹][级类型等])|(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹])|(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹]\s))[(（\[][A-Z][)）\]])"
_COLON_UNIT = re.compile(r"(?:(?<![/／])(?<![/／]\s)" + NUMBERED_CLASS_LETTER
                         + r"[(（](?:[^()（）:：;；。]{0,16}(?:[,，]|(?<=[\u4e00-\u9fff])\s)\s*)?\s*"
                         r"(?P<bracketed>(?:[^\s()（）\d,，;；:：。]|(?<=[A-Za-z])[23]){1,10})\s*[)）]"
                         # (a weighted level in words takes its weighting letter: 'Limit values in dB(A):', no ampere)
                         r"|(?<![A-Za-z])in\s+(?P<words>[A-Za-zµμ][A-Za-zµμ/²³]{0,14}(?:\([A-Z]\))?)"
                         # (what the values are of may follow: 'Permissible deviations in mm for broken edges:')
                         r"(?:\s+(?:for|of)\s+[A-Za-z][A-Za-z \-]{0,40}?(?=\s*:))?"
                         # (a bracket that opens with a ratio unit and then says of what or where: '(mg/kg of dry matter,
                         # soil pH 6 to 7):', '(%, mass fraction):')
                         r"|[(（](?P<leading>[A-Za-zµμ]{1,3}/[A-Za-zµμ]{1,3}[23²³]?|%)(?:\s+of\s|[,，])[^()（）:：;；。]{1,60}[)）])"
                         # (how an alternating or varying value is taken, after its unit: 'test voltage in V r.m.s.:')
                         r"(?:\s+(?:r\.m\.s\.|rms|peak|d\.c\.|a\.c\.)(?![A-Za-z]))?\s*[:：]")
_LIST_END = re.compile(r"。|\n|\.(?:\s|$)")
# The words a list's first row opens with, two or three of them ('vehicles used for', 'ISO Class'), or its run of
# Chinese characters ('振动等级' of '振动等级A').
_ROW_OPENING = re.compile(r"\s*([A-Za-z]+(?:\s+[A-Za-z]+){1,2}|[\u4e00-\u9fff]{2,8})")


# A row labelled as a class, a grade or a type of the list's ('class f: ± 0,05', 'tolerance classes f and m: …',
# 'Classes c and v: ± 0,4', '精密级±0.05', '粗糙级±0.2', 'Ⅱ类 ≤ 5'): the class's word, or the Chinese label's last
# character, then the label, then the colon or the value. Rows labelled alike in later sentences are more rows of the
# same list, however the label opens.
_CLASS_ROW_EN = re.compile(r"\s*(?:[A-Za-z]+\s+)?(?i:(class|grade|type|categor|group|level))(?:es|s|y|ies)?\s+"
                           r"[A-Za-z0-9ⅠⅡⅢⅣⅤ]{1,3}(?![A-Za-z0-9])[^.:;。]{0,40}?:\s*[±\d+\-−≤≥<>]")
_CLASS_ROW_ZH = re.compile(r"\s*[\u4e00-\u9fffⅠⅡⅢⅣⅤA-Za-z0-9]{1,6}?([级类型等])(?:[（(][^)）]{1,12}[)）])?\s*[:：]?\s*[±\d≤≥<>]")


def _row_kind(text: str, at: int) -> str:
    """The kind of label a row opens with at `at` ('class', 'grade', '级', '类'), or ''."""
    m = _CLASS_ROW_EN.match(text, at) or _CLASS_ROW_ZH.match(text, at)
    return m.group(1).lower() if m else ""


def rows_opening_alike_end(text: str, start: int, end: int) -> int:
    """Where a list that opens at `start`, and whose first sentence ends at `end`, ends: the sentences after it that
    open with the words its first row opened with are more of its rows ('Limit values in dB(A): vehicles used for
    passengers: 74. Vehicles used for goods: 76; …', '(particles/m³): ISO Class 6: 35 200. ISO Class 8: 3 520 000'),
    in the heading's unit; the first sentence that opens otherwise ends the list."""
    first = _ROW_OPENING.match(text, start)
    kind = _row_kind(text, start)
    if not first and not kind:
        return end
    words = first.group(1).lower() if first else "\0"
    while end < len(text) and text[end] in ".。":
        row = _ROW_OPENING.match(text, end + 1)
        if not row or not row.group(1).lower().startswith(words) \
                or (len(row.group(1)) > len(words) and row.group(1)[len(words)].isalpha()):
            if not kind or _row_kind(text, end + 1) != kind:
                break
        after = _LIST_END.search(text, end + 1)
        end = after.start() if after else len(text)
    return end


def colon_unit_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each list opened by a colon after a heading that states the unit of its values ('Designation
    and size (mm): DL, 110 × 220; C5, 162 × 229.', 'A series, trimmed sizes in millimetres: A0, 841 × 1 189; …'):
    from the colon to the end of the sentence, values written without a unit are in that unit. The unit is as
    written (a unit's name in words as its symbol: 'millimetres' -> 'mm'); the caller checks that it reads as one."""
    out = []
    for m in _COLON_UNIT.finditer(text):
        unit = m.group("bracketed") or m.group("leading") or _UNIT_NAMES.get((m.group("words") or "").lower(), m.group("words") or "")
        end = _LIST_END.search(text, m.end())
        out.append((m.end(), rows_opening_alike_end(text, m.end(), end.start() if end else len(text)), unit))
    return out


# A heading that names its quantity a rate per period right before the colon or bound that opens its values ('average
# probability of a dangerous failure per hour (PFHD) ≥ 10⁻⁸', '每小时危险失效概率（PFHD）：SIL 3，≥10⁻⁸'): the values
# written without a unit, to the end of the sentence, are per that period. An abbreviation of the name in brackets
# may stand between.
_PER_PERIOD_HEADING = re.compile(
    r"(?:(?<![A-Za-z])(?i:per)\s+(?P<en>hour|minute|second|day|year)|每(?P<zh>小时|分钟|秒|天|日|年)[\u4e00-\u9fff]{1,12})"
    r"(?:\s*[(（][A-Za-z]{2,8}[)）])?\s*(?=[:：≥≤<>])")
_PERIOD_UNITS = {"hour": "1/h", "小时": "1/h", "minute": "1/min", "分钟": "1/min", "second": "1/s", "秒": "1/s",
                 "day": "1/d", "天": "1/d", "日": "1/d", "year": "1/year", "年": "1/year"}


# A heading that counts things per a volume, an area or a mass right before the colon or bound that opens its values
# ('maximum number of particles per m³:', 'Number of colonies per 100 cm²:', 'count of fibres per litre ≤'): the
# values written without a unit, to the end of the sentence, are counts per that amount ('1/m³'), whatever unit the
# bands of size between them write ('0,5 µm ≤ d < 5 µm, 3 520').
_PER_AMOUNT_HEADING = re.compile(
    r"(?<![A-Za-z])(?i:number|count|concentration)\s+of\s+[A-Za-z][A-Za-z \-]{0,40}?\s+per\s+"
    r"(?P<amount>(?:\d+\s?)?(?:m³|m3|cm³|cm3|m²|m2|cm²|cm2|L|l|mL|ml|g|cubic met(?:re|er)|litre|liter|"
    r"square met(?:re|er)|gram(?:me)?)(?![A-Za-z0-9]))\s*(?=[:：≥≤<>])")
_AMOUNT_UNITS = {"cubic metre": "m³", "cubic meter": "m³", "litre": "L", "liter": "L", "square metre": "m²",
                 "square meter": "m²", "gram": "g", "gramme": "g", "l": "L", "ml": "mL"}


def per_amount_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each list whose heading counts things per an amount (`_PER_AMOUNT_HEADING`): from the
    heading's end to the end of the sentence, values written without a unit are in '1/m³' (or per 100 cm², per L)."""
    if "per " not in text:
        return []
    out = []
    for m in _PER_AMOUNT_HEADING.finditer(text):
        amount = m.group("amount")
        number = re.match(r"\d+\s?", amount)
        word = amount[number.end():] if number else amount
        unit = _AMOUNT_UNITS.get(word.lower(), word)
        end = _LIST_END.search(text, m.end())
        out.append((m.end(), end.start() if end else len(text),
                    f"1/({number.group(0).strip()} {unit})" if number else f"1/{unit}"))
    return out


def per_period_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, unit) of each list whose heading names a rate per a period (`_PER_PERIOD_HEADING`): from the
    heading's end to the end of the sentence, values written without a unit are in '1/h' (or per minute, day ...)."""
    if "per" not in text and "每" not in text:
        return []
    out = []
    for m in _PER_PERIOD_HEADING.finditer(text):
        end = _LIST_END.search(text, m.end())
        out.append((m.end(), end.start() if end else len(text), _PERIOD_UNITS[m.group("en") or m.group("zh")]))
    return out


# ------------------------------------------------------------------------------------ counts of things
# The things a procedure's step counts: test pieces, plates, layers, hammers, repetitions of an operation. A closed list
# of plural nouns (a count of one names a thing, no count to compare), and the Chinese counters of things before a noun.
COUNTED_NOUNS = ("specimens", "test specimens", "test pieces", "pieces", "samples", "plies", "layers", "plates", "discs",
                 "disks", "hammers", "tablets", "capsules", "doses", "breakdowns", "tests", "determinations",
                 "replicates", "measurements", "readings", "torsions", "bendings", "drops", "impacts", "blows", "strokes",
                 "pulls", "containers", "bottles", "sachets", "portions", "strips", "sheets", "rods", "balls",
                 "electrodes", "animals", "fish", "bags", "packages", "jars", "cans", "shocks",
                 # the flames a fire test applies at once ('two burners are used', '使用两个喷灯'; fixrest33)
                 "burners",
                 # the insertions a socket or connector withstands ('withstand 5 000 insertions and withdrawals', as
                 # '承受5 000次插拔试验' counts them; fixcount37)
                 "insertions",
                 # the groups of a test design and the organisms a toxicity test puts in each ('Three replicate test
                 # groups, each of ten bees'; '每个处理设3个重复，每个重复10只蜜蜂')
                 "test groups", "replicate groups", "dose groups", "treatment groups", "organisms", "bees", "worms",
                 "earthworms", "daphnids", "larvae", "rats", "mice", "rabbits", "birds", "chicks",
                 # the rounds of an iterated algorithm ('use 32 rounds of a nonlinear iteration', as '采用32轮' counts
                 # them; fixcount38)
                 "rounds",
                 # the single doses a pharmacopoeial test takes ('test the next 20 dosage units', 'for 12 dosage units',
                 # as '12个制剂单位' counts them; fixcount39)
                 "dosage units")
_NOUNS = "|".join(sorted(COUNTED_NOUNS, key=len, reverse=True))
# One word may describe the things ('twelve steel discs', '5 other doses'), never a word that starts a phrase of its own.
COUNTED_EN = re.compile(rf"\s+(?:(?!(?:of|or|and|to|per|at|in|the|each|for|with)\s)[a-z][a-z\-]+\s+)??({_NOUNS})(?![A-Za-z])")
# The first of two counts that share the things counted, each with its own word ('3 treated and 6 untreated test
# specimens': 3 treated test specimens; fixrest33).
_SHARED_COUNTED_EN = re.compile(r"\s+[a-z][a-z\-]*\s+(?:and|or)\s+\d+" + COUNTED_EN.pattern)
_COUNTERS_ZH = "块片层个只条根张袋份支粒件瓶皿次滴"
# After the counter, the noun of the things ('4块试样', '三层', '6次击穿'); not an order ('3次谐波', the third
# harmonic), not a value named by the counter ('1个方便值'), nor things that name what the next value is of ('相邻两次撞击的
# 时间间隔').
_COUNTED_ZH = re.compile(rf"\s?([{_COUNTERS_ZH}])(?=[\u4e00-\u9fffA-Za-z，,。；;、]|$)(?!谐波|方便|以上|以下|及以上|或|[\u4e00-\u9fff]{{0,6}}的)")
# After the verb of a step straight before the count ('进行10次完整的湿热循环', '应进行三个系列的测量'; step_counts), the things
# may be described with 的: the verb says the count is the step's, not what a next value is of (fixcount37).
_COUNTED_ZH_AFTER_VERB = re.compile(rf"\s?([{_COUNTERS_ZH}])(?=[\u4e00-\u9fffA-Za-z，,。；;、]|$)"
                                    r"(?!谐波|方便|以上|以下|及以上|或)")


# A Chinese count is a step's when its clause has a verb that takes, parts, adds or repeats the things ('剪取4块试样',
# '将4层试样叠在一起', '分三层装入', '应有5个锤子', '共进行6次击穿'); '6个矩形花键' in a list of a shaft's features is none,
# nor '共有3个样品' (how many there are). What a step needs or takes to be done counts too ('完成一个行程需要16次摩擦',
# '需3次', 'the stroke is completed in 16 rubs'). What the thing tested undergoes too ('应承受5次碰撞'; fixcount37).
_STEP_CLAUSE_ZH = re.compile(r"[取加放装分叠用做测制截剪裁切滴置浸涂撕堆将把]|进行|重复|[应须]有|共(?!有)|(?<![所必])需|[承经]受")
_CLAUSE_MARKS = re.compile(r"[，,；;。：:]")


# A run of things in a row that a rule counts ('连续9点落在中心线同一侧', '连续5批被接收', 'nine points in a row', 'five
# consecutive lots', '连续3点中有2点', 'two out of three points in a row'): the number of the run, or of the things in it.
# Not a run of time ('连续6 min', 'five consecutive years': a period, part of a name), nor a pair, what a difference is
# taken between ('two successive weighings', '连续两次称量'), nor the run the things are counted in ('连续3点中', 'out of 3').
_RUN_BEFORE_ZH = re.compile(r"(?:连续|(?P<run>连续\s?(?P<of>\d+)\s?[点批次个件根块组]\s?中有))\s?$")
_IN_A_ROW_ZH = re.compile(r"\s?([点批次个件根块组])(?!\s?中有)")
_IN_A_ROW_EN = re.compile(r"\s+(?:(?:consecutive|successive)\s+([a-z]+)|([a-z]+)\s+in\s+a\s+row"
                          r"|out\s+of\s+(?P<of>\d+)\s+(?:[a-z]+\s+)??([a-z]+)\s+in\s+a\s+row)(?![A-Za-z])")
_OUT_OF_BEFORE = re.compile(r"out\s+of\s?$")
_TIME_NOUNS = frozenset("years months weeks days hours minutes seconds periods".split())


def thing_in_a_row(text: str, end: int, start: int) -> tuple[str, tuple[int, int] | None]:
    """The things a number (from `start` to `end`) counts in a run of them in a row (see _IN_A_ROW_ZH, _IN_A_ROW_EN),
    or '', with the span of the length of the run they are counted in ('连续3点中有2点', 'two out of three points in a
    row': the 3), if any. A run of two counts only as the things out of a longer run."""
    if "连" in text[max(0, start - 10):start]:
        before = _RUN_BEFORE_ZH.search(text, max(0, start - 10), start)
        m = _IN_A_ROW_ZH.match(text, end) if before else None
        if m is None:
            return "", None
        thing, run = m.group(1), before.span("of") if before.group("run") else None
    else:
        m = _IN_A_ROW_EN.match(text, end)
        if m is None or _OUT_OF_BEFORE.search(text, max(0, start - 8), start):
            return "", None
        thing, run = next(g for g in m.groups() if g and not g.isdigit()), m.span("of") if m.group("of") else None
        if thing in _TIME_NOUNS:
            return "", None
    whole = text[start:end].strip()
    return (thing, run) if run or not whole.isdigit() or int(whole) >= 3 else ("", None)


def counted_thing(text: str, end: int, start: int | None = None) -> str:
    """The noun or counter of the things a number ending at `end` counts ('Cut 4 specimens' -> 'specimens', 'tear 4
    plies together' -> 'plies', '剪取4块试样' -> '块', '分3层装入' -> '层', '进行6次击穿' -> '次'), or ''. Given where
    the number starts, a Chinese count needs a verb of a step in its clause. Whether the count is a requirement is the
    caller's (a sentence that states no limit, `extract._counts_of_things`)."""
    m = COUNTED_EN.match(text, end) or _SHARED_COUNTED_EN.match(text, end)
    if m:
        return m.group(1)
    m = _COUNTED_ZH.match(text, end)
    if not m and start is not None and verb_straight_before(text, start):
        m = _COUNTED_ZH_AFTER_VERB.match(text, end)
    if not m:
        return ""
    if start is not None:
        before = max((b.end() for b in _CLAUSE_MARKS.finditer(text, max(0, start - 40), start)), default=max(0, start - 40))
        after = _CLAUSE_MARKS.search(text, m.end())
        stop = after.start() if after else len(text)
        if not (_STEP_CLAUSE_ZH.search(text, before, start) or _STEP_CLAUSE_ZH.search(text, m.end(), stop)):
            return ""
    return m.group(1)


# ------------------------------------------------------------------------------------ people counted to a bound
# The counter of people or of portions right after a number and before 以上 / 以下 ('6名以上嗅辨员', '5人以上',
# '3份以上样品'): a count bounded as '3个以上' is.
_PERSON_COUNTER = re.compile(r"(?<=\d)\s?[名人份](?=\s*(?:及)?以[上下])")


def counters_as_pieces(text: str) -> str:
    """`text` with each counter of people or portions that a bound follows written '个' ('评价小组由10名以上评价员组成'
    -> '由10个以上评价员组成', '每组5人以上' -> '每组5个以上'): the reader reads a count bounded by 以上 or 以下 with
    '个', no unit, as a minimum or a maximum; '名', '人', '份' are no unit it knows. Same length."""
    return _PERSON_COUNTER.sub(lambda m: m.group(0)[:-1] + "个", text)


# ------------------------------------------------------------------------------------ one quantity in two units
# A time or an angle written in two units, the larger first ('1 h 30 min', '2 min 30 s', '1 d 12 h', '1° 30′',
# '1小时30分钟', '2分30秒'): how many of the second unit one of the first holds.
_LARGER_UNITS = {"h": 60, "hr": 60, "小时": 60, "min": 60, "分钟": 60, "分": 60, "d": 24, "天": 24, "°": 60, "′": 60}
_SMALLER_UNITS = {"h": ("d", "天"), "小时": ("d", "天"), "min": ("h", "hr", "小时"), "分钟": ("h", "hr", "小时"),
                  "分": ("h", "hr", "小时"), "s": ("min", "分钟", "分"), "秒": ("min", "分钟", "分"), "′": ("°",),
                  "″": ("′",)}


def compound_quantity(first_unit: str, between: str, second_unit: str, second_value: float) -> int:
    """How many of `second_unit` one `first_unit` holds when the two values are one quantity written in two units
    ('1 h 30 min' -> 60: 90 min; '2 min 30 s' -> 60; '1° 30′' -> 60; '1小时30分钟' -> 60), else 0: only spaces between,
    the larger unit first, the next smaller one after it, and less of it than one of the larger."""
    first, second = first_unit.strip(), second_unit.strip()
    if between.strip() or first not in _SMALLER_UNITS.get(second, ()):
        return 0
    factor = _LARGER_UNITS[first]
    return factor if 0 <= second_value < factor else 0


# ------------------------------------------------------------------------------------ a percentage per a time
_PERCENTAGE_PER = re.compile(r"\s*(?:of\s+(?:(?!per\s)[A-Za-z][\w-]*\s+){1,6}?)?per\s+(minute|second|hour|min|s|h)(?![A-Za-z])",
                             re.I)
_PERIOD_SYMBOL = {"minute": "min", "second": "s", "hour": "h"}


def percentage_per_time(after: str) -> str:
    """The time a percentage is per when the words after it say so ('10 % of its initial thickness per minute',
    '20 % ± 5 % of the gauge length per minute', '5 % per hour'): 'min', 's', 'h'; else ''. A rate of a relative
    change, '%/min', as '(20±5)%/min' and '每分钟…10 %' write it."""
    m = _PERCENTAGE_PER.match(after)
    return _PERIOD_SYMBOL.get(m.group(1).lower(), m.group(1).lower()) if m else ""


# ------------------------------------------------------------------------------------ a multiple of a symbol
# The names of lengths ('节流孔厚度e', 'the diameter of the former', '间距'): their values are lengths, or multiples of
# another length written with its symbol ('0.005D', '4t', '0,24 D').
_LENGTH_NAME = re.compile(r"厚度|直径|半径|宽度|长度|间距|距离|深度|高度|(?<![A-Za-z])(?i:thickness|diameter|radius|width|length|"
                          r"spacing|distance|depth|height)(?![A-Za-z])")
# Letters that, after a length's name, are still read as units: a time or an electrical quantity is a condition the
# name was wrongly given to ('距离…10s', '爬电距离…250V'), not a symbol.
_UNIT_LETTERS = frozenset("shVAWKgNJCF")


def symbol_multiple(unit: str, name: str, dimension: str) -> str:
    """'× D' when a length's value is a number with one Latin letter after it that would read as a unit of another
    dimension ('节流孔厚度e应在0.005D与0.02D之间', 'the diameter of the former shall be 4t', 'the mean diameter of the
    indentation shall be between 0,24 D and 0,6 D'): the letter is the symbol of the length it multiplies (the pipe's
    diameter, the specimen's thickness), not a dioptre or a tonne; else ''. A length ('5m'), or a letter after a name
    of no length ('顶焦度 0.25D'), stays a unit; `name` is the quantity's own name, without the conditions before it
    ('宽度小于50.0 mm时，爆破体积不小于16.0 L' is a volume in litres)."""
    if len(unit) != 1 or not unit.isascii() or not unit.isalpha() or unit in _UNIT_LETTERS:
        return ""
    if dimension == "[length]" or not _LENGTH_NAME.search(name):
        return ""
    return f"× {unit}"


# Where a length's name is looked for before a number: back to the start of its sentence, at most this far.
_NAME_REACH = 80
_SENTENCE_MARK = re.compile(r"[。;；!?]|\.\s")


def glued_length_symbol(text: str, start: int, end: int) -> bool:
    """True when the number from `start`, with one Latin capital glued to it that ends at `end` and stands alone
    ('10X', '2X'), is a length's value written as a multiple of a length's symbol: after a length's name in its
    sentence ('空白区的最小宽度为10X', 'the minimum width of the quiet zone shall be 10X', X the narrowest element of a
    bar code). The value is then read, and `symbol_multiple` makes its unit '× X'. Elsewhere a number glued to a
    capital is a name ('5G网络', 'class 2B', 'Minimum quiet zones: 11X left') and stays unread."""
    letter = text[end - 1:end]
    if not (letter.isascii() and letter.isupper()) or not text[end - 2:end - 1].isdigit() \
            or text[end:end + 1].isalnum() or text[end:end + 1] in ("µ", "²", "³"):
        return False
    lo = max(0, start - _NAME_REACH)
    marks = [m.end() for m in _SENTENCE_MARK.finditer(text, lo, start)]
    return _LENGTH_NAME.search(text, marks[-1] if marks else lo, start) is not None


# A fraction of a quantity written with its symbol over a whole number ('S/2', 'D/4'), right after a word that states
# a value ('为', '=', ':', 'shall be', '不小于'), never after a place word ('在L/2处', 'at L/2').
_SYMBOL_FRACTION = re.compile(r"(?<![A-Za-z0-9/.,_])([A-Za-z])\s?/\s?([2-9]|1[0-9]|[1-9]0)(?![\d/A-Za-z]|[.,]\d)")
_STATES_A_VALUE = re.compile(r"(?:[为是=:：≤≥<>＜＞]|于|过|(?<![A-Za-z])(?:be|is|are|of|to|than|least|most))\s*$")


def symbol_fractions(text: str) -> list[tuple[int, int, str, float]]:
    """Each fraction of a symbol's quantity a clause states as a value ('S＞35 mm²，保护导体截面积为S/2', 'S > 35 mm²:
    S/2', 'the gap shall be at least D/4'): (start, end, symbol, fraction), the value a multiple of the symbol (0.5 of
    S). The symbol must stand alone elsewhere in the clause ('S ≤ 16 mm²', 'D为管径'), where it names the quantity;
    a letter over a number that the clause uses nowhere else is a code ('A/2', a drawing's sheet)."""
    out = []
    for m in _SYMBOL_FRACTION.finditer(text):
        if not _STATES_A_VALUE.search(text, max(0, m.start() - 12), m.start()):
            continue
        alone = re.compile(rf"(?<![A-Za-z0-9/]){m.group(1)}(?![A-Za-z/])")
        if any(other.start() != m.start() for other in alone.finditer(text)):
            out.append((m.start(), m.end(), m.group(1), 1.0 / int(m.group(2))))
    return out


# ------------------------------------------------------------------------------------ the constants of a formula
# A formula's right-hand side that starts with a constant and adds or takes a coefficient times a symbol ('Ri = 100 −
# 4,6 ΔEi', 'Y = 0,5 + 2,1x', 'K＝1.2－0.04T'): two numbers joined by a sign, never a range from one to the other.
_FORMULA_TERMS = re.compile(r"(?<![<>≤≥])[=＝]\s?(?P<a>\d+(?:[.,]\d+)?)\s?[-−–+＋－]\s?(?P<b>\d+(?:[.,]\d+)?)\s?"
                            r"(?=[A-Za-zΔΣαβγδεθλμπρστφωΩ(（])")


def formula_terms(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the constant and the coefficient of each formula written as a symbol, '=', a number, a sign and a number
    times a symbol stand ('特殊显色指数Ri = 100 - 4.6ΔEi', 'Ri = 100 − 4,6 ΔEi'): the two are values of their own (the
    formula's constants), not the ends of a range. A unit after the second number ('= 20 − 5 mm') makes it no
    coefficient of a symbol: a range."""
    out = []
    for m in _FORMULA_TERMS.finditer(text):
        symbol = re.match(r"[A-Za-zΔΣαβγδεθλμπρστφωΩ]{1,4}(?![A-Za-z])", text[m.end():])
        if symbol and not _UNIT_AFTER_TERM.match(symbol.group()):
            out.append((m.span("a"), m.span("b")))
    return out


# A unit's symbol read as a symbol of the formula would make a range of lengths a formula ('= 20 − 5 mm').
_UNIT_AFTER_TERM = re.compile(r"(?:[mµnck]?m|[mk]?g|[mµ]?[lL]|[kM]?Pa|[mk]?[VAW]|s|h|min|K|Hz)$")


# ------------------------------------------------------------------------------------ a unit declared for a symbol
# The unit of a symbol's values said once, in brackets, after the list ('SDR 11: PN 16; SDR 17: PN 10 (PN in bar)',
# '（DN的单位为mm）', '(p expressed in kPa)').
_SYMBOL_IN_UNIT = re.compile(r"[(（]\s*(?P<symbol>[A-Za-z][A-Za-z]{0,3})\s*(?:(?<=\s)(?:in|expressed\s+in)\s+|的?单位为\s*)"
                             r"(?P<unit>[^\s()（）,，;；。]{1,8})\s*[)）]")


def symbol_units(text: str) -> dict[str, str]:
    """The units a clause declares for its symbols' values ('(PN in bar)' -> {'PN': 'bar'}): a number written after
    such a symbol ('PN 16') is a value in that unit, no longer a designation. Only units the caller knows are kept
    (`known`)."""
    return {m.group("symbol"): m.group("unit") for m in _SYMBOL_IN_UNIT.finditer(text)}


# ------------------------------------------------------------------------------------ a band from a symbol to a value
# 'between e and 0,05D', '在e与0.05D之间': the lower end is another quantity (its symbol), the value the upper end.
_FROM_A_SYMBOL = re.compile(r"(?:(?<![A-Za-z])between|在)\s?[A-Za-z](?:_?[a-z0-9])?\s?(?:(?<=\s)and|与|和)\s?$")


def upper_end_after_symbol(before: str, after: str) -> bool:
    """True when a value is the upper end of a band whose lower end is another quantity written with its symbol
    ('The thickness E shall be between e and 0,05D', '孔板厚度E应在e与0.05D之间'): a maximum, the lower end a bound
    this clause states elsewhere. A Chinese band closes with '之间'."""
    if not _FROM_A_SYMBOL.search(before):
        return False
    return "between" in before or after.lstrip().startswith("之间")


# A letter the clause defines as the symbol of a quantity ('（m为模数）', 'D为管道外径', 'm——模数', 'where m is the
# module', 'in which D is the diameter of the pipe', 'thickness h 4,0 mm').
# The Chinese letter opens its bracket, clause or item ('（m为模数）', '式中：d——', '其中D为'), never a unit after a number
# ('称量差不超过0.005 g为止').
_DEFINED_SYMBOL = re.compile(r"(?:^|(?<=[(（，,；;：:、])|(?<=其中)|(?<=式中))\s?([A-Za-z])\s?(?:为|是|——)\s?(?=[\u4e00-\u9fff])"
                             r"|(?<![A-Za-z])(?:where|in\s+which)\s+([A-Za-z])\s+is\s+(?:the|a|an)\s+(?=[a-z])"
                             # a length's name and its symbol before its value ('厚度h 4.0 mm', 'thickness h 4,0 mm',
                             # 'the thickness e of the orifice')
                             r"|(?:厚度|直径|半径|宽度|长度|间距|深度|高度|(?<![A-Za-z])(?i:thickness|diameter|radius|width|length|"
                             r"spacing|depth|height))\s?([A-Za-z])(?![A-Za-z])(?=\s?[\d=(（,，]|\s+of\s)")


def defined_symbols(text: str) -> frozenset[str]:
    """The letters a clause defines as symbols of quantities ('haP = 1m … （m为模数）', 'hfP 1,25 m …, where m is the
    module' -> {'m'}; '厚度h 4.0 mm … 跨距L应为（16±1）h' -> {'h'}): a value written with such a letter is a multiple of that quantity (1 × the module), never a
    value in the unit the letter also names (a metre)."""
    return frozenset(m.group(1) or m.group(2) or m.group(3) for m in _DEFINED_SYMBOL.finditer(text))


# Items each named by a symbol set before its value, one after another in a row ('d 25, D 52, T 16,25', 'a 12; b 8,5'):
# the symbol after the separator names the next value as the one before named its own, whatever unit the letters also
# spell (D a dioptre, T a tesla, B a bel, d a day); the unit is the heading's ('dimensions in millimetres').
_LISTED_SYMBOL = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,2}\s?=?\s?\d+(?:[.,]\d+)?\s*[,;，；]\s*([A-Za-z]{1,2})\s?=?\s?$")


def listed_symbol(text: str, start: int) -> str:
    """The symbol that names the value starting at `start` when it is an item of a list of symbol-value items
    ('d 25, D 52' -> 'D' for 52); '' otherwise."""
    before = text[start - 2] if start > 1 and text[start - 1] == " " else text[start - 1:start]
    if start < 4 or not (before == "=" or before.isascii() and before.isalpha()):  # (a letter or '=' right before)
        return ""
    m = _LISTED_SYMBOL.search(text, max(0, start - 24), start)
    return m.group(1) if m else ""
