"""Amounts a step takes or adds, named after their unit (twenty-sixth round, pairs26).

A method's step writes the amount first and the thing after it: '加入0.4 g硫酸铜、6 g硫酸钾及20 mL硫酸', 'Add 15 g of
potassium sulfate, 1,0 ml of copper(II) sulfate solution and 25 ml of sulfuric acid'. Named by the words before each
value, every amount took the name of the thing added before it (6 g '硫酸铜', 20 mL '硫酸钾') or the verb ('Add'), and
pairing met the wrong amounts. Here each amount of mass or volume that a verb of taking or adding governs is named by
the words after its unit: after 'of' in English, up to the list's next separator in Chinese.
"""

from __future__ import annotations

import re

from compare.core.vocabulary import Comparator

# A plain amount of mass or volume: what a step weighs or measures out (no ratio, no 'per').
_AMOUNT_UNIT = re.compile(r"(?:[mkµμu]?g|[mµμu]?[lL]|[mµμu]?litres?|[mµμu]?liters?|克|毫克|毫升|升)", re.I)
# The verb of the step, at the start of its sentence or clause: what is taken, weighed, measured out or added.
_STEP_VERB_EN = re.compile(r"(?:^|[.;:]\s+|\)\s*)(?:then\s+)?(?:add|weigh(?:\s+out)?|take|transfer|pipette|introduce|use"
                           r"|dissolve|measure\s+out|mix)\b[^.;:]*$", re.I)
_STEP_VERB_ZH = re.compile(r"(?:加入|加|称取|量取|吸取|移取|取|溶于|溶解)[^。；;，,]*$|"
                           r"(?:加入|加|称取|量取|吸取|移取|取)[^。；;]*[、及和与][^。；;，,]*$")
# The thing named after the unit: English after 'of', up to a separator, 'and', a following preposition or the end.
_NAME_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<name>[A-Za-z][A-Za-z0-9()\-]*(?:\s+[A-Za-z(][A-Za-z0-9()\-]*){0,3}?)"
                      r"\s*(?=[,;]|[.](?:\s|$)|$|\s(?:and|to|into|in|at|for|with|on|is|are)\b)")
_NAME_ZH = re.compile(r"\s*(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff()（）A-Za-z0-9\-]{0,11}?)(?=[、，,；;。]|及|和|与|$)")
_PER = re.compile(r"\s*(?:per\b|/|每)", re.I)
# A vessel named after its size ('于50 mL容量瓶中', '置于250 mL具塞锥形瓶'): the size of what a step uses, no amount of a
# thing (verdicts.vessel_of_its_size sets it aside); so is a size after a word of where to ('移入…', '于…').
_VESSEL_NAME = re.compile(r"(?:管|杯|瓶|皿|坩埚|比色池|色谱柱|柱)中?$")
_WHERE_TO = re.compile(r"(?:于|至|(?<![加投])入|到|在|用)\s*$")


def _amount(unit: str) -> bool:
    return bool(unit) and bool(_AMOUNT_UNIT.fullmatch(unit.replace(" ", "")))


def amounts_named_after(raws, text: str) -> dict[int, tuple[int, int]]:
    """{index: name span} of the amounts a step takes or adds whose thing follows their unit ('加入0.4 g硫酸铜、6 g硫酸钾',
    'Add 15 g of potassium sulfate'): a value of mass or volume, stated as such (no bound), in a sentence or clause that
    a verb of taking or adding opens, with the thing's name right after its unit. A value followed by 'per' is a ratio
    spelt out ('150 mg of iodine per kg of salt'), no amount taken."""
    out: dict[int, tuple[int, int]] = {}
    for k, raw in enumerate(raws):
        if raw.value is None or raw.comparator not in (Comparator.EQUAL, Comparator.TOLERANCE) or not raw.unit_span \
                or not _amount(raw.unit) or raw.explicit:
            continue
        after = raw.end if raw.comparator == Comparator.TOLERANCE else raw.unit_span[1]
        before = text[max(0, raw.start - 120):raw.start]
        m = _NAME_OF.match(text, after)
        if m and _STEP_VERB_EN.search(before):
            if _PER.match(text, m.end()):
                continue
            out[k] = m.span("name")
            continue
        m = _NAME_ZH.match(text, after)
        if m and _STEP_VERB_ZH.search(before) and not _PER.match(text, after) \
                and not _VESSEL_NAME.search(m.group("name")) and not _WHERE_TO.search(before):
            out[k] = m.span("name")
    return out
