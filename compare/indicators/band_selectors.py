"""A size or rating band written beside the value it selects, and a bound that selects the thing a limit is of
(thirtieth round, fixmulti30b).

'±0,2 mm over 6 mm up to 30 mm and ±0,3 mm over 30 mm up to 120 mm', '…; over 3,0 mm up to and including 3,2 mm it
is 0,6 N·m', 'over 0,5 µm up to 10 µm: 0,8 mm': the band 'over X up to Y' names the sizes the value beside it holds
for, a row of a table run into a sentence. The open sets' keys never key such a band when a value stands beside it
(dev5 H023, dev6 S032, dev17 AD003, AD075, dev19 AF032, AF059, dev20 AG026, dev22 AI016, AI045, dev26 AM028, AM033,
AM077 …); they key it as a range only where it is the item's own value, a class's band with no other value ('P 40 |
over 16 up to 40', 'type C above 5 In up to and including 10 In'). The reader read the band as a range where no
'for' put it among the value's words; it is made the condition of the value it stands against: the value just before
it with nothing but a space between ('±0,2 mm over 6 mm …'), or the value right after it, past at most a colon or a
comma, with no name of its own ('… 3,2 mm it is 0,6 N·m', '… 10 µm: 0,8 mm'). A band led by 'for' ('For a shaft
diameter over 10 mm up to 12 mm the key width is 4 mm') selects the value after it, named or not.
"""

from __future__ import annotations

import re
from dataclasses import replace

from compare.core.vocabulary import Comparator

# The band's own words, from the start of the range indicator's span: 'over 6 mm up to 30 mm', 'above 3,0 mm up to and
# including 3,2 mm', 'exceeding 10 up to 20'.
_BAND = re.compile(r"\s*(?P<lead>for\s+(?:an?\s+|the\s+)?[^\d;；。:：,，]{0,40}?\s)?(?:over|above|exceeding)\s+[-+]?\d[^;；。:：]{0,20}?\s+up\s+to"
                   r"(?:\s+and\s+including|\s+but\s+not\s+including)?\s+[-+]?\d[^;；。:：]{0,12}$", re.I)
# What may stand between a band and the value after it that it selects: a colon or a comma; then the value, or 'it is'.
_TO_VALUE_AFTER = re.compile(r"\s*[:：,，]?\s*")
_VALUE_OPENS = re.compile(r"(?:(?:it|they)\s+(?:is|are|shall\s+be)\s+)?[-+±]?\s?\d", re.I)


def conditions_of_targets(indicators: tuple, condition_of, target_of) -> tuple:
    """Indicators in the order of their spans; each one for which `target_of(place, order, out, dropped)` names another
    (by its index in `out`) becomes a condition of that one (`condition_of(band)` builds it) and leaves the list."""
    order = sorted(range(len(indicators)), key=lambda k: indicators[k].span)
    out = list(indicators)
    dropped: set[int] = set()
    for place, k in enumerate(order):
        target = target_of(place, order, out, dropped)
        if target is None:
            continue
        out[target] = replace(out[target], conditions=out[target].conditions + (condition_of(out[k]),))
        dropped.add(k)
    return tuple(ind for k, ind in enumerate(out) if k not in dropped)


def bands_beside_values(indicators: tuple, text: str, condition_of) -> tuple:
    """The band indicators (ranges written 'over X up to Y') that select the value beside them, made conditions of that
    value (`condition_of(band)` builds the condition); other indicators as read."""
    return conditions_of_targets(indicators, condition_of, lambda place, order, out, dropped:
                                 _value_beside(text, place, order, out, dropped))


def _value_beside(text: str, place: int, order: list, out: list, dropped: set) -> int | None:
    band = out[order[place]]
    written = _BAND.fullmatch(text, *band.span) if band.comparator == Comparator.RANGE else None
    if written is None:
        return None
    before = order[place - 1] if place else None
    after = order[place + 1] if place + 1 < len(order) else None
    target = None
    if written.group("lead"):  # ('For a shaft over 10 mm up to 12 mm the key width is 4 mm': the value after it)
        if after is not None and out[after].comparator != Comparator.RANGE \
                and not text[band.span[1]:out[after].span[0]].strip(" ,，"):
            target = after
    elif before is not None and before not in dropped and out[before].comparator != Comparator.RANGE \
            and not text[out[before].span[1]:band.span[0]].strip():
        target = before
    elif after is not None and out[after].comparator != Comparator.RANGE:
        gap = _TO_VALUE_AFTER.match(text, band.span[1], out[after].span[0])
        if gap and gap.end() == out[after].span[0] and _VALUE_OPENS.match(text, out[after].span[0]):
            target = after
    return target



