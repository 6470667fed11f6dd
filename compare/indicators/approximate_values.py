"""Values a clause states as an approximation, with no unit (twenty-ninth round, unread29).

A ratio, a factor or a step of a series is often given exactly as an expression and then as its decimal, or as a
decimal said to be approximate: 'G = 10^(3/10) ≈ 1,995 26', '之比为10^0.1（约1.258 9）', 'a ratio of 10^0.1 (about
1,258 9)', 'ratio approximately 1,25'. The keys of every open set that writes such a bare approximate number key the
decimal as the value, with no unit (dev18 AE039, dev23 AJ095, dev26 AM041; both sides each). The reader read the
base of the power as the value ('10') and left the decimal unread, or read nothing ('ratio approximately 1,25').

- `approximate_values`: the folded text with each such approximation written as the value it states, the same
  length: the power before it and the approximation word blanked ('G = 10^(3/10) ≈ 1.995 26' -> 'G = … 1.995 26',
  read as 'G = 1.99526'; 'ratio approximately 1,25' -> 'ratio = … 1,25'). Only a bare number that ends its phrase
  (a bracket, a stop, a semicolon, a comma): a number with a unit after it is read with its unit already
  ('approximately 200 ms'), and a ratio of two numbers ('≈ 1:1,4', dev9 V082, keyed as no value) is no one value.
"""

from __future__ import annotations

import re

from compare.indicators.clausetext import blank

# A bare number (digits grouped by spaces, a decimal point or comma) that ends its phrase: a closing bracket, a stop,
# a semicolon, a comma or the end; never the first of a ratio ('1:1,4') nor a number before a unit or a word.
_BARE = r"(?P<{}>\d+(?:[.,]\d+)?(?:[ \u2009]\d{{1,3}})*)(?![\d.,]\d)(?=\s*(?:[)）;；。]|[,，](?!\d)|\.(?:\s|$)|$))"
# A power written with a caret ('10^(3/10)', '10^0.1'), then the approximation of its value in brackets ('(约1.258 9)',
# '(about 1,258 9)', '(≈ 1,4)') or after '≈' ('≈ 1.995 26').
_POWER_THEN_APPROX = re.compile(
    r"(?P<power>\d+(?:[.,]\d+)?\s?\^\s?(?:\([\d./\-−]+\)|[\-−]?\d+(?:[.,]\d+)?))\s?"
    r"(?:\(\s?(?:约|(?i:about|approx\.|approximately)\s|≈)\s?" + _BARE.format("inner") + r"\s?(?P<close>\))"
    r"|≈\s?" + _BARE.format("after") + r")")
# A quantity's name, then a word of approximation and the bare number ('ratio approximately 1,25;', 'G ≈ 1,995 26.'):
# the word stands where 'is' or '=' would. Not after a digit or a unit (that is a value's own approximation, read as
# the value already) nor after '约为', which the reader reads as '为'.
_NAME_THEN_APPROX = re.compile(r"(?<=[A-Za-z\u4e00-\u9fff])\s(?P<word>≈|(?i:approximately|about))\s?" + _BARE.format("n"))


def approximate_values(folded: str) -> str:
    """`folded` with each bare approximate value written as the value its quantity takes, the same length: a power
    and its approximation ('10^(3/10) ≈ 1.995 26', '10^0.1 (about 1,258 9)') become the decimal alone; a word of
    approximation between a name and a bare number ('ratio approximately 1,25;') becomes '='."""
    if "^" not in folded and "≈" not in folded and "pprox" not in folded and "bout" not in folded:
        return folded
    spans = []
    if "^" in folded:
        for m in _POWER_THEN_APPROX.finditer(folded):
            if m.group("inner"):  # ('10^0.1 (about 1,258 9)': the power and the brackets go, the decimal stays)
                spans += [(m.start("power"), m.start("inner")), (m.end("inner"), m.end("close"))]
            else:  # ('10^(3/10) ≈ 1.995 26')
                spans.append((m.start("power"), m.start("after")))
    words = []
    for m in _NAME_THEN_APPROX.finditer(folded):
        words.append(m.start("word"))
        spans.append((m.start("word") + 1, m.end("word")))
    if not spans:
        return folded
    folded = blank(folded, spans)
    for at in words:  # (the word stands where '=' would: 'ratio approximately 1,25' -> 'ratio = 1,25')
        folded = folded[:at] + "=" + folded[at + 1:]
    return folded


__all__ = ["approximate_values"]
