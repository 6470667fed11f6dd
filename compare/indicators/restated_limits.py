"""A limit restated as the condition of what follows (thirty-fourth round): '启动时间差应小于或等于0.5 s。若超过0.5 s，应
取消输出信号', '剩余电压不应超过60 V；若超过60 V，剩余能量不应超过2 mJ', '测定上限为6 000 mg/L。当水样中的BOD5大于
6 000 mg/L时，会因稀释带来一定的误差', 'applicable to water with a COD value between 30 mg/l and 700 mg/l … If the COD
value exceeds 700 mg/l, the water sample shall be diluted'.

A clause that has stated a limit often goes on to say what happens when the limit is passed, naming the same value
and unit in a condition ('若超过', '当…大于…时', 'if … exceeds'). The condition is no second indicator: read by itself it
would be a minimum, the opposite of the limit it repeats, and it has no counterpart (the other clause says 'if this
value is exceeded', with no number). This module finds such a condition's value where the same value, in the same
unit, stands earlier in the clause outside a condition of its own, and drops the minimum read from it. Where the
reader took the condition as the case of the value after it ('如减失重量超过1%时，应复测2次', 'when the frequency
exceeds twice …, the duration …'), it is no indicator and stays the condition it was read as.

Left as read: a condition that is denied ('当…不超过…时', 'if it does not exceed'), one that is the lower end of a band
('when containing more than 1.0 % but not more than 7.0 %'), a value first stated in a condition itself ('where the
nominal voltage does not exceed 500 V; … where it exceeds 500 V'), and a condition naming a value the clause has not
stated ('样品中氯离子浓度高于300 mg/L时，应采用碱性法').

Counted over the open sets (dev … dev33), conditions that restate an earlier value: the keys hold the earlier limit
alone in every one (dev6 S069, dev7 T026, dev12 Y098, dev29 AP092, dev33 AT014, AT033, AT077). See docs/indicators.md,
'Thirty-fourth round: fixmethod34'.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

# A number as the folded text writes it ('0.5', '6 000', '0,50', '1 000').
_NUMBER = r"(?<![\d.,])(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?(?![\d])"
# The unit right after a number: letters, '%', '°C', a slash and what follows ('mg/L', 'mg/l', 's', 'V', '%').
_UNIT = r"\s?(%|°\s?C|[A-Za-zμµΩ]+(?:\s?/\s?[A-Za-zμµ0-9]+)?)?"
_VALUE = re.compile(rf"({_NUMBER}){_UNIT}")
# A condition that the value passes a value: Chinese '若超过', '如…超过…时', '当…大于…时' (no denial before the excess
# word), English 'if … exceeds', 'where … is greater than', 'if … is more than / above / in excess of'.
_CONDITION = re.compile(
    r"(?:若|如果|如|当)[^，。；,;：:]{0,40}?(?<![不未])(?:超过|大于|高于|多于)\s*$"
    r"|(?<![A-Za-z])(?:if|where|when)\s+(?:[^.;:,]{0,60}?\s)?"
    r"(?:exceeds?|(?:is|are)\s+(?:greater|more|higher)\s+than|(?:is|are)\s+(?:above|in\s+excess\s+of))\s*$", re.I)
# A denial inside the condition ('if it does not exceed', 'where … is not greater than').
_DENIED = re.compile(r"(?<![A-Za-z])(?:not|never|no)(?![A-Za-z])|n't", re.I)
# Words after the value that make it the lower end of a band ('more than 1.0 % but not more than 7.0 %', '大于2 m至
# 20 m', 'greater than 10 mm and up to 20 mm').
_BAND_AFTER = re.compile(r"\s*(?:but|and\s+(?:up\s+to|not|less|at\s+most)|至|到|~|且(?:不|小于|低于))", re.I)
# A condition word opening the earlier value's own clause ('where … does not exceed 500 V'): a condition, no limit.
_CONDITION_OPENS = re.compile(r"(?:若|如果|如|当|(?<![A-Za-z])(?:if|where|when|unless)(?![A-Za-z]))[^，。；,;：:.]*$",
                              re.I)
# How far back the limit restated may stand.
_REACH = 300


# A condition word a restatement starts with.
_HINT = re.compile(r"若|如|当|(?<![A-Za-z])(?i:if|where|when)(?![A-Za-z])")


def may_restate_a_limit(text: str) -> bool:
    """False when `text` has no condition word a restatement could start with (a quick test)."""
    return _HINT.search(text) is not None


def _number(text: str) -> float:
    return float(re.sub(r" ", "", text).replace(",", "."))


def _unit(text: str | None) -> str:
    return re.sub(r"\s", "", text or "").replace("µ", "μ").lower()


def restated_conditions(text: str) -> list[tuple[int, int]]:
    """The spans of the values in `text` (folded) that a condition states after the same value and unit stood
    earlier in the clause, outside a condition of its own: the limit restated as the case of what follows."""
    if not may_restate_a_limit(text):
        return []
    values = list(_VALUE.finditer(text))
    out = []
    for i, m in enumerate(values):
        if not m.group(2) or i == 0:
            continue
        condition = _CONDITION.search(text, max(0, m.start() - 90), m.start())
        if condition is None or _DENIED.search(condition.group(0)) or _BAND_AFTER.match(text, m.end()):
            continue
        value, unit = _number(m.group(1)), _unit(m.group(2))
        for earlier in values[:i]:
            if earlier.end() < m.start() - _REACH or earlier.start() >= condition.start():
                continue
            if _number(earlier.group(1)) != value or _unit(earlier.group(2)) != unit:
                continue
            if _CONDITION_OPENS.search(text, max(0, earlier.start() - 80), earlier.start()):
                continue
            out.append(m.span(1))
            break
    return out


def without_restated_limits(indicators: tuple, text: str) -> tuple:
    """`indicators` without the minima read from a condition that restates an earlier limit of the clause
    (`restated_conditions`): the value and the unit the same, the condition's number inside the reading's span."""
    spans = restated_conditions(text)
    if not spans:
        return indicators
    return tuple(i for i in indicators
                 if not (i.comparator == Comparator.MIN and i.span
                         and any(i.span[0] <= a < i.span[1] and i.value == _number(text[a:b]) for a, b in spans)))
