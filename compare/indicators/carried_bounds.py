"""A bound written once for several values of one clause (thirtieth round, fixmulti30b).

The multi30 probe (clauses that state several values, data/indicator_eval/multi30_SOURCES.md) showed three ways a
clause writes its comparator once for values the reader read as plain values ('equal'); each is held by the open
sets' keys (dev … dev29) as the probe's writer holds it (docs/indicators.md, thirtieth round, fixmulti30b):

- `bound_carried_to_selected_values`: one quantity's limit given for several selectors, the bound word written
  before the first value only ('at least 140 m where the code number is 3 or 4 and 70 m where it is 1 or 2', 'not
  less than 2,5 mm, except for material group I, where 1,8 mm is sufficient', '不应小于2.5 mm，但对于材料组别Ⅰ，1.8 mm
  即可', 'at least 89,8 % for IE2, 91,4 % for IE3'): the later values, in the same unit and sentence, each beside
  its selector (for, where, at, except, 对于, 时 …) and with no comparator word of their own, take the first one's
  bound. In the open sets 35 such values are keyed with that bound, 2 equal (both after a colon or a 'nominal').
- `whichever_bounds`: two values offered as alternatives, 'X or Y, whichever is the greater / lower' ('取较大值'):
  a bound word written before the first ('shall not exceed +5 % or 20 W, whichever is the greater', '小于1 µm或
  10 %') holds for both; with none, 'the greater' is a minimum and 'the lower' a maximum, as the keys hold (dev6
  S037, dev21 AH036, dev25 AL051, AL088, dev28 AO019, AO058, dev29 AP013: min; dev29 AP075, dev6 S074: max).
- `sampling_plan_limits`: a microbiological sampling plan (n = 5, c = 2, m = 50 cfu/g, M = 500 cfu/g): m and M are
  limits, maxima (dev4 G073, dev7 T028, dev25 AL046: every m and M keyed 'max'); n and c stay counts.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator

# A sentence's end inside a clause: a full stop, a semicolon, a colon (a colon opens another item's values).
_SENTENCE_BREAK = re.compile(r"[。；;:：!?！？]|\.(?=\s|$)")
# The same, where the full stop of 'a.c.' and 'd.c.' ends no sentence ('1 000 V a.c. or 1 500 V d.c.'): for the values
# of one bound, each beside its selector.
_SELECTED_BREAK = re.compile(r"[。；;:：!?！？]|(?<![ad]\.c)\.(?=\s|$)")
# Words that name a selector of a value: the condition, class or case it holds for; the kind of supply a voltage
# is for ('不超过交流1 000 V或直流1 500 V', '1 000 V a.c. or 1 500 V d.c.').
_SELECTOR = re.compile(r"(?<![A-Za-z])(?:for|where|when|except|if|at|in|over|above|below|under|[ad]\.c\.)(?![A-Za-z])"
                       r"|对于|时|但|在|交流|直流", re.I)
# A bound that states a condition, not a limit: 'when … exceeds 10 m', '当大于10 m时'.
_WHEN_BOUND = re.compile(r"\s*(?:当|(?i:if|when|where)(?![A-Za-z]))")
_ENDS_WHEN = re.compile(r"\s*(?:以上|以下)?时")
# A value alone in brackets after a name ('水平缆线长度（90 m）应适当减少'): the name's value recalled, no limit of its
# own (not a bracketed clause that states a value: '（如20 ℃时为90 %）').
_BRACKET_CLOSES = re.compile(r"\s*[)）]")
_BRACKET_OPENS = re.compile(r"[(（]\s*[-+]?\d[\d.,\s]*[^\d()（）]{0,8}$")
# A value given as the nominal of a dimension, not a bound ('公称 8 mm').
_NOMINAL = re.compile(r"(?<![A-Za-z])nom(?:inal|\.)|公称|标称", re.I)


def _ordered(indicators) -> list[int]:
    return sorted(range(len(indicators)), key=lambda k: indicators[k].span)


def _single(indicator) -> bool:
    """A value stated alone: no range, no tolerance, not a setting of a procedure."""
    return indicator.value is not None and indicator.low is None and indicator.high is None \
        and indicator.tolerance is None and not indicator.setting


def _bound(indicator, comparator: str):
    return replace(indicator, comparator=comparator, explicit=True, bare=False)


def bound_carried_to_selected_values(indicators: tuple, text: str) -> tuple:
    """Values that no bound word states the kind of (not `Indicator.explicit`, or `Indicator.bare`), after a maximum or a minimum of the same unit in
    the same sentence, each with a selector between it and the bound before it: they take that bound. A chain
    ('0,3 s at IΔn, 0,15 s at 2 IΔn and 0,04 s at 5 IΔn') passes the bound on value by value."""
    out = list(indicators)
    order = _ordered(out)
    for before, k in zip(order, order[1:]):
        first, value = out[before], out[k]
        if value.comparator != Comparator.EQUAL or (value.explicit and not value.bare) or not _single(value) \
                or not value.unit:
            continue
        if first.comparator not in (Comparator.MAX, Comparator.MIN) or not _single(first) or first.unit != value.unit:
            continue
        if _WHEN_BOUND.match(text, first.span[0]) or _ENDS_WHEN.match(text, first.span[1]):
            continue  # (the bound is itself a condition: '当大于10 m时，…（90 m）')
        gap = text[first.span[1]:value.span[1]]
        if _SELECTED_BREAK.search(text, first.span[1], value.span[1]) or _NOMINAL.search(gap) or not _SELECTOR.search(gap) \
                or (_BRACKET_CLOSES.match(text, value.span[1]) and _BRACKET_OPENS.search(text, 0, value.span[1])):
            continue
        out[k] = _bound(value, first.comparator)
    return tuple(out)


# 'whichever is the greater', 'whichever is higher', '取两者中的较大值', '（选较大值）', '取较小者', '中的较大者'.
_WHICHEVER = re.compile(r"(?i:whichever\s+is\s+(?:the\s+)?(?P<en>greater|higher|larger|less|lower|smaller))"
                        r"|较(?P<zh>[大小高低])(?:者|值)")
_GREATER = {"greater", "higher", "larger", "大", "高"}
# An alternative's joint: 'or', '或'.
_OR = re.compile(r"(?<![A-Za-z])or(?![A-Za-z])|或")
# A bound word written before the first alternative's number, with at most a few words between ('shall not exceed
# +5 %', 'by more than ± 3 J', '不应大于整定压力的10 %', 'less than 1 µm'); not a bound word in a name ('maximum test
# voltage shall have a value of twice …').
_WRITTEN_BOUND = re.compile(
    r"(?i:(?P<max>(?:shall|must|should)\s+not\s+exceed|not\s+(?:to\s+)?exceed(?:ing)?|(?:not|no)\s+(?:more|greater|"
    r"higher)\s+than|(?<!not\s)(?<!no\s)less\s+than|at\s+most|up\s+to)|(?P<min>(?:not|no)\s+(?:less|lower|fewer)\s+than|"
    r"at\s+least|(?<!not\s)(?<!no\s)(?:more|greater)\s+than))"
    r"|(?P<zmax>不(?:应|得|宜)?(?:大于|超过|高于|多于)|小于|低于|≤|<)|(?P<zmin>不(?:应|得|宜)?(?:小于|低于|少于)|大于|高于|至少|≥|>)")
_BOUND_TO_NUMBER = re.compile(r"[^\d。；;,，]{0,12}?[+±]?\s*\d")


def _written_bound(text: str, indicator) -> str | None:
    """The comparator of a bound word written just before the indicator's first number, inside its span."""
    a, b = indicator.span
    for m in _WRITTEN_BOUND.finditer(text, a, b):
        if _BOUND_TO_NUMBER.match(text, m.end()) and _BOUND_TO_NUMBER.match(text, m.end()).end() <= b:
            return Comparator.MAX if (m.group("max") or m.group("zmax")) else Comparator.MIN
    return None