# The Chinese tables' band of sizes, 'over X up to and including Y' written '大于50 mm至80 mm' ('超过…至…'): the end of a
# range indicator's span, each end a number with at most its unit.
_BAND_ZH = re.compile(r"(?:大于|超过)\s*[-+]?\d[^;；。:：,，至]{0,12}?至\s*[-+]?\d[^;；。:：,，]{0,12}$")
# Between such a band and the value of the row it heads: a comma or a colon, nothing else.
_ROW_OPENS = re.compile(r"\s*[,，:：]\s*")


def zh_bands_heading_a_row(indicators: tuple, text: str, condition_of) -> tuple:
    """A band '大于X至Y' closed by a comma or a colon and followed by the row's values ('公称尺寸大于50 mm至80 mm，IT6为
    19 μm，IT7为30 μm'): the sizes the row holds for, as 'over 50 mm up to and including 80 mm — IT6: 19 µm' writes
    it, no range of its own; made the condition of the value right after it (named or not), as `bands_beside_values`
    does for the English band. Left as read when a range follows it (a row of two bands is a table of bands), but for
    a pair of limit deviations read as one range (`slashed_deviations`)."""
    return conditions_of_targets(indicators, condition_of, lambda place, order, out, dropped:
                                 _row_after_zh_band(text, place, order, out))


def _row_after_zh_band(text: str, place: int, order: list, out: list) -> int | None:
    band = out[order[place]]
    if band.comparator != Comparator.RANGE or not _BAND_ZH.search(text, band.span[0], band.span[1]) \
            or place + 1 >= len(order):
        return None
    after = order[place + 1]
    if out[after].comparator == Comparator.RANGE and "偏差" not in text[out[after].span[0]:out[after].span[1]]:
        return None  # (a band before a pair of limit deviations, '大于120 mm至180 mm，孔H8的极限偏差为+63 μm/0', heads it)
    gap = _ROW_OPENS.fullmatch(text, band.span[1], out[after].span[0])
    return after if gap else None

# '对额定输入功率大于200 W的电热器具，…', '对于面积大于0.1 m²的组件，…', '对硬度低于80 IRHD的橡胶，…': 对 (对于), the name
# of a quantity, a bound word, a value and its unit, then 的 and the thing (no '相对': '相对湿度不低于90 %的条件').
_SELECTING_BOUND = re.compile(r"(?<!相)对(?:于)?[^，。；;,:：\d]{1,24}?(?:不大于|不小于|不超过|不低于|不高于|大于|小于|超过|低于|高于|"
                              r"≤|≥|＞|＜|>|<)\s*(?P<value>[-+]?\d[\d.,]*\s*[^\d，。；;,、的]{0,8}?)的[^，。；;,\d]{1,16}[，,]")


def bounds_selecting_a_thing(indicators: tuple, text: str, condition_of) -> tuple:
    """A value bounded in a phrase that says which things a clause's limit is of ('对额定输入功率大于200 W的电热器具，偏差
    不应超过+5%'): no limit of its own but the condition of the next value of its sentence; the open sets' keys key
    such a value in 4 clauses of 15 (dev20 AG059, dev22 AI087 …; unkeyed in dev3 F008, dev4 G045, dev8 U037, U081,
    dev14 AA046, dev15 AB039, dev21 AH004, AH008, dev25 AL005, dev28 AO019, AO073). Left as read when no value
    follows it in its sentence."""
    order = sorted(range(len(indicators)), key=lambda k: indicators[k].span)
    out = list(indicators)
    dropped: set[int] = set()
    for m in _SELECTING_BOUND.finditer(text):
        at = [p for p, k in enumerate(order) if m.start("value") < out[k].span[1] <= m.end("value")]
        if len(at) != 1 or at[0] + 1 >= len(order):
            continue
        k, after = order[at[0]], order[at[0] + 1]
        if _SENTENCE_END.search(text, m.end(), out[after].span[1]) or out[k].comparator not in (Comparator.MAX,
                                                                                                 Comparator.MIN):
            continue
        out[after] = replace(out[after], conditions=out[after].conditions + (condition_of(out[k]),))
        dropped.add(k)
    return tuple(ind for k, ind in enumerate(out) if k not in dropped)


_SENTENCE_END = re.compile(r"[。；;]")
