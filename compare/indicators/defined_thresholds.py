"""The threshold a definition states (thirty-fifth round): 'Large cell means a cell with a gross mass of more than
500 g', '起燃是指火焰持续时间超过5 s', 'is defined as the sum of the periods for which the direct solar irradiance
exceeds 120 W m-2', '易燃液体是指在闭杯试验温度不超过60 ℃…的液体', '拟供36个月以下儿童使用'.

A sentence that defines a term ('是指', "'X' means a …", 'is defined as', and the term entry 'X：指…') is hidden like a scope sentence
(`clausetext.SCOPE`): its numbers describe the term, no requirement. When the definition bounds a quantity (a mass of
more than 500 g, a duration over 5 s, a temperature not above 60 °C), the bound is what the term stands for, and a
counterpart that defines the same term by the same bound is compared with it: the open sets' keys take such bounds as
indicators (the Chinese '系指', never hidden, is read the same way: '阴凉处系指不超过20 ℃'). This module finds, inside a
definition's sentence, the values a bound word stands right before ('more than 500 g', '大于200 kPa', 'in excess of
10 percent') or right after ('36个月以下'); each stays readable, the rest of the sentence stays hidden: the list marks
('(1)'), the numbers of columns, parts and documents, and the plain values that say how the defined quantity is
measured ('边长为150 mm的立方体试件', '20 ℃下').

See docs/indicators.md, 'Thirty-fifth round: fixread35'.
"""

from __future__ import annotations

import re

# The words of `clausetext.SCOPE` that define a term in a running sentence: '是指', 'means', 'is defined as'. A term
# entry ('3.1 低铅涂料：指铅含量不超过90 mg/kg的涂料', 'X：指…') keeps its numbers hidden, as the open sets' keys take it
# (dev D046's '2.1 婴儿：0～12月龄的人', keyed none).
_DEFINING = re.compile(r"是指|(?i:means|is\s+defined\s+as)")
# A number as it is written (after folding): '500', '0.25', '0,85', '1 000', with a sign.
_NUMBER = r"[-−+]?(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?"
# A bound word right before a value: a sign or a comparison ('more than', 'not more than', 'greater than', 'less than',
# 'exceeds', 'in excess of', 'below', 'above', 'up to', '大于', '小于', '等于或大于', '超过', '不超过', '低于', '高于'),
# with the words that join it to the number ('than', 'of', 'or equal to').
_BOUND_BEFORE = re.compile(
    r"(?:[<>≤≥]|大于|小于|高于|低于|超过|不足|不少于|不多于"
    r"|(?<![A-Za-z])(?i:(?:more|greater|less|fewer|higher|lower)\s+than|exceed(?:s|ing)?|in\s+excess\s+of|above|below|"
    r"over|under|up\s+to)(?:\s+or\s+equal\s+to)?(?![A-Za-z]))\s*(?=" + _NUMBER + r")")
# A value with its unit and a bound word right after it ('36个月以下', '50 kg以上', '2 m以内').
_BOUND_AFTER = re.compile(_NUMBER + r"\s*[^\s\d，,。；;]{0,4}?\s*(?:以下|以上|以内)")
# A value with the unit written after it, whose digits are read too ('120 W m-2', '10 percent', '0.25千克').
_VALUE = re.compile(_NUMBER + r"(?:\s?[A-Za-zµμΩ°℃%‰/·²³\u4e00-\u9fff]+(?:[-−]?\d)?)*")


def defines_a_term(words: str) -> bool:
    """True when the words matched by `clausetext.SCOPE` define a term in a running sentence ('是指', 'means', 'is defined
    as'; not a term entry's 'X：指')."""
    return _DEFINING.fullmatch(words.strip()) is not None


def bounded_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of `text[start:end]` (a definition's sentence) of the values a bound word stands right before or
    right after: each stays readable."""
    runs = [_VALUE.match(text, m.end()).span() for m in _BOUND_BEFORE.finditer(text, start, end)]
    runs += [_VALUE.match(text, m.start()).span() for m in _BOUND_AFTER.finditer(text, start, end)]
    return sorted(set(runs))
