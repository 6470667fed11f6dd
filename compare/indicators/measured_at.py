"""A temperature with its tolerance at which another value is measured (thirty-first round, multi30 probe): the
condition of that value, never a limit of its own.

A test's settings written with a tolerance ('conditioned at 23 °C ± 2 °C', '在(55±5) ℃的环境中存放') are limits of
their own, and the open sets' keys hold them so (605 of the 635 temperatures with a tolerance in dev .. dev30). The
keys hold them as no limit where the temperature says at what the value of another quantity is measured:

- before it in Chinese, '在 T±t 时' or '在 T±t 下测量时' with the value after it in the same stretch of the sentence:
  '在23 ℃±1 ℃时电阻率为3.95 Ω·m±0.05 Ω·m' (dev8 U002), '收集液pH值在25 ℃±2 ℃时为6.5～7.2', '在(35±2) ℃下测量时pH值在
  6.5～7.2之间' (dev6 S042, the pH's basis '在35 ℃下测量').
- in brackets after a name that is no temperature's, the value after the bracket: '蒸发残渣（105 ℃±2 ℃）≤2.0 mg/L'
  (dev2 E088 writes '（(105±2) ℃）' and holds no temperature), 'pH (collected solution at 25 °C ± 2 °C), 6,5 to 7,2'
  (dev6 S042, the pH's basis). A bracket after a temperature's name ('at ambient temperature (20 ± 5 °C)', '黑板温度
  (60±3)℃') states that temperature: left alone.

Not read so: the temperature right after the value, opened by 'at' ('a resistivity of 3,95 Ω·m ± 0,05 Ω·m at
23 °C ± 1 °C', dev8 U002 keys it the resistivity's basis; 'the pH … 6,5 to 7,2 at 25 °C ± 2 °C'). The blind probes'
keys split on the very wording (multi30 MV077 holds no temperature, forms29 FP054 holds it a tolerance), and the open
sets have one case of it: left as read (`stated_at` leaves a temperature with a tolerance alone too).

In each the temperature becomes a condition of the value (the value keeps its own reading; a value read with no name
takes the name the temperature was read with: '收集液pH值'). The value measured is of another quantity than a
temperature or a time."""

from __future__ import annotations

import re
from dataclasses import replace

from compare.indicators.stated_at import _condition_of

TEMPERATURE = "[temperature]"
TIME = "[time]"

# '在' right before the temperature's number ('在25 ℃±2 ℃时', '在(35±2) ℃下测量时').
_ZAI_BEFORE = re.compile(r"在\s*[(（]?\s*$")
# What closes the Chinese condition after the temperature: '时', '下测量时', '下测定时', '下' + a verb of measuring.
_ZAI_AFTER = re.compile(r"\s*[)）]?\s*(?:时|下(?:测量|测定|测得|测试)时?)")
# What opens a bracket of a condition right before the number, after a name: '（', '(' with words of its own
# ending in 'at' ('(collected solution at ').
_BRACKET_OPEN = re.compile(r"[(（]\s*(?:(?:[A-Za-z][A-Za-z\s-]{0,40}?\s)?(?:measured\s+)?at\s+)?[(（]?\s*$", re.I)
_BRACKET_CLOSE = re.compile(r"\s*[)）]")
# A name of a temperature right before the bracket: the bracket states that temperature.
_TEMPERATURE_NAME = re.compile(r"(?:温度|temperature|temp\.?)\s*$", re.I)
# Where a stretch of a sentence ends, between the temperature and the value measured at it.
_STRETCH_END = re.compile(r"[，,;；。\n]|\.\s")
_SENTENCE_END = re.compile(r"[;；。\n]|\.\s")
_DIGIT = re.compile(r"\d")


def _first_digit(text: str, start: int, end: int) -> int | None:
    m = _DIGIT.search(text, start, end)
    return m.start() if m else None


def _measurable(reading) -> bool:
    """A value of a quantity that can be measured at a temperature: neither a temperature nor a time."""
    return reading.normalized.dimension not in (TEMPERATURE, TIME)


def _temperature_with_tolerance(reading) -> bool:
    return reading.normalized.dimension == TEMPERATURE and str(reading.comparator) == "tolerance"


def _has_temperature_condition(reading, before: int | None = None) -> bool:
    """Whether the reading has a temperature condition (when `before` is given: one not written before that
    position, a condition carried from an earlier item of a list being the one this temperature replaces)."""
    return any(c.normalized.dimension == TEMPERATURE and (before is None or c.span[1] > before)
               for c in reading.conditions)


def _without_carried_temperature(reading, before: int) -> tuple:
    """The reading's conditions but a temperature written before `before` (carried from an earlier item)."""
    return tuple(c for c in reading.conditions if c.normalized.dimension != TEMPERATURE or c.span[1] > before)


