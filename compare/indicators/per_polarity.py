"""A count stated for each polarity (thirty-eighth round, fixcount38).

An immunity test applies its surges, bursts or discharges in both polarities and says how many of each: '施加正、负极性的浪涌
各5次', '正负极性各5次', 'five positive and five negative', '10 positive and 10 negative discharges'. These are two counts,
one of positive and one of negative pulses, and a standard may change one without the other; the keys count them apart
(number of positive surges, number of negative surges). The reader took the Chinese form as one count (the '各' read with
the value) and read nothing of the English one in words ('positive' is no noun of things counted). Here the Chinese
reading is parted into its two polarities, and the English pair is read, in digits or in words, as two counts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator
from compare.indicators.clausetext import _EN_NUMBERS
from compare.indicators.units import normalise

# '正、负极性的浪涌各5次', '正负极性各5次', '正极性和负极性的浪涌各5次': each polarity, then 各 and the count.
_ZH_EACH = re.compile(r"正(?:极性)?\s*[、,，和及与]?\s*负极性[^。；;，,0-9]{0,12}?各\s*(\d+)\s*次")
_WORD = "|".join(sorted((w for w in _EN_NUMBERS if _EN_NUMBERS[w] >= 2), key=len, reverse=True))
_N = rf"(\d+|{_WORD})"
# 'five positive and five negative', '10 positive and 10 negative discharges'.
_EN_PAIR = re.compile(rf"(?<![A-Za-z0-9.,]){_N}\s+positive\s+and\s+{_N}\s+negative(?:\s+([a-z]{{2,}}s))?(?![A-Za-z])",
                      re.I)
# A bound word straight before the first count ('at least 10 positive and 10 negative').
_EN_AT_LEAST = re.compile(r"(?:at\s+least|not\s+less\s+than|a\s+minimum\s+of)\s+$", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.;:]\s)")


def may_count_per_polarity(text: str) -> bool:
    """Cheaply: whether `text` may state a count for each polarity."""
    return "负极性" in text or "negative" in text


def polarity_pair_spans(text: str) -> list[tuple[int, int]]:
    """Where `text` writes an English pair of counts per polarity (`_EN_PAIR`): read by `counts_per_polarity`, so no
    number of theirs is left unread."""
    return [m.span() for m in _EN_PAIR.finditer(text)]


def _number(word: str) -> float:
    return float(word) if word.isdigit() else float(_EN_NUMBERS[word.lower()])


def counts_per_polarity(indicators: tuple, text: str, reading: type) -> tuple:
    """`indicators` with a count stated for each polarity as two readings (see the module's docstring); `reading` is the
    class of a reading (`extract.Indicator`, passed in: extract imports this module)."""
    out = list(indicators)
    for m in _ZH_EACH.finditer(text):
        at = m.start(1)
        for k, ind in enumerate(out):
            if ind.span[0] <= at < ind.span[1] and ind.value == float(m.group(1)) and ind.low is None:
                name = ind.parameter
                out[k:k + 1] = [replace(ind, parameter=f"{name} 正极性"), replace(ind, parameter=f"{name} 负极性")]
                break
    for m in _EN_PAIR.finditer(text):
        first, second = _number(m.group(1)), _number(m.group(2))
        kept = [ind for ind in out if not (ind.span[0] <= m.start(1) < ind.span[1] and ind.value == first
                                           and ind.low is None and not ind.unit)]
        if any(ind.span[0] <= m.start(2) < ind.span[1] for ind in kept):
            continue  # (the second count already belongs to a reading: leave the clause as read)
        start = max((s.end() for s in _SENTENCE_START.finditer(text, 0, m.start())), default=0)
        before = text[start:m.start()]
        things = m.group(3) or ""
        name = re.sub(r"\s+", " ", re.sub(r"\b(?:the|shall|be|is|are|of|a|an|at least|not less than|minimum)\b", " ",
                                         before, flags=re.I)).strip()
        name = (name + " " + things).strip() if things else name
        kind = Comparator.MIN if _EN_AT_LEAST.search(before) else Comparator.EQUAL
        new = [reading(parameter=f"{name} {polarity}".strip(), comparator=kind, value=value, unit="", span=span,
                         text=text[span[0]:span[1]], normalized=normalise(value, ""))
               for polarity, value, span in (("positive", first, (start, m.end(1))),
                                             ("negative", second, (start, m.end(2))))]
        out = sorted(kept + new, key=lambda ind: ind.span)
    return tuple(out)