# A number written in an indicator's span; a deviation's sign written just before it ('+5 %', '＋5 ％', '−10 %').
_NUMBER = re.compile(r"\d[\d.,]*")
_SIGN_BEFORE = re.compile(r"[+＋−–-]\s*$")


def _number_before(text: str, indicator, at: int) -> bool:
    """The indicator is written before `at`: its span ends there, or a number of it does. A Chinese span may open on
    the whichever words and hold the next value only ('取较大者）至－10 ％': thirtieth round, late30)."""
    a, b = indicator.span
    return a < at and (b <= at or _NUMBER.search(text, a, at) is not None)


def _signed_deviation(text: str, indicator) -> bool:
    """The indicator's number (the last in its span) carries a written sign ('+5 %'): a signed deviation, whose
    bound it was read with holds for the whichever group; a bound read from a name ('最大试验电压应为…') does not
    (late30)."""
    a, b = indicator.span
    numbers = list(_NUMBER.finditer(text, a, b))
    return bool(numbers) and _SIGN_BEFORE.search(text[max(a, numbers[-1].start() - 3):numbers[-1].start()]) is not None


def whichever_bounds(indicators: tuple, text: str) -> tuple:
    """The values joined by 'or' before 'whichever is the greater / lower' (at most three, in the same sentence):
    the bound written before the first holds for each, and so does a bound the first was read with otherwise (a
    signed deviation: 'between +5 % (or 20 W, whichever is greater) and −10 %' is an upper bound); with none, the
    greater is a minimum and the lower a maximum. A range or a tolerance among them is left as read."""
    out = list(indicators)
    order = _ordered(out)
    for m in _WHICHEVER.finditer(text):
        before = [k for k in order if _number_before(text, out[k], m.start())
                  and not _SENTENCE_BREAK.search(text, min(out[k].span[1], m.start()), m.start())]
        if not before:
            continue
        group = [before[-1]]
        for k in reversed(before[:-1]):
            if len(group) == 3 or not _OR.search(text, out[k].span[1], out[group[0]].span[1]):
                break
            group.insert(0, k)
        if len(group) < 2 or not all(_single(out[k]) for k in group):
            continue
        written = _written_bound(text, out[group[0]])
        if written is None and out[group[0]].comparator in (Comparator.MAX, Comparator.MIN) \
                and _signed_deviation(text, out[group[0]]):
            written = out[group[0]].comparator
        greater = (m.group("en") or m.group("zh")).lower() in _GREATER
        kind = written or (Comparator.MIN if greater else Comparator.MAX)
        for k in group:
            if out[k].comparator != kind:
                out[k] = _bound(out[k], kind)
    return tuple(out)


