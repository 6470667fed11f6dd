"""One quantity bounded from both sides in words the reader read as two values (twenty-eighth round, bands28).

`bench/bounds_convention.py` counts, over the open sets dev … dev27, how the keys hold one quantity's two bounds
by wording (docs/indicators.md, twenty-eighth round, bands28). Two wordings the keys hold as one range were read
as two values:

- the gerund, the same verb affirmed then denied: 'a maximum mass exceeding 0,75 tonnes but not exceeding 3,5
  tonnes'. Its siblings ('more than 1,0 % but not more than 7,0 %', 'greater than 100 kΩ and not greater than 1 000
  MΩ', 'exceed 24 h but not exceed 30 days', '超过0.75 t，但不超过3.5 t') were read as one range already; the gerund
  alone ('exceeding X', no bound word of the reader's: a maximum in 12 of its 23 places in the open sets, a minimum in
  2, 'histamine exceeding 20 mg') takes its comparator from the words around, and the pair became two maxima.
- the Chinese 'between' without '在' before it and with the quantity named before '之间': '以0.94倍和1.06倍额定电压之间
  最不利的电压供电' (read as 0.94 and 1.06 apart, where '在7 Hz和200 Hz之间' is one range).

Both are rewritten, same length (every span stays where it is), into the band 'X ～ Y' that the reader reads as
one range, as `minmax.bound_word_after_each` does for bound words after each value.
"""

from __future__ import annotations

import re

from compare.indicators.numbers import NUMBER, number_or_none, writes_decimal_comma

# A unit after the value: a short word or symbol, no digit ('t', 'tonnes', 'kΩ', '%', '倍').
_UNIT = r"(?:\s?[^\d\s,，;；:：()（）|。]{1,8})?"
_GERUND_PAIR = re.compile(
    rf"(?<![A-Za-z])(?<!not )(?<!nor )exceeding\s+(?P<a>(?:{NUMBER}){_UNIT})(?P<j>\s*,?\s+(?:but|and)\s+not\s+exceeding\s+)"
    rf"(?P<b>(?:{NUMBER}){_UNIT})(?![\d.,]\d)", re.I)
# 'X和Y…之间': the two ends joined by 和 / 与, then at most a short name (no digit, no stop) before 之间. Not an
# ordinal or a label ('第1和第2', '1号和2号').
_BETWEEN_ZH = re.compile(rf"(?<![\d.,第])(?P<a>{NUMBER})(?P<u1>\s?[^\d\s,，;；:：()（）|。和与]{{0,6}}?)\s*(?P<j>[和与])\s*"
                         rf"(?P<b>{NUMBER})(?P<name>[^\d,，;；:：()（）|。、]{{0,14}}?)之间")


def _value(written: str, comma: bool) -> float | None:
    """The number an end is written with, its sign kept ('−10 °C': −10)."""
    number = re.match(rf"([-+−]?)\s?({NUMBER})", written.strip())
    value = None if number is None else number_or_none(number.group(2), comma)
    return None if value is None else (-value if number.group(1) in ("-", "−") else value)


def _rising(a: str, b: str, comma: bool) -> bool:
    """The first end below the second (a band written low to high); `comma`: the clause writes decimal commas."""
    x, y = _value(a, comma), _value(b, comma)
    return x is not None and y is not None and x < y


def _as_band(m: re.Match, joint: str) -> str:
    """The match with the joint made '～' padded by spaces (same length)."""
    s = m.group(0)
    start, end = m.start(joint) - m.start(), m.end(joint) - m.start()
    width = end - start
    return s[:start] + ("～" + " " * (width - 1)).rjust(width) + s[end:]


def exceeding_but_not_exceeding(text: str) -> str:
    """'a maximum mass exceeding 0,75 tonnes but not exceeding 3,5 tonnes': one range, 0,75 to 3,5 t, as the keys
    hold the wording and its siblings. Rewritten, same length, as 'a maximum mass           0,75 tonnes ～ …3,5
    tonnes' (the first word blanked, the joint made '～'). A band written high to low, or one 'exceeding' alone, is
    left as written."""
    if "xceeding" not in text:
        return text
    comma = writes_decimal_comma(text)

    def band(m: re.Match) -> str:
        if not _rising(m.group("a"), m.group("b"), comma):
            return m.group(0)
        banded = _as_band(m, "j")
        return " " * len("exceeding") + banded[len("exceeding"):]

    return _GERUND_PAIR.sub(band, text)


def between_joined_by_and(text: str) -> str:
    """'以0.94倍和1.06倍额定电压之间最不利的电压', '温度为20 ℃和25 ℃之间的某一值': two ends joined by 和 / 与 and closed by
    之间 (the quantity's name may stand before it) are one range, as the keys hold every such place. The 和 is made
    '～'. A band written high to low is left as written."""
    if "之间" not in text:
        return text
    return rising_pairs_as_bands(_BETWEEN_ZH, text)


def rising_pairs_as_bands(pattern: re.Pattern, text: str) -> str:
    """Each match of `pattern` (groups 'a' and 'b', the two ends; 'j', the joint between them) whose first end is below
    the second, with its joint made '～' (same length); a band written high to low is left as written."""
    comma = writes_decimal_comma(text)

    def band(m: re.Match) -> str:
        if not _rising(m.group("a"), m.group("b"), comma):
            return m.group(0)
        return _as_band(m, "j")

    return pattern.sub(band, text)


def two_sided_bands(text: str) -> str:
    """Both rewrites, for `extract` (same length)."""
    return between_joined_by_and(exceeding_but_not_exceeding(text))
