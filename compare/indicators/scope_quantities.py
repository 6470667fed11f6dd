"""The quantities a scope or applicability sentence bounds beyond the rated ratings (thirty-third round): 'applies to
equipment for use at ambient temperatures from −25 °C to +40 °C', '本方法适用于溶解氧浓度大于0.2 mg/L的水样', '连接截面积为
0.5 mm²～35 mm²的导线', 'for cable trunking in installations with a voltage not exceeding 1 000 V a.c.', '额定功率60 W及以下',
'额定短路能力不超过25 000 A', 'in the frequency range 9 kHz to 400 GHz', 'density within the range 600 kg/m³ to 1 100 kg/m³'.

A scope sentence's numbers are hidden (`clausetext.SCOPE`, `statements.scope_spans`); `scope_ratings` reads back the
rated, nominal or supply voltage, current and frequency it bounds. The open sets' keys take more of a scope's values
as indicators: any electrical quantity it bounds (a voltage with no 'rated' word, a breaking or short-circuit capacity,
a rated power or wattage, a frequency range covered), the temperatures it covers (ambient, test or service temperature
ranges, a product's flash or cloud point), the conductor cross-sections and the working range of a method in a
concentration or a density (or a turbidity, thirty-fifth round). This module finds, inside a scope sentence, every value written in a unit of those kinds;
each such value stays readable (its bound words, 'not exceeding', '不超过', 'from … to', '以下', are words and stay read
in any case), the rest of the sentence stays hidden: counts of persons or pieces, ages, lengths and masses, code
sizes and the numbers of other documents.

Left hidden where the keys disagree: the altitude a scope covers (keyed in three pairs, none in two) and lengths (a
saddle height keyed, a seat height and a rail mass not). See docs/indicators.md, 'Thirty-third round: fixscope33'.
"""

from __future__ import annotations

import re

from compare.indicators.scope_ratings import rating_runs

# A number as a scope writes it, after folding ('1 000', '0,2', '72.5', '25 000'; not the power of ten of '10^-2').
_NUMBER = r"(?<![\d.,^])(?<!\^-)(?:\d{1,3}(?: \d{3})+|\d+)(?:[.,]\d+)?"
# The units of the kinds the keys read in scopes (folded text: '℃' is '°C', 'mm²' is 'mm2', 'm³' is 'm3'):
# electrical quantities (V, A, W, VA with a prefix), temperatures, cross-sections, concentrations and densities.
_UNIT = (r"(?:(?:[kMG]|m(?=A|W))?(?:VA|V|A|W)(?![A-Za-z])"
         r"|°\s?C|°F"
         r"|mm2(?!\d)"
         r"|(?:[mμun]?g|kg)\s?/\s?(?:[mμ]?[lL]|kg|m3|cm3)(?![A-Za-z\d]))")
# What joins the ends of a range: 'from 2 to 100 mg/l', 'between 30 mg/l and 700 mg/l', '2 mg/L～100 mg/L'.
_TO = r"\s*(?:to|and|~|-|至|到)\s*"
# A value, with the bare lower end of its range before it ('from 2 to 100 mg/l').
_VALUE = re.compile(rf"(?:{_NUMBER}{_TO})?{_NUMBER}\s*{_UNIT}")
# A frequency is read as the range a scope covers ('in the frequency range 9 kHz to 400 GHz', '工作在2 400 MHz～
# 2 483.5 MHz频段'); a lone frequency says what supply a product is built for ('on 50 Hz or 60 Hz networks'), which
# the keys do not take, unless a rating names it (scope_ratings: '额定频率不超过500 Hz').
_HERTZ = r"(?:[kMG]?Hz)(?![A-Za-z])"
_FREQUENCY_RANGE = re.compile(rf"{_NUMBER}\s*(?:{_HERTZ})?{_TO}{_NUMBER}\s*{_HERTZ}")
# A cable's voltages with the highest voltage for equipment in brackets ('额定电压1 kV（Um=1.2 kV）到3 kV（Um=3.6 kV）',
# 'from 6 kV (Um = 7,2 kV) up to 30 kV'): a designation of the cable's voltage ratings, left to scope_ratings.
_HIGHEST_VOLTAGE = re.compile(r"\(\s*Um\s*=")


