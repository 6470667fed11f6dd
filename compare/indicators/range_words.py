"""Ranges and averaging periods written in words the reader read otherwise (twenty-ninth round, proberange29).

The blind probe of forms (`bench/forms_probe.py`, data/indicator_eval/forms29.jsonl) showed range clauses read wrong;
each wording was counted over the open sets' keys (dev … dev28) before it was read here, as those keys hold it
(docs/indicators.md, twenty-ninth round, proberange29):

- `limits_joined_by_and`: 'limits 198 and 242 mm²/s', 'with limits 2,090 mm and 2,100 mm', 'limits of 10 °C and
  35 °C': the two limits of one quantity, one range (dev8 U048 keys it so; the reader read a maximum and a value).
- `from_and_up_to`: 'from 85 % and up to 110 %', 'from 80 % up to and including 110 %': one range from the first end
  to the second, as 'from X to Y' is (the reader read the first end as a value, or dropped it).
- `averaged_over_a_period`: 'its average over a period of 24 h does not exceed +35 °C', 'its average value, measured
  over a period of 24 h, …': the time the mean is taken over, no limit of time (dev20 AG072 and AG088, three places,
  key nothing for it; the reader read 'equal 24 h').

- `between_the_values_of` (thirty-fifth round, fixunit35): 'lies between the values of 0,24 D and 0,6 D' (multiples of
  a ball's diameter D), one range, as 'between 0,24 D and 0,6 D' is read (dev34 AU075 keys it so; the reader read two
  values, the first a multiple of D and the second a dioptre).

- `within_joined_by_and` (thirty-eighth round, fixrange38): 'shall be within 1,40 and 1,42 times its r.m.s. value': two
  ends joined by 'and' after 'within' are the two ends of one band, as after 'between' (dev37 AX010 keys it so; the
  reader read a maximum 1,40 and a value 1,42). A duration after 'within' ('within 2 min and maintained for …') has no
  second number after 'and' and is left.
- `limits_joined_by_and` also takes two limits parted by a comma when nothing follows the second: 'within the following
  temperature limits: −10 °C, +40 °C.' (dev36 AW013; a third value after it would make a list, left as written).

- `upper_end_in_words` (thirty-ninth round, fixtable39): '能在溶剂10～不到30 mL中溶解' (from 10 to less than 30 mL), the
  open upper end of a band written with a word for 'less than' (不到, 小于, 低于, 不足) right after the band's mark, as
  '10～<30 mL' writes it with the sign: one range (dev38 AY012 keys its five such bands so, as the open sets key '≥0.550
  mm～<0.750 mm', '≥10⁻⁸～＜10⁻⁷'; the reader read the upper end alone, 10 its condition). The word becomes '<' and
  spaces.

The first two, the fourth, the fifth and the last are rewritten, same length (every span stays where it is), into the band 'X ～ Y' the reader reads as
one range, as `two_sided.two_sided_bands` does; a band written from its higher end down is left as written. The
third gives the spans of the period's number and unit, for `extract` to hide as it hides `averaging_periods`.
"""

from __future__ import annotations

import re

from compare.indicators.numbers import NUMBER
from compare.indicators.two_sided import rising_pairs_as_bands

# A unit after the value: a short word or symbol, no digit ('mm', '°C', 'mm²/s', '%').
_UNIT = r"(?:\s?(?!(?:and|up|to)(?![A-Za-z]))[^\d\s,，;；:：()（）|。]{1,8})?"
# 'limits 198 and 242 mm²/s', 'limits of 2,090 mm and 2,100 mm', 'limits are 5 V and 7 V': the word 'limits' (plural:
# two of them), at most 'of' / 'are' / a colon, then two values joined by 'and', or by a comma ('limits: −10 °C, +40
# °C'; fixrange38). The ends may be signed; no third value after the second (a list of values, not two limits).
_LIMITS_AND = re.compile(
    rf"(?<![A-Za-z])limits\s*(?:(?:of|are)\s+|:\s*)?(?P<a>[-+−]?(?:{NUMBER}){_UNIT})(?P<j>\s+and\s+|,\s+(?=[-+−]?\d))"
    rf"(?P<b>[-+−]?(?:{NUMBER})(?!\d){_UNIT})(?![\d.,]\d)(?!{_UNIT}\s*(?:,|and\s)\s*[-+−]?\d)", re.I)
# 'within 1,40 and 1,42 times its r.m.s. value', 'within 48 Hz and 52 Hz': 'within' then two values joined by 'and'
# (thirty-eighth round, fixrange38); no third value after the second (a list).
_WITHIN_AND = re.compile(
    rf"(?<![A-Za-z])within\s+(?P<a>(?:{NUMBER}){_UNIT})(?P<j>\s+and\s+)"
    rf"(?P<b>(?:{NUMBER})(?!\d){_UNIT})(?![\d.,]\d)(?!{_UNIT}\s*(?:,|and\s)\s*[-+−]?\d)", re.I)
# 'from 85 % and up to 110 %', 'from 80 % up to and including 110 %', 'from 2 up to 5 kV'.
_FROM_UP_TO = re.compile(
    rf"(?<![A-Za-z])from\s+(?P<a>(?:{NUMBER}){_UNIT})(?P<j>\s+(?:and\s+)?up\s+to(?:\s+and\s+including)?\s+)"
    rf"(?P<b>(?:{NUMBER}){_UNIT})(?![\d.,]\d)", re.I)
