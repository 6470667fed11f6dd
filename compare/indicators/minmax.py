"""A minimum and a maximum of one quantity written apart (twenty-seventh round, minmax27).

`bench/bounds_convention.py` counts, over the open sets dev … dev26, how the keys hold one quantity's stated minimum
and maximum. Written with a bound word after each value, in either order ('34,2 mm max., 32,3 mm min.', '4,3 min.,
4,48 max.', '26.2 mm（最大）/24.9 mm（最小）'), or with the bound word in brackets after the nominal ('d1 公称(min) 4.3，
max 4.48', 'd2 nom. (max.) 9, min. 8,64'), the keys hold one range; and a nominal with deviations written apart
from it by a plural word, 'length 12 192 mm, tolerances 0 and −10 mm', the range the deviations allow. The functions
here rewrite the first two wordings (same length, so every span stays where it is) into the band the reader reads as
one range, and tell the reader where the third is written.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator
from compare.indicators.numbers import NUMBER
from compare.indicators.quick import caseless
from compare.indicators.units import normalise

_NUM = rf"[-−+]?(?:{NUMBER})"
# A unit after the value: a short word or symbol, no digit ('mm', 'µm', 'kg/m³', '%').
_UNIT = r"(?:\s?[^\d\s,，;；:：/()（）|。]{1,8})?"
_MAX = r"(?:(?<![A-Za-z])(?:max(?:imum)?\.?)(?![A-Za-z])|[(（]\s*(?:最大|max\.?|maximum)\s*[)）])"
_MIN = r"(?:(?<![A-Za-z])(?:min(?:imum)?\.?)(?![A-Za-z])|[(（]\s*(?:最小|min\.?|minimum)\s*[)）])"
_JOINT = r"\s*(?:[,，;；/、]\s*(?:and\s+)?|\s+and\s+)"
_BOUND_AFTER_EACH = re.compile(
    rf"(?<![\d.,])(?P<a>{_NUM}{_UNIT})\s*(?P<w1>{_MAX}|{_MIN})(?P<j>{_JOINT})(?P<b>{_NUM}{_UNIT})\s*(?P<w2>{_MAX}|{_MIN})",
    re.I)


def _one_dimension(first: str, second: str) -> bool:
    """The two values' units, where both are written and known, measure one dimension ('10 ms' and '2 s' do; '250 V'
    and '50 Hz', two quantities, do not)."""
    units = [re.sub(rf"^\s*{_NUM}", "", written).strip() for written in (first, second)]
    if not all(units):
        return True
    dimensions = {normalise(1.0, u).dimension for u in units}
    return len(dimensions) == 1 or any(d.startswith("unknown:") for d in dimensions)


def _is_max(word: str) -> bool:
    return bool(re.search(r"max|最大", word, re.I))


def may_write_two_bound_words(text: str) -> bool:
    """False when `_BOUND_AFTER_EACH` (case ignored) finds nothing in `text`: each of its matches writes two bound
    words in two places, each holding 'max' or 'min' in any case, or 最大 or 最小; `text` holds fewer than two of them.
    (Asked of every clause: plain counts in the text in lower case, `quick.caseless`, which writes ſ, ı, İ as a
    case-ignoring pattern takes them. A clause of one 'max.', one 'min' of minutes, one 'maximum' is passed over.)"""
    low = caseless(text)
    return low.count("max") + low.count("min") + text.count("最大") + text.count("最小") >= 2


def bound_word_after_each(text: str) -> str:
    """'34,2 mm max., 32,3 mm min.', '4,3 min., 4,48 max.', '26.2 mm（最大）/24.9 mm（最小）': one quantity's maximum and
    minimum, each value followed by its bound word, are one range (as the keys hold every such pair). Rewritten, same
    length, as the band '34,2 mm ～ 32,3 mm' (the bound words and the joint made spaces around a '～'), which the
    reader reads as one range whichever end comes first. Two maxima or two minima are left as written."""
    if not may_write_two_bound_words(text):
        return text

    def band(m: re.Match) -> str:
        if _is_max(m.group("w1")) == _is_max(m.group("w2")) or not _one_dimension(m.group("a"), m.group("b")):
            return m.group(0)
        gap = m.group(0)[m.end("a") - m.start():m.start("b") - m.start()]  # the first word and the joint
        tail = m.group(0)[m.end("b") - m.start():]
        kept = "." if tail.endswith(".") else ""  # (its full stop may end a sentence: 'min, 9.0 max. Sulfur')
        return (m.group("a") + ("～" + " " * (len(gap) - 1)).rjust(len(gap)) + m.group("b")
                + " " * (len(tail) - len(kept)) + kept)

    return _BOUND_AFTER_EACH.sub(band, text)


# 'd1 公称(min) 4.3', 'd1 nom. (min.) 10,5', 'd2 公称（max） 9': the nominal is the bound named in brackets.
_NOMINAL_BOUND = re.compile(r"(?P<nom>公称|(?<![A-Za-z])nom(?:inal|\.)?)\s*(?P<open>[(（])\s*(?P<w>max\.?|min\.?|最大|最小)"
                            r"\s*(?P<close>[)）])(?=\s*[-−+]?\d)", re.I)


def bound_in_nominal_brackets(text: str) -> str:
    """'d1 公称(min) 4.3，max 4.48': the nominal written as a bound ('nominal (minimum)') is that bound; its word in
    brackets was read as a unit ('min', minutes). The brackets are made spaces ('d1 公称 min  4.3，max 4.48', same
    length), so the bound word leads the value and pairs with the other bound into one range, as the keys hold it.
    A column's heading ('d1 公称（min） | d1 max', no value after it) is left as written."""
    if "(" not in text and "（" not in text:
        return text

    def spaced(m: re.Match) -> str:
        s = m.group(0)
        a, b = m.start("open") - m.start(), m.start("close") - m.start()
        return s[:a] + " " + s[a + 1:b] + " " + s[b + 1:]

    return _NOMINAL_BOUND.sub(spaced, text)


