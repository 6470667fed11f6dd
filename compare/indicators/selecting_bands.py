"""A band written with two bounds that says which things a limit is of: '额定电流大于10 A且不大于16 A的器具，…'
(thirty-second round, fixprobe32).

'额定电压＞150 V且≤250 V的器具，试验电压为…', '倾斜角大于30°但不大于35°的自动扶梯，其名义速度不应大于0.50 m/s',
'螺纹标称直径大于3.6 mm且不大于4.1 mm的螺钉，施加的扭矩…': a quantity bounded on both sides, closed by 的 and the thing it
selects (or by 的 alone, the thing left understood: '大于16 A且不大于25 A的，不应小于2.5 mm²'), then a comma. The band is
no limit: it names the appliances, screws or escalators the limit after it holds for, a row of a table run into a
sentence. The open sets' keys never key such a band (dev4 G044, dev19 AF036, dev21 AH023, dev30 AQ096, dev31 AR045),
nor do the units probe's (units31); the reader read it as a range. It is made the condition of the next value of its
sentence; left as read when no value follows it there. (The single bound led by 对, '对额定输入功率大于200 W的电热器具，',
is `band_selectors.bounds_selecting_a_thing`.)
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator
from compare.indicators.band_selectors import conditions_of_targets

# The band as written: a lower bound, a joining word, an upper bound ('大于10 A且不大于16 A', '＞150 V且≤250 V',
# '超过450 V但不超过15 kV').
_TWO_BOUNDS = re.compile(r"(?:大于|超过|高于|不小于|不低于|＞|>|≥)\s*[-+]?\d[^，。；;,的]{0,12}?(?:且|但|并且|而|，|,)?\s*"
                         r"(?:不大于|不超过|不高于|小于|低于|≤|＜|<)\s*[-+]?\d[^，。；;,的]{0,12}$")
# After the band: 的, the thing (no number, no break), then a comma.
_SELECTS = re.compile(r"的[^，。；;,:：\d（()）]{0,16}[，,]")
_SENTENCE_END = re.compile(r"[。；;]")


def bands_selecting_things(indicators: tuple, text: str, condition_of) -> tuple:
    """The two-bound bands closed by 的 and the thing they select, made conditions of the next value of their
    sentence (`condition_of(band)` builds the condition); other indicators as read."""
    return conditions_of_targets(indicators, condition_of, lambda place, order, out, dropped:
                                 _value_selected(text, place, order, out))


def _value_selected(text: str, place: int, order: list, out: list) -> int | None:
    band = out[order[place]]
    if band.comparator != Comparator.RANGE or place + 1 >= len(order):
        return None
    start, end = band.span
    if not _TWO_BOUNDS.search(text, start, end) or not _SELECTS.match(text, end):
        return None
    after = order[place + 1]
    if out[after].comparator == Comparator.RANGE and _TWO_BOUNDS.search(text, *out[after].span):
        return None  # (another band next: no value of this band's own)
    if _SENTENCE_END.search(text, end, out[after].span[0]):
        return None
    return after