# A sampling plan's sample count and acceptance number, written as symbols ('n = 5', 'n=5，c=2').
_PLAN_N = re.compile(r"(?<![A-Za-z])n\s*[=＝]\s*\d")
_PLAN_C = re.compile(r"(?<![A-Za-z])c\s*[=＝]\s*\d")
# A symbol set equal to a number: the plan's limits are 'm = 50 cfu/g', 'M=10 000 CFU/g', 'm = 0/25 g'.
_SYMBOL_SET = re.compile(r"(?<![A-Za-z])([A-Za-z])\s*[=＝]\s*\d")


def sampling_plan_limits(indicators: tuple, text: str) -> tuple:
    """In a clause that states a sampling plan (n = … and c = …), the values written 'm = …' and 'M = …' are
    maxima."""
    if not _PLAN_N.search(text) or not _PLAN_C.search(text):
        return indicators
    out = list(indicators)
    for k, indicator in enumerate(out):
        symbols = [m.group(1) for m in _SYMBOL_SET.finditer(text, *indicator.span)]
        if indicator.comparator == Comparator.EQUAL and _single(indicator) and symbols and symbols[-1] in "mM":
            out[k] = _bound(indicator, Comparator.MAX)
    return tuple(out)


def several_value_bounds(indicators: tuple, text: str) -> tuple:
    """The three readings above, each where its words stand."""
    if len(indicators) < 2:
        return indicators
    if "=" in text or "＝" in text:
        indicators = sampling_plan_limits(indicators, text)
    if "较" in text or "hichever" in text:
        indicators = whichever_bounds(indicators, text)
    return bound_carried_to_selected_values(indicators, text)