# 'length 12 192 mm, tolerances 0 and −10 mm', 'deviations +0,2 and −0,1 mm': a nominal's two deviations written
# apart from it by a plural word, the lower one signed.
_DEVIATIONS_APART = re.compile(rf"(?<![A-Za-z])(?:tolerances|deviations)\s*(?:of\s*)?[+]?\d[\d.,]*{_UNIT}\s*"
                               r"(?:and|/|,)\s*[-−]\s*\d", re.I)


def deviations_worded_apart(text: str) -> bool:
    """True when a text writes a nominal's two deviations after a plural 'tolerances' / 'deviations', the lower one
    with its sign ('12 192 mm, tolerances 0 and −10 mm'): the reader's reading of unequal deviations is then run,
    which reads the nominal with them as the range they allow."""
    if "olerances" not in text and "eviations" not in text:
        return False
    return _DEVIATIONS_APART.search(text) is not None


_PLUS_MINUS_BEFORE = re.compile(r"(?:±|\+\s*/\s*-|正负)\s*$")


def deviation_not_nominal(text: str, start: int) -> bool:
    """'电压偏差为±10 %，频率偏差为+3 %～-5 %': a value written with '±' before it is a deviation itself, no nominal
    for the span of deviations after it (which is the next quantity's, read as its own range)."""
    return _PLUS_MINUS_BEFORE.search(text, max(0, start - 4), start) is not None


# The word that marks a value as the nominal, right before it or right after it ('公称 0.8', '（公称1.6 mm）', 'nom. 5',
# '0,8 nom.', '1,6 mm nominal'); not a name that holds the word ('nominal peak 940', 'Nominal size 4').
_NOMINAL_VALUE = re.compile(r"(?:公称|(?<![A-Za-z])nom(?:inal|\.)?)\s*(?:值)?\s*(?:[:：=为]|is)?\s*(?P<v1>\d+(?:[.,]\d+)?)(?![\d.,]\d)"
                            r"|(?<![\d.,])(?P<v2>\d+(?:[.,]\d+)?)\s*(?:[^\d\s,，;；()（）]{1,6}\s*)?nom(?:inal|\.)?(?![A-Za-z])",
                            re.I)
_ITEM_END = re.compile(r"[;；。]|\.\s|\|")


def _nominal_marked(text: str, value: float, span: tuple[int, int]) -> bool:
    """The value is written in its span (or just after it) with the word of a nominal right before or after it."""
    a, b = span
    for m in _NOMINAL_VALUE.finditer(text, max(0, a - 6), min(len(text), b + 12)):
        written = (m.group("v1") or m.group("v2")).replace(",", ".")
        if abs(float(written) - value) <= 1e-9 * max(1.0, abs(value)):
            return True
    return False


def nominal_beside_its_bounds(indicators, text: str):
    """'h 0,8 nom., 0,9 max., 0,7 min.', 'h 公称 0.8，max 0.9，min 0.7', 'h is 1,6 mm nominal, with 1,8 mm max. and
    1,4 mm min.', '1.4 mm～1.8 mm（公称1.6 mm）': a nominal written in one item with the range of its own quantity, and
    inside it, is no indicator of its own (the keys hold the range alone, every such place of the open sets); read
    as one, it paired with the other side's range. A nominal with no range beside it ('s公称 10 mm, t min 6 mm') is the
    quantity's value and stays."""
    ranges = [i for i in indicators if i.comparator == Comparator.RANGE and i.low is not None and i.high is not None]
    if not ranges:
        return indicators

    def beside(nominal) -> bool:
        for r in ranges:
            if not (r.low <= nominal.value <= r.high) or (r.unit and nominal.unit and r.unit != nominal.unit
                                                           and not nominal.unit.lower().startswith("nom")):
                continue
            a, b = sorted((nominal.span, r.span))
            if not _ITEM_END.search(text, a[1], b[0]):
                return True
        return False

    kept = tuple(i for i in indicators if not (i.comparator == Comparator.EQUAL and i.value is not None
                                               and _nominal_marked(text, i.value, i.span) and beside(i)))
    return kept if len(kept) != len(indicators) else indicators


def may_write_a_nominal(text: str) -> bool:
    """A cheap test before `nominal_beside_its_bounds`: the text names a nominal."""
    return "公称" in text or "nom" in text or "Nom" in text
