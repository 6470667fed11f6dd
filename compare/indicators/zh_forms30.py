"""Three forms of writing a value read after the rest of the reader (thirtieth round, the formszh30 probe).

- **A test level applied with '±'** ('接触放电±4 kV', '施加±8 kV接触放电', '浪涌 线对线 ±1 kV', 'electrostatic discharge:
  ±4 kV contact discharge', 'immunity test levels ± 8 kV contact'): an immunity test's voltage is applied in both
  polarities, so the '±' is no deviation from a nominal: the level is a fixed test parameter, `equal`. The open sets key
  every such level `equal` (dev D140, dev10 W080, dev18 AE013/AE084, dev19 AF072/AF082, dev22 AI001, dev27 AN053; none
  `max`). A '±' voltage in a stretch that names a deviation or an error ('偏差', 'tolerance') stays a deviation.
- **A count per a thing or a minute in Chinese** ('2粒/罐', '3个/袋', '5次/分～60次/分'): the counter and the word after
  its slash are one unit, as '个/100 g' and '次/min' are; two such values joined by a range sign are one range.
- **A fraction of another limit** ('不应大于最大允许误差绝对值的1/2', '不得超过允许误差的二分之一'): the requirement is
  written as a share of a limit stated elsewhere, not as a value of its own: not keyed (dev29_SOURCES conventions; dev2
  E124 '1/3之内', dev25 AL098 '的一半' unkeyed).
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator
from compare.indicators.clausetext import format_number
from compare.indicators.units import normalise

# ------------------------------------------------------------------------------------------------ test levels

# Words that name a test level applied to the equipment: a discharge, a surge, a burst of fast transients, a level.
_TEST_LEVEL_WORDS = re.compile(r"放电|浪涌|脉冲群|瞬变|试验电平|抗扰度|施加|"
                               r"(?<![A-Za-z])(?:discharges?|surges?|bursts?|transients?|test\s+levels?|immunity)"
                               r"(?![A-Za-z])", re.I)
# Words that make a '±' a deviation after all.
_DEVIATION_WORDS = re.compile(r"偏差|误差|允差|公差|容差|(?<![A-Za-z])(?:tolerances?|deviations?|errors?|accuracy)"
                              r"(?![A-Za-z])", re.I)
# '±', a number and a voltage unit in the value's own text (its name may follow: '±4 kV contact discharge').
_PLUS_MINUS_VOLTAGE = re.compile(r"±\s*(\d+(?:[.,]\d+)?)\s*[km]?V(?![A-Za-z/])")
# What parts the stretches of a clause: a full stop, a line end (not a semicolon: 'surges line-to-line ±1 kV; line-to-ground ±2 kV').
_STRETCH_END = re.compile(r"[。\n]|\.(?=\s|$)")


def _stretch(text: str, start: int, end: int) -> str:
    """The stretch of `text` around [start, end): from the last stop before it to the first after it."""
    left = max((m.end() for m in _STRETCH_END.finditer(text, 0, start)), default=0)
    after = _STRETCH_END.search(text, end)
    return text[left:after.start() if after else len(text)]


def is_applied_test_level(indicator, text: str) -> bool:
    """True when a '±' voltage read as a deviation is a test level applied in both polarities: its own text holds
    '±' and the value in a voltage, and its stretch of the clause names a discharge, a surge, a burst or a test level and no
    deviation or error."""
    if indicator.comparator != Comparator.MAX or indicator.value is None:
        return False
    if not any(float(m.group(1).replace(",", ".")) == indicator.value
               for m in _PLUS_MINUS_VOLTAGE.finditer(indicator.text or "")):
        return False
    stretch = _stretch(text, *indicator.span)
    return bool(_TEST_LEVEL_WORDS.search(stretch)) and not _DEVIATION_WORDS.search(stretch)


def test_levels_applied(indicators: tuple, text: str) -> tuple:
    """Each '±' voltage applied as a test level (`is_applied_test_level`) read as a fixed test parameter, `equal`."""
    return tuple(replace(i, comparator=Comparator.EQUAL) if is_applied_test_level(i, text) else i
                 for i in indicators)


def may_apply_test_levels(text: str) -> bool:
    """False when no '±' voltage stands in `text` (speed: asked before `test_levels_applied`)."""
    return "±" in text and "V" in text


# ------------------------------------------------------------------------------------------------ counts per a thing

# Counters of Chinese: the things or times a number counts.
COUNTERS_ZH = "个次粒只件片块根支条头株袋瓶滴"
# The slash and the one word a count is per, written right after the counter ('/罐', '/分', '/袋'): a single
# character no other Chinese character follows (a word of two, '插头/插座', is no unit).
_PER_WORD = re.compile(r"\s?/\s?([\u4e00-\u9fff])(?![\u4e00-\u9fff])")
# A range sign and the second end's number and counter ('～60次').
_RANGE_SIGN = re.compile(r"\s?[～~至到－—-]\s?\d[\d.,]*\s?[\u4e00-\u9fff]")


def _per_word(indicator, text: str) -> re.Match | None:
    if not indicator.unit or indicator.unit not in COUNTERS_ZH:
        return None
    return _PER_WORD.match(text, indicator.span[1])


def _per(indicator, m: re.Match):
    unit = f"{indicator.unit}/{m.group(1)}"
    norm = normalise(indicator.value, unit, low=indicator.low, high=indicator.high, tolerance=indicator.tolerance)
    return replace(indicator, unit=unit, normalized=norm, span=(indicator.span[0], m.end()),
                   text=indicator.text + m.group())


def counts_per_thing(indicators: tuple, text: str) -> tuple:
    """A count whose counter is followed by '/' and one word ('杂质不得超过2粒/罐', '每袋不得超过3个/袋') read with that
    word as its unit's denominator ('粒/罐'); two equal counts per the same word joined by a range sign ('5次/分～60次/分')
    one range."""
    out = list(indicators)
    k = 0
    while k < len(out):
        ind = out[k]
        m = _per_word(ind, text)
        if m is None:
            k += 1
            continue
        nxt = out[k + 1] if k + 1 < len(out) else None
        sign = _RANGE_SIGN.fullmatch(text[m.end():nxt.span[1]]) \
            if nxt is not None and nxt.value is not None and nxt.unit else None
        second = _per_word(nxt, text) if sign is not None else None
        if (second is not None and ind.comparator == nxt.comparator == Comparator.EQUAL and ind.value is not None
                and nxt.unit == ind.unit and second.group(1) == m.group(1) and ind.value < nxt.value):
            unit = f"{ind.unit}/{m.group(1)}"
            out[k] = replace(ind, comparator=Comparator.RANGE, value=None, low=ind.value, high=nxt.value, unit=unit,
                             normalized=normalise(None, unit, low=ind.value, high=nxt.value),
                             span=(ind.span[0], second.end()), text=text[ind.span[0]:second.end()])
            del out[k + 1]
        else:
            out[k] = _per(ind, m)
        k += 1
    return tuple(out)


def may_count_per_thing(text: str) -> bool:
    """False when no counter stands right before a slash in `text` (speed)."""
    return "/" in text and any(f"{c}/" in text or f"{c} /" in text for c in COUNTERS_ZH)


# ------------------------------------------------------------------------------------------------ fractions of a limit

# A limit named before '的' and a fraction of it: '最大允许误差绝对值的1/2', '允许误差的二分之一', '限值的1/3'.
_FRACTION_OF_LIMIT = re.compile(
    r"(?:允许误差|误差限|允差|限值|限量|允许值|最大允许值|规定值)(?:绝对值|模)?的\s?"
    r"(?P<f>\d+\s?/\s?\d+|[一二三四五六七八九十]分之[一二三四五六七八九]|一半)")


def fractions_of_a_limit(indicators: tuple, text: str) -> tuple:
    """The indicators read from a fraction of another limit ('不应大于最大允许误差绝对值的1/2') left out: the share of a
    limit stated elsewhere is no value of the clause."""
    spans = [m.span("f") for m in _FRACTION_OF_LIMIT.finditer(text)]
    if not spans:
        return indicators
    return tuple(i for i in indicators
                 if not (i.low is None and i.high is None and i.tolerance is None and not i.unit
                         and any(a < i.span[1] <= b + 1 or (i.span[0] <= a and b <= i.span[1]) for a, b in spans)))


def may_write_fraction_of_limit(text: str) -> bool:
    """False when `text` names no fraction after '的' (speed)."""
    return "的" in text and ("/" in text or "分之" in text or "一半" in text)


# ------------------------------------------------------------------------------------------------ limits under a noun

# A heading that names its values limits ('噪声限值（第二阶段）：', '公众曝露控制限值中，', '污染物限量：'), closed by a colon or
# by '中，'; the values after it up to the full stop are those limits.
_NOUN_LIMIT_HEAD = re.compile(r"(?:限值|限量|最高允许浓度|最高容许浓度|指导值|风险筛选值|允许限值|管制值)"
                              r"(?:（[^（）。；]{0,12}）|\([^()。；]{0,12}\))?(?:[：:]|中[，,])")
# A condition closed by '时' between the heading and the value ('频率50 Hz时', '排量≤80 mL时').
_CONDITION_CLOSED = re.compile(r"时")
# A comparator word of its own before the value: the value says its own kind.
_OWN_COMPARATOR = re.compile(r"不[大小高低多少超得应]|[<>≤≥＜＞]\s*$|以[上下内]|至少|最[高低大小多少]|超过|范围")


def limit_under_a_noun_heading(indicator, text: str) -> bool:
    """True when a value read as `equal` is one of the limits a heading names ('公众曝露控制限值中，频率50 Hz时电场强度为
    4 000 V/m', '噪声限值（第二阶段）：发动机排量≤80 mL时为75 dB(A)'): a heading of a noun limit (`_NOUN_LIMIT_HEAD`)
    before it in its sentence, a condition closed by '时' between them, the value stated with '为' after it in the same
    item, and no comparator of its own."""
    if indicator.comparator != Comparator.EQUAL or indicator.value is None or not indicator.unit:
        return False
    start = text.rfind("。", 0, indicator.span[0]) + 1
    heads = list(_NOUN_LIMIT_HEAD.finditer(text, start, indicator.span[1]))
    if not heads:
        return False
    between = text[heads[-1].end():indicator.span[1]]
    own = between[between.rfind("时") + 1:] if "时" in between else between
    # (the value stated with '为' in the condition's own item: '时为75 dB(A)', not a number of the next item)
    return bool(_CONDITION_CLOSED.search(between)) and "为" in own and not re.search(r"[；;。]", own) \
        and not _OWN_COMPARATOR.search(own)


def limits_under_a_noun_heading(indicators: tuple, text: str) -> tuple:
    """Each value `limit_under_a_noun_heading` reads as a maximum, as the heading's noun says."""
    return tuple(replace(i, comparator=Comparator.MAX) if limit_under_a_noun_heading(i, text) else i
                 for i in indicators)


# ------------------------------------------------------------------------------------------------ joined conditions

# After a value, '、' and a second condition closed by '时' or '条件下' before its limit ('温度为40 ℃、相对湿度为93%时，…'):
# the first value is a condition too.
# (closed by a comma: '…时的载流量' names a quantity measured so, whose conditions both languages may state as values)
_JOINED_CONDITION = re.compile(r"\s?、[^，,。；;、\d]{0,12}?\d[^，,。；;、]{0,16}?(?:时|条件下)\s?[，,]")


def conditions_joined_before_a_limit(indicators: tuple, text: str) -> tuple:
    """A value joined by '、' to the condition of the limit after it ('温度为40 ℃、相对湿度为93%时，绝缘电阻不小于2 MΩ'): a
    condition of that limit as well, no indicator of its own (the open sets put such values in the limit's basis, dev6
    S053). Only an `equal` value with no comparator in its own text, and a later limit already conditioned on the value
    after '、'."""
    out = list(indicators)
    k = 0
    while k < len(out):
        ind = out[k]
        m = _JOINED_CONDITION.match(text, ind.span[1]) if ind.comparator == Comparator.EQUAL else None
        if m is None or ind.value is None or _OWN_COMPARATOR.search(ind.text or ""):
            k += 1
            continue
        limits = [j for j, other in enumerate(out) if j != k and other.span[0] >= ind.span[1]
                  and any(ind.span[1] <= c.span[0] and c.span[1] <= m.end() for c in other.conditions)]
        if not limits:
            k += 1
            continue
        # (a condition of the kind the limit already holds: extract's Condition, not imported here, extract calls us)
        condition = type(out[limits[0]].conditions[0])
        cond = condition(parameter=ind.parameter, text=f"{format_number(ind.value)} {ind.unit}".strip(),
                         normalized=ind.normalized, value=ind.value, unit=ind.unit, span=ind.span)
        for j in limits:
            out[j] = replace(out[j], conditions=(cond,) + tuple(out[j].conditions))
        del out[k]
    return tuple(out)


def zh_forms30(indicators: tuple, text: str) -> tuple:
    """The forms of this module, each tried where its signs stand in the text."""
    if indicators and may_apply_test_levels(text):
        indicators = test_levels_applied(indicators, text)
    if indicators and may_count_per_thing(text):
        indicators = counts_per_thing(indicators, text)
    if indicators and may_write_fraction_of_limit(text):
        indicators = fractions_of_a_limit(indicators, text)
    if len(indicators) > 1 and "、" in text and ("时" in text or "条件下" in text):
        indicators = conditions_joined_before_a_limit(indicators, text)
    if indicators and "时" in text and ("限" in text or "浓度" in text or "指导值" in text or "管制值" in text):
        indicators = limits_under_a_noun_heading(indicators, text)
    return indicators