# 'average over a period of 24 h', 'mean value, measured over a period of 24 h', 'averaged over any period of 10 min':
# 'average' / 'mean' before, at most 40 characters of words between (no digit, no stop), then 'over a (any) period
# of' and the duration.
_AVERAGED_OVER = re.compile(
    r"(?<![A-Za-z])(?:average[ds]?|mean)(?![A-Za-z])[^\d.;:。；]{0,40}?(?<![A-Za-z])over\s+(?:a|any|one)\s+period\s+of\s+"
    r"(?P<n>\d+(?:[.,]\d+)?)\s?(?P<u>h|hours?|min|minutes?|d|days?|s)(?![A-Za-z])", re.I)
# 'exceeding 80 dB averaged over 24 hours', '0,08 W/kg (averaged over 30 min)' (thirty-second round, fixprobe32): the
# period written right after a value and its unit (a bracket or a comma between at most), the time that value is a
# mean over; never keyed as a limit of time (dev2 E015, dev7 T080, units31 UD020). After a name, with no value before
# it ('the mean wind speed averaged over 10 min', dev14 AA063), the period is the quantity stated and stays read.
_VALUE_AVERAGED_OVER = re.compile(
    r"\d\s?[^\s\d;:,.。；]{1,16}?\s*[(（,]?\s*averaged\s+over\s+(?:(?:a|any|one)\s+)?"
    r"(?P<n>\d+(?:[.,]\d+)?)\s?(?P<u>h|hours?|min|minutes?|d|days?|s)(?![A-Za-z])", re.I)


# 'lies between the values of 0,24 D and 0,6 D', 'between the values 2 and 5' (thirty-fifth round, fixunit35): the words
# naming the two ends as values say nothing a plain 'between X and Y' does not; the reader reads that as one range.
_BETWEEN_VALUES = re.compile(r"(?<![A-Za-z])between\s+(?P<w>(?:the\s+)?values\s+(?:of\s+)?)(?=[-+−]?\d)", re.I)


def between_the_values_of(text: str) -> str:
    """'between the values of 0,24 D and 0,6 D' -> 'between               0,24 D and 0,6 D' (same length): one range."""
    if "values" not in text and "VALUES" not in text:
        return text
    return _BETWEEN_VALUES.sub(lambda m: m.group(0)[:m.start("w") - m.start()] + " " * len(m.group("w")), text)


def limits_joined_by_and(text: str) -> str:
    """'with limits 2,090 mm and 2,100 mm' -> 'with limits 2,090 mm    ～2,100 mm' (same length): the two limits of one
    quantity are one range. Left as written when the first is not below the second."""
    if "imits" not in text and "IMITS" not in text:
        return text
    return rising_pairs_as_bands(_LIMITS_AND, text)


def within_joined_by_and(text: str) -> str:
    """'within 1,40 and 1,42 times' -> 'within 1,40     ～1,42 times' (same length): the two ends of one band, as
    'between X and Y' is read. Left as written when the first end is not below the second."""
    if "ithin" not in text and "ITHIN" not in text:
        return text
    return rising_pairs_as_bands(_WITHIN_AND, text)


def from_and_up_to(text: str) -> str:
    """'from 85 % and up to 110 %' -> 'from 85 %           ～110 %' (same length): one range, as 'from X to Y' is.
    Left as written when the first end is not below the second."""
    lowered = text.lower()  # (no other character matches a letter of 'from' or 'up to' with case ignored)
    if "up to" not in lowered or "from" not in lowered:  # (speed31: 'from' too)
        return text
    return rising_pairs_as_bands(_FROM_UP_TO, text)


# A band's mark, then a word for 'less than' before the upper end's number.
_UPPER_END_WORD = re.compile(r"(?<=\d)(?P<mark>\s*[^\d\s，。；;,、～~]{0,4}\s*[～~]\s*)(?P<w>不到|小于|低于|不足)(?=\s*\d)")


def upper_end_in_words(text: str) -> str:
    """'10～不到30 mL' as '10～< 30 mL' (same length): the band's open upper end, written in words."""
    if "～" not in text and "~" not in text:
        return text
    return _UPPER_END_WORD.sub(lambda m: m.group("mark") + "<" + " " * (len(m.group("w")) - 1), text)


def range_words(text: str) -> str:
    """The rewrites above, for `extract` (same length)."""
    return upper_end_in_words(between_the_values_of(from_and_up_to(within_joined_by_and(limits_joined_by_and(text)))))


def averaged_over_a_period(text: str) -> list[tuple[int, int]]:
    """Spans of the duration a mean is taken over when written 'average … over a period of N h', or 'averaged over N h'
    right after a value (the number and its unit): the time of the mean, not a limit of time."""
    lowered = text.lower()
    spans = [(m.start("n"), m.end("u")) for m in _AVERAGED_OVER.finditer(text)] if "period" in lowered else []
    if "averaged over" in lowered:
        spans += [(m.start("n"), m.end("u")) for m in _VALUE_AVERAGED_OVER.finditer(text)]
    return spans
