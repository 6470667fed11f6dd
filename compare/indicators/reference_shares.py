"""Percentages of a nutrient reference value (thirty-sixth round, fixunit36): '每100 g的含量≥10 % NRV', '10 % of NRV per
100 g (solids)', '15 %NRV'.

A nutrition claim states how much of a food's content is a share of the reference intake of the nutrient (NRV, the
nutrient reference value of Codex and GB 28050), per 100 g, per 100 mL or per 420 kJ of the food. The share is a
percentage: the normaliser did not know '% NRV' ('expected unit not known'), and the reader made the reference amount
before it the percentage's denominator ('%/100 mL', a percentage per a volume, which no other clause's '% of NRV'
meets). The unit is a percentage of the reference value (`is_share_of_reference`), and the amount it is stated per
stays a basis of the claim, as the clause writes it, not a part of the unit (`share_of_reference_after`).
"""

from __future__ import annotations

import re

# The unit as written: a percent sign, then NRV (or NRVs), 'of NRV', 'of the NRV'.
_SHARE = re.compile(r"(?:%|percent|per\s?cent)\s*(?:of\s+(?:the\s+)?)?NRVs?", re.I)
# The same right after a value's percent sign: ' NRV', ' of NRV', 'NRV'.
_AFTER_PERCENT = re.compile(r"\s*(?:of\s+(?:the\s+)?)?NRVs?(?![A-Za-z])", re.I)


def is_share_of_reference(unit: str) -> bool:
    """True for a percentage of a nutrient reference value written as a unit ('% NRV', '% of NRV', '%NRV')."""
    return bool(_SHARE.fullmatch(unit.strip()))


def share_of_reference_after(text: str, end: int) -> bool:
    """True when the percentage ending at `end` is a share of a nutrient reference value ('10 % NRV', '5 % of NRV'):
    the NRV named right after the percent sign."""
    return bool(_AFTER_PERCENT.match(text, end))
