"""Units of water quality the reader did not know (thirty-fifth round, fixunit35).

- Formazin units of turbidity (ISO 7027): 'FNU' (formazin nephelometric units, measured by diffuse radiation), 'FAU'
  (formazin attenuation units, measured by the attenuation of a radiant flux) and the older 'FTU' (formazin turbidity
  units) are all read against the one formazin standard, unit for unit as the nephelometric turbidity unit (NTU) of
  drinking-water limits is. The normaliser knew NTU only: '0 FNU to 40 FNU' was a unit no dimension held, and
  '40 FAU to 4 000 FAU' no unit at all. They are the one dimension of turbidity here (`DEFINITIONS`, `SYMBOLS_READ`).
- The Chinese '度' of turbidity and colour: older Chinese water standards count turbidity ('浊度', '浑浊度') and
  platinum-cobalt colour ('色度') in '度' ('最低检测浊度为3度', '色度不超过15度'). Alone, '度' after a number may be
  anything measured in degrees (an angle, an alcoholic strength, a hardness), so it is a unit only in a clause that
  names turbidity or colour; elsewhere a value before it stays with no unit, as before (`degrees_of_water`). It is
  kept as written: the degree of turbidity is not that of colour, and neither converts to a formazin unit without the
  standard that defines it.
"""

from __future__ import annotations

import re

DEFINITIONS = (
    "formazin_nephelometric_unit = nephelometric_turbidity_unit = FNU",
    "formazin_attenuation_unit = nephelometric_turbidity_unit = FAU",
    "formazin_turbidity_unit = nephelometric_turbidity_unit = FTU",
)

# Symbols a token after a number may be, for `units.reads_as_unit`.
SYMBOLS_READ = frozenset("FNU FAU FTU".split())

# The Chinese degree as the reader's pattern of units after a number takes it: right after the number, with no other
# Chinese character after it ('3度。', '15度，', '（500度）'; not '3度以上' nor a word such as '度数').
CN_DEGREE = r"度(?![\u3400-\u9fff])"

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
