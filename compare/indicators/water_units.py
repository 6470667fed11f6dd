"""Units of water quality the reader did not know (thirty-fifth round, fixunit35).

- Formazin units of turbidity (ISO 7027): 'FNU' (formazin nephelometric units, measured by diffuse radiation), 'FAU'
  (formazin attenuation units, measured by the attenuation of a radiant flux) and the older 'FTU' (formazin turbidity
  units) are all read against the one formazin standard, unit for unit as the nephelometric turbidity unit (NTU) of
  drinking-water limits is. The normaliser knew NTU only: '0 FNU to 40 FNU' was a unit no dimension held, and
  '40 FAU to 4 000 FAU' no unit at all. FNU and FTU are the one dimension of turbidity with NTU here (`DEFINITIONS`,
  `SYMBOLS_READ`); FAU is a dimension of its own (thirty-sixth round, fixunit36): ISO 7027 says results by attenuation
  and by diffuse radiation are not interchangeable, so 40 FAU is no 40 FNU.
- The Chinese '度' of turbidity and colour: older Chinese water standards count turbidity ('浊度', '浑浊度') and
  platinum-cobalt colour ('色度') in '度' ('最低检测浊度为3度', '色度不超过15度'). Alone, '度' after a number may be
  anything measured in degrees (an angle, an alcoholic strength, a hardness), so it is a unit only in a clause that
  names turbidity or colour; elsewhere a value before it stays with no unit, as before (`degrees_of_water`). It is
  kept as written: the degree of turbidity is not that of colour, and neither converts to a formazin unit without the
  standard that defines it. It is also read before '的' ('浊度大于40度的水样': the degree of the samples named after it).
- Turbidities in units that do not convert (thirty-sixth round, fixunit36): a value in degrees, in FAU and in NTU or
  FNU are all turbidities, so a clause's turbidity in one pairs with the other clause's in another, and the pair is
  judged 'different' for its units (`turbidity_units_apart`, the kind of limit alike: `verdicts.turbidities_apart`), as a reviewer would note them, rather than left as two
  missing rows.
"""

from __future__ import annotations

import re

DEFINITIONS = (
    "formazin_nephelometric_unit = nephelometric_turbidity_unit = FNU",
    "formazin_attenuation_unit = [turbidity_by_attenuation] = FAU",
    "formazin_turbidity_unit = nephelometric_turbidity_unit = FTU",
)

# Symbols a token after a number may be, for `units.reads_as_unit`.
SYMBOLS_READ = frozenset("FNU FAU FTU".split())

# The Chinese degree as the reader's pattern of units after a number takes it: right after the number, with no other
# Chinese character after it ('3度。', '15度，', '（500度）'; not '3度以上' nor a word such as '度数'), or with '的' after
# it ('40度的水样').
CN_DEGREE = r"度(?!(?!的)[\u3400-\u9fff])"

# What a clause measures in that degree: turbidity or colour.
_WATER_DEGREE_NAMES = re.compile(r"浊度|色度")


def degrees_of_water(raws: list, text: str) -> None:
    """Each value read with the unit '度' keeps it when `text` names turbidity or colour ('浊度', '浑浊度', '色度'); in
    any other clause the unit is taken away (the value reads as it did before '度' was a unit)."""
    if not any(raw.unit == "度" for raw in raws) or _WATER_DEGREE_NAMES.search(text):
        return
    for raw in raws:
        if raw.unit == "度":
            raw.unit = ""
            raw.unit_span = None


# The dimensions of turbidity the normaliser gives (NTU, FNU and FTU; FAU), and the unit written for a Chinese degree.
TURBIDITY_DIMENSIONS = frozenset({"[turbidity]", "[turbidity_by_attenuation]"})
DEGREE = "度"


def _turbidity_unit(dimension: str, unit: str) -> str | None:
    """The unit a turbidity is written in ('NTU' for NTU, FNU and FTU alike, 'FAU', '度'), or None for a value of no
    turbidity unit."""
    if dimension in TURBIDITY_DIMENSIONS:
        return dimension
    return DEGREE if (unit or "").strip() == DEGREE else None


def turbidity_units_apart(dimension_a: str, unit_a: str, dimension_b: str, unit_b: str) -> bool:
    """True when both values are turbidities in units that do not convert into each other: one in degrees ('度') and
    one in a formazin or nephelometric unit, or one in FAU and one in NTU or FNU. Such a pair may be made, and is
    judged 'different' for its units; two values of one unit are compared as any other."""
    a, b = _turbidity_unit(dimension_a, unit_a), _turbidity_unit(dimension_b, unit_b)
    return a is not None and b is not None and a != b