# A method's working range in turbidity (thirty-fifth round, fixunit35: water_units): '…applicable to water of high
# turbidity, in the range 40 FAU to 4 000 FAU', '最低检测浊度为3度'; the Chinese degree only where the sentence names
# turbidity or colour.
_TURBIDITY = re.compile(rf"(?:{_NUMBER}\s*(?:NTU|FNU|FAU|FTU|度)?{_TO})?{_NUMBER}\s*(?:(?:NTU|FNU|FAU|FTU)(?![A-Za-z])|(?P<degree>度)(?![\u3400-\u9fff]))")
_WATER_DEGREE_NAMES = re.compile(r"浊度|色度")


def _turbidity_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the turbidities a scope sentence `text[start:end]` bounds."""
    sentence = text[start:end]
    if not any(mark in sentence for mark in ("度", "NTU", "FNU", "FAU", "FTU")):
        return []
    named = _WATER_DEGREE_NAMES.search(text, start, end) is not None
    return [m.span() for m in _TURBIDITY.finditer(text, start, end) if named or not m.group("degree")]


# What a limit's or a table's applicability starts with ('上述限值适用于冷却介质温度不超过40 ℃…', 'The limits apply to a
# coolant temperature of 40 °C', '表41.1 最长的切断时间，适用于不超过32 A的终端回路'): the case the limits hold in, no scope.
_LIMITS_OR_TABLE = re.compile(r"限值|表\s*[\dA-Z]|(?<![A-Za-z])(?i:limits?|table)(?![A-Za-z])")
# A value right after another value's 'at', 'for' or 'settled at', or closed by 时 ('a working pressure of 200 bar settled
# at 15 °C', 'relative humidity 80 % for temperatures up to 31 °C', '温度31 ℃以下时'): the condition of that value.
_CONDITION_BEFORE = re.compile(r"\d\s*(?:%|[^\s\d]{1,8})\s+(?:[a-z]+\s+){0,2}(?:at|for)\s+(?:[a-z]+\s+){0,4}$")
_WHEN_AFTER = re.compile(r"\s*(?:以下|以上|及以下|及以上)?\s*时")


def quantity_runs(text: str, start: int, end: int, head: int | None = None) -> list[tuple[int, int]]:
    """The spans of `text[start:end]` (a scope sentence, whose scope words start at `head`) of the values written in
    an electrical, temperature, cross-section, concentration or density unit, and of the frequency ranges: each
    stays readable."""
    if _HIGHEST_VOLTAGE.search(text, start, end) or _LIMITS_OR_TABLE.search(text, start, start if head is None else head):
        return []
    runs = [m.span() for m in _VALUE.finditer(text, start, end)] \
        + [m.span() for m in _FREQUENCY_RANGE.finditer(text, start, end)] + _turbidity_runs(text, start, end)
    return [(a, b) for a, b in runs
            if not _CONDITION_BEFORE.search(text, max(start, a - 40), a) and not _WHEN_AFTER.match(text, b)]


def readable_runs(text: str, start: int, end: int, head: int | None = None, in_table: bool = False) \
        -> list[tuple[int, int]]:
    """The runs of a scope sentence `text[start:end]` that stay readable, in order: its ratings (scope_ratings) and,
    outside a table's cells (a caption's '适用于不超过32 A的终端回路' says which rows the table is for), the values it
    bounds in an electrical, temperature, cross-section, concentration or density unit (`quantity_runs`). Both places
    that hide scope sentences (extract and statements) ask this."""
    return sorted(rating_runs(text, start, end) + ([] if in_table else quantity_runs(text, start, end, head)))