def before_value(reading, after, text: str) -> bool:
    """'在23 ℃±1 ℃时电阻率为3.95 Ω·m', 'pH值在25 ℃±2 ℃时为6.5～7.2', '在(35±2) ℃下测量时pH值在6.5～7.2之间': the
    temperature opened by '在' and closed by '时' (or '下测量时'), the value after it in the same stretch."""
    if not _temperature_with_tolerance(reading) or not _measurable(after) \
            or _has_temperature_condition(after, reading.span[0]):
        return False
    digit = _first_digit(text, reading.span[0], reading.span[1])
    if digit is None or not _ZAI_BEFORE.search(text, 0, digit) or after.span[0] < reading.span[1]:
        return False
    close = _unit_end(text, reading)
    tail = _ZAI_AFTER.match(text, close)
    if tail is None:
        return False
    after_digit = _first_digit(text, after.span[0], after.span[1])
    return after_digit is not None and not _STRETCH_END.search(text, tail.end(), after_digit) \
        and not _DIGIT.search(text, tail.end(), after.span[0])


def bracketed_before_value(reading, after, text: str) -> bool:
    """'蒸发残渣（105 ℃±2 ℃）≤2.0 mg/L', 'pH (collected solution at 25 °C ± 2 °C), 6,5 to 7,2': a temperature in
    brackets right after a name that is no temperature's, the value after the bracket (no number between, within
    30 characters, in the same sentence)."""
    if not _temperature_with_tolerance(reading) or not _measurable(after) \
            or _has_temperature_condition(after, reading.span[0]):
        return False
    digit = _first_digit(text, reading.span[0], reading.span[1])
    if digit is None or after.span[0] < reading.span[1]:
        return False
    opening = _BRACKET_OPEN.search(text, max(0, digit - 50), digit)
    if opening is None:
        return False
    name_end = len(text[:opening.start()].rstrip())
    if name_end == 0 or not (text[name_end - 1].isalpha() or "\u4e00" <= text[name_end - 1] <= "\u9fff") \
            or _TEMPERATURE_NAME.search(text, 0, name_end):
        return False
    close = _BRACKET_CLOSE.match(text, _unit_end(text, reading))
    if close is None:
        return False
    after_digit = _first_digit(text, after.span[0], after.span[1])
    return after_digit is not None and after_digit - close.end() <= 30 \
        and not _SENTENCE_END.search(text, close.end(), after_digit) \
        and not _DIGIT.search(text, close.end(), after_digit)


def _unit_end(text: str, reading) -> int:
    """Where the temperature's written unit ends: the end of the last '°C', '℃' or 'K' in its span, else the span's
    end."""
    written = text[reading.span[0]:reading.span[1]]
    m = None
    for m in re.finditer(r"°\s*C|℃|(?<![A-Za-z])K(?![A-Za-z])", written):
        pass
    return reading.span[0] + m.end() if m else reading.span[1]


def _as_condition(condition, reading, text: str):
    """The temperature as a condition (`stated_at`'s), shown as written from its number (with a bracket opening right
    before it) to its unit (with the bracket closing after it): '23 ℃±1 ℃', '(35±2) ℃'."""
    digit = _first_digit(text, reading.span[0], reading.span[1])
    start = digit - 1 if digit and text[digit - 1] in "(（" else digit
    end = _unit_end(text, reading)
    shown = text[start:end]
    if shown.count("(") + shown.count("（") > shown.count(")") + shown.count("）"):
        shown = shown[1:]
    return replace(_condition_of(condition, reading), text=shown.strip())


def measured_at_temperature(indicators: tuple, text: str, condition) -> tuple:
    """The readings of a clause with each temperature at which another value is measured (`before_value`,
    `bracketed_before_value`) made a condition of that value and no reading of its own. `condition`
    is the reader's Condition class (passed in: the reader imports this module)."""
    if len(indicators) < 2:
        return indicators
    out = list(indicators)
    dropped: set[int] = set()
    for k, reading in enumerate(out):
        if not _temperature_with_tolerance(reading):
            continue
        if k + 1 >= len(out) or not (before_value(reading, out[k + 1], text)
                                     or bracketed_before_value(reading, out[k + 1], text)):
            continue
        target = k + 1
        value = out[target]
        parameter = value.parameter if value.parameter.strip() else reading.parameter
        kept = _without_carried_temperature(value, reading.span[0])
        out[target] = replace(value, parameter=parameter, conditions=kept + (_as_condition(condition, reading, text),))
        dropped.add(k)
    if not dropped:
        return indicators
    return tuple(r for k, r in enumerate(out) if k not in dropped)
