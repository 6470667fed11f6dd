"""Hardness scales named with their test forces as the bounds of a band of scales (thirty-fifth round): '(≥ HV 5)',
'(HV 0,2 to < HV 5)', '（HV0.01～< HV0.2）'.

A Vickers hardness is written as its number, the scale and the test force in kilogram-force: '550 HV 1', '270 HV 5 to
390 HV 5'; there the force is part of the unit (`extract._UNIT_TAIL`). Without a number before it, 'HV 5' is the name
of a scale: the range of test forces a method covers ('low-force Vickers hardness test: 1,961 N ≤ F < 49,03 N (HV 0,2 to
< HV 5)'). Its digits are the force's designation, no value: a comparator written with the name bounds the scales,
not a quantity the counterpart states. Only a scale bounded so is taken: one a comparator stands before, or that runs to
another scale ('HV 0,2 to < HV 5'); a scale heading a table's values ('最大允许硬度值（HV10）：… 380') is their unit. A hardness written after its scale
('HV 385 to 435') is no test force: only the forces ISO 6507-1 names (0,01 to 100) are taken.
"""

from __future__ import annotations

import re

# The test forces of the Vickers scales, as their designations write them (kgf): HV 0,01 … HV 0,5, HV 1 … HV 100.
_FORCE = r"(?:0[.,](?:01|015|02|025|05|1|2|3|5)|1|2|2[.,]5|3|5|10|20|30|50|100)"
# 'HV' not glued to letters or a hyphen before it ('ISO-L-HV 32' is a hydraulic oil), nor after a hardness number
# ('550 HV 1', '550HV1': the force of that value's unit).
_SCALE = rf"(?<![A-Za-z\d.,-])(?<![\d.,]\s)HV\s?{_FORCE}(?![\d.,]?\d)"
# A comparator before the scale ('≥ HV 5', '< HV5'), or a range word after it running to another scale ('HV 0,2 to <
# HV 5', 'HV0.2～< HV5').
_BOUNDED = re.compile(rf"(?<=[≥≤<>＜＞])\s?{_SCALE}|{_SCALE}(?=\s?(?:to|~|～|至)\s?[≥≤<>＜＞]?\s?HV)")


def hardness_scale_designations(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that name a Vickers scale with its test force as a bound of a band of scales."""
    if "HV" not in text:
        return []
    return [m.span() for m in _BOUNDED.finditer(text)]
