"""The electrical ratings a scope sentence bounds (thirty-second round): '本部分适用于额定电压不超过440 V、额定电流不超过
63 A的…开关', 'applies to … switches with a rated voltage not exceeding 440 V and a rated current not exceeding 63 A',
'标称电源频率不超过200 Hz', 'for operation from supply voltages up to 1 000 V'.

A scope sentence's numbers are hidden (`clausetext.SCOPE`): they bound what the standard covers, no requirement. The
rated or supply voltage, current and frequency of electrical equipment are the exception the keys agree on: a product
standard's scope states them as the limits of the ratings it covers, and the counterpart's scope states the same
limits in the same words, so the two are compared as indicators. This module finds, inside a scope sentence, the run
from a rating's name to the last electrical value that follows it, which stays readable; the rest of the sentence
stays hidden.

Counted over the open sets (dev … dev31), scope sentences that bound a rated, nominal or supply voltage, current or
frequency: keyed as indicators in dev2 E084, dev3 F131, dev10 W003, dev23 AJ098 and nine pairs of dev31; keyed none
in dev D123, D141 and dev3 F138. See docs/indicators.md, 'Thirty-second round: fixrest32'.
"""

from __future__ import annotations

import re

# The name of a rating: rated / nominal / supply voltage or current, a frequency ('额定电压', '额定电源频率', '标称电源电压',
# '电源电压', 'rated supply voltage', 'supply voltages', 'nominal supply frequencies', 'for a.c. the frequency').
_RATING = re.compile(
    r"(?:额定|标称)(?:电源|输入|工作)?(?:电压|电流|频率)|电源(?:电压|频率)"
    r"|(?<![A-Za-z])(?i:(?:rated|nominal)(?:\s+(?:supply|input|operating))?|supply)\s+"
    r"(?i:voltages?|currents?|frequency|frequencies)(?![A-Za-z])")
# A frequency named bare ('for a.c. the frequency does not exceed 1 000 Hz'): a rating only after a rated voltage
# or current in the same sentence (not 'applicable to centre frequencies of 8 Hz to 1 000 Hz').
_FREQUENCY = re.compile(r"频率|(?<![A-Za-z])(?i:frequency|frequencies)(?![A-Za-z])")
# What joins a further value to the rating before it: 'or', 'and', '或', '和', '及' ('不超过交流1 000 V或直流1 500 V',
# 'not more than 250 V for single-phase appliances and 480 V for other appliances'), or the other end of a band: 'but',
# 'to', '但', '至', '～' ('在50 V以上，但不超过440 V', 'above 50 V but not exceeding 440 V', 'from 50 V to 440 V'); not a
# list's '、' ('额定电压1 000 V以下、50 Hz三相交流电源供电': another item).
_JOINED = re.compile(r"或|和|及|但|至|到|~|(?<![A-Za-z])(?i:or|and|but|to)(?![A-Za-z])")
# A bracket that opens on a symbol's value beside the value before it ('1 kV（Um=1.2 kV）', '1 kV (Um = 1,2 kV)': the
# highest voltage for equipment beside a rated voltage, `bracketed_ranges`): the value in it goes on the run too.
_SYMBOL_BRACKET = re.compile(r"\s*[(（]\s*[A-Za-z][A-Za-z0-9]{0,3}\s*=\s*")
# A value in an electrical unit ('440 V', '1 000 V', '32 A', '500 Hz', '1 kV'), with the words that may trail it
# ('a.c.', 'd.c.').
_ELECTRICAL_VALUE = re.compile(r"\d(?:[\d ]*\d)?(?:[.,]\d+)?\s*(?:k|M)?(?:V|A|Hz)(?![A-Za-z])(?:\s+[ad]\.c\.)?")
# How far a value may stand from the rating's name or the value before it: the words of one bound
# ('不超过交流', 'does not exceed', 'being not more than', 'in case of a.c. or').
_REACH = 48


# The scope words among `clausetext.SCOPE`'s ('适用于', '本部分规定了', 'applies to', 'is applicable to', 'this part
# specifies'): not a definition ('是指', "'Rated voltage' means …"), a designation example or a classification.
_SCOPE_WORDS = re.compile(r"适用于|规定了|(?i:appl|this\s)")


def states_a_scope(words: str) -> bool:
    """True when the scope words matched by `clausetext.SCOPE` state what a document covers."""
    return _SCOPE_WORDS.search(words) is not None


def rating_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The runs of `text[start:end]` (a scope sentence) from a rating's name to the last electrical value that
    follows it, each value within a short reach of the name or of the value before it."""
    runs: list[tuple[int, int]] = []
    names = list(_RATING.finditer(text, start, end))
    if names:
        names = sorted(names + [m for m in _FREQUENCY.finditer(text, names[0].end(), end)
                                if not any(n.start() <= m.start() < n.end() for n in names)], key=lambda m: m.start())
    for name in names:
        if runs and name.start() < runs[-1][1]:
            continue
        last = name.end()
        for value in _ELECTRICAL_VALUE.finditer(text, name.end(), end):
            if value.start() - last > _REACH or (last > name.end() and not _JOINED.search(text, last, value.start())
                                                  and not _SYMBOL_BRACKET.fullmatch(text, last, value.start())):
                break
            last = value.end()
        if last > name.end():
            runs.append((name.start(), last))
    return runs


def outside(span: tuple[int, int], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`span` with the runs taken out of it: the parts left hidden."""
    out, at = [], span[0]
    for a, b in runs:
        if a > at:
            out.append((at, a))
        at = max(at, b)
    if at < span[1]:
        out.append((at, span[1]))
    return out
